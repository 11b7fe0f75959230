//! Recordings: the state machine, media uploads and downloads over REST and gRPC streams,
//! signed URLs, the limits on uploads, retention, the media of deleted tenants, tenant
//! isolation and scopes.

use std::{path::PathBuf, sync::Arc, time::Duration};

use chrono::TimeDelta;

use diesel_async::RunQueryDsl as _;
use globemeet::{
    db::{
        self,
        models::{EventRow, MediaDeletionRow, SessionRow},
        schema::{events, sessions},
    },
    jobs::{JobContext, recordings as recording_jobs},
    proto::globemeet::v1::{
        Client, CompleteRecordingRequest, CreateClientRequest, CreateRecordingRequest,
        DeleteTenantRequest, DownloadRecordingMediaRequest, GetRecordingRequest, GetTenantRequest,
        ListRecordingsRequest, PauseRecordingRequest, Recording, RecordingState,
        ResumeRecordingRequest, Tenant, UpdateTenantRequest, UploadRecordingMediaRequest,
    },
};
use prost_types::FieldMask;
use reqwest::StatusCode;
use serde_json::Value;
use tonic::Code;

use crate::{
    backend_test,
    support::{Backend, TENANT, TestServer, error_reason, violated_fields},
};

const TEN_MIB: usize = 10 * 1024 * 1024;

/// Deterministic bytes that are not all alike, so a byte out of place shows.
fn media_bytes(length: usize, seed: u64) -> Vec<u8> {
    let mut state = seed | 1;
    (0..length)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

/// Inserts a session row directly: recordings need one, and sessions are not what these tests
/// exercise.
async fn insert_session(server: &TestServer, tenant_id: &str) -> String {
    let now = db::time::now();
    let id = globemeet::ids::generate("ses");
    let row = SessionRow {
        tenant_id: tenant_id.to_owned(),
        id: id.clone(),
        queue_id: "q_test".into(),
        agent_id: None,
        channel: "voice".into(),
        customer_ref: "customer-1".into(),
        priority: "normal".into(),
        priority_rank: 2,
        attributes: "{}".into(),
        state: "queued".into(),
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
    let mut conn = server.db.conn().await.expect("connection");
    diesel::insert_into(sessions::table)
        .values(&row)
        .execute(&mut conn)
        .await
        .expect("insert session");
    id
}

/// Returns the outbox events of a tenant, oldest first.
async fn tenant_events(server: &TestServer, tenant_id: &str) -> Vec<EventRow> {
    use diesel::{ExpressionMethods as _, QueryDsl as _, SelectableHelper as _};
    let mut conn = server.db.conn().await.expect("connection");
    events::table
        .filter(events::tenant_id.eq(tenant_id))
        .order((events::create_time, events::id))
        .select(EventRow::as_select())
        .load(&mut conn)
        .await
        .expect("events")
}

/// Starts a recording of a new session of the default tenant over gRPC.
async fn start_recording(server: &TestServer) -> Recording {
    let session_id = insert_session(server, TENANT).await;
    server
        .recordings()
        .await
        .create_recording(CreateRecordingRequest {
            recording: Some(Recording {
                session_id,
                ..Recording::default()
            }),
        })
        .await
        .expect("create recording")
        .into_inner()
}

async fn complete(server: &TestServer, recording_id: &str) -> Recording {
    server
        .recordings()
        .await
        .complete_recording(CompleteRecordingRequest {
            recording_id: recording_id.to_owned(),
            etag: String::new(),
        })
        .await
        .expect("complete")
        .into_inner()
}

/// Starts and completes a recording of the test tenant and uploads `data` as its media.
async fn recording_with_media(server: &TestServer, data: &[u8]) -> Recording {
    let recording = start_recording(server).await;
    complete(server, &recording.id).await;
    let response = put_streamed(server, &server.token, &recording.id, "audio/wav", data).await;
    assert_eq!(response.status(), StatusCode::OK);
    recording
}

/// Returns every queued media deletion, due or not: entries are due at most a day ahead.
async fn queued_deletions(server: &TestServer) -> Vec<MediaDeletionRow> {
    let horizon = server.clock.now() + TimeDelta::days(3);
    db::media_deletions::due(&server.db, horizon, 100)
        .await
        .expect("list media deletions")
}

/// Uploads `data` with `PUT …/media` as a streamed body (no `Content-Length`), in chunks.
async fn put_streamed(
    server: &TestServer,
    token: &str,
    recording_id: &str,
    content_type: &str,
    data: &[u8],
) -> reqwest::Response {
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> = data
        .chunks(64 * 1024)
        .map(|chunk| Ok(chunk.to_vec()))
        .collect();
    reqwest::Client::new()
        .put(server.url(&format!("/v1/recordings/{recording_id}/media")))
        .bearer_auth(token)
        .header("content-type", content_type)
        .body(reqwest::Body::wrap_stream(futures::stream::iter(chunks)))
        .send()
        .await
        .expect("upload request")
}

/// Uploads `data` over gRPC client streaming, in chunks.
async fn upload_grpc(
    server: &TestServer,
    token: &str,
    recording_id: &str,
    content_type: &str,
    data: &[u8],
) -> Result<Recording, tonic::Status> {
    let mut messages: Vec<UploadRecordingMediaRequest> = data
        .chunks(256 * 1024)
        .map(|chunk| UploadRecordingMediaRequest {
            data: chunk.to_vec(),
            ..UploadRecordingMediaRequest::default()
        })
        .collect();
    if messages.is_empty() {
        messages.push(UploadRecordingMediaRequest::default());
    }
    messages[0].recording_id = recording_id.to_owned();
    messages[0].content_type = content_type.to_owned();
    server
        .recordings_with(token)
        .await
        .upload_recording_media(futures::stream::iter(messages))
        .await
        .map(tonic::Response::into_inner)
}

/// Reads media over gRPC server streaming and returns the first message's content type and
/// size with all bytes.
async fn download_grpc(
    server: &TestServer,
    recording_id: &str,
    read_offset: i64,
    read_limit: i64,
) -> Result<(String, i64, Vec<u8>), tonic::Status> {
    let mut stream = server
        .recordings()
        .await
        .download_recording_media(DownloadRecordingMediaRequest {
            recording_id: recording_id.to_owned(),
            read_offset,
            read_limit,
        })
        .await?
        .into_inner();
    let mut header = None;
    let mut bytes = Vec::new();
    while let Some(message) = stream.message().await? {
        if header.is_none() {
            header = Some((message.content_type.clone(), message.size_bytes));
        } else {
            assert!(
                message.content_type.is_empty(),
                "only the first message has a type"
            );
        }
        bytes.extend_from_slice(&message.data);
    }
    let (content_type, size) = header.expect("at least one message");
    Ok((content_type, size, bytes))
}

/// `GET url` with an optional `Range`, returning status, headers and body.
async fn get(
    url: &str,
    token: Option<&str>,
    range: Option<&str>,
) -> (StatusCode, reqwest::header::HeaderMap, Vec<u8>) {
    let mut request = reqwest::Client::new().get(url);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    if let Some(range) = range {
        request = request.header("range", range);
    }
    let response = request.send().await.expect("GET");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.bytes().await.expect("body").to_vec();
    (status, headers, body)
}

fn header<'a>(headers: &'a reqwest::header::HeaderMap, name: &str) -> &'a str {
    headers
        .get(name)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
}

