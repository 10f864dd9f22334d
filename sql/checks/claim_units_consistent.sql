-- severity: warn
-- One claim key should name one kind of quantity in one unit. Keys mixing kinds or currencies
-- are not cross-checked across the mix (sql/crosscheck.sql) and are listed here instead.
SELECT f.claim_key, list(DISTINCT f.kind ORDER BY f.kind) AS kinds,
       list(DISTINCT f.unit ORDER BY f.unit) FILTER (f.unit IS NOT NULL) AS units,
       count(DISTINCT f.doc_id) AS documents
FROM figures AS f
JOIN documents AS d USING (doc_id)
WHERE d.status = 'loaded' AND f.claim_key <> ''
GROUP BY f.claim_key
HAVING count(DISTINCT f.kind) > 1 OR count(DISTINCT f.unit) > 1
ORDER BY f.claim_key
