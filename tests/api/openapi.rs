//! The served documents: `/v1/openapi.json` and `/v1/postman.json` equal the output of
//! `globemeet openapi`, need no token, and describe the server's responses.

use std::process::Command;

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{
    backend_test,
    support::{Backend, TestServer},
};

fn printed(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_globemeet"))
        .args(args)
        .output()
        .expect("run globemeet openapi");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

async fn served(server: &TestServer, path: &str) -> String {
    let response = reqwest::get(server.url(path)).await.expect("GET document");
    assert_eq!(response.status(), StatusCode::OK, "{path} needs no token");
    assert_eq!(
        response.headers()["content-type"],
        "application/json",
        "{path}"
    );
    assert!(response.headers().contains_key("x-request-id"));
    response.text().await.expect("document text")
}

backend_test!(served_documents_match_the_command);
async fn served_documents_match_the_command(backend: Backend) {
    let server = TestServer::start(&backend).await;

    let openapi_text = served(&server, "/v1/openapi.json").await;
    assert_eq!(openapi_text, printed(&["openapi"]));
    let postman_text = served(&server, "/v1/postman.json").await;
    assert_eq!(postman_text, printed(&["openapi", "--postman"]));

    let document: Value = serde_json::from_str(&openapi_text).expect("JSON");
    assert_eq!(document["openapi"], "3.1.0");
    assert!(document["info"]["title"].is_string());
    assert!(document["info"]["version"].is_string());
    let paths = document["paths"].as_object().expect("paths");
    assert!(paths.contains_key("/v1/queues"));
    assert!(paths.contains_key("/v1/oauth/token"));
    for (path, item) in paths {
        for (method, operation) in item.as_object().expect("path item") {
            assert!(
                operation["operationId"].is_string(),
                "{method} {path} has an id"
            );
            let responses = operation["responses"].as_object().expect("responses");
            assert!(
                responses.keys().any(|status| status.starts_with('2')),
                "{method} {path} has a success response"
            );
            assert!(
                operation["security"].is_array(),
                "{method} {path} names its security"
            );
        }
    }

    let collection: Value = serde_json::from_str(&postman_text).expect("JSON");
    assert_eq!(
        collection["info"]["schema"],
        "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
    );
    server.stop().await;
}

#[test]
fn committed_documents_are_current() {
    let root = env!("CARGO_MANIFEST_DIR");
    for (file, args) in [
        ("openapi/openapi.json", &["openapi"][..]),
        ("openapi/postman.json", &["openapi", "--postman"][..]),
    ] {
        let committed = std::fs::read_to_string(format!("{root}/{file}"))
            .unwrap_or_else(|error| panic!("{file}: {error}"));
        assert!(
            committed == printed(args),
            "{file} is stale: regenerate it with `cargo run -- {} > {file}`",
            args.join(" ")
        );
    }
}

/// Returns the sorted property names of the component schema `name`.
fn properties(document: &Value, name: &str) -> Vec<String> {
    let mut keys: Vec<String> = document["components"]["schemas"][name]["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("schema {name}"))
        .keys()
        .cloned()
        .collect();
    keys.sort();
    keys
}

fn keys(value: &Value) -> Vec<String> {
    let mut keys: Vec<String> = value.as_object().expect("object").keys().cloned().collect();
    keys.sort();
    keys
}

backend_test!(responses_carry_what_the_document_promises);
async fn responses_carry_what_the_document_promises(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let document: Value =
        serde_json::from_str(&served(&server, "/v1/openapi.json").await).expect("JSON");
    let http = reqwest::Client::new();

    let created = http
        .post(server.url("/v1/queues"))
        .bearer_auth(&server.token)
        .json(&json!({"name": "Billing"}))
        .send()
        .await
        .expect("create");
    assert_eq!(created.status(), StatusCode::CREATED);
    for header in [
        "location",
        "x-request-id",
        "ratelimit-limit",
        "ratelimit-remaining",
        "ratelimit-reset",
    ] {
        assert!(created.headers().contains_key(header), "{header}");
    }
    let queue: Value = created.json().await.expect("queue");
    assert_eq!(
        keys(&queue),
        properties(&document, "Queue"),
        "every field is present"
    );
    assert_eq!(
        queue["max_queue_size"],
        Value::Null,
        "an unset optional field is null"
    );

    let missing = http
        .get(server.url("/v1/queues/nope"))
        .bearer_auth(&server.token)
        .send()
        .await
        .expect("get");
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
    let error: Value = missing.json().await.expect("error");
    assert_eq!(keys(&error), vec!["error"]);
    let described = document["components"]["schemas"]["Error"]["properties"]["error"]["required"]
        .as_array()
        .expect("required error fields")
        .iter()
        .map(|name| name.as_str().unwrap().to_owned())
        .collect::<Vec<_>>();
    let mut described = described;
    described.sort();
    assert_eq!(keys(&error["error"]), described);
    let detail_types: Vec<String> = document["components"]["schemas"]["ErrorDetail"]["oneOf"]
        .as_array()
        .expect("detail types")
        .iter()
        .map(|reference| {
            let name = reference["$ref"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap();
            document["components"]["schemas"][name]["properties"]["@type"]["const"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    for detail in error["error"]["details"].as_array().expect("details") {
        assert!(
            detail_types.contains(&detail["@type"].as_str().unwrap().to_owned()),
            "{detail}"
        );
    }
    server.stop().await;
}

backend_test!(patch_bodies_name_the_fields_they_change);
async fn patch_bodies_name_the_fields_they_change(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let http = reqwest::Client::new();
    let patch = |body: Value| {
        http.patch(server.url("/v1/queues/Q1"))
            .bearer_auth(&server.token)
            .json(&body)
            .send()
    };
    let created = http
        .post(server.url("/v1/queues"))
        .bearer_auth(&server.token)
        .json(&json!({"id": "Q1", "name": "Sales", "max_queue_size": 5, "max_wait_seconds": 60}))
        .send()
        .await
        .expect("create");
    assert_eq!(created.status(), StatusCode::CREATED);

    // An empty body names no field; as an empty update mask it would mean "every field".
    let empty = patch(json!({})).await.expect("patch");
    assert_eq!(empty.status(), StatusCode::BAD_REQUEST);
    let error: Value = empty.json().await.expect("error");
    assert_eq!(
        error["error"]["details"][1]["field_violations"][0]["field"],
        "queue"
    );

    // A field sent as null is cleared; the others keep their values.
    let cleared = patch(json!({"max_queue_size": null})).await.expect("patch");
    assert_eq!(cleared.status(), StatusCode::OK);
    let queue: Value = cleared.json().await.expect("queue");
    assert_eq!(queue["max_queue_size"], Value::Null);
    assert_eq!(queue["name"], "Sales");
    assert_eq!(queue["max_wait_seconds"], 60);

    let camel = patch(json!({"maxWaitSeconds": 30})).await.expect("patch");
    assert_eq!(camel.status(), StatusCode::OK);
    let queue: Value = camel.json().await.expect("queue");
    assert_eq!(queue["max_wait_seconds"], 30);
    assert_eq!(queue["name"], "Sales");
    server.stop().await;
}
