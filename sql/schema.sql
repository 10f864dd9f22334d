-- aidwatch warehouse: the public SQL interface. Every column is documented with COMMENT ON,
-- so `SELECT table_name, column_name, comment FROM duckdb_columns()` lists them from any client.
-- Offsets (char_start, char_end, sentence_start, sentence_end) are Python string indices into the
-- document text as decoded (no newline or white-space changes), end exclusive.

CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    docs_seen INTEGER,
    docs_loaded INTEGER,
    docs_unchanged INTEGER,
    docs_rejected INTEGER,
    docs_gone INTEGER,
    task_runner VARCHAR
);
COMMENT ON TABLE runs IS 'One row per aidwatch run that published its results.';
COMMENT ON COLUMN runs.run_id IS 'Run identifier (the Prefect flow run id when there is one).';
COMMENT ON COLUMN runs.started_at IS 'When the run started (UTC).';
COMMENT ON COLUMN runs.finished_at IS 'When the run published the warehouse (UTC).';
COMMENT ON COLUMN runs.docs_seen IS 'Input files discovered under --docs.';
COMMENT ON COLUMN runs.docs_loaded IS 'Documents parsed and loaded (new or changed) in this run.';
COMMENT ON COLUMN runs.docs_unchanged IS 'Documents skipped because their sha256 was already loaded.';
COMMENT ON COLUMN runs.docs_rejected IS 'Input files that ended in rejects in this run.';
COMMENT ON COLUMN runs.docs_gone IS 'Previously loaded documents whose file has disappeared.';
COMMENT ON COLUMN runs.task_runner IS 'Prefect task runner used: thread or dask.';

CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY,
    source_path VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    title VARCHAR,
    published_on DATE,
    n_chars INTEGER NOT NULL,
    loaded_at TIMESTAMP NOT NULL,
    encoding VARCHAR NOT NULL,
    content_type VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    gone_at TIMESTAMP,
    run_id VARCHAR,
    file_size BIGINT,
    file_mtime_ns BIGINT
);
-- Warehouses created before these two columns existed get them here.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS file_size BIGINT;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS file_mtime_ns BIGINT;
COMMENT ON TABLE documents IS 'One row per input document loaded (status loaded) or since deleted (status gone).';
COMMENT ON COLUMN documents.doc_id IS 'First 16 hex digits of the sha256 of the file bytes: the same content has the same id.';
COMMENT ON COLUMN documents.source_path IS 'Absolute path of the file as read.';
COMMENT ON COLUMN documents.sha256 IS 'sha256 of the file bytes; an unchanged file is not parsed again.';
COMMENT ON COLUMN documents.title IS 'The document''s title line, where one was found.';
COMMENT ON COLUMN documents.published_on IS 'The document''s own date (dateline, Updated:, issue); the fallback date of its figures.';
COMMENT ON COLUMN documents.n_chars IS 'Length of the decoded text in characters.';
COMMENT ON COLUMN documents.loaded_at IS 'When this version of the document was loaded (UTC).';
COMMENT ON COLUMN documents.encoding IS 'Encoding the bytes were decoded with: utf-8, utf-8-sig (with BOM), utf-16 / utf-32 (with BOM), utf-16-le / utf-16-be (without BOM), latin-1, cp1252, or a detected non-Latin code page (gb18030, big5, cp932, cp1251, ...).';
COMMENT ON COLUMN documents.content_type IS 'text, html or markdown; markup is blanked out in place so offsets still point into the file.';
COMMENT ON COLUMN documents.status IS 'loaded, or gone when the file has disappeared from --docs (its alerts are resolved).';
COMMENT ON COLUMN documents.gone_at IS 'When the file was first found missing.';
COMMENT ON COLUMN documents.run_id IS 'The run that loaded this version.';
COMMENT ON COLUMN documents.file_size IS 'File size in bytes when last seen unchanged; with file_mtime_ns it lets a re-run skip reading the file.';
COMMENT ON COLUMN documents.file_mtime_ns IS 'File modification time (ns since the epoch) when last seen; null if it was too recent to trust.';

