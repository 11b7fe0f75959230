//! `globemeet.v1.EvaluationService`: QA evaluations of sessions against published scorecard
//! versions, scored on every write, final once submitted.

use tonic::{Request, Response, Status};

use super::{
    check_unchanged, etag, full_name, mask_fields, require_id, resource_id, scorecards, timestamp,
};
use crate::{
    caller::Caller,
    db::{self, Db, DbError, models::EvaluationRow},
    error::{ApiError, Violations},
    ids,
    list::{FieldType, FilterField, ListSpec, OrderField},
    proto::{
        globemeet::v1::{
            CreateEvaluationRequest, DeleteEvaluationRequest, Evaluation, EvaluationAnswer,
            EvaluationState, GetEvaluationRequest, ListEvaluationsRequest, ListEvaluationsResponse,
            SubmitEvaluationRequest, UpdateEvaluationRequest, evaluation_answer,
            evaluation_service_server::EvaluationService,
        },
        json::render_message,
    },
    qa,
};

const RESOURCE: &str = "evaluation";

/// The filterable and sortable fields of evaluation lists, which is how QA scores are pulled by
/// agent, queue, scorecard, state, submit time and score.
pub const EVALUATION_LIST: ListSpec = ListSpec {
    collection: "evaluations",
    filter_fields: &[
        FilterField {
            name: "id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "agent_id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "queue_id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "session_id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "scorecard_id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "scorecard_version",
            field_type: FieldType::Integer,
        },
        FilterField {
            name: "evaluator_id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "state",
            field_type: FieldType::Enum(&["draft", "submitted"]),
        },
        FilterField {
            name: "score",
            field_type: FieldType::Integer,
        },
        FilterField {
            name: "raw_score",
            field_type: FieldType::Integer,
        },
        FilterField {
            name: "auto_fail",
            field_type: FieldType::Bool,
        },
        FilterField {
            name: "submit_time",
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
        OrderField { name: "score" },
        OrderField { name: "raw_score" },
        OrderField {
            name: "submit_time",
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

const MAX_COMMENT_CHARS: usize = 4000;
/// How often an update without an etag is retried when a concurrent update wins.
const UPDATE_ATTEMPTS: usize = 3;

/// The fields an update mask may name.
const UPDATABLE_FIELDS: &[&str] = &["answers", "comment"];

/// Fields fixed on create; a mask may name them only with their current value, so a client
/// can send back an evaluation it read.
const IMMUTABLE_FIELDS: &[&str] = &[
    "scorecard_id",
    "scorecard_version",
    "session_id",
    "agent_id",
];

/// Fields the server sets. An update mask may name them, and they are left alone.
const SERVER_FIELDS: &[&str] = &[
    "id",
    "etag",
    "queue_id",
    "evaluator_id",
    "score",
    "raw_score",
    "auto_fail",
    "failed_question_ids",
    "state",
    "submit_time",
    "create_time",
    "update_time",
];

/// The evaluation service over the data layer.
#[derive(Clone)]
pub struct EvaluationApi {
    db: Db,
}

impl EvaluationApi {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    async fn load(&self, tenant_id: &str, evaluation_id: &str) -> Result<EvaluationRow, ApiError> {
        db::evaluations::get(&self.db, tenant_id, evaluation_id)
            .await?
            .ok_or_else(|| not_found(evaluation_id))
    }

    /// The published version an evaluation may use: `version`, or the newest published one
    /// when `version` is 0. Returns its number and its sections.
    async fn published_version(
        &self,
        tenant_id: &str,
        scorecard_id: &str,
        version: i32,
    ) -> Result<(i32, Vec<qa::Section>), ApiError> {
        let head = db::scorecards::get(&self.db, tenant_id, scorecard_id)
            .await?
            .ok_or_else(|| ApiError::NotFound {
                resource: "scorecard",
                id: scorecard_id.to_owned(),
            })?;
        let version = match version {
            0 if head.published_version == 0 => {
                return Err(ApiError::FailedPrecondition {
                    reason: "SCORECARD_NOT_PUBLISHED",
                    message: format!(
                        "scorecard {scorecard_id:?} has no published version; publish it first"
                    ),
                });
            }
            0 => head.published_version,
            draft if draft == head.version && head.state == "draft" => {
                return Err(ApiError::FailedPrecondition {
                    reason: "SCORECARD_VERSION_NOT_PUBLISHED",
                    message: format!(
                        "version {draft} of scorecard {scorecard_id:?} is a draft; publish it first, or use a published version{}",
                        published_hint(head.published_version)
                    ),
                });
            }
            version => version,
        };
        let frozen = db::scorecards::get_version(&self.db, tenant_id, scorecard_id, version)
            .await?
            .ok_or_else(|| scorecards::version_not_found(scorecard_id, version))?;
        Ok((version, scorecards::parse_sections(&frozen.sections)?))
    }

    /// The sections of the version an existing evaluation uses.
    async fn sections_of(&self, row: &EvaluationRow) -> Result<Vec<qa::Section>, ApiError> {
        let frozen = db::scorecards::get_version(
            &self.db,
            &row.tenant_id,
            &row.scorecard_id,
            row.scorecard_version,
        )
        .await?
        .ok_or_else(|| {
            ApiError::Internal(
                format!(
                    "evaluation {} refers to missing scorecard version {} {}",
                    row.id, row.scorecard_id, row.scorecard_version
                )
                .into(),
            )
        })?;
        scorecards::parse_sections(&frozen.sections)
    }

    /// Resolves the evaluated agent and the session's queue: the session must exist, and the
    /// agent must exist and be the session's agent when it has one.
    async fn session_and_agent(
        &self,
        tenant_id: &str,
        session_id: &str,
        requested_agent: &str,
    ) -> Result<(String, String), ApiError> {
        let session = db::evaluations::session(&self.db, tenant_id, session_id)
            .await?
            .ok_or_else(|| ApiError::NotFound {
                resource: "session",
                id: session_id.to_owned(),
            })?;
        let agent_id = match (&session.agent_id, requested_agent) {
            (None, "") => {
                return Err(ApiError::InvalidArgument(vec![crate::error::Violation {
                    field: "evaluation.agent_id".to_owned(),
                    description: format!(
                        "is required: session {session_id:?} has no agent to take it from"
                    ),
                    reason: "REQUIRED_FIELD_MISSING",
                }]));
            }
            (Some(session_agent), "") => session_agent.clone(),
            (Some(session_agent), requested) if session_agent != requested => {
                return Err(ApiError::invalid(
                    "evaluation.agent_id",
                    format!(
                        "{requested:?} is not the agent of session {session_id:?}, which is {session_agent:?}; send that agent or leave agent_id empty"
                    ),
                ));
            }
            (_, requested) => requested.to_owned(),
        };
        if db::agents::get(&self.db, tenant_id, &agent_id)
            .await?
            .is_none()
        {
            return Err(ApiError::NotFound {
                resource: "agent",
                id: agent_id,
            });
        }
        Ok((session.queue_id, agent_id))
    }
}

fn published_hint(published_version: i32) -> String {
    if published_version > 0 {
        format!(" such as {published_version}, or 0 for the newest")
    } else {
        String::new()
    }
}

fn not_found(evaluation_id: &str) -> ApiError {
    ApiError::NotFound {
        resource: RESOURCE,
        id: evaluation_id.to_owned(),
    }
}

fn submitted(row: &EvaluationRow) -> ApiError {
    ApiError::FailedPrecondition {
        reason: "EVALUATION_SUBMITTED",
        message: format!(
            "evaluation {:?} is submitted, and a submitted evaluation is final; create a new evaluation instead",
            row.id
        ),
    }
}

fn concurrent_update(evaluation_id: &str) -> ApiError {
    ApiError::Aborted {
        reason: "CONCURRENT_UPDATE",
        message: format!("evaluation {evaluation_id:?} is being changed concurrently; retry"),
    }
}

#[tonic::async_trait]
impl EvaluationService for EvaluationApi {
    async fn create_evaluation(
        &self,
        request: Request<CreateEvaluationRequest>,
    ) -> Result<Response<Evaluation>, Status> {
        let caller = Caller::of(&request)?;
        let tenant_id = Caller::tenant_of(&request)?;
        let evaluation = request
            .into_inner()
            .evaluation
            .ok_or_else(|| ApiError::required("evaluation"))?;

        let mut violations = Violations::default();
        let id = resource_id(&evaluation.id, "eval", "evaluation.id", &mut violations);
        check_reference(
            &evaluation.scorecard_id,
            "evaluation.scorecard_id",
            true,
            &mut violations,
        );
        check_reference(
            &evaluation.session_id,
            "evaluation.session_id",
            true,
            &mut violations,
        );
        check_reference(
            &evaluation.agent_id,
            "evaluation.agent_id",
            false,
            &mut violations,
        );
        violations.check(
            evaluation.scorecard_version >= 0,
            "evaluation.scorecard_version",
            format!(
                "{} is negative; use a published version, or 0 for the newest",
                evaluation.scorecard_version
            ),
        );
        check_comment(&evaluation.comment, &mut violations);
        violations.finish()?;

        let (version, sections) = self
            .published_version(
                &tenant_id,
                &evaluation.scorecard_id,
                evaluation.scorecard_version,
            )
            .await?;
        let (queue_id, agent_id) = self
            .session_and_agent(&tenant_id, &evaluation.session_id, &evaluation.agent_id)
            .await?;
        let answers = answers_from_proto(&evaluation.answers);
        let mut violations = Violations::default();
        qa::check_answers(&sections, &answers, "evaluation.answers", &mut violations);
        violations.finish()?;

        let now = db::time::now();
        let mut row = EvaluationRow {
            tenant_id,
            id,
            scorecard_id: evaluation.scorecard_id,
            scorecard_version: version,
            session_id: evaluation.session_id,
            agent_id,
            queue_id,
            evaluator_id: caller.client_id,
            answers: String::new(),
            comment: evaluation.comment,
            score: None,
            raw_score: None,
            auto_fail: false,
            failed_question_ids: String::new(),
            state: "draft".to_owned(),
            submit_time: None,
            create_time: now,
            update_time: now,
            revision: 1,
        };
        set_answers(&mut row, &sections, &answers);

        match db::evaluations::insert(&self.db, &row).await {
            Ok(()) => {}
            Err(DbError::UniqueViolation(_)) => {
                return Err(ApiError::AlreadyExists {
                    resource: RESOURCE,
                    id: row.id,
                }
                .into());
            }
            Err(DbError::ForeignKeyViolation(_)) => {
                // The scorecard was deleted after its version was read.
                return Err(scorecards::version_not_found(&row.scorecard_id, version).into());
            }
            Err(error) => return Err(ApiError::from(error).into()),
        }
        tracing::info!(
            tenant_id = %row.tenant_id,
            evaluation_id = %row.id,
            scorecard_id = %row.scorecard_id,
            "evaluation created"
        );
        Ok(Response::new(to_proto(&row)?))
    }

    async fn get_evaluation(
        &self,
        request: Request<GetEvaluationRequest>,
    ) -> Result<Response<Evaluation>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let evaluation_id = request.into_inner().evaluation_id;
        require_id(&evaluation_id, "evaluation_id")?;

        let row = self.load(&tenant_id, &evaluation_id).await?;
        Ok(Response::new(to_proto(&row)?))
    }

    async fn list_evaluations(
        &self,
        request: Request<ListEvaluationsRequest>,
    ) -> Result<Response<ListEvaluationsResponse>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        let query = EVALUATION_LIST.parse(
            &tenant_id,
            &request.filter,
            &request.order_by,
            request.page_size,
            &request.page_token,
        )?;

        let mut rows = db::evaluations::list(&self.db, &tenant_id, &query)
            .await
            .map_err(ApiError::from)?;
        let next_page_token = query.finish(&mut rows, db::evaluations::cursor);
        let evaluations = rows.iter().map(to_proto).collect::<Result<_, _>>()?;
        Ok(Response::new(ListEvaluationsResponse {
            evaluations,
            next_page_token,
        }))
    }

    async fn update_evaluation(
        &self,
        request: Request<UpdateEvaluationRequest>,
    ) -> Result<Response<Evaluation>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.evaluation_id, "evaluation_id")?;
        let patch = request
            .evaluation
            .ok_or_else(|| ApiError::required("evaluation"))?;
        let mask = request
            .update_mask
            .map(|mask| mask.paths)
            .unwrap_or_default();
        let kept: Vec<&str> = SERVER_FIELDS
            .iter()
            .chain(IMMUTABLE_FIELDS)
            .copied()
            .collect();
        let paths = mask_fields(&mask, UPDATABLE_FIELDS, &kept, "evaluation")?;
        check_unchanged(&patch.id, &request.evaluation_id, "evaluation.id")?;

        for attempt in 1..=UPDATE_ATTEMPTS {
            let current = self.load(&tenant_id, &request.evaluation_id).await?;
            if current.state != "draft" {
                return Err(submitted(&current).into());
            }
            if !patch.etag.is_empty() && patch.etag != etag(current.create_time, current.revision) {
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }
            check_immutable(&current, &patch, &mask)?;

            let sections = self.sections_of(&current).await?;
            let mut updated = current.clone();
            let mut violations = Violations::default();
            if paths.contains(&"comment") {
                check_comment(&patch.comment, &mut violations);
                updated.comment = patch.comment.clone();
            }
            let answers = if paths.contains(&"answers") {
                let answers = answers_from_proto(&patch.answers);
                qa::check_answers(&sections, &answers, "evaluation.answers", &mut violations);
                answers
            } else {
                stored_answers(&current)?
            };
            violations.finish()?;
            set_answers(&mut updated, &sections, &answers);

            updated.update_time = db::time::now();
            updated.revision = current.revision + 1;
            if db::evaluations::update(&self.db, &updated, current.revision)
                .await
                .map_err(ApiError::from)?
            {
                return Ok(Response::new(to_proto(&updated)?));
            }
            if !patch.etag.is_empty() {
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }
            tracing::debug!(evaluation_id = %current.id, attempt, "concurrent update won; retrying");
        }
        Err(concurrent_update(&request.evaluation_id).into())
    }

    async fn delete_evaluation(
        &self,
        request: Request<DeleteEvaluationRequest>,
    ) -> Result<Response<()>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.evaluation_id, "evaluation_id")?;

        let current = self.load(&tenant_id, &request.evaluation_id).await?;
        if current.state != "draft" {
            return Err(submitted(&current).into());
        }
        let expected_revision = if request.etag.is_empty() {
            None
        } else if request.etag == etag(current.create_time, current.revision) {
            Some(current.revision)
        } else {
            return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
        };

        if db::evaluations::delete(&self.db, &tenant_id, &current.id, expected_revision)
            .await
            .map_err(ApiError::from)?
        {
            tracing::info!(tenant_id = %tenant_id, evaluation_id = %current.id, "evaluation deleted");
            return Ok(Response::new(()));
        }
        // Something changed in between: report what the evaluation is now.
        let latest = self.load(&tenant_id, &current.id).await?;
        if latest.state != "draft" {
            return Err(submitted(&latest).into());
        }
        Err(ApiError::etag_mismatch(RESOURCE, &current.id).into())
    }

    async fn submit_evaluation(
        &self,
        request: Request<SubmitEvaluationRequest>,
    ) -> Result<Response<Evaluation>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.evaluation_id, "evaluation_id")?;

        for attempt in 1..=UPDATE_ATTEMPTS {
            let current = self.load(&tenant_id, &request.evaluation_id).await?;
            if current.state != "draft" {
                return Err(submitted(&current).into());
            }
            if !request.etag.is_empty()
                && request.etag != etag(current.create_time, current.revision)
            {
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }
            let sections = self.sections_of(&current).await?;
            let answers = stored_answers(&current)?;
            let missing = qa::unanswered(&sections, &answers);
            if !missing.is_empty() {
                return Err(ApiError::FailedPrecondition {
                    reason: "EVALUATION_INCOMPLETE",
                    message: format!(
                        "evaluation {:?} leaves questions unanswered: {}; answer them (not_applicable where allowed) before submitting",
                        current.id,
                        missing.join(", ")
                    ),
                }
                .into());
            }

            let now = db::time::now();
            let mut done = EvaluationRow {
                state: "submitted".to_owned(),
                submit_time: Some(now),
                update_time: now,
                revision: current.revision + 1,
                ..current.clone()
            };
            set_answers(&mut done, &sections, &answers);
            let evaluation = to_proto(&done)?;
            let data = render_message(&evaluation, "globemeet.v1.Evaluation");
            if db::evaluations::submit(&self.db, &done, current.revision, data)
                .await
                .map_err(ApiError::from)?
            {
                tracing::info!(
                    tenant_id = %tenant_id,
                    evaluation_id = %done.id,
                    agent_id = %done.agent_id,
                    score = ?done.score,
                    auto_fail = done.auto_fail,
                    "evaluation submitted"
                );
                return Ok(Response::new(evaluation));
            }
            if !request.etag.is_empty() {
                let latest = self.load(&tenant_id, &current.id).await?;
                if latest.state != "draft" {
                    return Err(submitted(&latest).into());
                }
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }
            tracing::debug!(evaluation_id = %current.id, attempt, "concurrent change won; retrying");
        }
        Err(concurrent_update(&request.evaluation_id).into())
    }
}

