//! OAuth clients and their secrets. Client ids are unique across tenants; every function that
//! serves a tenant's own API takes its tenant id and filters by it.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use crate::list::{CursorValue, ListQuery};

use super::{
    Db, DbConnection, DbError,
    listing::{self, Column},
    models::{ClientRow, ClientSecretRow},
    schema::{client_secrets, clients},
    time,
};

/// The most secrets a client holds at once.
pub const MAX_ACTIVE_SECRETS: usize = 2;

/// A client with its active secrets, oldest first.
#[derive(Debug, Clone)]
pub struct ClientWithSecrets {
    pub client: ClientRow,
    pub secrets: Vec<ClientSecretRow>,
}

/// Which tenant a lookup is confined to.
#[derive(Debug, Clone, Copy)]
pub enum Owner<'a> {
    /// A tenant's clients only.
    Tenant(&'a str),
    /// Platform administration clients only (no tenant).
    Platform,
}

/// Inserts a client with its first secret in one transaction.
pub async fn insert(db: &Db, client: &ClientRow, secret: &ClientSecretRow) -> Result<(), DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(async |conn: &mut DbConnection| -> Result<(), DbError> {
        diesel::insert_into(clients::table)
            .values(client)
            .execute(conn)
            .await?;
        diesel::insert_into(client_secrets::table)
            .values(secret)
            .execute(conn)
            .await?;
        Ok(())
    })
    .await
}

/// Returns the client with its active secrets when it exists, whatever its tenant. Only the
/// token endpoint and the authentication layer look clients up this way.
pub async fn find_any(db: &Db, client_id: &str) -> Result<Option<ClientWithSecrets>, DbError> {
    let mut conn = db.conn().await?;
    let client = clients::table
        .find(client_id)
        .select(ClientRow::as_select())
        .first(&mut conn)
        .await
        .optional()?;
    match client {
        Some(client) => {
            let secrets = active_secrets(&mut conn, &client.id).await?;
            Ok(Some(ClientWithSecrets { client, secrets }))
        }
        None => Ok(None),
    }
}

/// Returns the client when it belongs to `owner`.
pub async fn get(
    db: &Db,
    owner: Owner<'_>,
    client_id: &str,
) -> Result<Option<ClientWithSecrets>, DbError> {
    let found = find_any(db, client_id).await?;
    Ok(found.filter(|found| owns(owner, &found.client)))
}

fn owns(owner: Owner<'_>, client: &ClientRow) -> bool {
    match owner {
        Owner::Tenant(tenant_id) => client.tenant_id.as_deref() == Some(tenant_id),
        Owner::Platform => client.tenant_id.is_none(),
    }
}

async fn active_secrets(
    conn: &mut DbConnection,
    client_id: &str,
) -> Result<Vec<ClientSecretRow>, DbError> {
    let secrets = client_secrets::table
        .filter(client_secrets::client_id.eq(client_id))
        .filter(client_secrets::revoke_time.is_null())
        .order((client_secrets::create_time.asc(), client_secrets::id.asc()))
        .select(ClientSecretRow::as_select())
        .load(conn)
        .await?;
    Ok(secrets)
}

/// The client columns lists filter and sort on, by API field name.
pub fn column(field: &str) -> Column<clients::table> {
    match field {
        "id" => Column::Text(Box::new(clients::id)),
        "display_name" => Column::Text(Box::new(clients::display_name)),
        "disabled" => Column::Bool(Box::new(clients::disabled)),
        "create_time" => Column::Timestamp(Box::new(clients::create_time)),
        "update_time" => Column::Timestamp(Box::new(clients::update_time)),
        other => unreachable!("client lists declare no field {other}"),
    }
}

/// The value of a sortable field of a client, for page tokens.
pub fn cursor(found: &ClientWithSecrets, field: &str) -> CursorValue {
    let row = &found.client;
    match field {
        "display_name" => CursorValue::Text(row.display_name.clone()),
        "create_time" => listing::timestamp_cursor(row.create_time),
        "update_time" => listing::timestamp_cursor(row.update_time),
        _ => CursorValue::Text(row.id.clone()),
    }
}