fn json(body: &[u8]) -> Value {
    serde_json::from_slice(body).unwrap_or_else(|_| {
        panic!(
            "JSON body expected, got {:?}",
            String::from_utf8_lossy(body)
        )
    })
}

fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest as _;
    sha2::Sha256::digest(data)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Every file under the media folder, unfinished uploads included.
fn media_files(server: &TestServer) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![server.media_dir.path().to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("read media folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found
}

/// Reads the media back with a sequence of single ranges and checks each answer.
async fn read_by_ranges(server: &TestServer, recording_id: &str, expected: &[u8]) {
    let url = server.url(&format!("/v1/recordings/{recording_id}/media"));
    let size = expected.len();
    let mut assembled = Vec::with_capacity(size);
    // Unequal steps, so ranges start and end off any chunk boundary.
    let mut start = 0;
    let mut step = 1_000_003;
    while start < size {
        let end = (start + step).min(size) - 1;
        let (status, headers, body) = get(
            &url,
            Some(&server.token),
            Some(&format!("bytes={start}-{end}")),
        )
        .await;
        assert_eq!(status, StatusCode::PARTIAL_CONTENT, "bytes={start}-{end}");
        assert_eq!(
            header(&headers, "content-range"),
            format!("bytes {start}-{end}/{size}")
        );
        assert_eq!(
            header(&headers, "content-length"),
            (end - start + 1).to_string()
        );
        assembled.extend_from_slice(&body);
        start = end + 1;
        step = step * 3 / 2;
    }
    assert!(
        assembled == expected,
        "the ranges put together are the media"
    );

    let (status, headers, body) = get(&url, Some(&server.token), Some("bytes=-1000")).await;
    assert_eq!(status, StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        header(&headers, "content-range"),
        format!("bytes {}-{}/{size}", size - 1000, size - 1)
    );
    assert!(body == expected[size - 1000..]);

    let (status, _, body) = get(
        &url,
        Some(&server.token),
        Some(&format!("bytes={}-", size - 5)),
    )
    .await;
    assert_eq!(status, StatusCode::PARTIAL_CONTENT);
    assert!(body == expected[size - 5..]);

    let (status, headers, body) = get(&url, Some(&server.token), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&headers, "accept-ranges"), "bytes");
    assert_eq!(header(&headers, "content-type"), "audio/wav");
    assert!(body == expected, "the whole media comes back unchanged");

    let (status, headers, body) =
        get(&url, Some(&server.token), Some(&format!("bytes={size}-"))).await;
    assert_eq!(status, StatusCode::RANGE_NOT_SATISFIABLE);
    assert_eq!(header(&headers, "content-range"), format!("bytes */{size}"));
    assert_eq!(json(&body)["error"]["code"], 416);

    let (status, _, body) = get(&url, Some(&server.token), Some("bytes=0-1,5-6")).await;
    assert_eq!(status, StatusCode::OK, "several ranges get the whole media");
    assert_eq!(body.len(), size);
}

