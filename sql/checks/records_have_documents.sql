-- severity: fail
-- No orphans: every record points at a document that exists, derived records at a figure that
-- exists, and every loaded document has its text (provenance needs it).
SELECT 'figures' AS tbl, figure_id AS id FROM figures ANTI JOIN documents USING (doc_id)
UNION ALL
SELECT 'meetings', meeting_id FROM meetings ANTI JOIN documents USING (doc_id)
UNION ALL
SELECT 'aid_shipments', shipment_id FROM aid_shipments ANTI JOIN figures USING (figure_id)
UNION ALL
SELECT 'counts', count_id FROM counts ANTI JOIN figures USING (figure_id)
UNION ALL
SELECT 'document_texts', doc_id FROM document_texts ANTI JOIN documents USING (doc_id)
UNION ALL
SELECT 'documents without text', doc_id
FROM (SELECT doc_id FROM documents WHERE status = 'loaded') ANTI JOIN document_texts USING (doc_id)
UNION ALL
SELECT 'crosschecks', check_id FROM crosschecks AS c
WHERE c.figure_id_a NOT IN (SELECT figure_id FROM figures)
   OR c.figure_id_b NOT IN (SELECT figure_id FROM figures)
ORDER BY 1, 2
