//! Server configuration: defaults, then an optional TOML file, then `GLOBEMEET_*` variables.
//!
//! The TOML file uses the variable names in lower case without the `GLOBEMEET_` prefix, so
//! `GLOBEMEET_DATABASE_URL` is `database_url`. The environment wins over the file.

use std::{net::SocketAddr, path::Path, path::PathBuf, sync::Arc, time::Duration};

use serde::Deserialize;

use crate::webhooks::ssrf::Resolve;

/// Every setting of the server, after defaults, file and environment are merged.
#[derive(Debug, Clone)]
pub struct Config {
    pub listen: SocketAddr,
    pub database_url: String,
    pub database_pool_size: usize,
    pub database_pool_timeout: Duration,
    pub tls_cert: Option<PathBuf>,
    pub tls_key: Option<PathBuf>,
    pub log_format: LogFormat,
    pub max_body_bytes: usize,
    pub max_media_bytes: u64,
    pub media_url: String,
    /// The scheme, host and port clients reach the server at, which signed media URLs start
    /// with. Unset means the listen address as bound, over https when TLS is configured.
    pub public_url: Option<String>,
    pub issuer: String,
    pub token_ttl_seconds: u32,
    pub webhook_allowed_cidrs: Vec<String>,
    pub webhook_endpoint_concurrency: usize,
    /// How long a webhook attempt may take to connect.
    pub webhook_connect_timeout: Duration,
    /// How long a webhook attempt may take in all, reading the response included.
    pub webhook_timeout: Duration,
    /// Resolves webhook host names; the system resolver when `None`. Not read from the
    /// environment: tests inject a table of test names.
    pub webhook_resolver: Option<Arc<dyn Resolve>>,
    /// How often background jobs run: overflow, license thresholds, retention, key purges.
    pub job_interval: Duration,
    /// How long the authentication layer caches whether a client is enabled. Not read from the
    /// environment: 30 seconds keeps the promise that a disabled client's tokens stop working
    /// within a minute. Tests shorten it.
    pub client_state_ttl: Duration,
}

/// The format of the log lines written to stderr.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

/// A setting that could not be read; the message names the variable or key and the fix.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    ReadFile {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("invalid config file {path}: {message}")]
    ParseFile { path: PathBuf, message: String },

    #[error("invalid {name}={value:?}: {expected}")]
    InvalidValue {
        name: String,
        value: String,
        expected: String,
    },
}

/// The keys a TOML config file may set, each optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    listen: Option<String>,
    database_url: Option<String>,
    database_pool_size: Option<usize>,
    database_pool_timeout_ms: Option<u64>,
    tls_cert: Option<PathBuf>,
    tls_key: Option<PathBuf>,
    log_format: Option<String>,
    max_body_bytes: Option<usize>,
    max_media_bytes: Option<u64>,
    media_url: Option<String>,
    public_url: Option<String>,
    issuer: Option<String>,
    token_ttl_seconds: Option<u32>,
    webhook_allowed_cidrs: Option<Vec<String>>,
    webhook_endpoint_concurrency: Option<usize>,
    webhook_connect_timeout_ms: Option<u64>,
    webhook_timeout_ms: Option<u64>,
    job_interval_ms: Option<u64>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            database_url: "sqlite://globemeet.db".to_owned(),
            database_pool_size: 16,
            database_pool_timeout: Duration::from_millis(2_000),
            tls_cert: None,
            tls_key: None,
            log_format: LogFormat::Text,
            max_body_bytes: 1_048_576,
            max_media_bytes: 2_147_483_648,
            media_url: "file://./media".to_owned(),
            public_url: None,
            issuer: "globemeet".to_owned(),
            token_ttl_seconds: 3_600,
            webhook_allowed_cidrs: Vec::new(),
            webhook_endpoint_concurrency: 4,
            webhook_connect_timeout: Duration::from_secs(5),
            webhook_timeout: Duration::from_secs(15),
            webhook_resolver: None,
            job_interval: Duration::from_millis(1_000),
            client_state_ttl: Duration::from_secs(30),
        }
    }
}

impl Config {
    /// Loads the configuration from the optional TOML file and the process environment.
    pub fn load(file: Option<&Path>) -> Result<Self, ConfigError> {
        let file_config = match file {
            Some(path) => read_file(path)?,
            None => FileConfig::default(),
        };
        Self::from_sources(file_config, |name| std::env::var(name).ok())
    }