backend_test!(recording_states_follow_the_lifecycle);
async fn recording_states_follow_the_lifecycle(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let mut recordings = server.recordings().await;

    let missing = recordings
        .create_recording(CreateRecordingRequest {
            recording: Some(Recording {
                session_id: "ses_missing".into(),
                ..Recording::default()
            }),
        })
        .await
        .expect_err("a recording needs an existing session");
    assert_eq!(missing.code(), Code::InvalidArgument);
    assert_eq!(violated_fields(&missing), vec!["recording.session_id"]);

    let created = start_recording(&server).await;
    assert!(created.id.starts_with("rec_"), "{}", created.id);
    assert_eq!(created.state, RecordingState::InProgress as i32);
    assert!(!created.paused);
    let id = created.id.clone();
    let pause = |etag: &str| PauseRecordingRequest {
        recording_id: id.clone(),
        etag: etag.to_owned(),
    };
    let resume = || ResumeRecordingRequest {
        recording_id: id.clone(),
        etag: String::new(),
    };

    let paused = recordings
        .pause_recording(pause(&created.etag))
        .await
        .expect("pause")
        .into_inner();
    assert!(paused.paused);
    assert_eq!(paused.pause_intervals.len(), 1);
    assert!(paused.pause_intervals[0].end_time.is_none());

    let stale = recordings
        .resume_recording(ResumeRecordingRequest {
            recording_id: id.clone(),
            etag: created.etag.clone(),
        })
        .await
        .expect_err("a stale etag is refused");
    assert_eq!(stale.code(), Code::Aborted);

    let twice = recordings
        .pause_recording(pause(""))
        .await
        .expect_err("pausing a paused recording");
    assert_eq!(twice.code(), Code::FailedPrecondition);
    assert_eq!(
        error_reason(&twice).as_deref(),
        Some("RECORDING_ALREADY_PAUSED")
    );
    assert!(
        twice.message().contains("in_progress"),
        "{}",
        twice.message()
    );

    let resumed = recordings
        .resume_recording(resume())
        .await
        .expect("resume")
        .into_inner();
    assert!(!resumed.paused);
    assert!(resumed.pause_intervals[0].end_time.is_some());
    let not_paused = recordings
        .resume_recording(resume())
        .await
        .expect_err("resuming a running recording");
    assert_eq!(
        error_reason(&not_paused).as_deref(),
        Some("RECORDING_NOT_PAUSED")
    );

    recordings
        .pause_recording(pause(""))
        .await
        .expect("pause again");
    let completed = complete(&server, &id).await;
    assert_eq!(completed.state, RecordingState::Processing as i32);
    assert!(!completed.paused, "completing closes the open pause");
    assert_eq!(completed.pause_intervals.len(), 2);
    assert!(
        completed
            .pause_intervals
            .iter()
            .all(|p| p.end_time.is_some())
    );
    assert!(completed.complete_time.is_some());

    for error in [
        recordings
            .pause_recording(pause(""))
            .await
            .expect_err("pause"),
        recordings
            .resume_recording(resume())
            .await
            .expect_err("resume"),
        recordings
            .complete_recording(CompleteRecordingRequest {
                recording_id: id.clone(),
                etag: String::new(),
            })
            .await
            .expect_err("complete"),
    ] {
        assert_eq!(error.code(), Code::FailedPrecondition);
        assert_eq!(
            error_reason(&error).as_deref(),
            Some("RECORDING_NOT_IN_PROGRESS")
        );
        assert!(
            error.message().contains("is processing"),
            "{}",
            error.message()
        );
    }
    let unchanged = recordings
        .get_recording(GetRecordingRequest {
            recording_id: id.clone(),
        })
        .await
        .expect("get")
        .into_inner();
    assert_eq!(unchanged, completed, "refused changes change nothing");

    let available = upload_grpc(&server, &server.token, &id, "audio/wav", b"RIFF....WAVE")
        .await
        .expect("upload");
    assert_eq!(available.state, RecordingState::Available as i32);
    assert_eq!(available.size_bytes, 12);
    assert_eq!(available.sha256, sha256_hex(b"RIFF....WAVE"));
    let replaced = upload_grpc(&server, &server.token, &id, "audio/wav", b"other")
        .await
        .expect_err("media is never replaced");
    assert_eq!(
        error_reason(&replaced).as_deref(),
        Some("RECORDING_MEDIA_EXISTS")
    );

    let events = tenant_events(&server, TENANT).await;
    let completed_events: Vec<&EventRow> = events
        .iter()
        .filter(|event| event.event_type == "recording.completed")
        .collect();
    assert_eq!(completed_events.len(), 1, "one recording.completed");
    let data: Value = serde_json::from_str(&completed_events[0].data).expect("event JSON");
    assert_eq!(data["id"], id.as_str());
    assert_eq!(data["state"], "available");
    assert_eq!(data["size_bytes"], "12");

    // Over REST: a PATCH, then the delete, which keeps the recording without media.
    let client = reqwest::Client::new();
    let patched = client
        .patch(server.url(&format!("/v1/recordings/{id}")))
        .bearer_auth(&server.token)
        .json(&serde_json::json!({"description": "card payment paused", "attributes": {"lang": "en"}}))
        .send()
        .await
        .expect("PATCH");
    assert_eq!(patched.status(), StatusCode::OK);
    let patched: Value = patched.json().await.expect("JSON");
    assert_eq!(patched["description"], "card payment paused");
    assert_eq!(patched["attributes"]["lang"], "en");
    assert_eq!(patched["state"], "available");

    for _ in 0..2 {
        let deleted = client
            .delete(server.url(&format!("/v1/recordings/{id}")))
            .bearer_auth(&server.token)
            .send()
            .await
            .expect("DELETE");
        assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
    }
    let after = recordings
        .get_recording(GetRecordingRequest {
            recording_id: id.clone(),
        })
        .await
        .expect("a deleted recording stays readable")
        .into_inner();
    assert_eq!(after.state, RecordingState::Deleted as i32);
    assert!(after.delete_time.is_some());
    assert!(media_files(&server).is_empty(), "the media is gone");
    let (status, _, body) = get(
        &server.url(&format!("/v1/recordings/{id}/media")),
        Some(&server.token),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(json(&body)["error"]["status"], "FAILED_PRECONDITION");

    let listed = recordings
        .list_recordings(ListRecordingsRequest {
            filter: "state = \"deleted\"".into(),
            ..ListRecordingsRequest::default()
        })
        .await
        .expect("list")
        .into_inner();
    assert_eq!(listed.recordings.len(), 1);
    assert_eq!(listed.recordings[0].id, id);

    server.stop().await;
}

backend_test!(ten_mib_streamed_over_rest_reads_back_by_ranges);
async fn ten_mib_streamed_over_rest_reads_back_by_ranges(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let recording = start_recording(&server).await;
    let data = media_bytes(TEN_MIB, 42);

    complete(&server, &recording.id).await;
    let response = put_streamed(&server, &server.token, &recording.id, "audio/wav", &data).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers().contains_key("ratelimit-remaining"));
    let body: Value = response.json().await.expect("recording JSON");
    assert_eq!(body["state"], "available");
    assert_eq!(body["size_bytes"], TEN_MIB.to_string());
    assert_eq!(body["sha256"], sha256_hex(&data));
    assert_eq!(body["content_type"], "audio/wav");

    read_by_ranges(&server, &recording.id, &data).await;

    let (content_type, size, streamed) = download_grpc(&server, &recording.id, 0, 0)
        .await
        .expect("gRPC download");
    assert_eq!(content_type, "audio/wav");
    assert_eq!(size, TEN_MIB as i64);
    assert!(streamed == data, "the gRPC stream is the media");
    let (_, _, part) = download_grpc(&server, &recording.id, 5_000_000, 777_777)
        .await
        .expect("gRPC range");
    assert!(part == data[5_000_000..5_777_777]);
    let beyond = download_grpc(&server, &recording.id, TEN_MIB as i64, 0)
        .await
        .expect_err("an offset past the end");
    assert_eq!(beyond.code(), Code::InvalidArgument);

    server.stop().await;
}

