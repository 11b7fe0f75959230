//! `globemeet.v1.WebhookEventService`: the event log with each event's deliveries and
//! attempts, and replays that deliver events again under their original ids.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel_async::AsyncConnection;
use prost_types::{ListValue, Struct, Value as ProtoValue, value::Kind};
use serde_json::Value;
use tonic::{Request, Response, Status};

use super::{full_name, require_id, short_name, timestamp, webhooks::disabled};
use crate::{
    caller::Caller,
    clock::Clock,
    db::{
        self, Db, DbConnection, DbError,
        event_log::{DeliveryFilter, Selection},
        models::{AttemptRow, DeliveryRow, EventRow, ReplayRow},
    },
    error::ApiError,
    proto::globemeet::v1::{
        GetWebhookEventRequest, GetWebhookReplayRequest, ListWebhookEventsRequest,
        ListWebhookEventsResponse, ReplayWebhookEventRequest, ReplayWebhookEventResponse,
        ReplayWebhookEventsRequest, ReplayWebhookEventsResponse, WebhookAttempt, WebhookDelivery,
        WebhookDeliveryState, WebhookEvent, WebhookReplay, WebhookReplayState,
        webhook_event_service_server::WebhookEventService,
    },
    webhooks::{self, EVENT_LIST},
};

const STATE_PREFIX: &str = "WEBHOOK_DELIVERY_STATE_";

/// The event log service over the data layer.
#[derive(Clone)]
pub struct WebhookEventApi {
    db: Db,
    clock: Clock,
}

impl WebhookEventApi {
    pub fn new(db: Db, clock: Clock) -> Self {
        Self { db, clock }
    }

    async fn load(&self, tenant_id: &str, event_id: &str) -> Result<EventRow, ApiError> {
        db::event_log::get(&self.db, tenant_id, event_id)
            .await?
            .ok_or_else(|| ApiError::NotFound {
                resource: "event",
                id: event_id.to_owned(),
            })
    }

    /// Checks that a replay target exists in the tenant and is enabled.
    async fn check_target(&self, tenant_id: &str, webhook_id: &str) -> Result<(), ApiError> {
        require_id(webhook_id, "webhook_id")?;
        let endpoint = db::webhooks::get(&self.db, tenant_id, webhook_id)
            .await?
            .ok_or_else(|| super::webhooks::not_found(webhook_id))?;
        if !endpoint.enabled {
            return Err(disabled(webhook_id));
        }
        Ok(())
    }
}

#[tonic::async_trait]
impl WebhookEventService for WebhookEventApi {
    async fn list_webhook_events(
        &self,
        request: Request<ListWebhookEventsRequest>,
    ) -> Result<Response<ListWebhookEventsResponse>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        let query = EVENT_LIST.parse(
            &tenant_id,
            &request.filter,
            &request.order_by,
            request.page_size,
            &request.page_token,
        )?;
        if !request.webhook_id.is_empty() {
            require_id(&request.webhook_id, "webhook_id")?;
        }
        let deliveries = DeliveryFilter {
            webhook_id: (!request.webhook_id.is_empty()).then_some(request.webhook_id),
            state: state_filter(request.delivery_state, "delivery_state")?,
        };

