//! When a failed delivery is tried again: a table of delays, jitter that only ever adds time,
//! `Retry-After` within bounds, and the 24-hour deadline.

use std::time::Duration;

use chrono::{NaiveDateTime, TimeDelta};
use rand::Rng as _;

/// The delay before each retry: the first entry follows the first failed attempt, and the last
/// entry repeats until the deadline.
pub const RETRY_DELAYS: &[Duration] = &[
    Duration::from_secs(5),
    Duration::from_secs(30),
    Duration::from_secs(2 * 60),
    Duration::from_secs(10 * 60),
    Duration::from_secs(30 * 60),
    Duration::from_secs(60 * 60),
    Duration::from_secs(2 * 60 * 60),
    Duration::from_secs(4 * 60 * 60),
    Duration::from_secs(8 * 60 * 60),
];

/// How long after its first attempt a delivery is retried at most.
pub const DEADLINE: Duration = Duration::from_secs(24 * 60 * 60);

/// The largest share of a delay that jitter adds, so retries of many deliveries spread out.
const JITTER_FRACTION: f64 = 0.2;

/// `Retry-After` values below this are raised to it.
const MIN_RETRY_AFTER: Duration = Duration::from_secs(1);

/// `Retry-After` values above this are lowered to it; the deadline still applies.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(60 * 60);

/// Returns the delay after the attempt numbered `retry_index` (0 for the first attempt)
/// failed, before jitter.
pub fn base_delay(retry_index: i32) -> Duration {
    let index = usize::try_from(retry_index).unwrap_or(0);
    RETRY_DELAYS[index.min(RETRY_DELAYS.len() - 1)]
}

/// Adds up to 20 % to a delay and never takes any away.
pub fn with_jitter(delay: Duration) -> Duration {
    let extra = rand::rng().random_range(0.0..JITTER_FRACTION);
    delay + delay.mul_f64(extra)
}

/// Returns when the next attempt is due after a failed one at `now`, or `None` when it would
/// fall after `deadline` and the delivery has failed. `retry_after` is the receiver's request,
/// kept within bounds, and the later of it and the backoff wins.
pub fn next_attempt(
    now: NaiveDateTime,
    retry_index: i32,
    retry_after: Option<Duration>,
    deadline: NaiveDateTime,
) -> Option<NaiveDateTime> {
    let backoff = with_jitter(base_delay(retry_index));
    let requested = retry_after
        .map(|wait| wait.clamp(MIN_RETRY_AFTER, MAX_RETRY_AFTER))
        .unwrap_or_default();
    let delay = backoff.max(requested);
    let next = now + TimeDelta::from_std(delay).unwrap_or(TimeDelta::MAX);
    (next <= deadline).then_some(next)
}

/// Returns the deadline of a delivery whose round of attempts starts at `first_attempt`.
pub fn deadline(first_attempt: NaiveDateTime) -> NaiveDateTime {
    first_attempt + TimeDelta::from_std(DEADLINE).expect("24 hours fit a TimeDelta")
}

/// Reads a `Retry-After` header: delay seconds, or an HTTP date compared with `now_utc`.
pub fn parse_retry_after(value: &str, now_utc: chrono::DateTime<chrono::Utc>) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = date.with_timezone(&chrono::Utc) - now_utc;
    Some(wait.to_std().unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(1_800_000_000 + seconds, 0)
            .unwrap()
            .naive_utc()
    }

    #[test]
    fn delays_grow_then_repeat() {
        assert_eq!(base_delay(0), Duration::from_secs(5));
        assert!(RETRY_DELAYS.windows(2).all(|pair| pair[0] < pair[1]));
        assert_eq!(base_delay(100), *RETRY_DELAYS.last().unwrap());
    }

    #[test]
    fn jitter_never_shortens_delay() {
        for _ in 0..1000 {
            let delay = with_jitter(Duration::from_secs(100));
            assert!(delay >= Duration::from_secs(100));
            assert!(delay < Duration::from_secs(120));
        }
    }

    #[test]
    fn retries_stop_at_deadline() {
        let start = at(0);
        let deadline = deadline(start);
        let mut now = start;
        let mut attempts = 1;
        while let Some(next) = next_attempt(now, attempts - 1, None, deadline) {
            assert!(next > now);
            now = next;
            attempts += 1;
        }
        assert!(now <= deadline);
        assert!(attempts >= 9, "{attempts} attempts");
    }

    #[test]
    fn retry_after_wins_within_bounds() {
        let deadline = deadline(at(0));
        let next = next_attempt(at(0), 0, Some(Duration::from_secs(120)), deadline).unwrap();
        assert!(next >= at(120) && next < at(145), "{next}");
        let capped = next_attempt(at(0), 0, Some(Duration::from_secs(86_400)), deadline).unwrap();
        assert!(capped <= at(3600), "{capped}");
        let now = chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap();
        assert_eq!(
            parse_retry_after("120", now),
            Some(Duration::from_secs(120))
        );
        let date = (now + TimeDelta::seconds(30)).to_rfc2822();
        assert_eq!(parse_retry_after(&date, now), Some(Duration::from_secs(30)));
        assert_eq!(parse_retry_after("soon", now), None);
    }
}
