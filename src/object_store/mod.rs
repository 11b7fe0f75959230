//! Where recording media is kept: a small object store interface with a local-filesystem
//! implementation, and S3-compatible storage behind the `s3` cargo feature. The store is chosen
//! by `GLOBEMEET_MEDIA_URL`: `file://PATH` (the default `file://./media`) or `s3://BUCKET/PREFIX`.
//!
//! Objects are written from a stream and appear only once complete, so a failed or rejected
//! upload leaves nothing behind. Reads stream a byte range. No whole object is kept in memory.

pub mod local;
#[cfg(feature = "s3")]
pub mod s3;

use std::{
    collections::HashMap,
    fmt, io,
    ops::Range,
    sync::{Arc, LazyLock, Mutex},
};

use anyhow::Context as _;
use bytes::Bytes;
use futures::stream::BoxStream;

/// A stream of bytes read from a client or from the store.
pub type ByteStream = BoxStream<'static, io::Result<Bytes>>;

/// A failure of an object store operation.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No object has this key.
    #[error("object {0:?} does not exist")]
    NotFound(String),

    /// The stream being stored failed, such as an upload that broke off or went over its limit.
    /// Nothing was kept.
    #[error("the data being stored failed: {0}")]
    Source(#[source] io::Error),

    /// The store itself failed.
    #[error("object store {operation} of {key:?} failed: {source}")]
    Backend {
        operation: &'static str,
        key: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

impl StoreError {
    /// Creates the error of a store failure while doing `operation` on `key`.
    pub fn backend(
        operation: &'static str,
        key: &str,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        Self::Backend {
            operation,
            key: key.to_owned(),
            source: source.into(),
        }
    }
}

/// Stores objects under keys of `/`-separated segments, each of `[A-Za-z0-9_-]`.
#[async_trait::async_trait]
pub trait ObjectStore: Send + Sync + fmt::Debug {
    /// Writes `data` under `key`, replacing nothing: keys are never reused. The object becomes
    /// visible only after the whole stream was written; when the stream fails or the call is
    /// dropped midway, nothing is kept. Returns the bytes written.
    async fn put(&self, key: &str, data: ByteStream) -> Result<u64, StoreError>;

    /// Streams the bytes `range` of the object, which the caller knows to lie within it.
    async fn get(&self, key: &str, range: Range<u64>) -> Result<ByteStream, StoreError>;

    /// Deletes the object; deleting a missing object succeeds.
    async fn delete(&self, key: &str) -> Result<(), StoreError>;
}

/// Checks that a key is one the server generates, so it can never leave the store's root.
pub fn check_key(key: &str) -> Result<(), StoreError> {
    let valid = !key.is_empty()
        && key.split('/').all(|segment| {
            !segment.is_empty()
                && segment
                    .bytes()
                    .all(|byte| byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-')
        });
    if valid {
        Ok(())
    } else {
        Err(StoreError::backend(
            "key check",
            key,
            "keys are `/`-separated segments of A-Z, a-z, 0-9, _ and -",
        ))
    }
}

/// Opened stores by URL: one per process, shared by the API and the background jobs.
static STORES: LazyLock<Mutex<HashMap<String, Arc<dyn ObjectStore>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// Returns the store `GLOBEMEET_MEDIA_URL` names, opening it on first use.
pub fn open(media_url: &str) -> anyhow::Result<Arc<dyn ObjectStore>> {
    let mut stores = STORES.lock().expect("not poisoned");
    if let Some(store) = stores.get(media_url) {
        return Ok(store.clone());
    }
    let store =
        connect(media_url).with_context(|| format!("invalid GLOBEMEET_MEDIA_URL={media_url:?}"))?;
    tracing::info!(store = ?store, "object store for recording media opened");
    stores.insert(media_url.to_owned(), store.clone());
    Ok(store)
}

fn connect(media_url: &str) -> anyhow::Result<Arc<dyn ObjectStore>> {
    if let Some(path) = media_url.strip_prefix("file://") {
        anyhow::ensure!(
            !path.is_empty(),
            "give a directory, such as file://./media or file:///var/lib/globemeet/media"
        );
        return Ok(Arc::new(local::LocalStore::new(path)?));
    }
    if let Some(location) = media_url.strip_prefix("s3://") {
        return s3_store(location);
    }
    anyhow::bail!("use file://PATH for a local directory or s3://BUCKET/PREFIX for S3")
}

#[cfg(feature = "s3")]
fn s3_store(location: &str) -> anyhow::Result<Arc<dyn ObjectStore>> {
    Ok(Arc::new(s3::S3Store::new(location)?))
}

#[cfg(not(feature = "s3"))]
fn s3_store(_location: &str) -> anyhow::Result<Arc<dyn ObjectStore>> {
    anyhow::bail!(
        "this build has no S3 support; build with `cargo build --release --features s3`, or use file://PATH"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_stay_inside_the_store() {
        assert!(check_key("tenant_a/rec_1/med_2").is_ok());
        for key in ["", "/abs", "a//b", "a/../b", "a/./b", "a\\b", "a/b/"] {
            assert!(check_key(key).is_err(), "{key:?}");
        }
    }

    #[test]
    fn unknown_schemes_are_rejected() {
        let error = open("ftp://example.invalid/media").unwrap_err();
        assert!(
            format!("{error:#}").contains("GLOBEMEET_MEDIA_URL"),
            "{error:#}"
        );
    }
}
