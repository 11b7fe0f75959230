//! Client secrets: 32 random bytes in base64url without padding, so form and Basic encoding
//! never alter them. Only their SHA-256 is stored; a fast hash suffices because the secrets
//! carry 256 bits of entropy, unlike passwords.

use base64::{Engine as _, engine::general_purpose::URL_SAFE_NO_PAD};
use rand::RngCore as _;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Generates a new client secret.
pub fn generate() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The stored form of a secret: lowercase hex SHA-256.
pub fn hash(secret: &str) -> String {
    let digest = Sha256::digest(secret.as_bytes());
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Compares `secret` with every stored hash in constant time, so the time taken does not
/// depend on which hash matched or on how many bytes agreed. With no stored hashes it still
/// hashes and compares once, so unknown clients take as long as wrong secrets.
pub fn matches_any<'a>(secret: &str, stored: impl IntoIterator<Item = &'a str>) -> bool {
    let candidate = hash(secret);
    let mut matched = subtle::Choice::from(0);
    let mut compared = false;
    for stored in stored {
        matched |= candidate.as_bytes().ct_eq(stored.as_bytes());
        compared = true;
    }
    if !compared {
        let _ = candidate.as_bytes().ct_eq(hash("").as_bytes());
    }
    matched.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_url_safe_and_unique() {
        let first = generate();
        let second = generate();
        assert_eq!(first.len(), 43);
        assert!(
            first
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
        assert_ne!(first, second);
    }

    #[test]
    fn only_the_right_secret_matches() {
        let secret = generate();
        let stored = hash(&secret);
        assert!(matches_any(&secret, [stored.as_str()]));
        assert!(matches_any(&secret, ["00", stored.as_str()]));
        assert!(!matches_any("wrong", [stored.as_str()]));
        assert!(!matches_any(&secret, []));
    }
}
