//! `globemeet.v1.ClientService`: a tenant's own OAuth clients. The client logic here also
//! serves the tenant-client methods of the tenant service.

use tonic::{Request, Response, Status};

use super::{check_text, etag, expected_revision, mask_fields, require_id, resource_id, timestamp};
use crate::{
    auth::secrets,
    caller::Caller,
    db::{
        self, Db, DbError,
        clients::{AddSecret, ClientWithSecrets, Owner},
        models::{ClientRow, ClientSecretRow},
    },
    error::{ApiError, Violations},
    list::{FieldType, FilterField, ListSpec, OrderField},
    proto::globemeet::v1::{
        Client, ClientSecret, CreateClientRequest, DeleteClientRequest, GetClientRequest,
        ListClientsRequest, ListClientsResponse, RevokeClientSecretRequest,
        RotateClientSecretRequest, UpdateClientRequest, client_service_server::ClientService,
    },
};

const RESOURCE: &str = "client";
const MAX_NAME_CHARS: usize = 200;
const UPDATABLE_FIELDS: &[&str] = &["display_name", "scopes", "disabled"];
const SERVER_FIELDS: &[&str] = &[
    "id",
    "tenant_id",
    "secrets",
    "client_secret",
    "etag",
    "create_time",
    "update_time",
];

/// The client service over the data layer.
#[derive(Clone)]
pub struct ClientApi {
    db: Db,
}

impl ClientApi {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    async fn load(&self, tenant_id: &str, client_id: &str) -> Result<ClientWithSecrets, ApiError> {
        db::clients::get(&self.db, Owner::Tenant(tenant_id), client_id)
            .await?
            .ok_or_else(|| not_found(client_id))
    }
}

fn not_found(client_id: &str) -> ApiError {
    ApiError::NotFound {
        resource: RESOURCE,
        id: client_id.to_owned(),
    }
}

#[tonic::async_trait]
impl ClientService for ClientApi {
    async fn create_client(
        &self,
        request: Request<CreateClientRequest>,
    ) -> Result<Response<Client>, Status> {
        let caller = Caller::of(&request)?;
        let tenant_id = Caller::tenant_of(&request)?;
        let client = request
            .into_inner()
            .client
            .ok_or_else(|| ApiError::required("client"))?;

        let created = create_client(&self.db, Some(&tenant_id), client, &caller.scopes).await?;
        Ok(Response::new(created))
    }

    async fn get_client(
        &self,
        request: Request<GetClientRequest>,
    ) -> Result<Response<Client>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let client_id = request.into_inner().client_id;
        require_id(&client_id, "client_id")?;

