//! Webhook endpoints, the SSRF guard, the event log and replays over REST.

use std::time::Duration;

use serde_json::json;

use crate::{
    backend_test,
    receiver::{
        Receiver, Reply, TestResolver, assert_signed_by, call, call_as, create_webhook, delivery,
        event, send_test, start_server, wait_for_event, webhook_settings,
    },
    support::TestServer,
};

const WAIT: Duration = Duration::from_secs(10);

backend_test!(endpoints_show_their_secret_only_on_create_and_rotation);
async fn endpoints_show_their_secret_only_on_create_and_rotation(backend: crate::support::Backend) {
    let server = start_server(&backend).await;
    let receiver = Receiver::ok().await;

    let client = reqwest::Client::new();
    let response = client
        .post(server.url("/v1/webhooks"))
        .bearer_auth(&server.token)
        .json(&json!({
            "url": receiver.url("/hook"),
            "event_types": ["session.*", "license.expired"],
            "description": "Ops pager",
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let created: serde_json::Value = response.json().await.unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("wh_"), "{id}");
    assert_eq!(location, format!("/v1/webhooks/{id}"));
    let secret = created["secret"].as_str().unwrap().to_owned();
    assert!(secret.starts_with("whsec_"), "{secret}");
    assert_eq!(created["enabled"], true);
    assert_eq!(created["disabled_reason"], "unspecified");
    assert_eq!(
        created["event_types"],
        json!(["session.*", "license.expired"])
    );

    let (status, fetched) = call(&server, "GET", &format!("/v1/webhooks/{id}"), None).await;
    assert_eq!(status, 200);
    assert_eq!(fetched["secret"], "");
    let (_, listed) = call(
        &server,
        "GET",
        "/v1/webhooks?filter=enabled%20%3D%20true",
        None,
    )
    .await;
    assert_eq!(listed["webhooks"][0]["id"], id.as_str());
    assert_eq!(listed["webhooks"][0]["secret"], "");

    let (status, rotated) = call(
        &server,
        "POST",
        &format!("/v1/webhooks/{id}:rotateSecret"),
        None,
    )
    .await;
    assert_eq!(status, 200, "{rotated}");
    let new_secret = rotated["secret"].as_str().unwrap();
    assert!(new_secret.starts_with("whsec_"), "{new_secret}");
    assert_ne!(new_secret, secret);
    assert!(
        rotated["previous_secret_expire_time"].is_string(),
        "{rotated}"
    );

    let (status, patched) = call(
        &server,
        "PATCH",
        &format!("/v1/webhooks/{id}"),
        Some(json!({"enabled": false, "event_types": []})),
    )
    .await;
    assert_eq!(status, 200, "{patched}");
    assert_eq!(patched["enabled"], false);
    assert_eq!(patched["disabled_reason"], "requested");
    assert_eq!(patched["event_types"], json!([]));
    assert_eq!(patched["description"], "Ops pager");
    let (status, rejected) = call(&server, "POST", &format!("/v1/webhooks/{id}:test"), None).await;
    assert_eq!(status, 400, "{rejected}");
    assert!(
        rejected.to_string().contains("WEBHOOK_DISABLED"),
        "{rejected}"
    );

    let (status, invalid) = call(
        &server,
        "POST",
        "/v1/webhooks",
        Some(json!({"url": receiver.url("/"), "event_types": ["session.ended", "sesion.*"]})),
    )
    .await;
    assert_eq!(status, 400);
    assert!(
        invalid.to_string().contains("webhook.event_types[1]"),
        "{invalid}"
    );

    let other = server.other_tenant("tenant_b").await;
    let (status, _) = call_as(&server, &other, "GET", &format!("/v1/webhooks/{id}"), None).await;
    assert_eq!(status, 404);

    let (status, _) = call(&server, "DELETE", &format!("/v1/webhooks/{id}"), None).await;
    assert_eq!(status, 204);
    let (status, _) = call(&server, "GET", &format!("/v1/webhooks/{id}"), None).await;
    assert_eq!(status, 404);
    server.stop().await;
}

backend_test!(event_types_are_listed);
async fn event_types_are_listed(backend: crate::support::Backend) {
    let server = TestServer::start(&backend).await;
    let (status, body) = call(&server, "GET", "/v1/webhook-event-types", None).await;
    assert_eq!(status, 200);
    let names: Vec<&str> = body["event_types"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["name"].as_str().unwrap())
        .collect();
    for expected in [
        "session.created",
        "session.ended",
        "agent.presence_changed",
        "recording.completed",
        "qa_score.recorded",
        "queue.overflow",
        "license.expiring",
        "license.expired",
        "webhook.endpoint_disabled",
        "webhook.test",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    assert_eq!(names.len(), 16);
    server.stop().await;
}

backend_test!(internal_targets_are_rejected_without_contact);
async fn internal_targets_are_rejected_without_contact(backend: crate::support::Backend) {
    // No allow-list: loopback is rejected like any internal address. The names resolve through
    // the test table only, and nothing listens on the addresses they map to.
    let resolver = TestResolver::with_test_names();
    let server = TestServer::start_with(&backend, |config| {
        webhook_settings(resolver.clone())(config);
        config.webhook_allowed_cidrs.clear();
    })
    .await;
    for url in [
        "http://127.0.0.1:9/hook",
        "http://127.1.2.3/",
        "http://[::1]/",
        "http://10.0.0.7/",
        "http://172.16.0.1/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[64:ff9b::a00:7]/",
        "http://0x7f000001/",
        "http://2130706433/",
        "http://017700000001/",
        "http://0xa9fea9fe/",
        "http://2852039166/",
        "http://0.0.0.0/",
        "ftp://receiver.test/",
        "file:///etc/passwd",
        "gopher://receiver.test:70/",
        "javascript:alert(1)",
        "http://user:secret@receiver.test/",
        "http://receiver.test/",
        "http://loopback.test:8080/",
        "http://ipv6-loopback.test/",
        "http://internal.test/",
        "http://metadata.test/",
        "http://mapped.test/",
        "http://documentation.test/",
        "http://unknown.test/",
    ] {
        let (status, body) = call(&server, "POST", "/v1/webhooks", Some(json!({"url": url}))).await;
        assert_eq!(status, 400, "{url} must be rejected: {body}");
        let text = body.to_string();
        assert!(text.contains("webhook.url"), "{url}: {text}");
    }
    server.stop().await;
}

backend_test!(every_attempt_is_checked_again);
async fn every_attempt_is_checked_again(backend: crate::support::Backend) {
    let resolver = TestResolver::with_test_names();
    let server = TestServer::start_with(&backend, webhook_settings(resolver.clone())).await;
    let receiver = Receiver::ok().await;
    resolver.set("moving.test", "127.0.0.1");
    let url = format!("http://moving.test:{}/hook", receiver.addr.port());
    let created = create_webhook(&server, &url, &[]).await;
    let id = created["id"].as_str().unwrap();

    // The name now points at an internal address: the attempt is rejected before connecting.
    resolver.set("moving.test", "10.0.0.7");
    let event_id = send_test(&server, id).await;
    let body = wait_for_event(&server, &event_id, WAIT, |event| {
        delivery(event)["attempt_count"] == 1
    })
    .await;
    let attempt = &delivery(&body)["attempts"][0];
    assert_eq!(attempt["status_code"], 0);
    assert!(
        attempt["error"].as_str().unwrap().starts_with("rejected:"),
        "{attempt}"
    );
    assert_eq!(delivery(&body)["state"], "pending");
    assert!(receiver.received().is_empty());
    server.stop().await;
}

backend_test!(the_event_log_filters_and_replays_keep_the_event_id);
async fn the_event_log_filters_and_replays_keep_the_event_id(backend: crate::support::Backend) {
    let server = start_server(&backend).await;
    let receiver = Receiver::ok().await;
    let failing = Receiver::start(Vec::new(), Reply::status(500)).await;
    let good = create_webhook(&server, &receiver.url("/good"), &[]).await;
    let bad = create_webhook(&server, &failing.url("/bad"), &[]).await;
    let good_id = good["id"].as_str().unwrap();
    let bad_id = bad["id"].as_str().unwrap();

    let first = send_test(&server, good_id).await;
    let second = send_test(&server, bad_id).await;
    receiver.wait_for(1, WAIT).await;
    wait_for_event(&server, &second, WAIT, |event| {
        delivery(event)["attempt_count"] == 1
    })
    .await;

    let (_, all) = call(&server, "GET", "/v1/webhook-events?page_size=1", None).await;
    assert_eq!(all["webhook_events"].as_array().unwrap().len(), 1);
    assert_eq!(all["webhook_events"][0]["id"], first.as_str());
    let token = all["next_page_token"].as_str().unwrap();
    let (_, page) = call(
        &server,
        "GET",
        &format!("/v1/webhook-events?page_size=1&page_token={token}"),
        None,
    )
    .await;
    assert_eq!(page["webhook_events"][0]["id"], second.as_str());

    let (_, by_endpoint) = call(
        &server,
        "GET",
        &format!("/v1/webhook-events?webhook_id={bad_id}"),
        None,
    )
    .await;
    let ids: Vec<&str> = by_endpoint["webhook_events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec![second.as_str()]);
    let (_, succeeded) = call(
        &server,
        "GET",
        "/v1/webhook-events?delivery_state=succeeded&filter=type%20%3D%20%22webhook.test%22",
        None,
    )
    .await;
    assert_eq!(succeeded["webhook_events"][0]["id"], first.as_str());
    assert_eq!(succeeded["webhook_events"].as_array().unwrap().len(), 1);
    let listed_delivery = &succeeded["webhook_events"][0]["deliveries"][0];
    assert_eq!(listed_delivery["webhook_id"], good_id);
    assert_eq!(listed_delivery["attempts"], json!([]));

    let detail = event(&server, &first).await;
    assert_eq!(detail["type"], "webhook.test");
    assert_eq!(detail["api_version"], "v1");
    assert_eq!(detail["data"]["id"], good_id);
    let attempt = &delivery(&detail)["attempts"][0];
    assert_eq!(attempt["status_code"], 200);
    assert_eq!(attempt["succeeded"], true);

    // A single replay returns 202 and delivers again under the same id.
    let (status, replayed) = call(
        &server,
        "POST",
        &format!("/v1/webhook-events/{first}:replay"),
        None,
    )
    .await;
    assert_eq!(status, 202, "{replayed}");
    assert_eq!(replayed["webhook_ids"], json!([good_id]));
    let received = receiver.wait_for(2, WAIT).await;
    assert_eq!(received[0].webhook_id(), first);
    assert_eq!(received[1].webhook_id(), first);
    assert_eq!(received[0].body, received[1].body);
    assert_signed_by(&received[1], good["secret"].as_str().unwrap());

    // Replaying to a named endpoint creates its delivery.
    let (status, _) = call(
        &server,
        "POST",
        &format!("/v1/webhook-events/{second}:replay"),
        Some(json!({"webhook_id": good_id})),
    )
    .await;
    assert_eq!(status, 202);
    let received = receiver.wait_for(3, WAIT).await;
    assert_eq!(received[2].webhook_id(), second);

    // A bulk dry run counts; the job replays and reports its progress.
    let start = "2000-01-01T00:00:00Z";
    let (status, counted) = call(
        &server,
        "POST",
        "/v1/webhook-events:replay",
        Some(json!({"start_time": start, "delivery_state": "failed", "dry_run": true})),
    )
    .await;
    assert_eq!(status, 200, "{counted}");
    assert_eq!(counted["matched"], 0);
    assert!(counted["replay"].is_null(), "{counted}");
    let (status, counted) = call(
        &server,
        "POST",
        "/v1/webhook-events:replay",
        Some(json!({"start_time": start, "filter": "type = \"webhook.test\"", "dry_run": true})),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(counted["matched"], 2);

    let (status, job) = call(
        &server,
        "POST",
        "/v1/webhook-events:replay",
        Some(json!({"start_time": start, "webhook_id": good_id})),
    )
    .await;
    assert_eq!(status, 202, "{job}");
    assert_eq!(job["matched"], 2);
    let replay_id = job["replay"]["id"].as_str().unwrap().to_owned();
    assert_eq!(job["replay"]["state"], "running");
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let (status, progress) = call(
            &server,
            "GET",
            &format!("/v1/webhook-replays/{replay_id}"),
            None,
        )
        .await;
        assert_eq!(status, 200);
        if progress["state"] == "succeeded" {
            assert_eq!(progress["done"], 2);
            assert_eq!(progress["matched"], 2);
            break;
        }
        assert!(std::time::Instant::now() < deadline, "{progress}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let received = receiver.wait_for(5, WAIT).await;
    let mut replayed_ids: Vec<String> = received[3..].iter().map(|r| r.webhook_id()).collect();
    replayed_ids.sort();
    let mut expected = vec![first.clone(), second.clone()];
    expected.sort();
    assert_eq!(replayed_ids, expected);

    let (status, missing) = call(
        &server,
        "POST",
        "/v1/webhook-events:replay",
        Some(json!({"dry_run": true})),
    )
    .await;
    assert_eq!(status, 400);
    assert!(missing.to_string().contains("start_time"), "{missing}");
    server.stop().await;
}
