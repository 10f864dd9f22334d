-- Open alerts, newest first: what `aidwatch alerts` prints.
SELECT alert_id, severity, verdict, claim_key, doc_a, value_a, quote_a, date_a,
       doc_b, value_b, quote_b, date_b, first_seen, last_seen, message
FROM alerts
WHERE status = 'open'
ORDER BY first_seen DESC, severity, alert_id;
