//! Load benchmark of the request path: authenticated REST `GET /v1/queues/{id}`, the same read
//! over gRPC `QueueService/GetQueue`, and `GET /healthz` as the baseline without authentication,
//! rate limiting or the database.
//!
//! It starts the release server binary on 127.0.0.1 with a new SQLite database, pinned to CPU 1,
//! and runs itself pinned to CPU 0. Each target gets the same closed-loop load: a fixed number of
//! workers, each with one request in flight, first for a warm-up, then for a measured window.
//! Run it with `scripts/bench.sh` or `cargo bench --bench request_path`.
//!
//! Settings, read from the environment: `GLOBEMEET_BENCH_CONCURRENCY` (default 32),
//! `GLOBEMEET_BENCH_WARMUP_SECS` (2) and `GLOBEMEET_BENCH_MEASURE_SECS` (10).

use std::{
    fs,
    io::Read as _,
    net::{SocketAddr, TcpListener},
    path::{Path, PathBuf},
    process::{Child, Command, ExitCode, Stdio},
    time::{Duration, Instant},
};

use globemeet::proto::globemeet::v1::{GetQueueRequest, queue_service_client::QueueServiceClient};
use reqwest::header::{AUTHORIZATION, HeaderValue};
use serde_json::{Value, json};
use tokio::task::JoinSet;
use tonic::{metadata::MetadataValue, transport::Channel};

/// Set in the environment of the pinned re-execution of this harness.
const PINNED_VARIABLE: &str = "GLOBEMEET_BENCH_PINNED";
/// The CPU the harness runs on.
const HARNESS_CPU: &str = "0";
/// The CPU the server runs on.
const SERVER_CPU: &str = "1";
/// The tenant and client the load runs as.
const TENANT: &str = "bench";
/// The platform administration client that raises the tenant's rate limit.
const PLATFORM_CLIENT: &str = "bench-platform";
/// The tenant's rate limit during the run, the largest the API accepts.
const RATE_LIMIT_PER_MINUTE: u32 = 1_000_000;
/// A request that takes longer than this counts as an error.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// The maximum number of requests one worker sends to one target, warm-up included.
const MAX_REQUESTS_PER_WORKER: u64 = 2_000_000;
/// The largest error rate, over every request sent to a target, that still passes.
const MAX_ERROR_RATE: f64 = 0.01;
/// The command this harness documents as its entry point.
const COMMAND: &str = "cargo bench --bench request_path";

