//! The clock that drives scheduling: overflow, license thresholds, retention and webhook
//! retries. It is real time plus an offset that tests advance, so a test can jump hours ahead
//! without waiting. Signature timestamps and token validation use real time instead.

use std::sync::{
    Arc,
    atomic::{AtomicI64, Ordering},
};

use chrono::{NaiveDateTime, TimeDelta};

/// A clock shared by the server and its jobs.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    offset_micros: Arc<AtomicI64>,
}

impl Clock {
    /// The current scheduling time, in UTC, truncated to microseconds like stored timestamps.
    pub fn now(&self) -> NaiveDateTime {
        crate::db::time::now() + TimeDelta::microseconds(self.offset_micros.load(Ordering::Relaxed))
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: std::time::Duration) {
        let micros = i64::try_from(by.as_micros()).unwrap_or(i64::MAX);
        self.offset_micros.fetch_add(micros, Ordering::Relaxed);
    }
}
