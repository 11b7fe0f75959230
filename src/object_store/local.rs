//! Objects as files under a directory. An upload is written to a temporary file in
//! `.partial/` under the same directory, synced, then renamed into place, so an object either
//! exists whole or not at all, also after a crash.

use std::{
    io::{self, SeekFrom},
    ops::Range,
    path::{Path, PathBuf},
};

use futures::StreamExt as _;
use tokio::io::{AsyncSeekExt as _, AsyncWriteExt as _};
use tokio_util::io::ReaderStream;

use super::{ByteStream, ObjectStore, StoreError, check_key};

/// The folder of unfinished uploads, inside the root.
const PARTIAL_DIR: &str = ".partial";

/// The size of the chunks a read yields.
const READ_CHUNK_BYTES: usize = 64 * 1024;

/// A directory of objects; keys are relative paths below it.
#[derive(Debug)]
pub struct LocalStore {
    root: PathBuf,
}

impl LocalStore {
    /// Opens the directory. It is created, with its folder of unfinished uploads, by the first
    /// upload, so a server that stores no media leaves no folder behind; a path that exists
    /// but is not a directory is an error now.
    pub fn new(root: impl Into<PathBuf>) -> io::Result<Self> {
        let root = root.into();
        if root.exists() && !root.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!("media directory {} is not a directory", root.display()),
            ));
        }
        Ok(Self { root })
    }

    fn path(&self, key: &str) -> Result<PathBuf, StoreError> {
        check_key(key)?;
        Ok(self.root.join(key))
    }
}

/// Removes an unfinished upload's file when dropped, unless it was moved into place: a failed
/// or abandoned upload (a client that disconnects drops the request) leaves nothing behind.
struct PartialFile {
    path: PathBuf,
    kept: bool,
}

impl Drop for PartialFile {
    fn drop(&mut self) {
        if self.kept {
            return;
        }
        if let Err(error) = std::fs::remove_file(&self.path)
            && error.kind() != io::ErrorKind::NotFound
        {
            tracing::warn!(path = %self.path.display(), error = %error, "removing an unfinished upload failed");
        }
    }
}

#[async_trait::async_trait]
impl ObjectStore for LocalStore {
    async fn put(&self, key: &str, mut data: ByteStream) -> Result<u64, StoreError> {
        let target = self.path(key)?;
        let mut partial = PartialFile {
            path: self
                .root
                .join(PARTIAL_DIR)
                .join(uuid::Uuid::new_v4().to_string()),
            kept: false,
        };
        let failed = |operation: &'static str| {
            move |error: io::Error| StoreError::backend(operation, key, error)
        };

        tokio::fs::create_dir_all(self.root.join(PARTIAL_DIR))
            .await
            .map_err(failed("create directory"))?;
        let mut file = tokio::fs::File::create(&partial.path)
            .await
            .map_err(failed("create"))?;
        let mut written = 0u64;
        while let Some(chunk) = data.next().await {
            let chunk = chunk.map_err(StoreError::Source)?;
            file.write_all(&chunk).await.map_err(failed("write"))?;
            written += chunk.len() as u64;
        }
        file.flush().await.map_err(failed("flush"))?;
        file.sync_all().await.map_err(failed("sync"))?;
        drop(file);

        if let Some(parent) = target.parent() {
            tokio::fs::create_dir_all(parent)
                .await
                .map_err(failed("create directory"))?;
        }
        tokio::fs::rename(&partial.path, &target)
            .await
            .map_err(failed("rename"))?;
        partial.kept = true;
        Ok(written)
    }

    async fn get(&self, key: &str, range: Range<u64>) -> Result<ByteStream, StoreError> {
        let path = self.path(key)?;
        let mut file = match tokio::fs::File::open(&path).await {
            Ok(file) => file,
            Err(error) if error.kind() == io::ErrorKind::NotFound => {
                return Err(StoreError::NotFound(key.to_owned()));
            }
            Err(error) => return Err(StoreError::backend("open", key, error)),
        };
        file.seek(SeekFrom::Start(range.start))
            .await
            .map_err(|error| StoreError::backend("seek", key, error))?;
        let length = range.end.saturating_sub(range.start);
        let reader = tokio::io::AsyncReadExt::take(file, length);
        Ok(ReaderStream::with_capacity(reader, READ_CHUNK_BYTES).boxed())
    }

    async fn delete(&self, key: &str) -> Result<(), StoreError> {
        let path = self.path(key)?;
        match tokio::fs::remove_file(&path).await {
            Ok(()) => {}
            Err(error) if error.kind() == io::ErrorKind::NotFound => {}
            Err(error) => return Err(StoreError::backend("delete", key, error)),
        }
        remove_empty_parents(&self.root, &path).await;
        Ok(())
    }
}

/// Removes the folders of a deleted object that are now empty, up to the root. A folder that
/// another object still uses, or that another upload just created, stays.
async fn remove_empty_parents(root: &Path, path: &Path) {
    let mut folder = path.parent();
    while let Some(current) = folder {
        if current == root || !current.starts_with(root) {
            break;
        }
        if tokio::fs::remove_dir(current).await.is_err() {
            break;
        }
        folder = current.parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;
    use futures::TryStreamExt as _;

    fn chunks(parts: Vec<io::Result<Bytes>>) -> ByteStream {
        futures::stream::iter(parts).boxed()
    }

    async fn read_all(stream: ByteStream) -> Vec<u8> {
        stream
            .try_fold(Vec::new(), |mut all, chunk| async move {
                all.extend_from_slice(&chunk);
                Ok(all)
            })
            .await
            .expect("read")
    }

    fn files_under(root: &Path) -> Vec<PathBuf> {
        let mut found = Vec::new();
        let mut folders = vec![root.to_path_buf()];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).expect("read folder") {
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

    #[tokio::test]
    async fn objects_round_trip_by_range_and_delete() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let store = LocalStore::new(dir.path()).expect("store");
        let data = chunks(vec![
            Ok(Bytes::from_static(b"hello ")),
            Ok(Bytes::from_static(b"world")),
        ]);
        assert_eq!(store.put("t/r/m", data).await.expect("put"), 11);

        assert_eq!(
            read_all(store.get("t/r/m", 0..11).await.expect("get")).await,
            b"hello world"
        );
        assert_eq!(
            read_all(store.get("t/r/m", 6..9).await.expect("get")).await,
            b"wor"
        );

        store.delete("t/r/m").await.expect("delete");
        store
            .delete("t/r/m")
            .await
            .expect("deleting again succeeds");
        assert!(matches!(
            store.get("t/r/m", 0..1).await,
            Err(StoreError::NotFound(_))
        ));
        assert!(files_under(dir.path()).is_empty());
        assert!(!dir.path().join("t").exists(), "empty folders are removed");
    }

    #[tokio::test]
    async fn failed_upload_keeps_nothing() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let store = LocalStore::new(dir.path()).expect("store");
        let data = chunks(vec![
            Ok(Bytes::from_static(b"partial")),
            Err(io::Error::other("client went away")),
        ]);
        assert!(matches!(
            store.put("t/r/m", data).await,
            Err(StoreError::Source(_))
        ));
        assert!(files_under(dir.path()).is_empty());
    }
}
