//! Rows as stored. Enum columns hold the short lowercase names used on the JSON surface, and
//! list columns hold JSON arrays.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{agents, queue_members, queues, tenants};

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = tenants)]
pub struct TenantRow {
    pub id: String,
    pub display_name: String,
    pub rate_limit_per_minute: i32,
    pub create_time: NaiveDateTime,
    pub update_time: NaiveDateTime,
    pub revision: i64,
    /// Days recordings of the tenant are kept; 0 keeps them until deleted.
    pub recording_retention_days: i32,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = queues)]
pub struct QueueRow {
    pub tenant_id: String,
    pub id: String,
    pub name: String,
    /// A JSON array of skill names.
    pub skills: String,
    pub priority: String,
    pub max_wait_seconds: i32,
    pub max_queue_size: Option<i32>,
    pub overflow_action: String,
    pub overflow_target_queue_id: Option<String>,
    pub create_time: NaiveDateTime,
    pub update_time: NaiveDateTime,
    pub revision: i64,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = agents)]
pub struct AgentRow {
    pub tenant_id: String,
    pub id: String,
    pub display_name: String,
    pub email: Option<String>,
    /// A JSON array of `{"name": …, "proficiency": …}` objects.
    pub skills: String,
    pub presence: String,
    pub presence_time: NaiveDateTime,
    pub create_time: NaiveDateTime,
    pub update_time: NaiveDateTime,
    pub revision: i64,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = queue_members)]
pub struct QueueMemberRow {
    pub tenant_id: String,
    pub queue_id: String,
    pub agent_id: String,
    pub create_time: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::clients)]
pub struct ClientRow {
    pub id: String,
    pub tenant_id: Option<String>,
    pub display_name: String,
    /// Space-separated scopes.
    pub scopes: String,
    pub disabled: bool,
    pub create_time: NaiveDateTime,
    pub update_time: NaiveDateTime,
    pub revision: i64,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::client_secrets)]
pub struct ClientSecretRow {
    pub id: String,
    pub client_id: String,
    /// Hex SHA-256 of the secret; the secret itself is never stored.
    pub secret_hash: String,
    pub create_time: NaiveDateTime,
    pub revoke_time: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::signing_keys)]
pub struct SigningKeyRow {
    pub kid: String,
    pub algorithm: String,
    /// Base64 of the 32-byte Ed25519 seed.
    pub private_key: String,
    /// Base64url of the 32-byte Ed25519 public key, as the JWK `x` member.
    pub public_key: String,
    pub create_time: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::idempotency_keys)]
pub struct IdempotencyKeyRow {
    pub tenant_id: String,
    pub client_id: String,
    pub idempotency_key: String,
    /// Hex SHA-256 of the gRPC method path and the encoded request message.
    pub request_hash: String,
    /// `running` or `done`.
    pub state: String,
    /// The gRPC status code of the stored response.
    pub response_code: Option<i32>,
    pub response_message: Option<String>,
    /// Base64 of the response message (status OK) or of `grpc-status-details-bin` (errors).
    pub response_body: Option<String>,
    pub create_time: NaiveDateTime,
    pub lease_expire_time: NaiveDateTime,
    pub expire_time: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::events)]
pub struct EventRow {
    pub id: String,
    pub tenant_id: String,
    pub event_type: String,
    /// The event's `data` object as JSON text.
    pub data: String,
    pub create_time: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::sessions)]
pub struct SessionRow {
    pub tenant_id: String,
    pub id: String,
    pub queue_id: String,
    pub agent_id: Option<String>,
    pub channel: String,
    pub customer_ref: String,
    pub priority: String,
    /// 1 (low) to 4 (urgent), so sessions sort by priority.
    pub priority_rank: i32,
    /// A JSON object of string attributes.
    pub attributes: String,
    pub state: String,
    pub held: bool,
    pub end_reason: Option<String>,
    /// When the session last entered a queue: on create and on each transfer.
    pub enqueue_time: NaiveDateTime,
    pub offer_time: Option<NaiveDateTime>,
    pub connect_time: Option<NaiveDateTime>,
    pub wrap_up_time: Option<NaiveDateTime>,
    pub end_time: Option<NaiveDateTime>,
    /// When the current queue's overflow action applied; cleared by a transfer.
    pub overflow_time: Option<NaiveDateTime>,
    pub sequence: i64,
    pub create_time: NaiveDateTime,
    pub update_time: NaiveDateTime,
    pub revision: i64,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::session_transitions)]
