//! TLS on the single listener: loading the PEM certificate chain and key, and the accept loop
//! that serves gRPC (HTTP/2) and plain HTTP/1.1 over TLS 1.3.
//!
//! The only cryptography provider is rustls's `ring` provider, installed as the process default
//! so that no other part of the process picks a different one.

use std::{
    future::Future,
    io,
    net::SocketAddr,
    path::{Path, PathBuf},
    sync::Arc,
    time::Duration,
};

use axum::Router;
use hyper_util::{
    rt::{TokioExecutor, TokioIo},
    server::{conn::auto, graceful::GracefulShutdown},
    service::TowerToHyperService,
};
use rustls::{
    ServerConfig,
    crypto::{CryptoProvider, ring},
    pki_types::{CertificateDer, PrivateKeyDer, pem::PemObject},
};
use tokio::{
    net::{TcpListener, TcpStream},
    sync::watch,
};
use tokio_rustls::{TlsAcceptor, server::TlsStream};

use crate::config::Config;

/// How long a client may take to complete the TLS handshake before its connection is dropped.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// How long the accept loop pauses after an accept error that is not the client's, such as
/// running out of file descriptors, so that it does not spin.
const ACCEPT_ERROR_PAUSE: Duration = Duration::from_secs(1);

/// The ALPN protocols offered. rustls picks the first one the client also offers, so `h2` wins
/// when both are. A client whose ALPN list contains neither fails the handshake.
const ALPN_PROTOCOLS: [&[u8]; 2] = [b"h2", b"http/1.1"];

/// An unusable certificate or key file. The message names the file and the problem.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("cannot read TLS {kind} file {path}: {error}")]
    Read {
        kind: FileKind,
        path: PathBuf,
        error: io::Error,
    },

    #[error("invalid PEM in TLS {kind} file {path}: {error}")]
    Pem {
        kind: FileKind,
        path: PathBuf,
        error: rustls::pki_types::pem::Error,
    },

    #[error(
        "no certificate found in TLS certificate file {path}: expected a PEM \"CERTIFICATE\" block"
    )]
    NoCertificate { path: PathBuf },

    #[error(
        "no private key found in TLS private key file {path}: expected a PEM \"PRIVATE KEY\", \
         \"RSA PRIVATE KEY\" or \"EC PRIVATE KEY\" block"
    )]
    NoPrivateKey { path: PathBuf },

    #[error(
        "TLS certificate file {cert} and private key file {key} cannot be used together: {error}"
    )]
    Unusable {
        cert: PathBuf,
        key: PathBuf,
        error: rustls::Error,
    },
}

/// The PEM file an error is about: the certificate or the private key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Certificate,
    PrivateKey,
}

impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            FileKind::Certificate => "certificate",
            FileKind::PrivateKey => "private key",
        })
    }
}

/// Makes the `ring` provider the process default. A provider installed earlier stays, and the
/// server's own configuration names `ring` explicitly either way.
pub fn install_crypto_provider() {
    let _ = ring::default_provider().install_default();
}

/// Builds the TLS acceptor for the configured certificate and key, or returns `None` when TLS
/// is not configured. `Config` guarantees that both paths are set or neither is.
pub fn acceptor(config: &Config) -> Result<Option<TlsAcceptor>, TlsError> {
    match (&config.tls_cert, &config.tls_key) {
        (Some(cert), Some(key)) => Ok(Some(TlsAcceptor::from(Arc::new(server_config(cert, key)?)))),
        _ => Ok(None),
    }
}

/// Builds a server configuration that offers TLS 1.3 only, with ALPN `h2` and `http/1.1`.
fn server_config(cert_path: &Path, key_path: &Path) -> Result<ServerConfig, TlsError> {
    let certs = read_certificates(cert_path)?;
    let key = read_private_key(key_path)?;
    let unusable = |error| TlsError::Unusable {
        cert: cert_path.to_owned(),
        key: key_path.to_owned(),
        error,
    };
    let provider: Arc<CryptoProvider> = Arc::new(ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&rustls::version::TLS13])
        .map_err(unusable)?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(unusable)?;
    config.alpn_protocols = ALPN_PROTOCOLS
        .iter()
        .map(|protocol| protocol.to_vec())
        .collect();
    Ok(config)
}

/// Reads every certificate in the PEM file, which lists the leaf first.
fn read_certificates(path: &Path) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let pem = read_file(FileKind::Certificate, path)?;
    let certs = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|error| TlsError::Pem {
            kind: FileKind::Certificate,
            path: path.to_owned(),
            error,
        })?;
    if certs.is_empty() {
        return Err(TlsError::NoCertificate {
            path: path.to_owned(),
        });
    }
    Ok(certs)
}

