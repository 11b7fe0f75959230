//! The event outbox: events are written inside the transaction of the change that caused them.

use diesel_async::RunQueryDsl;
use serde_json::Value;

use super::{DbConnection, DbError, models::EventRow, schema::events, time};

/// An event to record.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub tenant_id: String,
    pub event_type: &'static str,
    /// The affected resource as the REST API renders it, plus the fields the event type adds.
    pub data: Value,
}

/// Records an event on `conn`, which should be inside the transaction of the change.
pub async fn record(conn: &mut DbConnection, event: NewEvent) -> Result<EventRow, DbError> {
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