backend_test!(ten_mib_streamed_over_grpc_reads_back_identically);
async fn ten_mib_streamed_over_grpc_reads_back_identically(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let recording = start_recording(&server).await;
    let data = media_bytes(TEN_MIB, 7);

    // Uploaded while in progress: the recording stays in progress until completed, and then
    // goes straight on to available.
    let uploaded = upload_grpc(&server, &server.token, &recording.id, "audio/wav", &data)
        .await
        .expect("gRPC upload");
    assert_eq!(uploaded.state, RecordingState::InProgress as i32);
    assert_eq!(uploaded.size_bytes, TEN_MIB as i64);
    let (status, _, _) = get(
        &server.url(&format!("/v1/recordings/{}/media", recording.id)),
        Some(&server.token),
        None,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "no reads before completion"
    );
    let completed = complete(&server, &recording.id).await;
    assert_eq!(completed.state, RecordingState::Available as i32);

    read_by_ranges(&server, &recording.id, &data).await;
    let (_, _, streamed) = download_grpc(&server, &recording.id, 0, 0)
        .await
        .expect("gRPC download");
    assert!(streamed == data);

    server.stop().await;
}

backend_test!(signed_urls_expire_and_resist_tampering);
async fn signed_urls_expire_and_resist_tampering(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let recording = start_recording(&server).await;
    let data = media_bytes(100_000, 3);
    let url_of = |ttl: &str| server.url(&format!("/v1/recordings/{}:mediaUrl{ttl}", recording.id));

    let (status, _, body) = get(&url_of(""), Some(&server.token), None).await;
    assert_eq!(
        status,
        StatusCode::BAD_REQUEST,
        "no URL before media is available"
    );
    assert_eq!(
        json(&body)["error"]["details"][0]["reason"],
        "RECORDING_MEDIA_NOT_AVAILABLE"
    );

    complete(&server, &recording.id).await;
    let response = put_streamed(&server, &server.token, &recording.id, "audio/wav", &data).await;
    assert_eq!(response.status(), StatusCode::OK);

    let (status, _, body) = get(&url_of("?ttl_seconds=60"), Some(&server.token), None).await;
    assert_eq!(status, StatusCode::OK);
    let signed = json(&body);
    let media_url = signed["url"].as_str().expect("url").to_owned();
    assert!(
        media_url.starts_with(&server.url("/v1/media/")),
        "{media_url}"
    );
    let expire_time = chrono::DateTime::parse_from_rfc3339(signed["expire_time"].as_str().unwrap())
        .expect("RFC 3339 expiry");
    let remaining = expire_time.timestamp() - chrono::Utc::now().timestamp();
    assert!((58..=61).contains(&remaining), "expires in {remaining} s");

    let (status, headers, body) = get(&media_url, None, None).await;
    assert_eq!(status, StatusCode::OK, "no token needed");
    assert_eq!(header(&headers, "content-type"), "audio/wav");
    assert!(body == data);
    let (status, _, body) = get(&media_url, None, Some("bytes=10-19")).await;
    assert_eq!(status, StatusCode::PARTIAL_CONTENT);
    assert!(body == data[10..20]);

    let token = media_url.rsplit('/').next().unwrap().to_owned();
    let (payload, signature) = token.split_once('.').unwrap();
    let mut flipped = signature.as_bytes().to_vec();
    flipped[3] = if flipped[3] == b'A' { b'B' } else { b'A' };
    let forged_payload = {
        use base64::Engine as _;
        let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let mut grant: Value = serde_json::from_slice(&engine.decode(payload).unwrap()).unwrap();
        grant["e"] = Value::from(grant["e"].as_i64().unwrap() + 86_400);
        engine.encode(serde_json::to_vec(&grant).unwrap())
    };
    for tampered in [
        format!("{payload}.{}", String::from_utf8(flipped).unwrap()),
        format!("{forged_payload}.{signature}"),
        "garbage".to_owned(),
    ] {
        let (status, _, body) =
            get(&server.url(&format!("/v1/media/{tampered}")), None, None).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{tampered}");
        let body = json(&body);
        assert_eq!(body["error"]["status"], "PERMISSION_DENIED");
        assert_eq!(body["error"]["details"][0]["reason"], "MEDIA_URL_INVALID");
    }

    // Expiry is checked on the scheduling clock, which the test moves past the URL's lifetime.
    server.clock.advance(Duration::from_secs(61));
    let (status, _, body) = get(&media_url, None, None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(
        json(&body)["error"]["details"][0]["reason"],
        "MEDIA_URL_EXPIRED"
    );

    let (status, _, _) = get(&url_of("?ttl_seconds=86401"), Some(&server.token), None).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    server.stop().await;
}

backend_test!(uploads_are_checked_and_refusals_keep_nothing);
async fn uploads_are_checked_and_refusals_keep_nothing(backend: Backend) {
    const LIMIT: u64 = 256 * 1024;
    let server = TestServer::start_with(&backend, |config| config.max_media_bytes = LIMIT).await;
    let recording = start_recording(&server).await;
    complete(&server, &recording.id).await;
    let url = server.url(&format!("/v1/recordings/{}/media", recording.id));

    for content_type in ["text/plain", "application/octet-stream", "audio"] {
        let response =
            put_streamed(&server, &server.token, &recording.id, content_type, b"abc").await;
        assert_eq!(
            response.status(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type}"
        );
        let body: Value = response.json().await.expect("error body");
        assert_eq!(body["error"]["code"], 415);
        assert!(
            body["error"]["message"]
                .as_str()
                .unwrap()
                .contains("audio/*"),
            "{body}"
        );
    }
    let response = reqwest::Client::new()
        .put(&url)
        .bearer_auth(&server.token)
        .body("abc")
        .send()
        .await
        .expect("PUT without a content type");
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);

    // Streamed without a length: refused once the limit is passed.
    let too_big = media_bytes(LIMIT as usize * 4, 5);
    let response = put_streamed(&server, &server.token, &recording.id, "audio/wav", &too_big).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let body: Value = response.json().await.expect("error body");
    assert_eq!(body["error"]["code"], 413);
    // With a declared length: refused before the body is read.
    let response = reqwest::Client::new()
        .put(&url)
        .bearer_auth(&server.token)
        .header("content-type", "audio/wav")
        .body(too_big.clone())
        .send()
        .await
        .expect("PUT with a length");
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let refused = upload_grpc(&server, &server.token, &recording.id, "audio/wav", &too_big)
        .await
        .expect_err("over the limit over gRPC");
    assert_eq!(refused.code(), Code::InvalidArgument);
    assert_eq!(error_reason(&refused).as_deref(), Some("MEDIA_TOO_LARGE"));
    let wrong_type = upload_grpc(&server, &server.token, &recording.id, "image/png", b"x")
        .await
        .expect_err("a wrong type over gRPC");
    assert_eq!(
        error_reason(&wrong_type).as_deref(),
        Some("UNSUPPORTED_MEDIA_TYPE")
    );
    let empty = upload_grpc(&server, &server.token, &recording.id, "audio/wav", b"")
        .await
        .expect_err("an empty upload");
    assert_eq!(empty.code(), Code::InvalidArgument);

    assert!(
        media_files(&server).is_empty(),
        "nothing is kept: {:?}",
        media_files(&server)
    );
    let unchanged = server
        .recordings()
        .await
        .get_recording(GetRecordingRequest {
            recording_id: recording.id.clone(),
        })
        .await
        .expect("get")
        .into_inner();
    assert_eq!(unchanged.state, RecordingState::Processing as i32);
    assert_eq!(unchanged.size_bytes, 0);

    // Exactly at the limit is accepted.
    let fits = media_bytes(LIMIT as usize, 9);
    let response = put_streamed(&server, &server.token, &recording.id, "Audio/WAV", &fits).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(media_files(&server).len(), 1);
    let queued = queued_deletions(&server).await;
    assert!(
        queued.is_empty(),
        "refused uploads leave no entry: {queued:?}"
    );

    server.stop().await;
}