/// Checks an id the evaluation refers to; `required` ones must be set.
fn check_reference(value: &str, field: &str, required: bool, violations: &mut Violations) {
    if value.is_empty() {
        if required {
            violations.missing(field);
        }
        return;
    }
    violations.check(
        ids::is_valid_client_id(value),
        field,
        format!(
            "{value:?} is not a valid id; ids are 1 to 64 characters of A-Z, a-z, 0-9, _ and -"
        ),
    );
}

fn check_comment(comment: &str, violations: &mut Violations) {
    let length = comment.chars().count();
    violations.check(
        length <= MAX_COMMENT_CHARS,
        "evaluation.comment",
        format!("is {length} characters long; the maximum is {MAX_COMMENT_CHARS}"),
    );
}

/// Rejects a mask that names a field fixed on create with a value other than the current one.
fn check_immutable(
    current: &EvaluationRow,
    patch: &Evaluation,
    mask: &[String],
) -> Result<(), ApiError> {
    let mut violations = Violations::default();
    for path in mask {
        let (sent, kept) = match path.as_str() {
            "scorecard_id" => (patch.scorecard_id.clone(), current.scorecard_id.clone()),
            "scorecard_version" => (
                patch.scorecard_version.to_string(),
                current.scorecard_version.to_string(),
            ),
            "session_id" => (patch.session_id.clone(), current.session_id.clone()),
            "agent_id" => (patch.agent_id.clone(), current.agent_id.clone()),
            _ => continue,
        };
        violations.check(
            sent == kept,
            format!("evaluation.{path}"),
            format!(
                "is fixed when the evaluation is created; it must be {kept:?} or absent; create a new evaluation to change it"
            ),
        );
    }
    violations.finish()
}

