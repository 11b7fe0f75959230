//! One claimed delivery from its turn at the endpoint to its stored outcome.

use std::sync::Arc;

use chrono::NaiveDateTime;
use http::StatusCode;
use tokio::sync::watch;

use super::{Shared, pace::Queued, recorder};
use crate::{
    db::{
        self,
        deliveries::{Finished, Next},
        models::{AttemptRow, DeliveryRow, EventRow, WebhookRow},
    },
    webhooks::{schedule, sender::Attempt},
};

/// The rows a claimed delivery needs to be sent, loaded before its task starts.
pub enum Work {
    Send {
        event: Arc<EventRow>,
        endpoint: Arc<WebhookRow>,
        queued: Queued,
    },
    /// The endpoint is gone or disabled, or the event vanished: fail without an attempt.
    Drop(&'static str),
}

/// Sends one claimed delivery when its endpoint has a free slot, and stores the outcome. A
/// delivery whose lease would not outlast the attempt, or whose worker is stopping before
/// the delivery's turn came, gives its lease back unsent.
pub async fn deliver(
    shared: Shared,
    delivery: DeliveryRow,
    work: Work,
    mut stop: watch::Receiver<bool>,
) {
    let (event, endpoint, queued) = match work {
        Work::Send {
            event,
            endpoint,
            queued,
        } => (event, endpoint, queued),
        Work::Drop(reason) => {
            tracing::info!(delivery_id = %delivery.id, reason, "webhook delivery failed without an attempt");
            fail_claimed(&shared, &delivery).await;
            return;
        }
    };

    let pace = queued.pace().clone();
    let permit = tokio::select! {
        biased;
        _ = stop.wait_for(|stopping| *stopping) => None,
        permit = pace.permit() => Some(permit),
    };
    if permit.is_none() || *stop.borrow() {
        release(&shared, &delivery, "the worker is stopping").await;
        return;
    }
    if !lease_outlasts_attempt(&shared, &delivery) {
        release(&shared, &delivery, "its turn came too late in the lease").await;
        return;
    }
    let attempt_time = shared.clock.now();
    if delivery
        .deadline
        .is_some_and(|deadline| attempt_time > deadline)
    {
        tracing::info!(delivery_id = %delivery.id, "webhook delivery passed its deadline unattempted");
        fail_claimed(&shared, &delivery).await;
        return;
    }

    let body = crate::webhooks::envelope(&event);
    let keys = crate::webhooks::signing_keys(&endpoint, attempt_time);
    let attempt = shared
        .sender
        .send(&endpoint.url, &event.id, &body, &keys)
        .await;
    drop(permit);
    drop(queued);
    pace.observe(attempt.latency);

    let deadline = delivery
        .deadline
        .unwrap_or_else(|| schedule::deadline(attempt_time));
    let gone = attempt.status == Some(StatusCode::GONE);
    let next = next_state(&shared, &delivery, &attempt, deadline);
    store(
        &shared,
        delivery,
        &endpoint,
        &attempt,
        attempt_time,
        next,
        deadline,
    )
    .await;
    if gone {
        disable_gone(&shared, &endpoint).await;
    }
}

/// Returns whether the lease leaves room for a whole attempt and for storing its outcome.
fn lease_outlasts_attempt(shared: &Shared, delivery: &DeliveryRow) -> bool {
    let needed = chrono::TimeDelta::from_std(shared.timeout + super::STORE_MARGIN)
        .unwrap_or(chrono::TimeDelta::MAX);
    delivery
        .lease_expire_time
        .is_some_and(|expire| db::time::now() + needed <= expire)
}

/// Returns the delivery's state after the attempt: done on 2xx, failed on 410 or past the
/// deadline, otherwise due again after the backoff or the receiver's `Retry-After`. The wait
/// counts from the end of the attempt, so a retry is never early.
fn next_state(
    shared: &Shared,
    delivery: &DeliveryRow,
    attempt: &Attempt,
    deadline: NaiveDateTime,
) -> Next {
    if attempt.succeeded() {
        return Next::Succeeded;
    }
    if attempt.status == Some(StatusCode::GONE) {
        return Next::Failed;
    }
    schedule::next_attempt(
        shared.clock.now(),
        delivery.retry_index,
        attempt.retry_after,
        deadline,
    )
    .map_or(Next::Failed, Next::Retry)
}

/// Hands the attempt and the delivery's next state to the recorder and waits until they are
/// stored. When storing fails, the lease expires and the delivery is attempted again.
async fn store(
    shared: &Shared,
    delivery: DeliveryRow,
    endpoint: &WebhookRow,
    attempt: &Attempt,
    attempt_time: NaiveDateTime,
    next: Next,
    deadline: NaiveDateTime,
) {
    shared
        .metrics
        .observe_webhook_attempt(outcome_label(attempt), attempt.latency.as_secs_f64());
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
    tracing::debug!(
        delivery_id = %delivery.id,
        event_id = %delivery.event_id,
        webhook_id = %delivery.webhook_id,
        status = row.status_code,
        error = %row.error,
        latency_ms = row.latency_ms,
        "webhook attempt made"
    );
    let delivery_id = delivery.id.clone();
    let finished = Finished {
        delivery,
        attempt: row,
        next,
        deadline,
    };
    match shared.recorder.store(finished).await {
        Some(true) => {
            if let Some(state) = recorder::final_state(next) {
                shared.metrics.observe_webhook_delivery(state);
            }
        }
        Some(false) => {
            tracing::warn!(delivery_id = %delivery_id, "the lease of a delivery lapsed during its attempt")
        }
        None => {}
    }
}

async fn disable_gone(shared: &Shared, endpoint: &WebhookRow) {
    let disabled = crate::webhooks::disable(
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

async fn fail_claimed(shared: &Shared, delivery: &DeliveryRow) {
    match db::deliveries::fail_claimed(&shared.db, delivery, shared.clock.now()).await {
        Ok(()) => shared.metrics.observe_webhook_delivery("failed"),
        Err(error) => {
            tracing::warn!(delivery_id = %delivery.id, error = %error, "failing a delivery failed")
        }
    }
}

/// Gives the lease back so that this or another worker claims the delivery again at once.
async fn release(shared: &Shared, delivery: &DeliveryRow, reason: &'static str) {
    match db::deliveries::release(&shared.db, std::slice::from_ref(delivery)).await {
        Ok(_) => {
            tracing::debug!(delivery_id = %delivery.id, reason, "webhook delivery released unsent")
        }
        Err(error) => tracing::warn!(
            delivery_id = %delivery.id,
            error = %error,
            "releasing a delivery failed; its lease expires instead"
        ),
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