        let mut rows = db::event_log::list(&self.db, &tenant_id, &query, &deliveries)
            .await
            .map_err(ApiError::from)?;
        let next_page_token = query.finish(&mut rows, db::event_log::cursor);
        let ids: Vec<String> = rows.iter().map(|row| row.id.clone()).collect();
        let deliveries = db::deliveries::of_events(&self.db, &tenant_id, &ids)
            .await
            .map_err(ApiError::from)?;
        let webhook_events = rows
            .iter()
            .map(|event| {
                let own: Vec<DeliveryRow> = deliveries
                    .iter()
                    .filter(|delivery| delivery.event_id == event.id)
                    .cloned()
                    .collect();
                event_to_proto(event, &own, &[])
            })
            .collect();
        Ok(Response::new(ListWebhookEventsResponse {
            webhook_events,
            next_page_token,
        }))
    }

    async fn get_webhook_event(
        &self,
        request: Request<GetWebhookEventRequest>,
    ) -> Result<Response<WebhookEvent>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let event_id = request.into_inner().event_id;
        require_id(&event_id, "event_id")?;
        let event = self.load(&tenant_id, &event_id).await?;
        let deliveries =
            db::deliveries::of_events(&self.db, &tenant_id, std::slice::from_ref(&event.id))
                .await
                .map_err(ApiError::from)?;
        let delivery_ids: Vec<String> = deliveries.iter().map(|d| d.id.clone()).collect();
        let attempts = db::deliveries::attempts_of(&self.db, &tenant_id, &delivery_ids)
            .await
            .map_err(ApiError::from)?;
        Ok(Response::new(event_to_proto(
            &event,
            &deliveries,
            &attempts,
        )))
    }

    async fn replay_webhook_event(
        &self,
        request: Request<ReplayWebhookEventRequest>,
    ) -> Result<Response<ReplayWebhookEventResponse>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.event_id, "event_id")?;
        let event = self.load(&tenant_id, &request.event_id).await?;
        let target = (!request.webhook_id.is_empty()).then_some(request.webhook_id);
        if let Some(target) = &target {
            self.check_target(&tenant_id, target).await?;
        }

        let now = self.clock.now();
        let mut writer = self.db.writer().await.map_err(ApiError::from)?;
        let conn: &mut DbConnection = &mut writer;
        let scheduled = conn
            .transaction(
                async |conn: &mut DbConnection| -> Result<Vec<(String, Vec<String>)>, DbError> {
                    db::deliveries::replay(
                        conn,
                        &tenant_id,
                        std::slice::from_ref(&event.id),
                        target.as_deref(),
                        now,
                    )
                    .await
                },
            )
            .await
            .map_err(ApiError::from)?;
        let webhook_ids = scheduled
            .into_iter()
            .next()
            .map(|(_, webhook_ids)| webhook_ids)
            .unwrap_or_default();
        if webhook_ids.is_empty() {
            return Err(ApiError::FailedPrecondition {
                reason: "NO_ENABLED_WEBHOOKS",
                message: format!(
                    "event {:?} went to no endpoint that is still enabled; name one with webhook_id",
                    event.id
                ),
            }
            .into());
        }
        tracing::info!(tenant_id = %tenant_id, event_id = %event.id, endpoints = webhook_ids.len(), "event replayed");
        Ok(Response::new(ReplayWebhookEventResponse {
            event_id: event.id,
            webhook_ids,
            accept_time: timestamp(db::time::now()),
        }))
    }

    async fn replay_webhook_events(
        &self,
        request: Request<ReplayWebhookEventsRequest>,
    ) -> Result<Response<ReplayWebhookEventsResponse>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        let query = EVENT_LIST.parse(&tenant_id, &request.filter, "", 0, "")?;
        let start = request
            .start_time
            .as_ref()
            .ok_or_else(|| ApiError::required("start_time"))
            .and_then(|time| stored_time(time, "start_time"))?;
        let now = db::time::now();
        let end = match &request.end_time {
            Some(time) => stored_time(time, "end_time")?,
            None => now,
        };
        if end <= start {
            return Err(ApiError::invalid(
                "end_time",
                "must be later than start_time; omit it to replay up to now",
            )
            .into());
        }
        let target = (!request.webhook_id.is_empty()).then_some(request.webhook_id.clone());
        if let Some(target) = &target {
            self.check_target(&tenant_id, target).await?;
        }
        let state = state_filter(request.delivery_state, "delivery_state")?;
        let selection = Selection {
            tenant_id: &tenant_id,
            query: &query,
            start,
            end,
            deliveries: webhooks::replay_selection(target.clone(), state.clone()),
        };

        let mut writer = self.db.writer().await.map_err(ApiError::from)?;
        let conn: &mut DbConnection = &mut writer;
        let dry_run = request.dry_run;
        let outcome = conn
            .transaction(
                async |conn: &mut DbConnection| -> Result<(i64, Option<ReplayRow>), DbError> {
                    let matched = db::event_log::count(conn, &selection).await?;
                    if dry_run {
                        return Ok((matched, None));
                    }
                    let row = ReplayRow {
                        tenant_id: tenant_id.clone(),
                        id: crate::ids::generate("rpl"),
                        filter: request.filter.trim().to_owned(),
                        start_time: start,
                        end_time: end,
                        webhook_id: target.clone(),
                        delivery_state: state.clone(),
                        state: if matched == 0 { "succeeded" } else { "running" }.to_owned(),
                        matched: i32::try_from(matched).unwrap_or(i32::MAX),
                        done: 0,
                        cursor_time: None,
                        cursor_id: None,
                        create_time: now,
                        update_time: now,
                    };
                    db::replays::insert(conn, &row).await?;
                    Ok((matched, Some(row)))
                },
            )
            .await
            .map_err(ApiError::from)?;
        let (matched, job) = outcome;
        let matched = i32::try_from(matched).unwrap_or(i32::MAX);
        if let Some(job) = &job {
            tracing::info!(tenant_id = %tenant_id, replay_id = %job.id, matched, "replay job started");
        }
        Ok(Response::new(ReplayWebhookEventsResponse {
            matched,
            accept_time: job.as_ref().and_then(|_| timestamp(now)),
            replay: job.as_ref().map(replay_to_proto),
        }))
    }

    async fn get_webhook_replay(
        &self,
        request: Request<GetWebhookReplayRequest>,
    ) -> Result<Response<WebhookReplay>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let replay_id = request.into_inner().replay_id;
        require_id(&replay_id, "replay_id")?;
        let row = db::replays::get(&self.db, &tenant_id, &replay_id)
            .await
            .map_err(ApiError::from)?
            .ok_or_else(|| ApiError::NotFound {
                resource: "webhook replay",
                id: replay_id,
            })?;
        Ok(Response::new(replay_to_proto(&row)))
    }
}

