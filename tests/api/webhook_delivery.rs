//! Webhook delivery against real receivers on 127.0.0.1: status rules, timeouts, retries on
//! the advanced clock, signatures, auto-disable, two workers on one database and shutdown.

use std::time::Duration;

use chrono::DateTime;
use diesel_async::AsyncConnection;
use globemeet::{
    cli::Role,
    db::{DbConnection, DbError, events::NewEvent},
    server,
};
use serde_json::{Value, json};

use crate::{
    backend_test,
    receiver::{
        Receiver, Reply, TestResolver, assert_signed_by, attempts, call, create_webhook, delivery,
        expected_signature, send_test, signatures, start_server, wait_for_event, webhook_settings,
    },
    support::{Backend, TENANT, TestServer, test_config},
};

const WAIT: Duration = Duration::from_secs(10);

fn time_of(value: &Value) -> DateTime<chrono::Utc> {
    value
        .as_str()
        .unwrap_or_else(|| panic!("{value} is not a timestamp"))
        .parse()
        .unwrap()
}

/// Sleeps until the next whole second of real time, so the next signature timestamp differs.
async fn next_second() {
    let now = chrono::Utc::now();
    let left = 1_000_000_000 - now.timestamp_subsec_nanos() as u64;
    tokio::time::sleep(Duration::from_nanos(left) + Duration::from_millis(5)).await;
}

