//! The crash test: the real binary is killed with SIGKILL while it delivers 1,000 events, then
//! started again; every event still arrives, counted by `webhook-id`.

use std::{
    collections::HashSet,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use globemeet::{
    admin,
    db::{Db, models::WebhookRow},
};

use crate::{
    backend_test,
    receiver::{Receiver, Reply},
    support::{Backend, CLIENT, TENANT, TestDatabase},
    webhook_delivery::record_events,
};

const EVENTS: usize = 1000;

/// A server process, killed when dropped so a failing test leaves none behind.
struct ServerProcess(Child);

impl ServerProcess {
    fn start(database_url: &str) -> ServerProcess {
        let child = Command::new(env!("CARGO_BIN_EXE_globemeet"))
            .args(["serve", "--role", "all"])
            .env("GLOBEMEET_DATABASE_URL", database_url)
            .env("GLOBEMEET_LISTEN", "127.0.0.1:0")
            .env("GLOBEMEET_WEBHOOK_ALLOWED_CIDRS", "127.0.0.1/32")
            .env("GLOBEMEET_WEBHOOK_TIMEOUT_MS", "1000")
            .env("GLOBEMEET_WEBHOOK_CONNECT_TIMEOUT_MS", "500")
            .env("GLOBEMEET_WEBHOOK_ENDPOINT_CONCURRENCY", "8")
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start globemeet serve");
        ServerProcess(child)
    }

    /// Sends SIGKILL: no shutdown code runs, leases stay behind.
    fn kill(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}

fn distinct_ids(receiver: &Receiver) -> HashSet<String> {
    receiver
        .received()
        .iter()
        .map(|request| request.webhook_id())
        .collect()
}

async fn wait_until(what: &str, timeout: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + timeout;
    while !done() {
        assert!(Instant::now() < deadline, "{what} within {timeout:?}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

backend_test!(a_killed_server_loses_no_event);
async fn a_killed_server_loses_no_event(backend: Backend) {
    let database = TestDatabase::create(&backend).await;
    globemeet::db::migrate::run(&database.url)
        .await
        .expect("migrate");
    let db = Db::connect(&database.url, 2, Duration::from_secs(5)).expect("pool");
    admin::bootstrap(&db, Some(TENANT), CLIENT)
        .await
        .expect("bootstrap");
    let receiver = Receiver::start(
        Vec::new(),
        Reply::status(200).delay(Duration::from_millis(3)),
    )
    .await;
    let now = globemeet::db::time::now();
    globemeet::db::webhooks::insert(
        &db,
        &WebhookRow {
            tenant_id: TENANT.to_owned(),
            id: "wh_crash".to_owned(),
            url: format!("http://127.0.0.1:{}/crash", receiver.addr.port()),
            description: String::new(),
            event_types: "[]".to_owned(),
            enabled: true,
            disabled_reason: None,
            secret: globemeet::webhooks::signing::generate_secret(),
            previous_secret: None,
            previous_secret_expire_time: None,
            failing_since: None,
            create_time: now,
            update_time: now,
            revision: 1,
        },
    )
    .await
    .expect("insert the endpoint");
    let ids: HashSet<String> = record_events(&db, EVENTS).await.into_iter().collect();
    assert_eq!(ids.len(), EVENTS);

    let mut first = ServerProcess::start(&database.url);
    wait_until(
        "a first share of deliveries",
        Duration::from_secs(60),
        || receiver.received().len() >= EVENTS / 5,
    )
    .await;
    first.kill();
    let before_restart = distinct_ids(&receiver).len();
    assert!(
        before_restart < EVENTS,
        "the kill came too late to interrupt delivery"
    );

    let _second = ServerProcess::start(&database.url);
    wait_until(
        "every event after the restart",
        Duration::from_secs(90),
        || distinct_ids(&receiver).len() >= EVENTS,
    )
    .await;
    let delivered = distinct_ids(&receiver);
    assert_eq!(delivered, ids, "every event arrived, and nothing else");
    drop(_second);
    database.drop_database().await;
}
