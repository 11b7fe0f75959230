//! Scorecards: validation naming each field, publishing that freezes a version, tenant
//! isolation and scopes. The fixtures here serve the evaluation tests too.

use diesel_async::RunQueryDsl;
use globemeet::{
    db::{self, models::SessionRow, schema::sessions},
    proto::globemeet::v1::{
        Agent, AnswerOption, Client, CreateAgentRequest, CreateClientRequest,
        CreateScorecardRequest, DeleteScorecardRequest, GetScorecardRequest, ListScorecardsRequest,
        PublishScorecardRequest, QuestionType, Scorecard, ScorecardQuestion, ScorecardSection,
        ScorecardState, UpdateScorecardRequest, agent_service_client::AgentServiceClient,
        scorecard_service_client::ScorecardServiceClient,
    },
};
use prost_types::FieldMask;
use serde_json::{Value, json};
use tonic::Code;

use crate::{
    backend_test,
    support::{AuthChannel, Backend, TestServer, error_reason, violated_fields},
};

/// Connects a scorecard client that sends `token`.
pub async fn scorecards(server: &TestServer, token: &str) -> ScorecardServiceClient<AuthChannel> {
    ScorecardServiceClient::new(server.authed(token).await)
}

pub fn yes_no(id: &str, weight: i32) -> ScorecardQuestion {
    ScorecardQuestion {
        id: id.into(),
        text: format!("Did the agent handle {id}?"),
        r#type: QuestionType::YesNo as i32,
        weight: Some(weight),
        ..ScorecardQuestion::default()
    }
}

/// Builds the support template of the tests. Weights: greeting 1, verified_identity 2 (critical),
/// empathy 2 (scale 1 to 5), resolution 3 (full 10, partial 5, none 0), upsell 1. Every
/// question but greeting and verified_identity allows `not_applicable`.
pub fn support_qa() -> Scorecard {
    let option = |id: &str, points| AnswerOption {
        id: id.into(),
        label: id.to_uppercase(),
        points,
    };
    Scorecard {
        display_name: "Support QA".into(),
        description: "Voice and chat support".into(),
        sections: vec![
            ScorecardSection {
                title: "Opening".into(),
                questions: vec![
                    yes_no("greeting", 1),
                    ScorecardQuestion {
                        critical: true,
                        ..yes_no("verified_identity", 2)
                    },
                ],
            },
            ScorecardSection {
                title: "Resolution".into(),
                questions: vec![
                    ScorecardQuestion {
                        r#type: QuestionType::Scale as i32,
                        scale_min: 1,
                        scale_max: 5,
                        allow_not_applicable: true,
                        ..yes_no("empathy", 2)
                    },
                    ScorecardQuestion {
                        r#type: QuestionType::SingleChoice as i32,
                        options: vec![option("full", 10), option("partial", 5), option("none", 0)],
                        allow_not_applicable: true,
                        ..yes_no("resolution", 3)
                    },
                    ScorecardQuestion {
                        allow_not_applicable: true,
                        ..yes_no("upsell", 1)
                    },
                ],
            },
        ],
        ..Scorecard::default()
    }
}

/// Creates `scorecard` under `id` and publishes it as version 1.
pub async fn create_published(
    server: &TestServer,
    token: &str,
    id: &str,
    scorecard: Scorecard,
) -> Scorecard {
    let mut client = scorecards(server, token).await;
    client
        .create_scorecard(CreateScorecardRequest {
            scorecard: Some(Scorecard {
                id: id.into(),
                ..scorecard
            }),
        })
        .await
        .expect("create scorecard");
    client
        .publish_scorecard(PublishScorecardRequest {
            scorecard_id: id.into(),
            etag: String::new(),
        })
        .await
        .expect("publish scorecard")
        .into_inner()
}

