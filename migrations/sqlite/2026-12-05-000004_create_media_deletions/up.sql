-- Media objects to remove from the object store once `delete_after` has passed, unless a
-- recording names them by then. A row outlives the recording and the tenant that named the
-- object, so no foreign key ties it to them. A job deletes the object, then the row.
CREATE TABLE media_deletions (
    media_key TEXT NOT NULL PRIMARY KEY,
    tenant_id TEXT NOT NULL,
    delete_after TIMESTAMP NOT NULL
);

CREATE INDEX media_deletions_by_due_time ON media_deletions (delete_after);

-- The media deletions job checks that no recording names an object before it deletes it.
CREATE INDEX recordings_by_media_key ON recordings (media_key);
