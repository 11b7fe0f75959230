use globemeet::proto::globemeet::v1::{
    CreateQueueRequest, DeleteQueueRequest, GetQueueRequest, ListQueuesRequest, Overflow,
    OverflowAction, Priority, Queue, UpdateQueueRequest,
};
use prost_types::FieldMask;
use tonic::Code;

use crate::{
    backend_test,
    support::{Backend, TestServer, error_reason, violated_fields},
};

fn premium_support() -> Queue {
    Queue {
        name: "Premium Support".into(),
        skills: vec!["english".into(), "billing".into()],
        priority: Priority::High as i32,
        max_wait_seconds: 300,
        ..Queue::default()
    }
}

backend_test!(queue_crud_round_trip);
async fn queue_crud_round_trip(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut queues = server.queues().await;

    let created = queues
        .create_queue(CreateQueueRequest {
            queue: Some(premium_support()),
        })
        .await
        .expect("create")
        .into_inner();
    assert!(created.id.starts_with("q_"), "generated id {}", created.id);
    assert_eq!(created.name, "Premium Support");
    assert_eq!(created.skills, vec!["english", "billing"]);
    assert_eq!(created.priority, Priority::High as i32);
    assert_eq!(created.max_wait_seconds, 300);
    assert_eq!(
        created.overflow.as_ref().map(|o| o.action),
        Some(OverflowAction::Disconnect as i32)
    );
    assert!(created.create_time.is_some());
    assert!(!created.etag.is_empty());

    let fetched = queues
        .get_queue(GetQueueRequest {
            queue_id: created.id.clone(),
        })
        .await
        .expect("get")
        .into_inner();
    assert_eq!(fetched, created);

    let updated = queues
        .update_queue(UpdateQueueRequest {
            queue_id: created.id.clone(),
            queue: Some(Queue {
                name: "Gold Support".into(),
                max_wait_seconds: 9,
                ..Queue::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["name".into()],
            }),
        })
        .await
        .expect("update")
        .into_inner();
    assert_eq!(updated.name, "Gold Support");
    assert_eq!(
        updated.max_wait_seconds, 300,
        "fields outside the mask keep their value"
    );
    assert_ne!(updated.etag, created.etag);

    queues
        .delete_queue(DeleteQueueRequest {
            queue_id: created.id.clone(),
            etag: String::new(),
        })
        .await
        .expect("delete");
    let gone = queues
        .get_queue(GetQueueRequest {
            queue_id: created.id.clone(),
        })
        .await
        .unwrap_err();
    assert_eq!(gone.code(), Code::NotFound);
    assert_eq!(error_reason(&gone).as_deref(), Some("RESOURCE_NOT_FOUND"));

    server.stop().await;
}

backend_test!(client_chosen_id_is_kept_and_unique);
async fn client_chosen_id_is_kept_and_unique(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut queues = server.queues().await;
    let queue = Queue {
        id: "SUPPORT_EU".into(),
        ..premium_support()
    };

    let created = queues
        .create_queue(CreateQueueRequest {
            queue: Some(queue.clone()),
        })
        .await
        .expect("create")
        .into_inner();
    assert_eq!(created.id, "SUPPORT_EU");

    let duplicate = queues
        .create_queue(CreateQueueRequest { queue: Some(queue) })
        .await
        .unwrap_err();
    assert_eq!(duplicate.code(), Code::AlreadyExists);

    let invalid = queues
        .create_queue(CreateQueueRequest {
            queue: Some(Queue {
                id: "a/b".into(),
                ..premium_support()
            }),
        })
        .await
        .unwrap_err();
    assert_eq!(invalid.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&invalid), vec!["queue.id"]);

    server.stop().await;
}

backend_test!(invalid_queue_names_each_field);
async fn invalid_queue_names_each_field(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut queues = server.queues().await;

    let cases = [
        (
            Queue {
                name: String::new(),
                ..premium_support()
            },
            "queue.name",
        ),
        (
            Queue {
                max_wait_seconds: -1,
                ..premium_support()
            },
            "queue.max_wait_seconds",
        ),
        (
            Queue {
                priority: 99,
                ..premium_support()
            },
            "queue.priority",
        ),
        (
            Queue {
                max_queue_size: Some(0),
                ..premium_support()
            },
            "queue.max_queue_size",
        ),
        (
            Queue {
                overflow: Some(Overflow {
                    action: 42,
                    target_queue_id: String::new(),
                }),
                ..premium_support()
            },
            "queue.overflow.action",
        ),
        (
            Queue {
                overflow: Some(Overflow {
                    action: OverflowAction::Queue as i32,
                    target_queue_id: String::new(),
                }),
                ..premium_support()
            },
            "queue.overflow.target_queue_id",
        ),
        (
            Queue {
                overflow: Some(Overflow {
                    action: OverflowAction::Queue as i32,
                    target_queue_id: "q_missing".into(),
                }),
                ..premium_support()
            },
            "queue.overflow.target_queue_id",
        ),
    ];
    for (queue, field) in cases {
        let status = queues
            .create_queue(CreateQueueRequest { queue: Some(queue) })
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::InvalidArgument, "{field}: {status:?}");
        assert!(
            status.message().contains(field),
            "message {:?} names {field}",
            status.message()
        );
        assert_eq!(violated_fields(&status), vec![field.to_owned()]);
    }

    let missing = queues
        .create_queue(CreateQueueRequest { queue: None })
        .await
        .unwrap_err();
    assert_eq!(missing.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&missing), vec!["queue"]);

    let listed = queues
        .list_queues(ListQueuesRequest::default())
        .await
        .expect("list")
        .into_inner();
    assert!(listed.queues.is_empty(), "no invalid queue was stored");

    server.stop().await;
}

