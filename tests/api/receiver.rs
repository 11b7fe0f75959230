//! Webhook test helpers: a real HTTP receiver on 127.0.0.1 that responds from a script and
//! records what it received, a resolver whose table tests change, an independent signature
//! check, and REST shortcuts for endpoints and the event log.

use std::{
    collections::{HashMap, VecDeque},
    net::{IpAddr, SocketAddr},
    sync::{
        Arc, Mutex,
        atomic::{AtomicUsize, Ordering},
    },
    time::{Duration, Instant},
};

use axum::{
    body::Bytes,
    extract::{Request, State},
    http::{HeaderMap, HeaderName, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use base64::{Engine as _, engine::general_purpose::STANDARD};
use futures::future::BoxFuture;
use globemeet::{config::Config, webhooks::ssrf::Resolve};
use hmac::{Hmac, Mac};
use http_body_util::BodyExt as _;
use serde_json::{Value, json};
use sha2::Sha256;
use tokio::sync::Notify;

use crate::support::TestServer;

/// The test name of the receivers: the server resolves it to 127.0.0.1 through the injected
/// resolver.
pub const RECEIVER_HOST: &str = "receiver.test";

/// One scripted response.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub delay: Duration,
    pub body: String,
}

impl Reply {
    pub fn status(status: u16) -> Self {
        Self {
            status,
            headers: Vec::new(),
            delay: Duration::ZERO,
            body: String::new(),
        }
    }

    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    pub fn body(mut self, body: impl Into<String>) -> Self {
        self.body = body.into();
        self
    }
}

/// A request as the receiver saw it.
#[derive(Debug, Clone)]
pub struct Received {
    pub path: String,
    pub headers: HeaderMap,
    pub body: Bytes,
    /// When the request arrived, in real time.
    pub received_at: chrono::DateTime<chrono::Utc>,
}

impl Received {
    pub fn header(&self, name: &str) -> String {
        self.headers
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    }

    pub fn webhook_id(&self) -> String {
        self.header("webhook-id")
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("the body is JSON")
    }
}

struct ReceiverState {
    script: Mutex<VecDeque<Reply>>,
    default: Reply,
    received: Mutex<Vec<Received>>,
    arrived: Notify,
    in_flight: Mutex<HashMap<String, usize>>,
    overlaps: AtomicUsize,
    open: AtomicUsize,
    most_open: AtomicUsize,
}

/// A receiver serving on 127.0.0.1 until dropped.
pub struct Receiver {
    pub addr: SocketAddr,
    state: Arc<ReceiverState>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Receiver {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Receiver {
    /// Starts a receiver that sends the scripted replies in order, then `default` for every
    /// further request.
    pub async fn start(script: Vec<Reply>, default: Reply) -> Receiver {
        let state = Arc::new(ReceiverState {
            script: Mutex::new(script.into()),
            default,
            received: Mutex::new(Vec::new()),
            arrived: Notify::new(),
            in_flight: Mutex::new(HashMap::new()),
            overlaps: AtomicUsize::new(0),
            open: AtomicUsize::new(0),
            most_open: AtomicUsize::new(0),
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a receiver");
        let addr = listener.local_addr().expect("receiver address");
        let app = axum::Router::new()
            .fallback(receive)
            .with_state(state.clone());
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Receiver { addr, state, task }
    }

    /// Starts a receiver that responds 200 to everything.
    pub async fn ok() -> Receiver {
        Self::start(Vec::new(), Reply::status(200)).await
    }

    /// Returns the URL of `path` under the receiver's test name.
    pub fn url(&self, path: &str) -> String {
        format!("http://{RECEIVER_HOST}:{}{path}", self.addr.port())
    }

    pub fn received(&self) -> Vec<Received> {
        self.state.received.lock().unwrap().clone()
    }

    /// Counts the requests that arrived while another one with the same `webhook-id` was open.
    pub fn overlaps(&self) -> usize {
        self.state.overlaps.load(Ordering::SeqCst)
    }

    /// Returns the largest number of requests that were open at once.
    pub fn most_open(&self) -> usize {
        self.state.most_open.load(Ordering::SeqCst)
    }

    /// Waits until at least `count` requests arrived, failing the test after `timeout`.
    pub async fn wait_for(&self, count: usize, timeout: Duration) -> Vec<Received> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.state.arrived.notified();
            if self.state.received.lock().unwrap().len() >= count {
                return self.received();
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                panic!(
                    "expected {count} requests within {timeout:?}, got {}",
                    self.received().len()
                );
            }
        }
    }

    /// Asserts that no further request arrives within `wait`, beyond `count`.
    pub async fn expect_no_more(&self, count: usize, wait: Duration) {
        tokio::time::sleep(wait).await;
        assert_eq!(self.received().len(), count, "no further request expected");
    }
}

async fn receive(State(state): State<Arc<ReceiverState>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let webhook_id = parts
        .headers
        .get("webhook-id")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    {
        let mut in_flight = state.in_flight.lock().unwrap();
        let open = in_flight.entry(webhook_id.clone()).or_default();
        if *open > 0 {
            state.overlaps.fetch_add(1, Ordering::SeqCst);
        }
        *open += 1;
    }
    let open = state.open.fetch_add(1, Ordering::SeqCst) + 1;
    state.most_open.fetch_max(open, Ordering::SeqCst);
    state.received.lock().unwrap().push(Received {
        path: parts.uri.path().to_owned(),
        headers: parts.headers,
        body,
        received_at: chrono::Utc::now(),
    });
    state.arrived.notify_waiters();
    let reply = state
        .script
        .lock()
        .unwrap()
        .pop_front()
        .unwrap_or_else(|| state.default.clone());
    tokio::time::sleep(reply.delay).await;
    if let Some(open) = state.in_flight.lock().unwrap().get_mut(&webhook_id) {
        *open -= 1;
    }
    state.open.fetch_sub(1, Ordering::SeqCst);
    let mut response = (
        StatusCode::from_u16(reply.status).expect("a valid status"),
        reply.body,
    )
        .into_response();
    for (name, value) in reply.headers {
        response.headers_mut().insert(
            HeaderName::from_static(name),
            HeaderValue::from_str(&value).expect("a valid header value"),
        );
    }
    response
}

/// A resolver whose table the test changes while the server runs; unknown names fail.
#[derive(Debug, Default)]
pub struct TestResolver(Mutex<HashMap<String, Vec<IpAddr>>>);

impl TestResolver {
    /// The receivers' name on 127.0.0.1 and names of internal addresses that are never
    /// contacted: the guard rejects them before any connection.
    pub fn with_test_names() -> Arc<TestResolver> {
        let resolver = TestResolver::default();
        resolver.set(RECEIVER_HOST, "127.0.0.1");
        resolver.set("loopback.test", "127.0.0.1");
        resolver.set("ipv6-loopback.test", "::1");
        resolver.set("internal.test", "10.0.0.7");
        resolver.set("metadata.test", "169.254.169.254");
        resolver.set("mapped.test", "::ffff:192.168.0.1");
        resolver.set("documentation.test", "192.0.2.1");
        Arc::new(resolver)
    }

    pub fn set(&self, name: &str, address: &str) {
        self.0.lock().unwrap().insert(
            name.to_owned(),
            vec![address.parse().expect("a valid address")],
        );
    }
}

impl Resolve for TestResolver {
    fn resolve<'a>(&'a self, host: &'a str) -> BoxFuture<'a, std::io::Result<Vec<IpAddr>>> {
        let found = self.0.lock().unwrap().get(host).cloned();
        Box::pin(async move {
            found.ok_or_else(|| {
                std::io::Error::new(std::io::ErrorKind::NotFound, format!("no test name {host}"))
            })
        })
    }
}

/// Test settings for webhooks: receivers on 127.0.0.1 allowed, names from `resolver`, short
/// timeouts.
pub fn webhook_settings(resolver: Arc<TestResolver>) -> impl FnOnce(&mut Config) {
    move |config| {
        config.webhook_allowed_cidrs = vec!["127.0.0.1/32".to_owned()];
        config.webhook_resolver = Some(resolver);
        config.webhook_connect_timeout = Duration::from_secs(1);
        config.webhook_timeout = Duration::from_secs(2);
    }
}

/// Starts a server with [`webhook_settings`] and the test names.
pub async fn start_server(backend: &crate::support::Backend) -> TestServer {
    TestServer::start_with(backend, webhook_settings(TestResolver::with_test_names())).await
}

/// Computes the Standard Webhooks signature of a request without the server's code.
pub fn expected_signature(secret: &str, id: &str, timestamp: &str, body: &[u8]) -> String {
    let key = STANDARD
        .decode(secret.strip_prefix("whsec_").expect("a whsec_ secret"))
        .expect("base64 secret");
    let mut mac = Hmac::<Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(body);
    format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()))
}

/// Returns the signatures a request carries, after checking that both signature headers
/// agree.
pub fn signatures(received: &Received) -> Vec<String> {
    let header = received.header("webhook-signature");
    assert_eq!(
        header,
        received.header("x-globemeet-signature"),
        "both signature headers carry the same value"
    );
    header.split(' ').map(str::to_owned).collect()
}

/// Asserts that the request is signed with `secret`.
pub fn assert_signed_by(received: &Received, secret: &str) {
    let expected = expected_signature(
        secret,
        &received.webhook_id(),
        &received.header("webhook-timestamp"),
        &received.body,
    );
    let carried = signatures(received);
    assert!(
        carried.contains(&expected),
        "{carried:?} lacks the signature of the secret"
    );
}

/// REST with the server's tenant token.
pub async fn call(
    server: &TestServer,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    call_as(server, &server.token, method, path, body).await
}

pub async fn call_as(
    server: &TestServer,
    token: &str,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> (u16, Value) {
    let client = reqwest::Client::new();
    let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
    let mut request = client.request(method, server.url(path)).bearer_auth(token);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.expect("REST call");
    let status = response.status().as_u16();
    let text = response.text().await.unwrap_or_default();
    let value = if text.is_empty() {
        Value::Null
    } else {
        serde_json::from_str(&text).unwrap_or(Value::String(text))
    };
    (status, value)
}

/// Creates an endpoint and returns it, secret included.
pub async fn create_webhook(server: &TestServer, url: &str, event_types: &[&str]) -> Value {
    let (status, body) = call(
        server,
        "POST",
        "/v1/webhooks",
        Some(json!({"url": url, "event_types": event_types})),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    body
}

/// Sends a test event to an endpoint and returns the event id.
pub async fn send_test(server: &TestServer, webhook_id: &str) -> String {
    let (status, body) = call(
        server,
        "POST",
        &format!("/v1/webhooks/{webhook_id}:test"),
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    body["id"].as_str().unwrap().to_owned()
}

/// Fetches the event with its deliveries and attempts.
pub async fn event(server: &TestServer, event_id: &str) -> Value {
    let (status, body) = call(
        server,
        "GET",
        &format!("/v1/webhook-events/{event_id}"),
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    body
}

/// Polls the event until `done` holds for it, failing the test after `timeout`.
pub async fn wait_for_event(
    server: &TestServer,
    event_id: &str,
    timeout: Duration,
    done: impl Fn(&Value) -> bool,
) -> Value {
    let deadline = Instant::now() + timeout;
    loop {
        let body = event(server, event_id).await;
        if done(&body) {
            return body;
        }
        assert!(
            Instant::now() < deadline,
            "event {event_id} did not reach the expected state within {timeout:?}: {body}"
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// Returns the first delivery of an event.
pub fn delivery(event: &Value) -> &Value {
    &event["deliveries"][0]
}

/// Returns the attempts of the first delivery of an event.
pub fn attempts(event: &Value) -> Vec<Value> {
    delivery(event)["attempts"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}
