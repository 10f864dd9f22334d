-- Alert lifecycle from the current crosschecks. $1 = run time.
-- New disagreements open an alert (first_seen = last_seen = run time, not yet notified);
-- ones that still hold get last_seen; a resolved one that comes back opens again and will be
-- notified again; open alerts whose disagreement is no longer found are resolved.
INSERT INTO alerts
SELECT
    c.check_id AS alert_id,
    c.claim_key,
    c.figure_id_a,
    c.figure_id_b,
    c.verdict,
    CASE c.verdict WHEN 'changed_over_time' THEN 'info' WHEN 'order_unknown' THEN 'warn'
                   ELSE 'high' END AS severity,
    format(E'{} — {}: {} says {} ("{}"{}); {} says {} ("{}"{}). {}.',
        upper(replace(c.verdict, '_', ' ')), c.claim_key,
        da.source_path, fa.value, fa.sentence,
        CASE WHEN c.date_a IS NULL THEN '' ELSE ', as of ' || c.date_a END,
        db.source_path, fb.value, fb.sentence,
        CASE WHEN c.date_b IS NULL THEN '' ELSE ', as of ' || c.date_b END,
        c.detail) AS message,
    'open' AS status,
    $1 AS first_seen,
    $1 AS last_seen,
    NULL AS resolved_at,
    NULL AS notified_at,
    da.source_path AS doc_a,
    db.source_path AS doc_b,
    fa.value AS value_a,
    fb.value AS value_b,
    fa.sentence AS quote_a,
    fb.sentence AS quote_b,
    c.date_a,
    c.date_b
FROM crosschecks AS c
JOIN figures AS fa ON fa.figure_id = c.figure_id_a
JOIN figures AS fb ON fb.figure_id = c.figure_id_b
JOIN documents AS da ON da.doc_id = c.doc_id_a
JOIN documents AS db ON db.doc_id = c.doc_id_b
WHERE c.verdict <> 'agree'
ON CONFLICT (alert_id) DO UPDATE SET
    last_seen = excluded.last_seen,
    notified_at = CASE WHEN alerts.status = 'resolved' THEN NULL ELSE alerts.notified_at END,
    first_seen = CASE WHEN alerts.status = 'resolved' THEN excluded.first_seen
                      ELSE alerts.first_seen END,
    resolved_at = NULL,
    status = 'open',
    verdict = excluded.verdict,
    severity = excluded.severity,
    message = excluded.message;

UPDATE alerts SET status = 'resolved', resolved_at = $1
WHERE status = 'open'
  AND alert_id NOT IN (SELECT check_id FROM crosschecks WHERE verdict <> 'agree');
