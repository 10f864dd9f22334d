"""The run report that becomes the Prefect artifact, built from a real warehouse (no Prefect)."""

from __future__ import annotations

from pathlib import Path

from test_alerts import A, B
from test_crosscheck_support import T0, load

from flows.alerting import refresh_and_notify
from flows.artifacts import alert_table, run_markdown
from flows.config import Settings
from flows.crosscheck import run_crosschecks
from flows.warehouse import store


def test_report_lists_checks_and_each_alert_with_both_sides(tmp_path: Path) -> None:
    with store.connect(tmp_path / "wh.duckdb") as con:
        load(con, [A, B], tmp_path)
        run_crosschecks(con, "run-1", T0)
        out = refresh_and_notify(con, T0, Settings(), "run-1")
        md = run_markdown(con, "run-1", out)
        table = alert_table(con)
    assert md.startswith("# aidwatch run `run-1`")
    assert "| figure_surface_matches_text | pass | 0 |" in md
    assert "| claims_disagree | warn | 3 |" in md
    assert "| alerts_lifecycle | pass | 0 |" in md
    assert "## Alerts: 3 open (3 new, 0 resolved, 0 notified this run)" in md
    assert md.index("HIGH · conflict · `suits`") < md.index("INFO · changed over time")
    assert "`001.txt` says **340,000,000**" in md and "`003.txt` says **390,000,000**" in md
    assert "> By then 390 million protective suits were on record." in md
    assert "contradict each other for the same date" in md
    assert len(table) == 3 and table[0]["severity"] == "high"
    assert {table[0]["doc_a"], table[0]["doc_b"]} == {"001.txt", "003.txt"}


def test_report_stays_bounded_on_many_alerts(tmp_path: Path, monkeypatch) -> None:
    import flows.artifacts as artifacts

    monkeypatch.setattr(artifacts, "MAX_ALERTS", 2)
    monkeypatch.setattr(artifacts, "MAX_TABLE_ROWS", 1)
    with store.connect(tmp_path / "wh.duckdb") as con:
        load(con, [A, B], tmp_path)
        run_crosschecks(con, "run-1", T0)
        out = refresh_and_notify(con, T0, Settings(), "run-1")
        md = run_markdown(con, "run-1", out)
        assert len(alert_table(con)) == 1
    assert md.count("#### ") == 2 and md.endswith("… and 1 more: `aidwatch alerts`")