backend_test!(stale_etag_is_aborted);
async fn stale_etag_is_aborted(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut queues = server.queues().await;
    let created = queues
        .create_queue(CreateQueueRequest {
            queue: Some(premium_support()),
        })
        .await
        .expect("create")
        .into_inner();

    let first = queues
        .update_queue(UpdateQueueRequest {
            queue_id: created.id.clone(),
            queue: Some(Queue {
                name: "First".into(),
                etag: created.etag.clone(),
                ..Queue::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["name".into()],
            }),
        })
        .await
        .expect("update with the current etag");
    assert_eq!(first.get_ref().name, "First");

    let stale = queues
        .update_queue(UpdateQueueRequest {
            queue_id: created.id.clone(),
            queue: Some(Queue {
                name: "Second".into(),
                etag: created.etag.clone(),
                ..Queue::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["name".into()],
            }),
        })
        .await
        .unwrap_err();
    assert_eq!(stale.code(), Code::Aborted);
    assert_eq!(error_reason(&stale).as_deref(), Some("ETAG_MISMATCH"));

    let stale_delete = queues
        .delete_queue(DeleteQueueRequest {
            queue_id: created.id.clone(),
            etag: created.etag.clone(),
        })
        .await
        .unwrap_err();
    assert_eq!(stale_delete.code(), Code::Aborted);

    let current = queues
        .get_queue(GetQueueRequest {
            queue_id: created.id.clone(),
        })
        .await
        .expect("still there")
        .into_inner();
    assert_eq!(current.name, "First");
    queues
        .delete_queue(DeleteQueueRequest {
            queue_id: created.id.clone(),
            etag: current.etag,
        })
        .await
        .expect("delete with the current etag");

    server.stop().await;
}

backend_test!(update_mask_rejects_unknown_fields);
async fn update_mask_rejects_unknown_fields(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut queues = server.queues().await;
    let created = queues
        .create_queue(CreateQueueRequest {
            queue: Some(premium_support()),
        })
        .await
        .expect("create")
        .into_inner();

    let status = queues
        .update_queue(UpdateQueueRequest {
            queue_id: created.id.clone(),
            queue: Some(Queue::default()),
            update_mask: Some(FieldMask {
                paths: vec!["colour".into()],
            }),
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&status), vec!["update_mask"]);

    let missing = queues
        .update_queue(UpdateQueueRequest {
            queue_id: "q_missing".into(),
            queue: Some(premium_support()),
            update_mask: None,
        })
        .await
        .unwrap_err();
    assert_eq!(missing.code(), Code::NotFound);

    server.stop().await;
}

backend_test!(list_pages_through_every_queue);
async fn list_pages_through_every_queue(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut queues = server.queues().await;
    let mut created_ids = Vec::new();
    for index in 0..7 {
        let queue = Queue {
            name: format!("Queue {index}"),
            ..premium_support()
        };
        let created = queues
            .create_queue(CreateQueueRequest { queue: Some(queue) })
            .await
            .expect("create")
            .into_inner();
        created_ids.push(created.id);
    }

    let mut seen = Vec::new();
    let mut page_token = String::new();
    loop {
        let page = queues
            .list_queues(ListQueuesRequest {
                page_size: 3,
                page_token: page_token.clone(),
                ..Default::default()
            })
            .await
            .expect("list")
            .into_inner();
        assert!(page.queues.len() <= 3);
        seen.extend(page.queues.into_iter().map(|queue| queue.id));
        if page.next_page_token.is_empty() {
            break;
        }
        page_token = page.next_page_token;
    }
    created_ids.sort();
    assert_eq!(seen, created_ids);

    let garbage = queues
        .list_queues(ListQueuesRequest {
            page_token: "not-a-token!".into(),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(garbage.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&garbage), vec!["page_token"]);

    let negative = queues
        .list_queues(ListQueuesRequest {
            page_size: -1,
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(violated_fields(&negative), vec!["page_size"]);

    server.stop().await;
}