/// Returns one page of the tenant's clients, with their active secrets.
pub async fn list(
    db: &Db,
    tenant_id: &str,
    query: &ListQuery,
) -> Result<Vec<ClientWithSecrets>, DbError> {
    let mut statement = clients::table
        .filter(clients::tenant_id.eq(tenant_id.to_owned()))
        .select(ClientRow::as_select())
        .limit(query.limit)
        .into_boxed();
    if let Some(condition) = listing::condition(query, column)? {
        statement = statement.filter(condition);
    }
    let statement = listing::order(statement, &query.order, column);
    let mut conn = db.conn().await?;
    let rows: Vec<ClientRow> = statement.load(&mut conn).await?;

    let mut result = Vec::with_capacity(rows.len());
    for client in rows {
        let secrets = active_secrets(&mut conn, &client.id).await?;
        result.push(ClientWithSecrets { client, secrets });
    }
    Ok(result)
}

/// Writes the updatable fields of `row` when the stored revision is still `expected_revision`.
pub async fn update(db: &Db, row: &ClientRow, expected_revision: i64) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let updated = diesel::update(
        clients::table
            .filter(clients::id.eq(&row.id))
            .filter(clients::revision.eq(expected_revision)),
    )
    .set((
        clients::display_name.eq(&row.display_name),
        clients::scopes.eq(&row.scopes),
        clients::disabled.eq(row.disabled),
        clients::update_time.eq(row.update_time),
        clients::revision.eq(row.revision),
    ))
    .execute(&mut conn)
    .await?;
    Ok(updated == 1)
}

/// Deletes the client, only at `expected_revision` when one is given.
pub async fn delete(
    db: &Db,
    client_id: &str,
    expected_revision: Option<i64>,
) -> Result<bool, DbError> {
    let mut conn = db.conn().await?;
    let mut statement = diesel::delete(clients::table)
        .filter(clients::id.eq(client_id))
        .into_boxed();
    if let Some(revision) = expected_revision {
        statement = statement.filter(clients::revision.eq(revision));
    }
    Ok(statement.execute(&mut conn).await? == 1)
}

/// The result of adding a secret.
#[derive(Debug)]
pub enum AddSecret {
    Added,
    /// The client already holds the maximum of active secrets; nothing changed.
    TooMany,
}

/// Adds a secret. With `revoke_beyond_limit` the oldest active secrets are revoked so that at
/// most two remain (the new one included); without it a client at the limit is `TooMany`.
pub async fn add_secret(
    db: &Db,
    secret: &ClientSecretRow,
    revoke_beyond_limit: bool,
) -> Result<AddSecret, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(
        async |conn: &mut DbConnection| -> Result<AddSecret, DbError> {
            let active = active_secrets(conn, &secret.client_id).await?;
            if active.len() >= MAX_ACTIVE_SECRETS && !revoke_beyond_limit {
                return Ok(AddSecret::TooMany);
            }
            let keep = MAX_ACTIVE_SECRETS - 1;
            let excess = active.len().saturating_sub(keep);
            let now = time::now();
            for old in active.iter().take(excess) {
                diesel::update(client_secrets::table.find(&old.id))
                    .set(client_secrets::revoke_time.eq(Some(now)))
                    .execute(conn)
                    .await?;
            }
            diesel::insert_into(client_secrets::table)
                .values(secret)
                .execute(conn)
                .await?;
            touch(conn, &secret.client_id).await?;
            Ok(AddSecret::Added)
        },
    )
    .await
}

/// Revokes one active secret of the client and returns whether it was active.
pub async fn revoke_secret(db: &Db, client_id: &str, secret_id: &str) -> Result<bool, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(async |conn: &mut DbConnection| -> Result<bool, DbError> {
        let revoked = diesel::update(
            client_secrets::table
                .filter(client_secrets::id.eq(secret_id))
                .filter(client_secrets::client_id.eq(client_id))
                .filter(client_secrets::revoke_time.is_null()),
        )
        .set(client_secrets::revoke_time.eq(Some(time::now())))
        .execute(conn)
        .await?;
        if revoked == 1 {
            touch(conn, client_id).await?;
        }
        Ok(revoked == 1)
    })
    .await
}

/// Advances the client's revision, so its etag changes with its secrets.
async fn touch(conn: &mut DbConnection, client_id: &str) -> Result<(), DbError> {
    diesel::update(clients::table.find(client_id))
        .set((
            clients::update_time.eq(time::now()),
            clients::revision.eq(clients::revision + 1),
        ))
        .execute(conn)
        .await?;
    Ok(())
}
