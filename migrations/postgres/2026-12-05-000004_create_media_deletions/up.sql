-- Media objects to remove from the object store. A row outlives the recording and the tenant
-- that named the object, so no foreign key ties it to them; a job deletes the object, then the
-- row.
CREATE TABLE media_deletions (
    media_key TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    tenant_id TEXT COLLATE "C" NOT NULL,
    create_time TIMESTAMP NOT NULL
);

CREATE INDEX media_deletions_by_age ON media_deletions (create_time);
