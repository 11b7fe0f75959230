//! The parts every operation shares: the error body, the error responses, and the response
//! headers (`X-Request-Id`, `RateLimit-*`, `Retry-After`, `Location`, `Idempotent-Replayed`).

use prost_reflect::DescriptorPool;
use serde_json::{Map, Value, json};

use super::schema::{Form, Schemas};
use crate::error::code_name;

/// The proto file whose messages may appear in `error.details`.
const ERROR_DETAILS_FILE: &str = "google/rpc/error_details.proto";

/// An error response shared by the operations: its status, component name, description, and
/// which headers it carries besides `X-Request-Id`.
struct ErrorResponse {
    status: u16,
    name: &'static str,
    description: &'static str,
    rate_limited: bool,
    retry_after: RetryAfter,
}

#[derive(PartialEq)]
enum RetryAfter {
    Absent,
    Optional,
    Required,
}

const ERROR_RESPONSES: &[ErrorResponse] = &[
    ErrorResponse {
        status: 400,
        name: "BadRequest",
        description: "The request is invalid (`INVALID_ARGUMENT`: each invalid path, query or body value is named in a `google.rpc.BadRequest` detail), or the resource is not in a state that allows it (`FAILED_PRECONDITION`, with the reason in a `google.rpc.ErrorInfo` detail).",
        rate_limited: true,
        retry_after: RetryAfter::Absent,
    },
    ErrorResponse {
        status: 401,
        name: "Unauthorized",
        description: "The bearer token is missing, invalid or expired, or its client is disabled (`UNAUTHENTICATED`). Get a new token from `POST /v1/oauth/token`.",
        rate_limited: false,
        retry_after: RetryAfter::Absent,
    },
    ErrorResponse {
        status: 403,
        name: "Forbidden",
        description: "The token lacks the scope this operation needs, or is of the wrong kind (`PERMISSION_DENIED`).",
        rate_limited: false,
        retry_after: RetryAfter::Absent,
    },
    ErrorResponse {
        status: 404,
        name: "NotFound",
        description: "A resource named by the request does not exist in the caller's tenant (`NOT_FOUND`).",
        rate_limited: true,
        retry_after: RetryAfter::Absent,
    },
    ErrorResponse {
        status: 409,
        name: "Conflict",
        description: "The resource exists already (`ALREADY_EXISTS`), the `etag` sent is no longer current, or a request with the same `Idempotency-Key` is still running (`ABORTED`).",
        rate_limited: true,
        retry_after: RetryAfter::Absent,
    },
    ErrorResponse {
        status: 413,
        name: "PayloadTooLarge",
        description: "The JSON body is larger than the server's limit (`GLOBEMEET_MAX_BODY_BYTES`, 1 MiB by default).",
        rate_limited: false,
        retry_after: RetryAfter::Absent,
    },
    ErrorResponse {
        status: 415,
        name: "UnsupportedMediaType",
        description: "The body is not sent as `Content-Type: application/json`.",
        rate_limited: false,
        retry_after: RetryAfter::Absent,
    },
    ErrorResponse {
        status: 422,
        name: "UnprocessableEntity",
        description: "The `Idempotency-Key` was used before with a different request (`IDEMPOTENCY_KEY_REUSED`).",
        rate_limited: true,
        retry_after: RetryAfter::Absent,
    },
    ErrorResponse {
        status: 429,
        name: "TooManyRequests",
        description: "The tenant's rate limit is reached (`RESOURCE_EXHAUSTED`). Retry after the seconds in `Retry-After`.",
        rate_limited: true,
        retry_after: RetryAfter::Required,
    },
    ErrorResponse {
        status: 500,
        name: "InternalError",
        description: "An unexpected failure (`INTERNAL`). The message carries an error id to quote when reporting it.",
        rate_limited: true,
        retry_after: RetryAfter::Absent,
    },
    ErrorResponse {
        status: 503,
        name: "Unavailable",
        description: "The database timed out (`UNAVAILABLE`). Retry after a short delay.",
        rate_limited: true,
        retry_after: RetryAfter::Optional,
    },
];

/// Returns a `$ref` to the shared error response of `status`.
pub fn error_ref(status: u16) -> Value {
    let response = ERROR_RESPONSES
        .iter()
        .find(|response| response.status == status)
        .unwrap_or_else(|| panic!("no shared error response for {status}"));
    json!({ "$ref": format!("#/components/responses/{}", response.name) })
}

