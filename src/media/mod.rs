//! Recording media: uploads streamed into the object store with the size limit and the content
//! type checked, reads of byte ranges, and signed URLs. Both surfaces use it: the gRPC streaming
//! methods of the recording service and the plain HTTP routes of [`http`].

pub mod http;
pub mod range;
pub mod token;

use std::{
    io,
    ops::Range,
    sync::{Arc, Mutex},
    time::Duration,
};

use chrono::{NaiveDateTime, TimeDelta};
use futures::StreamExt as _;
use sha2::{Digest as _, Sha256};

use crate::{
    clock::Clock,
    db::{
        self, Db, DbError,
        models::{MediaDeletionRow, RecordingRow},
    },
    error::ApiError,
    ids,
    object_store::{ByteStream, ObjectStore, StoreError},
    rpc::recordings::{self as recordings, AVAILABLE, IN_PROGRESS, PROCESSING},
};
use token::{MediaGrant, UrlSigner};

/// How long the object of an upload may stay without a recording that names it before the
/// `media_deletions` job removes it. An upload that takes longer loses its object.
const UPLOAD_GRACE: TimeDelta = TimeDelta::hours(24);

/// The maximum length of a stored content type.
const MAX_CONTENT_TYPE_CHARS: usize = 255;

/// Media and what it takes to store, read and sign it.
pub struct Media {
    db: Db,
    store: Arc<dyn ObjectStore>,
    signer: UrlSigner,
    clock: Clock,
    max_bytes: u64,
    /// The scheme, host and port media URLs start with, without a trailing slash.
    public_url: String,
}

/// The stored media of an `available` recording.
#[derive(Debug, Clone)]
pub struct StoredMedia {
    pub tenant_id: String,
    pub recording_id: String,
    pub key: String,
    pub content_type: String,
    pub size: u64,
    pub sha256: String,
}

impl StoredMedia {
    /// Returns the strong entity tag of the media: its SHA-256, quoted.
    pub fn etag(&self) -> String {
        format!("\"{}\"", self.sha256)
    }
}

/// A failure of an upload or a read of media.
#[derive(Debug, thiserror::Error)]
pub enum MediaError {
    #[error(transparent)]
    Api(#[from] ApiError),

    #[error(
        "the content type {0:?} is not accepted; send the media's audio/* or video/* type, such as audio/wav"
    )]
    UnsupportedType(String),

    #[error("the media exceeds the limit of {limit} bytes; nothing was stored")]
    TooLarge { limit: u64 },

    #[error("the upload carries no bytes; send the media as the body")]
    Empty,

    #[error("the upload broke off before its end: {0}; nothing was stored")]
    Interrupted(io::Error),

    /// The gRPC client's stream failed.
    #[error("the upload stream failed: {0}")]
    Stream(tonic::Status),

    /// The row names media that the store no longer has, as while the retention job deletes
    /// it.
    #[error("the media of recording {0:?} no longer exists")]
    Gone(String),
}

impl From<DbError> for MediaError {
    fn from(error: DbError) -> Self {
        Self::Api(error.into())
    }
}

impl MediaError {
    /// Classifies the error of a failed upload stream: the limit, a rejected message, or a
    /// broken stream.
    fn from_source(error: io::Error) -> Self {
        if error
            .get_ref()
            .is_some_and(|inner| inner.is::<LimitReached>())
        {
            let limit = error
                .get_ref()
                .and_then(|inner| inner.downcast_ref::<LimitReached>())
                .map_or(0, |reached| reached.0);
            return Self::TooLarge { limit };
        }
        let kind = error.kind();
        match error.into_inner() {
            Some(inner) => match inner.downcast::<ApiError>() {
                Ok(api) => Self::Api(*api),
                Err(inner) => match inner.downcast::<tonic::Status>() {
                    Ok(status) => Self::Stream(*status),
                    Err(inner) => Self::Interrupted(io::Error::new(kind, inner)),
                },
            },
            None => Self::Interrupted(io::Error::from(kind)),
        }
    }

