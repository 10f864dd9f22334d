"""The scorer itself: a wrong scorer would make every extraction figure meaningless."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.evaluate import PredFigure, PredPair, score_figures, score_pairs
from flows.intervals import interval, intervals_meet

TEXT = "China sent more than 29 teams and 27 doctors. It gave US$50 million."
GOLD = [
    {"file": "a.txt", "surface": "more than 29 teams", "value": "29", "qualifier": "more_than"},
    {"file": "a.txt", "surface": "27 doctors", "value": "27", "qualifier": "exact"},
    {"file": "a.txt", "surface": "US$50 million", "value": "50000000", "qualifier": "exact"},
]


def _at(surface: str, value: float, qualifier: str = "exact", fid: str = "") -> PredFigure:
    start = TEXT.index(surface)
    return PredFigure("a.txt", start, start + len(surface), value, qualifier, fid)


def test_overlap_and_value_decide_a_match() -> None:
    pred = [_at("29", 29, "more_than"), _at("27 doctors", 28), _at("50 million", 50e6, "about")]
    score, qacc, notes = score_figures(pred, GOLD, {"a.txt": TEXT})
    assert (score.tp, score.fp, score.fn) == (2, 1, 1)  # 28 != 27: wrong value is a miss
    assert qacc == 0.5  # the money figure's qualifier is wrong
    assert any("27 doctors" in n for n in notes)


def test_a_figure_counts_once() -> None:
    pred = [_at("29", 29, "more_than"), _at("more than 29", 29, "more_than")]
    score, _, _ = score_figures(pred, GOLD[:1], {"a.txt": TEXT})
    assert (score.tp, score.fp) == (1, 1)


def test_pairs_and_alerts_are_scored_against_gold_pairs() -> None:
    text_b = "It gave US$50 million and 30 doctors."
    texts = {"a.txt": TEXT, "b.txt": text_b}
    gold = GOLD + [
        {"file": "b.txt", "surface": "US$50 million", "value": "50000000", "qualifier": "exact"},
        {"file": "b.txt", "surface": "30 doctors", "value": "30", "qualifier": "exact"},
    ]
    pairs = [
        {
            "file_a": "a.txt",
            "surface_a": "US$50 million",
            "file_b": "b.txt",
            "surface_b": "US$50 million",
            "stated_values_disagree": "no",
        },
        {
            "file_a": "a.txt",
            "surface_a": "27 doctors",
            "file_b": "b.txt",
            "surface_b": "30 doctors",
            "stated_values_disagree": "yes",
        },
    ]
    b0 = text_b.index("US$50")
    d0 = text_b.index("30 doctors")
    pred = [
        _at("US$50 million", 50e6, fid="a1"),
        _at("27 doctors", 27, fid="a2"),
        PredFigure("b.txt", b0, b0 + 13, 50e6, "exact", "b1"),
        PredFigure("b.txt", d0, d0 + 10, 30, "exact", "b2"),
    ]
    found = [PredPair("a1", "b1", False), PredPair("a2", "b2", True), PredPair("a1", "b2", True)]
    pair_score, alert_score, _ = score_pairs(found, pred, gold, pairs, texts)
    assert (pair_score.tp, pair_score.fp, pair_score.fn) == (2, 1, 0)
    assert (alert_score.tp, alert_score.fp, alert_score.fn) == (1, 1, 0)


def test_interval_rule_from_the_gold_readme() -> None:
    assert interval(100, "more_than") == (100, 110.00000000000001, True)
    assert interval(100, "nearly")[:2] == (90, 100)
    # "more than 40" and "50" do not meet; "nearly 50" and "more than 45" do
    assert not intervals_meet(interval(40, "more_than"), interval(50, "exact"))
    assert intervals_meet(interval(50, "nearly"), interval(45, "more_than"))
    # touching ends meet, as the gold counts "over 1.4 billion" and "1.4 billion" as agreeing
    assert intervals_meet(interval(1.4e9, "more_than"), interval(1.4e9, "exact"))
    assert not intervals_meet(interval(1.4e9, "more_than"), interval(1.3e9, "exact"))


def test_eval_command_scores_a_warehouse_and_lists_misses_with_v(
    seed_docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    """``aidwatch eval --gold DIR --db FILE [-v]`` on a real warehouse: scores, and with -v the
    figure a gold file has and the warehouse lacks."""
    import shutil

    import flows.artifacts
    from flows.cli import main
    from flows.config import load_settings
    from flows.pipeline import run_without_prefect

    monkeypatch.setattr(flows.artifacts, "publish_run_artifacts", lambda *a, **k: None)
    db = tmp_path / "wh.duckdb"
    run_without_prefect(load_settings(docs=[seed_docs], db=db))
    gold = tmp_path / "gold"
    shutil.copytree(Path(__file__).parent / "data" / "gold", gold)
    first = sorted(p.name for p in seed_docs.iterdir())[0]
    with (gold / "seed_figures.tsv").open("a", encoding="utf-8") as f:  # a figure no text holds
        f.write(f"{first}\tninety-nine flying teapots\t99\texact\tteapots\tx\t\tteapots\n")

    assert main(["eval", "--gold", str(gold), "--db", str(db)]) == 0
    quiet = capsys.readouterr().out
    assert "figures" in quiet and "teapots" not in quiet
    assert main(["eval", "--gold", str(gold), "--db", str(db), "-v"]) == 0
    loud = capsys.readouterr().out
    assert "missed" in loud and "flying teapots" in loud


@pytest.mark.usefixtures("prefect_server")
def test_eval_with_no_warehouse_runs_the_pipeline_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a fresh machine ``aidwatch eval --gold DIR`` has no warehouse to read: it makes one
    from the configured documents (the seeds) instead of failing, then scores it."""
    from flows.cli import main

    db = tmp_path / "fresh.duckdb"
    gold = Path(__file__).parent / "data" / "gold"
    assert main(["eval", "--gold", str(gold), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "no warehouse at" in out and db.exists()
    figures = next(line for line in out.splitlines() if line.startswith("figures"))
    assert "tp=0 " not in figures and "F1=1.000" in figures, figures
