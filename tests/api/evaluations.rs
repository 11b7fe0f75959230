//! Evaluations: scoring, references to published versions, sessions and agents, the
//! `draft → submitted` transition with its `qa_score.recorded` event, pulling QA scores with
//! filters and order, tenant isolation and scopes.

use diesel::{ExpressionMethods, QueryDsl, SelectableHelper};
use diesel_async::RunQueryDsl;
use globemeet::{
    db::{models::EventRow, schema::events},
    proto::globemeet::v1::{
        CreateEvaluationRequest, DeleteEvaluationRequest, Evaluation, EvaluationAnswer,
        EvaluationState, GetEvaluationRequest, ListEvaluationsRequest, Scorecard,
        ScorecardQuestion, ScorecardSection, SubmitEvaluationRequest, UpdateEvaluationRequest,
        evaluation_answer::Value as AnswerValue,
        evaluation_service_client::EvaluationServiceClient,
    },
};
use prost_types::FieldMask;
use reqwest::StatusCode;
use serde_json::{Value, json};
use tonic::Code;

use crate::{
    backend_test,
    scorecards::{
        create_agent, create_published, insert_session, scorecards, support_qa, token_with_scopes,
        yes_no,
    },
    support::{AuthChannel, Backend, CLIENT, TENANT, TestServer, error_reason, violated_fields},
};

async fn evaluations(server: &TestServer, token: &str) -> EvaluationServiceClient<AuthChannel> {
    EvaluationServiceClient::new(server.authed(token).await)
}

fn answer(question_id: &str, value: AnswerValue) -> EvaluationAnswer {
    EvaluationAnswer {
        question_id: question_id.into(),
        value: Some(value),
        comment: String::new(),
    }
}

fn yes(question_id: &str) -> EvaluationAnswer {
    answer(question_id, AnswerValue::YesNo(true))
}

fn no(question_id: &str) -> EvaluationAnswer {
    answer(question_id, AnswerValue::YesNo(false))
}

fn scale(question_id: &str, value: i32) -> EvaluationAnswer {
    answer(question_id, AnswerValue::ScaleValue(value))
}

fn choice(question_id: &str, option_id: &str) -> EvaluationAnswer {
    answer(question_id, AnswerValue::OptionId(option_id.into()))
}

fn not_applicable(question_id: &str) -> EvaluationAnswer {
    answer(question_id, AnswerValue::NotApplicable(true))
}

/// Answers every question at its best: 100.
fn perfect() -> Vec<EvaluationAnswer> {
    vec![
        yes("greeting"),
        yes("verified_identity"),
        scale("empathy", 5),
        choice("resolution", "full"),
        yes("upsell"),
    ]
}

/// Answers so each weight matters: greeting 0 of 1, verified_identity 2 of 2, empathy
/// 2 × 2/4 = 1, resolution 3 × 5/10 = 1.5, upsell not applicable: 4.5 of 8 is 56.25 %, so 56.
fn weighted() -> Vec<EvaluationAnswer> {
    vec![
        no("greeting"),
        yes("verified_identity"),
        scale("empathy", 3),
        choice("resolution", "partial"),
        not_applicable("upsell"),
    ]
}

/// Earns greeting and verified_identity and answers everything else at its worst: 3 of 9, so
/// 33.
fn poor() -> Vec<EvaluationAnswer> {
    vec![
        yes("greeting"),
        yes("verified_identity"),
        scale("empathy", 1),
        choice("resolution", "none"),
        no("upsell"),
    ]
}

/// Fails the critical question and answers everything else at its best: raw 7 of 9 (78),
/// score 0.
fn critical_failure() -> Vec<EvaluationAnswer> {
    vec![
        yes("greeting"),
        no("verified_identity"),
        scale("empathy", 5),
        choice("resolution", "full"),
        yes("upsell"),
    ]
}

/// Builds a template whose questions all allow `not_applicable`.
fn optional_qa() -> Scorecard {
    Scorecard {
        display_name: "Callback QA".into(),
        sections: vec![ScorecardSection {
            title: "Callback".into(),
            questions: vec![
                ScorecardQuestion {
                    allow_not_applicable: true,
                    ..yes_no("called_back", 1)
                },
                ScorecardQuestion {
                    allow_not_applicable: true,
                    critical: true,
                    ..yes_no("on_time", 1)
                },
            ],
        }],
        ..Scorecard::default()
    }
}

