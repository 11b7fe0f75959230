//! `globemeet.v1.ScorecardService`: versioned QA templates. The newest version is a draft or
//! published; publishing freezes it into `scorecard_versions`, and an update after that starts
//! the next version as a draft.

use tonic::{Request, Response, Status};

use super::{
    check_text, check_unchanged, etag, full_name, mask_fields, require_id, resource_id, timestamp,
};
use crate::{
    caller::Caller,
    db::{
        self, Db, DbError,
        models::{ScorecardRow, ScorecardVersionRow},
        scorecards::Deletion,
    },
    error::{ApiError, Violations},
    list::{FieldType, FilterField, ListSpec, OrderField},
    proto::globemeet::v1::{
        AnswerOption, CreateScorecardRequest, DeleteScorecardRequest, GetScorecardRequest,
        ListScorecardsRequest, ListScorecardsResponse, PublishScorecardRequest, QuestionType,
        Scorecard, ScorecardQuestion, ScorecardSection, ScorecardState, UpdateScorecardRequest,
        scorecard_service_server::ScorecardService,
    },
    qa,
};

const RESOURCE: &str = "scorecard";

/// The filterable and sortable fields of scorecard lists.
pub const SCORECARD_LIST: ListSpec = ListSpec {
    collection: "scorecards",
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
            name: "state",
            field_type: FieldType::Enum(&["draft", "published"]),
        },
        FilterField {
            name: "version",
            field_type: FieldType::Integer,
        },
        FilterField {
            name: "published_version",
            field_type: FieldType::Integer,
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
            name: "create_time",
        },
        OrderField {
            name: "update_time",
        },
    ],
    id_field: "id",
};

const MAX_NAME_CHARS: usize = 200;
const MAX_DESCRIPTION_CHARS: usize = 2000;
/// How often an update without an etag is retried when a concurrent update wins.
const UPDATE_ATTEMPTS: usize = 3;

/// The fields an update mask may name.
const UPDATABLE_FIELDS: &[&str] = &["display_name", "description", "sections"];

/// Fields the server sets. An update mask may name them, and they are left alone, so a client
/// can send back a scorecard it read.
const SERVER_FIELDS: &[&str] = &[
    "id",
    "etag",
    "version",
    "state",
    "published_version",
    "publish_time",
    "create_time",
    "update_time",
];

/// The scorecard service over the data layer.
#[derive(Clone)]
pub struct ScorecardApi {
    db: Db,
}

impl ScorecardApi {
    pub fn new(db: Db) -> Self {
        Self { db }
    }

    async fn load(&self, tenant_id: &str, scorecard_id: &str) -> Result<ScorecardRow, ApiError> {
        db::scorecards::get(&self.db, tenant_id, scorecard_id)
            .await?
            .ok_or_else(|| not_found(scorecard_id))
    }
}

fn not_found(scorecard_id: &str) -> ApiError {
    ApiError::NotFound {
        resource: RESOURCE,
        id: scorecard_id.to_owned(),
    }
}

/// The error for a version the scorecard does not have.
pub fn version_not_found(scorecard_id: &str, version: i32) -> ApiError {
    ApiError::NotFound {
        resource: "scorecard version",
        id: format!("{scorecard_id} version {version}"),
    }
}

fn concurrent_update(scorecard_id: &str) -> ApiError {
    ApiError::Aborted {
        reason: "CONCURRENT_UPDATE",
        message: format!("scorecard {scorecard_id:?} is being changed concurrently; retry"),
    }
}

#[tonic::async_trait]
impl ScorecardService for ScorecardApi {
    async fn create_scorecard(
        &self,
        request: Request<CreateScorecardRequest>,
    ) -> Result<Response<Scorecard>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let scorecard = request
            .into_inner()
            .scorecard
            .ok_or_else(|| ApiError::required("scorecard"))?;

        let mut violations = Violations::default();
        let id = resource_id(&scorecard.id, "sc", "scorecard.id", &mut violations);
        let now = db::time::now();
        let mut row = ScorecardRow {
            tenant_id,
            id,
            display_name: String::new(),
            description: String::new(),
            sections: String::new(),
            version: 1,
            state: "draft".to_owned(),
            published_version: 0,
            publish_time: None,
            create_time: now,
            update_time: now,
            revision: 1,
        };
        for field in UPDATABLE_FIELDS {
            apply_field(&mut row, &scorecard, field, &mut violations);
        }
        violations.finish()?;

