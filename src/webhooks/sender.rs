//! One HTTP attempt of a delivery: the guard's checks, the signed POST with its timeouts, and
//! what came back (status, latency, the start of the body, `Retry-After`).

use std::{
    error::Error as _,
    net::IpAddr,
    sync::Arc,
    time::{Duration, Instant},
};

use http::{HeaderValue, StatusCode, header};
use url::Host;

use super::{
    schedule,
    signing::signature_header,
    ssrf::{Guard, Rejection, VettingResolver},
};

/// How much of a response body is kept.
pub const RESPONSE_BODY_LIMIT: usize = 4096;

/// The `User-Agent` of every delivery.
const USER_AGENT: &str = concat!("GlobeMeet-Webhooks/", env!("CARGO_PKG_VERSION"));

/// The outcome of one attempt.
#[derive(Debug, Clone)]
pub struct Attempt {
    /// The HTTP status, when a response arrived.
    pub status: Option<StatusCode>,
    /// Why the attempt failed; empty after a 2xx response.
    pub error: String,
    pub latency: Duration,
    /// The first [`RESPONSE_BODY_LIMIT`] bytes of the body, as UTF-8 without NUL characters.
    pub body: String,
    /// The receiver's `Retry-After` on 429 and 503.
    pub retry_after: Option<Duration>,
}

impl Attempt {
    fn rejected(error: String) -> Self {
        Self {
            status: None,
            error,
            latency: Duration::ZERO,
            body: String::new(),
            retry_after: None,
        }
    }

    /// Returns whether the endpoint responded with 2xx.
    pub fn succeeded(&self) -> bool {
        self.status.is_some_and(|status| status.is_success())
    }
}

/// The HTTP client of the worker: no proxies, no redirects, the guard as its resolver.
#[derive(Clone)]
pub struct Sender {
    client: reqwest::Client,
    guard: Guard,
    timeout: Duration,
}

impl Sender {
    pub fn new(guard: Guard, connect_timeout: Duration, timeout: Duration) -> anyhow::Result<Self> {
        let client = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(connect_timeout)
            .timeout(timeout)
            .pool_idle_timeout(Duration::from_secs(30))
            .dns_resolver(Arc::new(VettingResolver(guard.clone())))
            .build()?;
        Ok(Self {
            client,
            guard,
            timeout,
        })
    }

    /// Posts `body` to `url` signed with `keys`, as the event `event_id`. The signature
    /// timestamp is real time, fresh on each call.
    pub async fn send(&self, url: &str, event_id: &str, body: &[u8], keys: &[Vec<u8>]) -> Attempt {
        let parsed = match super::ssrf::parse_url(url) {
            Ok(parsed) => parsed,
            Err(rejection) => return Attempt::rejected(format!("rejected: {rejection}")),
        };
        // Names are vetted by the client's resolver as it connects; literal addresses never
        // reach a resolver, so they are vetted here.
        let literal = match parsed.host() {
            Some(Host::Ipv4(v4)) => Some(IpAddr::V4(v4)),
            Some(Host::Ipv6(v6)) => Some(IpAddr::V6(v6)),
            _ => None,
        };
        if let Some(address) = literal
            && let Err(rejection) = self.guard.vet(address)
        {
            return Attempt::rejected(format!("rejected: {rejection}"));
        }

        let timestamp = chrono::Utc::now().timestamp();
        let signature = signature_header(keys, event_id, timestamp, body);
        let started = Instant::now();
        let request = self
            .client
            .post(parsed)
            .header(header::CONTENT_TYPE, "application/json")
            .header("webhook-id", event_id)
            .header("webhook-timestamp", timestamp.to_string())
            .header("webhook-signature", &signature)
            .header("X-GlobeMeet-Signature", &signature)
            .body(body.to_vec());
        let response = match request.send().await {
            Ok(response) => response,
            Err(error) => {
                return Attempt {
                    latency: started.elapsed(),
                    ..Attempt::rejected(self.describe(&error))
                };
            }
        };

        let status = response.status();
        let retry_after = matches!(
            status,
            StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE
        )
        .then(|| response.headers().get(header::RETRY_AFTER))
        .flatten()
        .and_then(|value| value.to_str().ok())
        .and_then(|value| schedule::parse_retry_after(value, chrono::Utc::now()));
        let location = response.headers().get(header::LOCATION).cloned();
        let (body, read_error) = read_start(response).await;
        let error = if status.is_success() {
            String::new()
        } else if status.is_redirection() {
            format!(
                "answered {status} redirecting to {}; redirects are not followed",
                location_text(location.as_ref())
            )
        } else {
            format!("answered {status}")
        };
        Attempt {
            status: Some(status),
            error: match read_error {
                Some(read_error) if !status.is_success() => format!("{error}; {read_error}"),
                _ => error,
            },
            latency: started.elapsed(),
            body,
            retry_after,
        }
    }

    fn describe(&self, error: &reqwest::Error) -> String {
        if error.is_timeout() {
            return format!("timed out after {} ms", self.timeout.as_millis());
        }
        let mut source = error.source();
        while let Some(cause) = source {
            if let Some(rejection) = cause.downcast_ref::<Rejection>() {
                return format!("rejected: {rejection}");
            }
            source = cause.source();
        }
        let mut text = if error.is_connect() {
            "cannot connect".to_owned()
        } else {
            "request failed".to_owned()
        };
        let mut source = error.source();
        while let Some(cause) = source {
            text.push_str(": ");
            text.push_str(&cause.to_string());
            source = cause.source();
        }
        text
    }
}

fn location_text(location: Option<&HeaderValue>) -> String {
    location
        .and_then(|value| value.to_str().ok())
        .map(|value| value.chars().take(200).collect())
        .unwrap_or_else(|| "nowhere".to_owned())
}

/// Reads up to [`RESPONSE_BODY_LIMIT`] bytes of the body and drops the rest unread.
async fn read_start(mut response: reqwest::Response) -> (String, Option<String>) {
    let mut kept = Vec::new();
    let mut failure = None;
    while kept.len() < RESPONSE_BODY_LIMIT {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                let room = RESPONSE_BODY_LIMIT - kept.len();
                kept.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            Ok(None) => break,
            Err(error) => {
                failure = Some(format!("reading the body failed: {error}"));
                break;
            }
        }
    }
    // PostgreSQL text cannot hold NUL.
    let text = String::from_utf8_lossy(&kept).replace('\0', "\u{fffd}");
    (text, failure)
}