/// Stores `answers` on the row with their scores.
fn set_answers(row: &mut EvaluationRow, sections: &[qa::Section], answers: &[qa::Answer]) {
    let outcome = qa::score(sections, answers);
    row.answers = serde_json::to_string(answers).expect("checked answers serialize");
    row.score = outcome.score;
    row.raw_score = outcome.raw_score;
    row.auto_fail = outcome.auto_fail;
    row.failed_question_ids =
        serde_json::to_string(&outcome.failed_question_ids).expect("strings serialize");
}

fn stored_answers(row: &EvaluationRow) -> Result<Vec<qa::Answer>, ApiError> {
    serde_json::from_str(&row.answers).map_err(|error| ApiError::Internal(Box::new(error)))
}

fn answers_from_proto(answers: &[EvaluationAnswer]) -> Vec<qa::Answer> {
    answers
        .iter()
        .map(|answer| qa::Answer {
            question_id: answer.question_id.clone(),
            value: match &answer.value {
                Some(evaluation_answer::Value::YesNo(yes)) => qa::AnswerValue::YesNo(*yes),
                Some(evaluation_answer::Value::ScaleValue(value)) => qa::AnswerValue::Scale(*value),
                Some(evaluation_answer::Value::OptionId(option)) => {
                    qa::AnswerValue::Option(option.clone())
                }
                Some(evaluation_answer::Value::NotApplicable(true)) => {
                    qa::AnswerValue::NotApplicable
                }
                Some(evaluation_answer::Value::NotApplicable(false)) | None => {
                    qa::AnswerValue::Missing
                }
            },
            comment: answer.comment.clone(),
        })
        .collect()
}

