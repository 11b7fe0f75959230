-- Webhook endpoints, the delivery outbox (one row per event and endpoint, written in the
-- transaction of the event), the attempts of each delivery, and bulk replay jobs.
CREATE TABLE webhooks (
    tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT COLLATE "C" NOT NULL,
    url TEXT COLLATE "C" NOT NULL,
    description TEXT COLLATE "C" NOT NULL,
    event_types TEXT COLLATE "C" NOT NULL,
    enabled BOOLEAN NOT NULL,
    disabled_reason TEXT COLLATE "C",
    secret TEXT COLLATE "C" NOT NULL,
    previous_secret TEXT COLLATE "C",
    previous_secret_expire_time TIMESTAMP,
    failing_since TIMESTAMP,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    revision BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX webhooks_failing ON webhooks (enabled, failing_since);

CREATE TABLE webhook_deliveries (
    id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    tenant_id TEXT COLLATE "C" NOT NULL,
    event_id TEXT COLLATE "C" NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    webhook_id TEXT COLLATE "C" NOT NULL,
    state TEXT COLLATE "C" NOT NULL,
    attempt_count INTEGER NOT NULL,
    retry_index INTEGER NOT NULL,
    generation INTEGER NOT NULL,
    next_attempt_time TIMESTAMP NOT NULL,
    deadline TIMESTAMP,
    last_attempt_time TIMESTAMP,
    lease_token TEXT COLLATE "C",
    lease_expire_time TIMESTAMP,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    UNIQUE (event_id, webhook_id)
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_time);
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (tenant_id, webhook_id, state);

CREATE TABLE webhook_attempts (
    id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    delivery_id TEXT COLLATE "C" NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    tenant_id TEXT COLLATE "C" NOT NULL,
    url TEXT COLLATE "C" NOT NULL,
    attempt_time TIMESTAMP NOT NULL,
    status_code INTEGER,
    succeeded BOOLEAN NOT NULL,
    error TEXT COLLATE "C" NOT NULL,
    latency_ms INTEGER NOT NULL,
    response_body TEXT COLLATE "C" NOT NULL
);

CREATE INDEX webhook_attempts_by_delivery ON webhook_attempts (delivery_id, attempt_time);

CREATE TABLE webhook_replays (
    tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT COLLATE "C" NOT NULL,
    filter TEXT COLLATE "C" NOT NULL,
    start_time TIMESTAMP NOT NULL,
    end_time TIMESTAMP NOT NULL,
    webhook_id TEXT COLLATE "C",
    delivery_state TEXT COLLATE "C",
    state TEXT COLLATE "C" NOT NULL,
    matched INTEGER NOT NULL,
    done INTEGER NOT NULL,
    cursor_time TIMESTAMP,
    cursor_id TEXT COLLATE "C",
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX webhook_replays_running ON webhook_replays (state, create_time);