/// Creates agents `AGENT_42` and `AGENT_7`, the published scorecards `SC_SUPPORT` and `SC_OPTIONAL`,
/// and sessions: `ses_1` (q_support, AGENT_42), `ses_2` (q_support, AGENT_7), `ses_3`
/// (q_sales, AGENT_42) and `ses_open` (q_support, no agent).
async fn set_up(server: &TestServer) {
    create_agent(server, &server.token, "AGENT_42").await;
    create_agent(server, &server.token, "AGENT_7").await;
    create_published(server, &server.token, "SC_SUPPORT", support_qa()).await;
    create_published(server, &server.token, "SC_OPTIONAL", optional_qa()).await;
    insert_session(server, TENANT, "ses_1", "q_support", Some("AGENT_42")).await;
    insert_session(server, TENANT, "ses_2", "q_support", Some("AGENT_7")).await;
    insert_session(server, TENANT, "ses_3", "q_sales", Some("AGENT_42")).await;
    insert_session(server, TENANT, "ses_open", "q_support", None).await;
}

fn draft(
    id: &str,
    scorecard_id: &str,
    session_id: &str,
    answers: Vec<EvaluationAnswer>,
) -> Evaluation {
    Evaluation {
        id: id.into(),
        scorecard_id: scorecard_id.into(),
        session_id: session_id.into(),
        answers,
        ..Evaluation::default()
    }
}

async fn create(
    client: &mut EvaluationServiceClient<AuthChannel>,
    evaluation: Evaluation,
) -> Result<Evaluation, tonic::Status> {
    client
        .create_evaluation(CreateEvaluationRequest {
            evaluation: Some(evaluation),
        })
        .await
        .map(tonic::Response::into_inner)
}

async fn submit(
    client: &mut EvaluationServiceClient<AuthChannel>,
    evaluation_id: &str,
) -> Result<Evaluation, tonic::Status> {
    client
        .submit_evaluation(SubmitEvaluationRequest {
            evaluation_id: evaluation_id.into(),
            etag: String::new(),
        })
        .await
        .map(tonic::Response::into_inner)
}

fn scores(evaluation: &Evaluation) -> (Option<i32>, Option<i32>, bool) {
    (evaluation.score, evaluation.raw_score, evaluation.auto_fail)
}

/// Reads the `qa_score.recorded` events of a tenant, oldest first.
async fn qa_events(server: &TestServer, tenant_id: &str) -> Vec<EventRow> {
    let mut conn = server.db.conn().await.expect("connection");
    events::table
        .filter(events::tenant_id.eq(tenant_id))
        .filter(events::event_type.eq("qa_score.recorded"))
        .order((events::create_time, events::id))
        .select(EventRow::as_select())
        .load(&mut conn)
        .await
        .expect("events")
}

async fn rest(
    server: &TestServer,
    method: reqwest::Method,
    path: &str,
    body: Option<Value>,
) -> (StatusCode, reqwest::header::HeaderMap, Value) {
    let mut request = reqwest::Client::new()
        .request(method, server.url(path))
        .bearer_auth(&server.token);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.expect("request");
    let status = response.status();
    let headers = response.headers().clone();
    let text = response.text().await.expect("body");
    let body = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).expect("JSON body")
    };
    (status, headers, body)
}

backend_test!(scores_apply_weights_not_applicable_and_critical_questions);
async fn scores_apply_weights_not_applicable_and_critical_questions(backend: Backend) {
    let server = TestServer::start(&backend).await;
    set_up(&server).await;
    let mut client = evaluations(&server, &server.token).await;

    let cases = [
        ("perfect", perfect(), (Some(100), Some(100), false)),
        ("weighted", weighted(), (Some(56), Some(56), false)),
        ("poor", poor(), (Some(33), Some(33), false)),
        // Not-applicable answers leave both sides: 3 of 3.
        (
            "not_applicable",
            vec![
                yes("greeting"),
                yes("verified_identity"),
                not_applicable("empathy"),
                not_applicable("resolution"),
                not_applicable("upsell"),
            ],
            (Some(100), Some(100), false),
        ),
        ("critical", critical_failure(), (Some(0), Some(78), true)),
    ];
    for (name, answers, expected) in cases {
        let evaluation = create(&mut client, draft("", "SC_SUPPORT", "ses_1", answers))
            .await
            .unwrap_or_else(|status| panic!("{name}: {status:?}"));
        assert_eq!(scores(&evaluation), expected, "{name}");
        let failed: Vec<&str> = evaluation
            .failed_question_ids
            .iter()
            .map(String::as_str)
            .collect();
        let expected_failed: Vec<&str> = if expected.2 {
            vec!["verified_identity"]
        } else {
            vec![]
        };
        assert_eq!(failed, expected_failed, "{name}");
    }

    // Nothing scorable: the score stays unset, also once submitted.
    let all_not_applicable = create(
        &mut client,
        draft(
            "E_NA",
            "SC_OPTIONAL",
            "ses_2",
            vec![not_applicable("called_back"), not_applicable("on_time")],
        ),
    )
    .await
    .expect("all not applicable");
    assert_eq!(scores(&all_not_applicable), (None, None, false));
    let submitted = submit(&mut client, "E_NA").await.expect("submit");
    assert_eq!(scores(&submitted), (None, None, false));
    let (status, _, body) = rest(&server, reqwest::Method::GET, "/v1/evaluations/E_NA", None).await;
    assert_eq!(status, 200);
    assert!(body["score"].is_null(), "{body}");
    assert!(body["raw_score"].is_null(), "{body}");
    assert_eq!(body["auto_fail"], false);

    // A failed critical question fails the evaluation even as its only scorable answer.
    let only_critical = create(
        &mut client,
        draft(
            "E_CRIT",
            "SC_OPTIONAL",
            "ses_2",
            vec![not_applicable("called_back"), no("on_time")],
        ),
    )
    .await
    .expect("critical only");
    assert_eq!(scores(&only_critical), (Some(0), Some(0), true));

    // Changing answers scores again.
    let rescored = client
        .update_evaluation(UpdateEvaluationRequest {
            evaluation_id: "E_CRIT".into(),
            evaluation: Some(Evaluation {
                answers: vec![yes("called_back"), yes("on_time")],
                ..Evaluation::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["answers".into()],
            }),
        })
        .await
        .expect("update answers")
        .into_inner();
    assert_eq!(scores(&rescored), (Some(100), Some(100), false));
    assert!(rescored.failed_question_ids.is_empty());

    server.stop().await;
}

