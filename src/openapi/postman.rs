//! The Postman collection (v2.1) made from the OpenAPI document: a folder per tag, a token
//! request first, and requests ordered so a run against a fresh tenant passes. A create's
//! response fills the variable that its links name (`queue_id` from `$response.body#/id`), and
//! later requests use it in paths and bodies. The deletes run last, in a clean-up folder.

use std::collections::{BTreeSet, HashMap};

use serde_json::{Value, json};

/// The collection format.
const SCHEMA_URL: &str = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

/// The folder of the deletes, run after every other folder.
const CLEAN_UP: &str = "Clean-up";

/// The scope whose operations run with the platform administrator's token.
const ADMIN_SCOPE: &str = "platform:admin";

/// A variable a response fills: its name and the JavaScript expression of its value, over the
/// parsed body `body`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Capture {
    variable: String,
    expression: String,
    /// Whether the value is the id of the resource the request created.
    creates: bool,
}

/// One operation of the document as a request of the collection.
struct Request<'a> {
    path: &'a str,
    method: &'a str,
    operation: &'a Value,
    tag: String,
    captures: Vec<Capture>,
    uses: BTreeSet<String>,
}

impl Request<'_> {
    fn id(&self) -> &str {
        self.operation["operationId"].as_str().unwrap_or_default()
    }

    fn needs_admin(&self) -> bool {
        self.operation["security"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|requirement| requirement["OAuth2"].as_array())
            .flatten()
            .any(|scope| scope == ADMIN_SCOPE)
    }
}

