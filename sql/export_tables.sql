-- The warehouse tables `aidwatch export --parquet` writes, one Parquet file each.
SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND NOT temporary
ORDER BY table_name;
