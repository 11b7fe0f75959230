//! Signed webhook delivery: the event envelope, the endpoint resource as events carry it, the
//! signer, the SSRF guard, the retry schedule, the sender and the worker over the outbox.

pub mod maintenance;
pub mod schedule;
pub mod sender;
pub mod signing;
pub mod ssrf;
pub mod worker;

use chrono::{NaiveDateTime, SecondsFormat};
use diesel_async::AsyncConnection;
use serde::Serialize;
use serde_json::Value;

use crate::{
    db::{
        self, Db, DbConnection, DbError,
        event_log::DeliveryFilter,
        events::NewEvent,
        models::{EventRow, WebhookRow},
    },
    list::{FieldType, FilterField, ListSpec, OrderField},
    proto::globemeet::v1::{Webhook, WebhookDisabledReason},
    rpc::{etag, timestamp},
};

/// The `api_version` of every envelope.
pub const API_VERSION: &str = "v1";

/// The fields event lists and bulk replays filter and sort on.
pub const EVENT_LIST: ListSpec = ListSpec {
    collection: "webhook_events",
    filter_fields: &[
        FilterField {
            name: "id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "type",
            field_type: FieldType::String,
        },
        FilterField {
            name: "create_time",
            field_type: FieldType::Timestamp,
        },
    ],
    order_fields: &[
        OrderField { name: "id" },
        OrderField {
            name: "create_time",
        },
    ],
    id_field: "id",
};

#[derive(Serialize)]
struct Envelope<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    event_type: &'a str,
    created_at: String,
    tenant_id: &'a str,
    api_version: &'static str,
    data: Value,
}

/// Builds the body posted for an event: the JSON envelope. The same event always gives the
/// same bytes, so every attempt and replay sends what the first one did.
pub fn envelope(event: &EventRow) -> Vec<u8> {
    let envelope = Envelope {
        id: &event.id,
        event_type: &event.event_type,
        created_at: event
            .create_time
            .and_utc()
            .to_rfc3339_opts(SecondsFormat::AutoSi, true),
        tenant_id: &event.tenant_id,
        api_version: API_VERSION,
        data: serde_json::from_str(&event.data).unwrap_or(Value::Null),
    };
    serde_json::to_vec(&envelope).expect("an envelope serializes")
}

/// Returns the keys that sign at `now`: the current secret's, and while its 24 hours last, the
/// key of the secret replaced by the last rotation. Undecodable secrets are skipped.
pub fn signing_keys(endpoint: &WebhookRow, now: NaiveDateTime) -> Vec<Vec<u8>> {
    let previous = endpoint.previous_secret.as_deref().filter(|_| {
        endpoint
            .previous_secret_expire_time
            .is_some_and(|end| end > now)
    });
    std::iter::once(endpoint.secret.as_str())
        .chain(previous)
        .filter_map(|secret| signing::secret_key(secret).ok())
        .collect()
}

/// Converts a stored endpoint to its API form, without its secret. `now` (scheduling time)
/// decides whether the previous secret still signs.
pub fn to_proto(row: &WebhookRow, now: NaiveDateTime) -> Webhook {
    let disabled_reason = match row.disabled_reason.as_deref() {
        Some("requested") => WebhookDisabledReason::Requested,
        Some("gone") => WebhookDisabledReason::Gone,
        Some("failing") => WebhookDisabledReason::Failing,
        _ => WebhookDisabledReason::Unspecified,
    };
    let previous_secret_expire_time = row
        .previous_secret_expire_time
        .filter(|end| *end > now && row.previous_secret.is_some());
    Webhook {
        id: row.id.clone(),
        url: row.url.clone(),
        event_types: serde_json::from_str(&row.event_types).unwrap_or_default(),
        description: row.description.clone(),
        enabled: Some(row.enabled),
        disabled_reason: disabled_reason as i32,
        secret: String::new(),
        previous_secret_expire_time: previous_secret_expire_time.and_then(timestamp),
        failing_since: row.failing_since.and_then(timestamp),
        create_time: timestamp(row.create_time),
        update_time: timestamp(row.update_time),
        etag: etag(row.create_time, row.revision),
    }
}

/// Returns the deliveries a bulk replay selects events by: a delivery in `state`, to the target
/// endpoint when there is one. A target without a state selects nothing by deliveries, so the
/// events in range go to that endpoint whether or not they went there before.
pub fn replay_selection(target: Option<String>, state: Option<String>) -> DeliveryFilter {
    DeliveryFilter {
        webhook_id: state.as_ref().and(target),
        state,
    }
}

/// Disables an endpoint for `reason` (`gone` or `failing`), fails its pending deliveries and
/// records `webhook.endpoint_disabled` for the tenant's other endpoints, in one transaction.
/// With `failing_before`, only an endpoint failing since then is disabled. Returns false when
/// the endpoint was no longer enabled.
pub async fn disable(
    db: &Db,
    tenant_id: &str,
    webhook_id: &str,
    reason: &'static str,
    failing_before: Option<NaiveDateTime>,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let mut writer = db.writer().await?;
    let conn: &mut DbConnection = &mut writer;
    conn.transaction(async |conn: &mut DbConnection| -> Result<bool, DbError> {
        let Some(row) =
            db::webhooks::disable(conn, tenant_id, webhook_id, reason, failing_before, now).await?
        else {
            return Ok(false);
        };
        let mut data =
            crate::proto::json::render_message(&to_proto(&row, now), "globemeet.v1.Webhook");
        if let Value::Object(object) = &mut data {
            object.insert("reason".to_owned(), Value::String(reason.to_owned()));
        }
        db::events::record(
            conn,
            NewEvent {
                tenant_id: tenant_id.to_owned(),
                event_type: "webhook.endpoint_disabled",
                data,
            },
        )
        .await?;
        Ok(true)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_carries_the_event() {
        let event = EventRow {
            id: "evt_1".to_owned(),
            tenant_id: "acme".to_owned(),
            event_type: "webhook.test".to_owned(),
            data: r#"{"note":"Grüße","count":3}"#.to_owned(),
            create_time: chrono::DateTime::from_timestamp(1_800_000_000, 123_456_000)
                .unwrap()
                .naive_utc(),
        };
        let body = String::from_utf8(envelope(&event)).unwrap();
        assert_eq!(
            body,
            r#"{"id":"evt_1","type":"webhook.test","created_at":"2027-01-15T08:00:00.123456Z","tenant_id":"acme","api_version":"v1","data":{"count":3,"note":"Grüße"}}"#
        );
    }
}
