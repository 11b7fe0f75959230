//! Recording rows of one tenant, and the conditional updates of the retention and media
//! deadline jobs.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use super::{
    Db, DbConnection, DbError,
    events::{self, NewEvent},
    listing::{self, Column},
    models::RecordingRow,
    schema::{recordings, sessions, tenants},
};
use crate::list::{CursorValue, ListQuery};

/// Checks whether the tenant has a session with this id.
pub async fn session_exists(db: &Db, tenant_id: &str, session_id: &str) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let count: i64 = sessions::table
        .filter(sessions::tenant_id.eq(tenant_id))
        .filter(sessions::id.eq(session_id))
        .count()
        .get_result(&mut conn)
        .await?;
    Ok(count > 0)
}

/// Inserts a new recording. An existing id in the tenant is a `UniqueViolation`; a session
/// that does not exist is a `ForeignKeyViolation`.
pub async fn insert(db: &Db, row: &RecordingRow) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    diesel::insert_into(recordings::table)
        .values(row)
        .execute(&mut conn)
        .await?;
    Ok(())
}

/// Returns the recording, or `None` when the tenant has no recording with that id.
pub async fn get(
    db: &Db,
    tenant_id: &str,
    recording_id: &str,
) -> Result<Option<RecordingRow>, DbError> {
    let mut conn = db.conn().await?;
    let row = recordings::table
        .filter(recordings::tenant_id.eq(tenant_id))
        .filter(recordings::id.eq(recording_id))
        .select(RecordingRow::as_select())
        .first(&mut conn)
        .await
        .optional()?;
    Ok(row)
}

/// Maps an API field name to the recording column lists filter and sort on.
pub fn column(field: &str) -> Column<recordings::table> {
    match field {
        "id" => Column::Text(Box::new(recordings::id)),
        "session_id" => Column::Text(Box::new(recordings::session_id)),
        "state" => Column::Text(Box::new(recordings::state)),
        "paused" => Column::Bool(Box::new(recordings::paused)),
        "content_type" => Column::NullableText(Box::new(recordings::content_type)),
        "create_time" => Column::Timestamp(Box::new(recordings::create_time)),
        "update_time" => Column::Timestamp(Box::new(recordings::update_time)),
        other => unreachable!("recording lists declare no field {other}"),
    }
}

/// Returns the value of a sortable field of a row, for page tokens.
pub fn cursor(row: &RecordingRow, field: &str) -> CursorValue {
    match field {
        "session_id" => CursorValue::Text(row.session_id.clone()),
        "create_time" => listing::timestamp_cursor(row.create_time),
        "update_time" => listing::timestamp_cursor(row.update_time),
        _ => CursorValue::Text(row.id.clone()),
    }
}

/// Returns one page of the tenant's recordings.
pub async fn list(
    db: &Db,
    tenant_id: &str,
    query: &ListQuery,
) -> Result<Vec<RecordingRow>, DbError> {
    let mut statement = recordings::table
        .filter(recordings::tenant_id.eq(tenant_id.to_owned()))
        .select(RecordingRow::as_select())
        .limit(query.limit)
        .into_boxed();
    if let Some(condition) = listing::condition(query, column)? {
        statement = statement.filter(condition);
    }
    let statement = listing::order(statement, &query.order, column);
    let mut conn = db.conn().await?;
    Ok(statement.load(&mut conn).await?)
}

