//! Stores attempt outcomes in batches. Delivery tasks hand their outcome to one recorder task,
//! which writes whatever has queued up in a single transaction, so the database commits once
//! per batch instead of once per delivery while the tasks' HTTP calls go on.

use std::time::Duration;

use tokio::{
    sync::{mpsc, oneshot},
    task::JoinHandle,
};

use crate::db::{
    self, Db,
    deliveries::{Finished, Next},
};

/// The maximum number of outcomes stored in one transaction.
const MAX_BATCH: usize = 256;

/// How often storing a batch is tried while the database is unavailable.
const STORE_ATTEMPTS: u32 = 3;

struct Job {
    finished: Finished,
    reply: oneshot::Sender<Option<bool>>,
}

/// The sending side: one clone per delivery task.
#[derive(Clone)]
pub struct Recorder {
    jobs: mpsc::Sender<Job>,
}

impl Recorder {
    /// Starts the recorder task; it ends once every `Recorder` is dropped and the queue is
    /// stored. `capacity` bounds the outcomes waiting.
    pub fn spawn(db: Db, capacity: usize) -> (Recorder, JoinHandle<()>) {
        let (jobs, queue) = mpsc::channel(capacity.max(1));
        (Recorder { jobs }, tokio::spawn(run(db, queue)))
    }

    /// Stores an outcome and returns whether the delivery's lease still held, or `None` when
    /// storing failed and the delivery will be attempted again once its lease expires.
    pub async fn store(&self, finished: Finished) -> Option<bool> {
        let (reply, answer) = oneshot::channel();
        self.jobs.send(Job { finished, reply }).await.ok()?;
        answer.await.ok().flatten()
    }
}

async fn run(db: Db, mut queue: mpsc::Receiver<Job>) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while queue.recv_many(&mut batch, MAX_BATCH).await > 0 {
        let jobs = std::mem::take(&mut batch);
        let finished: Vec<Finished> = jobs.iter().map(|job| job.finished.clone()).collect();
        let outcome = store(&db, &finished).await;
        for (index, job) in jobs.into_iter().enumerate() {
            let _ = job.reply.send(outcome.as_ref().map(|held| held[index]));
        }
    }
}

/// Writes one batch, retrying while the database is briefly unavailable.
async fn store(db: &Db, finished: &[Finished]) -> Option<Vec<bool>> {
    let started = std::time::Instant::now();
    let mut tries = 0;
    loop {
        tries += 1;
        match db::deliveries::finish(db, finished).await {
            Ok(held) => {
                tracing::debug!(
                    outcomes = finished.len(),
                    store_ms = started.elapsed().as_millis() as u64,
                    "webhook attempts stored"
                );
                return Some(held);
            }
            Err(error) if tries < STORE_ATTEMPTS => {
                tracing::warn!(outcomes = finished.len(), error = %error, "storing webhook attempts failed; retrying");
                tokio::time::sleep(Duration::from_millis(200 * u64::from(tries))).await;
            }
            Err(error) => {
                let ids: Vec<&str> = finished.iter().map(|f| f.delivery.id.as_str()).collect();
                tracing::error!(
                    delivery_ids = ?ids,
                    error = %error,
                    "storing webhook attempts failed; the deliveries will be attempted again"
                );
                return None;
            }
        }
    }
}

/// Returns the final state that a stored outcome gives its delivery, for metrics.
pub fn final_state(next: Next) -> Option<&'static str> {
    match next {
        Next::Succeeded => Some("succeeded"),
        Next::Failed => Some("failed"),
        Next::Retry(_) => None,
    }
}
