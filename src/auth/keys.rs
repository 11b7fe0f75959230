//! JWT signing keys (Ed25519, algorithm EdDSA), stored in the database so every replica signs
//! and verifies alike. The newest key signs; every stored key verifies, so tokens signed
//! before a rotation stay valid until they expire.

use std::{
    collections::HashMap,
    sync::RwLock,
    time::{Duration, Instant},
};

use base64::{
    Engine as _,
    engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD},
};
use ed25519_dalek::{SigningKey, pkcs8::EncodePrivateKey as _};
use jsonwebtoken::{DecodingKey, EncodingKey};
use rand::RngCore as _;
use serde_json::{Value, json};

use crate::db::{self, Db, DbError, models::SigningKeyRow};

/// The only algorithm tokens are signed and verified with.
pub const ALGORITHM: jsonwebtoken::Algorithm = jsonwebtoken::Algorithm::EdDSA;

/// How long a replica signs with the key set it loaded before it looks for a newer key.
const RELOAD_INTERVAL: Duration = Duration::from_secs(60);

/// The shortest time between two reloads caused by tokens with an unknown `kid`, so forged
/// `kid` values cannot make every request query the database.
const UNKNOWN_KID_RELOAD_INTERVAL: Duration = Duration::from_secs(5);

/// A failure to load or create keys.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error(transparent)]
    Db(#[from] DbError),

    #[error("signing key {kid} is unreadable: {reason}")]
    Corrupt { kid: String, reason: String },
}

/// The keys of the database, cached.
pub struct KeyStore {
    db: Db,
    keys: RwLock<KeySet>,
    /// When a token with an unknown `kid` last caused a reload.
    last_unknown_kid_reload: std::sync::Mutex<Option<Instant>>,
}

struct KeySet {
    signing_kid: String,
    signing: EncodingKey,
    verifying: HashMap<String, DecodingKey>,
    jwks: Vec<Value>,
    loaded_at: Instant,
}

impl KeyStore {
    /// Loads the stored keys, creating the first one when there is none.
    pub async fn load(db: Db) -> Result<Self, KeyError> {
        let mut rows = db::signing_keys::all(&db).await?;
        if rows.is_empty() {
            insert_new_key(&db).await?;
            rows = db::signing_keys::all(&db).await?;
        }
        let keys = KeySet::from_rows(&rows)?;
        Ok(Self {
            db,
            keys: RwLock::new(keys),
            last_unknown_kid_reload: std::sync::Mutex::new(None),
        })
    }

    /// Returns the `kid` and key to sign with, reloading first when the set is older than a
    /// minute so that a rotation on another replica takes effect here too.
    pub async fn signer(&self) -> Result<(String, EncodingKey), KeyError> {
        if self.age() > RELOAD_INTERVAL {
            self.reload().await?;
        }
        let keys = self.keys.read().expect("key lock is never poisoned");
        Ok((keys.signing_kid.clone(), keys.signing.clone()))
    }

    /// Returns the key that verifies tokens with this `kid`, reloading once when it is unknown.
    pub async fn verifier(&self, kid: &str) -> Result<Option<DecodingKey>, KeyError> {
        if let Some(key) = self.cached_verifier(kid) {
            return Ok(Some(key));
        }
        {
            let mut last = self.last_unknown_kid_reload.lock().expect("not poisoned");
            if last.is_some_and(|at| at.elapsed() < UNKNOWN_KID_RELOAD_INTERVAL) {
                return Ok(None);
            }
            *last = Some(Instant::now());
        }
        self.reload().await?;
        Ok(self.cached_verifier(kid))
    }

    /// The public keys as a JWK set (RFC 7517).
    pub async fn jwks(&self) -> Result<Value, KeyError> {
        if self.age() > RELOAD_INTERVAL {
            self.reload().await?;
        }
        let keys = self.keys.read().expect("key lock is never poisoned");
        Ok(json!({ "keys": keys.jwks }))
    }

    fn cached_verifier(&self, kid: &str) -> Option<DecodingKey> {
        self.keys
            .read()
            .expect("key lock is never poisoned")
            .verifying
            .get(kid)
            .cloned()
    }

    fn age(&self) -> Duration {
        self.keys
            .read()
            .expect("key lock is never poisoned")
            .loaded_at
            .elapsed()
    }

    async fn reload(&self) -> Result<(), KeyError> {
        let rows = db::signing_keys::all(&self.db).await?;
        if rows.is_empty() {
            return Ok(());
        }
        let fresh = KeySet::from_rows(&rows)?;
        *self.keys.write().expect("key lock is never poisoned") = fresh;
        Ok(())
    }
}

impl KeySet {
    /// Builds the set from rows ordered newest first; the first row signs.
    fn from_rows(rows: &[SigningKeyRow]) -> Result<Self, KeyError> {
        let newest = rows.first().expect("at least one signing key");
        let signing = encoding_key(newest)?;
        let mut verifying = HashMap::new();
        let mut jwks = Vec::new();
        for row in rows {
            let key = DecodingKey::from_ed_components(&row.public_key).map_err(|error| {
                KeyError::Corrupt {
                    kid: row.kid.clone(),
                    reason: error.to_string(),
                }
            })?;
            verifying.insert(row.kid.clone(), key);
            jwks.push(json!({
                "kty": "OKP",
                "crv": "Ed25519",
                "alg": "EdDSA",
                "use": "sig",
                "kid": row.kid,
                "x": row.public_key,
            }));
        }
        Ok(Self {
            signing_kid: newest.kid.clone(),
            signing,
            verifying,
            jwks,
            loaded_at: Instant::now(),
        })
    }
}

fn encoding_key(row: &SigningKeyRow) -> Result<EncodingKey, KeyError> {
    let corrupt = |reason: String| KeyError::Corrupt {
        kid: row.kid.clone(),
        reason,
    };
    let seed: [u8; 32] = STANDARD
        .decode(&row.private_key)
        .map_err(|error| corrupt(error.to_string()))?
        .try_into()
        .map_err(|_| corrupt("the private key is not 32 bytes".to_owned()))?;
    let der = SigningKey::from_bytes(&seed)
        .to_pkcs8_der()
        .map_err(|error| corrupt(error.to_string()))?;
    Ok(EncodingKey::from_ed_der(der.as_bytes()))
}

/// Creates and stores a new key, which signs from the next reload of every replica on.
/// Returns its `kid`.
pub async fn insert_new_key(db: &Db) -> Result<String, KeyError> {
    let mut seed = [0u8; 32];
    rand::rng().fill_bytes(&mut seed);
    let public_key = SigningKey::from_bytes(&seed).verifying_key().to_bytes();
    let row = SigningKeyRow {
        kid: crate::ids::generate("key"),
        algorithm: "EdDSA".to_owned(),
        // NOTE: private keys are stored unencrypted; protect database backups accordingly.
        private_key: STANDARD.encode(seed),
        public_key: URL_SAFE_NO_PAD.encode(public_key),
        create_time: db::time::now(),
    };
    db::signing_keys::insert(db, &row).await?;
    tracing::info!(kid = %row.kid, "signing key created");
    Ok(row.kid)
}
