//! The OpenAPI 3.1 document of the REST surface and the Postman collection made from it.
//!
//! The generator reads the descriptor pool, the scope table and the table of plain routes
//! ([`plain`]), never a particular service: every RPC with a `google.api.http` rule becomes an
//! operation, described the way the transcoder serves it.
//!
//! One convention comes from the protos rather than the code: an RPC that may answer
//! `202 Accepted` says `202` in its comment, and its operation lists 202 beside its usual
//! success status.

pub mod comments;
pub mod examples;
pub mod operations;
pub mod plain;
pub mod postman;
pub mod responses;
pub mod schema;
#[cfg(test)]
mod tests;

use std::{collections::BTreeMap, sync::Arc};

use axum::{
    Router,
    http::{HeaderValue, header},
    response::IntoResponse,
    routing::get,
};
use prost_reflect::DescriptorPool;
use serde_json::{Map, Value, json};

use crate::{
    auth::scopes::{PLATFORM_ADMIN, ScopeTable, tenant_scopes},
    proto::DESCRIPTOR_POOL,
};
use comments::Comments;
use schema::{Form, Schemas};

/// The OpenAPI version the document follows.
const OPENAPI_VERSION: &str = "3.1.0";

/// The server the document names: the default listen address.
const DEFAULT_SERVER: &str = "http://127.0.0.1:8080";

const DESCRIPTION: &str = "\
The REST surface of the GlobeMeet contact-center platform. Every operation here is also a gRPC \
method of the same name; both are derived from the same protobuf definitions.

- **Authentication**: OAuth 2.0 client credentials. Exchange a client id and secret at \
`POST /v1/oauth/token` for a bearer token; each operation names the scope it needs.
- **JSON**: field names as in the protos (snake_case; lowerCamelCase is accepted on input), \
enum values as short lowercase names, 64-bit integers as strings, timestamps in RFC 3339 UTC. \
Responses carry every field; a field that can be unset is `null` then. Unknown fields, \
duplicate keys and values of the wrong type are rejected with 400 naming the field.
- **Methods**: a create answers 201 with `Location`, a delete 204, accepted asynchronous work \
202, everything else 200. PATCH changes only the fields present in the body. An update or \
delete that sends a stale `etag` fails with 409.
- **Lists** take `page_size` (0 means 50, at most 1000), `page_token`, `filter` (AIP-160) and \
`order_by`, and return `next_page_token`, empty on the last page.
- **Idempotency**: every POST but the token request takes an optional `Idempotency-Key`; a \
repeat with the same key and request replays the first response for 24 hours.
- **Rate limits** apply per tenant (600 requests a minute by default) and show in the \
`RateLimit-*` headers; a 429 carries `Retry-After`.
- **Errors** have one shape: `{\"error\": {\"code\", \"status\", \"message\", \"details\", \
\"request_id\"}}`.";

/// The two documents, as JSON.
pub struct Documents {
    pub openapi: Value,
    pub postman: Value,
}

/// Builds the documents of this server from the embedded descriptors, their scope table and
/// the plain routes.
pub fn documents() -> anyhow::Result<Documents> {
    let scopes = ScopeTable::from_pool(&DESCRIPTOR_POOL).map_err(anyhow::Error::msg)?;
    generate(&DESCRIPTOR_POOL, &scopes, &plain::routes(), &plain::tags())
}