/// Creates an agent with a client-chosen id in the tenant of `token`.
pub async fn create_agent(server: &TestServer, token: &str, id: &str) {
    AgentServiceClient::new(server.authed(token).await)
        .create_agent(CreateAgentRequest {
            agent: Some(Agent {
                id: id.into(),
                display_name: format!("Agent {id}"),
                ..Agent::default()
            }),
        })
        .await
        .expect("create agent");
}

/// Inserts an ended session straight into the database, as the sessions service would leave
/// it.
pub async fn insert_session(
    server: &TestServer,
    tenant_id: &str,
    id: &str,
    queue_id: &str,
    agent_id: Option<&str>,
) {
    let now = db::time::now();
    let row = SessionRow {
        tenant_id: tenant_id.into(),
        id: id.into(),
        queue_id: queue_id.into(),
        agent_id: agent_id.map(str::to_owned),
        channel: "voice".into(),
        customer_ref: format!("customer-{id}"),
        priority: "normal".into(),
        priority_rank: 2,
        attributes: "{}".into(),
        state: "ended".into(),
        held: false,
        end_reason: Some("completed".into()),
        enqueue_time: now,
        offer_time: Some(now),
        connect_time: Some(now),
        wrap_up_time: Some(now),
        end_time: Some(now),
        overflow_time: None,
        sequence: 5,
        create_time: now,
        update_time: now,
        revision: 5,
    };
    let mut conn = server.db.conn().await.expect("connection");
    diesel::insert_into(sessions::table)
        .values(&row)
        .execute(&mut conn)
        .await
        .expect("insert session");
}

/// Creates a client of the test tenant holding only `scopes` and returns its token.
pub async fn token_with_scopes(server: &TestServer, id: &str, scopes: &[&str]) -> String {
    let client = server
        .clients()
        .await
        .create_client(CreateClientRequest {
            client: Some(Client {
                id: id.into(),
                display_name: id.into(),
                scopes: scopes.iter().map(|scope| scope.to_string()).collect(),
                ..Client::default()
            }),
        })
        .await
        .expect("create client")
        .into_inner();
    server.token_for(id, &client.client_secret).await
}

fn get_request(scorecard_id: &str, version: i32) -> GetScorecardRequest {
    GetScorecardRequest {
        scorecard_id: scorecard_id.into(),
        version,
    }
}

fn question_ids(scorecard: &Scorecard) -> Vec<String> {
    scorecard
        .sections
        .iter()
        .flat_map(|section| section.questions.iter().map(|question| question.id.clone()))
        .collect()
}

