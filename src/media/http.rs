//! The plain HTTP routes of recording media, beside the REST transcoder (binary bodies are not
//! JSON):
//!
//! - `PUT /v1/recordings/{recording_id}/media` streams the body into the object store
//!   (`recordings:write`);
//! - `GET /v1/recordings/{recording_id}/media` streams it back, honouring `Range`
//!   (`recordings:read`);
//! - `GET /v1/media/{signed_token}` does the same for a signed URL, without a token.
//!
//! They authenticate with the same tokens and scopes as the RPCs, count against the tenant's
//! rate limit, and respond to errors with the REST error body.

use std::{
    pin::Pin,
    sync::{Arc, Mutex},
    task::{Context, Poll},
    time::Duration,
};

use axum::body::BodyDataStream;
use axum::{
    Router,
    body::Body,
    extract::{Path, Request, State, rejection::PathRejection},
    response::{IntoResponse, Response},
    routing::get,
};
use bytes::Bytes;
use futures::{Stream, StreamExt as _};
use http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use tonic::Code;

use super::{
    Media, MediaError, StoredMedia,
    range::{self, Selection},
};
use crate::{
    auth::{AuthState, scopes::Requirement},
    caller::Caller,
    object_store::ByteStream,
    ratelimit::{RateLimits, Verdict},
    rest::error::{http_error, status_response},
    rpc::{recordings::to_proto, require_id},
    server::middleware::RequestId,
};

/// How much of a rejected upload's body is read and dropped before responding, so the client
/// sees the response instead of a reset connection. A larger remainder closes the connection.
const DRAIN_LIMIT_BYTES: u64 = 16 * 1024 * 1024;

/// How long draining a rejected upload may take.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(5);

/// The state shared by the media routes.
#[derive(Clone)]
pub struct MediaRoutes {
    pub media: Arc<Media>,
    pub auth: Arc<AuthState>,
    pub limits: Arc<RateLimits>,
}

impl MediaRoutes {
    /// Builds the router of the three media routes.
    pub fn into_router(self) -> Router {
        Router::new()
            .route(
                "/v1/recordings/{recording_id}/media",
                get(download).put(upload).fallback(method_not_allowed),
            )
            .route(
                "/v1/media/{signed_token}",
                get(signed_download).fallback(method_not_allowed),
            )
            .with_state(self)
    }

    /// Authenticates the request for `scope` and counts it against the tenant's limit.
    async fn admit(
        &self,
        headers: &HeaderMap,
        scope: &str,
        request_id: &str,
    ) -> Result<(Caller, Verdict), Response> {
        let requirement = Requirement::Scope(scope.to_owned());
        let caller = self
            .auth
            .authorize(headers, &requirement)
            .await
            .map_err(|error| status_response(&tonic::Status::from(error), request_id))?;
        let verdict = self.count(&caller, request_id).await?;
        Ok((caller, verdict))
    }

    async fn count(&self, caller: &Caller, request_id: &str) -> Result<Verdict, Response> {
        let verdict = self
            .limits
            .check(caller)
            .await
            .map_err(|error| status_response(&error.into(), request_id))?;
        if let Some(status) = verdict.refusal() {
            let mut response = status_response(&status, request_id);
            verdict.set_headers(response.headers_mut());
            return Err(response);
        }
        Ok(verdict)
    }
}

fn request_id(request: &Request) -> String {
    request
        .extensions()
        .get::<RequestId>()
        .map(|id| id.0.clone())
        .unwrap_or_default()
}

/// `PUT /v1/recordings/{recording_id}/media`: the body is the media, its `Content-Type` an
/// `audio/*` or `video/*` type. Responds with the recording.
async fn upload(
    State(routes): State<MediaRoutes>,
    recording_id: Result<Path<String>, PathRejection>,
    request: Request,
) -> Response {
    let request_id = request_id(&request);
    let (parts, body) = request.into_parts();
    let body = SharedBody::new(body);

    let (caller, verdict) = match routes
        .admit(&parts.headers, "recordings:write", &request_id)
        .await
    {
        Ok(admitted) => admitted,
        Err(response) => return body.drain(response).await,
    };
    let mut response = match checked_upload(&routes, &caller, recording_id, &parts.headers) {
        Err(error) => body.drain(media_error(error, &request_id)).await,
        Ok((tenant_id, recording_id, content_type)) => {
            match routes
                .media
                .upload(&tenant_id, &recording_id, &content_type, body.stream())
                .await
            {
                Ok(row) => axum::Json(crate::proto::json::render_message(
                    &to_proto(&row),
                    "globemeet.v1.Recording",
                ))
                .into_response(),
                Err(error) => body.drain(media_error(error, &request_id)).await,
            }
        }
    };
    verdict.set_headers(response.headers_mut());
    response
}

