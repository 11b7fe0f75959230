//! Objects in S3 or an S3-compatible service, through the `object_store` crate; built with the
//! `s3` cargo feature and chosen by `GLOBEMEET_MEDIA_URL=s3://BUCKET/PREFIX`.
//!
//! Credentials, region and endpoint come from the standard variables that
//! `AmazonS3Builder::from_env` reads: `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
//! `AWS_DEFAULT_REGION`, and `AWS_ENDPOINT` (with `AWS_ALLOW_HTTP=true` for a plain-HTTP
//! endpoint) for S3-compatible services.
//!
//! Uploads are multipart uploads, which S3 makes visible only when completed. An upload that
//! fails is aborted. One whose request is dropped midway is left incomplete in the bucket, so
//! give the bucket a lifecycle rule that aborts incomplete multipart uploads after a day.

use std::{fmt, io, ops::Range};

use ::object_store::{
    GetOptions, GetRange, ObjectStore as _, ObjectStoreExt as _, WriteMultipart,
    aws::{AmazonS3, AmazonS3Builder},
    path::Path as ObjectPath,
};
use futures::{StreamExt as _, TryStreamExt as _};

use super::{ByteStream, ObjectStore, StoreError, check_key};

/// Parts uploaded at once per upload; each part buffers 5 MiB.
const PARTS_IN_FLIGHT: usize = 4;

/// A bucket and a key prefix in it.
pub struct S3Store {
    inner: AmazonS3,
    bucket: String,
    prefix: String,
}

impl fmt::Debug for S3Store {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("S3Store")
            .field("bucket", &self.bucket)
            .field("prefix", &self.prefix)
            .finish()
    }
}

impl S3Store {
    /// Connects to `BUCKET` or `BUCKET/PREFIX`, with the settings of the `AWS_*` variables.
    pub fn new(location: &str) -> anyhow::Result<Self> {
        let (bucket, prefix) = match location.split_once('/') {
            Some((bucket, prefix)) => (bucket, prefix.trim_matches('/')),
            None => (location, ""),
        };
        anyhow::ensure!(
            !bucket.is_empty(),
            "name the bucket, as in s3://BUCKET or s3://BUCKET/PREFIX"
        );
        let inner = AmazonS3Builder::from_env()
            .with_bucket_name(bucket)
            .build()
            .map_err(|error| anyhow::anyhow!("cannot configure S3 bucket {bucket:?}: {error}"))?;
        Ok(Self {
            inner,
            bucket: bucket.to_owned(),
            prefix: prefix.to_owned(),
        })
    }

    fn path(&self, key: &str) -> Result<ObjectPath, StoreError> {
        check_key(key)?;
        Ok(if self.prefix.is_empty() {
            ObjectPath::from(key)
        } else {
            ObjectPath::from(format!("{}/{key}", self.prefix))
        })
    }
}

#[async_trait::async_trait]
impl ObjectStore for S3Store {
    async fn put(&self, key: &str, mut data: ByteStream) -> Result<u64, StoreError> {
        let path = self.path(key)?;
        let upload = self
            .inner
            .put_multipart(&path)
            .await
            .map_err(|error| StoreError::backend("start upload", key, error))?;
        let mut writer = WriteMultipart::new(upload);
        let mut written = 0u64;
        while let Some(chunk) = data.next().await {
            let chunk = match chunk {
                Ok(chunk) => chunk,
                Err(error) => {
                    abort(writer, key).await;
                    return Err(StoreError::Source(error));
                }
            };
            if let Err(error) = writer.wait_for_capacity(PARTS_IN_FLIGHT).await {
                abort(writer, key).await;
                return Err(StoreError::backend("upload part", key, error));
            }
            written += chunk.len() as u64;
            writer.put(chunk);
        }
        // S3 completes no multipart upload without parts; an empty stream stores nothing.
        if written == 0 {
            abort(writer, key).await;
            return Ok(0);
        }
        writer
            .finish()
            .await
            .map_err(|error| StoreError::backend("complete upload", key, error))?;
        Ok(written)
    }

    async fn get(&self, key: &str, range: Range<u64>) -> Result<ByteStream, StoreError> {
        let path = self.path(key)?;
        let options = GetOptions::new().with_range(Some(GetRange::Bounded(range)));
        match self.inner.get_opts(&path, options).await {
            Ok(result) => Ok(result.into_stream().map_err(io::Error::other).boxed()),
            Err(::object_store::Error::NotFound { .. }) => {
                Err(StoreError::NotFound(key.to_owned()))
            }
            Err(error) => Err(StoreError::backend("get", key, error)),
        }
    }

    async fn delete(&self, key: &str) -> Result<(), StoreError> {
        let path = self.path(key)?;
        match self.inner.delete(&path).await {
            Ok(()) | Err(::object_store::Error::NotFound { .. }) => Ok(()),
            Err(error) => Err(StoreError::backend("delete", key, error)),
        }
    }
}

async fn abort(writer: WriteMultipart, key: &str) {
    if let Err(error) = writer.abort().await {
        tracing::warn!(key, error = %error, "aborting a multipart upload failed; a bucket lifecycle rule removes it");
    }
}
