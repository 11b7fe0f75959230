//! `POST /v1/oauth/token` (RFC 6749 §4.4, client credentials) and `GET /v1/oauth/jwks`.
//!
//! The client authenticates with HTTP Basic or with `client_id` and `client_secret` in the
//! body, never both and never in the query string. Bodies may be form-encoded (the RFC's
//! format) or JSON. Errors use the RFC's `{"error": …, "error_description": …}` shape.

use std::{collections::HashMap, sync::Arc};

use axum::{
    Json,
    body::Bytes,
    extract::State,
    http::{HeaderMap, HeaderValue, StatusCode, Uri, header},
    response::{IntoResponse, Response},
};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use serde_json::{Value, json};

use super::{AuthState, scopes::PLATFORM_ADMIN, secrets};
use crate::db;

/// The largest token request body read.
pub const MAX_TOKEN_BODY_BYTES: usize = 16 * 1024;

/// The realm named in `WWW-Authenticate` challenges.
const REALM: &str = "globemeet";

/// An RFC 6749 §5.2 error response.
#[derive(Debug)]
pub struct OAuthError {
    status: StatusCode,
    code: &'static str,
    description: String,
    /// Set when the client used HTTP Basic, which makes a 401 carry a challenge.
    basic_challenge: bool,
    retry_after_seconds: Option<u64>,
}

impl OAuthError {
    fn new(status: StatusCode, code: &'static str, description: impl Into<String>) -> Self {
        Self {
            status,
            code,
            description: description.into(),
            basic_challenge: false,
            retry_after_seconds: None,
        }
    }

    fn invalid_request(description: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid_request", description)
    }

    fn invalid_client(basic: bool) -> Self {
        Self {
            basic_challenge: basic,
            ..Self::new(
                StatusCode::UNAUTHORIZED,
                "invalid_client",
                "client authentication failed",
            )
        }
    }
}

