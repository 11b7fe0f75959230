//! `globemeet.v1.RecordingService`: recordings of sessions, their pauses and states, and their
//! media over gRPC streams. REST reaches the unary methods through the transcoder and the
//! media through the plain routes of `crate::media::http`.

use std::{collections::HashMap, pin::Pin, sync::Arc, time::Duration};

use bytes::Bytes;
use chrono::NaiveDateTime;
use futures::{Stream, StreamExt as _, TryStreamExt as _};
use serde::{Deserialize, Serialize};
use tonic::{Request, Response, Status, Streaming};

use super::{check_unchanged, etag, full_name, mask_fields, require_id, resource_id, timestamp};
use crate::{
    caller::Caller,
    db::{self, Db, DbError, events::NewEvent, models::RecordingRow},
    error::{ApiError, Violations},
    list::{FieldType, FilterField, ListSpec, OrderField},
    media::Media,
    object_store::ByteStream,
    proto::globemeet::v1::{
        CompleteRecordingRequest, CreateRecordingRequest, DeleteRecordingRequest,
        DownloadRecordingMediaRequest, DownloadRecordingMediaResponse, GetRecordingMediaUrlRequest,
        GetRecordingRequest, ListRecordingsRequest, ListRecordingsResponse, PauseInterval,
        PauseRecordingRequest, Recording, RecordingMediaUrl, RecordingState,
        ResumeRecordingRequest, UpdateRecordingRequest, UploadRecordingMediaRequest,
        recording_service_server::RecordingService,
    },
};

/// The stored names of the recording states.
pub const IN_PROGRESS: &str = "in_progress";
pub const PROCESSING: &str = "processing";
pub const AVAILABLE: &str = "available";
pub const FAILED: &str = "failed";
pub const DELETED: &str = "deleted";

const RESOURCE: &str = "recording";

/// The fields recording lists filter and sort on.
pub const RECORDING_LIST: ListSpec = ListSpec {
    collection: "recordings",
    filter_fields: &[
        FilterField {
            name: "id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "session_id",
            field_type: FieldType::String,
        },
        FilterField {
            name: "state",
            field_type: FieldType::Enum(&[IN_PROGRESS, PROCESSING, AVAILABLE, FAILED, DELETED]),
        },
        FilterField {
            name: "paused",
            field_type: FieldType::Bool,
        },
        FilterField {
            name: "content_type",
            field_type: FieldType::String,
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
        OrderField { name: "session_id" },
        OrderField {
            name: "create_time",
        },
        OrderField {
            name: "update_time",
        },
    ],
    id_field: "id",
};

const MAX_DESCRIPTION_CHARS: usize = 1000;
const MAX_ATTRIBUTES: usize = 50;
const MAX_ATTRIBUTE_KEY_CHARS: usize = 64;
const MAX_ATTRIBUTE_VALUE_CHARS: usize = 1000;
/// How long a media URL works when the request names no lifetime, and at most.
const DEFAULT_URL_TTL_SECONDS: i32 = 3600;
const MAX_URL_TTL_SECONDS: i32 = 86_400;
/// How often a change is retried when a concurrent change wins and no etag was sent.
const UPDATE_ATTEMPTS: usize = 3;

const UPDATABLE_FIELDS: &[&str] = &["description", "attributes"];

/// Fields the server sets. An update mask naming them is accepted and they are left alone, so
/// a client can send back a recording it read.
const SERVER_FIELDS: &[&str] = &[
    "id",
    "etag",
    "state",
    "paused",
    "pause_intervals",
    "content_type",
    "size_bytes",
    "sha256",
    "recorded_seconds",
    "failure_reason",
    "complete_time",
    "available_time",
    "delete_time",
    "create_time",
    "update_time",
];

/// One stretch that was not recorded, as stored in `pause_intervals`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredPause {
    pub start: NaiveDateTime,
    pub end: Option<NaiveDateTime>,
}

/// The recording service over the data layer and the media store.
#[derive(Clone)]
pub struct RecordingApi {
    db: Db,
    media: Arc<Media>,
}

impl RecordingApi {
    pub fn new(db: Db, media: Arc<Media>) -> Self {
        Self { db, media }
    }