CREATE TABLE IF NOT EXISTS document_texts (
    doc_id VARCHAR PRIMARY KEY,
    text VARCHAR NOT NULL
);
COMMENT ON TABLE document_texts IS 'Decoded text of each document: substr(text, char_start + 1, char_end - char_start) is a figure''s surface.';
COMMENT ON COLUMN document_texts.doc_id IS 'The document (documents.doc_id).';
COMMENT ON COLUMN document_texts.text IS 'The text the offsets index (markup blanked out for html/markdown).';

CREATE TABLE IF NOT EXISTS figures (
    figure_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    surface VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    qualifier VARCHAR NOT NULL,
    low DOUBLE NOT NULL,
    high DOUBLE NOT NULL,
    low_open BOOLEAN NOT NULL,
    unit VARCHAR,
    kind VARCHAR NOT NULL,
    item VARCHAR,
    actor VARCHAR,
    action VARCHAR,
    recipient VARCHAR,
    event VARCHAR,
    claim_key VARCHAR NOT NULL,
    period_start DATE,
    period_end DATE,
    as_of DATE,
    period_text VARCHAR,
    date_basis VARCHAR NOT NULL,
    sentence VARCHAR NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL
);
COMMENT ON TABLE figures IS 'One row per number a document states, with its provenance.';
COMMENT ON COLUMN figures.figure_id IS 'doc_id:char_start; stable while the document is unchanged.';
COMMENT ON COLUMN figures.doc_id IS 'The document that states it (documents.doc_id).';
COMMENT ON COLUMN figures.char_start IS 'Start offset of the surface in the document text (0-based).';
COMMENT ON COLUMN figures.char_end IS 'End offset of the surface, exclusive: text[char_start:char_end] = surface.';
COMMENT ON COLUMN figures.surface IS 'The words as they stand: qualifier, number and what is counted.';
COMMENT ON COLUMN figures.value IS 'The number with scale words applied (70.6 billion = 70600000000).';
COMMENT ON COLUMN figures.qualifier IS 'exact, more_than, at_least, nearly, about, up_to or total.';
COMMENT ON COLUMN figures.low IS 'Lower end of the interval the figure stands for (interval rule, tolerance from config).';
COMMENT ON COLUMN figures.high IS 'Upper end of that interval.';
COMMENT ON COLUMN figures.low_open IS 'True when low itself is excluded (more than X is the interval (X, 1.1X]).';
COMMENT ON COLUMN figures.unit IS 'Currency code (USD, RMB, EUR, ...) or percent; null for plain counts.';
COMMENT ON COLUMN figures.kind IS 'count, money or percent.';
COMMENT ON COLUMN figures.item IS 'What is counted, as written (masks, pairs of goggles, countries and regions).';
COMMENT ON COLUMN figures.actor IS 'Who did it, where the sentence says (China, Xi Jinping).';
COMMENT ON COLUMN figures.action IS 'What was done, as a verb lemma (send, export, donate).';
COMMENT ON COLUMN figures.recipient IS 'To whom, where the sentence says.';
COMMENT ON COLUMN figures.event IS 'Canonical name of the meeting the figure was stated at, if any.';
COMMENT ON COLUMN figures.claim_key IS 'Normalised claim: figures with one key in two documents state the same claim.';
COMMENT ON COLUMN figures.period_start IS 'First day of the period the figure covers, where stated.';
COMMENT ON COLUMN figures.period_end IS 'Last day of that period, where stated.';
COMMENT ON COLUMN figures.as_of IS 'Cut-off date of a running total (stated, or the document date).';
COMMENT ON COLUMN figures.period_text IS 'The words the period or as-of date came from.';
COMMENT ON COLUMN figures.date_basis IS 'stated (the text gives the date), document (document date fallback) or unknown.';
COMMENT ON COLUMN figures.sentence IS 'The sentence the figure came from.';
COMMENT ON COLUMN figures.sentence_start IS 'Start offset of that sentence.';
COMMENT ON COLUMN figures.sentence_end IS 'End offset of that sentence, exclusive.';

