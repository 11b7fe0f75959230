//! Agent rows of one tenant.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use super::{
    Db, DbConnection, DbError,
    listing::{self, Column},
    models::AgentRow,
    schema::agents,
};
use crate::list::{CursorValue, ListQuery};

/// Inserts a new agent. An agent with the same id in the tenant is a `UniqueViolation`.
pub async fn insert(db: &Db, row: &AgentRow) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    diesel::insert_into(agents::table)
        .values(row)
        .execute(&mut conn)
        .await?;
    Ok(())
}

/// Returns the agent, or `None` when the tenant has no agent with that id.
pub async fn get(db: &Db, tenant_id: &str, agent_id: &str) -> Result<Option<AgentRow>, DbError> {
    let mut conn = db.conn().await?;
    let row = agents::table
        .filter(agents::tenant_id.eq(tenant_id))
        .filter(agents::id.eq(agent_id))
        .select(AgentRow::as_select())
        .first(&mut conn)
        .await
        .optional()?;
    Ok(row)
}

/// The agent columns lists filter and sort on, by API field name.
pub fn column(field: &str) -> Column<agents::table> {
    match field {
        "id" => Column::Text(Box::new(agents::id)),
        "display_name" => Column::Text(Box::new(agents::display_name)),
        "email" => Column::NullableText(Box::new(agents::email)),
        "skills" => Column::JsonNames(Box::new(agents::skills)),
        "presence" => Column::Text(Box::new(agents::presence)),
        "presence_time" => Column::Timestamp(Box::new(agents::presence_time)),
        "create_time" => Column::Timestamp(Box::new(agents::create_time)),
        "update_time" => Column::Timestamp(Box::new(agents::update_time)),
        other => unreachable!("agent lists declare no field {other}"),
    }
}

/// The value of a sortable field of a row, for page tokens.
pub fn cursor(row: &AgentRow, field: &str) -> CursorValue {
    match field {
        "display_name" => CursorValue::Text(row.display_name.clone()),
        "presence_time" => listing::timestamp_cursor(row.presence_time),
        "create_time" => listing::timestamp_cursor(row.create_time),
        "update_time" => listing::timestamp_cursor(row.update_time),
        _ => CursorValue::Text(row.id.clone()),
    }
}

/// Returns one page of the tenant's agents.
pub async fn list(db: &Db, tenant_id: &str, query: &ListQuery) -> Result<Vec<AgentRow>, DbError> {
    let mut statement = agents::table
        .filter(agents::tenant_id.eq(tenant_id.to_owned()))
        .select(AgentRow::as_select())
        .limit(query.limit)
        .into_boxed();
    if let Some(condition) = listing::condition(query, column)? {
        statement = statement.filter(condition);
    }
    let statement = listing::order(statement, &query.order, column);
    let mut conn = db.conn().await?;
    Ok(statement.load(&mut conn).await?)
}

/// Writes `row` over the stored agent when the stored revision is still `expected_revision`,
/// and returns whether it did. `row.revision` must already be the new revision.
pub async fn update(db: &Db, row: &AgentRow, expected_revision: i64) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let updated = diesel::update(
        agents::table
            .filter(agents::tenant_id.eq(&row.tenant_id))
            .filter(agents::id.eq(&row.id))
            .filter(agents::revision.eq(expected_revision)),
    )
    .set((
        agents::display_name.eq(&row.display_name),
        agents::email.eq(&row.email),
        agents::skills.eq(&row.skills),
        agents::presence.eq(&row.presence),
        agents::presence_time.eq(row.presence_time),
        agents::update_time.eq(row.update_time),
        agents::revision.eq(row.revision),
    ))
    .execute(&mut conn)
    .await?;
    Ok(updated == 1)
}

/// Deletes the agent, only at `expected_revision` when one is given, and returns whether a row
/// was deleted. Its queue memberships go with it.
pub async fn delete(
    db: &Db,
    tenant_id: &str,
    agent_id: &str,
    expected_revision: Option<i64>,
) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let mut statement = diesel::delete(agents::table)
        .filter(agents::tenant_id.eq(tenant_id))
        .filter(agents::id.eq(agent_id))
        .into_boxed();
    if let Some(revision) = expected_revision {
        statement = statement.filter(agents::revision.eq(revision));
    }
    Ok(statement.execute(&mut conn).await? == 1)
}

/// The number of agents of a tenant.
pub async fn count(db: &Db, tenant_id: &str) -> Result<i64, DbError> {
    let mut conn = db.conn().await?;
    let count = agents::table
        .filter(agents::tenant_id.eq(tenant_id))
        .count()
        .get_result(&mut conn)
        .await?;
    Ok(count)
}

/// Inserts a new agent unless the tenant already has `seats` agents; returns whether it did.
/// The count and the insert share one transaction that holds the license row.
pub async fn insert_within_seats(db: &Db, row: &AgentRow, seats: i32) -> Result<bool, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(async |conn: &mut DbConnection| -> Result<bool, DbError> {
        super::dialect::lock_license(conn, &row.tenant_id).await?;
        let used: i64 = agents::table
            .filter(agents::tenant_id.eq(&row.tenant_id))
            .count()
            .get_result(conn)
            .await?;
        if used >= i64::from(seats) {
            return Ok(false);
        }
        diesel::insert_into(agents::table)
            .values(row)
            .execute(conn)
            .await?;
        Ok(true)
    })
    .await
}

/// Writes `row` over the stored agent when its revision is still `expected_revision`, and
/// records `new_events` in the same transaction. Returns whether it did.
pub async fn update_with_events(
    db: &Db,
    row: &AgentRow,
    expected_revision: i64,
    new_events: Vec<super::events::NewEvent>,
) -> Result<bool, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(async |conn: &mut DbConnection| -> Result<bool, DbError> {
        let updated = diesel::update(
            agents::table
                .filter(agents::tenant_id.eq(&row.tenant_id))
                .filter(agents::id.eq(&row.id))
                .filter(agents::revision.eq(expected_revision)),
        )
        .set((
            agents::presence.eq(&row.presence),
            agents::presence_time.eq(row.presence_time),
            agents::update_time.eq(row.update_time),
            agents::revision.eq(row.revision),
        ))
        .execute(conn)
        .await?;
        if updated != 1 {
            return Ok(false);
        }
        for event in new_events {
            super::events::record(conn, event).await?;
        }
        Ok(true)
    })
    .await
}
