use std::collections::{BTreeSet, HashSet};

use globemeet::db::{self, models::QueueRow};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::{
    backend_test,
    support::{Backend, TENANT, TestServer},
};

async fn get(server: &TestServer, token: &str, path_and_query: &str) -> (StatusCode, Value) {
    let response = reqwest::Client::new()
        .get(server.url(path_and_query))
        .bearer_auth(token)
        .send()
        .await
        .expect("GET");
    let status = response.status();
    (status, response.json().await.expect("JSON"))
}

async fn post(server: &TestServer, path: &str, body: Value) -> Value {
    let response = reqwest::Client::new()
        .post(server.url(path))
        .bearer_auth(&server.token)
        .json(&body)
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), 201, "{path}");
    response.json().await.expect("JSON")
}

async fn delete(server: &TestServer, path: &str) {
    let response = reqwest::Client::new()
        .delete(server.url(path))
        .bearer_auth(&server.token)
        .send()
        .await
        .expect("DELETE");
    assert_eq!(response.status(), 204, "{path}");
}

fn query(params: &[(&str, &str)]) -> String {
    let encoded: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params)
        .finish();
    format!("/v1/queues?{encoded}")
}

fn ids(page: &Value) -> Vec<String> {
    page["queues"]
        .as_array()
        .expect("queues")
        .iter()
        .map(|queue| queue["id"].as_str().unwrap().to_owned())
        .collect()
}

/// Inserts queues straight into the database, for lists longer than the API makes quick.
async fn insert_queues(server: &TestServer, count: usize) {
    let now = db::time::now();
    for index in 0..count {
        let row = QueueRow {
            tenant_id: TENANT.to_owned(),
            id: format!("bulk_{index:05}"),
            name: format!("Bulk {index}"),
            skills: "[]".to_owned(),
            priority: "normal".to_owned(),
            max_wait_seconds: 60,
            max_queue_size: None,
            overflow_action: "disconnect".to_owned(),
            overflow_target_queue_id: None,
            create_time: now,
            update_time: now,
            revision: 1,
        };
        db::queues::insert(&server.db, &row).await.expect("insert");
    }
}

backend_test!(pages_survive_inserts_and_deletes);
async fn pages_survive_inserts_and_deletes(backend: Backend) {
    let server = TestServer::start(&backend).await;
    for index in 0..30 {
        // Names repeat, so the id must break ties for a stable order.
        post(
            &server,
            "/v1/queues",
            json!({"id": format!("Q{index:02}"), "name": format!("Name {}", index % 4)}),
        )
        .await;
    }

    for order_by in [
        "",
        "name desc",
        "create_time, name",
        "max_wait_seconds desc, name",
    ] {
        let mut seen: Vec<String> = Vec::new();
        let mut deleted: HashSet<String> = HashSet::new();
        let mut token = String::new();
        let mut round = 0;
        loop {
            let (status, page) = get(
                &server,
                &server.token,
                &query(&[
                    ("page_size", "7"),
                    ("order_by", order_by),
                    ("page_token", &token),
                ]),
            )
            .await;
            assert_eq!(status, 200, "{order_by}: {page}");
            seen.extend(ids(&page));

            // Between pages: add two queues and delete one already seen and one not yet seen.
            round += 1;
            post(
                &server,
                "/v1/queues",
                json!({"id": format!("N{round}_{}", order_by.len()), "name": "Name 9"}),
            )
            .await;
            post(
                &server,
                "/v1/queues",
                json!({"id": format!("A{round}_{}", order_by.len()), "name": "Name 0"}),
            )
            .await;
            let unseen = (0..30)
                .map(|i| format!("Q{i:02}"))
                .find(|id| !seen.contains(id) && !deleted.contains(id));
            for id in [seen.first().cloned(), unseen].into_iter().flatten() {
                if deleted.insert(id.clone()) {
                    delete(&server, &format!("/v1/queues/{id}")).await;
                }
            }

            token = page["next_page_token"].as_str().unwrap().to_owned();
            if token.is_empty() {
                break;
            }
        }

        let unique: HashSet<&String> = seen.iter().collect();
        assert_eq!(
            unique.len(),
            seen.len(),
            "{order_by}: a row appeared twice: {seen:?}"
        );
        for id in (0..30).map(|i| format!("Q{i:02}")) {
            let present_throughout = !deleted.contains(&id);
            if present_throughout {
                assert!(seen.contains(&id), "{order_by}: {id} was skipped");
            }
        }
        // Restore the 30 queues for the next order.
        for id in deleted {
            if let Some(number) = id.strip_prefix('Q') {
                let index: usize = number.parse().unwrap();
                post(
                    &server,
                    "/v1/queues",
                    json!({"id": id, "name": format!("Name {}", index % 4)}),
                )
                .await;
            }
        }
    }

    server.stop().await;
}

