"""Cross-check verdicts on hand-made warehouses in real DuckDB files (sql/crosscheck.sql)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest
from test_crosscheck_support import T0, Doc, Stmt, crosschecks, load

from flows.crosscheck import run_crosschecks
from flows.warehouse import store

MAR1, MAY31 = date(2020, 3, 1), date(2020, 5, 31)
EXPORTS = (MAR1, MAY31)


@pytest.fixture
def con(tmp_path: Path):
    with store.connect(tmp_path / "wh.duckdb") as con:
        yield con


def _run(con: duckdb.DuckDBPyConnection, docs: list[Doc], tmp_path: Path, **kw) -> dict:
    load(con, docs, tmp_path, **kw)
    run_crosschecks(con, "run-1", T0)
    return crosschecks(con)


def test_same_period_agree_and_conflict(con, tmp_path: Path) -> None:
    a = Doc(
        "001.txt",
        None,
        [
            Stmt("340 million protective suits", 340e6, "suits", period=EXPORTS),
            Stmt("96,700 ventilators", 96700, "ventilators", period=EXPORTS),
        ],
    )
    b = Doc(
        "003.txt",
        date(2020, 6, 7),
        [
            Stmt("390 million protective suits", 390e6, "suits", period=EXPORTS),
            Stmt("96,700 ventilators", 96700, "ventilators", period=EXPORTS),
        ],
    )
    got = _run(con, [a, b], tmp_path)
    assert got["ventilators"][0] == "agree"
    verdict, fa, fb, detail = got["suits"]
    assert verdict == "conflict"
    assert {fa.split(":")[0], fb.split(":")[0]} == {a.doc_id(), b.doc_id()}
    assert "340,000,000" in detail and "390,000,000" in detail
    assert "2020-03-01 to 2020-05-31" in detail and "same date" in detail


def test_running_total_grew_or_regressed_ordered_by_date(con, tmp_path: Path) -> None:
    # the later document has the smaller doc_id half the time: orientation follows the dates
    early = Doc(
        "early.txt",
        date(2020, 4, 13),
        [
            Stmt("more than 40 discussions", 40, "talks", "more_than"),
            Stmt("500 teams", 500, "teams"),
        ],
    )
    late = Doc(
        "late.txt",
        date(2020, 6, 7),
        [
            Stmt("more than 70 exchanges", 70, "talks", "more_than"),
            Stmt("450 teams", 450, "teams"),
        ],
    )
    got = _run(con, [late, early], tmp_path)
    verdict, fa, _, detail = got["talks"]
    assert verdict == "changed_over_time"
    assert fa.startswith(early.doc_id())
    assert "2020-04-13 (the document's date)" in detail and "grew" in detail
    verdict, fa, fb, _ = got["teams"]
    assert verdict == "regressed"
    assert fa.startswith(early.doc_id()) and fb.startswith(late.doc_id())


def test_stated_as_of_beats_document_date(con, tmp_path: Path) -> None:
    # the white paper is dated June but says "as of April 13": April is what it speaks for
    a = Doc("a.txt", date(2020, 6, 7), [Stmt("1.6 million cases", 1.6e6, "cases")])
    b = Doc(
        "b.txt",
        date(2020, 7, 15),
        [Stmt("1.2 million cases", 1.2e6, "cases", as_of=date(2020, 4, 13))],
    )
    verdict, fa, _, _ = _run(con, [a, b], tmp_path)["cases"]
    assert verdict == "changed_over_time" and fa.startswith(b.doc_id())


def test_one_off_event_fact_conflicts_across_dates(con, tmp_path: Path) -> None:
    wha = "73rd World Health Assembly"
    a = Doc("a.txt", date(2020, 5, 20), [Stmt("six proposals", 6, "wha", event=wha)])
    b = Doc("b.txt", date(2020, 6, 7), [Stmt("five proposals", 5, "wha", event=wha)])
    verdict, *_, detail = _run(con, [a, b], tmp_path)["wha"]
    assert verdict == "conflict" and wha in detail


def test_unknown_date_says_order_unknown(con, tmp_path: Path) -> None:
    a = Doc("a.txt", None, [Stmt("more than 60 foreign leaders", 60, "leaders", "more_than")])
    b = Doc("b.txt", date(2020, 6, 7), [Stmt("nearly 50 foreign leaders", 50, "leaders", "nearly")])
    verdict, *_, detail = _run(con, [a, b], tmp_path)["leaders"]
    assert verdict == "order_unknown" and "unknown date" in detail


def test_interval_rule_and_configured_tolerance(con, tmp_path: Path) -> None:
    a = Doc(
        "a.txt",
        date(2020, 6, 1),
        [
            Stmt("more than 140 countries", 140, "k140", "more_than"),
            Stmt("nearly 150 countries", 150, "k150", "nearly"),
            Stmt("more than 40 organisations", 40, "k40", "more_than"),
            Stmt("more than 40 envoys", 40, "k45", "more_than"),
        ],
    )
    b = Doc(
        "b.txt",
        date(2020, 6, 1),
        [
            Stmt("over 150 countries", 150, "k140", "more_than"),
            Stmt("150 countries", 150, "k150"),
            Stmt("40 organisations", 40, "k40"),
            Stmt("45 envoys", 45, "k45"),
        ],
    )
    got = _run(con, [a, b], tmp_path)
    assert got["k140"][0] == "agree"  # (140, 154] meets (150, 165]
    assert got["k150"][0] == "agree"  # [135, 150] meets [150, 150]
    # touching counts as meeting: "over 1.4 billion" and "1.4 billion" are one round number
    assert got["k40"][0] == "agree"
    assert got["k45"][0] == "conflict"  # (40, 44] vs 45
    con.execute("DELETE FROM figures; DELETE FROM document_texts; DELETE FROM documents")
    got = _run(con, [a, b], tmp_path, tolerance=0.05)
    assert got["k140"][0] == "conflict"  # (140, 147] no longer reaches (150, 157.5]


def test_pairing_rules_periods_units_events_repeats_and_gone_documents(con, tmp_path: Path) -> None:
    mar, apr = (date(2020, 3, 1), date(2020, 3, 31)), (date(2020, 4, 1), date(2020, 4, 30))
    a = Doc(
        "a.txt",
        date(2020, 6, 1),
        [
            Stmt("2 million masks", 2e6, "masks_month", period=mar),
            Stmt("US$20 million", 20e6, "cash", unit="USD", kind="money"),
            Stmt("five measures", 5, "measures"),
            Stmt("five measures", 5, "measures"),  # said twice: each statement pairs
            Stmt("six proposals", 6, "proposals", event="WHA"),
            Stmt("12 calls with leaders", 12, "leaders", event="calls with leaders (aggregate)"),
            Stmt("10 calls", 10, "calls", period=(MAR1, date(2020, 4, 30))),
            Stmt("3 teams", 3, ""),  # no claim key: never paired
        ],
    )
    b = Doc(
        "b.txt",
        date(2020, 6, 1),
        [
            Stmt("3 million masks", 3e6, "masks_month", period=apr),
            Stmt("RMB20 million", 20e6, "cash", unit="RMB", kind="money"),
            Stmt("five measures", 5, "measures"),
            Stmt("25 calls", 25, "calls", period=EXPORTS),
            Stmt("four proposals", 4, "proposals", event="G20"),  # another event: not paired
            Stmt("60 leaders", 60, "leaders", as_of=date(2020, 6, 20)),
            Stmt("4 teams", 4, ""),
        ],
    )
    c = Doc("c.txt", date(2020, 6, 2), [Stmt("five measures", 5, "measures")])
    load(con, [a, b, c], tmp_path)
    con.execute("UPDATE documents SET status = 'gone' WHERE doc_id = ?", [c.doc_id()])
    out = run_crosschecks(con, "run-1", T0)
    got = con.execute("SELECT claim_key, verdict FROM crosschecks ORDER BY 1").fetchall()
    # March vs April: different things; USD vs RMB: not comparable; WHA vs G20: two facts;
    # c is gone; an "(aggregate)" event is a running total, so its verdict follows the dates
    assert got == [
        ("calls", "changed_over_time"),
        ("leaders", "changed_over_time"),
        ("measures", "agree"),
        ("measures", "agree"),
    ]
    assert (out.pairs, out.disagreements) == (4, 2)


def test_claim_in_n_documents_yields_every_pair_once(con, tmp_path: Path) -> None:
    docs = [
        Doc(f"d{i}.txt", date(2020, 6, 1), [Stmt(f"{v} masks", v, "masks")])
        for i, v in enumerate([100, 100, 100, 120])
    ]
    load(con, docs, tmp_path)
    run_crosschecks(con, "run-1", T0)
    rows = con.execute(
        "SELECT verdict, count(*), count(DISTINCT check_id) FROM crosschecks GROUP BY 1 ORDER BY 1"
    ).fetchall()
    assert rows == [("agree", 3, 3), ("conflict", 3, 3)]
    ids = {r[0] for r in con.execute("SELECT check_id FROM crosschecks").fetchall()}
    run_crosschecks(con, "run-2", T0)
    assert {r[0] for r in con.execute("SELECT check_id FROM crosschecks").fetchall()} == ids
