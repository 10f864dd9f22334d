"""private_copy: the published file is replaced whole or not at all, whatever happens inside."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.warehouse.publish import WarehouseBusy, private_copy, work_path


def _make_db(path: Path, rows: int) -> None:
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE t AS SELECT range AS i FROM range(?)", [rows])


def _count(path: Path) -> int:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT count(*) FROM t").fetchone()[0]


def _add_rows_leaving_a_wal(path: Path, rows: int) -> None:
    """Write without a checkpoint, as a writer that died would: the rows live in the WAL."""
    with duckdb.connect(str(path)) as con:
        con.execute("SET wal_autocheckpoint = '1GB'")
        con.execute("PRAGMA disable_checkpoint_on_shutdown")
        con.execute("INSERT INTO t SELECT range FROM range(?)", [rows])


def test_a_failure_inside_leaves_the_published_file_byte_for_byte(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    _make_db(db, 10)
    before = db.read_bytes()
    with pytest.raises(RuntimeError), private_copy(db) as work:
        with duckdb.connect(str(work)) as con:
            con.execute("INSERT INTO t SELECT range FROM range(1000)")
        raise RuntimeError("killed mid-load")
    assert db.read_bytes() == before
    assert not work.exists() and not Path(str(work) + ".wal").exists()


def test_no_warehouse_before_a_failed_run_means_none_after(tmp_path: Path) -> None:
    db = tmp_path / "new.duckdb"
    with pytest.raises(KeyboardInterrupt), private_copy(db) as work:
        _make_db(work, 3)
        raise KeyboardInterrupt
    assert not db.exists() and not work.exists()


def test_success_publishes_one_self_contained_file(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    _make_db(db, 10)
    with private_copy(db) as work:
        _add_rows_leaving_a_wal(work, 5)
        assert Path(str(work) + ".wal").exists()
    assert not Path(str(db) + ".wal").exists() and not work.exists()
    assert _count(db) == 15  # the WAL was folded in before publishing


def test_a_copy_left_by_a_killed_run_is_discarded(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    _make_db(db, 10)
    stale = work_path(db)
    stale.write_bytes(b"half-written garbage")
    Path(str(stale) + ".wal").write_bytes(b"garbage wal")
    with private_copy(db) as work:
        assert _count(work) == 10
    assert _count(db) == 10


def test_a_reader_holding_the_published_file_does_not_stop_a_publish(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    _make_db(db, 10)
    reader = duckdb.connect(str(db), read_only=True)
    try:
        with private_copy(db) as work, duckdb.connect(str(work)) as con:
            con.execute("INSERT INTO t SELECT range FROM range(7)")
        assert reader.execute("SELECT count(*) FROM t").fetchone()[0] == 10  # its snapshot
    finally:
        reader.close()
    assert _count(db) == 17


def test_changes_left_in_a_foreign_wal_are_kept_not_orphaned(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    _make_db(db, 10)
    _add_rows_leaving_a_wal(db, 4)
    assert Path(str(db) + ".wal").exists()
    with private_copy(db) as work:
        assert _count(work) == 14
    assert _count(db) == 14 and not Path(str(db) + ".wal").exists()


WRITER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("SET wal_autocheckpoint = '1GB'")
con.execute("INSERT INTO t SELECT range FROM range(4)")
print("ready", flush=True)
sys.stdin.read()  # hold the file open until the test closes our stdin
"""


def test_a_foreign_writer_still_holding_the_file_is_a_clear_busy_error(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    _make_db(db, 10)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == b"ready\n"
        before = db.read_bytes()
        busy = pytest.raises(WarehouseBusy, match="open in another program and has unsaved changes")
        with busy, private_copy(db):
            pass
        assert db.read_bytes() == before
        assert not work_path(db).exists()
    finally:
        writer.communicate(b"", timeout=30)
