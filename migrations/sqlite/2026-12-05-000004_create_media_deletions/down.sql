DROP INDEX recordings_by_media_key;
DROP TABLE media_deletions;