        match db::scorecards::insert(&self.db, &row).await {
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
        tracing::info!(tenant_id = %row.tenant_id, scorecard_id = %row.id, "scorecard created");
        Ok(Response::new(to_proto(&row)?))
    }

    async fn get_scorecard(
        &self,
        request: Request<GetScorecardRequest>,
    ) -> Result<Response<Scorecard>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.scorecard_id, "scorecard_id")?;
        if request.version < 0 {
            return Err(ApiError::invalid(
                "version",
                format!(
                    "{} is negative; use a version number, or 0 for the newest",
                    request.version
                ),
            )
            .into());
        }

        let head = self.load(&tenant_id, &request.scorecard_id).await?;
        if request.version == 0 || request.version == head.version {
            return Ok(Response::new(to_proto(&head)?));
        }
        let frozen = db::scorecards::get_version(&self.db, &tenant_id, &head.id, request.version)
            .await
            .map_err(ApiError::from)?
            .ok_or_else(|| version_not_found(&head.id, request.version))?;
        Ok(Response::new(version_to_proto(&head, &frozen)?))
    }

    async fn list_scorecards(
        &self,
        request: Request<ListScorecardsRequest>,
    ) -> Result<Response<ListScorecardsResponse>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        let query = SCORECARD_LIST.parse(
            &tenant_id,
            &request.filter,
            &request.order_by,
            request.page_size,
            &request.page_token,
        )?;

        let mut rows = db::scorecards::list(&self.db, &tenant_id, &query)
            .await
            .map_err(ApiError::from)?;
        let next_page_token = query.finish(&mut rows, db::scorecards::cursor);
        let scorecards = rows.iter().map(to_proto).collect::<Result<_, _>>()?;
        Ok(Response::new(ListScorecardsResponse {
            scorecards,
            next_page_token,
        }))
    }

    async fn update_scorecard(
        &self,
        request: Request<UpdateScorecardRequest>,
    ) -> Result<Response<Scorecard>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.scorecard_id, "scorecard_id")?;
        let patch = request
            .scorecard
            .ok_or_else(|| ApiError::required("scorecard"))?;
        let mask = request
            .update_mask
            .map(|mask| mask.paths)
            .unwrap_or_default();
        let paths = mask_fields(&mask, UPDATABLE_FIELDS, SERVER_FIELDS, "scorecard")?;
        check_unchanged(&patch.id, &request.scorecard_id, "scorecard.id")?;

        for attempt in 1..=UPDATE_ATTEMPTS {
            let current = self.load(&tenant_id, &request.scorecard_id).await?;
            if !patch.etag.is_empty() && patch.etag != etag(current.create_time, current.revision) {
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }

            let mut updated = current.clone();
            if current.state == "published" {
                // The published version stays frozen; the change starts the next version.
                updated.version = current.version + 1;
                updated.state = "draft".to_owned();
                updated.publish_time = None;
            }
            let mut violations = Violations::default();
            for path in &paths {
                apply_field(&mut updated, &patch, path, &mut violations);
            }
            violations.finish()?;

            updated.update_time = db::time::now();
            updated.revision = current.revision + 1;
            if db::scorecards::update(&self.db, &updated, current.revision)
                .await
                .map_err(ApiError::from)?
            {
                tracing::info!(
                    tenant_id = %tenant_id,
                    scorecard_id = %updated.id,
                    version = updated.version,
                    "scorecard draft updated"
                );
                return Ok(Response::new(to_proto(&updated)?));
            }
            if !patch.etag.is_empty() {
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }
            tracing::debug!(scorecard_id = %current.id, attempt, "concurrent update won; retrying");
        }
        Err(concurrent_update(&request.scorecard_id).into())
    }

    async fn delete_scorecard(
        &self,
        request: Request<DeleteScorecardRequest>,
    ) -> Result<Response<()>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.scorecard_id, "scorecard_id")?;

        let current = self.load(&tenant_id, &request.scorecard_id).await?;
        let expected_revision = if request.etag.is_empty() {
            None
        } else if request.etag == etag(current.create_time, current.revision) {
            Some(current.revision)
        } else {
            return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
        };

        let outcome = db::scorecards::delete(&self.db, &tenant_id, &current.id, expected_revision)
            .await
            .map_err(ApiError::from)?;
        match (outcome, expected_revision) {
            (Deletion::Deleted, _) => {
                tracing::info!(tenant_id = %tenant_id, scorecard_id = %current.id, "scorecard deleted");
                Ok(Response::new(()))
            }
            (Deletion::InUse, _) => Err(ApiError::FailedPrecondition {
                reason: "SCORECARD_IN_USE",
                message: format!(
                    "scorecard {:?} is used by evaluations, which keep referring to its versions; it cannot be deleted",
                    current.id
                ),
            }
            .into()),
            (Deletion::NotDeleted, Some(_)) => {
                Err(ApiError::etag_mismatch(RESOURCE, &current.id).into())
            }
            (Deletion::NotDeleted, None) => Err(not_found(&current.id).into()),
        }
    }

    async fn publish_scorecard(
        &self,
        request: Request<PublishScorecardRequest>,
    ) -> Result<Response<Scorecard>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.scorecard_id, "scorecard_id")?;

        for attempt in 1..=UPDATE_ATTEMPTS {
            let current = self.load(&tenant_id, &request.scorecard_id).await?;
            if !request.etag.is_empty()
                && request.etag != etag(current.create_time, current.revision)
            {
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }
            if current.state != "draft" {
                return Err(ApiError::FailedPrecondition {
                    reason: "SCORECARD_NOT_DRAFT",
                    message: format!(
                        "scorecard {:?} has no draft: version {} is published already; update the scorecard to start version {} as a draft",
                        current.id,
                        current.version,
                        current.version + 1
                    ),
                }
                .into());
            }

            let now = db::time::now();
            let published = ScorecardRow {
                state: "published".to_owned(),
                published_version: current.version,
                publish_time: Some(now),
                update_time: now,
                revision: current.revision + 1,
                ..current.clone()
            };
            let frozen = ScorecardVersionRow {
                tenant_id: current.tenant_id.clone(),
                scorecard_id: current.id.clone(),
                version: current.version,
                display_name: current.display_name.clone(),
                description: current.description.clone(),
                sections: current.sections.clone(),
                publish_time: now,
            };
            if db::scorecards::publish(&self.db, &published, current.revision, &frozen)
                .await
                .map_err(ApiError::from)?
            {
                tracing::info!(
                    tenant_id = %tenant_id,
                    scorecard_id = %published.id,
                    version = published.version,
                    "scorecard published"
                );
                return Ok(Response::new(to_proto(&published)?));
            }
            if !request.etag.is_empty() {
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }
            tracing::debug!(scorecard_id = %current.id, attempt, "concurrent update won; retrying");
        }
        Err(concurrent_update(&request.scorecard_id).into())
    }
}