backend_test!(retention_deletes_expired_media_once);
async fn retention_deletes_expired_media_once(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let admin = server.bootstrap(None, "root").await;
    let admin_token = server
        .token_for(&admin.client_id, &admin.client_secret)
        .await;
    let mut tenants = server.tenants_with(&admin_token).await;

    let invalid = tenants
        .update_tenant(UpdateTenantRequest {
            tenant_id: TENANT.into(),
            tenant: Some(Tenant {
                recording_retention_days: -1,
                ..Tenant::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["recording_retention_days".into()],
            }),
        })
        .await
        .expect_err("negative retention");
    assert_eq!(
        violated_fields(&invalid),
        vec!["tenant.recording_retention_days"]
    );
    let tenant = tenants
        .update_tenant(UpdateTenantRequest {
            tenant_id: TENANT.into(),
            tenant: Some(Tenant {
                recording_retention_days: 30,
                ..Tenant::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["recording_retention_days".into()],
            }),
        })
        .await
        .expect("set retention")
        .into_inner();
    assert_eq!(tenant.recording_retention_days, 30);
    assert_eq!(
        tenant.rate_limit_per_minute, 600,
        "other fields keep their value"
    );
    let fetched = tenants
        .get_tenant(GetTenantRequest {
            tenant_id: TENANT.into(),
        })
        .await
        .expect("get tenant")
        .into_inner();
    assert_eq!(fetched.recording_retention_days, 30);

    // Tenant A keeps recordings 30 days; tenant B keeps them.
    let kept_token = server.other_tenant("tenant_keeps").await;
    let data = media_bytes(50_000, 11);
    let expiring = recording_with_media(&server, &data).await;
    let kept_session = insert_session(&server, "tenant_keeps").await;
    let mut kept_recordings = server.recordings_with(&kept_token).await;
    let kept = kept_recordings
        .create_recording(CreateRecordingRequest {
            recording: Some(Recording {
                session_id: kept_session,
                ..Recording::default()
            }),
        })
        .await
        .expect("create in the other tenant")
        .into_inner();
    kept_recordings
        .complete_recording(CompleteRecordingRequest {
            recording_id: kept.id.clone(),
            etag: String::new(),
        })
        .await
        .expect("complete");
    upload_grpc(&server, &kept_token, &kept.id, "audio/wav", &data)
        .await
        .expect("upload in the other tenant");
    assert_eq!(media_files(&server).len(), 2);

    // A processing recording without media fails after its deadline.
    let stalled_session = insert_session(&server, "tenant_keeps").await;
    let stalled = kept_recordings
        .create_recording(CreateRecordingRequest {
            recording: Some(Recording {
                session_id: stalled_session,
                ..Recording::default()
            }),
        })
        .await
        .expect("create")
        .into_inner();
    kept_recordings
        .complete_recording(CompleteRecordingRequest {
            recording_id: stalled.id.clone(),
            etag: String::new(),
        })
        .await
        .expect("complete");

    server.clock.advance(Duration::from_secs(29 * 86_400));
    tokio::time::sleep(Duration::from_millis(300)).await;
    let get = |id: String| GetRecordingRequest { recording_id: id };
    let mut recordings = server.recordings().await;
    let young = recordings
        .get_recording(get(expiring.id.clone()))
        .await
        .expect("get")
        .into_inner();
    assert_eq!(
        young.state,
        RecordingState::Available as i32,
        "29 days are within 30"
    );

    server.clock.advance(Duration::from_secs(86_400 + 60));
    let deleted = wait_for(|| {
        let mut recordings = recordings.clone();
        let id = expiring.id.clone();
        async move {
            let recording = recordings
                .get_recording(get(id))
                .await
                .expect("get")
                .into_inner();
            (recording.state == RecordingState::Deleted as i32).then_some(recording)
        }
    })
    .await;
    assert!(deleted.delete_time.is_some());
    assert_eq!(
        media_files(&server).len(),
        1,
        "only the other tenant's media is left"
    );

    // More rounds, also racing each other and the server's own, change nothing more.
    let context = JobContext {
        db: server.db.clone(),
        clock: server.clock.clone(),
        config: Arc::new(server.config.clone()),
    };
    let (first, second) = tokio::join!(
        recording_jobs::retention(context.clone()),
        recording_jobs::retention(context.clone())
    );
    assert_eq!(first.expect("round") + second.expect("round"), 0);
    let again = recordings
        .get_recording(get(expiring.id.clone()))
        .await
        .expect("get")
        .into_inner();
    assert_eq!(again, deleted, "deleted once");

    let kept_now = kept_recordings
        .get_recording(get(kept.id.clone()))
        .await
        .expect("get")
        .into_inner();
    assert_eq!(kept_now.state, RecordingState::Available as i32);
    let stalled_now = wait_for(|| {
        let mut kept_recordings = kept_recordings.clone();
        let id = stalled.id.clone();
        async move {
            let recording = kept_recordings
                .get_recording(get(id))
                .await
                .expect("get")
                .into_inner();
            (recording.state == RecordingState::Failed as i32).then_some(recording)
        }
    })
    .await;
    assert!(!stalled_now.failure_reason.is_empty());

    server.stop().await;
}

