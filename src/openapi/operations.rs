//! One OpenAPI operation per RPC with a `google.api.http` rule, following the transcoder: the
//! same path templates, body and query rules, success statuses and errors.

use prost_reflect::{
    DescriptorPool, FieldDescriptor, Kind, MessageDescriptor, MethodDescriptor, ServiceDescriptor,
};
use serde_json::{Map, Value, json};

use super::{
    comments::{Comments, first_sentence},
    examples,
    responses::{self, error_ref},
    schema::{API_PACKAGE, Form, Schemas, is_required, well_known},
};
use crate::{
    auth::scopes::{PLATFORM_ADMIN, Requirement, ScopeTable},
    http_rule::{self, HttpRule},
    rest::template::PathTemplate,
};

/// The depth limit of query parameters for nested request messages (`a.b.c`).
const MAX_QUERY_DEPTH: usize = 3;

/// An RPC and its http rule, as the transcoder routes it.
pub struct RpcOperation {
    pub service: ServiceDescriptor,
    pub method: MethodDescriptor,
    pub rule: HttpRule,
    pub template: PathTemplate,
    /// The path in OpenAPI form, such as `/v1/queues/{queue_id}`.
    pub path: String,
    /// The method in lower case, as an OpenAPI path item names it.
    pub http_method: String,
    pub operation_id: String,
    pub requirement: Requirement,
}

impl RpcOperation {
    /// Whether this is a POST to a collection without a custom verb: a create, which returns 201
    /// with `Location`.
    fn creates(&self) -> bool {
        self.http_method == "post" && self.template.verb().is_none()
    }

    fn success_status(&self) -> u16 {
        if self.creates() {
            201
        } else if self.http_method == "delete" {
            204
        } else {
            200
        }
    }

    /// Whether the operation may return 202 for work it accepted and runs later. The RPC's
    /// comment declares it by naming the status `202`.
    fn may_accept(&self, comments: &Comments) -> bool {
        mentions_status(
            &comments.of(&self.method.parent_file(), self.method.path()),
            202,
        )
    }

    fn grpc_path(&self) -> String {
        format!("/{}/{}", self.service.full_name(), self.method.name())
    }
}

/// Collects every RPC of the API package with an http rule, in proto order.
pub fn collect(pool: &DescriptorPool, scopes: &ScopeTable) -> anyhow::Result<Vec<RpcOperation>> {
    let mut operations = Vec::new();
    for service in pool
        .services()
        .filter(|service| service.package_name() == API_PACKAGE)
    {
        for method in service.methods() {
            let Some(rule) = http_rule::of(&method) else {
                continue;
            };
            let template = PathTemplate::parse(&rule.path)?;
            let grpc_path = format!("/{}/{}", service.full_name(), method.name());
            let requirement = scopes
                .get(&grpc_path)
                .cloned()
                .ok_or_else(|| anyhow::anyhow!("{grpc_path} has no scope requirement"))?;
            operations.push(RpcOperation {
                path: template.openapi_path(),
                http_method: rule.method.to_ascii_lowercase(),
                operation_id: method.name().to_owned(),
                service: service.clone(),
                method,
                rule,
                template,
                requirement,
            });
        }
    }
    qualify_duplicate_ids(&mut operations);
    Ok(operations)
}

/// Qualifies operation ids that two services share with their service (`QueueService_Get`).
/// Every other operation id is the RPC name.
fn qualify_duplicate_ids(operations: &mut [RpcOperation]) {
    let names: Vec<String> = operations
        .iter()
        .map(|op| op.operation_id.clone())
        .collect();
    for operation in operations.iter_mut() {
        if names
            .iter()
            .filter(|name| **name == operation.operation_id)
            .count()
            > 1
        {
            operation.operation_id =
                format!("{}_{}", operation.service.name(), operation.method.name());
        }
    }
}