/// Validates one field of `source` and writes it into `row`.
fn apply_field(
    row: &mut ScorecardRow,
    source: &Scorecard,
    field: &str,
    violations: &mut Violations,
) {
    match field {
        "display_name" => {
            check_text(
                &source.display_name,
                "scorecard.display_name",
                MAX_NAME_CHARS,
                violations,
            );
            row.display_name = source.display_name.trim().to_owned();
        }
        "description" => {
            let length = source.description.chars().count();
            violations.check(
                length <= MAX_DESCRIPTION_CHARS,
                "scorecard.description",
                format!("is {length} characters long; the maximum is {MAX_DESCRIPTION_CHARS}"),
            );
            row.description = source.description.clone();
        }
        "sections" => {
            let sections = sections_from_proto(&source.sections);
            qa::check_sections(&sections, "scorecard.sections", violations);
            // An unspecified question type does not serialize; it is reported above.
            row.sections = serde_json::to_string(&sections).unwrap_or_default();
        }
        _ => unreachable!("mask_fields admits only updatable fields"),
    }
}

/// Reads the stored sections of a scorecard version.
pub fn parse_sections(json: &str) -> Result<Vec<qa::Section>, ApiError> {
    serde_json::from_str(json).map_err(|error| ApiError::Internal(Box::new(error)))
}

