-- severity: warn
-- Loaded documents with no date of their own: their figures that state no date cannot be
-- ordered against other documents, so their disagreements end as order_unknown.
SELECT d.doc_id, d.source_path, d.title,
       count(f.figure_id) FILTER (f.date_basis = 'unknown') AS undated_figures
FROM documents AS d
LEFT JOIN figures AS f USING (doc_id)
WHERE d.status = 'loaded' AND d.published_on IS NULL
GROUP BY ALL
ORDER BY d.source_path