backend_test!(publishing_freezes_a_version);
async fn publishing_freezes_a_version(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut client = scorecards(&server, &server.token).await;

    let draft = client
        .create_scorecard(CreateScorecardRequest {
            scorecard: Some(support_qa()),
        })
        .await
        .expect("create")
        .into_inner();
    assert!(draft.id.starts_with("sc_"), "generated id {}", draft.id);
    assert_eq!(
        (draft.version, draft.state, draft.published_version),
        (1, ScorecardState::Draft as i32, 0)
    );
    assert!(draft.publish_time.is_none());
    assert_eq!(
        draft.sections[1].questions[0].weight,
        Some(2),
        "weights are stored"
    );

    // A draft is edited in place.
    let renamed = client
        .update_scorecard(UpdateScorecardRequest {
            scorecard_id: draft.id.clone(),
            scorecard: Some(Scorecard {
                display_name: "Support QA 2027".into(),
                ..Scorecard::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["display_name".into()],
            }),
        })
        .await
        .expect("edit the draft")
        .into_inner();
    assert_eq!(renamed.version, 1);
    assert_eq!(renamed.sections, draft.sections);

    let published = client
        .publish_scorecard(PublishScorecardRequest {
            scorecard_id: draft.id.clone(),
            etag: renamed.etag.clone(),
        })
        .await
        .expect("publish")
        .into_inner();
    assert_eq!(
        (
            published.version,
            published.state,
            published.published_version
        ),
        (1, ScorecardState::Published as i32, 1)
    );
    assert!(published.publish_time.is_some());

    let again = client
        .publish_scorecard(PublishScorecardRequest {
            scorecard_id: draft.id.clone(),
            etag: String::new(),
        })
        .await
        .unwrap_err();
    assert_eq!(again.code(), Code::FailedPrecondition);
    assert_eq!(error_reason(&again).as_deref(), Some("SCORECARD_NOT_DRAFT"));

    // Changing a published scorecard starts version 2 as a draft; version 1 stays as it was.
    let mut changed_sections = support_qa().sections;
    changed_sections[0].questions.push(yes_no("closing", 1));
    let stale = client
        .update_scorecard(UpdateScorecardRequest {
            scorecard_id: draft.id.clone(),
            scorecard: Some(Scorecard {
                sections: changed_sections.clone(),
                etag: renamed.etag.clone(),
                ..Scorecard::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["sections".into()],
            }),
        })
        .await
        .unwrap_err();
    assert_eq!(
        stale.code(),
        Code::Aborted,
        "an etag from before publishing"
    );
    let second = client
        .update_scorecard(UpdateScorecardRequest {
            scorecard_id: draft.id.clone(),
            scorecard: Some(Scorecard {
                sections: changed_sections,
                etag: published.etag.clone(),
                ..Scorecard::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["sections".into()],
            }),
        })
        .await
        .expect("start version 2")
        .into_inner();
    assert_eq!(
        (second.version, second.state, second.published_version),
        (2, ScorecardState::Draft as i32, 1)
    );
    assert!(question_ids(&second).contains(&"closing".to_owned()));

    let newest = client
        .get_scorecard(get_request(&draft.id, 0))
        .await
        .expect("get newest")
        .into_inner();
    assert_eq!(newest, second);
    let first = client
        .get_scorecard(get_request(&draft.id, 1))
        .await
        .expect("get version 1")
        .into_inner();
    assert_eq!(first.version, 1);
    assert_eq!(first.state, ScorecardState::Published as i32);
    assert_eq!(first.display_name, "Support QA 2027");
    assert_eq!(first.sections, published.sections, "version 1 is frozen");
    assert!(!question_ids(&first).contains(&"closing".to_owned()));

    // Further edits change the draft, never version 1.
    client
        .update_scorecard(UpdateScorecardRequest {
            scorecard_id: draft.id.clone(),
            scorecard: Some(Scorecard {
                description: "Edited again".into(),
                ..Scorecard::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["description".into()],
            }),
        })
        .await
        .expect("edit version 2");
    let first_again = client
        .get_scorecard(get_request(&draft.id, 1))
        .await
        .expect("get version 1")
        .into_inner();
    assert_eq!(first_again.description, "Voice and chat support");
    assert_eq!(first_again.sections, first.sections);

    let second_published = client
        .publish_scorecard(PublishScorecardRequest {
            scorecard_id: draft.id.clone(),
            etag: String::new(),
        })
        .await
        .expect("publish version 2")
        .into_inner();
    assert_eq!(
        (second_published.version, second_published.published_version),
        (2, 2)
    );
    let missing = client
        .get_scorecard(get_request(&draft.id, 3))
        .await
        .unwrap_err();
    assert_eq!(missing.code(), Code::NotFound);

    let listed = client
        .list_scorecards(ListScorecardsRequest {
            filter: "state = published AND published_version >= 2".into(),
            ..ListScorecardsRequest::default()
        })
        .await
        .expect("list")
        .into_inner();
    assert_eq!(listed.scorecards, vec![second_published.clone()]);

    client
        .delete_scorecard(DeleteScorecardRequest {
            scorecard_id: draft.id.clone(),
            etag: second_published.etag,
        })
        .await
        .expect("an unused scorecard can be deleted");
    let gone = client
        .get_scorecard(get_request(&draft.id, 1))
        .await
        .unwrap_err();
    assert_eq!(gone.code(), Code::NotFound);

    server.stop().await;
}

