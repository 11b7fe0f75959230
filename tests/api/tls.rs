//! TLS on the single listener: TLS 1.3 only, ALPN `h2` for gRPC and `http/1.1` for plain HTTP,
//! and start-up errors that name the unusable file. SQLite only: TLS does not touch the database.

use std::{
    io,
    net::SocketAddr,
    path::PathBuf,
    sync::Arc,
    time::{Duration, Instant},
};

use globemeet::{
    cli::Role,
    config::Config,
    server::{self, RunningServer},
};
use hyper_util::rt::TokioIo;
use rustls::{
    ClientConfig, ProtocolVersion, RootCertStore, SupportedProtocolVersion,
    pki_types::{CertificateDer, ServerName},
};
use tokio::{
    io::{AsyncRead, AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};
use tokio_rustls::{TlsConnector, client::TlsStream};
use tonic_health::pb::{
    HealthCheckRequest, health_check_response::ServingStatus, health_client::HealthClient,
};

use crate::support::{Backend, TestDatabase, test_config};

/// How long a test waits for each handshake or response from the server.
const RESPONSE_TIMEOUT: Duration = Duration::from_secs(5);

const HEALTHZ_REQUEST: &[u8] =
    b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";

/// A self-signed certificate for `localhost` and 127.0.0.1, with its key, as PEM files.
struct TestCertificate {
    cert_path: PathBuf,
    key_path: PathBuf,
    der: CertificateDer<'static>,
    dir: tempfile::TempDir,
}

impl TestCertificate {
    fn generate() -> TestCertificate {
        let names = vec!["localhost".to_owned(), "127.0.0.1".to_owned()];
        let rcgen::CertifiedKey { cert, signing_key } =
            rcgen::generate_simple_self_signed(names).expect("self-signed certificate");
        let dir = tempfile::tempdir().expect("temporary directory");
        let cert_path = dir.path().join("cert.pem");
        let key_path = dir.path().join("key.pem");
        std::fs::write(&cert_path, cert.pem()).expect("write the certificate");
        std::fs::write(&key_path, signing_key.serialize_pem()).expect("write the key");
        TestCertificate {
            cert_path,
            key_path,
            der: cert.der().clone(),
            dir,
        }
    }
}

/// A server on a fresh SQLite database serving TLS with a fresh certificate.
struct TlsServer {
    addr: SocketAddr,
    cert: TestCertificate,
    running: RunningServer,
    _database: TestDatabase,
}

impl TlsServer {
    async fn start() -> TlsServer {
        let cert = TestCertificate::generate();
        let database = TestDatabase::create(&Backend::Sqlite).await;
        let config = tls_config(&database, cert.cert_path.clone(), cert.key_path.clone());
        let running = server::start(config, Role::All)
            .await
            .expect("TLS server starts");
        TlsServer {
            addr: running.local_addr(),
            cert,
            running,
            _database: database,
        }
    }

    /// Builds a client configuration that trusts the server's certificate.
    fn client(
        &self,
        versions: &[&'static SupportedProtocolVersion],
        alpn: &[&[u8]],
    ) -> Arc<ClientConfig> {
        let mut roots = RootCertStore::empty();
        roots
            .add(self.cert.der.clone())
            .expect("the test certificate is a usable root");
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut config = ClientConfig::builder_with_provider(provider)
            .with_protocol_versions(versions)
            .expect("ring supports the protocol versions")
            .with_root_certificates(roots)
            .with_no_client_auth();
        config.alpn_protocols = alpn.iter().map(|protocol| protocol.to_vec()).collect();
        Arc::new(config)
    }

    fn tls13_client(&self, alpn: &[&[u8]]) -> Arc<ClientConfig> {
        self.client(&[&rustls::version::TLS13], alpn)
    }

    async fn stop(self) {
        self.running.shutdown().await.expect("clean shutdown");
    }
}

fn tls_config(database: &TestDatabase, cert: PathBuf, key: PathBuf) -> Config {
    Config {
        tls_cert: Some(cert),
        tls_key: Some(key),
        ..test_config(&database.url)
    }
}

/// Opens a TCP connection to `addr` and completes a TLS handshake for the name `localhost`.
async fn connect(addr: SocketAddr, config: Arc<ClientConfig>) -> io::Result<TlsStream<TcpStream>> {
    let tcp = TcpStream::connect(addr).await?;
    let name = ServerName::try_from("localhost").expect("valid server name");
    tokio::time::timeout(
        RESPONSE_TIMEOUT,
        TlsConnector::from(config).connect(name, tcp),
    )
    .await
    .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "TLS handshake timed out"))?
}

/// Everything the peer sends until it closes the connection, fails or stays silent too long.
async fn read_until_closed(stream: &mut (impl AsyncRead + Unpin)) -> Vec<u8> {
    let mut received = Vec::new();
    let mut chunk = [0_u8; 4096];
    let deadline = Instant::now() + RESPONSE_TIMEOUT;
    loop {
        let remaining = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(remaining, stream.read(&mut chunk)).await {
            Ok(Ok(0)) | Ok(Err(_)) | Err(_) => return received,
            Ok(Ok(read)) => received.extend_from_slice(&chunk[..read]),
        }
    }
}

