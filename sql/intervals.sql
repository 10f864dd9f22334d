-- Re-derive each figure's interval from its value and qualifier under the run's tolerance ($1),
-- the rule of flows/intervals.py (shared/gold/README.md): exact and total X is [X, X]; more than
-- and at least X is [X, (1+t)·X]; nearly X is [(1-t)·X, X]; about X is [(1-t)·X, (1+t)·X];
-- up to X is [0, X]. Only figures validated under another tolerance change, so a run whose
-- tolerance is the one the warehouse was built with writes nothing; one whose tolerance changed
-- re-judges every pair with it (flows/crosscheck.py re-pairs when this updated any row).
UPDATE figures AS f
SET low = n.low, high = n.high
FROM (
    SELECT figure_id,
           CASE qualifier WHEN 'nearly' THEN value * (1 - $1)
                          WHEN 'about' THEN value * (1 - $1)
                          WHEN 'up_to' THEN 0.0
                          ELSE value END AS low,
           CASE qualifier WHEN 'more_than' THEN value * (1 + $1)
                          WHEN 'at_least' THEN value * (1 + $1)
                          WHEN 'about' THEN value * (1 + $1)
                          ELSE value END AS high
    FROM figures
) AS n
WHERE f.figure_id = n.figure_id
  AND (f.low IS DISTINCT FROM n.low OR f.high IS DISTINCT FROM n.high);
