//! `globemeet.v1.WebhookService`: a tenant's webhook endpoints, their secrets and test events.

use chrono::TimeDelta;
use diesel_async::AsyncConnection;
use tonic::{Request, Response, Status};

use super::{
    check_text, check_unchanged, etag, mask_fields, require_id, resource_id, webhook_events,
};
use crate::{
    caller::Caller,
    clock::Clock,
    db::{
        self, Db, DbConnection, DbError,
        events::NewEvent,
        models::{DeliveryRow, EventRow, WebhookRow},
    },
    error::{ApiError, Violations},
    list::{FieldType, FilterField, ListSpec, OrderField},
    proto::globemeet::v1::{
        CreateWebhookRequest, DeleteWebhookRequest, GetWebhookRequest,
        ListWebhookEventTypesRequest, ListWebhookEventTypesResponse, ListWebhooksRequest,
        ListWebhooksResponse, RotateWebhookSecretRequest, TestWebhookRequest, UpdateWebhookRequest,
        Webhook, WebhookEvent, WebhookEventType, webhook_service_server::WebhookService,
    },
    webhooks::{self, signing, ssrf::Guard},
};

const RESOURCE: &str = "webhook";
const MAX_URL_CHARS: usize = 2048;
const MAX_DESCRIPTION_CHARS: usize = 500;
const MAX_EVENT_TYPES: usize = 50;
/// How long the secret replaced by a rotation keeps signing.
const ROTATION_OVERLAP: TimeDelta = TimeDelta::hours(24);
/// How often a change without an etag is retried when a concurrent change wins.
const UPDATE_ATTEMPTS: usize = 3;

const UPDATABLE_FIELDS: &[&str] = &["url", "event_types", "description", "enabled"];
/// Fields the server sets. An update mask naming them is accepted and they are left alone, so
/// a client can send back an endpoint it read.
const SERVER_FIELDS: &[&str] = &[
    "id",
    "etag",
    "create_time",
    "update_time",
    "secret",
    "disabled_reason",
    "previous_secret_expire_time",
    "failing_since",
];