/// Returns whether `text` contains the number `status` on its own, not inside a longer number.
fn mentions_status(text: &str, status: u16) -> bool {
    let needle = status.to_string();
    text.match_indices(&needle).any(|(start, _)| {
        let before = text[..start].chars().next_back();
        let after = text[start + needle.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit()) && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

/// Builds the OpenAPI operation object of one RPC.
pub fn operation(
    op: &RpcOperation,
    all: &[RpcOperation],
    schemas: &mut Schemas,
    comments: &Comments,
) -> Value {
    let input = op.method.input();
    let output = op.method.output();
    let comment = comments.of(&op.method.parent_file(), op.method.path());

    let mut object = Map::new();
    object.insert("operationId".to_owned(), json!(op.operation_id));
    object.insert("tags".to_owned(), json!([op.service.name()]));
    object.insert("summary".to_owned(), json!(summary(&comment, op)));
    if !comment.is_empty() {
        object.insert("description".to_owned(), json!(comment));
    }
    let parameters = parameters(op, &input, schemas, comments);
    if !parameters.is_empty() {
        object.insert("parameters".to_owned(), Value::Array(parameters));
    }
    if let Some(body) = request_body(op, &input, schemas) {
        object.insert("requestBody".to_owned(), body);
    }
    object.insert(
        "responses".to_owned(),
        operation_responses(op, &output, all, schemas, comments),
    );
    object.insert("security".to_owned(), security(&op.requirement));
    if op
        .method
        .method_descriptor_proto()
        .options
        .as_ref()
        .is_some_and(|options| options.deprecated())
    {
        object.insert("deprecated".to_owned(), json!(true));
    }
    object.insert("x-grpc-method".to_owned(), json!(op.grpc_path()));
    Value::Object(object)
}

fn summary(comment: &str, op: &RpcOperation) -> String {
    let sentence = first_sentence(comment);
    if sentence.is_empty() {
        op.method.name().to_owned()
    } else {
        sentence
    }
}

/// Returns the OAuth 2.0 security requirement of an operation.
pub fn security(requirement: &Requirement) -> Value {
    let scopes: Vec<&str> = match requirement {
        Requirement::Scope(scope) => vec![scope.as_str()],
        Requirement::AnyTenant => vec![],
        Requirement::PlatformAdmin => vec![PLATFORM_ADMIN],
    };
    json!([{ "OAuth2": scopes }])
}

/// Lists the path parameters, the query parameters and, on POSTs, `Idempotency-Key`.
fn parameters(
    op: &RpcOperation,
    input: &MessageDescriptor,
    schemas: &mut Schemas,
    comments: &Comments,
) -> Vec<Value> {
    let mut parameters = Vec::new();
    for field_path in op.template.field_paths() {
        let Some(field) = resolve(input, field_path) else {
            continue;
        };
        let mut schema = schemas.single(&field.kind());
        if schema["type"] == "string" {
            // An empty segment never matches a template.
            schema["minLength"] = json!(1);
        }
        parameters.push(parameter(
            field_path,
            "path",
            true,
            schema,
            &comments.of(&field.parent_file(), field.path()),
        ));
    }

    let bound: Vec<&str> = op
        .template
        .field_paths()
        .map(|path| path.split('.').next().unwrap_or(path))
        .collect();
    if op.rule.body != "*" {
        for field in input.fields() {
            let skip = bound.contains(&field.name())
                || field.name() == op.rule.body
                || mask_from_body(op, input, &field);
            if !skip {
                query_parameters(&field, "", 0, schemas, comments, &mut parameters);
            }
        }
    }

    if op.http_method == "post" {
        parameters.push(json!({ "$ref": "#/components/parameters/IdempotencyKey" }));
    }
    parameters
}

/// Returns whether the field is the `update_mask` that the transcoder builds from the keys of a
/// PATCH body, which cannot also come from the query string.
fn mask_from_body(op: &RpcOperation, input: &MessageDescriptor, field: &FieldDescriptor) -> bool {
    op.http_method == "patch"
        && !op.rule.body.is_empty()
        && op.rule.body != "*"
        && field.name() == "update_mask"
        && input.get_field_by_name("update_mask").is_some()
}

/// Adds the query parameters of one request field. A scalar, an enum, a list of those or a
/// well-known type with a string form is one parameter. A message contributes its sub-fields
/// (`a.b`), and a map nothing, because maps cannot be set from the query string.
fn query_parameters(
    field: &FieldDescriptor,
    prefix: &str,
    depth: usize,
    schemas: &mut Schemas,
    comments: &Comments,
    out: &mut Vec<Value>,
) {
    if field.is_map() {
        return;
    }
    let name = if prefix.is_empty() {
        field.name().to_owned()
    } else {
        format!("{prefix}.{}", field.name())
    };
    if let Kind::Message(message) = field.kind() {
        if well_known(&message).is_none() {
            if depth < MAX_QUERY_DEPTH && !field.is_list() {
                for nested in message.fields() {
                    query_parameters(&nested, &name, depth + 1, schemas, comments, out);
                }
            }
            return;
        }
        if !has_query_form(&message) {
            return;
        }
    }
    let single = schemas.single(&field.kind());
    let schema = if field.is_list() {
        json!({ "type": "array", "items": single })
    } else {
        single
    };
    let mut parameter = parameter(
        &name,
        "query",
        is_required(field),
        schema,
        &comments.of(&field.parent_file(), field.path()),
    );
    if field.is_list() {
        parameter["style"] = json!("form");
        parameter["explode"] = json!(true);
    }
    out.push(parameter);
}

/// Well-known types whose JSON form is a string or a number, which a query value can carry.
fn has_query_form(message: &MessageDescriptor) -> bool {
    !matches!(
        message.full_name(),
        "google.protobuf.Struct"
            | "google.protobuf.Value"
            | "google.protobuf.ListValue"
            | "google.protobuf.Any"
            | "google.protobuf.Empty"
    )
}

fn parameter(
    name: &str,
    location: &str,
    required: bool,
    schema: Value,
    description: &str,
) -> Value {
    let mut parameter = json!({
        "name": name,
        "in": location,
        "required": required,
        "schema": schema,
    });
    if !description.is_empty() {
        parameter["description"] = json!(description);
    }
    parameter
}

/// Finds the field that a dotted field path names, such as `queue_id` or `book.id`.
fn resolve(message: &MessageDescriptor, field_path: &str) -> Option<FieldDescriptor> {
    let mut message = message.clone();
    let mut segments = field_path.split('.').peekable();
    while let Some(segment) = segments.next() {
        let field = message.get_field_by_name(segment)?;
        if segments.peek().is_none() {
            return Some(field);
        }
        let Kind::Message(nested) = field.kind() else {
            return None;
        };
        message = nested;
    }
    None
}

/// Builds the JSON request body: the request message less the path fields (`body: "*"`) or
/// one of its fields. On a PATCH of a resource the body is a partial resource.
fn request_body(
    op: &RpcOperation,
    input: &MessageDescriptor,
    schemas: &mut Schemas,
) -> Option<Value> {
    let body = op.rule.body.as_str();
    if body.is_empty() {
        return None;
    }
    let paths: Vec<&str> = op.template.field_paths().collect();
    let (schema, required, example) = if body == "*" {
        let excluded: Vec<String> = paths
            .iter()
            .filter(|path| !path.contains('.'))
            .map(|path| (*path).to_owned())
            .collect();
        let required = input
            .fields()
            .any(|field| is_required(&field) && !excluded.iter().any(|name| name == field.name()));
        let form = if excluded.is_empty() {
            Form::Whole
        } else {
            Form::Body(excluded)
        };
        let example = examples::message(input, &form);
        (schemas.message_ref(input, form), required, example)
    } else {
        let field = input.get_field_by_name(body)?;
        match field.kind() {
            Kind::Message(message) if well_known(&message).is_none() && !field.is_list() => {
                let prefix = format!("{body}.");
                let excluded: Vec<String> = paths
                    .iter()
                    .filter_map(|path| path.strip_prefix(&prefix))
                    .filter(|rest| !rest.contains('.'))
                    .map(str::to_owned)
                    .collect();
                let partial = input
                    .get_field_by_name("update_mask")
                    .is_some_and(|mask| mask_from_body(op, input, &mask));
                let form = if partial {
                    Form::Partial
                } else if excluded.is_empty() {
                    Form::Whole
                } else {
                    Form::Body(excluded)
                };
                let example = examples::message(&message, &form);
                (schemas.message_ref(&message, form), true, example)
            }
            _ => (schemas.field(&field), true, examples::field(&field)),
        }
    };
    Some(json!({
        "required": required,
        "content": {
            "application/json": { "schema": schema, "example": example }
        },
    }))
}

fn operation_responses(
    op: &RpcOperation,
    output: &MessageDescriptor,
    all: &[RpcOperation],
    schemas: &mut Schemas,
    comments: &Comments,
) -> Value {
    let status = op.success_status();
    let post = op.http_method == "post";
    let mut responses = Map::new();

    let location = op.creates().then(|| location_field(op, all).is_some());
    let mut success = json!({
        "description": success_description(op, output, comments),
        "headers": responses::success_headers(location, post),
    });
    if status != 204 {
        success["content"] = json!({
            "application/json": { "schema": schemas.message_ref(output, Form::Whole) }
        });
    }
    if op.creates() {
        let links = links(op, all);
        if !links.is_empty() {
            success["links"] = Value::Object(links);
        }
    }
    if op.may_accept(comments) && status != 202 {
        let mut accepted = success.clone();
        accepted["description"] = json!("Accepted: the work runs later; the body describes it.");
        if let Some(object) = accepted.as_object_mut() {
            object.remove("links");
        }
        responses.insert("202".to_owned(), accepted);
    }
    responses.insert(status.to_string(), success);

    for status in error_statuses(op) {
        responses.insert(status.to_string(), error_ref(status));
    }
    Value::Object(responses)
}

fn success_description(
    op: &RpcOperation,
    output: &MessageDescriptor,
    comments: &Comments,
) -> String {
    match op.success_status() {
        201 => "Created: the new resource; `Location` is its path.".to_owned(),
        204 => "Done; no body.".to_owned(),
        _ => {
            let comment = first_sentence(&comments.of(&output.parent_file(), output.path()));
            if comment.is_empty() {
                "OK".to_owned()
            } else {
                comment
            }
        }
    }
}

/// Lists the error statuses an operation can return, by what the transcoder and the layers do.
/// Every operation but a collection list names a resource, which may not exist: through its
/// path, its body, or implicitly, as `GET /v1/license` names the caller's license.
fn error_statuses(op: &RpcOperation) -> Vec<u16> {
    let has_body = !op.rule.body.is_empty();
    let lists = op
        .method
        .output()
        .get_field_by_name("next_page_token")
        .is_some();
    let names_resources = op.template.field_paths().next().is_some() || has_body || !lists;
    let mut statuses = vec![400, 401, 403];
    if names_resources {
        statuses.push(404);
    }
    if op.http_method != "get" {
        statuses.push(409);
    }
    if has_body {
        statuses.extend([413, 415]);
    }
    if op.http_method == "post" {
        statuses.push(422);
    }
    statuses.extend([429, 500, 503]);
    statuses
}

/// Finds the variable of the route one segment below a create (`queue_id` of
/// `/v1/queues/{queue_id}` below `/v1/queues`) and the response field that fills it: the
/// variable itself when the response has that field, else `id`. The transcoder builds
/// `Location` the same way.
pub fn location_field(op: &RpcOperation, all: &[RpcOperation]) -> Option<(Option<String>, String)> {
    let output = op.method.output();
    let prefix = format!("{}/{{", op.template.as_str());
    let child = all
        .iter()
        .filter(|other| {
            let template = other.template.as_str();
            template.starts_with(&prefix) && !template[prefix.len()..].contains('/')
        })
        .filter_map(|other| other.template.field_paths().last().map(str::to_owned))
        .find(|variable| output.get_field_by_name(variable).is_some());
    if let Some(variable) = child {
        return Some((Some(variable.clone()), variable));
    }
    let variable = all
        .iter()
        .filter(|other| {
            let template = other.template.as_str();
            template.starts_with(&prefix) && !template[prefix.len()..].contains('/')
        })
        .filter_map(|other| other.template.field_paths().last().map(str::to_owned))
        .next();
    output
        .get_field_by_name("id")
        .map(|_| (variable, "id".to_owned()))
}

/// Links from a create's response to the operations on the new resource, for clients and
/// tools that chain calls: the new id fills the child variable, and the create's own path
/// variables are passed on.
fn links(op: &RpcOperation, all: &[RpcOperation]) -> Map<String, Value> {
    let mut links = Map::new();
    let Some((Some(variable), field)) = location_field(op, all) else {
        return links;
    };
    let child_path = format!("{}/{{{variable}}}", op.path);
    let own: Vec<&str> = op.template.field_paths().collect();
    for target in all {
        let below = target.path == child_path
            || target.path.starts_with(&format!("{child_path}/"))
            || target.path.starts_with(&format!("{child_path}:"));
        if !below {
            continue;
        }
        let mut parameters = Map::new();
        for name in target.template.field_paths() {
            if name == variable {
                parameters.insert(name.to_owned(), json!(format!("$response.body#/{field}")));
            } else if own.contains(&name) {
                parameters.insert(name.to_owned(), json!(format!("$request.path.{name}")));
            }
        }
        links.insert(
            target.operation_id.clone(),
            json!({
                "operationId": target.operation_id,
                "parameters": parameters,
                "description": format!("`{variable}` is the `{field}` of the response."),
            }),
        );
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_found_as_whole_numbers() {
        assert!(mentions_status(
            "Returns 202 when the work runs later.",
            202
        ));
        assert!(mentions_status("answers `202`", 202));
        assert!(!mentions_status("events since 2020", 202));
        assert!(!mentions_status("1202 items", 202));
        assert!(!mentions_status("no status here", 202));
    }
}
