use globemeet::proto::globemeet::v1::{
    CreateQueueRequest, ListQueuesRequest, Queue, Tenant, UpdateTenantRequest,
    queue_service_client::QueueServiceClient,
};
use prost_types::FieldMask;
use reqwest::{StatusCode, header};
use serde_json::{Value, json};
use tonic::Code;

use crate::{
    backend_test,
    support::{Backend, TENANT, TestServer, error_reason},
};

async fn post_queue(
    server: &TestServer,
    token: &str,
    key: &str,
    body: &Value,
) -> (StatusCode, header::HeaderMap, Value) {
    let response = reqwest::Client::new()
        .post(server.url("/v1/queues"))
        .bearer_auth(token)
        .header("Idempotency-Key", key)
        .json(body)
        .send()
        .await
        .expect("POST /v1/queues");
    let status = response.status();
    let headers = response.headers().clone();
    (status, headers, response.json().await.expect("JSON body"))
}

fn walkthrough_queue() -> Value {
    json!({"name":"Premium Support","skills":["english","billing"],"priority":"high","max_wait_seconds":300})
}

async fn queue_count(server: &TestServer, token: &str) -> usize {
    let mut queues = QueueServiceClient::new(server.authed(token).await);
    queues
        .list_queues(ListQueuesRequest::default())
        .await
        .expect("list")
        .into_inner()
        .queues
        .len()
}