    /// Merges defaults, file values and variables looked up through `env`.
    fn from_sources(
        file: FileConfig,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let defaults = Config::default();
        let setting = |key: &str, file_value: Option<String>| -> Option<(String, String)> {
            let name = format!("GLOBEMEET_{}", key.to_uppercase());
            match env(&name) {
                Some(value) => Some((name, value)),
                None => file_value.map(|value| (key.to_owned(), value)),
            }
        };

        let config = Config {
            listen: parse(
                setting("listen", file.listen),
                defaults.listen,
                "a socket address such as 127.0.0.1:8080",
            )?,
            database_url: setting("database_url", file.database_url)
                .map(|(_, value)| value)
                .unwrap_or(defaults.database_url),
            database_pool_size: parse(
                setting(
                    "database_pool_size",
                    file.database_pool_size.map(|v| v.to_string()),
                ),
                defaults.database_pool_size,
                "a connection count from 1 to 1000",
            )?,
            database_pool_timeout: Duration::from_millis(parse(
                setting(
                    "database_pool_timeout_ms",
                    file.database_pool_timeout_ms.map(|v| v.to_string()),
                ),
                defaults.database_pool_timeout.as_millis() as u64,
                "a wait in milliseconds",
            )?),
            tls_cert: setting("tls_cert", file.tls_cert.map(|p| p.display().to_string()))
                .map(|(_, value)| PathBuf::from(value)),
            tls_key: setting("tls_key", file.tls_key.map(|p| p.display().to_string()))
                .map(|(_, value)| PathBuf::from(value)),
            log_format: parse_log_format(setting("log_format", file.log_format))?,
            max_body_bytes: parse(
                setting("max_body_bytes", file.max_body_bytes.map(|v| v.to_string())),
                defaults.max_body_bytes,
                "a size in bytes",
            )?,
            max_media_bytes: parse(
                setting(
                    "max_media_bytes",
                    file.max_media_bytes.map(|v| v.to_string()),
                ),
                defaults.max_media_bytes,
                "a size in bytes",
            )?,
            media_url: setting("media_url", file.media_url)
                .map(|(_, value)| value)
                .unwrap_or(defaults.media_url),
            public_url: setting("public_url", file.public_url)
                .map(|(name, value)| parse_public_url(&name, &value))
                .transpose()?,
            issuer: setting("issuer", file.issuer)
                .map(|(_, value)| value)
                .unwrap_or(defaults.issuer),
            token_ttl_seconds: parse(
                setting(
                    "token_ttl_seconds",
                    file.token_ttl_seconds.map(|v| v.to_string()),
                ),
                defaults.token_ttl_seconds,
                "a lifetime in seconds",
            )?,
            webhook_allowed_cidrs: setting(
                "webhook_allowed_cidrs",
                file.webhook_allowed_cidrs.map(|list| list.join(",")),
            )
            .map(|(_, value)| split_list(&value))
            .unwrap_or_default(),
            webhook_endpoint_concurrency: parse(
                setting(
                    "webhook_endpoint_concurrency",
                    file.webhook_endpoint_concurrency.map(|v| v.to_string()),
                ),
                defaults.webhook_endpoint_concurrency,
                "a request count of at least 1",
            )?,
            webhook_connect_timeout: Duration::from_millis(parse(
                setting(
                    "webhook_connect_timeout_ms",
                    file.webhook_connect_timeout_ms.map(|v| v.to_string()),
                ),
                defaults.webhook_connect_timeout.as_millis() as u64,
                "a timeout in milliseconds",
            )?),
            webhook_timeout: Duration::from_millis(parse(
                setting(
                    "webhook_timeout_ms",
                    file.webhook_timeout_ms.map(|v| v.to_string()),
                ),
                defaults.webhook_timeout.as_millis() as u64,
                "a timeout in milliseconds",
            )?),
            webhook_resolver: None,
            job_interval: Duration::from_millis(parse(
                setting(
                    "job_interval_ms",
                    file.job_interval_ms.map(|v| v.to_string()),
                ),
                defaults.job_interval.as_millis() as u64,
                "an interval in milliseconds of at least 10",
            )?),
            client_state_ttl: defaults.client_state_ttl,
        };
        config.check()
    }

