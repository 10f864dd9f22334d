"""The standard-library twins of meeting patterns match exactly what their originals match on
the text they are used on (ASCII and typographic punctuation), found by fuzzing."""

from __future__ import annotations

import random

import pytest
import regex

from flows.extract import meeting_twins as T
from flows.extract.meeting_context import _INCLUDING, _SUBJECT
from flows.extract.meeting_named import _TWIN_TOKEN_RE, TOKEN_RE
from flows.extract.meetings import _ACTOR_VERB

_PIECES = (
    "President", "Xi", "Jinping", "State", "Councilor", "Wang", "Yi", "of", "the", "on", "and",
    "has", "have", "had", "also", "held", "will", "including", "leaders", "those", "heads",
    "foreign", "ministers", "France", "Germany", "US", "attended", "proposed", "by", "at",
    "spoke", "speech", "remarks", "chaired", "co-chaired", "joined", "participated", "in",
    "signed", "welcomed", "Leaders'", "Leaders’", "world's", "’s", "'s", "G20", "2020", "19th",
    "COVID-19", "‐", "–", "—", "“", "”", "‘", ",", ", ", ".", ";", ":", "(", ")", "-", "_",
    " ", "  ", "\n", "\t", "\x0b", "\x1c", "\x1f", "x" * 12, "A", "a", "ed", "s",
)  # fmt: skip

_PAIRS = (
    (_SUBJECT, T.SUBJECT),
    (_INCLUDING, T.INCLUDING),
    (_ACTOR_VERB, T.ACTOR_VERB),
    (TOKEN_RE, _TWIN_TOKEN_RE),
)


def _text(rng: random.Random) -> str:
    sep = ("", " ", " ", " ", ", ", "\n")
    return "".join(rng.choice(_PIECES) + rng.choice(sep) for _ in range(rng.randint(1, 40)))


@pytest.mark.parametrize(("original", "twin"), _PAIRS, ids=lambda p: str(p.pattern)[:20])
def test_twin_matches_what_the_original_matches(
    original: regex.Pattern[str], twin: regex.Pattern[str]
) -> None:
    rng = random.Random(str(original.pattern))
    for _ in range(3000):
        text = _text(rng)
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        assert T.twin_safe(text, a, b)
        m, n = original.search(text, a, b), twin.search(text, a, b)
        assert (m and (m.span(), m.groupdict())) == (n and (n.span(), n.groupdict())), (text, a, b)
        found = [x.span() for x in original.finditer(text, a, b)]
        assert found == [x.span() for x in twin.finditer(text, a, b)], (text, a, b)


def test_twin_safe_refuses_letters_beyond_ascii() -> None:
    assert T.twin_safe("Leaders’ “Summit” — 2020", 0, 24)
    assert not T.twin_safe("Łódź Summit", 0, 11)
    assert not T.twin_safe("Summit\u00a0on", 0, 9)  # a no-break space is \s to regex only
