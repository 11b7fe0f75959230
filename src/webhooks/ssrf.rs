//! The guard that keeps webhook requests away from internal networks: a URL must be http or
//! https and every address its host resolves to must be global, unless a configured CIDR
//! admits it. The check runs when an endpoint is created or changed and again on every
//! attempt, where the HTTP client connects only to the addresses vetted here.
//!
//! Hosts written as numbers in other forms (`0x7f000001`, `2130706433`, `017700000001`) are
//! normalized by the URL parser to the address they denote, and IPv6 addresses that embed an
//! IPv4 address (mapped, NAT64, 6to4) are judged by the embedded address.

use std::{
    collections::HashMap,
    fmt,
    net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr},
    str::FromStr,
    sync::Arc,
};

use futures::future::BoxFuture;
use url::{Host, Url};

/// Resolves host names to addresses. The server uses the system resolver; tests inject a
/// [`StaticResolver`] so that test names resolve without DNS.
pub trait Resolve: Send + Sync + fmt::Debug {
    fn resolve<'a>(&'a self, host: &'a str) -> BoxFuture<'a, std::io::Result<Vec<IpAddr>>>;
}

/// The operating system's resolver.
#[derive(Debug, Default)]
pub struct SystemResolver;

impl Resolve for SystemResolver {
    fn resolve<'a>(&'a self, host: &'a str) -> BoxFuture<'a, std::io::Result<Vec<IpAddr>>> {
        Box::pin(async move {
            let addresses = tokio::net::lookup_host((host, 0)).await?;
            Ok(addresses.map(|address| address.ip()).collect())
        })
    }
}

/// A fixed table of names; every other name fails to resolve.
#[derive(Debug, Default, Clone)]
pub struct StaticResolver {
    hosts: HashMap<String, Vec<IpAddr>>,
}

impl StaticResolver {
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, IpAddr)>) -> Self {
        let mut hosts: HashMap<String, Vec<IpAddr>> = HashMap::new();
        for (name, address) in entries {
            hosts
                .entry(name.to_ascii_lowercase())
                .or_default()
                .push(address);
        }
        Self { hosts }
    }
}

impl Resolve for StaticResolver {
    fn resolve<'a>(&'a self, host: &'a str) -> BoxFuture<'a, std::io::Result<Vec<IpAddr>>> {
        let found = self.hosts.get(&host.to_ascii_lowercase()).cloned();
        Box::pin(async move {
            found.ok_or_else(|| {
                std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    format!("{host} is not in the static host table"),
                )
            })
        })
    }
}

/// The reason a URL or an address is rejected as a webhook target.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Rejection(pub String);

/// An IPv4 or IPv6 network such as `127.0.0.1/32`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl FromStr for Cidr {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let invalid = || format!("{text:?} is not a CIDR such as 127.0.0.1/32 or ::1/128");
        let (address, prefix) = match text.trim().split_once('/') {
            Some((address, prefix)) => (address, Some(prefix)),
            None => (text.trim(), None),
        };
        let network: IpAddr = address.parse().map_err(|_| invalid())?;
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(prefix) => prefix.parse::<u8>().map_err(|_| invalid())?,
            None => max,
        };
        if prefix > max {
            return Err(invalid());
        }
        Ok(Self { network, prefix })
    }
}

impl Cidr {
    /// Returns whether `address` lies in this network. IPv4 and IPv6 never match each other.
    pub fn contains(&self, address: IpAddr) -> bool {
        match (self.network, address) {
            (IpAddr::V4(network), IpAddr::V4(address)) => {
                prefix_matches(&network.octets(), &address.octets(), self.prefix)
            }
            (IpAddr::V6(network), IpAddr::V6(address)) => {
                prefix_matches(&network.octets(), &address.octets(), self.prefix)
            }
            _ => false,
        }
    }
}

fn prefix_matches(network: &[u8], address: &[u8], prefix: u8) -> bool {
    let full = usize::from(prefix / 8);
    let rest = prefix % 8;
    if network[..full] != address[..full] {
        return false;
    }
    if rest == 0 {
        return true;
    }
    let mask = 0xffu8 << (8 - rest);
    network[full] & mask == address[full] & mask
}