/// Sends `GET /healthz` over a new TLS 1.3 connection and returns the raw response.
async fn healthz_over_tls(server: &TlsServer) -> String {
    let mut tls = connect(server.addr, server.tls13_client(&[b"http/1.1"]))
        .await
        .expect("TLS 1.3 handshake");
    tls.write_all(HEALTHZ_REQUEST)
        .await
        .expect("send the request");
    String::from_utf8_lossy(&read_until_closed(&mut tls).await).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls13_client_gets_healthz_over_http1() {
    let server = TlsServer::start().await;

    let mut tls = connect(server.addr, server.tls13_client(&[b"http/1.1"]))
        .await
        .expect("TLS 1.3 handshake");
    let (_, session) = tls.get_ref();
    assert_eq!(session.protocol_version(), Some(ProtocolVersion::TLSv1_3));
    assert_eq!(session.alpn_protocol(), Some(&b"http/1.1"[..]));

    tls.write_all(HEALTHZ_REQUEST)
        .await
        .expect("send the request");
    let response = String::from_utf8_lossy(&read_until_closed(&mut tls).await).into_owned();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains(r#"{"status":"ok"}"#), "{response}");

    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn alpn_h2_serves_grpc() {
    let server = TlsServer::start().await;
    let config = server.tls13_client(&[b"h2", b"http/1.1"]);

    let tls = connect(server.addr, config.clone())
        .await
        .expect("TLS 1.3 handshake");
    assert_eq!(tls.get_ref().1.alpn_protocol(), Some(&b"h2"[..]));
    drop(tls);

    let addr = server.addr;
    let connector = tower::service_fn(move |_: http::Uri| {
        let config = config.clone();
        async move { connect(addr, config).await.map(TokioIo::new) }
    });
    let channel =
        tonic::transport::Endpoint::from_shared(format!("https://localhost:{}", addr.port()))
            .expect("valid URI")
            .connect_with_connector(connector)
            .await
            .expect("gRPC connection over TLS");
    let response = HealthClient::new(channel)
        .check(HealthCheckRequest {
            service: "globemeet.v1.QueueService".into(),
        })
        .await
        .expect("health check over TLS")
        .into_inner();
    assert_eq!(response.status, ServingStatus::Serving as i32);

    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls12_only_client_is_rejected() {
    let server = TlsServer::start().await;

    let outcome = connect(
        server.addr,
        server.client(&[&rustls::version::TLS12], &[b"http/1.1"]),
    )
    .await;
    let error = outcome.expect_err("a TLS 1.2 handshake fails");
    assert_ne!(error.kind(), io::ErrorKind::TimedOut, "{error}");

    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_http_gets_no_http_response() {
    let server = TlsServer::start().await;

    let mut tcp = TcpStream::connect(server.addr)
        .await
        .expect("TCP connection");
    tcp.write_all(HEALTHZ_REQUEST)
        .await
        .expect("send the request");
    let answer = read_until_closed(&mut tcp).await;
    assert!(
        !answer.starts_with(b"HTTP/"),
        "{}",
        String::from_utf8_lossy(&answer)
    );

    let response = healthz_over_tls(&server).await;
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");

    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_client_delays_neither_clients_nor_shutdown() {
    let server = TlsServer::start().await;
    let silent = TcpStream::connect(server.addr)
        .await
        .expect("TCP connection");

    let response = healthz_over_tls(&server).await;
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");

    let mut idle = connect(server.addr, server.tls13_client(&[b"http/1.1"]))
        .await
        .expect("TLS 1.3 handshake");
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .expect("send the request");
    let mut head = [0_u8; 12];
    idle.read_exact(&mut head)
        .await
        .expect("response status line");
    assert_eq!(&head, b"HTTP/1.1 200");

    let started = Instant::now();
    server.stop().await;
    assert!(
        started.elapsed() < RESPONSE_TIMEOUT,
        "shutdown took {:?}",
        started.elapsed()
    );
    drop(silent);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_certificate_file_stops_start_up() {
    let cert = TestCertificate::generate();
    let missing = cert.dir.path().join("missing-cert.pem");
    let database = TestDatabase::create(&Backend::Sqlite).await;

    let message = start_up_error(tls_config(
        &database,
        missing.clone(),
        cert.key_path.clone(),
    ))
    .await;
    assert!(
        message.contains(&missing.display().to_string()),
        "{message}"
    );
    assert!(
        message.contains("cannot read TLS certificate file"),
        "{message}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn key_file_without_private_key_stops_start_up() {
    let cert = TestCertificate::generate();
    let database = TestDatabase::create(&Backend::Sqlite).await;

    let message = start_up_error(tls_config(
        &database,
        cert.cert_path.clone(),
        cert.cert_path.clone(),
    ))
    .await;
    assert!(
        message.contains(&cert.cert_path.display().to_string()),
        "{message}"
    );
    assert!(message.contains("no private key found"), "{message}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certificate_file_without_certificate_stops_start_up() {
    let cert = TestCertificate::generate();
    let database = TestDatabase::create(&Backend::Sqlite).await;

    let message = start_up_error(tls_config(
        &database,
        cert.key_path.clone(),
        cert.key_path.clone(),
    ))
    .await;
    assert!(
        message.contains(&cert.key_path.display().to_string()),
        "{message}"
    );
    assert!(message.contains("no certificate found"), "{message}");
}

/// Starts a server that must fail to start and returns its full error chain.
async fn start_up_error(config: Config) -> String {
    match server::start(config, Role::All).await {
        Ok(running) => {
            running.shutdown().await.expect("clean shutdown");
            panic!("the server started although its TLS files are unusable");
        }
        Err(error) => format!("{error:#}"),
    }
}
