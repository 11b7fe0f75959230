//! Access tokens: JWTs with the claims `iss`, `aud`, `sub`, `tenant_id`, `scope`, `exp`, `iat`
//! and `jti`, signed with the newest key and verified with exactly one algorithm.

use std::sync::Arc;

use jsonwebtoken::{Header, Validation};
use serde::{Deserialize, Serialize};

use super::keys::{ALGORITHM, KeyError, KeyStore};

/// The audience of every access token.
pub const AUDIENCE: &str = "globemeet-api";

/// Seconds of clock difference tolerated on `exp`.
pub const LEEWAY_SECONDS: u64 = 60;

/// The claims of an access token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    /// The client id.
    pub sub: String,
    /// The tenant the token acts on; absent for platform administration clients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    /// Space-separated scopes.
    pub scope: String,
    pub exp: i64,
    pub iat: i64,
    pub jti: String,
}

/// Why a token was not accepted.
#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("the token is malformed")]
    Malformed,

    #[error("the token has no key id (kid)")]
    MissingKeyId,

    #[error("the token was signed by an unknown key")]
    UnknownKey,

    #[error("the token has expired")]
    Expired,

    #[error("the token is invalid: {0}")]
    Invalid(String),

    #[error(transparent)]
    Keys(#[from] KeyError),
}

/// A token issued to a client.
#[derive(Debug, Clone)]
pub struct IssuedToken {
    pub access_token: String,
    pub expires_in: u32,
}

/// Issues and verifies access tokens.
pub struct TokenAuthority {
    keys: Arc<KeyStore>,
    issuer: String,
    ttl_seconds: u32,
}

impl TokenAuthority {
    pub fn new(keys: Arc<KeyStore>, issuer: String, ttl_seconds: u32) -> Self {
        Self {
            keys,
            issuer,
            ttl_seconds,
        }
    }

    /// The key store, for the JWK set.
    pub fn keys(&self) -> &KeyStore {
        &self.keys
    }

    /// Signs a token for the client with the granted scopes.
    pub async fn issue(
        &self,
        client_id: &str,
        tenant_id: Option<&str>,
        scopes: &[String],
    ) -> Result<IssuedToken, TokenError> {
        let (kid, key) = self.keys.signer().await?;
        let now = chrono::Utc::now().timestamp();
        let claims = Claims {
            iss: self.issuer.clone(),
            aud: AUDIENCE.to_owned(),
            sub: client_id.to_owned(),
            tenant_id: tenant_id.map(str::to_owned),
            scope: scopes.join(" "),
            exp: now + i64::from(self.ttl_seconds),
            iat: now,
            jti: uuid::Uuid::new_v4().to_string(),
        };
        let mut header = Header::new(ALGORITHM);
        header.kid = Some(kid);
        header.typ = Some("JWT".to_owned());
        let access_token = jsonwebtoken::encode(&header, &claims, &key)
            .map_err(|error| TokenError::Invalid(error.to_string()))?;
        Ok(IssuedToken {
            access_token,
            expires_in: self.ttl_seconds,
        })
    }

    /// Verifies the signature, algorithm, `exp`, `iss` and `aud` of a token.
    pub async fn verify(&self, token: &str) -> Result<Claims, TokenError> {
        let header = jsonwebtoken::decode_header(token).map_err(|_| TokenError::Malformed)?;
        if header.alg != ALGORITHM {
            return Err(TokenError::Invalid(format!(
                "algorithm {:?} is not accepted",
                header.alg
            )));
        }
        let kid = header.kid.ok_or(TokenError::MissingKeyId)?;
        let key = self
            .keys
            .verifier(&kid)
            .await?
            .ok_or(TokenError::UnknownKey)?;

        let mut validation = Validation::new(ALGORITHM);
        validation.set_audience(&[AUDIENCE]);
        validation.set_issuer(&[self.issuer.as_str()]);
        validation.set_required_spec_claims(&["exp", "iss", "aud"]);
        validation.leeway = LEEWAY_SECONDS;

        let data =
            jsonwebtoken::decode::<Claims>(token, &key, &validation).map_err(
                |error| match error.kind() {
                    jsonwebtoken::errors::ErrorKind::ExpiredSignature => TokenError::Expired,
                    _ => TokenError::Invalid(error.to_string()),
                },
            )?;
        Ok(data.claims)
    }
}
