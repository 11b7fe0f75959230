//! Bulk replay jobs of one tenant.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::{Db, DbConnection, DbError, models::ReplayRow, schema::webhook_replays};

/// Inserts a new job.
pub async fn insert(conn: &mut DbConnection, row: &ReplayRow) -> Result<(), DbError> {
    diesel::insert_into(webhook_replays::table)
        .values(row)
        .execute(conn)
        .await?;
    Ok(())
}

/// Returns the job, or `None` when the tenant has no job with that id.
pub async fn get(db: &Db, tenant_id: &str, replay_id: &str) -> Result<Option<ReplayRow>, DbError> {
    let mut conn = db.conn().await?;
    let row = webhook_replays::table
        .filter(webhook_replays::tenant_id.eq(tenant_id))
        .filter(webhook_replays::id.eq(replay_id))
        .select(ReplayRow::as_select())
        .first(&mut conn)
        .await
        .optional()?;
    Ok(row)
}

/// Returns the running jobs of every tenant, oldest first.
pub async fn running(db: &Db, limit: i64) -> Result<Vec<ReplayRow>, DbError> {
    let mut conn = db.conn().await?;
    let rows = webhook_replays::table
        .filter(webhook_replays::state.eq("running"))
        .order((
            webhook_replays::create_time.asc(),
            webhook_replays::id.asc(),
        ))
        .limit(limit)
        .select(ReplayRow::as_select())
        .load(&mut conn)
        .await?;
    Ok(rows)
}

/// Moves the job past a batch: the new cursor, the events done and whether it finished. The
/// update applies only while the cursor is still where `job` saw it, so when two processes
/// work on one job only one batch counts. Returns whether this one did.
pub async fn advance(
    conn: &mut DbConnection,
    job: &ReplayRow,
    cursor: Option<(NaiveDateTime, String)>,
    replayed: i32,
    finished: bool,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let mut statement = diesel::update(webhook_replays::table)
        .filter(webhook_replays::tenant_id.eq(job.tenant_id.clone()))
        .filter(webhook_replays::id.eq(job.id.clone()))
        .filter(webhook_replays::state.eq("running"))
        .into_boxed();
    statement = match &job.cursor_id {
        Some(id) => statement.filter(webhook_replays::cursor_id.eq(id.clone())),
        None => statement.filter(webhook_replays::cursor_id.is_null()),
    };
    let (cursor_time, cursor_id) = match cursor {
        Some((time, id)) => (Some(time), Some(id)),
        None => (job.cursor_time, job.cursor_id.clone()),
    };
    let state = if finished { "succeeded" } else { "running" };
    let updated = statement
        .set((
            webhook_replays::cursor_time.eq(cursor_time),
            webhook_replays::cursor_id.eq(cursor_id),
            webhook_replays::done.eq(webhook_replays::done + replayed),
            webhook_replays::state.eq(state),
            webhook_replays::update_time.eq(now),
        ))
        .execute(conn)
        .await?;
    Ok(updated == 1)
}
