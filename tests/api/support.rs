//! The test harness: a real server on 127.0.0.1:0 with its own fresh database, on SQLite and,
//! when `GLOBEMEET_TEST_POSTGRES_URL` is set, on PostgreSQL.

use std::{
    io::Write as _,
    net::SocketAddr,
    sync::{
        Once,
        atomic::{AtomicUsize, Ordering},
    },
    time::Duration,
};

use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};
use globemeet::{
    admin::{self, BootstrapOutput},
    cli::Role,
    config::Config,
    db::Db,
    proto::globemeet::v1::{
        agent_service_client::AgentServiceClient, client_service_client::ClientServiceClient,
        queue_service_client::QueueServiceClient, recording_service_client::RecordingServiceClient,
        tenant_service_client::TenantServiceClient,
    },
    server::{self, RunningServer},
};
use tonic::{
    metadata::{Ascii, MetadataValue},
    service::{Interceptor, interceptor::InterceptedService},
    transport::Channel,
};

/// The variable naming an existing PostgreSQL database the tests may create databases from.
pub const POSTGRES_URL_VARIABLE: &str = "GLOBEMEET_TEST_POSTGRES_URL";

/// Declares a test that runs once per backend: `name::sqlite` always and `name::postgres` when
/// PostgreSQL is configured. The body is an `async fn name(backend: Backend)`.
#[macro_export]
macro_rules! backend_test {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::support::Backend::Sqlite).await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some(backend) = $crate::support::Backend::postgres() {
                    super::$name(backend).await;
                }
            }
        }
    };
}

/// The database a test server runs on.
#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    Postgres { admin_url: String },
}

impl Backend {
    /// PostgreSQL when configured; otherwise `None`, after one line on stderr saying so.
    pub fn postgres() -> Option<Backend> {
        static NOTICE: Once = Once::new();
        match std::env::var(POSTGRES_URL_VARIABLE) {
            Ok(url) if !url.is_empty() => Some(Backend::Postgres { admin_url: url }),
            _ => {
                NOTICE.call_once(|| {
                    // Written past the test harness's output capture on purpose, so the skip
                    // is visible in every run.
                    let _ = writeln!(
                        std::io::stderr(),
                        "PostgreSQL half skipped: set {POSTGRES_URL_VARIABLE} to run every test on PostgreSQL too"
                    );
                });
                None
            }
        }
    }
}

/// A fresh, empty database for one test.
pub struct TestDatabase {
    pub url: String,
    postgres: Option<(String, String)>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDatabase {
    pub async fn create(backend: &Backend) -> TestDatabase {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temporary directory");
                let url = format!("sqlite://{}", dir.path().join("globemeet.db").display());
                TestDatabase {
                    url,
                    postgres: None,
                    _dir: Some(dir),
                }
            }
            Backend::Postgres { admin_url } => {
                let name = unique_database_name();
                let mut admin = connect_with_retries(admin_url).await;
                diesel::sql_query(format!("CREATE DATABASE {name}"))
                    .execute(&mut admin)
                    .await
                    .expect("create the test database");
                let mut url = url::Url::parse(admin_url).expect("valid PostgreSQL URL");
                url.set_path(&name);
                TestDatabase {
                    url: url.to_string(),
                    postgres: Some((admin_url.clone(), name)),
                    _dir: None,
                }
            }
        }
    }

    /// The SQLite file, for tests that remove it.
    pub fn sqlite_path(&self) -> Option<String> {
        self.url.strip_prefix("sqlite://").map(str::to_owned)
    }

    /// The admin URL and database name on PostgreSQL.
    pub fn postgres(&self) -> Option<(&str, &str)> {
        self.postgres
            .as_ref()
            .map(|(url, name)| (url.as_str(), name.as_str()))
    }

    /// Drops the PostgreSQL database; SQLite files go with the temporary directory. A user
    /// that is not a superuser cannot end an autovacuum worker that is busy in the database,
    /// so the drop is tried again for a few seconds.
    pub async fn drop_database(&self) {
        let Some((admin_url, name)) = &self.postgres else {
            return;
        };
        let mut admin = connect_with_retries(admin_url).await;
        let mut tries = 0;
        loop {
            tries += 1;
            let dropped = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&mut admin)
                .await;
            match dropped {
                Ok(_) => return,
                Err(error) if tries < 20 => {
                    eprintln!("dropping the test database {name} failed ({error}); trying again");
                    tokio::time::sleep(std::time::Duration::from_millis(250)).await;
                }
                Err(error) => {
                    panic!("dropping the test database {name} failed {tries} times: {error}")
                }
            }
        }
    }
}

