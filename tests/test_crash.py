"""kill -9 a real `aidwatch run` in the middle of its load: the warehouse is as before, never half.

Three real runs (each a subprocess of the installed `aidwatch` script, pointed at the session's
Prefect server so none pays a server start): a baseline, the killed one, and the rerun that
completes the work while a reader holds the published file open.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows.warehouse.publish import lock_path, run_lock, work_path

pytestmark = pytest.mark.usefixtures("prefect_server")

AIDWATCH = str(Path(sys.executable).parent / "aidwatch")
BIG_DOCS = 16
WORDS = ["the", "council", "said", "that", "aid", "reached", "many", "partner", "countries",
         "while", "teams", "worked", "with", "local", "hospitals", "and", "doctors"]  # fmt: skip


def _write_corpus(folder: Path) -> None:
    """~8 MB of prose: cheap to extract, heavy to load (its text goes into document_texts)."""
    folder.mkdir()
    rng = random.Random(9)
    for i in range(BIG_DOCS):
        sentences = [" ".join(rng.choices(WORDS, k=12)).capitalize() + ". " for _ in range(6000)]
        body = "".join(sentences) + f"\nReport {i} says China sent {1000 + i} ventilators.\n"
        (folder / f"report{i:03d}.txt").write_text(body)


def _env() -> dict[str, str]:
    from prefect.settings import get_current_settings

    return {**os.environ, "PREFECT_API_URL": str(get_current_settings().api.url)}


def _run(docs: Path, db: Path, **kw: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [AIDWATCH, "run", "--docs", str(docs), "--db", str(db)],
        cwd=db.parent,
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: kill -9 reaches every child
        **kw,  # type: ignore[arg-type]
    )


def _finish(proc: subprocess.Popen[bytes]) -> None:
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode(errors="replace")[-3000:]


def _kill_during_load(proc: subprocess.Popen[bytes], db: Path) -> float:
    """SIGKILL once the load has written a megabyte into the private copy's write-ahead log."""
    wal = Path(str(work_path(db)) + ".wal")
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            size = wal.stat().st_size
        except FileNotFoundError:
            size = 0
        if size > 1_000_000:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return size
        time.sleep(0.002)
    os.killpg(proc.pid, signal.SIGKILL)
    pytest.fail(f"the run ended (exit {proc.wait()}) before its load could be interrupted")


def _counts(db: Path) -> tuple[int, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        docs = con.execute("SELECT count(*) FROM documents WHERE status = 'loaded'").fetchone()[0]
        runs = con.execute("SELECT count(*) FROM runs").fetchone()[0]
    return docs, runs


def test_kill_9_mid_load_leaves_the_warehouse_whole_and_the_next_run_completes(
    seed_docs: Path, tmp_path: Path
) -> None:
    db = tmp_path / "wh" / "aidwatch.duckdb"
    db.parent.mkdir()
    _finish(_run(seed_docs, db))
    baseline = db.read_bytes()
    assert _counts(db) == (5, 1)

    _write_corpus(seed_docs / "big")
    wal_size = _kill_during_load(_run(seed_docs, db), db)
    assert wal_size > 1_000_000
    assert db.read_bytes() == baseline  # not a byte of the killed run was published
    assert _counts(db) == (5, 1)  # and it opens cleanly
    assert work_path(db).exists()  # the killed run's private copy is what it left behind
    with run_lock(db, 0):  # the kernel released the dead run's lock
        assert lock_path(db).exists()

    reader = duckdb.connect(str(db), read_only=True)  # a user querying while the rerun runs
    try:
        _finish(_run(seed_docs, db))
        assert reader.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
    finally:
        reader.close()
    assert _counts(db) == (5 + BIG_DOCS, 2)
    assert not work_path(db).exists()
    with duckdb.connect(str(db), read_only=True) as con:
        (n,) = con.execute(
            "SELECT count(*) FROM figures f JOIN documents d USING (doc_id) "
            "WHERE d.source_path LIKE '%/big/report%' AND f.value BETWEEN 1000 AND 1015"
        ).fetchone()
    assert n == BIG_DOCS
