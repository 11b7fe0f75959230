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