fn sections_from_proto(sections: &[ScorecardSection]) -> Vec<qa::Section> {
    sections
        .iter()
        .map(|section| qa::Section {
            title: section.title.trim().to_owned(),
            questions: section.questions.iter().map(question_from_proto).collect(),
        })
        .collect()
}

fn question_from_proto(question: &ScorecardQuestion) -> qa::Question {
    let kind = match QuestionType::try_from(question.r#type) {
        Ok(QuestionType::YesNo) => qa::QuestionKind::YesNo,
        Ok(QuestionType::Scale) => qa::QuestionKind::Scale,
        Ok(QuestionType::SingleChoice) => qa::QuestionKind::SingleChoice,
        Ok(QuestionType::Unspecified) | Err(_) => qa::QuestionKind::Unspecified,
    };
    qa::Question {
        id: question.id.clone(),
        text: question.text.trim().to_owned(),
        kind,
        weight: question.weight.unwrap_or(qa::DEFAULT_WEIGHT),
        critical: question.critical,
        allow_not_applicable: question.allow_not_applicable,
        scale_min: question.scale_min,
        scale_max: question.scale_max,
        options: question
            .options
            .iter()
            .map(|option| qa::AnswerOption {
                id: option.id.clone(),
                label: option.label.trim().to_owned(),
                points: option.points,
            })
            .collect(),
    }
}

fn sections_to_proto(sections: &[qa::Section]) -> Vec<ScorecardSection> {
    sections
        .iter()
        .map(|section| ScorecardSection {
            title: section.title.clone(),
            questions: section.questions.iter().map(question_to_proto).collect(),
        })
        .collect()
}

fn question_to_proto(question: &qa::Question) -> ScorecardQuestion {
    let question_type = match question.kind {
        qa::QuestionKind::YesNo => QuestionType::YesNo,
        qa::QuestionKind::Scale => QuestionType::Scale,
        qa::QuestionKind::SingleChoice => QuestionType::SingleChoice,
        qa::QuestionKind::Unspecified => QuestionType::Unspecified,
    };
    ScorecardQuestion {
        id: question.id.clone(),
        text: question.text.clone(),
        r#type: question_type as i32,
        weight: Some(question.weight),
        critical: question.critical,
        allow_not_applicable: question.allow_not_applicable,
        scale_min: question.scale_min,
        scale_max: question.scale_max,
        options: question
            .options
            .iter()
            .map(|option| AnswerOption {
                id: option.id.clone(),
                label: option.label.clone(),
                points: option.points,
            })
            .collect(),
    }
}

fn state_of(name: &str) -> i32 {
    ScorecardState::from_str_name(&full_name(name, "SCORECARD_STATE_")).unwrap_or_default() as i32
}

/// Converts a stored scorecard, at its newest version, to its API form.
pub fn to_proto(row: &ScorecardRow) -> Result<Scorecard, ApiError> {
    Ok(Scorecard {
        id: row.id.clone(),
        display_name: row.display_name.clone(),
        description: row.description.clone(),
        sections: sections_to_proto(&parse_sections(&row.sections)?),
        version: row.version,
        state: state_of(&row.state),
        published_version: row.published_version,
        publish_time: row.publish_time.and_then(timestamp),
        create_time: timestamp(row.create_time),
        update_time: timestamp(row.update_time),
        etag: etag(row.create_time, row.revision),
    })
}

/// Converts a frozen version of the scorecard `head` to its API form.
fn version_to_proto(
    head: &ScorecardRow,
    frozen: &ScorecardVersionRow,
) -> Result<Scorecard, ApiError> {
    Ok(Scorecard {
        display_name: frozen.display_name.clone(),
        description: frozen.description.clone(),
        sections: sections_to_proto(&parse_sections(&frozen.sections)?),
        version: frozen.version,
        state: ScorecardState::Published as i32,
        publish_time: timestamp(frozen.publish_time),
        ..head_fields(head)
    })
}

/// Builds the fields of the scorecard resource as a whole, shared by every version's view.
fn head_fields(head: &ScorecardRow) -> Scorecard {
    Scorecard {
        id: head.id.clone(),
        published_version: head.published_version,
        create_time: timestamp(head.create_time),
        update_time: timestamp(head.update_time),
        etag: etag(head.create_time, head.revision),
        ..Scorecard::default()
    }
}
