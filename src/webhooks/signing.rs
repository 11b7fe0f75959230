//! Webhook signatures per the Standard Webhooks scheme. Each is an HMAC-SHA256 over
//! `{id}.{timestamp}.{body}`, keyed with the base64-decoded part of a `whsec_` secret and
//! written as `v1,<base64>`. Several signatures are separated by spaces.

use base64::{Engine as _, engine::general_purpose::STANDARD};
use hmac::{Hmac, Mac};
use rand::RngCore as _;
use sha2::Sha256;

/// The prefix of every webhook secret.
pub const SECRET_PREFIX: &str = "whsec_";

/// Random bytes in a generated secret.
const SECRET_BYTES: usize = 32;

/// A secret that is not `whsec_` followed by base64.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a webhook secret must be {SECRET_PREFIX} followed by base64")]
pub struct InvalidSecret;

/// Generates a secret: `whsec_` and the base64 of 32 random bytes.
pub fn generate_secret() -> String {
    let mut bytes = [0u8; SECRET_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    format!("{SECRET_PREFIX}{}", STANDARD.encode(bytes))
}

/// Decodes the HMAC key of a secret: the bytes of its base64 part.
pub fn secret_key(secret: &str) -> Result<Vec<u8>, InvalidSecret> {
    let encoded = secret.strip_prefix(SECRET_PREFIX).ok_or(InvalidSecret)?;
    STANDARD.decode(encoded).map_err(|_| InvalidSecret)
}

/// Signs one message with one key and returns `v1,<base64>`.
pub fn sign(key: &[u8], message_id: &str, timestamp: i64, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(message_id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()))
}

/// Builds the `webhook-signature` header value: one signature per key, space-separated.
pub fn signature_header(keys: &[Vec<u8>], message_id: &str, timestamp: i64, body: &[u8]) -> String {
    keys.iter()
        .map(|key| sign(key, message_id, timestamp, body))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signing_matches_published_vector() {
        let key = secret_key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
        let signature = sign(
            &key,
            "msg_p5jXN8AQM9LWM0D4loKWxJek",
            1614265330,
            br#"{"test": 2432232314}"#,
        );
        assert_eq!(signature, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    #[test]
    fn signature_header_lists_each_key() {
        let first = secret_key(&generate_secret()).unwrap();
        let second = secret_key(&generate_secret()).unwrap();
        let header = signature_header(&[first.clone(), second.clone()], "evt_1", 10, b"{}");
        let parts: Vec<&str> = header.split(' ').collect();
        assert_eq!(
            parts,
            vec![
                sign(&first, "evt_1", 10, b"{}"),
                sign(&second, "evt_1", 10, b"{}")
            ]
        );
    }

    #[test]
    fn secret_decodes_to_32_bytes() {
        let secret = generate_secret();
        assert!(secret.starts_with(SECRET_PREFIX));
        assert_eq!(secret_key(&secret).unwrap().len(), 32);
        assert_eq!(secret_key("MfKQ9r8G"), Err(InvalidSecret));
        assert_eq!(secret_key("whsec_not base64!"), Err(InvalidSecret));
    }
}
