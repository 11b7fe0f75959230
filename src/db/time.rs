//! Timestamps as stored: UTC without an offset, truncated to microseconds, the finest unit that
//! both PostgreSQL and the protobuf round trip keep.

use chrono::{DateTime, NaiveDateTime, SubsecRound, Utc};

/// The current time as stored in `Timestamp` columns.
pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc().trunc_subsecs(6)
}

/// Converts a stored timestamp to an instant in UTC.
pub fn to_utc(stored: NaiveDateTime) -> DateTime<Utc> {
    stored.and_utc()
}