/// Returns the stored short name of a delivery state used as a filter, `None` for
/// unspecified.
fn state_filter(value: i32, field: &str) -> Result<Option<String>, ApiError> {
    match WebhookDeliveryState::try_from(value) {
        Ok(WebhookDeliveryState::Unspecified) => Ok(None),
        Ok(state) => Ok(Some(short_name(state.as_str_name(), STATE_PREFIX))),
        Err(_) => Err(ApiError::invalid(
            field,
            format!("{value} is not a delivery state; use pending, succeeded or failed"),
        )),
    }
}

fn delivery_state(stored: &str) -> i32 {
    WebhookDeliveryState::from_str_name(&full_name(stored, STATE_PREFIX)).unwrap_or_default() as i32
}

fn stored_time(time: &prost_types::Timestamp, field: &str) -> Result<NaiveDateTime, ApiError> {
    u32::try_from(time.nanos)
        .ok()
        .and_then(|nanos| chrono::DateTime::from_timestamp(time.seconds, nanos))
        .map(|instant| instant.naive_utc())
        .ok_or_else(|| ApiError::invalid(field, "is not a valid timestamp"))
}

/// Converts an event with its deliveries, and the attempts of those deliveries, to its API
/// form.
pub fn event_to_proto(
    event: &EventRow,
    deliveries: &[DeliveryRow],
    attempts: &[AttemptRow],
) -> WebhookEvent {
    let data: Value = serde_json::from_str(&event.data).unwrap_or(Value::Null);
    let mut attempts_by_delivery: HashMap<&str, Vec<WebhookAttempt>> = HashMap::new();
    for attempt in attempts {
        attempts_by_delivery
            .entry(attempt.delivery_id.as_str())
            .or_default()
            .push(attempt_to_proto(attempt));
    }
    WebhookEvent {
        id: event.id.clone(),
        r#type: event.event_type.clone(),
        create_time: timestamp(event.create_time),
        api_version: webhooks::API_VERSION.to_owned(),
        data: match json_to_proto(data).kind {
            Some(Kind::StructValue(object)) => Some(object),
            _ => Some(Struct::default()),
        },
        deliveries: deliveries
            .iter()
            .map(|delivery| WebhookDelivery {
                id: delivery.id.clone(),
                webhook_id: delivery.webhook_id.clone(),
                state: delivery_state(&delivery.state),
                attempt_count: delivery.attempt_count,
                next_attempt_time: (delivery.state == "pending")
                    .then_some(delivery.next_attempt_time)
                    .and_then(timestamp),
                deadline_time: delivery.deadline.and_then(timestamp),
                last_attempt_time: delivery.last_attempt_time.and_then(timestamp),
                attempts: attempts_by_delivery
                    .remove(delivery.id.as_str())
                    .unwrap_or_default(),
            })
            .collect(),
    }
}

fn attempt_to_proto(row: &AttemptRow) -> WebhookAttempt {
    WebhookAttempt {
        attempt_time: timestamp(row.attempt_time),
        url: row.url.clone(),
        status_code: row.status_code.unwrap_or(0),
        succeeded: row.succeeded,
        error: row.error.clone(),
        latency_ms: row.latency_ms,
        response_body: row.response_body.clone(),
    }
}

fn replay_to_proto(row: &ReplayRow) -> WebhookReplay {
    let state = match row.state.as_str() {
        "running" => WebhookReplayState::Running,
        "succeeded" => WebhookReplayState::Succeeded,
        _ => WebhookReplayState::Unspecified,
    };
    WebhookReplay {
        id: row.id.clone(),
        state: state as i32,
        matched: row.matched,
        done: row.done,
        filter: row.filter.clone(),
        start_time: timestamp(row.start_time),
        end_time: timestamp(row.end_time),
        webhook_id: row.webhook_id.clone().unwrap_or_default(),
        delivery_state: row.delivery_state.as_deref().map_or(0, delivery_state),
        create_time: timestamp(row.create_time),
        update_time: timestamp(row.update_time),
    }
}

/// Converts JSON to a `google.protobuf.Value`.
fn json_to_proto(value: Value) -> ProtoValue {
    let kind = match value {
        Value::Null => Kind::NullValue(0),
        Value::Bool(flag) => Kind::BoolValue(flag),
        Value::Number(number) => Kind::NumberValue(number.as_f64().unwrap_or_default()),
        Value::String(text) => Kind::StringValue(text),
        Value::Array(items) => Kind::ListValue(ListValue {
            values: items.into_iter().map(json_to_proto).collect(),
        }),
        Value::Object(object) => Kind::StructValue(Struct {
            fields: object
                .into_iter()
                .map(|(key, value)| (key, json_to_proto(value)))
                .collect(),
        }),
    };
    ProtoValue { kind: Some(kind) }
}