CREATE TABLE IF NOT EXISTS aid_shipments (
    shipment_id VARCHAR PRIMARY KEY,
    figure_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    donor VARCHAR,
    recipient VARCHAR,
    item VARCHAR,
    quantity DOUBLE,
    unit VARCHAR,
    amount DOUBLE,
    currency VARCHAR,
    period_start DATE,
    period_end DATE
);
COMMENT ON TABLE aid_shipments IS 'Goods, money, loans, pledges and teams moved from a giver to a receiver.';
COMMENT ON COLUMN aid_shipments.shipment_id IS 'Same as the figure_id it rests on, prefixed s:.';
COMMENT ON COLUMN aid_shipments.figure_id IS 'The figure stating it (figures.figure_id).';
COMMENT ON COLUMN aid_shipments.doc_id IS 'The document stating it.';
COMMENT ON COLUMN aid_shipments.kind IS 'donation, export, loan, pledge, cash, team or supplies.';
COMMENT ON COLUMN aid_shipments.donor IS 'The giver, where stated.';
COMMENT ON COLUMN aid_shipments.recipient IS 'The receiver, where stated.';
COMMENT ON COLUMN aid_shipments.item IS 'What moved (masks, medical expert teams, cash support).';
COMMENT ON COLUMN aid_shipments.quantity IS 'How many, for goods and teams.';
COMMENT ON COLUMN aid_shipments.unit IS 'Unit of quantity where one is written (pairs, batches).';
COMMENT ON COLUMN aid_shipments.amount IS 'How much money, for cash, loans and pledges.';
COMMENT ON COLUMN aid_shipments.currency IS 'Currency code of amount.';
COMMENT ON COLUMN aid_shipments.period_start IS 'First day of the period, where stated.';
COMMENT ON COLUMN aid_shipments.period_end IS 'Last day of the period, where stated.';

CREATE TABLE IF NOT EXISTS counts (
    count_id VARCHAR PRIMARY KEY,
    figure_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    subject VARCHAR,
    counted VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    qualifier VARCHAR NOT NULL
);
COMMENT ON TABLE counts IS 'Counts of things that are not money or shares: countries, calls, papers, teams.';
COMMENT ON COLUMN counts.count_id IS 'Same as the figure_id it rests on, prefixed c:.';
COMMENT ON COLUMN counts.figure_id IS 'The figure stating it.';
COMMENT ON COLUMN counts.doc_id IS 'The document stating it.';
COMMENT ON COLUMN counts.subject IS 'Who the count is about (the actor), where stated.';
COMMENT ON COLUMN counts.counted IS 'What is counted.';
COMMENT ON COLUMN counts.value IS 'The number.';
COMMENT ON COLUMN counts.qualifier IS 'As figures.qualifier.';

CREATE TABLE IF NOT EXISTS meetings (
    meeting_id VARCHAR PRIMARY KEY,
    doc_id VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    surface VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    meeting_date DATE,
    date_text VARCHAR,
    format VARCHAR NOT NULL,
    participants VARCHAR[] NOT NULL,
    is_aggregate BOOLEAN NOT NULL,
    sentence VARCHAR NOT NULL
);
COMMENT ON TABLE meetings IS 'Summits, conferences, video and phone calls, visits and briefings mentioned.';
COMMENT ON COLUMN meetings.meeting_id IS 'doc_id:m:char_start.';
COMMENT ON COLUMN meetings.doc_id IS 'The document mentioning it.';
COMMENT ON COLUMN meetings.char_start IS 'Start offset of the mention.';
COMMENT ON COLUMN meetings.char_end IS 'End offset of the mention, exclusive.';
COMMENT ON COLUMN meetings.surface IS 'The mention as it stands.';
COMMENT ON COLUMN meetings.name IS 'Canonical name: the same meeting has one name however it is written.';
COMMENT ON COLUMN meetings.meeting_date IS 'Date of the meeting, where stated.';
COMMENT ON COLUMN meetings.date_text IS 'The words the date came from.';
COMMENT ON COLUMN meetings.format IS 'video, phone, in_person or unknown.';
COMMENT ON COLUMN meetings.participants IS 'Participants named in the mention.';
COMMENT ON COLUMN meetings.is_aggregate IS 'True for many calls or meetings counted together (phone calls with over a dozen leaders).';
COMMENT ON COLUMN meetings.sentence IS 'The sentence the mention came from.';

