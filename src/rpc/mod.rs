//! The gRPC services, one file each, plus the conversions and request checks they share.

pub mod agents;
pub mod clients;
pub mod queues;
pub mod recordings;
pub mod tenants;

use chrono::NaiveDateTime;
use prost_types::Timestamp;

use crate::{
    error::{ApiError, Violations},
    ids,
};

/// Converts a stored UTC timestamp to a protobuf `Timestamp`.
pub fn timestamp(stored: NaiveDateTime) -> Option<Timestamp> {
    let utc = stored.and_utc();
    Some(Timestamp {
        seconds: utc.timestamp(),
        nanos: utc.timestamp_subsec_nanos() as i32,
    })
}

/// The `etag` of a stored resource: unique per revision and per incarnation of an id, so a
/// resource deleted and created again never matches an old etag.
pub fn etag(create_time: NaiveDateTime, revision: i64) -> String {
    format!("{:x}-{revision}", create_time.and_utc().timestamp_micros())
}

/// The short lowercase JSON name of a protobuf enum value: `PRIORITY_HIGH` with prefix
/// `PRIORITY_` becomes `high`.
pub fn short_name(full_name: &str, prefix: &str) -> String {
    full_name
        .strip_prefix(prefix)
        .unwrap_or(full_name)
        .to_ascii_lowercase()
}

/// The full protobuf enum value name of a short name: `high` with prefix `PRIORITY_` becomes
/// `PRIORITY_HIGH`.
pub fn full_name(short: &str, prefix: &str) -> String {
    format!("{prefix}{}", short.to_ascii_uppercase())
}

/// Validates a client-chosen id or generates one when `requested` is empty.
pub fn resource_id(
    requested: &str,
    prefix: &str,
    field: &str,
    violations: &mut Violations,
) -> String {
    if requested.is_empty() {
        return ids::generate(prefix);
    }
    violations.check(
        ids::is_valid_client_id(requested),
        field,
        format!(
            "{requested:?} is not a valid id; use 1 to 64 characters of A-Z, a-z, 0-9, _ and -"
        ),
    );
    requested.to_owned()
}

/// Checks that a required id field of a request is set and could name a resource: every id
/// the API stores matches `[A-Za-z0-9_-]{1,64}`.
pub fn require_id(value: &str, field: &str) -> Result<(), ApiError> {
    if value.is_empty() {
        return Err(ApiError::required(field));
    }
    if !ids::is_valid_client_id(value) {
        return Err(ApiError::invalid(
            field,
            format!(
                "{value:?} is not a valid id; ids are 1 to 64 characters of A-Z, a-z, 0-9, _ and -"
            ),
        ));
    }
    Ok(())
}

/// Checks a display text: trimmed, 1 to `max` characters, no control characters.
pub fn check_text(value: &str, field: &str, max: usize, violations: &mut Violations) {
    let length = value.chars().count();
    if value.trim().is_empty() {
        violations.missing(field);
    } else if length > max {
        violations.add(
            field,
            format!("is {length} characters long; the maximum is {max}"),
        );
    } else if value.chars().any(char::is_control) {
        violations.add(field, "contains control characters; remove them");
    }
}
