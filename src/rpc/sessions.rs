//! `globemeet.v1.SessionService`: customer interactions and their lifecycle, and the overflow
//! rule that the background job and session creation apply.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use serde_json::{Value, json};
use tonic::{Request, Response, Status};

use super::{check_text, etag, full_name, require_id, resource_id, short_name, timestamp};
use crate::{
    caller::Caller,
    clock::Clock,
    db::{
        self, Db, DbError,
        events::NewEvent,
        models::{QueueRow, SessionRow, SessionTransitionRow},
    },
    error::{ApiError, Violations},
    list::{FieldType, FilterField, ListSpec, OrderField},
    proto::{
        globemeet::v1::{
            AcceptSessionRequest, Channel, CreateSessionRequest, EndReason, EndSessionRequest,
            GetSessionRequest, HoldSessionRequest, ListSessionsRequest, ListSessionsResponse,
            OfferSessionRequest, Priority, ResumeSessionRequest, Session, SessionState,
            SessionTransition, TransferSessionRequest, WrapUpSessionRequest,
            session_service_server::SessionService,
        },
        json::render_message,
    },
};

const RESOURCE: &str = "session";
const MAX_CUSTOMER_REF_CHARS: usize = 200;
const MAX_ATTRIBUTES: usize = 50;
const MAX_ATTRIBUTE_KEY_CHARS: usize = 64;
const MAX_ATTRIBUTE_VALUE_CHARS: usize = 1000;

/// How many overdue sessions one overflow job round handles.
const OVERFLOW_BATCH: i64 = 500;

/// What session lists filter and sort on.
pub const SESSION_LIST: ListSpec = ListSpec {
    collection: "sessions",
    filter_fields: &[
        FilterField {
            name: "id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "state",
            field_type: FieldType::Enum(&["queued", "offered", "connected", "wrap_up", "ended"]),
        },
        FilterField {
            name: "queue_id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "agent_id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "channel",
            field_type: FieldType::Enum(&["voice", "chat", "email", "video"]),
        },
        FilterField {
            name: "customer_ref",
            field_type: FieldType::String,
        },
        FilterField {
            name: "create_time",
            field_type: FieldType::Timestamp,
        },
        FilterField {
            name: "end_time",
            field_type: FieldType::Timestamp,
        },
    ],
    order_fields: &[
        OrderField {
            name: "create_time",
        },
        OrderField { name: "priority" },
        OrderField { name: "id" },
    ],
    id_field: "id",
};

/// The session service over the data layer.
#[derive(Clone)]
pub struct SessionApi {
    db: Db,
    clock: Clock,
}

/// A lifecycle method and its argument.
#[derive(Debug, Clone)]
enum Action {
    Offer { agent_id: String },
    Accept,
    Hold,
    Resume,
    WrapUp,
    End { reason: Option<String> },
    Transfer { queue_id: String },
}

impl Action {
    fn method(&self) -> &'static str {
        match self {
            Action::Offer { .. } => ":offer",
            Action::Accept => ":accept",
            Action::Hold => ":hold",
            Action::Resume => ":resume",
            Action::WrapUp => ":wrapUp",
            Action::End { .. } => ":end",
            Action::Transfer { .. } => ":transfer",
        }
    }
}

impl SessionApi {
    pub fn new(db: Db, clock: Clock) -> Self {
        Self { db, clock }
    }

    async fn load(&self, tenant_id: &str, session_id: &str) -> Result<SessionRow, ApiError> {
        db::sessions::get(&self.db, tenant_id, session_id)
            .await?
            .ok_or_else(|| ApiError::NotFound {
                resource: RESOURCE,
                id: session_id.to_owned(),
            })
    }

    async fn with_history(&self, row: SessionRow) -> Result<Session, ApiError> {
        let history = db::sessions::history(&self.db, &row.tenant_id, &row.id).await?;
        Ok(to_proto(&row, &history))
    }