backend_test!(failed_attempts_are_retried_under_one_id_with_fresh_timestamps);
async fn failed_attempts_are_retried_under_one_id_with_fresh_timestamps(backend: Backend) {
    let server = start_server(&backend).await;
    let receiver = Receiver::start(
        vec![
            Reply::status(500).body("not now"),
            Reply::status(500),
            Reply::status(200).body("thanks"),
        ],
        Reply::status(200),
    )
    .await;
    let created = create_webhook(&server, &receiver.url("/hook"), &[]).await;
    let secret = created["secret"].as_str().unwrap();
    let event_id = send_test(&server, created["id"].as_str().unwrap()).await;

    receiver.wait_for(1, WAIT).await;
    let first = wait_for_event(&server, &event_id, WAIT, |e| {
        delivery(e)["attempt_count"] == 1
    })
    .await;
    assert_eq!(delivery(&first)["state"], "pending");
    let attempt = &attempts(&first)[0];
    assert_eq!(attempt["status_code"], 500);
    assert_eq!(attempt["response_body"], "not now");
    let retry_at = time_of(&delivery(&first)["next_attempt_time"]);
    let tried_at = time_of(&attempt["attempt_time"]);
    let wait = retry_at - tried_at;
    assert!(
        wait >= chrono::TimeDelta::seconds(5) && wait <= chrono::TimeDelta::seconds(7),
        "the first retry waits 5 s plus jitter, not {wait}"
    );

    // Not due yet: nothing is sent before the backoff has passed.
    receiver.expect_no_more(1, Duration::from_millis(300)).await;
    next_second().await;
    server.clock.advance(Duration::from_secs(7));
    receiver.wait_for(2, WAIT).await;
    wait_for_event(&server, &event_id, WAIT, |e| {
        delivery(e)["attempt_count"] == 2
    })
    .await;
    next_second().await;
    server.clock.advance(Duration::from_secs(40));
    let received = receiver.wait_for(3, WAIT).await;

    let done = wait_for_event(&server, &event_id, WAIT, |e| {
        delivery(e)["state"] == "succeeded"
    })
    .await;
    let statuses: Vec<i64> = attempts(&done)
        .iter()
        .map(|a| a["status_code"].as_i64().unwrap())
        .collect();
    assert_eq!(statuses, vec![500, 500, 200]);
    assert_eq!(received.len(), 3);
    let timestamps: Vec<i64> = received
        .iter()
        .map(|r| r.header("webhook-timestamp").parse().unwrap())
        .collect();
    assert!(
        timestamps[0] < timestamps[1] && timestamps[1] < timestamps[2],
        "each attempt carries a fresh timestamp: {timestamps:?}"
    );
    for request in &received {
        assert_eq!(request.webhook_id(), event_id);
        assert_eq!(request.body, received[0].body);
        assert_eq!(request.header("content-type"), "application/json");
        assert_signed_by(request, secret);
        let age = chrono::Utc::now().timestamp()
            - request.header("webhook-timestamp").parse::<i64>().unwrap();
        assert!((0..60).contains(&age), "signature timestamps are real time");
    }
    let envelope = received[0].json();
    assert_eq!(envelope["id"], event_id.as_str());
    assert_eq!(envelope["type"], "webhook.test");
    assert_eq!(envelope["tenant_id"], TENANT);
    assert_eq!(envelope["api_version"], "v1");
    assert!(envelope["created_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(envelope["data"]["id"], created["id"]);
    receiver.expect_no_more(3, Duration::from_millis(200)).await;
    server.stop().await;
}

backend_test!(gone_disables_the_endpoint_and_tells_the_others);
async fn gone_disables_the_endpoint_and_tells_the_others(backend: Backend) {
    let server = start_server(&backend).await;
    let gone = Receiver::start(Vec::new(), Reply::status(410)).await;
    let watcher = Receiver::ok().await;
    let leaving = create_webhook(&server, &gone.url("/gone"), &[]).await;
    let leaving_id = leaving["id"].as_str().unwrap();
    let staying = create_webhook(&server, &watcher.url("/watch"), &["webhook.*"]).await;

    let event_id = send_test(&server, leaving_id).await;
    let failed = wait_for_event(&server, &event_id, WAIT, |e| {
        delivery(e)["state"] == "failed"
    })
    .await;
    assert_eq!(attempts(&failed).len(), 1);
    assert_eq!(attempts(&failed)[0]["status_code"], 410);

    let notice = watcher.wait_for(1, WAIT).await;
    let envelope = notice[0].json();
    assert_eq!(envelope["type"], "webhook.endpoint_disabled");
    assert_eq!(envelope["data"]["id"], leaving_id);
    assert_eq!(envelope["data"]["enabled"], false);
    assert_eq!(envelope["data"]["reason"], "gone");
    assert_eq!(envelope["data"]["secret"], "");
    assert_signed_by(&notice[0], staying["secret"].as_str().unwrap());

    let (_, endpoint) = call(&server, "GET", &format!("/v1/webhooks/{leaving_id}"), None).await;
    assert_eq!(endpoint["enabled"], false);
    assert_eq!(endpoint["disabled_reason"], "gone");
    assert_eq!(
        gone.received().len(),
        1,
        "a disabled endpoint gets nothing more"
    );
    server.stop().await;
}

backend_test!(redirects_fail_and_are_not_followed);
async fn redirects_fail_and_are_not_followed(backend: Backend) {
    let server = start_server(&backend).await;
    let target = Receiver::ok().await;
    let redirecting = Receiver::start(
        Vec::new(),
        Reply::status(302).header("location", target.url("/elsewhere")),
    )
    .await;
    let created = create_webhook(&server, &redirecting.url("/hook"), &[]).await;
    let event_id = send_test(&server, created["id"].as_str().unwrap()).await;

    let body = wait_for_event(&server, &event_id, WAIT, |e| {
        delivery(e)["attempt_count"] == 1
    })
    .await;
    let attempt = &attempts(&body)[0];
    assert_eq!(attempt["status_code"], 302);
    assert_eq!(attempt["succeeded"], false);
    assert!(
        attempt["error"].as_str().unwrap().contains("not followed"),
        "{attempt}"
    );
    assert_eq!(delivery(&body)["state"], "pending", "a redirect is retried");
    target.expect_no_more(0, Duration::from_millis(300)).await;
    let received = redirecting.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].path, "/hook");
    server.stop().await;
}

backend_test!(retry_after_is_honoured);
async fn retry_after_is_honoured(backend: Backend) {
    let server = start_server(&backend).await;
    let receiver = Receiver::start(
        vec![Reply::status(429).header("retry-after", "120")],
        Reply::status(200),
    )
    .await;
    let created = create_webhook(&server, &receiver.url("/hook"), &[]).await;
    let event_id = send_test(&server, created["id"].as_str().unwrap()).await;

    let first = wait_for_event(&server, &event_id, WAIT, |e| {
        delivery(e)["attempt_count"] == 1
    })
    .await;
    let tried_at = time_of(&attempts(&first)[0]["attempt_time"]);
    let retry_at = time_of(&delivery(&first)["next_attempt_time"]);
    assert!(
        retry_at - tried_at >= chrono::TimeDelta::seconds(120),
        "Retry-After wins over the 5 s backoff: {tried_at} -> {retry_at}"
    );

    server.clock.advance(Duration::from_secs(60));
    receiver.expect_no_more(1, Duration::from_millis(400)).await;
    server.clock.advance(Duration::from_secs(61));
    receiver.wait_for(2, WAIT).await;
    wait_for_event(&server, &event_id, WAIT, |e| {
        delivery(e)["state"] == "succeeded"
    })
    .await;
    server.stop().await;
}

