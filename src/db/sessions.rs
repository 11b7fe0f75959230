//! Session rows and their transition history, in one tenant.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use super::{
    Db, DbConnection, DbError,
    events::{self, NewEvent},
    listing::{self, Column},
    models::{SessionRow, SessionTransitionRow},
    schema::{queues, session_transitions, sessions},
};
use crate::list::{CursorValue, ListQuery};

/// The session columns lists filter and sort on, by API field name.
pub fn column(field: &str) -> Column<sessions::table> {
    match field {
        "id" => Column::Text(Box::new(sessions::id)),
        "state" => Column::Text(Box::new(sessions::state)),
        "queue_id" => Column::Text(Box::new(sessions::queue_id)),
        "agent_id" => Column::NullableText(Box::new(sessions::agent_id)),
        "channel" => Column::Text(Box::new(sessions::channel)),
        "priority" => Column::Integer(Box::new(sessions::priority_rank)),
        "customer_ref" => Column::Text(Box::new(sessions::customer_ref)),
        "create_time" => Column::Timestamp(Box::new(sessions::create_time)),
        "end_time" => Column::NullableTimestamp(Box::new(sessions::end_time)),
        other => unreachable!("session lists declare no field {other}"),
    }
}

/// The value of a sortable field of a row, for page tokens.
pub fn cursor(row: &SessionRow, field: &str) -> CursorValue {
    match field {
        "create_time" => listing::timestamp_cursor(row.create_time),
        "priority" => CursorValue::Integer(i64::from(row.priority_rank)),
        _ => CursorValue::Text(row.id.clone()),
    }
}

/// Inserts a new session with its first transition and events, in one transaction. Returns
/// whether its queue was full, with `max_queued` or more sessions waiting before it. The queue
/// row stays locked until the commit, so concurrent creates count each other's sessions.
pub async fn insert(
    db: &Db,
    row: &SessionRow,
    transition: &SessionTransitionRow,
    new_events: Vec<NewEvent>,
    max_queued: Option<i32>,
) -> Result<bool, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(async |conn: &mut DbConnection| -> Result<bool, DbError> {
        let full = lock_and_check_full(conn, row, max_queued).await?;
        diesel::insert_into(sessions::table)
            .values(row)
            .execute(conn)
            .await?;
        record(conn, std::slice::from_ref(transition), new_events).await?;
        Ok(full)
    })
    .await
}

/// Writes `row` over the stored session when its revision is still `expected_revision`, with
/// the transitions and events, in one transaction. Returns `None` when the revision no longer
/// matched and nothing was written. With `max_queued`, the session arrives in the queue
/// `row.queue_id`, and the result is whether that queue was full: whether `max_queued` or
/// more sessions were waiting in it before. The queue row stays locked until the commit, as for
/// a new session.
pub async fn update(
    db: &Db,
    row: &SessionRow,
    expected_revision: i64,
    transitions: &[SessionTransitionRow],
    new_events: Vec<NewEvent>,
    max_queued: Option<i32>,
) -> Result<Option<bool>, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(
        async |conn: &mut DbConnection| -> Result<Option<bool>, DbError> {
            let full = lock_and_check_full(conn, row, max_queued).await?;
            let updated = diesel::update(sessions::table)
                .filter(sessions::tenant_id.eq(&row.tenant_id))
                .filter(sessions::id.eq(&row.id))
                .filter(sessions::revision.eq(expected_revision))
                .set((
                    sessions::queue_id.eq(&row.queue_id),
                    sessions::agent_id.eq(&row.agent_id),
                    sessions::state.eq(&row.state),
                    sessions::held.eq(row.held),
                    sessions::end_reason.eq(&row.end_reason),
                    sessions::enqueue_time.eq(row.enqueue_time),
                    sessions::offer_time.eq(row.offer_time),
                    sessions::connect_time.eq(row.connect_time),
                    sessions::wrap_up_time.eq(row.wrap_up_time),
                    sessions::end_time.eq(row.end_time),
                    sessions::overflow_time.eq(row.overflow_time),
                    sessions::sequence.eq(row.sequence),
                    sessions::update_time.eq(row.update_time),
                    sessions::revision.eq(row.revision),
                ))
                .execute(conn)
                .await?;
            if updated != 1 {
                return Ok(None);
            }
            record(conn, transitions, new_events).await?;
            Ok(Some(full))
        },
    )
    .await
}

