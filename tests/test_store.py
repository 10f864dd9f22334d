"""Warehouse loading helpers and the Parquet export, on real DuckDB files."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from flows.cli import main
from flows.warehouse import store

TS = datetime(2026, 1, 1)


def _doc(doc_id: str, path: str, text: str = "Some text.") -> dict[str, pa.Table]:
    row = {
        "doc_id": doc_id,
        "source_path": path,
        "sha256": doc_id * 4,
        "title": "T",
        "published_on": None,
        "n_chars": len(text),
        "encoding": "utf-8",
        "content_type": "text",
    }
    return {
        "documents": pa.Table.from_pylist([row]),
        "document_texts": pa.Table.from_pylist([{"doc_id": doc_id, "text": text}]),
    }


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    c = store.connect(tmp_path / "wh.duckdb")
    store.ensure_schema(c)
    yield c
    c.close()


def test_replace_batch_keeps_the_new_version_of_a_document(con: duckdb.DuckDBPyConnection) -> None:
    store.replace_batch(con, _doc("a" * 16, "/d/a.txt", "old"), "r1", TS)
    con.execute("UPDATE documents SET status = 'gone'")  # a tombstone, then the file is back
    store.replace_batch(con, _doc("a" * 16, "/d/a.txt", "new"), "r2", TS)
    assert con.execute("SELECT status, run_id FROM documents").fetchall() == [("loaded", "r2")]
    assert con.execute("SELECT text FROM document_texts").fetchall() == [("new",)]


def test_refresh_stats_and_known_stats(con: duckdb.DuckDBPyConnection) -> None:
    store.replace_batch(con, _doc("a" * 16, "/d/a.txt"), "r1", TS)
    store.replace_batch(con, _doc("b" * 16, "/d/b.txt"), "r1", TS)
    store.refresh_stats(con, {"/d/a.txt": (10, 123), "/d/b.txt": None, "/d/x.txt": (1, 1)})
    assert store.known_stats(con) == {"/d/a.txt": ("a" * 64, 10, 123)}
    store.refresh_stats(con, {"/d/a.txt": None})  # modified too recently: forget the stat
    assert store.known_stats(con) == {}


def test_schema_upgrade_adds_the_stat_columns(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    with duckdb.connect(str(db)) as c:
        c.execute("CREATE TABLE documents (doc_id VARCHAR PRIMARY KEY,"
                  " source_path VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, title VARCHAR,"
                  " published_on DATE,"
                  " n_chars INTEGER NOT NULL, loaded_at TIMESTAMP NOT NULL,"
                  " encoding VARCHAR NOT NULL, content_type VARCHAR NOT NULL,"
                  " status VARCHAR NOT NULL, gone_at TIMESTAMP, run_id VARCHAR)")  # fmt: skip
    with store.connect(db) as c:
        store.ensure_schema(c)
        cols = [r[0] for r in c.execute("DESCRIBE documents").fetchall()]
    assert cols[-2:] == ["file_size", "file_mtime_ns"]


def test_export_parquet_round_trips_every_table(
    con: duckdb.DuckDBPyConnection, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store.replace_batch(con, _doc("a" * 16, "/d/it's.txt"), "r1", TS)
    con.execute("CHECKPOINT")
    con.close()
    out = tmp_path / "export dir"
    assert main(["export", "--parquet", str(out), "--db", str(tmp_path / "wh.duckdb")]) == 0
    assert "tables exported" in capsys.readouterr().out
    assert (out / "schema.sql").is_file() and (out / "load.sql").is_file()
    rows = duckdb.sql(f"SELECT doc_id, source_path FROM '{out / 'documents.parquet'}'").fetchall()
    assert rows == [("a" * 16, "/d/it's.txt")]
    assert (out / "figures.parquet").is_file()
    rebuilt = duckdb.connect()
    rebuilt.execute(f"IMPORT DATABASE '{out}'")
    assert rebuilt.execute("SELECT count(*) FROM document_texts").fetchone() == (1,)


def test_export_without_a_warehouse_says_so(tmp_path: Path) -> None:
    assert main(["export", "--parquet", str(tmp_path / "o"), "--db", str(tmp_path / "no.db")]) == 2
