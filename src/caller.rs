//! The authenticated caller of a request, placed in the request extensions by the
//! authentication layer and read by the services.

use tonic::Status;

use crate::error::ApiError;

/// The client a request runs as, its tenant and its granted scopes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub client_id: String,
    /// `None` for platform administration clients.
    pub tenant_id: Option<String>,
    pub scopes: Vec<String>,
}

impl Caller {
    /// Returns the caller of a gRPC request.
    pub fn of<T>(request: &tonic::Request<T>) -> Result<Caller, Status> {
        request
            .extensions()
            .get::<Caller>()
            .cloned()
            .ok_or_else(|| Status::unauthenticated("the request carries no credentials"))
    }

    /// Returns the tenant of a gRPC request's caller; platform clients have none.
    pub fn tenant_of<T>(request: &tonic::Request<T>) -> Result<String, Status> {
        let caller = Self::of(request)?;
        caller.tenant_id.ok_or_else(|| {
            ApiError::PermissionDenied {
                reason: "TENANT_TOKEN_REQUIRED",
                message: "this method acts on a tenant; use a token of a tenant client".to_owned(),
            }
            .into()
        })
    }

    /// Whether the caller holds `scope`.
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes.iter().any(|held| held == scope)
    }
}
