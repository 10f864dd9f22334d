-- severity: fail
-- stage: alerts
-- After the alert refresh: every disagreement has exactly one open alert, every open alert is a
-- current disagreement, and the timestamps tell a possible story.
WITH disagreements AS (
    SELECT claim_key, figure_id_a, figure_id_b FROM crosschecks WHERE verdict <> 'agree'
)
SELECT 'disagreement without an open alert' AS problem, d.figure_id_a || '|' || d.figure_id_b AS id
FROM disagreements AS d
ANTI JOIN (SELECT * FROM alerts WHERE status = 'open') AS a
    ON a.figure_id_a = d.figure_id_a AND a.figure_id_b = d.figure_id_b
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
