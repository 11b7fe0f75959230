//! Media objects waiting to be removed from the object store: those of deleted tenants, and
//! those whose removal failed when their recording let go of them. The `media_deletions` job
//! deletes each object and then its row.

use chrono::NaiveDateTime;
use diesel::{prelude::*, sql_types::Timestamp};
use diesel_async::RunQueryDsl;

use super::{
    Db, DbConnection, DbError,
    models::MediaDeletionRow,
    schema::{media_deletions, recordings},
};

/// Queues one object for deletion; an object queued already stays queued once.
pub async fn queue(db: &Db, row: &MediaDeletionRow) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    match diesel::insert_into(media_deletions::table)
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

/// Queues the media of every recording of the tenant, inside the transaction that deletes the
/// tenant, so the rows that name the objects and the queue entries change together. Returns
/// how many objects were queued.
pub async fn queue_tenant(
    conn: &mut DbConnection,
    tenant_id: &str,
    now: NaiveDateTime,
) -> Result<usize, DbError> {
    let media = recordings::table
        .filter(recordings::tenant_id.eq(tenant_id))
        .filter(recordings::media_key.is_not_null())
        .select((
            recordings::media_key.assume_not_null(),
            recordings::tenant_id,
            now.into_sql::<Timestamp>(),
        ));
    let queued = diesel::insert_into(media_deletions::table)
        .values(media)
        .into_columns((
            media_deletions::media_key,
            media_deletions::tenant_id,
            media_deletions::create_time,
        ))
        .execute(conn)
        .await?;
    Ok(queued)
}

/// Returns up to `limit` queued objects, oldest first.
pub async fn oldest(db: &Db, limit: i64) -> Result<Vec<MediaDeletionRow>, DbError> {
    let mut conn = db.conn().await?;
    let rows = media_deletions::table
        .order((media_deletions::create_time, media_deletions::media_key))
        .limit(limit)
        .select(MediaDeletionRow::as_select())
        .load(&mut conn)
        .await?;
    Ok(rows)
}

/// Removes the entry of an object that is gone from the store. Returns whether this call did,
/// so that of several processes exactly one counts it.
pub async fn done(db: &Db, media_key: &str) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let removed = diesel::delete(media_deletions::table.find(media_key))
        .execute(&mut conn)
        .await?;
    Ok(removed == 1)
}
