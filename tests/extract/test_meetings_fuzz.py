"""Random and mutated text never breaks the meetings pass, and the pass stays linear."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.extract.meetings import find_meetings
from flows.extract.sentences import split_sentences
from flows.extract.types import DocMeta

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "seeds" / "001_004dfe6b1ccb066c.txt").read_text(encoding="utf-8")
WORDS = [
    "Summit",
    "summit",
    "Meeting",
    "meetings",
    "Conference",
    "conferences",
    "video",
    "phone",
    "calls",
    "with",
    "held",
    "a",
    "the",
    "of",
    "on",
    "and",
    "hosted",
    "President",
    "Minister",
    "met",
    "visiting",
    "more",
    "than",
    "over",
    "100",
    "two",
    "Special",
    "G20",
    "Leaders’",
    "Extraordinary",
    "opening",
    "World",
    "Health",
    "Assembly",
    "73rd",
    "fifth",
    "daily",
    "MFA",
    "briefings",
    "in",
    "Beijing",
    "March",
    "26",
    "2020",
    ",",
    ".",
    "(",
    ")",
    "\n",
    "\u00a0",
    "COVID-19",
    "Covid",
    "visit",
    "to",
    "China",
    "including",
    "İ",
    "ß",
    "—",
    "'s",
    "talks",
]
META = DocMeta(title=None, published_on=date(2020, 7, 15), published_text=None)
NO_META = DocMeta(title=None, published_on=None, published_text=None)


def check(text: str, meta: DocMeta) -> None:
    for h in find_meetings(text, split_sentences(text), meta):
        assert 0 <= h.char_start < h.char_end <= len(text)
        assert text[h.char_start : h.char_end] == h.surface
        assert h.sentence_start <= h.char_start and h.char_end <= h.sentence_end
        assert h.format in {"video", "phone", "in_person", "unknown"}
        assert h.name


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=120), st.sampled_from([" ", "", "  "]))
def test_word_soup_never_breaks(words: list[str], sep: str) -> None:
    check(sep.join(words), META)
    check(sep.join(words), NO_META)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_breaks(text: str) -> None:
    check(text, NO_META)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(0, len(SEED) - 1),
    st.integers(0, 3000),
    st.lists(st.tuples(st.integers(0, 2999), st.text(max_size=8)), max_size=12),
)
def test_mutated_seed_never_breaks(start: int, length: int, edits: list[tuple[int, str]]) -> None:
    chunk = list(SEED[start : start + length])
    for pos, ins in edits:
        if chunk:
            i = pos % len(chunk)
            chunk[i : i + 1] = list(ins)
    check("".join(chunk), NO_META)


def _rate(text: str) -> float:
    """Characters per CPU second, best of three runs (CPU time: the machine may be busy)."""
    sentences = split_sentences(text)
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        find_meetings(text, sentences, NO_META)
        best = min(best, time.process_time() - t)
    return len(text) / best


def test_hostile_runs_stay_linear() -> None:
    """A run four times longer takes about four times longer, not sixteen (no backtracking)."""
    for unit in [
        "Summit ",
        "Special Extraordinary G20 Leaders ",
        "held a ",
        "more than 100 ",
        "hosted President ",
        "with ",
        "phone calls with over ",
    ]:
        small, large = unit * 4000, unit * 16000
        assert _rate(large) > _rate(small) / 2.5, unit
