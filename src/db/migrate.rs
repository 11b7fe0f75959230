//! Embedded migrations, one folder per backend, applied before a command touches the database.

use diesel::{Connection, RunQueryDsl, SqliteConnection, connection::SimpleConnection};
use diesel_async::{AsyncPgConnection, async_connection_wrapper::AsyncConnectionWrapper};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use super::connection::{DatabaseUrl, SQLITE_PRAGMAS};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// The PostgreSQL advisory lock key held while migrating, so replicas that start together
/// apply each migration once. The value is arbitrary but fixed: "GLOBEMEE" in ASCII.
const MIGRATION_LOCK_KEY: i64 = 0x474C_4F42_454D_4545;

/// A migration run that failed; the message names the database and the cause.
#[derive(Debug, thiserror::Error)]
#[error("migrating the {backend} database failed: {message}")]
pub struct MigrateError {
    backend: &'static str,
    message: String,
}

/// Applies every pending migration and returns how many ran.
pub async fn run(url: &str) -> Result<usize, MigrateError> {
    let url = DatabaseUrl::parse(url).map_err(|message| MigrateError {
        backend: "configured",
        message,
    })?;
    let backend = url.backend_name();
    let started = std::time::Instant::now();

    let applied = tokio::task::spawn_blocking(move || match url {
        DatabaseUrl::Sqlite(path) => migrate_sqlite(&path),
        DatabaseUrl::Postgres(url) => migrate_postgres(&url),
    })
    .await
    .map_err(|error| MigrateError {
        backend,
        message: error.to_string(),
    })?
    .map_err(|message| MigrateError { backend, message })?;

    tracing::info!(
        backend,
        applied,
        duration_ms = started.elapsed().as_millis() as u64,
        "database schema is current"
    );
    Ok(applied)
}

/// How often a SQLite migration run is tried while another process holds the database.
const SQLITE_LOCKED_ATTEMPTS: u32 = 50;

/// Retries [`migrate_sqlite_once`] while the database is locked. SQLite reports some lock
/// conflicts, such as two connections switching a new file to WAL at once, without waiting
/// for `busy_timeout`.
fn migrate_sqlite(path: &str) -> Result<usize, String> {
    let mut attempt = 1;
    loop {
        match migrate_sqlite_once(path) {
            Err(message)
                if message.contains("database is locked") && attempt < SQLITE_LOCKED_ATTEMPTS =>
            {
                std::thread::sleep(std::time::Duration::from_millis(
                    20 * u64::from(attempt.min(10)),
                ));
                attempt += 1;
            }
            outcome => return outcome,
        }
    }
}

/// Runs inside one exclusive transaction, which is SQLite's lock between processes: a second
/// process waits, then finds the migrations applied. Each migration becomes a savepoint.
fn migrate_sqlite_once(path: &str) -> Result<usize, String> {
    let mut conn = SqliteConnection::establish(path).map_err(|error| error.to_string())?;
    conn.batch_execute(SQLITE_PRAGMAS)
        .map_err(|error| error.to_string())?;
    conn.exclusive_transaction(|conn| {
        conn.run_pending_migrations(SQLITE_MIGRATIONS)
            .map(|applied| applied.len())
            .map_err(SqliteMigrationError::Migration)
    })
    .map_err(|error| error.to_string())
}

/// The failure of a migration run inside a diesel transaction, which needs an error type that
/// a diesel error converts into.
#[derive(Debug, thiserror::Error)]
enum SqliteMigrationError {
    #[error(transparent)]
    Diesel(#[from] diesel::result::Error),

    #[error("{0}")]
    Migration(Box<dyn std::error::Error + Send + Sync>),
}

/// Runs on a blocking thread: the wrapper drives the async connection with the runtime handle.
fn migrate_postgres(url: &str) -> Result<usize, String> {
    let mut conn = AsyncConnectionWrapper::<AsyncPgConnection>::establish(url)
        .map_err(|error| error.to_string())?;
    diesel::sql_query(format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))
        .execute(&mut conn)
        .map_err(|error| error.to_string())?;

    let outcome = conn
        .run_pending_migrations(POSTGRES_MIGRATIONS)
        .map(|applied| applied.len())
        .map_err(|error| error.to_string());

    let unlock = diesel::sql_query(format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})"))
        .execute(&mut conn);
    if let Err(error) = unlock {
        tracing::warn!(error = %error, "releasing the migration lock failed; it ends with the connection");
    }
    outcome
}
