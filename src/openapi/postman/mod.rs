//! The Postman collection (v2.1) made from the OpenAPI document: a folder per tag, a token
//! request first, and requests ordered so a run against a fresh tenant passes.
//!
//! A response fills variables ([`captures`]): those its links name (`queue_id` from
//! `$response.body#/id` of a create), the id of a resource that a GET by id returns, or the
//! first id of a list. Later requests use them in paths and bodies. Requests follow what they
//! depend on ([`order`]), a few rules add what the descriptors cannot express ([`rules`]), and the
//! deletes run last, in a clean-up folder. Inputs that only the person running the
//! collection knows (the administration client, where a webhook receiver runs) are
//! variables; a request that needs an empty one is skipped, and so are the requests that
//! depend on it.

mod captures;
mod items;
mod order;
mod rules;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{Value, json};

use captures::{Capture, Source, Used};
use items::{ADMIN_INPUT, bearer, folder, item, token_request};
use rules::{RULES, Rule};

/// The collection format.
const SCHEMA_URL: &str = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

/// The folder of the deletes, run after every other folder.
const CLEAN_UP: &str = "Clean-up";

/// The scope whose operations run with the platform administrator's token.
const ADMIN_SCOPE: &str = "platform:admin";

/// One operation of the document as a request of the collection. A rule may add a copy of a
/// request, which has its own entry.
pub struct Request<'a> {
    /// The operation id.
    id: String,
    path: &'a str,
    method: &'a str,
    operation: &'a Value,
    folder: String,
    captures: Vec<Capture>,
    /// Path variables and body fields that take another variable than the one of their name.
    bindings: BTreeMap<String, String>,
    /// The variables of the run the request uses.
    uses: BTreeSet<String>,
    /// The inputs the request itself needs.
    inputs: BTreeSet<String>,
    /// The requests that must run before it, by index, besides those filling its variables.
    after: BTreeSet<usize>,
    /// Every request that must run before it, by index.
    depends_on: BTreeSet<usize>,
    /// For a copy that a rule adds: the request it is made for, by index and operation id.
    before: Option<usize>,
    made_for: Option<String>,
    /// The reasons of the rules that adjust the request.
    reasons: Vec<&'static str>,
}

