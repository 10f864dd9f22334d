-- severity: warn
-- Pairs of documents that state one claim with values whose intervals do not meet. Each is also
-- an alert (sql/alerts/refresh.sql); here they are counted per run, like a dbt test.
SELECT c.verdict, c.claim_key, c.figure_id_a, c.figure_id_b, c.detail
FROM crosschecks AS c
WHERE c.verdict <> 'agree'
ORDER BY CASE c.verdict WHEN 'conflict' THEN 0 WHEN 'regressed' THEN 1 ELSE 2 END, c.check_id