    /// Applies a lifecycle method and returns the session afterwards.
    async fn act(
        &self,
        tenant_id: &str,
        session_id: &str,
        action: Action,
    ) -> Result<Session, ApiError> {
        require_id(session_id, "session_id")?;
        let current = self.load(tenant_id, session_id).await?;
        let target = self.check_action(&current, &action).await?;

        let now = db::time::now();
        let (next, event_type) = transition(&current, &action, now)?;
        let history = db::sessions::history(&self.db, tenant_id, session_id).await?;
        let max_queued = target.as_ref().and_then(|queue| queue.max_queue_size);
        let committed = commit_arrival(
            &self.db,
            &current,
            next.clone(),
            event_type,
            history,
            Vec::new(),
            max_queued,
        )
        .await?;
        match (committed, target) {
            (Some((_, true)), Some(queue)) => {
                tracing::info!(tenant_id, session_id, event_type, "session transition");
                overflow(&self.db, &next, &queue, "max_size", self.clock.now()).await?;
                let row = self.load(tenant_id, session_id).await?;
                self.with_history(row).await
            }
            (Some((session, _)), _) => {
                tracing::info!(tenant_id, session_id, event_type, "session transition");
                Ok(session)
            }
            (None, _) => Err(ApiError::Aborted {
                reason: "CONCURRENT_UPDATE",
                message: format!(
                    "session {session_id:?} changed during {}; get it and retry",
                    action.method()
                ),
            }),
        }
    }

    /// Checks what a transition needs beyond the session itself: the offered agent and the
    /// transfer target. Returns the target queue of a transfer.
    async fn check_action(
        &self,
        current: &SessionRow,
        action: &Action,
    ) -> Result<Option<QueueRow>, ApiError> {
        match action {
            Action::Offer { agent_id } => self.check_offer(current, agent_id).await.map(|()| None),
            Action::Transfer { queue_id } => {
                require_id(queue_id, "queue_id")?;
                let Some(queue) = db::queues::get(&self.db, &current.tenant_id, queue_id).await?
                else {
                    return Err(ApiError::NotFound {
                        resource: "queue",
                        id: queue_id.clone(),
                    });
                };
                if *queue_id == current.queue_id {
                    return Err(ApiError::invalid(
                        "queue_id",
                        format!("is already the session's queue {queue_id:?}; name another queue"),
                    ));
                }
                Ok(Some(queue))
            }
            _ => Ok(None),
        }
    }

    async fn check_offer(&self, current: &SessionRow, agent_id: &str) -> Result<(), ApiError> {
        require_id(agent_id, "agent_id")?;
        let agent = db::agents::get(&self.db, &current.tenant_id, agent_id)
            .await?
            .ok_or_else(|| ApiError::NotFound {
                resource: "agent",
                id: agent_id.to_owned(),
            })?;
        let (members, _) = db::queues::member_counts_for(
            &self.db,
            &current.tenant_id,
            &current.queue_id,
            agent_id,
        )
        .await?;
        if members == 0 {
            return Err(ApiError::FailedPrecondition {
                reason: "AGENT_NOT_QUEUE_MEMBER",
                message: format!(
                    "agent {agent_id:?} is not a member of queue {:?}; add the agent to the queue first",
                    current.queue_id
                ),
            });
        }
        if agent.presence != "available" {
            return Err(ApiError::FailedPrecondition {
                reason: "AGENT_NOT_AVAILABLE",
                message: format!(
                    "agent {agent_id:?} is {}; only available agents are offered sessions",
                    agent.presence
                ),
            });
        }
        Ok(())
    }
}

#[tonic::async_trait]
impl SessionService for SessionApi {
    async fn create_session(
        &self,
        request: Request<CreateSessionRequest>,
    ) -> Result<Response<Session>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let session = request
            .into_inner()
            .session
            .ok_or_else(|| ApiError::required("session"))?;

        let mut violations = Violations::default();
        let id = resource_id(&session.id, "ses", "session.id", &mut violations);
        let channel = match Channel::try_from(session.channel) {
            Ok(Channel::Unspecified) => {
                violations.missing("session.channel");
                String::new()
            }
            Ok(channel) => short_name(channel.as_str_name(), "CHANNEL_"),
            Err(_) => {
                violations.add(
                    "session.channel",
                    format!(
                        "{} is not a defined channel; use voice, chat, email or video",
                        session.channel
                    ),
                );
                String::new()
            }
        };
        if !session.customer_ref.is_empty() {
            check_text(
                &session.customer_ref,
                "session.customer_ref",
                MAX_CUSTOMER_REF_CHARS,
                &mut violations,
            );
        }
        let attributes = checked_attributes(&session.attributes, &mut violations);
        let requested_priority = match Priority::try_from(session.priority) {
            Ok(Priority::Unspecified) => None,
            Ok(priority) => Some(short_name(priority.as_str_name(), "PRIORITY_")),
            Err(_) => {
                violations.add(
                    "session.priority",
                    format!(
                        "{} is not a defined priority; use low, normal, high or urgent",
                        session.priority
                    ),
                );
                None
            }
        };
        if session.queue_id.is_empty() {
            violations.missing("session.queue_id");
        }
        violations.finish()?;
        require_id(&session.queue_id, "session.queue_id")?;