/// Connects to the test PostgreSQL, trying again for a second: on a loaded machine a connect
/// can fail while many tests start and drop databases at once.
async fn connect_with_retries(url: &str) -> AsyncPgConnection {
    let mut tries = 0;
    loop {
        tries += 1;
        match AsyncPgConnection::establish(url).await {
            Ok(conn) => return conn,
            Err(error) if tries < 5 => {
                eprintln!("connecting to the test PostgreSQL failed ({error}); trying again");
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            }
            Err(error) => panic!("connecting to the test PostgreSQL failed {tries} times: {error}"),
        }
    }
}

fn unique_database_name() -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970")
        .subsec_nanos();
    format!("globemeet_test_{}_{count}_{nanos}", std::process::id())
}

/// The configuration of a test server on `url`: an ephemeral loopback port, a small pool, and
/// a one-second cache of client states so disabling a client takes effect quickly. Recording
/// media goes to a folder of the test process under the system's temporary directory;
/// [`TestServer`] gives each server a folder of its own.
pub fn test_config(url: &str) -> Config {
    let media_dir =
        std::env::temp_dir().join(format!("globemeet-test-media-{}", std::process::id()));
    Config {
        listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        database_url: url.to_owned(),
        media_url: format!("file://{}", media_dir.display()),
        database_pool_size: 4,
        database_pool_timeout: Duration::from_secs(2),
        client_state_ttl: Duration::from_secs(1),
        job_interval: Duration::from_millis(50),
        ..Config::default()
    }
}

/// Sets `authorization: Bearer <token>` on every gRPC request.
#[derive(Clone)]
pub struct Bearer(MetadataValue<Ascii>);

impl Bearer {
    pub fn new(token: &str) -> Self {
        Self(format!("Bearer {token}").parse().expect("tokens are ASCII"))
    }
}

impl Interceptor for Bearer {
    fn call(
        &mut self,
        mut request: tonic::Request<()>,
    ) -> Result<tonic::Request<()>, tonic::Status> {
        request
            .metadata_mut()
            .insert("authorization", self.0.clone());
        Ok(request)
    }
}

/// A channel whose requests carry a bearer token.
pub type AuthChannel = InterceptedService<Channel, Bearer>;

/// The tenant every test server starts with, and its client.
pub const TENANT: &str = "tenant_a";
pub const CLIENT: &str = "client_a";

/// A running server with its own database, and a token of tenant [`TENANT`].
pub struct TestServer {
    pub addr: SocketAddr,
    pub database: TestDatabase,
    pub db: Db,
    /// An access token of [`CLIENT`] in [`TENANT`], holding every tenant scope.
    pub token: String,
    /// The server's scheduling clock, which tests advance instead of waiting.
    pub clock: globemeet::clock::Clock,
    /// The configuration the server runs with.
    pub config: Config,
    /// The folder of the server's recording media (`GLOBEMEET_MEDIA_URL`), removed with the
    /// server.
    pub media_dir: tempfile::TempDir,
    running: Option<RunningServer>,
}

impl TestServer {
    /// Starts a server on a fresh database of `backend` and bootstraps [`TENANT`].
    pub async fn start(backend: &Backend) -> TestServer {
        Self::start_with(backend, |_| {}).await
    }

    /// Like [`TestServer::start`], with the test configuration changed by `configure`. Recording
    /// media goes to a folder of the server's own unless `configure` names another store.
    pub async fn start_with(backend: &Backend, configure: impl FnOnce(&mut Config)) -> TestServer {
        Self::start_as(backend, Role::All, configure).await
    }

