-- Webhook endpoints, the delivery outbox (one row per event and endpoint, written in the
-- transaction of the event), the attempts of each delivery, and bulk replay jobs.
CREATE TABLE webhooks (
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    url TEXT NOT NULL,
    description TEXT NOT NULL,
    event_types TEXT NOT NULL,
    enabled BOOLEAN NOT NULL,
    disabled_reason TEXT,
    secret TEXT NOT NULL,
    previous_secret TEXT,
    previous_secret_expire_time TIMESTAMP,
    failing_since TIMESTAMP,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    revision BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX webhooks_failing ON webhooks (enabled, failing_since);

CREATE TABLE webhook_deliveries (
    id TEXT NOT NULL PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    webhook_id TEXT NOT NULL,
    state TEXT NOT NULL,
    attempt_count INTEGER NOT NULL,
    retry_index INTEGER NOT NULL,
    generation INTEGER NOT NULL,
    next_attempt_time TIMESTAMP NOT NULL,
    deadline TIMESTAMP,
    last_attempt_time TIMESTAMP,
    lease_token TEXT,
    lease_expire_time TIMESTAMP,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    UNIQUE (event_id, webhook_id)
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (state, next_attempt_time);
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (tenant_id, webhook_id, state);

CREATE TABLE webhook_attempts (
    id TEXT NOT NULL PRIMARY KEY,
    delivery_id TEXT NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    tenant_id TEXT NOT NULL,
    url TEXT NOT NULL,
    attempt_time TIMESTAMP NOT NULL,
    status_code INTEGER,
    succeeded BOOLEAN NOT NULL,
    error TEXT NOT NULL,
    latency_ms INTEGER NOT NULL,
    response_body TEXT NOT NULL
);

CREATE INDEX webhook_attempts_by_delivery ON webhook_attempts (delivery_id, attempt_time);

CREATE TABLE webhook_replays (
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    filter TEXT NOT NULL,
    start_time TIMESTAMP NOT NULL,
    end_time TIMESTAMP NOT NULL,
    webhook_id TEXT,
    delivery_state TEXT,
    state TEXT NOT NULL,
    matched INTEGER NOT NULL,
    done INTEGER NOT NULL,
    cursor_time TIMESTAMP,
    cursor_id TEXT,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX webhook_replays_running ON webhook_replays (state, create_time);