backend_test!(deleting_a_tenant_removes_its_media);
async fn deleting_a_tenant_removes_its_media(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let admin = server.bootstrap(None, "root").await;
    let admin_token = server
        .token_for(&admin.client_id, &admin.client_secret)
        .await;
    let mut tenants = server.tenants_with(&admin_token).await;
    let data = media_bytes(20_000, 5);

    let kept_recording = recording_with_media(&server, &data).await;
    let removed_token = server.other_tenant("tenant_gone").await;
    let removed_session = insert_session(&server, "tenant_gone").await;
    let mut removed_recordings = server.recordings_with(&removed_token).await;
    let removed_recording = removed_recordings
        .create_recording(CreateRecordingRequest {
            recording: Some(Recording {
                session_id: removed_session,
                ..Recording::default()
            }),
        })
        .await
        .expect("create in the deleted tenant")
        .into_inner();
    removed_recordings
        .complete_recording(CompleteRecordingRequest {
            recording_id: removed_recording.id.clone(),
            etag: String::new(),
        })
        .await
        .expect("complete");
    upload_grpc(
        &server,
        &removed_token,
        &removed_recording.id,
        "audio/wav",
        &data,
    )
    .await
    .expect("upload in the deleted tenant");
    assert_eq!(media_files(&server).len(), 2);

    // A delete under a stale etag changes nothing and queues nothing.
    let stale = tenants
        .get_tenant(GetTenantRequest {
            tenant_id: "tenant_gone".into(),
        })
        .await
        .expect("get tenant")
        .into_inner()
        .etag;
    tenants
        .update_tenant(UpdateTenantRequest {
            tenant_id: "tenant_gone".into(),
            tenant: Some(Tenant {
                display_name: "Renamed".into(),
                ..Tenant::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["display_name".into()],
            }),
        })
        .await
        .expect("rename");
    let stale_error = tenants
        .delete_tenant(DeleteTenantRequest {
            tenant_id: "tenant_gone".into(),
            etag: stale,
        })
        .await
        .expect_err("stale etag");
    assert_eq!(stale_error.code(), Code::Aborted);
    let queued = queued_deletions(&server).await;
    assert!(queued.is_empty(), "{queued:?}");

    tenants
        .delete_tenant(DeleteTenantRequest {
            tenant_id: "tenant_gone".into(),
            etag: String::new(),
        })
        .await
        .expect("delete tenant");
    let left = wait_for(|| async {
        let files = media_files(&server);
        (files.len() == 1).then_some(files)
    })
    .await;
    assert_eq!(std::fs::read(&left[0]).expect("read the kept media"), data);
    let queued = queued_deletions(&server).await;
    assert!(queued.is_empty(), "{queued:?}");
    let kept_after = server
        .recordings()
        .await
        .get_recording(GetRecordingRequest {
            recording_id: kept_recording.id.clone(),
        })
        .await
        .expect("the other tenant's recording stays")
        .into_inner();
    assert_eq!(kept_after.state, RecordingState::Available as i32);

    server.stop().await;
}

