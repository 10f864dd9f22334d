"""``--task-runner dask`` gives exactly the warehouse the default runner gives.

Both are real Prefect flow runs (the session's local server). The Dask run goes to a cluster
by address, as a user's existing cluster would be reached; the default run parses in the
process pool (its threshold lowered so a small corpus uses it).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import duckdb
import pytest

from flows import parse, runners
from flows.config import load_settings
from flows.pipeline import aidwatch_run

pytestmark = pytest.mark.usefixtures("prefect_server")

ROOT = Path(__file__).resolve().parent.parent
OLD_NS = 1_600_000_000 * 10**9
# What a run stamps with its own id or clock is left out; everything else must match.
VOLATILE = {
    "documents": "loaded_at, run_id",
    "rejects": "seen_at, run_id",
    "crosschecks": "run_id",
    "alerts": "first_seen, last_seen, resolved_at, notified_at",
}
TABLES = (*parse.TABLES, "crosschecks", "alerts")


def _contents(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        out = {}
        for t in TABLES:
            cols = f"* EXCLUDE ({VOLATILE[t]})" if t in VOLATILE else "*"
            out[t] = sorted(con.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr)
        return out


@pytest.fixture
def corpus(seed_docs: Path) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from gen_corpus import generate

    generate(seed_docs / "generated", 24, kb=6)
    (seed_docs / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    shutil.copy(seed_docs / "000_5e7b00e15f4b6644.txt", seed_docs / "copy.txt")  # duplicate
    for p in seed_docs.rglob("*"):  # old enough that both runs trust and store their stat
        os.utime(p, ns=(OLD_NS, OLD_NS))
    return seed_docs


def test_dask_cluster_builds_the_same_warehouse_as_threads(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from distributed import LocalCluster

    monkeypatch.setattr(runners, "MIN_FILES_FOR_PROCESSES", 1)
    monkeypatch.setattr(runners, "BATCHES_PER_WORKER", 4)  # several batches, several tasks
    threads = aidwatch_run(load_settings(docs=[corpus], db=tmp_path / "threads.duckdb"))
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", dashboard_address=None
    ) as cluster:
        settings = load_settings(
            docs=[corpus],
            db=tmp_path / "dask.duckdb",
            task_runner="dask",
            dask_address=cluster.scheduler_address,
        )
        dask = aidwatch_run(settings)
        assert cluster.scheduler_address.startswith("tcp://")
    assert (threads.loaded.loaded, threads.loaded.rejected) == (
        dask.loaded.loaded,
        dask.loaded.rejected,
    )
    assert dask.loaded.loaded == 29 and dask.loaded.rejected == 2  # binary, duplicate
    a, b = _contents(tmp_path / "threads.duckdb"), _contents(tmp_path / "dask.duckdb")
    assert a["figures"] and a["document_texts"]
    for table in TABLES:
        assert a[table] == b[table], table
    with duckdb.connect(str(tmp_path / "dask.duckdb"), read_only=True) as con:
        assert con.execute("SELECT task_runner FROM runs").fetchall() == [("dask",)]
