"""Score the pure extractor on a folder against gold, without Prefect or DuckDB.

    python -m flows.quickeval seeds tests/data/gold [-v]

The developer's inner loop for extraction work; ``aidwatch eval`` scores a real warehouse.
"""

from __future__ import annotations

import sys
from pathlib import Path

from flows.evaluate import (
    PredFigure,
    PredMeeting,
    PredPair,
    read_tsv,
    score_figures,
    score_meetings,
    score_pairs,
)
from flows.extract import extract_document
from flows.extract.types import FigureHit
from flows.intervals import interval, intervals_meet


def main(argv: list[str]) -> int:
    docs, gold_dir, verbose = Path(argv[0]), Path(argv[1]), "-v" in argv
    texts: dict[str, str] = {}
    figs: list[PredFigure] = []
    meets: list[PredMeeting] = []
    hits: list[tuple[str, FigureHit]] = []
    for path in sorted(p for p in docs.rglob("*") if p.is_file()):
        text = path.read_bytes().decode("utf-8")
        texts[path.name] = text
        ex = extract_document(text)
        figs += [
            PredFigure(path.name, f.char_start, f.char_end, f.value, f.qualifier)
            for f in ex.figures
        ]
        hits += [(path.name, f) for f in ex.figures]
        meets += [
            PredMeeting(path.name, m.char_start, m.char_end, m.name, m.is_aggregate)
            for m in ex.meetings
        ]
    fs, qacc, fnotes = score_figures(figs, read_tsv(gold_dir / "seed_figures.tsv"), texts)
    gm = read_tsv(gold_dir / "seed_meetings.tsv")
    ms, mnotes = score_meetings(meets, gm, texts, named_only=False)
    ns, nnotes = score_meetings(meets, gm, texts, named_only=True)
    print(fs.line("figures"), f"qualifier_acc={qacc:.3f}")
    print(ms.line("meetings"))
    print(ns.line("named meetings"))
    gold = read_tsv(gold_dir / "seed_figures.tsv")
    ps, alerts, pnotes = score_pairs(
        same_key_pairs(hits),
        [
            PredFigure(f, h.char_start, h.char_end, h.value, h.qualifier, f"{f}:{h.char_start}")
            for f, h in hits
        ],
        gold,
        read_tsv(gold_dir / "seed_pairs.tsv"),
        texts,
    )
    print(ps.line("pairs"))
    print(alerts.line("alerts"))
    if verbose:
        print("\n".join(fnotes + mnotes + nnotes + pnotes))
    return 0


def same_key_pairs(hits: list[tuple[str, FigureHit]]) -> list[PredPair]:
    """Cross-document pairs of figures with one claim key, as the warehouse check makes them."""
    by_key: dict[str, list[tuple[str, FigureHit]]] = {}
    for f, h in hits:
        if h.claim_key:
            by_key.setdefault(h.claim_key, []).append((f, h))
    out = []
    for group in by_key.values():
        for i, (fa, a) in enumerate(group):
            for fb, b in group[i + 1 :]:
                if fa != fb and not _different_periods(a, b):
                    meet = intervals_meet(
                        interval(a.value, a.qualifier), interval(b.value, b.qualifier)
                    )
                    out.append(PredPair(f"{fa}:{a.char_start}", f"{fb}:{b.char_start}", not meet))
    return out


def _different_periods(a: FigureHit, b: FigureHit) -> bool:
    """Closed periods that differ count different things (the cross-check SQL skips them too)."""
    spans = [(h.period_start, h.period_end) for h in (a, b)]
    return all(s and e for s, e in spans) and spans[0] != spans[1]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
