-- severity: fail
-- Each unordered pair of figures is judged once, between two different documents that state
-- the same claim key (crosschecks has no index to enforce it: this check does).
SELECT 'pair judged twice' AS problem, least(figure_id_a, figure_id_b) AS id, count(*) AS n
FROM crosschecks
GROUP BY least(figure_id_a, figure_id_b), greatest(figure_id_a, figure_id_b)
HAVING count(*) > 1
UNION ALL
SELECT 'pair within one document', c.check_id, 1 FROM crosschecks AS c
WHERE c.doc_id_a = c.doc_id_b
UNION ALL
SELECT 'pair across claim keys', c.check_id, 1 FROM crosschecks AS c
JOIN figures AS fa ON fa.figure_id = c.figure_id_a
JOIN figures AS fb ON fb.figure_id = c.figure_id_b
WHERE fa.claim_key <> c.claim_key OR fb.claim_key <> c.claim_key
ORDER BY 1, 2
