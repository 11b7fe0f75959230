//! `globemeet.v1.QueueService`: queues and their members.

use tonic::{Request, Response, Status};

use super::{
    check_text, check_unchanged, etag, expected_revision, full_name, mask_fields, require_id,
    resource_id, short_name, timestamp,
};
use crate::{
    caller::Caller,
    clock::Clock,
    db::{self, Db, DbError, models::QueueRow, queues::AddMembers},
    error::{ApiError, Violations},
    list::{FieldType, FilterField, ListSpec, OrderField},
    proto::globemeet::v1::{
        AddQueueMemberRequest, BatchAddQueueMembersRequest, BatchAddQueueMembersResponse,
        CreateQueueRequest, DeleteQueueRequest, GetQueueRequest, GetQueueStatsRequest,
        ListQueueMembersRequest, ListQueueMembersResponse, ListQueuesRequest, ListQueuesResponse,
        Overflow, OverflowAction, Priority, Queue, QueueMember, QueueStats,
        RemoveQueueMemberRequest, UpdateQueueRequest, queue_service_server::QueueService,
    },
};

const RESOURCE: &str = "queue";

/// What queue lists filter and sort on.
pub const QUEUE_LIST: ListSpec = ListSpec {
    collection: "queues",
    filter_fields: &[
        FilterField {
            name: "id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "name",
            field_type: FieldType::String,
        },
        FilterField {
            name: "skills",
            field_type: FieldType::StringList,
        },
        FilterField {
            name: "priority",
            field_type: FieldType::Enum(&["low", "normal", "high", "urgent"]),
        },
        FilterField {
            name: "max_wait_seconds",
            field_type: FieldType::Integer,
        },
        FilterField {
            name: "overflow.action",
            field_type: FieldType::Enum(&["queue", "voicemail", "callback", "disconnect"]),
        },
        FilterField {
            name: "create_time",
            field_type: FieldType::Timestamp,
        },
        FilterField {
            name: "update_time",
            field_type: FieldType::Timestamp,
        },
    ],
    order_fields: &[
        OrderField { name: "id" },
        OrderField { name: "name" },
        OrderField {
            name: "max_wait_seconds",
        },
        OrderField {
            name: "create_time",
        },
        OrderField {
            name: "update_time",
        },
    ],
    id_field: "id",
};

/// What member lists filter and sort on.
pub const MEMBER_LIST: ListSpec = ListSpec {
    collection: "queue_members",
    filter_fields: &[
        FilterField {
            name: "agent_id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "create_time",
            field_type: FieldType::Timestamp,
        },
    ],
    order_fields: &[
        OrderField { name: "agent_id" },
        OrderField {
            name: "create_time",
        },
    ],
    id_field: "agent_id",
};
const MAX_NAME_CHARS: usize = 200;
const MAX_SKILLS: usize = 50;
const MAX_SKILL_CHARS: usize = 64;
const MAX_WAIT_SECONDS: i32 = 86_400;
const MAX_QUEUE_SIZE: i32 = 100_000;
/// The most agents one BatchAddQueueMembers call may add.
pub const MAX_BATCH_MEMBERS: usize = 100;
/// How often an update without an etag is retried when a concurrent update wins.
const UPDATE_ATTEMPTS: usize = 3;

/// The fields an update mask may name; `overflow` covers both of its sub-fields.
const UPDATABLE_FIELDS: &[&str] = &[
    "name",
    "skills",
    "priority",
    "max_wait_seconds",
    "max_queue_size",
    "overflow",
    "overflow.action",
    "overflow.target_queue_id",
];

/// Fields the server sets; an update mask naming them is accepted and they are left alone, so
/// a client can send back a queue it read.
const SERVER_FIELDS: &[&str] = &["id", "etag", "create_time", "update_time"];

/// The queue service over the data layer.
#[derive(Clone)]
pub struct QueueApi {
    db: Db,
    clock: Clock,
}

impl QueueApi {
    pub fn new(db: Db, clock: Clock) -> Self {
        Self { db, clock }
    }

    async fn load(&self, tenant_id: &str, queue_id: &str) -> Result<QueueRow, ApiError> {
        db::queues::get(&self.db, tenant_id, queue_id)
            .await?
            .ok_or_else(|| not_found(queue_id))
    }