    async fn change_state(
        &self,
        request_tenant: &str,
        recording_id: &str,
        etag: &str,
        change: impl Fn(&RecordingRow, NaiveDateTime) -> Result<RecordingRow, ApiError>,
    ) -> Result<Response<Recording>, Status> {
        require_id(recording_id, "recording_id")?;
        let (_, updated) = transition(&self.db, request_tenant, recording_id, etag, change).await?;
        Ok(Response::new(to_proto(&updated)))
    }
}

/// Loads a recording of the tenant, or NOT_FOUND.
pub async fn load(db: &Db, tenant_id: &str, recording_id: &str) -> Result<RecordingRow, ApiError> {
    db::recordings::get(db, tenant_id, recording_id)
        .await?
        .ok_or_else(|| not_found(recording_id))
}

/// Builds the NOT_FOUND error of a recording id.
pub fn not_found(recording_id: &str) -> ApiError {
    ApiError::NotFound {
        resource: RESOURCE,
        id: recording_id.to_owned(),
    }
}

/// Builds the FAILED_PRECONDITION error of a change the recording's state does not allow.
pub fn wrong_state(row: &RecordingRow, reason: &'static str, what: &str) -> ApiError {
    let paused = if row.paused { " and paused" } else { "" };
    ApiError::FailedPrecondition {
        reason,
        message: format!("recording {:?} is {}{paused}; {what}", row.id, row.state),
    }
}

/// Applies `change` to the stored recording, conditional on its revision (and on `etag` when
/// not empty), retrying when a concurrent change wins and no etag was sent. Records
/// `recording.completed` in the same transaction when the change makes the media available.
/// Returns the recording before and after.
pub async fn transition(
    db: &Db,
    tenant_id: &str,
    recording_id: &str,
    etag_sent: &str,
    change: impl Fn(&RecordingRow, NaiveDateTime) -> Result<RecordingRow, ApiError>,
) -> Result<(RecordingRow, RecordingRow), ApiError> {
    for attempt in 1..=UPDATE_ATTEMPTS {
        let current = load(db, tenant_id, recording_id).await?;
        if !etag_sent.is_empty() && etag_sent != etag(current.create_time, current.revision) {
            return Err(ApiError::etag_mismatch(RESOURCE, &current.id));
        }
        let now = db::time::now();
        let mut updated = change(&current, now)?;
        updated.update_time = now;
        updated.revision = current.revision + 1;
        let event = (current.state != AVAILABLE && updated.state == AVAILABLE)
            .then(|| completed_event(&updated));
        if db::recordings::save(db, &updated, current.revision, event).await? {
            return Ok((current, updated));
        }
        if !etag_sent.is_empty() {
            return Err(ApiError::etag_mismatch(RESOURCE, &current.id));
        }
        tracing::debug!(
            recording_id,
            attempt,
            "concurrent recording change won; retrying"
        );
    }
    Err(ApiError::Aborted {
        reason: "CONCURRENT_UPDATE",
        message: format!("recording {recording_id:?} is being changed concurrently; retry"),
    })
}

/// Builds the `recording.completed` event of a recording whose media just became available.
fn completed_event(row: &RecordingRow) -> NewEvent {
    NewEvent {
        tenant_id: row.tenant_id.clone(),
        event_type: "recording.completed",
        data: crate::proto::json::render_message(&to_proto(row), "globemeet.v1.Recording"),
    }
}

/// Returns the pauses of a stored recording, oldest first.
pub fn pauses(row: &RecordingRow) -> Vec<StoredPause> {
    serde_json::from_str(&row.pause_intervals).unwrap_or_default()
}

fn store_pauses(pauses: &[StoredPause]) -> String {
    serde_json::to_string(pauses).expect("pauses serialize")
}

/// Ends the open pause of a recording at `now`, if it has one.
fn close_pause(row: &mut RecordingRow, now: NaiveDateTime) {
    let mut all = pauses(row);
    if let Some(open) = all.last_mut().filter(|pause| pause.end.is_none()) {
        open.end = Some(now);
    }
    row.pause_intervals = store_pauses(&all);
    row.paused = false;
}

fn pause(current: &RecordingRow, now: NaiveDateTime) -> Result<RecordingRow, ApiError> {
    if current.state != IN_PROGRESS {
        return Err(wrong_state(
            current,
            "RECORDING_NOT_IN_PROGRESS",
            "only a recording in_progress can be paused",
        ));
    }
    if current.paused {
        return Err(wrong_state(
            current,
            "RECORDING_ALREADY_PAUSED",
            "resume it before pausing it again",
        ));
    }
    let mut row = current.clone();
    let mut all = pauses(current);
    all.push(StoredPause {
        start: now,
        end: None,
    });
    row.pause_intervals = store_pauses(&all);
    row.paused = true;
    Ok(row)
}

