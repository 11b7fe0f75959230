//! Per-endpoint pacing: the send permits that cap concurrent requests to one endpoint, and how
//! many of its claimed deliveries may wait unsent, which grows while the endpoint responds
//! fast. Letting more than the concurrency cap wait lets one claim feed several rounds of
//! requests, so a fast endpoint is not held back by a database round trip per delivery.

use std::{
    collections::HashMap,
    sync::{
        Arc,
        atomic::{AtomicU64, AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use tokio::sync::{Notify, Semaphore, SemaphorePermit};

/// The maximum number of request rounds that one endpoint's claimed deliveries may cover.
const MAX_DEPTH: usize = 16;

/// How long the process keeps the pace of an endpoint that has no claimed delivery.
const FORGET_AFTER: Duration = Duration::from_secs(60);

/// The weight of the newest attempt in the latency average, as a divisor.
const SMOOTHING: u64 = 8;

/// The state that the delivery tasks of one endpoint share.
#[derive(Debug)]
pub struct Pace {
    permits: Semaphore,
    /// The moving average of attempt latency in microseconds; 0 before the first attempt.
    latency_us: AtomicU64,
    /// Claimed deliveries of the endpoint not sent yet.
    unsent: AtomicUsize,
}

impl Pace {
    fn new(concurrency: usize) -> Self {
        Self {
            permits: Semaphore::new(concurrency),
            latency_us: AtomicU64::new(0),
            unsent: AtomicUsize::new(0),
        }
    }

    /// Waits for a turn to send; the permit is the right to one request in flight.
    pub async fn permit(&self) -> SemaphorePermit<'_> {
        self.permits
            .acquire()
            .await
            .expect("the semaphore of an endpoint is never closed")
    }

    /// Adds an attempt's latency to the moving average.
    pub fn observe(&self, latency: Duration) {
        let sample = u64::try_from(latency.as_micros())
            .unwrap_or(u64::MAX)
            .max(1);
        let _ = self
            .latency_us
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |average| {
                Some(if average == 0 {
                    sample
                } else {
                    average - average / SMOOTHING + sample / SMOOTHING
                })
            });
    }

    fn latency(&self) -> Option<Duration> {
        match self.latency_us.load(Ordering::Relaxed) {
            0 => None,
            micros => Some(Duration::from_micros(micros)),
        }
    }
}

/// The claimed deliveries of the whole process not sent yet, and a signal each time one is.
#[derive(Debug, Default)]
pub struct Unsent {
    count: AtomicUsize,
    sent: Notify,
}

impl Unsent {
    pub fn count(&self) -> usize {
        self.count.load(Ordering::Relaxed)
    }

    /// Waits until a delivery was sent or given up since the last wait.
    pub async fn sent(&self) {
        self.sent.notified().await;
    }
}

/// A claimed delivery waiting to be sent. Dropping it, once the request is made or the
/// delivery given up, frees its place in the endpoint's room.
#[derive(Debug)]
pub struct Queued {
    pace: Arc<Pace>,
    unsent: Arc<Unsent>,
}

impl Queued {
    pub fn pace(&self) -> &Arc<Pace> {
        &self.pace
    }
}

impl Drop for Queued {
    fn drop(&mut self) {
        self.pace.unsent.fetch_sub(1, Ordering::Relaxed);
        self.unsent.count.fetch_sub(1, Ordering::Relaxed);
        self.unsent.sent.notify_one();
    }
}

struct Entry {
    pace: Arc<Pace>,
    held: usize,
    idle_since: Option<Instant>,
}

/// The endpoints with claimed deliveries in this process.
pub struct Endpoints {
    concurrency: usize,
    /// How long a claimed delivery may wait for its turn, on average latency.
    queue_budget: Duration,
    entries: HashMap<String, Entry>,
    unsent: Arc<Unsent>,
}

impl Endpoints {
    pub fn new(concurrency: usize, queue_budget: Duration) -> Self {
        Self {
            concurrency: concurrency.max(1),
            queue_budget,
            entries: HashMap::new(),
            unsent: Arc::new(Unsent::default()),
        }
    }

    /// Returns the unsent deliveries of all endpoints.
    pub fn unsent(&self) -> &Arc<Unsent> {
        &self.unsent
    }

    /// Counts one more claimed delivery of the endpoint, held until [`Endpoints::release`],
    /// and returns its place in the endpoint's queue.
    pub fn hold(&mut self, webhook_id: &str) -> Queued {
        let concurrency = self.concurrency;
        let entry = self
            .entries
            .entry(webhook_id.to_owned())
            .or_insert_with(|| Entry {
                pace: Arc::new(Pace::new(concurrency)),
                held: 0,
                idle_since: None,
            });
        entry.held += 1;
        entry.idle_since = None;
        entry.pace.unsent.fetch_add(1, Ordering::Relaxed);
        self.unsent.count.fetch_add(1, Ordering::Relaxed);
        Queued {
            pace: entry.pace.clone(),
            unsent: self.unsent.clone(),
        }
    }

    /// Counts one claimed delivery of the endpoint as done.
    pub fn release(&mut self, webhook_id: &str) {
        if let Some(entry) = self.entries.get_mut(webhook_id) {
            entry.held = entry.held.saturating_sub(1);
            if entry.held == 0 {
                entry.idle_since = Some(Instant::now());
            }
        }
    }

    /// Returns how many more deliveries of each known endpoint the process may claim: its
    /// limit less those waiting unsent.
    /// An endpoint not listed may take [`Endpoints::default_room`].
    pub fn room(&self) -> HashMap<String, usize> {
        self.entries
            .iter()
            .map(|(id, entry)| {
                let unsent = entry.pace.unsent.load(Ordering::Relaxed);
                (id.clone(), self.limit(entry).saturating_sub(unsent))
            })
            .collect()
    }

    /// Returns the room of an endpoint without a recorded pace: one round of requests.
    pub fn default_room(&self) -> usize {
        self.concurrency
    }

    /// Forgets endpoints that have been idle for a while.
    pub fn prune(&mut self) {
        self.entries.retain(|_, entry| {
            entry
                .idle_since
                .is_none_or(|since| since.elapsed() < FORGET_AFTER)
        });
    }

    /// Returns the concurrency cap times the rounds that fit the queue budget at the
    /// endpoint's average latency, or one round before its first attempt.
    fn limit(&self, entry: &Entry) -> usize {
        let rounds = match entry.pace.latency() {
            None => 1,
            Some(latency) => {
                let fit = self.queue_budget.as_micros() / latency.as_micros().max(1);
                usize::try_from(fit)
                    .unwrap_or(MAX_DEPTH)
                    .clamp(1, MAX_DEPTH)
            }
        };
        self.concurrency * rounds
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn room_of_an_unknown_endpoint_is_one_round() {
        let mut endpoints = Endpoints::new(4, Duration::from_secs(2));
        let _queued = endpoints.hold("wh_a");
        assert_eq!(endpoints.room()["wh_a"], 3);
        assert_eq!(endpoints.default_room(), 4);
    }

    #[test]
    fn room_frees_on_send() {
        let mut endpoints = Endpoints::new(4, Duration::from_secs(2));
        let queued = endpoints.hold("wh_a");
        let _other = endpoints.hold("wh_a");
        assert_eq!(endpoints.unsent().count(), 2);

        drop(queued);
        assert_eq!(endpoints.room()["wh_a"], 3);
        assert_eq!(endpoints.unsent().count(), 1);
        endpoints.prune();
        assert!(endpoints.room().contains_key("wh_a"));
    }

    #[test]
    fn fast_endpoint_room_grows_to_maximum() {
        let mut endpoints = Endpoints::new(4, Duration::from_secs(2));
        let queued = endpoints.hold("wh_a");
        let pace = queued.pace();
        pace.observe(Duration::from_millis(1));
        assert_eq!(endpoints.room()["wh_a"], 4 * MAX_DEPTH - 1);

        pace.latency_us.store(500_000, Ordering::Relaxed);
        assert_eq!(endpoints.room()["wh_a"], 4 * 4 - 1);
    }

    #[test]
    fn room_of_a_slow_endpoint_is_one_round() {
        let mut endpoints = Endpoints::new(4, Duration::from_secs(2));
        let queued = endpoints.hold("wh_a");
        queued.pace().observe(Duration::from_secs(15));
        assert_eq!(endpoints.room()["wh_a"], 3);
    }

    #[test]
    fn latency_average_moves_an_eighth_per_sample() {
        let pace = Pace::new(1);
        pace.observe(Duration::from_micros(800));
        pace.observe(Duration::from_micros(1600));
        assert_eq!(pace.latency(), Some(Duration::from_micros(900)));
    }

    #[test]
    fn prune_forgets_endpoints_idle_for_a_minute() {
        let mut endpoints = Endpoints::new(2, Duration::from_secs(2));
        drop(endpoints.hold("wh_a"));
        endpoints.release("wh_a");
        endpoints.prune();
        assert_eq!(endpoints.room()["wh_a"], 2);

        endpoints.entries.get_mut("wh_a").unwrap().idle_since =
            Instant::now().checked_sub(FORGET_AFTER);
        endpoints.prune();
        assert!(endpoints.room().is_empty());
    }
}
