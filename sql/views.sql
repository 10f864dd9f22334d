-- Convenience views over the tables in schema.sql.

-- Open alerts, newest first.
CREATE OR REPLACE VIEW open_alerts AS
SELECT * FROM alerts WHERE status = 'open' ORDER BY first_seen DESC, alert_id;

-- Each figure with its document and the text around it, for checking by eye.
CREATE OR REPLACE VIEW figure_provenance AS
SELECT f.figure_id, d.source_path, d.title, d.published_on, f.char_start, f.char_end,
       f.surface, f.value, f.qualifier, f.item, f.claim_key, f.sentence
FROM figures AS f JOIN documents AS d USING (doc_id);

-- Claims stated in more than one document, with how many documents state them.
CREATE OR REPLACE VIEW claims AS
SELECT claim_key, count(DISTINCT doc_id) AS documents, count(*) AS figures,
       min(value) AS min_value, max(value) AS max_value
FROM figures WHERE claim_key <> '' GROUP BY claim_key;