backend_test!(invalid_templates_name_each_field);
async fn invalid_templates_name_each_field(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut client = scorecards(&server, &server.token).await;

    let mut scorecard = support_qa();
    scorecard.display_name = String::new();
    let opening = &mut scorecard.sections[0].questions;
    opening[1].id = "greeting".into();
    let resolution = &mut scorecard.sections[1].questions;
    resolution[0].weight = Some(-3);
    resolution[0].scale_max = 1;
    resolution[1].options.truncate(1);
    resolution[2].r#type = QuestionType::Unspecified as i32;
    resolution[2].options = vec![AnswerOption {
        id: "x".into(),
        label: "X".into(),
        points: 1,
    }];
    let status = client
        .create_scorecard(CreateScorecardRequest {
            scorecard: Some(scorecard),
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(
        violated_fields(&status),
        vec![
            "scorecard.display_name",
            "scorecard.sections[0].questions[1].id",
            "scorecard.sections[1].questions[0].weight",
            "scorecard.sections[1].questions[0].scale_max",
            "scorecard.sections[1].questions[1].options",
            "scorecard.sections[1].questions[2].type",
            "scorecard.sections[1].questions[2].options",
        ]
    );

    let zero_weights = Scorecard {
        sections: vec![ScorecardSection {
            title: "Only".into(),
            questions: vec![yes_no("a", 0), yes_no("b", 0)],
        }],
        ..support_qa()
    };
    let status = client
        .create_scorecard(CreateScorecardRequest {
            scorecard: Some(zero_weights),
        })
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), vec!["scorecard.sections"]);

    // Over REST the same rules answer 400 with the field paths in the details.
    let response = reqwest::Client::new()
        .post(server.url("/v1/scorecards"))
        .bearer_auth(&server.token)
        .json(&json!({
            "display_name": "Chat QA",
            "sections": [
                {"title": "One", "questions": [{"id": "a", "text": "A?", "type": "yes_no"}]},
                {"title": "Two", "questions": [
                    {"id": "b", "text": "B?", "type": "scale", "scale_min": 4, "scale_max": 2, "weight": 1001},
                    {"id": "c", "text": "C?", "type": "single_choice", "options": [
                        {"id": "x", "label": "X", "points": 0}, {"id": "x", "label": "Y", "points": 0}
                    ]}
                ]}
            ]
        }))
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), 400);
    let body: Value = response.json().await.expect("JSON");
    let fields: Vec<&str> = body["error"]["details"]
        .as_array()
        .expect("details")
        .iter()
        .filter_map(|detail| detail["field_violations"].as_array())
        .flatten()
        .map(|violation| violation["field"].as_str().unwrap())
        .collect();
    assert_eq!(
        fields,
        vec![
            "scorecard.sections[1].questions[0].weight",
            "scorecard.sections[1].questions[0].scale_max",
            "scorecard.sections[1].questions[1].options[1].id",
            "scorecard.sections[1].questions[1].options",
        ],
        "{body}"
    );

    // An update is validated the same way and changes nothing when it fails.
    let created = create_published(&server, &server.token, "SC_VALID", support_qa()).await;
    let status = client
        .update_scorecard(UpdateScorecardRequest {
            scorecard_id: "SC_VALID".into(),
            scorecard: Some(Scorecard {
                sections: vec![],
                ..Scorecard::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["sections".into()],
            }),
        })
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&status), vec!["scorecard.sections"]);
    let unchanged = client
        .get_scorecard(get_request("SC_VALID", 0))
        .await
        .expect("get")
        .into_inner();
    assert_eq!(unchanged, created);

    server.stop().await;
}

