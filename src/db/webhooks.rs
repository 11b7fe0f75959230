//! Webhook endpoint rows of one tenant, and the state the delivery worker keeps on them.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use super::{
    Db, DbConnection, DbError,
    deliveries::Streak,
    listing::{self, Column},
    models::WebhookRow,
    schema::{webhook_deliveries, webhooks},
};
use crate::list::{CursorValue, ListQuery};

/// Inserts a new endpoint. An endpoint with the same id in the tenant is a `UniqueViolation`.
pub async fn insert(db: &Db, row: &WebhookRow) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    diesel::insert_into(webhooks::table)
        .values(row)
        .execute(&mut conn)
        .await?;
    Ok(())
}

/// Returns the endpoint, or `None` when the tenant has no endpoint with that id.
pub async fn get(
    db: &Db,
    tenant_id: &str,
    webhook_id: &str,
) -> Result<Option<WebhookRow>, DbError> {
    let mut conn = db.conn().await?;
    get_on(&mut conn, tenant_id, webhook_id).await
}

/// Returns the endpoint like [`get`], on a connection that may be inside a transaction.
pub async fn get_on(
    conn: &mut DbConnection,
    tenant_id: &str,
    webhook_id: &str,
) -> Result<Option<WebhookRow>, DbError> {
    let row = webhooks::table
        .filter(webhooks::tenant_id.eq(tenant_id))
        .filter(webhooks::id.eq(webhook_id))
        .select(WebhookRow::as_select())
        .first(conn)
        .await
        .optional()?;
    Ok(row)
}

/// Returns the endpoints with these ids, of any tenant; the caller matches tenants.
pub async fn get_many(db: &Db, webhook_ids: &[String]) -> Result<Vec<WebhookRow>, DbError> {
    let mut conn = db.conn().await?;
    let rows = webhooks::table
        .filter(webhooks::id.eq_any(webhook_ids))
        .select(WebhookRow::as_select())
        .load(&mut conn)
        .await?;
    Ok(rows)
}

/// Returns the id and event-type patterns (a JSON array) of each enabled endpoint of the
/// tenant.
pub async fn enabled_subscriptions(
    conn: &mut DbConnection,
    tenant_id: &str,
) -> Result<Vec<(String, String)>, DbError> {
    let rows = webhooks::table
        .filter(webhooks::tenant_id.eq(tenant_id))
        .filter(webhooks::enabled.eq(true))
        .select((webhooks::id, webhooks::event_types))
        .load(conn)
        .await?;
    Ok(rows)
}

/// Maps an API field name to the endpoint column that lists filter and sort on.
pub fn column(field: &str) -> Column<webhooks::table> {
    match field {
        "id" => Column::Text(Box::new(webhooks::id)),
        "url" => Column::Text(Box::new(webhooks::url)),
        "description" => Column::Text(Box::new(webhooks::description)),
        "enabled" => Column::Bool(Box::new(webhooks::enabled)),
        "event_types" => Column::JsonStrings(Box::new(webhooks::event_types)),
        "create_time" => Column::Timestamp(Box::new(webhooks::create_time)),
        "update_time" => Column::Timestamp(Box::new(webhooks::update_time)),
        other => unreachable!("webhook lists declare no field {other}"),
    }
}

/// Returns the value of a sortable field of a row, for page tokens.
pub fn cursor(row: &WebhookRow, field: &str) -> CursorValue {
    match field {
        "url" => CursorValue::Text(row.url.clone()),
        "create_time" => listing::timestamp_cursor(row.create_time),
        "update_time" => listing::timestamp_cursor(row.update_time),
        _ => CursorValue::Text(row.id.clone()),
    }
}

/// Returns one page of the tenant's endpoints.
pub async fn list(db: &Db, tenant_id: &str, query: &ListQuery) -> Result<Vec<WebhookRow>, DbError> {
    let mut statement = webhooks::table
        .filter(webhooks::tenant_id.eq(tenant_id.to_owned()))
        .select(WebhookRow::as_select())
        .limit(query.limit)
        .into_boxed();
    if let Some(condition) = listing::condition(query, column)? {
        statement = statement.filter(condition);
    }
    let statement = listing::order(statement, &query.order, column);
    let mut conn = db.conn().await?;
    Ok(statement.load(&mut conn).await?)
}

/// Writes `row` over the stored endpoint when the stored revision is still
/// `expected_revision`, and returns whether it did. When the write disables the endpoint, its
/// pending deliveries fail in the same transaction.
pub async fn update(db: &Db, row: &WebhookRow, expected_revision: i64) -> Result<bool, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(async |conn: &mut DbConnection| -> Result<bool, DbError> {
        let updated = diesel::update(
            webhooks::table
                .filter(webhooks::tenant_id.eq(&row.tenant_id))
                .filter(webhooks::id.eq(&row.id))
                .filter(webhooks::revision.eq(expected_revision)),
        )
        .set((
            webhooks::url.eq(&row.url),
            webhooks::description.eq(&row.description),
            webhooks::event_types.eq(&row.event_types),
            webhooks::enabled.eq(row.enabled),
            webhooks::disabled_reason.eq(&row.disabled_reason),
            webhooks::secret.eq(&row.secret),
            webhooks::previous_secret.eq(&row.previous_secret),
            webhooks::previous_secret_expire_time.eq(row.previous_secret_expire_time),
            webhooks::failing_since.eq(row.failing_since),
            webhooks::update_time.eq(row.update_time),
            webhooks::revision.eq(row.revision),
        ))
        .execute(conn)
        .await?;
        if updated == 1 && !row.enabled {
            fail_pending(conn, &row.tenant_id, &row.id, row.update_time).await?;
        }
        Ok(updated == 1)
    })
    .await
}