/// IPv4 networks that are not global: this network, private, shared (carrier-grade NAT),
/// loopback, link-local (cloud metadata lives there), IETF protocol assignments,
/// documentation, 6to4 relay, benchmarking, multicast and reserved.
const NON_GLOBAL_V4: &[([u8; 4], u8)] = &[
    ([0, 0, 0, 0], 8),
    ([10, 0, 0, 0], 8),
    ([100, 64, 0, 0], 10),
    ([127, 0, 0, 0], 8),
    ([169, 254, 0, 0], 16),
    ([172, 16, 0, 0], 12),
    ([192, 0, 0, 0], 24),
    ([192, 0, 2, 0], 24),
    ([192, 88, 99, 0], 24),
    ([192, 168, 0, 0], 16),
    ([198, 18, 0, 0], 15),
    ([198, 51, 100, 0], 24),
    ([203, 0, 113, 0], 24),
    ([224, 0, 0, 0], 4),
    ([240, 0, 0, 0], 4),
];

/// Returns why an IPv4 address is not global, or `None` when it is.
fn v4_rejection(address: Ipv4Addr) -> Option<&'static str> {
    let octets = address.octets();
    let network = NON_GLOBAL_V4
        .iter()
        .find(|(network, prefix)| prefix_matches(network, &octets, *prefix))?;
    Some(match network.0 {
        [127, ..] => "a loopback address",
        [10, ..] | [172, 16, ..] | [192, 168, ..] => "a private address",
        [169, 254, ..] => "a link-local address (where cloud metadata services live)",
        [100, 64, ..] => "a shared carrier-grade NAT address",
        [0, ..] => "an unspecified address",
        [224, ..] => "a multicast address",
        _ => "a reserved or documentation address",
    })
}

/// Extracts the IPv4 address an IPv6 address carries: IPv4-mapped (`::ffff:a.b.c.d`), NAT64
/// (`64:ff9b::a.b.c.d`) or 6to4 (`2002:AABB:CCDD::`).
fn embedded_v4(address: Ipv6Addr) -> Option<Ipv4Addr> {
    if let Some(mapped) = address.to_ipv4_mapped() {
        return Some(mapped);
    }
    let octets = address.octets();
    let segments = address.segments();
    if segments[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        return Some(Ipv4Addr::new(
            octets[12], octets[13], octets[14], octets[15],
        ));
    }
    if segments[0] == 0x2002 {
        return Some(Ipv4Addr::new(octets[2], octets[3], octets[4], octets[5]));
    }
    None
}

/// Returns why an IPv6 address is not global, or `None` when it is. Only global unicast (2000::/3)
/// passes, without documentation (2001:db8::/32) and IETF protocol assignments (2001::/23,
/// Teredo among them).
fn v6_rejection(address: Ipv6Addr) -> Option<&'static str> {
    let segments = address.segments();
    if address.is_loopback() {
        return Some("a loopback address");
    }
    if address.is_unspecified() {
        return Some("an unspecified address");
    }
    if segments[0] & 0xe000 != 0x2000 {
        return Some(match segments[0] {
            first if first & 0xfe00 == 0xfc00 => "a unique local (private) address",
            first if first & 0xffc0 == 0xfe80 => "a link-local address",
            first if first & 0xff00 == 0xff00 => "a multicast address",
            _ => "a reserved address",
        });
    }
    if segments[0] == 0x2001 && (segments[1] == 0x0db8 || segments[1] < 0x0200) {
        return Some("a reserved or documentation address");
    }
    None
}

/// Returns the address a connection would really reach: an IPv6 address that embeds an IPv4
/// one is judged as that IPv4 address.
pub fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => embedded_v4(v6).map(IpAddr::V4).unwrap_or(address),
        v4 => v4,
    }
}

