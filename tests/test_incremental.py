"""Incremental runs end to end at the plain-function level (the flow's stages without Prefect),
on real DuckDB files: unchanged, changed, touched, deleted and racy files; readers and failures.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import duckdb
import pytest

import flows.artifacts
from flows import parse, runners
from flows.checks import load_checks
from flows.config import Settings, load_settings
from flows.discover import discover
from flows.pipeline import RunResult, run_without_prefect
from flows.tasks import plan_changes
from flows.warehouse import store

OLD_NS = 1_600_000_000 * 10**9  # 2020: far from "just modified"


@pytest.fixture(autouse=True)
def _no_artifacts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Artifacts belong to a Prefect run; outside one they would start a Prefect server."""
    monkeypatch.setattr(flows.artifacts, "publish_run_artifacts", lambda *a, **k: None)


@pytest.fixture
def docs(seed_docs: Path) -> Path:
    for p in seed_docs.iterdir():  # old mtimes: trusted by the (size, mtime_ns) fast path
        os.utime(p, ns=(OLD_NS, OLD_NS))
    return seed_docs


def _run(docs: Path, db: Path) -> RunResult:
    return run_without_prefect(load_settings(docs=[docs], db=db))


def _q(db: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def _hashed(docs: Path, db: Path) -> int:
    """How many files the plan stage would read to hash, against a copy of ``db``."""
    work = db.with_name("probe.duckdb")
    work.write_bytes(db.read_bytes())
    inputs, _ = discover((docs,))
    return plan_changes.fn(inputs, work, Settings(docs=(docs,), db=db)).hashed


def test_unchanged_rerun_reads_no_file(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "wh.duckdb"
    assert _run(docs, db).loaded.loaded == 5
    before = _q(db, "SELECT doc_id, sha256, file_size, file_mtime_ns FROM documents ORDER BY 1")
    assert all(size and mtime == OLD_NS for _, _, size, mtime in before)

    def no_parsing(*args: object) -> None:
        raise AssertionError("an unchanged document was parsed again")

    monkeypatch.setattr(parse, "parse_batch", no_parsing)
    assert _hashed(docs, db) == 0
    again = _run(docs, db)
    assert again.loaded.loaded == 0
    assert _q(db, "SELECT doc_id, sha256, file_size, file_mtime_ns FROM documents ORDER BY 1") == (
        before
    )
    assert _q(db, "SELECT docs_unchanged FROM runs ORDER BY started_at") == [(0,), (5,)]


def test_touched_file_is_hashed_not_parsed_and_its_stat_refreshed(
    docs: Path, tmp_path: Path
) -> None:
    db = tmp_path / "wh.duckdb"
    _run(docs, db)
    doc = docs / "004_63759457a68a2277.txt"
    os.utime(doc, ns=(OLD_NS + 5, OLD_NS + 5))  # same bytes, new mtime
    assert _hashed(docs, db) == 1
    assert _run(docs, db).loaded.loaded == 0
    assert _q(db, "SELECT file_mtime_ns FROM documents WHERE source_path = ?", [str(doc)]) == [
        (OLD_NS + 5,)
    ]
    assert _hashed(docs, db) == 0


def test_changed_file_is_replaced_with_all_its_records(docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    _run(docs, db)
    doc = docs / "004_63759457a68a2277.txt"
    (old_id,) = _q(db, "SELECT doc_id FROM documents WHERE source_path = ?", [str(doc)])[0]
    others = _q(db, "SELECT * FROM figures WHERE doc_id <> ? ORDER BY figure_id", [old_id])
    doc.write_text(doc.read_text(encoding="utf-8").replace("over 150", "over 160"), "utf-8")
    os.utime(doc, ns=(OLD_NS + 1, OLD_NS + 1))
    assert _run(docs, db).loaded.loaded == 1
    (new_id,) = _q(db, "SELECT doc_id FROM documents WHERE source_path = ?", [str(doc)])[0]
    assert new_id != old_id and new_id == hashlib.sha256(doc.read_bytes()).hexdigest()[:16]
    for table in ("documents", "document_texts", "figures", "meetings", "counts"):
        assert _q(db, f"SELECT count(*) FROM {table} WHERE doc_id = ?", [old_id]) == [(0,)]
    assert _q(db, "SELECT count(*) FROM figures WHERE doc_id = ? AND value = 160", [new_id]) == [
        (1,)
    ]
    assert _q(db, "SELECT * FROM figures WHERE doc_id <> ? ORDER BY figure_id", [new_id]) == others


def test_deleted_file_is_marked_gone_and_its_alerts_resolved(docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    _run(docs, db)
    open_alerts = _q(db, "SELECT alert_id, doc_a, doc_b FROM alerts WHERE status = 'open'")
    assert open_alerts, "the seeds disagree somewhere: an alert to resolve"
    victim = Path(open_alerts[0][1])
    (doc_id,) = _q(db, "SELECT doc_id FROM documents WHERE source_path = ?", [str(victim)])[0]
    victim.unlink()
    result = _run(docs, db)
    assert result.loaded.loaded == 0
    status, gone_at = _q(db, "SELECT status, gone_at FROM documents WHERE doc_id = ?", [doc_id])[0]
    assert status == "gone" and gone_at is not None
    assert _q(db, "SELECT count(*) FROM figures WHERE doc_id = ?", [doc_id]) == [(0,)]
    involved = [a for a, da, dbb in open_alerts if str(victim) in (da, dbb)]
    resolved = _q(db, "SELECT alert_id FROM alerts WHERE status = 'resolved'")
    assert set(involved) <= {r[0] for r in resolved}
    assert _q(db, "SELECT docs_gone FROM runs ORDER BY started_at DESC LIMIT 1") == [(1,)]


def test_recently_modified_file_is_hashed_again_next_time(docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    fresh = docs / "fresh.txt"
    fresh.write_text("Fresh news\n\nChina sent 2,000 ventilators to Italy.\n", encoding="utf-8")
    _run(docs, db)  # fresh.txt's mtime is within the racy window: not trusted
    stats = "SELECT file_size, file_mtime_ns FROM documents WHERE source_path = ?"
    assert _q(db, stats, [str(fresh)]) == [(None, None)]
    assert _hashed(docs, db) == 1
    os.utime(fresh, ns=(OLD_NS, OLD_NS))
    _run(docs, db)
    assert _q(db, stats, [str(fresh)]) == [(fresh.stat().st_size, OLD_NS)]


def test_a_reader_keeps_its_snapshot_and_never_fails_a_run(docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "wh.duckdb"
    _run(docs, db)
    (docs / "004_63759457a68a2277.txt").unlink()
    with duckdb.connect(str(db), read_only=True) as reader:
        before = reader.execute("SELECT count(*) FROM documents WHERE status = 'loaded'").fetchone()
        _run(docs, db)  # publishes while the reader holds the old file open
        assert (
            reader.execute("SELECT count(*) FROM documents WHERE status = 'loaded'").fetchone()
            == before
        )
    assert _q(db, "SELECT count(*) FROM documents WHERE status = 'loaded'") == [(before[0] - 1,)]


def test_no_stage_opens_the_published_file_read_write(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "wh.duckdb"
    _run(docs, db)
    opened: list[tuple[str, bool]] = []
    real = duckdb.connect

    def spy(database: str = ":memory:", read_only: bool = False, **kw: object):  # noqa: ANN202
        opened.append((str(database), read_only))
        return real(database, read_only=read_only, **kw)

    monkeypatch.setattr(duckdb, "connect", spy)
    (docs / "000_5e7b00e15f4b6644.txt").unlink()
    _run(docs, db)
    assert opened and all(ro for path, ro in opened if Path(path) == db)
    assert any(Path(path) != db and not ro for path, ro in opened)  # the private copy


def test_a_run_that_fails_mid_load_publishes_nothing(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "wh.duckdb"
    _run(docs, db)
    published = db.read_bytes()
    (docs / "new.txt").write_text("Update\n\nChina sent 99 ventilators to Peru.\n", "utf-8")
    (docs / "001_004dfe6b1ccb066c.txt").unlink()

    def boom(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "refresh_stats", boom)  # after the batches are in
    with pytest.raises(RuntimeError, match="disk full"):
        _run(docs, db)
    assert db.read_bytes() == published
    assert not list(tmp_path.glob(".wh.duckdb.work*"))


def test_in_flight_batches_are_bounded() -> None:
    outstanding = peak = 0

    def submit(item: int) -> int:
        nonlocal outstanding, peak
        outstanding += 1
        peak = max(peak, outstanding)
        return item

    def result(item: int) -> int:
        nonlocal outstanding
        outstanding -= 1
        return item

    assert list(runners._bounded(submit, result, list(range(50)), 3)) == list(range(50))
    assert peak == 3


def test_many_documents_go_through_the_process_pool(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from gen_corpus import generate

    generate(tmp_path / "docs", 60, kb=4)
    settings = load_settings(docs=[tmp_path / "docs"], db=tmp_path / "wh.duckdb")
    runners_min = runners.MIN_FILES_FOR_PROCESSES
    try:
        runners.MIN_FILES_FOR_PROCESSES = 10
        start = time.perf_counter()
        result = run_without_prefect(settings)
    finally:
        runners.MIN_FILES_FOR_PROCESSES = runners_min
    assert result.loaded.loaded == 60, time.perf_counter() - start
    assert result.loaded.worker_seconds["extract"] > 0
    assert _q(settings.db, "SELECT count(DISTINCT doc_id) FROM document_texts") == [(60,)]


def test_unchanged_rerun_keeps_crosschecks_and_alerts_but_moves_last_seen(
    docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "wh.duckdb"
    first = _run(docs, db)
    pairs = "SELECT * FROM crosschecks ORDER BY check_id"
    alerts = "SELECT * EXCLUDE (last_seen) FROM alerts ORDER BY alert_id"
    before_pairs, before_alerts = _q(db, pairs), _q(db, alerts)
    last_seen = "SELECT DISTINCT last_seen FROM alerts WHERE status = 'open'"
    (seen_first,) = _q(db, last_seen)
    assert before_pairs and _q(db, "SELECT count(*) FROM alerts WHERE status = 'open'")[0][0]

    def no_pairing(*args: object) -> None:
        raise AssertionError("the pairing or alert refresh SQL ran on an unchanged re-run")

    import flows.alerting
    import flows.crosscheck

    real_run_script = flows.crosscheck.run_script
    monkeypatch.setattr(flows.crosscheck, "run_script", no_pairing)
    monkeypatch.setattr(flows.alerting, "run_script", no_pairing)
    again = _run(docs, db)
    assert _q(db, pairs) == before_pairs
    assert _q(db, alerts) == before_alerts
    (seen_again,) = _q(db, last_seen)
    assert seen_again[0] > seen_first[0]
    assert (again.checks.pairs, again.checks.disagreements) == (
        first.checks.pairs,
        first.checks.disagreements,
    )
    assert (again.alerts.new, again.alerts.resolved) == (0, 0)
    assert again.alerts.open == first.alerts.open
    # a result row per check for each run, the same results carried forward
    per_run = _q(
        db,
        "SELECT run_id, list(check_name || ':' || status ORDER BY check_name) FROM check_results "
        "GROUP BY run_id",
    )
    assert {r for r, _ in per_run} == {first.run_id, again.run_id}
    assert per_run[0][1] == per_run[1][1]
    assert len(per_run[0][1]) == len(load_checks())
    # a change (a document gone) takes the full path again: its alerts resolve
    monkeypatch.setattr(flows.crosscheck, "run_script", real_run_script)
    monkeypatch.setattr(flows.alerting, "run_script", real_run_script)
    victim = Path(_q(db, "SELECT doc_a FROM alerts WHERE status = 'open' LIMIT 1")[0][0])
    victim.unlink()
    third = _run(docs, db)
    assert third.alerts.resolved > 0
    assert _q(db, "SELECT count(*) FROM crosschecks")[0][0] < len(before_pairs)


def test_a_new_tolerance_re_judges_loaded_documents_without_reparsing(
    docs: Path, tmp_path: Path
) -> None:
    """Widening the tolerance re-derives every interval and re-judges the pairs on the next run,
    though no document changed; running again with it writes nothing more."""
    db = tmp_path / "wh.duckdb"
    run_without_prefect(load_settings(docs=[docs], db=db, tolerance=0.1))
    before = dict(_q(db, "SELECT check_id, verdict FROM crosschecks"))
    about = _q(db, "SELECT figure_id, value, high FROM figures WHERE qualifier = 'more_than'")
    assert about and all(abs(h - v * 1.1) < 1e-6 * v for _, v, h in about)

    wide = run_without_prefect(load_settings(docs=[docs], db=db, tolerance=10.0))
    assert wide.checks.retoleranced > 0
    assert all(
        abs(h - v * 11) < 1e-6 * v
        for _, v, h in _q(
            db, "SELECT figure_id, value, high FROM figures WHERE qualifier = 'more_than'"
        )
    )
    after = dict(_q(db, "SELECT check_id, verdict FROM crosschecks"))
    assert after.keys() == before.keys()  # the same pairs, judged again
    flipped = [k for k in before if before[k] != "agree" and after[k] == "agree"]
    assert flipped, "a 10x tolerance must make some disagreeing pair meet"

    again = run_without_prefect(load_settings(docs=[docs], db=db, tolerance=10.0))
    assert again.checks.retoleranced == 0
