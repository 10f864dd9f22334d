"""Load rows into a DuckDB file. Bulk inserts go through Arrow: never row-by-row executemany."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from flows.plan import Known, Plan
from flows.warehouse.sqlfiles import run_script, sql

# A run's DuckDB spills to disk past this rather than grow with the corpus (its default is 80 %
# of RAM). Measured at 10,000 documents: the same times at 128 MB, 256 MB and 400 MB, and
# cross-checks over a million pairs as fast in 400 MB as unbounded. AIDWATCH_DUCKDB_MEMORY
# overrides it (e.g. 2GB for far larger warehouses).
RUN_MEMORY_LIMIT = "256MB"


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Readers get DuckDB's defaults; a run's writable connection gets a memory ceiling."""
    limit = os.environ.get("AIDWATCH_DUCKDB_MEMORY") or RUN_MEMORY_LIMIT
    config = {} if read_only else {"memory_limit": limit}
    return duckdb.connect(str(path), read_only=read_only, config=config)


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    run_script(con, "schema")
    run_script(con, "views")


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN … COMMIT, or ROLLBACK when the block raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def known_documents(con: duckdb.DuckDBPyConnection) -> dict[str, Known]:
    rows = con.execute(sql("load/known_documents")).fetchall()
    return {path: Known(doc_id, sha) for path, doc_id, sha in rows}


def _temp(con: duckdb.DuckDBPyConnection, name: str, columns: dict[str, list]) -> None:
    con.register(f"{name}_src", pa.table(columns))
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM {name}_src")
    con.unregister(f"{name}_src")


def known_stats(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, int, int]]:
    """source_path -> (sha256, size, mtime_ns) of loaded files whose stat was recorded."""
    rows = con.execute(sql("load/known_stats")).fetchall()
    return {path: (sha, size, mtime) for path, sha, size, mtime in rows}


def apply_plan(con: duckdb.DuckDBPyConnection, plan: Plan, seen: list[str], ts: datetime) -> None:
    """Drop replaced documents, mark gone ones, move renamed ones, reset rejects of seen files."""
    drop_documents(con, plan.replaced)
    _temp(con, "_gone", {"doc_id": pa.array(plan.gone, pa.string())})
    run_script(con, "load/mark_gone", [ts])
    _temp(
        con,
        "_moved",
        {
            "doc_id": pa.array([d for d, _ in plan.moved], pa.string()),
            "source_path": pa.array([p for _, p in plan.moved], pa.string()),
        },
    )
    con.execute(sql("load/move_documents"))
    _temp(con, "_seen", {"source_path": pa.array(seen, pa.string())})
    con.execute(sql("load/clear_rejects"))


def drop_documents(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    if doc_ids:
        _temp(con, "_drop", {"doc_id": pa.array(doc_ids, pa.string())})
        run_script(con, "load/drop_documents")


def replace_batch(
    con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table], run_id: str, ts: datetime
) -> None:
    """Load one parsed batch; a document id already present (a tombstone, a re-added file) is
    dropped first so the batch's version is the one kept."""
    if "documents" in tables:
        drop_documents(con, tables["documents"].column("doc_id").to_pylist())
    insert_tables(con, tables, run_id, ts)


def refresh_stats(con: duckdb.DuckDBPyConnection, stats: dict[str, tuple[int, int] | None]) -> None:
    """Record each loaded file's (size, mtime_ns) so an unchanged re-run need not read it."""
    paths = list(stats)
    _temp(
        con,
        "_stats",
        {
            "source_path": pa.array(paths, pa.string()),
            "file_size": pa.array([(stats[p] or (None, None))[0] for p in paths], pa.int64()),
            "file_mtime_ns": pa.array([(stats[p] or (None, None))[1] for p in paths], pa.int64()),
        },
    )
    con.execute(sql("load/refresh_stats"))


def insert_tables(
    con: duckdb.DuckDBPyConnection, tables: dict[str, pa.Table], run_id: str, ts: datetime
) -> None:
    """Append one batch's Arrow tables to the warehouse tables of the same names."""
    for name, table in tables.items():
        con.register("_batch", table)
        extra = ""
        if name == "documents":
            extra = ", $1::TIMESTAMP AS loaded_at, 'loaded' AS status, $2 AS run_id"
        elif name == "rejects":
            extra = ", $1 AS run_id"
        params = [ts, run_id] if name == "documents" else [run_id] if extra else []
        con.execute(f"INSERT INTO {name} BY NAME SELECT *{extra} FROM _batch", params)
        con.unregister("_batch")


def record_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    ts: datetime,
    settings: object,
    seen: int,
    loaded: int,
    unchanged: int,
    rejected: int,
    gone: int,
) -> None:
    con.execute(
        sql("load/record_run"),
        [
            run_id,
            ts,
            seen,
            loaded,
            unchanged,
            rejected,
            gone,
            getattr(settings, "task_runner", "thread"),
        ],
    )


def export_parquet(db: Path, out: Path) -> list[str]:
    """Every table as Parquet under ``out`` (plus schema.sql and load.sql to rebuild it), read
    from the published file read-only: a run in progress is neither blocked nor seen."""
    out.mkdir(parents=True, exist_ok=True)
    target = str(out.resolve()).replace("'", "''")  # EXPORT takes a literal, not a parameter
    with connect(db, read_only=True) as con:
        con.execute(f"EXPORT DATABASE '{target}' (FORMAT parquet)")
        return [r[0] for r in con.execute(sql("export_tables")).fetchall()]


def checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file so it can be published as one file."""
    with connect(path) as con:
        con.execute("CHECKPOINT")
