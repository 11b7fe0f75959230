//! The per-client limit of the token endpoint. It is keyed by the client id a request names,
//! before the client is authenticated, so requests naming made-up ids add keys too. Keys back
//! at a full burst are dropped once there are many, which bounds the memory such requests take.

use std::{
    num::NonZeroU32,
    sync::Mutex,
    time::{Duration, Instant},
};

use governor::{
    DefaultKeyedRateLimiter, Quota, RateLimiter,
    clock::{Clock as _, DefaultClock},
};

/// The number of tracked client ids above which idle ones are dropped.
const PRUNE_ABOVE: usize = 10_000;

/// The shortest time between two prunings, so a flood of new ids does not make every request
/// walk the whole table.
const PRUNE_EVERY: Duration = Duration::from_secs(10);

/// Token requests per minute per client id, with a burst of the same size.
pub struct TokenLimiter {
    limiter: DefaultKeyedRateLimiter<String>,
    pruned_at: Mutex<Instant>,
    prune_above: usize,
    prune_every: Duration,
}

impl TokenLimiter {
    pub fn per_minute(requests: NonZeroU32) -> Self {
        Self::with_pruning(requests, PRUNE_ABOVE, PRUNE_EVERY)
    }

    fn with_pruning(requests: NonZeroU32, prune_above: usize, prune_every: Duration) -> Self {
        Self {
            limiter: RateLimiter::keyed(Quota::per_minute(requests)),
            pruned_at: Mutex::new(Instant::now()),
            prune_above,
            prune_every,
        }
    }

    /// Counts a request of the client id. Returns the wait until the next one fits when the
    /// limit is reached.
    pub fn check(&self, client_id: &str) -> Result<(), Duration> {
        self.prune();
        self.limiter
            .check_key(&client_id.to_owned())
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }

    /// Drops the ids whose state equals a fresh one, at most once per `prune_every` and only
    /// above `prune_above` ids.
    fn prune(&self) {
        if self.limiter.len() <= self.prune_above {
            return;
        }
        let mut pruned_at = self.pruned_at.lock().expect("not poisoned");
        if pruned_at.elapsed() < self.prune_every {
            return;
        }
        let before = self.limiter.len();
        self.limiter.retain_recent();
        self.limiter.shrink_to_fit();
        *pruned_at = Instant::now();
        tracing::debug!(
            before,
            after = self.limiter.len(),
            "token limiter dropped idle client ids"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limiter_drops_idle_made_up_ids() {
        // 600 a minute: one request leaves a key that governor drops after two emission
        // intervals of 100 ms.
        let limiter = TokenLimiter::with_pruning(NonZeroU32::new(600).unwrap(), 10, Duration::ZERO);
        for index in 0..50 {
            limiter.check(&format!("made-up-{index}")).unwrap();
        }
        assert_eq!(limiter.limiter.len(), 50);

        std::thread::sleep(Duration::from_millis(400));
        limiter.check("acme").unwrap();

        assert!(limiter.limiter.len() <= 1, "{}", limiter.limiter.len());
    }

    #[test]
    fn limiter_keeps_the_count_of_a_busy_id() {
        let limiter = TokenLimiter::with_pruning(NonZeroU32::new(2).unwrap(), 0, Duration::ZERO);
        limiter.check("acme").unwrap();
        limiter.check("acme").unwrap();

        let wait = limiter
            .check("acme")
            .expect_err("the burst of 2 is used up");

        assert!(wait > Duration::from_secs(20), "{wait:?}");
    }
}
