//! The statements the multi-backend connection cannot express: upserts (`ON CONFLICT`) and
//! row locks (`FOR UPDATE SKIP LOCKED`) go through each backend's own connection type here.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl, SimpleAsyncConnection};

use super::{
    DbConnection, DbError,
    deliveries::{self, ClaimRequest},
    models::{DeliveryRow, QueueMemberRow, TenantRow},
    schema::{queue_members, tenants, webhook_deliveries},
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

/// Claims deliveries for [`super::deliveries::claim`]: the candidates are read with
/// `FOR UPDATE SKIP LOCKED` on PostgreSQL, so concurrent workers pass over each other's rows,
/// and inside `BEGIN IMMEDIATE` on SQLite, which takes the write lock before reading so two
/// processes never claim from the same snapshot.
pub async fn claim_deliveries(
    conn: &mut DbConnection,
    request: &ClaimRequest,
    pick: &(dyn Fn(&[(String, String)]) -> Vec<String> + Send + Sync),
    token: &str,
    expire: NaiveDateTime,
) -> Result<Vec<DeliveryRow>, DbError> {
    macro_rules! candidates {
        () => {
            webhook_deliveries::table
                .filter(webhook_deliveries::state.eq("pending"))
                .filter(webhook_deliveries::next_attempt_time.le(request.now))
                .filter(
                    webhook_deliveries::lease_expire_time
                        .is_null()
                        .or(webhook_deliveries::lease_expire_time.le(request.real_now)),
                )
                .filter(webhook_deliveries::webhook_id.ne_all(&request.skip_webhooks))
                .order((
                    webhook_deliveries::next_attempt_time.asc(),
                    webhook_deliveries::id.asc(),
                ))
                .limit(request.limit)
                .select((webhook_deliveries::id, webhook_deliveries::webhook_id))
        };
    }

    if matches!(conn, DbConnection::Pg(_)) {
        return conn
            .transaction(
                async |conn: &mut DbConnection| -> Result<Vec<DeliveryRow>, DbError> {
                    let DbConnection::Pg(pg) = conn else {
                        unreachable!("checked above")
                    };
                    let candidates: Vec<(String, String)> =
                        candidates!().for_update().skip_locked().load(pg).await?;
                    deliveries::lease(conn, &pick(&candidates), token, expire).await
                },
            )
            .await;
    }

    conn.batch_execute("BEGIN IMMEDIATE").await?;
    let outcome = async {
        let DbConnection::Sqlite(sqlite) = &mut *conn else {
            unreachable!("PostgreSQL returned above")
        };
        let candidates: Vec<(String, String)> = candidates!().load(sqlite).await?;
        deliveries::lease(conn, &pick(&candidates), token, expire).await
    }
    .await;
    match outcome {
        Ok(rows) => match conn.batch_execute("COMMIT").await {
            Ok(()) => Ok(rows),
            Err(error) => {
                let _ = conn.batch_execute("ROLLBACK").await;
                Err(error.into())
            }
        },
        Err(error) => {
            let _ = conn.batch_execute("ROLLBACK").await;
            Err(error)
        }
    }
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