    /// Like [`TestServer::start_with`], in `role`.
    pub async fn start_as(
        backend: &Backend,
        role: Role,
        configure: impl FnOnce(&mut Config),
    ) -> TestServer {
        let database = TestDatabase::create(backend).await;
        let media_dir = tempfile::tempdir().expect("temporary media directory");
        let mut config = test_config(&database.url);
        config.media_url = format!("file://{}", media_dir.path().display());
        configure(&mut config);
        let running = server::start(config.clone(), role)
            .await
            .expect("server starts");
        let db = Db::connect(&database.url, 2, Duration::from_secs(2)).expect("test pool");
        let mut server = TestServer {
            addr: running.local_addr(),
            database,
            db,
            token: String::new(),
            clock: running.clock(),
            config,
            media_dir,
            running: Some(running),
        };
        let credentials = server.bootstrap(Some(TENANT), CLIENT).await;
        server.token = server
            .token_for(&credentials.client_id, &credentials.client_secret)
            .await;
        server
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Runs `admin bootstrap` against the server's database.
    pub async fn bootstrap(&self, tenant_id: Option<&str>, client_id: &str) -> BootstrapOutput {
        admin::bootstrap(&self.db, tenant_id, client_id)
            .await
            .expect("bootstrap")
    }

    /// Requests a token with a JSON body and returns the access token.
    pub async fn token_for(&self, client_id: &str, client_secret: &str) -> String {
        let response = reqwest::Client::new()
            .post(self.url("/v1/oauth/token"))
            .json(&serde_json::json!({
                "client_id": client_id,
                "client_secret": client_secret,
                "grant_type": "client_credentials",
            }))
            .send()
            .await
            .expect("token request");
        assert_eq!(response.status(), 200, "token for {client_id}");
        let body: serde_json::Value = response.json().await.expect("token JSON");
        body["access_token"]
            .as_str()
            .expect("access_token")
            .to_owned()
    }

    /// A tenant token for a new tenant with its own client.
    pub async fn other_tenant(&self, tenant_id: &str) -> String {
        let credentials = self
            .bootstrap(Some(tenant_id), &format!("{tenant_id}_client"))
            .await;
        self.token_for(&credentials.client_id, &credentials.client_secret)
            .await
    }

    /// A channel without credentials.
    pub async fn channel(&self) -> Channel {
        Channel::from_shared(self.url(""))
            .expect("valid URI")
            .connect()
            .await
            .expect("gRPC connection")
    }

    /// A channel whose requests carry `token`.
    pub async fn authed(&self, token: &str) -> AuthChannel {
        InterceptedService::new(self.channel().await, Bearer::new(token))
    }

    pub async fn queues(&self) -> QueueServiceClient<AuthChannel> {
        QueueServiceClient::new(self.authed(&self.token).await)
    }

    pub async fn agents(&self) -> AgentServiceClient<AuthChannel> {
        AgentServiceClient::new(self.authed(&self.token).await)
    }

    pub async fn clients(&self) -> ClientServiceClient<AuthChannel> {
        ClientServiceClient::new(self.authed(&self.token).await)
    }

    pub async fn recordings(&self) -> RecordingServiceClient<AuthChannel> {
        self.recordings_with(&self.token).await
    }

    pub async fn recordings_with(&self, token: &str) -> RecordingServiceClient<AuthChannel> {
        RecordingServiceClient::new(self.authed(token).await)
    }

    pub async fn tenants_with(&self, token: &str) -> TenantServiceClient<AuthChannel> {
        TenantServiceClient::new(self.authed(token).await)
    }

    /// Shuts the server down and keeps its database, which [`TestServer::db`] still reaches.
    pub async fn shutdown(&mut self) {
        if let Some(running) = self.running.take() {
            running.shutdown().await.expect("clean shutdown");
        }
    }

    /// Shuts the server down and drops its database.
    pub async fn stop(mut self) {
        self.shutdown().await;
        self.database.drop_database().await;
    }
}

/// The field names of the `BadRequest` violations of a status.
pub fn violated_fields(status: &tonic::Status) -> Vec<String> {
    use tonic_types::StatusExt as _;
    status
        .get_details_bad_request()
        .map(|bad_request| {
            bad_request
                .field_violations
                .into_iter()
                .map(|v| v.field)
                .collect()
        })
        .unwrap_or_default()
}

/// The `ErrorInfo.reason` of a status.
pub fn error_reason(status: &tonic::Status) -> Option<String> {
    use tonic_types::StatusExt as _;
    status.get_details_error_info().map(|info| info.reason)
}
