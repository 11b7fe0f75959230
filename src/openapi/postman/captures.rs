//! The variables of a run: which responses fill them, and which paths and bodies use them.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{Value, json};

/// The kind of response value that fills a variable, best first. A variable is filled only by
/// the requests of its best kind: `ListClients` must not point `client_id` at the caller's own client when
/// `CreateClient` fills it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// The id of the resource the request created, from the links of a create, or a value a
    /// rule names.
    Created,
    /// The id of a resource that a GET by id returns: the response itself (`TestWebhook`
    /// returns a `WebhookEvent`) or one of its fields (the `replay` of `ReplayWebhookEvents`).
    Resource,
    /// The id of the first element of a list of objects.
    Listed,
}

/// A variable a response fills: its name and the JavaScript expression of its value, over the
/// parsed body `body`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capture {
    pub variable: String,
    pub expression: String,
    pub source: Source,
}

/// Maps each schema that a GET by id returns (`#/components/schemas/WebhookEvent`) to the path
/// variable of that GET (`event_id`).
pub fn getters(document: &Value) -> HashMap<String, String> {
    let mut getters = HashMap::new();
    for (path, item) in document["paths"].as_object().into_iter().flatten() {
        let Some(variable) = path
            .rsplit('/')
            .next()
            .and_then(|segment| segment.strip_prefix('{'))
            .and_then(|segment| segment.strip_suffix('}'))
        else {
            continue;
        };
        let schema = &item["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        if let Some(reference) = schema["$ref"].as_str() {
            getters
                .entry(reference.to_owned())
                .or_insert_with(|| variable.to_owned());
        }
    }
    getters
}

/// Lists the variables a successful response fills: the link parameters taken from the body,
/// the id of a resource that a GET by id returns, and the first `id` of each list of objects
/// that have one (`secrets` gives `secret_id`).
pub fn captures(
    document: &Value,
    operation: &Value,
    getters: &HashMap<String, String>,
) -> Vec<Capture> {
    let mut captures = Vec::new();
    let Some(responses) = operation["responses"].as_object() else {
        return captures;
    };
    for (status, response) in responses {
        if !status.starts_with('2') {
            continue;
        }
        link_captures(response, &mut captures);
        let schema = &response["content"]["application/json"]["schema"];
        if let Some(variable) = getter_of(schema, getters) {
            add(
                &mut captures,
                variable,
                "body[\"id\"]".to_owned(),
                Source::Resource,
            );
        }
        let schema = resolve(document, schema);
        for (name, property) in schema["properties"].as_object().into_iter().flatten() {
            let key = json!(name);
            if let Some(variable) = getter_of(property, getters) {
                let expression = format!("(body[{key}] ? body[{key}].id : undefined)");
                add(&mut captures, variable, expression, Source::Resource);
                continue;
            }
            let items = resolve(document, &property["items"]);
            if property["type"] != "array" || items["properties"].get("id").is_none() {
                continue;
            }
            let variable = getter_of(&property["items"], getters)
                .unwrap_or_else(|| format!("{}_id", crate::openapi::singular(name)));
            let expression =
                format!("(body[{key}] && body[{key}].length ? body[{key}][0].id : undefined)");
            add(&mut captures, variable, expression, Source::Listed);
        }
    }
    captures
}

/// Adds the parameters that the links of a response take from its body.
fn link_captures(response: &Value, captures: &mut Vec<Capture>) {
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
            let source = if field == "id" {
                Source::Created
            } else {
                Source::Resource
            };
            add(
                captures,
                name.clone(),
                format!("body[{}]", json!(field)),
                source,
            );
        }
    }
}

/// Returns the capture of a response field that a rule names.
pub fn field_capture(field: &str, variable: &str) -> Capture {
    Capture {
        variable: variable.to_owned(),
        expression: format!("body[{}]", json!(field)),
        source: Source::Created,
    }
}

/// Returns the capture of the last path segment of a URL in a response field that a rule
/// names.
pub fn last_segment_capture(field: &str, variable: &str) -> Capture {
    Capture {
        variable: variable.to_owned(),
        expression: format!(
            "(typeof body[{field}] === \"string\" ? body[{field}].split(\"?\")[0].split(\"/\").pop() : undefined)",
            field = json!(field)
        ),
        source: Source::Created,
    }
}

