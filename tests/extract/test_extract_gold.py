"""The figure extractor against the hand-made gold (seeds, and seeds plus the held-out set).

Meetings are another pass (meetings.py); these tests call the figure pass directly so they
measure only what this extractor owns, with the scorer in flows/evaluate.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.evaluate import PredFigure, PredPair, read_tsv, score_figures, score_pairs
from flows.extract.docmeta import document_meta
from flows.extract.figures import find_figures
from flows.extract.sentences import split_sentences
from flows.extract.types import FigureHit
from flows.intervals import interval, intervals_meet

ROOT = Path(__file__).resolve().parents[2]
SETS = {
    "seeds": ([ROOT / "seeds"], ROOT / "tests/data/gold"),
    "seeds+heldout": (
        [ROOT / "seeds", ROOT / "tests/data/heldout/docs"],
        ROOT / "tests/data/heldout/gold",
    ),  # fmt: skip
}


def _extract(folders: list[Path]) -> tuple[dict[str, str], list[tuple[str, FigureHit]]]:
    texts: dict[str, str] = {}
    hits: list[tuple[str, FigureHit]] = []
    for folder in folders:
        for path in sorted(p for p in folder.iterdir() if p.is_file()):
            text = path.read_bytes().decode("utf-8")
            texts[path.name] = text
            found = find_figures(text, split_sentences(text), document_meta(text), [])
            hits += [(path.name, f) for f in found]
    return texts, hits


def _pairs(hits: list[tuple[str, FigureHit]]) -> list[PredPair]:
    """Cross-document pairs with one key (closed, different periods are not compared)."""
    out = []
    for i, (fa, a) in enumerate(hits):
        for fb, b in hits[i + 1 :]:
            if fa == fb or not a.claim_key or a.claim_key != b.claim_key:
                continue
            spans = [(h.period_start, h.period_end) for h in (a, b)]
            if all(s and e for s, e in spans) and spans[0] != spans[1]:
                continue
            meet = intervals_meet(interval(a.value, a.qualifier), interval(b.value, b.qualifier))
            out.append(PredPair(f"{fa}:{a.char_start}", f"{fb}:{b.char_start}", not meet))
    return out


@pytest.mark.parametrize("name", list(SETS))
def test_scores_on_gold(name: str) -> None:
    folders, gold_dir = SETS[name]
    if not gold_dir.exists():
        pytest.skip(f"{gold_dir} not present")
    texts, hits = _extract(folders)
    gold = read_tsv(gold_dir / "seed_figures.tsv")
    preds = [
        PredFigure(f, h.char_start, h.char_end, h.value, h.qualifier, f"{f}:{h.char_start}")
        for f, h in hits
    ]
    fs, qacc, notes = score_figures(preds, gold, texts)
    assert fs.f1 >= 0.97, notes
    assert qacc >= 0.97, notes
    ps, alerts, pnotes = score_pairs(
        _pairs(hits), preds, gold, read_tsv(gold_dir / "seed_pairs.tsv"), texts
    )
    assert ps.f1 >= 0.95, pnotes
    assert alerts.f1 >= 0.95, pnotes


def test_every_span_equals_its_surface_on_the_corpus() -> None:
    texts, hits = _extract(SETS["seeds+heldout"][0])
    assert hits
    for name, h in hits:
        assert texts[name][h.char_start : h.char_end] == h.surface