    /// Rejects values that parse but cannot work together.
    fn check(self) -> Result<Self, ConfigError> {
        if !(1..=1000).contains(&self.database_pool_size) {
            return Err(invalid(
                "GLOBEMEET_DATABASE_POOL_SIZE",
                self.database_pool_size,
                "a connection count from 1 to 1000",
            ));
        }
        if self.token_ttl_seconds == 0 {
            return Err(invalid(
                "GLOBEMEET_TOKEN_TTL_SECONDS",
                0,
                "a lifetime of at least 1 second",
            ));
        }
        if self.webhook_endpoint_concurrency == 0 {
            return Err(invalid(
                "GLOBEMEET_WEBHOOK_ENDPOINT_CONCURRENCY",
                0,
                "a request count of at least 1",
            ));
        }
        if let Err(error) = crate::webhooks::ssrf::parse_allowed(&self.webhook_allowed_cidrs) {
            return Err(ConfigError::InvalidValue {
                name: "GLOBEMEET_WEBHOOK_ALLOWED_CIDRS".to_owned(),
                value: self.webhook_allowed_cidrs.join(","),
                expected: format!("comma-separated CIDRs: {error}"),
            });
        }
        for (name, timeout) in [
            (
                "GLOBEMEET_WEBHOOK_CONNECT_TIMEOUT_MS",
                self.webhook_connect_timeout,
            ),
            ("GLOBEMEET_WEBHOOK_TIMEOUT_MS", self.webhook_timeout),
        ] {
            if timeout < Duration::from_millis(10) || timeout > Duration::from_secs(60) {
                return Err(invalid(
                    name,
                    timeout.as_millis(),
                    "a timeout from 10 to 60000 milliseconds",
                ));
            }
        }
        if self.job_interval < Duration::from_millis(10) {
            return Err(invalid(
                "GLOBEMEET_JOB_INTERVAL_MS",
                self.job_interval.as_millis(),
                "an interval in milliseconds of at least 10",
            ));
        }
        if self.max_media_bytes == 0 {
            return Err(invalid(
                "GLOBEMEET_MAX_MEDIA_BYTES",
                0,
                "a size in bytes of at least 1",
            ));
        }
        if self.tls_cert.is_some() != self.tls_key.is_some() {
            return Err(ConfigError::InvalidValue {
                name: "GLOBEMEET_TLS_CERT/GLOBEMEET_TLS_KEY".to_owned(),
                value: "only one set".to_owned(),
                expected: "set both PEM files to serve TLS, or neither for plain HTTP".to_owned(),
            });
        }
        Ok(self)
    }
}

fn read_file(path: &Path) -> Result<FileConfig, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::ReadFile {
        path: path.to_owned(),
        source,
    })?;
    toml::from_str(&text).map_err(|error| ConfigError::ParseFile {
        path: path.to_owned(),
        message: error.message().to_owned(),
    })
}

fn parse<T: std::str::FromStr>(
    setting: Option<(String, String)>,
    default: T,
    expected: &str,
) -> Result<T, ConfigError> {
    match setting {
        None => Ok(default),
        Some((name, value)) => value
            .trim()
            .parse()
            .map_err(|_| invalid(&name, &value, expected)),
    }
}

fn parse_log_format(setting: Option<(String, String)>) -> Result<LogFormat, ConfigError> {
    match setting {
        None => Ok(LogFormat::Text),
        Some((name, value)) => match value.trim().to_ascii_lowercase().as_str() {
            "text" => Ok(LogFormat::Text),
            "json" => Ok(LogFormat::Json),
            _ => Err(invalid(&name, &value, "`text` or `json`")),
        },
    }
}

/// An `http` or `https` URL with a host and nothing after the path, without a trailing slash.
fn parse_public_url(name: &str, value: &str) -> Result<String, ConfigError> {
    let expected = "an http or https URL such as https://api.example.com";
    let trimmed = value.trim().trim_end_matches('/');
    let parsed = url::Url::parse(trimmed).map_err(|_| invalid(name, value, expected))?;
    let usable = matches!(parsed.scheme(), "http" | "https")
        && parsed.host_str().is_some()
        && parsed.query().is_none()
        && parsed.fragment().is_none();
    if !usable {
        return Err(invalid(name, value, expected));
    }
    Ok(trimmed.to_owned())
}