impl<'a> Request<'a> {
    fn new(path: &'a str, method: &'a str, operation: &'a Value, tag: String) -> Self {
        Self {
            id: operation["operationId"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
            path,
            method,
            operation,
            folder: tag,
            captures: Vec::new(),
            bindings: BTreeMap::new(),
            uses: BTreeSet::new(),
            inputs: BTreeSet::new(),
            after: BTreeSet::new(),
            depends_on: BTreeSet::new(),
            before: None,
            made_for: None,
            reasons: Vec::new(),
        }
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

    fn fills(&self, variable: &str) -> bool {
        self.captures
            .iter()
            .any(|capture| capture.variable == variable)
    }

    /// Returns the JSON body the request sends (the document's example with the run's
    /// variables) and what it uses, or `None` when the request has no JSON body. `filled`
    /// returns whether a response of the run fills a variable.
    fn json_body(&self, filled: &dyn Fn(&str) -> bool) -> Option<(Value, Used)> {
        self.operation["requestBody"]["content"].get("application/json")?;
        let mut body = captures::example(self.operation);
        if body.is_null() {
            body = json!({});
        }
        let prefix = captures::url_prefix(self.operation);
        let mut used = Used::default();
        captures::substitute(&mut body, filled, &self.bindings, &prefix, &mut used);
        Some((body, used))
    }

    /// Returns the path variables, as the run fills them.
    fn path_variables(&self) -> Vec<String> {
        path_parameters(self.operation)
            .into_iter()
            .map(|name| self.bindings.get(&name).cloned().unwrap_or(name))
            .collect()
    }

    /// Returns the variable of the resource a request acts on, its last path variable.
    fn resource_variable(&self) -> Option<String> {
        let last = self.path.rsplit_once('{')?.1.split_once('}')?.0;
        Some(
            self.bindings
                .get(last)
                .cloned()
                .unwrap_or_else(|| last.to_owned()),
        )
    }
}

/// Builds the collection. `order` lists every operation of the document as (path, method), in
/// the order of the protos; it breaks ties where the dependencies do not decide.
pub fn collection(document: &Value, order: &[(String, String)]) -> Value {
    let token_url = document["components"]["securitySchemes"]["OAuth2"]["flows"]
        ["clientCredentials"]["tokenUrl"]
        .as_str()
        .unwrap_or("/v1/oauth/token");
    let mut requests = requests(document, order, token_url);
    let producers = producers(&requests);
    link(&mut requests, &producers);

    let tag_order: Vec<String> = document["tags"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|tag| tag["name"].as_str().map(str::to_owned))
        .collect();
    let (main, clean_up) = partition(&requests);
    let folders = order::folders(&requests, main, &tag_order);
    let clean_up = order::clean_up(&mut requests, clean_up);

    let sequence: Vec<usize> = folders
        .iter()
        .flat_map(|(_, members)| members.iter().copied())
        .chain(clean_up.iter().copied())
        .collect();
    let needs = needs(&requests, &producers, &sequence);
    let filled = |variable: &str| producers.contains_key(variable);
    let render = |index: &usize| item(&requests[*index], &filled, &needs[*index]);

    let rendered = render_folders(document, token_url, &folders, &clean_up, &render);

    json!({
        "info": {
            "name": document["info"]["title"],
            "description": format!(
                "{}\n\nSet `baseUrl`, `clientId` and `clientSecret`, then run the collection in order: the creates fill the id variables that later requests use, and the clean-up folder deletes what the run created. Set `adminClientId` and `adminClientSecret` to run the requests that need `platform:admin`, and the URL inputs (such as `webhookUrl`) to run the requests that send them; requests whose inputs are empty are skipped.",
                document["info"]["description"].as_str().unwrap_or_default()
            ),
            "version": document["info"]["version"],
            "schema": SCHEMA_URL,
        },
        "auth": bearer("{{accessToken}}"),
        "event": [{
            "listen": "prerequest",
            "script": {
                "type": "text/javascript",
                "exec": ["pm.variables.set(\"idempotencyKey\", pm.variables.replaceIn(\"{{$guid}}\"));"],
            },
        }],
        "variable": variables(document, &requests),
        "item": rendered,
    })
}

/// Renders the folders: the token requests and the OAuth folder's requests first, a folder per
/// tag, then the clean-up.
fn render_folders(
    document: &Value,
    token_url: &str,
    folders: &[(String, Vec<usize>)],
    clean_up: &[usize],
    render: &dyn Fn(&usize) -> Value,
) -> Vec<Value> {
    let mut first = vec![
        token_request(token_url, false),
        token_request(token_url, true),
    ];
    for (_, members) in folders.iter().filter(|(name, _)| name == "OAuth") {
        first.extend(members.iter().map(render));
    }
    let mut rendered = vec![folder(
        "OAuth",
        "Fetches the access tokens the other requests use.",
        first,
    )];
    for (name, members) in folders.iter().filter(|(name, _)| name != "OAuth") {
        let items = members.iter().map(render).collect();
        rendered.push(folder(name, &tag_description(document, name), items));
    }
    if !clean_up.is_empty() {
        rendered.push(folder(
            CLEAN_UP,
            "Deletes what the run created, dependants before what they depend on. Where the run's own resource cannot be deleted, a request made for the delete comes first and says why.",
            clean_up.iter().map(render).collect(),
        ));
    }
    rendered
}

/// Splits the requests into the main run and the clean-up (the deletes and the copies made
/// for them), each in the document's order with every copy right before its request, so that
/// ties keep it there.
fn partition(requests: &[Request]) -> (Vec<usize>, Vec<usize>) {
    let mut main = Vec::new();
    let mut clean_up = Vec::new();
    for index in (0..requests.len()).filter(|&index| requests[index].before.is_none()) {
        let group = if requests[index].method == "delete" {
            &mut clean_up
        } else {
            &mut main
        };
        group.extend((0..requests.len()).filter(|&copy| requests[copy].before == Some(index)));
        group.push(index);
    }
    (main, clean_up)
}

/// Makes the requests of the run: every RPC, the plain routes whose path variables the run
/// fills and whose body it can send, and the copies that rules add.
fn requests<'a>(
    document: &'a Value,
    order: &'a [(String, String)],
    token_url: &str,
) -> Vec<Request<'a>> {
    let getters = captures::getters(document);
    let mut requests: Vec<Request> = order
        .iter()
        .filter(|(path, _)| path != token_url)
        .filter_map(|(path, method)| {
            let operation = document["paths"].get(path)?.get(method)?;
            let tag = operation["tags"][0].as_str().unwrap_or("Other").to_owned();
            let mut request = Request::new(path, method, operation, tag);
            request.captures = captures::captures(document, operation, &getters);
            Some(request)
        })
        .collect();
    apply_value_rules(&mut requests);
    let mut all: Vec<Vec<Capture>> = requests.iter().map(|r| r.captures.clone()).collect();
    captures::keep_best(&mut all);
    for (request, captures) in requests.iter_mut().zip(all) {
        request.captures = captures;
    }