CREATE TABLE IF NOT EXISTS crosschecks (
    check_id VARCHAR NOT NULL,
    claim_key VARCHAR NOT NULL,
    figure_id_a VARCHAR NOT NULL,
    figure_id_b VARCHAR NOT NULL,
    doc_id_a VARCHAR NOT NULL,
    doc_id_b VARCHAR NOT NULL,
    verdict VARCHAR NOT NULL,
    detail VARCHAR NOT NULL,
    date_a DATE,
    date_b DATE,
    run_id VARCHAR
);
COMMENT ON TABLE crosschecks IS 'Every pair of figures stating one claim in two documents, with a verdict.';
COMMENT ON COLUMN crosschecks.check_id IS 'figure_id_a|figure_id_b (a is the figure speaking for the earlier date, else the smaller id); unique, which sql/checks/crosschecks_unique verifies instead of an index: the table is rebuilt every run and an index on millions of pairs doubles the cost.';
COMMENT ON COLUMN crosschecks.claim_key IS 'The shared claim key.';
COMMENT ON COLUMN crosschecks.figure_id_a IS 'First figure of the pair.';
COMMENT ON COLUMN crosschecks.figure_id_b IS 'Second figure of the pair.';
COMMENT ON COLUMN crosschecks.doc_id_a IS 'Document of figure a.';
COMMENT ON COLUMN crosschecks.doc_id_b IS 'Document of figure b.';
COMMENT ON COLUMN crosschecks.verdict IS 'agree, conflict, changed_over_time, regressed, or order_unknown (disagree, dates unknown).';
COMMENT ON COLUMN crosschecks.detail IS 'A sentence a person can read: both values, intervals and dates.';
COMMENT ON COLUMN crosschecks.date_a IS 'Date figure a speaks for (period end, as-of or document date).';
COMMENT ON COLUMN crosschecks.date_b IS 'Date figure b speaks for.';
COMMENT ON COLUMN crosschecks.run_id IS 'The run that computed it.';