        let queue = db::queues::get(&self.db, &tenant_id, &session.queue_id)
            .await
            .map_err(ApiError::from)?
            .ok_or_else(|| ApiError::NotFound {
                resource: "queue",
                id: session.queue_id.clone(),
            })?;
        let priority = requested_priority.unwrap_or_else(|| queue.priority.clone());
        let now = db::time::now();
        let row = SessionRow {
            tenant_id: tenant_id.clone(),
            id,
            queue_id: queue.id.clone(),
            agent_id: None,
            channel,
            customer_ref: session.customer_ref.trim().to_owned(),
            priority_rank: priority_rank(&priority),
            priority,
            attributes,
            state: "queued".to_owned(),
            held: false,
            end_reason: None,
            enqueue_time: now,
            offer_time: None,
            connect_time: None,
            wrap_up_time: None,
            end_time: None,
            overflow_time: None,
            sequence: 1,
            create_time: now,
            update_time: now,
            revision: 1,
        };
        let transition = transition_row(&row);
        let created = to_proto(&row, std::slice::from_ref(&transition));
        let event = session_event(&row, "session.created", &created);

        let inserted = db::sessions::insert(
            &self.db,
            &row,
            &transition,
            vec![event],
            queue.max_queue_size,
        )
        .await;
        let full = match inserted {
            Ok(full) => full,
            Err(DbError::UniqueViolation(_)) => {
                return Err(ApiError::AlreadyExists {
                    resource: RESOURCE,
                    id: row.id,
                }
                .into());
            }
            Err(error) => return Err(ApiError::from(error).into()),
        };
        tracing::info!(tenant_id = %tenant_id, session_id = %row.id, queue_id = %queue.id, "session created");

        if full {
            overflow(&self.db, &row, &queue, "max_size", self.clock.now())
                .await
                .map_err(ApiError::from)?;
            let row = self.load(&tenant_id, &row.id).await?;
            return Ok(Response::new(self.with_history(row).await?));
        }
        Ok(Response::new(created))
    }

    async fn get_session(
        &self,
        request: Request<GetSessionRequest>,
    ) -> Result<Response<Session>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let session_id = request.into_inner().session_id;
        require_id(&session_id, "session_id")?;
        let row = self.load(&tenant_id, &session_id).await?;
        Ok(Response::new(self.with_history(row).await?))
    }

    async fn list_sessions(
        &self,
        request: Request<ListSessionsRequest>,
    ) -> Result<Response<ListSessionsResponse>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        let query = SESSION_LIST.parse(
            &tenant_id,
            &request.filter,
            &request.order_by,
            request.page_size,
            &request.page_token,
        )?;
        let mut rows = db::sessions::list(&self.db, &tenant_id, &query)
            .await
            .map_err(ApiError::from)?;
        let next_page_token = query.finish(&mut rows, db::sessions::cursor);
        let sessions = rows.iter().map(|row| to_proto(row, &[])).collect();
        Ok(Response::new(ListSessionsResponse {
            sessions,
            next_page_token,
        }))
    }

    async fn offer_session(
        &self,
        request: Request<OfferSessionRequest>,
    ) -> Result<Response<Session>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        let action = Action::Offer {
            agent_id: request.agent_id,
        };
        Ok(Response::new(
            self.act(&tenant_id, &request.session_id, action).await?,
        ))
    }

    async fn accept_session(
        &self,
        request: Request<AcceptSessionRequest>,
    ) -> Result<Response<Session>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let session_id = request.into_inner().session_id;
        Ok(Response::new(
            self.act(&tenant_id, &session_id, Action::Accept).await?,
        ))
    }

    async fn hold_session(
        &self,
        request: Request<HoldSessionRequest>,
    ) -> Result<Response<Session>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let session_id = request.into_inner().session_id;
        Ok(Response::new(
            self.act(&tenant_id, &session_id, Action::Hold).await?,
        ))
    }

    async fn resume_session(
        &self,
        request: Request<ResumeSessionRequest>,
    ) -> Result<Response<Session>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let session_id = request.into_inner().session_id;
        Ok(Response::new(
            self.act(&tenant_id, &session_id, Action::Resume).await?,
        ))
    }

    async fn wrap_up_session(
        &self,
        request: Request<WrapUpSessionRequest>,
    ) -> Result<Response<Session>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let session_id = request.into_inner().session_id;
        Ok(Response::new(
            self.act(&tenant_id, &session_id, Action::WrapUp).await?,
        ))
    }

    async fn end_session(
        &self,
        request: Request<EndSessionRequest>,
    ) -> Result<Response<Session>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        let reason = match EndReason::try_from(request.end_reason) {
            Ok(EndReason::Unspecified) => None,
            Ok(EndReason::Overflowed) => {
                return Err(ApiError::invalid("end_reason", "overflowed is set by the queue's overflow rule; use completed, abandoned or disconnected").into());
            }
            Ok(reason) => Some(short_name(reason.as_str_name(), "END_REASON_")),
            Err(_) => {
                return Err(ApiError::invalid(
                    "end_reason",
                    format!(
                        "{} is not a defined end reason; use completed, abandoned or disconnected",
                        request.end_reason
                    ),
                )
                .into());
            }
        };
        Ok(Response::new(
            self.act(&tenant_id, &request.session_id, Action::End { reason })
                .await?,
        ))
    }

    async fn transfer_session(
        &self,
        request: Request<TransferSessionRequest>,
    ) -> Result<Response<Session>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        let action = Action::Transfer {
            queue_id: request.queue_id,
        };
        Ok(Response::new(
            self.act(&tenant_id, &request.session_id, action).await?,
        ))
    }
}

