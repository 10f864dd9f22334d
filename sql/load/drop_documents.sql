-- Remove every record of the documents listed in temp table _drop(doc_id): a changed file's
-- old version, or a document about to be loaded again. Alerts are kept: they resolve on their own.
DELETE FROM figures WHERE doc_id IN (SELECT doc_id FROM _drop);
DELETE FROM aid_shipments WHERE doc_id IN (SELECT doc_id FROM _drop);
DELETE FROM counts WHERE doc_id IN (SELECT doc_id FROM _drop);
DELETE FROM meetings WHERE doc_id IN (SELECT doc_id FROM _drop);
DELETE FROM document_texts WHERE doc_id IN (SELECT doc_id FROM _drop);
DELETE FROM documents WHERE doc_id IN (SELECT doc_id FROM _drop);
