//! JWT signing keys, shared by every replica through the database.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::{Db, DbError, models::SigningKeyRow, schema::signing_keys};

/// Stores a new signing key.
pub async fn insert(db: &Db, row: &SigningKeyRow) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    diesel::insert_into(signing_keys::table)
        .values(row)
        .execute(&mut conn)
        .await?;
    Ok(())
}

/// Returns every key, newest first.
pub async fn all(db: &Db) -> Result<Vec<SigningKeyRow>, DbError> {
    let mut conn = db.conn().await?;
    let rows = signing_keys::table
        .order((signing_keys::create_time.desc(), signing_keys::kid.desc()))
        .select(SigningKeyRow::as_select())
        .load(&mut conn)
        .await?;
    Ok(rows)
}