/// The fields endpoint lists filter and sort on.
pub const WEBHOOK_LIST: ListSpec = ListSpec {
    collection: "webhooks",
    filter_fields: &[
        FilterField {
            name: "id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "url",
            field_type: FieldType::String,
        },
        FilterField {
            name: "description",
            field_type: FieldType::String,
        },
        FilterField {
            name: "enabled",
            field_type: FieldType::Bool,
        },
        FilterField {
            name: "event_types",
            field_type: FieldType::StringList,
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
        OrderField { name: "url" },
        OrderField {
            name: "create_time",
        },
        OrderField {
            name: "update_time",
        },
    ],
    id_field: "id",
};

/// The webhook service over the data layer and the SSRF guard.
#[derive(Clone)]
pub struct WebhookApi {
    db: Db,
    clock: Clock,
    guard: Guard,
}

impl WebhookApi {
    pub fn new(db: Db, clock: Clock, guard: Guard) -> Self {
        Self { db, clock, guard }
    }

    async fn load(&self, tenant_id: &str, webhook_id: &str) -> Result<WebhookRow, ApiError> {
        db::webhooks::get(&self.db, tenant_id, webhook_id)
            .await?
            .ok_or_else(|| not_found(webhook_id))
    }

    /// Rejects a URL the delivery worker would reject (see [`Guard::check_url`]).
    async fn check_url(&self, url: &str) -> Result<(), ApiError> {
        self.guard
            .check_url(url)
            .await
            .map(|_| ())
            .map_err(|rejection| {
                ApiError::invalid("webhook.url", format!("is rejected: {rejection}"))
            })
    }

    /// Writes `row` over the stored endpoint at `current`'s revision.
    async fn store(&self, row: &WebhookRow, current: &WebhookRow) -> Result<bool, ApiError> {
        Ok(db::webhooks::update(&self.db, row, current.revision).await?)
    }

    fn render(&self, row: &WebhookRow, secret: Option<&str>) -> Webhook {
        let mut webhook = webhooks::to_proto(row, self.clock.now());
        if let Some(secret) = secret {
            webhook.secret = secret.to_owned();
        }
        webhook
    }
}

pub(super) fn not_found(webhook_id: &str) -> ApiError {
    ApiError::NotFound {
        resource: RESOURCE,
        id: webhook_id.to_owned(),
    }
}

fn concurrent_change(webhook_id: &str) -> ApiError {
    ApiError::Aborted {
        reason: "CONCURRENT_UPDATE",
        message: format!("webhook {webhook_id:?} is being changed concurrently; retry"),
    }
}

#[tonic::async_trait]
impl WebhookService for WebhookApi {
    async fn create_webhook(
        &self,
        request: Request<CreateWebhookRequest>,
    ) -> Result<Response<Webhook>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let webhook = request
            .into_inner()
            .webhook
            .ok_or_else(|| ApiError::required("webhook"))?;

        let mut violations = Violations::default();
        let id = resource_id(&webhook.id, "wh", "webhook.id", &mut violations);
        let now = db::time::now();
        let mut row = WebhookRow {
            tenant_id: tenant_id.clone(),
            id,
            url: String::new(),
            description: String::new(),
            event_types: "[]".to_owned(),
            enabled: true,
            disabled_reason: None,
            secret: signing::generate_secret(),
            previous_secret: None,
            previous_secret_expire_time: None,
            failing_since: None,
            create_time: now,
            update_time: now,
            revision: 1,
        };
        for field in UPDATABLE_FIELDS {
            apply_field(&mut row, &webhook, field, &mut violations);
        }
        violations.finish()?;
        self.check_url(&row.url).await?;

        match db::webhooks::insert(&self.db, &row).await {
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
        tracing::info!(tenant_id = %row.tenant_id, webhook_id = %row.id, "webhook created");
        Ok(Response::new(self.render(&row, Some(&row.secret))))
    }

    async fn get_webhook(
        &self,
        request: Request<GetWebhookRequest>,
    ) -> Result<Response<Webhook>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let webhook_id = request.into_inner().webhook_id;
        require_id(&webhook_id, "webhook_id")?;
        let row = self.load(&tenant_id, &webhook_id).await?;
        Ok(Response::new(self.render(&row, None)))
    }

    async fn list_webhooks(
        &self,
        request: Request<ListWebhooksRequest>,
    ) -> Result<Response<ListWebhooksResponse>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        let query = WEBHOOK_LIST.parse(
            &tenant_id,
            &request.filter,
            &request.order_by,
            request.page_size,
            &request.page_token,
        )?;
        let mut rows = db::webhooks::list(&self.db, &tenant_id, &query)
            .await
            .map_err(ApiError::from)?;
        let next_page_token = query.finish(&mut rows, db::webhooks::cursor);
        let webhooks = rows.iter().map(|row| self.render(row, None)).collect();
        Ok(Response::new(ListWebhooksResponse {
            webhooks,
            next_page_token,
        }))
    }

    async fn update_webhook(
        &self,
        request: Request<UpdateWebhookRequest>,
    ) -> Result<Response<Webhook>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.webhook_id, "webhook_id")?;
        let patch = request
            .webhook
            .ok_or_else(|| ApiError::required("webhook"))?;
        let mask = request
            .update_mask
            .map(|mask| mask.paths)
            .unwrap_or_default();
        let paths = mask_fields(&mask, UPDATABLE_FIELDS, SERVER_FIELDS, "webhook")?;
        check_unchanged(&patch.id, &request.webhook_id, "webhook.id")?;

        for attempt in 1..=UPDATE_ATTEMPTS {
            let current = self.load(&tenant_id, &request.webhook_id).await?;
            if !patch.etag.is_empty() && patch.etag != etag(current.create_time, current.revision) {
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }
            let mut updated = current.clone();
            let mut violations = Violations::default();
            for path in &paths {
                apply_field(&mut updated, &patch, path, &mut violations);
            }
            violations.finish()?;
            if updated.url != current.url {
                self.check_url(&updated.url).await?;
            }
            if updated.enabled && !current.enabled {
                updated.failing_since = None;
            }
            updated.update_time = db::time::now();
            updated.revision = current.revision + 1;
            if self.store(&updated, &current).await? {
                tracing::info!(tenant_id = %tenant_id, webhook_id = %updated.id, enabled = updated.enabled, "webhook updated");
                return Ok(Response::new(self.render(&updated, None)));
            }
            if !patch.etag.is_empty() {
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }
            tracing::debug!(webhook_id = %current.id, attempt, "concurrent update won; retrying");
        }
        Err(concurrent_change(&request.webhook_id).into())
    }

    async fn delete_webhook(
        &self,
        request: Request<DeleteWebhookRequest>,
    ) -> Result<Response<()>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.webhook_id, "webhook_id")?;
        let current = self.load(&tenant_id, &request.webhook_id).await?;
        let expected_revision = if request.etag.is_empty() {
            None
        } else if request.etag == etag(current.create_time, current.revision) {
            Some(current.revision)
        } else {
            return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
        };

        let deleted = db::webhooks::delete(
            &self.db,
            &tenant_id,
            &current.id,
            expected_revision,
            self.clock.now(),
        )
        .await
        .map_err(ApiError::from)?;
        match (deleted, expected_revision) {
            (true, _) => {
                tracing::info!(tenant_id = %tenant_id, webhook_id = %current.id, "webhook deleted");
                Ok(Response::new(()))
            }
            (false, Some(_)) => Err(ApiError::etag_mismatch(RESOURCE, &current.id).into()),
            (false, None) => Err(not_found(&current.id).into()),
        }
    }

    async fn rotate_webhook_secret(
        &self,
        request: Request<RotateWebhookSecretRequest>,
    ) -> Result<Response<Webhook>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let webhook_id = request.into_inner().webhook_id;
        require_id(&webhook_id, "webhook_id")?;

        for _ in 0..UPDATE_ATTEMPTS {
            let current = self.load(&tenant_id, &webhook_id).await?;
            let now = self.clock.now();
            let mut rotated = current.clone();
            rotated.previous_secret = Some(current.secret.clone());
            rotated.previous_secret_expire_time = Some(now + ROTATION_OVERLAP);
            rotated.secret = signing::generate_secret();
            rotated.update_time = db::time::now();
            rotated.revision = current.revision + 1;
            if self.store(&rotated, &current).await? {
                tracing::info!(tenant_id = %tenant_id, webhook_id = %webhook_id, "webhook secret rotated");
                return Ok(Response::new(self.render(&rotated, Some(&rotated.secret))));
            }
        }
        Err(concurrent_change(&webhook_id).into())
    }

    async fn test_webhook(
        &self,
        request: Request<TestWebhookRequest>,
    ) -> Result<Response<WebhookEvent>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let webhook_id = request.into_inner().webhook_id;
        require_id(&webhook_id, "webhook_id")?;
        let current = self.load(&tenant_id, &webhook_id).await?;
        if !current.enabled {
            return Err(disabled(&webhook_id).into());
        }

        let data = crate::proto::json::render_message(
            &self.render(&current, None),
            "globemeet.v1.Webhook",
        );
        let (event, delivery) = record_test(&self.db, &tenant_id, &webhook_id, data)
            .await
            .map_err(ApiError::from)?;
        tracing::info!(tenant_id = %tenant_id, webhook_id = %webhook_id, event_id = %event.id, "test event recorded");
        Ok(Response::new(webhook_events::event_to_proto(
            &event,
            &[delivery],
            &[],
        )))
    }

    async fn list_webhook_event_types(
        &self,
        _request: Request<ListWebhookEventTypesRequest>,
    ) -> Result<Response<ListWebhookEventTypesResponse>, Status> {
        let event_types = crate::events::EVENT_TYPES
            .iter()
            .map(|(name, description)| WebhookEventType {
                name: (*name).to_owned(),
                description: (*description).to_owned(),
            })
            .collect();
        Ok(Response::new(ListWebhookEventTypesResponse { event_types }))
    }
}

