use globemeet::proto::globemeet::v1::{
    Agent, AgentSkill, CreateAgentRequest, DeleteAgentRequest, GetAgentRequest, ListAgentsRequest,
    Presence, RoutingState, SetAgentPresenceRequest, UpdateAgentRequest,
};
use prost_types::FieldMask;
use tonic::Code;

use crate::{
    backend_test,
    support::{Backend, TestServer, violated_fields},
};

fn agent_42() -> Agent {
    Agent {
        id: "AGENT_42".into(),
        display_name: "Ada Lovelace".into(),
        email: "ada@example.com".into(),
        skills: vec![
            AgentSkill {
                name: "english".into(),
                proficiency: 5,
            },
            AgentSkill {
                name: "billing".into(),
                proficiency: 0,
            },
        ],
        ..Agent::default()
    }
}

backend_test!(agent_crud_round_trip);
async fn agent_crud_round_trip(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut agents = server.agents().await;

    let created = agents
        .create_agent(CreateAgentRequest {
            agent: Some(agent_42()),
        })
        .await
        .expect("create")
        .into_inner();
    assert_eq!(created.id, "AGENT_42");
    assert_eq!(
        created.presence,
        Presence::Offline as i32,
        "presence defaults to offline"
    );
    assert_eq!(created.routing_state, RoutingState::Idle as i32);
    assert_eq!(
        created.skills[1].proficiency, 1,
        "proficiency defaults to 1"
    );

    let generated = agents
        .create_agent(CreateAgentRequest {
            agent: Some(Agent {
                display_name: "Grace Hopper".into(),
                ..Agent::default()
            }),
        })
        .await
        .expect("create with a generated id")
        .into_inner();
    assert!(generated.id.starts_with("agt_"), "{}", generated.id);

    let fetched = agents
        .get_agent(GetAgentRequest {
            agent_id: "AGENT_42".into(),
        })
        .await
        .expect("get")
        .into_inner();
    assert_eq!(fetched, created);

    let updated = agents
        .update_agent(UpdateAgentRequest {
            agent_id: "AGENT_42".into(),
            agent: Some(Agent {
                email: "ada@example.org".into(),
                ..Agent::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["email".into()],
            }),
        })
        .await
        .expect("update")
        .into_inner();
    assert_eq!(updated.email, "ada@example.org");
    assert_eq!(updated.display_name, "Ada Lovelace");

    let listed = agents
        .list_agents(ListAgentsRequest::default())
        .await
        .expect("list")
        .into_inner();
    let ids: Vec<_> = listed
        .agents
        .iter()
        .map(|agent| agent.id.as_str())
        .collect();
    assert_eq!(ids, vec!["AGENT_42", generated.id.as_str()]);

    agents
        .delete_agent(DeleteAgentRequest {
            agent_id: "AGENT_42".into(),
            etag: String::new(),
        })
        .await
        .expect("delete");
    let gone = agents
        .get_agent(GetAgentRequest {
            agent_id: "AGENT_42".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(gone.code(), Code::NotFound);
    let gone_again = agents
        .delete_agent(DeleteAgentRequest {
            agent_id: "AGENT_42".into(),
            etag: String::new(),
        })
        .await
        .unwrap_err();
    assert_eq!(gone_again.code(), Code::NotFound);

    server.stop().await;
}

backend_test!(presence_changes_through_its_method);
async fn presence_changes_through_its_method(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut agents = server.agents().await;
    let created = agents
        .create_agent(CreateAgentRequest {
            agent: Some(agent_42()),
        })
        .await
        .expect("create")
        .into_inner();

    let available = agents
        .set_agent_presence(SetAgentPresenceRequest {
            agent_id: "AGENT_42".into(),
            presence: Presence::Available as i32,
        })
        .await
        .expect("set presence")
        .into_inner();
    assert_eq!(available.presence, Presence::Available as i32);
    assert_ne!(available.etag, created.etag);

    let through_update = agents
        .update_agent(UpdateAgentRequest {
            agent_id: "AGENT_42".into(),
            agent: Some(Agent {
                presence: Presence::Away as i32,
                ..agent_42()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["presence".into()],
            }),
        })
        .await
        .unwrap_err();
    assert_eq!(through_update.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&through_update), vec!["agent.presence"]);

    let undefined = agents
        .set_agent_presence(SetAgentPresenceRequest {
            agent_id: "AGENT_42".into(),
            presence: 17,
        })
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&undefined), vec!["presence"]);

    let unknown = agents
        .set_agent_presence(SetAgentPresenceRequest {
            agent_id: "AGENT_7".into(),
            presence: Presence::Busy as i32,
        })
        .await
        .unwrap_err();
    assert_eq!(unknown.code(), Code::NotFound);

    server.stop().await;
}

backend_test!(invalid_agent_names_each_field);
async fn invalid_agent_names_each_field(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut agents = server.agents().await;

    let cases = [
        (
            Agent {
                display_name: "  ".into(),
                ..agent_42()
            },
            "agent.display_name",
        ),
        (
            Agent {
                email: "not-an-email".into(),
                ..agent_42()
            },
            "agent.email",
        ),
        (
            Agent {
                presence: 9,
                ..agent_42()
            },
            "agent.presence",
        ),
        (
            Agent {
                skills: vec![AgentSkill {
                    name: "english".into(),
                    proficiency: 6,
                }],
                ..agent_42()
            },
            "agent.skills[0].proficiency",
        ),
        (
            Agent {
                skills: vec![
                    AgentSkill {
                        name: "x".into(),
                        proficiency: 1,
                    },
                    AgentSkill {
                        name: "x".into(),
                        proficiency: 2,
                    },
                ],
                ..agent_42()
            },
            "agent.skills[1].name",
        ),
    ];
    for (agent, field) in cases {
        let status = agents
            .create_agent(CreateAgentRequest { agent: Some(agent) })
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::InvalidArgument, "{field}");
        assert_eq!(violated_fields(&status), vec![field.to_owned()]);
        assert!(
            status.message().contains(field),
            "{:?} names {field}",
            status.message()
        );
    }

    server.stop().await;
}