/// Checks what can be checked before reading the body: the id, the content type, and a declared
/// length over the limit. Returns the tenant, the recording id and the content type.
fn checked_upload(
    routes: &MediaRoutes,
    caller: &Caller,
    recording_id: Result<Path<String>, PathRejection>,
    headers: &HeaderMap,
) -> Result<(String, String, String), MediaError> {
    let tenant_id = caller.tenant_id.clone().unwrap_or_default();
    let recording_id = path_id(recording_id)?;
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
        .unwrap_or_default();
    super::check_content_type(&content_type)?;
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<u64>().ok());
    if declared.is_some_and(|length| length > routes.media.max_bytes()) {
        return Err(MediaError::TooLarge {
            limit: routes.media.max_bytes(),
        });
    }
    Ok((tenant_id, recording_id, content_type))
}

fn path_id(recording_id: Result<Path<String>, PathRejection>) -> Result<String, MediaError> {
    let recording_id = recording_id.map(|Path(id)| id).map_err(|rejection| {
        crate::error::ApiError::invalid("recording_id", rejection.body_text())
    })?;
    require_id(&recording_id, "recording_id")?;
    Ok(recording_id)
}

/// `GET /v1/recordings/{recording_id}/media`: the media of an available recording, whole or
/// one byte range.
async fn download(
    State(routes): State<MediaRoutes>,
    recording_id: Result<Path<String>, PathRejection>,
    request: Request,
) -> Response {
    let request_id = request_id(&request);
    let (caller, verdict) = match routes
        .admit(request.headers(), "recordings:read", &request_id)
        .await
    {
        Ok(admitted) => admitted,
        Err(response) => return response,
    };
    let tenant_id = caller.tenant_id.clone().unwrap_or_default();
    let media = match path_id(recording_id) {
        Ok(recording_id) => routes.media.readable(&tenant_id, &recording_id).await,
        Err(error) => Err(error),
    };
    let mut response = match media {
        Ok(media) => serve(&routes.media, &media, request.headers(), &request_id).await,
        Err(error) => media_error(error, &request_id),
    };
    verdict.set_headers(response.headers_mut());
    response
}

/// `GET /v1/media/{signed_token}`: the same as the download route, authorized by the token.
async fn signed_download(
    State(routes): State<MediaRoutes>,
    Path(token): Path<String>,
    request: Request,
) -> Response {
    let request_id = request_id(&request);
    let grant = match routes.media.check_token(&token) {
        Ok(grant) => grant,
        Err(error) => return media_error(error, &request_id),
    };
    // The URL's tenant pays for its use; the holder of a URL is no client of it.
    let holder = Caller {
        client_id: String::new(),
        tenant_id: Some(grant.tenant_id.clone()),
        scopes: Vec::new(),
    };
    let verdict = match routes.count(&holder, &request_id).await {
        Ok(verdict) => verdict,
        Err(response) => return response,
    };
    let mut response = match routes
        .media
        .readable(&grant.tenant_id, &grant.recording_id)
        .await
    {
        Ok(media) => serve(&routes.media, &media, request.headers(), &request_id).await,
        Err(error) => {
            tracing::info!(recording_id = %grant.recording_id, error = %error, "media URL of unreadable media");
            http_error(
                StatusCode::NOT_FOUND,
                Code::NotFound,
                "the media of this URL no longer exists".to_owned(),
                &request_id,
            )
        }
    };
    verdict.set_headers(response.headers_mut());
    response
}

