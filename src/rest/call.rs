//! Calls a unary gRPC method of the in-process tonic router: the REST surface goes through the
//! same layers (authentication, rate limits, idempotency) and services as gRPC clients do.

use axum::{Router, body::Body};
use bytes::{Buf, BufMut, Bytes, BytesMut};
use http::{HeaderMap, Request};
use http_body_util::BodyExt as _;
use prost::Message as _;
use prost_reflect::{DynamicMessage, MessageDescriptor};
use tower::ServiceExt as _;

/// The headers of a REST request that travel to the gRPC call as metadata.
const FORWARDED_HEADERS: &[&str] = &["authorization", "x-request-id", "idempotency-key"];

/// The outcome of a gRPC call that did not succeed.
#[derive(Debug)]
pub struct CallError {
    pub status: tonic::Status,
}

/// The successful outcome of a call: the response message and the response metadata.
pub struct CallResponse {
    pub message: DynamicMessage,
    pub metadata: HeaderMap,
}

/// Sends `request` to `grpc_path` on `router` and decodes the reply as `output`.
pub async fn unary(
    router: &Router,
    grpc_path: &str,
    request: &DynamicMessage,
    output: &MessageDescriptor,
    headers: &HeaderMap,
) -> Result<CallResponse, CallError> {
    let http_request = build_request(grpc_path, request, headers);
    let response = router
        .clone()
        .oneshot(http_request)
        .await
        .expect("the router is infallible");
    let (parts, body) = response.into_parts();

    if let Some(status) = status_from(&parts.headers) {
        return Err(CallError { status });
    }
    let collected = body.collect().await.map_err(|error| CallError {
        status: tonic::Status::internal(format!("reading the gRPC response failed: {error}")),
    })?;
    let trailers = collected.trailers().cloned().unwrap_or_default();
    let data = collected.to_bytes();
    match status_from(&trailers) {
        Some(status) => return Err(CallError { status }),
        None if trailers.is_empty() => {
            return Err(CallError {
                status: tonic::Status::internal("the gRPC response ended without a status"),
            });
        }
        None => {}
    }

    let message = decode_frame(data, output)?;
    Ok(CallResponse {
        message,
        metadata: parts.headers,
    })
}

fn build_request(grpc_path: &str, message: &DynamicMessage, headers: &HeaderMap) -> Request<Body> {
    let encoded = message.encode_to_vec();
    let mut framed = BytesMut::with_capacity(encoded.len() + 5);
    framed.put_u8(0);
    framed.put_u32(encoded.len() as u32);
    framed.put_slice(&encoded);

    let mut request = Request::builder()
        .method(http::Method::POST)
        .uri(grpc_path)
        .version(http::Version::HTTP_2)
        .header(http::header::CONTENT_TYPE, "application/grpc")
        .header("te", "trailers")
        .body(Body::from(framed.freeze()))
        .expect("a valid gRPC request");
    for name in FORWARDED_HEADERS {
        if let Some(value) = headers.get(*name) {
            request.headers_mut().insert(*name, value.clone());
        }
    }
    request
}

/// A non-OK status carried in `headers` (trailers-only responses) or in the trailers.
fn status_from(headers: &HeaderMap) -> Option<tonic::Status> {
    let code = headers
        .get("grpc-status")?
        .to_str()
        .ok()?
        .parse::<i32>()
        .ok()?;
    if code == 0 {
        return None;
    }
    Some(
        tonic::Status::from_header_map(headers)
            .unwrap_or_else(|| tonic::Status::new(tonic::Code::from_i32(code), "")),
    )
}

fn decode_frame(mut data: Bytes, output: &MessageDescriptor) -> Result<DynamicMessage, CallError> {
    let malformed = |reason: &str| CallError {
        status: tonic::Status::internal(format!("malformed gRPC response: {reason}")),
    };
    if data.len() < 5 {
        return Err(malformed("shorter than a frame header"));
    }
    if data.get_u8() != 0 {
        return Err(malformed("compressed frames are not expected in process"));
    }
    let length = data.get_u32() as usize;
    if data.len() < length {
        return Err(malformed("truncated frame"));
    }
    DynamicMessage::decode(output.clone(), data.split_to(length))
        .map_err(|error| malformed(&error.to_string()))
}
