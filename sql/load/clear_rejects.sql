-- rejects holds the latest verdict per file: forget old verdicts for every file seen this run.
DELETE FROM rejects WHERE source_path IN (SELECT source_path FROM _seen);
