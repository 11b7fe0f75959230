DROP TABLE media_url_keys;
DROP TABLE recordings;