/// Returns the session, or `None` when the tenant has no session with that id.
pub async fn get(
    db: &Db,
    tenant_id: &str,
    session_id: &str,
) -> Result<Option<SessionRow>, DbError> {
    let mut conn = db.conn().await?;
    let row = sessions::table
        .filter(sessions::tenant_id.eq(tenant_id))
        .filter(sessions::id.eq(session_id))
        .select(SessionRow::as_select())
        .first(&mut conn)
        .await
        .optional()?;
    Ok(row)
}

/// Returns the transitions of a session, oldest first.
pub async fn history(
    db: &Db,
    tenant_id: &str,
    session_id: &str,
) -> Result<Vec<SessionTransitionRow>, DbError> {
    let mut conn = db.conn().await?;
    let rows = session_transitions::table
        .filter(session_transitions::tenant_id.eq(tenant_id))
        .filter(session_transitions::session_id.eq(session_id))
        .order(session_transitions::sequence.asc())
        .select(SessionTransitionRow::as_select())
        .load(&mut conn)
        .await?;
    Ok(rows)
}

/// Returns one page of the tenant's sessions.
pub async fn list(db: &Db, tenant_id: &str, query: &ListQuery) -> Result<Vec<SessionRow>, DbError> {
    let mut statement = sessions::table
        .filter(sessions::tenant_id.eq(tenant_id.to_owned()))
        .select(SessionRow::as_select())
        .limit(query.limit)
        .into_boxed();
    if let Some(condition) = listing::condition(query, column)? {
        statement = statement.filter(condition);
    }
    let statement = listing::order(statement, &query.order, column);
    let mut conn = db.conn().await?;
    Ok(statement.load(&mut conn).await?)
}

/// Inserts a session's transitions and the events they record, inside the caller's transaction.
async fn record(
    conn: &mut DbConnection,
    transitions: &[SessionTransitionRow],
    new_events: Vec<NewEvent>,
) -> Result<(), DbError> {
    for transition in transitions {
        diesel::insert_into(session_transitions::table)
            .values(transition)
            .execute(conn)
            .await?;
    }
    for event in new_events {
        events::record(conn, event).await?;
    }
    Ok(())
}

/// Locks the session's queue and returns whether `max_queued` or more sessions wait in it;
/// without a maximum, locks nothing and returns false.
async fn lock_and_check_full(
    conn: &mut DbConnection,
    row: &SessionRow,
    max_queued: Option<i32>,
) -> Result<bool, DbError> {
    let Some(max) = max_queued else {
        return Ok(false);
    };
    super::dialect::lock_queue(conn, &row.tenant_id, &row.queue_id).await?;
    let waiting = queued_count(conn, &row.tenant_id, &row.queue_id).await?;
    Ok(waiting >= i64::from(max))
}

/// The number of sessions waiting in a queue.
async fn queued_count(
    conn: &mut DbConnection,
    tenant_id: &str,
    queue_id: &str,
) -> Result<i64, DbError> {
    let count = sessions::table
        .filter(sessions::tenant_id.eq(tenant_id))
        .filter(sessions::queue_id.eq(queue_id))
        .filter(sessions::state.eq("queued"))
        .count()
        .get_result(conn)
        .await?;
    Ok(count)
}

