//! The delivery outbox: one row per event and endpoint, claimed by workers with a lease, and
//! the attempts made for each.

use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use super::{
    Db, DbConnection, DbError, dialect,
    models::{AttemptRow, DeliveryRow, EventRow},
    schema::{webhook_attempts, webhook_deliveries, webhooks},
};

/// The delivery row while the lease of this claim still holds it, as an update target.
macro_rules! held {
    ($delivery:expr) => {
        webhook_deliveries::table
            .filter(webhook_deliveries::id.eq(&$delivery.id))
            .filter(webhook_deliveries::lease_token.eq(&$delivery.lease_token))
    };
}

/// Schedules the delivery of `event` to each endpoint, due at once.
pub async fn insert_for_event(
    conn: &mut DbConnection,
    event: &EventRow,
    webhook_ids: &[String],
) -> Result<(), DbError> {
    for webhook_id in webhook_ids {
        let row = DeliveryRow {
            id: crate::ids::generate("dlv"),
            tenant_id: event.tenant_id.clone(),
            event_id: event.id.clone(),
            webhook_id: webhook_id.clone(),
            state: "pending".to_owned(),
            attempt_count: 0,
            retry_index: 0,
            generation: 0,
            // Real time: the scheduling clock never runs behind it, so the delivery is due.
            next_attempt_time: event.create_time,
            deadline: None,
            last_attempt_time: None,
            lease_token: None,
            lease_expire_time: None,
            create_time: event.create_time,
            update_time: event.create_time,
        };
        diesel::insert_into(webhook_deliveries::table)
            .values(&row)
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// The parameters of a worker's claim.
#[derive(Debug, Clone)]
pub struct ClaimRequest {
    /// The scheduling clock's time: deliveries due by then are claimed.
    pub now: NaiveDateTime,
    /// Real time: leases that expired by then are taken over.
    pub real_now: NaiveDateTime,
    /// How long the claim holds, in real time.
    pub lease: Duration,
    /// Candidates looked at; the picker may take fewer.
    pub limit: i64,
    /// Endpoints the worker has no room for; their deliveries are not looked at.
    pub skip_webhooks: Vec<String>,
}

/// Chooses, from candidates given as `(delivery id, webhook id)` in due order, the delivery
/// ids to claim.
pub type Pick = dyn Fn(&[(String, String)]) -> Vec<String> + Send + Sync;

/// Claims due deliveries that no live lease holds. `pick` receives the candidates as
/// `(delivery id, webhook id)` in due order and returns the ids to take, which lets the worker
/// keep within its per-endpoint limit. The claim commits before it returns, and every row
/// returned carries the new lease.
pub async fn claim(
    db: &Db,
    request: &ClaimRequest,
    pick: &Pick,
) -> Result<Vec<DeliveryRow>, DbError> {
    let token = uuid::Uuid::new_v4().to_string();
    let expire = request.real_now + TimeDelta::from_std(request.lease).unwrap_or(TimeDelta::MAX);
    let mut writer = db.writer().await?;
    dialect::claim_deliveries(&mut writer, request, pick, &token, expire).await
}

/// Puts the lease on the picked deliveries and returns them. Rows are found by primary key:
/// the lease token has no index.
pub async fn lease(
    conn: &mut DbConnection,
    ids: &[String],
    token: &str,
    expire: NaiveDateTime,
) -> Result<Vec<DeliveryRow>, DbError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    diesel::update(webhook_deliveries::table.filter(webhook_deliveries::id.eq_any(ids)))
        .set((
            webhook_deliveries::lease_token.eq(Some(token)),
            webhook_deliveries::lease_expire_time.eq(Some(expire)),
        ))
        .execute(conn)
        .await?;
    let rows = webhook_deliveries::table
        .filter(webhook_deliveries::id.eq_any(ids))
        .filter(webhook_deliveries::lease_token.eq(token))
        .select(DeliveryRow::as_select())
        .load(conn)
        .await?;
    Ok(rows)
}

/// Gives up the leases of deliveries that were claimed but not attempted, so another worker
/// may take them at once.
pub async fn release(db: &Db, deliveries: &[DeliveryRow]) -> Result<usize, DbError> {
    let mut conn = db.conn().await?;
    let mut released = 0;
    for delivery in deliveries {
        released += diesel::update(held!(delivery))
            .set((
                webhook_deliveries::lease_token.eq(None::<String>),
                webhook_deliveries::lease_expire_time.eq(None::<NaiveDateTime>),
            ))
            .execute(&mut conn)
            .await?;
    }
    Ok(released)
}

/// The state a delivery moves to after an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Next {
    Succeeded,
    Retry(NaiveDateTime),
    Failed,
}

