//! Queue and queue-membership rows of one tenant.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use crate::list::{CursorValue, ListQuery};

use super::{
    Db, DbConnection, DbError, dialect,
    listing::{self, Column},
    models::{QueueMemberRow, QueueRow},
    schema::{agents, queue_members, queues},
    time,
};

/// The result of adding agents to a queue.
#[derive(Debug)]
pub enum AddMembers {
    /// Every agent is a member; one row per requested agent, in request order.
    Added(Vec<QueueMemberRow>),
    /// The queue does not exist; nothing changed.
    QueueNotFound,
    /// These agents do not exist; nothing changed.
    AgentsNotFound(Vec<String>),
}

/// Inserts a new queue. A queue with the same id in the tenant is a `UniqueViolation`.
pub async fn insert(db: &Db, row: &QueueRow) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    diesel::insert_into(queues::table)
        .values(row)
        .execute(&mut conn)
        .await?;
    Ok(())
}

/// Returns the queue, or `None` when the tenant has no queue with that id.
pub async fn get(db: &Db, tenant_id: &str, queue_id: &str) -> Result<Option<QueueRow>, DbError> {
    let mut conn = db.conn().await?;
    let row = queues::table
        .filter(queues::tenant_id.eq(tenant_id))
        .filter(queues::id.eq(queue_id))
        .select(QueueRow::as_select())
        .first(&mut conn)
        .await
        .optional()?;
    Ok(row)
}

/// The queue columns lists filter and sort on, by API field name.
pub fn column(field: &str) -> Column<queues::table> {
    match field {
        "id" => Column::Text(Box::new(queues::id)),
        "name" => Column::Text(Box::new(queues::name)),
        "skills" => Column::JsonStrings(Box::new(queues::skills)),
        "priority" => Column::Text(Box::new(queues::priority)),
        "max_wait_seconds" => Column::Integer(Box::new(queues::max_wait_seconds)),
        "overflow.action" => Column::Text(Box::new(queues::overflow_action)),
        "create_time" => Column::Timestamp(Box::new(queues::create_time)),
        "update_time" => Column::Timestamp(Box::new(queues::update_time)),
        other => unreachable!("queue lists declare no field {other}"),
    }
}

/// The value of a sortable field of a row, for page tokens.
pub fn cursor(row: &QueueRow, field: &str) -> CursorValue {
    match field {
        "name" => CursorValue::Text(row.name.clone()),
        "max_wait_seconds" => CursorValue::Integer(i64::from(row.max_wait_seconds)),
        "create_time" => listing::timestamp_cursor(row.create_time),
        "update_time" => listing::timestamp_cursor(row.update_time),
        _ => CursorValue::Text(row.id.clone()),
    }
}

/// Returns one page of the tenant's queues.
pub async fn list(db: &Db, tenant_id: &str, query: &ListQuery) -> Result<Vec<QueueRow>, DbError> {
    let mut statement = queues::table
        .filter(queues::tenant_id.eq(tenant_id.to_owned()))
        .select(QueueRow::as_select())
        .limit(query.limit)
        .into_boxed();
    if let Some(condition) = listing::condition(query, column)? {
        statement = statement.filter(condition);
    }
    let statement = listing::order(statement, &query.order, column);
    let mut conn = db.conn().await?;
    Ok(statement.load(&mut conn).await?)
}

/// Writes `row` over the stored queue when the stored revision is still `expected_revision`,
/// and returns whether it did. `row.revision` must already be the new revision.
pub async fn update(db: &Db, row: &QueueRow, expected_revision: i64) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let updated = diesel::update(
        queues::table
            .filter(queues::tenant_id.eq(&row.tenant_id))
            .filter(queues::id.eq(&row.id))
            .filter(queues::revision.eq(expected_revision)),
    )
    .set((
        queues::name.eq(&row.name),
        queues::skills.eq(&row.skills),
        queues::priority.eq(&row.priority),
        queues::max_wait_seconds.eq(row.max_wait_seconds),
        queues::max_queue_size.eq(row.max_queue_size),
        queues::overflow_action.eq(&row.overflow_action),
        queues::overflow_target_queue_id.eq(&row.overflow_target_queue_id),
        queues::update_time.eq(row.update_time),
        queues::revision.eq(row.revision),
    ))
    .execute(&mut conn)
    .await?;
    Ok(updated == 1)
}

/// Deletes the queue, only at `expected_revision` when one is given, and returns whether a row
/// was deleted. Memberships go with it.
pub async fn delete(
    db: &Db,
    tenant_id: &str,
    queue_id: &str,
    expected_revision: Option<i64>,
) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let mut statement = diesel::delete(queues::table)
        .filter(queues::tenant_id.eq(tenant_id))
        .filter(queues::id.eq(queue_id))
        .into_boxed();
    if let Some(revision) = expected_revision {
        statement = statement.filter(queues::revision.eq(revision));
    }
    Ok(statement.execute(&mut conn).await? == 1)
}

