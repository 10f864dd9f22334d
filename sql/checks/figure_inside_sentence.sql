-- severity: fail
-- partition: documents
-- A figure's quote is the sentence it stands in: the sentence span contains the figure span and
-- the stored sentence is the text at the sentence offsets.
SELECT f.figure_id, f.char_start, f.char_end, f.sentence_start, f.sentence_end,
       left(f.sentence, 120) AS sentence
FROM figures AS f
JOIN document_texts AS t USING (doc_id)
WHERE hash(t.doc_id) % $parts = $part  -- one slice of the texts (see flows/checks.py)
  AND (NOT (f.sentence_start <= f.char_start AND f.char_end <= f.sentence_end)
   OR substr(t.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) <> f.sentence)
ORDER BY f.figure_id