/// The SSRF guard: the allow-list and the resolver.
#[derive(Clone)]
pub struct Guard {
    allowed: Vec<Cidr>,
    resolver: Arc<dyn Resolve>,
}

impl fmt::Debug for Guard {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("Guard")
            .field("allowed", &self.allowed)
            .finish_non_exhaustive()
    }
}

impl Guard {
    /// Creates a guard over parsed CIDRs (see [`parse_allowed`]).
    pub fn new(allowed: Vec<Cidr>, resolver: Arc<dyn Resolve>) -> Self {
        Self { allowed, resolver }
    }

    /// Rejects an address that is not global, unless an allowed CIDR contains it.
    pub fn vet(&self, address: IpAddr) -> Result<(), Rejection> {
        let canonical = canonical(address);
        if self.allowed.iter().any(|cidr| cidr.contains(canonical)) {
            return Ok(());
        }
        let rejection = match canonical {
            IpAddr::V4(v4) => v4_rejection(v4),
            IpAddr::V6(v6) => v6_rejection(v6),
        };
        match rejection {
            None => Ok(()),
            Some(kind) => Err(Rejection(format!(
                "{address} is {kind}; webhooks go only to public addresses (GLOBEMEET_WEBHOOK_ALLOWED_CIDRS admits others)"
            ))),
        }
    }

    /// Resolves a host name and vets every address it has. One rejected address rejects the
    /// name, so a name cannot mix a public address with an internal one.
    pub async fn resolve(&self, host: &str) -> Result<Vec<IpAddr>, Rejection> {
        let addresses = self
            .resolver
            .resolve(host)
            .await
            .map_err(|error| Rejection(format!("cannot resolve {host}: {error}")))?;
        if addresses.is_empty() {
            return Err(Rejection(format!("{host} resolves to no address")));
        }
        for address in &addresses {
            self.vet(*address)
                .map_err(|rejection| Rejection(format!("{host} resolves to {rejection}")))?;
        }
        Ok(addresses)
    }

    /// Checks a webhook URL: its form, and the addresses its host denotes or resolves to.
    pub async fn check_url(&self, url: &str) -> Result<Url, Rejection> {
        let parsed = parse_url(url)?;
        match parsed.host() {
            Some(Host::Ipv4(v4)) => self.vet(IpAddr::V4(v4))?,
            Some(Host::Ipv6(v6)) => self.vet(IpAddr::V6(v6))?,
            Some(Host::Domain(domain)) => {
                self.resolve(domain.trim_end_matches('.')).await?;
            }
            None => return Err(Rejection("the URL has no host".to_owned())),
        }
        Ok(parsed)
    }
}

