"""Alert lifecycle on real DuckDB files: new → open and notified once; re-run → last_seen moves,
no second notification; data fixed → resolved; back again → reopened and notified again."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from test_crosscheck_support import T0, Doc, Stmt, drop, load
from test_webhook_support import webhook_server

from flows.alerting import refresh_and_notify
from flows.config import Settings
from flows.crosscheck import run_crosschecks
from flows.warehouse import store

EXPORTS = (date(2020, 3, 1), date(2020, 5, 31))
A = Doc(
    "001.txt",
    None,
    [
        Stmt("340 million protective suits", 340e6, "suits", period=EXPORTS),
        Stmt("96,700 ventilators", 96700, "ventilators", period=EXPORTS),
        Stmt("more than 40 discussions", 40, "talks", "more_than", as_of=date(2020, 4, 13)),
        Stmt("500 teams", 500, "teams", as_of=date(2020, 4, 13)),
        Stmt("more than 60 leaders", 60, "leaders", "more_than"),
    ],
)
B = Doc(
    "003.txt",
    date(2020, 6, 7),
    [
        Stmt("390 million protective suits", 390e6, "suits", period=EXPORTS),
        Stmt("96,700 ventilators", 96700, "ventilators", period=EXPORTS),
        Stmt("more than 70 exchanges", 70, "talks", "more_than"),
        Stmt("450 teams", 450, "teams"),
        Stmt("more than 60 leaders", 60, "leaders", "more_than"),
    ],
)
B_FIXED = Doc("003.txt", date(2020, 6, 7), [B.stmts[1], B.stmts[2], B.stmts[3]])


def _cycle(con, ts, settings: Settings):
    run_crosschecks(con, f"run-{ts:%H%M}", ts)
    return refresh_and_notify(con, ts, settings)


def _alerts(con) -> dict[str, tuple]:
    rows = con.execute(
        "SELECT claim_key, status, severity, verdict, first_seen, last_seen, resolved_at, "
        "notified_at FROM alerts"
    ).fetchall()
    return {r[0]: r[1:] for r in rows}


@pytest.fixture
def con(tmp_path: Path):
    with store.connect(tmp_path / "wh.duckdb") as con:
        load(con, [A, B], tmp_path)
        yield con


def test_every_disagreement_alerts_with_its_severity_and_agreements_never(con) -> None:
    out = _cycle(con, T0, Settings())
    got = _alerts(con)
    assert {k: v[1:3] for k, v in got.items()} == {
        "suits": ("high", "conflict"),
        "talks": ("info", "changed_over_time"),
        "teams": ("high", "regressed"),
    }
    assert "ventilators" not in got and "leaders" not in got  # these agree
    assert (out.open, out.new, out.resolved, out.notified) == (3, 3, 0, 0)
    assert all(v[6] is None for v in got.values())  # no channel configured: nothing sent


def test_message_names_both_documents_quotes_values_dates_and_reason(con, tmp_path) -> None:
    _cycle(con, T0, Settings())
    (msg, doc_a, doc_b, qa, qb), *_ = con.execute(
        "SELECT message, doc_a, doc_b, quote_a, quote_b FROM alerts WHERE claim_key = 'suits'"
    ).fetchall()
    assert {doc_a, doc_b} == {str(tmp_path / "001.txt"), str(tmp_path / "003.txt")}
    for part in (doc_a, doc_b, qa, qb, "340,000,000", "390,000,000", "as of 2020-05-31"):
        assert part in msg, part
    assert msg.startswith("CONFLICT [high] suits") and "contradict" in msg
    assert qa == "By then 340 million protective suits were on record." or qb == qa.replace(
        "390", "340"
    )


def test_lifecycle_notify_once_rerun_resolve_and_reopen(con, tmp_path: Path) -> None:
    with webhook_server() as hook:
        settings = Settings(webhook_url=hook.url)
        first = _cycle(con, T0, settings)
        assert (first.new, first.notified) == (3, 3)
        assert sorted(hook.alert_ids) == sorted(
            r[0] for r in con.execute("SELECT alert_id FROM alerts").fetchall()
        )
        before = _alerts(con)

        t1 = T0 + timedelta(hours=1)
        second = _cycle(con, t1, settings)
        assert (second.new, second.notified, second.open) == (0, 0, 3)
        assert len(hook.bodies) == 1  # nothing sent again
        after = _alerts(con)
        for key, row in after.items():
            assert row[0] == "open" and row[4] == t1  # last_seen moved
            assert row[3] == before[key][3] == T0  # first_seen kept
            assert row[6] == before[key][6] == T0  # notified once, at T0

        # the document is corrected: the suits statement goes, the rest of it stays
        drop(con, B)
        load(con, [B_FIXED], tmp_path)
        t2 = T0 + timedelta(hours=2)
        third = _cycle(con, t2, settings)
        got = _alerts(con)
        assert got["suits"][0] == "resolved" and got["suits"][5] == t2
        assert (third.resolved, third.new, third.notified, third.open) == (1, 0, 0, 2)
        # new doc_id and figure ids, same disagreements: they hold, not re-notified
        assert got["talks"][0] == "open" and got["talks"][3] == T0 and got["talks"][6] == T0
        assert len(hook.bodies) == 1

        # the wrong figure comes back: a new episode, notified again
        drop(con, B_FIXED)
        load(con, [B], tmp_path)
        t3 = T0 + timedelta(hours=3)
        fourth = _cycle(con, t3, settings)
        got = _alerts(con)
        assert got["suits"][0] == "open" and got["suits"][5] is None
        assert got["suits"][3] == t3 and got["suits"][6] == t3
        assert (fourth.new, fourth.notified) == (1, 1)
        assert [a["claim_key"] for a in hook.bodies[-1]["alerts"]] == ["suits"]


def test_alert_ids_follow_figures_of_the_current_version(con, tmp_path: Path) -> None:
    _cycle(con, T0, Settings())
    drop(con, B)
    edited = Doc("003.txt", B.published_on, [Stmt("12 papers", 12, "papers"), *B.stmts])
    load(con, [edited], tmp_path)
    _cycle(con, T0 + timedelta(hours=1), Settings())
    rows = con.execute(
        "SELECT a.figure_id_b = c.figure_id_b FROM alerts a JOIN crosschecks c "
        "ON c.claim_key = a.claim_key WHERE a.claim_key = 'suits'"
    ).fetchall()
    assert rows == [(True,)]
    assert con.execute("SELECT count(*) FROM alerts WHERE status = 'open'").fetchone() == (3,)


def test_unconfigured_channel_keeps_alerts_pending_until_one_is_set(con) -> None:
    first = _cycle(con, T0, Settings())
    assert (first.notified, first.undelivered) == (0, 0)
    with webhook_server() as hook:
        later = _cycle(con, T0 + timedelta(hours=1), Settings(webhook_url=hook.url))
        assert later.notified == 3 and len(hook.alert_ids) == 3
        # the most severe are sent first
        assert [a["severity"] for a in hook.bodies[0]["alerts"]] == ["high", "high", "info"]


def test_a_restated_disagreement_is_one_alert(tmp_path: Path) -> None:
    a = Doc(
        "a.txt", date(2020, 6, 1), [Stmt("six proposals", 6, "p"), Stmt("six proposals", 6, "p")]
    )
    b = Doc("b.txt", date(2020, 6, 1), [Stmt("five proposals", 5, "p")])
    with store.connect(tmp_path / "wh.duckdb") as con:
        load(con, [a, b], tmp_path)
        run_crosschecks(con, "run-1", T0)
        out = refresh_and_notify(con, T0, Settings(), "run-1")
        n_pairs = con.execute("SELECT count(*) FROM crosschecks").fetchone()[0]
        lifecycle = con.execute(
            "SELECT status FROM check_results WHERE check_name = 'alerts_lifecycle'"
        ).fetchone()
    assert n_pairs == 2 and (out.open, out.new) == (1, 1)
    assert lifecycle == ("pass",)


def test_a_gone_document_resolves_its_alerts(con) -> None:
    _cycle(con, T0, Settings())
    con.execute("UPDATE documents SET status = 'gone' WHERE doc_id = ?", [B.doc_id()])
    out = _cycle(con, T0 + timedelta(hours=1), Settings())
    assert (out.open, out.resolved) == (0, 3)
    statuses = con.execute("SELECT DISTINCT status, resolved_at FROM alerts").fetchall()
    assert statuses == [("resolved", T0 + timedelta(hours=1))]


def test_a_moved_file_keeps_its_alerts_and_their_notification(con, tmp_path: Path) -> None:
    with webhook_server() as hook:
        settings = Settings(webhook_url=hook.url)
        _cycle(con, T0, settings)
        before = _alerts(con)
        moved = str(tmp_path / "archive" / "003-renamed.txt")
        con.execute("UPDATE documents SET source_path = ? WHERE doc_id = ?", [moved, B.doc_id()])
        out = _cycle(con, T0 + timedelta(hours=1), settings)
        assert (out.open, out.new, out.resolved, out.notified) == (3, 0, 0, 0)
        assert len(hook.bodies) == 1
        assert [(c.name, c.status) for c in out.checks] == [("alerts_lifecycle", "pass")]
    after = _alerts(con)
    assert {k: (v[0], v[3], v[6]) for k, v in after.items()} == {
        k: (v[0], v[3], v[6]) for k, v in before.items()
    }
    (msg, doc_b) = con.execute(
        "SELECT message, CASE WHEN doc_a = ? THEN doc_a ELSE doc_b END FROM alerts "
        "WHERE claim_key = 'suits'",
        [moved],
    ).fetchone()
    assert doc_b == moved and moved in msg