backend_test!(repeated_key_replays_the_response);
async fn repeated_key_replays_the_response(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let (status, first_headers, first) = post_queue(
        &server,
        &server.token,
        "7f4a-create-queue-1",
        &walkthrough_queue(),
    )
    .await;
    assert_eq!(status, 201);
    assert!(first_headers.get("idempotent-replayed").is_none());

    let (status, headers, again) = post_queue(
        &server,
        &server.token,
        "7f4a-create-queue-1",
        &walkthrough_queue(),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(headers["idempotent-replayed"], "true");
    assert_eq!(headers[header::LOCATION], first_headers[header::LOCATION]);
    assert_eq!(again, first, "the replay returns the same queue");
    assert_eq!(queue_count(&server, &server.token).await, 1);

    let (status, _, body) = post_queue(
        &server,
        &server.token,
        "7f4a-create-queue-1",
        &json!({"name": "Other"}),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(
        body["error"]["details"][0]["reason"],
        "IDEMPOTENCY_KEY_REUSED"
    );
    assert_eq!(queue_count(&server, &server.token).await, 1);

    let other_tenant = server.other_tenant("tenant_b").await;
    let (status, headers, theirs) = post_queue(
        &server,
        &other_tenant,
        "7f4a-create-queue-1",
        &walkthrough_queue(),
    )
    .await;
    assert_eq!(status, 201);
    assert!(
        headers.get("idempotent-replayed").is_none(),
        "keys are per tenant"
    );
    assert_ne!(theirs["id"], first["id"]);

    server.stop().await;
}

backend_test!(rejected_input_frees_the_key);
async fn rejected_input_frees_the_key(backend: Backend) {
    let server = TestServer::start(&backend).await;

    let (status, _, _) = post_queue(
        &server,
        &server.token,
        "retry-me",
        &json!({"name": "", "max_wait_seconds": 30}),
    )
    .await;
    assert_eq!(status, 400);
    let (status, _, _) = post_queue(
        &server,
        &server.token,
        "retry-me",
        &json!({"name": "Q", "colour": "red"}),
    )
    .await;
    assert_eq!(status, 400, "a transcoder rejection is not stored either");

    let (status, headers, _) = post_queue(
        &server,
        &server.token,
        "retry-me",
        &json!({"name": "Fixed", "max_wait_seconds": 30}),
    )
    .await;
    assert_eq!(status, 201);
    assert!(headers.get("idempotent-replayed").is_none());

    let (status, _, _) = post_queue(
        &server,
        &server.token,
        "dup-id",
        &json!({"id": "Q1", "name": "A"}),
    )
    .await;
    assert_eq!(status, 201);
    let (status, _, _) = post_queue(
        &server,
        &server.token,
        "dup-id-2",
        &json!({"id": "Q1", "name": "A"}),
    )
    .await;
    assert_eq!(status, 409);
    let (status, headers, _) = post_queue(
        &server,
        &server.token,
        "dup-id-2",
        &json!({"id": "Q1", "name": "A"}),
    )
    .await;
    assert_eq!(status, 409, "a conflict raised while executing is stored");
    assert_eq!(headers["idempotent-replayed"], "true");

    let invalid_key = reqwest::Client::new()
        .post(server.url("/v1/queues"))
        .bearer_auth(&server.token)
        .header("Idempotency-Key", "has space")
        .json(&json!({"name": "Q"}))
        .send()
        .await
        .expect("POST");
    assert_eq!(invalid_key.status(), 400);

    server.stop().await;
}

backend_test!(concurrent_duplicates_create_one_queue);
async fn concurrent_duplicates_create_one_queue(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let body = walkthrough_queue();
    let requests = (0..20).map(|_| post_queue(&server, &server.token, "burst-1", &body));
    let replies = futures::future::join_all(requests).await;

    let created: Vec<_> = replies
        .iter()
        .filter(|(status, headers, _)| {
            *status == 201 && headers.get("idempotent-replayed").is_none()
        })
        .collect();
    assert_eq!(created.len(), 1, "exactly one request executed");
    for (status, headers, body) in &replies {
        match status.as_u16() {
            201 => assert_eq!(body["id"], created[0].2["id"]),
            409 => assert_eq!(
                body["error"]["details"][0]["reason"],
                "IDEMPOTENCY_KEY_IN_USE"
            ),
            other => panic!("unexpected {other}: {body} {headers:?}"),
        }
    }
    assert_eq!(queue_count(&server, &server.token).await, 1);

    server.stop().await;
}

backend_test!(grpc_metadata_key_replays);
async fn grpc_metadata_key_replays(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut queues = server.queues().await;
    let request = || {
        let mut request = tonic::Request::new(CreateQueueRequest {
            queue: Some(Queue {
                name: "Over gRPC".into(),
                ..Queue::default()
            }),
        });
        request
            .metadata_mut()
            .insert("idempotency-key", "grpc-key-1".parse().expect("ASCII"));
        request
    };

    let first = queues.create_queue(request()).await.expect("create");
    assert!(first.metadata().get("idempotent-replayed").is_none());
    let second = queues.create_queue(request()).await.expect("replay");
    assert_eq!(
        second
            .metadata()
            .get("idempotent-replayed")
            .and_then(|v| v.to_str().ok()),
        Some("true")
    );
    assert_eq!(second.get_ref(), first.get_ref());

    let mut other = tonic::Request::new(CreateQueueRequest {
        queue: Some(Queue {
            name: "Different".into(),
            ..Queue::default()
        }),
    });
    other
        .metadata_mut()
        .insert("idempotency-key", "grpc-key-1".parse().expect("ASCII"));
    let reused = queues.create_queue(other).await.unwrap_err();
    assert_eq!(reused.code(), Code::InvalidArgument);
    assert_eq!(
        error_reason(&reused).as_deref(),
        Some("IDEMPOTENCY_KEY_REUSED")
    );

    let (status, headers, body) = post_queue(
        &server,
        &server.token,
        "grpc-key-1",
        &json!({"name": "Over gRPC"}),
    )
    .await;
    assert_eq!(status, 201, "REST and gRPC share keys: {body}");
    assert_eq!(headers["idempotent-replayed"], "true");
    assert_eq!(body["id"], first.get_ref().id);

    server.stop().await;
}

backend_test!(tenant_rate_limit_is_enforced);
async fn tenant_rate_limit_is_enforced(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let admin = server.bootstrap(None, "root").await;
    let admin_token = server.token_for("root", &admin.client_secret).await;
    let limited_token = server.other_tenant("limited").await;
    server
        .tenants_with(&admin_token)
        .await
        .update_tenant(UpdateTenantRequest {
            tenant_id: "limited".into(),
            tenant: Some(Tenant {
                rate_limit_per_minute: 5,
                ..Tenant::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["rate_limit_per_minute".into()],
            }),
        })
        .await
        .expect("lower the limit");

    let http = reqwest::Client::new();
    for index in 0..5 {
        let response = http
            .get(server.url("/v1/queues"))
            .bearer_auth(&limited_token)
            .header("X-Forwarded-For", format!("198.51.100.{index}"))
            .send()
            .await
            .expect("GET");
        assert_eq!(response.status(), 200, "request {index}");
        assert_eq!(response.headers()["ratelimit-limit"], "5");
        assert_eq!(
            response.headers()["ratelimit-remaining"],
            (4 - index).to_string().as_str()
        );
    }
    let refused = http
        .get(server.url("/v1/queues"))
        .bearer_auth(&limited_token)
        .header("X-Forwarded-For", "203.0.113.77")
        .send()
        .await
        .expect("GET");
    assert_eq!(
        refused.status(),
        429,
        "a forwarded address does not reset the limit"
    );
    let retry_after: u64 = refused.headers()[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=12).contains(&retry_after), "{retry_after}");
    assert_eq!(refused.headers()["ratelimit-remaining"], "0");
    let body: Value = refused.json().await.expect("JSON");
    assert_eq!(body["error"]["status"], "RESOURCE_EXHAUSTED");

    let mut queues = QueueServiceClient::new(server.authed(&limited_token).await);
    let status = queues
        .list_queues(ListQueuesRequest::default())
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted);
    use tonic_types::StatusExt as _;
    assert!(
        status
            .get_details_retry_info()
            .and_then(|info| info.retry_delay)
            .is_some()
    );

    let unaffected = http
        .get(server.url("/v1/queues"))
        .bearer_auth(&server.token)
        .send()
        .await
        .expect("GET");
    assert_eq!(unaffected.status(), 200, "{TENANT} has its own budget");
    assert_eq!(unaffected.headers()["ratelimit-limit"], "600");

    server.stop().await;
}
