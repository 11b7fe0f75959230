//! Evaluation rows of one tenant, and the session facts an evaluation is checked against.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};
use serde_json::Value;

use crate::list::{CursorValue, ListQuery};

use super::{
    Db, DbConnection, DbError,
    events::{self, NewEvent},
    listing::{self, Column},
    models::EvaluationRow,
    schema::{evaluations, sessions},
};

/// The session facts an evaluation needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRef {
    pub queue_id: String,
    pub agent_id: Option<String>,
}

/// Returns the queue and agent of a session, or `None` when the tenant has no such session.
pub async fn session(
    db: &Db,
    tenant_id: &str,
    session_id: &str,
) -> Result<Option<SessionRef>, DbError> {
    let mut conn = db.conn().await?;
    let found: Option<(String, Option<String>)> = sessions::table
        .filter(sessions::tenant_id.eq(tenant_id))
        .filter(sessions::id.eq(session_id))
        .select((sessions::queue_id, sessions::agent_id))
        .first(&mut conn)
        .await
        .optional()?;
    Ok(found.map(|(queue_id, agent_id)| SessionRef { queue_id, agent_id }))
}

/// Inserts a new evaluation. One with the same id in the tenant is a `UniqueViolation`; a
/// scorecard version that no longer exists is a `ForeignKeyViolation`.
pub async fn insert(db: &Db, row: &EvaluationRow) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    diesel::insert_into(evaluations::table)
        .values(row)
        .execute(&mut conn)
        .await?;
    Ok(())
}

/// Returns the evaluation, or `None` when the tenant has none with that id.
pub async fn get(
    db: &Db,
    tenant_id: &str,
    evaluation_id: &str,
) -> Result<Option<EvaluationRow>, DbError> {
    let mut conn = db.conn().await?;
    let row = evaluations::table
        .filter(evaluations::tenant_id.eq(tenant_id))
        .filter(evaluations::id.eq(evaluation_id))
        .select(EvaluationRow::as_select())
        .first(&mut conn)
        .await
        .optional()?;
    Ok(row)
}

/// Maps an API field name to the evaluation column that lists filter and sort on.
pub fn column(field: &str) -> Column<evaluations::table> {
    match field {
        "id" => Column::Text(Box::new(evaluations::id)),
        "agent_id" => Column::Text(Box::new(evaluations::agent_id)),
        "queue_id" => Column::Text(Box::new(evaluations::queue_id)),
        "session_id" => Column::Text(Box::new(evaluations::session_id)),
        "scorecard_id" => Column::Text(Box::new(evaluations::scorecard_id)),
        "scorecard_version" => Column::Integer(Box::new(evaluations::scorecard_version)),
        "evaluator_id" => Column::Text(Box::new(evaluations::evaluator_id)),
        "state" => Column::Text(Box::new(evaluations::state)),
        "score" => Column::NullableInteger(Box::new(evaluations::score)),
        "raw_score" => Column::NullableInteger(Box::new(evaluations::raw_score)),
        "auto_fail" => Column::Bool(Box::new(evaluations::auto_fail)),
        "submit_time" => Column::NullableTimestamp(Box::new(evaluations::submit_time)),
        "create_time" => Column::Timestamp(Box::new(evaluations::create_time)),
        "update_time" => Column::Timestamp(Box::new(evaluations::update_time)),
        other => unreachable!("evaluation lists declare no field {other}"),
    }
}

/// Returns the value of a sortable field of a row, for page tokens.
pub fn cursor(row: &EvaluationRow, field: &str) -> CursorValue {
    match field {
        "score" => listing::nullable_integer_cursor(row.score),
        "raw_score" => listing::nullable_integer_cursor(row.raw_score),
        "submit_time" => listing::nullable_timestamp_cursor(row.submit_time),
        "create_time" => listing::timestamp_cursor(row.create_time),
        "update_time" => listing::timestamp_cursor(row.update_time),
        _ => CursorValue::Text(row.id.clone()),
    }
}

/// Returns one page of the tenant's evaluations.
pub async fn list(
    db: &Db,
    tenant_id: &str,
    query: &ListQuery,
) -> Result<Vec<EvaluationRow>, DbError> {
    let mut statement = evaluations::table
        .filter(evaluations::tenant_id.eq(tenant_id.to_owned()))
        .select(EvaluationRow::as_select())
        .limit(query.limit)
        .into_boxed();
    if let Some(condition) = listing::condition(query, column)? {
        statement = statement.filter(condition);
    }
    let statement = listing::order(statement, &query.order, column);
    let mut conn = db.conn().await?;
    Ok(statement.load(&mut conn).await?)
}

/// Writes `row` over the stored evaluation while it is a draft at `expected_revision`, and
/// returns whether it did. `row.revision` must already be the new revision.
pub async fn update(db: &Db, row: &EvaluationRow, expected_revision: i64) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    update_on(&mut conn, row, expected_revision).await
}

async fn update_on(
    conn: &mut DbConnection,
    row: &EvaluationRow,
    expected_revision: i64,
) -> Result<bool, DbError> {
    let updated = diesel::update(
        evaluations::table
            .filter(evaluations::tenant_id.eq(&row.tenant_id))
            .filter(evaluations::id.eq(&row.id))
            .filter(evaluations::revision.eq(expected_revision))
            .filter(evaluations::state.eq("draft")),
    )
    .set((
        evaluations::answers.eq(&row.answers),
        evaluations::comment.eq(&row.comment),
        evaluations::score.eq(row.score),
        evaluations::raw_score.eq(row.raw_score),
        evaluations::auto_fail.eq(row.auto_fail),
        evaluations::failed_question_ids.eq(&row.failed_question_ids),
        evaluations::state.eq(&row.state),
        evaluations::submit_time.eq(row.submit_time),
        evaluations::update_time.eq(row.update_time),
        evaluations::revision.eq(row.revision),
    ))
    .execute(conn)
    .await?;
    Ok(updated == 1)
}

/// Submits a draft: writes `row` (in state `submitted`) while the stored evaluation is a draft
/// at `expected_revision`, and records `qa_score.recorded` with `data` in the same
/// transaction. Returns whether it did.
pub async fn submit(
    db: &Db,
    row: &EvaluationRow,
    expected_revision: i64,
    data: Value,
) -> Result<bool, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(async |conn: &mut DbConnection| -> Result<bool, DbError> {
        if !update_on(conn, row, expected_revision).await? {
            return Ok(false);
        }
        events::record(
            conn,
            NewEvent {
                tenant_id: row.tenant_id.clone(),
                event_type: "qa_score.recorded",
                data,
            },
        )
        .await?;
        Ok(true)
    })
    .await
}

/// Deletes the evaluation while it is a draft, only at `expected_revision` when one is given,
/// and returns whether a row was deleted.
pub async fn delete(
    db: &Db,
    tenant_id: &str,
    evaluation_id: &str,
    expected_revision: Option<i64>,
) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let mut statement = diesel::delete(evaluations::table)
        .filter(evaluations::tenant_id.eq(tenant_id))
        .filter(evaluations::id.eq(evaluation_id))
        .filter(evaluations::state.eq("draft"))
        .into_boxed();
    if let Some(revision) = expected_revision {
        statement = statement.filter(evaluations::revision.eq(revision));
    }
    Ok(statement.execute(&mut conn).await? == 1)
}