backend_test!(references_and_answers_are_checked);
async fn references_and_answers_are_checked(backend: Backend) {
    let server = TestServer::start(&backend).await;
    set_up(&server).await;
    let mut client = evaluations(&server, &server.token).await;

    // Version 2 of SC_SUPPORT is a draft: evaluations may use only version 1.
    scorecards(&server, &server.token)
        .await
        .update_scorecard(globemeet::proto::globemeet::v1::UpdateScorecardRequest {
            scorecard_id: "SC_SUPPORT".into(),
            scorecard: Some(Scorecard {
                display_name: "Support QA v2".into(),
                ..Scorecard::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["display_name".into()],
            }),
        })
        .await
        .expect("start version 2");
    let status = create(
        &mut client,
        Evaluation {
            scorecard_version: 2,
            ..draft("", "SC_SUPPORT", "ses_1", vec![])
        },
    )
    .await
    .unwrap_err();
    assert_eq!(status.code(), Code::FailedPrecondition);
    assert_eq!(
        error_reason(&status).as_deref(),
        Some("SCORECARD_VERSION_NOT_PUBLISHED")
    );
    let newest = create(&mut client, draft("", "SC_SUPPORT", "ses_1", vec![]))
        .await
        .expect("version 0 is the newest published");
    assert_eq!(newest.scorecard_version, 1);
    assert_eq!(newest.agent_id, "AGENT_42", "taken from the session");
    assert_eq!(newest.queue_id, "q_support");
    assert_eq!(newest.evaluator_id, CLIENT);
    assert_eq!(newest.state, EvaluationState::Draft as i32);
    let status = create(
        &mut client,
        Evaluation {
            scorecard_version: 5,
            ..draft("", "SC_SUPPORT", "ses_1", vec![])
        },
    )
    .await
    .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);

    scorecards(&server, &server.token)
        .await
        .create_scorecard(globemeet::proto::globemeet::v1::CreateScorecardRequest {
            scorecard: Some(Scorecard {
                id: "SC_UNPUBLISHED".into(),
                ..support_qa()
            }),
        })
        .await
        .expect("create a draft scorecard");
    for (version, reason) in [
        (0, "SCORECARD_NOT_PUBLISHED"),
        (1, "SCORECARD_VERSION_NOT_PUBLISHED"),
    ] {
        let status = create(
            &mut client,
            Evaluation {
                scorecard_version: version,
                ..draft("", "SC_UNPUBLISHED", "ses_1", vec![])
            },
        )
        .await
        .unwrap_err();
        assert_eq!(status.code(), Code::FailedPrecondition, "version {version}");
        assert_eq!(error_reason(&status).as_deref(), Some(reason));
    }

    let status = create(&mut client, draft("", "SC_NOWHERE", "ses_1", vec![]))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let status = create(&mut client, draft("", "SC_SUPPORT", "ses_missing", vec![]))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    assert!(status.message().contains("ses_missing"), "{status:?}");

    // The agent must be the session's, exist, and be given when the session has none.
    let status = create(
        &mut client,
        Evaluation {
            agent_id: "AGENT_7".into(),
            ..draft("", "SC_SUPPORT", "ses_1", vec![])
        },
    )
    .await
    .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&status), vec!["evaluation.agent_id"]);
    let status = create(&mut client, draft("", "SC_SUPPORT", "ses_open", vec![]))
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), vec!["evaluation.agent_id"]);
    let status = create(
        &mut client,
        Evaluation {
            agent_id: "GHOST".into(),
            ..draft("", "SC_SUPPORT", "ses_open", vec![])
        },
    )
    .await
    .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let chosen = create(
        &mut client,
        Evaluation {
            agent_id: "AGENT_7".into(),
            ..draft("", "SC_SUPPORT", "ses_open", vec![])
        },
    )
    .await
    .expect("an agent for a session without one");
    assert_eq!(chosen.agent_id, "AGENT_7");

    let status = create(&mut client, draft("", "", "", vec![]))
        .await
        .unwrap_err();
    assert_eq!(
        violated_fields(&status),
        vec!["evaluation.scorecard_id", "evaluation.session_id"]
    );

    let status = create(
        &mut client,
        draft(
            "",
            "SC_SUPPORT",
            "ses_1",
            vec![
                scale("greeting", 3),
                scale("empathy", 9),
                choice("resolution", "great"),
                not_applicable("greeting"),
                not_applicable("verified_identity"),
                yes("bogus"),
                EvaluationAnswer {
                    question_id: "upsell".into(),
                    value: None,
                    comment: String::new(),
                },
            ],
        ),
    )
    .await
    .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(
        violated_fields(&status),
        vec![
            "evaluation.answers[0].scale_value",
            "evaluation.answers[1].scale_value",
            "evaluation.answers[2].option_id",
            "evaluation.answers[3].question_id",
            "evaluation.answers[4].not_applicable",
            "evaluation.answers[5].question_id",
            "evaluation.answers[6]",
        ]
    );

    // Fields fixed on create cannot change.
    let status = client
        .update_evaluation(UpdateEvaluationRequest {
            evaluation_id: newest.id.clone(),
            evaluation: Some(Evaluation {
                session_id: "ses_2".into(),
                ..Evaluation::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["session_id".into()],
            }),
        })
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), vec!["evaluation.session_id"]);

    server.stop().await;
}