/// Builds the OpenAPI document and the Postman collection.
pub fn generate(
    pool: &DescriptorPool,
    scopes: &ScopeTable,
    plain_routes: &[plain::Route],
    plain_tags: &[plain::Tag],
) -> anyhow::Result<Documents> {
    let comments = Comments::new(pool);
    let mut schemas = Schemas::new(&comments);
    let rpcs = operations::collect(pool, scopes)?;

    let mut paths: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    let mut order = Vec::new();
    let mut used_scopes: Vec<String> = tenant_scopes();
    used_scopes.push(PLATFORM_ADMIN.to_owned());

    for rpc in &rpcs {
        let operation = operations::operation(rpc, &rpcs, &mut schemas, &comments);
        add_operation(&mut paths, &rpc.path, &rpc.http_method, operation)?;
        order.push((rpc.path.clone(), rpc.http_method.clone()));
        if let crate::auth::scopes::Requirement::Scope(scope) = &rpc.requirement {
            used_scopes.push(scope.clone());
        }
    }
    for route in plain_routes {
        let operation = plain_operation(route, pool, &mut schemas);
        add_operation(&mut paths, route.path, route.method, operation)?;
        order.push((route.path.to_owned(), route.method.to_owned()));
        if let plain::Auth::Scope(scope) = route.auth {
            used_scopes.push(scope.to_owned());
        }
    }

    let mut tags: Vec<Value> = pool
        .services()
        .filter(|service| service.package_name() == schema::API_PACKAGE)
        .filter(|service| rpcs.iter().any(|rpc| rpc.service == *service))
        .map(|service| {
            json!({
                "name": service.name(),
                "description": comments.of(&service.parent_file(), service.path()),
            })
        })
        .collect();
    tags.extend(
        plain_tags
            .iter()
            .filter(|tag| plain_routes.iter().any(|route| route.tag == tag.name))
            .map(|tag| json!({ "name": tag.name, "description": tag.description })),
    );

    let mut components_schemas = responses::error_schemas(pool, &mut schemas);
    components_schemas.extend(schemas.finish());
    let components_schemas: BTreeMap<String, Value> = components_schemas.into_iter().collect();

    used_scopes.sort();
    used_scopes.dedup();
    let scope_descriptions: Map<String, Value> = used_scopes
        .iter()
        .map(|scope| (scope.clone(), json!(scope_description(scope))))
        .collect();

    let openapi = json!({
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": "GlobeMeet API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": DESCRIPTION,
            "license": { "name": "Apache-2.0", "identifier": "Apache-2.0" },
        },
        "servers": [{
            "url": DEFAULT_SERVER,
            "description": "A server on the default listen address.",
        }],
        "tags": tags,
        "paths": paths,
        "components": {
            "schemas": components_schemas,
            "responses": responses::error_responses(),
            "parameters": {
                "IdempotencyKey": {
                    "name": "Idempotency-Key",
                    "in": "header",
                    "required": false,
                    "description": "Makes the POST idempotent: a repeat with the same key and request within 24 hours replays the first response (marked `Idempotent-Replayed: true`); the same key with another request is 422.",
                    "schema": {
                        "type": "string",
                        "minLength": 1,
                        "maxLength": 255,
                        "pattern": "^[!-~]+$",
                    },
                },
            },
            "securitySchemes": {
                "OAuth2": {
                    "type": "oauth2",
                    "description": "OAuth 2.0 client credentials; send the token as `Authorization: Bearer <token>`. A GET needs `{collection}:read`, any other method `{collection}:write`; `/v1/tenants` needs `platform:admin`.",
                    "flows": {
                        "clientCredentials": {
                            "tokenUrl": "/v1/oauth/token",
                            "scopes": scope_descriptions,
                        },
                    },
                },
                "ClientBasic": {
                    "type": "http",
                    "scheme": "basic",
                    "description": "The client id and secret, at the token endpoint only.",
                },
            },
        },
    });
    let postman = postman::collection(&openapi, &order);
    Ok(Documents { openapi, postman })
}

fn add_operation(
    paths: &mut BTreeMap<String, Map<String, Value>>,
    path: &str,
    method: &str,
    operation: Value,
) -> anyhow::Result<()> {
    let item = paths.entry(path.to_owned()).or_default();
    if item.insert(method.to_owned(), operation).is_some() {
        anyhow::bail!(
            "two operations are bound to {} {path}",
            method.to_ascii_uppercase()
        );
    }
    Ok(())
}

