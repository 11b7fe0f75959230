//! The error type of the services, mapped once to a gRPC status with rich details
//! (`google.rpc.ErrorInfo` with domain `globemeet.io`, `BadRequest`, `RetryInfo`).

use std::{collections::HashMap, time::Duration};

use tonic::{Code, Status};
use tonic_types::{ErrorDetails, FieldViolation, StatusExt};

use crate::db::DbError;

/// The `ErrorInfo.domain` of every error the API returns.
pub const ERROR_DOMAIN: &str = "globemeet.io";

/// How long a client should wait before retrying after the database was unavailable.
const UNAVAILABLE_RETRY_DELAY: Duration = Duration::from_secs(1);

/// An error of an API method.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// One or more request fields are invalid.
    #[error("invalid request: {}", describe(.0))]
    InvalidArgument(Vec<Violation>),

    /// An invalid request with a reason of its own, such as `IDEMPOTENCY_KEY_REUSED`.
    #[error("{message}")]
    InvalidArgumentReason {
        reason: &'static str,
        field: String,
        message: String,
    },

    /// The named resource does not exist in the caller's tenant.
    #[error("{resource} {id:?} not found")]
    NotFound { resource: &'static str, id: String },

    /// A resource with the requested id exists already.
    #[error(
        "{resource} {id:?} already exists; choose another id or omit it to get a generated one"
    )]
    AlreadyExists { resource: &'static str, id: String },

    /// The request is valid but the resource is not in a state that allows it.
    #[error("{message}")]
    FailedPrecondition {
        reason: &'static str,
        message: String,
    },

    /// A concurrent change won, such as an update carrying a stale `etag`.
    #[error("{message}")]
    Aborted {
        reason: &'static str,
        message: String,
    },

    /// The caller is authenticated but may not do this.
    #[error("{message}")]
    PermissionDenied {
        reason: &'static str,
        message: String,
    },

    /// The database could not be reached in time; the request may be retried.
    #[error("service temporarily unavailable: {0}")]
    Unavailable(String),

    /// A failure the client cannot fix; logged in full, returned without details.
    #[error("internal error: {0}")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// One invalid field: its path, what is wrong and how to fix it, and a machine-readable cause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub field: String,
    pub description: String,
    pub reason: &'static str,
}

fn describe(violations: &[Violation]) -> String {
    violations
        .iter()
        .map(|violation| format!("{}: {}", violation.field, violation.description))
        .collect::<Vec<_>>()
        .join("; ")
}

impl ApiError {
    /// A single invalid field.
    pub fn invalid(field: impl Into<String>, description: impl Into<String>) -> Self {
        Self::InvalidArgument(vec![Violation {
            field: field.into(),
            description: description.into(),
            reason: "INVALID_FIELD",
        }])
    }

    /// A required field that is missing or empty.
    pub fn required(field: impl Into<String>) -> Self {
        Self::InvalidArgument(vec![Violation {
            field: field.into(),
            description: "is required".to_owned(),
            reason: "REQUIRED_FIELD_MISSING",
        }])
    }

    /// A stale `etag` on an update or delete.
    pub fn etag_mismatch(resource: &'static str, id: &str) -> Self {
        Self::Aborted {
            reason: "ETAG_MISMATCH",
            message: format!(
                "{resource} {id:?} was changed since the etag sent was read; get it again and retry with the new etag"
            ),
        }
    }

    fn code(&self) -> Code {
        match self {
            Self::InvalidArgument(_) | Self::InvalidArgumentReason { .. } => Code::InvalidArgument,
            Self::NotFound { .. } => Code::NotFound,
            Self::AlreadyExists { .. } => Code::AlreadyExists,
            Self::FailedPrecondition { .. } => Code::FailedPrecondition,
            Self::Aborted { .. } => Code::Aborted,
            Self::PermissionDenied { .. } => Code::PermissionDenied,
            Self::Unavailable(_) => Code::Unavailable,
            Self::Internal(_) => Code::Internal,
        }
    }

