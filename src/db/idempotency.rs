//! Idempotency keys: the first request with a key claims it, later ones replay its response.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::{Db, DbError, dialect, models::IdempotencyKeyRow, schema::idempotency_keys as keys};

/// The key of one row: tenant, client and the client's key.
#[derive(Debug, Clone)]
pub struct KeyId {
    pub tenant_id: String,
    pub client_id: String,
    pub key: String,
}

/// What the caller holding a key should do.
#[derive(Debug)]
pub enum Claim {
    /// The key is claimed for this request: execute it, then store or release the outcome.
    Claimed,
    /// A request with this key is still executing.
    Running,
    /// The key was used with a different request.
    Mismatch,
    /// The request ran before; replay this row's response.
    Done(Box<IdempotencyKeyRow>),
}

/// A stored response.
#[derive(Debug, Clone)]
pub struct StoredResponse {
    pub code: i32,
    pub message: String,
    pub body: String,
}

fn by_id(id: &KeyId) -> keys::BoxedQuery<'static, super::Backend> {
    keys::table
        .filter(keys::tenant_id.eq(id.tenant_id.clone()))
        .filter(keys::client_id.eq(id.client_id.clone()))
        .filter(keys::idempotency_key.eq(id.key.clone()))
        .into_boxed()
}

/// Claims the key for a request with `request_hash`, or reports who holds it. A key whose row
/// expired, or whose running request let its lease lapse, is claimed afresh.
pub async fn claim(
    db: &Db,
    id: &KeyId,
    request_hash: &str,
    now: NaiveDateTime,
    lease_expire_time: NaiveDateTime,
    expire_time: NaiveDateTime,
) -> Result<Claim, DbError> {
    let mut conn = db.conn().await?;
    let row = IdempotencyKeyRow {
        tenant_id: id.tenant_id.clone(),
        client_id: id.client_id.clone(),
        idempotency_key: id.key.clone(),
        request_hash: request_hash.to_owned(),
        state: "running".to_owned(),
        response_code: None,
        response_message: None,
        response_body: None,
        create_time: now,
        lease_expire_time,
        expire_time,
    };
    if dialect::insert_idempotency_key_if_missing(&mut conn, &row).await? == 1 {
        return Ok(Claim::Claimed);
    }

    let stale = keys::expire_time.lt(now).or(keys::state
        .eq("running")
        .and(keys::lease_expire_time.lt(now)));
    let retaken = diesel::update(keys::table)
        .filter(keys::tenant_id.eq(&id.tenant_id))
        .filter(keys::client_id.eq(&id.client_id))
        .filter(keys::idempotency_key.eq(&id.key))
        .filter(stale)
        .set((
            keys::request_hash.eq(request_hash),
            keys::state.eq("running"),
            keys::response_code.eq(None::<i32>),
            keys::response_message.eq(None::<String>),
            keys::response_body.eq(None::<String>),
            keys::create_time.eq(now),
            keys::lease_expire_time.eq(lease_expire_time),
            keys::expire_time.eq(expire_time),
        ))
        .execute(&mut conn)
        .await?;
    if retaken == 1 {
        return Ok(Claim::Claimed);
    }

    let Some(existing) = by_id(id)
        .select(IdempotencyKeyRow::as_select())
        .first(&mut conn)
        .await
        .optional()?
    else {
        // Released between the insert and the read; the client may simply retry.
        return Ok(Claim::Running);
    };
    Ok(if existing.request_hash != request_hash {
        Claim::Mismatch
    } else if existing.state == "running" {
        Claim::Running
    } else {
        Claim::Done(Box::new(existing))
    })
}

/// Stores the final response of the request that claimed the key.
pub async fn complete(db: &Db, id: &KeyId, response: &StoredResponse) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    diesel::update(keys::table)
        .filter(keys::tenant_id.eq(&id.tenant_id))
        .filter(keys::client_id.eq(&id.client_id))
        .filter(keys::idempotency_key.eq(&id.key))
        .filter(keys::state.eq("running"))
        .set((
            keys::state.eq("done"),
            keys::response_code.eq(Some(response.code)),
            keys::response_message.eq(Some(&response.message)),
            keys::response_body.eq(Some(&response.body)),
        ))
        .execute(&mut conn)
        .await?;
    Ok(())
}

/// Frees a claimed key whose outcome is not stored (rejected input, server errors), so a
/// corrected retry with the same key runs.
pub async fn release(db: &Db, id: &KeyId) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    diesel::delete(keys::table)
        .filter(keys::tenant_id.eq(&id.tenant_id))
        .filter(keys::client_id.eq(&id.client_id))
        .filter(keys::idempotency_key.eq(&id.key))
        .filter(keys::state.eq("running"))
        .execute(&mut conn)
        .await?;
    Ok(())
}

/// Deletes the rows that expired before `now` and returns how many.
pub async fn purge_expired(db: &Db, now: NaiveDateTime) -> Result<usize, DbError> {
    let mut conn = db.conn().await?;
    Ok(
        diesel::delete(keys::table.filter(keys::expire_time.lt(now)))
            .execute(&mut conn)
            .await?,
    )
}
