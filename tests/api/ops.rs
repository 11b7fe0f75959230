use std::time::{Duration, Instant};

use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use globemeet::{
    cli::Role,
    db::{Db, DbError},
    error::ApiError,
    proto::globemeet::v1::{
        CreateQueueRequest, ListQueuesRequest, Queue, queue_service_client::QueueServiceClient,
    },
    server,
};
use tonic::Code;
use tonic_health::pb::{
    HealthCheckRequest, health_check_response::ServingStatus, health_client::HealthClient,
};

use crate::{
    backend_test,
    support::{Backend, Bearer, TestDatabase, TestServer, test_config},
};
use tonic::service::interceptor::InterceptedService;

async fn token_from(base: &str, client_id: &str, client_secret: &str) -> String {
    let body: serde_json::Value = reqwest::Client::new()
        .post(format!("{base}/v1/oauth/token"))
        .form(&[
            ("grant_type", "client_credentials"),
            ("client_id", client_id),
            ("client_secret", client_secret),
        ])
        .send()
        .await
        .expect("token request")
        .json()
        .await
        .expect("token JSON");
    body["access_token"]
        .as_str()
        .expect("access_token")
        .to_owned()
}

backend_test!(health_and_reflection_answer);
async fn health_and_reflection_answer(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let channel = server.channel().await;

    let mut health = HealthClient::new(channel.clone());
    for service in ["", "globemeet.v1.QueueService", "globemeet.v1.AgentService"] {
        let response = health
            .check(HealthCheckRequest {
                service: service.into(),
            })
            .await
            .expect("health check")
            .into_inner();
        assert_eq!(
            response.status,
            ServingStatus::Serving as i32,
            "service {service:?}"
        );
    }

    let v1 = reflected_services_v1(channel.clone()).await;
    assert!(
        v1.contains(&"globemeet.v1.QueueService".to_owned()),
        "{v1:?}"
    );
    assert!(
        v1.contains(&"globemeet.v1.AgentService".to_owned()),
        "{v1:?}"
    );
    assert!(v1.contains(&"grpc.health.v1.Health".to_owned()), "{v1:?}");
    let v1alpha = reflected_services_v1alpha(channel).await;
    assert!(
        v1alpha.contains(&"globemeet.v1.QueueService".to_owned()),
        "{v1alpha:?}"
    );
    assert!(
        v1alpha.contains(&"grpc.health.v1.Health".to_owned()),
        "{v1alpha:?}"
    );

    server.stop().await;
}

async fn reflected_services_v1(channel: tonic::transport::Channel) -> Vec<String> {
    use tonic_reflection::pb::v1::{
        ServerReflectionRequest, server_reflection_client::ServerReflectionClient,
        server_reflection_request::MessageRequest, server_reflection_response::MessageResponse,
    };
    let request = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(MessageRequest::ListServices(String::new())),
    };
    let mut client = ServerReflectionClient::new(channel);
    let mut stream = client
        .server_reflection_info(tokio_stream_once(request))
        .await
        .expect("reflection v1")
        .into_inner();
    let response = stream
        .message()
        .await
        .expect("reflection answer")
        .expect("one message");
    match response.message_response {
        Some(MessageResponse::ListServicesResponse(list)) => {
            list.service.into_iter().map(|s| s.name).collect()
        }
        other => panic!("unexpected reflection answer {other:?}"),
    }
}

async fn reflected_services_v1alpha(channel: tonic::transport::Channel) -> Vec<String> {
    use tonic_reflection::pb::v1alpha::{
        ServerReflectionRequest, server_reflection_client::ServerReflectionClient,
        server_reflection_request::MessageRequest, server_reflection_response::MessageResponse,
    };
    let request = ServerReflectionRequest {
        host: String::new(),
        message_request: Some(MessageRequest::ListServices(String::new())),
    };
    let mut client = ServerReflectionClient::new(channel);
    let mut stream = client
        .server_reflection_info(tokio_stream_once(request))
        .await
        .expect("reflection v1alpha")
        .into_inner();
    let response = stream
        .message()
        .await
        .expect("reflection answer")
        .expect("one message");
    match response.message_response {
        Some(MessageResponse::ListServicesResponse(list)) => {
            list.service.into_iter().map(|s| s.name).collect()
        }
        other => panic!("unexpected reflection answer {other:?}"),
    }
}