/// Reads the first private key in the PEM file: PKCS#8, PKCS#1 (RSA) or SEC1 (EC).
fn read_private_key(path: &Path) -> Result<PrivateKeyDer<'static>, TlsError> {
    let pem = read_file(FileKind::PrivateKey, path)?;
    PrivateKeyDer::from_pem_slice(&pem).map_err(|error| match error {
        rustls::pki_types::pem::Error::NoItemsFound => TlsError::NoPrivateKey {
            path: path.to_owned(),
        },
        error => TlsError::Pem {
            kind: FileKind::PrivateKey,
            path: path.to_owned(),
            error,
        },
    })
}

fn read_file(kind: FileKind, path: &Path) -> Result<Vec<u8>, TlsError> {
    std::fs::read(path).map_err(|error| TlsError::Read {
        kind,
        path: path.to_owned(),
        error,
    })
}

/// Accepts connections until `shutdown` completes, then stops accepting, abandons unfinished
/// handshakes and waits for the open connections to finish their requests.
pub async fn serve(
    listener: TcpListener,
    acceptor: TlsAcceptor,
    router: Router,
    shutdown: impl Future<Output = ()> + Send,
) -> anyhow::Result<()> {
    let graceful = GracefulShutdown::new();
    let (stopping, _) = watch::channel(false);
    let http = auto::Builder::new(TokioExecutor::new());
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    pause_after_accept_error(error).await;
                    continue;
                }
            },
        };
        let connection = Connection {
            acceptor: acceptor.clone(),
            http: http.clone(),
            router: router.clone(),
            watcher: graceful.watcher(),
            stopping: stopping.subscribe(),
        };
        tokio::spawn(connection.run(stream, peer));
    }
    drop(listener);
    stopping.send_replace(true);
    tracing::debug!(
        connections = graceful.count(),
        "waiting for open TLS connections to finish"
    );
    graceful.shutdown().await;
    Ok(())
}

/// Logs an accept error and, unless it concerns only that one client, pauses before the next
/// accept.
async fn pause_after_accept_error(error: io::Error) {
    let client_only = matches!(
        error.kind(),
        io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionReset
    );
    if client_only {
        tracing::debug!(%error, "accepting a connection failed");
    } else {
        tracing::warn!(%error, pause_ms = ACCEPT_ERROR_PAUSE.as_millis() as u64, "accepting connections failed");
        tokio::time::sleep(ACCEPT_ERROR_PAUSE).await;
    }
}

/// The state that the task of one accepted connection owns.
struct Connection {
    acceptor: TlsAcceptor,
    http: auto::Builder<TokioExecutor>,
    router: Router,
    /// Held from accept on, so that a shutdown waits for this connection's requests too.
    watcher: hyper_util::server::graceful::Watcher,
    /// Turns true when the server stops accepting, so that an unfinished handshake is abandoned.
    stopping: watch::Receiver<bool>,
}

impl Connection {
    /// Completes the handshake, then serves HTTP/1.1 or HTTP/2, whichever the client speaks.
    async fn run(mut self, stream: TcpStream, peer: SocketAddr) {
        if let Err(error) = stream.set_nodelay(true) {
            tracing::debug!(%peer, %error, "cannot disable Nagle's algorithm");
        }
        let tls = tokio::select! {
            handshake = handshake(&self.acceptor, stream, peer) => match handshake {
                Some(tls) => tls,
                None => return,
            },
            _ = self.stopping.wait_for(|stopping| *stopping) => return,
        };
        let service = TowerToHyperService::new(self.router);
        let connection = self.http.serve_connection(TokioIo::new(tls), service);
        if let Err(error) = self.watcher.watch(connection).await {
            tracing::debug!(%peer, %error, "TLS connection ended with an error");
        }
    }
}

/// Runs the TLS handshake within the timeout and returns the stream, or logs the failure and
/// returns `None`.
async fn handshake(
    acceptor: &TlsAcceptor,
    stream: TcpStream,
    peer: SocketAddr,
) -> Option<TlsStream<TcpStream>> {
    match tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await {
        Ok(Ok(tls)) => {
            let (_, session) = tls.get_ref();
            tracing::debug!(
                %peer,
                version = ?session.protocol_version(),
                alpn = session.alpn_protocol().map(String::from_utf8_lossy).as_deref(),
                "TLS handshake completed"
            );
            Some(tls)
        }
        Ok(Err(error)) => {
            tracing::debug!(%peer, %error, "TLS handshake failed");
            None
        }
        Err(_) => {
            tracing::debug!(%peer, timeout_ms = HANDSHAKE_TIMEOUT.as_millis() as u64, "TLS handshake timed out");
            None
        }
    }
}
