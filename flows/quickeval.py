"""Score the pure extractor on a folder against gold, without Prefect or DuckDB.

    python -m flows.quickeval seeds tests/data/gold [-v]
    python -m flows.quickeval seeds:tests/data/heldout/docs tests/data/heldout/gold  # + held-out

The developer's inner loop for extraction work; ``aidwatch eval`` scores a real warehouse.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from flows.evaluate import (
    PredFigure,
    PredMeeting,
    PredPair,
    Score,
    read_tsv,
    score_figures,
    score_meetings,
    score_pairs,
)
from flows.extract import extract_document
from flows.extract.types import FigureHit
from flows.intervals import interval, intervals_meet
from flows.reading import decode


@dataclass(frozen=True, slots=True)
class Report:
    figures: Score
    qualifier_accuracy: float
    meetings: Score
    named_meetings: Score
    pairs: Score
    alerts: Score
    notes: list[str]

    def lines(self) -> list[str]:
        return [
            self.figures.line("figures") + f" qualifier_acc={self.qualifier_accuracy:.3f}",
            self.meetings.line("meetings"),
            self.named_meetings.line("named meetings"),
            self.pairs.line("pairs"),
            self.alerts.line("alerts"),
        ]


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
    gold = read_tsv(gold_dir / "seed_figures.tsv")
    fs, qacc, fnotes = score_figures(figs, gold, texts)
    gm = read_tsv(gold_dir / "seed_meetings.tsv")
    ms, mnotes = score_meetings(meets, gm, texts, named_only=False)
    ns, _ = score_meetings(meets, gm, texts, named_only=True)
    ps, al, pnotes = score_pairs(
        same_key_pairs(hits), figs, gold, read_tsv(gold_dir / "seed_pairs.tsv"), texts
    )
    return Report(fs, qacc, ms, ns, ps, al, fnotes + mnotes + pnotes)


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
