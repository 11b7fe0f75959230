//! The JSON REST surface under `/v1`: a generic transcoder built at start-up from every
//! method's `google.api.http` rule. A request becomes the method's request message (path
//! variables, query parameters and body), goes through the in-process gRPC router, and the
//! reply or the status comes back as JSON. No code here knows a particular service.

pub mod call;
pub mod error;
pub mod template;

use std::sync::Arc;

use axum::{
    Router,
    body::Body,
    extract::{Request, State},
    response::{IntoResponse, Response},
    routing::any,
};
use http::{HeaderValue, Method, StatusCode, header};
use http_body_util::{BodyExt as _, Limited};
use prost_reflect::{
    DescriptorPool, DynamicMessage, FieldDescriptor, Kind, MessageDescriptor, MethodDescriptor,
};
use serde_json::{Map, Value};
use tonic::Code;

use crate::{error::Violation, http_rule, proto::json, server::middleware::RequestId};
use template::PathTemplate;

/// The route template of a transcoded request, left in the response extensions so the
/// request log and metrics label it by template rather than by concrete path.
#[derive(Debug, Clone)]
pub struct RouteTemplate(pub String);

/// One REST route: an RPC and its http rule.
struct Route {
    http_method: Method,
    template: PathTemplate,
    /// `*`, a request field name, or empty.
    body: String,
    method: MethodDescriptor,
    grpc_path: String,
    /// A POST to a collection (no custom verb): answered 201 with `Location`.
    creates: bool,
    /// The response field whose value ends the `Location` path of a create.
    location_field: Option<String>,
    /// Whether a reply may get 202 Accepted (see [`ACCEPT_TIME_FIELD`]).
    accepts: bool,
}

/// Accepted asynchronous work. A method other than GET whose response message has a
/// `google.protobuf.Timestamp` field of this name gets 202 Accepted when the reply sets it,
/// because the server accepted work that goes on after the response. A reply without it, such
/// as a dry run that started nothing, gets 200.
const ACCEPT_TIME_FIELD: &str = "accept_time";

/// The routes and what a request needs to reach the services.
pub struct Transcoder {
    routes: Vec<Route>,
    grpc: Router,
    max_body_bytes: usize,
}

impl Transcoder {
    /// Builds a route for every method of the `globemeet.v1` services that has an http rule.
    pub fn new(pool: &DescriptorPool, grpc: Router, max_body_bytes: usize) -> anyhow::Result<Self> {
        let mut routes = Vec::new();
        for service in pool
            .services()
            .filter(|service| service.package_name() == "globemeet.v1")
        {
            for method in service.methods() {
                let Some(rule) = http_rule::of(&method) else {
                    continue;
                };
                let template = PathTemplate::parse(&rule.path)?;
                let http_method = Method::from_bytes(rule.method.as_bytes())?;
                let creates = http_method == Method::POST && template.verb().is_none();
                let accepts = http_method != Method::GET
                    && method
                        .output()
                        .get_field_by_name(ACCEPT_TIME_FIELD)
                        .is_some_and(|field| {
                            matches!(field.kind(), Kind::Message(message)
                                if message.full_name() == "google.protobuf.Timestamp")
                        });
                routes.push(Route {
                    grpc_path: format!("/{}/{}", service.full_name(), method.name()),
                    http_method,
                    template,
                    body: rule.body,
                    method,
                    creates,
                    location_field: None,
                    accepts,
                });
            }
        }
        resolve_location_fields(&mut routes);
        Ok(Self {
            routes,
            grpc,
            max_body_bytes,
        })
    }

    /// The axum router of the REST surface: every path under `/v1` not served by a plain route.
    pub fn into_router(self) -> Router {
        Router::new()
            .route("/v1/{*path}", any(handle))
            .with_state(Arc::new(self))
    }
}