/// Writes every changeable column of `row` when the stored revision is still
/// `expected_revision`, and records `event` in the same transaction when it did. Returns
/// whether it did. `row.revision` must already be the new revision.
pub async fn save(
    db: &Db,
    row: &RecordingRow,
    expected_revision: i64,
    event: Option<NewEvent>,
) -> Result<bool, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(
        async move |conn: &mut DbConnection| -> Result<bool, DbError> {
            let updated = diesel::update(
                recordings::table
                    .filter(recordings::tenant_id.eq(&row.tenant_id))
                    .filter(recordings::id.eq(&row.id))
                    .filter(recordings::revision.eq(expected_revision)),
            )
            .set((
                recordings::state.eq(&row.state),
                recordings::paused.eq(row.paused),
                recordings::pause_intervals.eq(&row.pause_intervals),
                recordings::description.eq(&row.description),
                recordings::attributes.eq(&row.attributes),
                recordings::content_type.eq(&row.content_type),
                recordings::size_bytes.eq(row.size_bytes),
                recordings::sha256.eq(&row.sha256),
                recordings::media_key.eq(&row.media_key),
                recordings::failure_reason.eq(&row.failure_reason),
                recordings::complete_time.eq(row.complete_time),
                recordings::available_time.eq(row.available_time),
                recordings::delete_time.eq(row.delete_time),
                recordings::update_time.eq(row.update_time),
                recordings::revision.eq(row.revision),
            ))
            .execute(conn)
            .await?;
            if updated != 1 {
                return Ok(false);
            }
            if let Some(event) = event {
                events::record(conn, event).await?;
            }
            Ok(true)
        },
    )
    .await
}

/// Lists the tenants that keep recordings for a limited number of days, with that number.
pub async fn tenants_with_retention(db: &Db) -> Result<Vec<(String, i32)>, DbError> {
    let mut conn = db.conn().await?;
    let rows = tenants::table
        .filter(tenants::recording_retention_days.gt(0))
        .select((tenants::id, tenants::recording_retention_days))
        .order(tenants::id)
        .load(&mut conn)
        .await?;
    Ok(rows)
}

/// Up to `limit` recordings of the tenant created before `cutoff` and not yet deleted, oldest
/// first.
pub async fn expired(
    db: &Db,
    tenant_id: &str,
    cutoff: NaiveDateTime,
    limit: i64,
) -> Result<Vec<RecordingRow>, DbError> {
    let mut conn = db.conn().await?;
    let rows = recordings::table
        .filter(recordings::tenant_id.eq(tenant_id))
        .filter(recordings::create_time.lt(cutoff))
        .filter(recordings::state.ne("deleted"))
        .order((recordings::create_time, recordings::id))
        .limit(limit)
        .select(RecordingRow::as_select())
        .load(&mut conn)
        .await?;
    Ok(rows)
}

/// Moves a recording to `deleted` when it still has the media `media_key` (or none, for
/// `None`) and is not deleted yet. Returns whether this call made the change, so of several
/// processes racing on one recording exactly one does.
pub async fn mark_deleted(
    db: &Db,
    tenant_id: &str,
    recording_id: &str,
    media_key: Option<&str>,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let mut statement = diesel::update(recordings::table)
        .filter(recordings::tenant_id.eq(tenant_id))
        .filter(recordings::id.eq(recording_id))
        .filter(recordings::state.ne("deleted"))
        .into_boxed();
    statement = match media_key {
        Some(key) => statement.filter(recordings::media_key.eq(key.to_owned())),
        None => statement.filter(recordings::media_key.is_null()),
    };
    let updated = statement
        .set((
            recordings::state.eq("deleted"),
            recordings::paused.eq(false),
            recordings::media_key.eq(None::<String>),
            recordings::delete_time.eq(Some(now)),
            recordings::update_time.eq(now),
            recordings::revision.eq(recordings::revision + 1),
        ))
        .execute(&mut conn)
        .await?;
    Ok(updated == 1)
}

/// Moves every `processing` recording without media that was completed before `cutoff` to
/// `failed` with `reason`, and returns how many it moved. One statement, so processes racing
/// on a recording never both move it.
pub async fn fail_stalled(
    db: &Db,
    cutoff: NaiveDateTime,
    now: NaiveDateTime,
    reason: &str,
) -> Result<usize, DbError> {
    let mut conn = db.conn().await?;
    let updated = diesel::update(recordings::table)
        .filter(recordings::state.eq("processing"))
        .filter(recordings::media_key.is_null())
        .filter(recordings::complete_time.lt(cutoff))
        .set((
            recordings::state.eq("failed"),
            recordings::failure_reason.eq(Some(reason)),
            recordings::update_time.eq(now),
            recordings::revision.eq(recordings::revision + 1),
        ))
        .execute(&mut conn)
        .await?;
    Ok(updated)
}