/// Deletes the endpoint, only at `expected_revision` when one is given, and returns whether a
/// row was deleted. Its pending deliveries fail; the event log keeps them.
pub async fn delete(
    db: &Db,
    tenant_id: &str,
    webhook_id: &str,
    expected_revision: Option<i64>,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(async |conn: &mut DbConnection| -> Result<bool, DbError> {
        let mut statement = diesel::delete(webhooks::table)
            .filter(webhooks::tenant_id.eq(tenant_id))
            .filter(webhooks::id.eq(webhook_id))
            .into_boxed();
        if let Some(revision) = expected_revision {
            statement = statement.filter(webhooks::revision.eq(revision));
        }
        let deleted = statement.execute(conn).await? == 1;
        if deleted {
            fail_pending(conn, tenant_id, webhook_id, now).await?;
        }
        Ok(deleted)
    })
    .await
}

/// Marks the pending deliveries of an endpoint failed. A delivery in flight keeps its lease,
/// and its outcome still lands when the attempt ends.
pub async fn fail_pending(
    conn: &mut DbConnection,
    tenant_id: &str,
    webhook_id: &str,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    let failed = diesel::update(
        webhook_deliveries::table
            .filter(webhook_deliveries::tenant_id.eq(tenant_id))
            .filter(webhook_deliveries::webhook_id.eq(webhook_id))
            .filter(webhook_deliveries::state.eq("pending")),
    )
    .set((
        webhook_deliveries::state.eq("failed"),
        webhook_deliveries::update_time.eq(now),
    ))
    .execute(conn)
    .await?;
    Ok(failed)
}

/// Applies a run of attempts to the endpoint's failure streak. A success clears
/// `failing_since`. A failure after the last success sets it, but keeps an earlier start when
/// no success broke the streak.
pub async fn note_streak(conn: &mut DbConnection, streak: &Streak) -> Result<(), DbError> {
    let target = webhooks::table
        .filter(webhooks::tenant_id.eq(&streak.tenant_id))
        .filter(webhooks::id.eq(&streak.webhook_id));
    match (streak.broken, streak.failing_since) {
        (true, None) => {
            diesel::update(target.filter(webhooks::failing_since.is_not_null()))
                .set(webhooks::failing_since.eq(None::<NaiveDateTime>))
                .execute(conn)
                .await?;
        }
        (true, Some(since)) => {
            diesel::update(target)
                .set(webhooks::failing_since.eq(Some(since)))
                .execute(conn)
                .await?;
        }
        (false, since) => {
            diesel::update(target.filter(webhooks::failing_since.is_null()))
                .set(webhooks::failing_since.eq(since))
                .execute(conn)
                .await?;
        }
    }
    Ok(())
}

/// Disables an enabled endpoint for `reason` and fails its pending deliveries. Returns the
/// endpoint as disabled, or `None` when it was not enabled because another process got there
/// first. With `failing_before`, only an endpoint failing since then is disabled.
pub async fn disable(
    conn: &mut DbConnection,
    tenant_id: &str,
    webhook_id: &str,
    reason: &str,
    failing_before: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> Result<Option<WebhookRow>, DbError> {
    let mut statement = diesel::update(webhooks::table)
        .filter(webhooks::tenant_id.eq(tenant_id))
        .filter(webhooks::id.eq(webhook_id))
        .filter(webhooks::enabled.eq(true))
        .into_boxed();
    if let Some(cutoff) = failing_before {
        statement = statement.filter(webhooks::failing_since.le(cutoff));
    }
    let updated = statement
        .set((
            webhooks::enabled.eq(false),
            webhooks::disabled_reason.eq(Some(reason)),
            webhooks::update_time.eq(now),
            webhooks::revision.eq(webhooks::revision + 1),
        ))
        .execute(conn)
        .await?;
    if updated == 0 {
        return Ok(None);
    }
    fail_pending(conn, tenant_id, webhook_id, now).await?;
    get_on(conn, tenant_id, webhook_id).await
}

/// Enabled endpoints whose attempts have all failed since `cutoff` or earlier.
pub async fn failing_since_before(
    db: &Db,
    cutoff: NaiveDateTime,
    limit: i64,
) -> Result<Vec<WebhookRow>, DbError> {
    let mut conn = db.conn().await?;
    let rows = webhooks::table
        .filter(webhooks::enabled.eq(true))
        .filter(webhooks::failing_since.le(cutoff))
        .select(WebhookRow::as_select())
        .limit(limit)
        .load(&mut conn)
        .await?;
    Ok(rows)
}