backend_test!(a_hanging_receiver_times_out);
async fn a_hanging_receiver_times_out(backend: Backend) {
    let resolver = TestResolver::with_test_names();
    let server = TestServer::start_with(&backend, |config| {
        webhook_settings(resolver)(config);
        config.webhook_timeout = Duration::from_millis(500);
    })
    .await;
    let receiver = Receiver::start(
        Vec::new(),
        Reply::status(200).delay(Duration::from_secs(30)),
    )
    .await;
    let created = create_webhook(&server, &receiver.url("/slow"), &[]).await;
    let event_id = send_test(&server, created["id"].as_str().unwrap()).await;

    let body = wait_for_event(&server, &event_id, WAIT, |e| {
        delivery(e)["attempt_count"] == 1
    })
    .await;
    let attempt = &attempts(&body)[0];
    assert_eq!(attempt["status_code"], 0);
    assert_eq!(attempt["error"], "timed out after 500 ms");
    let latency = attempt["latency_ms"].as_i64().unwrap();
    assert!((450..3000).contains(&latency), "latency {latency} ms");
    assert_eq!(delivery(&body)["state"], "pending");
    server.stop().await;
}

backend_test!(rotation_sends_both_signatures);
async fn rotation_sends_both_signatures(backend: Backend) {
    let server = start_server(&backend).await;
    let receiver = Receiver::ok().await;
    let created = create_webhook(&server, &receiver.url("/hook"), &[]).await;
    let id = created["id"].as_str().unwrap();
    let old_secret = created["secret"].as_str().unwrap();
    let (_, rotated) = call(
        &server,
        "POST",
        &format!("/v1/webhooks/{id}:rotateSecret"),
        None,
    )
    .await;
    let new_secret = rotated["secret"].as_str().unwrap();

    send_test(&server, id).await;
    let received = receiver.wait_for(1, WAIT).await;
    let carried = signatures(&received[0]);
    assert_eq!(carried.len(), 2, "{carried:?}");
    let timestamp = received[0].header("webhook-timestamp");
    let expected_new = expected_signature(
        new_secret,
        &received[0].webhook_id(),
        &timestamp,
        &received[0].body,
    );
    let expected_old = expected_signature(
        old_secret,
        &received[0].webhook_id(),
        &timestamp,
        &received[0].body,
    );
    assert_eq!(carried, vec![expected_new, expected_old]);

    // After 24 hours only the new secret signs.
    server.clock.advance(Duration::from_secs(24 * 60 * 60 + 1));
    send_test(&server, id).await;
    let received = receiver.wait_for(2, WAIT).await;
    assert_eq!(signatures(&received[1]).len(), 1);
    assert_signed_by(&received[1], new_secret);
    server.stop().await;
}

backend_test!(non_ascii_payloads_verify);
async fn non_ascii_payloads_verify(backend: Backend) {
    let server = start_server(&backend).await;
    let receiver = Receiver::ok().await;
    let (status, created) = call(
        &server,
        "POST",
        "/v1/webhooks",
        Some(
            json!({"url": receiver.url("/hook"), "description": "Überwachung – 東京 ✓ \"quoted\""}),
        ),
    )
    .await;
    assert_eq!(status, 201, "{created}");
    send_test(&server, created["id"].as_str().unwrap()).await;
    let received = receiver.wait_for(1, WAIT).await;
    let text = std::str::from_utf8(&received[0].body).unwrap();
    assert!(text.contains("Überwachung – 東京 ✓"), "{text}");
    assert_eq!(
        received[0].json()["data"]["description"],
        "Überwachung – 東京 ✓ \"quoted\""
    );
    assert_signed_by(&received[0], created["secret"].as_str().unwrap());
    server.stop().await;
}

