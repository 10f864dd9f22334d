"""The sentence splitter's fast paths answer exactly what the patterns they stand for answer.

Candidates are found where ``str.find`` finds . ! ? or a line break, the common shapes read
without a pattern; abbreviations are tested at C speed before their pattern. Each is compared
with the plain pattern call on the seed texts and on fuzzed text.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import regex

from flows.extract import sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# The splitter's single candidate pattern, as a regex scan over the whole text used to run it.
_CANDIDATE = regex.compile(r"[.!?]++[\"'”’)\]]*+[ \t\u00a0]++|\n(?:[ \t\u00a0]*+\n)*+")
_PIECES = [
    "a", "Z", "5", ".", "!", "?", "...", " ", "  ", "\t", "\u00a0", "\n", "\n\n", "\n \n", '"', "'",
    ")", "]", "”", "’", "(", "•", "-", "U.S.", "e.g.", "Mr.", "No.", "approx.", "best.",
    "countries.", "70.6", "é.", "\r\n",
]  # fmt: skip


@pytest.fixture(scope="module")
def texts() -> list[str]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.is_file()]
    rng = random.Random(11)
    fuzz = ["".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 25))) for _ in range(5000)]
    return seeds + fuzz


def _candidates(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The candidates split_sentences reads: the marks, skipping those inside a candidate."""
    out, scan = [], start
    for a in sentences._marks(text, start, end):
        if a < scan:
            continue
        b = sentences._candidate_end(text, a, end)
        if b >= 0:
            out.append((a, b))
            scan = b
    return out


def test_candidates_are_the_pattern_matches(texts: list[str]) -> None:
    rng = random.Random(12)
    for t in texts:
        for a, b in [(0, len(t)), *((rng.randrange(len(t) + 1), len(t)) for _ in range(3))]:
            b = rng.randrange(a, len(t) + 1) if rng.random() < 0.5 else b
            expected = [m.span() for m in _CANDIDATE.finditer(t, a, b)]
            assert _candidates(t, a, b) == expected, (t, a, b)


def test_abbreviation_test_is_the_pattern(texts: list[str]) -> None:
    for t in texts:
        for stop, c in enumerate(t):
            if c in ".!?":
                plain = sentences._ABBREV.match(t, max(0, stop - 6), stop + 1) is not None
                word = t[max(0, stop - 7) : stop]
                if len(word) == 7 and word.isascii() and word.isalnum():
                    plain = False  # the older C-speed test, kept as it was
                assert sentences._abbreviation(t, stop) == plain, (t, stop)


def test_abbreviation_on_word_fragments() -> None:
    """Short fuzz from letters of the words, dots and word boundaries (digits, "_", non-ASCII)."""
    rng = random.Random(13)
    parts = [*"abcegiorstvxAMSUKDNJCGLPF.!? _1é\u00a0", "Mr", "e.g", "U.S", "approx", "i.e", "U.K"]
    for _ in range(30000):
        t = "".join(rng.choice(parts) for _ in range(rng.randrange(1, 7)))
        for stop, c in enumerate(t):
            if c in ".!?":
                plain = sentences._ABBREV.match(t, max(0, stop - 6), stop + 1) is not None
                assert sentences._abbreviation(t, stop) == plain, (t, stop)


def test_mark_stream_is_marks(texts: list[str]) -> None:
    rng = random.Random(14)
    for t in texts:
        a = rng.randrange(len(t) + 1)
        b = rng.randrange(a, len(t) + 1)
        for lo, hi in ((0, len(t)), (a, b)):
            stream, got = sentences._MarkStream(t, lo, hi), []
            while (m := stream.next()) >= 0:
                got.append(m)
            assert got == sentences._marks(t, lo, hi), (t, lo, hi)
