-- Open alerts not yet delivered: each is notified once.
SELECT alert_id, severity, verdict, claim_key, doc_a, value_a, quote_a, date_a,
       doc_b, value_b, quote_b, date_b, first_seen, message
FROM alerts
WHERE status = 'open' AND notified_at IS NULL
ORDER BY first_seen, alert_id;
