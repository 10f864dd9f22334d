"""Score the pure extractor on a folder against gold, without Prefect or DuckDB.

    python -m flows.quickeval seeds tests/data/gold [-v]

The developer's inner loop for extraction work; ``aidwatch eval`` scores a real warehouse.
"""

from __future__ import annotations

import sys
from pathlib import Path

from flows.evaluate import PredFigure, PredMeeting, read_tsv, score_figures, score_meetings
from flows.extract import extract_document


def main(argv: list[str]) -> int:
    docs, gold_dir, verbose = Path(argv[0]), Path(argv[1]), "-v" in argv
    texts: dict[str, str] = {}
    figs: list[PredFigure] = []
    meets: list[PredMeeting] = []
    for path in sorted(p for p in docs.rglob("*") if p.is_file()):
        text = path.read_bytes().decode("utf-8")
        texts[path.name] = text
        ex = extract_document(text)
        figs += [PredFigure(path.name, f.char_start, f.char_end, f.value, f.qualifier)
                 for f in ex.figures]
        meets += [PredMeeting(path.name, m.char_start, m.char_end, m.name, m.is_aggregate)
                  for m in ex.meetings]
    fs, qacc, fnotes = score_figures(figs, read_tsv(gold_dir / "seed_figures.tsv"), texts)
    gm = read_tsv(gold_dir / "seed_meetings.tsv")
    ms, mnotes = score_meetings(meets, gm, texts, named_only=False)
    ns, nnotes = score_meetings(meets, gm, texts, named_only=True)
    print(fs.line("figures"), f"qualifier_acc={qacc:.3f}")
    print(ms.line("meetings"))
    print(ns.line("named meetings"))
    if verbose:
        print("\n".join(fnotes + mnotes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
