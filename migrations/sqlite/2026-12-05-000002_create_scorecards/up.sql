-- QA scorecards and evaluations. `scorecards` holds each scorecard's newest version (draft or
-- published); `scorecard_versions` keeps every published version, frozen, for the evaluations
-- that reference it.
CREATE TABLE scorecards (
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    description TEXT NOT NULL,
    sections TEXT NOT NULL,
    version INTEGER NOT NULL,
    state TEXT NOT NULL,
    published_version INTEGER NOT NULL,
    publish_time TIMESTAMP,
    create_time TIMESTAMP NOT NULL,
    update_time TIMESTAMP NOT NULL,
    revision BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE scorecard_versions (
    tenant_id TEXT NOT NULL,
    scorecard_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    display_name TEXT NOT NULL,
    description TEXT NOT NULL,
    sections TEXT NOT NULL,
    publish_time TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, scorecard_id, version),
    FOREIGN KEY (tenant_id, scorecard_id) REFERENCES scorecards (tenant_id, id) ON DELETE CASCADE
);

-- No foreign keys to sessions or agents: deleting an agent must not be blocked by, nor erase,
-- the QA record of its past sessions.
CREATE TABLE evaluations (
    tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    scorecard_id TEXT NOT NULL,
    scorecard_version INTEGER NOT NULL,
    session_id TEXT NOT NULL,
    agent_id TEXT NOT NULL,
    queue_id TEXT NOT NULL,
    evaluator_id TEXT NOT NULL,
    answers TEXT NOT NULL,
    comment TEXT NOT NULL,
    score INTEGER,
    raw_score INTEGER,
    auto_fail BOOLEAN NOT NULL,
    failed_question_ids TEXT NOT NULL,
    state TEXT NOT NULL,
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