    /// Checks that the overflow target exists in the tenant and is not the queue itself.
    async fn check_overflow_target(&self, row: &QueueRow) -> Result<(), ApiError> {
        let Some(target) = &row.overflow_target_queue_id else {
            return Ok(());
        };
        if target == &row.id {
            return Err(ApiError::invalid(
                "queue.overflow.target_queue_id",
                "names the queue itself; choose another queue",
            ));
        }
        if db::queues::get(&self.db, &row.tenant_id, target)
            .await?
            .is_none()
        {
            return Err(ApiError::invalid(
                "queue.overflow.target_queue_id",
                format!("queue {target:?} does not exist; create it first"),
            ));
        }
        Ok(())
    }
}

fn not_found(queue_id: &str) -> ApiError {
    ApiError::NotFound {
        resource: RESOURCE,
        id: queue_id.to_owned(),
    }
}

#[tonic::async_trait]
impl QueueService for QueueApi {
    async fn create_queue(
        &self,
        request: Request<CreateQueueRequest>,
    ) -> Result<Response<Queue>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let queue = request
            .into_inner()
            .queue
            .ok_or_else(|| ApiError::required("queue"))?;

        let mut violations = Violations::default();
        let id = resource_id(&queue.id, "q", "queue.id", &mut violations);
        let now = db::time::now();
        let mut row = QueueRow {
            tenant_id: tenant_id.clone(),
            id,
            name: String::new(),
            skills: String::new(),
            priority: String::new(),
            max_wait_seconds: 0,
            max_queue_size: None,
            overflow_action: String::new(),
            overflow_target_queue_id: None,
            create_time: now,
            update_time: now,
            revision: 1,
        };
        for field in [
            "name",
            "skills",
            "priority",
            "max_wait_seconds",
            "max_queue_size",
            "overflow",
        ] {
            apply_field(&mut row, &queue, field, &mut violations);
        }
        check_overflow_pair(&row, &mut violations);
        violations.finish()?;
        self.check_overflow_target(&row).await?;

