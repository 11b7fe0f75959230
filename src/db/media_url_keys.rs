//! The keys that sign media URLs, shared by every replica through the database.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use super::{Db, DbError, models::MediaUrlKeyRow, schema::media_url_keys};

/// Inserts the key unless a key with its `kid` exists, as when replicas start together.
pub async fn insert_if_missing(db: &Db, row: &MediaUrlKeyRow) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    match diesel::insert_into(media_url_keys::table)
        .values(row)
        .execute(&mut conn)
        .await
    {
        Ok(_) => Ok(()),
        Err(error) => match DbError::from(error) {
            DbError::UniqueViolation(_) => Ok(()),
            other => Err(other),
        },
    }
}

/// Returns every key, oldest first.
pub async fn all(db: &Db) -> Result<Vec<MediaUrlKeyRow>, DbError> {
    let mut conn = db.conn().await?;
    let rows = media_url_keys::table
        .order((media_url_keys::create_time, media_url_keys::kid))
        .select(MediaUrlKeyRow::as_select())
        .load(&mut conn)
        .await?;
    Ok(rows)
}