/// Finds, for each create route, the field that names the new resource: the variable of the
/// route one segment below it (`/v1/queues/{queue_id}/agents/{agent_id}` gives `agent_id`)
/// when the response has that field, else `id`.
fn resolve_location_fields(routes: &mut [Route]) {
    let templates: Vec<(String, Vec<String>)> = routes
        .iter()
        .map(|route| {
            (
                route.template.as_str().to_owned(),
                route.template.field_paths().map(str::to_owned).collect(),
            )
        })
        .collect();
    for route in routes.iter_mut().filter(|route| route.creates) {
        let output = route.method.output();
        let prefix = format!("{}/{{", route.template.as_str());
        let child_variable = templates
            .iter()
            .filter(|(template, _)| {
                template.starts_with(&prefix) && !template[prefix.len()..].contains('/')
            })
            .filter_map(|(_, variables)| variables.last().cloned())
            .find(|variable| output.get_field_by_name(variable).is_some());
        route.location_field =
            child_variable.or_else(|| output.get_field_by_name("id").map(|_| "id".to_owned()));
    }
}

async fn handle(State(transcoder): State<Arc<Transcoder>>, request: Request) -> Response {
    let request_id = request
        .extensions()
        .get::<RequestId>()
        .map(|id| id.0.clone())
        .unwrap_or_default();
    let path = request.uri().path().to_owned();

    let mut allowed = Vec::new();
    let mut matched = None;
    for route in &transcoder.routes {
        if let Some(bindings) = route.template.matches(&path) {
            if route.http_method == request.method() {
                matched = Some((route, bindings));
                break;
            }
            allowed.push(route.http_method.as_str());
        }
    }

    let Some((route, bindings)) = matched else {
        return unmatched(request.method(), &path, allowed, &request_id);
    };
    let mut response = transcode(&transcoder, route, bindings, request, &request_id).await;
    response
        .extensions_mut()
        .insert(RouteTemplate(route.template.as_str().to_owned()));
    response
}

fn unmatched(method: &Method, path: &str, allowed: Vec<&str>, request_id: &str) -> Response {
    if allowed.is_empty() {
        return error::http_error(
            StatusCode::NOT_FOUND,
            Code::NotFound,
            format!("no route for {method} {path}"),
            request_id,
        );
    }
    let mut response = error::http_error(
        StatusCode::METHOD_NOT_ALLOWED,
        Code::Unimplemented,
        format!(
            "{method} is not allowed on {path}; use {}",
            allowed.join(", ")
        ),
        request_id,
    );
    let allow = HeaderValue::from_str(&allowed.join(", ")).expect("method names are ASCII");
    response.headers_mut().insert(header::ALLOW, allow);
    response
}

async fn transcode(
    transcoder: &Transcoder,
    route: &Route,
    bindings: Vec<(String, String)>,
    request: Request,
    request_id: &str,
) -> Response {
    let (parts, body) = request.into_parts();
    let input = route.method.input();

    let body_json = match read_body(transcoder, route, &parts.headers, body, request_id).await {
        Ok(json) => json,
        Err(response) => return response,
    };
    let message = match build_message(route, &input, bindings, parts.uri.query(), body_json) {
        Ok(message) => message,
        Err(violations) => return error::invalid_argument(violations, request_id),
    };

    let output = route.method.output();
    match call::unary(
        &transcoder.grpc,
        &route.grpc_path,
        &message,
        &output,
        &parts.headers,
    )
    .await
    {
        Ok(reply) => success(route, &parts.uri, reply),
        Err(failure) => {
            let mut response = error::status_response(&failure.status, request_id);
            copy_server_headers(
                &failure.status.metadata().clone().into_headers(),
                response.headers_mut(),
            );
            response
        }
    }
}

