//! License rules: seat limits and the expiry notices.
//!
//! The notice job records `license.expiring` once for the smallest threshold of 30, 7 and 1
//! days that has been reached and not yet recorded (a license created 5 days before expiry gets
//! the 7-day notice only), then `license.expired` once. Moving `expires_at` later re-arms both.

use chrono::{NaiveDateTime, TimeDelta};
use serde_json::{Value, json};

use crate::{
    db::{self, Db, DbError, events::NewEvent, models::LicenseRow},
    proto::{globemeet::v1::License, json::render_message},
    rpc::{etag, timestamp},
};

/// The notice thresholds in days, largest first.
pub const THRESHOLD_DAYS: [i32; 3] = [30, 7, 1];

/// Whole days left until `expires_at`, rounded up, so a license with 4.5 days left has 5.
pub fn days_remaining(expires_at: NaiveDateTime, now: NaiveDateTime) -> i64 {
    let seconds = (expires_at - now).num_seconds();
    seconds.div_euclid(86_400) + i64::from(seconds.rem_euclid(86_400) > 0)
}

/// The notice a license owes at `now`, if any: `Some(None)` for `license.expired`,
/// `Some(Some(threshold))` for `license.expiring` at that threshold.
pub fn due_notice(license: &LicenseRow, now: NaiveDateTime) -> Option<Option<i32>> {
    if license.expired_recorded {
        return None;
    }
    if license.expires_at <= now {
        return Some(None);
    }
    let remaining = days_remaining(license.expires_at, now);
    let reached = THRESHOLD_DAYS
        .iter()
        .copied()
        .filter(|days| remaining <= i64::from(*days))
        .min()?;
    match license.notified_threshold_days {
        Some(recorded) if recorded <= reached => None,
        _ => Some(Some(reached)),
    }
}

/// One round of the notice job. Returns how many notices this process recorded.
pub async fn record_due_notices(db: &Db, now: NaiveDateTime) -> Result<usize, DbError> {
    let horizon = now + TimeDelta::days(i64::from(THRESHOLD_DAYS[0]) + 1);
    let mut recorded = 0;
    for license in db::licenses::expiring_before(db, horizon).await? {
        let Some(notice) = due_notice(&license, now) else {
            continue;
        };
        let mut next = license.clone();
        next.revision = license.revision + 1;
        next.update_time = db::time::now();
        let used = db::agents::count(db, &license.tenant_id).await?;
        let mut data = render_message(&to_proto(&next, used), "globemeet.v1.License");
        let event_type = match notice {
            Some(threshold) => {
                next.notified_threshold_days = Some(threshold);
                add_fields(
                    &mut data,
                    &[
                        (
                            "days_remaining",
                            json!(days_remaining(license.expires_at, now)),
                        ),
                        ("threshold_days", json!(threshold)),
                    ],
                );
                "license.expiring"
            }
            None => {
                next.expired_recorded = true;
                "license.expired"
            }
        };
        let event = NewEvent {
            tenant_id: license.tenant_id.clone(),
            event_type,
            data,
        };
        if db::licenses::update(db, &next, license.revision, vec![event]).await? {
            tracing::info!(tenant_id = %license.tenant_id, event_type, "license notice recorded");
            recorded += 1;
        }
    }
    Ok(recorded)
}

fn add_fields(data: &mut Value, fields: &[(&str, Value)]) {
    if let Value::Object(object) = data {
        for (name, value) in fields {
            object.insert((*name).to_owned(), value.clone());
        }
    }
}

/// Converts a stored license to its API form.
pub fn to_proto(row: &LicenseRow, seats_used: i64) -> License {
    License {
        tenant_id: row.tenant_id.clone(),
        plan: row.plan.clone(),
        seats: row.seats,
        seats_used: i32::try_from(seats_used).unwrap_or(i32::MAX),
        expires_at: timestamp(row.expires_at),
        create_time: timestamp(row.create_time),
        update_time: timestamp(row.update_time),
        etag: etag(row.create_time, row.revision),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn license(expires_in: TimeDelta, notified: Option<i32>) -> (LicenseRow, NaiveDateTime) {
        let now = db::time::now();
        let row = LicenseRow {
            tenant_id: "t".into(),
            plan: "p".into(),
            seats: 1,
            expires_at: now + expires_in,
            notified_threshold_days: notified,
            expired_recorded: false,
            create_time: now,
            update_time: now,
            revision: 1,
        };
        (row, now)
    }

    #[test]
    fn the_smallest_reached_threshold_is_due() {
        let (row, now) = license(TimeDelta::days(40), None);
        assert_eq!(due_notice(&row, now), None);
        let (row, now) = license(TimeDelta::days(30), None);
        assert_eq!(due_notice(&row, now), Some(Some(30)));
        let (row, now) = license(TimeDelta::days(5), None);
        assert_eq!(
            due_notice(&row, now),
            Some(Some(7)),
            "a late license gets only the nearest threshold"
        );
        let (row, now) = license(TimeDelta::hours(20), Some(7));
        assert_eq!(due_notice(&row, now), Some(Some(1)));
    }

    #[test]
    fn recorded_thresholds_are_not_repeated() {
        let (row, now) = license(TimeDelta::days(6), Some(7));
        assert_eq!(due_notice(&row, now), None);
        let (row, now) = license(TimeDelta::hours(10), Some(1));
        assert_eq!(due_notice(&row, now), None);
    }

    #[test]
    fn expiry_comes_once() {
        let (mut row, now) = license(TimeDelta::seconds(-1), Some(1));
        assert_eq!(due_notice(&row, now), Some(None));
        row.expired_recorded = true;
        assert_eq!(due_notice(&row, now), None);
    }
}
