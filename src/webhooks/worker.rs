//! The delivery worker of the `worker` and `all` roles. It claims due deliveries with a lease
//! (the claim commits at once), sends each in its own task holding no transaction or pooled
//! connection across the HTTP call, then stores the attempt and the delivery's next state.
//! A lease outlives the longest attempt, so no two workers attempt one delivery at once. The
//! lease of a worker that died expires and another worker takes the delivery over, so delivery
//! is at least once.

use std::{collections::HashMap, sync::Arc, time::Duration};

use chrono::NaiveDateTime;
use http::StatusCode;
use tokio::{
    sync::watch,
    task::{JoinHandle, JoinSet},
};

use super::{
    schedule,
    sender::{Attempt, Sender},
    ssrf::{Guard, SystemResolver},
};
use crate::{
    clock::Clock,
    config::Config,
    db::{
        self, Db, DbError,
        deliveries::{ClaimRequest, Next},
        models::{AttemptRow, DeliveryRow, EventRow, WebhookRow},
    },
    metrics::Metrics,
};

/// How often the worker looks for due deliveries when the last look found none.
const POLL_INTERVAL: Duration = Duration::from_millis(100);

/// The maximum number of deliveries one process sends at once, over all endpoints.
const MAX_IN_FLIGHT: usize = 64;

/// How much longer than the longest attempt a lease lasts: time to store the outcome.
const LEASE_MARGIN: Duration = Duration::from_secs(5);

/// How often storing an outcome is tried while the database is unavailable.
const FINISH_ATTEMPTS: u32 = 3;

/// The state every delivery task shares.
#[derive(Clone)]
struct Shared {
    db: Db,
    clock: Clock,
    sender: Sender,
    metrics: Arc<Metrics>,
}

/// Starts the worker. When `stop` turns true it stops claiming and waits for the deliveries in
/// flight up to the attempt timeout, then gives back the leases of any it had to abandon.
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
    let shared = Shared {
        db,
        clock,
        sender,
        metrics,
    };
    let limits = Limits {
        per_endpoint: config.webhook_endpoint_concurrency,
        lease: config.webhook_timeout + LEASE_MARGIN,
        grace: config.webhook_timeout + Duration::from_secs(1),
    };
    Ok(tokio::spawn(run(shared, limits, stop)))
}

#[derive(Debug, Clone, Copy)]
struct Limits {
    per_endpoint: usize,
    lease: Duration,
    grace: Duration,
}

/// The deliveries this process has in flight.
#[derive(Default)]
struct InFlight {
    tasks: JoinSet<()>,
    by_task: HashMap<tokio::task::Id, DeliveryRow>,
    by_endpoint: HashMap<String, usize>,
}

impl InFlight {
    fn start(&mut self, shared: &Shared, delivery: DeliveryRow, work: Work) {
        *self
            .by_endpoint
            .entry(delivery.webhook_id.clone())
            .or_default() += 1;
        let handle = self
            .tasks
            .spawn(deliver(shared.clone(), delivery.clone(), work));
        self.by_task.insert(handle.id(), delivery);
    }

    fn done(&mut self, id: tokio::task::Id) {
        let Some(delivery) = self.by_task.remove(&id) else {
            return;
        };
        if let Some(count) = self.by_endpoint.get_mut(&delivery.webhook_id) {
            *count -= 1;
            if *count == 0 {
                self.by_endpoint.remove(&delivery.webhook_id);
            }
        }
    }

