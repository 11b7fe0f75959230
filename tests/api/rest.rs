use globemeet::{
    proto::globemeet::v1::{
        GetAgentRequest, GetQueueRequest, ListQueueMembersRequest, ListQueuesRequest,
    },
    proto::json::render,
};
use prost::Message;
use prost_reflect::DynamicMessage;
use reqwest::{Method, StatusCode, header};
use serde_json::{Value, json};

use crate::{
    backend_test,
    support::{Backend, TestServer},
};

/// Renders a gRPC reply as the REST surface does.
fn rendered<M: Message>(message: &M, full_name: &str) -> Value {
    let descriptor = globemeet::proto::DESCRIPTOR_POOL
        .get_message_by_name(full_name)
        .expect("known message");
    render(
        &DynamicMessage::decode(descriptor, message.encode_to_vec().as_slice()).expect("decodes"),
    )
}

/// A JSON REST client with the test tenant's token.
struct Rest {
    http: reqwest::Client,
    base: String,
    token: String,
}

struct Reply {
    status: StatusCode,
    headers: header::HeaderMap,
    body: Value,
}

impl Rest {
    fn new(server: &TestServer) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: server.url(""),
            token: server.token.clone(),
        }
    }

    async fn send(&self, method: Method, path: &str, body: Option<Value>) -> Reply {
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(&self.token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        reply(request).await
    }

    async fn raw(&self, method: Method, path: &str, content_type: &str, body: Vec<u8>) -> Reply {
        let request = self
            .http
            .request(method, format!("{}{path}", self.base))
            .bearer_auth(&self.token)
            .header(header::CONTENT_TYPE, content_type)
            .body(body);
        reply(request).await
    }

    async fn get(&self, path: &str) -> Reply {
        self.send(Method::GET, path, None).await
    }

    async fn post(&self, path: &str, body: Value) -> Reply {
        self.send(Method::POST, path, Some(body)).await
    }

    async fn patch(&self, path: &str, body: Value) -> Reply {
        self.send(Method::PATCH, path, Some(body)).await
    }

    async fn delete(&self, path: &str) -> Reply {
        self.send(Method::DELETE, path, None).await
    }
}

async fn reply(request: reqwest::RequestBuilder) -> Reply {
    let response = request.send().await.expect("HTTP request");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.bytes().await.expect("body");
    let body = if bytes.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&bytes).expect("a JSON body")
    };
    Reply {
        status,
        headers,
        body,
    }
}

/// Asserts the REST error shape and returns the error object.
fn error_of(reply: &Reply, status: u16) -> &Value {
    assert_eq!(reply.status.as_u16(), status, "{}", reply.body);
    let error = &reply.body["error"];
    assert_eq!(error["code"], status, "{}", reply.body);
    assert!(error["status"].is_string(), "{}", reply.body);
    assert!(error["message"].is_string(), "{}", reply.body);
    assert!(
        error["request_id"]
            .as_str()
            .is_some_and(|id| !id.is_empty()),
        "{}",
        reply.body
    );
    error
}

fn violated_fields(error: &Value) -> Vec<String> {
    error["details"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|detail| detail["@type"] == "type.googleapis.com/google.rpc.BadRequest")
        .flat_map(|detail| {
            detail["field_violations"]
                .as_array()
                .cloned()
                .unwrap_or_default()
        })
        .map(|violation| violation["field"].as_str().unwrap_or_default().to_owned())
        .collect()
}