/// The enqueue times of the sessions waiting in a queue.
pub async fn queued_since(
    db: &Db,
    tenant_id: &str,
    queue_id: &str,
) -> Result<Vec<NaiveDateTime>, DbError> {
    let mut conn = db.conn().await?;
    let times = sessions::table
        .filter(sessions::tenant_id.eq(tenant_id))
        .filter(sessions::queue_id.eq(queue_id))
        .filter(sessions::state.eq("queued"))
        .select(sessions::enqueue_time)
        .load(&mut conn)
        .await?;
    Ok(times)
}

/// Enqueue and connect times of the sessions that entered a queue at or after `since` and have
/// left the wait (connected, wrapped up or ended).
pub async fn left_queue_since(
    db: &Db,
    tenant_id: &str,
    queue_id: &str,
    since: NaiveDateTime,
) -> Result<Vec<(NaiveDateTime, Option<NaiveDateTime>)>, DbError> {
    let mut conn = db.conn().await?;
    let rows = sessions::table
        .filter(sessions::tenant_id.eq(tenant_id))
        .filter(sessions::queue_id.eq(queue_id))
        .filter(sessions::enqueue_time.ge(since))
        .filter(sessions::state.ne("queued"))
        .filter(sessions::state.ne("offered"))
        .select((sessions::enqueue_time, sessions::connect_time))
        .load(&mut conn)
        .await?;
    Ok(rows)
}

/// Queued sessions of every tenant that entered a queue with a wait limit before that limit
/// ran out at `now` and have not overflowed there yet, oldest first, at most `limit`.
pub async fn overdue(db: &Db, now: NaiveDateTime, limit: i64) -> Result<Vec<SessionRow>, DbError> {
    let mut conn = db.conn().await?;
    let limits: Vec<(String, String, i32)> = queues::table
        .filter(queues::max_wait_seconds.gt(0))
        .select((queues::tenant_id, queues::id, queues::max_wait_seconds))
        .load(&mut conn)
        .await?;

    let mut due = Vec::new();
    for (tenant_id, queue_id, max_wait_seconds) in limits {
        let deadline = now - chrono::TimeDelta::seconds(i64::from(max_wait_seconds));
        let mut rows: Vec<SessionRow> = sessions::table
            .filter(sessions::tenant_id.eq(&tenant_id))
            .filter(sessions::queue_id.eq(&queue_id))
            .filter(sessions::state.eq("queued"))
            .filter(sessions::overflow_time.is_null())
            .filter(sessions::enqueue_time.lt(deadline))
            .order(sessions::enqueue_time.asc())
            .limit(limit)
            .select(SessionRow::as_select())
            .load(&mut conn)
            .await?;
        due.append(&mut rows);
        if due.len() as i64 >= limit {
            break;
        }
    }
    Ok(due)
}

/// The states of the unfinished sessions of agents, as `(agent_id, state)` pairs.
pub async fn agent_states(
    db: &Db,
    tenant_id: &str,
    agent_ids: &[String],
) -> Result<Vec<(String, String)>, DbError> {
    let mut conn = db.conn().await?;
    let rows: Vec<(Option<String>, String)> = sessions::table
        .filter(sessions::tenant_id.eq(tenant_id))
        .filter(sessions::agent_id.eq_any(agent_ids))
        .filter(sessions::state.eq_any(["offered", "connected", "wrap_up"]))
        .select((sessions::agent_id, sessions::state))
        .load(&mut conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(agent, state)| agent.map(|agent| (agent, state)))
        .collect())
}

/// Whether any unfinished session waits in or was routed from the queue.
pub async fn queue_has_open_sessions(
    db: &Db,
    tenant_id: &str,
    queue_id: &str,
) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let count: i64 = sessions::table
        .filter(sessions::tenant_id.eq(tenant_id))
        .filter(sessions::queue_id.eq(queue_id))
        .filter(sessions::state.ne("ended"))
        .count()
        .get_result(&mut conn)
        .await?;
    Ok(count > 0)
}
