"""Throughput of extract_document on one core: MB/s over a corpus of several MB.

    .venv/bin/python benchmarks/bench_extract.py [--mb 20] [--profile]

The corpus is the seed texts repeated with small variations (numbers shifted, paragraphs
shuffled) so caches keyed on exact strings cannot flatter the result. Each document stays the
size of a real one; the whole corpus is timed, meetings included.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

from flows.extract import extract_document
from flows.extract.docmeta import document_meta
from flows.extract.figures import find_figures
from flows.extract.numbers import find_numbers, parse
from flows.extract.sentences import split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _vary(text: str, rng: random.Random) -> str:
    """Shift every number a little and shuffle the paragraphs after the title."""
    text = re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 9)), text)
    paras = text.split("\n\n")
    head, body = paras[:3], paras[3:]
    rng.shuffle(body)
    return "\n\n".join(head + body)


def corpus(mb: float, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    base = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.is_file()]
    docs, size = [], 0
    while size < mb * 1e6:
        doc = _vary(rng.choice(base), rng)
        docs.append(doc)
        size += len(doc.encode("utf-8"))
    return docs


def bench(docs: list[str], fn: Callable[[str], object]) -> tuple[float, float]:
    """(MB/s by CPU time of this process, MB/s by wall clock). CPU time is the one-core figure
    that does not depend on what else the machine is running."""
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    c0, t0 = time.process_time(), time.perf_counter()
    for d in docs:
        fn(d)
    return size / (time.process_time() - c0), size / (time.perf_counter() - t0)


# The yardstick of issue 3 ("one bare regex pass runs at about 150 MB/s here"): timing it in the
# same run tells how fast this machine is right now, so the other lines can be compared.
_BARE = re.compile(r"(?:more than |over |nearly |about )?\d[\d,.]*(?: (?:million|billion))?")


def _bare_regex(text: str) -> None:
    for _ in _BARE.finditer(text):
        pass


def _numbers_only(text: str) -> None:
    for m in find_numbers(text):
        parse(m)


def _figures_only(text: str) -> None:
    meta = document_meta(text)
    find_figures(text, split_sentences(text), meta, [])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=20.0)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    docs = corpus(args.mb)
    total = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(f"corpus: {len(docs)} documents, {total:.1f} MB")
    if args.profile:
        cProfile.runctx("bench(docs, extract_document)", globals(), locals(), "/tmp/bench.prof")
        pstats.Stats("/tmp/bench.prof").sort_stats("cumulative").print_stats(25)
        return
    for name, fn in (
        ("bare regex pass (reference)", _bare_regex),
        ("extract_document (all passes)", extract_document),
        ("figures pass (no meetings)", _figures_only),
        ("numbers scan only", _numbers_only),
        ("sentence split only", split_sentences),
    ):
        cpu, wall = bench(docs, fn)
        print(f"{name:30s} {cpu:6.1f} MB/s cpu  {wall:6.1f} MB/s wall")


if __name__ == "__main__":
    main()