backend_test!(walkthrough_over_rest);
async fn walkthrough_over_rest(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let rest = Rest::new(&server);

    let agent = rest
        .post(
            "/v1/agents",
            json!({"id": "AGENT_42", "display_name": "Ada Lovelace"}),
        )
        .await;
    assert_eq!(agent.status, 201, "{}", agent.body);
    assert_eq!(agent.headers[header::LOCATION], "/v1/agents/AGENT_42");

    let queue_body = json!({"name":"Premium Support","skills":["english","billing"],"priority":"high","max_wait_seconds":300});
    let request = rest
        .http
        .post(format!("{}/v1/queues", rest.base))
        .bearer_auth(&rest.token)
        .header("Idempotency-Key", "7f4a-create-queue-1")
        .json(&queue_body);
    let queue = reply(request).await;
    assert_eq!(queue.status, 201, "{}", queue.body);
    let queue_id = queue.body["id"].as_str().expect("id").to_owned();
    assert_eq!(
        queue.headers[header::LOCATION],
        format!("/v1/queues/{queue_id}").as_str()
    );
    assert_eq!(queue.body["priority"], "high");
    assert_eq!(queue.body["skills"], json!(["english", "billing"]));
    assert!(
        queue
            .body
            .as_object()
            .unwrap()
            .contains_key("max_queue_size"),
        "unset optional fields are emitted"
    );
    assert_eq!(queue.body["max_queue_size"], Value::Null);
    assert_eq!(queue.body["overflow"]["action"], "disconnect");

    let member = rest
        .post(
            &format!("/v1/queues/{queue_id}/agents"),
            json!({"agent_id": "AGENT_42"}),
        )
        .await;
    assert_eq!(member.status, 201, "{}", member.body);
    assert_eq!(member.body["agent_id"], "AGENT_42");
    assert_eq!(
        member.headers[header::LOCATION],
        format!("/v1/queues/{queue_id}/agents/AGENT_42").as_str()
    );

    let removed = rest
        .delete(&format!("/v1/queues/{queue_id}/agents/AGENT_42"))
        .await;
    assert_eq!(removed.status, 204);
    assert_eq!(removed.body, Value::Null);

    server.stop().await;
}

backend_test!(rest_matches_grpc);
async fn rest_matches_grpc(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let rest = Rest::new(&server);
    let (mut queues, mut agents) = (server.queues().await, server.agents().await);

    let created = rest
        .post("/v1/queues", json!({"id": "Q1", "name": "Sales", "maxWaitSeconds": 30, "max_queue_size": 10, "overflow": {"action": "voicemail"}}))
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    rest.post("/v1/agents", json!({"id": "A1", "display_name": "Agent", "skills": [{"name": "english", "proficiency": 3}]})).await;
    rest.post("/v1/queues/Q1/agents", json!({"agent_id": "A1"}))
        .await;
    let presence = rest
        .post(
            "/v1/agents/A1:setPresence",
            json!({"presence": "available"}),
        )
        .await;
    assert_eq!(presence.status, 200, "{}", presence.body);
    assert_eq!(presence.body["presence"], "available");

    let grpc_queue = queues
        .get_queue(GetQueueRequest {
            queue_id: "Q1".into(),
        })
        .await
        .expect("get")
        .into_inner();
    assert_eq!(
        rest.get("/v1/queues/Q1").await.body,
        rendered(&grpc_queue, "globemeet.v1.Queue")
    );
    assert_eq!(created.body, rendered(&grpc_queue, "globemeet.v1.Queue"));

    let grpc_agent = agents
        .get_agent(GetAgentRequest {
            agent_id: "A1".into(),
        })
        .await
        .expect("get")
        .into_inner();
    assert_eq!(
        rest.get("/v1/agents/A1").await.body,
        rendered(&grpc_agent, "globemeet.v1.Agent")
    );

    let grpc_list = queues
        .list_queues(ListQueuesRequest::default())
        .await
        .expect("list")
        .into_inner();
    assert_eq!(
        rest.get("/v1/queues").await.body,
        rendered(&grpc_list, "globemeet.v1.ListQueuesResponse")
    );

    let grpc_members = queues
        .list_queue_members(ListQueueMembersRequest {
            queue_id: "Q1".into(),
            ..Default::default()
        })
        .await
        .expect("members")
        .into_inner();
    assert_eq!(
        rest.get("/v1/queues/Q1/agents").await.body,
        rendered(&grpc_members, "globemeet.v1.ListQueueMembersResponse")
    );

    let stats = rest.get("/v1/queues/Q1/stats").await;
    assert_eq!(stats.status, 200);
    assert_eq!(stats.body["members_available"], 1);
    assert_eq!(stats.body["members_total"], 1);

    let batch = rest
        .post(
            "/v1/queues/Q1/agents:batchAdd",
            json!({"agent_ids": ["A1"]}),
        )
        .await;
    assert_eq!(
        batch.status, 200,
        "a custom method answers 200: {}",
        batch.body
    );
    assert_eq!(batch.body["members"][0]["agent_id"], "A1");

    let page = rest.get("/v1/queues?page_size=1").await;
    assert_eq!(page.body["queues"].as_array().map(Vec::len), Some(1));
    assert_eq!(page.body["next_page_token"], "");

    server.stop().await;
}