    // A plain route joins the run when the run fills its path variables, in the folder of
    // the request that fills the first of them (a recording's media goes with recordings).
    let fillers = producers(&requests);
    requests.retain(|request| is_rpc(request.operation) || sendable(request.operation, &fillers));
    let fillers = producers(&requests);
    let folders: Vec<Option<String>> = requests
        .iter()
        .map(|request| {
            if is_rpc(request.operation) {
                return None;
            }
            let first = path_parameters(request.operation).into_iter().next()?;
            let producer = fillers.get(&first)?.first()?;
            Some(requests[*producer].folder.clone())
        })
        .collect();
    for (request, folder) in requests.iter_mut().zip(folders) {
        if let Some(folder) = folder {
            request.folder = folder;
        }
    }

    add_copies(&mut requests);
    requests
}

/// Returns whether an operation is an RPC rather than a plain route.
fn is_rpc(operation: &Value) -> bool {
    operation.get("x-grpc-method").is_some()
}

/// Returns whether the run can send a plain route: each of its path variables is filled, and
/// its body, if any, is JSON or bytes.
fn sendable(operation: &Value, producers: &HashMap<String, Vec<usize>>) -> bool {
    let filled = path_parameters(operation)
        .iter()
        .all(|name| producers.contains_key(name));
    let body_sendable = operation["requestBody"]["content"]
        .as_object()
        .is_none_or(|content| {
            content.keys().all(|media_type| {
                media_type == "application/json"
                    || media_type.starts_with("audio/")
                    || media_type.starts_with("video/")
                    || media_type == "application/octet-stream"
            })
        });
    filled && body_sendable
}

/// Applies the rules that change which variables a request fills and uses.
fn apply_value_rules(requests: &mut [Request]) {
    for (rule, reason) in RULES {
        for request in requests
            .iter_mut()
            .filter(|request| request.id == rule.request())
        {
            match rule {
                Rule::Fills {
                    field, variable, ..
                } => request
                    .captures
                    .push(captures::field_capture(field, variable)),
                Rule::FillsLastSegment {
                    field, variable, ..
                } => request
                    .captures
                    .push(captures::last_segment_capture(field, variable)),
                Rule::Takes {
                    field, variable, ..
                } => {
                    request
                        .bindings
                        .insert((*field).to_owned(), (*variable).to_owned());
                }
                Rule::After { .. } => {}
                Rule::Another { .. } => continue,
            }
            request.reasons.push(reason);
        }
    }
}

/// Adds the copies of [`Rule::Another`]: a copy of the request that creates the resource,
/// filling `other_…`, made for the request that needs a second resource.
fn add_copies(requests: &mut Vec<Request>) {
    for (rule, reason) in RULES {
        let Rule::Another { request, variable } = rule else {
            continue;
        };
        let Some(target) = requests
            .iter()
            .position(|candidate| candidate.id == *request && candidate.before.is_none())
        else {
            continue;
        };
        let Some(creator) = requests.iter().position(|candidate| {
            candidate
                .captures
                .iter()
                .any(|capture| capture.variable == *variable && capture.source == Source::Created)
        }) else {
            continue;
        };
        let other = rules::other(variable);
        let original = &requests[creator];
        let mut copy = Request::new(
            original.path,
            original.method,
            original.operation,
            requests[target].folder.clone(),
        );
        copy.bindings = original.bindings.clone();
        copy.captures = original
            .captures
            .iter()
            .filter(|capture| capture.variable == *variable)
            .map(|capture| Capture {
                variable: other.clone(),
                ..capture.clone()
            })
            .collect();
        copy.before = Some(target);
        copy.made_for = Some(requests[target].id.clone());
        copy.reasons.push(reason);
        requests[target]
            .bindings
            .insert((*variable).to_owned(), other);
        requests.push(copy);
    }
}

/// For each variable, the requests whose responses fill it, by index.
fn producers(requests: &[Request]) -> HashMap<String, Vec<usize>> {
    let mut producers: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, request) in requests.iter().enumerate() {
        for capture in &request.captures {
            let entry = producers.entry(capture.variable.clone()).or_default();
            if !entry.contains(&index) {
                entry.push(index);
            }
        }
    }
    producers
}

/// Fills in what each request uses and needs, and what it depends on. A request depends on
/// the requests that fill its variables and on those it runs after ([`run_after`]).
fn link(requests: &mut [Request], producers: &HashMap<String, Vec<usize>>) {
    let filled = |variable: &str| producers.contains_key(variable);
    for request in requests.iter_mut() {
        find_uses(request, &filled);
    }
    let mut after = run_after(requests);
    for (index, request) in requests.iter_mut().enumerate() {
        request.after = std::mem::take(&mut after[index]);
        request.depends_on = request
            .uses
            .iter()
            .filter_map(|variable| producers.get(variable))
            .flatten()
            .copied()
            .chain(request.after.iter().copied())
            .filter(|&other| other != index)
            .collect();
    }
}