/// Builds the shared error responses, keyed by component name.
pub fn error_responses() -> Map<String, Value> {
    ERROR_RESPONSES
        .iter()
        .map(|response| {
            let mut headers = vec![("X-Request-Id", request_id_header())];
            if response.rate_limited {
                headers.extend(rate_limit_headers(false));
            }
            match response.retry_after {
                RetryAfter::Absent => {}
                RetryAfter::Optional => headers.push(("Retry-After", retry_after_header(false))),
                RetryAfter::Required => headers.push(("Retry-After", retry_after_header(true))),
            }
            let body = json!({
                "description": response.description,
                "headers": header_map(headers),
                "content": {
                    "application/json": { "schema": { "$ref": "#/components/schemas/Error" } }
                },
            });
            (response.name.to_owned(), body)
        })
        .collect()
}

/// Builds the error body schema and `ErrorDetail`, one of the `google.rpc` error detail messages.
pub fn error_schemas(pool: &DescriptorPool, schemas: &mut Schemas) -> Map<String, Value> {
    let statuses: Vec<&str> = (1..=16)
        .map(|number| code_name(tonic::Code::from_i32(number)))
        .collect();
    let details: Vec<Value> = pool
        .get_file_by_name(ERROR_DETAILS_FILE)
        .map(|file| {
            file.messages()
                .map(|message| schemas.message_ref(&message, Form::Detail))
                .collect()
        })
        .unwrap_or_default();

    let mut components = Map::new();
    components.insert(
        "Error".to_owned(),
        json!({
            "type": "object",
            "description": "The body of every error of the API's own operations.",
            "required": ["error"],
            "additionalProperties": false,
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["code", "status", "message", "details", "request_id"],
                    "additionalProperties": false,
                    "properties": {
                        "code": {
                            "type": "integer",
                            "description": "The HTTP status code of the response.",
                        },
                        "status": {
                            "type": "string",
                            "enum": statuses,
                            "description": "The gRPC status code, as named in `google.rpc.Code`.",
                        },
                        "message": {
                            "type": "string",
                            "description": "What failed, on which value, and what to do about it.",
                        },
                        "details": {
                            "type": "array",
                            "items": { "$ref": "#/components/schemas/ErrorDetail" },
                            "description": "Machine-readable details: a `google.rpc.ErrorInfo` with the reason and the domain `globemeet.io`, a `google.rpc.BadRequest` with each invalid field, a `google.rpc.RetryInfo` with the delay to wait.",
                        },
                        "request_id": {
                            "type": "string",
                            "description": "The request id, also in the `X-Request-Id` header.",
                        },
                    },
                },
            },
        }),
    );
    components.insert(
        "ErrorDetail".to_owned(),
        json!({
            "description": "One detail of an error, named by its `@type`.",
            "oneOf": details,
        }),
    );
    components
}

/// Headers of a successful response of an RPC operation.
pub fn success_headers(location: Option<bool>, post: bool) -> Value {
    let mut headers = vec![("X-Request-Id", request_id_header())];
    headers.extend(rate_limit_headers(true));
    if let Some(required) = location {
        headers.push((
            "Location",
            header(
                "The path of the new resource.",
                json!({ "type": "string" }),
                required,
            ),
        ));
    }
    if post {
        headers.push((
            "Idempotent-Replayed",
            header(
                "`true` when the response is the stored response of an earlier request with the same `Idempotency-Key`.",
                json!({ "type": "string", "enum": ["true"] }),
                false,
            ),
        ));
    }
    header_map(headers)
}

/// Only `X-Request-Id`, the header of every response.
pub fn request_id_only() -> Value {
    header_map(vec![("X-Request-Id", request_id_header())])
}

pub fn request_id_header() -> Value {
    header(
        "The id of the request: the client's `X-Request-Id` when it sent 1 to 128 visible ASCII characters, else one the server generated.",
        json!({ "type": "string" }),
        true,
    )
}

pub fn retry_after_header(required: bool) -> Value {
    header(
        "Seconds to wait before retrying.",
        json!({ "type": "integer", "minimum": 0 }),
        required,
    )
}

fn rate_limit_headers(required: bool) -> Vec<(&'static str, Value)> {
    let integer = json!({ "type": "integer", "minimum": 0 });
    vec![
        (
            "RateLimit-Limit",
            header(
                "Requests per minute the tenant may make.",
                integer.clone(),
                required,
            ),
        ),
        (
            "RateLimit-Remaining",
            header(
                "Requests the tenant may still make at once.",
                integer.clone(),
                required,
            ),
        ),
        (
            "RateLimit-Reset",
            header(
                "Seconds until the tenant may again make as many requests as its limit.",
                integer,
                required,
            ),
        ),
    ]
}

pub fn header(description: &str, schema: Value, required: bool) -> Value {
    let mut header = json!({ "description": description, "schema": schema });
    if required {
        header["required"] = json!(true);
    }
    header
}

pub fn header_map(headers: Vec<(&str, Value)>) -> Value {
    Value::Object(
        headers
            .into_iter()
            .map(|(name, header)| (name.to_owned(), header))
            .collect(),
    )
}
