//! Administration commands that run against the database directly, before any client exists.

use anyhow::{Context as _, bail};
use serde::Serialize;

use crate::{
    auth::{keys, scopes, secrets},
    db::{self, Db, clients::ClientWithSecrets, models::ClientRow},
    ids,
    rpc::clients::secret_row,
};

/// What `admin bootstrap` prints: the credentials to request tokens with.
#[derive(Debug, Serialize)]
pub struct BootstrapOutput {
    pub tenant_id: Option<String>,
    pub client_id: String,
    pub client_secret: String,
}

/// Creates the tenant (for `Some`) and the client when missing, and gives the client a new
/// secret. A tenant client gets every tenant scope, a platform client (`None`) gets
/// `platform:admin`. On an existing client the new secret is added and all but the newest two
/// active secrets are revoked.
pub async fn bootstrap(
    db: &Db,
    tenant_id: Option<&str>,
    client_id: &str,
) -> anyhow::Result<BootstrapOutput> {
    for (name, value) in [
        ("--tenant", tenant_id.unwrap_or("x")),
        ("--client-id", client_id),
    ] {
        if !ids::is_valid_client_id(value) {
            bail!("invalid {name} {value:?}: use 1 to 64 characters of A-Z, a-z, 0-9, _ and -");
        }
    }
    if let Some(tenant_id) = tenant_id {
        db::tenants::ensure(db, tenant_id, tenant_id).await?;
    }

    let secret = secrets::generate();
    match db::clients::find_any(db, client_id).await? {
        None => create(db, tenant_id, client_id, &secret).await?,
        Some(existing) => add_secret(db, tenant_id, &existing, &secret).await?,
    }
    Ok(BootstrapOutput {
        tenant_id: tenant_id.map(str::to_owned),
        client_id: client_id.to_owned(),
        client_secret: secret,
    })
}

async fn create(
    db: &Db,
    tenant_id: Option<&str>,
    client_id: &str,
    secret: &str,
) -> anyhow::Result<()> {
    let scopes = match tenant_id {
        Some(_) => scopes::tenant_scopes().join(" "),
        None => scopes::PLATFORM_ADMIN.to_owned(),
    };
    let now = db::time::now();
    let row = ClientRow {
        id: client_id.to_owned(),
        tenant_id: tenant_id.map(str::to_owned),
        display_name: client_id.to_owned(),
        scopes,
        disabled: false,
        create_time: now,
        update_time: now,
        revision: 1,
    };
    db::clients::insert(db, &row, &secret_row(client_id, secret)).await?;
    tracing::info!(client_id, tenant_id, "client created");
    Ok(())
}

async fn add_secret(
    db: &Db,
    tenant_id: Option<&str>,
    existing: &ClientWithSecrets,
    secret: &str,
) -> anyhow::Result<()> {
    let owner = existing.client.tenant_id.as_deref();
    if owner != tenant_id {
        let described = owner.map_or("platform administration".to_owned(), |tenant| {
            format!("tenant {tenant:?}")
        });
        bail!(
            "client {:?} exists and belongs to {described}; choose another --client-id",
            existing.client.id
        );
    }
    if existing.client.disabled {
        tracing::warn!(client_id = %existing.client.id, "client is disabled; the new secret gets no tokens until it is enabled");
    }
    let row = secret_row(&existing.client.id, secret);
    db::clients::add_secret(db, &row, true)
        .await
        .context("adding the secret failed")?;
    tracing::info!(client_id = %existing.client.id, secret_id = %row.id, "client secret added");
    Ok(())
}

/// Adds a new JWT signing key and returns its `kid`. Every replica signs with it within a
/// minute; older keys keep verifying the tokens they signed.
pub async fn rotate_signing_key(db: &Db) -> anyhow::Result<String> {
    Ok(keys::insert_new_key(db).await?)
}