fn scope_description(scope: &str) -> String {
    if scope == PLATFORM_ADMIN {
        return "Manage tenants, their licenses and their clients.".to_owned();
    }
    match scope.split_once(':') {
        Some((collection, "read")) => format!("Read {collection}."),
        Some((collection, "write")) => format!("Create, change and delete {collection}."),
        _ => scope.to_owned(),
    }
}

/// Builds the OpenAPI operation of a plain route.
fn plain_operation(route: &plain::Route, pool: &DescriptorPool, schemas: &mut Schemas) -> Value {
    let mut operation = json!({
        "operationId": route.operation_id,
        "tags": [route.tag],
        "summary": route.summary,
    });
    if !route.description.is_empty() {
        operation["description"] = json!(route.description);
    }
    if !route.parameters.is_empty() {
        operation["parameters"] = json!(route.parameters);
    }
    if !route.request.is_empty() {
        operation["requestBody"] = json!({
            "required": true,
            "content": content(&route.request, pool, schemas),
        });
    }
    let mut responses = Map::new();
    for (status, response) in &route.responses {
        let value = match response {
            plain::Response::Error(status) => responses::error_ref(*status),
            plain::Response::Own {
                description,
                content: bodies,
                headers,
            } => {
                let mut all_headers = vec![("X-Request-Id", responses::request_id_header())];
                all_headers.extend(headers.iter().map(|(name, header)| (*name, header.clone())));
                let mut value = json!({
                    "description": description,
                    "headers": responses::header_map(all_headers),
                });
                if !bodies.is_empty() {
                    value["content"] = content(bodies, pool, schemas);
                }
                value
            }
        };
        responses.insert(status.to_string(), value);
    }
    operation["responses"] = Value::Object(responses);
    operation["security"] = match route.auth {
        plain::Auth::Open => json!([]),
        plain::Auth::Scope(scope) => json!([{ "OAuth2": [scope] }]),
        plain::Auth::Client => json!([{ "ClientBasic": [] }, {}]),
    };
    operation
}

fn content(bodies: &[plain::Content], pool: &DescriptorPool, schemas: &mut Schemas) -> Value {
    let mut content = Map::new();
    for body in bodies {
        let (media_type, object) = match body {
            plain::Content::Json(schema) => ("application/json", json!({ "schema": schema })),
            plain::Content::Message(name) => {
                let schema = pool
                    .get_message_by_name(name)
                    .map(|message| schemas.message_ref(&message, Form::Whole))
                    .unwrap_or_else(|| json!({ "type": "object" }));
                ("application/json", json!({ "schema": schema }))
            }
            plain::Content::Binary(media_type) => (*media_type, json!({})),
            plain::Content::Text(media_type) => {
                (*media_type, json!({ "schema": { "type": "string" } }))
            }
            plain::Content::Form(schema) => (
                "application/x-www-form-urlencoded",
                json!({ "schema": schema }),
            ),
        };
        content.insert(media_type.to_owned(), object);
    }
    Value::Object(content)
}

/// Formats a document as the server serves it and the repository keeps it: pretty JSON with a
/// final newline.
/// Returns the singular of an English plural field name: `deliveries` gives `delivery`,
/// `queues` gives `queue`. A name without a final `s` comes back unchanged.
pub fn singular(name: &str) -> String {
    if let Some(stem) = name.strip_suffix("ies") {
        return format!("{stem}y");
    }
    name.strip_suffix('s').unwrap_or(name).to_owned()
}

pub fn to_text(document: &Value) -> String {
    let mut text = serde_json::to_string_pretty(document).expect("JSON serializes");
    text.push('\n');
    text
}

/// Serves `GET /v1/openapi.json` and `GET /v1/postman.json`, open without a token.
pub fn router(documents: &Documents) -> Router {
    let openapi: Arc<str> = to_text(&documents.openapi).into();
    let postman: Arc<str> = to_text(&documents.postman).into();
    Router::new()
        .route("/v1/openapi.json", get(move || serve(openapi.clone())))
        .route("/v1/postman.json", get(move || serve(postman.clone())))
}

async fn serve(text: Arc<str>) -> impl IntoResponse {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        text.to_string(),
    )
}