backend_test!(retries_end_failed_at_the_deadline);
async fn retries_end_failed_at_the_deadline(backend: Backend) {
    let server = start_server(&backend).await;
    let receiver = Receiver::start(Vec::new(), Reply::status(503)).await;
    let created = create_webhook(&server, &receiver.url("/down"), &[]).await;
    let event_id = send_test(&server, created["id"].as_str().unwrap()).await;

    let mut seen = 0;
    let last = loop {
        let body = wait_for_event(&server, &event_id, WAIT, |e| {
            delivery(e)["attempt_count"].as_i64().unwrap() > seen
        })
        .await;
        seen = delivery(&body)["attempt_count"].as_i64().unwrap();
        if delivery(&body)["state"] == "failed" {
            break body;
        }
        assert!(seen < 30, "retries never ended: {body}");
        // Jump exactly to the next attempt's due time.
        let due = time_of(&delivery(&body)["next_attempt_time"]);
        let now = server.clock.now().and_utc();
        if due > now {
            server.clock.advance((due - now).to_std().unwrap());
        }
    };
    let tries = attempts(&last);
    let deadline = time_of(&delivery(&last)["deadline_time"]);
    let first = time_of(&tries[0]["attempt_time"]);
    assert_eq!(deadline - first, chrono::TimeDelta::hours(24));
    assert!(tries.len() >= 9, "{} attempts", tries.len());
    let final_try = time_of(&tries.last().unwrap()["attempt_time"]);
    assert!(
        final_try <= deadline,
        "the last attempt {final_try} is after {deadline}"
    );
    assert!(
        final_try - first > chrono::TimeDelta::hours(12),
        "retries span hours"
    );
    for pair in tries.windows(2) {
        assert!(time_of(&pair[1]["attempt_time"]) > time_of(&pair[0]["attempt_time"]));
    }
    assert_eq!(receiver.received().len(), tries.len());
    server.stop().await;
}

backend_test!(endpoints_failing_for_five_days_are_disabled);
async fn endpoints_failing_for_five_days_are_disabled(backend: Backend) {
    let server = start_server(&backend).await;
    let failing = Receiver::start(Vec::new(), Reply::status(500)).await;
    let watcher = Receiver::ok().await;
    let broken = create_webhook(&server, &failing.url("/broken"), &[]).await;
    let broken_id = broken["id"].as_str().unwrap();
    create_webhook(
        &server,
        &watcher.url("/watch"),
        &["webhook.endpoint_disabled"],
    )
    .await;

    let event_id = send_test(&server, broken_id).await;
    wait_for_event(&server, &event_id, WAIT, |e| {
        delivery(e)["attempt_count"] == 1
    })
    .await;
    let (_, endpoint) = call(&server, "GET", &format!("/v1/webhooks/{broken_id}"), None).await;
    assert!(endpoint["failing_since"].is_string(), "{endpoint}");
    assert_eq!(endpoint["enabled"], true);

    server
        .clock
        .advance(Duration::from_secs(5 * 24 * 60 * 60 + 60));
    let notice = watcher.wait_for(1, WAIT).await;
    let envelope = notice[0].json();
    assert_eq!(envelope["type"], "webhook.endpoint_disabled");
    assert_eq!(envelope["data"]["id"], broken_id);
    assert_eq!(envelope["data"]["reason"], "failing");
    let (_, endpoint) = call(&server, "GET", &format!("/v1/webhooks/{broken_id}"), None).await;
    assert_eq!(endpoint["enabled"], false);
    assert_eq!(endpoint["disabled_reason"], "failing");

    // Enabling it again clears the streak.
    let (_, enabled) = call(
        &server,
        "PATCH",
        &format!("/v1/webhooks/{broken_id}"),
        Some(json!({"enabled": true})),
    )
    .await;
    assert_eq!(enabled["enabled"], true);
    assert_eq!(enabled["disabled_reason"], "unspecified");
    assert!(enabled["failing_since"].is_null(), "{enabled}");
    server.stop().await;
}