impl Next {
    pub(super) fn state(self) -> &'static str {
        match self {
            Next::Succeeded => "succeeded",
            Next::Retry(_) => "pending",
            Next::Failed => "failed",
        }
    }
}

/// One attempt to store: the claimed delivery, the attempt row, the delivery's next state and
/// its deadline.
#[derive(Debug, Clone)]
pub struct Finished {
    pub delivery: DeliveryRow,
    pub attempt: AttemptRow,
    pub next: Next,
    pub deadline: NaiveDateTime,
}

/// Stores attempts of claimed deliveries and moves each delivery on, all in one transaction:
/// the attempt rows, each delivery's new state (unless a replay rescheduled it meanwhile) and
/// each endpoint's failure streak. Returns, in order, whether each delivery's lease still
/// held; where it did not, only the attempt is stored.
pub async fn finish(db: &Db, finished: &[Finished]) -> Result<Vec<bool>, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(
        async |conn: &mut DbConnection| -> Result<Vec<bool>, DbError> {
            let attempts: Vec<AttemptRow> =
                finished.iter().map(|item| item.attempt.clone()).collect();
            dialect::insert_attempts(conn, &attempts).await?;
            let moved = dialect::move_deliveries_on(conn, finished).await?;
            let mut held = Vec::with_capacity(finished.len());
            for (item, moved) in finished.iter().zip(moved) {
                held.push(moved || count_replayed(conn, item).await?);
            }
            for streak in streaks(finished) {
                super::webhooks::note_streak(conn, &streak).await?;
            }
            Ok(held)
        },
    )
    .await
}

/// Returns when a delivery is due next after an attempt: the retry time, or the attempt's own
/// time once the delivery is done.
pub(super) fn next_attempt_time(item: &Finished) -> NaiveDateTime {
    match item.next {
        Next::Retry(at) => at,
        _ => item.attempt.attempt_time,
    }
}

/// Moves one delivery to its next state and releases its lease, unless the lease was lost or
/// a replay started a new round. Returns whether it did.
pub(super) async fn move_on(conn: &mut DbConnection, item: &Finished) -> Result<bool, DbError> {
    let Finished {
        delivery,
        attempt,
        next,
        deadline,
    } = item;
    let moved = diesel::update(
        held!(delivery).filter(webhook_deliveries::generation.eq(delivery.generation)),
    )
    .set((
        webhook_deliveries::state.eq(next.state()),
        webhook_deliveries::attempt_count.eq(webhook_deliveries::attempt_count + 1),
        webhook_deliveries::retry_index.eq(webhook_deliveries::retry_index + 1),
        webhook_deliveries::next_attempt_time.eq(next_attempt_time(item)),
        webhook_deliveries::deadline.eq(Some(*deadline)),
        webhook_deliveries::last_attempt_time.eq(Some(attempt.attempt_time)),
        webhook_deliveries::lease_token.eq(None::<String>),
        webhook_deliveries::lease_expire_time.eq(None::<NaiveDateTime>),
        webhook_deliveries::update_time.eq(attempt.attempt_time),
    ))
    .execute(conn)
    .await?;
    Ok(moved == 1)
}