impl IntoResponse for OAuthError {
    fn into_response(self) -> Response {
        let body = json!({ "error": self.code, "error_description": self.description });
        let mut response = (self.status, Json(body)).into_response();
        let headers = response.headers_mut();
        no_store(headers);
        if self.basic_challenge && self.status == StatusCode::UNAUTHORIZED {
            let challenge = format!("Basic realm=\"{REALM}\", charset=\"UTF-8\"");
            headers.insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_str(&challenge).expect("ASCII"),
            );
        }
        if let Some(seconds) = self.retry_after_seconds {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

fn no_store(headers: &mut HeaderMap) {
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
}

/// The client's credentials and where they came from.
struct Credentials {
    client_id: String,
    client_secret: String,
    basic: bool,
}

/// `POST /v1/oauth/token`.
pub async fn token(
    State(auth): State<Arc<AuthState>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    match issue_token(&auth, &uri, &headers, &body).await {
        Ok(response) => response,
        Err(error) => {
            tracing::info!(
                error = error.code,
                status = error.status.as_u16(),
                "token request rejected"
            );
            error.into_response()
        }
    }
}

async fn issue_token(
    auth: &AuthState,
    uri: &Uri,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<Response, OAuthError> {
    reject_query_credentials(uri)?;
    let params = parse_body(headers, body)?;
    let credentials = credentials(headers, &params)?;

    match params.get("grant_type").map(String::as_str) {
        None | Some("") => {
            return Err(OAuthError::invalid_request(
                "grant_type is required; use client_credentials",
            ));
        }
        Some("client_credentials") => {}
        Some(other) => {
            return Err(OAuthError::new(
                StatusCode::BAD_REQUEST,
                "unsupported_grant_type",
                format!("grant_type {other:?} is not supported; use client_credentials"),
            ));
        }
    }

    check_rate_limit(auth, &credentials.client_id)?;
    let client = authenticate_client(auth, &credentials).await?;

    let allowed: Vec<String> = client
        .scopes
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    let granted = granted_scopes(params.get("scope").map(String::as_str), &allowed)?;
    let issued = auth
        .tokens
        .issue(&client.id, client.tenant_id.as_deref(), &granted)
        .await
        .map_err(|error| {
            tracing::error!(error = %error, client_id = %client.id, "signing a token failed");
            OAuthError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "server_error",
                "the token could not be issued",
            )
        })?;

    tracing::info!(client_id = %client.id, tenant_id = client.tenant_id.as_deref(), "access token issued");
    let body = json!({
        "access_token": issued.access_token,
        "token_type": "Bearer",
        "expires_in": issued.expires_in,
        "scope": granted.join(" "),
    });
    let mut response = (StatusCode::OK, Json(body)).into_response();
    no_store(response.headers_mut());
    Ok(response)
}

fn reject_query_credentials(uri: &Uri) -> Result<(), OAuthError> {
    let Some(query) = uri.query() else {
        return Ok(());
    };
    let sensitive = url::form_urlencoded::parse(query.as_bytes())
        .any(|(name, _)| name == "client_secret" || name == "client_id");
    if sensitive {
        return Err(OAuthError::invalid_request(
            "credentials are not accepted in the query string; send them with HTTP Basic or in the body",
        ));
    }
    Ok(())
}

/// Reads a form-encoded or JSON body into parameters; a parameter given twice is rejected.
fn parse_body(headers: &HeaderMap, body: &[u8]) -> Result<HashMap<String, String>, OAuthError> {
    if body.len() > MAX_TOKEN_BODY_BYTES {
        return Err(OAuthError::invalid_request(format!(
            "the body exceeds {MAX_TOKEN_BODY_BYTES} bytes"
        )));
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .map(|value| {
            value
                .split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        })
        .unwrap_or_default();

    let pairs: Vec<(String, String)> = match content_type.as_str() {
        "application/x-www-form-urlencoded" => {
            url::form_urlencoded::parse(body).into_owned().collect()
        }
        "application/json" => json_pairs(body)?,
        "" if body.is_empty() => Vec::new(),
        other => {
            return Err(OAuthError::invalid_request(format!(
                "content type {other:?} is not supported; use application/x-www-form-urlencoded or application/json"
            )));
        }
    };

    let mut params = HashMap::new();
    for (name, value) in pairs {
        if params.insert(name.clone(), value).is_some() {
            return Err(OAuthError::invalid_request(format!(
                "parameter {name} is given more than once"
            )));
        }
    }
    Ok(params)
}

fn json_pairs(body: &[u8]) -> Result<Vec<(String, String)>, OAuthError> {
    let value: Value = serde_json::from_slice(body).map_err(|error| {
        OAuthError::invalid_request(format!("the body is not valid JSON: {error}"))
    })?;
    let Value::Object(object) = value else {
        return Err(OAuthError::invalid_request(
            "the JSON body must be an object",
        ));
    };
    object
        .into_iter()
        .map(|(name, value)| match value {
            Value::String(text) => Ok((name, text)),
            _ => Err(OAuthError::invalid_request(format!(
                "parameter {name} must be a string"
            ))),
        })
        .collect()
}

/// Takes the credentials from HTTP Basic or from the body, rejecting both at once.
fn credentials(
    headers: &HeaderMap,
    params: &HashMap<String, String>,
) -> Result<Credentials, OAuthError> {
    let basic = basic_credentials(headers)?;
    let in_body = params.contains_key("client_secret");
    match basic {
        Some(_) if in_body => Err(OAuthError::invalid_request(
            "use one client authentication method: HTTP Basic or client_secret in the body, not both",
        )),
        Some((client_id, client_secret)) => {
            if params
                .get("client_id")
                .is_some_and(|body_id| body_id != &client_id)
            {
                return Err(OAuthError::invalid_request(
                    "client_id in the body differs from the HTTP Basic user",
                ));
            }
            Ok(Credentials {
                client_id,
                client_secret,
                basic: true,
            })
        }
        None => {
            let client_id = params.get("client_id").cloned().unwrap_or_default();
            let client_secret = params.get("client_secret").cloned().unwrap_or_default();
            if client_id.is_empty() || client_secret.is_empty() {
                return Err(OAuthError::invalid_client(false).with_description(
                    "send client_id and client_secret with HTTP Basic or in the body",
                ));
            }
            Ok(Credentials {
                client_id,
                client_secret,
                basic: false,
            })
        }
    }
}

/// Parses `Authorization: Basic`, whose user and password are form-encoded (RFC 6749 §2.3.1).
fn basic_credentials(headers: &HeaderMap) -> Result<Option<(String, String)>, OAuthError> {
    let Some(value) = headers.get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let malformed = || {
        OAuthError::invalid_client(true)
            .with_description("the HTTP Basic credentials are malformed")
    };
    let value = value.to_str().map_err(|_| malformed())?;
    let Some((scheme, encoded)) = value.split_once(' ') else {
        return Err(malformed());
    };
    if !scheme.eq_ignore_ascii_case("basic") {
        return Err(OAuthError::invalid_client(true).with_description(
            "the token endpoint accepts only the HTTP Basic authentication scheme",
        ));
    }
    let decoded = STANDARD.decode(encoded.trim()).map_err(|_| malformed())?;
    let decoded = String::from_utf8(decoded).map_err(|_| malformed())?;
    let (user, password) = decoded.split_once(':').ok_or_else(malformed)?;
    Ok(Some((form_decode(user), form_decode(password))))
}

fn form_decode(value: &str) -> String {
    url::form_urlencoded::parse(format!("v={value}").as_bytes())
        .next()
        .map(|(_, decoded)| decoded.into_owned())
        .unwrap_or_default()
}

fn check_rate_limit(auth: &AuthState, client_id: &str) -> Result<(), OAuthError> {
    match auth.token_limiter.check(client_id) {
        Ok(()) => Ok(()),
        Err(wait) => {
            let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
            Err(OAuthError {
                retry_after_seconds: Some(seconds.max(1)),
                ..OAuthError::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "temporarily_unavailable",
                    format!(
                        "too many token requests for this client; retry after {} s",
                        seconds.max(1)
                    ),
                )
            })
        }
    }
}

/// Verifies the secret. Unknown clients, wrong secrets and disabled clients get the same answer.
async fn authenticate_client(
    auth: &AuthState,
    credentials: &Credentials,
) -> Result<db::models::ClientRow, OAuthError> {
    let found = db::clients::find_any(&auth.db, &credentials.client_id)
        .await
        .map_err(|error| {
            tracing::warn!(error = %error, "client lookup failed");
            OAuthError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "temporarily_unavailable",
                "retry after a short delay",
            )
        })?;

    let hashes: Vec<&str> = found
        .as_ref()
        .map(|found| {
            found
                .secrets
                .iter()
                .map(|secret| secret.secret_hash.as_str())
                .collect()
        })
        .unwrap_or_default();
    let secret_matches = secrets::matches_any(&credentials.client_secret, hashes);

    match found {
        Some(found) if secret_matches && !found.client.disabled => Ok(found.client),
        _ => Err(OAuthError::invalid_client(credentials.basic)),
    }
}

/// The scopes to grant: the requested ones when the client holds each, else all it holds.
fn granted_scopes(requested: Option<&str>, allowed: &[String]) -> Result<Vec<String>, OAuthError> {
    let Some(requested) = requested.filter(|value| !value.trim().is_empty()) else {
        return Ok(allowed.to_vec());
    };
    let mut granted = Vec::new();
    for scope in requested.split_whitespace() {
        if !allowed.iter().any(|held| held == scope) {
            let hint = if scope == PLATFORM_ADMIN {
                "; it belongs to platform administration clients"
            } else {
                ""
            };
            return Err(OAuthError::new(
                StatusCode::BAD_REQUEST,
                "invalid_scope",
                format!("scope {scope:?} is not granted to this client{hint}"),
            ));
        }
        if !granted.iter().any(|kept: &String| kept == scope) {
            granted.push(scope.to_owned());
        }
    }
    Ok(granted)
}

impl OAuthError {
    fn with_description(mut self, description: &str) -> Self {
        self.description = description.to_owned();
        self
    }
}

/// `GET /v1/oauth/jwks`: the public keys that verify access tokens.
pub async fn jwks(State(auth): State<Arc<AuthState>>) -> Response {
    match auth.tokens.keys().jwks().await {
        Ok(keys) => {
            let mut response = Json(keys).into_response();
            response.headers_mut().insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=300"),
            );
            response
        }
        Err(error) => {
            tracing::warn!(error = %error, "loading signing keys failed");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(json!({ "error": "temporarily_unavailable" })),
            )
                .into_response()
        }
    }
}