backend_test!(page_tokens_are_bound);
async fn page_tokens_are_bound(backend: Backend) {
    let server = TestServer::start(&backend).await;
    for index in 0..3 {
        post(
            &server,
            "/v1/queues",
            json!({"id": format!("Q{index}"), "name": "Same"}),
        )
        .await;
    }
    let (_, page) = get(
        &server,
        &server.token,
        &query(&[("page_size", "1"), ("filter", "name = Same")]),
    )
    .await;
    let token = page["next_page_token"].as_str().unwrap().to_owned();
    assert!(!token.is_empty());

    let (status, _) = get(
        &server,
        &server.token,
        &query(&[
            ("page_size", "1"),
            ("filter", "name = Same"),
            ("page_token", &token),
        ]),
    )
    .await;
    assert_eq!(status, 200, "the token works with the same filter");

    let other_tenant = server.other_tenant("tenant_b").await;
    let cases = [
        (
            "garbage",
            server.token.clone(),
            query(&[("page_token", "garbage!")]),
        ),
        (
            "tampered",
            server.token.clone(),
            query(&[
                ("filter", "name = Same"),
                ("page_token", &format!("{token}x")),
            ]),
        ),
        (
            "another tenant",
            other_tenant,
            query(&[("filter", "name = Same"), ("page_token", &token)]),
        ),
        (
            "changed filter",
            server.token.clone(),
            query(&[("filter", "name = Other"), ("page_token", &token)]),
        ),
        (
            "changed order",
            server.token.clone(),
            query(&[
                ("filter", "name = Same"),
                ("order_by", "name"),
                ("page_token", &token),
            ]),
        ),
    ];
    for (case, token, path) in cases {
        let (status, body) = get(&server, &token, &path).await;
        assert_eq!(status, 400, "{case}: {body}");
        assert_eq!(
            body["error"]["details"][1]["field_violations"][0]["field"], "page_token",
            "{case}: {body}"
        );
    }

    server.stop().await;
}

backend_test!(page_sizes_default_and_clamp);
async fn page_sizes_default_and_clamp(backend: Backend) {
    let server = TestServer::start(&backend).await;
    insert_queues(&server, 1005).await;

    let (status, body) = get(&server, &server.token, &query(&[("page_size", "-1")])).await;
    assert_eq!(status, 400, "{body}");
    let (_, default_page) = get(&server, &server.token, &query(&[("page_size", "0")])).await;
    assert_eq!(ids(&default_page).len(), 50);
    let (_, clamped) = get(&server, &server.token, &query(&[("page_size", "5000")])).await;
    assert_eq!(ids(&clamped).len(), 1000);
    assert!(!clamped["next_page_token"].as_str().unwrap().is_empty());

    server.stop().await;
}

backend_test!(filters_combine_and_match_literally);
async fn filters_combine_and_match_literally(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let queues = [
        json!({"id": "EN_BILL", "name": "English billing", "skills": ["english", "billing"], "priority": "high", "max_wait_seconds": 300}),
        json!({"id": "EN_SALES", "name": "English sales", "skills": ["english", "sales"], "priority": "low", "max_wait_seconds": 60}),
        json!({"id": "DE_BILL", "name": "German billing", "skills": ["german", "billing"], "priority": "urgent", "max_wait_seconds": 120}),
        json!({"id": "SQL", "name": "x' OR 1=1 --", "skills": ["100%_sure"], "priority": "normal"}),
        json!({"id": "QUOTE", "name": "say \"hi\"", "skills": ["englishman"]}),
    ];
    let mut created = Vec::new();
    for queue in queues {
        created.push(post(&server, "/v1/queues", queue).await);
    }

    let cases: &[(&str, &[&str])] = &[
        ("skills:english", &["EN_BILL", "EN_SALES"]),
        ("skills:billing AND priority = high", &["EN_BILL"]),
        (
            "skills:billing OR skills:sales",
            &["DE_BILL", "EN_BILL", "EN_SALES"],
        ),
        ("NOT skills:billing", &["EN_SALES", "QUOTE", "SQL"]),
        ("-skills:billing AND max_wait_seconds > 0", &["EN_SALES"]),
        (
            "(priority = high OR priority = urgent) AND max_wait_seconds >= 120",
            &["DE_BILL", "EN_BILL"],
        ),
        (
            "priority = low OR priority = urgent max_wait_seconds < 100",
            &["EN_SALES"],
        ),
        ("name : \"billing\"", &["DE_BILL", "EN_BILL"]),
        ("name = \"x' OR 1=1 --\"", &["SQL"]),
        ("name = \"x' OR 1=1\"", &[]),
        ("skills:\"100%_sure\"", &["SQL"]),
        ("skills:\"100%\"", &[]),
        ("name:\"%\"", &[]),
        ("name:\"_\"", &[]),
        ("name = \"say \\\"hi\\\"\"", &["QUOTE"]),
        ("id = EN_BILL OR id = DE_BILL", &["DE_BILL", "EN_BILL"]),
        (
            "overflow.action = disconnect AND priority = normal",
            &["QUOTE", "SQL"],
        ),
    ];
    for (filter, expected) in cases {
        let (status, page) = get(&server, &server.token, &query(&[("filter", filter)])).await;
        assert_eq!(status, 200, "{filter}: {page}");
        let found: BTreeSet<String> = ids(&page).into_iter().collect();
        let expected: BTreeSet<String> = expected.iter().map(|id| id.to_string()).collect();
        assert_eq!(found, expected, "{filter}");
    }

    let created_at =
        chrono::DateTime::parse_from_rfc3339(created[2]["create_time"].as_str().unwrap()).unwrap();
    let in_plus_two = created_at
        .with_timezone(&chrono::FixedOffset::east_opt(2 * 3600).unwrap())
        .to_rfc3339();
    let (_, page) = get(
        &server,
        &server.token,
        &query(&[("filter", &format!("create_time >= \"{in_plus_two}\""))]),
    )
    .await;
    let found: BTreeSet<String> = ids(&page).into_iter().collect();
    assert_eq!(
        found,
        ["DE_BILL", "QUOTE", "SQL"]
            .iter()
            .map(|id| id.to_string())
            .collect(),
        "offsets are converted to UTC"
    );
    let (_, page) = get(
        &server,
        &server.token,
        &query(&[("filter", "create_time < 2000-01-01T00:00:00+05:00")]),
    )
    .await;
    assert!(ids(&page).is_empty());

    let (_, ordered) = get(
        &server,
        &server.token,
        &query(&[
            ("order_by", "max_wait_seconds desc, id"),
            ("filter", "skills:billing OR skills:sales"),
        ]),
    )
    .await;
    assert_eq!(ids(&ordered), vec!["EN_BILL", "DE_BILL", "EN_SALES"]);

    for (filter, position) in [
        ("name = x AND )", "14"),
        ("colour = red", "1"),
        ("priority = extreme", "12"),
        ("name = \"open", "8"),
    ] {
        let (status, body) = get(&server, &server.token, &query(&[("filter", filter)])).await;
        assert_eq!(status, 400, "{filter}: {body}");
        let message = body["error"]["message"].as_str().unwrap();
        assert!(message.contains("filter"), "{message}");
        assert!(
            message.contains(&format!("position {position}")),
            "{filter}: {message}"
        );
    }
    let (status, body) = get(&server, &server.token, &query(&[("order_by", "colour")])).await;
    assert_eq!(status, 400);
    assert!(
        body["error"]["message"]
            .as_str()
            .unwrap()
            .contains("colour")
    );

    let (_, all) = get(&server, &server.token, "/v1/queues").await;
    assert_eq!(
        ids(&all).len(),
        5,
        "nothing was changed by the SQL-looking filters"
    );

    server.stop().await;
}

