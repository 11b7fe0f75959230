//! The gRPC services, one file each, plus the conversions and request checks they share.

pub mod agents;
pub mod clients;
pub mod evaluations;
pub mod queues;
pub mod recordings;
pub mod scorecards;
pub mod sessions;
pub mod tenants;
pub mod webhook_events;
pub mod webhooks;

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

/// The fields an update writes. An empty mask means every top-level field of `updatable`; a
/// path in `updatable` is written; a path in `ignored` (a field the server sets, which a client
/// may send back unchanged) is skipped; any other path is rejected on `update_mask`.
pub fn mask_fields(
    paths: &[String],
    updatable: &[&'static str],
    ignored: &[&str],
    resource: &str,
) -> Result<Vec<&'static str>, ApiError> {
    if paths.is_empty() {
        return Ok(updatable
            .iter()
            .copied()
            .filter(|field| !field.contains('.'))
            .collect());
    }
    let mut violations = Violations::default();
    let mut fields = Vec::new();
    for path in paths {
        if let Some(field) = updatable.iter().find(|field| **field == path) {
            fields.push(*field);
        } else if !ignored.contains(&path.as_str()) {
            violations.add(
                "update_mask",
                format!(
                    "{path:?} is not an updatable {resource} field; use {}",
                    updatable.join(", ")
                ),
            );
        }
    }
    violations.finish()?;
    Ok(fields)
}

/// Checks a field fixed on create that an update may send back: empty, or equal to the stored
/// value `kept`.
pub fn check_unchanged(sent: &str, kept: &str, field: &str) -> Result<(), ApiError> {
    if sent.is_empty() || sent == kept {
        return Ok(());
    }
    Err(ApiError::invalid(
        field,
        format!("is immutable; it must be empty or equal {kept:?}"),
    ))
}

/// The revision a conditional write expects: none without an `etag`, the current revision when
/// the `etag` matches it, and ABORTED when the resource changed since the `etag` was read.
pub fn expected_revision(
    sent_etag: &str,
    create_time: NaiveDateTime,
    revision: i64,
    resource: &'static str,
    id: &str,
) -> Result<Option<i64>, ApiError> {
    if sent_etag.is_empty() {
        Ok(None)
    } else if sent_etag == etag(create_time, revision) {
        Ok(Some(revision))
    } else {
        Err(ApiError::etag_mismatch(resource, id))
    }
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