backend_test!(unrecorded_uploads_are_removed_after_a_day);
async fn unrecorded_uploads_are_removed_after_a_day(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let data = media_bytes(5_000, 9);
    let recorded = recording_with_media(&server, &data).await;
    let queued = queued_deletions(&server).await;
    assert!(
        queued.is_empty(),
        "a recorded upload leaves no entry: {queued:?}"
    );

    // What a process that died mid-upload leaves: an object no recording names, queued a day
    // ahead. A process that died right after recording leaves an entry for a named object.
    let orphan_key = format!("{TENANT}/{}/med_orphan", recorded.id);
    let orphan = server.media_dir.path().join(&orphan_key);
    std::fs::create_dir_all(orphan.parent().unwrap()).unwrap();
    std::fs::write(&orphan, b"half an upload").unwrap();
    let named_file = media_files(&server)
        .into_iter()
        .find(|path| path != &orphan)
        .expect("the recorded media");
    let named_key = named_file
        .strip_prefix(server.media_dir.path())
        .unwrap()
        .to_string_lossy()
        .into_owned();
    for key in [&orphan_key, &named_key] {
        let row = MediaDeletionRow {
            media_key: key.clone(),
            tenant_id: TENANT.to_owned(),
            delete_after: server.clock.now() + TimeDelta::hours(24),
        };
        db::media_deletions::queue(&server.db, &row).await.unwrap();
    }

    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(orphan.exists(), "not due within the day");

    server.clock.advance(Duration::from_secs(86_400 + 60));
    wait_for(|| async { (!orphan.exists()).then_some(()) }).await;
    wait_for(|| async { queued_deletions(&server).await.is_empty().then_some(()) }).await;
    assert_eq!(
        std::fs::read(&named_file).expect("the named media stays"),
        data
    );
    let url = server.url(&format!("/v1/recordings/{}/media", recorded.id));
    let (status, _, body) = get(&url, Some(&server.token), None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, data);

    server.stop().await;
}