/// Returns the variable of the GET by id that returns `schema`, which is a reference or, for a
/// field that may be unset, `anyOf` a reference and `null`.
fn getter_of(schema: &Value, getters: &HashMap<String, String>) -> Option<String> {
    let alternatives = schema["anyOf"].as_array().into_iter().flatten();
    std::iter::once(schema)
        .chain(alternatives)
        .filter_map(|candidate| candidate["$ref"].as_str())
        .find_map(|reference| getters.get(reference))
        .cloned()
}

/// Adds a capture, keeping the better source when the same value fills the same variable.
fn add(captures: &mut Vec<Capture>, variable: String, expression: String, source: Source) {
    match captures
        .iter_mut()
        .find(|capture| capture.variable == variable && capture.expression == expression)
    {
        Some(existing) => existing.source = existing.source.min(source),
        None => captures.push(Capture {
            variable,
            expression,
            source,
        }),
    }
}

/// Keeps, for each variable, only the captures of its best source.
pub fn keep_best(all: &mut [Vec<Capture>]) {
    let mut best: HashMap<String, Source> = HashMap::new();
    for capture in all.iter().flatten() {
        best.entry(capture.variable.clone())
            .and_modify(|source| *source = (*source).min(capture.source))
            .or_insert(capture.source);
    }
    for captures in all {
        captures.retain(|capture| best[&capture.variable] == capture.source);
    }
}

/// Returns the request body example of the document, or `null`.
pub fn example(operation: &Value) -> Value {
    operation["requestBody"]["content"]["application/json"]["example"].clone()
}

/// The captured variables and the inputs that a body uses after [`substitute`].
#[derive(Default)]
pub struct Used {
    pub variables: BTreeSet<String>,
    pub inputs: BTreeSet<String>,
}

/// Replaces the fields of an example with variables. An id field named like a filled variable
/// (`agent_id`, or `agent_ids` for a list of them) takes that variable, or the one `bindings`
/// gives the field. A URL field (`url`, `…_url`) takes an input named after the body's schema
/// (`webhookUrl`), since only the person running the collection can name a receiver.
pub fn substitute(
    value: &mut Value,
    filled: &dyn Fn(&str) -> bool,
    bindings: &BTreeMap<String, String>,
    url_prefix: &str,
    used: &mut Used,
) {
    match value {
        Value::Object(object) => {
            for (key, field) in object.iter_mut() {
                let bound = bindings.get(key).cloned();
                if field.is_string()
                    && let Some(variable) =
                        bound.clone().or_else(|| filled(key).then(|| key.clone()))
                {
                    *field = json!(format!("{{{{{variable}}}}}"));
                    used.variables.insert(variable);
                    continue;
                }
                if field.is_string() && (key == "url" || key.ends_with("_url")) {
                    let input = url_input(url_prefix, key);
                    *field = json!(format!("{{{{{input}}}}}"));
                    used.inputs.insert(input);
                    continue;
                }
                let singular = crate::openapi::singular(key);
                if field.is_array() && filled(&singular) {
                    *field = json!([format!("{{{{{singular}}}}}")]);
                    used.variables.insert(singular);
                    continue;
                }
                substitute(field, filled, bindings, url_prefix, used);
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| substitute(item, filled, bindings, url_prefix, used)),
        _ => {}
    }
}

/// Returns the input variable of a URL field: the schema's name in lowerCamelCase followed by
/// the field's name in UpperCamelCase (`webhookUrl` for `url` of `Webhook`).
pub fn url_input(prefix: &str, field: &str) -> String {
    let mut name = prefix.to_owned();
    for word in field.split('_') {
        let mut characters = word.chars();
        if let Some(first) = characters.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(characters);
        }
    }
    name
}

/// Returns the prefix of the URL inputs of a request body: its schema's name without the form
/// suffix, in lowerCamelCase (`webhook` for `WebhookPatch`).
pub fn url_prefix(operation: &Value) -> String {
    let reference = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        .as_str()
        .unwrap_or_default();
    let name = reference.rsplit('/').next().unwrap_or_default();
    let base = ["Patch", "RequestBody", "Request", "Body"]
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix))
        .unwrap_or(name);
    let mut characters = base.chars();
    match characters.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + characters.as_str(),
        None => "request".to_owned(),
    }
}

/// Follows a local `$ref` of the document.
pub fn resolve<'a>(document: &'a Value, schema: &'a Value) -> &'a Value {
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
