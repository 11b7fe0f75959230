//! Background jobs of the `worker` and `all` roles: each runs on a fixed interval, on the
//! scheduling [`Clock`]. Every job is safe to run in several processes at once: each change it
//! makes is a conditional update that only one process wins.

pub mod recordings;

use std::{sync::Arc, time::Duration};

use futures::future::BoxFuture;
use tokio::{sync::watch, task::JoinHandle};

use crate::{clock::Clock, config::Config, db::Db};

/// What a job run needs.
#[derive(Clone)]
pub struct JobContext {
    pub db: Db,
    pub clock: Clock,
    pub config: Arc<Config>,
}

/// A periodic job: a name for logs and a function that does one round of work and returns how
/// many items it handled.
pub struct Job {
    pub name: &'static str,
    pub run: fn(JobContext) -> BoxFuture<'static, anyhow::Result<usize>>,
}

/// Every job of the server.
pub fn all() -> Vec<Job> {
    vec![
        Job {
            name: "queue_overflow",
            run: overflow_sessions,
        },
        Job {
            name: "license_notices",
            run: record_license_notices,
        },
        Job {
            name: "idempotency_key_purge",
            run: purge_idempotency_keys,
        },
        Job {
            name: "webhook_auto_disable",
            run: crate::webhooks::maintenance::auto_disable,
        },
        Job {
            name: "webhook_replays",
            run: crate::webhooks::maintenance::run_replays,
        },
        Job {
            name: "recording_retention",
            run: recordings::retention,
        },
        Job {
            name: "recording_media_deadline",
            run: recordings::media_deadline,
        },
        Job {
            name: "media_deletions",
            run: recordings::media_deletions,
        },
    ]
}

/// Runs `jobs` every `interval` until `stop` turns true.
pub fn spawn(
    context: JobContext,
    jobs: Vec<Job>,
    interval: Duration,
    mut stop: watch::Receiver<bool>,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(interval);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = ticker.tick() => {}
                _ = stop.changed() => break,
            }
            for job in &jobs {
                run_once(job, context.clone()).await;
            }
        }
        tracing::info!("background jobs stopped");
    })
}

async fn run_once(job: &Job, context: JobContext) {
    let started = std::time::Instant::now();
    match (job.run)(context).await {
        Ok(0) => {}
        Ok(handled) => tracing::info!(
            job = job.name,
            handled,
            duration_ms = started.elapsed().as_millis() as u64,
            "job round finished"
        ),
        Err(error) => tracing::warn!(
            job = job.name,
            error = format!("{error:#}"),
            "job round failed"
        ),
    }
}

fn purge_idempotency_keys(context: JobContext) -> BoxFuture<'static, anyhow::Result<usize>> {
    Box::pin(async move {
        let purged =
            crate::db::idempotency::purge_expired(&context.db, crate::db::time::now()).await?;
        Ok(purged)
    })
}

fn overflow_sessions(context: JobContext) -> BoxFuture<'static, anyhow::Result<usize>> {
    Box::pin(async move {
        Ok(crate::rpc::sessions::overflow_due(&context.db, context.clock.now()).await?)
    })
}

fn record_license_notices(context: JobContext) -> BoxFuture<'static, anyhow::Result<usize>> {
    Box::pin(async move {
        Ok(crate::licenses::record_due_notices(&context.db, context.clock.now()).await?)
    })
}
