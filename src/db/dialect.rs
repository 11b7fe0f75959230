//! The statements the multi-backend connection cannot express: upserts (`ON CONFLICT`), row
//! locks (`FOR UPDATE SKIP LOCKED`) and multi-row inserts go through each backend's own
//! connection type here.

use chrono::NaiveDateTime;
use diesel::{
    prelude::*,
    sql_types::{Integer, Nullable, Text, Timestamp},
};
use diesel_async::{AsyncConnection, RunQueryDsl, SimpleAsyncConnection};

use super::{
    DbConnection, DbError,
    deliveries::{self, ClaimRequest, Finished},
    models::{AttemptRow, DeliveryRow, QueueMemberRow, TenantRow},
    schema::{queue_members, tenants, webhook_attempts, webhook_deliveries},
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

/// Inserts attempt rows: in multi-row statements on PostgreSQL, where each statement is a
/// round trip, and one by one on SQLite, which runs in process. Callers run this inside a
/// transaction.
pub async fn insert_attempts(conn: &mut DbConnection, rows: &[AttemptRow]) -> Result<(), DbError> {
    match conn {
        DbConnection::Pg(conn) => {
            // Ten parameters a row; PostgreSQL allows 65,535 in one statement.
            for chunk in rows.chunks(1000) {
                diesel::insert_into(webhook_attempts::table)
                    .values(chunk)
                    .execute(conn)
                    .await?;
            }
        }
        DbConnection::Sqlite(conn) => {
            for row in rows {
                diesel::insert_into(webhook_attempts::table)
                    .values(row)
                    .execute(conn)
                    .await?;
            }
        }
    }
    Ok(())
}

/// Moves each finished delivery to its next state and releases its lease, where the lease
/// still holds and no replay started a new round. Returns, in order, whether it did. PostgreSQL
/// gets one `UPDATE … FROM (VALUES …)`. SQLite runs in process, so it goes row by row.
pub async fn move_deliveries_on(
    conn: &mut DbConnection,
    finished: &[Finished],
) -> Result<Vec<bool>, DbError> {
    let DbConnection::Pg(pg) = conn else {
        let mut moved = Vec::with_capacity(finished.len());
        for item in finished {
            moved.push(deliveries::move_on(conn, item).await?);
        }
        return Ok(moved);
    };
    let mut moved_ids: Vec<String> = Vec::with_capacity(finished.len());
    // Seven parameters a row; PostgreSQL allows 65,535 in one statement.
    for chunk in finished.chunks(1000) {
        moved_ids.extend(move_chunk_on(pg, chunk).await?);
    }
    let moved: std::collections::HashSet<String> = moved_ids.into_iter().collect();
    Ok(finished
        .iter()
        .map(|item| moved.contains(&item.delivery.id))
        .collect())
}

#[derive(QueryableByName)]
struct MovedId {
    #[diesel(sql_type = Text)]
    id: String,
}

async fn move_chunk_on(
    conn: &mut diesel_async::AsyncPgConnection,
    chunk: &[Finished],
) -> Result<Vec<String>, DbError> {
    let rows: Vec<String> = (0..chunk.len())
        .map(|row| {
            let first = row * 7;
            format!(
                "(${}, ${}, ${}::integer, ${}, ${}::timestamp, ${}::timestamp, ${}::timestamp)",
                first + 1,
                first + 2,
                first + 3,
                first + 4,
                first + 5,
                first + 6,
                first + 7
            )
        })
        .collect();
    let statement = format!(
        "UPDATE webhook_deliveries AS d SET state = v.state, \
         attempt_count = d.attempt_count + 1, retry_index = d.retry_index + 1, \
         next_attempt_time = v.next_attempt_time, deadline = v.deadline, \
         last_attempt_time = v.attempt_time, lease_token = NULL, lease_expire_time = NULL, \
         update_time = v.attempt_time \
         FROM (VALUES {}) AS v(id, lease_token, generation, state, next_attempt_time, \
         deadline, attempt_time) \
         WHERE d.id = v.id AND d.lease_token = v.lease_token AND d.generation = v.generation \
         RETURNING d.id",
        rows.join(", ")
    );
    let mut query = diesel::sql_query(statement).into_boxed::<diesel::pg::Pg>();
    for item in chunk {
        query = query
            .bind::<Text, _>(item.delivery.id.clone())
            .bind::<Nullable<Text>, _>(item.delivery.lease_token.clone())
            .bind::<Integer, _>(item.delivery.generation)
            .bind::<Text, _>(item.next.state())
            .bind::<Timestamp, _>(deliveries::next_attempt_time(item))
            .bind::<Timestamp, _>(item.deadline)
            .bind::<Timestamp, _>(item.attempt.attempt_time);
    }
    let moved: Vec<MovedId> = query.load(conn).await?;
    Ok(moved.into_iter().map(|row| row.id).collect())
}

/// Claims deliveries for [`super::deliveries::claim`]: the candidates are read with
/// `FOR UPDATE SKIP LOCKED` on PostgreSQL, so concurrent workers pass over each other's rows,
/// and inside `BEGIN IMMEDIATE` on SQLite, which takes the write lock before reading so two
/// processes never claim from the same snapshot.
pub async fn claim_deliveries(
    conn: &mut DbConnection,
    request: &ClaimRequest,
    pick: &deliveries::Pick,
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

/// Locks the queue row until the transaction ends, so concurrent session creations count the
/// queue's waiting sessions one after the other. SQLite needs no lock because its writers are
/// serialized already.
pub async fn lock_queue(
    conn: &mut DbConnection,
    tenant_id: &str,
    queue_id: &str,
) -> Result<(), DbError> {
    if let DbConnection::Pg(conn) = conn {
        diesel::sql_query("SELECT id FROM queues WHERE tenant_id = $1 AND id = $2 FOR UPDATE")
            .bind::<Text, _>(tenant_id)
            .bind::<Text, _>(queue_id)
            .execute(conn)
            .await?;
    }
    Ok(())
}
