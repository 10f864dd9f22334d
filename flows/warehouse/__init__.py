"""The DuckDB warehouse: publishing, loading and the SQL files that define it."""
