-- Alert lifecycle from the current crosschecks. $1 = run time.
-- Every disagreement (verdict <> 'agree') is an alert; an agreement never alerts.
-- Identity: what the disagreement says, not where the bytes sit. alert_id hashes the claim, both
-- files and both statements (surface and dates), so an edit elsewhere in a document (which gives
-- it a new doc_id and new figure ids) does not resolve and re-notify the disagreements it still
-- holds, while changing a stated number is a new disagreement.
--   new          open, first_seen = last_seen = run time, notified_at NULL (delivered once);
--   still holds  last_seen = run time; notified_at is kept, so a re-run never re-notifies;
--   came back    a resolved alert found again opens a new episode: first_seen = run time and
--                notified_at NULL, so it is delivered again;
--   gone         an open alert no longer found (data fixed, document gone) is resolved.
-- The words (message, documents, quotes) are refreshed every run: a moved file shows its new path.

CREATE OR REPLACE TEMP TABLE _current_alerts AS
SELECT
    -- sides in sorted order: a new doc_id can swap which side is a on a date tie
    md5(concat_ws(chr(30), c.claim_key,
        least(concat_ws(chr(31), da.source_path, fa.surface, c.date_a),
              concat_ws(chr(31), db.source_path, fb.surface, c.date_b)),
        greatest(concat_ws(chr(31), da.source_path, fa.surface, c.date_a),
                 concat_ws(chr(31), db.source_path, fb.surface, c.date_b)))) AS alert_id,
    c.claim_key,
    c.figure_id_a,
    c.figure_id_b,
    c.verdict,
    CASE c.verdict WHEN 'changed_over_time' THEN 'info' WHEN 'order_unknown' THEN 'warn'
                   ELSE 'high' END AS severity,
    da.source_path AS doc_a,
    db.source_path AS doc_b,
    fa.value AS value_a,
    fb.value AS value_b,
    fa.sentence AS quote_a,
    fb.sentence AS quote_b,
    c.date_a,
    c.date_b,
    -- one paragraph that reads on its own in a terminal, a webhook or a Prefect artifact
    format(E'{} [{}] {}\n  A: {} says {} ({}): “{}”\n  B: {} says {} ({}): “{}”\n  {}',
        upper(replace(c.verdict, '_', ' ')),
        CASE c.verdict WHEN 'changed_over_time' THEN 'info' WHEN 'order_unknown' THEN 'warn'
                       ELSE 'high' END,
        c.claim_key,
        da.source_path, format('{:,.12g}', fa.value),
        coalesce('as of ' || c.date_a::VARCHAR, 'date unknown'), fa.sentence,
        db.source_path, format('{:,.12g}', fb.value),
        coalesce('as of ' || c.date_b::VARCHAR, 'date unknown'), fb.sentence,
        c.detail) AS message
FROM crosschecks AS c
JOIN figures AS fa ON fa.figure_id = c.figure_id_a
JOIN figures AS fb ON fb.figure_id = c.figure_id_b
JOIN documents AS da ON da.doc_id = c.doc_id_a
JOIN documents AS db ON db.doc_id = c.doc_id_b
WHERE c.verdict <> 'agree'
-- one row per alert: a document repeating a statement at other offsets is one disagreement
QUALIFY row_number() OVER (PARTITION BY alert_id ORDER BY c.check_id) = 1;

INSERT INTO alerts BY NAME
SELECT *, 'open' AS status, $1 AS first_seen, $1 AS last_seen,
       NULL::TIMESTAMP AS resolved_at, NULL::TIMESTAMP AS notified_at
FROM _current_alerts
ON CONFLICT (alert_id) DO UPDATE SET
    notified_at = CASE WHEN alerts.status = 'resolved' THEN NULL ELSE alerts.notified_at END,
    first_seen = CASE WHEN alerts.status = 'resolved' THEN excluded.first_seen
                      ELSE alerts.first_seen END,
    last_seen = excluded.last_seen,
    figure_id_a = excluded.figure_id_a,
    figure_id_b = excluded.figure_id_b,
    resolved_at = NULL,
    status = 'open',
    verdict = excluded.verdict,
    severity = excluded.severity,
    message = excluded.message,
    doc_a = excluded.doc_a,
    doc_b = excluded.doc_b,
    quote_a = excluded.quote_a,
    quote_b = excluded.quote_b,
    value_a = excluded.value_a,
    value_b = excluded.value_b,
    date_a = excluded.date_a,
    date_b = excluded.date_b;

UPDATE alerts SET status = 'resolved', resolved_at = $1
WHERE status = 'open'
  AND NOT EXISTS (SELECT 1 FROM _current_alerts AS c WHERE c.alert_id = alerts.alert_id);

DROP TABLE _current_alerts;
