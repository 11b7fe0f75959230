//! The outermost layer: request ids, one log line and the metrics of every request.

use std::time::Instant;

use axum::{
    extract::{MatchedPath, Request, State},
    http::{HeaderValue, header},
    middleware::Next,
    response::Response,
};

use super::AppState;
use crate::{error::code_name, proto::DESCRIPTOR_POOL, rest::RouteTemplate};

/// The header that carries the request id both ways, and the gRPC metadata key of the same name.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// The longest request id taken from a client; longer ones are replaced.
const MAX_REQUEST_ID_LEN: usize = 128;

/// The request id of the current request, in the request extensions.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// Assigns the request id, runs the request, then logs and counts it.
pub async fn observe(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let request_id =
        client_request_id(&request).unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    let header_value = HeaderValue::from_str(&request_id).expect("request ids are visible ASCII");
    request
        .headers_mut()
        .insert(REQUEST_ID_HEADER, header_value.clone());
    request
        .extensions_mut()
        .insert(RequestId(request_id.clone()));

    let is_grpc = is_grpc(&request);
    let route = route_label(&request, is_grpc);
    let method = request.method().clone();

    let mut response = next.run(request).await;
    response
        .headers_mut()
        .insert(REQUEST_ID_HEADER, header_value);
    let route = match response.extensions().get::<RouteTemplate>() {
        Some(template) => format!("{method} {}", template.0),
        None => route,
    };

    let status = if is_grpc {
        grpc_status(&response)
    } else {
        response.status().as_str().to_owned()
    };
    let elapsed = started.elapsed();
    state
        .metrics
        .observe_request(&route, &status, elapsed.as_secs_f64());
    tracing::info!(
        request_id,
        method = %method,
        route,
        status,
        duration_ms = elapsed.as_micros() as f64 / 1000.0,
        "request finished"
    );
    response
}

/// The client's `X-Request-Id` when it is 1 to 128 visible ASCII characters.
fn client_request_id(request: &Request) -> Option<String> {
    let value = request.headers().get(REQUEST_ID_HEADER)?.to_str().ok()?;
    let valid = !value.is_empty()
        && value.len() <= MAX_REQUEST_ID_LEN
        && value.bytes().all(|byte| byte.is_ascii_graphic());
    valid.then(|| value.to_owned())
}

fn is_grpc(request: &Request) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/grpc"))
}

/// The metrics and log label of a request: the gRPC method path for a method the server
/// defines, else the matched route template, so labels stay a bounded set.
fn route_label(request: &Request, is_grpc: bool) -> String {
    let matched = request
        .extensions()
        .get::<MatchedPath>()
        .map(|path| path.as_str().to_owned());
    if is_grpc && is_known_grpc_method(request.uri().path()) {
        return request.uri().path().to_owned();
    }
    matched.unwrap_or_else(|| "unmatched".to_owned())
}

/// Whether `/package.Service/Method` names a method of the embedded descriptors or of the
/// health and reflection services.
fn is_known_grpc_method(path: &str) -> bool {
    let Some((service, method)) = path.trim_start_matches('/').split_once('/') else {
        return false;
    };
    if service.starts_with("grpc.health.") || service.starts_with("grpc.reflection.") {
        return true;
    }
    DESCRIPTOR_POOL
        .get_service_by_name(service)
        .is_some_and(|service| service.methods().any(|m| m.name() == method))
}

/// The gRPC status of a response whose status travels in the headers (every error response
/// from tonic). NOTE: a successful response carries its status in the trailers, which this
/// layer does not read, so it is counted as `OK`.
fn grpc_status(response: &Response) -> String {
    let code = response
        .headers()
        .get("grpc-status")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<i32>().ok())
        .unwrap_or(0);
    code_name(tonic::Code::from_i32(code)).to_owned()
}