/// Checks the form of a webhook URL: http or https, a host, no user information.
pub fn parse_url(url: &str) -> Result<Url, Rejection> {
    let parsed = Url::parse(url)
        .map_err(|error| Rejection(format!("{url:?} is not a valid URL: {error}")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(Rejection(format!(
            "the scheme {:?} is not allowed; use http or https",
            parsed.scheme()
        )));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(Rejection(
            "the URL carries user information; remove it and verify requests by their signature"
                .to_owned(),
        ));
    }
    if parsed.host().is_none() {
        return Err(Rejection("the URL has no host".to_owned()));
    }
    Ok(parsed)
}

/// Parses the configured allow-list, naming the first invalid entry.
pub fn parse_allowed(entries: &[String]) -> Result<Vec<Cidr>, String> {
    entries.iter().map(|entry| entry.parse()).collect()
}

/// The guard as the HTTP client's resolver: names resolve only to vetted addresses, so a
/// connection never reaches an address the guard rejected, even when DNS answers differently
/// between the check and the connection.
#[derive(Debug, Clone)]
pub struct VettingResolver(pub Guard);

impl reqwest::dns::Resolve for VettingResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let guard = self.0.clone();
        Box::pin(async move {
            let host = name.as_str().trim_end_matches('.').to_owned();
            let addresses = guard.resolve(&host).await?;
            let sockets: Vec<SocketAddr> = addresses
                .into_iter()
                .map(|address| SocketAddr::new(address, 0))
                .collect();
            Ok(Box::new(sockets.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guard(allowed: &[&str]) -> Guard {
        let allowed = allowed.iter().map(|cidr| cidr.parse().unwrap()).collect();
        let resolver = StaticResolver::new([
            ("receiver.test", IpAddr::from([127, 0, 0, 1])),
            ("internal.test", IpAddr::from([10, 1, 2, 3])),
            ("public.test", IpAddr::from([93, 184, 216, 34])),
            ("mixed.test", IpAddr::from([93, 184, 216, 34])),
            ("mixed.test", IpAddr::from([192, 168, 1, 1])),
        ]);
        Guard::new(allowed, Arc::new(resolver))
    }

    #[test]
    fn cidrs_parse_and_match() {
        let cidr: Cidr = "10.0.0.0/8".parse().unwrap();
        assert!(cidr.contains(IpAddr::from([10, 200, 0, 1])));
        assert!(!cidr.contains(IpAddr::from([11, 0, 0, 1])));
        let single: Cidr = "::1".parse().unwrap();
        assert!(single.contains("::1".parse().unwrap()));
        assert!(!single.contains(IpAddr::from([127, 0, 0, 1])));
        let odd: Cidr = "172.16.0.0/12".parse().unwrap();
        assert!(odd.contains(IpAddr::from([172, 31, 255, 255])));
        assert!(!odd.contains(IpAddr::from([172, 32, 0, 0])));
        assert!("10.0.0.0/33".parse::<Cidr>().is_err());
        assert!("ten/8".parse::<Cidr>().is_err());
    }

    #[test]
    fn internal_addresses_are_rejected() {
        let guard = guard(&[]);
        for address in [
            "127.0.0.1",
            "10.0.0.1",
            "172.16.5.4",
            "192.168.0.1",
            "169.254.169.254",
            "100.100.100.200",
            "0.0.0.0",
            "192.0.2.10",
            "224.0.0.1",
            "255.255.255.255",
            "::1",
            "::",
            "fe80::1",
            "fd00:ec2::254",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "64:ff9b::a00:1",
            "2002:7f00:1::",
            "2001:db8::1",
            "2001::1",
            "ff02::1",
        ] {
            let address: IpAddr = address.parse().unwrap();
            assert!(guard.vet(address).is_err(), "{address} must be rejected");
        }
        for address in ["93.184.216.34", "8.8.8.8", "2606:4700::1111"] {
            let address: IpAddr = address.parse().unwrap();
            assert_eq!(guard.vet(address), Ok(()), "{address} is global");
        }
    }

    #[test]
    fn allow_list_admits_its_networks() {
        let guard = guard(&["127.0.0.1/32"]);
        assert_eq!(guard.vet(IpAddr::from([127, 0, 0, 1])), Ok(()));
        assert_eq!(guard.vet("::ffff:127.0.0.1".parse().unwrap()), Ok(()));
        assert!(guard.vet(IpAddr::from([127, 0, 0, 2])).is_err());
    }

    #[tokio::test]
    async fn urls_checked_by_form_and_address() {
        let guard = guard(&[]);
        for url in [
            "ftp://public.test/",
            "file:///etc/passwd",
            "gopher://public.test/",
            "http://user:pass@public.test/",
            "http://0x7f000001/",
            "http://2130706433/",
            "http://017700000001/",
            "http://0x7f.1/",
            "http://[::ffff:7f00:1]/",
            "http://receiver.test/",
            "http://internal.test/",
            "http://mixed.test/",
            "http://unknown.test/",
            "not a url",
        ] {
            assert!(
                guard.check_url(url).await.is_err(),
                "{url} must be rejected"
            );
        }
        assert!(guard.check_url("https://public.test/hook").await.is_ok());
        let allowed = self::guard(&["127.0.0.0/8"]);
        assert!(
            allowed
                .check_url("http://receiver.test:8080/")
                .await
                .is_ok()
        );
        assert!(allowed.check_url("http://2130706433/").await.is_ok());
    }
}
