//! Background jobs of the webhooks: disabling endpoints that have failed for 5 days, and
//! working through bulk replay jobs a batch at a time. Both are safe in several processes:
//! each change is conditional, and only one process wins it.

use std::time::Duration;

use chrono::TimeDelta;
use diesel_async::AsyncConnection;
use futures::future::BoxFuture;

use crate::{
    db::{self, DbConnection, DbError, event_log::Selection, models::ReplayRow},
    jobs::JobContext,
};

/// How long an endpoint may fail every attempt before it is disabled.
pub const AUTO_DISABLE_AFTER: Duration = Duration::from_secs(5 * 24 * 60 * 60);

/// Endpoints looked at per round.
const DISABLE_BATCH: i64 = 100;

/// Events a replay job schedules per round and transaction.
const REPLAY_BATCH: i64 = 500;

/// Replay jobs advanced per round.
const REPLAY_JOBS_PER_ROUND: i64 = 10;

/// Disables the endpoints whose attempts have all failed for [`AUTO_DISABLE_AFTER`] and
/// records `webhook.endpoint_disabled` for each.
pub fn auto_disable(context: JobContext) -> BoxFuture<'static, anyhow::Result<usize>> {
    Box::pin(async move {
        let now = context.clock.now();
        let cutoff = now - TimeDelta::from_std(AUTO_DISABLE_AFTER)?;
        let failing =
            db::webhooks::failing_since_before(&context.db, cutoff, DISABLE_BATCH).await?;
        let mut disabled = 0;
        for endpoint in failing {
            if super::disable(
                &context.db,
                &endpoint.tenant_id,
                &endpoint.id,
                "failing",
                Some(cutoff),
                now,
            )
            .await?
            {
                tracing::warn!(
                    tenant_id = %endpoint.tenant_id,
                    webhook_id = %endpoint.id,
                    "webhook endpoint failed for 5 days and was disabled"
                );
                disabled += 1;
            }
        }
        Ok(disabled)
    })
}

/// Advances every running replay job by one batch of events.
pub fn run_replays(context: JobContext) -> BoxFuture<'static, anyhow::Result<usize>> {
    Box::pin(async move {
        let jobs = db::replays::running(&context.db, REPLAY_JOBS_PER_ROUND).await?;
        let mut replayed = 0;
        for job in jobs {
            replayed += replay_batch(&context, &job).await?;
        }
        Ok(replayed)
    })
}

/// Schedules the next batch of a job's events again and moves its cursor, in one
/// transaction. Returns how many events it scheduled; 0 when another process took the batch.
async fn replay_batch(context: &JobContext, job: &ReplayRow) -> anyhow::Result<usize> {
    // The filter was checked when the job was created.
    let query = super::EVENT_LIST.parse(&job.tenant_id, &job.filter, "", 0, "")?;
    let selection = Selection {
        tenant_id: &job.tenant_id,
        query: &query,
        start: job.start_time,
        end: job.end_time,
        deliveries: super::replay_selection(job.webhook_id.clone(), job.delivery_state.clone()),
    };
    let after = job.cursor_time.zip(job.cursor_id.clone());
    let now = context.clock.now();

    let mut writer = context.db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    let replayed = conn
        .transaction(async |conn: &mut DbConnection| -> Result<usize, DbError> {
            let batch = db::event_log::next_batch(conn, &selection, after, REPLAY_BATCH).await?;
            let finished = (batch.len() as i64) < REPLAY_BATCH;
            let cursor = batch.last().map(|(id, time)| (*time, id.clone()));
            let count = batch.len() as i32;
            if !db::replays::advance(conn, job, cursor, count, finished, now).await? {
                return Ok(0);
            }
            let event_ids: Vec<String> = batch.into_iter().map(|(id, _)| id).collect();
            if !event_ids.is_empty() {
                db::deliveries::replay(
                    conn,
                    &job.tenant_id,
                    &event_ids,
                    job.webhook_id.as_deref(),
                    now,
                )
                .await?;
            }
            Ok(event_ids.len())
        })
        .await?;
    Ok(replayed)
}
