//! Tenant rows.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::{Db, DbError, dialect, models::TenantRow, schema::tenants, time};

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
