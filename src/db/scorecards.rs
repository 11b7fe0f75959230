//! Scorecard rows of one tenant: the newest version of each scorecard in `scorecards`, and the
//! frozen published versions in `scorecard_versions`.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use crate::list::{CursorValue, ListQuery};

use super::{
    Db, DbConnection, DbError,
    listing::{self, Column},
    models::{ScorecardRow, ScorecardVersionRow},
    schema::{evaluations, scorecard_versions, scorecards},
};

/// The result of deleting a scorecard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deletion {
    Deleted,
    /// No scorecard with that id, or not at the expected revision.
    NotDeleted,
    /// Evaluations use one of its versions; nothing changed.
    InUse,
}

/// Inserts a new scorecard. One with the same id in the tenant is a `UniqueViolation`.
pub async fn insert(db: &Db, row: &ScorecardRow) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    diesel::insert_into(scorecards::table)
        .values(row)
        .execute(&mut conn)
        .await?;
    Ok(())
}

/// Returns the newest version of the scorecard, or `None` when the tenant has none with that
/// id.
pub async fn get(
    db: &Db,
    tenant_id: &str,
    scorecard_id: &str,
) -> Result<Option<ScorecardRow>, DbError> {
    let mut conn = db.conn().await?;
    let row = scorecards::table
        .filter(scorecards::tenant_id.eq(tenant_id))
        .filter(scorecards::id.eq(scorecard_id))
        .select(ScorecardRow::as_select())
        .first(&mut conn)
        .await
        .optional()?;
    Ok(row)
}

/// Returns a published version of the scorecard, or `None` when it was never published.
pub async fn get_version(
    db: &Db,
    tenant_id: &str,
    scorecard_id: &str,
    version: i32,
) -> Result<Option<ScorecardVersionRow>, DbError> {
    let mut conn = db.conn().await?;
    let row = scorecard_versions::table
        .filter(scorecard_versions::tenant_id.eq(tenant_id))
        .filter(scorecard_versions::scorecard_id.eq(scorecard_id))
        .filter(scorecard_versions::version.eq(version))
        .select(ScorecardVersionRow::as_select())
        .first(&mut conn)
        .await
        .optional()?;
    Ok(row)
}

/// Maps an API field name to the scorecard column that lists filter and sort on.
pub fn column(field: &str) -> Column<scorecards::table> {
    match field {
        "id" => Column::Text(Box::new(scorecards::id)),
        "display_name" => Column::Text(Box::new(scorecards::display_name)),
        "state" => Column::Text(Box::new(scorecards::state)),
        "version" => Column::Integer(Box::new(scorecards::version)),
        "published_version" => Column::Integer(Box::new(scorecards::published_version)),
        "create_time" => Column::Timestamp(Box::new(scorecards::create_time)),
        "update_time" => Column::Timestamp(Box::new(scorecards::update_time)),
        other => unreachable!("scorecard lists declare no field {other}"),
    }
}

/// Returns the value of a sortable field of a row, for page tokens.
pub fn cursor(row: &ScorecardRow, field: &str) -> CursorValue {
    match field {
        "display_name" => CursorValue::Text(row.display_name.clone()),
        "create_time" => listing::timestamp_cursor(row.create_time),
        "update_time" => listing::timestamp_cursor(row.update_time),
        _ => CursorValue::Text(row.id.clone()),
    }
}

/// Returns one page of the tenant's scorecards.
pub async fn list(
    db: &Db,
    tenant_id: &str,
    query: &ListQuery,
) -> Result<Vec<ScorecardRow>, DbError> {
    let mut statement = scorecards::table
        .filter(scorecards::tenant_id.eq(tenant_id.to_owned()))
        .select(ScorecardRow::as_select())
        .limit(query.limit)
        .into_boxed();
    if let Some(condition) = listing::condition(query, column)? {
        statement = statement.filter(condition);
    }
    let statement = listing::order(statement, &query.order, column);
    let mut conn = db.conn().await?;
    Ok(statement.load(&mut conn).await?)
}

/// Writes `row` over the stored scorecard when the stored revision is still
/// `expected_revision`, and returns whether it did. `row.revision` must already be the new
/// revision. Published versions in `scorecard_versions` are never touched.
pub async fn update(db: &Db, row: &ScorecardRow, expected_revision: i64) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    update_on(&mut conn, row, expected_revision).await
}

async fn update_on(
    conn: &mut DbConnection,
    row: &ScorecardRow,
    expected_revision: i64,
) -> Result<bool, DbError> {
    let updated = diesel::update(
        scorecards::table
            .filter(scorecards::tenant_id.eq(&row.tenant_id))
            .filter(scorecards::id.eq(&row.id))
            .filter(scorecards::revision.eq(expected_revision)),
    )
    .set((
        scorecards::display_name.eq(&row.display_name),
        scorecards::description.eq(&row.description),
        scorecards::sections.eq(&row.sections),
        scorecards::version.eq(row.version),
        scorecards::state.eq(&row.state),
        scorecards::published_version.eq(row.published_version),
        scorecards::publish_time.eq(row.publish_time),
        scorecards::update_time.eq(row.update_time),
        scorecards::revision.eq(row.revision),
    ))
    .execute(conn)
    .await?;
    Ok(updated == 1)
}

/// Publishes the draft: writes `row` (the scorecard in state `published`) when the stored
/// revision is still `expected_revision`, and freezes the version in the same transaction.
/// Returns whether it did.
pub async fn publish(
    db: &Db,
    row: &ScorecardRow,
    expected_revision: i64,
    frozen: &ScorecardVersionRow,
) -> Result<bool, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(async |conn: &mut DbConnection| -> Result<bool, DbError> {
        if !update_on(conn, row, expected_revision).await? {
            return Ok(false);
        }
        diesel::insert_into(scorecard_versions::table)
            .values(frozen)
            .execute(conn)
            .await?;
        Ok(true)
    })
    .await
}

/// Deletes the scorecard with its versions unless evaluations use it; only at
/// `expected_revision` when one is given.
pub async fn delete(
    db: &Db,
    tenant_id: &str,
    scorecard_id: &str,
    expected_revision: Option<i64>,
) -> Result<Deletion, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    let outcome = conn
        .transaction(
            async |conn: &mut DbConnection| -> Result<Deletion, DbError> {
                let in_use: i64 = evaluations::table
                    .filter(evaluations::tenant_id.eq(tenant_id))
                    .filter(evaluations::scorecard_id.eq(scorecard_id))
                    .count()
                    .get_result(conn)
                    .await?;
                if in_use > 0 {
                    return Ok(Deletion::InUse);
                }
                let mut statement = diesel::delete(scorecards::table)
                    .filter(scorecards::tenant_id.eq(tenant_id))
                    .filter(scorecards::id.eq(scorecard_id))
                    .into_boxed();
                if let Some(revision) = expected_revision {
                    statement = statement.filter(scorecards::revision.eq(revision));
                }
                Ok(match statement.execute(conn).await? {
                    1 => Deletion::Deleted,
                    _ => Deletion::NotDeleted,
                })
            },
        )
        .await;
    match outcome {
        // An evaluation created between the count and the delete references a version, so the
        // foreign key rejects the delete.
        Err(DbError::ForeignKeyViolation(_)) => Ok(Deletion::InUse),
        other => other,
    }
}
