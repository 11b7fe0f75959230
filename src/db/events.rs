//! The event outbox: events are written inside the transaction of the change that caused them,
//! together with one delivery row per enabled webhook endpoint that subscribes to the event.

use diesel_async::RunQueryDsl;
use serde_json::Value;

use super::{DbConnection, DbError, deliveries, models::EventRow, schema::events, time, webhooks};

/// An event to record.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub tenant_id: String,
    pub event_type: &'static str,
    /// The affected resource as the REST API renders it, plus the fields the event type adds.
    pub data: Value,
}

/// Records an event on `conn`, which should be inside the transaction of the change, and
/// schedules its delivery to every enabled endpoint of the tenant whose event types match.
pub async fn record(conn: &mut DbConnection, event: NewEvent) -> Result<EventRow, DbError> {
    let row = insert(conn, event).await?;
    let endpoints: Vec<String> = webhooks::enabled_subscriptions(conn, &row.tenant_id)
        .await?
        .into_iter()
        .filter(|(_, patterns)| subscribes(patterns, &row.event_type))
        .map(|(id, _)| id)
        .collect();
    deliveries::insert_for_event(conn, &row, &endpoints).await?;
    Ok(row)
}

/// Records an event delivered to one endpoint only, whatever its event types: a test event.
pub async fn record_to(
    conn: &mut DbConnection,
    event: NewEvent,
    webhook_id: &str,
) -> Result<EventRow, DbError> {
    let row = insert(conn, event).await?;
    deliveries::insert_for_event(conn, &row, &[webhook_id.to_owned()]).await?;
    Ok(row)
}

async fn insert(conn: &mut DbConnection, event: NewEvent) -> Result<EventRow, DbError> {
    debug_assert!(
        crate::events::is_known(event.event_type),
        "undeclared event type {}",
        event.event_type
    );
    let row = EventRow {
        id: crate::ids::generate("evt"),
        tenant_id: event.tenant_id,
        event_type: event.event_type.to_owned(),
        data: event.data.to_string(),
        create_time: time::now(),
    };
    diesel::insert_into(events::table)
        .values(&row)
        .execute(conn)
        .await?;
    Ok(row)
}

/// Returns whether an endpoint's event types (a JSON array of patterns) include `event_type`.
fn subscribes(patterns: &str, event_type: &str) -> bool {
    let patterns: Vec<String> = serde_json::from_str(patterns).unwrap_or_default();
    patterns.is_empty()
        || patterns
            .iter()
            .any(|pattern| crate::events::pattern_matches(pattern, event_type))
}

/// The tenant's events of the given types in the order they were recorded, at most `limit`.
pub async fn of_types(
    db: &super::Db,
    tenant_id: &str,
    event_types: &[&str],
    limit: i64,
) -> Result<Vec<EventRow>, DbError> {
    use diesel::{ExpressionMethods, QueryDsl, SelectableHelper};

    let mut conn = db.conn().await?;
    let rows = events::table
        .filter(events::tenant_id.eq(tenant_id))
        .filter(events::event_type.eq_any(event_types))
        .order((events::create_time.asc(), events::id.asc()))
        .limit(limit)
        .select(EventRow::as_select())
        .load(&mut conn)
        .await?;
    Ok(rows)
}
