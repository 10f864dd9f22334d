-- The loaded documents a run compares its input files against.
SELECT source_path, doc_id, sha256 FROM documents WHERE status = 'loaded';
