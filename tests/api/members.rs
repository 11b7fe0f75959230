use globemeet::proto::globemeet::v1::{
    AddQueueMemberRequest, Agent, BatchAddQueueMembersRequest, CreateAgentRequest,
    CreateQueueRequest, DeleteAgentRequest, DeleteQueueRequest, GetQueueStatsRequest,
    ListQueueMembersRequest, Presence, Queue, RemoveQueueMemberRequest, SetAgentPresenceRequest,
};
use tonic::Code;

use crate::{
    backend_test,
    support::{AuthChannel, Backend, TestServer},
};

use globemeet::proto::globemeet::v1::{
    agent_service_client::AgentServiceClient, queue_service_client::QueueServiceClient,
};

async fn create_queue(queues: &mut QueueServiceClient<AuthChannel>, id: &str) {
    let queue = Queue {
        id: id.into(),
        name: format!("Queue {id}"),
        max_wait_seconds: 60,
        ..Queue::default()
    };
    queues
        .create_queue(CreateQueueRequest { queue: Some(queue) })
        .await
        .expect("create queue");
}

async fn create_agent(agents: &mut AgentServiceClient<AuthChannel>, id: &str) {
    let agent = Agent {
        id: id.into(),
        display_name: format!("Agent {id}"),
        ..Agent::default()
    };
    agents
        .create_agent(CreateAgentRequest { agent: Some(agent) })
        .await
        .expect("create agent");
}

async fn member_ids(queues: &mut QueueServiceClient<AuthChannel>, queue_id: &str) -> Vec<String> {
    let response = queues
        .list_queue_members(ListQueueMembersRequest {
            queue_id: queue_id.into(),
            ..Default::default()
        })
        .await
        .expect("list members")
        .into_inner();
    response
        .members
        .into_iter()
        .map(|member| member.agent_id)
        .collect()
}

