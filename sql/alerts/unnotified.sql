-- Open alerts not yet delivered, most severe first: each is notified once (at least once: a
-- delivery that fails leaves notified_at NULL and is retried by the next run). $1 = how many.
SELECT alert_id, severity, verdict, claim_key, doc_a, value_a, quote_a, date_a,
       doc_b, value_b, quote_b, date_b, first_seen, message
FROM alerts
WHERE status = 'open' AND notified_at IS NULL
ORDER BY CASE severity WHEN 'high' THEN 0 WHEN 'warn' THEN 1 ELSE 2 END, first_seen, alert_id
LIMIT $1;