fn tokio_stream_once<T: Send + 'static>(
    item: T,
) -> impl futures::Stream<Item = T> + Send + 'static {
    futures::stream::iter(std::iter::once(item))
}

backend_test!(readiness_follows_the_database);
async fn readiness_follows_the_database(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let http = reqwest::Client::new();

    let live = http
        .get(server.url("/healthz"))
        .send()
        .await
        .expect("healthz");
    assert_eq!(live.status(), 200);
    let ready = http
        .get(server.url("/readyz"))
        .send()
        .await
        .expect("readyz");
    assert_eq!(ready.status(), 200);

    if let Some(path) = server.database.sqlite_path() {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{path}{suffix}"));
        }
        let unready = http
            .get(server.url("/readyz"))
            .send()
            .await
            .expect("readyz");
        assert_eq!(unready.status(), 503);
        let body: serde_json::Value = unready.json().await.expect("JSON body");
        assert_eq!(body["status"], "unavailable");
    }

    if let Some((admin_url, name)) = server.database.postgres() {
        let mut admin = AsyncPgConnection::establish(admin_url)
            .await
            .expect("admin connection");
        let block = format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false");
        diesel::sql_query(block)
            .execute(&mut admin)
            .await
            .expect("block connections");
        let terminate = format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        );
        diesel::sql_query(terminate)
            .execute(&mut admin)
            .await
            .expect("terminate sessions");

        let unready = http
            .get(server.url("/readyz"))
            .send()
            .await
            .expect("readyz");
        assert_eq!(unready.status(), 503);
        assert_eq!(
            http.get(server.url("/healthz"))
                .send()
                .await
                .expect("healthz")
                .status(),
            200
        );

        let allow = format!("ALTER DATABASE {name} ALLOW_CONNECTIONS true");
        diesel::sql_query(allow)
            .execute(&mut admin)
            .await
            .expect("allow connections");
        let mut status = 0;
        for _ in 0..20 {
            status = http
                .get(server.url("/readyz"))
                .send()
                .await
                .expect("readyz")
                .status()
                .as_u16();
            if status == 200 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(status, 200, "ready again once the database is back");
    }

    server.stop().await;
}

backend_test!(request_id_is_echoed_or_generated);
async fn request_id_is_echoed_or_generated(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let http = reqwest::Client::new();

    let echoed = http
        .get(server.url("/healthz"))
        .header("X-Request-Id", "trace-123")
        .send()
        .await
        .expect("healthz");
    assert_eq!(echoed.headers()["x-request-id"], "trace-123");

    let generated = http
        .get(server.url("/healthz"))
        .send()
        .await
        .expect("healthz");
    let id = generated.headers()["x-request-id"].to_str().expect("ASCII");
    assert_eq!(id.len(), 36, "a UUID: {id}");

    let mut queues = server.queues().await;
    let mut request = tonic::Request::new(ListQueuesRequest::default());
    request.metadata_mut().insert(
        "x-request-id",
        "grpc-trace-7".parse().expect("metadata value"),
    );
    let response = queues.list_queues(request).await.expect("list");
    assert_eq!(
        response
            .metadata()
            .get("x-request-id")
            .and_then(|v| v.to_str().ok()),
        Some("grpc-trace-7")
    );

    server.stop().await;
}