/// Polls `check` until it yields a value, for up to five seconds of real time (jobs run every
/// 50 ms in tests).
async fn wait_for<T, F, Fut>(check: F) -> T
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    for _ in 0..100 {
        if let Some(value) = check().await {
            return value;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the condition did not hold within 5 seconds");
}

backend_test!(recordings_are_isolated_by_tenant_and_scope);
async fn recordings_are_isolated_by_tenant_and_scope(backend: Backend) {
    let server = TestServer::start(&backend).await;
    let recording = start_recording(&server).await;
    let id = recording.id.clone();
    complete(&server, &id).await;
    let data = media_bytes(10_000, 1);
    assert_eq!(
        put_streamed(&server, &server.token, &id, "audio/wav", &data)
            .await
            .status(),
        StatusCode::OK
    );

    let other = server.other_tenant("tenant_b").await;
    let client = reqwest::Client::new();
    let base = server.url(&format!("/v1/recordings/{id}"));
    let requests = vec![
        client.get(&base),
        client
            .patch(&base)
            .json(&serde_json::json!({"description": "x"})),
        client.delete(&base),
        client.post(format!("{base}:pause")),
        client.post(format!("{base}:resume")),
        client.post(format!("{base}:complete")),
        client.get(format!("{base}:mediaUrl")),
        client.get(format!("{base}/media")),
        client
            .put(format!("{base}/media"))
            .header("content-type", "audio/wav")
            .body("abc"),
    ];
    for request in requests {
        let response = request.bearer_auth(&other).send().await.expect("request");
        let described = format!("{} {}", response.url(), response.status());
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{described}");
        let body: Value = response.json().await.expect("error body");
        assert_eq!(body["error"]["status"], "NOT_FOUND", "{described}");
    }
    let mut other_recordings = server.recordings_with(&other).await;
    let hidden = other_recordings
        .get_recording(GetRecordingRequest {
            recording_id: id.clone(),
        })
        .await
        .expect_err("another tenant's recording");
    assert_eq!(hidden.code(), Code::NotFound);
    let listed = other_recordings
        .list_recordings(ListRecordingsRequest::default())
        .await
        .expect("list")
        .into_inner();
    assert!(listed.recordings.is_empty(), "lists never mix tenants");
    let upload = upload_grpc(&server, &other, &id, "audio/wav", b"abc")
        .await
        .expect_err("upload to another tenant's recording");
    assert_eq!(upload.code(), Code::NotFound);
    let mut download = server.recordings_with(&other).await;
    let streamed = download
        .download_recording_media(DownloadRecordingMediaRequest {
            recording_id: id.clone(),
            ..DownloadRecordingMediaRequest::default()
        })
        .await;
    assert_eq!(
        streamed.err().map(|status| status.code()),
        Some(Code::NotFound)
    );
    let foreign_session = other_recordings
        .create_recording(CreateRecordingRequest {
            recording: Some(Recording {
                session_id: recording.session_id.clone(),
                ..Recording::default()
            }),
        })
        .await
        .expect_err("another tenant's session");
    assert_eq!(foreign_session.code(), Code::InvalidArgument);

    // A reader may read but not write.
    let reader = server
        .clients()
        .await
        .create_client(CreateClientRequest {
            client: Some(Client {
                id: "recording_reader".into(),
                display_name: "Recording reader".into(),
                scopes: vec!["recordings:read".into()],
                ..Client::default()
            }),
        })
        .await
        .expect("create reader")
        .into_inner();
    let reader_token = server.token_for(&reader.id, &reader.client_secret).await;
    let response = put_streamed(&server, &reader_token, &id, "audio/wav", b"abc").await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let body: Value = response.json().await.expect("error body");
    assert_eq!(body["error"]["status"], "PERMISSION_DENIED");
    assert_eq!(body["error"]["details"][0]["reason"], "SCOPE_MISSING");
    let refused = upload_grpc(&server, &reader_token, &id, "audio/wav", b"abc")
        .await
        .expect_err("a reader cannot upload over gRPC");
    assert_eq!(refused.code(), Code::PermissionDenied);
    let (status, _, body) = get(&format!("{base}/media"), Some(&reader_token), None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body == data);
    let (status, _, body) = get(&format!("{base}/media"), None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(json(&body)["error"]["status"], "UNAUTHENTICATED");
    let paused = client
        .post(format!("{base}:pause"))
        .bearer_auth(&reader_token)
        .send()
        .await
        .expect("pause");
    assert_eq!(paused.status(), StatusCode::FORBIDDEN);

    let wrong_method = client
        .post(format!("{base}/media"))
        .bearer_auth(&server.token)
        .send()
        .await
        .expect("POST media");
    assert_eq!(wrong_method.status(), StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(wrong_method.headers()["allow"], "GET, HEAD, PUT");

    server.stop().await;
}