backend_test!(json_rules_are_enforced);
async fn json_rules_are_enforced(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let rest = Rest::new(&server);

    let unknown = rest
        .post("/v1/queues", json!({"name": "Q", "colour": "red"}))
        .await;
    assert_eq!(
        violated_fields(error_of(&unknown, 400)),
        vec!["queue.colour"]
    );

    let by_number = rest
        .post("/v1/queues", json!({"name": "Q", "priority": 4}))
        .await;
    assert_eq!(by_number.status, 201, "{}", by_number.body);
    assert_eq!(by_number.body["priority"], "urgent");

    let by_full_name = rest
        .post(
            "/v1/queues",
            json!({"name": "Q", "priority": "PRIORITY_LOW"}),
        )
        .await;
    assert_eq!(by_full_name.body["priority"], "low");

    for bad in [json!("extreme"), json!(99), json!(true)] {
        let reply = rest
            .post("/v1/queues", json!({"name": "Q", "priority": bad}))
            .await;
        assert_eq!(
            violated_fields(error_of(&reply, 400)),
            vec!["queue.priority"],
            "{bad}"
        );
    }

    let wrong_type = rest
        .post(
            "/v1/queues",
            json!({"name": "Q", "max_wait_seconds": "soon"}),
        )
        .await;
    assert_eq!(
        violated_fields(error_of(&wrong_type, 400)),
        vec!["queue.max_wait_seconds"]
    );

    let service_validation = rest
        .post("/v1/queues", json!({"name": "", "max_wait_seconds": -5}))
        .await;
    let fields = violated_fields(error_of(&service_validation, 400));
    assert_eq!(fields, vec!["queue.name", "queue.max_wait_seconds"]);

    let duplicate = rest
        .raw(
            Method::POST,
            "/v1/queues",
            "application/json",
            br#"{"name":"a","name":"b"}"#.to_vec(),
        )
        .await;
    error_of(&duplicate, 400);

    let unknown_query = rest.get("/v1/queues?colour=red").await;
    assert_eq!(
        violated_fields(error_of(&unknown_query, 400)),
        vec!["colour"]
    );

    let listed = rest.get("/v1/queues").await;
    assert_eq!(
        listed.body["queues"].as_array().map(Vec::len),
        Some(2),
        "only the two valid queues exist"
    );

    server.stop().await;
}