/// The row after `action`, and the event type it emits; FAILED_PRECONDITION naming the current
/// state when the state machine does not allow it.
fn transition(
    current: &SessionRow,
    action: &Action,
    now: NaiveDateTime,
) -> Result<(SessionRow, &'static str), ApiError> {
    let mut next = current.clone();
    let state = current.state.as_str();
    let event_type = match (action, state) {
        (Action::Offer { agent_id }, "queued") => {
            next.state = "offered".to_owned();
            next.agent_id = Some(agent_id.clone());
            next.offer_time = Some(now);
            "session.offered"
        }
        (Action::Accept, "offered") => {
            next.state = "connected".to_owned();
            next.connect_time = Some(now);
            "session.connected"
        }
        (Action::Hold, "connected") if !current.held => {
            next.held = true;
            "session.held"
        }
        (Action::Resume, "connected") if current.held => {
            next.held = false;
            "session.resumed"
        }
        (Action::WrapUp, "connected") => {
            next.state = "wrap_up".to_owned();
            next.held = false;
            next.wrap_up_time = Some(now);
            "session.wrap_up"
        }
        (Action::End { reason }, state) if state != "ended" => {
            let default = if matches!(state, "queued" | "offered") {
                "abandoned"
            } else {
                "completed"
            };
            next.state = "ended".to_owned();
            next.held = false;
            next.end_reason = Some(reason.clone().unwrap_or_else(|| default.to_owned()));
            next.end_time = Some(now);
            "session.ended"
        }
        (Action::Transfer { queue_id }, state) if state != "ended" => {
            next.state = "queued".to_owned();
            next.queue_id = queue_id.clone();
            next.agent_id = None;
            next.held = false;
            next.enqueue_time = now;
            next.overflow_time = None;
            "session.transferred"
        }
        (action, state) => {
            let detail = match (action, current.held) {
                (Action::Hold, true) => " and already on hold".to_owned(),
                (Action::Resume, false) if state == "connected" => " and not on hold".to_owned(),
                _ => String::new(),
            };
            return Err(ApiError::FailedPrecondition {
                reason: "INVALID_SESSION_STATE",
                message: format!(
                    "session {:?} is {state}{detail}; {} is not allowed in that state",
                    current.id,
                    action.method()
                ),
            });
        }
    };
    next.sequence = current.sequence + 1;
    next.update_time = now;
    next.revision = current.revision + 1;
    Ok((next, event_type))
}