    /// Converts the error to its gRPC status.
    pub fn into_status(self) -> tonic::Status {
        let api = match self {
            Self::Api(api) => api,
            Self::Stream(status) => return status,
            Self::UnsupportedType(_) => ApiError::InvalidArgumentReason {
                reason: "UNSUPPORTED_MEDIA_TYPE",
                field: "content_type".to_owned(),
                message: self.to_string(),
            },
            Self::TooLarge { .. } => ApiError::InvalidArgumentReason {
                reason: "MEDIA_TOO_LARGE",
                field: "data".to_owned(),
                message: self.to_string(),
            },
            Self::Empty | Self::Interrupted(_) => ApiError::invalid("data", self.to_string()),
            Self::Gone(recording_id) => ApiError::NotFound {
                resource: "recording media",
                id: recording_id,
            },
        };
        api.into()
    }
}

impl From<MediaError> for tonic::Status {
    fn from(error: MediaError) -> Self {
        error.into_status()
    }
}

/// The error an upload stream yields once it passes the size limit.
#[derive(Debug, thiserror::Error)]
#[error("the media exceeds the limit of {0} bytes")]
struct LimitReached(u64);

/// Bytes counted and hashed as they pass.
#[derive(Default)]
struct Tally {
    bytes: u64,
    hasher: Sha256,
}

impl Media {
    pub fn new(
        db: Db,
        store: Arc<dyn ObjectStore>,
        signer: UrlSigner,
        clock: Clock,
        max_bytes: u64,
        public_url: &str,
    ) -> Self {
        Self {
            db,
            store,
            signer,
            clock,
            max_bytes,
            public_url: public_url.trim_end_matches('/').to_owned(),
        }
    }

    /// The largest upload accepted, in bytes.
    pub fn max_bytes(&self) -> u64 {
        self.max_bytes
    }

    /// Streams `data` into the store as the media of a recording that is `in_progress` or
    /// `processing` and has none yet, then records it: a `processing` recording becomes
    /// `available`. Nothing is kept when the content type is refused, the data passes the size
    /// limit, the stream breaks off, or the recording changed meanwhile.
    pub async fn upload(
        &self,
        tenant_id: &str,
        recording_id: &str,
        content_type: &str,
        data: ByteStream,
    ) -> Result<RecordingRow, MediaError> {
        let content_type = check_content_type(content_type)?;
        let current = recordings::load(&self.db, tenant_id, recording_id).await?;
        check_uploadable(&current)?;

        // Each upload writes its own key, so concurrent uploads never overwrite each other;
        // the one recorded first wins and the others remove their objects. The key is queued
        // for deletion a day ahead, so a process that dies before a recording names the
        // object does not leave it behind.
        let key = format!("{tenant_id}/{recording_id}/{}", ids::generate("med"));
        self.queue_deletion(tenant_id, &key, self.clock.now() + UPLOAD_GRACE)
            .await
            .map_err(ApiError::from)?;
        let stored = self
            .store_and_record(tenant_id, recording_id, &content_type, &key, data)
            .await;
        match &stored {
            Ok(_) => self.settle(&key).await,
            Err(_) => self.discard(tenant_id, &key).await,
        }
        stored
    }

    /// Streams `data` into the store under `key` and records it as the recording's media.
    async fn store_and_record(
        &self,
        tenant_id: &str,
        recording_id: &str,
        content_type: &str,
        key: &str,
        data: ByteStream,
    ) -> Result<RecordingRow, MediaError> {
        let tally = Arc::new(Mutex::new(Tally::default()));
        match self
            .store
            .put(key, measure(data, self.max_bytes, tally.clone()))
            .await
        {
            Ok(_) => {}
            Err(StoreError::Source(error)) => {
                let error = MediaError::from_source(error);
                tracing::info!(tenant_id, recording_id, error = %error, "media upload refused");
                return Err(error);
            }
            Err(error) => return Err(ApiError::Internal(Box::new(error)).into()),
        }
        let (size, sha256) = {
            let tally = std::mem::take(&mut *tally.lock().expect("not poisoned"));
            (tally.bytes, hex(&tally.hasher.finalize()))
        };
        if size == 0 {
            return Err(MediaError::Empty);
        }

        let (_, row) = recordings::transition(&self.db, tenant_id, recording_id, "", |row, now| {
            check_uploadable(row)?;
            let mut updated = row.clone();
            updated.media_key = Some(key.to_owned());
            updated.content_type = Some(content_type.to_owned());
            updated.size_bytes = Some(size as i64);
            updated.sha256 = Some(sha256.clone());
            if row.state == PROCESSING {
                updated.state = AVAILABLE.to_owned();
                updated.available_time = Some(now);
            }
            Ok(updated)
        })
        .await?;
        tracing::info!(tenant_id, recording_id, size_bytes = size, state = %row.state, "media stored");
        Ok(row)
    }