fn resume(current: &RecordingRow, now: NaiveDateTime) -> Result<RecordingRow, ApiError> {
    if current.state != IN_PROGRESS {
        return Err(wrong_state(
            current,
            "RECORDING_NOT_IN_PROGRESS",
            "only a paused recording in_progress can be resumed",
        ));
    }
    if !current.paused {
        return Err(wrong_state(
            current,
            "RECORDING_NOT_PAUSED",
            "only a paused recording can be resumed",
        ));
    }
    let mut row = current.clone();
    close_pause(&mut row, now);
    Ok(row)
}

fn complete(current: &RecordingRow, now: NaiveDateTime) -> Result<RecordingRow, ApiError> {
    if current.state != IN_PROGRESS {
        return Err(wrong_state(
            current,
            "RECORDING_NOT_IN_PROGRESS",
            "only a recording in_progress can be completed",
        ));
    }
    let mut row = current.clone();
    close_pause(&mut row, now);
    row.complete_time = Some(now);
    if row.media_key.is_some() {
        row.state = AVAILABLE.to_owned();
        row.available_time = Some(now);
    } else {
        row.state = PROCESSING.to_owned();
    }
    Ok(row)
}

fn delete(current: &RecordingRow, now: NaiveDateTime) -> Result<RecordingRow, ApiError> {
    let mut row = current.clone();
    if current.state != DELETED {
        close_pause(&mut row, now);
        row.state = DELETED.to_owned();
        row.media_key = None;
        row.delete_time = Some(now);
    }
    Ok(row)
}

#[tonic::async_trait]
impl RecordingService for RecordingApi {
    async fn create_recording(
        &self,
        request: Request<CreateRecordingRequest>,
    ) -> Result<Response<Recording>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let recording = request
            .into_inner()
            .recording
            .ok_or_else(|| ApiError::required("recording"))?;

        let mut violations = Violations::default();
        let id = resource_id(&recording.id, "rec", "recording.id", &mut violations);
        if recording.session_id.is_empty() {
            violations.missing("recording.session_id");
        } else if !crate::ids::is_valid_client_id(&recording.session_id) {
            violations.add(
                "recording.session_id",
                format!("{:?} is not a valid session id", recording.session_id),
            );
        }
        check_description(&recording.description, &mut violations);
        check_attributes(&recording.attributes, &mut violations);
        violations.finish()?;

        let session_missing = || {
            ApiError::invalid(
                "recording.session_id",
                format!(
                    "session {:?} does not exist in this tenant; create the session first",
                    recording.session_id
                ),
            )
        };
        if !db::recordings::session_exists(&self.db, &tenant_id, &recording.session_id)
            .await
            .map_err(ApiError::from)?
        {
            return Err(session_missing().into());
        }