fn split_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .map(str::to_owned)
        .collect()
}

fn invalid(name: &str, value: impl ToString, expected: &str) -> ConfigError {
    ConfigError::InvalidValue {
        name: name.to_owned(),
        value: value.to_string(),
        expected: expected.to_owned(),
    }
}

/// The keys of a config file, in the order of [`FileConfig`]. Each is also a variable:
/// `GLOBEMEET_` and the key in upper case.
const KEYS: &[&str] = &[
    "listen",
    "database_url",
    "database_pool_size",
    "database_pool_timeout_ms",
    "tls_cert",
    "tls_key",
    "log_format",
    "max_body_bytes",
    "max_media_bytes",
    "media_url",
    "public_url",
    "issuer",
    "token_ttl_seconds",
    "webhook_allowed_cidrs",
    "webhook_endpoint_concurrency",
    "webhook_connect_timeout_ms",
    "webhook_timeout_ms",
    "job_interval_ms",
];

/// `GLOBEMEET_` variables that other programs of this repository read: the SDK examples and
/// smoke tests, the scripts, CI and the test suites. The server passes over them in silence.
const OTHER_PROGRAMS: &[&str] = &[
    "GLOBEMEET_CLIENT_ID",
    "GLOBEMEET_CLIENT_SECRET",
    "GLOBEMEET_ENDPOINT",
    "GLOBEMEET_SDKS",
    "GLOBEMEET_TOOLS_DIR",
    "GLOBEMEET_BIN",
    "GLOBEMEET_BINARY",
];

/// Prefixes of the variables of the test suites, benchmarks and CI.
const OTHER_PREFIXES: &[&str] = &["GLOBEMEET_TEST_", "GLOBEMEET_BENCH_", "GLOBEMEET_CI_"];

/// Returns the `GLOBEMEET_` variables among `names` that set nothing, sorted, each with the
/// setting whose name is closest when it differs by at most three letters, as a misspelling
/// does.
pub fn unknown_variables(names: impl IntoIterator<Item = String>) -> Vec<(String, Option<String>)> {
    let known: Vec<String> = KEYS
        .iter()
        .map(|key| format!("GLOBEMEET_{}", key.to_uppercase()))
        .collect();
    let mut unknown: Vec<(String, Option<String>)> = names
        .into_iter()
        .filter(|name| name.starts_with("GLOBEMEET_"))
        .filter(|name| !known.contains(name) && !OTHER_PROGRAMS.contains(&name.as_str()))
        .filter(|name| !OTHER_PREFIXES.iter().any(|prefix| name.starts_with(prefix)))
        .map(|name| {
            let closest = known
                .iter()
                .map(|candidate| (edit_distance(&name, candidate), candidate))
                .min()
                .filter(|(distance, _)| *distance <= 3)
                .map(|(_, candidate)| candidate.clone());
            (name, closest)
        })
        .collect();
    unknown.sort();
    unknown
}