backend_test!(submitting_is_final_and_records_one_event);
async fn submitting_is_final_and_records_one_event(backend: Backend) {
    let server = TestServer::start(&backend).await;
    set_up(&server).await;
    let mut client = evaluations(&server, &server.token).await;

    let partial = create(
        &mut client,
        draft("E_1", "SC_SUPPORT", "ses_1", vec![yes("greeting")]),
    )
    .await
    .expect("a partial draft");
    assert_eq!(scores(&partial), (Some(100), Some(100), false));
    let status = submit(&mut client, "E_1").await.unwrap_err();
    assert_eq!(status.code(), Code::FailedPrecondition);
    assert_eq!(
        error_reason(&status).as_deref(),
        Some("EVALUATION_INCOMPLETE")
    );
    assert!(
        status
            .message()
            .contains("verified_identity, empathy, resolution, upsell"),
        "{status:?}"
    );
    assert!(qa_events(&server, TENANT).await.is_empty());

    // Answer the rest over REST, with the oneof members as JSON fields.
    let (status, _, patched) = rest(
        &server,
        reqwest::Method::PATCH,
        "/v1/evaluations/E_1",
        Some(json!({
            "answers": [
                {"question_id": "greeting", "yes_no": false},
                {"question_id": "verified_identity", "yes_no": true},
                {"question_id": "empathy", "scale_value": 3, "comment": "warm but rushed"},
                {"question_id": "resolution", "option_id": "partial"},
                {"question_id": "upsell", "not_applicable": true}
            ],
            "comment": "Good call overall"
        })),
    )
    .await;
    assert_eq!(status, 200, "{patched}");
    assert_eq!(patched["score"], 56);
    assert_eq!(patched["answers"][2]["comment"], "warm but rushed");

    let (status, _, submitted) = rest(
        &server,
        reqwest::Method::POST,
        "/v1/evaluations/E_1:submit",
        Some(json!({"etag": patched["etag"]})),
    )
    .await;
    assert_eq!(status, 200, "{submitted}");
    assert_eq!(submitted["state"], "submitted");
    assert!(submitted["submit_time"].is_string());

    let status = submit(&mut client, "E_1").await.unwrap_err();
    assert_eq!(status.code(), Code::FailedPrecondition);
    assert_eq!(
        error_reason(&status).as_deref(),
        Some("EVALUATION_SUBMITTED")
    );
    let status = client
        .update_evaluation(UpdateEvaluationRequest {
            evaluation_id: "E_1".into(),
            evaluation: Some(Evaluation {
                comment: "rewritten".into(),
                ..Evaluation::default()
            }),
            update_mask: None,
        })
        .await
        .unwrap_err();
    assert_eq!(
        error_reason(&status).as_deref(),
        Some("EVALUATION_SUBMITTED")
    );
    let status = client
        .delete_evaluation(DeleteEvaluationRequest {
            evaluation_id: "E_1".into(),
            etag: String::new(),
        })
        .await
        .unwrap_err();
    assert_eq!(
        error_reason(&status).as_deref(),
        Some("EVALUATION_SUBMITTED")
    );

    // One event, whose data is the evaluation exactly as REST renders it.
    let (_, _, fetched) = rest(&server, reqwest::Method::GET, "/v1/evaluations/E_1", None).await;
    assert_eq!(fetched, submitted, "nothing changed after submitting");
    let recorded = qa_events(&server, TENANT).await;
    assert_eq!(recorded.len(), 1);
    let data: Value = serde_json::from_str(&recorded[0].data).expect("event data");
    assert_eq!(data, fetched);

    // Two concurrent submits of one draft: one wins, the other finds it submitted.
    create(&mut client, draft("E_2", "SC_SUPPORT", "ses_2", perfect()))
        .await
        .expect("a complete draft");
    let mut other = evaluations(&server, &server.token).await;
    let (first, second) = tokio::join!(submit(&mut client, "E_2"), submit(&mut other, "E_2"));
    let outcomes = [first, second];
    assert_eq!(outcomes.iter().filter(|outcome| outcome.is_ok()).count(), 1);
    for outcome in &outcomes {
        if let Err(status) = outcome {
            assert_eq!(
                error_reason(status).as_deref(),
                Some("EVALUATION_SUBMITTED")
            );
        }
    }
    let recorded = qa_events(&server, TENANT).await;
    assert_eq!(recorded.len(), 2);
    let data: Value = serde_json::from_str(&recorded[1].data).expect("event data");
    assert_eq!(data["id"], "E_2");
    assert_eq!(data["score"], 100);

    // A draft can be deleted; a scorecard that evaluations use cannot.
    create(&mut client, draft("E_3", "SC_SUPPORT", "ses_3", vec![]))
        .await
        .expect("draft");
    let (status, _, _) = rest(
        &server,
        reqwest::Method::DELETE,
        "/v1/evaluations/E_3",
        None,
    )
    .await;
    assert_eq!(status, 204);
    let (status, _, _) = rest(&server, reqwest::Method::GET, "/v1/evaluations/E_3", None).await;
    assert_eq!(status, 404);
    let status = scorecards(&server, &server.token)
        .await
        .delete_scorecard(globemeet::proto::globemeet::v1::DeleteScorecardRequest {
            scorecard_id: "SC_SUPPORT".into(),
            etag: String::new(),
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::FailedPrecondition);
    assert_eq!(error_reason(&status).as_deref(), Some("SCORECARD_IN_USE"));

    server.stop().await;
}

/// Lists every evaluation matching `filter` in `order_by` order, `page_size` at a time.
async fn list_all(
    client: &mut EvaluationServiceClient<AuthChannel>,
    filter: &str,
    order_by: &str,
    page_size: i32,
) -> Vec<String> {
    let mut ids = Vec::new();
    let mut page_token = String::new();
    loop {
        let page = client
            .list_evaluations(ListEvaluationsRequest {
                page_size,
                page_token: page_token.clone(),
                filter: filter.into(),
                order_by: order_by.into(),
            })
            .await
            .unwrap_or_else(|status| panic!("{filter:?} {order_by:?}: {status:?}"))
            .into_inner();
        ids.extend(page.evaluations.into_iter().map(|evaluation| evaluation.id));
        if page.next_page_token.is_empty() {
            return ids;
        }
        page_token = page.next_page_token;
    }
}

backend_test!(qa_scores_filter_and_order);
async fn qa_scores_filter_and_order(backend: Backend) {
    let server = TestServer::start(&backend).await;
    set_up(&server).await;
    let mut client = evaluations(&server, &server.token).await;

    // Submitted in this order: E1 100, E2 56, E3 0 (auto-fail), E4 33.
    for (id, session, answers) in [
        ("E1", "ses_1", perfect()),
        ("E2", "ses_2", weighted()),
        ("E3", "ses_3", critical_failure()),
        ("E4", "ses_1", poor()),
    ] {
        create(&mut client, draft(id, "SC_SUPPORT", session, answers))
            .await
            .expect("create");
    }
    submit(&mut client, "E1").await.expect("submit E1");
    submit(&mut client, "E2").await.expect("submit E2");
    let middle = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    submit(&mut client, "E3").await.expect("submit E3");
    submit(&mut client, "E4").await.expect("submit E4");
    // Drafts: D5 without a score, E6 at 100.
    create(
        &mut client,
        draft(
            "D5",
            "SC_OPTIONAL",
            "ses_2",
            vec![not_applicable("called_back"), not_applicable("on_time")],
        ),
    )
    .await
    .expect("create D5");
    create(
        &mut client,
        draft("E6", "SC_SUPPORT", "ses_2", vec![yes("greeting")]),
    )
    .await
    .expect("create E6");

    let filters = [
        (
            r#"agent_id = "AGENT_42" AND state = submitted"#,
            vec!["E1", "E3", "E4"],
        ),
        (r#"queue_id = "q_sales""#, vec!["E3"]),
        (
            r#"queue_id = "q_support" AND state = draft"#,
            vec!["D5", "E6"],
        ),
        (r#"scorecard_id = "SC_OPTIONAL""#, vec!["D5"]),
        ("state = submitted AND score >= 50", vec!["E1", "E2"]),
        ("score < 50", vec!["E3", "E4"]),
        ("auto_fail = true", vec!["E3"]),
        ("raw_score > 70 AND raw_score < 90", vec!["E3"]),
        (&format!(r#"submit_time >= "{middle}""#), vec!["E3", "E4"]),
        (
            &format!(r#"submit_time < "{middle}" OR score = 33"#),
            vec!["E1", "E2", "E4"],
        ),
    ];
    for (filter, expected) in filters {
        let ids = list_all(&mut client, filter, "", 50).await;
        assert_eq!(ids, expected, "{filter}");
    }

    // Unset scores and submit times come last in either direction, across page boundaries.
    let orders = [
        ("score desc", vec!["E1", "E6", "E2", "E4", "E3", "D5"]),
        ("score", vec!["E3", "E4", "E2", "E1", "E6", "D5"]),
        (
            "raw_score desc, id desc",
            vec!["E6", "E1", "E3", "E2", "E4", "D5"],
        ),
        ("submit_time desc", vec!["E4", "E3", "E2", "E1", "D5", "E6"]),
        ("submit_time", vec!["E1", "E2", "E3", "E4", "D5", "E6"]),
    ];
    for (order_by, expected) in orders {
        for page_size in [1, 2, 4, 50] {
            let ids = list_all(&mut client, "", order_by, page_size).await;
            assert_eq!(ids, expected, "{order_by} by {page_size}");
        }
    }
    let top = list_all(&mut client, "state = submitted", "score desc", 2).await;
    assert_eq!(top, vec!["E1", "E2", "E4", "E3"]);

    // The same over REST: the QA scores of one agent, best first.
    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("filter", r#"agent_id = "AGENT_42" AND state = submitted"#),
            ("order_by", "score desc"),
        ])
        .finish();
    let (status, _, page) = rest(
        &server,
        reqwest::Method::GET,
        &format!("/v1/evaluations?{query}"),
        None,
    )
    .await;
    assert_eq!(status, 200, "{page}");
    let scored: Vec<(String, i64)> = page["evaluations"]
        .as_array()
        .expect("evaluations")
        .iter()
        .map(|evaluation| {
            (
                evaluation["id"].as_str().unwrap().to_owned(),
                evaluation["score"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        scored,
        vec![("E1".into(), 100), ("E4".into(), 33), ("E3".into(), 0)]
    );

    let status = client
        .list_evaluations(ListEvaluationsRequest {
            filter: "score : 5".into(),
            ..ListEvaluationsRequest::default()
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);

    server.stop().await;
}

backend_test!(evaluations_are_tenant_scoped);
async fn evaluations_are_tenant_scoped(backend: Backend) {
    let server = TestServer::start(&backend).await;
    set_up(&server).await;
    let mut own = evaluations(&server, &server.token).await;
    create(&mut own, draft("E_A", "SC_SUPPORT", "ses_1", perfect()))
        .await
        .expect("create");

    let other_token = server.other_tenant("tenant_b").await;
    create_agent(&server, &other_token, "AGENT_42").await;
    create_published(&server, &other_token, "SC_B", support_qa()).await;
    insert_session(&server, "tenant_b", "ses_b", "q_b", Some("AGENT_42")).await;
    let mut other = evaluations(&server, &other_token).await;

    let status = other
        .get_evaluation(GetEvaluationRequest {
            evaluation_id: "E_A".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let status = submit(&mut other, "E_A").await.unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let status = other
        .update_evaluation(UpdateEvaluationRequest {
            evaluation_id: "E_A".into(),
            evaluation: Some(Evaluation::default()),
            update_mask: None,
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let status = other
        .delete_evaluation(DeleteEvaluationRequest {
            evaluation_id: "E_A".into(),
            etag: String::new(),
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);

    // Another tenant's scorecard and session do not exist for this one.
    let status = create(&mut other, draft("", "SC_SUPPORT", "ses_b", vec![]))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let status = create(&mut other, draft("", "SC_B", "ses_1", vec![]))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let theirs = create(&mut other, draft("E_A", "SC_B", "ses_b", perfect()))
        .await
        .expect("the same id in another tenant");
    submit(&mut other, "E_A").await.expect("submit");
    assert_eq!(theirs.queue_id, "q_b");

    let listed = list_all(&mut other, "", "", 50).await;
    assert_eq!(listed, vec!["E_A"]);
    let own_list = own
        .list_evaluations(ListEvaluationsRequest::default())
        .await
        .expect("list")
        .into_inner()
        .evaluations;
    assert_eq!(own_list.len(), 1);
    assert_eq!(own_list[0].scorecard_id, "SC_SUPPORT");
    assert_eq!(own_list[0].state, EvaluationState::Draft as i32);
    assert!(qa_events(&server, TENANT).await.is_empty());
    assert_eq!(qa_events(&server, "tenant_b").await.len(), 1);

    server.stop().await;
}

backend_test!(evaluation_scopes_are_enforced);
async fn evaluation_scopes_are_enforced(backend: Backend) {
    let server = TestServer::start(&backend).await;
    set_up(&server).await;
    let mut writer = evaluations(&server, &server.token).await;
    create(&mut writer, draft("E_1", "SC_SUPPORT", "ses_1", perfect()))
        .await
        .expect("create");

    let token = token_with_scopes(&server, "qa_reader", &["evaluations:read"]).await;
    let mut reader = evaluations(&server, &token).await;
    reader
        .get_evaluation(GetEvaluationRequest {
            evaluation_id: "E_1".into(),
        })
        .await
        .expect("evaluations:read reads");
    reader
        .list_evaluations(ListEvaluationsRequest::default())
        .await
        .expect("evaluations:read lists");
    let denied = submit(&mut reader, "E_1").await.unwrap_err();
    assert_eq!(denied.code(), Code::PermissionDenied);
    assert!(denied.message().contains("evaluations:write"), "{denied:?}");
    let denied = create(&mut reader, draft("", "SC_SUPPORT", "ses_2", vec![]))
        .await
        .unwrap_err();
    assert_eq!(denied.code(), Code::PermissionDenied);

    // Scorecard scopes do not cover evaluations.
    let token = token_with_scopes(
        &server,
        "qa_designer",
        &["scorecards:read", "scorecards:write"],
    )
    .await;
    let mut designer = evaluations(&server, &token).await;
    let denied = designer
        .get_evaluation(GetEvaluationRequest {
            evaluation_id: "E_1".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(denied.code(), Code::PermissionDenied);
    assert!(denied.message().contains("evaluations:read"), "{denied:?}");

    let still_draft = writer
        .get_evaluation(GetEvaluationRequest {
            evaluation_id: "E_1".into(),
        })
        .await
        .expect("get")
        .into_inner();
    assert_eq!(still_draft.state, EvaluationState::Draft as i32);

    server.stop().await;
}

backend_test!(qa_walkthrough_over_rest);
async fn qa_walkthrough_over_rest(backend: Backend) {
    let server = TestServer::start(&backend).await;
    create_agent(&server, &server.token, "AGENT_42").await;
    insert_session(&server, TENANT, "ses_walk", "q_walk", Some("AGENT_42")).await;

    // The calls of the README, body for body.
    let (status, headers, scorecard) = rest(
        &server,
        reqwest::Method::POST,
        "/v1/scorecards",
        Some(json!({
            "id": "SUPPORT_QA",
            "display_name": "Support QA",
            "sections": [
                {"title": "Opening", "questions": [
                    {"id": "greeting", "text": "Did the agent greet the customer by name?", "type": "yes_no"},
                    {"id": "verified", "text": "Did the agent verify the caller's identity?", "type": "yes_no", "weight": 2, "critical": true}
                ]},
                {"title": "Resolution", "questions": [
                    {"id": "empathy", "text": "How empathetic was the agent?", "type": "scale", "scale_min": 1, "scale_max": 5, "weight": 2},
                    {"id": "resolved", "text": "Was the issue resolved?", "type": "single_choice", "weight": 3, "allow_not_applicable": true,
                     "options": [{"id": "yes", "label": "Resolved", "points": 2}, {"id": "partly", "label": "Partly", "points": 1}, {"id": "no", "label": "Not resolved", "points": 0}]}
                ]}
            ]
        })),
    )
    .await;
    assert_eq!(status, 201, "{scorecard}");
    assert_eq!(
        headers
            .get("location")
            .and_then(|value| value.to_str().ok()),
        Some("/v1/scorecards/SUPPORT_QA")
    );
    assert_eq!(scorecard["state"], "draft");
    assert_eq!(scorecard["version"], 1);
    assert_eq!(scorecard["sections"][0]["questions"][0]["weight"], 1);
    assert_eq!(
        scorecard["sections"][1]["questions"][1]["type"],
        "single_choice"
    );

    let (status, _, published) = rest(
        &server,
        reqwest::Method::POST,
        "/v1/scorecards/SUPPORT_QA:publish",
        Some(json!({})),
    )
    .await;
    assert_eq!(status, 200, "{published}");
    assert_eq!(published["state"], "published");
    assert_eq!(published["published_version"], 1);

    let (status, headers, evaluation) = rest(
        &server,
        reqwest::Method::POST,
        "/v1/evaluations",
        Some(json!({
            "scorecard_id": "SUPPORT_QA",
            "session_id": "ses_walk",
            "answers": [
                {"question_id": "greeting", "yes_no": true},
                {"question_id": "verified", "yes_no": true},
                {"question_id": "empathy", "scale_value": 4},
                {"question_id": "resolved", "option_id": "partly"}
            ]
        })),
    )
    .await;
    assert_eq!(status, 201, "{evaluation}");
    let id = evaluation["id"].as_str().expect("id").to_owned();
    assert!(id.starts_with("eval_"), "{id}");
    assert_eq!(
        headers
            .get("location")
            .and_then(|value| value.to_str().ok()),
        Some(format!("/v1/evaluations/{id}").as_str())
    );
    // 1 + 2 + 2 × 3/4 + 3 × 1/2 = 6 of 8: 75 %.
    assert_eq!(evaluation["score"], 75);
    assert_eq!(evaluation["scorecard_version"], 1);
    assert_eq!(evaluation["agent_id"], "AGENT_42");
    assert_eq!(evaluation["state"], "draft");
    assert_eq!(
        evaluation["answers"][0],
        json!({"question_id": "greeting", "yes_no": true, "comment": ""})
    );

    let (status, _, submitted) = rest(
        &server,
        reqwest::Method::POST,
        &format!("/v1/evaluations/{id}:submit"),
        Some(json!({})),
    )
    .await;
    assert_eq!(status, 200, "{submitted}");
    assert_eq!(submitted["state"], "submitted");
    assert_eq!(submitted["score"], 75);
    assert_eq!(submitted["auto_fail"], false);

    let query: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs([
            ("filter", r#"agent_id = "AGENT_42" AND state = submitted"#),
            ("order_by", "submit_time desc"),
        ])
        .finish();
    let (status, _, page) = rest(
        &server,
        reqwest::Method::GET,
        &format!("/v1/evaluations?{query}"),
        None,
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(page["evaluations"][0], submitted);

    server.stop().await;
}

backend_test!(deleting_tenant_removes_qa_data);
async fn deleting_tenant_removes_qa_data(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let other_token = server.other_tenant("tenant_b").await;
    create_agent(&server, &other_token, "AGENT_42").await;
    create_published(&server, &other_token, "SC_B", support_qa()).await;
    insert_session(&server, "tenant_b", "ses_b", "q_b", Some("AGENT_42")).await;
    let mut other = evaluations(&server, &other_token).await;
    create(&mut other, draft("E_B", "SC_B", "ses_b", perfect()))
        .await
        .expect("create");
    submit(&mut other, "E_B").await.expect("submit");
    create(&mut other, draft("E_DRAFT", "SC_B", "ses_b", vec![]))
        .await
        .expect("create a draft");

    // Cascading keys remove the evaluations, the frozen versions and the scorecards together.
    let admin = server.bootstrap(None, "root").await;
    let admin_token = server.token_for("root", &admin.client_secret).await;
    server
        .tenants_with(&admin_token)
        .await
        .delete_tenant(globemeet::proto::globemeet::v1::DeleteTenantRequest {
            tenant_id: "tenant_b".into(),
            etag: String::new(),
        })
        .await
        .expect("delete the tenant");

    let mut conn = server.db.conn().await.expect("connection");
    let remaining: i64 = globemeet::db::schema::evaluations::table
        .filter(globemeet::db::schema::evaluations::tenant_id.eq("tenant_b"))
        .count()
        .get_result(&mut conn)
        .await
        .expect("count evaluations");
    assert_eq!(remaining, 0);
    let remaining: i64 = globemeet::db::schema::scorecard_versions::table
        .filter(globemeet::db::schema::scorecard_versions::tenant_id.eq("tenant_b"))
        .count()
        .get_result(&mut conn)
        .await
        .expect("count scorecard versions");
    assert_eq!(remaining, 0);

    server.stop().await;
}
