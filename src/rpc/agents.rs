//! `globemeet.v1.AgentService`: agents and their presence.

use serde::{Deserialize, Serialize};
use tonic::{Request, Response, Status};

use super::{
    check_text, check_unchanged, etag, expected_revision, full_name, mask_fields, require_id,
    resource_id, short_name, timestamp,
};
use crate::{
    caller::Caller,
    db::events::NewEvent,
    db::{self, Db, DbError, models::AgentRow},
    error::{ApiError, Violations},
    list::{FieldType, FilterField, ListSpec, OrderField},
    proto::globemeet::v1::{
        Agent, AgentSkill, CreateAgentRequest, DeleteAgentRequest, GetAgentRequest,
        ListAgentsRequest, ListAgentsResponse, Presence, RoutingState, SetAgentPresenceRequest,
        UpdateAgentRequest, agent_service_server::AgentService,
    },
    proto::json::render_message,
};

const RESOURCE: &str = "agent";

/// What agent lists filter and sort on.
pub const AGENT_LIST: ListSpec = ListSpec {
    collection: "agents",
    filter_fields: &[
        FilterField {
            name: "id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "display_name",
            field_type: FieldType::String,
        },
        FilterField {
            name: "email",
            field_type: FieldType::String,
        },
        FilterField {
            name: "skills",
            field_type: FieldType::StringList,
        },
        FilterField {
            name: "presence",
            field_type: FieldType::Enum(&["available", "busy", "away", "offline"]),
        },
        FilterField {
            name: "presence_time",
            field_type: FieldType::Timestamp,
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
        OrderField {
            name: "display_name",
        },
        OrderField {
            name: "presence_time",
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
const MAX_NAME_CHARS: usize = 200;
const MAX_EMAIL_CHARS: usize = 254;
const MAX_SKILLS: usize = 50;
const MAX_SKILL_CHARS: usize = 64;
const UPDATE_ATTEMPTS: usize = 3;

const UPDATABLE_FIELDS: &[&str] = &["display_name", "email", "skills"];

/// Fields the server sets or that change through their own method; an update mask naming them
/// is accepted as long as the value is unchanged, so a client can send back an agent it read.
const SERVER_FIELDS: &[&str] = &[
    "id",
    "etag",
    "create_time",
    "update_time",
    "routing_state",
    "presence_time",
];

/// A skill as stored in the `skills` JSON column.
#[derive(Debug, Serialize, Deserialize)]
struct StoredSkill {
    name: String,
    proficiency: i32,
}

/// The agent service over the data layer.
#[derive(Clone)]
pub struct AgentApi {
    db: Db,
}

impl AgentApi {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    /// Converts rows to the API form with each agent's routing state.
    async fn render(&self, tenant_id: &str, rows: &[AgentRow]) -> Result<Vec<Agent>, ApiError> {
        let ids: Vec<String> = rows.iter().map(|row| row.id.clone()).collect();
        let states = db::sessions::agent_states(&self.db, tenant_id, &ids).await?;
        Ok(rows
            .iter()
            .map(|row| to_proto(row, routing_state(&row.id, &states)))
            .collect())
    }

    async fn render_one(&self, row: &AgentRow) -> Result<Agent, ApiError> {
        let mut agents = self
            .render(&row.tenant_id, std::slice::from_ref(row))
            .await?;
        Ok(agents.remove(0))
    }

    async fn load(&self, tenant_id: &str, agent_id: &str) -> Result<AgentRow, ApiError> {
        db::agents::get(&self.db, tenant_id, agent_id)
            .await?
            .ok_or_else(|| ApiError::NotFound {
                resource: RESOURCE,
                id: agent_id.to_owned(),
            })
    }
}

#[tonic::async_trait]
impl AgentService for AgentApi {
    async fn create_agent(
        &self,
        request: Request<CreateAgentRequest>,
    ) -> Result<Response<Agent>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let agent = request
            .into_inner()
            .agent
            .ok_or_else(|| ApiError::required("agent"))?;

        let mut violations = Violations::default();
        let id = resource_id(&agent.id, "agt", "agent.id", &mut violations);
        let presence = match agent.presence {
            0 => "offline".to_owned(),
            value => presence_name(value, "agent.presence", &mut violations),
        };
        let now = db::time::now();
        let mut row = AgentRow {
            tenant_id: tenant_id.clone(),
            id,
            display_name: String::new(),
            email: None,
            skills: String::new(),
            presence,
            presence_time: now,
            create_time: now,
            update_time: now,
            revision: 1,
        };
        for field in UPDATABLE_FIELDS {
            apply_field(&mut row, &agent, field, &mut violations);
        }
        violations.finish()?;

        let inserted = match db::licenses::get(&self.db, &tenant_id)
            .await
            .map_err(ApiError::from)?
        {
            Some(license) => db::agents::insert_within_seats(&self.db, &row, license.seats)
                .await
                .map(|inserted| (inserted, license.seats)),
            None => db::agents::insert(&self.db, &row).await.map(|()| (true, 0)),
        };
        match inserted {
            Ok((false, seats)) => {
                return Err(ApiError::FailedPrecondition {
                    reason: "LICENSE_SEATS_EXHAUSTED",
                    message: format!(
                        "the tenant's license allows {} and all seats are taken; delete an agent or raise the license's seats",
                        agent_count(seats)
                    ),
                }
                .into());
            }
            Ok((true, _)) => {}
            Err(DbError::UniqueViolation(_)) => {
                return Err(ApiError::AlreadyExists {
                    resource: RESOURCE,
                    id: row.id,
                }
                .into());
            }
            Err(error) => return Err(ApiError::from(error).into()),
        }
        tracing::info!(tenant_id = %row.tenant_id, agent_id = %row.id, "agent created");
        Ok(Response::new(self.render_one(&row).await?))
    }

    async fn get_agent(
        &self,
        request: Request<GetAgentRequest>,
    ) -> Result<Response<Agent>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let agent_id = request.into_inner().agent_id;
        require_id(&agent_id, "agent_id")?;

        let row = self.load(&tenant_id, &agent_id).await?;
        Ok(Response::new(self.render_one(&row).await?))
    }

    async fn list_agents(
        &self,
        request: Request<ListAgentsRequest>,
    ) -> Result<Response<ListAgentsResponse>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        let query = AGENT_LIST.parse(
            &tenant_id,
            &request.filter,
            &request.order_by,
            request.page_size,
            &request.page_token,
        )?;

        let mut rows = db::agents::list(&self.db, &tenant_id, &query)
            .await
            .map_err(ApiError::from)?;
        let next_page_token = query.finish(&mut rows, db::agents::cursor);
        let agents = self.render(&tenant_id, &rows).await?;
        Ok(Response::new(ListAgentsResponse {
            agents,
            next_page_token,
        }))
    }

    async fn update_agent(
        &self,
        request: Request<UpdateAgentRequest>,
    ) -> Result<Response<Agent>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.agent_id, "agent_id")?;
        let patch = request.agent.ok_or_else(|| ApiError::required("agent"))?;
        let paths = request
            .update_mask
            .map(|mask| mask.paths)
            .unwrap_or_default();
        let presence_named = paths.iter().any(|path| path == "presence");
        let fields = mask_fields(
            &paths,
            UPDATABLE_FIELDS,
            &[SERVER_FIELDS, &["presence"]].concat(),
            RESOURCE,
        )?;
        check_unchanged(&patch.id, &request.agent_id, "agent.id")?;

        for attempt in 1..=UPDATE_ATTEMPTS {
            let current = self.load(&tenant_id, &request.agent_id).await?;
            if !patch.etag.is_empty() && patch.etag != etag(current.create_time, current.revision) {
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }
            if presence_named && patch.presence != presence_value(&current.presence) {
                return Err(ApiError::invalid(
                    "agent.presence",
                    "cannot change through UpdateAgent; call SetAgentPresence (POST /v1/agents/{agent_id}:setPresence)",
                )
                .into());
            }

            let mut updated = current.clone();
            let mut violations = Violations::default();
            for field in &fields {
                apply_field(&mut updated, &patch, field, &mut violations);
            }
            violations.finish()?;

            updated.update_time = db::time::now();
            updated.revision = current.revision + 1;
            if db::agents::update(&self.db, &updated, current.revision)
                .await
                .map_err(ApiError::from)?
            {
                return Ok(Response::new(self.render_one(&updated).await?));
            }
            if !patch.etag.is_empty() {
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }
            tracing::debug!(agent_id = %current.id, attempt, "concurrent update won; retrying");
        }
        Err(ApiError::Aborted {
            reason: "CONCURRENT_UPDATE",
            message: format!(
                "agent {:?} is being changed concurrently; retry",
                request.agent_id
            ),
        }
        .into())
    }

    async fn delete_agent(
        &self,
        request: Request<DeleteAgentRequest>,
    ) -> Result<Response<()>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.agent_id, "agent_id")?;

        let current = self.load(&tenant_id, &request.agent_id).await?;
        let expected_revision = expected_revision(
            &request.etag,
            current.create_time,
            current.revision,
            RESOURCE,
            &current.id,
        )?;

        let deleted = db::agents::delete(&self.db, &tenant_id, &current.id, expected_revision)
            .await
            .map_err(ApiError::from)?;
        match (deleted, expected_revision) {
            (true, _) => {
                tracing::info!(tenant_id = %tenant_id, agent_id = %current.id, "agent deleted");
                Ok(Response::new(()))
            }
            (false, Some(_)) => Err(ApiError::etag_mismatch(RESOURCE, &current.id).into()),
            (false, None) => Err(ApiError::NotFound {
                resource: RESOURCE,
                id: current.id,
            }
            .into()),
        }
    }

    async fn set_agent_presence(
        &self,
        request: Request<SetAgentPresenceRequest>,
    ) -> Result<Response<Agent>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.agent_id, "agent_id")?;
        if request.presence == 0 {
            return Err(ApiError::required("presence").into());
        }
        let mut violations = Violations::default();
        let presence = presence_name(request.presence, "presence", &mut violations);
        violations.finish()?;

        let current = self.load(&tenant_id, &request.agent_id).await?;
        if current.presence == presence {
            return Ok(Response::new(self.render_one(&current).await?));
        }

        let now = db::time::now();
        let mut next = current.clone();
        next.presence = presence.clone();
        next.presence_time = now;
        next.update_time = now;
        next.revision = current.revision + 1;
        let agent = self.render_one(&next).await?;
        let mut data = render_message(&agent, "globemeet.v1.Agent");
        if let serde_json::Value::Object(fields) = &mut data {
            fields.insert(
                "previous_presence".to_owned(),
                serde_json::json!(current.presence),
            );
        }
        let event = NewEvent {
            tenant_id: tenant_id.clone(),
            event_type: "agent.presence_changed",
            data,
        };
        let stored = db::agents::update_with_events(&self.db, &next, current.revision, vec![event])
            .await
            .map_err(ApiError::from)?;
        if !stored {
            return Err(ApiError::Aborted {
                reason: "CONCURRENT_UPDATE",
                message: format!("agent {:?} changed meanwhile; retry", current.id),
            }
            .into());
        }
        tracing::info!(tenant_id = %tenant_id, agent_id = %next.id, presence, "agent presence set");
        Ok(Response::new(agent))
    }
}