pub struct SessionTransitionRow {
    pub tenant_id: String,
    pub session_id: String,
    pub sequence: i64,
    pub state: String,
    pub queue_id: String,
    pub agent_id: Option<String>,
    pub held: bool,
    pub transition_time: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::licenses)]
pub struct LicenseRow {
    pub tenant_id: String,
    pub plan: String,
    pub seats: i32,
    pub expires_at: NaiveDateTime,
    /// The smallest `license.expiring` threshold recorded since `expires_at` last moved.
    pub notified_threshold_days: Option<i32>,
    pub expired_recorded: bool,
    pub create_time: NaiveDateTime,
    pub update_time: NaiveDateTime,
    pub revision: i64,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::scorecards)]
pub struct ScorecardRow {
    pub tenant_id: String,
    pub id: String,
    pub display_name: String,
    pub description: String,
    /// The sections of the newest version as JSON (see `crate::qa::Section`).
    pub sections: String,
    /// The newest version, which is `published` or the one `draft`.
    pub version: i32,
    pub state: String,
    /// The newest published version; 0 before the first publish.
    pub published_version: i32,
    /// When `version` was published; `None` while it is a draft.
    pub publish_time: Option<NaiveDateTime>,
    pub create_time: NaiveDateTime,
    pub update_time: NaiveDateTime,
    pub revision: i64,
}

/// A published scorecard version, never changed after it is written.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::scorecard_versions)]
pub struct ScorecardVersionRow {
    pub tenant_id: String,
    pub scorecard_id: String,
    pub version: i32,
    pub display_name: String,
    pub description: String,
    pub sections: String,
    pub publish_time: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::evaluations)]
pub struct EvaluationRow {
    pub tenant_id: String,
    pub id: String,
    pub scorecard_id: String,
    pub scorecard_version: i32,
    pub session_id: String,
    pub agent_id: String,
    /// The session's queue when the evaluation was created.
    pub queue_id: String,
    /// The client that created the evaluation.
    pub evaluator_id: String,
    /// The answers as JSON (see `crate::qa::Answer`).
    pub answers: String,
    pub comment: String,
    pub score: Option<i32>,
    pub raw_score: Option<i32>,
    pub auto_fail: bool,
    /// A JSON array of question ids.
    pub failed_question_ids: String,
    pub state: String,
    pub submit_time: Option<NaiveDateTime>,
    pub create_time: NaiveDateTime,
    pub update_time: NaiveDateTime,
    pub revision: i64,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::webhooks)]
pub struct WebhookRow {
    pub tenant_id: String,
    pub id: String,
    pub url: String,
    pub description: String,
    /// A JSON array of event types and `prefix.*` patterns; empty means every type.
    pub event_types: String,
    pub enabled: bool,
    /// Why a disabled endpoint was disabled: `requested`, `gone` (it answered 410) or `failing`.
    pub disabled_reason: Option<String>,
    /// The signing secret, `whsec_` and base64.
    pub secret: String,
    /// The secret replaced by the last rotation, which signs alongside the new one until
    /// `previous_secret_expire_time`.
    pub previous_secret: Option<String>,
    pub previous_secret_expire_time: Option<NaiveDateTime>,
    /// The first failed attempt since the last successful one, on the scheduling clock.
    pub failing_since: Option<NaiveDateTime>,
    pub create_time: NaiveDateTime,
    pub update_time: NaiveDateTime,
    pub revision: i64,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::webhook_deliveries)]
