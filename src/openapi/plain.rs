//! The routes that are not RPCs: the OAuth token endpoint and key set, recording media, the
//! documents and the operations routes. The generator describes each from this table.

use serde_json::{Value, json};

/// The credentials a plain route needs from the caller.
pub enum Auth {
    /// Nothing.
    Open,
    /// A tenant access token with this scope.
    Scope(&'static str),
    /// OAuth client authentication: HTTP Basic, or the credentials in the body.
    Client,
}

/// A request or response body.
pub enum Content {
    /// JSON of this schema.
    Json(Value),
    /// JSON of a message of the descriptor pool, named in full; a plain object when the pool
    /// lacks it.
    Message(&'static str),
    /// Bytes of this media type.
    Binary(&'static str),
    /// Text of this media type.
    Text(&'static str),
    /// A form and the schema of its fields.
    Form(Value),
}

/// One response of a plain route.
pub enum Response {
    /// The shared error response of this status.
    Error(u16),
    /// A response of its own.
    Own {
        description: &'static str,
        content: Vec<Content>,
        headers: Vec<(&'static str, Value)>,
    },
}

/// A plain route and its OpenAPI description.
pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    pub operation_id: &'static str,
    pub tag: &'static str,
    pub summary: &'static str,
    pub description: &'static str,
    pub auth: Auth,
    pub parameters: Vec<Value>,
    pub request: Vec<Content>,
    pub responses: Vec<(u16, Response)>,
}

/// A tag of plain routes.
pub struct Tag {
    pub name: &'static str,
    pub description: &'static str,
}

pub fn tags() -> Vec<Tag> {
    vec![
        Tag {
            name: "OAuth",
            description: "OAuth 2.0 client credentials (RFC 6749 §4.4): access tokens and the keys that verify them.",
        },
        Tag {
            name: "Media",
            description: "Recording media: upload, download with HTTP ranges, and signed download links.",
        },
        Tag {
            name: "Documents",
            description: "This OpenAPI document and the Postman collection made from it.",
        },
        Tag {
            name: "Operations",
            description: "Liveness, readiness and Prometheus metrics for operators.",
        },
    ]
}

/// Lists every route of the server that is not an RPC.
pub fn routes() -> Vec<Route> {
    vec![
        token(),
        Route {
            method: "get",
            path: "/v1/oauth/jwks",
            operation_id: "GetJwks",
            tag: "OAuth",
            summary: "Returns the public keys that verify access tokens.",
            description: "A JSON Web Key Set (RFC 7517) of Ed25519 keys. Tokens name their key in the `kid` header; keys of older tokens stay listed until those tokens expire.",
            auth: Auth::Open,
            parameters: vec![],
            request: vec![],
            responses: vec![
                (
                    200,
                    Response::Own {
                        description: "The key set.",
                        content: vec![Content::Json(jwks_schema())],
                        headers: vec![("Cache-Control", text_header("`public, max-age=300`."))],
                    },
                ),
                (
                    503,
                    oauth_error("The keys could not be loaded; retry later."),
                ),
            ],
        },
        Route {
            method: "put",
            path: "/v1/recordings/{recording_id}/media",
            operation_id: "UploadRecordingMedia",
            tag: "Media",
            summary: "Uploads the media of a recording.",
            description: "The body is the media itself, streamed to storage: `audio/*` or `video/*` (else 415), up to `GLOBEMEET_MAX_MEDIA_BYTES` (2 GiB by default; else 413). A rejected upload keeps nothing. Media is uploaded once, while the recording is `in_progress` or `processing`; a `processing` recording becomes `available`.",
            auth: Auth::Scope("recordings:write"),
            parameters: vec![recording_id()],
            request: vec![Content::Binary("audio/*"), Content::Binary("video/*")],
            responses: vec![
                (
                    200,
                    Response::Own {
                        description: "The recording with its media stored.",
                        content: vec![Content::Message("globemeet.v1.Recording")],
                        headers: vec![],
                    },
                ),
                (400, Response::Error(400)),
                (401, Response::Error(401)),
                (403, Response::Error(403)),
                (404, Response::Error(404)),
                (409, Response::Error(409)),
                (413, Response::Error(413)),
                (415, Response::Error(415)),
                (429, Response::Error(429)),
                (500, Response::Error(500)),
                (503, Response::Error(503)),
            ],
        },
        Route {
            method: "get",
            path: "/v1/recordings/{recording_id}/media",
            operation_id: "DownloadRecordingMedia",
            tag: "Media",
            summary: "Downloads the media of a recording.",
            description: "The media of an `available` recording (else 400 `FAILED_PRECONDITION`). One HTTP range (`Range: bytes=…`) is answered with 206; several ranges, or a `Range` whose `If-Range` differs from the `ETag`, get the whole media.",
            auth: Auth::Scope("recordings:read"),
            parameters: vec![recording_id(), range()],
            request: vec![],
            responses: media_responses(vec![
                (400, Response::Error(400)),
                (401, Response::Error(401)),
                (403, Response::Error(403)),
            ]),
        },
        Route {
            method: "get",
            path: "/v1/media/{signed_token}",
            operation_id: "DownloadSignedMedia",
            tag: "Media",
            summary: "Downloads recording media through a signed link.",
            description: "The link comes from `GET /v1/recordings/{recording_id}:mediaUrl` and works without a token until it expires.",
            auth: Auth::Open,
            parameters: vec![
                json!({
                    "name": "signed_token",
                    "in": "path",
                    "required": true,
                    "schema": { "type": "string", "minLength": 1 },
                    "description": "The signed part of the link.",
                }),
                range(),
            ],
            request: vec![],
            responses: media_responses(vec![(403, Response::Error(403))]),
        },
        document(
            "/v1/openapi.json",
            "GetOpenApi",
            "Returns this OpenAPI 3.1 document.",
        ),
        document(
            "/v1/postman.json",
            "GetPostmanCollection",
            "Returns the Postman collection (v2.1) made from this document.",
        ),
        Route {
            method: "get",
            path: "/healthz",
            operation_id: "GetHealth",
            tag: "Operations",
            summary: "Answers while the process is up.",
            description: "",
            auth: Auth::Open,
            parameters: vec![],
            request: vec![],
            responses: vec![(
                200,
                Response::Own {
                    description: "The process is up.",
                    content: vec![Content::Json(status_schema(&["ok"], &[]))],
                    headers: vec![],
                },
            )],
        },
        Route {
            method: "get",
            path: "/readyz",
            operation_id: "GetReadiness",
            tag: "Operations",
            summary: "Answers whether the database is reachable.",
            description: "Ready when the database runs a query within two seconds.",
            auth: Auth::Open,
            parameters: vec![],
            request: vec![],
            responses: vec![
                (
                    200,
                    Response::Own {
                        description: "Ready to serve.",
                        content: vec![Content::Json(status_schema(&["ready"], &["database"]))],
                        headers: vec![],
                    },
                ),
                (
                    503,
                    Response::Own {
                        description: "The database is unreachable.",
                        content: vec![Content::Json(status_schema(
                            &["unavailable"],
                            &["database", "reason"],
                        ))],
                        headers: vec![],
                    },
                ),
            ],
        },
        Route {
            method: "get",
            path: "/metrics",
            operation_id: "GetMetrics",
            tag: "Operations",
            summary: "Returns Prometheus metrics.",
            description: "Text exposition format 0.0.4: requests by method and status, latency histograms, database pool use and the webhook outbox backlog.",
            auth: Auth::Open,
            parameters: vec![],
            request: vec![],
            responses: vec![(
                200,
                Response::Own {
                    description: "The metrics.",
                    content: vec![Content::Text("text/plain")],
                    headers: vec![],
                },
            )],
        },
    ]
}

fn token() -> Route {
    let form = json!({
        "type": "object",
        "required": ["grant_type"],
        "properties": {
            "grant_type": {
                "type": "string",
                "enum": ["client_credentials"],
                "description": "Always `client_credentials`.",
            },
            "client_id": {
                "type": "string",
                "description": "The client id, unless sent with HTTP Basic.",
            },
            "client_secret": {
                "type": "string",
                "description": "The client secret, unless sent with HTTP Basic.",
            },
            "scope": {
                "type": "string",
                "description": "Space-separated scopes to grant, each held by the client; every scope the client holds when absent.",
            },
        },
    });
    let token = json!({
        "type": "object",
        "required": ["access_token", "token_type", "expires_in", "scope"],
        "properties": {
            "access_token": { "type": "string", "description": "A JWT signed with EdDSA." },
            "token_type": { "type": "string", "enum": ["Bearer"] },
            "expires_in": { "type": "integer", "description": "Seconds until the token expires." },
            "scope": { "type": "string", "description": "The granted scopes, space-separated." },
        },
    });
    Route {
        method: "post",
        path: "/v1/oauth/token",
        operation_id: "CreateToken",
        tag: "OAuth",
        summary: "Issues an access token for client credentials.",
        description: "RFC 6749 §4.4. The client authenticates with HTTP Basic or with `client_id` and `client_secret` in the body, never both and never in the query string. The body is a form (`application/x-www-form-urlencoded`) or the same fields as a JSON object. Errors use the RFC's `{\"error\": …}` shape. No `Idempotency-Key`.",
        auth: Auth::Client,
        parameters: vec![],
        request: vec![Content::Form(form.clone()), Content::Json(form)],
        responses: vec![
            (
                200,
                Response::Own {
                    description: "The access token.",
                    content: vec![Content::Json(token)],
                    headers: vec![("Cache-Control", text_header("`no-store`."))],
                },
            ),
            (
                400,
                oauth_error(
                    "The request is malformed, or the grant type or a scope is not allowed.",
                ),
            ),
            (
                401,
                Response::Own {
                    description: "The client credentials are wrong, or the client is disabled (`invalid_client`). With HTTP Basic, `WWW-Authenticate` carries a Basic challenge.",
                    content: vec![Content::Json(oauth_error_schema())],
                    headers: vec![(
                        "WWW-Authenticate",
                        text_header("A Basic challenge, when the client used HTTP Basic."),
                    )],
                },
            ),
            (
                429,
                Response::Own {
                    description: "Too many token requests for this client id (`temporarily_unavailable`).",
                    content: vec![Content::Json(oauth_error_schema())],
                    headers: vec![("Retry-After", super::responses::retry_after_header(true))],
                },
            ),
            (
                500,
                oauth_error("The token could not be issued (`server_error`)."),
            ),
            (
                503,
                oauth_error(
                    "The database did not answer; retry later (`temporarily_unavailable`).",
                ),
            ),
        ],
    }
}

fn oauth_error(description: &'static str) -> Response {
    Response::Own {
        description,
        content: vec![Content::Json(oauth_error_schema())],
        headers: vec![],
    }
}

fn oauth_error_schema() -> Value {
    json!({
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "string",
                "enum": [
                    "invalid_request",
                    "invalid_client",
                    "invalid_grant",
                    "unauthorized_client",
                    "unsupported_grant_type",
                    "invalid_scope",
                    "temporarily_unavailable",
                    "server_error",
                ],
            },
            "error_description": { "type": "string" },
        },
    })
}

fn jwks_schema() -> Value {
    json!({
        "type": "object",
        "required": ["keys"],
        "properties": {
            "keys": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["kty", "crv", "x", "kid", "alg", "use"],
                    "properties": {
                        "kty": { "type": "string", "enum": ["OKP"] },
                        "crv": { "type": "string", "enum": ["Ed25519"] },
                        "x": { "type": "string", "description": "The public key, base64url." },
                        "kid": { "type": "string" },
                        "alg": { "type": "string", "enum": ["EdDSA"] },
                        "use": { "type": "string", "enum": ["sig"] },
                    },
                },
            },
        },
    })
}

