-- Documents in temp table _gone(doc_id) have disappeared from --docs: keep a tombstone row,
-- drop their records so no check compares against them ($1 = run time).
UPDATE documents SET status = 'gone', gone_at = $1 WHERE doc_id IN (SELECT doc_id FROM _gone);
DELETE FROM figures WHERE doc_id IN (SELECT doc_id FROM _gone);
DELETE FROM aid_shipments WHERE doc_id IN (SELECT doc_id FROM _gone);
DELETE FROM counts WHERE doc_id IN (SELECT doc_id FROM _gone);
DELETE FROM meetings WHERE doc_id IN (SELECT doc_id FROM _gone);
DELETE FROM document_texts WHERE doc_id IN (SELECT doc_id FROM _gone);
