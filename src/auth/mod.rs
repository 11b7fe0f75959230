//! OAuth 2.0 client credentials: the token endpoint, access tokens, signing keys, and the layer
//! that authenticates every GlobeMeet RPC and checks the scope its http rule implies.

pub mod endpoint;
pub mod keys;
pub mod limiter;
pub mod scopes;
pub mod secrets;
pub mod tokens;

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use axum::{
    extract::{Request, State},
    http::HeaderMap,
    middleware::Next,
    response::{IntoResponse, Response},
};

use crate::{
    caller::Caller,
    config::Config,
    db::{self, Db},
    error::ApiError,
};
use scopes::{PLATFORM_ADMIN, Requirement, ScopeTable};
use tokens::{TokenAuthority, TokenError};

/// Token requests per minute allowed per client id at `POST /v1/oauth/token`.
pub const TOKEN_REQUESTS_PER_MINUTE: u32 = 120;

/// What authentication needs, shared by the layer and the token endpoint.
pub struct AuthState {
    pub db: Db,
    pub tokens: TokenAuthority,
    scopes: ScopeTable,
    /// How long a client's enabled state is cached. Disabling or deleting a client makes its
    /// tokens fail within this time.
    client_state_ttl: Duration,
    client_states: Mutex<HashMap<String, (ClientState, Instant)>>,
    token_limiter: limiter::TokenLimiter,
}

/// Whether a client may still use its tokens, as last read from the database.
#[derive(Debug, Clone, PartialEq, Eq)]
enum ClientState {
    Active { tenant_id: Option<String> },
    Unusable,
}

/// A request the authentication layer rejects.
#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error(
        "missing bearer token: send `authorization: Bearer <access token>` from POST /v1/oauth/token"
    )]
    MissingToken,

    #[error("invalid access token: {0}; request a new one from POST /v1/oauth/token")]
    InvalidToken(TokenError),

    #[error("the client of this token is disabled or deleted")]
    ClientUnusable,

    #[error("this method needs the scope {0}, which the token does not grant")]
    MissingScope(String),

    #[error(
        "this method needs a tenant token; platform administration tokens act on /v1/tenants only"
    )]
    TenantRequired,

    #[error(transparent)]
    Api(#[from] ApiError),
}

impl From<AuthError> for tonic::Status {
    fn from(error: AuthError) -> Self {
        use tonic_types::{ErrorDetails, StatusExt as _};

        let (code, reason) = match error {
            AuthError::Api(api) => return api.into(),
            AuthError::MissingToken => (tonic::Code::Unauthenticated, "TOKEN_MISSING"),
            AuthError::InvalidToken(TokenError::Expired) => {
                (tonic::Code::Unauthenticated, "TOKEN_EXPIRED")
            }
            AuthError::InvalidToken(_) => (tonic::Code::Unauthenticated, "TOKEN_INVALID"),
            AuthError::ClientUnusable => (tonic::Code::Unauthenticated, "CLIENT_DISABLED"),
            AuthError::MissingScope(_) => (tonic::Code::PermissionDenied, "SCOPE_MISSING"),
            AuthError::TenantRequired => (tonic::Code::PermissionDenied, "TENANT_TOKEN_REQUIRED"),
        };
        let details =
            ErrorDetails::with_error_info(reason, crate::error::ERROR_DOMAIN, HashMap::new());
        tonic::Status::with_error_details(code, error.to_string(), details)
    }
}

impl AuthState {
    /// Loads the signing keys and derives the scope table from the descriptors.
    pub async fn new(db: Db, config: &Config) -> anyhow::Result<Arc<Self>> {
        let keys = Arc::new(keys::KeyStore::load(db.clone()).await?);
        let tokens = TokenAuthority::new(keys, config.issuer.clone(), config.token_ttl_seconds);
        let scopes =
            ScopeTable::from_pool(&crate::proto::DESCRIPTOR_POOL).map_err(anyhow::Error::msg)?;
        let token_limiter = limiter::TokenLimiter::per_minute(
            std::num::NonZeroU32::new(TOKEN_REQUESTS_PER_MINUTE).expect("non-zero"),
        );
        Ok(Arc::new(Self {
            db,
            tokens,
            scopes,
            client_state_ttl: config.client_state_ttl,
            client_states: Mutex::new(HashMap::new()),
            token_limiter,
        }))
    }

