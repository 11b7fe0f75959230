//! Media objects waiting to be removed from the object store. Deleted tenants queue the media
//! of their recordings, and a failed removal queues its object. Each upload in progress queues
//! its object a day ahead, in case the process dies before a recording names it. The
//! `media_deletions` job deletes each due object that no recording names, then its entry.

use chrono::NaiveDateTime;
use diesel::{prelude::*, sql_types::Timestamp};
use diesel_async::RunQueryDsl;

use super::{
    Db, DbConnection, DbError,
    models::MediaDeletionRow,
    schema::{media_deletions, recordings},
};

/// Queues one object for deletion. An object queued already keeps the earlier of the two
/// times.
pub async fn queue(db: &Db, row: &MediaDeletionRow) -> Result<(), DbError> {
    let mut conn = db.conn().await?;
    let inserted = diesel::insert_into(media_deletions::table)
        .values(row)
        .execute(&mut conn)
        .await;
    match inserted.map_err(DbError::from) {
        Ok(_) => Ok(()),
        Err(DbError::UniqueViolation(_)) => {
            diesel::update(media_deletions::table.find(&row.media_key))
                .filter(media_deletions::delete_after.gt(row.delete_after))
                .set(media_deletions::delete_after.eq(row.delete_after))
                .execute(&mut conn)
                .await?;
            Ok(())
        }
        Err(other) => Err(other),
    }
}

/// Queues the media of every recording of the tenant, inside the transaction that deletes the
/// tenant, so the rows that name the objects and the queue entries change together. Returns
/// how many objects were queued.
pub async fn queue_tenant(
    conn: &mut DbConnection,
    tenant_id: &str,
    delete_after: NaiveDateTime,
) -> Result<usize, DbError> {
    let media = recordings::table
        .filter(recordings::tenant_id.eq(tenant_id))
        .filter(recordings::media_key.is_not_null())
        .select((
            recordings::media_key.assume_not_null(),
            recordings::tenant_id,
            delete_after.into_sql::<Timestamp>(),
        ));
    let queued = diesel::insert_into(media_deletions::table)
        .values(media)
        .into_columns((
            media_deletions::media_key,
            media_deletions::tenant_id,
            media_deletions::delete_after,
        ))
        .execute(conn)
        .await?;
    Ok(queued)
}

/// Returns up to `limit` objects due at `now`, the earliest due first.
pub async fn due(
    db: &Db,
    now: NaiveDateTime,
    limit: i64,
) -> Result<Vec<MediaDeletionRow>, DbError> {
    let mut conn = db.conn().await?;
    let rows = media_deletions::table
        .filter(media_deletions::delete_after.le(now))
        .order((media_deletions::delete_after, media_deletions::media_key))
        .limit(limit)
        .select(MediaDeletionRow::as_select())
        .load(&mut conn)
        .await?;
    Ok(rows)
}

/// Returns whether a recording names the object, as one does once its upload is recorded.
pub async fn named(db: &Db, media_key: &str) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let count: i64 = recordings::table
        .filter(recordings::media_key.eq(media_key))
        .count()
        .get_result(&mut conn)
        .await?;
    Ok(count > 0)
}

/// Removes the entry of an object that is gone from the store or that a recording names.
/// Returns whether this call did, so that of several processes exactly one counts it.
pub async fn done(db: &Db, media_key: &str) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let removed = diesel::delete(media_deletions::table.find(media_key))
        .execute(&mut conn)
        .await?;
    Ok(removed == 1)
}
