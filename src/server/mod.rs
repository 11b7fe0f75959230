//! Server assembly: one listener whose axum router carries the tonic services, gRPC health and
//! reflection, and the plain HTTP routes, under the shared layers.

pub mod middleware;
pub mod tls;

use std::{net::SocketAddr, sync::Arc, time::Duration};

use anyhow::Context as _;
use axum::{
    Router,
    extract::Request,
    http::{StatusCode, header},
    middleware::from_fn_with_state,
    response::{IntoResponse, Response},
    routing::{get, post},
};
use tokio::{
    net::TcpListener,
    sync::{oneshot, watch},
    task::JoinHandle,
};

use crate::{
    auth::{self, AuthState},
    cli::Role,
    clock::Clock,
    config::Config,
    db::{self, Db},
    idempotency::{self, Idempotency},
    jobs::{self, JobContext},
    media::{Media, http::MediaRoutes, token::UrlSigner},
    metrics::Metrics,
    object_store, openapi, ops,
    proto::{
        DESCRIPTOR_POOL, FILE_DESCRIPTOR_SET,
        globemeet::v1::{
            agent_service_server::AgentServiceServer, client_service_server::ClientServiceServer,
            evaluation_service_server::EvaluationServiceServer,
            queue_service_server::QueueServiceServer,
            recording_service_server::RecordingServiceServer,
            scorecard_service_server::ScorecardServiceServer,
            session_service_server::SessionServiceServer,
            tenant_service_server::TenantServiceServer,
            webhook_event_service_server::WebhookEventServiceServer,
            webhook_service_server::WebhookServiceServer,
        },
    },
    ratelimit::{self, RateLimits},
    rest::Transcoder,
    rpc::{
        agents::AgentApi, clients::ClientApi, evaluations::EvaluationApi, queues::QueueApi,
        recordings::RecordingApi, scorecards::ScorecardApi, sessions::SessionApi,
        tenants::TenantApi, webhook_events::WebhookEventApi, webhooks::WebhookApi,
    },
    webhooks::{self, ssrf},
};

/// How long a shutdown waits for open requests before it drops them.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// What the handlers of the plain HTTP routes share.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub metrics: Arc<Metrics>,
    pub config: Arc<Config>,
    pub auth: Arc<AuthState>,
    pub clock: Clock,
    /// Recording media: the object store, the upload limit and the media URL signer.
    pub media: Arc<Media>,
}

/// A server bound to its address and serving in a background task.
pub struct RunningServer {
    local_addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<anyhow::Result<()>>,
    clock: Clock,
    stop_jobs: watch::Sender<bool>,
    jobs: Option<JoinHandle<()>>,
    webhook_worker: Option<JoinHandle<()>>,
}

impl RunningServer {
    /// The address the listener is bound to, with the real port when port 0 was configured.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// The scheduling clock of the server's jobs; tests advance it.
    pub fn clock(&self) -> Clock {
        self.clock.clone()
    }

    /// Completes when the server stops on its own, which only happens on an error.
    pub async fn stopped(&mut self) -> anyhow::Result<()> {
        (&mut self.task).await.context("server task panicked")?
    }

    /// Stops background work (the webhook worker finishes or releases the deliveries in
    /// flight), stops accepting connections, lets open requests finish for up to ten seconds,
    /// and returns once the server has stopped.
    pub async fn shutdown(mut self) -> anyhow::Result<()> {
        let _ = self.stop_jobs.send(true);
        if let Some(jobs) = self.jobs.take() {
            let _ = jobs.await;
        }
        if let Some(worker) = self.webhook_worker.take() {
            let _ = worker.await;
        }
        if let Some(sender) = self.shutdown.take() {
            let _ = sender.send(());
        }
        match tokio::time::timeout(SHUTDOWN_GRACE, &mut self.task).await {
            Ok(joined) => joined.context("server task panicked")?,
            Err(_) => {
                tracing::warn!(
                    grace_seconds = SHUTDOWN_GRACE.as_secs(),
                    "open requests outlived the shutdown grace period; dropping them"
                );
                self.task.abort();
                Ok(())
            }
        }
    }
}

