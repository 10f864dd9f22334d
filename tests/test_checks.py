"""Named checks (sql/checks/*.sql) on real DuckDB files: they pass on sound data, catch each kind
of damage they are written for, and every run records its results in check_results."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from test_crosscheck_support import T0, Doc, Stmt, load

from flows.alerting import refresh_and_notify
from flows.checks import load_checks, run_checks
from flows.config import SQL_DIR, Settings
from flows.crosscheck import run_crosschecks
from flows.warehouse import store

A = Doc(
    "a.txt",
    date(2020, 6, 1),
    [
        Stmt("340 million “protective” suits", 340e6, "suits"),  # multi-byte text on purpose
        Stmt("27 countries", 27, "countries"),
        Stmt("US$50 million", 50e6, "cash", unit="USD", kind="money"),
    ],
)
B = Doc(
    "b.txt",
    None,
    [
        Stmt("27 countries", 27, "countries", as_of=date(2020, 6, 1)),
        Stmt("340 million “protective” suits", 340e6, "suits", as_of=date(2020, 6, 1)),
        Stmt("RMB50 million", 50e6, "cash", unit="RMB", kind="money"),
        Stmt("more than 40 talks", 40, "talks", "more_than"),
    ],
)
C = Doc("c.txt", date(2020, 6, 1), [Stmt("more than 70 talks", 70, "talks", "more_than")])


@pytest.fixture
def con(tmp_path: Path):
    with store.connect(tmp_path / "wh.duckdb") as con:
        load(con, [A, B, C], tmp_path)
        yield con


def _status(con, run_id: str = "run-1") -> dict[str, tuple[str, int]]:
    rows = con.execute(
        "SELECT check_name, status, failing_rows FROM check_results WHERE run_id = ?", [run_id]
    ).fetchall()
    return {n: (s, k) for n, s, k in rows}


def test_every_check_declares_a_severity_and_a_known_stage() -> None:
    checks = load_checks()
    assert len(checks) >= 8
    for c in checks:
        head = (SQL_DIR / "checks" / f"{c.name}.sql").read_text().splitlines()[0]
        assert head in ("-- severity: warn", "-- severity: fail"), c.name
        assert c.stage in ("crosscheck", "alerts"), c.name
    assert {c.name for c in checks if c.stage == "alerts"} == {"alerts_lifecycle"}


def test_sound_warehouse_passes_and_warnings_are_recorded(con) -> None:
    out = run_crosschecks(con, "run-1", T0)
    assert out.failed == []
    got = _status(con)
    assert got["figure_surface_matches_text"] == ("pass", 0)
    assert got["figure_inside_sentence"] == ("pass", 0)
    assert got["records_have_documents"] == ("pass", 0)
    assert got["figure_interval_holds_value"] == ("pass", 0)
    assert got["claims_disagree"] == ("warn", 1)  # more than 40 vs more than 70 talks
    assert got["documents_without_date"] == ("warn", 1)
    assert got["claim_units_consistent"] == ("warn", 1)  # cash in USD and RMB
    (sample,) = con.execute(
        "SELECT sample FROM check_results WHERE check_name = 'claims_disagree'"
    ).fetchone()
    assert json.loads(sample)[0]["claim_key"] == "talks"
    assert "alerts_lifecycle" not in got  # it runs after the alert refresh


def test_broken_provenance_fails_with_a_sample(con) -> None:
    (fid,) = con.execute(
        "SELECT figure_id FROM figures WHERE claim_key = 'suits' LIMIT 1"
    ).fetchone()
    con.execute("UPDATE figures SET char_start = char_start + 1 WHERE figure_id = ?", [fid])
    con.execute(
        "UPDATE figures SET sentence_end = char_start WHERE claim_key = 'countries' AND doc_id = ?",
        [A.doc_id()],
    )
    out = run_crosschecks(con, "run-1", T0)
    assert set(out.failed) == {"figure_surface_matches_text", "figure_inside_sentence"}
    (sample,) = con.execute(
        "SELECT sample FROM check_results WHERE check_name = 'figure_surface_matches_text'"
    ).fetchone()
    (row,) = json.loads(sample)
    assert row["figure_id"] == fid and row["text_at_offsets"] != row["surface"]


def test_orphans_and_bad_intervals_fail(con) -> None:
    con.execute(
        "INSERT INTO figures SELECT * REPLACE ('ghost:1' AS figure_id, 'ghost' AS doc_id) "
        "FROM figures LIMIT 1"
    )
    con.execute("UPDATE figures SET low = value + 1, high = value + 2 WHERE claim_key = 'cash'")
    run_crosschecks(con, "run-1", T0)
    assert _status(con)["crosschecks_unique"] == ("pass", 0)
    con.execute("INSERT INTO crosschecks SELECT * FROM crosschecks LIMIT 1")  # judged twice
    run_checks(con, "run-1", T0)
    got = _status(con)
    assert got["crosschecks_unique"] == ("fail", 1)
    assert got["records_have_documents"][0] == "fail"
    assert got["figure_interval_holds_value"] == ("fail", 2)


def test_alert_lifecycle_check_passes_after_refresh_and_catches_damage(con) -> None:
    run_crosschecks(con, "run-1", T0)
    refresh_and_notify(con, T0, Settings())
    (res,) = run_checks(con, "run-1", T0, stage="alerts")
    assert (res.status, res.failing_rows) == ("pass", 0)
    con.execute("UPDATE alerts SET status = 'resolved'")  # resolved without resolved_at
    (res,) = run_checks(con, "run-2", T0 + timedelta(hours=1), stage="alerts")
    assert res.status == "fail" and res.failing_rows == 2  # no open alert; no resolved_at
    problems = {r["problem"] for r in json.loads(res.sample)}
    assert problems == {
        "disagreement without an open alert",
        "open alert with resolved_at, or resolved without",
    }


def test_results_are_kept_per_run_and_a_rerun_replaces_its_own(con) -> None:
    run_crosschecks(con, "run-1", T0)
    run_crosschecks(con, "run-1", T0)
    run_crosschecks(con, "run-2", T0 + timedelta(hours=1))
    n = len(load_checks(stage="crosscheck"))
    rows = con.execute(
        "SELECT run_id, count(*) FROM check_results GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert rows == [("run-1", n), ("run-2", n)]


def test_a_check_that_cannot_run_is_an_error_not_a_crash(con, tmp_path: Path) -> None:
    sql_dir = tmp_path / "sql"
    (sql_dir / "checks").mkdir(parents=True)
    (sql_dir / "checks" / "typo.sql").write_text("-- severity: warn\nSELECT * FROM figurez\n")
    (sql_dir / "checks" / "ok.sql").write_text("-- severity: fail\nSELECT 1 WHERE false\n")
    ok, typo = run_checks(con, "run-1", T0, sql_dir=sql_dir)  # name order
    assert (typo.status, ok.status) == ("error", "pass")
    assert "figurez" in json.loads(typo.sample)["error"]


def test_later_stages_find_the_run_id_by_its_start_time(con) -> None:
    from flows.checks import run_id_at

    run_crosschecks(con, "run-from-checks", T0)
    assert run_id_at(con, T0) == "run-from-checks"
    con.execute("INSERT INTO runs (run_id, started_at) VALUES ('run-from-load', ?)", [T0])
    assert run_id_at(con, T0) == "run-from-load"
    assert run_id_at(con, T0 + timedelta(days=1)).startswith("run@")


def test_text_checks_run_per_slice_of_the_texts_and_find_the_same_rows(
    con, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A check declaring ``partition: documents`` reads the texts a slice at a time (so 10,000
    documents' text need not fit under the run's memory cap) and finds what one pass finds."""
    from flows import checks

    con.execute("UPDATE figures SET char_start = char_start + 1")  # every figure now fails
    by_name = {c.name: c for c in load_checks()}
    check = by_name["figure_surface_matches_text"]
    assert check.by_documents and by_name["figure_inside_sentence"].by_documents
    whole = checks.evaluate(con, check)
    monkeypatch.setattr(checks, "PART_TEXT_BYTES", 1)  # one slice per byte: many slices
    assert checks._text_parts(con) > 3
    sliced = checks.evaluate(con, check)
    n_figures = con.execute("SELECT count(*) FROM figures").fetchone()[0]
    assert whole.failing_rows == sliced.failing_rows == n_figures > 0
    assert sliced.status == "fail"
