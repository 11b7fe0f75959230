//! The data layer: the pool, migrations and the tenant-scoped queries of each table.
//!
//! It knows tables and rows, never protobuf types; services convert. Every function on tenant
//! data takes the caller's tenant id and filters by it.

pub mod agents;
pub mod clients;
pub mod connection;
pub mod deliveries;
pub mod dialect;
pub mod evaluations;
pub mod event_log;
pub mod events;
pub mod idempotency;
pub mod licenses;
pub mod listing;
pub mod media_deletions;
pub mod media_url_keys;
pub mod migrate;
pub mod models;
pub mod queues;
pub mod recordings;
pub mod replays;
pub mod schema;
pub mod scorecards;
pub mod sessions;
pub mod signing_keys;
pub mod tenants;
pub mod time;
pub mod webhooks;

use std::{path::PathBuf, sync::Arc, time::Duration};

use diesel::result::{DatabaseErrorKind, Error as DieselError};
use std::ops::{Deref, DerefMut};

use diesel_async::{
    RunQueryDsl,
    pooled_connection::{
        AsyncDieselConnectionManager, ManagerConfig,
        deadpool::{Object, Pool, PoolError},
    },
};
use futures::FutureExt;
use tokio::sync::{Mutex, OwnedMutexGuard};

pub use connection::{DatabaseUrl, DbConnection};

/// The backend type of [`DbConnection`], for boxed queries that run on either database.
pub type Backend = <DbConnection as diesel_async::AsyncConnectionCore>::Backend;

/// A pooled connection.
pub type PooledConnection = Object<DbConnection>;

/// A failure of the data layer, classified so services can map it once.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// No connection could be had in time, or the database did not answer.
    #[error("database unavailable: {0}")]
    Unavailable(String),

    /// A row with the same key exists.
    #[error("unique constraint violated: {0}")]
    UniqueViolation(String),

    /// A referenced row does not exist.
    #[error("foreign key constraint violated: {0}")]
    ForeignKeyViolation(String),

    /// A list filter or page token that cannot apply to the column it names.
    #[error("invalid filter: {0}")]
    InvalidFilter(String),

    /// Any other failure of a query.
    #[error("database query failed: {0}")]
    Query(DieselError),
}

impl From<DieselError> for DbError {
    fn from(error: DieselError) -> Self {
        match &error {
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                DbError::UniqueViolation(info.message().to_owned())
            }
            DieselError::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, info) => {
                DbError::ForeignKeyViolation(info.message().to_owned())
            }
            DieselError::DatabaseError(DatabaseErrorKind::ClosedConnection, info) => {
                DbError::Unavailable(info.message().to_owned())
            }
            DieselError::DatabaseError(_, info) if is_busy(info.message()) => {
                DbError::Unavailable(info.message().to_owned())
            }
            DieselError::BrokenTransactionManager => {
                DbError::Unavailable("connection lost inside a transaction".to_owned())
            }
            _ => DbError::Query(error),
        }
    }
}

/// SQLite reports a database held by another writer past `busy_timeout` as "database is
/// locked"; it is transient, like an exhausted pool.
fn is_busy(message: &str) -> bool {
    message.contains("database is locked") || message.contains("database is busy")
}

impl From<PoolError> for DbError {
    fn from(error: PoolError) -> Self {
        match error {
            PoolError::Timeout(_) => {
                DbError::Unavailable("no database connection free within the pool timeout".into())
            }
            other => DbError::Unavailable(other.to_string()),
        }
    }
}

/// The connection pool and what is needed to use it on either backend.
#[derive(Clone)]
pub struct Db {
    pool: Pool<DbConnection>,
    url: DatabaseUrl,
    /// Serializes write transactions on SQLite, which allows one writer at a time. A transaction
    /// that reads before it writes would otherwise fail with "database is locked" at once,
    /// without waiting for `busy_timeout`. PostgreSQL needs no such lock.
    sqlite_writer: Option<Arc<Mutex<()>>>,
}

/// Connection counts of the pool, as exported on `/metrics`.
#[derive(Debug, Clone, Copy)]
pub struct PoolUse {
    pub max_size: usize,
    pub size: usize,
    pub available: usize,
    pub waiting: usize,
}

impl Db {
    /// Builds the pool. Connections open lazily, so this fails only on an invalid URL.
    pub fn connect(url: &str, max_size: usize, wait_timeout: Duration) -> Result<Self, DbError> {
        let url = DatabaseUrl::parse(url).map_err(DbError::Unavailable)?;
        let setup_url = url.clone();
        let mut manager_config = ManagerConfig::default();
        manager_config.custom_setup = Box::new(move |_| {
            let url = setup_url.clone();
            async move { connection::establish(&url).await }.boxed()
        });
        let manager = AsyncDieselConnectionManager::new_with_config(String::new(), manager_config);
        let pool = Pool::builder(manager)
            .max_size(max_size)
            .wait_timeout(Some(wait_timeout))
            .create_timeout(Some(wait_timeout))
            .recycle_timeout(Some(wait_timeout))
            .runtime(deadpool::Runtime::Tokio1)
            .build()
            .map_err(|error| DbError::Unavailable(error.to_string()))?;
        let sqlite_writer = matches!(url, DatabaseUrl::Sqlite(_)).then(|| Arc::new(Mutex::new(())));
        Ok(Self {
            pool,
            url,
            sqlite_writer,
        })
    }

    /// Takes a connection from the pool, waiting at most the configured timeout.
    pub async fn conn(&self) -> Result<PooledConnection, DbError> {
        Ok(self.pool.get().await?)
    }

    /// Takes a connection for a write transaction. On SQLite it also holds the process-wide
    /// writer lock until dropped.
    pub async fn writer(&self) -> Result<WriteConnection, DbError> {
        let guard = match &self.sqlite_writer {
            Some(lock) => Some(lock.clone().lock_owned().await),
            None => None,
        };
        let conn = self.conn().await?;
        Ok(WriteConnection {
            conn,
            _guard: guard,
        })
    }

    /// Checks that the database answers a query and, for SQLite, that its file still exists:
    /// open connections keep a deleted file alive, but nothing written there would survive.
    pub async fn ping(&self) -> Result<(), DbError> {
        if let Some(path) = self.sqlite_path()
            && !path.exists()
        {
            return Err(DbError::Unavailable(format!(
                "database file {} does not exist",
                path.display()
            )));
        }
        let mut conn = self.conn().await?;
        diesel::sql_query("SELECT 1").execute(&mut conn).await?;
        Ok(())
    }

    /// The backend name, `sqlite` or `postgres`.
    pub fn backend_name(&self) -> &'static str {
        self.url.backend_name()
    }

    /// The current connection counts of the pool.
    pub fn pool_use(&self) -> PoolUse {
        let status = self.pool.status();
        PoolUse {
            max_size: status.max_size,
            size: status.size,
            available: status.available,
            waiting: status.waiting,
        }
    }

    fn sqlite_path(&self) -> Option<PathBuf> {
        match &self.url {
            DatabaseUrl::Sqlite(path) => Some(PathBuf::from(path)),
            DatabaseUrl::Postgres(_) => None,
        }
    }
}

/// A pooled connection reserved for writing; see [`Db::writer`].
pub struct WriteConnection {
    conn: PooledConnection,
    _guard: Option<OwnedMutexGuard<()>>,
}

impl Deref for WriteConnection {
    type Target = DbConnection;

    fn deref(&self) -> &DbConnection {
        &self.conn
    }
}

impl DerefMut for WriteConnection {
    fn deref_mut(&mut self) -> &mut DbConnection {
        &mut self.conn
    }
}