    /// The media of an `available` recording of the tenant.
    pub async fn readable(
        &self,
        tenant_id: &str,
        recording_id: &str,
    ) -> Result<StoredMedia, MediaError> {
        let row = recordings::load(&self.db, tenant_id, recording_id).await?;
        match (&row.media_key, row.state.as_str()) {
            (Some(key), AVAILABLE) => Ok(StoredMedia {
                tenant_id: row.tenant_id.clone(),
                recording_id: row.id.clone(),
                key: key.clone(),
                content_type: row.content_type.clone().unwrap_or_default(),
                size: row.size_bytes.unwrap_or_default().max(0) as u64,
                sha256: row.sha256.clone().unwrap_or_default(),
            }),
            _ => Err(recordings::wrong_state(
                &row,
                "RECORDING_MEDIA_NOT_AVAILABLE",
                "its media can be read once the recording is available",
            )
            .into()),
        }
    }

    /// Streams the bytes `range` of the media.
    pub async fn read(
        &self,
        media: &StoredMedia,
        range: Range<u64>,
    ) -> Result<ByteStream, MediaError> {
        if range.is_empty() {
            return Ok(futures::stream::empty().boxed());
        }
        match self.store.get(&media.key, range).await {
            Ok(stream) => Ok(stream),
            Err(StoreError::NotFound(_)) => Err(MediaError::Gone(media.recording_id.clone())),
            Err(error) => Err(ApiError::Internal(Box::new(error)).into()),
        }
    }

    /// A URL serving the media without a token for `ttl`, and when it expires. Expiry is set
    /// and checked on the scheduling clock, which is real time outside tests.
    pub fn signed_url(&self, media: &StoredMedia, ttl: Duration) -> (String, NaiveDateTime) {
        let ttl = TimeDelta::from_std(ttl).unwrap_or(TimeDelta::MAX);
        let expires = (self.clock.now() + ttl).and_utc().timestamp();
        let token = self
            .signer
            .sign(&media.tenant_id, &media.recording_id, expires);
        let expire_time = chrono::DateTime::from_timestamp(expires, 0)
            .unwrap_or_default()
            .naive_utc();
        (format!("{}/v1/media/{token}", self.public_url), expire_time)
    }

    /// The grant of a media URL token that is signed by a server key and not expired; anything
    /// else is PERMISSION_DENIED.
    pub fn check_token(&self, token: &str) -> Result<MediaGrant, MediaError> {
        let grant = self.signer.verify(token).map_err(|error| {
            tracing::info!(error = %error, "media URL refused");
            ApiError::PermissionDenied {
                reason: "MEDIA_URL_INVALID",
                message: "this media URL is not valid; request a new one with :mediaUrl".to_owned(),
            }
        })?;
        if self.clock.now().and_utc().timestamp() >= grant.expires {
            return Err(ApiError::PermissionDenied {
                reason: "MEDIA_URL_EXPIRED",
                message: "this media URL has expired; request a new one with :mediaUrl".to_owned(),
            }
            .into());
        }
        Ok(grant)
    }

    /// Removes an object no row names any more, with its deletion entry. When the store fails,
    /// the object is queued for the `media_deletions` job instead; only when that fails too is
    /// it orphaned.
    pub async fn discard(&self, tenant_id: &str, key: &str) {
        match self.store.delete(key).await {
            Ok(()) => self.settle(key).await,
            Err(error) => {
                tracing::warn!(tenant_id, key, error = %error, "removing media failed; queued for the media_deletions job");
                if let Err(error) = self.queue_deletion(tenant_id, key, self.clock.now()).await {
                    tracing::error!(tenant_id, key, error = %error, "queueing media for deletion failed; the object is orphaned");
                }
            }
        }
    }

    /// Queues an object for the `media_deletions` job, due at `delete_after`.
    async fn queue_deletion(
        &self,
        tenant_id: &str,
        key: &str,
        delete_after: NaiveDateTime,
    ) -> Result<(), DbError> {
        let row = MediaDeletionRow {
            media_key: key.to_owned(),
            tenant_id: tenant_id.to_owned(),
            delete_after,
        };
        db::media_deletions::queue(&self.db, &row).await
    }