/// Stores a transition with its event (and `extra` events) when `current` is still the stored
/// revision. Returns the session afterwards, or `None` when another change won.
async fn commit(
    db: &Db,
    current: &SessionRow,
    next: SessionRow,
    event_type: &'static str,
    history: Vec<SessionTransitionRow>,
    extra: Vec<NewEvent>,
) -> Result<Option<Session>, DbError> {
    let stored = commit_arrival(db, current, next, event_type, history, extra, None).await?;
    Ok(stored.map(|(session, _)| session))
}

/// Stores a transition like [`commit`], and for a session that arrives in a queue with a
/// `max_queued` limit also returns whether that queue was full before it arrived.
async fn commit_arrival(
    db: &Db,
    current: &SessionRow,
    next: SessionRow,
    event_type: &'static str,
    mut history: Vec<SessionTransitionRow>,
    extra: Vec<NewEvent>,
    max_queued: Option<i32>,
) -> Result<Option<(Session, bool)>, DbError> {
    let transition = transition_row(&next);
    history.push(transition.clone());
    let session = to_proto(&next, &history);
    let mut events = extra;
    events.push(session_event(&next, event_type, &session));
    let stored = db::sessions::update(
        db,
        &next,
        current.revision,
        &[transition],
        events,
        max_queued,
    )
    .await?;
    Ok(stored.map(|full| (session, full)))
}

fn transition_row(row: &SessionRow) -> SessionTransitionRow {
    SessionTransitionRow {
        tenant_id: row.tenant_id.clone(),
        session_id: row.id.clone(),
        sequence: row.sequence,
        state: row.state.clone(),
        queue_id: row.queue_id.clone(),
        agent_id: row.agent_id.clone(),
        held: row.held,
        transition_time: row.update_time,
    }
}

fn session_event(row: &SessionRow, event_type: &'static str, session: &Session) -> NewEvent {
    NewEvent {
        tenant_id: row.tenant_id.clone(),
        event_type,
        data: render_message(session, "globemeet.v1.Session"),
    }
}

/// Applies the queue's overflow action to a session that waited too long (`max_wait`) or
/// arrived at a full queue (`max_size`): it moves to the target queue or ends as `overflowed`,
/// with one `queue.overflow` event. Returns whether this call applied it; a session that
/// changed meanwhile (another process overflowed it, or an agent took it) is left alone.
pub async fn overflow(
    db: &Db,
    session: &SessionRow,
    queue: &QueueRow,
    trigger: &str,
    now: NaiveDateTime,
) -> Result<bool, DbError> {
    let waited_seconds = (now - session.enqueue_time).num_seconds().max(0);
    let history = db::sessions::history(db, &session.tenant_id, &session.id).await?;

    let mut next = session.clone();
    next.overflow_time = Some(now);
    let target = queue
        .overflow_target_queue_id
        .clone()
        .filter(|_| queue.overflow_action == "queue");
    let event_type = match &target {
        Some(target_queue_id) => {
            next.queue_id = target_queue_id.clone();
            next.enqueue_time = now;
            next.overflow_time = None;
            "session.transferred"
        }
        None => {
            next.state = "ended".to_owned();
            next.end_reason = Some("overflowed".to_owned());
            next.end_time = Some(now);
            "session.ended"
        }
    };
    next.sequence = session.sequence + 1;
    next.update_time = now;
    next.revision = session.revision + 1;

    let mut data = render_message(&super::queues::to_proto(queue), "globemeet.v1.Queue");
    if let Value::Object(fields) = &mut data {
        fields.insert("session_id".to_owned(), json!(session.id));
        fields.insert("trigger".to_owned(), json!(trigger));
        fields.insert("waited_seconds".to_owned(), json!(waited_seconds));
        fields.insert("action".to_owned(), json!(queue.overflow_action));
        fields.insert(
            "target_queue_id".to_owned(),
            json!(target.clone().unwrap_or_default()),
        );
    }
    let overflow_event = NewEvent {
        tenant_id: session.tenant_id.clone(),
        event_type: "queue.overflow",
        data,
    };
    let applied = commit(db, session, next, event_type, history, vec![overflow_event])
        .await?
        .is_some();
    if applied {
        tracing::info!(
            tenant_id = %session.tenant_id,
            session_id = %session.id,
            queue_id = %queue.id,
            trigger,
            waited_seconds,
            action = %queue.overflow_action,
            "session overflowed"
        );
    }
    Ok(applied)
}

