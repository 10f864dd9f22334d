-- Store the stat seen by this run's plan (temp table _stats) on each loaded document: size and
-- mtime_ns, or NULLs when the file was modified too recently for its mtime to be trusted.
UPDATE documents
SET file_size = s.file_size, file_mtime_ns = s.file_mtime_ns
FROM _stats AS s
WHERE documents.source_path = s.source_path
  AND documents.status = 'loaded'
  AND (documents.file_size IS DISTINCT FROM s.file_size
       OR documents.file_mtime_ns IS DISTINCT FROM s.file_mtime_ns);
