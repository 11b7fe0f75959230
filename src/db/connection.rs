//! One connection type over both backends, chosen by the database URL.

use diesel::{ConnectionError, ConnectionResult, SqliteConnection};
use diesel_async::{
    AsyncConnection, AsyncPgConnection, SimpleAsyncConnection,
    sync_connection_wrapper::SyncConnectionWrapper,
};

/// The SQLite connection run on tokio's blocking pool. The alias exists because the
/// `MultiConnection` derive cannot parse generic arguments inside the enum.
pub type SqliteAsyncConnection = SyncConnectionWrapper<SqliteConnection>;

/// A connection to PostgreSQL or SQLite. Query code written once against this type runs on
/// both; what the multi-backend type cannot express lives in `dialect`.
// The PostgreSQL variant is several times larger, but connections live in the pool and move
// rarely, and the `MultiConnection` derive needs the connection types unboxed.
#[allow(clippy::large_enum_variant)]
#[derive(diesel::MultiConnection)]
#[diesel_async]
pub enum DbConnection {
    Pg(AsyncPgConnection),
    Sqlite(SqliteAsyncConnection),
}

/// Settings applied to every SQLite connection: a wait of 5 s on a locked database instead of an
/// immediate error (first, because switching the journal mode takes a lock), write-ahead logging
/// so readers never block the writer, and enforced foreign keys (SQLite leaves them off per
/// connection).
pub const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 5000; \
    PRAGMA journal_mode = WAL; \
    PRAGMA foreign_keys = ON; \
    PRAGMA synchronous = NORMAL;";

/// How often the settings of a new SQLite connection are tried while the file is locked.
const SQLITE_SETUP_ATTEMPTS: u64 = 20;

/// The database a URL names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Postgres(String),
    Sqlite(String),
}

impl DatabaseUrl {
    /// Parses `sqlite://PATH` or `postgres://…` (also `postgresql://…`).
    pub fn parse(url: &str) -> Result<Self, String> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self::Postgres(url.to_owned()));
        }
        if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() || path == ":memory:" {
                return Err(format!(
                    "invalid database URL {url:?}: give a file path such as sqlite://globemeet.db"
                ));
            }
            return Ok(Self::Sqlite(path.to_owned()));
        }
        Err(format!(
            "invalid database URL {:?}: use sqlite://PATH or postgres://USER:PASSWORD@HOST/DB",
            redact(url)
        ))
    }

    /// The backend name used in logs and metrics.
    pub fn backend_name(&self) -> &'static str {
        match self {
            Self::Postgres(_) => "postgres",
            Self::Sqlite(_) => "sqlite",
        }
    }
}

/// Opens one connection and applies the backend's session settings.
pub async fn establish(url: &DatabaseUrl) -> ConnectionResult<DbConnection> {
    match url {
        DatabaseUrl::Postgres(url) => AsyncPgConnection::establish(url)
            .await
            .map(DbConnection::Pg),
        DatabaseUrl::Sqlite(path) => {
            let mut connection = SqliteAsyncConnection::establish(path).await?;
            let mut attempt = 1;
            // Switching a new file to WAL can report "database is locked" at once while another
            // connection does the same, without waiting for busy_timeout.
            while let Err(error) = connection.batch_execute(SQLITE_PRAGMAS).await {
                if attempt >= SQLITE_SETUP_ATTEMPTS
                    || !error.to_string().contains("database is locked")
                {
                    return Err(ConnectionError::CouldntSetupConfiguration(error));
                }
                tokio::time::sleep(std::time::Duration::from_millis(20 * attempt)).await;
                attempt += 1;
            }
            Ok(DbConnection::Sqlite(connection))
        }
    }
}

/// Replaces the password of a URL with `***` so it can be logged.
pub fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_owned(),
    }
}
