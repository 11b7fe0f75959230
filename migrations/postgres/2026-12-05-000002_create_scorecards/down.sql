DROP TABLE evaluations;
DROP TABLE scorecard_versions;
DROP TABLE scorecards;
