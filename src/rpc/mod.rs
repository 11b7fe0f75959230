//! The gRPC services, one file each, plus the conversions and request checks they share.

pub mod agents;
pub mod clients;
pub mod queues;
pub mod tenants;

use chrono::NaiveDateTime;
use prost_types::Timestamp;

use crate::{
    db::models::PageRequest,
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

/// The default number of items in a page.
pub const DEFAULT_PAGE_SIZE: i32 = 50;

/// The largest number of items in a page; larger requests are clamped to it.
pub const MAX_PAGE_SIZE: i32 = 1000;

/// Page tokens encode the last id of the previous page, URL-safe base64 without padding.
pub fn page_request(page_size: i32, page_token: &str) -> Result<PageRequest, ApiError> {
    use base64::Engine as _;

    if page_size < 0 {
        return Err(ApiError::invalid(
            "page_size",
            format!(
                "{page_size} is negative; use 0 for the default of {DEFAULT_PAGE_SIZE}, or up to {MAX_PAGE_SIZE}"
            ),
        ));
    }
    let limit = match page_size {
        0 => DEFAULT_PAGE_SIZE,
        size => size.min(MAX_PAGE_SIZE),
    };
    let after_id = if page_token.is_empty() {
        None
    } else {
        let decoded = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(page_token)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .filter(|id| ids::is_valid_client_id(id));
        match decoded {
            Some(id) => Some(id),
            None => {
                return Err(ApiError::invalid(
                    "page_token",
                    "is not a token returned as next_page_token by this list; omit it to start from the first page",
                ));
            }
        }
    };
    Ok(PageRequest {
        after_id,
        limit: i64::from(limit) + 1,
    })
}

/// Cuts the extra row fetched by [`page_request`] and returns the token of the next page.
pub fn finish_page<T>(rows: &mut Vec<T>, page: &PageRequest, key: impl Fn(&T) -> &str) -> String {
    use base64::Engine as _;

    let limit = (page.limit - 1) as usize;
    if rows.len() <= limit {
        return String::new();
    }
    rows.truncate(limit);
    let last = rows.last().map(key).unwrap_or_default();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(last)
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