    /// Drops the deletion entry of an object that a recording now names, or that is gone. When
    /// that fails, the job drops the entry later, because it checks for a recording first.
    async fn settle(&self, key: &str) {
        if let Err(error) = db::media_deletions::done(&self.db, key).await {
            tracing::warn!(key, error = %error, "dropping the deletion entry of media failed; the job drops it later");
        }
    }
}

/// Checks that the recording may take media: `in_progress` or `processing`, without media yet.
fn check_uploadable(row: &RecordingRow) -> Result<(), ApiError> {
    if row.media_key.is_some() {
        return Err(recordings::wrong_state(
            row,
            "RECORDING_MEDIA_EXISTS",
            "its media is stored already and cannot be replaced",
        ));
    }
    if row.state != IN_PROGRESS && row.state != PROCESSING {
        return Err(recordings::wrong_state(
            row,
            "RECORDING_NOT_UPLOADABLE",
            "media can be uploaded while a recording is in_progress or processing",
        ));
    }
    Ok(())
}

/// Accepts `audio/*` and `video/*` media types, with optional parameters, and returns the
/// value with its type and subtype in lowercase.
pub fn check_content_type(value: &str) -> Result<String, MediaError> {
    let value = value.trim();
    let (essence, parameters) = match value.split_once(';') {
        Some((essence, parameters)) => (essence.trim(), Some(parameters.trim())),
        None => (value, None),
    };
    let essence = essence.to_ascii_lowercase();
    let is_token = |text: &str| {
        !text.is_empty()
            && text
                .bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&byte))
    };
    let accepted = match essence.split_once('/') {
        Some((kind, subtype)) => (kind == "audio" || kind == "video") && is_token(subtype),
        None => false,
    } && value.len() <= MAX_CONTENT_TYPE_CHARS
        && value
            .bytes()
            .all(|byte| byte == b' ' || byte.is_ascii_graphic());
    if !accepted {
        return Err(MediaError::UnsupportedType(value.to_owned()));
    }
    Ok(match parameters {
        Some(parameters) if !parameters.is_empty() => format!("{essence}; {parameters}"),
        _ => essence,
    })
}

/// Counts and hashes the bytes of `data` as the store reads them, and fails the stream once it
/// passes `limit` bytes, so an upload over the limit stops without being read to its end.
fn measure(data: ByteStream, limit: u64, tally: Arc<Mutex<Tally>>) -> ByteStream {
    data.map(move |chunk| {
        let chunk = chunk?;
        let mut tally = tally.lock().expect("not poisoned");
        tally.bytes += chunk.len() as u64;
        if tally.bytes > limit {
            return Err(io::Error::other(LimitReached(limit)));
        }
        tally.hasher.update(&chunk);
        Ok(chunk)
    })
    .boxed()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audio_and_video_types_are_accepted() {
        assert_eq!(check_content_type("audio/wav").unwrap(), "audio/wav");
        assert_eq!(check_content_type(" Audio/WAV ").unwrap(), "audio/wav");
        assert_eq!(
            check_content_type("audio/ogg;codecs=opus").unwrap(),
            "audio/ogg; codecs=opus"
        );
        assert_eq!(check_content_type("video/mp4").unwrap(), "video/mp4");
        assert_eq!(
            check_content_type("audio/x-ms-wma").unwrap(),
            "audio/x-ms-wma"
        );
    }

    #[test]
    fn other_types_are_refused() {
        for value in [
            "",
            "audio",
            "audio/",
            "text/plain",
            "application/octet-stream",
            "image/png",
            "audio/wav\u{7f}",
            "audio/w av",
        ] {
            assert!(
                matches!(
                    check_content_type(value),
                    Err(MediaError::UnsupportedType(_))
                ),
                "{value:?}"
            );
        }
    }

    #[test]
    fn limit_errors_survive_the_store() {
        let error = io::Error::other(LimitReached(10));
        assert!(matches!(
            MediaError::from_source(error),
            MediaError::TooLarge { limit: 10 }
        ));
        let error = io::Error::other(ApiError::invalid("recording_id", "differs"));
        assert!(matches!(MediaError::from_source(error), MediaError::Api(_)));
        let error = io::Error::other(tonic::Status::cancelled("gone"));
        assert!(matches!(
            MediaError::from_source(error),
            MediaError::Stream(_)
        ));
        let error = io::Error::new(io::ErrorKind::ConnectionReset, "reset");
        assert!(matches!(
            MediaError::from_source(error),
            MediaError::Interrupted(_)
        ));
    }
}