backend_test!(metrics_count_requests_by_method_and_status);
async fn metrics_count_requests_by_method_and_status(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut queues = server.queues().await;
    queues
        .list_queues(ListQueuesRequest::default())
        .await
        .expect("list");
    let missing = queues
        .get_queue(globemeet::proto::globemeet::v1::GetQueueRequest {
            queue_id: "nope".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(missing.code(), Code::NotFound);

    let body = reqwest::get(server.url("/metrics"))
        .await
        .expect("metrics")
        .text()
        .await
        .expect("text");
    assert!(
        body.contains(r#"globemeet_requests_total{method="/globemeet.v1.QueueService/ListQueues",status="OK"} 1"#),
        "{body}"
    );
    assert!(
        body.contains(r#"globemeet_requests_total{method="/globemeet.v1.QueueService/GetQueue",status="NOT_FOUND"} 1"#),
        "{body}"
    );
    assert!(
        body.contains("globemeet_request_duration_seconds_bucket"),
        "{body}"
    );
    assert!(
        body.contains(r#"globemeet_db_pool_connections{state="max"} 4"#),
        "{body}"
    );

    server.stop().await;
}

backend_test!(two_servers_migrate_one_database_at_once);
async fn two_servers_migrate_one_database_at_once(backend: Backend) {
    let database = TestDatabase::create(&backend).await;
    let (first, second) = tokio::join!(
        server::start(test_config(&database.url), Role::All),
        server::start(test_config(&database.url), Role::All),
    );
    let first = first.expect("first server starts");
    let second = second.expect("second server starts");

    let db = Db::connect(&database.url, 1, Duration::from_secs(2)).expect("pool");
    let credentials = globemeet::admin::bootstrap(&db, Some("tenant_a"), "client_a")
        .await
        .expect("bootstrap");
    let mut queue_clients = Vec::new();
    for running in [&first, &second] {
        let base = format!("http://{}", running.local_addr());
        let token = token_from(&base, &credentials.client_id, &credentials.client_secret).await;
        let channel = tonic::transport::Channel::from_shared(base)
            .expect("URI")
            .connect()
            .await
            .expect("connect");
        queue_clients.push(QueueServiceClient::new(InterceptedService::new(
            channel,
            Bearer::new(&token),
        )));
    }
    for (index, queues) in queue_clients.iter_mut().enumerate() {
        let queue = Queue {
            name: format!("From server {index}"),
            ..Queue::default()
        };
        queues
            .create_queue(CreateQueueRequest { queue: Some(queue) })
            .await
            .expect("create");
    }
    let listed = queue_clients[0]
        .list_queues(ListQueuesRequest::default())
        .await
        .expect("list")
        .into_inner();
    assert_eq!(
        listed.queues.len(),
        2,
        "both servers write to the one database"
    );

    drop(queue_clients);
    drop(db);
    first.shutdown().await.expect("shutdown");
    second.shutdown().await.expect("shutdown");
    database.drop_database().await;
}

backend_test!(exhausted_pool_is_unavailable_fast);
async fn exhausted_pool_is_unavailable_fast(backend: Backend) {
    let database = TestDatabase::create(&backend).await;
    globemeet::db::migrate::run(&database.url)
        .await
        .expect("migrate");
    let db = Db::connect(&database.url, 1, Duration::from_millis(200)).expect("pool");

    let held = db.conn().await.expect("the only connection");
    let started = Instant::now();
    let error = db.conn().await.err().expect("no second connection");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "waited {:?}",
        started.elapsed()
    );
    assert!(matches!(error, DbError::Unavailable(_)), "{error:?}");

    let status = tonic::Status::from(ApiError::from(error));
    assert_eq!(status.code(), Code::Unavailable);
    use tonic_types::StatusExt as _;
    assert!(
        status.get_details_retry_info().is_some(),
        "UNAVAILABLE carries RetryInfo"
    );

    drop(held);
    let _returned = db.conn().await.expect("a connection once it is returned");
    drop(db);
    database.drop_database().await;
}