fn status_schema(statuses: &[&str], extra: &[&str]) -> Value {
    let mut properties = serde_json::Map::new();
    properties.insert(
        "status".to_owned(),
        json!({ "type": "string", "enum": statuses }),
    );
    for name in extra {
        properties.insert((*name).to_owned(), json!({ "type": "string" }));
    }
    let mut required = vec!["status"];
    required.extend(extra);
    json!({ "type": "object", "required": required, "properties": properties })
}

fn document(path: &'static str, operation_id: &'static str, summary: &'static str) -> Route {
    Route {
        method: "get",
        path,
        operation_id,
        tag: "Documents",
        summary,
        description: "Generated from the protos at start-up; needs no token.",
        auth: Auth::Open,
        parameters: vec![],
        request: vec![],
        responses: vec![(
            200,
            Response::Own {
                description: "The document.",
                content: vec![Content::Json(json!({ "type": "object" }))],
                headers: vec![],
            },
        )],
    }
}

fn recording_id() -> Value {
    json!({
        "name": "recording_id",
        "in": "path",
        "required": true,
        "schema": { "type": "string", "minLength": 1 },
        "description": "The recording id.",
    })
}

fn range() -> Value {
    json!({
        "name": "Range",
        "in": "header",
        "required": false,
        "schema": { "type": "string" },
        "description": "One byte range, such as `bytes=0-1023`.",
    })
}