    /// Checks the bearer token of a request against the requirement of its method.
    pub async fn authorize(
        &self,
        headers: &HeaderMap,
        requirement: &Requirement,
    ) -> Result<Caller, AuthError> {
        let token = bearer_token(headers).ok_or(AuthError::MissingToken)?;
        let claims = self
            .tokens
            .verify(token)
            .await
            .map_err(AuthError::InvalidToken)?;

        match self.client_state(&claims.sub).await? {
            ClientState::Active { tenant_id } if tenant_id == claims.tenant_id => {}
            _ => return Err(AuthError::ClientUnusable),
        }

        let caller = Caller {
            client_id: claims.sub,
            tenant_id: claims.tenant_id,
            scopes: claims.scope.split_whitespace().map(str::to_owned).collect(),
        };
        check_requirement(&caller, requirement)?;
        Ok(caller)
    }

    /// The cached state of a client, read again after `client_state_ttl`.
    async fn client_state(&self, client_id: &str) -> Result<ClientState, AuthError> {
        if let Some((state, read_at)) = self
            .client_states
            .lock()
            .expect("not poisoned")
            .get(client_id)
            && read_at.elapsed() < self.client_state_ttl
        {
            return Ok(state.clone());
        }
        let state = match db::clients::find_any(&self.db, client_id)
            .await
            .map_err(ApiError::from)?
        {
            Some(found) if !found.client.disabled => ClientState::Active {
                tenant_id: found.client.tenant_id,
            },
            _ => ClientState::Unusable,
        };
        let mut states = self.client_states.lock().expect("not poisoned");
        let ttl = self.client_state_ttl;
        states.retain(|_, (_, read_at)| read_at.elapsed() < ttl);
        states.insert(client_id.to_owned(), (state.clone(), Instant::now()));
        Ok(state)
    }
}

fn check_requirement(caller: &Caller, requirement: &Requirement) -> Result<(), AuthError> {
    match requirement {
        Requirement::PlatformAdmin if caller.has_scope(PLATFORM_ADMIN) => Ok(()),
        Requirement::PlatformAdmin => Err(AuthError::MissingScope(PLATFORM_ADMIN.to_owned())),
        Requirement::AnyTenant if caller.tenant_id.is_some() => Ok(()),
        Requirement::AnyTenant => Err(AuthError::TenantRequired),
        Requirement::Scope(_) if caller.tenant_id.is_none() => Err(AuthError::TenantRequired),
        Requirement::Scope(scope) if caller.has_scope(scope) => Ok(()),
        Requirement::Scope(scope) => Err(AuthError::MissingScope(scope.clone())),
    }
}

/// The token of an `authorization: Bearer …` header (the scheme is case-insensitive).
fn bearer_token(headers: &HeaderMap) -> Option<&str> {
    let value = headers
        .get(axum::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// The authentication layer of the gRPC routes. Requests to GlobeMeet methods need a valid
/// token with the method's scope; health, reflection and unknown paths pass through.
pub async fn authenticate(
    State(auth): State<Arc<AuthState>>,
    mut request: Request,
    next: Next,
) -> Response {
    let Some(requirement) = auth.scopes.get(request.uri().path()) else {
        return next.run(request).await;
    };
    match auth.authorize(request.headers(), requirement).await {
        Ok(caller) => {
            request.extensions_mut().insert(caller);
            next.run(request).await
        }
        Err(error) => {
            tracing::debug!(path = request.uri().path(), error = %error, "request rejected by authentication");
            tonic::Status::from(error)
                .into_http::<axum::body::Body>()
                .into_response()
        }
    }
}