        match db::queues::insert(&self.db, &row).await {
            Ok(()) => {}
            Err(DbError::UniqueViolation(_)) => {
                return Err(ApiError::AlreadyExists {
                    resource: RESOURCE,
                    id: row.id,
                }
                .into());
            }
            Err(error) => return Err(ApiError::from(error).into()),
        }
        tracing::info!(tenant_id = %row.tenant_id, queue_id = %row.id, "queue created");
        Ok(Response::new(to_proto(&row)))
    }

    async fn get_queue(
        &self,
        request: Request<GetQueueRequest>,
    ) -> Result<Response<Queue>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let queue_id = request.into_inner().queue_id;
        require_id(&queue_id, "queue_id")?;

        let row = self.load(&tenant_id, &queue_id).await?;
        Ok(Response::new(to_proto(&row)))
    }

    async fn list_queues(
        &self,
        request: Request<ListQueuesRequest>,
    ) -> Result<Response<ListQueuesResponse>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        let query = QUEUE_LIST.parse(
            &tenant_id,
            &request.filter,
            &request.order_by,
            request.page_size,
            &request.page_token,
        )?;

        let mut rows = db::queues::list(&self.db, &tenant_id, &query)
            .await
            .map_err(ApiError::from)?;
        let next_page_token = query.finish(&mut rows, db::queues::cursor);
        let queues = rows.iter().map(to_proto).collect();
        Ok(Response::new(ListQueuesResponse {
            queues,
            next_page_token,
        }))
    }

    async fn update_queue(
        &self,
        request: Request<UpdateQueueRequest>,
    ) -> Result<Response<Queue>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.queue_id, "queue_id")?;
        let patch = request.queue.ok_or_else(|| ApiError::required("queue"))?;
        let paths = mask_fields(
            &request
                .update_mask
                .map(|mask| mask.paths)
                .unwrap_or_default(),
            UPDATABLE_FIELDS,
            SERVER_FIELDS,
            RESOURCE,
        )?;
        check_unchanged(&patch.id, &request.queue_id, "queue.id")?;

        for attempt in 1..=UPDATE_ATTEMPTS {
            let current = self.load(&tenant_id, &request.queue_id).await?;
            if !patch.etag.is_empty() && patch.etag != etag(current.create_time, current.revision) {
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }

            let mut updated = current.clone();
            let mut violations = Violations::default();
            for path in &paths {
                apply_field(&mut updated, &patch, path, &mut violations);
            }
            check_overflow_pair(&updated, &mut violations);
            violations.finish()?;
            self.check_overflow_target(&updated).await?;

            updated.update_time = db::time::now();
            updated.revision = current.revision + 1;
            if db::queues::update(&self.db, &updated, current.revision)
                .await
                .map_err(ApiError::from)?
            {
                return Ok(Response::new(to_proto(&updated)));
            }
            if !patch.etag.is_empty() {
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }
            tracing::debug!(queue_id = %current.id, attempt, "concurrent update won; retrying");
        }
        Err(ApiError::Aborted {
            reason: "CONCURRENT_UPDATE",
            message: format!(
                "queue {:?} is being changed concurrently; retry",
                request.queue_id
            ),
        }
        .into())
    }

    async fn delete_queue(
        &self,
        request: Request<DeleteQueueRequest>,
    ) -> Result<Response<()>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.queue_id, "queue_id")?;

        let current = self.load(&tenant_id, &request.queue_id).await?;
        let expected_revision = expected_revision(
            &request.etag,
            current.create_time,
            current.revision,
            RESOURCE,
            &current.id,
        )?;

        if db::sessions::queue_has_open_sessions(&self.db, &tenant_id, &current.id)
            .await
            .map_err(ApiError::from)?
        {
            return Err(ApiError::FailedPrecondition {
                reason: "QUEUE_HAS_OPEN_SESSIONS",
                message: format!(
                    "queue {:?} has sessions that have not ended; end or transfer them first",
                    current.id
                ),
            }
            .into());
        }

        let referrers = db::queues::overflow_referrers(&self.db, &tenant_id, &current.id)
            .await
            .map_err(ApiError::from)?;
        if !referrers.is_empty() {
            return Err(ApiError::FailedPrecondition {
                reason: "QUEUE_IS_OVERFLOW_TARGET",
                message: format!(
                    "queue {:?} is the overflow target of {}; change their overflow first",
                    current.id,
                    referrers.join(", ")
                ),
            }
            .into());
        }

        let deleted = db::queues::delete(&self.db, &tenant_id, &current.id, expected_revision)
            .await
            .map_err(ApiError::from)?;
        match (deleted, expected_revision) {
            (true, _) => {
                tracing::info!(tenant_id = %tenant_id, queue_id = %current.id, "queue deleted");
                Ok(Response::new(()))
            }
            (false, Some(_)) => Err(ApiError::etag_mismatch(RESOURCE, &current.id).into()),
            (false, None) => Err(not_found(&current.id).into()),
        }
    }

    async fn add_queue_member(
        &self,
        request: Request<AddQueueMemberRequest>,
    ) -> Result<Response<QueueMember>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.queue_id, "queue_id")?;
        require_id(&request.agent_id, "agent_id")?;

        let mut members = add_members(
            &self.db,
            &tenant_id,
            &request.queue_id,
            vec![request.agent_id],
        )
        .await?;
        let member = members
            .pop()
            .ok_or_else(|| ApiError::Internal("membership missing after insert".into()))?;
        Ok(Response::new(member))
    }

    async fn list_queue_members(
        &self,
        request: Request<ListQueueMembersRequest>,
    ) -> Result<Response<ListQueueMembersResponse>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.queue_id, "queue_id")?;
        let query = MEMBER_LIST.parse(
            &format!("{tenant_id}/{}", request.queue_id),
            &request.filter,
            &request.order_by,
            request.page_size,
            &request.page_token,
        )?;
        self.load(&tenant_id, &request.queue_id).await?;

        let mut rows = db::queues::list_members(&self.db, &tenant_id, &request.queue_id, &query)
            .await
            .map_err(ApiError::from)?;
        let next_page_token = query.finish(&mut rows, db::queues::member_cursor);
        let members = rows.into_iter().map(member_to_proto).collect();
        Ok(Response::new(ListQueueMembersResponse {
            members,
            next_page_token,
        }))
    }

    async fn remove_queue_member(
        &self,
        request: Request<RemoveQueueMemberRequest>,
    ) -> Result<Response<()>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.queue_id, "queue_id")?;
        require_id(&request.agent_id, "agent_id")?;
        self.load(&tenant_id, &request.queue_id).await?;

        let removed =
            db::queues::remove_member(&self.db, &tenant_id, &request.queue_id, &request.agent_id)
                .await
                .map_err(ApiError::from)?;
        if !removed {
            return Err(ApiError::NotFound {
                resource: "queue member",
                id: format!("{}/{}", request.queue_id, request.agent_id),
            }
            .into());
        }
        Ok(Response::new(()))
    }

    async fn batch_add_queue_members(
        &self,
        request: Request<BatchAddQueueMembersRequest>,
    ) -> Result<Response<BatchAddQueueMembersResponse>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.queue_id, "queue_id")?;
        if request.agent_ids.is_empty() {
            return Err(ApiError::required("agent_ids").into());
        }
        if request.agent_ids.len() > MAX_BATCH_MEMBERS {
            return Err(ApiError::invalid(
                "agent_ids",
                format!(
                    "has {} ids; send at most {MAX_BATCH_MEMBERS} per call",
                    request.agent_ids.len()
                ),
            )
            .into());
        }
        let mut violations = Violations::default();
        for (index, agent_id) in request.agent_ids.iter().enumerate() {
            violations.check(
                crate::ids::is_valid_client_id(agent_id),
                format!("agent_ids[{index}]"),
                format!("{agent_id:?} is not a valid agent id"),
            );
        }
        violations.finish()?;

        let mut distinct: Vec<String> = Vec::with_capacity(request.agent_ids.len());
        for agent_id in request.agent_ids {
            if !distinct.contains(&agent_id) {
                distinct.push(agent_id);
            }
        }
        let members = add_members(&self.db, &tenant_id, &request.queue_id, distinct).await?;
        Ok(Response::new(BatchAddQueueMembersResponse { members }))
    }

    async fn get_queue_stats(
        &self,
        request: Request<GetQueueStatsRequest>,
    ) -> Result<Response<QueueStats>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let queue_id = request.into_inner().queue_id;
        require_id(&queue_id, "queue_id")?;
        let queue = self.load(&tenant_id, &queue_id).await?;

        let now = self.clock.now();
        let (total, available) = db::queues::member_counts(&self.db, &tenant_id, &queue_id)
            .await
            .map_err(ApiError::from)?;
        let waiting = db::sessions::queued_since(&self.db, &tenant_id, &queue_id)
            .await
            .map_err(ApiError::from)?;
        let longest_wait = waiting
            .iter()
            .map(|since| (now - *since).num_seconds().max(0))
            .max()
            .unwrap_or(0);
        let hour_ago = now - chrono::TimeDelta::hours(1);
        let left = db::sessions::left_queue_since(&self.db, &tenant_id, &queue_id, hour_ago)
            .await
            .map_err(ApiError::from)?;
        Ok(Response::new(QueueStats {
            queue_id,
            sessions_waiting: saturate(waiting.len() as i64),
            longest_wait_seconds: saturate(longest_wait),
            members_available: saturate(available),
            members_total: saturate(total),
            service_level_percent: service_level(&left, queue.max_wait_seconds),
            compute_time: timestamp(now),
        }))
    }
}