/// Returns the Levenshtein distance of two ASCII names: the fewest single-letter insertions,
/// deletions and substitutions that turn one into the other.
fn edit_distance(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, left) in a.bytes().enumerate() {
        let mut current = vec![i + 1];
        for (j, right) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(left != *right);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(file: &str, vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let file: FileConfig = toml::from_str(file).expect("valid TOML");
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_sources(file, |name| {
            vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
        })
    }

    #[test]
    fn defaults_apply_without_sources() {
        let config = from("", &[]).unwrap();
        assert_eq!(config.listen.to_string(), "127.0.0.1:8080");
        assert_eq!(config.database_url, "sqlite://globemeet.db");
        assert_eq!(config.max_body_bytes, 1_048_576);
        assert_eq!(config.log_format, LogFormat::Text);
    }

    #[test]
    fn environment_wins_over_file() {
        let config = from(
            "listen = \"127.0.0.1:9000\"\nmax_body_bytes = 10",
            &[("GLOBEMEET_LISTEN", "127.0.0.1:9001")],
        )
        .unwrap();
        assert_eq!(config.listen.to_string(), "127.0.0.1:9001");
        assert_eq!(config.max_body_bytes, 10);
    }

    #[test]
    fn invalid_variable_is_named() {
        let error = from("", &[("GLOBEMEET_MAX_BODY_BYTES", "lots")]).unwrap_err();
        let message = error.to_string();
        assert!(message.contains("GLOBEMEET_MAX_BODY_BYTES"), "{message}");
        assert!(message.contains("a size in bytes"), "{message}");
    }

    #[test]
    fn unknown_file_key_is_rejected() {
        let result: Result<FileConfig, _> = toml::from_str("listen_addr = \"x\"");
        assert!(result.is_err());
    }

    #[test]
    fn public_url_is_checked() {
        let config = from("", &[("GLOBEMEET_PUBLIC_URL", "https://api.example.com/")]).unwrap();
        assert_eq!(
            config.public_url.as_deref(),
            Some("https://api.example.com")
        );
        let config = from("public_url = \"http://127.0.0.1:8080\"", &[]).unwrap();
        assert_eq!(config.public_url.as_deref(), Some("http://127.0.0.1:8080"));
        for value in [
            "ftp://example.com",
            "example.com",
            "https://example.com/?a=b",
        ] {
            let error = from("", &[("GLOBEMEET_PUBLIC_URL", value)]).unwrap_err();
            assert!(
                error.to_string().contains("GLOBEMEET_PUBLIC_URL"),
                "{value}: {error}"
            );
        }
    }

    #[test]
    fn webhook_settings_are_read_and_checked() {
        let config = from(
            "webhook_allowed_cidrs = [\"127.0.0.1/32\"]\nwebhook_timeout_ms = 2000",
            &[("GLOBEMEET_WEBHOOK_CONNECT_TIMEOUT_MS", "500")],
        )
        .unwrap();
        assert_eq!(config.webhook_allowed_cidrs, vec!["127.0.0.1/32"]);
        assert_eq!(config.webhook_timeout, Duration::from_secs(2));
        assert_eq!(config.webhook_connect_timeout, Duration::from_millis(500));
        let error = from(
            "",
            &[("GLOBEMEET_WEBHOOK_ALLOWED_CIDRS", "10.0.0.0/8,local")],
        )
        .unwrap_err()
        .to_string();
        assert!(error.contains("GLOBEMEET_WEBHOOK_ALLOWED_CIDRS"), "{error}");
        assert!(error.contains("\"local\""), "{error}");
    }

    #[test]
    fn half_tls_is_rejected() {
        let error = from("", &[("GLOBEMEET_TLS_CERT", "cert.pem")]).unwrap_err();
        assert!(error.to_string().contains("GLOBEMEET_TLS_KEY"));
    }
    #[test]
    fn unknown_variables_are_listed_with_a_suggestion() {
        let names = [
            "GLOBEMEET_LISTN",
            "GLOBEMEET_LISTEN",
            "GLOBEMEET_WEBHOOK_TIMEOUT",
            "GLOBEMEET_SOMETHING_ELSE_ENTIRELY",
            "GLOBEMEET_TEST_POSTGRES_URL",
            "GLOBEMEET_CLIENT_ID",
            "PATH",
        ]
        .map(str::to_owned);

        let unknown = unknown_variables(names);

        assert_eq!(
            unknown,
            vec![
                (
                    "GLOBEMEET_LISTN".to_owned(),
                    Some("GLOBEMEET_LISTEN".to_owned())
                ),
                ("GLOBEMEET_SOMETHING_ELSE_ENTIRELY".to_owned(), None),
                (
                    "GLOBEMEET_WEBHOOK_TIMEOUT".to_owned(),
                    Some("GLOBEMEET_WEBHOOK_TIMEOUT_MS".to_owned())
                ),
            ]
        );
    }

    #[test]
    fn keys_match_the_config_file() {
        let error = toml::from_str::<FileConfig>("not_a_key = 1")
            .expect_err("unknown key")
            .to_string();
        let expected = error
            .split("expected one of ")
            .nth(1)
            .unwrap_or_else(|| panic!("the error lists the keys: {error}"));
        let listed: Vec<&str> = expected
            .split(", ")
            .map(|key| key.trim().trim_matches('`'))
            .collect();
        assert_eq!(listed, KEYS, "{error}");
    }
}