        let found = self.load(&tenant_id, &client_id).await?;
        Ok(Response::new(to_proto(&found, None)))
    }

    async fn list_clients(
        &self,
        request: Request<ListClientsRequest>,
    ) -> Result<Response<ListClientsResponse>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        let (clients, next_page_token) = list_clients(
            &self.db,
            &tenant_id,
            &request.filter,
            &request.order_by,
            request.page_size,
            &request.page_token,
        )
        .await?;
        Ok(Response::new(ListClientsResponse {
            clients,
            next_page_token,
        }))
    }

    async fn update_client(
        &self,
        request: Request<UpdateClientRequest>,
    ) -> Result<Response<Client>, Status> {
        let caller = Caller::of(&request)?;
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.client_id, "client_id")?;
        let patch = request.client.ok_or_else(|| ApiError::required("client"))?;
        let fields = mask_fields(
            &request
                .update_mask
                .map(|mask| mask.paths)
                .unwrap_or_default(),
            UPDATABLE_FIELDS,
            SERVER_FIELDS,
            RESOURCE,
        )?;

        let current = self.load(&tenant_id, &request.client_id).await?;
        if !patch.etag.is_empty()
            && patch.etag != etag(current.client.create_time, current.client.revision)
        {
            return Err(ApiError::etag_mismatch(RESOURCE, &current.client.id).into());
        }

        let mut updated = current.client.clone();
        let mut violations = Violations::default();
        for field in &fields {
            match *field {
                "display_name" => {
                    check_text(
                        &patch.display_name,
                        "client.display_name",
                        MAX_NAME_CHARS,
                        &mut violations,
                    );
                    updated.display_name = patch.display_name.trim().to_owned();
                }
                "scopes" => {
                    updated.scopes = checked_scopes(&patch.scopes, &caller.scopes, &mut violations)
                }
                "disabled" => updated.disabled = patch.disabled,
                _ => unreachable!("mask_fields admits only updatable fields"),
            }
        }
        violations.finish()?;

        updated.update_time = db::time::now();
        updated.revision = current.client.revision + 1;
        if !db::clients::update(&self.db, &updated, current.client.revision)
            .await
            .map_err(ApiError::from)?
        {
            return Err(ApiError::etag_mismatch(RESOURCE, &current.client.id).into());
        }
        tracing::info!(tenant_id = %tenant_id, client_id = %updated.id, disabled = updated.disabled, "client updated");
        let found = ClientWithSecrets {
            client: updated,
            secrets: current.secrets,
        };
        Ok(Response::new(to_proto(&found, None)))
    }

    async fn delete_client(
        &self,
        request: Request<DeleteClientRequest>,
    ) -> Result<Response<()>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.client_id, "client_id")?;

        let current = self.load(&tenant_id, &request.client_id).await?;
        let expected_revision = expected_revision(
            &request.etag,
            current.client.create_time,
            current.client.revision,
            RESOURCE,
            &current.client.id,
        )?;
        if !db::clients::delete(&self.db, &current.client.id, expected_revision)
            .await
            .map_err(ApiError::from)?
        {
            return Err(ApiError::etag_mismatch(RESOURCE, &current.client.id).into());
        }
        tracing::info!(tenant_id = %tenant_id, client_id = %current.client.id, "client deleted");
        Ok(Response::new(()))
    }

    async fn rotate_client_secret(
        &self,
        request: Request<RotateClientSecretRequest>,
    ) -> Result<Response<Client>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let client_id = request.into_inner().client_id;
        require_id(&client_id, "client_id")?;
        self.load(&tenant_id, &client_id).await?;

        let secret = secrets::generate();
        let row = secret_row(&client_id, &secret);
        match db::clients::add_secret(&self.db, &row, false)
            .await
            .map_err(ApiError::from)?
        {
            AddSecret::Added => {}
            AddSecret::TooMany => {
                return Err(ApiError::FailedPrecondition {
                    reason: "SECRET_LIMIT_REACHED",
                    message: format!(
                        "client {client_id:?} already has {} active secrets; revoke one with :revokeSecret first",
                        db::clients::MAX_ACTIVE_SECRETS
                    ),
                }
                .into());
            }
        }
        tracing::info!(tenant_id = %tenant_id, client_id = %client_id, secret_id = %row.id, "client secret added");
        let found = self.load(&tenant_id, &client_id).await?;
        Ok(Response::new(to_proto(&found, Some(secret))))
    }

    async fn revoke_client_secret(
        &self,
        request: Request<RevokeClientSecretRequest>,
    ) -> Result<Response<Client>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.client_id, "client_id")?;
        require_id(&request.secret_id, "secret_id")?;
        self.load(&tenant_id, &request.client_id).await?;

        let revoked = db::clients::revoke_secret(&self.db, &request.client_id, &request.secret_id)
            .await
            .map_err(ApiError::from)?;
        if !revoked {
            return Err(ApiError::NotFound {
                resource: "active client secret",
                id: request.secret_id,
            }
            .into());
        }
        tracing::info!(tenant_id = %tenant_id, client_id = %request.client_id, secret_id = %request.secret_id, "client secret revoked");
        let found = self.load(&tenant_id, &request.client_id).await?;
        Ok(Response::new(to_proto(&found, None)))
    }
}

