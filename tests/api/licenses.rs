use std::time::Duration;

use globemeet::db;
use serde_json::{Value, json};

use crate::{
    backend_test,
    support::{Backend, TENANT, TestServer},
};

async fn send(
    server: &TestServer,
    token: &str,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let mut request = reqwest::Client::new()
        .request(method, server.url(path))
        .bearer_auth(token);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.expect("request");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn admin_token(server: &TestServer) -> String {
    let admin = server.bootstrap(None, "root").await;
    server.token_for("root", &admin.client_secret).await
}

fn in_days(server: &TestServer, days: i64) -> String {
    let at = server.clock.now().and_utc() + chrono::TimeDelta::days(days);
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The `license.*` events recorded so far, as `(type, threshold_days)`.
async fn notices(server: &TestServer) -> Vec<(String, Option<i64>)> {
    db::events::of_types(
        &server.db,
        TENANT,
        &["license.expiring", "license.expired"],
        100,
    )
    .await
    .unwrap()
    .into_iter()
    .map(|event| {
        let data: Value = serde_json::from_str(&event.data).unwrap();
        (event.event_type, data["threshold_days"].as_i64())
    })
    .collect()
}

/// Lets the server's job run a few rounds (every 50 ms in tests) and runs two more racing.
async fn run_jobs(server: &TestServer) {
    let now = server.clock.now();
    let (a, b) = tokio::join!(
        globemeet::licenses::record_due_notices(&server.db, now),
        globemeet::licenses::record_due_notices(&server.db, now),
    );
    a.expect("job round");
    b.expect("job round");
    tokio::time::sleep(Duration::from_millis(200)).await;
}

backend_test!(seats_limit_agent_creation);
async fn seats_limit_agent_creation(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let admin = admin_token(&server).await;
    let path = format!("/v1/tenants/{TENANT}/license");

    let (status, _) = send(
        &server,
        &server.token,
        reqwest::Method::GET,
        "/v1/license",
        None,
    )
    .await;
    assert_eq!(status, 404, "no license means no limit");
    for index in 0..3 {
        let (status, _) = send(
            &server,
            &server.token,
            reqwest::Method::POST,
            "/v1/agents",
            Some(json!({"display_name": format!("A{index}")})),
        )
        .await;
        assert_eq!(status, 201);
    }

    let (status, body) = send(
        &server,
        &admin,
        reqwest::Method::PATCH,
        &path,
        Some(json!({"plan": "team"})),
    )
    .await;
    assert_eq!(status, 400, "a new license needs every field: {body}");
    let (status, license) = send(
        &server,
        &admin,
        reqwest::Method::PATCH,
        &path,
        Some(json!({"plan": "team", "seats": 4, "expires_at": in_days(&server, 90)})),
    )
    .await;
    assert_eq!(status, 200, "{license}");
    assert_eq!(license["seats_used"], 3);

    let (status, own) = send(
        &server,
        &server.token,
        reqwest::Method::GET,
        "/v1/license",
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(own["plan"], "team");
    let (status, _) = send(
        &server,
        &server.token,
        reqwest::Method::PATCH,
        &path,
        Some(json!({"seats": 100})),
    )
    .await;
    assert_eq!(status, 403, "tenants cannot change their license");

    let (status, _) = send(
        &server,
        &server.token,
        reqwest::Method::POST,
        "/v1/agents",
        Some(json!({"display_name": "Fourth"})),
    )
    .await;
    assert_eq!(status, 201);
    let (status, error) = send(
        &server,
        &server.token,
        reqwest::Method::POST,
        "/v1/agents",
        Some(json!({"display_name": "Fifth"})),
    )
    .await;
    assert_eq!(status, 400, "{error}");
    assert_eq!(error["error"]["status"], "FAILED_PRECONDITION");
    assert_eq!(
        error["error"]["details"][0]["reason"],
        "LICENSE_SEATS_EXHAUSTED"
    );
    let message = error["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("allows 4 agents"), "{message}");

    let (status, raised) = send(
        &server,
        &admin,
        reqwest::Method::PATCH,
        &path,
        Some(json!({"seats": 5})),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(
        raised["plan"], "team",
        "a partial update keeps the other fields"
    );
    let (status, _) = send(
        &server,
        &server.token,
        reqwest::Method::POST,
        "/v1/agents",
        Some(json!({"display_name": "Fifth"})),
    )
    .await;
    assert_eq!(status, 201);

    server.stop().await;
}

backend_test!(expiry_notices_fire_once_and_rearm);
async fn expiry_notices_fire_once_and_rearm(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let admin = admin_token(&server).await;
    let path = format!("/v1/tenants/{TENANT}/license");
    send(
        &server,
        &admin,
        reqwest::Method::PATCH,
        &path,
        Some(json!({"plan": "team", "seats": 10, "expires_at": in_days(&server, 40)})),
    )
    .await;

    run_jobs(&server).await;
    assert!(
        notices(&server).await.is_empty(),
        "40 days left is before every threshold"
    );

    // Days advanced, then the notices expected by then: event type and days left.
    type Notices = Vec<(&'static str, Option<i64>)>;
    let expected_steps: &[(u64, Notices)] = &[
        (11, vec![("license.expiring", Some(30))]),
        (
            23,
            vec![
                ("license.expiring", Some(30)),
                ("license.expiring", Some(7)),
            ],
        ),
        (
            5,
            vec![
                ("license.expiring", Some(30)),
                ("license.expiring", Some(7)),
                ("license.expiring", Some(1)),
            ],
        ),
        (
            2,
            vec![
                ("license.expiring", Some(30)),
                ("license.expiring", Some(7)),
                ("license.expiring", Some(1)),
                ("license.expired", None),
            ],
        ),
    ];
    for (days, expected) in expected_steps {
        server.clock.advance(Duration::from_secs(days * 86_400));
        run_jobs(&server).await;
        run_jobs(&server).await;
        let expected: Vec<(String, Option<i64>)> =
            expected.iter().map(|(t, d)| (t.to_string(), *d)).collect();
        assert_eq!(notices(&server).await, expected, "after {days} more days");
    }

    let (status, _) = send(
        &server,
        &admin,
        reqwest::Method::PATCH,
        &path,
        Some(json!({"expires_at": in_days(&server, 5)})),
    )
    .await;
    assert_eq!(status, 200);
    run_jobs(&server).await;
    let after_renewal = notices(&server).await;
    assert_eq!(
        after_renewal.len(),
        5,
        "renewal re-arms the thresholds: {after_renewal:?}"
    );
    assert_eq!(
        after_renewal[4],
        ("license.expiring".to_owned(), Some(7)),
        "a license 5 days from expiry gets only the 7-day notice"
    );

    server.stop().await;
}