/// Lists the responses of a media download, with `extra` for the statuses of its access kind.
fn media_responses(extra: Vec<(u16, Response)>) -> Vec<(u16, Response)> {
    let mut responses = vec![
        (
            200,
            Response::Own {
                description: "The whole media.",
                content: vec![Content::Binary("audio/*"), Content::Binary("video/*")],
                headers: vec![("Accept-Ranges", text_header("`bytes`."))],
            },
        ),
        (
            206,
            Response::Own {
                description: "The requested range of the media.",
                content: vec![Content::Binary("audio/*"), Content::Binary("video/*")],
                headers: vec![(
                    "Content-Range",
                    text_header("The range sent and the full size, such as `bytes 0-1023/4096`."),
                )],
            },
        ),
        (404, Response::Error(404)),
        (
            416,
            Response::Own {
                description: "The range lies outside the media (`OUT_OF_RANGE`).",
                content: vec![Content::Json(
                    json!({ "$ref": "#/components/schemas/Error" }),
                )],
                headers: vec![(
                    "Content-Range",
                    text_header("The full size, such as `bytes */4096`."),
                )],
            },
        ),
        (429, Response::Error(429)),
        (500, Response::Error(500)),
        (503, Response::Error(503)),
    ];
    responses.extend(extra);
    responses.sort_by_key(|(status, _)| *status);
    responses
}

fn text_header(description: &str) -> Value {
    super::responses::header(description, json!({ "type": "string" }), false)
}
