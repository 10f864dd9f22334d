"""Fast paths of the figure context (dates, periods, regions, events, qualifiers) answer what the
pattern calls they stand for answer: the same match, or a pre-test that never turns away a
text the pattern matches. Checked on the seed texts and on fuzzed text built from the pieces
the patterns care about."""

from __future__ import annotations

import random
import re

import pytest

from flows.extract import dates, events, figures, periods
from tests.extract import fuzz_texts


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    return fuzz_texts.seed_texts()


def _fuzz(pieces: list[str], n: int, seed: int) -> list[str]:
    return fuzz_texts.fuzz(pieces, n, seed, 12)


def _windows(text: str, rng: random.Random, k: int, width: int) -> list[tuple[int, int]]:
    return [(0, len(text))] + fuzz_texts.windows(text, rng, k, width)


def _span(m: object) -> tuple[int, int] | None:
    return None if m is None else m.span()  # type: ignore[attr-defined]


def test_stem_starts_are_every_month_stem(seed_texts: list[str]) -> None:
    pieces = ["JANOV", "Jan", "Nov", "NOV", "MAY", "May", "Ma", "y", " ", "x", "Dec", "DE", "C"]
    rng = random.Random(11)
    for t in seed_texts + _fuzz(pieces, 3000, 12):
        for a, b in _windows(t, rng, 20, 300):
            expected = sorted(
                i for s in dates.MONTH_STEMS for i in range(a, b - 2) if t.startswith(s, i)
            )
            assert sorted(dates._stem_starts(t, a, b)) == expected


def test_region_and_in_year_are_their_searches(seed_texts: list[str]) -> None:
    pieces = [" ", "\u00a0", "\x1c", "\n", "countries", "nations", "states", "statesmen", " in "]
    pieces += ["in", "In", "during", "Throughout", "2020", "1999", "20", "19", "-5", "Berlin"]
    pieces += ["Asia", "the ", "South East", "x", "economies"]
    rng = random.Random(13)
    for t in seed_texts + _fuzz(pieces, 5000, 14):
        for a, b in _windows(t, rng, 20, 200):
            got, want = figures._region_match(t, a, b), figures._REGION_RE.search(t, a, b)
            assert _span(got) == _span(want)
            got, want = periods._in_year(t, a, b), periods._IN_YEAR.search(t, a, b)
            assert _span(got) == _span(want)


def test_so_far_hint_never_turns_a_match_away(seed_texts: list[str]) -> None:
    pieces = ["so", "So", "far", "FAR", "to", "date", "update", "now", "know", " ", "\n", "\xa0"]
    pieces += ["up", "as of", "thus", "x"]
    rng = random.Random(15)
    for t in seed_texts + _fuzz(pieces, 5000, 16):
        for a, b in _windows(t, rng, 20, 200):
            if periods._SO_FAR.search(t, a, b) is not None:
                assert periods._so_far_hint(t[a:b].lower())


def test_event_nouns_are_the_noun_alternation_matches(seed_texts: list[str]) -> None:
    """_event_nouns equals the ``re`` alternation pass it replaced."""
    nouns = re.compile("|".join(events._NOUNS))
    pieces = ["Summit", "Assembly", "Conference", "Meeting", "Forum", "Expo", " on ", "COVID-19"]
    pieces += [" ", "x", "Summitry", "Congress", "Dialogue"]
    rng = random.Random(17)
    for t in seed_texts + _fuzz(pieces, 3000, 18):
        for a, b in _windows(t, rng, 10, 400):
            expected = []
            for m in nouns.finditer(t, a, min(len(t), b + events._LONGEST_NOUN)):
                if m.start() >= b:
                    break
                found = events._noun_at(t, m.start(), len(t))
                if found is not None:
                    expected.append(found.span())
            assert [m.span() for m in events._event_nouns(t, a, b)] == expected


def test_qualifier_and_one_team_pre_tests_never_turn_a_match_away(seed_texts: list[str]) -> None:
    pieces = ["more", "than", "over", "of", "a total", "up", "to", "as many", "as", "at", "least"]
    pieces += [" ", "\u00a0", "(", "just", "under", "approx.", "some", "x", "short", "was", "MORE"]
    for t in _fuzz(pieces, 20000, 19):
        left = t + " "
        if figures.QUALIFIER_RE.match(left) is not None:
            assert figures._qualifier_hint(left.rstrip().lower()), left
    pieces = ["The", "this", " ", "\n", "medical", "team", "group", "of", "x", "That", "mission"]
    for t in _fuzz(pieces, 5000, 20):
        if figures._ONE_TEAM_RE.match(t, 0, len(t)) is not None:
            assert figures._one_team_bare(t, 0, len(t), "a|b||")


def test_month_stem_and_anaphor_pre_tests(seed_texts: list[str]) -> None:
    rng = random.Random(21)
    for t in seed_texts + _fuzz(["Jan", "NOV", "Ma", "y", " ", "x", "De", "c"], 2000, 22):
        for a, b in _windows(t, rng, 20, 40):
            assert dates.has_month_stem(t, a, b) == bool(dates._stem_starts(t, a, b))
    pieces = ["the", "this", "That", "same", " ", "\n", "figure", "number", "count", "country"]
    pieces += ["tally", "x", "had", "become", "-", "_"]
    for t in _fuzz(pieces, 20000, 23):
        left = t + " "
        if figures._ANAPHOR_RE.match(left) is not None:
            assert figures._anaphor_hint(left.lower()), left


def test_went_to_pre_test_keeps_every_match(seed_texts: list[str]) -> None:
    from flows.extract import receivers

    pieces = ["worked", "were ", "arriving", " in ", " to ", "the ", "Pakistan", "Milan", " "]
    pieces += ["served", "Serving", "deployed", "x", "landed", "of ", "Lahore"]
    rng = random.Random(25)
    for t in seed_texts[:3] + _fuzz(pieces, 5000, 26):
        for a, b in _windows(t, rng, 10, 200):
            m = receivers._WENT_TO_RE.search(t, a, min(b, a + receivers._WENT_REACH))
            want = receivers._other_place(m.group("to")) if m is not None else None
            assert receivers.went_to(t, a, b) == want


def test_continent_is_the_last_findall_match(seed_texts: list[str]) -> None:
    pieces = ["continent", "Africa", "African", "Asia", "Eurasia", "Europe", "European", " "]
    pieces += ["Latin", "Latin America", "Latin\u00a0 American", "Oceania", "x", "-"]
    rng = random.Random(27)
    for t in seed_texts[:3] + _fuzz(pieces, 5000, 28):
        for a, b in _windows(t, rng, 10, 200):
            found = figures._CONTINENT_RE.findall(t, a, b) if "continent" in t[a:b] else []
            assert figures._continent(t, a, b) == (found[-1] if found else None)


def test_title_line_pre_tests_are_their_patterns(seed_texts: list[str]) -> None:
    from flows.extract import docmeta

    pieces = ["Home", "HOME", "nav", "Search", "e-mail", "Email", "sign in", "Text size", "1", " "]
    pieces += ["Updated", "updated:", "Release date", "TIME", ":", "：", "x", "-", "ſ", "Date"]
    lines = [ln.strip() for t in seed_texts for ln in t[:3000].split("\n") if ln.strip()]
    for t in lines + [f.strip() for f in _fuzz(pieces, 5000, 29) if f.strip()]:
        assert docmeta._maybe_furniture(t) == (docmeta._FURNITURE.match(t) is not None), t
        assert docmeta._maybe_dateline(t) == (docmeta._DATELINE.match(t) is not None), t
