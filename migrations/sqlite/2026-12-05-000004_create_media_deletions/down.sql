DROP TABLE media_deletions;