/// Makes every agent of `agent_ids` a member of the queue in one transaction. Existing
/// memberships keep their `create_time`.
pub async fn add_members(
    db: &Db,
    tenant_id: &str,
    queue_id: &str,
    agent_ids: &[String],
) -> Result<AddMembers, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(
        async |conn: &mut DbConnection| -> Result<AddMembers, DbError> {
            {
                let queue_count: i64 = queues::table
                    .filter(queues::tenant_id.eq(tenant_id))
                    .filter(queues::id.eq(queue_id))
                    .count()
                    .get_result(conn)
                    .await?;
                if queue_count == 0 {
                    return Ok(AddMembers::QueueNotFound);
                }

                let found: Vec<String> = agents::table
                    .filter(agents::tenant_id.eq(tenant_id))
                    .filter(agents::id.eq_any(agent_ids))
                    .select(agents::id)
                    .load(conn)
                    .await?;
                let missing: Vec<String> = agent_ids
                    .iter()
                    .filter(|id| !found.contains(id))
                    .cloned()
                    .collect();
                if !missing.is_empty() {
                    return Ok(AddMembers::AgentsNotFound(missing));
                }

                let now = time::now();
                let rows: Vec<QueueMemberRow> = agent_ids
                    .iter()
                    .map(|agent_id| QueueMemberRow {
                        tenant_id: tenant_id.to_owned(),
                        queue_id: queue_id.to_owned(),
                        agent_id: agent_id.clone(),
                        create_time: now,
                    })
                    .collect();
                dialect::insert_members_if_missing(conn, &rows).await?;

                let stored: Vec<QueueMemberRow> = queue_members::table
                    .filter(queue_members::tenant_id.eq(tenant_id))
                    .filter(queue_members::queue_id.eq(queue_id))
                    .filter(queue_members::agent_id.eq_any(agent_ids))
                    .select(QueueMemberRow::as_select())
                    .load(conn)
                    .await?;
                let ordered = agent_ids
                    .iter()
                    .filter_map(|id| stored.iter().find(|row| &row.agent_id == id).cloned())
                    .collect();
                Ok(AddMembers::Added(ordered))
            }
        },
    )
    .await
}

/// The membership columns lists filter and sort on, by API field name.
pub fn member_column(field: &str) -> Column<queue_members::table> {
    match field {
        "agent_id" => Column::Text(Box::new(queue_members::agent_id)),
        "create_time" => Column::Timestamp(Box::new(queue_members::create_time)),
        other => unreachable!("member lists declare no field {other}"),
    }
}

/// The value of a sortable field of a membership, for page tokens.
pub fn member_cursor(row: &QueueMemberRow, field: &str) -> CursorValue {
    match field {
        "create_time" => listing::timestamp_cursor(row.create_time),
        _ => CursorValue::Text(row.agent_id.clone()),
    }
}

/// Returns one page of the queue's members.
pub async fn list_members(
    db: &Db,
    tenant_id: &str,
    queue_id: &str,
    query: &ListQuery,
) -> Result<Vec<QueueMemberRow>, DbError> {
    let mut statement = queue_members::table
        .filter(queue_members::tenant_id.eq(tenant_id.to_owned()))
        .filter(queue_members::queue_id.eq(queue_id.to_owned()))
        .select(QueueMemberRow::as_select())
        .limit(query.limit)
        .into_boxed();
    if let Some(condition) = listing::condition(query, member_column)? {
        statement = statement.filter(condition);
    }
    let statement = listing::order(statement, &query.order, member_column);
    let mut conn = db.conn().await?;
    Ok(statement.load(&mut conn).await?)
}

/// Removes the agent from the queue and returns whether it was a member.
pub async fn remove_member(
    db: &Db,
    tenant_id: &str,
    queue_id: &str,
    agent_id: &str,
) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let deleted = diesel::delete(
        queue_members::table
            .filter(queue_members::tenant_id.eq(tenant_id))
            .filter(queue_members::queue_id.eq(queue_id))
            .filter(queue_members::agent_id.eq(agent_id)),
    )
    .execute(&mut conn)
    .await?;
    Ok(deleted == 1)
}

/// Member counts of a queue: all members, and those whose presence is `available`.
pub async fn member_counts(
    db: &Db,
    tenant_id: &str,
    queue_id: &str,
) -> Result<(i64, i64), DbError> {
    let mut conn = db.conn().await?;
    let total: i64 = queue_members::table
        .filter(queue_members::tenant_id.eq(tenant_id))
        .filter(queue_members::queue_id.eq(queue_id))
        .count()
        .get_result(&mut conn)
        .await?;
    let available: i64 = queue_members::table
        .inner_join(
            agents::table.on(agents::tenant_id
                .eq(queue_members::tenant_id)
                .and(agents::id.eq(queue_members::agent_id))),
        )
        .filter(queue_members::tenant_id.eq(tenant_id))
        .filter(queue_members::queue_id.eq(queue_id))
        .filter(agents::presence.eq("available"))
        .count()
        .get_result(&mut conn)
        .await?;
    Ok((total, available))
}

/// Returns the ids of the tenant's queues whose overflow sends sessions to `queue_id`.
pub async fn overflow_referrers(
    db: &Db,
    tenant_id: &str,
    queue_id: &str,
) -> Result<Vec<String>, DbError> {
    let mut conn = db.conn().await?;
    let ids = queues::table
        .filter(queues::tenant_id.eq(tenant_id))
        .filter(queues::overflow_target_queue_id.eq(queue_id))
        .select(queues::id)
        .load(&mut conn)
        .await?;
    Ok(ids)
}

/// Whether `agent_id` is a member of the queue, as a count (0 or 1), and the queue's member
/// total.
pub async fn member_counts_for(
    db: &Db,
    tenant_id: &str,
    queue_id: &str,
    agent_id: &str,
) -> Result<(i64, i64), DbError> {
    let mut conn = db.conn().await?;
    let member: i64 = queue_members::table
        .filter(queue_members::tenant_id.eq(tenant_id))
        .filter(queue_members::queue_id.eq(queue_id))
        .filter(queue_members::agent_id.eq(agent_id))
        .count()
        .get_result(&mut conn)
        .await?;
    let total: i64 = queue_members::table
        .filter(queue_members::tenant_id.eq(tenant_id))
        .filter(queue_members::queue_id.eq(queue_id))
        .count()
        .get_result(&mut conn)
        .await?;
    Ok((member, total))
}
