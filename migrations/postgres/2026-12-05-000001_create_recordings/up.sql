-- Recordings of sessions, and the keys that sign media URLs. The keys live in the database so
-- that every replica signs and verifies alike.
CREATE TABLE recordings (
    tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT COLLATE "C" NOT NULL,
    session_id TEXT COLLATE "C" NOT NULL,
    state TEXT COLLATE "C" NOT NULL,
    paused BOOLEAN NOT NULL,
    pause_intervals TEXT COLLATE "C" NOT NULL,
    description TEXT COLLATE "C" NOT NULL,
    attributes TEXT COLLATE "C" NOT NULL,
    content_type TEXT COLLATE "C",
    size_bytes BIGINT,
    sha256 TEXT COLLATE "C",
    media_key TEXT COLLATE "C",
    failure_reason TEXT COLLATE "C",
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
    kid TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    secret TEXT COLLATE "C" NOT NULL,
    create_time TIMESTAMP NOT NULL
);