fn main() -> ExitCode {
    if std::env::var_os(PINNED_VARIABLE).is_none() {
        return reexec_pinned();
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    match runtime.block_on(run()) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("benchmark failed: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Runs this same executable again under `taskset -c 0` and returns its exit status.
fn reexec_pinned() -> ExitCode {
    if let Err(error) = check_machine() {
        eprintln!("benchmark cannot run: {error:#}");
        return ExitCode::FAILURE;
    }
    let exe = std::env::current_exe().expect("path of the benchmark executable");
    let status = Command::new("taskset")
        .args(["-c", HARNESS_CPU])
        .arg(&exe)
        .args(std::env::args_os().skip(1))
        .env(PINNED_VARIABLE, "1")
        .status();
    match status {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(status) => {
            eprintln!("benchmark exited with {status}");
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("cannot run taskset: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Requires `taskset` and at least two online CPUs.
fn check_machine() -> anyhow::Result<()> {
    let taskset = Command::new("taskset")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    match taskset {
        Ok(status) if status.success() => {}
        _ => anyhow::bail!("`taskset` (util-linux) is needed to pin the server and the harness"),
    }
    let cpus = online_cpus()?;
    anyhow::ensure!(
        cpus >= 2,
        "two CPUs are needed (server on CPU {SERVER_CPU}, harness on CPU {HARNESS_CPU}); this machine has {cpus}"
    );
    Ok(())
}

/// Counts the online CPUs of the machine, regardless of this process's affinity.
fn online_cpus() -> anyhow::Result<usize> {
    let online = fs::read_to_string("/sys/devices/system/cpu/online")?;
    let mut count = 0;
    for range in online.trim().split(',') {
        count += match range.split_once('-') {
            Some((first, last)) => last.parse::<usize>()? - first.parse::<usize>()? + 1,
            None => 1,
        };
    }
    Ok(count)
}

/// The settings of one run.
struct Settings {
    concurrency: usize,
    warmup: Duration,
    measure: Duration,
}

impl Settings {
    fn from_env() -> anyhow::Result<Self> {
        fn read(name: &str, default: u64, max: u64) -> anyhow::Result<u64> {
            let value = match std::env::var(name) {
                Ok(text) => text
                    .parse::<u64>()
                    .map_err(|_| anyhow::anyhow!("{name} must be a whole number, got {text:?}"))?,
                Err(_) => default,
            };
            anyhow::ensure!(
                (1..=max).contains(&value),
                "{name} must be between 1 and {max}"
            );
            Ok(value)
        }
        Ok(Self {
            concurrency: read("GLOBEMEET_BENCH_CONCURRENCY", 32, 256)? as usize,
            warmup: Duration::from_secs(read("GLOBEMEET_BENCH_WARMUP_SECS", 2, 30)?),
            measure: Duration::from_secs(read("GLOBEMEET_BENCH_MEASURE_SECS", 10, 60)?),
        })
    }
}

async fn run() -> anyhow::Result<bool> {
    let settings = Settings::from_env()?;
    let binary = server_binary()?;
    print_header(&settings, &binary)?;

    let dir = tempfile::tempdir()?;
    let mut server = Server::start(&binary, dir.path())?;
    server.wait_ready().await?;

    // The server answers only once `taskset` has set its CPU and executed it, so both are
    // checked here rather than right after the spawn.
    let server_cpus = proc_status_field(server.pid(), "Cpus_allowed_list").unwrap_or_default();
    let server_name = proc_status_field(server.pid(), "Name").unwrap_or_default();
    anyhow::ensure!(
        server_cpus == SERVER_CPU && server_name == "globemeet",
        "process {} is {server_name:?} on CPUs {server_cpus:?}, expected globemeet on CPU {SERVER_CPU}",
        server.pid()
    );
    let harness_cpus =
        proc_status_field(std::process::id(), "Cpus_allowed_list").unwrap_or_default();
    anyhow::ensure!(
        harness_cpus == HARNESS_CPU,
        "the harness runs on CPUs {harness_cpus:?}, expected CPU {HARNESS_CPU}"
    );
    println!(
        "server:    pid {}, {}, CPUs allowed {server_cpus}",
        server.pid(),
        server.addr
    );
    println!(
        "harness:   pid {}, CPUs allowed {harness_cpus}",
        std::process::id()
    );

    let setup = set_up(&binary, dir.path(), server.addr).await?;
    println!("queue:     {}", setup.queue_id);
    println!();

    // Reads the clock tick rate now rather than at the start of the first measured window.
    clock_ticks_per_second();
    let targets = [Target::Rest, Target::Grpc, Target::Healthz];
    let mut results = Vec::new();
    for target in targets {
        let result = drive(target, &settings, &server, &setup).await?;
        results.push(result);
    }

    let peak = proc_status_field(server.pid(), "VmHWM").unwrap_or_else(|| "unknown".into());
    let current = proc_status_field(server.pid(), "VmRSS").unwrap_or_else(|| "unknown".into());
    server.stop();

    report(&settings, &results, &peak, &current);
    let passed = results
        .iter()
        .all(|result| result.error_rate() <= MAX_ERROR_RATE);
    if !passed {
        println!(
            "FAILED: a target's error rate is above {:.0}%",
            MAX_ERROR_RATE * 100.0
        );
    }
    Ok(passed)
}

/// Returns `release/globemeet` under `CARGO_TARGET_DIR`, or under the default target directory.
/// `cargo bench` builds that file before it runs this harness, with the bench profile, which
/// inherits the release settings.
fn server_binary() -> anyhow::Result<PathBuf> {
    let target_dir = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)
            }
        }
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("target"),
    };
    let binary = target_dir.join("release").join("globemeet");
    anyhow::ensure!(
        binary.is_file(),
        "{} is missing: run this benchmark with `cargo bench --bench request_path`, which builds it",
        binary.display()
    );
    Ok(binary)
}

fn print_header(settings: &Settings, binary: &Path) -> anyhow::Result<()> {
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|line| {
            let (key, value) = line.split_once(':')?;
            (key.trim() == "model name").then(|| value.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".into());
    let memory = fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|line| line.starts_with("MemTotal:"))
                .map(|line| line.trim_start_matches("MemTotal:").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".into());
    let kernel = fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let load = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let built = fs::metadata(binary)
        .and_then(|meta| meta.modified())
        .map(|time| chrono::DateTime::<chrono::Utc>::from(time).to_rfc3339())
        .unwrap_or_default();

    println!("GlobeMeet request-path benchmark");
    println!(
        "date:      {}",
        chrono::Utc::now().format("%Y-%m-%d %H:%M:%S UTC")
    );
    println!("command:   {COMMAND}");
    println!(
        "harness:   {}",
        std::env::args().collect::<Vec<_>>().join(" ")
    );
    println!("machine:   {} CPUs online, {model}", online_cpus()?);
    println!("memory:    {memory}");
    println!("kernel:    {}", kernel.trim());
    println!("load avg:  {}", load.trim());
    println!("binary:    {} (modified {built})", binary.display());
    println!("source:    {}", source_revision());
    println!(
        "load:      {} workers per target, one request in flight each; warm-up {} s, measured {} s",
        settings.concurrency,
        settings.warmup.as_secs(),
        settings.measure.as_secs()
    );
    println!(
        "           REST and /healthz: HTTP/1.1, one keep-alive connection per worker; gRPC: one HTTP/2 connection shared by all workers"
    );
    Ok(())
}

/// Describes the checked-out commit and the number of uncommitted changes, from `git`.
fn source_revision() -> String {
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stderr(Stdio::null())
            .output()
            .ok()
            .filter(|output| output.status.success())
            .map(|output| String::from_utf8_lossy(&output.stdout).into_owned())
    };
    let Some(commit) = git(&["rev-parse", "--short", "HEAD"]) else {
        return "unknown (not a git checkout)".into();
    };
    let changes = git(&["status", "--porcelain"]).map_or(0, |text| text.lines().count());
    format!("commit {}, {changes} uncommitted changes", commit.trim())
}

/// The server process, stopped when dropped.
struct Server {
    child: Option<Child>,
    addr: SocketAddr,
    log: PathBuf,
}

impl Server {
    fn start(binary: &Path, dir: &Path) -> anyhow::Result<Self> {
        let addr = free_port()?;
        let log = dir.join("server.log");
        let stderr = fs::File::create(&log)?;
        let mut command = Command::new("taskset");
        command
            .args(["-c", SERVER_CPU])
            .arg(binary)
            .arg("serve")
            .current_dir(dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr);
        server_env(&mut command, dir);
        command.env("GLOBEMEET_LISTEN", addr.to_string());
        let child = command.spawn()?;
        Ok(Self {
            child: Some(child),
            addr,
            log,
        })
    }

    /// Returns the server's process id, which is the id of the spawned `taskset` because it execs
    /// the server.
    fn pid(&self) -> u32 {
        self.child.as_ref().map_or(0, Child::id)
    }

    /// Polls `/healthz` until it returns 200, for at most 60 seconds.
    async fn wait_ready(&mut self) -> anyhow::Result<()> {
        let client = reqwest::Client::new();
        let url = format!("http://{}/healthz", self.addr);
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(child) = self.child.as_mut()
                && let Some(status) = child.try_wait()?
            {
                anyhow::bail!("server exited with {status}: {}", self.log_tail());
            }
            if let Ok(response) = client.get(&url).send().await
                && response.status().is_success()
            {
                return Ok(());
            }
            anyhow::ensure!(
                Instant::now() < deadline,
                "server not ready within 60 s (timed out), log tail:\n{}",
                self.log_tail()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn log_tail(&self) -> String {
        let mut text = String::new();
        if let Ok(mut file) = fs::File::open(&self.log) {
            let _ = file.read_to_string(&mut text);
        }
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }

    /// Sends SIGTERM, waits up to 10 seconds, then kills the process.
    fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        let _ = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = child.kill();
        let _ = child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Sets the server's environment: the caller's without any `GLOBEMEET_*` setting, then a
/// database in `dir`, the default log level and text logs.
fn server_env(command: &mut Command, dir: &Path) {
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("GLOBEMEET_") {
            command.env_remove(name);
        }
    }
    command
        .env(
            "GLOBEMEET_DATABASE_URL",
            format!("sqlite://{}", dir.join("bench.db").display()),
        )
        .env("GLOBEMEET_LOG_FORMAT", "text")
        .env("RUST_LOG", "info");
}

/// Returns an address on 127.0.0.1 whose port was free a moment ago.
fn free_port() -> anyhow::Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?)
}

/// The tenant token and the queue that the load uses.
struct Setup {
    token: String,
    queue_id: String,
}

/// Bootstraps the tenant and a platform administrator, raises the tenant's limit, then creates
/// the queue. The limit is raised before the tenant's first request, since the server caches a
/// tenant's limit once it has read it.
async fn set_up(binary: &Path, dir: &Path, addr: SocketAddr) -> anyhow::Result<Setup> {
    let tenant_secret = bootstrap(binary, dir, &["--tenant", TENANT, "--client-id", TENANT])?;
    let platform_secret = bootstrap(
        binary,
        dir,
        &["--platform-admin", "--client-id", PLATFORM_CLIENT],
    )?;

    let http = reqwest::Client::new();
    let base = format!("http://{addr}");
    let platform_token = token(&http, &base, PLATFORM_CLIENT, &platform_secret).await?;
    let response = http
        .patch(format!("{base}/v1/tenants/{TENANT}"))
        .bearer_auth(&platform_token)
        .json(&json!({ "rate_limit_per_minute": RATE_LIMIT_PER_MINUTE }))
        .send()
        .await?;
    let status = response.status();
    let body: Value = response.json().await?;
    anyhow::ensure!(
        status.is_success(),
        "raising the tenant's rate limit failed: {status} {body}"
    );
    anyhow::ensure!(
        body["rate_limit_per_minute"] == json!(RATE_LIMIT_PER_MINUTE),
        "the tenant's limit was not raised: {body}"
    );

    let token = token(&http, &base, TENANT, &tenant_secret).await?;
    let response = http
        .post(format!("{base}/v1/queues"))
        .bearer_auth(&token)
        .json(&json!({ "name": "Bench" }))
        .send()
        .await?;
    let status = response.status();
    let body: Value = response.json().await?;
    anyhow::ensure!(
        status.is_success(),
        "creating the queue failed: {status} {body}"
    );
    let queue_id = body["id"]
        .as_str()
        .ok_or_else(|| anyhow::anyhow!("created queue has no id: {body}"))?
        .to_owned();
    Ok(Setup { token, queue_id })
}

/// Runs `globemeet admin bootstrap ARGS` on the benchmark database and returns the secret.
fn bootstrap(binary: &Path, dir: &Path, args: &[&str]) -> anyhow::Result<String> {
    let mut command = Command::new(binary);
    command
        .args(["admin", "bootstrap"])
        .args(args)
        .current_dir(dir);
    server_env(&mut command, dir);
    let output = command.output()?;
    anyhow::ensure!(
        output.status.success(),
        "bootstrap {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed: Value = serde_json::from_slice(&output.stdout)?;
    printed["client_secret"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| anyhow::anyhow!("bootstrap output is missing client_secret: {printed}"))
}

async fn token(
    http: &reqwest::Client,
    base: &str,
    client_id: &str,
    secret: &str,
) -> anyhow::Result<String> {
    let response = http
        .post(format!("{base}/v1/oauth/token"))
        .json(&json!({
            "client_id": client_id,
            "client_secret": secret,
            "grant_type": "client_credentials",
        }))
        .send()
        .await?;
    let status = response.status();
    let body: Value = response.json().await?;
    anyhow::ensure!(
        status.is_success(),
        "token request for {client_id} failed: {status} {body}"
    );
    body["access_token"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| anyhow::anyhow!("token response is missing access_token: {body}"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Rest,
    Grpc,
    Healthz,
}

impl Target {
    fn label(self) -> &'static str {
        match self {
            Self::Rest => "REST GET /v1/queues/{id}",
            Self::Grpc => "gRPC QueueService/GetQueue",
            Self::Healthz => "GET /healthz",
        }
    }
}

/// The outcome of one target's load.
struct TargetResult {
    target: Target,
    /// Latencies of the requests that started and finished inside the measured window.
    latencies: Vec<Duration>,
    window: Duration,
    sent: u64,
    errors: u64,
    first_error: Option<String>,
    /// CPU time used during the measured window as a share of one CPU, server and harness.
    server_cpu: Option<f64>,
    harness_cpu: Option<f64>,
    /// CPU time that other processes of the machine used during the measured window.
    other_cpu: Option<f64>,
}

impl TargetResult {
    fn throughput(&self) -> f64 {
        self.latencies.len() as f64 / self.window.as_secs_f64()
    }

    fn error_rate(&self) -> f64 {
        if self.sent == 0 {
            return 1.0;
        }
        self.errors as f64 / self.sent as f64
    }

    /// Returns the nearest-rank percentile `p` (0 to 100) of the sorted latencies, in milliseconds.
    fn percentile_ms(&self, p: f64) -> f64 {
        if self.latencies.is_empty() {
            return f64::NAN;
        }
        let rank = ((p / 100.0) * self.latencies.len() as f64).ceil() as usize;
        let index = rank.clamp(1, self.latencies.len()) - 1;
        self.latencies[index].as_secs_f64() * 1000.0
    }
}

/// The counts and latencies that one worker recorded.
#[derive(Default)]
struct WorkerStats {
    latencies: Vec<Duration>,
    sent: u64,
    errors: u64,
    first_error: Option<String>,
}

/// The per-worker request sender of one target.
enum Caller {
    Http {
        client: reqwest::Client,
        url: reqwest::Url,
        authorization: Option<HeaderValue>,
        expect: Option<Vec<u8>>,
    },
    Grpc {
        client: QueueServiceClient<Channel>,
        authorization: MetadataValue<tonic::metadata::Ascii>,
        queue_id: String,
    },
}

impl Caller {
    /// Sends one request and checks the response.
    async fn call(&mut self) -> Result<(), String> {
        match self {
            Self::Http {
                client,
                url,
                authorization,
                expect,
            } => {
                let mut request = client.get(url.clone());
                if let Some(authorization) = authorization {
                    request = request.header(AUTHORIZATION, authorization.clone());
                }
                let response = request.send().await.map_err(|error| error.to_string())?;
                let status = response.status();
                let body = response.bytes().await.map_err(|error| error.to_string())?;
                if !status.is_success() {
                    return Err(format!("HTTP {status}: {}", String::from_utf8_lossy(&body)));
                }
                if let Some(expect) = expect
                    && !body.windows(expect.len()).any(|window| window == expect)
                {
                    return Err(format!(
                        "body without the queue id: {}",
                        String::from_utf8_lossy(&body)
                    ));
                }
                Ok(())
            }
            Self::Grpc {
                client,
                authorization,
                queue_id,
            } => {
                let mut request = tonic::Request::new(GetQueueRequest {
                    queue_id: queue_id.clone(),
                });
                request
                    .metadata_mut()
                    .insert("authorization", authorization.clone());
                let queue = tokio::time::timeout(REQUEST_TIMEOUT, client.get_queue(request))
                    .await
                    .map_err(|_| format!("no answer within {REQUEST_TIMEOUT:?}"))?
                    .map_err(|status| format!("gRPC {:?}: {}", status.code(), status.message()))?
                    .into_inner();
                if queue.id != *queue_id {
                    return Err(format!("gRPC answered queue {:?}", queue.id));
                }
                Ok(())
            }
        }
    }
}

/// Builds the workers' senders for `target`.
async fn callers(
    target: Target,
    settings: &Settings,
    addr: SocketAddr,
    setup: &Setup,
) -> anyhow::Result<Vec<Caller>> {
    let http_client = || {
        reqwest::Client::builder()
            .pool_max_idle_per_host(1)
            .tcp_nodelay(true)
            .timeout(REQUEST_TIMEOUT)
            .build()
    };
    let mut callers = Vec::with_capacity(settings.concurrency);
    match target {
        Target::Rest | Target::Healthz => {
            let (url, authorization, expect) = if target == Target::Rest {
                (
                    format!("http://{addr}/v1/queues/{}", setup.queue_id),
                    Some(HeaderValue::from_str(&format!("Bearer {}", setup.token))?),
                    Some(setup.queue_id.clone().into_bytes()),
                )
            } else {
                (format!("http://{addr}/healthz"), None, None)
            };
            let url = reqwest::Url::parse(&url)?;
            for _ in 0..settings.concurrency {
                callers.push(Caller::Http {
                    client: http_client()?,
                    url: url.clone(),
                    authorization: authorization.clone(),
                    expect: expect.clone(),
                });
            }
        }
        Target::Grpc => {
            let channel = Channel::from_shared(format!("http://{addr}"))?
                .tcp_nodelay(true)
                .connect()
                .await?;
            let authorization: MetadataValue<_> = format!("Bearer {}", setup.token).parse()?;
            for _ in 0..settings.concurrency {
                callers.push(Caller::Grpc {
                    client: QueueServiceClient::new(channel.clone()),
                    authorization: authorization.clone(),
                    queue_id: setup.queue_id.clone(),
                });
            }
        }
    }
    Ok(callers)
}

/// Runs the warm-up and the measured window against `target`.
async fn drive(
    target: Target,
    settings: &Settings,
    server: &Server,
    setup: &Setup,
) -> anyhow::Result<TargetResult> {
    let addr = server.addr;
    let mut callers = callers(target, settings, addr, setup).await?;
    // One request per sender before the clock starts, so that every connection exists.
    for caller in &mut callers {
        caller.call().await.map_err(|error| {
            anyhow::anyhow!("{}: first request failed: {error}", target.label())
        })?;
    }

    let start = Instant::now();
    let measure_start = start + settings.warmup;
    let end = measure_start + settings.measure;
    let mut workers = JoinSet::new();
    for mut caller in callers {
        workers.spawn(async move {
            let mut stats = WorkerStats::default();
            while stats.sent < MAX_REQUESTS_PER_WORKER {
                let sent_at = Instant::now();
                if sent_at >= end {
                    break;
                }
                stats.sent += 1;
                let outcome = caller.call().await;
                let done_at = Instant::now();
                match outcome {
                    Ok(()) => {
                        if sent_at >= measure_start && done_at < end {
                            stats.latencies.push(done_at - sent_at);
                        }
                    }
                    Err(error) => {
                        stats.errors += 1;
                        stats.first_error.get_or_insert(error);
                    }
                }
            }
            stats
        });
    }

    let harness_pid = std::process::id();
    tokio::time::sleep_until(measure_start.into()).await;
    let server_before = cpu_seconds(server.pid());
    let harness_before = cpu_seconds(harness_pid);
    let machine_before = machine_busy_seconds();
    let window_start = Instant::now();
    tokio::time::sleep_until(end.into()).await;
    let elapsed = window_start.elapsed().as_secs_f64();
    let share = |before: Option<f64>, after: Option<f64>| Some((after? - before?) / elapsed);
    let server_cpu = share(server_before, cpu_seconds(server.pid()));
    let harness_cpu = share(harness_before, cpu_seconds(harness_pid));
    let machine_cpu = share(machine_before, machine_busy_seconds());
    let other_cpu = match (machine_cpu, server_cpu, harness_cpu) {
        (Some(machine), Some(server), Some(harness)) => Some((machine - server - harness).max(0.0)),
        _ => None,
    };

    let mut result = TargetResult {
        target,
        latencies: Vec::new(),
        window: settings.measure,
        sent: 0,
        errors: 0,
        first_error: None,
        server_cpu,
        harness_cpu,
        other_cpu,
    };
    while let Some(stats) = workers.join_next().await {
        let stats = stats?;
        result.latencies.extend(stats.latencies);
        result.sent += stats.sent;
        result.errors += stats.errors;
        if result.first_error.is_none() {
            result.first_error = stats.first_error;
        }
    }
    result.latencies.sort_unstable();
    println!(
        "{:<28} done: {} sent, {} measured, {} errors",
        target.label(),
        result.sent,
        result.latencies.len(),
        result.errors
    );
    Ok(result)
}

fn report(settings: &Settings, results: &[TargetResult], peak: &str, current: &str) {
    println!();
    println!(
        "Results ({} in-flight requests, {} s measured after {} s warm-up)",
        settings.concurrency,
        settings.measure.as_secs(),
        settings.warmup.as_secs()
    );
    println!(
        "| {:<28} | {:>10} | {:>8} | {:>8} | {:>8} | {:>6} | {:>9} | {:>10} | {:>11} | {:>9} |",
        "target",
        "requests/s",
        "p50 ms",
        "p99 ms",
        "max ms",
        "errors",
        "sent",
        "server CPU",
        "harness CPU",
        "other CPU"
    );
    println!(
        "|{:-<30}|{:->12}|{:->10}|{:->10}|{:->10}|{:->8}|{:->11}|{:->12}|{:->13}|{:->11}|",
        "", ":", ":", ":", ":", ":", ":", ":", ":", ":"
    );
    let percent = |share: Option<f64>| {
        share.map_or_else(
            || "unknown".to_owned(),
            |share| format!("{:.0}%", share * 100.0),
        )
    };
    for result in results {
        println!(
            "| {:<28} | {:>10.0} | {:>8.3} | {:>8.3} | {:>8.3} | {:>6} | {:>9} | {:>10} | {:>11} | {:>9} |",
            result.target.label(),
            result.throughput(),
            result.percentile_ms(50.0),
            result.percentile_ms(99.0),
            result.percentile_ms(100.0),
            result.errors,
            result.sent,
            percent(result.server_cpu),
            percent(result.harness_cpu),
            percent(result.other_cpu)
        );
    }
    println!(
        "errors and sent count the warm-up too; CPU is the share of one CPU used in the measured window"
    );
    println!(
        "other CPU is what the machine's other processes used in that window; above 0% they competed"
    );
    let busiest = results
        .iter()
        .filter_map(|result| result.other_cpu)
        .fold(0.0_f64, f64::max);
    if busiest > 0.1 {
        println!(
            "WARNING: other processes used up to {:.0}% of a CPU during a measured window; the figures are disturbed",
            busiest * 100.0
        );
    }
    for result in results {
        if let Some(error) = &result.first_error {
            println!("first error of {}: {error}", result.target.label());
        }
    }

    let find = |target: Target| {
        results
            .iter()
            .find(|result| result.target == target)
            .expect("every target ran")
    };
    let (rest, grpc, healthz) = (
        find(Target::Rest),
        find(Target::Grpc),
        find(Target::Healthz),
    );
    println!();
    println!("Ratios");
    println!(
        "REST / healthz throughput:  {:.3}",
        rest.throughput() / healthz.throughput()
    );
    println!(
        "gRPC / healthz throughput:  {:.3}",
        grpc.throughput() / healthz.throughput()
    );
    println!(
        "REST / gRPC throughput:     {:.3}",
        rest.throughput() / grpc.throughput()
    );
    println!(
        "REST / gRPC p50 latency:    {:.3}",
        rest.percentile_ms(50.0) / grpc.percentile_ms(50.0)
    );
    println!(
        "REST / gRPC p99 latency:    {:.3}",
        rest.percentile_ms(99.0) / grpc.percentile_ms(99.0)
    );
    println!();
    println!("Server memory: peak resident (VmHWM) {peak}, resident at the end (VmRSS) {current}");
}

/// Returns the user and system CPU time of every thread of `pid`, in seconds, from `/proc/PID/stat`.
fn cpu_seconds(pid: u32) -> Option<f64> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The fields after the parenthesized command name start with the third, `state`. The fields
    // `utime` and `stime` are the 14th and 15th.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / clock_ticks_per_second())
}

/// Returns the CPU time of the whole machine outside idle and I/O wait, in seconds, from `/proc/stat`.
fn machine_busy_seconds() -> Option<f64> {
    let stat = fs::read_to_string("/proc/stat").ok()?;
    let line = stat.lines().find(|line| line.starts_with("cpu "))?;
    let ticks: Vec<f64> = line
        .split_whitespace()
        .skip(1)
        .map(|field| field.parse().unwrap_or(0.0))
        .collect();
    // The fields are user, nice, system, idle, iowait, irq, softirq and steal. Guest time is
    // counted in user.
    let busy = [0, 1, 2, 5, 6, 7]
        .iter()
        .filter_map(|&index| ticks.get(index))
        .sum::<f64>();
    Some(busy / clock_ticks_per_second())
}

/// Returns `getconf CLK_TCK`, the unit of the times in `/proc/PID/stat`, or 100 when it cannot
/// be read.
fn clock_ticks_per_second() -> f64 {
    static TICKS: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    *TICKS.get_or_init(|| {
        Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|output| String::from_utf8(output.stdout).ok())
            .and_then(|text| text.trim().parse().ok())
            .unwrap_or(100.0)
    })
}

/// Returns a field of `/proc/PID/status`, such as `VmHWM`, without its name.
fn proc_status_field(pid: u32, field: &str) -> Option<String> {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        (key == field).then(|| value.trim().to_owned())
    })
}
