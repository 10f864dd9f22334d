-- Alert lifecycle from the current crosschecks. $1 = run time.
-- Every disagreement (verdict <> 'agree') is an alert; an agreement never alerts.
-- Identity: what the disagreement says, not where the bytes sit. alert_id hashes the claim, both
-- files and both statements (surface and date), sides in sorted order, so an edit elsewhere in a
-- document (new doc_id, new figure ids) does not resolve and re-notify the disagreements it
-- still holds, while changing a stated number is a new disagreement. A moved file (same doc_id,
-- same figure ids, new path) keeps its alerts too. A figure restated in one document gives
-- several pairs but one alert.
--   new          open, first_seen = last_seen = run time, notified_at NULL (delivered once);
--   still holds  last_seen = run time; notified_at is kept, so a re-run never re-notifies;
--   came back    a resolved alert found again opens a new episode: first_seen = run time and
--                notified_at NULL, so it is delivered again;
--   gone         an open alert no longer found (data fixed, document gone) is resolved.
-- Written for a million figures: one pass builds the current set with narrow columns; the long
-- words (quotes, message) are written only for new alerts and ones whose wording changed.

CREATE OR REPLACE TEMP TABLE _current_alerts AS
WITH sides AS (
    SELECT c.check_id, c.claim_key, c.figure_id_a, c.figure_id_b, c.verdict, c.date_a, c.date_b,
           da.source_path AS doc_a, db.source_path AS doc_b,
           concat_ws(chr(31), da.source_path, fa.surface, c.date_a) AS side_a,
           concat_ws(chr(31), db.source_path, fb.surface, c.date_b) AS side_b
    FROM crosschecks AS c
    JOIN figures AS fa ON fa.figure_id = c.figure_id_a
    JOIN figures AS fb ON fb.figure_id = c.figure_id_b
    JOIN documents AS da ON da.doc_id = c.doc_id_a
    JOIN documents AS db ON db.doc_id = c.doc_id_b
    WHERE c.verdict <> 'agree'
)
SELECT md5(concat_ws(chr(30), claim_key, least(side_a, side_b), greatest(side_a, side_b)))
           AS alert_id,
       check_id, claim_key, figure_id_a, figure_id_b, verdict, doc_a, doc_b, date_a, date_b
FROM sides
-- one row per alert: the pair with the smallest check_id speaks for a restated figure
QUALIFY row_number() OVER (PARTITION BY alert_id ORDER BY check_id) = 1;

-- A moved or renamed file keeps its doc_id and figure ids but changes the paths in the content
-- id: an open alert on the very same two figures is the same disagreement, so keep its id.
UPDATE _current_alerts AS c SET alert_id = a.alert_id
FROM alerts AS a
WHERE a.status = 'open'
  AND a.figure_id_a = c.figure_id_a AND a.figure_id_b = c.figure_id_b
  AND a.alert_id <> c.alert_id
  AND c.alert_id NOT IN (SELECT alert_id FROM alerts)
  AND a.alert_id NOT IN (SELECT alert_id FROM _current_alerts);

-- Ones that still hold, or came back: narrow columns only.
UPDATE alerts SET
    notified_at = CASE WHEN alerts.status = 'resolved' THEN NULL ELSE alerts.notified_at END,
    first_seen = CASE WHEN alerts.status = 'resolved' THEN $1 ELSE alerts.first_seen END,
    last_seen = $1,
    resolved_at = NULL,
    status = 'open'
FROM _current_alerts AS c
WHERE alerts.alert_id = c.alert_id;

-- The wording follows the data: a moved file, a new verdict or new figure ids (an edited
-- document) rewrite the words of an alert that holds, without notifying it again.
CREATE OR REPLACE TEMP TABLE _reworded AS
SELECT c.* FROM _current_alerts AS c JOIN alerts AS a USING (alert_id)
WHERE a.figure_id_a <> c.figure_id_a OR a.figure_id_b <> c.figure_id_b
   OR a.verdict <> c.verdict OR a.doc_a IS DISTINCT FROM c.doc_a
   OR a.doc_b IS DISTINCT FROM c.doc_b;

-- The full alert as it is stored and read: both documents, values, quotes, dates, the reason.
CREATE OR REPLACE TEMP TABLE _worded AS
SELECT c.alert_id, c.claim_key, c.figure_id_a, c.figure_id_b, c.verdict,
       CASE c.verdict WHEN 'changed_over_time' THEN 'info' WHEN 'order_unknown' THEN 'warn'
                      ELSE 'high' END AS severity,
       c.doc_a, c.doc_b, fa.value AS value_a, fb.value AS value_b,
       fa.sentence AS quote_a, fb.sentence AS quote_b, c.date_a, c.date_b,
       -- one paragraph that reads on its own in a terminal, a webhook or a Prefect artifact:
       -- what disagrees and why (the crosscheck detail), then where, when and in which words
       format(E'{} [{}] {}\n  {}\n  A: {} ({}): “{}”\n  B: {} ({}): “{}”',
           upper(replace(c.verdict, '_', ' ')),
           CASE c.verdict WHEN 'changed_over_time' THEN 'info' WHEN 'order_unknown' THEN 'warn'
                          ELSE 'high' END,
           c.claim_key, x.detail,
           c.doc_a, coalesce('as of ' || c.date_a::VARCHAR, 'date unknown'), fa.sentence,
           c.doc_b, coalesce('as of ' || c.date_b::VARCHAR, 'date unknown'), fb.sentence)
           AS message
FROM (
    SELECT * FROM _current_alerts ANTI JOIN alerts USING (alert_id)
    UNION ALL
    SELECT * FROM _reworded
) AS c
JOIN crosschecks AS x ON x.check_id = c.check_id
JOIN figures AS fa ON fa.figure_id = c.figure_id_a
JOIN figures AS fb ON fb.figure_id = c.figure_id_b;

UPDATE alerts SET
    figure_id_a = w.figure_id_a, figure_id_b = w.figure_id_b, verdict = w.verdict,
    severity = w.severity, doc_a = w.doc_a, doc_b = w.doc_b, value_a = w.value_a,
    value_b = w.value_b, quote_a = w.quote_a, quote_b = w.quote_b, date_a = w.date_a,
    date_b = w.date_b, message = w.message
FROM _worded AS w
WHERE alerts.alert_id = w.alert_id;

INSERT INTO alerts BY NAME
SELECT w.*, 'open' AS status, $1 AS first_seen, $1 AS last_seen,
       NULL::TIMESTAMP AS resolved_at, NULL::TIMESTAMP AS notified_at
FROM _worded AS w
ANTI JOIN alerts USING (alert_id);

UPDATE alerts SET status = 'resolved', resolved_at = $1
WHERE status = 'open'
  AND alert_id NOT IN (SELECT alert_id FROM _current_alerts);

DROP TABLE _current_alerts;
DROP TABLE _reworded;
DROP TABLE _worded;
