//! The authenticated caller of a request, placed in the request extensions by the server's
//! layers and read by the services.

use tonic::Status;

/// The tenant (and later the client) on whose behalf a request runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub tenant_id: String,
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
}
