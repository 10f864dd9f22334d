"""Score the pure extractor on a folder against gold, without Prefect or DuckDB.

    python -m flows.quickeval seeds tests/data/gold [-v]
    python -m flows.quickeval seeds:tests/data/heldout/docs tests/data/heldout/gold  # + held-out

The developer's inner loop for extraction work; ``aidwatch eval`` scores a real warehouse.
"""

from __future__ import annotations

import sys
from pathlib import Path

from flows.evaluate import (
    PredFigure,
    PredMeeting,
    PredPair,
    Report,
    score_all,
)
from flows.extract import extract_document
from flows.extract.types import FigureHit
from flows.intervals import interval, intervals_meet
from flows.reading import decode


def score_docs(folders: list[Path], gold_dir: Path) -> Report:
    """Extract every file under ``folders`` and score it against the gold in ``gold_dir``."""
    texts: dict[str, str] = {}
    hits: list[tuple[str, FigureHit]] = []
    meets: list[PredMeeting] = []
    for path in sorted(
        (p for d in folders for p in d.rglob("*") if p.is_file()), key=lambda p: p.name
    ):
        data = path.read_bytes()
        # Extract from the text the pipeline sees (markup blanked in place); gold surfaces are
        # found in the file as a person opens it: the offsets of the two are the same.
        texts[path.name] = data.decode("utf-8")
        ex = extract_document(decode(data, path.name, len(data) + 1).text)
        hits += [(path.name, f) for f in ex.figures]
        meets += [
            PredMeeting(path.name, m.char_start, m.char_end, m.name, m.is_aggregate)
            for m in ex.meetings
        ]
    figs = [
        PredFigure(f, h.char_start, h.char_end, h.value, h.qualifier, f"{f}:{h.char_start}")
        for f, h in hits
    ]
    return score_all(figs, meets, same_key_pairs(hits), gold_dir, texts)


def main(argv: list[str]) -> int:
    """quickeval DOCS[:DOCS...] GOLD_DIR [-v]"""
    folders = [Path(p) for p in argv[0].split(":")]
    report = score_docs(folders, Path(argv[1]))
    print("\n".join(report.lines()))
    if "-v" in argv:
        print("\n".join(report.notes))
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
