//! Checks of the generated documents against the descriptors and the transcoder's rules.

use std::{collections::BTreeSet, sync::LazyLock};

use prost_reflect::{DynamicMessage, Kind};
use serde_json::{Value, json};

use super::{Documents, documents, schema::Schemas};
use crate::{http_rule, proto::DESCRIPTOR_POOL, proto::json::render};

static DOCUMENTS: LazyLock<Documents> = LazyLock::new(|| documents().expect("documents build"));

fn openapi() -> &'static Value {
    &DOCUMENTS.openapi
}

fn schema(name: &str) -> &'static Value {
    let schema = &openapi()["components"]["schemas"][name];
    assert!(schema.is_object(), "no component schema {name}");
    schema
}

fn operation(path: &str, method: &str) -> &'static Value {
    let operation = &openapi()["paths"][path][method];
    assert!(operation.is_object(), "no operation {method} {path}");
    operation
}

/// Lists every operation of the document as (operationId, operation).
fn operations() -> Vec<(String, &'static Value)> {
    openapi()["paths"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|item| item.as_object().unwrap().values())
        .map(|operation| {
            (
                operation["operationId"].as_str().unwrap().to_owned(),
                operation,
            )
        })
        .collect()
}

#[test]
fn every_rpc_has_an_operation() {
    let ids: Vec<String> = operations().into_iter().map(|(id, _)| id).collect();
    let unique: BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "operation ids are unique");

    let mut count = 0;
    for service in DESCRIPTOR_POOL
        .services()
        .filter(|service| service.package_name() == "globemeet.v1")
    {
        for method in service.methods() {
            // Streaming RPCs are gRPC only; their media has plain routes of its own.
            let Some(rule) = http_rule::of(&method) else {
                assert!(
                    method.is_client_streaming() || method.is_server_streaming(),
                    "{} has no http rule",
                    method.full_name()
                );
                continue;
            };
            let path = crate::rest::template::PathTemplate::parse(&rule.path)
                .unwrap()
                .openapi_path();
            let operation = operation(&path, &rule.method.to_ascii_lowercase());
            assert_eq!(operation["operationId"], method.name());
            assert_eq!(operation["tags"], json!([service.name()]));
            assert!(
                operation["summary"].as_str().is_some_and(|s| !s.is_empty()),
                "{} has a summary from its comment",
                method.name()
            );
            count += 1;
        }
    }
    assert!(count >= 30, "only {count} RPCs were found");
}

#[test]
fn enums_use_their_short_names() {
    assert_eq!(
        schema("Priority")["enum"],
        json!(["unspecified", "low", "normal", "high", "urgent"])
    );
    assert_eq!(
        schema("RoutingState")["enum"],
        json!(["unspecified", "idle", "offered", "interacting", "wrap_up"])
    );
    let description = schema("Priority")["description"].as_str().unwrap();
    assert!(
        description.contains("- `urgent`: Routed before everything else."),
        "{description}"
    );
}

#[test]
fn scalars_follow_the_json_rules() {
    let comments = super::comments::Comments::new(&DESCRIPTOR_POOL);
    let mut schemas = Schemas::new(&comments);
    let int64 = schemas.single(&Kind::Int64);
    assert_eq!(int64["type"], "string");
    assert_eq!(int64["format"], "int64");
    assert_eq!(schemas.single(&Kind::Uint64)["type"], "string");
    assert_eq!(schemas.single(&Kind::Int32)["type"], "integer");
    assert_eq!(schemas.single(&Kind::Bytes)["contentEncoding"], "base64");

    let queue = schema("Queue");
    assert_eq!(queue["properties"]["create_time"]["format"], "date-time");
    assert_eq!(queue["properties"]["skills"]["type"], "array");
    assert_eq!(
        queue["properties"]["max_queue_size"]["type"],
        json!(["integer", "null"]),
        "an unset proto3 optional field renders as null"
    );
    assert_eq!(
        queue["properties"]["overflow"]["anyOf"][1],
        json!({"type": "null"}),
        "an unset message field renders as null"
    );
    assert_eq!(
        queue["additionalProperties"], false,
        "unknown fields are rejected"
    );

    let metadata = &schema("google.rpc.ErrorInfo")["properties"]["metadata"];
    assert_eq!(metadata["type"], "object", "a map is an object");
    assert_eq!(metadata["additionalProperties"], json!({"type": "string"}));
}

#[test]
fn required_and_read_only_come_from_field_behavior() {
    let queue = schema("Queue");
    assert_eq!(queue["required"], json!(["name"]));
    assert_eq!(queue["properties"]["create_time"]["readOnly"], true);
    assert!(queue["properties"]["name"].get("readOnly").is_none());

    let patch = schema("QueuePatch");
    assert!(
        patch.get("required").is_none(),
        "a PATCH body requires nothing"
    );
    let update = operation("/v1/queues/{queue_id}", "patch");
    assert_eq!(
        update["requestBody"]["content"]["application/json"]["schema"]["$ref"],
        "#/components/schemas/QueuePatch"
    );
}

