//! The delivery worker of the `worker` and `all` roles. It claims due deliveries with a lease
//! (the claim commits at once) and starts a task for each. A task waits for a free slot at its
//! endpoint, sends holding no transaction or pooled connection across the HTTP call, then hands
//! the outcome to the recorder, which stores outcomes in batches.
//!
//! A lease outlives the longest attempt plus the time a claimed delivery may wait for its turn
//! and for its outcome to be stored. A task whose turn comes too late gives the lease back
//! unsent, so no two workers attempt one delivery at once. The lease of a worker that died
//! expires and another worker takes the delivery over, so delivery is at least once.

mod pace;
mod recorder;
mod task;

use std::{
    collections::HashMap,
    sync::Arc,
    time::{Duration, Instant},
};

use tokio::{
    sync::watch,
    task::{JoinHandle, JoinSet},
    time::MissedTickBehavior,
};

use self::{
    pace::Endpoints,
    recorder::Recorder,
    task::{Work, deliver},
};
use super::{
    sender::Sender,
    ssrf::{Guard, SystemResolver},
};
use crate::{
    clock::Clock,
    config::Config,
    db::{
        self, Db, DbError,
        deliveries::ClaimRequest,
        models::{DeliveryRow, EventRow, WebhookRow},
    },
    metrics::Metrics,
};

/// How often the worker looks for due deliveries while no task finishes.
const POLL_INTERVAL: Duration = Duration::from_millis(100);

/// The maximum number of claimed deliveries in one process, over all endpoints: those being
/// sent, those waiting for their endpoint's turn and those whose outcome is being stored.
const MAX_CLAIMED: usize = 512;

/// The maximum number of deliveries one claim takes. A claim reads at most twice as many
/// candidates, because PostgreSQL locks every row it reads.
const MAX_CLAIM: usize = 128;

/// How much longer than the longest attempt a lease lasts: the time a claimed delivery may
/// wait for its turn, plus [`STORE_MARGIN`].
const LEASE_MARGIN: Duration = Duration::from_secs(10);

/// The part of the lease kept for storing the outcome after the longest attempt.
const STORE_MARGIN: Duration = Duration::from_secs(5);

/// How long a claimed delivery may wait for its turn, on average: half of what the lease
/// leaves beside the attempt and the store margin, so a slower turn still fits.
const QUEUE_BUDGET: Duration = LEASE_MARGIN
    .saturating_sub(STORE_MARGIN)
    .checked_div(2)
    .unwrap();

/// The state every delivery task shares.
#[derive(Clone)]
struct Shared {
    db: Db,
    clock: Clock,
    sender: Sender,
    metrics: Arc<Metrics>,
    recorder: Recorder,
    /// The maximum duration of one attempt.
    timeout: Duration,
}

/// Starts the worker. When `stop` turns true it stops claiming, gives back the leases of the
/// deliveries whose turn has not come, waits for those in flight up to the attempt timeout,
/// then gives back the leases of any it had to abandon.
pub fn spawn(
    db: Db,
    clock: Clock,
    config: &Config,
    metrics: Arc<Metrics>,
    stop: watch::Receiver<bool>,
) -> anyhow::Result<JoinHandle<()>> {
    let allowed = super::ssrf::parse_allowed(&config.webhook_allowed_cidrs)
        .map_err(|error| anyhow::anyhow!("invalid GLOBEMEET_WEBHOOK_ALLOWED_CIDRS: {error}"))?;
    let resolver = config
        .webhook_resolver
        .clone()
        .unwrap_or_else(|| Arc::new(SystemResolver));
    let guard = Guard::new(allowed, resolver);
    let sender = Sender::new(
        guard,
        config.webhook_connect_timeout,
        config.webhook_timeout,
    )?;
    let (recorder, recording) = Recorder::spawn(db.clone(), MAX_CLAIMED);
    let shared = Shared {
        db,
        clock,
        sender,
        metrics,
        recorder,
        timeout: config.webhook_timeout,
    };
    let limits = Limits {
        per_endpoint: config.webhook_endpoint_concurrency,
        lease: config.webhook_timeout + LEASE_MARGIN,
        grace: config.webhook_timeout + Duration::from_secs(1),
    };
    Ok(tokio::spawn(async move {
        run(shared, limits, stop).await;
        // Every sender of the recorder is gone with the tasks; wait for its last batch.
        let _ = recording.await;
        tracing::info!("webhook worker stopped");
    }))
}