/// Responds to a GET of media: 200 with everything, 206 with the requested range, or 416.
async fn serve(
    media_store: &Media,
    media: &StoredMedia,
    headers: &HeaderMap,
    request_id: &str,
) -> Response {
    let etag = media.etag();
    let selection = range::select(headers, media.size, &etag);
    let (status, bytes) = match selection {
        Selection::Full => (StatusCode::OK, 0..media.size),
        Selection::Partial(bytes) => (StatusCode::PARTIAL_CONTENT, bytes),
        Selection::Unsatisfiable => {
            let mut response = http_error(
                StatusCode::RANGE_NOT_SATISFIABLE,
                Code::OutOfRange,
                format!(
                    "the requested range lies outside the media's {} bytes",
                    media.size
                ),
                request_id,
            );
            insert(
                response.headers_mut(),
                header::CONTENT_RANGE,
                &range::unsatisfied_range(media.size),
            );
            insert(response.headers_mut(), header::ACCEPT_RANGES, "bytes");
            return response;
        }
    };
    let stream = match media_store.read(media, bytes.clone()).await {
        Ok(stream) => stream,
        Err(error) => return media_error(error, request_id),
    };

    let mut response = Response::new(Body::from_stream(stream));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    insert(headers, header::CONTENT_TYPE, &media.content_type);
    insert(
        headers,
        header::CONTENT_LENGTH,
        &(bytes.end - bytes.start).to_string(),
    );
    insert(headers, header::ACCEPT_RANGES, "bytes");
    insert(headers, header::ETAG, &etag);
    insert(headers, header::CACHE_CONTROL, "private");
    insert(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    if status == StatusCode::PARTIAL_CONTENT {
        insert(
            headers,
            header::CONTENT_RANGE,
            &range::content_range(&bytes, media.size),
        );
    }
    response
}

fn insert(headers: &mut HeaderMap, name: header::HeaderName, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        headers.insert(name, value);
    }
}

/// Renders a media error: 415 and 413 for a rejected upload, else the status of the error in
/// the REST error body.
fn media_error(error: MediaError, request_id: &str) -> Response {
    match &error {
        MediaError::UnsupportedType(_) => http_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Code::InvalidArgument,
            error.to_string(),
            request_id,
        ),
        MediaError::TooLarge { .. } => http_error(
            StatusCode::PAYLOAD_TOO_LARGE,
            Code::InvalidArgument,
            error.to_string(),
            request_id,
        ),
        _ => status_response(&error.into_status(), request_id),
    }
}

/// A request body that the upload reads as a stream and that stays reachable afterwards, so
/// what is left of a rejected upload can be drained.
#[derive(Clone)]
struct SharedBody(Arc<Mutex<BodyDataStream>>);

impl SharedBody {
    fn new(body: Body) -> Self {
        Self(Arc::new(Mutex::new(body.into_data_stream())))
    }

    /// The body's bytes, for the object store.
    fn stream(&self) -> ByteStream {
        self.clone().boxed()
    }

    /// Reads and drops what is left of the body, up to a bound, then returns `response`. An
    /// HTTP/1.1 client still sending a rejected upload would otherwise see its connection reset
    /// before it reads the response. Past the bound the connection is closed after the response.
    async fn drain(self, mut response: Response) -> Response {
        let mut remaining = DRAIN_LIMIT_BYTES;
        let mut stream = self;
        let drained = tokio::time::timeout(DRAIN_TIMEOUT, async {
            while let Some(Ok(chunk)) = stream.next().await {
                match remaining.checked_sub(chunk.len() as u64) {
                    Some(left) => remaining = left,
                    None => return false,
                }
            }
            true
        })
        .await
        .unwrap_or(false);
        if !drained {
            response
                .headers_mut()
                .insert(header::CONNECTION, HeaderValue::from_static("close"));
        }
        response
    }
}

impl Stream for SharedBody {
    type Item = std::io::Result<Bytes>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let mut stream = self.0.lock().expect("not poisoned");
        stream
            .poll_next_unpin(cx)
            .map(|chunk| chunk.map(|chunk| chunk.map_err(std::io::Error::other)))
    }
}

/// Responds to a method the media routes do not serve with 405 and `Allow`.
async fn method_not_allowed(request: Request) -> Response {
    let request_id = request_id(&request);
    let allow = if request.uri().path().starts_with("/v1/media/") {
        "GET, HEAD"
    } else {
        "GET, HEAD, PUT"
    };
    let method: &Method = request.method();
    let mut response = http_error(
        StatusCode::METHOD_NOT_ALLOWED,
        Code::Unimplemented,
        format!(
            "{method} is not allowed on {}; use {allow}",
            request.uri().path()
        ),
        &request_id,
    );
    insert(response.headers_mut(), header::ALLOW, allow);
    response
}
