-- The outcome of each POST sent with an Idempotency-Key, kept 24 hours per tenant and client.
-- A row is `running` while its first request executes (until lease_expire_time, after which a
-- crashed request's key is free again) and `done` once its final response is stored.
CREATE TABLE idempotency_keys (
    tenant_id TEXT COLLATE "C" NOT NULL,
    client_id TEXT COLLATE "C" NOT NULL,
    idempotency_key TEXT COLLATE "C" NOT NULL,
    request_hash TEXT COLLATE "C" NOT NULL,
    state TEXT COLLATE "C" NOT NULL,
    response_code INTEGER,
    response_message TEXT,
    response_body TEXT,
    create_time TIMESTAMP NOT NULL,
    lease_expire_time TIMESTAMP NOT NULL,
    expire_time TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, client_id, idempotency_key)
);

CREATE INDEX idempotency_keys_by_expiry ON idempotency_keys (expire_time);