#[derive(Debug, Clone, Copy)]
struct Limits {
    per_endpoint: usize,
    lease: Duration,
    grace: Duration,
}

/// The deliveries this process has claimed and not finished.
struct Claimed {
    tasks: JoinSet<()>,
    by_task: HashMap<tokio::task::Id, DeliveryRow>,
    endpoints: Endpoints,
}

impl Claimed {
    fn new(limits: &Limits) -> Self {
        Self {
            tasks: JoinSet::new(),
            by_task: HashMap::new(),
            endpoints: Endpoints::new(limits.per_endpoint, QUEUE_BUDGET),
        }
    }

    fn start(
        &mut self,
        shared: &Shared,
        delivery: DeliveryRow,
        work: Work,
        stop: &watch::Receiver<bool>,
    ) {
        let handle = self.tasks.spawn(deliver(
            shared.clone(),
            delivery.clone(),
            work,
            stop.clone(),
        ));
        self.by_task.insert(handle.id(), delivery);
    }

    fn done(&mut self, id: tokio::task::Id) {
        if let Some(delivery) = self.by_task.remove(&id) {
            self.endpoints.release(&delivery.webhook_id);
        }
    }

    /// Collects finished tasks without waiting.
    fn reap(&mut self) {
        while let Some(outcome) = self.tasks.try_join_next_with_id() {
            self.done(task_id(&outcome));
        }
    }
}

fn task_id(finished: &Result<(tokio::task::Id, ()), tokio::task::JoinError>) -> tokio::task::Id {
    match finished {
        Ok((id, ())) => *id,
        Err(error) => {
            if error.is_panic() {
                tracing::error!(error = %error, "a delivery task panicked");
            }
            error.id()
        }
    }
}

/// Claims, starts tasks and collects them until `stop` turns true. A new claim waits for the
/// poll interval, or until half of the deliveries that were unsent right after the last claim
/// have been sent, so that one claim feeds many sends while the backlog is long.
async fn run(shared: Shared, limits: Limits, mut stop: watch::Receiver<bool>) {
    let mut claimed = Claimed::new(&limits);
    let unsent = claimed.endpoints.unsent().clone();
    let mut poll = tokio::time::interval(POLL_INTERVAL);
    poll.set_missed_tick_behavior(MissedTickBehavior::Delay);
    let mut unsent_at_claim = 0;
    let mut claim_due = true;
    tracing::info!(
        per_endpoint = limits.per_endpoint,
        lease_ms = limits.lease.as_millis() as u64,
        "webhook worker started"
    );
    while !*stop.borrow() {
        claimed.reap();
        if claim_due {
            if let Err(error) = claim_and_start(&shared, &limits, &mut claimed, &stop).await {
                tracing::warn!(error = %error, "claiming webhook deliveries failed");
            }
            claimed.endpoints.prune();
            unsent_at_claim = unsent.count();
            claim_due = false;
        }
        tokio::select! {
            _ = poll.tick() => claim_due = true,
            _ = unsent.sent() => claim_due = unsent.count() * 2 <= unsent_at_claim,
            Some(outcome) = claimed.tasks.join_next_with_id(), if !claimed.tasks.is_empty() => {
                claimed.done(task_id(&outcome));
            }
            _ = stop.changed() => {}
        }
    }
    drain(&shared, limits, claimed).await;
}

/// Waits for the deliveries in flight, then abandons the rest and releases their leases.
/// Tasks whose turn has not come see `stop` and release their own leases.
async fn drain(shared: &Shared, limits: Limits, mut claimed: Claimed) {
    let deadline = tokio::time::Instant::now() + limits.grace;
    while !claimed.tasks.is_empty() {
        match tokio::time::timeout_at(deadline, claimed.tasks.join_next_with_id()).await {
            Ok(Some(outcome)) => claimed.done(task_id(&outcome)),
            Ok(None) => break,
            Err(_) => break,
        }
    }
    if claimed.tasks.is_empty() {
        return;
    }
    claimed.tasks.abort_all();
    while let Some(outcome) = claimed.tasks.join_next_with_id().await {
        let id = task_id(&outcome);
        // A task that ended on its own stored its outcome; only aborted ones left a lease.
        match outcome {
            Err(error) if error.is_cancelled() => {}
            _ => claimed.done(id),
        }
    }
    let abandoned: Vec<DeliveryRow> = claimed.by_task.into_values().collect();
    match db::deliveries::release(&shared.db, &abandoned).await {
        Ok(released) => tracing::warn!(released, "released webhook deliveries still in flight"),
        Err(error) => tracing::warn!(
            error = %error,
            abandoned = abandoned.len(),
            "releasing deliveries failed; their leases expire instead"
        ),
    }
}

