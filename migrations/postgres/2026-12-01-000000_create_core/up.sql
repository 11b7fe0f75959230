-- Text columns use the "C" collation so that sorting and keyset comparisons are byte-wise, as
-- on SQLite, whatever the database's default collation is.
-- Tenants, queues, agents and queue membership. Every tenant-owned table leads its primary key
-- with tenant_id, so each lookup is scoped to one tenant by the index itself.
CREATE TABLE tenants (
    id TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    display_name TEXT COLLATE "C" NOT NULL,
    rate_limit_per_minute INTEGER NOT NULL DEFAULT 600,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    revision BIGINT NOT NULL DEFAULT 1
);

CREATE TABLE queues (
    tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT COLLATE "C" NOT NULL,
    name TEXT COLLATE "C" NOT NULL,
    skills TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    priority TEXT COLLATE "C" NOT NULL,
    max_wait_seconds INTEGER NOT NULL,
    max_queue_size INTEGER,
    overflow_action TEXT COLLATE "C" NOT NULL,
    overflow_target_queue_id TEXT COLLATE "C",
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    revision BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE agents (
    tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT COLLATE "C" NOT NULL,
    display_name TEXT COLLATE "C" NOT NULL,
    email TEXT COLLATE "C",
    skills TEXT COLLATE "C" NOT NULL DEFAULT '[]',
    presence TEXT COLLATE "C" NOT NULL,
    presence_time TIMESTAMP NOT NULL,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    revision BIGINT NOT NULL DEFAULT 1,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE queue_members (
    tenant_id TEXT COLLATE "C" NOT NULL,
    queue_id TEXT COLLATE "C" NOT NULL,
    agent_id TEXT COLLATE "C" NOT NULL,
    create_time TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, queue_id, agent_id),
    FOREIGN KEY (tenant_id, queue_id) REFERENCES queues (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, agent_id) REFERENCES agents (tenant_id, id) ON DELETE CASCADE
);

CREATE INDEX queue_members_by_agent ON queue_members (tenant_id, agent_id);
