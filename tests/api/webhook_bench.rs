//! The webhook delivery benchmark, ignored by default: deliveries per second to a local
//! receiver, and the time from recording an event to its arrival while events are recorded at a
//! steady rate. Run it on a release build:
//!
//! `cargo test --release --test api webhook_bench -- --ignored --nocapture`
//!
//! `GLOBEMEET_BENCH_CONCURRENCY` sets the per-endpoint concurrency (default 4, the server's).

use std::time::{Duration, Instant};

use diesel_async::AsyncConnection;
use globemeet::db::{Db, DbConnection, DbError, events::NewEvent};
use serde_json::json;

use crate::{
    receiver::{Receiver, TestResolver, create_webhook, webhook_settings},
    support::{Backend, TENANT, TestServer},
};

const BURST: usize = 4000;
const RATE_PER_SECOND: u64 = 500;
const STEADY_SECONDS: u64 = 6;

async fn record(db: &Db, batch: usize) -> usize {
    // SQLite may report a busy database to this second pool of the same file; try again.
    let mut retries = 0;
    loop {
        let mut writer = db.writer().await.unwrap();
        let conn: &mut DbConnection = &mut writer;
        let outcome = conn
            .transaction(async |conn: &mut DbConnection| -> Result<(), DbError> {
                for index in 0..batch {
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
            Err(_) if retries < 50 => {
                retries += 1;
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            Err(error) => panic!("recording events failed: {error}"),
        }
    }
}

fn percentile(sorted: &[f64], share: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * share).round() as usize;
    sorted[index]
}

async fn measure(backend: Backend) {
    let concurrency: usize = std::env::var("GLOBEMEET_BENCH_CONCURRENCY")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(4);
    let resolver = TestResolver::with_test_names();
    let server = TestServer::start_with(&backend, |config| {
        webhook_settings(resolver)(config);
        config.webhook_endpoint_concurrency = concurrency;
        config.database_pool_size = 16;
    })
    .await;
    let receiver = Receiver::ok().await;
    create_webhook(&server, &receiver.url("/bench"), &[]).await;
    let name = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres { .. } => "postgres",
    };

    // Throughput: a burst recorded as fast as possible, timed from the first arrival to the last.
    for _ in 0..BURST / 250 {
        record(&server.db, 250).await;
    }
    let received = receiver.wait_for(BURST, Duration::from_secs(600)).await;
    let first = received.iter().map(|r| r.received_at).min().unwrap();
    let last = received.iter().map(|r| r.received_at).max().unwrap();
    let seconds = (last - first).num_microseconds().unwrap() as f64 / 1e6;
    println!(
        "{name}, per-endpoint concurrency {concurrency}: {BURST} deliveries in {seconds:.2} s = {:.0} deliveries/s",
        BURST as f64 / seconds
    );

    // Latency: events recorded one per transaction at a steady rate.
    let total = (RATE_PER_SECOND * STEADY_SECONDS) as usize;
    let interval = Duration::from_micros(1_000_000 / RATE_PER_SECOND);
    let started = Instant::now();
    let mut retries = 0;
    for index in 0..total {
        let due = started + interval * index as u32;
        tokio::time::sleep_until(due.into()).await;
        retries += record(&server.db, 1).await;
    }
    let recorded_in = started.elapsed().as_secs_f64();
    let received = receiver
        .wait_for(BURST + total, Duration::from_secs(600))
        .await;
    let mut latencies: Vec<f64> = received[BURST..]
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
        "{name}, per-endpoint concurrency {concurrency}: {total} events at {:.0}/s, event-to-delivery latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms ({retries} busy retries)",
        total as f64 / recorded_in,
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        latencies.last().unwrap(),
    );
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
