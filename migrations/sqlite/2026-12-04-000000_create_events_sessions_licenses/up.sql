-- Events (the webhook outbox writes one per change, in the change's transaction), sessions with
-- their transition history, licenses, and each tenant's recording retention.
CREATE TABLE events (
    id TEXT NOT NULL PRIMARY KEY,
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    event_type TEXT NOT NULL,
    data TEXT NOT NULL,
    create_time TIMESTAMP NOT NULL
);

CREATE INDEX events_by_tenant_time ON events (tenant_id, create_time, id);

CREATE TABLE sessions (
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    queue_id TEXT NOT NULL,
    agent_id TEXT,
    channel TEXT NOT NULL,
    customer_ref TEXT NOT NULL,
    priority TEXT NOT NULL,
    priority_rank INTEGER NOT NULL,
    attributes TEXT NOT NULL,
    state TEXT NOT NULL,
    held BOOLEAN NOT NULL,
    end_reason TEXT,
    enqueue_time TIMESTAMP NOT NULL,
    offer_time TIMESTAMP,
    connect_time TIMESTAMP,
    wrap_up_time TIMESTAMP,
    end_time TIMESTAMP,
    overflow_time TIMESTAMP,
    sequence BIGINT NOT NULL,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    revision BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE INDEX sessions_waiting ON sessions (tenant_id, queue_id, state, enqueue_time);
CREATE INDEX sessions_by_agent ON sessions (tenant_id, agent_id, state);

CREATE TABLE session_transitions (
    tenant_id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    sequence BIGINT NOT NULL,
    state TEXT NOT NULL,
    queue_id TEXT NOT NULL,
    agent_id TEXT,
    held BOOLEAN NOT NULL,
    transition_time TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, session_id, sequence),
    FOREIGN KEY (tenant_id, session_id) REFERENCES sessions (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE licenses (
    tenant_id TEXT NOT NULL PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    plan TEXT NOT NULL,
    seats INTEGER NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    notified_threshold_days INTEGER,
    expired_recorded BOOLEAN NOT NULL,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    revision BIGINT NOT NULL
);

ALTER TABLE tenants ADD COLUMN recording_retention_days INTEGER NOT NULL DEFAULT 0;
