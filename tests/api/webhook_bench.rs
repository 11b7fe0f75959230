//! The webhook delivery benchmark, ignored by default. Run it on a release build:
//!
//! `cargo test --release --test api webhook_bench -- --ignored --nocapture`
//!
//! Per backend it measures:
//! - the baseline: signed POSTs of the same envelopes sent straight to the receiver by one
//!   HTTP client with the per-endpoint concurrency, no database involved;
//! - throughput: a backlog of [`BACKLOG`] events is recorded while no worker runs, then a
//!   worker process starts, timed from its start to the last arrival;
//! - latency: events recorded one per transaction at [`RATE_PER_SECOND`] for
//!   [`STEADY_SECONDS`], from the event's creation to its arrival at the receiver.
//!
//! `GLOBEMEET_BENCH_CONCURRENCY` sets the per-endpoint concurrency (default 4, the server's).

use std::time::{Duration, Instant};

use diesel_async::AsyncConnection;
use globemeet::{
    cli::Role,
    config::Config,
    db::{Db, DbConnection, DbError, events::NewEvent},
    server,
};
use serde_json::json;

use crate::{
    receiver::{Receiver, TestResolver, create_webhook, expected_signature, webhook_settings},
    support::{Backend, TENANT, TestServer},
};

const BACKLOG: usize = 10_000;
const RATE_PER_SECOND: u64 = 500;
const STEADY_SECONDS: u64 = 10;

/// Records `count` events in one transaction and returns how often SQLite reported a busy
/// database first.
async fn record(db: &Db, count: usize) -> usize {
    let mut retries = 0;
    loop {
        let mut writer = db.writer().await.unwrap();
        let conn: &mut DbConnection = &mut writer;
        let outcome = conn
            .transaction(async |conn: &mut DbConnection| -> Result<(), DbError> {
                for index in 0..count {
                    globemeet::db::events::record(
                        conn,
                        NewEvent {
                            tenant_id: TENANT.to_owned(),
                            event_type: "webhook.test",
                            data: json!({"index": index}),
                        },
                    )
                    .await?;
                }
                Ok(())
            })
            .await;
        match outcome {
            Ok(()) => return retries,
            // The benchmark's own pool writes to the server's SQLite file from outside the
            // server's writer lock.
            Err(_) if retries < 50 => {
                retries += 1;
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            Err(error) => panic!("recording events failed: {error}"),
        }
    }
}

/// The nearest-rank percentile of sorted values.
fn percentile(sorted: &[f64], share: f64) -> f64 {
    let rank = ((sorted.len() as f64) * share).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

fn concurrency() -> usize {
    std::env::var("GLOBEMEET_BENCH_CONCURRENCY")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(4)
}

/// Sends `count` signed envelopes of the benchmark's size straight to a receiver of its own with
/// `concurrency` requests in flight, and returns requests per second.
async fn baseline(count: usize, concurrency: usize) -> f64 {
    let receiver = Receiver::ok().await;
    let client = reqwest::Client::builder().no_proxy().build().unwrap();
    let url = format!("http://{}/baseline", receiver.addr);
    let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    let started = Instant::now();
    let mut workers = tokio::task::JoinSet::new();
    for worker in 0..concurrency {
        let (client, url) = (client.clone(), url.clone());
        workers.spawn(async move {
            for index in (worker..count).step_by(concurrency) {
                let id = format!("msg_baseline_{index}");
                let body = json!({
                    "id": id,
                    "type": "webhook.test",
                    "created_at": chrono::Utc::now().to_rfc3339(),
                    "tenant_id": TENANT,
                    "api_version": "v1",
                    "data": {"index": index},
                })
                .to_string();
                let timestamp = chrono::Utc::now().timestamp().to_string();
                let signature = expected_signature(secret, &id, &timestamp, body.as_bytes());
                let response = client
                    .post(&url)
                    .header("content-type", "application/json")
                    .header("webhook-id", &id)
                    .header("webhook-timestamp", &timestamp)
                    .header("webhook-signature", &signature)
                    .body(body)
                    .send()
                    .await
                    .expect("baseline request");
                assert_eq!(response.status(), 200);
                response.bytes().await.expect("baseline response");
            }
        });
    }
    while let Some(done) = workers.join_next().await {
        done.unwrap();
    }
    count as f64 / started.elapsed().as_secs_f64()
}

/// Starts a worker process on the API server's database and configuration.
async fn start_worker(config: &Config) -> server::RunningServer {
    server::start(config.clone(), Role::Worker)
        .await
        .expect("the worker starts")
}

async fn measure(backend: Backend) {
    let concurrency = concurrency();
    let resolver = TestResolver::with_test_names();
    let configure = |config: &mut Config| {
        webhook_settings(resolver)(config);
        config.webhook_endpoint_concurrency = concurrency;
        config.database_pool_size = 16;
    };
    let server = TestServer::start_as(&backend, Role::Api, configure).await;
    let receiver = Receiver::ok().await;
    create_webhook(&server, &receiver.url("/bench"), &[]).await;
    let name = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres { .. } => "postgres",
    };

    let direct = baseline(BACKLOG, concurrency).await;

    for _ in 0..BACKLOG / 500 {
        record(&server.db, 500).await;
    }
    let started = chrono::Utc::now();
    let worker = start_worker(&server.config).await;
    let received = receiver.wait_for(BACKLOG, Duration::from_secs(600)).await;
    assert!(
        receiver.most_open() <= concurrency,
        "{} requests were open at once",
        receiver.most_open()
    );
    let last = received.iter().map(|r| r.received_at).max().unwrap();
    let seconds = (last - started).num_microseconds().unwrap() as f64 / 1e6;
    let throughput = BACKLOG as f64 / seconds;
    println!(
        "{name}, per-endpoint concurrency {concurrency}: baseline {direct:.0} direct POSTs/s; \
         backlog of {BACKLOG} delivered in {seconds:.2} s = {throughput:.0} deliveries/s \
         ({:.0}% of the baseline)",
        throughput / direct * 100.0
    );

    let total = (RATE_PER_SECOND * STEADY_SECONDS) as usize;
    let interval = Duration::from_micros(1_000_000 / RATE_PER_SECOND);
    let steady_start = Instant::now();
    let mut retries = 0;
    for index in 0..total {
        let due = steady_start + interval * index as u32;
        tokio::time::sleep_until(due.into()).await;
        retries += record(&server.db, 1).await;
    }
    let recorded_in = steady_start.elapsed().as_secs_f64();
    let received = receiver
        .wait_for(BACKLOG + total, Duration::from_secs(600))
        .await;
    let mut latencies: Vec<f64> = received[BACKLOG..]
        .iter()
        .map(|request| {
            let created: chrono::DateTime<chrono::Utc> = request.json()["created_at"]
                .as_str()
                .unwrap()
                .parse()
                .unwrap();
            (request.received_at - created).num_microseconds().unwrap() as f64 / 1000.0
        })
        .collect();
    latencies.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "{name}, per-endpoint concurrency {concurrency}: {total} events at {:.0}/s, \
         event-to-delivery latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms \
         ({retries} busy retries)",
        total as f64 / recorded_in,
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        latencies.last().unwrap(),
    );
    worker.shutdown().await.unwrap();
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a benchmark; run with --release -- --ignored --nocapture"]
async fn webhook_bench() {
    measure(Backend::Sqlite).await;
    if let Some(backend) = Backend::postgres() {
        measure(backend).await;
    }
}