/// Reads and parses the JSON body of a route that takes one. Returns `None` for an empty body.
async fn read_body(
    transcoder: &Transcoder,
    route: &Route,
    headers: &http::HeaderMap,
    body: Body,
    request_id: &str,
) -> Result<Option<Value>, Response> {
    if route.body.is_empty() {
        return Ok(None);
    }
    let too_large = || {
        error::http_error(
            StatusCode::PAYLOAD_TOO_LARGE,
            Code::InvalidArgument,
            format!("the body exceeds {} bytes", transcoder.max_body_bytes),
            request_id,
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<usize>().ok());
    if declared.is_some_and(|length| length > transcoder.max_body_bytes) {
        return Err(too_large());
    }
    let bytes = match Limited::new(body, transcoder.max_body_bytes)
        .collect()
        .await
    {
        Ok(collected) => collected.to_bytes(),
        Err(_) => return Err(too_large()),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
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
    if content_type != "application/json" {
        return Err(error::http_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Code::InvalidArgument,
            format!(
                "the body must be JSON with Content-Type: application/json, not {content_type:?}"
            ),
            request_id,
        ));
    }
    match json::parse_strict(&bytes) {
        Ok(value) => Ok(Some(value)),
        Err(reason) => Err(error::invalid_argument(
            vec![violation("body", format!("is not valid JSON: {reason}"))],
            request_id,
        )),
    }
}

fn violation(field: impl Into<String>, description: impl Into<String>) -> Violation {
    Violation {
        field: field.into(),
        description: description.into(),
        reason: "INVALID_FIELD",
    }
}

/// Assembles the request message from the body, the path variables and the query string.
fn build_message(
    route: &Route,
    input: &MessageDescriptor,
    bindings: Vec<(String, String)>,
    query: Option<&str>,
    body: Option<Value>,
) -> Result<DynamicMessage, Vec<Violation>> {
    let mut request = Map::new();
    let bound: Vec<String> = bindings.iter().map(|(field, _)| field.clone()).collect();

    match (route.body.as_str(), body) {
        ("", _) => {}
        ("*", Some(Value::Object(object))) => request = object,
        ("*", Some(_)) => return Err(vec![violation("body", "must be a JSON object")]),
        ("*", None) => {
            let missing = required_fields(input, "", &bound);
            if !missing.is_empty() {
                return Err(missing);
            }
        }
        (field, Some(value)) => {
            if route.http_method == Method::PATCH
                && input.get_field_by_name("update_mask").is_some()
                && let Some(Kind::Message(resource)) =
                    input.get_field_by_name(field).map(|f| f.kind())
            {
                let mut normalized = value.clone();
                json::normalize(&mut normalized, &resource, field)
                    .map_err(|error| vec![violation(error.field, error.description)])?;
                // The mask comes from the body as sent, so a field sent as `null` is
                // cleared rather than left out. An empty mask would mean "every field" to
                // the service, so a body that names no field is refused.
                let paths: Vec<String> = json::mask_paths(&value, &resource)
                    .iter()
                    .map(|path| lower_camel_path(path))
                    .collect();
                if paths.is_empty() {
                    return Err(vec![violation(
                        field,
                        "names no field to change; send the fields to change in the body",
                    )]);
                }
                request.insert("update_mask".to_owned(), Value::String(paths.join(",")));
            }
            request.insert(field.to_owned(), value);
        }
        (field, None) => {
            let Some(Kind::Message(resource)) = input.get_field_by_name(field).map(|f| f.kind())
            else {
                return Err(vec![violation(field, "is required")]);
            };
            let mut missing = required_fields(&resource, field, &[]);
            if missing.is_empty() {
                missing.push(violation(field, "is required; send it as the JSON body"));
            }
            return Err(missing);
        }
    }

    for (field_path, value) in bindings {
        set_path_value(&mut request, input, &field_path, value)?;
    }
    if let Some(query) = query {
        apply_query(&mut request, input, &bound, &route.body, query)?;
    }

    let mut value = Value::Object(request);
    json::normalize(&mut value, input, "")
        .map_err(|error| vec![violation(error.field, error.description)])?;
    prost_reflect_deserialize(input, value)
}

/// Writes a field path in lowerCamelCase, the JSON form of a `FieldMask` path:
/// `overflow.target_queue_id` becomes `overflow.targetQueueId`.
fn lower_camel_path(path: &str) -> String {
    path.split('.')
        .map(|segment| {
            let mut camel = String::with_capacity(segment.len());
            let mut upper = false;
            for character in segment.chars() {
                if character == '_' {
                    upper = true;
                } else if upper {
                    camel.push(character.to_ascii_uppercase());
                    upper = false;
                } else {
                    camel.push(character);
                }
            }
            camel
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// Lists the REQUIRED fields of `message`, except those bound by the path, as violations.
fn required_fields(message: &MessageDescriptor, prefix: &str, bound: &[String]) -> Vec<Violation> {
    message
        .fields()
        .filter(|field| is_required(field) && !bound.iter().any(|path| path == field.name()))
        .map(|field| {
            let path = if prefix.is_empty() {
                field.name().to_owned()
            } else {
                format!("{prefix}.{}", field.name())
            };
            violation(path, "is required; the request body is empty")
        })
        .collect()
}

/// Whether the field carries `(google.api.field_behavior) = REQUIRED`.
pub fn is_required(field: &FieldDescriptor) -> bool {
    crate::http_rule::field_behaviors(field)
        .iter()
        .any(|behavior| behavior == "REQUIRED")
}

/// Sets a path variable, rejecting a body value that contradicts it.
fn set_path_value(
    request: &mut Map<String, Value>,
    input: &MessageDescriptor,
    field_path: &str,
    value: String,
) -> Result<(), Vec<Violation>> {
    let mut segments: Vec<&str> = field_path.split('.').collect();
    let last = segments.pop().expect("a field path has a segment");
    let mut object = request;
    let mut message = input.clone();
    for segment in segments {
        let Some(Kind::Message(nested)) =
            message.get_field_by_name(segment).map(|field| field.kind())
        else {
            return Err(vec![violation(field_path, "is not a message field")]);
        };
        message = nested;
        object = object
            .entry(segment.to_owned())
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()
            .ok_or_else(|| vec![violation(segment, "must be a JSON object")])?;
    }
    if let Some(existing) = object.get(last)
        && existing.as_str() != Some(value.as_str())
    {
        return Err(vec![violation(
            field_path,
            format!("is {existing} in the body but {value:?} in the path; send one value"),
        )]);
    }
    object.insert(last.to_owned(), Value::String(value));
    Ok(())
}

/// Puts each query parameter into the request: `?a=1&a=2` for repeated fields, `a.b` for
/// nested ones. Fields bound by the path or carried by the body are not accepted here.
fn apply_query(
    request: &mut Map<String, Value>,
    input: &MessageDescriptor,
    bound: &[String],
    body: &str,
    query: &str,
) -> Result<(), Vec<Violation>> {
    let mut violations = Vec::new();
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        let segments: Vec<&str> = name.split('.').collect();
        let top = input
            .get_field_by_name(segments[0])
            .or_else(|| input.get_field_by_json_name(segments[0]));
        let Some(top) = top else {
            violations.push(violation(
                name.as_ref(),
                "is not a query parameter of this method; remove it".to_string(),
            ));
            continue;
        };
        if bound.iter().any(|path| path == top.name()) || body == "*" || body == top.name() {
            violations.push(violation(
                name.as_ref(),
                "belongs in the path or the body, not in the query string",
            ));
            continue;
        }
        if let Err(error) = insert_query_value(request, input, &segments, value.into_owned()) {
            violations.push(violation(name.as_ref(), error));
        }
    }
    if violations.is_empty() {
        Ok(())
    } else {
        Err(violations)
    }
}

fn insert_query_value(
    request: &mut Map<String, Value>,
    input: &MessageDescriptor,
    segments: &[&str],
    raw: String,
) -> Result<(), String> {
    let mut object = request;
    let mut message = input.clone();
    for (index, segment) in segments.iter().enumerate() {
        let field = message
            .get_field_by_name(segment)
            .or_else(|| message.get_field_by_json_name(segment))
            .ok_or_else(|| format!("{segment:?} is not a field"))?;
        let last = index == segments.len() - 1;
        if !last {
            let Kind::Message(nested) = field.kind() else {
                return Err(format!("{segment:?} has no sub-fields"));
            };
            message = nested;
            object = object
                .entry(field.name().to_owned())
                .or_insert_with(|| Value::Object(Map::new()))
                .as_object_mut()
                .ok_or("is given twice")?;
            continue;
        }
        if field.is_map()
            || (matches!(field.kind(), Kind::Message(_)) && !is_scalar_message(&field))
        {
            return Err("cannot be set from the query string".to_owned());
        }
        let value = scalar_from_query(&field, raw.clone());
        if field.is_list() {
            let list = object
                .entry(field.name().to_owned())
                .or_insert_with(|| Value::Array(Vec::new()));
            list.as_array_mut().ok_or("is given twice")?.push(value);
        } else if object.insert(field.name().to_owned(), value).is_some() {
            return Err("is given twice; repeat only list parameters".to_owned());
        }
    }
    Ok(())
}

fn is_scalar_message(field: &FieldDescriptor) -> bool {
    matches!(field.kind(), Kind::Message(message) if message.package_name() == "google.protobuf")
}

/// A query value as JSON of the field's type; type errors surface in `json::normalize`.
fn scalar_from_query(field: &FieldDescriptor, raw: String) -> Value {
    match field.kind() {
        Kind::Bool => match raw.as_str() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => Value::String(raw),
        },
        Kind::Int32
        | Kind::Sint32
        | Kind::Sfixed32
        | Kind::Uint32
        | Kind::Fixed32
        | Kind::Enum(_) => raw
            .parse::<i64>()
            .map(|number| Value::Number(number.into()))
            .unwrap_or(Value::String(raw)),
        Kind::Float | Kind::Double => raw
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .unwrap_or(Value::String(raw)),
        _ => Value::String(raw),
    }
}

fn prost_reflect_deserialize(
    input: &MessageDescriptor,
    value: Value,
) -> Result<DynamicMessage, Vec<Violation>> {
    DynamicMessage::deserialize(input.clone(), value)
        .map_err(|error| vec![violation("body", format!("cannot be read: {error}"))])
}

/// Builds the REST response of a successful call.
fn success(route: &Route, uri: &http::Uri, reply: call::CallResponse) -> Response {
    let status = if route.creates {
        StatusCode::CREATED
    } else if route.accepts && reply.message.has_field_by_name(ACCEPT_TIME_FIELD) {
        StatusCode::ACCEPTED
    } else if route.http_method == Method::DELETE {
        StatusCode::NO_CONTENT
    } else {
        StatusCode::OK
    };

    let mut response = if status == StatusCode::NO_CONTENT {
        StatusCode::NO_CONTENT.into_response()
    } else {
        (status, axum::Json(json::render(&reply.message))).into_response()
    };
    if status == StatusCode::CREATED
        && let Some(location) = location(route, uri, &reply.message)
    {
        response.headers_mut().insert(header::LOCATION, location);
    }
    copy_server_headers(&reply.metadata, response.headers_mut());
    response
}

/// Characters escaped in a `Location` id: everything but `[A-Za-z0-9_-]`, the id alphabet.
const ID_ESCAPES: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'_').remove(b'-');

fn location(route: &Route, uri: &http::Uri, message: &DynamicMessage) -> Option<HeaderValue> {
    let field = route.location_field.as_ref()?;
    let value = message.get_field_by_name(field)?;
    let id = value.as_str()?;
    let encoded = percent_encoding::utf8_percent_encode(id, ID_ESCAPES);
    HeaderValue::from_str(&format!("{}/{encoded}", uri.path().trim_end_matches('/'))).ok()
}

/// Response metadata that REST clients see as headers.
const SERVER_HEADERS: &[&str] = &[
    "idempotent-replayed",
    "ratelimit-limit",
    "ratelimit-remaining",
    "ratelimit-reset",
    "retry-after",
];

fn copy_server_headers(from: &http::HeaderMap, to: &mut http::HeaderMap) {
    for name in SERVER_HEADERS {
        if let Some(value) = from.get(*name) {
            to.insert(*name, value.clone());
        }
    }
}