/// Validates one field of `source` and writes it into `row`.
fn apply_field(row: &mut AgentRow, source: &Agent, field: &str, violations: &mut Violations) {
    match field {
        "display_name" => {
            check_text(
                &source.display_name,
                "agent.display_name",
                MAX_NAME_CHARS,
                violations,
            );
            row.display_name = source.display_name.trim().to_owned();
        }
        "email" => {
            let email = source.email.trim();
            if !email.is_empty() {
                violations.check(
                    is_plausible_email(email),
                    "agent.email",
                    format!("{email:?} is not an email address; use the form name@example.com, at most {MAX_EMAIL_CHARS} characters"),
                );
            }
            row.email = (!email.is_empty()).then(|| email.to_owned());
        }
        "skills" => row.skills = skills_json(&source.skills, violations),
        _ => unreachable!("mask_fields admits only updatable fields"),
    }
}

fn is_plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    email.len() <= MAX_EMAIL_CHARS
        && !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn skills_json(skills: &[AgentSkill], violations: &mut Violations) -> String {
    if skills.len() > MAX_SKILLS {
        violations.add(
            "agent.skills",
            format!("has {} skills; the maximum is {MAX_SKILLS}", skills.len()),
        );
    }
    let mut stored: Vec<StoredSkill> = Vec::with_capacity(skills.len());
    for (index, skill) in skills.iter().enumerate() {
        let name = skill.name.trim();
        let field = format!("agent.skills[{index}]");
        if name.is_empty() || name.chars().count() > MAX_SKILL_CHARS {
            violations.add(
                format!("{field}.name"),
                format!("must be 1 to {MAX_SKILL_CHARS} characters"),
            );
        }
        if stored.iter().any(|existing| existing.name == name) {
            violations.add(
                format!("{field}.name"),
                format!("{name:?} is listed twice; list each skill once"),
            );
        }
        let proficiency = if skill.proficiency == 0 {
            1
        } else {
            skill.proficiency
        };
        violations.check(
            (1..=5).contains(&proficiency),
            format!("{field}.proficiency"),
            format!("{proficiency} is out of range; use 1 to 5"),
        );
        stored.push(StoredSkill {
            name: name.to_owned(),
            proficiency,
        });
    }
    serde_json::to_string(&stored).expect("skills serialize")
}

