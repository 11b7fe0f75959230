//! The event log: a tenant's events, selected by the list filter and by their deliveries.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::{
    Backend, Db, DbConnection, DbError,
    listing::{self, Column},
    models::EventRow,
    schema::{events, webhook_deliveries},
};
use crate::list::{CursorValue, ListQuery};

/// The deliveries an event must have to be selected: one to `webhook_id`, one in `state`, or
/// one that is both when both are given.
#[derive(Debug, Clone, Default)]
pub struct DeliveryFilter {
    pub webhook_id: Option<String>,
    pub state: Option<String>,
}

/// Maps an API field name to the event column that lists filter and sort on.
pub fn column(field: &str) -> Column<events::table> {
    match field {
        "id" => Column::Text(Box::new(events::id)),
        "type" => Column::Text(Box::new(events::event_type)),
        "create_time" => Column::Timestamp(Box::new(events::create_time)),
        other => unreachable!("event lists declare no field {other}"),
    }
}

/// Returns the value of a sortable field of a row, for page tokens.
pub fn cursor(row: &EventRow, field: &str) -> CursorValue {
    match field {
        "create_time" => listing::timestamp_cursor(row.create_time),
        _ => CursorValue::Text(row.id.clone()),
    }
}

type EventQuery = events::BoxedQuery<'static, Backend>;

/// Selects the tenant's events, only those with a delivery matching `deliveries` when it is
/// not empty.
fn selected(tenant_id: &str, deliveries: &DeliveryFilter) -> EventQuery {
    let statement = events::table
        .filter(events::tenant_id.eq(tenant_id.to_owned()))
        .into_boxed();
    let matching = webhook_deliveries::table
        .filter(webhook_deliveries::tenant_id.eq(tenant_id.to_owned()))
        .select(webhook_deliveries::event_id);
    // Each combination is its own subquery: a boxed subquery cannot be embedded in a query of
    // the multi-backend connection.
    match (deliveries.webhook_id.clone(), deliveries.state.clone()) {
        (Some(webhook_id), Some(state)) => statement.filter(
            events::id.eq_any(
                matching
                    .filter(webhook_deliveries::webhook_id.eq(webhook_id))
                    .filter(webhook_deliveries::state.eq(state)),
            ),
        ),
        (Some(webhook_id), None) => statement.filter(
            events::id.eq_any(matching.filter(webhook_deliveries::webhook_id.eq(webhook_id))),
        ),
        (None, Some(state)) => statement
            .filter(events::id.eq_any(matching.filter(webhook_deliveries::state.eq(state)))),
        (None, None) => statement,
    }
}

/// Returns one page of the tenant's events.
pub async fn list(
    db: &Db,
    tenant_id: &str,
    query: &ListQuery,
    deliveries: &DeliveryFilter,
) -> Result<Vec<EventRow>, DbError> {
    let mut statement = selected(tenant_id, deliveries)
        .select(EventRow::as_select())
        .limit(query.limit);
    if let Some(condition) = listing::condition(query, column)? {
        statement = statement.filter(condition);
    }
    let statement = listing::order(statement, &query.order, column);
    let mut conn = db.conn().await?;
    Ok(statement.load(&mut conn).await?)
}

/// Returns the event, or `None` when the tenant has no event with that id.
pub async fn get(db: &Db, tenant_id: &str, event_id: &str) -> Result<Option<EventRow>, DbError> {
    let mut conn = db.conn().await?;
    let row = events::table
        .filter(events::tenant_id.eq(tenant_id))
        .filter(events::id.eq(event_id))
        .select(EventRow::as_select())
        .first(&mut conn)
        .await
        .optional()?;
    Ok(row)
}

/// Returns the events with these ids, of any tenant.
pub async fn get_many(db: &Db, event_ids: &[String]) -> Result<Vec<EventRow>, DbError> {
    let mut conn = db.conn().await?;
    let rows = events::table
        .filter(events::id.eq_any(event_ids))
        .select(EventRow::as_select())
        .load(&mut conn)
        .await?;
    Ok(rows)
}

/// The events a bulk replay selects: by list filter, creation time range and deliveries.
#[derive(Debug, Clone)]
pub struct Selection<'a> {
    pub tenant_id: &'a str,
    /// A checked list query whose filter applies; its order and limit do not.
    pub query: &'a ListQuery,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub deliveries: DeliveryFilter,
}

fn in_range(selection: &Selection<'_>) -> Result<EventQuery, DbError> {
    let mut statement = selected(selection.tenant_id, &selection.deliveries)
        .filter(events::create_time.ge(selection.start))
        .filter(events::create_time.lt(selection.end));
    if let Some(condition) = listing::condition(selection.query, column)? {
        statement = statement.filter(condition);
    }
    Ok(statement)
}

/// Counts the events a bulk replay selects.
pub async fn count(conn: &mut DbConnection, selection: &Selection<'_>) -> Result<i64, DbError> {
    Ok(in_range(selection)?.count().get_result(conn).await?)
}

/// Returns the next events a bulk replay selects after `(create_time, id)`, in creation
/// order.
pub async fn next_batch(
    conn: &mut DbConnection,
    selection: &Selection<'_>,
    after: Option<(NaiveDateTime, String)>,
    limit: i64,
) -> Result<Vec<(String, NaiveDateTime)>, DbError> {
    let mut statement = in_range(selection)?;
    if let Some((time, id)) = after {
        statement = statement.filter(
            events::create_time
                .gt(time)
                .or(events::create_time.eq(time).and(events::id.gt(id))),
        );
    }
    let rows = statement
        .order((events::create_time.asc(), events::id.asc()))
        .limit(limit)
        .select((events::id, events::create_time))
        .load(conn)
        .await?;
    Ok(rows)
}
