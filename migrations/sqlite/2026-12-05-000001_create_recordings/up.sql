-- Recordings of sessions, and the keys that sign media URLs. The keys live in the database so
-- that every replica signs and verifies alike.
CREATE TABLE recordings (
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    session_id TEXT NOT NULL,
    state TEXT NOT NULL,
    paused BOOLEAN NOT NULL,
    pause_intervals TEXT NOT NULL,
    description TEXT NOT NULL,
    attributes TEXT NOT NULL,
    content_type TEXT,
    size_bytes BIGINT,
    sha256 TEXT,
    media_key TEXT,
    failure_reason TEXT,
    complete_time TIMESTAMP,
    available_time TIMESTAMP,
    delete_time TIMESTAMP,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    revision BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, session_id) REFERENCES sessions (tenant_id, id) ON DELETE CASCADE
);

CREATE INDEX recordings_by_session ON recordings (tenant_id, session_id);
CREATE INDEX recordings_by_age ON recordings (tenant_id, create_time);
CREATE INDEX recordings_by_state ON recordings (state, complete_time);

CREATE TABLE media_url_keys (
    kid TEXT NOT NULL PRIMARY KEY,
    secret TEXT NOT NULL,
    create_time TIMESTAMP NOT NULL
);
