//! Idempotent POSTs: a layer over the gRPC services, so REST (through the transcoder) and gRPC
//! share it. A POST method called with an `idempotency-key` header (REST) or metadata (gRPC)
//! runs once per tenant, client and key for 24 hours; repeats of the same request replay the
//! stored response marked `idempotent-replayed: true`.
//!
//! Stored: the final response of every request that executed, successes and client errors
//! raised while executing. Not stored: invalid input (INVALID_ARGUMENT), requests rejected by
//! earlier layers (authentication, rate limits) and server errors, so a corrected retry runs.

use std::{collections::HashSet, sync::Arc, time::Duration};

use axum::{
    body::Body,
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use bytes::Bytes;
use http::{HeaderMap, HeaderValue};
use http_body::Frame;
use http_body_util::{BodyExt as _, Limited, StreamBody};
use sha2::{Digest, Sha256};
use tonic::Code;

use crate::{
    caller::Caller,
    db::{
        self, Db,
        idempotency::{Claim, KeyId, StoredResponse},
    },
    error::ApiError,
    http_rule,
    proto::DESCRIPTOR_POOL,
};

/// The request header and gRPC metadata key that carry the key.
pub const KEY_HEADER: &str = "idempotency-key";

/// The response header and metadata key that mark a replayed response.
pub const REPLAYED_HEADER: &str = "idempotent-replayed";

/// How long a key and its response are kept.
const KEY_TTL: Duration = Duration::from_secs(24 * 60 * 60);

/// How long a request may hold its key before a retry may take it over, as after a crash.
const LEASE: Duration = Duration::from_secs(60);

/// The longest key accepted.
const MAX_KEY_LEN: usize = 255;

/// The largest request read for hashing; tonic's own default message limit is 4 MiB.
const MAX_REQUEST_BYTES: usize = 4 * 1024 * 1024 + 5;

/// The layer's state: the database and the gRPC paths of the POST methods.
pub struct Idempotency {
    db: Db,
    post_methods: HashSet<String>,
}

impl Idempotency {
    /// Collects the methods whose http rule is a POST.
    pub fn new(db: Db) -> Arc<Self> {
        let post_methods = DESCRIPTOR_POOL
            .services()
            .filter(|service| service.package_name() == "globemeet.v1")
            .flat_map(|service| {
                let service_name = service.full_name().to_owned();
                service
                    .methods()
                    .filter(|method| {
                        http_rule::of(method).is_some_and(|rule| rule.method == "POST")
                    })
                    .map(move |method| format!("/{service_name}/{}", method.name()))
                    .collect::<Vec<_>>()
            })
            .collect();
        Arc::new(Self { db, post_methods })
    }
}

/// The idempotency layer.
pub async fn layer(
    State(state): State<Arc<Idempotency>>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    if !state.post_methods.contains(&path) {
        return next.run(request).await;
    }
    let Some(raw_key) = request.headers().get(KEY_HEADER).cloned() else {
        return next.run(request).await;
    };
    let Some(caller) = request.extensions().get::<Caller>().cloned() else {
        return next.run(request).await;
    };
    let key = match check_key(&raw_key) {
        Ok(key) => key,
        Err(error) => return status_response(error.into()),
    };

    let (parts, body) = request.into_parts();
    let Ok(collected) = Limited::new(body, MAX_REQUEST_BYTES).collect().await else {
        return status_response(tonic::Status::resource_exhausted(
            "the request message is too large",
        ));
    };
    let body = collected.to_bytes();
    let id = KeyId {
        tenant_id: caller.tenant_id.unwrap_or_default(),
        client_id: caller.client_id,
        key,
    };
    let request_hash = hash_request(&path, &body);

    let now = db::time::now();
    let claim = db::idempotency::claim(
        &state.db,
        &id,
        &request_hash,
        now,
        now + LEASE,
        now + KEY_TTL,
    )
    .await;
    match claim {
        Err(error) => status_response(ApiError::from(error).into()),
        Ok(Claim::Running) => status_response(
            ApiError::Aborted {
                reason: "IDEMPOTENCY_KEY_IN_USE",
                message: "a request with this Idempotency-Key is still running; retry after it finishes"
                    .to_owned(),
            }
            .into(),
        ),
        Ok(Claim::Mismatch) => status_response(
            ApiError::InvalidArgumentReason {
                reason: "IDEMPOTENCY_KEY_REUSED",
                field: "Idempotency-Key".to_owned(),
                message: "this Idempotency-Key was used with a different request; use a new key for a new request"
                    .to_owned(),
            }
            .into(),
        ),
        Ok(Claim::Done(row)) => replay(&row),
        Ok(Claim::Claimed) => {
            let request = Request::from_parts(parts, Body::from(body));
            execute(&state, &id, next, request).await
        }
    }
}

fn check_key(value: &HeaderValue) -> Result<String, ApiError> {
    let key = value.to_str().unwrap_or_default();
    let valid = !key.is_empty()
        && key.len() <= MAX_KEY_LEN
        && key.bytes().all(|byte| byte.is_ascii_graphic());
    if !valid {
        return Err(ApiError::invalid(
            "Idempotency-Key",
            format!("must be 1 to {MAX_KEY_LEN} visible ASCII characters, such as a UUID"),
        ));
    }
    Ok(key.to_owned())
}

fn hash_request(path: &str, body: &[u8]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(path.as_bytes());
    hasher.update([0]);
    hasher.update(body);
    hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Runs the request that claimed the key, then stores its response or frees the key.
async fn execute(state: &Idempotency, id: &KeyId, next: Next, request: Request) -> Response {
    let response = next.run(request).await;
    let (parts, body) = response.into_parts();

    let (data, trailers) = if parts.headers.contains_key("grpc-status") {
        (Bytes::new(), None)
    } else {
        match body.collect().await {
            Ok(collected) => {
                let trailers = collected.trailers().cloned();
                (collected.to_bytes(), trailers)
            }
            Err(error) => {
                tracing::warn!(error = %error, "reading a response to store it failed");
                release(state, id).await;
                return status_response(tonic::Status::internal("the response could not be read"));
            }
        }
    };

    let status_source = trailers.as_ref().unwrap_or(&parts.headers);
    let status = tonic::Status::from_header_map(status_source);
    let code = status.as_ref().map_or(Code::Ok, tonic::Status::code);
    if is_stored(code) {
        let stored = match &status {
            Some(status) if code != Code::Ok => StoredResponse {
                code: code as i32,
                message: status.message().to_owned(),
                body: STANDARD.encode(status.details()),
            },
            _ => StoredResponse {
                code: 0,
                message: String::new(),
                body: STANDARD.encode(&data),
            },
        };
        if let Err(error) = db::idempotency::complete(&state.db, id, &stored).await {
            tracing::warn!(error = %error, "storing an idempotent response failed; the key stays claimed until its lease ends");
        }
    } else {
        release(state, id).await;
    }

    let body = match trailers {
        Some(trailers) => frames(data, trailers),
        None => Body::from(data),
    };
    Response::from_parts(parts, body)
}

async fn release(state: &Idempotency, id: &KeyId) {
    if let Err(error) = db::idempotency::release(&state.db, id).await {
        tracing::warn!(error = %error, "freeing an idempotency key failed; it frees itself when its lease ends");
    }
}

/// Whether a response with this code is stored for replay.
fn is_stored(code: Code) -> bool {
    matches!(
        code,
        Code::Ok
            | Code::NotFound
            | Code::AlreadyExists
            | Code::FailedPrecondition
            | Code::Aborted
            | Code::OutOfRange
            | Code::PermissionDenied
    )
}

/// Rebuilds the stored response, marked as replayed.
fn replay(row: &db::models::IdempotencyKeyRow) -> Response {
    let body = STANDARD
        .decode(row.response_body.as_deref().unwrap_or_default())
        .unwrap_or_default();
    let code = Code::from_i32(row.response_code.unwrap_or(0));
    let mut response = if code == Code::Ok {
        let mut trailers = HeaderMap::new();
        trailers.insert("grpc-status", HeaderValue::from_static("0"));
        let mut response = Response::new(frames(Bytes::from(body), trailers));
        response.headers_mut().insert(
            http::header::CONTENT_TYPE,
            HeaderValue::from_static("application/grpc"),
        );
        response
    } else {
        let message = row.response_message.clone().unwrap_or_default();
        tonic::Status::with_details(code, message, Bytes::from(body))
            .into_http::<Body>()
            .into_response()
    };
    response
        .headers_mut()
        .insert(REPLAYED_HEADER, HeaderValue::from_static("true"));
    response
}

/// A body of one data frame followed by trailers, as a unary gRPC response.
fn frames(data: Bytes, trailers: HeaderMap) -> Body {
    let frames = vec![
        Ok::<_, std::convert::Infallible>(Frame::data(data)),
        Ok(Frame::trailers(trailers)),
    ];
    Body::new(StreamBody::new(futures::stream::iter(frames)))
}

fn status_response(status: tonic::Status) -> Response {
    status.into_http::<Body>().into_response()
}