        let now = db::time::now();
        let row = RecordingRow {
            tenant_id: tenant_id.clone(),
            id,
            session_id: recording.session_id.clone(),
            state: IN_PROGRESS.to_owned(),
            paused: false,
            pause_intervals: "[]".to_owned(),
            description: recording.description.clone(),
            attributes: serde_json::to_string(&recording.attributes).expect("maps serialize"),
            content_type: None,
            size_bytes: None,
            sha256: None,
            media_key: None,
            failure_reason: None,
            complete_time: None,
            available_time: None,
            delete_time: None,
            create_time: now,
            update_time: now,
            revision: 1,
        };
        match db::recordings::insert(&self.db, &row).await {
            Ok(()) => {}
            Err(DbError::UniqueViolation(_)) => {
                return Err(ApiError::AlreadyExists {
                    resource: RESOURCE,
                    id: row.id,
                }
                .into());
            }
            Err(DbError::ForeignKeyViolation(_)) => return Err(session_missing().into()),
            Err(error) => return Err(ApiError::from(error).into()),
        }
        tracing::info!(tenant_id = %row.tenant_id, recording_id = %row.id, session_id = %row.session_id, "recording started");
        Ok(Response::new(to_proto(&row)))
    }

    async fn get_recording(
        &self,
        request: Request<GetRecordingRequest>,
    ) -> Result<Response<Recording>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let recording_id = request.into_inner().recording_id;
        require_id(&recording_id, "recording_id")?;
        let row = load(&self.db, &tenant_id, &recording_id).await?;
        Ok(Response::new(to_proto(&row)))
    }

    async fn list_recordings(
        &self,
        request: Request<ListRecordingsRequest>,
    ) -> Result<Response<ListRecordingsResponse>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        let query = RECORDING_LIST.parse(
            &tenant_id,
            &request.filter,
            &request.order_by,
            request.page_size,
            &request.page_token,
        )?;
        let mut rows = db::recordings::list(&self.db, &tenant_id, &query)
            .await
            .map_err(ApiError::from)?;
        let next_page_token = query.finish(&mut rows, db::recordings::cursor);
        Ok(Response::new(ListRecordingsResponse {
            recordings: rows.iter().map(to_proto).collect(),
            next_page_token,
        }))
    }

    async fn update_recording(
        &self,
        request: Request<UpdateRecordingRequest>,
    ) -> Result<Response<Recording>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.recording_id, "recording_id")?;
        let patch = request
            .recording
            .ok_or_else(|| ApiError::required("recording"))?;
        let mask = request
            .update_mask
            .map(|mask| mask.paths)
            .unwrap_or_default();
        let kept: Vec<&str> = SERVER_FIELDS
            .iter()
            .chain(&["session_id"])
            .copied()
            .collect();
        let fields = mask_fields(&mask, UPDATABLE_FIELDS, &kept, "recording")?;
        check_unchanged(&patch.id, &request.recording_id, "recording.id")?;
        let mut violations = Violations::default();
        for field in &fields {
            match *field {
                "description" => check_description(&patch.description, &mut violations),
                "attributes" => check_attributes(&patch.attributes, &mut violations),
                _ => {}
            }
        }
        violations.finish()?;

        let (_, updated) = transition(
            &self.db,
            &tenant_id,
            &request.recording_id,
            &patch.etag,
            |current, _| {
                if mask.iter().any(|path| path == "session_id") {
                    check_unchanged(
                        &patch.session_id,
                        &current.session_id,
                        "recording.session_id",
                    )?;
                }
                let mut row = current.clone();
                for field in &fields {
                    match *field {
                        "description" => row.description = patch.description.clone(),
                        "attributes" => {
                            row.attributes =
                                serde_json::to_string(&patch.attributes).expect("maps serialize")
                        }
                        _ => {}
                    }
                }
                Ok(row)
            },
        )
        .await?;
        Ok(Response::new(to_proto(&updated)))
    }

    async fn delete_recording(
        &self,
        request: Request<DeleteRecordingRequest>,
    ) -> Result<Response<()>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.recording_id, "recording_id")?;
        let current = load(&self.db, &tenant_id, &request.recording_id).await?;
        if current.state == DELETED {
            if !request.etag.is_empty()
                && request.etag != etag(current.create_time, current.revision)
            {
                return Err(ApiError::etag_mismatch(RESOURCE, &current.id).into());
            }
            return Ok(Response::new(()));
        }

        let (before, _) = transition(
            &self.db,
            &tenant_id,
            &request.recording_id,
            &request.etag,
            delete,
        )
        .await?;
        // The row no longer names the media, so nothing can read it any more. An object the
        // store fails to remove is queued for the `media_deletions` job.
        if let Some(key) = &before.media_key {
            self.media.discard(&tenant_id, key).await;
        }
        tracing::info!(tenant_id = %tenant_id, recording_id = %before.id, "recording deleted");
        Ok(Response::new(()))
    }

    async fn pause_recording(
        &self,
        request: Request<PauseRecordingRequest>,
    ) -> Result<Response<Recording>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        self.change_state(&tenant_id, &request.recording_id, &request.etag, pause)
            .await
    }

    async fn resume_recording(
        &self,
        request: Request<ResumeRecordingRequest>,
    ) -> Result<Response<Recording>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        self.change_state(&tenant_id, &request.recording_id, &request.etag, resume)
            .await
    }

    async fn complete_recording(
        &self,
        request: Request<CompleteRecordingRequest>,
    ) -> Result<Response<Recording>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        self.change_state(&tenant_id, &request.recording_id, &request.etag, complete)
            .await
    }

    async fn get_recording_media_url(
        &self,
        request: Request<GetRecordingMediaUrlRequest>,
    ) -> Result<Response<RecordingMediaUrl>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.recording_id, "recording_id")?;
        let ttl = match request.ttl_seconds {
            0 => DEFAULT_URL_TTL_SECONDS,
            ttl if (1..=MAX_URL_TTL_SECONDS).contains(&ttl) => ttl,
            ttl => {
                return Err(ApiError::invalid(
                    "ttl_seconds",
                    format!("{ttl} is out of range; use 1 to {MAX_URL_TTL_SECONDS} seconds"),
                )
                .into());
            }
        };
        let media = self
            .media
            .readable(&tenant_id, &request.recording_id)
            .await?;
        let (url, expire_time) = self
            .media
            .signed_url(&media, Duration::from_secs(ttl as u64));
        Ok(Response::new(RecordingMediaUrl {
            url,
            expire_time: timestamp(expire_time),
        }))
    }

    async fn upload_recording_media(
        &self,
        request: Request<Streaming<UploadRecordingMediaRequest>>,
    ) -> Result<Response<Recording>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let mut messages = request.into_inner();
        let first = messages.message().await?.ok_or_else(|| {
            ApiError::invalid(
                "recording_id",
                "the stream is empty; send recording_id and content_type in the first message",
            )
        })?;
        let mut violations = Violations::default();
        if first.recording_id.is_empty() {
            violations.missing("recording_id");
        }
        if first.content_type.is_empty() {
            violations.missing("content_type");
        }
        violations.finish()?;
        require_id(&first.recording_id, "recording_id")?;

        let data = upload_chunks(
            first.data,
            messages,
            first.recording_id.clone(),
            first.content_type.clone(),
        );
        let row = self
            .media
            .upload(&tenant_id, &first.recording_id, &first.content_type, data)
            .await?;
        Ok(Response::new(to_proto(&row)))
    }

    type DownloadRecordingMediaStream =
        Pin<Box<dyn Stream<Item = Result<DownloadRecordingMediaResponse, Status>> + Send>>;

    async fn download_recording_media(
        &self,
        request: Request<DownloadRecordingMediaRequest>,
    ) -> Result<Response<Self::DownloadRecordingMediaStream>, Status> {
        let tenant_id = Caller::tenant_of(&request)?;
        let request = request.into_inner();
        require_id(&request.recording_id, "recording_id")?;
        let mut violations = Violations::default();
        violations.check(
            request.read_offset >= 0,
            "read_offset",
            "must not be negative",
        );
        violations.check(
            request.read_limit >= 0,
            "read_limit",
            "must not be negative",
        );
        violations.finish()?;

        let media = self
            .media
            .readable(&tenant_id, &request.recording_id)
            .await?;
        let start = request.read_offset as u64;
        if start > 0 && start >= media.size {
            return Err(ApiError::invalid(
                "read_offset",
                format!(
                    "{start} is at or past the end of the media's {} bytes",
                    media.size
                ),
            )
            .into());
        }
        let end = match request.read_limit {
            0 => media.size,
            limit => start.saturating_add(limit as u64).min(media.size),
        };
        let chunks = self.media.read(&media, start..end).await?;

        let mut first = Some((media.content_type.clone(), media.size as i64));
        let stream = chunks
            .map_err(|error| Status::internal(format!("reading the media failed: {error}")))
            .map(move |chunk| {
                let data = chunk?;
                let (content_type, size_bytes) = first.take().unwrap_or_default();
                Ok(DownloadRecordingMediaResponse {
                    content_type,
                    size_bytes,
                    data: data.to_vec(),
                })
            });
        // An empty selection still sends one message, with the content type and size.
        let header = futures::stream::once(async move {
            Ok::<_, Status>(DownloadRecordingMediaResponse {
                content_type: media.content_type.clone(),
                size_bytes: media.size as i64,
                data: Vec::new(),
            })
        });
        let stream: Self::DownloadRecordingMediaStream = if start == end {
            Box::pin(header)
        } else {
            Box::pin(stream)
        };
        Ok(Response::new(stream))
    }
}