/// Adds agents to a queue and maps the outcome to API errors.
async fn add_members(
    db: &Db,
    tenant_id: &str,
    queue_id: &str,
    agent_ids: Vec<String>,
) -> Result<Vec<QueueMember>, ApiError> {
    match db::queues::add_members(db, tenant_id, queue_id, &agent_ids).await? {
        AddMembers::Added(rows) => Ok(rows.into_iter().map(member_to_proto).collect()),
        AddMembers::QueueNotFound => Err(not_found(queue_id)),
        AddMembers::AgentsNotFound(missing) => Err(ApiError::NotFound {
            resource: "agent",
            id: missing.join(", "),
        }),
    }
}

/// Validates one field of `source` and writes it into `row`.
fn apply_field(row: &mut QueueRow, source: &Queue, field: &str, violations: &mut Violations) {
    match field {
        "name" => {
            check_text(&source.name, "queue.name", MAX_NAME_CHARS, violations);
            row.name = source.name.trim().to_owned();
        }
        "skills" => row.skills = skills_json(&source.skills, violations),
        "priority" => row.priority = priority_name(source.priority, violations),
        "max_wait_seconds" => {
            violations.check(
                (0..=MAX_WAIT_SECONDS).contains(&source.max_wait_seconds),
                "queue.max_wait_seconds",
                format!(
                    "{} is out of range; use 0 to {MAX_WAIT_SECONDS} seconds",
                    source.max_wait_seconds
                ),
            );
            row.max_wait_seconds = source.max_wait_seconds;
        }
        "max_queue_size" => {
            if let Some(size) = source.max_queue_size {
                violations.check(
                    (1..=MAX_QUEUE_SIZE).contains(&size),
                    "queue.max_queue_size",
                    format!(
                        "{size} is out of range; use 1 to {MAX_QUEUE_SIZE}, or omit it for no limit"
                    ),
                );
            }
            row.max_queue_size = source.max_queue_size;
        }
        "overflow" => {
            apply_field(row, source, "overflow.action", violations);
            apply_field(row, source, "overflow.target_queue_id", violations);
        }
        "overflow.action" => {
            let action = source
                .overflow
                .as_ref()
                .map(|o| o.action)
                .unwrap_or_default();
            row.overflow_action = overflow_action_name(action, violations);
        }
        "overflow.target_queue_id" => {
            let target = source
                .overflow
                .as_ref()
                .map(|o| o.target_queue_id.clone())
                .unwrap_or_default();
            row.overflow_target_queue_id = (!target.is_empty()).then_some(target);
        }
        _ => unreachable!("mask_fields admits only updatable fields"),
    }
}

