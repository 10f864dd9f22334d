-- Loaded files with the (size, mtime_ns) recorded when their content was hashed: a file that
-- still has both is not read again by the next run.
SELECT source_path, sha256, file_size, file_mtime_ns
FROM documents
WHERE status = 'loaded' AND file_size IS NOT NULL AND file_mtime_ns IS NOT NULL;