/// Fills in the variables a request uses, in its path and body, and the inputs it needs.
fn find_uses(request: &mut Request, filled: &dyn Fn(&str) -> bool) {
    let used = request
        .json_body(filled)
        .map(|(_, used)| used)
        .unwrap_or_default();
    request.uses = request.path_variables().into_iter().collect();
    request.uses.extend(used.variables);
    request.inputs = used.inputs;
    if request.needs_admin() {
        request.inputs.insert(ADMIN_INPUT.to_owned());
    }
}

/// Returns, for each request, the requests it runs after besides those filling its variables:
/// those that [`Rule::After`] names, and for a GET of a singleton the PUT or PATCH of its path.
fn run_after(requests: &[Request]) -> Vec<BTreeSet<usize>> {
    let mut after: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); requests.len()];
    for (index, request) in requests.iter().enumerate() {
        for (rule, _) in RULES {
            if let Rule::After {
                request: id,
                after: earlier,
            } = rule
                && request.id == *id
                && request.before.is_none()
            {
                after[index].extend((0..requests.len()).filter(|&other| {
                    requests[other].id == *earlier && requests[other].before.is_none()
                }));
            }
        }
        if request.method == "get" && is_singleton(request.path) {
            after[index].extend((0..requests.len()).filter(|&other| {
                requests[other].path == request.path
                    && matches!(requests[other].method, "put" | "patch")
            }));
        }
    }
    after
}

/// Returns, for each request, the inputs without which it is skipped: its own, those of the
/// requests it runs after, and for each variable it uses, those that every request filling
/// the variable needs.
fn needs(
    requests: &[Request],
    producers: &HashMap<String, Vec<usize>>,
    sequence: &[usize],
) -> Vec<BTreeSet<String>> {
    let mut needs: Vec<BTreeSet<String>> = requests
        .iter()
        .map(|request| request.inputs.clone())
        .collect();
    // The sets only grow, and each is bounded by the inputs, so this settles.
    loop {
        let mut changed = false;
        for &index in sequence {
            let request = &requests[index];
            let mut more: BTreeSet<String> = needs[index].clone();
            for variable in &request.uses {
                let mut fillers = producers
                    .get(variable)
                    .into_iter()
                    .flatten()
                    .filter(|&&producer| producer != index);
                if let Some(&first) = fillers.next() {
                    let common = fillers.fold(needs[first].clone(), |common, &producer| {
                        common.intersection(&needs[producer]).cloned().collect()
                    });
                    more.extend(common);
                }
            }
            for &earlier in &request.after {
                more.extend(needs[earlier].iter().cloned());
            }
            if more != needs[index] {
                needs[index] = more;
                changed = true;
            }
        }
        if !changed {
            return needs;
        }
    }
}

/// Lists the collection's variables: the settings, the inputs and every variable a response
/// fills.
fn variables(document: &Value, requests: &[Request]) -> Vec<Value> {
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
            ADMIN_INPUT,
            "",
            "A platform administration client id; the requests that need `platform:admin`, and those that depend on them, are skipped while it is empty.",
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
    let inputs: BTreeSet<&String> = requests
        .iter()
        .flat_map(|request| &request.inputs)
        .filter(|input| *input != ADMIN_INPUT)
        .collect();
    for input in inputs {
        variables.push(variable(
            input,
            "",
            "A URL of your own that the requests send, such as a receiver of webhook deliveries that the server admits (public, or inside `GLOBEMEET_WEBHOOK_ALLOWED_CIDRS`); the requests that need it, and those that depend on them, are skipped while it is empty.",
        ));
    }
    let filled: BTreeSet<&String> = requests
        .iter()
        .flat_map(|request| &request.captures)
        .map(|capture| &capture.variable)
        .collect();
    for name in filled {
        variables.push(variable(name, "", "Filled by a response of this run."));
    }
    variables
}

fn variable(key: &str, value: &str, description: &str) -> Value {
    json!({ "key": key, "value": value, "type": "string", "description": description })
}

/// Returns whether a path names a singleton, a resource without a create of its own whose
/// last segment is a literal (`/v1/tenants/{tenant_id}/license`): its PUT or PATCH may create
/// it.
fn is_singleton(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|segment| !segment.contains('{') && !segment.contains(':'))
}

/// Returns the names of an operation's path parameters, in path order.
fn path_parameters(operation: &Value) -> Vec<String> {
    operation["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|parameter| parameter["in"] == "path")
        .filter_map(|parameter| parameter["name"].as_str().map(str::to_owned))
        .collect()
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

#[cfg(test)]
mod tests;
