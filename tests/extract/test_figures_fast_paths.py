"""The figure pass's fast paths answer exactly what the plain pattern calls they stand for answer.

Each fast path (a C-speed test before a pattern, a bounded window, a lazily read list) is
compared with the call it replaces, on the seed texts and on fuzzed text built from the pieces
the patterns care about.
"""

from __future__ import annotations

import random

import pytest

from flows.extract import dates, events, figures
from flows.extract.docmeta import document_meta
from tests.extract import fuzz_texts


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    return fuzz_texts.seed_texts()


def _fuzz(pieces: list[str], n: int, seed: int) -> list[str]:
    return fuzz_texts.fuzz(pieces, n, seed, 9)


def _windows(text: str, rng: random.Random, k: int, width: int) -> list[tuple[int, int]]:
    return fuzz_texts.windows(text, rng, k, width)


def test_years_are_the_year_pattern_matches(seed_texts: list[str]) -> None:
    texts = seed_texts + _fuzz(["2020", "1999", " ", ",", ".", "5", "x", "20", "19", "-"], 3000, 1)
    for t in texts:
        for stop in {len(t), len(t) // 2, 200_000}:
            assert figures._years(t, stop) == figures._YEAR_RE.findall(t, 0, stop)


def test_in_total_and_per_head_match_their_patterns(seed_texts: list[str]) -> None:
    pieces = [" ", "  " * 20, "\n", "\u00a0", "\x1c", "in", "In", "total", "altogether", "x"]
    pieces += ["in total", ",", " " * 70, "for every person", "per capita", "FOR EACH household"]
    rng = random.Random(2)
    for t in seed_texts + _fuzz(pieces, 5000, 3):
        for a, b in _windows(t, rng, 40, 40):
            assert figures._in_total(t, a) == (figures._IN_TOTAL_RE.match(t, a) is not None)
            assert figures._per_head(t, a, b) == (figures._PER_HEAD_RE.match(t, a, b) is not None)


def test_iso_starts_are_the_iso_pattern_matches(seed_texts: list[str]) -> None:
    pieces = ["2020", "-", "/", ".", "1", "12", "19", "20", "0", " ", "x", "2019-20-", "1920"]
    rng = random.Random(4)
    for t in seed_texts + _fuzz(pieces, 5000, 5):
        for a, b in [(0, len(t)), *_windows(t, rng, 20, 300)]:
            expected = [m.start() for m in dates._ISO_START.finditer(t, a, b)]
            assert dates._iso_starts(t, a, b) == expected


def test_events_read_per_paragraph_answer_as_the_whole_list(seed_texts: list[str]) -> None:
    """event_near over the events find_figures reads lazily (_events_near) equals event_near
    over every event of the document, for figure positions taken in document order."""
    texts = seed_texts + [
        "\n\n".join(
            ["The 73rd World Health Assembly opened. China gave 2 billion."]
            + ["Leaders met at the G20 Extraordinary Virtual Leaders' Summit on COVID-19."] * 3
            + ["A Summit Meeting of the Special ASEAN Plus Three Summit. 5 teams went."]
        )
    ]
    rng = random.Random(6)
    for t in texts:
        every = events.find_events(t)
        starts = [e.start for e in every]
        doc = figures._Doc(t, [], document_meta(t), [], None, [])  # typed: compiled code checks
        pos = 0
        while pos < len(t):
            pos = min(len(t) - 1, pos + rng.randrange(1, 400))
            para = t.rfind("\n", 0, pos) + 1
            s_start = max(para, pos - rng.randrange(200))
            s_end = min(len(t), pos + 1 + rng.randrange(200))
            near, near_starts = figures._events_near(doc, para, s_end)
            assert events.event_near(near, near_starts, para, s_start, s_end, pos) == (
                events.event_near(every, starts, para, s_start, s_end, pos)
            )
            pos = s_end


def test_gated_patterns_match_as_the_patterns(seed_texts: list[str]) -> None:
    """C-speed tests before the range, 'of them', ordinal, place, label and purpose patterns."""
    pieces = [" ", "\u00a0", "\n", "  ", "of", "OF", "them", "its", "and", "AND", "to", "from"]
    pieces += ["between", "Between", "40", "1,000", "million", "-", "-third", "in", "at", "the"]
    pieces += [":", "：", "–", "—", "Masks", "for", "For", "research", "x", ",", "•", "\t"]
    rng = random.Random(6)
    for t in seed_texts + _fuzz(pieces, 5000, 7):
        for a, b in _windows(t, rng, 30, 60):
            left = t[a:b]
            tail = left.rstrip().lower()
            window = left[-40:]
            expected = figures._RANGE_HIGH_RE.search(window)
            got = figures._range_high(window, tail)
            assert (got and got.span()) == (expected and expected.span())
            for p in (figures._PART_OF_THEM_RE, figures._POSSESSIVE_OF_RE):
                m, e = figures._after_of(p, t, a, b), p.match(t, a, b)
                assert (m and m.span()) == (e and e.span())
            m = figures._ORDINAL_TAIL_RE.match(t, a, a + 8)
            assert (m is not None) <= t.startswith("-", a)
            placed = figures._PLACE_BEFORE_RE.match(t, max(a, b - 12), b) is not None
            gated = t[max(a, b - 12) : b]
            assert placed <= (gated[-1:].isspace() and gated.rstrip().endswith(("in", "at", "the")))
            label = figures._LABEL_RE.fullmatch(t, a, b) is not None
            assert label <= t[a:b].rstrip(" \t\u00a0").endswith(figures._LABEL_MARKS)
            purpose = figures._FOR_PURPOSE_RE.match(t, a, min(b, a + 12)) is not None
            ahead = t[a : min(b, a + 12)]
            assert purpose <= (ahead[:1].isspace() and ahead.lstrip().startswith("for"))