/// Builds the collection. `order` lists every operation of the document as (path, method), in
/// the order of the protos; it breaks ties where the variables do not decide.
pub fn collection(document: &Value, order: &[(String, String)]) -> Value {
    let token_url = document["components"]["securitySchemes"]["OAuth2"]["flows"]
        ["clientCredentials"]["tokenUrl"]
        .as_str()
        .unwrap_or("/v1/oauth/token");

    let mut requests: Vec<Request> = order
        .iter()
        .filter(|(path, _)| path != token_url)
        .filter_map(|(path, method)| {
            let operation = document["paths"].get(path)?.get(method)?;
            runnable(operation).then(|| Request {
                path,
                method,
                operation,
                tag: operation["tags"][0].as_str().unwrap_or("Other").to_owned(),
                captures: captures(document, operation),
                uses: BTreeSet::new(),
            })
        })
        .collect();

    // A list of objects fills a variable only when no create fills it: `ListClients` must not
    // point `client_id` at the caller's own client.
    let created: BTreeSet<String> = requests
        .iter()
        .flat_map(|request| &request.captures)
        .filter(|capture| capture.creates)
        .map(|capture| capture.variable.clone())
        .collect();
    for request in &mut requests {
        request
            .captures
            .retain(|capture| capture.creates || !created.contains(&capture.variable));
    }
    let producers = producers(&requests);
    for request in &mut requests {
        request.uses = uses(request, &producers);
    }

    let tag_order: Vec<String> = document["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|tag| tag["name"].as_str().map(str::to_owned))
        .collect();
    let (deletes, others): (Vec<Request>, Vec<Request>) = requests
        .into_iter()
        .partition(|request| request.method == "delete");

    let mut folders = Vec::new();
    let mut first = vec![
        token_request(token_url, false),
        token_request(token_url, true),
    ];
    for (tag, members) in ordered_folders(others, &tag_order, &producers) {
        let mut items: Vec<Value> = members
            .iter()
            .map(|request| item(request, &producers))
            .collect();
        if tag == "OAuth" {
            first.append(&mut items);
            continue;
        }
        folders.push(folder(&tag, &tag_description(document, &tag), items));
    }
    folders.insert(
        0,
        folder(
            "OAuth",
            "Fetches the access tokens the other requests use.",
            first,
        ),
    );
    if !deletes.is_empty() {
        let deletes = ordered_deletes(deletes);
        let items = deletes
            .iter()
            .map(|request| item(request, &producers))
            .collect();
        folders.push(folder(
            CLEAN_UP,
            "Deletes what the run created, children before parents.",
            items,
        ));
    }

    let base_url = document["servers"][0]["url"]
        .as_str()
        .unwrap_or("http://127.0.0.1:8080");
    let mut variables = vec![
        variable("baseUrl", base_url, "The server, without a trailing slash."),
        variable(
            "clientId",
            "",
            "A tenant client id, such as the one `globemeet admin bootstrap` prints.",
        ),
        variable("clientSecret", "", "The secret of `clientId`."),
        variable(
            "adminClientId",
            "",
            "A platform administration client id; the requests that need `platform:admin` are skipped while it is empty.",
        ),
        variable("adminClientSecret", "", "The secret of `adminClientId`."),
        variable("accessToken", "", "Set by the token request."),
        variable(
            "adminAccessToken",
            "",
            "Set by the administration token request.",
        ),
        variable("idempotencyKey", "", "A fresh key before every request."),
    ];
    for name in producers.keys().collect::<BTreeSet<_>>() {
        variables.push(variable(name, "", "Captured from a response of this run."));
    }

    json!({
        "info": {
            "name": document["info"]["title"],
            "description": format!(
                "{}\n\nSet `baseUrl`, `clientId` and `clientSecret`, then run the collection in order: the creates fill the id variables that later requests use, and the clean-up folder deletes what the run created.",
                document["info"]["description"].as_str().unwrap_or_default()
            ),
            "version": document["info"]["version"],
            "schema": SCHEMA_URL,
        },
        "auth": bearer("{{accessToken}}"),
        "event": [script(
            "prerequest",
            &["pm.variables.set(\"idempotencyKey\", pm.variables.replaceIn(\"{{$guid}}\"));"],
        )],
        "variable": variables,
        "item": folders,
    })
}

/// Returns whether the collection can send the operation without data from outside: every
/// RPC, and the plain routes without path variables or a body.
fn runnable(operation: &Value) -> bool {
    if operation.get("x-grpc-method").is_some() {
        return true;
    }
    let has_path_parameter = operation["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|parameter| parameter["in"] == "path");
    !has_path_parameter && operation.get("requestBody").is_none()
}

/// Lists the variables a successful response fills: the link parameters taken from the body,
/// and the first `id` of each list of objects that have one (`secrets` gives `secret_id`).
fn captures(document: &Value, operation: &Value) -> Vec<Capture> {
    let mut captures = Vec::new();
    let Some(responses) = operation["responses"].as_object() else {
        return captures;
    };
    for (status, response) in responses {
        if !status.starts_with('2') {
            continue;
        }
        for link in response["links"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(_, link)| link)
        {
            for (name, expression) in link["parameters"].as_object().into_iter().flatten() {
                let Some(field) = expression
                    .as_str()
                    .and_then(|text| text.strip_prefix("$response.body#/"))
                else {
                    continue;
                };
                let capture = Capture {
                    variable: name.clone(),
                    expression: format!("body[{}]", json!(field)),
                    creates: field == "id",
                };
                if !captures.contains(&capture) {
                    captures.push(capture);
                }
            }
        }
        let schema = resolve(document, &response["content"]["application/json"]["schema"]);
        for (name, property) in schema["properties"].as_object().into_iter().flatten() {
            let items = resolve(document, &property["items"]);
            if property["type"] != "array" || items["properties"].get("id").is_none() {
                continue;
            }
            let singular = name.strip_suffix('s').unwrap_or(name);
            let capture = Capture {
                variable: format!("{singular}_id"),
                expression: format!(
                    "(body[{key}] && body[{key}].length ? body[{key}][0].id : undefined)",
                    key = json!(name)
                ),
                creates: false,
            };
            if !captures.contains(&capture) {
                captures.push(capture);
            }
        }
    }
    captures
}

/// For each variable, the operations whose responses fill it: those that create the resource
/// when there are any, else every one that fills it.
fn producers(requests: &[Request]) -> HashMap<String, Vec<String>> {
    let mut all: HashMap<String, Vec<(String, bool)>> = HashMap::new();
    for request in requests {
        for capture in &request.captures {
            all.entry(capture.variable.clone())
                .or_default()
                .push((request.id().to_owned(), capture.creates));
        }
    }
    all.into_iter()
        .map(|(variable, candidates)| {
            let creators: Vec<String> = candidates
                .iter()
                .filter(|(_, creates)| *creates)
                .map(|(id, _)| id.clone())
                .collect();
            let chosen = if creators.is_empty() {
                candidates.into_iter().map(|(id, _)| id).collect()
            } else {
                creators
            };
            (variable, chosen)
        })
        .collect()
}

/// Lists the variables a request needs: its path variables and the body fields named like a
/// captured variable (`agent_id`, or `agent_ids` for a list of them).
fn uses(request: &Request, producers: &HashMap<String, Vec<String>>) -> BTreeSet<String> {
    let mut used: BTreeSet<String> = request.operation["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|parameter| parameter["in"] == "path")
        .filter_map(|parameter| parameter["name"].as_str().map(str::to_owned))
        .collect();
    let mut body = example(request.operation);
    substitute(&mut body, producers, &mut used);
    used
}

/// Returns the request body example of the document, or `null`.
fn example(operation: &Value) -> Value {
    operation["requestBody"]["content"]["application/json"]["example"].clone()
}

/// Replaces id fields of an example with the variables of this run and records them.
fn substitute(
    value: &mut Value,
    producers: &HashMap<String, Vec<String>>,
    used: &mut BTreeSet<String>,
) {
    match value {
        Value::Object(object) => {
            for (key, field) in object.iter_mut() {
                if producers.contains_key(key) && field.is_string() {
                    *field = json!(format!("{{{{{key}}}}}"));
                    used.insert(key.clone());
                    continue;
                }
                let singular = key.strip_suffix('s').unwrap_or(key);
                if producers.contains_key(singular) && field.is_array() {
                    *field = json!([format!("{{{{{singular}}}}}")]);
                    used.insert(singular.to_owned());
                    continue;
                }
                substitute(field, producers, used);
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| substitute(item, producers, used)),
        _ => {}
    }
}

/// Groups the requests by tag and orders the folders, then the requests of each folder, so
/// that every variable is filled before it is used. Ties keep the document's order.
fn ordered_folders<'a>(
    requests: Vec<Request<'a>>,
    tag_order: &[String],
    producers: &HashMap<String, Vec<String>>,
) -> Vec<(String, Vec<Request<'a>>)> {
    let mut groups: Vec<(String, Vec<Request>)> = Vec::new();
    for request in requests {
        match groups.iter_mut().find(|(tag, _)| *tag == request.tag) {
            Some((_, members)) => members.push(request),
            None => groups.push((request.tag.clone(), vec![request])),
        }
    }
    groups.sort_by_key(|(tag, _)| {
        tag_order
            .iter()
            .position(|name| name == tag)
            .unwrap_or(usize::MAX)
    });

    let owner_of = |operation_id: &str, groups: &[(String, Vec<Request>)]| {
        groups
            .iter()
            .position(|(_, members)| members.iter().any(|request| request.id() == operation_id))
    };
    // A folder waits for the folders that fill what it uses and does not fill itself.
    let dependencies: Vec<BTreeSet<usize>> = groups
        .iter()
        .enumerate()
        .map(|(index, (_, members))| {
            let own: BTreeSet<&String> = members
                .iter()
                .flat_map(|request| &request.captures)
                .map(|capture| &capture.variable)
                .collect();
            members
                .iter()
                .flat_map(|request| request.uses.iter())
                .filter(|variable| !own.contains(variable))
                .filter_map(|variable| producers.get(variable))
                .flatten()
                .filter_map(|producer| owner_of(producer, &groups))
                .filter(|owner| *owner != index)
                .collect()
        })
        .collect();
    let folder_order = stable_topological(&dependencies);

    let mut slots: Vec<Option<(String, Vec<Request>)>> = groups.into_iter().map(Some).collect();
    folder_order
        .into_iter()
        .map(|index| {
            let (tag, members) = slots[index].take().expect("each folder is placed once");
            (tag, ordered_within(members, producers))
        })
        .collect()
}

fn ordered_within<'a>(
    members: Vec<Request<'a>>,
    producers: &HashMap<String, Vec<String>>,
) -> Vec<Request<'a>> {
    let dependencies: Vec<BTreeSet<usize>> = members
        .iter()
        .enumerate()
        .map(|(index, request)| {
            request
                .uses
                .iter()
                .filter_map(|variable| producers.get(variable))
                .flatten()
                .filter_map(|producer| members.iter().position(|other| other.id() == producer))
                .filter(|position| *position != index)
                .collect()
        })
        .collect();
    let order = stable_topological(&dependencies);
    let mut slots: Vec<Option<Request>> = members.into_iter().map(Some).collect();
    order
        .into_iter()
        .map(|index| slots[index].take().expect("each request is placed once"))
        .collect()
}

/// Orders items so each follows its dependencies, keeping the given order where it can; on a
/// cycle the earliest remaining item goes next.
fn stable_topological(dependencies: &[BTreeSet<usize>]) -> Vec<usize> {
    let mut placed = vec![false; dependencies.len()];
    let mut order = Vec::with_capacity(dependencies.len());
    while order.len() < dependencies.len() {
        let next = (0..dependencies.len())
            .find(|&index| !placed[index] && dependencies[index].iter().all(|&dep| placed[dep]))
            .or_else(|| (0..dependencies.len()).find(|&index| !placed[index]))
            .expect("an item is left");
        placed[next] = true;
        order.push(next);
    }
    order
}

/// Deletes of nested resources first (more path variables), then in the reverse of the
/// document's order, so parents outlive their children.
fn ordered_deletes(mut deletes: Vec<Request>) -> Vec<Request> {
    deletes.reverse();
    deletes.sort_by_key(|request| std::cmp::Reverse(path_variables(request.path)));
    deletes
}

fn path_variables(path: &str) -> usize {
    path.matches('{').count()
}

fn item(request: &Request, producers: &HashMap<String, Vec<String>>) -> Value {
    let operation = request.operation;
    let mut headers = Vec::new();
    let mut body_json = None;
    if operation.get("requestBody").is_some() {
        let mut body = example(operation);
        if body.is_null() {
            body = json!({});
        }
        substitute(&mut body, producers, &mut BTreeSet::new());
        headers.push(json!({ "key": "Content-Type", "value": "application/json" }));
        body_json = Some(body);
    }
    if sends_idempotency_key(operation) {
        headers.push(json!({ "key": "Idempotency-Key", "value": "{{idempotencyKey}}" }));
    }

    let mut http = json!({
        "method": request.method.to_ascii_uppercase(),
        "header": headers,
        "url": url(request.path, operation),
        "description": operation["description"].as_str().or(operation["summary"].as_str()).unwrap_or_default(),
    });
    if let Some(body) = body_json {
        http["body"] = json!({
            "mode": "raw",
            "raw": serde_json::to_string_pretty(&body).expect("JSON serializes"),
            "options": { "raw": { "language": "json" } },
        });
    }
    let open = operation["security"]
        .as_array()
        .is_some_and(|requirements| requirements.is_empty());
    let mut events = Vec::new();
    if request.needs_admin() {
        http["auth"] = bearer("{{adminAccessToken}}");
        events.push(script("prerequest", &[SKIP_WITHOUT_ADMIN]));
    } else if open {
        http["auth"] = json!({ "type": "noauth" });
    }
    events.push(test_script(request));

    json!({
        "name": format!("{} {}", request.id(), summary_of(operation)),
        "event": events,
        "request": http,
    })
}

fn sends_idempotency_key(operation: &Value) -> bool {
    operation["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|parameter| parameter["$ref"] == "#/components/parameters/IdempotencyKey")
}

const SKIP_WITHOUT_ADMIN: &str =
    "if (!pm.variables.get(\"adminClientId\")) { pm.execution.skipRequest(); }";

fn summary_of(operation: &Value) -> String {
    let summary = operation["summary"].as_str().unwrap_or_default();
    format!("— {}", summary.trim_end_matches('.'))
}

fn url(path: &str, operation: &Value) -> Value {
    let segments: Vec<String> = path
        .trim_start_matches('/')
        .split('/')
        .map(|segment| segment.replace('{', "{{").replace('}', "}}"))
        .collect();
    let query: Vec<Value> = operation["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|parameter| parameter["in"] == "query")
        .map(|parameter| {
            json!({
                "key": parameter["name"],
                "value": "",
                "disabled": true,
                "description": parameter["description"].as_str().unwrap_or_default(),
            })
        })
        .collect();
    let mut url = json!({
        "raw": format!("{{{{baseUrl}}}}/{}", segments.join("/")),
        "host": ["{{baseUrl}}"],
        "path": segments,
    });
    if !query.is_empty() {
        url["query"] = json!(query);
    }
    url
}

/// Checks the status against the 2xx statuses the document gives, checks `X-Request-Id`, and
/// stores the captured variables.
fn test_script(request: &Request) -> Value {
    let statuses: Vec<u16> = request.operation["responses"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(status, _)| status.parse::<u16>().ok())
        .filter(|status| (200..300).contains(status))
        .collect();
    let mut lines = vec![
        format!(
            "pm.test({}, function () {{",
            json!(format!(
                "{} returns {}",
                request.id(),
                join_statuses(&statuses)
            ))
        ),
        format!(
            "    pm.expect(pm.response.code).to.be.oneOf({});",
            json!(statuses)
        ),
        "    pm.response.to.have.header(\"X-Request-Id\");".to_owned(),
        "});".to_owned(),
    ];
    if sends_idempotency_key(request.operation) {
        lines.extend([
            "pm.test(\"the request carried a generated Idempotency-Key\", function () {".to_owned(),
            "    pm.expect(pm.variables.replaceIn(pm.request.headers.get(\"Idempotency-Key\"))).to.match(/^[0-9a-f-]{36}$/);".to_owned(),
            "});".to_owned(),
        ]);
    }
    if !request.captures.is_empty() {
        lines.push("if (pm.response.code < 300 && pm.response.code !== 204) {".to_owned());
        lines.push("    const body = pm.response.json();".to_owned());
        for capture in &request.captures {
            lines.push(format!(
                "    if ({expression} !== undefined) {{ pm.collectionVariables.set({name}, {expression}); }}",
                expression = capture.expression,
                name = json!(capture.variable),
            ));
        }
        lines.push("}".to_owned());
    }
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    script("test", &lines)
}

fn join_statuses(statuses: &[u16]) -> String {
    statuses
        .iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(" or ")
}

/// Builds the token request: client credentials with HTTP Basic, and a test that stores the
/// token.
fn token_request(token_url: &str, admin: bool) -> Value {
    let (name, id, secret, target) = if admin {
        (
            "Get an administration access token",
            "{{adminClientId}}",
            "{{adminClientSecret}}",
            "adminAccessToken",
        )
    } else {
        (
            "Get an access token",
            "{{clientId}}",
            "{{clientSecret}}",
            "accessToken",
        )
    };
    let segments: Vec<&str> = token_url.trim_start_matches('/').split('/').collect();
    let mut events = Vec::new();
    if admin {
        events.push(script("prerequest", &[SKIP_WITHOUT_ADMIN]));
    }
    events.push(script(
        "test",
        &[
            "pm.test(\"the token request returns 200\", function () {",
            "    pm.response.to.have.status(200);",
            "});",
            &format!("pm.collectionVariables.set(\"{target}\", pm.response.json().access_token);"),
        ],
    ));
    json!({
        "name": name,
        "event": events,
        "request": {
            "method": "POST",
            "auth": {
                "type": "basic",
                "basic": [
                    { "key": "username", "value": id, "type": "string" },
                    { "key": "password", "value": secret, "type": "string" },
                ],
            },
            "header": [{ "key": "Content-Type", "value": "application/x-www-form-urlencoded" }],
            "body": {
                "mode": "urlencoded",
                "urlencoded": [{ "key": "grant_type", "value": "client_credentials" }],
            },
            "url": {
                "raw": format!("{{{{baseUrl}}}}{token_url}"),
                "host": ["{{baseUrl}}"],
                "path": segments,
            },
            "description": "Exchanges the client id and secret for an access token (OAuth 2.0 client credentials).",
        },
    })
}

fn folder(name: &str, description: &str, items: Vec<Value>) -> Value {
    json!({ "name": name, "description": description, "item": items })
}

fn tag_description(document: &Value, tag: &str) -> String {
    document["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|entry| entry["name"] == tag)
        .and_then(|entry| entry["description"].as_str())
        .unwrap_or_default()
        .to_owned()
}

fn bearer(token: &str) -> Value {
    json!({
        "type": "bearer",
        "bearer": [{ "key": "token", "value": token, "type": "string" }],
    })
}

fn script(listen: &str, lines: &[&str]) -> Value {
    json!({ "listen": listen, "script": { "type": "text/javascript", "exec": lines } })
}

fn variable(key: &str, value: &str, description: &str) -> Value {
    json!({ "key": key, "value": value, "type": "string", "description": description })
}

/// Follows a local `$ref` of the document.
fn resolve<'a>(document: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"]
        .as_str()
        .and_then(|reference| reference.strip_prefix("#/"))
    {
        Some(pointer) => document
            .pointer(&format!("/{pointer}"))
            .unwrap_or(&Value::Null),
        None => schema,
    }
}