/// Turns an upload stream into bytes: the first message's data, then each later message's.
/// A later message naming another recording or content type ends the upload with
/// INVALID_ARGUMENT; a broken stream ends it with the stream's status.
fn upload_chunks(
    first: Vec<u8>,
    rest: Streaming<UploadRecordingMediaRequest>,
    recording_id: String,
    content_type: String,
) -> ByteStream {
    let rest = rest.map(move |message| {
        let message = message.map_err(std::io::Error::other)?;
        if !message.recording_id.is_empty() && message.recording_id != recording_id {
            return Err(std::io::Error::other(ApiError::invalid(
                "recording_id",
                format!(
                    "names {:?} in a later message of an upload of {recording_id:?}; send it only in the first message",
                    message.recording_id
                ),
            )));
        }
        if !message.content_type.is_empty() && message.content_type != content_type {
            return Err(std::io::Error::other(ApiError::invalid(
                "content_type",
                "differs from the first message's; send it only in the first message",
            )));
        }
        Ok(Bytes::from(message.data))
    });
    futures::stream::once(async move { Ok(Bytes::from(first)) })
        .chain(rest)
        .try_filter(|chunk| futures::future::ready(!chunk.is_empty()))
        .boxed()
}

fn check_description(description: &str, violations: &mut Violations) {
    let length = description.chars().count();
    violations.check(
        length <= MAX_DESCRIPTION_CHARS,
        "recording.description",
        format!("is {length} characters long; the maximum is {MAX_DESCRIPTION_CHARS}"),
    );
    violations.check(
        !description
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "recording.description",
        "contains control characters other than newlines and tabs; remove them",
    );
}