backend_test!(scorecards_are_tenant_scoped);
async fn scorecards_are_tenant_scoped(backend: Backend) {
    let server = TestServer::start(&backend).await;
    create_published(&server, &server.token, "SC_A", support_qa()).await;
    let other_token = server.other_tenant("tenant_b").await;
    create_published(&server, &other_token, "SC_B", support_qa()).await;
    let mut other = scorecards(&server, &other_token).await;

    let status = other
        .get_scorecard(get_request("SC_A", 0))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let status = other
        .update_scorecard(UpdateScorecardRequest {
            scorecard_id: "SC_A".into(),
            scorecard: Some(Scorecard {
                display_name: "Taken".into(),
                ..Scorecard::default()
            }),
            update_mask: None,
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let status = other
        .publish_scorecard(PublishScorecardRequest {
            scorecard_id: "SC_A".into(),
            etag: String::new(),
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
    let status = other
        .delete_scorecard(DeleteScorecardRequest {
            scorecard_id: "SC_A".into(),
            etag: String::new(),
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);

    // The same client-chosen id may exist in each tenant; lists show only the caller's.
    create_published(&server, &other_token, "SC_A", support_qa()).await;
    let mut ids: Vec<String> = other
        .list_scorecards(ListScorecardsRequest::default())
        .await
        .expect("list")
        .into_inner()
        .scorecards
        .into_iter()
        .map(|scorecard| scorecard.id)
        .collect();
    ids.sort();
    assert_eq!(ids, vec!["SC_A", "SC_B"]);
    let own: Vec<String> = scorecards(&server, &server.token)
        .await
        .list_scorecards(ListScorecardsRequest::default())
        .await
        .expect("list")
        .into_inner()
        .scorecards
        .into_iter()
        .map(|scorecard| scorecard.id)
        .collect();
    assert_eq!(own, vec!["SC_A"]);
    let status = scorecards(&server, &server.token)
        .await
        .get_scorecard(get_request("SC_B", 0))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);

    server.stop().await;
}

backend_test!(scorecard_scopes_are_enforced);
async fn scorecard_scopes_are_enforced(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut writer = scorecards(&server, &server.token).await;
    writer
        .create_scorecard(CreateScorecardRequest {
            scorecard: Some(Scorecard {
                id: "SC_DRAFT".into(),
                ..support_qa()
            }),
        })
        .await
        .expect("create");

    let token = token_with_scopes(&server, "qa_viewer", &["scorecards:read"]).await;
    let mut reader = scorecards(&server, &token).await;
    reader
        .get_scorecard(get_request("SC_DRAFT", 0))
        .await
        .expect("scorecards:read reads");
    reader
        .list_scorecards(ListScorecardsRequest::default())
        .await
        .expect("scorecards:read lists");
    let denied = reader
        .publish_scorecard(PublishScorecardRequest {
            scorecard_id: "SC_DRAFT".into(),
            etag: String::new(),
        })
        .await
        .unwrap_err();
    assert_eq!(denied.code(), Code::PermissionDenied);
    assert_eq!(error_reason(&denied).as_deref(), Some("SCOPE_MISSING"));
    assert!(denied.message().contains("scorecards:write"), "{denied:?}");
    let denied = reader
        .create_scorecard(CreateScorecardRequest {
            scorecard: Some(support_qa()),
        })
        .await
        .unwrap_err();
    assert_eq!(denied.code(), Code::PermissionDenied);

    // The REST route of :publish needs the same scope.
    let response = reqwest::Client::new()
        .post(server.url("/v1/scorecards/SC_DRAFT:publish"))
        .bearer_auth(&token)
        .json(&json!({}))
        .send()
        .await
        .expect("POST");
    assert_eq!(response.status(), 403);

    let still_draft = writer
        .get_scorecard(get_request("SC_DRAFT", 0))
        .await
        .expect("get")
        .into_inner();
    assert_eq!(still_draft.state, ScorecardState::Draft as i32);
    assert_eq!(still_draft.published_version, 0);

    server.stop().await;
}
