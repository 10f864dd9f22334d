-- One row per published run ($1 run_id, $2 started_at, then the counts and the task runner).
INSERT OR REPLACE INTO runs
VALUES ($1, $2, now()::TIMESTAMP, $3, $4, $5, $6, $7, $8);