backend_test!(bodies_are_checked_before_use);
async fn bodies_are_checked_before_use(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let rest = Rest::new(&server);
    rest.post("/v1/queues", json!({"id": "Q1", "name": "Q"}))
        .await;

    let empty = rest
        .raw(Method::POST, "/v1/queues", "application/json", Vec::new())
        .await;
    assert_eq!(violated_fields(error_of(&empty, 400)), vec!["queue.name"]);
    let empty_member = rest
        .raw(
            Method::POST,
            "/v1/queues/Q1/agents",
            "application/json",
            Vec::new(),
        )
        .await;
    assert_eq!(
        violated_fields(error_of(&empty_member, 400)),
        vec!["agent_id"]
    );

    let text = rest
        .raw(Method::POST, "/v1/queues", "text/plain", b"name=Q".to_vec())
        .await;
    error_of(&text, 415);

    let huge = format!(r#"{{"name": "{}"}}"#, "x".repeat(2 * 1024 * 1024));
    let too_large = rest
        .raw(
            Method::POST,
            "/v1/queues",
            "application/json",
            huge.into_bytes(),
        )
        .await;
    error_of(&too_large, 413);

    let invalid_utf8 = rest
        .raw(
            Method::POST,
            "/v1/queues",
            "application/json",
            b"{\"name\": \"\xff\xfe\"}".to_vec(),
        )
        .await;
    error_of(&invalid_utf8, 400);
    let lone_surrogate = rest
        .raw(
            Method::POST,
            "/v1/queues",
            "application/json",
            br#"{"name": "\ud800"}"#.to_vec(),
        )
        .await;
    error_of(&lone_surrogate, 400);

    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let nested = rest
        .raw(
            Method::POST,
            "/v1/queues",
            "application/json",
            deep.into_bytes(),
        )
        .await;
    error_of(&nested, 400);
    let deep_objects = format!("{}{}", r#"{"overflow":"#.repeat(10_000), "}".repeat(10_000));
    let nested = rest
        .raw(
            Method::POST,
            "/v1/queues",
            "application/json",
            deep_objects.into_bytes(),
        )
        .await;
    error_of(&nested, 400);

    let not_object = rest.post("/v1/queues/Q1/agents", json!(["AGENT"])).await;
    error_of(&not_object, 400);

    assert_eq!(rest.get("/v1/healthz").await.status, 404);
    server.stop().await;
}

backend_test!(odd_ids_get_json_client_errors);
async fn odd_ids_get_json_client_errors(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let rest = Rest::new(&server);
    rest.post("/v1/queues", json!({"id": "Q1", "name": "Q"}))
        .await;

    for path in [
        "/v1/queues/a%2Fb",
        "/v1/queues/a:b",
        "/v1/queues/..",
        "/v1/queues/%2E%2E",
        "/v1/queues/a%00b",
        "/v1/queues/%00",
        "/v1/queues/%ff",
        "/v1/queues/Q1:setPresence",
        "/v1/queues/Q1/agents/%00",
    ] {
        for method in [Method::GET, Method::DELETE, Method::PATCH] {
            let reply = if method == Method::PATCH {
                rest.send(method.clone(), path, Some(json!({"name": "x"})))
                    .await
            } else {
                rest.send(method.clone(), path, None).await
            };
            let status = reply.status.as_u16();
            assert!(
                (400..500).contains(&status),
                "{method} {path}: {status} {}",
                reply.body
            );
            assert!(
                reply.body["error"]["request_id"].is_string(),
                "{method} {path}: {}",
                reply.body
            );
        }
    }
    let still_there = rest.get("/v1/queues/Q1").await;
    assert_eq!(
        still_there.status, 200,
        "no odd path reached another resource"
    );

    let post = rest
        .post("/v1/agents", json!({"id": "a\u{0}b", "display_name": "x"}))
        .await;
    assert_eq!(violated_fields(error_of(&post, 400)), vec!["agent.id"]);
    let control = rest
        .post("/v1/agents", json!({"display_name": "a\u{0}b"}))
        .await;
    assert_eq!(
        violated_fields(error_of(&control, 400)),
        vec!["agent.display_name"]
    );

    server.stop().await;
}

backend_test!(patch_changes_only_the_fields_sent);
async fn patch_changes_only_the_fields_sent(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let rest = Rest::new(&server);
    rest.post("/v1/queues", json!({"id": "Q2", "name": "Target"}))
        .await;
    let created = rest
        .post("/v1/queues", json!({"id": "Q1", "name": "Sales", "skills": ["a"], "priority": "high", "max_wait_seconds": 60,
            "overflow": {"action": "queue", "target_queue_id": "Q2"}}))
        .await;
    assert_eq!(created.status, 201, "{}", created.body);

    let patched = rest
        .patch("/v1/queues/Q1", json!({"maxWaitSeconds": 90}))
        .await;
    assert_eq!(patched.status, 200, "{}", patched.body);
    let mut expected = created.body.clone();
    expected["max_wait_seconds"] = json!(90);
    expected["etag"] = patched.body["etag"].clone();
    expected["update_time"] = patched.body["update_time"].clone();
    assert_eq!(patched.body, expected, "only max_wait_seconds changed");

    let nested = rest
        .patch("/v1/queues/Q1", json!({"overflow": {"action": "queue"}}))
        .await;
    assert_eq!(
        nested.body["overflow"]["target_queue_id"], "Q2",
        "a nested patch keeps the sibling fields"
    );

    let stale = rest
        .patch(
            "/v1/queues/Q1",
            json!({"name": "Late", "etag": created.body["etag"]}),
        )
        .await;
    assert_eq!(error_of(&stale, 409)["status"], "ABORTED");
    let stale_delete = rest
        .delete(&format!(
            "/v1/queues/Q1?etag={}",
            created.body["etag"].as_str().unwrap()
        ))
        .await;
    error_of(&stale_delete, 409);

    let current = rest.get("/v1/queues/Q1").await;
    assert_eq!(current.body["name"], "Sales");
    let fresh = rest
        .patch(
            "/v1/queues/Q1",
            json!({"name": "New", "etag": current.body["etag"]}),
        )
        .await;
    assert_eq!(fresh.status, 200, "{}", fresh.body);
    let deleted = rest
        .delete(&format!(
            "/v1/queues/Q1?etag={}",
            fresh.body["etag"].as_str().unwrap()
        ))
        .await;
    assert_eq!(deleted.status, 204);

    let mismatch = rest.patch("/v1/queues/Q2", json!({"id": "Q3"})).await;
    error_of(&mismatch, 400);

    server.stop().await;
}

backend_test!(errors_share_one_shape);
async fn errors_share_one_shape(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let rest = Rest::new(&server);

    let not_found = rest.get("/v1/queues/missing").await;
    let error = error_of(&not_found, 404);
    assert_eq!(error["status"], "NOT_FOUND");
    assert_eq!(error["details"][0]["reason"], "RESOURCE_NOT_FOUND");
    assert_eq!(error["details"][0]["domain"], "globemeet.io");
    assert_eq!(
        error["request_id"],
        not_found.headers["x-request-id"].to_str().unwrap()
    );

    let method = rest.send(Method::PUT, "/v1/queues", None).await;
    error_of(&method, 405);
    assert_eq!(method.headers[header::ALLOW], "POST, GET");

    let no_route = rest.get("/v1/nothing-here").await;
    error_of(&no_route, 404);

    let anonymous = reply(rest.http.get(format!("{}/v1/queues", rest.base))).await;
    assert_eq!(error_of(&anonymous, 401)["status"], "UNAUTHENTICATED");

    rest.post("/v1/queues", json!({"id": "Q1", "name": "Q"}))
        .await;
    let exists = rest
        .post("/v1/queues", json!({"id": "Q1", "name": "Q"}))
        .await;
    assert_eq!(error_of(&exists, 409)["status"], "ALREADY_EXISTS");

    let traced = reply(
        rest.http
            .get(format!("{}/v1/queues/missing", rest.base))
            .bearer_auth(&rest.token)
            .header("X-Request-Id", "trace-abc"),
    )
    .await;
    assert_eq!(error_of(&traced, 404)["request_id"], "trace-abc");

    server.stop().await;
}