/// Creates a client of `tenant_id` (or a platform client for `None`) whose scopes are a subset
/// of `allowed`; an empty scope list means all of `allowed`. Returns it with its new secret.
pub async fn create_client(
    db: &Db,
    tenant_id: Option<&str>,
    client: Client,
    allowed: &[String],
) -> Result<Client, ApiError> {
    let mut violations = Violations::default();
    let id = resource_id(&client.id, "cli", "client.id", &mut violations);
    check_text(
        &client.display_name,
        "client.display_name",
        MAX_NAME_CHARS,
        &mut violations,
    );
    let scopes = if client.scopes.is_empty() {
        allowed.join(" ")
    } else {
        checked_scopes(&client.scopes, allowed, &mut violations)
    };
    violations.finish()?;

    let now = db::time::now();
    let row = ClientRow {
        id,
        tenant_id: tenant_id.map(str::to_owned),
        display_name: client.display_name.trim().to_owned(),
        scopes,
        disabled: client.disabled,
        create_time: now,
        update_time: now,
        revision: 1,
    };
    let secret = secrets::generate();
    let secret_row = secret_row(&row.id, &secret);
    match db::clients::insert(db, &row, &secret_row).await {
        Ok(()) => {}
        Err(DbError::UniqueViolation(_)) => {
            return Err(ApiError::AlreadyExists {
                resource: RESOURCE,
                id: row.id,
            });
        }
        Err(error) => return Err(error.into()),
    }
    tracing::info!(tenant_id = row.tenant_id.as_deref(), client_id = %row.id, "client created");
    let found = ClientWithSecrets {
        client: row,
        secrets: vec![secret_row],
    };
    Ok(to_proto(&found, Some(secret)))
}

/// What client lists filter and sort on.
pub const CLIENT_LIST: ListSpec = ListSpec {
    collection: "clients",
    filter_fields: &[
        FilterField {
            name: "id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "display_name",
            field_type: FieldType::String,
        },
        FilterField {
            name: "disabled",
            field_type: FieldType::Bool,
        },
        FilterField {
            name: "create_time",
            field_type: FieldType::Timestamp,
        },
        FilterField {
            name: "update_time",
            field_type: FieldType::Timestamp,
        },
    ],
    order_fields: &[
        OrderField { name: "id" },
        OrderField {
            name: "display_name",
        },
        OrderField {
            name: "create_time",
        },
        OrderField {
            name: "update_time",
        },
    ],
    id_field: "id",
};

/// Lists one page of a tenant's clients.
pub async fn list_clients(
    db: &Db,
    tenant_id: &str,
    filter: &str,
    order_by: &str,
    page_size: i32,
    page_token: &str,
) -> Result<(Vec<Client>, String), ApiError> {
    let query = CLIENT_LIST.parse(tenant_id, filter, order_by, page_size, page_token)?;
    let mut rows = db::clients::list(db, tenant_id, &query).await?;
    let next_page_token = query.finish(&mut rows, db::clients::cursor);
    Ok((
        rows.iter().map(|found| to_proto(found, None)).collect(),
        next_page_token,
    ))
}

/// A new secret row, holding only the hash of `secret`.
pub fn secret_row(client_id: &str, secret: &str) -> ClientSecretRow {
    ClientSecretRow {
        id: crate::ids::generate("sec"),
        client_id: client_id.to_owned(),
        secret_hash: secrets::hash(secret),
        create_time: db::time::now(),
        revoke_time: None,
    }
}

/// Checks that every requested scope is in `allowed` and returns them space-separated,
/// without repeats.
fn checked_scopes(requested: &[String], allowed: &[String], violations: &mut Violations) -> String {
    let mut kept: Vec<&str> = Vec::new();
    for (index, scope) in requested.iter().enumerate() {
        if !allowed.iter().any(|held| held == scope) {
            violations.add(
                format!("client.scopes[{index}]"),
                format!(
                    "{scope:?} cannot be granted; choose from {}",
                    allowed.join(", ")
                ),
            );
        } else if !kept.contains(&scope.as_str()) {
            kept.push(scope);
        }
    }
    if requested.is_empty() {
        violations.add("client.scopes", "is empty; grant at least one scope");
    }
    kept.join(" ")
}

/// Converts a stored client to its API form; `new_secret` is set only right after creation.
pub fn to_proto(found: &ClientWithSecrets, new_secret: Option<String>) -> Client {
    let client = &found.client;
    Client {
        id: client.id.clone(),
        tenant_id: client.tenant_id.clone().unwrap_or_default(),
        display_name: client.display_name.clone(),
        scopes: client
            .scopes
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        disabled: client.disabled,
        secrets: found
            .secrets
            .iter()
            .map(|secret| ClientSecret {
                id: secret.id.clone(),
                create_time: timestamp(secret.create_time),
            })
            .collect(),
        client_secret: new_secret.unwrap_or_default(),
        create_time: timestamp(client.create_time),
        update_time: timestamp(client.update_time),
        etag: etag(client.create_time, client.revision),
    }
}
