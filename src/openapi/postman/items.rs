//! The JSON of the collection's items: requests with their bodies, auth and test scripts.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use super::Request;

/// The input that admits the requests needing `platform:admin`.
pub const ADMIN_INPUT: &str = "adminClientId";

/// The bytes sent as media: any bytes of the declared type are stored as they are.
const EXAMPLE_MEDIA: &str = "GlobeMeet example media";

/// Builds the item of one request. `filled` returns whether a response of the run fills a
/// variable, and `needs` lists the inputs without which the request is skipped.
pub fn item(request: &Request, filled: &dyn Fn(&str) -> bool, needs: &BTreeSet<String>) -> Value {
    let operation = request.operation;
    let mut headers = Vec::new();
    let mut body = None;
    if let Some((json_body, _)) = request.json_body(filled) {
        headers.push(json!({ "key": "Content-Type", "value": "application/json" }));
        body = Some(json!({
            "mode": "raw",
            "raw": serde_json::to_string_pretty(&json_body).expect("JSON serializes"),
            "options": { "raw": { "language": "json" } },
        }));
    } else if let Some(media_type) = binary_media_type(operation) {
        headers.push(json!({ "key": "Content-Type", "value": media_type }));
        body = Some(json!({ "mode": "raw", "raw": EXAMPLE_MEDIA }));
    }
    if sends_idempotency_key(operation) {
        headers.push(json!({ "key": "Idempotency-Key", "value": "{{idempotencyKey}}" }));
    }

    let mut http = json!({
        "method": request.method.to_ascii_uppercase(),
        "header": headers,
        "url": url(request.path, operation, &request.bindings),
        "description": description(request),
    });
    if let Some(body) = body {
        http["body"] = body;
    }
    let open = operation["security"]
        .as_array()
        .is_some_and(|requirements| requirements.is_empty());
    if request.needs_admin() {
        http["auth"] = bearer("{{adminAccessToken}}");
    } else if open {
        http["auth"] = json!({ "type": "noauth" });
    }
    let mut events = Vec::new();
    if !needs.is_empty() {
        events.push(skip_script(needs));
    }
    events.push(test_script(request));

    let mut name = format!("{} {}", request.id, summary_of(operation));
    if let Some(target) = &request.made_for {
        name.push_str(&format!(" (for {target})"));
    }
    json!({ "name": name, "event": events, "request": http })
}

/// Returns the media type a binary body is sent as: the first the document accepts, made
/// concrete when it is a range (`audio/*` is sent as `audio/wav`), since a request names one.
fn binary_media_type(operation: &Value) -> Option<String> {
    let declared = operation["requestBody"]["content"]
        .as_object()?
        .keys()
        .next()?
        .clone();
    Some(match declared.split_once('/') {
        Some(("audio", "*")) => "audio/wav".to_owned(),
        Some(("video", "*")) => "video/mp4".to_owned(),
        Some((_, "*")) => "application/octet-stream".to_owned(),
        _ => declared,
    })
}

/// Returns the operation's description, after the reasons of the rules that adjust the
/// request.
fn description(request: &Request) -> String {
    let operation = request.operation;
    let own = operation["description"]
        .as_str()
        .or(operation["summary"].as_str())
        .unwrap_or_default();
    let mut paragraphs: Vec<&str> = request.reasons.clone();
    paragraphs.push(own);
    paragraphs.join("\n\n")
}

pub fn sends_idempotency_key(operation: &Value) -> bool {
    operation["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|parameter| parameter["$ref"] == "#/components/parameters/IdempotencyKey")
}

/// Returns a script that skips the request while one of `inputs` is empty.
pub fn skip_script(inputs: &BTreeSet<String>) -> Value {
    let empty: Vec<String> = inputs
        .iter()
        .map(|input| format!("!pm.variables.get({})", json!(input)))
        .collect();
    script(
        "prerequest",
        &[&format!(
            "if ({}) {{ pm.execution.skipRequest(); }}",
            empty.join(" || ")
        )],
    )
}

fn summary_of(operation: &Value) -> String {
    let summary = operation["summary"].as_str().unwrap_or_default();
    format!("— {}", summary.trim_end_matches('.'))
}

/// Builds the URL of a request: path variables become the variables of the run, or the ones
/// `bindings` gives them.
fn url(path: &str, operation: &Value, bindings: &BTreeMap<String, String>) -> Value {
    let segments: Vec<String> = path
        .trim_start_matches('/')
        .split('/')
        .map(|segment| bind_segment(segment, bindings))
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

/// Turns the `{variable}` of a path segment (`{queue_id}`, `{session_id}:offer`) into
/// `{{variable}}`, or into the variable `bindings` names.
fn bind_segment(segment: &str, bindings: &BTreeMap<String, String>) -> String {
    let Some((before, rest)) = segment.split_once('{') else {
        return segment.to_owned();
    };
    let Some((name, after)) = rest.split_once('}') else {
        return segment.to_owned();
    };
    let variable = bindings.get(name).map_or(name, String::as_str);
    format!("{before}{{{{{variable}}}}}{after}")
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
                request.id,
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
pub fn token_request(token_url: &str, admin: bool) -> Value {
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
        events.push(skip_script(&BTreeSet::from([ADMIN_INPUT.to_owned()])));
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

pub fn folder(name: &str, description: &str, items: Vec<Value>) -> Value {
    json!({ "name": name, "description": description, "item": items })
}

pub fn bearer(token: &str) -> Value {
    json!({
        "type": "bearer",
        "bearer": [{ "key": "token", "value": token, "type": "string" }],
    })
}

fn script(listen: &str, lines: &[&str]) -> Value {
    json!({ "listen": listen, "script": { "type": "text/javascript", "exec": lines } })
}
