"""Extraction and pairing quality against hand-made gold: the issue targets as a regression guard.

Seed gold is the development set the targets are stated on; the held-out set (tests/data/heldout)
was written in the same genre after the extractor, and guards against rules that fit the seeds only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.quickeval import Report, score_docs

DATA = Path(__file__).resolve().parent / "data"
SEEDS = DATA.parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds() -> Report:
    return score_docs([SEEDS], DATA / "gold")


@pytest.fixture(scope="module")
def with_heldout() -> Report:
    return score_docs([SEEDS, DATA / "heldout" / "docs"], DATA / "heldout" / "gold")


@pytest.fixture(scope="module")
def with_heldout2() -> Report:
    return score_docs([SEEDS, DATA / "heldout2" / "docs"], DATA / "heldout2" / "gold")


def test_seed_targets(seeds: Report) -> None:
    assert seeds.figures.f1 >= 0.97, seeds.lines()
    assert seeds.qualifier_accuracy >= 0.97, seeds.lines()
    assert seeds.named_meetings.f1 >= 0.90, seeds.lines()
    assert seeds.pairs.f1 >= 0.95, seeds.lines()
    assert seeds.alerts.f1 >= 0.95, seeds.lines()


def test_heldout_floors(with_heldout: Report) -> None:
    r = with_heldout
    assert r.figures.f1 >= 0.95, r.lines()
    assert r.qualifier_accuracy >= 0.95, r.lines()
    assert r.named_meetings.f1 >= 0.85, r.lines()
    assert r.pairs.f1 >= 0.90, r.lines()
    assert r.alerts.f1 >= 0.85, r.lines()


def test_second_heldout_floors(with_heldout2: Report) -> None:
    """Floors a little under what the set scores (pairs 0.947 and alerts 0.783 when committed;
    1.000 and 1.000 since motion verbs give and shared/held conferences are one claim)."""
    r = with_heldout2
    assert r.figures.f1 >= 0.95, r.lines()
    assert r.qualifier_accuracy >= 0.95, r.lines()
    assert r.named_meetings.f1 >= 0.85, r.lines()
    assert r.pairs.f1 >= 0.95 and r.pairs.precision >= 0.95, r.lines()
    assert r.alerts.f1 >= 0.90 and r.alerts.precision >= 0.90, r.lines()


@pytest.fixture(scope="module")
def with_heldout3() -> Report:
    docs = [SEEDS, DATA / "heldout2" / "docs", DATA / "heldout3" / "docs"]
    return score_docs(docs, DATA / "heldout3" / "gold")


def test_third_heldout_floors(with_heldout3: Report) -> None:
    """Other donors (Japan, Russia, Türkiye). When committed: figures 0.969, pairs 0.796 (P 0.966),
    alerts 0.597 (P 0.852); after the other-donor key rules: figures 0.980, pairs 0.911, alerts
    0.917 (P 0.957); after the lone-total, double-object and default-supplies key rules: pairs
    0.931 (P 1.000). Floors a little under; a false alert costs an analyst's trust: P ≥ 0.9."""
    r = with_heldout3
    assert r.figures.f1 >= 0.95, r.lines()
    assert r.qualifier_accuracy >= 0.95, r.lines()
    assert r.pairs.f1 >= 0.89 and r.pairs.precision >= 0.95, r.lines()
    assert r.alerts.f1 >= 0.85 and r.alerts.precision >= 0.90, r.lines()


@pytest.fixture(scope="module")
def with_heldout4() -> Report:
    sets = ("heldout2", "heldout3", "heldout4")
    return score_docs([SEEDS, *(DATA / n / "docs" for n in sets)], DATA / "heldout4" / "gold")


def test_fourth_heldout_floors(with_heldout4: Report) -> None:
    """The seeds' genre in new forms (PDF extract, Markdown tracker, transcript, city release,
    UK article, joint statement). When committed: figures 0.955, pairs 0.789 (P 0.930), alerts
    0.778 (P 0.804); after wrapped lines, tables, ranges and party keys: figures 0.991, pairs
    0.861 (P 0.997), alerts 0.950 (P 0.990); after the sums-and-parts and receiver key rules:
    pairs 0.946 (P 1.000), alerts 0.968 (P 1.000). Floors a little under."""
    r = with_heldout4
    assert r.figures.f1 >= 0.96 and r.figures.precision >= 0.97, r.lines()
    assert r.qualifier_accuracy >= 0.95, r.lines()
    assert r.pairs.f1 >= 0.92 and r.pairs.precision >= 0.95, r.lines()
    assert r.alerts.f1 >= 0.93 and r.alerts.precision >= 0.95, r.lines()