fn presence_name(value: i32, field: &str, violations: &mut Violations) -> String {
    match Presence::try_from(value) {
        Ok(presence) if presence != Presence::Unspecified => {
            short_name(presence.as_str_name(), "PRESENCE_")
        }
        _ => {
            violations.add(
                field,
                format!("{value} is not a defined presence; use available, busy, away or offline"),
            );
            String::new()
        }
    }
}

fn presence_value(stored: &str) -> i32 {
    Presence::from_str_name(&full_name(stored, "PRESENCE_")).unwrap_or_default() as i32
}

/// Converts a stored agent to its API form.
pub fn to_proto(row: &AgentRow, routing_state: RoutingState) -> Agent {
    let skills: Vec<StoredSkill> = serde_json::from_str(&row.skills).unwrap_or_default();
    Agent {
        id: row.id.clone(),
        display_name: row.display_name.clone(),
        email: row.email.clone().unwrap_or_default(),
        skills: skills
            .into_iter()
            .map(|skill| AgentSkill {
                name: skill.name,
                proficiency: skill.proficiency,
            })
            .collect(),
        presence: presence_value(&row.presence),
        routing_state: routing_state as i32,
        presence_time: timestamp(row.presence_time),
        create_time: timestamp(row.create_time),
        update_time: timestamp(row.update_time),
        etag: etag(row.create_time, row.revision),
    }
}

/// The routing state of an agent from the states of its unfinished sessions: interacting while
/// connected to any, else wrapping up, else offered, else idle.
fn routing_state(agent_id: &str, states: &[(String, String)]) -> RoutingState {
    let mine = || {
        states
            .iter()
            .filter(|(agent, _)| agent == agent_id)
            .map(|(_, state)| state.as_str())
    };
    if mine().any(|state| state == "connected") {
        RoutingState::Interacting
    } else if mine().any(|state| state == "wrap_up") {
        RoutingState::WrapUp
    } else if mine().any(|state| state == "offered") {
        RoutingState::Offered
    } else {
        RoutingState::Idle
    }
}

/// Returns "1 agent" or "N agents".
fn agent_count(seats: i32) -> String {
    if seats == 1 {
        "1 agent".to_owned()
    } else {
        format!("{seats} agents")
    }
}

#[cfg(test)]
mod tests {
    use super::agent_count;

    #[test]
    fn agent_count_is_singular_for_one_seat() {
        assert_eq!(agent_count(1), "1 agent");
        assert_eq!(agent_count(4), "4 agents");
    }
}
