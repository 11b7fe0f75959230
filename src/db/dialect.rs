//! The statements the multi-backend connection cannot express: upserts (`ON CONFLICT`) go
//! through each backend's own connection type here.

use diesel_async::RunQueryDsl;

use super::{
    DbConnection, DbError,
    models::{QueueMemberRow, TenantRow},
    schema::{queue_members, tenants},
};

/// Inserts the tenant unless a tenant with its id exists.
pub async fn insert_tenant_if_missing(
    conn: &mut DbConnection,
    row: &TenantRow,
) -> Result<(), DbError> {
    let statement = diesel::insert_into(tenants::table)
        .values(row)
        .on_conflict_do_nothing();
    match conn {
        DbConnection::Pg(conn) => statement.execute(conn).await?,
        DbConnection::Sqlite(conn) => statement.execute(conn).await?,
    };
    Ok(())
}

/// Inserts the memberships that do not exist yet and returns how many were new.
pub async fn insert_members_if_missing(
    conn: &mut DbConnection,
    rows: &[QueueMemberRow],
) -> Result<usize, DbError> {
    match conn {
        DbConnection::Pg(conn) => {
            let statement = diesel::insert_into(queue_members::table)
                .values(rows)
                .on_conflict_do_nothing();
            Ok(statement.execute(conn).await?)
        }
        // Diesel's SQLite backend has no multi-row insert with ON CONFLICT, so rows go one by
        // one; callers run this inside a transaction.
        DbConnection::Sqlite(conn) => {
            let mut inserted = 0;
            for row in rows {
                inserted += diesel::insert_into(queue_members::table)
                    .values(row)
                    .on_conflict_do_nothing()
                    .execute(conn)
                    .await?;
            }
            Ok(inserted)
        }
    }
}

/// Inserts the idempotency key row unless the key exists; returns 1 when inserted.
pub async fn insert_idempotency_key_if_missing(
    conn: &mut DbConnection,
    row: &super::models::IdempotencyKeyRow,
) -> Result<usize, DbError> {
    let statement = diesel::insert_into(super::schema::idempotency_keys::table)
        .values(row)
        .on_conflict_do_nothing();
    let inserted = match conn {
        DbConnection::Pg(conn) => statement.execute(conn).await?,
        DbConnection::Sqlite(conn) => statement.execute(conn).await?,
    };
    Ok(inserted)
}

/// Locks the tenant's license row until the transaction ends, so concurrent agent creations
/// count seats one after the other. SQLite needs no lock: its writers are serialized already.
pub async fn lock_license(conn: &mut DbConnection, tenant_id: &str) -> Result<(), DbError> {
    if let DbConnection::Pg(conn) = conn {
        diesel::sql_query("SELECT tenant_id FROM licenses WHERE tenant_id = $1 FOR UPDATE")
            .bind::<diesel::sql_types::Text, _>(tenant_id)
            .execute(conn)
            .await?;
    }
    Ok(())
}
