//! The jobs of recordings. The retention deletes the media of recordings older than the
//! tenant's `recording_retention_days`. The media deadline fails recordings whose media never
//! arrived. The media deletions remove the objects queued by tenant deletions, by failed
//! removals and by uploads that never got recorded.

use chrono::TimeDelta;
use futures::future::BoxFuture;

use super::JobContext;
use crate::{db, object_store};

/// Recordings looked at per tenant and round; the rest wait for the next round.
const RETENTION_BATCH: i64 = 100;

/// Queued objects removed per round; the rest wait for the next round.
const DELETION_BATCH: i64 = 500;

/// How long a `processing` recording waits for its media before it is `failed`.
pub const MEDIA_DEADLINE: TimeDelta = TimeDelta::hours(24);

/// Runs one round of the retention: for each tenant with a retention, the recordings created more
/// than that many days ago (on the scheduling clock) lose their media and become `deleted`.
///
/// The media goes first and the row after, so a crash in between leaves a row that the next
/// round finishes rather than media that nothing names. Deleting a missing object succeeds, and
/// the row changes only while it still names the same media, so of several processes on one
/// recording exactly one records the deletion.
pub fn retention(context: JobContext) -> BoxFuture<'static, anyhow::Result<usize>> {
    Box::pin(async move {
        let store = object_store::open(&context.config.media_url)?;
        let now = context.clock.now();
        let mut deleted = 0;
        for (tenant_id, days) in db::recordings::tenants_with_retention(&context.db).await? {
            let cutoff = now - TimeDelta::days(i64::from(days));
            for row in
                db::recordings::expired(&context.db, &tenant_id, cutoff, RETENTION_BATCH).await?
            {
                if let Some(key) = &row.media_key
                    && let Err(error) = store.delete(key).await
                {
                    tracing::warn!(tenant_id, recording_id = %row.id, error = %error, "deleting expired media failed; retrying next round");
                    continue;
                }
                if db::recordings::mark_deleted(
                    &context.db,
                    &tenant_id,
                    &row.id,
                    row.media_key.as_deref(),
                    db::time::now(),
                )
                .await?
                {
                    tracing::info!(tenant_id, recording_id = %row.id, retention_days = days, "recording deleted by retention");
                    deleted += 1;
                }
            }
        }
        Ok(deleted)
    })
}

/// Runs one round of the media deadline: `processing` recordings completed more than
/// [`MEDIA_DEADLINE`] ago (on the scheduling clock) without media become `failed`.
pub fn media_deadline(context: JobContext) -> BoxFuture<'static, anyhow::Result<usize>> {
    Box::pin(async move {
        let cutoff = context.clock.now() - MEDIA_DEADLINE;
        let failed = db::recordings::fail_stalled(
            &context.db,
            cutoff,
            db::time::now(),
            "no media was uploaded within 24 hours of completion",
        )
        .await?;
        Ok(failed)
    })
}

/// Runs one round of the media deletions. Each due object that no recording names is removed
/// from the store, then its entry. The entry of an object that a recording names, an upload
/// that was recorded, is dropped alone. Deleting a missing object succeeds, so an object that
/// two processes remove at once, or that a crash left half done, is removed and counted once.
pub fn media_deletions(context: JobContext) -> BoxFuture<'static, anyhow::Result<usize>> {
    Box::pin(async move {
        let due =
            db::media_deletions::due(&context.db, context.clock.now(), DELETION_BATCH).await?;
        if due.is_empty() {
            return Ok(0);
        }
        let store = object_store::open(&context.config.media_url)?;
        let mut removed = 0;
        for row in due {
            if db::media_deletions::named(&context.db, &row.media_key).await? {
                db::media_deletions::done(&context.db, &row.media_key).await?;
                continue;
            }
            if let Err(error) = store.delete(&row.media_key).await {
                tracing::warn!(tenant_id = %row.tenant_id, key = %row.media_key, error = %error, "deleting queued media failed; retrying next round");
                continue;
            }
            if db::media_deletions::done(&context.db, &row.media_key).await? {
                tracing::info!(tenant_id = %row.tenant_id, key = %row.media_key, "queued media deleted");
                removed += 1;
            }
        }
        Ok(removed)
    })
}
