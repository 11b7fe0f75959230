//! `globemeet.v1.TenantService`: tenants and their clients, for platform administrators, and
//! the caller's own tenant.

use tonic::{Request, Response, Status};

use super::{
    check_text,
    clients::{create_client, list_clients},
    etag, require_id, resource_id, timestamp,
};
use crate::{
    auth::scopes::tenant_scopes,
    caller::Caller,
    db::{self, Db, DbError, models::TenantRow, tenants::DEFAULT_RATE_LIMIT_PER_MINUTE},
    error::{ApiError, Violations},
    list::{FieldType, FilterField, ListSpec, OrderField},
    proto::globemeet::v1::{
        Client, CreateTenantClientRequest, CreateTenantRequest, DeleteTenantRequest,
        GetCurrentTenantRequest, GetTenantRequest, ListTenantClientsRequest,
        ListTenantClientsResponse, ListTenantsRequest, ListTenantsResponse, Tenant,
        UpdateTenantRequest, tenant_service_server::TenantService,
    },
};

const RESOURCE: &str = "tenant";

/// What tenant lists filter and sort on.
pub const TENANT_LIST: ListSpec = ListSpec {
    collection: "tenants",
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
            name: "rate_limit_per_minute",
            field_type: FieldType::Integer,
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
            name: "rate_limit_per_minute",
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
const MAX_NAME_CHARS: usize = 200;
const MAX_RATE_LIMIT_PER_MINUTE: i32 = 1_000_000;
/// The longest recording retention a tenant may set, about ten years.
const MAX_RECORDING_RETENTION_DAYS: i32 = 3650;
const UPDATABLE_FIELDS: &[&str] = &[
    "display_name",
    "rate_limit_per_minute",
    "recording_retention_days",
];
const SERVER_FIELDS: &[&str] = &["id", "etag", "create_time", "update_time"];

/// The tenant service over the data layer.
#[derive(Clone)]
pub struct TenantApi {
    db: Db,
}

impl TenantApi {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    async fn load(&self, tenant_id: &str) -> Result<TenantRow, ApiError> {
        db::tenants::get(&self.db, tenant_id)
            .await?
            .ok_or_else(|| ApiError::NotFound {
                resource: RESOURCE,
                id: tenant_id.to_owned(),
            })
    }
}

#[tonic::async_trait]
impl TenantService for TenantApi {
    async fn create_tenant(
        &self,
        request: Request<CreateTenantRequest>,
    ) -> Result<Response<Tenant>, Status> {
        let tenant = request
            .into_inner()
            .tenant
            .ok_or_else(|| ApiError::required("tenant"))?;

        let mut violations = Violations::default();
        let id = resource_id(&tenant.id, "ten", "tenant.id", &mut violations);
        check_text(
            &tenant.display_name,
            "tenant.display_name",
            MAX_NAME_CHARS,
            &mut violations,
        );
        let rate_limit = match tenant.rate_limit_per_minute {
            0 => DEFAULT_RATE_LIMIT_PER_MINUTE,
            limit => checked_rate_limit(limit, &mut violations),
        };
        let retention_days =
            checked_retention_days(tenant.recording_retention_days, &mut violations);
        violations.finish()?;

        let now = db::time::now();
        let row = TenantRow {
            id,
            display_name: tenant.display_name.trim().to_owned(),
            rate_limit_per_minute: rate_limit,
            create_time: now,
            update_time: now,
            revision: 1,
            recording_retention_days: retention_days,
        };
        match db::tenants::insert(&self.db, &row).await {
            Ok(()) => {}
            Err(DbError::UniqueViolation(_)) => {
                return Err(ApiError::AlreadyExists {
                    resource: RESOURCE,
                    id: row.id,
                }
                .into());
            }
            Err(error) => return Err(ApiError::from(error).into()),
        }
        tracing::info!(tenant_id = %row.id, "tenant created");
        Ok(Response::new(to_proto(&row)))
    }

    async fn get_tenant(
        &self,
        request: Request<GetTenantRequest>,
    ) -> Result<Response<Tenant>, Status> {
        let tenant_id = request.into_inner().tenant_id;
        require_id(&tenant_id, "tenant_id")?;
        Ok(Response::new(to_proto(&self.load(&tenant_id).await?)))
    }

    async fn list_tenants(
        &self,
        request: Request<ListTenantsRequest>,
    ) -> Result<Response<ListTenantsResponse>, Status> {
        let request = request.into_inner();
        let query = TENANT_LIST.parse(
            "",
            &request.filter,
            &request.order_by,
            request.page_size,
            &request.page_token,
        )?;

        let mut rows = db::tenants::list(&self.db, &query)
            .await
            .map_err(ApiError::from)?;
        let next_page_token = query.finish(&mut rows, db::tenants::cursor);
        let tenants = rows.iter().map(to_proto).collect();
        Ok(Response::new(ListTenantsResponse {
            tenants,
            next_page_token,
        }))
    }

    async fn update_tenant(
        &self,
        request: Request<UpdateTenantRequest>,
    ) -> Result<Response<Tenant>, Status> {
        let request = request.into_inner();
        require_id(&request.tenant_id, "tenant_id")?;
        let patch = request.tenant.ok_or_else(|| ApiError::required("tenant"))?;
        let fields = mask_fields(
            request
                .update_mask
                .map(|mask| mask.paths)
                .unwrap_or_default(),
        )?;

        let current = self.load(&request.tenant_id).await?;
        if !patch.etag.is_empty() && patch.etag != etag(current.create_time, current.revision) {
            return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
        }
        let mut updated = current.clone();
        let mut violations = Violations::default();
        for field in fields {
            match field {
                "display_name" => {
                    check_text(
                        &patch.display_name,
                        "tenant.display_name",
                        MAX_NAME_CHARS,
                        &mut violations,
                    );
                    updated.display_name = patch.display_name.trim().to_owned();
                }
                "rate_limit_per_minute" => {
                    updated.rate_limit_per_minute =
                        checked_rate_limit(patch.rate_limit_per_minute, &mut violations);
                }
                "recording_retention_days" => {
                    updated.recording_retention_days =
                        checked_retention_days(patch.recording_retention_days, &mut violations);
                }
                _ => unreachable!("mask_fields admits only updatable fields"),
            }
        }
        violations.finish()?;

        updated.update_time = db::time::now();
        updated.revision = current.revision + 1;
        if !db::tenants::update(&self.db, &updated, current.revision)
            .await
            .map_err(ApiError::from)?
        {
            return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
        }
        tracing::info!(
            tenant_id = %updated.id,
            rate_limit_per_minute = updated.rate_limit_per_minute,
            recording_retention_days = updated.recording_retention_days,
            "tenant updated"
        );
        Ok(Response::new(to_proto(&updated)))
    }

    async fn delete_tenant(
        &self,
        request: Request<DeleteTenantRequest>,
    ) -> Result<Response<()>, Status> {
        let request = request.into_inner();
        require_id(&request.tenant_id, "tenant_id")?;

        let current = self.load(&request.tenant_id).await?;
        let expected_revision = if request.etag.is_empty() {
            None
        } else if request.etag == etag(current.create_time, current.revision) {
            Some(current.revision)
        } else {
            return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
        };
        if !db::tenants::delete(&self.db, &current.id, expected_revision)
            .await
            .map_err(ApiError::from)?
        {
            return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
        }
        tracing::info!(tenant_id = %current.id, "tenant deleted");
        Ok(Response::new(()))
    }

    async fn create_tenant_client(
        &self,
        request: Request<CreateTenantClientRequest>,
    ) -> Result<Response<Client>, Status> {
        let request = request.into_inner();
        require_id(&request.tenant_id, "tenant_id")?;
        let client = request.client.ok_or_else(|| ApiError::required("client"))?;
        self.load(&request.tenant_id).await?;

        let created =
            create_client(&self.db, Some(&request.tenant_id), client, &tenant_scopes()).await?;
        Ok(Response::new(created))
    }

    async fn list_tenant_clients(
        &self,
        request: Request<ListTenantClientsRequest>,
    ) -> Result<Response<ListTenantClientsResponse>, Status> {
        let request = request.into_inner();
        require_id(&request.tenant_id, "tenant_id")?;
        self.load(&request.tenant_id).await?;

        let (clients, next_page_token) = list_clients(
            &self.db,
            &request.tenant_id,
            &request.filter,
            &request.order_by,
            request.page_size,
            &request.page_token,
        )
        .await?;
        Ok(Response::new(ListTenantClientsResponse {
            clients,
            next_page_token,
        }))
    }

    async fn get_current_tenant(
        &self,
        request: Request<GetCurrentTenantRequest>,
    ) -> Result<Response<Tenant>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        Ok(Response::new(to_proto(&self.load(&tenant_id).await?)))
    }
}

