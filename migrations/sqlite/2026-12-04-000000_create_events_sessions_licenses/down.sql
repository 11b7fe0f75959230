ALTER TABLE tenants DROP COLUMN recording_retention_days;
DROP TABLE licenses;
DROP TABLE session_transitions;
DROP TABLE sessions;
DROP TABLE events;