pub struct DeliveryRow {
    pub id: String,
    pub tenant_id: String,
    pub event_id: String,
    pub webhook_id: String,
    /// `pending`, `succeeded` or `failed`.
    pub state: String,
    /// Every attempt ever made, replays included.
    pub attempt_count: i32,
    /// Attempts since the delivery was last scheduled (created or replayed); picks the delay.
    pub retry_index: i32,
    /// Grows by one per replay, so the outcome of an attempt that was in flight during a replay
    /// does not overwrite the replay's schedule.
    pub generation: i32,
    /// On the scheduling clock.
    pub next_attempt_time: NaiveDateTime,
    /// Set by the first attempt of a round: 24 hours after it, on the scheduling clock.
    pub deadline: Option<NaiveDateTime>,
    pub last_attempt_time: Option<NaiveDateTime>,
    /// The claim of the worker sending the delivery now, in real time.
    pub lease_token: Option<String>,
    pub lease_expire_time: Option<NaiveDateTime>,
    pub create_time: NaiveDateTime,
    pub update_time: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::webhook_attempts)]
pub struct AttemptRow {
    pub id: String,
    pub delivery_id: String,
    pub tenant_id: String,
    pub url: String,
    /// On the scheduling clock.
    pub attempt_time: NaiveDateTime,
    /// The HTTP status, when a response arrived.
    pub status_code: Option<i32>,
    pub succeeded: bool,
    /// Why the attempt failed; empty when it succeeded.
    pub error: String,
    pub latency_ms: i32,
    /// The first 4 KiB of the response body, as UTF-8 with invalid bytes replaced.
    pub response_body: String,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::webhook_replays)]
pub struct ReplayRow {
    pub tenant_id: String,
    pub id: String,
    /// The event filter, in the list filter language.
    pub filter: String,
    pub start_time: NaiveDateTime,
    pub end_time: NaiveDateTime,
    pub webhook_id: Option<String>,
    pub delivery_state: Option<String>,
    /// `running`, `succeeded` or `failed`.
    pub state: String,
    pub matched: i32,
    pub done: i32,
    /// The last event replayed, by creation time and id.
    pub cursor_time: Option<NaiveDateTime>,
    pub cursor_id: Option<String>,
    pub create_time: NaiveDateTime,
    pub update_time: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::recordings)]
pub struct RecordingRow {
    pub tenant_id: String,
    pub id: String,
    pub session_id: String,
    /// `in_progress`, `processing`, `available`, `failed` or `deleted`.
    pub state: String,
    pub paused: bool,
    /// A JSON array of `{"start": …, "end": …}` objects, `end` null while paused.
    pub pause_intervals: String,
    pub description: String,
    /// A JSON object of string attributes.
    pub attributes: String,
    pub content_type: Option<String>,
    pub size_bytes: Option<i64>,
    /// Lowercase hex SHA-256 of the media.
    pub sha256: Option<String>,
    /// The object store key of the media; set once media is stored, cleared on deletion.
    pub media_key: Option<String>,
    pub failure_reason: Option<String>,
    pub complete_time: Option<NaiveDateTime>,
    pub available_time: Option<NaiveDateTime>,
    pub delete_time: Option<NaiveDateTime>,
    pub create_time: NaiveDateTime,
    pub update_time: NaiveDateTime,
    pub revision: i64,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::media_url_keys)]
pub struct MediaUrlKeyRow {
    pub kid: String,
    /// Base64 of the 32-byte HMAC-SHA256 key that signs media URLs.
    pub secret: String,
    pub create_time: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Queryable, Selectable, Insertable)]
#[diesel(table_name = super::schema::media_deletions)]
pub struct MediaDeletionRow {
    /// The object store key to delete.
    pub media_key: String,
    /// The tenant whose recording named the object, for logs; the tenant may be gone.
    pub tenant_id: String,
    /// When the object may go. An upload queues its object a day ahead, in case the process
    /// dies before a recording names it.
    pub delete_after: NaiveDateTime,
}