    fn reason(&self) -> &'static str {
        match self {
            Self::InvalidArgument(_) => "INVALID_ARGUMENT",
            Self::NotFound { .. } => "RESOURCE_NOT_FOUND",
            Self::AlreadyExists { .. } => "RESOURCE_ALREADY_EXISTS",
            Self::FailedPrecondition { reason, .. }
            | Self::InvalidArgumentReason { reason, .. }
            | Self::Aborted { reason, .. }
            | Self::PermissionDenied { reason, .. } => reason,
            Self::Unavailable(_) => "DATABASE_UNAVAILABLE",
            Self::Internal(_) => "INTERNAL",
        }
    }

    fn metadata(&self) -> HashMap<String, String> {
        match self {
            Self::NotFound { resource, id } | Self::AlreadyExists { resource, id } => {
                HashMap::from([
                    ("resource".to_owned(), (*resource).to_owned()),
                    ("id".to_owned(), id.clone()),
                ])
            }
            _ => HashMap::new(),
        }
    }
}

impl From<ApiError> for Status {
    fn from(error: ApiError) -> Self {
        let code = error.code();
        let mut details =
            ErrorDetails::with_error_info(error.reason(), ERROR_DOMAIN, error.metadata());

        let message = match &error {
            ApiError::Internal(source) => {
                let error_id = uuid::Uuid::new_v4().to_string();
                tracing::error!(error_id, error = %source, "internal error");
                format!("internal error; quote error id {error_id} when reporting it")
            }
            ApiError::Unavailable(cause) => {
                tracing::warn!(cause, "database unavailable");
                details.set_retry_info(Some(UNAVAILABLE_RETRY_DELAY));
                "service temporarily unavailable; retry after a short delay".to_owned()
            }
            ApiError::InvalidArgument(violations) => {
                let violations = violations
                    .iter()
                    .map(|v| FieldViolation {
                        reason: v.reason.to_owned(),
                        ..FieldViolation::new(v.field.clone(), v.description.clone())
                    })
                    .collect::<Vec<_>>();
                details.set_bad_request(violations);
                error.to_string()
            }
            ApiError::InvalidArgumentReason { field, message, .. } => {
                details.set_bad_request(vec![FieldViolation::new(field.clone(), message.clone())]);
                message.clone()
            }
            _ => error.to_string(),
        };
        Status::with_error_details(code, message, details)
    }
}

impl From<DbError> for ApiError {
    fn from(error: DbError) -> Self {
        match error {
            DbError::Unavailable(cause) => ApiError::Unavailable(cause),
            DbError::InvalidFilter(message) => ApiError::invalid("filter", message),
            other => ApiError::Internal(Box::new(other)),
        }
    }
}

/// Collects the invalid fields of a request so one response lists all of them.
#[derive(Debug, Default)]
pub struct Violations(Vec<Violation>);

impl Violations {
    /// Records `field` as invalid with `description` unless `valid` holds.
    pub fn check(&mut self, valid: bool, field: impl Into<String>, description: impl Into<String>) {
        if !valid {
            self.add(field, description);
        }
    }

    /// Records `field` as invalid.
    pub fn add(&mut self, field: impl Into<String>, description: impl Into<String>) {
        self.0.push(Violation {
            field: field.into(),
            description: description.into(),
            reason: "INVALID_FIELD",
        });
    }

    /// Records `field` as a missing required field.
    pub fn missing(&mut self, field: impl Into<String>) {
        self.0.push(Violation {
            field: field.into(),
            description: "is required".to_owned(),
            reason: "REQUIRED_FIELD_MISSING",
        });
    }

    /// Returns `Ok` when no field was recorded, else the `InvalidArgument` error listing them.
    pub fn finish(self) -> Result<(), ApiError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ApiError::InvalidArgument(self.0))
        }
    }
}

/// The canonical UPPER_SNAKE name of a gRPC status code, as in `google.rpc.Code`.
pub fn code_name(code: Code) -> &'static str {
    match code {
        Code::Ok => "OK",
        Code::Cancelled => "CANCELLED",
        Code::Unknown => "UNKNOWN",
        Code::InvalidArgument => "INVALID_ARGUMENT",
        Code::DeadlineExceeded => "DEADLINE_EXCEEDED",
        Code::NotFound => "NOT_FOUND",
        Code::AlreadyExists => "ALREADY_EXISTS",
        Code::PermissionDenied => "PERMISSION_DENIED",
        Code::ResourceExhausted => "RESOURCE_EXHAUSTED",
        Code::FailedPrecondition => "FAILED_PRECONDITION",
        Code::Aborted => "ABORTED",
        Code::OutOfRange => "OUT_OF_RANGE",
        Code::Unimplemented => "UNIMPLEMENTED",
        Code::Internal => "INTERNAL",
        Code::Unavailable => "UNAVAILABLE",
        Code::DataLoss => "DATA_LOSS",
        Code::Unauthenticated => "UNAUTHENTICATED",
    }
}
