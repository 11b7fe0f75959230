//! `globemeet.v1.TenantService`: tenants and their clients, for platform administrators, and
//! the caller's own tenant.

use tonic::{Request, Response, Status};

use super::{
    check_text,
    clients::{create_client, list_clients},
    etag, expected_revision, mask_fields, require_id, resource_id, timestamp,
};
use crate::{
    auth::scopes::tenant_scopes,
    caller::Caller,
    db::{
        self, Db, DbError,
        models::{LicenseRow, TenantRow},
        tenants::DEFAULT_RATE_LIMIT_PER_MINUTE,
    },
    error::{ApiError, Violations},
    list::{FieldType, FilterField, ListSpec, OrderField},
    proto::globemeet::v1::{
        Client, CreateTenantClientRequest, CreateTenantRequest, DeleteTenantRequest,
        GetCurrentTenantRequest, GetLicenseRequest, GetTenantLicenseRequest, GetTenantRequest,
        License, ListTenantClientsRequest, ListTenantClientsResponse, ListTenantsRequest,
        ListTenantsResponse, Tenant, UpdateTenantLicenseRequest, UpdateTenantRequest,
        tenant_service_server::TenantService,
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

    async fn license(&self, tenant_id: &str) -> Result<License, ApiError> {
        let row = db::licenses::get(&self.db, tenant_id)
            .await?
            .ok_or_else(|| ApiError::NotFound {
                resource: "license",
                id: tenant_id.to_owned(),
            })?;
        let used = db::agents::count(&self.db, tenant_id).await?;
        Ok(crate::licenses::to_proto(&row, used))
    }

    async fn create_license(
        &self,
        tenant_id: &str,
        patch: &License,
    ) -> Result<LicenseRow, ApiError> {
        let mut violations = Violations::default();
        let now = db::time::now();
        let mut row = LicenseRow {
            tenant_id: tenant_id.to_owned(),
            plan: String::new(),
            seats: 0,
            expires_at: now,
            notified_threshold_days: None,
            expired_recorded: false,
            create_time: now,
            update_time: now,
            revision: 1,
        };
        for field in LICENSE_FIELDS {
            apply_license_field(&mut row, patch, field, &mut violations);
        }
        violations.finish()?;
        match db::licenses::insert(&self.db, &row).await {
            Ok(()) => Ok(row),
            Err(DbError::UniqueViolation(_)) => Err(ApiError::Aborted {
                reason: "CONCURRENT_UPDATE",
                message: format!("a license for tenant {tenant_id:?} was created meanwhile; retry"),
            }),
            Err(error) => Err(error.into()),
        }
    }

    async fn change_license(
        &self,
        current: LicenseRow,
        patch: &License,
        fields: &[&str],
    ) -> Result<LicenseRow, ApiError> {
        if !patch.etag.is_empty() && patch.etag != etag(current.create_time, current.revision) {
            return Err(ApiError::etag_mismatch("license", &current.tenant_id));
        }
        let mut next = current.clone();
        let mut violations = Violations::default();
        for field in fields {
            apply_license_field(&mut next, patch, field, &mut violations);
        }
        violations.finish()?;
        if next.expires_at > current.expires_at {
            next.notified_threshold_days = None;
            next.expired_recorded = false;
        }
        next.update_time = db::time::now();
        next.revision = current.revision + 1;
        if !db::licenses::update(&self.db, &next, current.revision, Vec::new()).await? {
            return Err(ApiError::etag_mismatch("license", &current.tenant_id));
        }
        Ok(next)
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
            &request
                .update_mask
                .map(|mask| mask.paths)
                .unwrap_or_default(),
            UPDATABLE_FIELDS,
            SERVER_FIELDS,
            RESOURCE,
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
        let expected_revision = expected_revision(
            &request.etag,
            current.create_time,
            current.revision,
            RESOURCE,
            &current.id,
        )?;
        let Some(media_queued) = db::tenants::delete(&self.db, &current.id, expected_revision)
            .await
            .map_err(ApiError::from)?
        else {
            return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
        };
        tracing::info!(tenant_id = %current.id, media_queued, "tenant deleted");
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

    async fn get_tenant_license(
        &self,
        request: Request<GetTenantLicenseRequest>,
    ) -> Result<Response<License>, Status> {
        let tenant_id = request.into_inner().tenant_id;
        require_id(&tenant_id, "tenant_id")?;
        self.load(&tenant_id).await?;
        Ok(Response::new(self.license(&tenant_id).await?))
    }

    async fn update_tenant_license(
        &self,
        request: Request<UpdateTenantLicenseRequest>,
    ) -> Result<Response<License>, Status> {
        let request = request.into_inner();
        require_id(&request.tenant_id, "tenant_id")?;
        let patch = request
            .license
            .ok_or_else(|| ApiError::required("license"))?;
        let fields = mask_fields(
            &request
                .update_mask
                .map(|mask| mask.paths)
                .unwrap_or_default(),
            LICENSE_FIELDS,
            &[
                "tenant_id",
                "seats_used",
                "etag",
                "create_time",
                "update_time",
            ],
            "license",
        )?;
        self.load(&request.tenant_id).await?;

        let stored = match db::licenses::get(&self.db, &request.tenant_id)
            .await
            .map_err(ApiError::from)?
        {
            None => self.create_license(&request.tenant_id, &patch).await?,
            Some(current) => self.change_license(current, &patch, &fields).await?,
        };
        let used = db::agents::count(&self.db, &stored.tenant_id)
            .await
            .map_err(ApiError::from)?;
        tracing::info!(tenant_id = %stored.tenant_id, seats = stored.seats, "license stored");
        Ok(Response::new(crate::licenses::to_proto(&stored, used)))
    }

    async fn get_license(
        &self,
        request: Request<GetLicenseRequest>,
    ) -> Result<Response<License>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        Ok(Response::new(self.license(&tenant_id).await?))
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

const LICENSE_FIELDS: &[&str] = &["plan", "seats", "expires_at"];
const MAX_PLAN_CHARS: usize = 64;
const MAX_SEATS: i32 = 1_000_000;

fn apply_license_field(
    row: &mut LicenseRow,
    patch: &License,
    field: &str,
    violations: &mut Violations,
) {
    match field {
        "plan" => {
            check_text(&patch.plan, "license.plan", MAX_PLAN_CHARS, violations);
            row.plan = patch.plan.trim().to_owned();
        }
        "seats" => {
            violations.check(
                (1..=MAX_SEATS).contains(&patch.seats),
                "license.seats",
                format!(
                    "{} is out of range; use 1 to {MAX_SEATS} seats",
                    patch.seats
                ),
            );
            row.seats = patch.seats;
        }
        "expires_at" => match patch
            .expires_at
            .as_ref()
            .and_then(|at| chrono::DateTime::from_timestamp(at.seconds, at.nanos.max(0) as u32))
        {
            Some(instant) => row.expires_at = instant.naive_utc(),
            None => violations.missing("license.expires_at"),
        },
        _ => unreachable!("license_mask admits only license fields"),
    }
}
