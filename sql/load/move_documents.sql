-- Files whose content is already loaded under a path that no longer exists: same document, moved.
UPDATE documents SET source_path = m.source_path
FROM _moved AS m WHERE documents.doc_id = m.doc_id;
