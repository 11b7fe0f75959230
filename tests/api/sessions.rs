use std::time::Duration;

use globemeet::db;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{
    backend_test,
    support::{Backend, TENANT, TestServer},
};

async fn call(
    server: &TestServer,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, Value) {
    let mut request = reqwest::Client::new()
        .request(method, server.url(path))
        .bearer_auth(&server.token);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.expect("request");
    let status = response.status();
    let bytes = response.bytes().await.expect("body");
    (
        status,
        if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).expect("JSON")
        },
    )
}

async fn post(server: &TestServer, path: &str, body: Value) -> (StatusCode, Value) {
    call(server, reqwest::Method::POST, path, Some(body)).await
}

async fn get(server: &TestServer, path: &str) -> Value {
    let (status, body) = call(server, reqwest::Method::GET, path, None).await;
    assert_eq!(status, 200, "{path}: {body}");
    body
}

/// A queue `Q1` with the available agent `A1` as member.
async fn staffed_queue(server: &TestServer, queue: Value) {
    assert_eq!(post(server, "/v1/queues", queue).await.0, 201);
    assert_eq!(
        post(
            server,
            "/v1/agents",
            json!({"id": "A1", "display_name": "Ada"})
        )
        .await
        .0,
        201
    );
    assert_eq!(
        post(server, "/v1/queues/Q1/agents", json!({"agent_id": "A1"}))
            .await
            .0,
        201
    );
    assert_eq!(
        post(
            server,
            "/v1/agents/A1:setPresence",
            json!({"presence": "available"})
        )
        .await
        .0,
        200
    );
}

async fn session_events(server: &TestServer, session_id: &str) -> Vec<(String, i64)> {
    let types = [
        "session.created",
        "session.offered",
        "session.connected",
        "session.held",
        "session.resumed",
        "session.wrap_up",
        "session.transferred",
        "session.ended",
    ];
    db::events::of_types(&server.db, TENANT, &types, 1000)
        .await
        .expect("events")
        .into_iter()
        .map(|event| {
            (
                event.event_type,
                serde_json::from_str::<Value>(&event.data).unwrap(),
            )
        })
        .filter(|(_, data)| data["id"] == session_id)
        .map(|(event_type, data)| (event_type, data["sequence"].as_i64().unwrap()))
        .collect()
}

