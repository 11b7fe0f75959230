//! Prometheus metrics, rendered in the text exposition format on `GET /metrics`.

use prometheus::{
    Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGaugeVec, Opts, Registry, TextEncoder,
};

use crate::db::Db;

/// Latency buckets in seconds, from 1 ms to 10 s.
const LATENCY_BUCKETS: &[f64] = &[
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// The server's metrics and the registry that renders them.
pub struct Metrics {
    registry: Registry,
    requests: IntCounterVec,
    latency: HistogramVec,
    pool: IntGaugeVec,
    outbox: IntGaugeVec,
    webhook_attempts: IntCounterVec,
    webhook_attempt_latency: HistogramVec,
    webhook_deliveries: IntCounterVec,
}

impl Metrics {
    pub fn new() -> Self {
        let registry = Registry::new();
        let requests = IntCounterVec::new(
            Opts::new(
                "globemeet_requests_total",
                "Requests served, by method and status.",
            ),
            &["method", "status"],
        )
        .expect("valid metric");
        let latency = HistogramVec::new(
            HistogramOpts::new(
                "globemeet_request_duration_seconds",
                "Time from receiving a request to sending its response headers, by method.",
            )
            .buckets(LATENCY_BUCKETS.to_vec()),
            &["method"],
        )
        .expect("valid metric");
        let pool = IntGaugeVec::new(
            Opts::new(
                "globemeet_db_pool_connections",
                "Database pool connections by state: max, open, idle, in_use, and waiting requests.",
            ),
            &["state"],
        )
        .expect("valid metric");
        let outbox = IntGaugeVec::new(
            Opts::new(
                "globemeet_webhook_outbox_backlog",
                "Pending webhook deliveries: due (waiting for a worker) and scheduled (retries not yet due).",
            ),
            &["state"],
        )
        .expect("valid metric");
        let webhook_attempts = IntCounterVec::new(
            Opts::new(
                "globemeet_webhook_attempts_total",
                "Webhook attempts sent by this process, by outcome: the status class (2xx, 3xx, 4xx, 410, 5xx), timeout, connect_error or rejected.",
            ),
            &["outcome"],
        )
        .expect("valid metric");
        let webhook_attempt_latency = HistogramVec::new(
            HistogramOpts::new(
                "globemeet_webhook_attempt_duration_seconds",
                "Time from sending a webhook request to reading its response, by outcome.",
            )
            .buckets(LATENCY_BUCKETS.to_vec()),
            &["outcome"],
        )
        .expect("valid metric");
        let webhook_deliveries = IntCounterVec::new(
            Opts::new(
                "globemeet_webhook_deliveries_total",
                "Webhook deliveries this process finished, by final state: succeeded or failed.",
            ),
            &["state"],
        )
        .expect("valid metric");
        for collector in [
            Box::new(requests.clone()) as Box<dyn prometheus::core::Collector>,
            Box::new(latency.clone()),
            Box::new(pool.clone()),
            Box::new(outbox.clone()),
            Box::new(webhook_attempts.clone()),
            Box::new(webhook_attempt_latency.clone()),
            Box::new(webhook_deliveries.clone()),
        ] {
            registry
                .register(collector)
                .expect("metric names are unique");
        }
        Self {
            registry,
            requests,
            latency,
            pool,
            outbox,
            webhook_attempts,
            webhook_attempt_latency,
            webhook_deliveries,
        }
    }

    /// Records one finished request. `method` is the gRPC method path or the HTTP route.
    pub fn observe_request(&self, method: &str, status: &str, seconds: f64) {
        self.requests.with_label_values(&[method, status]).inc();
        self.latency.with_label_values(&[method]).observe(seconds);
    }

    /// Records one webhook attempt and its duration.
    pub fn observe_webhook_attempt(&self, outcome: &str, seconds: f64) {
        self.webhook_attempts.with_label_values(&[outcome]).inc();
        self.webhook_attempt_latency
            .with_label_values(&[outcome])
            .observe(seconds);
    }

    /// Records a webhook delivery that reached its final state.
    pub fn observe_webhook_delivery(&self, state: &str) {
        self.webhook_deliveries.with_label_values(&[state]).inc();
    }

    /// Sets the outbox backlog, read from the database just before rendering.
    pub fn set_outbox_backlog(&self, due: i64, scheduled: i64) {
        self.outbox.with_label_values(&["due"]).set(due);
        self.outbox.with_label_values(&["scheduled"]).set(scheduled);
    }

    /// Renders every metric, reading the pool's counts at this moment.
    pub fn render(&self, db: &Db) -> String {
        let pool = db.pool_use();
        let in_use = pool.size.saturating_sub(pool.available);
        for (state, value) in [
            ("max", pool.max_size),
            ("open", pool.size),
            ("idle", pool.available),
            ("in_use", in_use),
            ("waiting", pool.waiting),
        ] {
            self.pool.with_label_values(&[state]).set(value as i64);
        }

        let mut buffer = Vec::new();
        TextEncoder::new()
            .encode(&self.registry.gather(), &mut buffer)
            .expect("text encoding into memory does not fail");
        String::from_utf8(buffer).expect("the text format is UTF-8")
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}