/// Requires a target with action `queue` and forbids one with any other action.
fn check_overflow_pair(row: &QueueRow, violations: &mut Violations) {
    if row.overflow_action.is_empty() {
        return;
    }
    let wants_target = row.overflow_action == "queue";
    match (&row.overflow_target_queue_id, wants_target) {
        (None, true) => violations.add(
            "queue.overflow.target_queue_id",
            "is required with overflow action queue; name the queue that takes the sessions",
        ),
        (Some(_), false) => violations.add(
            "queue.overflow.target_queue_id",
            format!(
                "is only allowed with overflow action queue, not {}; remove it",
                row.overflow_action
            ),
        ),
        _ => {}
    }
}

fn skills_json(skills: &[String], violations: &mut Violations) -> String {
    if skills.len() > MAX_SKILLS {
        violations.add(
            "queue.skills",
            format!("has {} skills; the maximum is {MAX_SKILLS}", skills.len()),
        );
    }
    let mut distinct: Vec<&str> = Vec::new();
    for (index, skill) in skills.iter().enumerate() {
        let skill = skill.trim();
        violations.check(
            !skill.is_empty() && skill.chars().count() <= MAX_SKILL_CHARS,
            format!("queue.skills[{index}]"),
            format!("must be 1 to {MAX_SKILL_CHARS} characters"),
        );
        if !distinct.contains(&skill) {
            distinct.push(skill);
        }
    }
    serde_json::to_string(&distinct).expect("a list of strings serializes")
}

fn priority_name(value: i32, violations: &mut Violations) -> String {
    match Priority::try_from(value) {
        Ok(Priority::Unspecified) => "normal".to_owned(),
        Ok(priority) => short_name(priority.as_str_name(), "PRIORITY_"),
        Err(_) => {
            violations.add(
                "queue.priority",
                format!("{value} is not a defined priority; use low, normal, high or urgent"),
            );
            String::new()
        }
    }
}

fn overflow_action_name(value: i32, violations: &mut Violations) -> String {
    match OverflowAction::try_from(value) {
        Ok(OverflowAction::Unspecified) => "disconnect".to_owned(),
        Ok(action) => short_name(action.as_str_name(), "OVERFLOW_ACTION_"),
        Err(_) => {
            violations.add(
                "queue.overflow.action",
                format!("{value} is not a defined overflow action; use queue, voicemail, callback or disconnect"),
            );
            String::new()
        }
    }
}

/// Converts a stored queue to its API form.
pub fn to_proto(row: &QueueRow) -> Queue {
    let priority =
        Priority::from_str_name(&full_name(&row.priority, "PRIORITY_")).unwrap_or_default();
    let action =
        OverflowAction::from_str_name(&full_name(&row.overflow_action, "OVERFLOW_ACTION_"))
            .unwrap_or_default();
    Queue {
        id: row.id.clone(),
        name: row.name.clone(),
        skills: serde_json::from_str(&row.skills).unwrap_or_default(),
        priority: priority as i32,
        max_wait_seconds: row.max_wait_seconds,
        max_queue_size: row.max_queue_size,
        overflow: Some(Overflow {
            action: action as i32,
            target_queue_id: row.overflow_target_queue_id.clone().unwrap_or_default(),
        }),
        create_time: timestamp(row.create_time),
        update_time: timestamp(row.update_time),
        etag: etag(row.create_time, row.revision),
    }
}

fn member_to_proto(row: db::models::QueueMemberRow) -> QueueMember {
    QueueMember {
        queue_id: row.queue_id,
        agent_id: row.agent_id,
        create_time: timestamp(row.create_time),
    }
}

/// The service level of the last hour: the percentage of sessions that left the wait and
/// were connected within `max_wait_seconds` (20 seconds when the queue has no wait limit);
/// 100 when no session left the wait.
fn service_level(
    left: &[(chrono::NaiveDateTime, Option<chrono::NaiveDateTime>)],
    max_wait_seconds: i32,
) -> i32 {
    if left.is_empty() {
        return 100;
    }
    let target = if max_wait_seconds > 0 {
        i64::from(max_wait_seconds)
    } else {
        20
    };
    let answered = left
        .iter()
        .filter(|(enqueued, connected)| {
            connected.is_some_and(|at| (at - *enqueued).num_seconds() <= target)
        })
        .count();
    (answered * 100 / left.len()) as i32
}

fn saturate(value: i64) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}
