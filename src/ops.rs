//! Plain HTTP routes for operations: liveness, readiness and metrics. They need no token.

use std::time::Duration;

use axum::{
    Json,
    extract::State,
    http::{StatusCode, header},
    response::IntoResponse,
};
use serde_json::json;

use crate::server::AppState;

/// How long readiness waits for the database before it reports unavailable.
const READINESS_TIMEOUT: Duration = Duration::from_secs(2);

/// `GET /healthz`: the process is up and serving.
pub async fn healthz() -> impl IntoResponse {
    Json(json!({ "status": "ok" }))
}

/// `GET /readyz`: the database answers a query within two seconds.
pub async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    let backend = state.db.backend_name();
    let outcome = tokio::time::timeout(READINESS_TIMEOUT, state.db.ping()).await;
    let failure = match outcome {
        Ok(Ok(())) => {
            return (
                StatusCode::OK,
                Json(json!({ "status": "ready", "database": backend })),
            );
        }
        Ok(Err(error)) => error.to_string(),
        Err(_) => format!("no answer within {} ms", READINESS_TIMEOUT.as_millis()),
    };
    tracing::warn!(backend, reason = %failure, "readiness check failed");
    (
        StatusCode::SERVICE_UNAVAILABLE,
        Json(
            json!({ "status": "unavailable", "database": backend, "reason": "database unreachable" }),
        ),
    )
}

/// `GET /metrics`: Prometheus text exposition format 0.0.4. The outbox backlog is counted at
/// each scrape, and when the count fails or times out the previous counts are shown.
pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    let backlog = crate::db::deliveries::backlog(&state.db, state.clock.now());
    match tokio::time::timeout(READINESS_TIMEOUT, backlog).await {
        Ok(Ok((due, scheduled))) => state.metrics.set_outbox_backlog(due, scheduled),
        Ok(Err(error)) => tracing::warn!(error = %error, "counting the webhook backlog failed"),
        Err(_) => tracing::warn!("counting the webhook backlog timed out"),
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        state.metrics.render(&state.db),
    )
}
