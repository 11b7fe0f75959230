-- QA scorecards and evaluations. `scorecards` holds each scorecard's newest version (draft or
-- published); `scorecard_versions` keeps every published version, frozen, for the evaluations
-- that reference it.
CREATE TABLE scorecards (
    tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT COLLATE "C" NOT NULL,
    display_name TEXT COLLATE "C" NOT NULL,
    description TEXT COLLATE "C" NOT NULL,
    sections TEXT COLLATE "C" NOT NULL,
    version INTEGER NOT NULL,
    state TEXT COLLATE "C" NOT NULL,
    published_version INTEGER NOT NULL,
    publish_time TIMESTAMP,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    revision BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE scorecard_versions (
    tenant_id TEXT COLLATE "C" NOT NULL,
    scorecard_id TEXT COLLATE "C" NOT NULL,
    version INTEGER NOT NULL,
    display_name TEXT COLLATE "C" NOT NULL,
    description TEXT COLLATE "C" NOT NULL,
    sections TEXT COLLATE "C" NOT NULL,
    publish_time TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, scorecard_id, version),
    FOREIGN KEY (tenant_id, scorecard_id) REFERENCES scorecards (tenant_id, id) ON DELETE CASCADE
);

-- No foreign keys to sessions or agents: deleting an agent must not be blocked by, nor erase,
-- the QA record of its past sessions.
CREATE TABLE evaluations (
    tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT COLLATE "C" NOT NULL,
    scorecard_id TEXT COLLATE "C" NOT NULL,
    scorecard_version INTEGER NOT NULL,
    session_id TEXT COLLATE "C" NOT NULL,
    agent_id TEXT COLLATE "C" NOT NULL,
    queue_id TEXT COLLATE "C" NOT NULL,
    evaluator_id TEXT COLLATE "C" NOT NULL,
    answers TEXT COLLATE "C" NOT NULL,
    comment TEXT COLLATE "C" NOT NULL,
    score INTEGER,
    raw_score INTEGER,
    auto_fail BOOLEAN NOT NULL,
    failed_question_ids TEXT COLLATE "C" NOT NULL,
    state TEXT COLLATE "C" NOT NULL,
    submit_time TIMESTAMP,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    revision BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, scorecard_id, scorecard_version)
        REFERENCES scorecard_versions (tenant_id, scorecard_id, version)
);

CREATE INDEX evaluations_by_agent ON evaluations (tenant_id, agent_id, submit_time);
CREATE INDEX evaluations_by_queue ON evaluations (tenant_id, queue_id, submit_time);
CREATE INDEX evaluations_by_scorecard ON evaluations (tenant_id, scorecard_id, scorecard_version);
CREATE INDEX evaluations_by_score ON evaluations (tenant_id, score);
