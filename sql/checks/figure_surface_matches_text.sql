-- severity: fail
-- partition: documents
-- Provenance integrity: the document text at a figure's offsets is exactly its surface
-- (offsets are code-point indices, end exclusive; DuckDB substr counts code points too).
SELECT f.figure_id, f.char_start, f.char_end, f.surface,
       substr(t.text, f.char_start + 1, f.char_end - f.char_start) AS text_at_offsets
FROM figures AS f
JOIN document_texts AS t USING (doc_id)
WHERE hash(t.doc_id) % $parts = $part  -- one slice of the texts (see flows/checks.py)
  AND (substr(t.text, f.char_start + 1, f.char_end - f.char_start) <> f.surface)
ORDER BY f.figure_id
