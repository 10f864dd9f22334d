-- severity: fail
-- stage: alerts
-- After the alert refresh: every disagreement has exactly one open alert, every open alert is a
-- current disagreement, and the timestamps tell a possible story.
WITH disagreements AS (
    SELECT c.claim_key, c.figure_id_a, c.figure_id_b, da.source_path AS doc_a,
           db.source_path AS doc_b, fa.value AS value_a, fb.value AS value_b
    FROM crosschecks AS c
    JOIN figures AS fa ON fa.figure_id = c.figure_id_a
    JOIN figures AS fb ON fb.figure_id = c.figure_id_b
    JOIN documents AS da ON da.doc_id = c.doc_id_a
    JOIN documents AS db ON db.doc_id = c.doc_id_b
    WHERE c.verdict <> 'agree'
)
-- a restated figure gives several pairs and one alert: match on what the alert says
SELECT 'disagreement without an open alert' AS problem, d.figure_id_a || '|' || d.figure_id_b AS id
FROM disagreements AS d
ANTI JOIN (SELECT * FROM alerts WHERE status = 'open') AS a
    ON a.claim_key = d.claim_key
   AND least(a.doc_a, a.doc_b) = least(d.doc_a, d.doc_b)
   AND greatest(a.doc_a, a.doc_b) = greatest(d.doc_a, d.doc_b)
   AND least(a.value_a, a.value_b) = least(d.value_a, d.value_b)
   AND greatest(a.value_a, a.value_b) = greatest(d.value_a, d.value_b)
UNION ALL
SELECT 'open alert that is no current disagreement', a.alert_id
FROM (SELECT * FROM alerts WHERE status = 'open') AS a
ANTI JOIN disagreements AS d
    ON a.figure_id_a = d.figure_id_a AND a.figure_id_b = d.figure_id_b
UNION ALL
SELECT 'alert with a bad status or severity', alert_id FROM alerts
WHERE status NOT IN ('open', 'resolved')
   OR severity <> CASE verdict WHEN 'changed_over_time' THEN 'info'
                               WHEN 'order_unknown' THEN 'warn' ELSE 'high' END
UNION ALL
SELECT 'open alert with resolved_at, or resolved without', alert_id FROM alerts
WHERE (status = 'open') = (resolved_at IS NOT NULL)
UNION ALL
SELECT 'timestamps out of order', alert_id FROM alerts
WHERE last_seen < first_seen OR notified_at < first_seen OR resolved_at < last_seen
ORDER BY 1, 2
