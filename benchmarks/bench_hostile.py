"""Time against input size for hostile inputs, through ``decode`` + ``extract_document``.

    .venv/bin/python benchmarks/bench_hostile.py                 # 1 5 10 25 50 MB, all inputs
    .venv/bin/python benchmarks/bench_hostile.py --sizes 1 5 --inputs digit_runs html_nested

Linear means time(50 MB) / time(1 MB) is about 50; a quadratic step shows as ~2500. Once one
size of an input takes longer than --budget seconds its larger sizes are skipped (reported),
so a non-linear case is named instead of hanging the benchmark.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.extract import extract_document  # noqa: E402
from flows.reading import Unreadable, decode  # noqa: E402

MB = 1_000_000


def _repeat(unit: str, size: int) -> bytes:
    data = (unit * (size // len(unit) + 1)).encode("utf-8")
    return data[:size]


def digit_runs(size: int) -> bytes:
    """Long runs of digits and commas: the classic number-pattern backtracking trap."""
    return _repeat("1,234,567,890,12,3,4567,8,9" * 40 + " ", size)


def one_huge_line(size: int) -> bytes:
    """Plausible sentences with figures, never a line break."""
    return _repeat("China sent more than 1,000 masks to 27 countries on 5 May 2020. ", size)


def words_no_period(size: int) -> bytes:
    """Megabytes of words and numbers without a sentence end or a line break."""
    return _repeat("about 12 million masks and 3 teams were sent by China to Italy ", size)


def html_nested(size: int) -> bytes:
    """Deeply nested tags with attributes, entities, comments and numbers between them."""
    depth = 200
    block = (
        '<div class="c" data-x="a>b">' * depth
        + "<p>China sent 1<br>000 &amp; 2&nbsp;500 masks<!-- note --></p>"
        + "</div>" * depth
        + "\n"
    )
    return _repeat("<!DOCTYPE html>\n" + block, size)


def random_bytes(size: int) -> bytes:
    return random.Random(6).randbytes(size)


def random_high_bytes(size: int) -> bytes:
    """Random bytes with no NUL or control byte: the legacy code-page detection path."""
    rng = random.Random(6)
    alphabet = bytes(range(0x20, 0x100))
    return bytes(rng.choices(alphabet, k=size))


INPUTS: dict[str, Callable[[int], bytes]] = {
    f.__name__: f
    for f in (
        digit_runs,
        one_huge_line,
        words_no_period,
        html_nested,
        random_bytes,
        random_high_bytes,
    )
}


def measure(data: bytes, name: str) -> tuple[float, float, float, str]:
    """(decode seconds, extract seconds, decode + extract CPU seconds, outcome).

    CPU time is what the linearity ratio uses: on a shared machine wall time also measures
    the neighbours.
    """
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        doc = decode(data, name, len(data) + 1)
    except Unreadable as err:
        return time.perf_counter() - t0, 0.0, time.process_time() - c0, f"rejected: {err}"
    t1 = time.perf_counter()
    ex = extract_document(doc.text)
    t2, c2 = time.perf_counter(), time.process_time()
    return t1 - t0, t2 - t1, c2 - c0, f"{len(ex.figures)} figures, {len(ex.meetings)} meetings"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 10, 25, 50], metavar="MB")
    ap.add_argument("--inputs", nargs="+", default=list(INPUTS), choices=list(INPUTS))
    ap.add_argument("--budget", type=float, default=300.0, metavar="SECONDS")
    args = ap.parse_args(argv)
    print(
        f"{'input':<18}{'MB':>5}{'decode s':>9}{'extract s':>10}{'cpu s':>8}{'MB/s':>10}  outcome"
    )
    for name in args.inputs:
        cost: dict[float, float] = {}  # MB -> decode + extract CPU seconds
        for mb in args.sizes:
            if cost and max(cost.values()) > args.budget:
                print(f"{name:<18}{mb:>5g}  skipped: a smaller size took over {args.budget:g} s")
                continue
            data = INPUTS[name](int(mb * MB))
            dec, ext, cpu, outcome = measure(data, name + (".html" if "html" in name else ".txt"))
            cost[mb] = cpu
            print(
                f"{name:<18}{mb:>5g}{dec:>9.2f}{ext:>10.2f}{cpu:>8.2f}"
                f"{mb / max(dec + ext, 1e-9):>10.2f}  {outcome}",
                flush=True,
            )
        lo, hi = min(cost), max(cost)
        if hi > lo:
            ratio = cost[hi] / max(cost[lo], 1e-9)
            print(f"{name:<18}time({hi:g} MB)/time({lo:g} MB) = {ratio:.1f} (linear: {hi / lo:g})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