/// Applies migrations, opens the pool, binds the listener and starts serving.
pub async fn start(config: Config, role: Role) -> anyhow::Result<RunningServer> {
    let started = std::time::Instant::now();
    tls::install_crypto_provider();
    let tls_acceptor = tls::acceptor(&config)?;
    db::migrate::run(&config.database_url).await?;
    let db = Db::connect(
        &config.database_url,
        config.database_pool_size,
        config.database_pool_timeout,
    )?;
    let auth = AuthState::new(db.clone(), &config).await?;

    // Bound before the router is built: media URLs name the address clients reach.
    let listener = TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let local_addr = listener.local_addr()?;
    let clock = Clock::default();
    let media = Arc::new(Media::new(
        db.clone(),
        object_store::open(&config.media_url)?,
        UrlSigner::load(&db).await?,
        clock.clone(),
        config.max_media_bytes,
        &public_url(&config, local_addr, tls_acceptor.is_some()),
    ));

    let state = AppState {
        db: db.clone(),
        metrics: Arc::new(Metrics::new()),
        config: Arc::new(config),
        auth,
        clock,
        media,
    };
    let router = router(state.clone(), role).await?;
    let (stop_jobs, jobs_stopped) = watch::channel(false);
    let webhook_worker = if role == Role::Api {
        None
    } else {
        Some(webhooks::worker::spawn(
            db.clone(),
            state.clock.clone(),
            &state.config,
            state.metrics.clone(),
            jobs_stopped.clone(),
        )?)
    };
    let jobs = (role != Role::Api).then(|| {
        let context = JobContext {
            db: db.clone(),
            clock: state.clock.clone(),
            config: state.config.clone(),
        };
        jobs::spawn(
            context,
            jobs::all(),
            state.config.job_interval,
            jobs_stopped,
        )
    });

    tracing::info!(
        address = %local_addr,
        database = db.backend_name(),
        role = ?role,
        tls = tls_acceptor.is_some(),
        startup_ms = started.elapsed().as_millis() as u64,
        "listening for gRPC and HTTP"
    );

    let (shutdown, shutdown_signal) = oneshot::channel::<()>();
    let shutdown_requested = async {
        let _ = shutdown_signal.await;
    };
    let task = match tls_acceptor {
        Some(acceptor) => tokio::spawn(tls::serve(listener, acceptor, router, shutdown_requested)),
        None => tokio::spawn(async move {
            axum::serve(listener, router)
                .with_graceful_shutdown(shutdown_requested)
                .await
                .context("serving failed")
        }),
    };
    Ok(RunningServer {
        local_addr,
        shutdown: Some(shutdown),
        task,
        clock: state.clock.clone(),
        stop_jobs,
        jobs,
        webhook_worker,
    })
}

/// The URL signed media URLs start with: the configured one, else the bound address.
fn public_url(config: &Config, local_addr: SocketAddr, tls: bool) -> String {
    match &config.public_url {
        Some(url) => url.clone(),
        None => format!("{}://{local_addr}", if tls { "https" } else { "http" }),
    }
}

/// Builds the router of every route the role serves, with the shared layers.
async fn router(state: AppState, role: Role) -> anyhow::Result<Router> {
    let ops = Router::new()
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics))
        .with_state(state.clone());

    // The worker role runs background jobs and serves only the operations routes.
    let app = if role == Role::Worker {
        ops
    } else {
        // Each `layer` wraps the ones added before it, so a request passes authentication
        // first, then the rate limit, then idempotency.
        let idempotency = Idempotency::new(state.db.clone());
        let rate_limits = RateLimits::new(state.db.clone());
        let grpc = grpc_routes(&state)
            .await?
            .layer(from_fn_with_state(idempotency, idempotency::layer))
            .layer(from_fn_with_state(rate_limits.clone(), ratelimit::layer))
            .layer(from_fn_with_state(state.auth.clone(), auth::authenticate));
        let oauth = Router::new()
            .route("/v1/oauth/token", post(auth::endpoint::token))
            .route("/v1/oauth/jwks", get(auth::endpoint::jwks))
            .with_state(state.auth.clone());
        let rest = Transcoder::new(&DESCRIPTOR_POOL, grpc.clone(), state.config.max_body_bytes)?
            .into_router();
        // Binary media cannot go through the JSON transcoder; these routes authenticate and
        // count against the rate limits themselves, with the same state as the gRPC layers.
        let media = MediaRoutes {
            media: state.media.clone(),
            auth: state.auth.clone(),
            limits: rate_limits,
        }
        .into_router();
        let documents = openapi::router(&openapi::documents()?);
        grpc.merge(oauth)
            .merge(media)
            .merge(documents)
            .merge(rest)
            .merge(ops)
    };

    Ok(app
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(
            state,
            middleware::observe,
        )))
}