fn answer_to_proto(answer: &qa::Answer) -> EvaluationAnswer {
    let value = match &answer.value {
        qa::AnswerValue::YesNo(yes) => Some(evaluation_answer::Value::YesNo(*yes)),
        qa::AnswerValue::Scale(value) => Some(evaluation_answer::Value::ScaleValue(*value)),
        qa::AnswerValue::Option(option) => Some(evaluation_answer::Value::OptionId(option.clone())),
        qa::AnswerValue::NotApplicable => Some(evaluation_answer::Value::NotApplicable(true)),
        qa::AnswerValue::Missing => None,
    };
    EvaluationAnswer {
        question_id: answer.question_id.clone(),
        value,
        comment: answer.comment.clone(),
    }
}

/// Converts a stored evaluation to its API form.
pub fn to_proto(row: &EvaluationRow) -> Result<Evaluation, ApiError> {
    let state = EvaluationState::from_str_name(&full_name(&row.state, "EVALUATION_STATE_"))
        .unwrap_or_default();
    let failed_question_ids = serde_json::from_str(&row.failed_question_ids)
        .map_err(|error| ApiError::Internal(Box::new(error)))?;
    Ok(Evaluation {
        id: row.id.clone(),
        scorecard_id: row.scorecard_id.clone(),
        scorecard_version: row.scorecard_version,
        session_id: row.session_id.clone(),
        agent_id: row.agent_id.clone(),
        queue_id: row.queue_id.clone(),
        evaluator_id: row.evaluator_id.clone(),
        answers: stored_answers(row)?.iter().map(answer_to_proto).collect(),
        comment: row.comment.clone(),
        score: row.score,
        raw_score: row.raw_score,
        auto_fail: row.auto_fail,
        failed_question_ids,
        state: state as i32,
        submit_time: row.submit_time.and_then(timestamp),
        create_time: timestamp(row.create_time),
        update_time: timestamp(row.update_time),
        etag: etag(row.create_time, row.revision),
    })
}
