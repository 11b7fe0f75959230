//! The REST error body: `{"error": {"code", "status", "message", "details", "request_id"}}`,
//! rendered once from a gRPC status and its rich details.

use axum::{
    Json,
    response::{IntoResponse, Response},
};
use http::{HeaderValue, StatusCode, header};
use prost::Message as _;
use prost_reflect::DynamicMessage;
use serde_json::{Value, json};
use tonic::Code;

use crate::proto::json::render;
use crate::{
    error::{ApiError, Violation, code_name},
    proto::DESCRIPTOR_POOL,
};

/// The HTTP status of a gRPC code. `IDEMPOTENCY_KEY_REUSED` (an INVALID_ARGUMENT) is 422.
pub fn http_status(code: Code, reason: Option<&str>) -> StatusCode {
    if reason == Some("IDEMPOTENCY_KEY_REUSED") {
        return StatusCode::UNPROCESSABLE_ENTITY;
    }
    match code {
        Code::Ok => StatusCode::OK,
        Code::InvalidArgument | Code::FailedPrecondition | Code::OutOfRange => {
            StatusCode::BAD_REQUEST
        }
        Code::Unauthenticated => StatusCode::UNAUTHORIZED,
        Code::PermissionDenied => StatusCode::FORBIDDEN,
        Code::NotFound => StatusCode::NOT_FOUND,
        Code::AlreadyExists | Code::Aborted => StatusCode::CONFLICT,
        Code::ResourceExhausted => StatusCode::TOO_MANY_REQUESTS,
        Code::Cancelled => StatusCode::from_u16(499).expect("499 is a valid status code"),
        Code::Unimplemented => StatusCode::NOT_IMPLEMENTED,
        Code::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        Code::DeadlineExceeded => StatusCode::GATEWAY_TIMEOUT,
        Code::Unknown | Code::Internal | Code::DataLoss => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Renders a gRPC status as a REST error response.
pub fn status_response(status: &tonic::Status, request_id: &str) -> Response {
    let details = decode_details(status.details());
    let reason = details
        .iter()
        .find(|detail| detail["@type"] == "type.googleapis.com/google.rpc.ErrorInfo")
        .and_then(|info| info["reason"].as_str())
        .map(str::to_owned);
    let http = http_status(status.code(), reason.as_deref());
    let retry_after = details
        .iter()
        .find(|detail| detail["@type"] == "type.googleapis.com/google.rpc.RetryInfo")
        .and_then(|info| info["retry_delay"].as_str())
        .and_then(|delay| delay.trim_end_matches('s').parse::<f64>().ok())
        .map(|seconds| seconds.ceil().max(1.0) as u64);

    let body = json!({
        "error": {
            "code": http.as_u16(),
            "status": code_name(status.code()),
            "message": status.message(),
            "details": details,
            "request_id": request_id,
        }
    });
    let mut response = (http, Json(body)).into_response();
    if let Some(seconds) = retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}

/// Renders an error raised by the transcoder itself, before any service ran: each violation
/// is a field path and what is wrong with it.
pub fn invalid_argument(violations: Vec<Violation>, request_id: &str) -> Response {
    let status = tonic::Status::from(ApiError::InvalidArgument(violations));
    status_response(&status, request_id)
}

/// A plain error of the HTTP layer (404, 405, 413, 415) in the same body shape.
pub fn http_error(http: StatusCode, code: Code, message: String, request_id: &str) -> Response {
    let body = json!({
        "error": {
            "code": http.as_u16(),
            "status": code_name(code),
            "message": message,
            "details": [],
            "request_id": request_id,
        }
    });
    (http, Json(body)).into_response()
}

/// Decodes `grpc-status-details-bin` (a `google.rpc.Status`) into JSON details, each with its
/// `@type`; detail types missing from the descriptor pool are skipped.
fn decode_details(bytes: &[u8]) -> Vec<Value> {
    if bytes.is_empty() {
        return Vec::new();
    }
    let Ok(status) = crate::proto::google::rpc::Status::decode(bytes) else {
        return Vec::new();
    };
    status
        .details
        .iter()
        .filter_map(|any| {
            let type_name = any.type_url.rsplit('/').next()?;
            let descriptor = DESCRIPTOR_POOL.get_message_by_name(type_name)?;
            let message = DynamicMessage::decode(descriptor, any.value.as_slice()).ok()?;
            let mut value = render(&message);
            let object = value.as_object_mut()?;
            let mut with_type = serde_json::Map::new();
            with_type.insert("@type".to_owned(), Value::String(any.type_url.clone()));
            with_type.extend(std::mem::take(object));
            Some(Value::Object(with_type))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_map_to_http_statuses() {
        assert_eq!(
            http_status(Code::InvalidArgument, None),
            StatusCode::BAD_REQUEST
        );
        assert_eq!(
            http_status(Code::InvalidArgument, Some("IDEMPOTENCY_KEY_REUSED")),
            StatusCode::UNPROCESSABLE_ENTITY
        );
        assert_eq!(http_status(Code::Aborted, None), StatusCode::CONFLICT);
        assert_eq!(http_status(Code::Cancelled, None).as_u16(), 499);
        assert_eq!(
            http_status(Code::DeadlineExceeded, None),
            StatusCode::GATEWAY_TIMEOUT
        );
        assert_eq!(
            http_status(Code::Unknown, None),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }
}