@pytest.fixture(scope="module")
def with_heldout5() -> Report:
    sets = ("heldout2", "heldout3", "heldout4", "heldout5")
    return score_docs([SEEDS, *(DATA / n / "docs" for n in sets)], DATA / "heldout5" / "gold")


def test_fifth_heldout_floors(with_heldout5: Report) -> None:
    """HTML table, accented names and local currencies, a WHO sitrep with space-grouped
    numbers, a dense feature, a translated release. When committed: figures 0.927, pairs 0.797
    (P 0.971), alerts 0.855 (P 0.915); after HTML rows, space groups and private givers:
    figures 0.986 (P 1.000), pairs 0.804 (P 0.984), alerts 0.871 (P 0.952); after the
    sums-and-parts, receiver, span, load and nominal-action key rules: pairs 0.942 (P 0.994),
    alerts 0.936 (P 0.978). Floors a little under."""
    r = with_heldout5
    assert r.figures.f1 >= 0.96 and r.figures.precision >= 0.97, r.lines()
    assert r.qualifier_accuracy >= 0.95, r.lines()
    assert r.pairs.f1 >= 0.91 and r.pairs.precision >= 0.97, r.lines()
    assert r.alerts.f1 >= 0.89 and r.alerts.precision >= 0.93, r.lines()


@pytest.fixture(scope="module")
def with_heldout6() -> Report:
    sets = ("heldout2", "heldout3", "heldout4", "heldout5", "heldout6")
    return score_docs([SEEDS, *(DATA / n / "docs" for n in sets)], DATA / "heldout6" / "gold")


def test_sixth_heldout_floors(with_heldout6: Report) -> None:
    """An MFA briefing, an EU release in Markdown, a Turkish statement, an embassy news page and
    a wire roundup restating them. Scored once: figures F1 0.990 (P 1.000), meetings 0.970,
    pairs 0.893 (P 0.924), alerts 0.810 (P 0.763); after the receiver ("provided Pakistan
    with", "worked in", "In Pakistan,", "the region"), team-member, group-tally, counted-
    receiver, bare-tally and non-actor rules: figures 0.990 (P 1.000), pairs 0.934 (P 0.994),
    alerts 0.932 (P 0.978). Floors a little under."""
    r = with_heldout6
    assert r.figures.f1 >= 0.97 and r.figures.precision >= 0.98, r.lines()
    assert r.qualifier_accuracy >= 0.95, r.lines()
    assert r.meetings.f1 >= 0.95, r.lines()
    assert r.pairs.f1 >= 0.91 and r.pairs.precision >= 0.97, r.lines()
    assert r.alerts.f1 >= 0.90 and r.alerts.precision >= 0.95, r.lines()


@pytest.fixture(scope="module")
def with_heldout7() -> Report:
    sets = ("heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")
    return score_docs([SEEDS, *(DATA / n / "docs" for n in sets)], DATA / "heldout7" / "gold")


def test_seventh_heldout_floors(with_heldout7: Report) -> None:
    """A Korean press release in won, a Jiangsu foreign-affairs news item, a UNICEF situation
    report, an ECOWAS communiqué and a news analysis restating them (fourth session, written by
    a helper who never ran the extractor). Scored once: figures F1 0.977 (P 0.999), qualifier
    accuracy 0.990, meetings 0.973, pairs 0.902 (P 0.989), alerts 0.901 (P 0.958); after the
    won, slash dates, '-ly' adjectives in items, communiqué meetings and the 'two-year pledge'
    span: figures 0.988, meetings 0.985, pairs 0.912 (P 0.989). Floors a little under."""
    r = with_heldout7
    assert r.figures.f1 >= 0.97 and r.figures.precision >= 0.98, r.lines()
    assert r.qualifier_accuracy >= 0.95, r.lines()
    assert r.meetings.f1 >= 0.95, r.lines()
    assert r.pairs.f1 >= 0.89 and r.pairs.precision >= 0.97, r.lines()
    assert r.alerts.f1 >= 0.87 and r.alerts.precision >= 0.93, r.lines()