/// Counts the attempt of a delivery that a replay rescheduled while it was in flight, keeping
/// the replay's schedule, and releases the lease. Returns false when the lease was lost.
async fn count_replayed(conn: &mut DbConnection, item: &Finished) -> Result<bool, DbError> {
    let delivery = &item.delivery;
    let counted = diesel::update(held!(delivery))
        .set((
            webhook_deliveries::attempt_count.eq(webhook_deliveries::attempt_count + 1),
            webhook_deliveries::last_attempt_time.eq(Some(item.attempt.attempt_time)),
            webhook_deliveries::lease_token.eq(None::<String>),
            webhook_deliveries::lease_expire_time.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)
        .await?;
    Ok(counted == 1)
}

/// The effect of a run of attempts to one endpoint on its failure streak.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Streak {
    pub tenant_id: String,
    pub webhook_id: String,
    /// Whether an attempt in the run succeeded, which ends any earlier streak.
    pub broken: bool,
    /// The first failed attempt after the last success, when the run ends failing.
    pub failing_since: Option<NaiveDateTime>,
}

/// Sums up the attempts per endpoint, in the order they are given.
fn streaks(finished: &[Finished]) -> Vec<Streak> {
    let mut streaks: Vec<Streak> = Vec::new();
    for item in finished {
        let (tenant_id, webhook_id) = (&item.delivery.tenant_id, &item.delivery.webhook_id);
        let index = match streaks
            .iter()
            .position(|s| &s.tenant_id == tenant_id && &s.webhook_id == webhook_id)
        {
            Some(index) => index,
            None => {
                streaks.push(Streak {
                    tenant_id: tenant_id.clone(),
                    webhook_id: webhook_id.clone(),
                    broken: false,
                    failing_since: None,
                });
                streaks.len() - 1
            }
        };
        let streak = &mut streaks[index];
        if item.attempt.succeeded {
            streak.broken = true;
            streak.failing_since = None;
        } else if streak.failing_since.is_none() {
            streak.failing_since = Some(item.attempt.attempt_time);
        }
    }
    streaks
}

/// Fails a claimed delivery without an attempt: its endpoint is gone or disabled, or its
/// deadline passed while no worker ran.
pub async fn fail_claimed(
    db: &Db,
    delivery: &DeliveryRow,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    diesel::update(held!(delivery))
        .set((
            webhook_deliveries::state.eq("failed"),
            webhook_deliveries::lease_token.eq(None::<String>),
            webhook_deliveries::lease_expire_time.eq(None::<NaiveDateTime>),
            webhook_deliveries::update_time.eq(now),
        ))
        .execute(&mut conn)
        .await?;
    Ok(())
}

/// Pending deliveries: those due by `now` and those scheduled later.
pub async fn backlog(db: &Db, now: NaiveDateTime) -> Result<(i64, i64), DbError> {
    let mut conn = db.conn().await?;
    let pending = webhook_deliveries::table.filter(webhook_deliveries::state.eq("pending"));
    let due: i64 = pending
        .filter(webhook_deliveries::next_attempt_time.le(now))
        .count()
        .get_result(&mut conn)
        .await?;
    let scheduled: i64 = pending
        .filter(webhook_deliveries::next_attempt_time.gt(now))
        .count()
        .get_result(&mut conn)
        .await?;
    Ok((due, scheduled))
}

