"""The standard-library twins of meeting patterns match exactly what their originals match on
the text they are used on (ASCII and typographic punctuation), found by fuzzing."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import regex

from flows.extract import meeting_patterns as P
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


_READERS = (
    P.RECEIVE, P.GUEST_RE, P.GUEST_SEP, P.PAID_VISIT, P.VISIT_TAIL, P.WITH_COUNT, P.COUNTED,
    P.CALLS_WITH, P.EVENT, P.SERIES, P.TAIL, P.CALLED_ON,
)  # fmt: skip
_ROOT = Path(__file__).resolve().parents[2]
# Sentences for the patterns the seed documents rarely hold.
_TEMPLATES = (
    "Premier Li Keqiang paid an official visit to Germany and began a visit to New Zealand.",
    "The President hosted Cambodian Prime Minister Hun Sen and Egyptian President Sisi, who "
    "were on special visits to China, and received the Egyptian President's special envoy.",
    "Xi met with visiting WHO Director-General Tedros Adhanom Ghebreyesus during his state "
    "visit to Serbia, and met Mongolian President Battulga, on a visit to Beijing.",
    "He has spoken or met with more than 60 foreign leaders and had phone calls with over 20.",
    "She held phone conversations with many leaders and had a phone call with President Putin.",
    "The daily MFA briefings and the regular press conference were held online.",
    "China held two special English-language press conferences in Wuhan via video link on the "
    "prevention and control efforts for foreign diplomatic missions in China.",
    "Wang Yi made a visit to Pakistan; the Foreign Minister concluded his visits to Europe.",
    "The envoy called on Governor Lim Wei, then paid a courtesy call on the Mayor of Lima.",
)
_SOURCES = (_ROOT / "seeds", _ROOT / "tests" / "data")
_EDITS = (
    str.upper, str.lower, str.capitalize, lambda w: w + ",", lambda w: w + ".", lambda w: "",
    lambda w: w + "  ", lambda w: w + "\n", lambda w: "“" + w + "”", lambda w: w + "’s",
    lambda w: "more than " + w, lambda w: w + " with", lambda w: "held " + w, lambda w: w + "-",
)  # fmt: skip


def _seed_sentences() -> list[str]:
    """Sentences of the seed documents that the twins can read, each with mutated copies."""
    rng = random.Random(0)
    out = []
    texts = [*_TEMPLATES] * 20
    for folder in _SOURCES:
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
    for doc in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", doc):
            if not T.twin_safe(sentence, 0, len(sentence)):
                continue
            out.append(sentence)
            for _ in range(3):
                words = sentence.split(" ")
                out.append(
                    " ".join(rng.choice(_EDITS)(w) if rng.random() < 0.15 else w for w in words)
                )
    return out


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    return _seed_sentences()


@pytest.mark.parametrize("original", _READERS, ids=lambda p: str(p.pattern).split()[0][:24])
def test_reader_twin_matches_what_the_original_matches(
    original: regex.Pattern[str], sentences: list[str]
) -> None:
    twin = T.twin_of(original)
    found = 0
    for text in sentences:
        for pos in [0, *(m.end() for m in re.finditer(r"\s+|[-’“,]", text))]:
            m, n = original.match(text, pos), twin.match(text, pos)
            assert (m and (m.span(), m.groupdict())) == (n and (n.span(), n.groupdict())), (
                text,
                pos,
            )
            found += m is not None
    assert found  # the seeds hold readings of every pattern


def test_including_reads_the_list_as_the_twin() -> None:
    """meeting_context._including (the head matched alone, the list's end found at its stops)
    gives the twin's start and list; _split_parties splits as the twin of _PARTY_SPLIT."""
    from flows.extract.meeting_context import _PARTY_SPLIT, _including, _split_parties

    split_twin = T.twin_of(_PARTY_SPLIT)
    rng = random.Random("including")
    pieces = (*_PIECES, "including", "including", "x" * 30, "signed")
    for _ in range(6000):
        sep = ("", " ", " ", " ", ", ", "\n")
        text = "".join(rng.choice(pieces) + rng.choice(sep) for _ in range(rng.randint(1, 120)))
        a = rng.randint(0, len(text))
        b = rng.choice((len(text), rng.randint(a, len(text))))
        m = T.INCLUDING.search(text, a, b)
        assert _including(text, a, b) == (m and (m.start(), m.group("list"))), (text, a, b)
        said = text[a:b]
        want = [p.strip() for p in split_twin.split(said)]
        assert [p.strip() for p in _split_parties(said)] == want, said


def test_subject_search_starts_where_no_match_is_lost() -> None:
    from flows.extract.meeting_context import _subject_search_start

    rng = random.Random("subject")
    for _ in range(6000):
        text = _text(rng)
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        m = T.SUBJECT.search(text, a, b)
        n = T.SUBJECT.search(text, _subject_search_start(text, a, b), b)
        assert (m and (m.span(), m.groupdict())) == (n and (n.span(), n.groupdict())), (text, a, b)