/// The error for an action that needs an enabled endpoint.
pub(super) fn disabled(webhook_id: &str) -> ApiError {
    ApiError::FailedPrecondition {
        reason: "WEBHOOK_DISABLED",
        message: format!(
            "webhook {webhook_id:?} is disabled; enable it with PATCH {{\"enabled\": true}} first"
        ),
    }
}

/// Records a `webhook.test` event for one endpoint and returns it with its delivery.
async fn record_test(
    db: &Db,
    tenant_id: &str,
    webhook_id: &str,
    data: serde_json::Value,
) -> Result<(EventRow, DeliveryRow), DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    let event = conn
        .transaction(
            async |conn: &mut DbConnection| -> Result<EventRow, DbError> {
                let event = NewEvent {
                    tenant_id: tenant_id.to_owned(),
                    event_type: "webhook.test",
                    data,
                };
                db::events::record_to(conn, event, webhook_id).await
            },
        )
        .await?;
    drop(writer);
    let delivery = db::deliveries::of_events(db, tenant_id, std::slice::from_ref(&event.id))
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| DbError::Unavailable("the test delivery vanished".to_owned()))?;
    Ok((event, delivery))
}

/// Validates one field of `source` and writes it into `row`.
fn apply_field(row: &mut WebhookRow, source: &Webhook, field: &str, violations: &mut Violations) {
    match field {
        "url" => {
            let url = source.url.trim();
            if url.is_empty() {
                violations.missing("webhook.url");
            } else if url.chars().count() > MAX_URL_CHARS {
                violations.add(
                    "webhook.url",
                    format!("is longer than {MAX_URL_CHARS} characters"),
                );
            } else if let Err(rejection) = webhooks::ssrf::parse_url(url) {
                violations.add("webhook.url", format!("is rejected: {rejection}"));
            }
            row.url = url.to_owned();
        }
        "event_types" => row.event_types = event_types_json(&source.event_types, violations),
        "description" => {
            if !source.description.trim().is_empty() {
                check_text(
                    &source.description,
                    "webhook.description",
                    MAX_DESCRIPTION_CHARS,
                    violations,
                );
            }
            row.description = source.description.trim().to_owned();
        }
        "enabled" => {
            row.enabled = source.enabled.unwrap_or(true);
            row.disabled_reason = (!row.enabled).then(|| "requested".to_owned());
        }
        _ => unreachable!("mask_fields admits only updatable fields"),
    }
}

fn event_types_json(patterns: &[String], violations: &mut Violations) -> String {
    if patterns.len() > MAX_EVENT_TYPES {
        violations.add(
            "webhook.event_types",
            format!(
                "has {} entries; the maximum is {MAX_EVENT_TYPES}",
                patterns.len()
            ),
        );
    }
    let mut distinct: Vec<&str> = Vec::new();
    for (index, pattern) in patterns.iter().enumerate() {
        let pattern = pattern.trim();
        violations.check(
            crate::events::is_valid_pattern(pattern),
            format!("webhook.event_types[{index}]"),
            format!(
                "{pattern:?} is neither an event type nor a prefix such as session.*; GET /v1/webhook-event-types lists the types, and an empty list means all of them"
            ),
        );
        if !distinct.contains(&pattern) {
            distinct.push(pattern);
        }
    }
    serde_json::to_string(&distinct).expect("a list of strings serializes")
}
