//! Tenant licenses: at most one per tenant.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use super::{
    Db, DbConnection, DbError,
    events::{self, NewEvent},
    models::LicenseRow,
    schema::licenses,
};

/// Returns the tenant's license, if it has one.
pub async fn get(db: &Db, tenant_id: &str) -> Result<Option<LicenseRow>, DbError> {
    let mut conn = db.conn().await?;
    let row = licenses::table
        .find(tenant_id)
        .select(LicenseRow::as_select())
        .first(&mut conn)
        .await
        .optional()?;
    Ok(row)
}

/// Inserts a license; a tenant that has one already is a `UniqueViolation`.
pub async fn insert(db: &Db, row: &LicenseRow) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    diesel::insert_into(licenses::table)
        .values(row)
        .execute(&mut conn)
        .await?;
    Ok(())
}

/// Writes `row` over the stored license when its revision is still `expected_revision`, and
/// records `new_events` in the same transaction. Returns whether it did.
pub async fn update(
    db: &Db,
    row: &LicenseRow,
    expected_revision: i64,
    new_events: Vec<NewEvent>,
) -> Result<bool, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(async |conn: &mut DbConnection| -> Result<bool, DbError> {
        let updated = diesel::update(licenses::table)
            .filter(licenses::tenant_id.eq(&row.tenant_id))
            .filter(licenses::revision.eq(expected_revision))
            .set((
                licenses::plan.eq(&row.plan),
                licenses::seats.eq(row.seats),
                licenses::expires_at.eq(row.expires_at),
                licenses::notified_threshold_days.eq(row.notified_threshold_days),
                licenses::expired_recorded.eq(row.expired_recorded),
                licenses::update_time.eq(row.update_time),
                licenses::revision.eq(row.revision),
            ))
            .execute(conn)
            .await?;
        if updated != 1 {
            return Ok(false);
        }
        for event in new_events {
            events::record(conn, event).await?;
        }
        Ok(true)
    })
    .await
}

/// Licenses whose expiry is before `horizon` and that may still owe an event: not yet recorded
/// as expired.
pub async fn expiring_before(db: &Db, horizon: NaiveDateTime) -> Result<Vec<LicenseRow>, DbError> {
    let mut conn = db.conn().await?;
    let rows = licenses::table
        .filter(licenses::expires_at.lt(horizon))
        .filter(licenses::expired_recorded.eq(false))
        .select(LicenseRow::as_select())
        .load(&mut conn)
        .await?;
    Ok(rows)
}
