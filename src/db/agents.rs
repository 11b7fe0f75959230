//! Agent rows of one tenant.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::{
    Db, DbError,
    models::{AgentRow, PageRequest},
    schema::agents,
};

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

/// Returns one page of the tenant's agents in id order.
pub async fn list(db: &Db, tenant_id: &str, page: &PageRequest) -> Result<Vec<AgentRow>, DbError> {
    let mut conn = db.conn().await?;
    let mut query = agents::table
        .filter(agents::tenant_id.eq(tenant_id))
        .select(AgentRow::as_select())
        .order(agents::id.asc())
        .limit(page.limit)
        .into_boxed();
    if let Some(after) = &page.after_id {
        query = query.filter(agents::id.gt(after.clone()));
    }
    Ok(query.load(&mut conn).await?)
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

/// Sets the presence of the agent and returns whether the agent exists.
pub async fn set_presence(
    db: &Db,
    tenant_id: &str,
    agent_id: &str,
    presence: &str,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let updated = diesel::update(
        agents::table
            .filter(agents::tenant_id.eq(tenant_id))
            .filter(agents::id.eq(agent_id)),
    )
    .set((
        agents::presence.eq(presence),
        agents::presence_time.eq(now),
        agents::update_time.eq(now),
        agents::revision.eq(agents::revision + 1),
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