fn check_attributes(attributes: &HashMap<String, String>, violations: &mut Violations) {
    violations.check(
        attributes.len() <= MAX_ATTRIBUTES,
        "recording.attributes",
        format!(
            "has {} entries; the maximum is {MAX_ATTRIBUTES}",
            attributes.len()
        ),
    );
    let mut keys: Vec<&String> = attributes.keys().collect();
    keys.sort();
    for key in keys {
        let value = &attributes[key];
        let key_length = key.chars().count();
        violations.check(
            (1..=MAX_ATTRIBUTE_KEY_CHARS).contains(&key_length)
                && !key.chars().any(char::is_control),
            format!("recording.attributes[{key:?}]"),
            format!(
                "the key must be 1 to {MAX_ATTRIBUTE_KEY_CHARS} characters without control characters"
            ),
        );
        violations.check(
            value.chars().count() <= MAX_ATTRIBUTE_VALUE_CHARS
                && !value.chars().any(char::is_control),
            format!("recording.attributes[{key:?}]"),
            format!(
                "the value must be at most {MAX_ATTRIBUTE_VALUE_CHARS} characters without control characters"
            ),
        );
    }
}

/// Computes the seconds recorded: from creation to completion, less the paused stretches.
fn recorded_seconds(row: &RecordingRow) -> i32 {
    let Some(complete) = row.complete_time else {
        return 0;
    };
    let paused: i64 = pauses(row)
        .iter()
        .map(|pause| {
            let end = pause.end.unwrap_or(complete);
            (end - pause.start).num_microseconds().unwrap_or(0).max(0)
        })
        .sum();
    let total = (complete - row.create_time).num_microseconds().unwrap_or(0);
    let seconds = (total - paused).max(0) / 1_000_000;
    i32::try_from(seconds).unwrap_or(i32::MAX)
}

/// Converts a stored recording to its API form.
pub fn to_proto(row: &RecordingRow) -> Recording {
    let state = RecordingState::from_str_name(&full_name(&row.state, "RECORDING_STATE_"))
        .unwrap_or_default();
    Recording {
        id: row.id.clone(),
        session_id: row.session_id.clone(),
        state: state as i32,
        paused: row.paused,
        pause_intervals: pauses(row)
            .into_iter()
            .map(|pause| PauseInterval {
                start_time: timestamp(pause.start),
                end_time: pause.end.and_then(timestamp),
            })
            .collect(),
        description: row.description.clone(),
        attributes: serde_json::from_str(&row.attributes).unwrap_or_default(),
        content_type: row.content_type.clone().unwrap_or_default(),
        size_bytes: row.size_bytes.unwrap_or_default(),
        sha256: row.sha256.clone().unwrap_or_default(),
        recorded_seconds: recorded_seconds(row),
        failure_reason: row.failure_reason.clone().unwrap_or_default(),
        complete_time: row.complete_time.and_then(timestamp),
        available_time: row.available_time.and_then(timestamp),
        delete_time: row.delete_time.and_then(timestamp),
        create_time: timestamp(row.create_time),
        update_time: timestamp(row.update_time),
        etag: etag(row.create_time, row.revision),
    }
}