/// Schedules the events again, keeping their ids: each delivery starts a new round, due at
/// `now`. With a `target`, the events go to that endpoint, and a delivery is created where
/// there was none. Without one, they go to each event's original endpoints that are still
/// enabled.
/// Returns the endpoints scheduled per event, in the order of `event_ids`.
pub async fn replay(
    conn: &mut DbConnection,
    tenant_id: &str,
    event_ids: &[String],
    target: Option<&str>,
    now: NaiveDateTime,
) -> Result<Vec<(String, Vec<String>)>, DbError> {
    let webhook_ids: Vec<String> = match target {
        Some(target) => vec![target.to_owned()],
        None => {
            webhooks::table
                .filter(webhooks::tenant_id.eq(tenant_id))
                .filter(webhooks::enabled.eq(true))
                .select(webhooks::id)
                .load(conn)
                .await?
        }
    };
    let existing: Vec<(String, String)> = webhook_deliveries::table
        .filter(webhook_deliveries::tenant_id.eq(tenant_id))
        .filter(webhook_deliveries::event_id.eq_any(event_ids))
        .filter(webhook_deliveries::webhook_id.eq_any(&webhook_ids))
        .select((webhook_deliveries::event_id, webhook_deliveries::webhook_id))
        .load(conn)
        .await?;
    diesel::update(
        webhook_deliveries::table
            .filter(webhook_deliveries::tenant_id.eq(tenant_id))
            .filter(webhook_deliveries::event_id.eq_any(event_ids))
            .filter(webhook_deliveries::webhook_id.eq_any(&webhook_ids)),
    )
    .set((
        webhook_deliveries::state.eq("pending"),
        webhook_deliveries::retry_index.eq(0),
        webhook_deliveries::generation.eq(webhook_deliveries::generation + 1),
        webhook_deliveries::next_attempt_time.eq(now),
        webhook_deliveries::deadline.eq(None::<NaiveDateTime>),
        webhook_deliveries::update_time.eq(now),
    ))
    .execute(conn)
    .await?;

    let mut scheduled = Vec::with_capacity(event_ids.len());
    for event_id in event_ids {
        let mut endpoints: Vec<String> = existing
            .iter()
            .filter(|(event, _)| event == event_id)
            .map(|(_, webhook)| webhook.clone())
            .collect();
        if let Some(target) = target
            && endpoints.is_empty()
        {
            insert_replayed(conn, tenant_id, event_id, target, now).await?;
            endpoints.push(target.to_owned());
        }
        scheduled.push((event_id.clone(), endpoints));
    }
    Ok(scheduled)
}

async fn insert_replayed(
    conn: &mut DbConnection,
    tenant_id: &str,
    event_id: &str,
    webhook_id: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    let row = DeliveryRow {
        id: crate::ids::generate("dlv"),
        tenant_id: tenant_id.to_owned(),
        event_id: event_id.to_owned(),
        webhook_id: webhook_id.to_owned(),
        state: "pending".to_owned(),
        attempt_count: 0,
        retry_index: 0,
        generation: 0,
        next_attempt_time: now,
        deadline: None,
        last_attempt_time: None,
        lease_token: None,
        lease_expire_time: None,
        create_time: now,
        update_time: now,
    };
    diesel::insert_into(webhook_deliveries::table)
        .values(&row)
        .execute(conn)
        .await?;
    Ok(())
}

/// Returns the deliveries of these events, ordered by event and then endpoint.
pub async fn of_events(
    db: &Db,
    tenant_id: &str,
    event_ids: &[String],
) -> Result<Vec<DeliveryRow>, DbError> {
    let mut conn = db.conn().await?;
    let rows = webhook_deliveries::table
        .filter(webhook_deliveries::tenant_id.eq(tenant_id))
        .filter(webhook_deliveries::event_id.eq_any(event_ids))
        .order((
            webhook_deliveries::event_id.asc(),
            webhook_deliveries::webhook_id.asc(),
        ))
        .select(DeliveryRow::as_select())
        .load(&mut conn)
        .await?;
    Ok(rows)
}

/// Returns the attempts of these deliveries, oldest first.
pub async fn attempts_of(
    db: &Db,
    tenant_id: &str,
    delivery_ids: &[String],
) -> Result<Vec<AttemptRow>, DbError> {
    let mut conn = db.conn().await?;
    let rows = webhook_attempts::table
        .filter(webhook_attempts::tenant_id.eq(tenant_id))
        .filter(webhook_attempts::delivery_id.eq_any(delivery_ids))
        .order((
            webhook_attempts::attempt_time.asc(),
            webhook_attempts::id.asc(),
        ))
        .select(AttemptRow::as_select())
        .load(&mut conn)
        .await?;
    Ok(rows)
}