/// One round of the overflow job: every queued session past its queue's wait limit gets the
/// overflow action. Returns how many this process applied.
pub async fn overflow_due(db: &Db, now: NaiveDateTime) -> Result<usize, DbError> {
    let due = db::sessions::overdue(db, now, OVERFLOW_BATCH).await?;
    let mut applied = 0;
    for session in due {
        let Some(queue) = db::queues::get(db, &session.tenant_id, &session.queue_id).await? else {
            continue;
        };
        if overflow(db, &session, &queue, "max_wait", now).await? {
            applied += 1;
        }
    }
    Ok(applied)
}

fn checked_attributes(attributes: &HashMap<String, String>, violations: &mut Violations) -> String {
    if attributes.len() > MAX_ATTRIBUTES {
        violations.add(
            "session.attributes",
            format!(
                "has {} keys; the maximum is {MAX_ATTRIBUTES}",
                attributes.len()
            ),
        );
    }
    let mut sorted: Vec<(&String, &String)> = attributes.iter().collect();
    sorted.sort();
    for (key, value) in &sorted {
        let field = format!("session.attributes[{key:?}]");
        let key_chars = key.chars().count();
        violations.check(
            (1..=MAX_ATTRIBUTE_KEY_CHARS).contains(&key_chars)
                && !key.chars().any(char::is_control),
            field.clone(),
            format!(
                "keys must be 1 to {MAX_ATTRIBUTE_KEY_CHARS} characters without control characters"
            ),
        );
        violations.check(
            value.chars().count() <= MAX_ATTRIBUTE_VALUE_CHARS && !value.contains('\0'),
            field,
            format!("values must be at most {MAX_ATTRIBUTE_VALUE_CHARS} characters without NUL"),
        );
    }
    let map: serde_json::Map<String, Value> = sorted
        .into_iter()
        .map(|(key, value)| (key.clone(), Value::String(value.clone())))
        .collect();
    Value::Object(map).to_string()
}

fn priority_rank(priority: &str) -> i32 {
    match priority {
        "low" => 1,
        "high" => 3,
        "urgent" => 4,
        _ => 2,
    }
}

fn enum_value<E>(stored: &str, prefix: &str, parse: fn(&str) -> Option<E>) -> i32
where
    E: Into<i32>,
{
    parse(&full_name(stored, prefix)).map_or(0, Into::into)
}

/// Converts a stored session and its history to the API form.
pub fn to_proto(row: &SessionRow, history: &[SessionTransitionRow]) -> Session {
    let attributes: HashMap<String, String> =
        serde_json::from_str(&row.attributes).unwrap_or_default();
    Session {
        id: row.id.clone(),
        queue_id: row.queue_id.clone(),
        agent_id: row.agent_id.clone().unwrap_or_default(),
        channel: enum_value(&row.channel, "CHANNEL_", Channel::from_str_name),
        customer_ref: row.customer_ref.clone(),
        priority: enum_value(&row.priority, "PRIORITY_", Priority::from_str_name),
        attributes,
        state: enum_value(&row.state, "SESSION_STATE_", SessionState::from_str_name),
        held: row.held,
        end_reason: row.end_reason.as_deref().map_or(0, |reason| {
            enum_value(reason, "END_REASON_", EndReason::from_str_name)
        }),
        enqueue_time: timestamp(row.enqueue_time),
        offer_time: row.offer_time.and_then(timestamp),
        connect_time: row.connect_time.and_then(timestamp),
        wrap_up_time: row.wrap_up_time.and_then(timestamp),
        end_time: row.end_time.and_then(timestamp),
        sequence: i32::try_from(row.sequence).unwrap_or(i32::MAX),
        history: history
            .iter()
            .map(|transition| SessionTransition {
                sequence: i32::try_from(transition.sequence).unwrap_or(i32::MAX),
                state: enum_value(
                    &transition.state,
                    "SESSION_STATE_",
                    SessionState::from_str_name,
                ),
                queue_id: transition.queue_id.clone(),
                agent_id: transition.agent_id.clone().unwrap_or_default(),
                held: transition.held,
                time: timestamp(transition.transition_time),
            })
            .collect(),
        create_time: timestamp(row.create_time),
        update_time: timestamp(row.update_time),
        etag: etag(row.create_time, row.revision),
    }
}