fn checked_rate_limit(limit: i32, violations: &mut Violations) -> i32 {
    violations.check(
        (1..=MAX_RATE_LIMIT_PER_MINUTE).contains(&limit),
        "tenant.rate_limit_per_minute",
        format!(
            "{limit} is out of range; use 1 to {MAX_RATE_LIMIT_PER_MINUTE} requests per minute"
        ),
    );
    limit
}

fn checked_retention_days(days: i32, violations: &mut Violations) -> i32 {
    violations.check(
        (0..=MAX_RECORDING_RETENTION_DAYS).contains(&days),
        "tenant.recording_retention_days",
        format!(
            "{days} is out of range; use 0 (keep recordings) to {MAX_RECORDING_RETENTION_DAYS} days"
        ),
    );
    days
}

fn mask_fields(paths: Vec<String>) -> Result<Vec<&'static str>, ApiError> {
    if paths.is_empty() {
        return Ok(UPDATABLE_FIELDS.to_vec());
    }
    let mut violations = Violations::default();
    let mut fields = Vec::new();
    for path in &paths {
        if let Some(field) = UPDATABLE_FIELDS.iter().find(|field| **field == path) {
            fields.push(*field);
        } else if !SERVER_FIELDS.contains(&path.as_str()) {
            violations.add(
                "update_mask",
                format!(
                    "{path:?} is not an updatable tenant field; use {}",
                    UPDATABLE_FIELDS.join(", ")
                ),
            );
        }
    }
    violations.finish()?;
    Ok(fields)
}

/// Converts a stored tenant to its API form.
pub fn to_proto(row: &TenantRow) -> Tenant {
    Tenant {
        id: row.id.clone(),
        display_name: row.display_name.clone(),
        rate_limit_per_minute: row.rate_limit_per_minute,
        create_time: timestamp(row.create_time),
        update_time: timestamp(row.update_time),
        etag: etag(row.create_time, row.revision),
        recording_retention_days: row.recording_retention_days,
    }
}
