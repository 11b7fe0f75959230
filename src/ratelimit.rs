//! Per-tenant rate limits across gRPC and REST: GCRA limiters from `governor`, keyed by the
//! verified token's tenant (never by address or a forwarded header), one limiter per distinct
//! quota. A tenant may burst up to its per-minute limit and regains limit/60 requests a second.
//!
//! NOTE: each process keeps its own limiters, so N replicas let a tenant through up to N times
//! its limit; closing that gap needs a shared store.

use std::{
    collections::HashMap,
    num::NonZeroU32,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use axum::{
    body::Body,
    extract::{Request, State},
    middleware::Next,
    response::{IntoResponse, Response},
};
use governor::{
    Quota, RateLimiter,
    clock::{Clock as _, DefaultClock},
    middleware::StateInformationMiddleware,
    state::keyed::DefaultKeyedStateStore,
};
use http::{HeaderMap, HeaderValue};
use tonic_types::{ErrorDetails, StatusExt as _};

use crate::{
    caller::Caller,
    db::{self, Db, tenants::DEFAULT_RATE_LIMIT_PER_MINUTE},
    error::{ApiError, ERROR_DOMAIN},
};

type KeyedLimiter =
    RateLimiter<String, DefaultKeyedStateStore<String>, DefaultClock, StateInformationMiddleware>;

/// How long a tenant's limit is cached; a raised limit applies within this time.
const QUOTA_TTL: Duration = Duration::from_secs(30);

/// The limiters and the cached per-tenant limits.
pub struct RateLimits {
    db: Db,
    clock: DefaultClock,
    limiters: Mutex<HashMap<u32, Arc<KeyedLimiter>>>,
    quotas: Mutex<HashMap<String, (u32, Instant)>>,
}

impl RateLimits {
    pub fn new(db: Db) -> Arc<Self> {
        Arc::new(Self {
            db,
            clock: DefaultClock::default(),
            limiters: Mutex::new(HashMap::new()),
            quotas: Mutex::new(HashMap::new()),
        })
    }

    /// The requests per minute of a tenant, from its record.
    async fn tenant_limit(&self, tenant_id: &str) -> Result<u32, ApiError> {
        if let Some((limit, read_at)) = self.quotas.lock().expect("not poisoned").get(tenant_id)
            && read_at.elapsed() < QUOTA_TTL
        {
            return Ok(*limit);
        }
        let limit = db::tenants::get(&self.db, tenant_id)
            .await?
            .map_or(DEFAULT_RATE_LIMIT_PER_MINUTE, |tenant| {
                tenant.rate_limit_per_minute
            });
        let limit = u32::try_from(limit).unwrap_or(1).max(1);
        let mut quotas = self.quotas.lock().expect("not poisoned");
        quotas.retain(|_, (_, read_at)| read_at.elapsed() < QUOTA_TTL);
        quotas.insert(tenant_id.to_owned(), (limit, Instant::now()));
        Ok(limit)
    }

    fn limiter(&self, per_minute: u32) -> Arc<KeyedLimiter> {
        let mut limiters = self.limiters.lock().expect("not poisoned");
        limiters
            .entry(per_minute)
            .or_insert_with(|| {
                let rate = NonZeroU32::new(per_minute).expect("limits are at least 1");
                Arc::new(
                    RateLimiter::keyed(Quota::per_minute(rate))
                        .with_middleware::<StateInformationMiddleware>(),
                )
            })
            .clone()
    }
}

/// The outcome of counting one request against its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The request may run; `remaining` more fit in the current burst.
    Admitted { limit: u32, remaining: u32 },
    /// The limit is reached; the next request fits after `wait`.
    Refused { limit: u32, wait: Duration },
}

impl Verdict {
    /// The RESOURCE_EXHAUSTED status of a refused request, with `RetryInfo`.
    pub fn refusal(&self) -> Option<tonic::Status> {
        match *self {
            Verdict::Admitted { .. } => None,
            Verdict::Refused { limit, wait } => Some(exhausted(limit, wait)),
        }
    }

    /// Sets `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`, and `Retry-After`
    /// on a refusal.
    pub fn set_headers(&self, headers: &mut HeaderMap) {
        match *self {
            Verdict::Admitted { limit, remaining } => set_headers(headers, limit, remaining),
            Verdict::Refused { limit, wait } => {
                set_headers(headers, limit, 0);
                let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
                headers.insert(http::header::RETRY_AFTER, HeaderValue::from(seconds.max(1)));
            }
        }
    }
}

impl RateLimits {
    /// Counts one request of `caller`: against its tenant's limit, or, for a platform client,
    /// against the default limit of its own.
    pub async fn check(&self, caller: &Caller) -> Result<Verdict, ApiError> {
        let (key, limit) = match &caller.tenant_id {
            Some(tenant_id) => (
                format!("tenant:{tenant_id}"),
                self.tenant_limit(tenant_id).await?,
            ),
            None => (
                format!("client:{}", caller.client_id),
                DEFAULT_RATE_LIMIT_PER_MINUTE as u32,
            ),
        };
        match self.limiter(limit).check_key(&key) {
            Ok(snapshot) => Ok(Verdict::Admitted {
                limit,
                remaining: snapshot.remaining_burst_capacity(),
            }),
            Err(not_until) => {
                let wait = not_until.wait_time_from(self.clock.now());
                tracing::info!(
                    key,
                    limit,
                    wait_ms = wait.as_millis() as u64,
                    "rate limit reached"
                );
                Ok(Verdict::Refused { limit, wait })
            }
        }
    }
}

/// The rate-limit layer; it runs after authentication, which identifies the tenant.
pub async fn layer(
    State(limits): State<Arc<RateLimits>>,
    request: Request,
    next: Next,
) -> Response {
    let Some(caller) = request.extensions().get::<Caller>().cloned() else {
        return next.run(request).await;
    };
    let verdict = match limits.check(&caller).await {
        Ok(verdict) => verdict,
        Err(error) => {
            return tonic::Status::from(error)
                .into_http::<Body>()
                .into_response();
        }
    };
    let mut response = match verdict.refusal() {
        None => next.run(request).await,
        Some(status) => status.into_http::<Body>().into_response(),
    };
    verdict.set_headers(response.headers_mut());
    response
}

fn exhausted(limit: u32, wait: Duration) -> tonic::Status {
    let mut details =
        ErrorDetails::with_error_info("RATE_LIMIT_EXCEEDED", ERROR_DOMAIN, HashMap::new());
    details.set_retry_info(Some(wait));
    tonic::Status::with_error_details(
        tonic::Code::ResourceExhausted,
        format!(
            "the tenant's limit of {limit} requests per minute is reached; retry after the delay in RetryInfo"
        ),
        details,
    )
}

/// Sets `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` (seconds until the full
/// burst is available again).
fn set_headers(headers: &mut HeaderMap, limit: u32, remaining: u32) {
    let used = limit.saturating_sub(remaining);
    let reset = (u64::from(used) * 60).div_ceil(u64::from(limit));
    headers.insert("ratelimit-limit", HeaderValue::from(limit));
    headers.insert("ratelimit-remaining", HeaderValue::from(remaining));
    headers.insert("ratelimit-reset", HeaderValue::from(reset));
}