backend_test!(adding_a_member_twice_is_harmless);
async fn adding_a_member_twice_is_harmless(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let (mut queues, mut agents) = (server.queues().await, server.agents().await);
    create_queue(&mut queues, "Q1").await;
    create_agent(&mut agents, "AGENT_42").await;

    let request = AddQueueMemberRequest {
        queue_id: "Q1".into(),
        agent_id: "AGENT_42".into(),
    };
    let first = queues
        .add_queue_member(request.clone())
        .await
        .expect("first add")
        .into_inner();
    let second = queues
        .add_queue_member(request)
        .await
        .expect("second add")
        .into_inner();
    assert_eq!(
        first, second,
        "the second add returns the existing membership unchanged"
    );
    assert_eq!(member_ids(&mut queues, "Q1").await, vec!["AGENT_42"]);

    queues
        .remove_queue_member(RemoveQueueMemberRequest {
            queue_id: "Q1".into(),
            agent_id: "AGENT_42".into(),
        })
        .await
        .expect("remove");
    assert!(member_ids(&mut queues, "Q1").await.is_empty());
    let again = queues
        .remove_queue_member(RemoveQueueMemberRequest {
            queue_id: "Q1".into(),
            agent_id: "AGENT_42".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(again.code(), Code::NotFound);

    server.stop().await;
}

backend_test!(unknown_queue_or_agent_is_not_found);
async fn unknown_queue_or_agent_is_not_found(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let (mut queues, mut agents) = (server.queues().await, server.agents().await);
    create_queue(&mut queues, "Q1").await;
    create_agent(&mut agents, "AGENT_42").await;

    let no_queue = queues
        .add_queue_member(AddQueueMemberRequest {
            queue_id: "Q404".into(),
            agent_id: "AGENT_42".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(no_queue.code(), Code::NotFound);
    assert!(
        no_queue.message().contains("Q404"),
        "{}",
        no_queue.message()
    );

    let no_agent = queues
        .add_queue_member(AddQueueMemberRequest {
            queue_id: "Q1".into(),
            agent_id: "AGENT_404".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(no_agent.code(), Code::NotFound);
    assert!(
        no_agent.message().contains("AGENT_404"),
        "{}",
        no_agent.message()
    );

    let list = queues
        .list_queue_members(ListQueueMembersRequest {
            queue_id: "Q404".into(),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(list.code(), Code::NotFound);

    server.stop().await;
}

backend_test!(batch_add_is_all_or_nothing);
async fn batch_add_is_all_or_nothing(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let (mut queues, mut agents) = (server.queues().await, server.agents().await);
    create_queue(&mut queues, "Q1").await;
    for id in ["A1", "A2", "A3"] {
        create_agent(&mut agents, id).await;
    }
    queues
        .add_queue_member(AddQueueMemberRequest {
            queue_id: "Q1".into(),
            agent_id: "A2".into(),
        })
        .await
        .expect("pre-existing member");

    let with_unknown = queues
        .batch_add_queue_members(BatchAddQueueMembersRequest {
            queue_id: "Q1".into(),
            agent_ids: vec!["A1".into(), "A404".into()],
        })
        .await
        .unwrap_err();
    assert_eq!(with_unknown.code(), Code::NotFound);
    assert_eq!(
        member_ids(&mut queues, "Q1").await,
        vec!["A2"],
        "nothing was added"
    );

    let added = queues
        .batch_add_queue_members(BatchAddQueueMembersRequest {
            queue_id: "Q1".into(),
            agent_ids: vec!["A3".into(), "A1".into(), "A2".into(), "A3".into()],
        })
        .await
        .expect("batch add")
        .into_inner();
    let returned: Vec<_> = added
        .members
        .iter()
        .map(|member| member.agent_id.as_str())
        .collect();
    assert_eq!(
        returned,
        vec!["A3", "A1", "A2"],
        "one membership per distinct id, in request order"
    );
    assert_eq!(member_ids(&mut queues, "Q1").await, vec!["A1", "A2", "A3"]);

    let too_many = queues
        .batch_add_queue_members(BatchAddQueueMembersRequest {
            queue_id: "Q1".into(),
            agent_ids: (0..101).map(|index| format!("A{index}")).collect(),
        })
        .await
        .unwrap_err();
    assert_eq!(too_many.code(), Code::InvalidArgument);
    assert!(
        too_many.message().contains("agent_ids"),
        "{}",
        too_many.message()
    );

    server.stop().await;
}

backend_test!(deleting_removes_memberships);
async fn deleting_removes_memberships(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let (mut queues, mut agents) = (server.queues().await, server.agents().await);
    create_queue(&mut queues, "Q1").await;
    create_queue(&mut queues, "Q2").await;
    create_agent(&mut agents, "A1").await;
    create_agent(&mut agents, "A2").await;
    for (queue_id, agent_id) in [("Q1", "A1"), ("Q1", "A2"), ("Q2", "A1")] {
        queues
            .add_queue_member(AddQueueMemberRequest {
                queue_id: queue_id.into(),
                agent_id: agent_id.into(),
            })
            .await
            .expect("add");
    }

    agents
        .delete_agent(DeleteAgentRequest {
            agent_id: "A1".into(),
            etag: String::new(),
        })
        .await
        .expect("delete agent");
    assert_eq!(member_ids(&mut queues, "Q1").await, vec!["A2"]);
    assert!(member_ids(&mut queues, "Q2").await.is_empty());

    queues
        .delete_queue(DeleteQueueRequest {
            queue_id: "Q1".into(),
            etag: String::new(),
        })
        .await
        .expect("delete queue");
    create_queue(&mut queues, "Q1").await;
    assert!(
        member_ids(&mut queues, "Q1").await.is_empty(),
        "a recreated queue starts without members"
    );

    server.stop().await;
}

backend_test!(stats_count_available_members);
async fn stats_count_available_members(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let (mut queues, mut agents) = (server.queues().await, server.agents().await);
    create_queue(&mut queues, "Q1").await;
    for id in ["A1", "A2"] {
        create_agent(&mut agents, id).await;
        queues
            .add_queue_member(AddQueueMemberRequest {
                queue_id: "Q1".into(),
                agent_id: id.into(),
            })
            .await
            .expect("add");
    }
    agents
        .set_agent_presence(SetAgentPresenceRequest {
            agent_id: "A2".into(),
            presence: Presence::Available as i32,
        })
        .await
        .expect("presence");

    let stats = queues
        .get_queue_stats(GetQueueStatsRequest {
            queue_id: "Q1".into(),
        })
        .await
        .expect("stats")
        .into_inner();
    assert_eq!(stats.queue_id, "Q1");
    assert_eq!(stats.members_total, 2);
    assert_eq!(stats.members_available, 1);
    assert_eq!(stats.sessions_waiting, 0);

    let missing = queues
        .get_queue_stats(GetQueueStatsRequest {
            queue_id: "Q404".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(missing.code(), Code::NotFound);

    server.stop().await;
}