backend_test!(every_collection_filters);
async fn every_collection_filters(backend: Backend) {
    let server = TestServer::start(&backend).await;
    post(
        &server,
        "/v1/agents",
        json!({"id": "A1", "display_name": "Ada", "skills": [{"name": "english"}]}),
    )
    .await;
    post(
        &server,
        "/v1/agents",
        json!({"id": "A2", "display_name": "Bob", "email": "bob@example.com"}),
    )
    .await;
    post(&server, "/v1/queues", json!({"id": "Q1", "name": "Q"})).await;
    post(&server, "/v1/queues/Q1/agents", json!({"agent_id": "A1"})).await;
    post(&server, "/v1/queues/Q1/agents", json!({"agent_id": "A2"})).await;

    let (_, agents) = get(&server, &server.token, "/v1/agents?filter=skills%3Aenglish").await;
    assert_eq!(agents["agents"].as_array().unwrap().len(), 1);
    assert_eq!(agents["agents"][0]["id"], "A1");
    let (_, agents) = get(
        &server,
        &server.token,
        "/v1/agents?filter=email%3D%22bob%40example.com%22",
    )
    .await;
    assert_eq!(agents["agents"][0]["id"], "A2");
    let (_, agents) = get(
        &server,
        &server.token,
        "/v1/agents?order_by=display_name%20desc",
    )
    .await;
    assert_eq!(agents["agents"][0]["id"], "A2");

    let (_, members) = get(
        &server,
        &server.token,
        "/v1/queues/Q1/agents?filter=agent_id%3DA2",
    )
    .await;
    assert_eq!(members["members"].as_array().unwrap().len(), 1);
    let (_, members) = get(&server, &server.token, "/v1/queues/Q1/agents?page_size=1").await;
    let token = members["next_page_token"].as_str().unwrap();
    let (status, _) = get(
        &server,
        &server.token,
        &format!("/v1/queues/Q1/agents?page_size=1&page_token={token}"),
    )
    .await;
    assert_eq!(status, 200);

    let (_, clients) = get(
        &server,
        &server.token,
        "/v1/clients?filter=disabled%3Dfalse",
    )
    .await;
    assert_eq!(clients["clients"].as_array().unwrap().len(), 1);

    let admin = server.bootstrap(None, "root").await;
    let admin_token = server.token_for("root", &admin.client_secret).await;
    let (_, tenants) = get(
        &server,
        &admin_token,
        "/v1/tenants?filter=rate_limit_per_minute%3E%3D600",
    )
    .await;
    assert_eq!(tenants["tenants"][0]["id"], TENANT);

    server.stop().await;
}