/// Claims due deliveries within each endpoint's room and the process's, and starts a task
/// for each.
async fn claim_and_start(
    shared: &Shared,
    limits: &Limits,
    claimed: &mut Claimed,
    stop: &watch::Receiver<bool>,
) -> Result<(), DbError> {
    let room = MAX_CLAIMED
        .saturating_sub(claimed.tasks.len())
        .min(MAX_CLAIM);
    if room == 0 {
        return Ok(());
    }
    let rows = claim(shared, limits, &claimed.endpoints, room).await?;
    if rows.is_empty() {
        return Ok(());
    }
    let (events, endpoints) = match load(shared, &rows).await {
        Ok(loaded) => loaded,
        Err(error) => {
            // Give the claims back rather than let them wait out their leases.
            let _ = db::deliveries::release(&shared.db, &rows).await;
            return Err(error);
        }
    };
    for delivery in rows {
        let queued = claimed.endpoints.hold(&delivery.webhook_id);
        let endpoint = endpoints
            .get(&(delivery.tenant_id.clone(), delivery.webhook_id.clone()))
            .cloned();
        let work = match (events.get(&delivery.event_id).cloned(), endpoint) {
            (None, _) => Work::Drop("the event no longer exists"),
            (_, None) => Work::Drop("the endpoint no longer exists"),
            (_, Some(endpoint)) if !endpoint.enabled => Work::Drop("the endpoint is disabled"),
            (Some(event), Some(endpoint)) => Work::Send {
                event,
                endpoint,
                queued,
            },
        };
        claimed.start(shared, delivery, work, stop);
    }
    Ok(())
}

/// Claims up to `room` due deliveries, taking no more of an endpoint's than its room.
async fn claim(
    shared: &Shared,
    limits: &Limits,
    endpoints: &Endpoints,
    room: usize,
) -> Result<Vec<DeliveryRow>, DbError> {
    let endpoint_room = endpoints.room();
    let default_room = endpoints.default_room();
    let skip_webhooks: Vec<String> = endpoint_room
        .iter()
        .filter(|(_, left)| **left == 0)
        .map(|(id, _)| id.clone())
        .collect();
    let request = ClaimRequest {
        now: shared.clock.now(),
        real_now: db::time::now(),
        lease: limits.lease,
        limit: (room * 2) as i64,
        skip_webhooks,
    };
    let pick = move |candidates: &[(String, String)]| -> Vec<String> {
        let mut left = endpoint_room.clone();
        let mut picked = Vec::new();
        for (delivery_id, webhook_id) in candidates {
            if picked.len() == room {
                break;
            }
            let left = left.entry(webhook_id.clone()).or_insert(default_room);
            if *left > 0 {
                *left -= 1;
                picked.push(delivery_id.clone());
            }
        }
        picked
    };
    let started = Instant::now();
    let rows = db::deliveries::claim(&shared.db, &request, &pick).await?;
    if !rows.is_empty() {
        tracing::debug!(
            claimed = rows.len(),
            claim_ms = started.elapsed().as_millis() as u64,
            "webhook deliveries claimed"
        );
    }
    Ok(rows)
}

type Loaded = (
    HashMap<String, Arc<EventRow>>,
    HashMap<(String, String), Arc<WebhookRow>>,
);

/// Loads the events and endpoints of claimed deliveries, keyed by event id and by tenant and
/// endpoint id.
async fn load(shared: &Shared, rows: &[DeliveryRow]) -> Result<Loaded, DbError> {
    let mut event_ids: Vec<String> = rows.iter().map(|d| d.event_id.clone()).collect();
    event_ids.sort();
    event_ids.dedup();
    let mut webhook_ids: Vec<String> = rows.iter().map(|d| d.webhook_id.clone()).collect();
    webhook_ids.sort();
    webhook_ids.dedup();

    let events = db::event_log::get_many(&shared.db, &event_ids).await?;
    let endpoints = db::webhooks::get_many(&shared.db, &webhook_ids).await?;
    let events = events
        .into_iter()
        .map(|event| (event.id.clone(), Arc::new(event)))
        .collect();
    let endpoints = endpoints
        .into_iter()
        .map(|endpoint| {
            (
                (endpoint.tenant_id.clone(), endpoint.id.clone()),
                Arc::new(endpoint),
            )
        })
        .collect();
    Ok((events, endpoints))
}