/// Waits until the jobs (every 50 ms in tests) have acted on the advanced clock.
async fn wait_for(server: &TestServer, path: &str, done: impl Fn(&Value) -> bool) -> Value {
    for _ in 0..100 {
        let body = get(server, path).await;
        if done(&body) {
            return body;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "{path} never reached the expected state: {}",
        get(server, path).await
    );
}

backend_test!(session_lifecycle_records_each_event);
async fn session_lifecycle_records_each_event(backend: Backend) {
    let server = TestServer::start(&backend).await;
    staffed_queue(
        &server,
        json!({"id": "Q1", "name": "Sales", "priority": "high"}),
    )
    .await;

    let (status, created) = post(
        &server,
        "/v1/sessions",
        json!({"id": "S1", "queue_id": "Q1", "channel": "voice",
        "customer_ref": "crm-7", "attributes": {"lang": "en"}}),
    )
    .await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["state"], "queued");
    assert_eq!(created["priority"], "high", "the queue's priority applies");
    assert_eq!(created["sequence"], 1);

    let steps: &[(&str, Value, &str, bool)] = &[
        (":offer", json!({"agent_id": "A1"}), "offered", false),
        (":accept", json!({}), "connected", false),
        (":hold", json!({}), "connected", true),
        (":resume", json!({}), "connected", false),
        (":wrapUp", json!({}), "wrap_up", false),
        (":end", json!({}), "ended", false),
    ];
    for (index, (verb, body, state, held)) in steps.iter().enumerate() {
        let (status, session) =
            post(&server, &format!("/v1/sessions/S1{verb}"), body.clone()).await;
        assert_eq!(status, 200, "{verb}: {session}");
        assert_eq!(session["state"], *state, "{verb}");
        assert_eq!(session["held"], *held, "{verb}");
        assert_eq!(session["sequence"], index as i64 + 2, "{verb}");
    }
    let ended = get(&server, "/v1/sessions/S1").await;
    assert_eq!(ended["end_reason"], "completed");
    assert_eq!(ended["agent_id"], "A1");
    assert!(ended["connect_time"].is_string() && ended["end_time"].is_string());
    let history: Vec<&str> = ended["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["state"].as_str().unwrap())
        .collect();
    assert_eq!(
        history,
        vec![
            "queued",
            "offered",
            "connected",
            "connected",
            "connected",
            "wrap_up",
            "ended"
        ]
    );

    let events = session_events(&server, "S1").await;
    let expected = [
        ("session.created", 1),
        ("session.offered", 2),
        ("session.connected", 3),
        ("session.held", 4),
        ("session.resumed", 5),
        ("session.wrap_up", 6),
        ("session.ended", 7),
    ];
    assert_eq!(
        events,
        expected
            .iter()
            .map(|(t, s)| (t.to_string(), *s))
            .collect::<Vec<_>>()
    );

    server.stop().await;
}

backend_test!(illegal_transitions_change_nothing);
async fn illegal_transitions_change_nothing(backend: Backend) {
    let server = TestServer::start(&backend).await;
    staffed_queue(&server, json!({"id": "Q1", "name": "Sales"})).await;
    post(&server, "/v1/queues", json!({"id": "Q2", "name": "Other"})).await;
    post(
        &server,
        "/v1/sessions",
        json!({"id": "S1", "queue_id": "Q1", "channel": "chat"}),
    )
    .await;

    for (verb, body) in [
        (":accept", json!({})),
        (":hold", json!({})),
        (":wrapUp", json!({})),
        (":resume", json!({})),
    ] {
        let (status, error) = post(&server, &format!("/v1/sessions/S1{verb}"), body).await;
        assert_eq!(status, 400, "{verb}: {error}");
        assert_eq!(error["error"]["status"], "FAILED_PRECONDITION");
        assert!(
            error["error"]["message"]
                .as_str()
                .unwrap()
                .contains("is queued"),
            "{error}"
        );
    }
    let unchanged = get(&server, "/v1/sessions/S1").await;
    assert_eq!(unchanged["sequence"], 1);
    assert_eq!(session_events(&server, "S1").await.len(), 1);

    post(
        &server,
        "/v1/agents",
        json!({"id": "A2", "display_name": "Not a member"}),
    )
    .await;
    post(
        &server,
        "/v1/agents/A2:setPresence",
        json!({"presence": "available"}),
    )
    .await;
    let (status, error) = post(&server, "/v1/sessions/S1:offer", json!({"agent_id": "A2"})).await;
    assert_eq!(status, 400);
    assert_eq!(
        error["error"]["details"][0]["reason"],
        "AGENT_NOT_QUEUE_MEMBER"
    );
    post(
        &server,
        "/v1/agents/A1:setPresence",
        json!({"presence": "busy"}),
    )
    .await;
    let (_, error) = post(&server, "/v1/sessions/S1:offer", json!({"agent_id": "A1"})).await;
    assert_eq!(
        error["error"]["details"][0]["reason"],
        "AGENT_NOT_AVAILABLE"
    );

    let (status, _) = post(
        &server,
        "/v1/sessions/S1:end",
        json!({"end_reason": "overflowed"}),
    )
    .await;
    assert_eq!(status, 400, "clients cannot claim an overflow");
    let (status, hung_up) = post(&server, "/v1/sessions/S1:end", json!({})).await;
    assert_eq!(status, 200);
    assert_eq!(
        hung_up["end_reason"], "abandoned",
        "ending a queued session is a hang-up"
    );
    let (status, error) = post(
        &server,
        "/v1/sessions/S1:transfer",
        json!({"queue_id": "Q2"}),
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("is ended")
    );

    let (status, _) = post(
        &server,
        "/v1/sessions",
        json!({"queue_id": "Q404", "channel": "voice"}),
    )
    .await;
    assert_eq!(status, 404);
    let (status, error) = post(&server, "/v1/sessions", json!({"queue_id": "Q1"})).await;
    assert_eq!(status, 400);
    assert!(
        error["error"]["message"]
            .as_str()
            .unwrap()
            .contains("session.channel")
    );

    server.stop().await;
}

backend_test!(transfer_keeps_history_and_routing_state_follows);
async fn transfer_keeps_history_and_routing_state_follows(backend: Backend) {
    let server = TestServer::start(&backend).await;
    staffed_queue(&server, json!({"id": "Q1", "name": "Sales"})).await;
    post(
        &server,
        "/v1/queues",
        json!({"id": "Q2", "name": "Billing"}),
    )
    .await;
    post(
        &server,
        "/v1/sessions",
        json!({"id": "S1", "queue_id": "Q1", "channel": "voice"}),
    )
    .await;

    assert_eq!(get(&server, "/v1/agents/A1").await["routing_state"], "idle");
    post(&server, "/v1/sessions/S1:offer", json!({"agent_id": "A1"})).await;
    assert_eq!(
        get(&server, "/v1/agents/A1").await["routing_state"],
        "offered"
    );
    post(&server, "/v1/sessions/S1:accept", json!({})).await;
    assert_eq!(
        get(&server, "/v1/agents/A1").await["routing_state"],
        "interacting"
    );

    let (status, moved) = post(
        &server,
        "/v1/sessions/S1:transfer",
        json!({"queue_id": "Q2"}),
    )
    .await;
    assert_eq!(status, 200, "{moved}");
    assert_eq!(moved["state"], "queued");
    assert_eq!(moved["queue_id"], "Q2");
    assert_eq!(moved["agent_id"], "");
    assert_eq!(
        moved["history"].as_array().unwrap().len(),
        4,
        "history kept"
    );
    assert_eq!(moved["history"][1]["queue_id"], "Q1");
    assert_eq!(get(&server, "/v1/agents/A1").await["routing_state"], "idle");

    let presence: Vec<_> =
        db::events::of_types(&server.db, TENANT, &["agent.presence_changed"], 10)
            .await
            .unwrap();
    assert_eq!(presence.len(), 1);
    let data: Value = serde_json::from_str(&presence[0].data).unwrap();
    assert_eq!(data["presence"], "available");
    assert_eq!(data["previous_presence"], "offline");

    server.stop().await;
}

backend_test!(overflow_fires_once_after_max_wait);
async fn overflow_fires_once_after_max_wait(backend: Backend) {
    let server = TestServer::start(&backend).await;
    post(
        &server,
        "/v1/queues",
        json!({"id": "Q2", "name": "Overflow target"}),
    )
    .await;
    staffed_queue(
        &server,
        json!({"id": "Q1", "name": "Sales", "max_wait_seconds": 60,
        "overflow": {"action": "queue", "target_queue_id": "Q2"}}),
    )
    .await;
    post(&server, "/v1/queues", json!({"id": "Q3", "name": "Voicemail", "max_wait_seconds": 30, "overflow": {"action": "voicemail"}})).await;
    post(
        &server,
        "/v1/sessions",
        json!({"id": "S1", "queue_id": "Q1", "channel": "voice"}),
    )
    .await;
    post(
        &server,
        "/v1/sessions",
        json!({"id": "S2", "queue_id": "Q3", "channel": "voice"}),
    )
    .await;

    let stats = get(&server, "/v1/queues/Q1/stats").await;
    assert_eq!(stats["sessions_waiting"], 1);
    server.clock.advance(Duration::from_secs(45));
    let stats = get(&server, "/v1/queues/Q1/stats").await;
    assert!(
        stats["longest_wait_seconds"].as_i64().unwrap() >= 45,
        "{stats}"
    );
    assert_eq!(
        get(&server, "/v1/sessions/S1").await["state"],
        "queued",
        "not yet past 60 s"
    );

    server.clock.advance(Duration::from_secs(20));
    // Two extra job rounds race the server's own job.
    let now = server.clock.now();
    let (first, second) = tokio::join!(
        globemeet::rpc::sessions::overflow_due(&server.db, now),
        globemeet::rpc::sessions::overflow_due(&server.db, now),
    );
    first.expect("job round");
    second.expect("job round");

    let moved = wait_for(&server, "/v1/sessions/S1", |session| {
        session["queue_id"] == "Q2"
    })
    .await;
    assert_eq!(moved["state"], "queued");
    let ended = wait_for(&server, "/v1/sessions/S2", |session| {
        session["state"] == "ended"
    })
    .await;
    assert_eq!(ended["end_reason"], "overflowed");
    tokio::time::sleep(Duration::from_millis(200)).await;

    let overflows = db::events::of_types(&server.db, TENANT, &["queue.overflow"], 10)
        .await
        .unwrap();
    assert_eq!(overflows.len(), 2, "one queue.overflow per session");
    let data: Vec<Value> = overflows
        .iter()
        .map(|event| serde_json::from_str(&event.data).unwrap())
        .collect();
    let s1 = data
        .iter()
        .find(|d| d["session_id"] == "S1")
        .expect("S1 overflow");
    assert_eq!(s1["id"], "Q1", "the event carries the queue");
    assert_eq!(s1["trigger"], "max_wait");
    assert_eq!(s1["action"], "queue");
    assert_eq!(s1["target_queue_id"], "Q2");
    assert!(s1["waited_seconds"].as_i64().unwrap() >= 60);
    assert_eq!(
        get(&server, "/v1/queues/Q1/stats").await["sessions_waiting"],
        0
    );

    server.stop().await;
}

backend_test!(full_queue_overflows_on_arrival);
async fn full_queue_overflows_on_arrival(backend: Backend) {
    let server = TestServer::start(&backend).await;
    post(&server, "/v1/queues", json!({"id": "Q1", "name": "Tiny", "max_queue_size": 1, "overflow": {"action": "callback"}})).await;
    let (_, first) = post(
        &server,
        "/v1/sessions",
        json!({"queue_id": "Q1", "channel": "voice"}),
    )
    .await;
    assert_eq!(first["state"], "queued");
    let (status, second) = post(
        &server,
        "/v1/sessions",
        json!({"queue_id": "Q1", "channel": "voice"}),
    )
    .await;
    assert_eq!(status, 201, "{second}");
    assert_eq!(second["state"], "ended");
    assert_eq!(second["end_reason"], "overflowed");

    let overflows = db::events::of_types(&server.db, TENANT, &["queue.overflow"], 10)
        .await
        .unwrap();
    assert_eq!(overflows.len(), 1);
    let data: Value = serde_json::from_str(&overflows[0].data).unwrap();
    assert_eq!(data["trigger"], "max_size");
    assert_eq!(data["session_id"], second["id"]);

    let (status, error) = call(&server, reqwest::Method::DELETE, "/v1/queues/Q1", None).await;
    assert_eq!(status, 400, "a queue with waiting sessions stays");
    assert_eq!(
        error["error"]["details"][0]["reason"],
        "QUEUE_HAS_OPEN_SESSIONS"
    );

    server.stop().await;
}

backend_test!(concurrent_arrivals_never_overfill_a_queue);
async fn concurrent_arrivals_never_overfill_a_queue(backend: Backend) {
    let server = TestServer::start(&backend).await;
    post(&server, "/v1/queues", json!({"id": "Q1", "name": "Small", "max_queue_size": 2, "overflow": {"action": "callback"}})).await;

    let arrivals = (0..8).map(|_| {
        post(
            &server,
            "/v1/sessions",
            json!({"queue_id": "Q1", "channel": "chat"}),
        )
    });
    let created = futures::future::join_all(arrivals).await;

    let mut states: Vec<String> = created
        .iter()
        .map(|(status, session)| {
            assert_eq!(*status, 201, "{session}");
            session["state"].as_str().unwrap_or_default().to_owned()
        })
        .collect();
    states.sort();
    assert_eq!(
        states,
        [
            "ended", "ended", "ended", "ended", "ended", "ended", "queued", "queued"
        ]
    );
    assert_eq!(
        get(&server, "/v1/queues/Q1/stats").await["sessions_waiting"],
        2
    );

    server.stop().await;
}

/// Creates a voice session with the given id in a queue.
async fn create_voice_session(server: &TestServer, id: &str, queue_id: &str) -> Value {
    let (status, session) = post(
        server,
        "/v1/sessions",
        json!({"id": id, "queue_id": queue_id, "channel": "voice"}),
    )
    .await;
    assert_eq!(status, 201, "{session}");
    session
}

backend_test!(transfer_into_a_full_queue_overflows);
async fn transfer_into_a_full_queue_overflows(backend: Backend) {
    let server = TestServer::start(&backend).await;
    post(
        &server,
        "/v1/queues",
        json!({"id": "Q1", "name": "Front desk"}),
    )
    .await;
    post(&server, "/v1/queues", json!({"id": "Q2", "name": "Specialists", "max_queue_size": 1, "overflow": {"action": "callback"}})).await;
    create_voice_session(&server, "S0", "Q2").await;
    create_voice_session(&server, "S1", "Q1").await;

    let (status, moved) = post(
        &server,
        "/v1/sessions/S1:transfer",
        json!({"queue_id": "Q2"}),
    )
    .await;

    assert_eq!(status, 200, "{moved}");
    assert_eq!(moved["state"], "ended");
    assert_eq!(moved["end_reason"], "overflowed");
    assert_eq!(moved["queue_id"], "Q2");
    let overflows = db::events::of_types(&server.db, TENANT, &["queue.overflow"], 10)
        .await
        .unwrap();
    assert_eq!(overflows.len(), 1);
    let data: Value = serde_json::from_str(&overflows[0].data).unwrap();
    assert_eq!(data["trigger"], "max_size");
    assert_eq!(data["session_id"], "S1");
    assert_eq!(data["id"], "Q2");
    assert_eq!(
        get(&server, "/v1/queues/Q2/stats").await["sessions_waiting"],
        1
    );

    server.stop().await;
}

backend_test!(sessions_filter_and_sort);
async fn sessions_filter_and_sort(backend: Backend) {
    let server = TestServer::start(&backend).await;
    post(&server, "/v1/queues", json!({"id": "Q1", "name": "A"})).await;
    post(&server, "/v1/queues", json!({"id": "Q2", "name": "B"})).await;
    for (id, queue, channel, priority) in [
        ("S1", "Q1", "voice", "low"),
        ("S2", "Q1", "chat", "urgent"),
        ("S3", "Q2", "voice", "high"),
    ] {
        post(
            &server,
            "/v1/sessions",
            json!({"id": id, "queue_id": queue, "channel": channel, "priority": priority}),
        )
        .await;
    }
    post(&server, "/v1/sessions/S3:end", json!({})).await;

    let ids = |page: &Value| -> Vec<String> {
        page["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let queued = get(
        &server,
        "/v1/sessions?filter=state%3Dqueued%20AND%20queue_id%3DQ1&order_by=priority%20desc",
    )
    .await;
    assert_eq!(ids(&queued), vec!["S2", "S1"]);
    let voice = get(
        &server,
        "/v1/sessions?filter=channel%3Dvoice&order_by=create_time",
    )
    .await;
    assert_eq!(ids(&voice), vec!["S1", "S3"]);
    let ended = get(
        &server,
        "/v1/sessions?filter=end_time%3E%3D%222000-01-01T00%3A00%3A00Z%22",
    )
    .await;
    assert_eq!(ids(&ended), vec!["S3"]);
    assert!(
        voice["sessions"][0]["history"]
            .as_array()
            .unwrap()
            .is_empty(),
        "lists leave out history"
    );

    let other = server.other_tenant("tenant_b").await;
    let response = reqwest::Client::new()
        .get(server.url("/v1/sessions/S1"))
        .bearer_auth(&other)
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        404,
        "another tenant's session is not found"
    );
    let response = reqwest::Client::new()
        .get(server.url("/v1/sessions"))
        .bearer_auth(&other)
        .send()
        .await
        .unwrap();
    let body: Value = response.json().await.unwrap();
    assert!(
        body["sessions"].as_array().unwrap().is_empty(),
        "lists never mix tenants"
    );

    server.stop().await;
}
