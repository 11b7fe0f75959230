//! Signed media URLs: `/v1/media/{token}`, where the token carries the tenant, the recording and
//! the expiry, signed with HMAC-SHA256. The key is stored in the database, so every replica
//! signs and verifies alike. The token names its key (`kid`), so keys can be added later without
//! breaking URLs already handed out.
//!
//! A token is `base64url(payload) "." base64url(mac)`, both without padding, where the payload is
//! a small JSON object and the MAC covers a fixed context string and the encoded payload.

use base64::{
    Engine as _,
    engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD},
};
use hmac::{Hmac, Mac as _};
use rand::RngCore as _;
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::db::{self, Db, models::MediaUrlKeyRow};

type HmacSha256 = Hmac<Sha256>;

/// The id of the key every deployment starts with; replicas that start together all insert it
/// and keep whichever got there first.
const INITIAL_KID: &str = "media-url-1";

/// Bound into every MAC, so a MAC made for anything else never verifies as a media URL.
const CONTEXT: &[u8] = b"globemeet media url v1\0";

/// The maximum token length accepted. Tokens this server signs are about 200 characters.
const MAX_TOKEN_CHARS: usize = 1024;

/// The grant of a media URL: reading one recording's media until `expires` (Unix seconds).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaGrant {
    #[serde(rename = "k")]
    pub kid: String,
    #[serde(rename = "t")]
    pub tenant_id: String,
    #[serde(rename = "r")]
    pub recording_id: String,
    #[serde(rename = "e")]
    pub expires: i64,
}

/// The reason a token was rejected. Every reason gets 403, and only the log tells them apart.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("the token is malformed")]
    Malformed,
    #[error("the token names an unknown key")]
    UnknownKey,
    #[error("the token's signature does not match")]
    BadSignature,
}

/// Signs and verifies media URL tokens.
pub struct UrlSigner {
    /// Every key, oldest first; the oldest signs.
    keys: Vec<(String, Vec<u8>)>,
}

impl UrlSigner {
    /// Loads the keys, creating the first one when the database has none.
    pub async fn load(db: &Db) -> anyhow::Result<Self> {
        let mut rows = db::media_url_keys::all(db).await?;
        if rows.is_empty() {
            let mut secret = [0u8; 32];
            rand::rng().fill_bytes(&mut secret);
            let row = MediaUrlKeyRow {
                kid: INITIAL_KID.to_owned(),
                secret: STANDARD.encode(secret),
                create_time: db::time::now(),
            };
            db::media_url_keys::insert_if_missing(db, &row).await?;
            rows = db::media_url_keys::all(db).await?;
        }
        let keys = rows
            .into_iter()
            .map(|row| {
                let secret = STANDARD.decode(&row.secret).map_err(|error| {
                    anyhow::anyhow!("media URL key {:?} is not valid base64: {error}", row.kid)
                })?;
                Ok((row.kid, secret))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        anyhow::ensure!(!keys.is_empty(), "no media URL key could be stored");
        Ok(Self { keys })
    }

    /// Signs a grant for `recording_id` of `tenant_id` until `expires` (Unix seconds).
    pub fn sign(&self, tenant_id: &str, recording_id: &str, expires: i64) -> String {
        let (kid, secret) = &self.keys[0];
        let grant = MediaGrant {
            kid: kid.clone(),
            tenant_id: tenant_id.to_owned(),
            recording_id: recording_id.to_owned(),
            expires,
        };
        let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&grant).expect("grants serialize"));
        let mac = mac(secret, &payload).finalize().into_bytes();
        format!("{payload}.{}", URL_SAFE_NO_PAD.encode(mac))
    }

    /// Checks the token's signature and returns its grant. The caller checks the expiry.
    pub fn verify(&self, token: &str) -> Result<MediaGrant, TokenError> {
        if token.len() > MAX_TOKEN_CHARS {
            return Err(TokenError::Malformed);
        }
        let (payload, signature) = token.split_once('.').ok_or(TokenError::Malformed)?;
        let signature = URL_SAFE_NO_PAD
            .decode(signature)
            .map_err(|_| TokenError::Malformed)?;
        let decoded = URL_SAFE_NO_PAD
            .decode(payload)
            .map_err(|_| TokenError::Malformed)?;
        // The payload is parsed before its signature is checked only to find the key; nothing
        // in it is trusted until the MAC matches.
        let grant: MediaGrant =
            serde_json::from_slice(&decoded).map_err(|_| TokenError::Malformed)?;
        let (_, secret) = self
            .keys
            .iter()
            .find(|(kid, _)| *kid == grant.kid)
            .ok_or(TokenError::UnknownKey)?;
        mac(secret, payload)
            .verify_slice(&signature)
            .map_err(|_| TokenError::BadSignature)?;
        Ok(grant)
    }
}

fn mac(secret: &[u8], payload: &str) -> HmacSha256 {
    let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(CONTEXT);
    mac.update(payload.as_bytes());
    mac
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signer() -> UrlSigner {
        UrlSigner {
            keys: vec![("k1".to_owned(), vec![7; 32])],
        }
    }

    #[test]
    fn signed_tokens_verify() {
        let signer = signer();
        let token = signer.sign("tenant_a", "rec_1", 1_900_000_000);
        assert!(
            token
                .bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || b"-_.".contains(&byte)),
            "{token}"
        );
        let grant = signer.verify(&token).expect("valid");
        assert_eq!(grant.tenant_id, "tenant_a");
        assert_eq!(grant.recording_id, "rec_1");
        assert_eq!(grant.expires, 1_900_000_000);
    }

    #[test]
    fn altered_tokens_fail() {
        let signer = signer();
        let token = signer.sign("tenant_a", "rec_1", 1_900_000_000);
        let (payload, signature) = token.split_once('.').unwrap();

        let forged = MediaGrant {
            kid: "k1".into(),
            tenant_id: "tenant_b".into(),
            recording_id: "rec_1".into(),
            expires: 1_900_000_000,
        };
        let forged_payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&forged).unwrap());
        assert_eq!(
            signer.verify(&format!("{forged_payload}.{signature}")),
            Err(TokenError::BadSignature)
        );

        let mut flipped = signature.as_bytes().to_vec();
        flipped[0] = if flipped[0] == b'A' { b'B' } else { b'A' };
        let flipped = String::from_utf8(flipped).unwrap();
        assert_eq!(
            signer.verify(&format!("{payload}.{flipped}")),
            Err(TokenError::BadSignature)
        );

        assert_eq!(signer.verify(payload), Err(TokenError::Malformed));
        assert_eq!(signer.verify("a.b.c"), Err(TokenError::Malformed));

        let other = UrlSigner {
            keys: vec![("k2".to_owned(), vec![7; 32])],
        };
        assert_eq!(other.verify(&token), Err(TokenError::UnknownKey));
    }
}