backend_test!(metrics_show_the_backlog_and_outcomes);
async fn metrics_show_the_backlog_and_outcomes(backend: Backend) {
    let server = start_server(&backend).await;
    let receiver = Receiver::start(vec![Reply::status(500)], Reply::status(200)).await;
    let created = create_webhook(&server, &receiver.url("/hook"), &[]).await;
    let event_id = send_test(&server, created["id"].as_str().unwrap()).await;
    wait_for_event(&server, &event_id, WAIT, |e| {
        delivery(e)["attempt_count"] == 1
    })
    .await;

    let metrics = reqwest::get(server.url("/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains("globemeet_webhook_outbox_backlog{state=\"scheduled\"} 1"),
        "{metrics}"
    );
    assert!(metrics.contains("globemeet_webhook_outbox_backlog{state=\"due\"} 0"));
    assert!(metrics.contains("globemeet_webhook_attempts_total{outcome=\"5xx\"} 1"));

    server.clock.advance(Duration::from_secs(10));
    wait_for_event(&server, &event_id, WAIT, |e| {
        delivery(e)["state"] == "succeeded"
    })
    .await;
    let metrics = reqwest::get(server.url("/metrics"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(metrics.contains("globemeet_webhook_attempts_total{outcome=\"2xx\"} 1"));
    assert!(metrics.contains("globemeet_webhook_deliveries_total{state=\"succeeded\"} 1"));
    assert!(metrics.contains("globemeet_webhook_outbox_backlog{state=\"scheduled\"} 0"));
    server.stop().await;
}

backend_test!(requests_per_endpoint_are_capped);
async fn requests_per_endpoint_are_capped(backend: Backend) {
    let resolver = TestResolver::with_test_names();
    let server = TestServer::start_with(&backend, |config| {
        webhook_settings(resolver)(config);
        config.webhook_endpoint_concurrency = 2;
    })
    .await;
    let receiver = Receiver::start(
        Vec::new(),
        Reply::status(200).delay(Duration::from_millis(100)),
    )
    .await;
    let created = create_webhook(&server, &receiver.url("/hook"), &[]).await;
    let id = created["id"].as_str().unwrap();
    for _ in 0..8 {
        send_test(&server, id).await;
    }
    receiver.wait_for(8, WAIT).await;
    assert_eq!(receiver.most_open(), 2, "two requests at once, never more");
    server.stop().await;
}

backend_test!(a_replay_during_an_attempt_starts_a_new_round);
async fn a_replay_during_an_attempt_starts_a_new_round(backend: Backend) {
    let server = start_server(&backend).await;
    let receiver = Receiver::start(
        vec![Reply::status(200).delay(Duration::from_millis(600))],
        Reply::status(200),
    )
    .await;
    let created = create_webhook(&server, &receiver.url("/hook"), &[]).await;
    let event_id = send_test(&server, created["id"].as_str().unwrap()).await;
    receiver.wait_for(1, WAIT).await;

    let (status, body) = call(
        &server,
        "POST",
        &format!("/v1/webhook-events/{event_id}:replay"),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, 202, "{body}");

    let received = receiver.wait_for(2, WAIT).await;
    assert_eq!(received[1].webhook_id(), event_id);
    let body = wait_for_event(&server, &event_id, WAIT, |e| {
        delivery(e)["attempt_count"] == 2 && delivery(e)["state"] == "succeeded"
    })
    .await;
    assert_eq!(attempts(&body).len(), 2, "{body}");
    receiver.expect_no_more(2, Duration::from_millis(300)).await;
    server.stop().await;
}

backend_test!(a_backlog_to_several_endpoints_arrives_once_each_within_the_cap);
async fn a_backlog_to_several_endpoints_arrives_once_each_within_the_cap(backend: Backend) {
    let resolver = TestResolver::with_test_names();
    let server = TestServer::start_with(&backend, |config| {
        webhook_settings(resolver)(config);
        config.webhook_endpoint_concurrency = 3;
    })
    .await;
    let mut receivers = Vec::new();
    for index in 0..3 {
        let receiver = Receiver::start(
            Vec::new(),
            Reply::status(200).delay(Duration::from_millis(2)),
        )
        .await;
        create_webhook(&server, &receiver.url(&format!("/hook-{index}")), &[]).await;
        receivers.push(receiver);
    }

    let mut ids = record_events(&server.db, 300).await;
    ids.sort();
    for receiver in &receivers {
        let received = receiver.wait_for(ids.len(), Duration::from_secs(60)).await;
        receiver
            .expect_no_more(ids.len(), Duration::from_millis(200))
            .await;
        let mut seen: Vec<String> = received.iter().map(|r| r.webhook_id()).collect();
        seen.sort();
        assert_eq!(
            seen, ids,
            "every event arrived once at {}",
            received[0].path
        );
        assert!(
            receiver.most_open() <= 3,
            "{} requests were open at once",
            receiver.most_open()
        );
    }
    server.stop().await;
}

backend_test!(shutdown_finishes_deliveries_in_flight);
async fn shutdown_finishes_deliveries_in_flight(backend: Backend) {
    let mut server = start_server(&backend).await;
    let receiver = Receiver::start(
        Vec::new(),
        Reply::status(200).delay(Duration::from_millis(700)),
    )
    .await;
    let created = create_webhook(&server, &receiver.url("/slow"), &[]).await;
    let event_id = send_test(&server, created["id"].as_str().unwrap()).await;
    receiver.wait_for(1, WAIT).await;

    server.shutdown().await;
    let state: String = {
        use diesel::prelude::*;
        use diesel_async::RunQueryDsl;
        use globemeet::db::schema::webhook_deliveries;
        let mut conn = server.db.conn().await.unwrap();
        webhook_deliveries::table
            .filter(webhook_deliveries::event_id.eq(&event_id))
            .select(webhook_deliveries::state)
            .first(&mut conn)
            .await
            .unwrap()
    };
    assert_eq!(
        state, "succeeded",
        "shutdown waited for the attempt in flight"
    );
    server.stop().await;
}

/// Records `count` test events for the tenant directly in the database, as producers do.
pub async fn record_events(db: &globemeet::db::Db, count: usize) -> Vec<String> {
    let mut ids = Vec::with_capacity(count);
    for chunk in (0..count).collect::<Vec<_>>().chunks(250) {
        let mut writer = db.writer().await.unwrap();
        let conn: &mut DbConnection = &mut writer;
        let recorded = conn
            .transaction(
                async |conn: &mut DbConnection| -> Result<Vec<String>, DbError> {
                    let mut recorded = Vec::new();
                    for index in chunk {
                        let row = globemeet::db::events::record(
                            conn,
                            NewEvent {
                                tenant_id: TENANT.to_owned(),
                                event_type: "webhook.test",
                                data: json!({"index": index, "note": "crash test"}),
                            },
                        )
                        .await?;
                        recorded.push(row.id);
                    }
                    Ok(recorded)
                },
            )
            .await
            .unwrap();
        ids.extend(recorded);
    }
    ids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_workers_never_attempt_one_delivery_at_once() {
    let Some(backend) = Backend::postgres() else {
        return;
    };
    let resolver = TestResolver::with_test_names();
    let server = TestServer::start_with(&backend, webhook_settings(resolver.clone())).await;
    let mut config = test_config(&server.database.url);
    webhook_settings(resolver)(&mut config);
    let second = server::start(config, Role::Worker)
        .await
        .expect("second worker starts");

    let receiver = Receiver::start(
        Vec::new(),
        Reply::status(200).delay(Duration::from_millis(15)),
    )
    .await;
    create_webhook(&server, &receiver.url("/hook"), &[]).await;
    let ids = record_events(&server.db, 400).await;
    let received = receiver.wait_for(ids.len(), Duration::from_secs(60)).await;
    receiver
        .expect_no_more(ids.len(), Duration::from_millis(300))
        .await;

    assert_eq!(
        receiver.overlaps(),
        0,
        "one delivery was attempted twice at once"
    );
    let mut seen: Vec<String> = received.iter().map(|r| r.webhook_id()).collect();
    seen.sort();
    let mut expected = ids.clone();
    expected.sort();
    assert_eq!(seen, expected, "every event arrived exactly once");
    for addr in [server.addr, second.local_addr()] {
        let metrics = reqwest::get(format!("http://{addr}/metrics"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            metrics.contains("globemeet_webhook_attempts_total{outcome=\"2xx\"}"),
            "both workers delivered: {addr}"
        );
    }
    second.shutdown().await.unwrap();
    server.stop().await;
}