/// The tonic services, gRPC health (every service reported serving) and reflection v1 and
/// v1alpha over the embedded descriptors.
async fn grpc_routes(state: &AppState) -> anyhow::Result<Router> {
    let db = &state.db;
    let allowed = ssrf::parse_allowed(&state.config.webhook_allowed_cidrs)
        .map_err(|error| anyhow::anyhow!("invalid GLOBEMEET_WEBHOOK_ALLOWED_CIDRS: {error}"))?;
    let resolver = state
        .config
        .webhook_resolver
        .clone()
        .unwrap_or_else(|| Arc::new(ssrf::SystemResolver));
    let guard = ssrf::Guard::new(allowed, resolver);
    let clock = &state.clock;
    let (health, health_service) = tonic_health::server::health_reporter();
    health.set_serving::<QueueServiceServer<QueueApi>>().await;
    health.set_serving::<AgentServiceServer<AgentApi>>().await;
    health.set_serving::<ClientServiceServer<ClientApi>>().await;
    health.set_serving::<TenantServiceServer<TenantApi>>().await;
    health
        .set_serving::<RecordingServiceServer<RecordingApi>>()
        .await;
    health
        .set_serving::<SessionServiceServer<SessionApi>>()
        .await;
    health
        .set_serving::<ScorecardServiceServer<ScorecardApi>>()
        .await;
    health
        .set_serving::<EvaluationServiceServer<EvaluationApi>>()
        .await;
    health
        .set_serving::<WebhookServiceServer<WebhookApi>>()
        .await;
    health
        .set_serving::<WebhookEventServiceServer<WebhookEventApi>>()
        .await;

    let reflection_v1 = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .build_v1()?;
    let reflection_v1alpha = tonic_reflection::server::Builder::configure()
        .register_encoded_file_descriptor_set(FILE_DESCRIPTOR_SET)
        .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
        .build_v1alpha()?;

    let routes = tonic::service::Routes::new(health_service)
        .add_service(reflection_v1)
        .add_service(reflection_v1alpha)
        .add_service(QueueServiceServer::new(QueueApi::new(
            db.clone(),
            clock.clone(),
        )))
        .add_service(AgentServiceServer::new(AgentApi::new(db.clone())))
        .add_service(ClientServiceServer::new(ClientApi::new(db.clone())))
        .add_service(TenantServiceServer::new(TenantApi::new(db.clone())))
        .add_service(SessionServiceServer::new(SessionApi::new(
            db.clone(),
            clock.clone(),
        )))
        .add_service(ScorecardServiceServer::new(ScorecardApi::new(db.clone())))
        .add_service(EvaluationServiceServer::new(EvaluationApi::new(db.clone())))
        .add_service(WebhookServiceServer::new(WebhookApi::new(
            db.clone(),
            state.clock.clone(),
            guard,
        )))
        .add_service(WebhookEventServiceServer::new(WebhookEventApi::new(
            db.clone(),
            state.clock.clone(),
        )))
        .add_service(RecordingServiceServer::new(RecordingApi::new(
            db.clone(),
            state.media.clone(),
        )));
    Ok(routes.prepare().into_axum_router())
}

/// Answers unknown paths: gRPC UNIMPLEMENTED for gRPC requests, a JSON 404 otherwise.
async fn not_found(request: Request) -> Response {
    let path = request.uri().path().to_owned();
    let is_grpc = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/grpc"));
    if is_grpc {
        let status = tonic::Status::unimplemented(format!("unknown gRPC method {path}"));
        return status.into_http::<axum::body::Body>().into_response();
    }
    let request_id = request
        .extensions()
        .get::<middleware::RequestId>()
        .map(|id| id.0.clone())
        .unwrap_or_default();
    crate::rest::error::http_error(
        StatusCode::NOT_FOUND,
        tonic::Code::NotFound,
        format!("no route for {} {path}", request.method()),
        &request_id,
    )
}