    fn reap(&mut self) {
        while let Some(finished) = self.tasks.try_join_next_with_id() {
            self.done(task_id(&finished));
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

async fn run(shared: Shared, limits: Limits, mut stop: watch::Receiver<bool>) {
    let mut in_flight = InFlight::default();
    tracing::info!(
        per_endpoint = limits.per_endpoint,
        lease_ms = limits.lease.as_millis() as u64,
        "webhook worker started"
    );
    while !*stop.borrow() {
        in_flight.reap();
        let room = MAX_IN_FLIGHT.saturating_sub(in_flight.tasks.len());
        let claimed = if room == 0 {
            0
        } else {
            match claim_and_start(&shared, &limits, &mut in_flight, room).await {
                Ok(claimed) => claimed,
                Err(error) => {
                    tracing::warn!(error = %error, "claiming webhook deliveries failed");
                    0
                }
            }
        };
        if claimed > 0 && claimed == room {
            continue;
        }
        tokio::select! {
            _ = tokio::time::sleep(POLL_INTERVAL) => {}
            Some(finished) = in_flight.tasks.join_next_with_id(), if !in_flight.tasks.is_empty() => {
                in_flight.done(task_id(&finished));
            }
            _ = stop.changed() => {}
        }
    }
    drain(&shared, limits, in_flight).await;
    tracing::info!("webhook worker stopped");
}

/// Waits for the deliveries in flight, then abandons the rest and releases their leases.
async fn drain(shared: &Shared, limits: Limits, mut in_flight: InFlight) {
    let deadline = tokio::time::Instant::now() + limits.grace;
    while !in_flight.tasks.is_empty() {
        match tokio::time::timeout_at(deadline, in_flight.tasks.join_next_with_id()).await {
            Ok(Some(finished)) => in_flight.done(task_id(&finished)),
            Ok(None) => break,
            Err(_) => break,
        }
    }
    if in_flight.tasks.is_empty() {
        return;
    }
    in_flight.tasks.abort_all();
    while let Some(finished) = in_flight.tasks.join_next_with_id().await {
        let id = task_id(&finished);
        // A task that ended on its own stored its outcome; only aborted ones left a lease.
        match finished {
            Err(error) if error.is_cancelled() => {}
            _ => in_flight.done(id),
        }
    }
    let abandoned: Vec<DeliveryRow> = in_flight.by_task.into_values().collect();
    match db::deliveries::release(&shared.db, &abandoned).await {
        Ok(released) => tracing::warn!(released, "released webhook deliveries still in flight"),
        Err(error) => tracing::warn!(
            error = %error,
            abandoned = abandoned.len(),
            "releasing deliveries failed; their leases expire instead"
        ),
    }
}

/// The rows a claimed delivery needs to be sent, loaded before its task starts.
enum Work {
    Send {
        event: Arc<EventRow>,
        endpoint: Arc<WebhookRow>,
    },
    /// The endpoint is gone or disabled, or the event vanished: fail without an attempt.
    Drop(&'static str),
}

/// Claims up to `room` due deliveries within the per-endpoint limit and starts a task for
/// each. Returns how many it claimed.
async fn claim_and_start(
    shared: &Shared,
    limits: &Limits,
    in_flight: &mut InFlight,
    room: usize,
) -> Result<usize, DbError> {
    let busy = in_flight.by_endpoint.clone();
    let per_endpoint = limits.per_endpoint;
    let skip_webhooks: Vec<String> = busy
        .iter()
        .filter(|(_, count)| **count >= per_endpoint)
        .map(|(id, _)| id.clone())
        .collect();
    let request = ClaimRequest {
        now: shared.clock.now(),
        real_now: db::time::now(),
        lease: limits.lease,
        limit: (room * 4) as i64,
        skip_webhooks,
    };
    let pick = move |candidates: &[(String, String)]| -> Vec<String> {
        let mut taken = busy.clone();
        let mut picked = Vec::new();
        for (delivery_id, webhook_id) in candidates {
            if picked.len() == room {
                break;
            }
            let count = taken.entry(webhook_id.clone()).or_default();
            if *count < per_endpoint {
                *count += 1;
                picked.push(delivery_id.clone());
            }
        }
        picked
    };
    let claimed = db::deliveries::claim(&shared.db, &request, &pick).await?;
    if claimed.is_empty() {
        return Ok(0);
    }

    let mut event_ids: Vec<String> = claimed.iter().map(|d| d.event_id.clone()).collect();
    event_ids.sort();
    event_ids.dedup();
    let mut webhook_ids: Vec<String> = claimed.iter().map(|d| d.webhook_id.clone()).collect();
    webhook_ids.sort();
    webhook_ids.dedup();
    let loaded = async {
        let events = db::event_log::get_many(&shared.db, &event_ids).await?;
        let endpoints = db::webhooks::get_many(&shared.db, &webhook_ids).await?;
        Ok::<_, DbError>((events, endpoints))
    }
    .await;
    let (events, endpoints) = match loaded {
        Ok(loaded) => loaded,
        Err(error) => {
            // Give the claims back rather than let them wait out their leases.
            let _ = db::deliveries::release(&shared.db, &claimed).await;
            return Err(error);
        }
    };
    let events: HashMap<String, Arc<EventRow>> = events
        .into_iter()
        .map(|event| (event.id.clone(), Arc::new(event)))
        .collect();
    let endpoints: HashMap<(String, String), Arc<WebhookRow>> = endpoints
        .into_iter()
        .map(|endpoint| {
            (
                (endpoint.tenant_id.clone(), endpoint.id.clone()),
                Arc::new(endpoint),
            )
        })
        .collect();

    let count = claimed.len();
    for delivery in claimed {
        let endpoint = endpoints
            .get(&(delivery.tenant_id.clone(), delivery.webhook_id.clone()))
            .cloned();
        let work = match (events.get(&delivery.event_id).cloned(), endpoint) {
            (None, _) => Work::Drop("the event no longer exists"),
            (_, None) => Work::Drop("the endpoint no longer exists"),
            (_, Some(endpoint)) if !endpoint.enabled => Work::Drop("the endpoint is disabled"),
            (Some(event), Some(endpoint)) => Work::Send { event, endpoint },
        };
        in_flight.start(shared, delivery, work);
    }
    Ok(count)
}

/// Sends one claimed delivery and stores the outcome.
async fn deliver(shared: Shared, delivery: DeliveryRow, work: Work) {
    let (event, endpoint) = match work {
        Work::Send { event, endpoint } => (event, endpoint),
        Work::Drop(reason) => {
            tracing::info!(delivery_id = %delivery.id, reason, "webhook delivery failed without an attempt");
            fail_claimed(&shared, &delivery).await;
            return;
        }
    };
    let attempt_time = shared.clock.now();
    if delivery
        .deadline
        .is_some_and(|deadline| attempt_time > deadline)
    {
        tracing::info!(delivery_id = %delivery.id, "webhook delivery passed its deadline unattempted");
        fail_claimed(&shared, &delivery).await;
        return;
    }

    let body = super::envelope(&event);
    let keys = super::signing_keys(&endpoint, attempt_time);
    let attempt = shared
        .sender
        .send(&endpoint.url, &event.id, &body, &keys)
        .await;

    let deadline = delivery
        .deadline
        .unwrap_or_else(|| schedule::deadline(attempt_time));
    let gone = attempt.status == Some(StatusCode::GONE);
    let next = if attempt.succeeded() {
        Next::Succeeded
    } else if gone {
        Next::Failed
    } else {
        // Counted from the end of the attempt, so a retry is never early.
        schedule::next_attempt(
            shared.clock.now(),
            delivery.retry_index,
            attempt.retry_after,
            deadline,
        )
        .map_or(Next::Failed, Next::Retry)
    };
    record(
        &shared,
        &delivery,
        &endpoint,
        &attempt,
        attempt_time,
        next,
        deadline,
    )
    .await;

    if gone {
        let disabled = super::disable(
            &shared.db,
            &endpoint.tenant_id,
            &endpoint.id,
            "gone",
            None,
            shared.clock.now(),
        )
        .await;
        match disabled {
            Ok(true) => tracing::warn!(
                tenant_id = %endpoint.tenant_id,
                webhook_id = %endpoint.id,
                "webhook endpoint answered 410 Gone and was disabled"
            ),
            Ok(false) => {}
            Err(error) => tracing::warn!(
                webhook_id = %endpoint.id,
                error = %error,
                "disabling an endpoint that answered 410 failed"
            ),
        }
    }
}

/// Stores the attempt and the delivery's next state, retrying while the database is briefly
/// unavailable. When that fails, the lease expires and the delivery is attempted again.
async fn record(
    shared: &Shared,
    delivery: &DeliveryRow,
    endpoint: &WebhookRow,
    attempt: &Attempt,
    attempt_time: NaiveDateTime,
    next: Next,
    deadline: NaiveDateTime,
) {
    let row = AttemptRow {
        id: crate::ids::generate("att"),
        delivery_id: delivery.id.clone(),
        tenant_id: delivery.tenant_id.clone(),
        url: endpoint.url.clone(),
        attempt_time,
        status_code: attempt.status.map(|status| i32::from(status.as_u16())),
        succeeded: attempt.succeeded(),
        error: attempt.error.clone(),
        latency_ms: i32::try_from(attempt.latency.as_millis()).unwrap_or(i32::MAX),
        response_body: attempt.body.clone(),
    };
    shared
        .metrics
        .observe_webhook_attempt(outcome_label(attempt), attempt.latency.as_secs_f64());
    let mut tries = 0;
    loop {
        tries += 1;
        match db::deliveries::finish(&shared.db, delivery, &row, next, deadline).await {
            Ok(held) => {
                if !held {
                    tracing::warn!(delivery_id = %delivery.id, "the lease of a delivery lapsed during its attempt");
                }
                break;
            }
            Err(error) if tries < FINISH_ATTEMPTS => {
                tracing::warn!(delivery_id = %delivery.id, error = %error, "storing an attempt failed; retrying");
                tokio::time::sleep(Duration::from_millis(200 * u64::from(tries))).await;
            }
            Err(error) => {
                tracing::error!(delivery_id = %delivery.id, error = %error, "storing an attempt failed; the delivery will be attempted again");
                return;
            }
        }
    }
    match next {
        Next::Succeeded => shared.metrics.observe_webhook_delivery("succeeded"),
        Next::Failed => shared.metrics.observe_webhook_delivery("failed"),
        Next::Retry(_) => {}
    }
    tracing::debug!(
        delivery_id = %delivery.id,
        event_id = %delivery.event_id,
        webhook_id = %delivery.webhook_id,
        status = row.status_code,
        error = %row.error,
        latency_ms = row.latency_ms,
        "webhook attempt stored"
    );
}

async fn fail_claimed(shared: &Shared, delivery: &DeliveryRow) {
    match db::deliveries::fail_claimed(&shared.db, delivery, shared.clock.now()).await {
        Ok(()) => shared.metrics.observe_webhook_delivery("failed"),
        Err(error) => {
            tracing::warn!(delivery_id = %delivery.id, error = %error, "failing a delivery failed")
        }
    }
}

/// Returns the metrics label of an attempt: the status class, or why no response came.
fn outcome_label(attempt: &Attempt) -> &'static str {
    match attempt.status.map(|status| status.as_u16()) {
        Some(200..=299) => "2xx",
        Some(300..=399) => "3xx",
        Some(410) => "410",
        Some(400..=499) => "4xx",
        Some(_) => "5xx",
        None if attempt.error.starts_with("rejected") => "rejected",
        None if attempt.error.starts_with("timed out") => "timeout",
        None => "connect_error",
    }
}
