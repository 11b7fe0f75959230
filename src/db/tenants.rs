//! Tenant rows.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use super::{
    Db, DbConnection, DbError, dialect,
    listing::{self, Column},
    media_deletions,
    models::TenantRow,
    schema::tenants,
    time,
};
use crate::list::{CursorValue, ListQuery};

/// The default requests-per-minute limit of a new tenant.
pub const DEFAULT_RATE_LIMIT_PER_MINUTE: i32 = 600;

/// Creates the tenant when it does not exist yet; an existing one is left as it is.
pub async fn ensure(db: &Db, tenant_id: &str, display_name: &str) -> Result<(), DbError> {
    let now = time::now();
    let row = TenantRow {
        id: tenant_id.to_owned(),
        display_name: display_name.to_owned(),
        rate_limit_per_minute: DEFAULT_RATE_LIMIT_PER_MINUTE,
        create_time: now,
        update_time: now,
        revision: 1,
        recording_retention_days: 0,
    };
    let mut conn = db.conn().await?;
    dialect::insert_tenant_if_missing(&mut conn, &row).await
}

/// Returns the tenant, or `None` when it does not exist.
pub async fn get(db: &Db, tenant_id: &str) -> Result<Option<TenantRow>, DbError> {
    let mut conn = db.conn().await?;
    let row = tenants::table
        .find(tenant_id)
        .select(TenantRow::as_select())
        .first(&mut conn)
        .await
        .optional()?;
    Ok(row)
}

/// Inserts a new tenant. A tenant with the same id is a `UniqueViolation`.
pub async fn insert(db: &Db, row: &TenantRow) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    diesel::insert_into(tenants::table)
        .values(row)
        .execute(&mut conn)
        .await?;
    Ok(())
}

/// The tenant columns lists filter and sort on, by API field name.
pub fn column(field: &str) -> Column<tenants::table> {
    match field {
        "id" => Column::Text(Box::new(tenants::id)),
        "display_name" => Column::Text(Box::new(tenants::display_name)),
        "rate_limit_per_minute" => Column::Integer(Box::new(tenants::rate_limit_per_minute)),
        "create_time" => Column::Timestamp(Box::new(tenants::create_time)),
        "update_time" => Column::Timestamp(Box::new(tenants::update_time)),
        other => unreachable!("tenant lists declare no field {other}"),
    }
}

/// The value of a sortable field of a row, for page tokens.
pub fn cursor(row: &TenantRow, field: &str) -> CursorValue {
    match field {
        "display_name" => CursorValue::Text(row.display_name.clone()),
        "rate_limit_per_minute" => CursorValue::Integer(i64::from(row.rate_limit_per_minute)),
        "create_time" => listing::timestamp_cursor(row.create_time),
        "update_time" => listing::timestamp_cursor(row.update_time),
        _ => CursorValue::Text(row.id.clone()),
    }
}

/// Returns one page of tenants.
pub async fn list(db: &Db, query: &ListQuery) -> Result<Vec<TenantRow>, DbError> {
    let mut statement = tenants::table
        .select(TenantRow::as_select())
        .limit(query.limit)
        .into_boxed();
    if let Some(condition) = listing::condition(query, column)? {
        statement = statement.filter(condition);
    }
    let statement = listing::order(statement, &query.order, column);
    let mut conn = db.conn().await?;
    Ok(statement.load(&mut conn).await?)
}

/// Writes the updatable fields of `row` when the stored revision is still `expected_revision`.
pub async fn update(db: &Db, row: &TenantRow, expected_revision: i64) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let updated = diesel::update(
        tenants::table
            .filter(tenants::id.eq(&row.id))
            .filter(tenants::revision.eq(expected_revision)),
    )
    .set((
        tenants::display_name.eq(&row.display_name),
        tenants::rate_limit_per_minute.eq(row.rate_limit_per_minute),
        tenants::recording_retention_days.eq(row.recording_retention_days),
        tenants::update_time.eq(row.update_time),
        tenants::revision.eq(row.revision),
    ))
    .execute(&mut conn)
    .await?;
    Ok(updated == 1)
}

/// Deletes the tenant and, through cascading keys, everything it owns. The same transaction
/// queues the media of its recordings for the `media_deletions` job, because the object store
/// is outside the database. Returns how many objects were queued, or `None`, with nothing
/// changed, when the tenant does not exist or is not at `expected_revision`.
pub async fn delete(
    db: &Db,
    tenant_id: &str,
    expected_revision: Option<i64>,
) -> Result<Option<usize>, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    let outcome = conn
        .transaction(async |conn: &mut DbConnection| -> Result<usize, Rollback> {
            let queued = media_deletions::queue_tenant(conn, tenant_id, time::now()).await?;
            let mut statement = diesel::delete(tenants::table)
                .filter(tenants::id.eq(tenant_id))
                .into_boxed();
            if let Some(revision) = expected_revision {
                statement = statement.filter(tenants::revision.eq(revision));
            }
            if statement.execute(conn).await? != 1 {
                return Err(Rollback::NotDeleted);
            }
            Ok(queued)
        })
        .await;
    match outcome {
        Ok(queued) => Ok(Some(queued)),
        Err(Rollback::NotDeleted) => Ok(None),
        Err(Rollback::Failed(error)) => Err(error),
    }
}

/// The reason the delete transaction rolled back.
enum Rollback {
    /// The tenant row was missing or at another revision: the queued media goes back too.
    NotDeleted,
    Failed(DbError),
}

impl From<DbError> for Rollback {
    fn from(error: DbError) -> Self {
        Rollback::Failed(error)
    }
}

impl From<diesel::result::Error> for Rollback {
    fn from(error: diesel::result::Error) -> Self {
        Rollback::Failed(error.into())
    }
}