#[test]
fn path_fields_are_not_in_the_body() {
    let add = operation("/v1/queues/{queue_id}/agents", "post");
    let reference = add["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        .as_str()
        .unwrap();
    let body = schema(reference.rsplit('/').next().unwrap());
    assert!(body["properties"].get("queue_id").is_none());
    assert!(body["properties"].get("agent_id").is_some());
    assert_eq!(body["required"], json!(["agent_id"]));

    let names: Vec<&str> = add["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|parameter| parameter["name"].as_str())
        .collect();
    assert_eq!(names, vec!["queue_id"]);
}

#[test]
fn query_parameters_follow_the_transcoder() {
    let names = |path: &str, method: &str| -> Vec<String> {
        operation(path, method)["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|parameter| parameter["in"] == "query")
            .map(|parameter| parameter["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        names("/v1/queues", "get"),
        vec!["page_size", "page_token", "filter", "order_by"]
    );
    assert_eq!(names("/v1/queues/{queue_id}", "delete"), vec!["etag"]);
    assert!(
        names("/v1/queues/{queue_id}", "patch").is_empty(),
        "the update mask comes from the body keys"
    );
    assert!(names("/v1/queues/{queue_id}/agents", "post").is_empty());
}

#[test]
fn statuses_follow_the_method() {
    let statuses = |path: &str, method: &str| -> Vec<String> {
        operation(path, method)["responses"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    };
    let create = statuses("/v1/queues", "post");
    for status in [
        "201", "400", "401", "403", "409", "413", "415", "422", "429", "500", "503",
    ] {
        assert!(create.contains(&status.to_owned()), "create lacks {status}");
    }
    assert!(!create.contains(&"200".to_owned()));
    let delete = statuses("/v1/queues/{queue_id}", "delete");
    assert!(delete.contains(&"204".to_owned()));
    assert!(delete.contains(&"404".to_owned()));
    let get = statuses("/v1/queues/{queue_id}", "get");
    assert!(get.contains(&"200".to_owned()));
    assert!(!get.contains(&"409".to_owned()));
    assert!(!get.contains(&"422".to_owned()));
    assert!(!statuses("/v1/queues", "get").contains(&"404".to_owned()));
    assert!(
        statuses("/v1/license", "get").contains(&"404".to_owned()),
        "a singleton may be missing"
    );

    let created = &operation("/v1/queues", "post")["responses"]["201"];
    assert_eq!(created["headers"]["Location"]["required"], true);
    assert_eq!(created["headers"]["RateLimit-Limit"]["required"], true);
    assert_eq!(
        created["links"]["GetQueue"]["parameters"]["queue_id"],
        "$response.body#/id"
    );
    assert!(
        operation("/v1/queues/{queue_id}", "delete")["responses"]["204"]
            .get("content")
            .is_none()
    );
}

#[test]
fn operations_name_their_scope() {
    assert_eq!(
        operation("/v1/queues", "post")["security"],
        json!([{"OAuth2": ["queues:write"]}])
    );
    assert_eq!(
        operation("/v1/queues/{queue_id}/stats", "get")["security"],
        json!([{"OAuth2": ["queues:read"]}])
    );
    assert_eq!(
        operation("/v1/tenants", "get")["security"],
        json!([{"OAuth2": ["platform:admin"]}])
    );
    assert_eq!(
        operation("/v1/tenant", "get")["security"],
        json!([{"OAuth2": []}])
    );
    assert_eq!(operation("/v1/oauth/jwks", "get")["security"], json!([]));
    let scopes = &openapi()["components"]["securitySchemes"]["OAuth2"]["flows"]["clientCredentials"]
        ["scopes"];
    assert!(scopes.get("webhooks:write").is_some() && scopes.get("platform:admin").is_some());
}

#[test]
fn posts_take_an_idempotency_key() {
    for (id, operation) in operations() {
        let has_key = operation["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|parameter| parameter["$ref"] == "#/components/parameters/IdempotencyKey");
        let rpc_post = operation.get("x-grpc-method").is_some()
            && openapi()["paths"]
                .as_object()
                .unwrap()
                .values()
                .any(|item| std::ptr::eq(&item["post"], operation));
        assert_eq!(has_key, rpc_post, "{id}");
    }
}

#[test]
fn plain_routes_are_described() {
    for (path, method) in [
        ("/v1/oauth/token", "post"),
        ("/v1/oauth/jwks", "get"),
        ("/v1/openapi.json", "get"),
        ("/v1/postman.json", "get"),
        ("/v1/recordings/{recording_id}/media", "put"),
        ("/v1/recordings/{recording_id}/media", "get"),
        ("/v1/media/{signed_token}", "get"),
        ("/healthz", "get"),
        ("/readyz", "get"),
        ("/metrics", "get"),
    ] {
        let operation = operation(path, method);
        assert_eq!(
            operation["responses"]["200"]["headers"]["X-Request-Id"]["required"], true,
            "{method} {path}"
        );
    }
    let token = operation("/v1/oauth/token", "post");
    assert!(token["requestBody"]["content"]["application/x-www-form-urlencoded"].is_object());
}

#[test]
fn every_reference_resolves() {
    fn walk(value: &Value, document: &Value) {
        match value {
            Value::Object(object) => {
                if let Some(reference) = object.get("$ref").and_then(Value::as_str) {
                    let pointer = reference.strip_prefix('#').expect("local references only");
                    assert!(
                        document.pointer(pointer).is_some(),
                        "{reference} does not resolve"
                    );
                }
                object.values().for_each(|child| walk(child, document));
            }
            Value::Array(items) => items.iter().for_each(|child| walk(child, document)),
            _ => {}
        }
    }
    walk(openapi(), openapi());
}

#[test]
fn rendered_messages_have_exactly_the_schema_properties() {
    for name in [
        "Queue",
        "Agent",
        "Client",
        "Tenant",
        "QueueStats",
        "ListQueuesResponse",
    ] {
        let descriptor = DESCRIPTOR_POOL
            .get_message_by_name(&format!("globemeet.v1.{name}"))
            .unwrap();
        let rendered = render(&DynamicMessage::new(descriptor));
        let rendered_keys: BTreeSet<&String> = rendered.as_object().unwrap().keys().collect();
        let schema_keys: BTreeSet<&String> = schema(name)["properties"]
            .as_object()
            .unwrap()
            .keys()
            .collect();
        assert_eq!(rendered_keys, schema_keys, "{name}");
    }
}

#[test]
fn the_collection_runs_creates_before_their_uses() {
    let collection = &DOCUMENTS.postman;
    assert_eq!(
        collection["info"]["schema"],
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
    );
    let variables: Vec<&str> = collection["variable"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|variable| variable["key"].as_str())
        .collect();
    for name in ["baseUrl", "clientId", "clientSecret"] {
        assert!(variables.contains(&name), "{name}");
    }

    let folders = collection["item"].as_array().unwrap();
    assert_eq!(folders[0]["name"], "OAuth");
    let first = &folders[0]["item"][0];
    assert_eq!(first["request"]["url"]["raw"], "{{baseUrl}}/v1/oauth/token");
    let test = first["event"][0]["script"]["exec"].to_string();
    assert!(test.contains("accessToken"), "{test}");
    assert_eq!(folders.last().unwrap()["name"], "Clean-up");
    for folder in &folders[1..folders.len() - 1] {
        assert!(
            openapi()["tags"]
                .as_array()
                .unwrap()
                .iter()
                .any(|tag| tag["name"] == folder["name"]),
            "folder {} is a tag",
            folder["name"]
        );
    }

    let requests: Vec<&Value> = folders
        .iter()
        .flat_map(|folder| folder["item"].as_array().unwrap())
        .collect();
    let position = |operation_id: &str| {
        requests
            .iter()
            .position(|item| {
                item["name"]
                    .as_str()
                    .unwrap()
                    .starts_with(&format!("{operation_id} "))
            })
            .unwrap_or_else(|| panic!("{operation_id} is in the collection"))
    };
    assert!(position("CreateAgent") < position("AddQueueMember"));
    assert!(position("CreateQueue") < position("GetQueue"));
    assert!(position("AddQueueMember") < position("RemoveQueueMember"));
    assert!(position("RemoveQueueMember") < position("DeleteQueue"));
    assert!(position("BatchAddQueueMembers") < position("DeleteAgent"));

    for request in &requests {
        let http = &request["request"];
        let has_key = http["header"]
            .as_array()
            .unwrap()
            .iter()
            .any(|header| header["key"] == "Idempotency-Key");
        let is_token = http["url"]["raw"] == "{{baseUrl}}/v1/oauth/token";
        assert_eq!(
            has_key,
            http["method"] == "POST" && !is_token,
            "{}",
            request["name"]
        );
        let tests = request["event"]
            .as_array()
            .unwrap()
            .iter()
            .any(|event| event["listen"] == "test");
        assert!(tests, "{} checks its status", request["name"]);
    }
    let add = requests[position("AddQueueMember")];
    assert!(
        add["request"]["body"]["raw"]
            .as_str()
            .unwrap()
            .contains("\"{{agent_id}}\"")
    );
}

#[test]
fn singular_of_plural_field_names() {
    assert_eq!(super::singular("deliveries"), "delivery");
    assert_eq!(super::singular("queues"), "queue");
    assert_eq!(super::singular("skills"), "skill");
    assert_eq!(super::singular("data"), "data");
}
