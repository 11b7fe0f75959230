-- Events (the webhook outbox writes one per change, in the change's transaction), sessions with
-- their transition history, licenses, and each tenant's recording retention.
CREATE TABLE events (
    id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    event_type TEXT COLLATE "C" NOT NULL,
    data TEXT COLLATE "C" NOT NULL,
    create_time TIMESTAMP NOT NULL
);

CREATE INDEX events_by_tenant_time ON events (tenant_id, create_time, id);

CREATE TABLE sessions (
    tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT COLLATE "C" NOT NULL,
    queue_id TEXT COLLATE "C" NOT NULL,
    agent_id TEXT COLLATE "C",
    channel TEXT COLLATE "C" NOT NULL,
    customer_ref TEXT COLLATE "C" NOT NULL,
    priority TEXT COLLATE "C" NOT NULL,
    priority_rank INTEGER NOT NULL,
    attributes TEXT COLLATE "C" NOT NULL,
    state TEXT COLLATE "C" NOT NULL,
    held BOOLEAN NOT NULL,
    end_reason TEXT COLLATE "C",
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
    tenant_id TEXT COLLATE "C" NOT NULL,
    session_id TEXT COLLATE "C" NOT NULL,
    sequence BIGINT NOT NULL,
    state TEXT COLLATE "C" NOT NULL,
    queue_id TEXT COLLATE "C" NOT NULL,
    agent_id TEXT COLLATE "C",
    held BOOLEAN NOT NULL,
    transition_time TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, session_id, sequence),
    FOREIGN KEY (tenant_id, session_id) REFERENCES sessions (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE licenses (
    tenant_id TEXT COLLATE "C" NOT NULL PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    plan TEXT COLLATE "C" NOT NULL,
    seats INTEGER NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    notified_threshold_days INTEGER,
    expired_recorded BOOLEAN NOT NULL,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    revision BIGINT NOT NULL
);

ALTER TABLE tenants ADD COLUMN recording_retention_days INTEGER NOT NULL DEFAULT 0;