CREATE TABLE IF NOT EXISTS alerts (
    alert_id VARCHAR PRIMARY KEY,
    claim_key VARCHAR NOT NULL,
    figure_id_a VARCHAR NOT NULL,
    figure_id_b VARCHAR NOT NULL,
    verdict VARCHAR NOT NULL,
    severity VARCHAR NOT NULL,
    message VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    first_seen TIMESTAMP NOT NULL,
    last_seen TIMESTAMP NOT NULL,
    resolved_at TIMESTAMP,
    notified_at TIMESTAMP,
    doc_a VARCHAR,
    doc_b VARCHAR,
    value_a DOUBLE,
    value_b DOUBLE,
    quote_a VARCHAR,
    quote_b VARCHAR,
    date_a DATE,
    date_b DATE
);
COMMENT ON TABLE alerts IS 'One row per disagreement ever seen; open while it holds, resolved when a later run no longer finds it.';
COMMENT ON COLUMN alerts.alert_id IS 'md5 of claim_key, both files, both surfaces and dates: stable across runs and across edits elsewhere in a document.';
COMMENT ON COLUMN alerts.claim_key IS 'The claim the documents disagree on.';
COMMENT ON COLUMN alerts.figure_id_a IS 'First figure (earlier date where known), as of the latest run that found it (crosschecks.figure_id_a).';
COMMENT ON COLUMN alerts.figure_id_b IS 'Second figure, as of the latest run that found it.';
COMMENT ON COLUMN alerts.verdict IS 'conflict, regressed, changed_over_time or order_unknown.';
COMMENT ON COLUMN alerts.severity IS 'high for conflict and regressed, warn for order_unknown, info for changed_over_time.';
COMMENT ON COLUMN alerts.message IS 'The alert as one readable paragraph: both documents, values, quotes, dates and the reason.';
COMMENT ON COLUMN alerts.status IS 'open or resolved.';
COMMENT ON COLUMN alerts.first_seen IS 'Run time when first found (UTC).';
COMMENT ON COLUMN alerts.last_seen IS 'Latest run time it still held (UTC).';
COMMENT ON COLUMN alerts.resolved_at IS 'Run time it was first no longer found.';
COMMENT ON COLUMN alerts.notified_at IS 'When it was delivered (webhook / Prefect block); null if no channel is configured.';
COMMENT ON COLUMN alerts.doc_a IS 'source_path of figure a''s document.';
COMMENT ON COLUMN alerts.doc_b IS 'source_path of figure b''s document.';
COMMENT ON COLUMN alerts.value_a IS 'Stated value a.';
COMMENT ON COLUMN alerts.value_b IS 'Stated value b.';
COMMENT ON COLUMN alerts.quote_a IS 'The sentence stating a.';
COMMENT ON COLUMN alerts.quote_b IS 'The sentence stating b.';
COMMENT ON COLUMN alerts.date_a IS 'Date a speaks for.';
COMMENT ON COLUMN alerts.date_b IS 'Date b speaks for.';

CREATE TABLE IF NOT EXISTS rejects (
    source_path VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    seen_at TIMESTAMP NOT NULL,
    stage VARCHAR NOT NULL,
    record VARCHAR,
    sha256 VARCHAR,
    run_id VARCHAR
);
COMMENT ON TABLE rejects IS 'Every input file or record that could not be used, with the reason; the latest run''s view of them.';
COMMENT ON COLUMN rejects.source_path IS 'The file.';
COMMENT ON COLUMN rejects.reason IS 'Why, in words a person understands (empty, binary, undecodable, too large, not a regular file, hidden, broken link, vanished, duplicate content of ..., extraction timed out, field: reason).';
COMMENT ON COLUMN rejects.seen_at IS 'When the run saw it (UTC).';
COMMENT ON COLUMN rejects.stage IS 'Where it was rejected: discover (a path under --docs that is not a readable regular file), read (the whole file: bytes or content), extract (the extractor gave up on the text) or validate (one record of a loaded file).';
COMMENT ON COLUMN rejects.record IS 'For a record reject: its kind and span (figure 120-135).';
COMMENT ON COLUMN rejects.sha256 IS 'sha256 of the file bytes, where they could be read.';
COMMENT ON COLUMN rejects.run_id IS 'The run that rejected it.';

CREATE TABLE IF NOT EXISTS check_results (
    run_id VARCHAR NOT NULL,
    check_name VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    failing_rows INTEGER NOT NULL,
    sample VARCHAR,
    checked_at TIMESTAMP NOT NULL,
    PRIMARY KEY (run_id, check_name)
);
COMMENT ON TABLE check_results IS 'One row per named check (sql/checks/*.sql) per run, like a dbt test result.';
COMMENT ON COLUMN check_results.run_id IS 'The run (runs.run_id).';
COMMENT ON COLUMN check_results.check_name IS 'The check''s file name without .sql.';
COMMENT ON COLUMN check_results.status IS 'pass (no failing rows), warn or fail (the check''s declared severity), or error (its SQL could not run; sample holds the error).';
COMMENT ON COLUMN check_results.failing_rows IS 'How many rows the check returned.';
COMMENT ON COLUMN check_results.sample IS 'Up to five failing rows as a JSON list, to read without re-running the check; null when it passed.';
COMMENT ON COLUMN check_results.checked_at IS 'When the check ran (UTC).';
