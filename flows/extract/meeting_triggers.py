"""Where meeting mentions can start: trigger words, found in one regex pass over the text.

A trigger is a word of the caller's ``wanted`` set (lower-cased) that holds one of the NEEDLES
as written (case-sensitive: "Met" and "SUMMIT" hold none; "Summit" holds "ummit"). Thirty
``str.find`` passes, one per needle, cost ~0.55 ms per MB each; instead one ``re`` pass over a
lower-cased copy finds every wanted word right after a non-letter (the words as a trie, so the
engine tries a handful of letters per word start), and the needle test is then made on the few
words it finds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import regex

from flows.extract.deadline import meeting_regex_timeout as _rt
from flows.extract.fold import fold, trie_of
from flows.extract.meeting_names import words
from flows.extract.numbers import NUMBER_STEMS, note_stem_spaces
from flows.extract.types import Sentence

_WORD_REST: Final = regex.compile(r"[\p{L}-]{0,40}")
NEEDLES: Final = words(
    "ummit eeting onferenc ssembl orum ialogue ecture ession alk call onversation iscussion "
    "xchange riefing ymposi eminar ebinar oundtable onsultation orkshop lenum ongress host "
    "eceiv elcom met meet eets spok peak isit eremon"
)


@dataclass(slots=True, init=False)  # (a written __init__ compiles native: see types.py)
class Trigger:
    start: int  # first character of the word
    end: int
    word: str  # lower case

    def __init__(self, start: int, end: int, word: str) -> None:
        self.start, self.end, self.word = start, end, word


@dataclass(slots=True, init=False)
class SentenceTriggers:
    sentence: Sentence
    words: list[Trigger]

    def __init__(self, sentence: Sentence) -> None:
        self.sentence, self.words = sentence, []


def find_triggers(
    text: str, sentences: list[Sentence], wanted: frozenset[str]
) -> list[SentenceTriggers]:
    """Sentences holding a word of ``wanted`` (lower case), each with those words in order."""
    sent_starts = [s.start for s in sentences]
    scan = _scanner(wanted)
    spelled = scan.spelled
    out: list[SentenceTriggers] = []
    for ws, e in _candidates(text, scan):
        if ws and text[ws - 1].isalpha():
            continue  # inside a longer word ("é" or "中" before it): not a word start
        c = text[e : e + 1]  # after the wanted word: its end, unless the word goes on
        if not c.isascii():
            we = _word_end(text, ws)  # ("é", "中": the regex tells)
            if we != e:
                continue
        elif c.isalpha() or c == "-":
            continue  # "meetingroom", "summit-level": a longer word (the trie found the longest)
        k = bisect_right(sent_starts, ws) - 1
        if k < 0 or ws >= sentences[k].end:
            continue
        said = text[ws:e]
        word = spelled.get(said)
        if word is None:  # a rarer spelling than "summit" or "Summit"
            word = _trigger_word(said, wanted, scan.needles)
        if not word:
            continue  # "Met", "SUMMIT": no needle as written
        if not out or out[-1].sentence is not sentences[k]:
            out.append(SentenceTriggers(sentences[k]))
        out[-1].words.append(Trigger(ws, e, word))
    return out


def _candidates(text: str, scan: _Scanner) -> list[tuple[int, int]]:
    """(start, end) of each wanted word (or the start of a longer word) after a non-letter: a
    superset of the triggers, all its characters letters.

    The fast way folds the text to one byte a character: ASCII letters in lower case, every
    other character a space, so one literal space starts every candidate and the regex engine
    skips to it at C speed. Only "K" (the Kelvin sign) lower-cases to an ASCII letter and is
    not one; a text holding it takes the slower way, a lower-cased copy.
    """
    first: re.Match[bytes] | re.Match[str] | None
    if "\u212a" not in text:
        folded = fold(text)
        found = []
        stems: list[int] = []
        stem_words = _STEM_BYTES if scan.with_stems else frozenset()
        for m in scan.after_space.finditer(folded):
            s, e = m.span()
            if folded[s + 1 : e] in stem_words:  # a number word's stem, for numbers.py
                stems.append(s)
            else:
                found.append((s + 1, e))
        if scan.with_stems:
            note_stem_spaces(text, stems)
        first = scan.at_start_bytes.match(folded)
    else:
        low = text.lower()
        if len(low) != len(text):  # "İ" lower-cases to two characters; keep offsets aligned
            low = text.replace("\u0130", "I").lower()
        found = [(m.start() + 1, m.end()) for m in scan.after_boundary.finditer(low)]
        first = scan.at_start.match(low)
    return [(0, first.end()), *found] if first else found


def _trigger_word(said: str, wanted: frozenset[str], needles: dict[str, tuple[str, ...]]) -> str:
    """The wanted word ``said`` spells, "" when it is none or holds no needle as written."""
    word = said.lower()
    return word if word in wanted and _holds_needle(said, needles[word]) else ""


def _holds_needle(said: str, needles: tuple[str, ...]) -> bool:
    """Whether a needle stands in ``said`` as written, near enough its start."""
    return any(0 <= said.find(n) <= _BACK for n in needles)


# How far back from a needle a word may start (the needle scan this replaces walked back over
# at most 12 letters; every wanted word holds its needle nearer its start than that).
_BACK: Final = 12


_STEM_BYTES: Final = frozenset(t.encode() for t in NUMBER_STEMS)


@dataclass(frozen=True, slots=True)
class _Scanner:
    # a space, then a wanted word (or its start), folded bytes; with_stems: or the stem of a
    # number word, which the number scan then takes from here (numbers.note_stem_spaces). One
    # trie of both words runs ~20 % faster than two passes (two tries side by side run slower).
    after_space: re.Pattern[bytes]
    with_stems: bool
    at_start_bytes: re.Pattern[bytes]  # a wanted word at offset 0, folded bytes
    after_boundary: re.Pattern[str]  # a non-letter, then a wanted word, lower-cased text
    at_start: re.Pattern[str]  # a wanted word at offset 0, lower-cased text
    needles: dict[str, tuple[str, ...]]  # wanted word -> the needles it holds
    spelled: dict[str, str]  # _trigger_word of the usual spellings ("summit", "Summit")


@lru_cache(maxsize=8)
def _scanner(wanted: frozenset[str]) -> _Scanner:
    """The trie patterns for ``wanted``. They may match the start of a longer word
    ("summitry"): the caller reads the whole word. Words are plain ASCII letters, so a space of
    the folded bytes, or ``[^a-z]`` on the lower-cased copy, is a superset of "not a letter"."""
    needles = {w: tuple(n for n in NEEDLES if n in w) for w in wanted}
    for w, ns in needles.items():
        if not w.isascii() or not w.isalpha() or any(w.rfind(n) >= _BACK for n in ns):
            raise ValueError(f"trigger word {w!r} cannot be found by the scan")
    trie = trie_of(sorted(wanted))
    usual = [s for w in wanted for s in (w, w[0].upper() + w[1:])]
    # One pass finds both only when no word can match both at one offset (neither a prefix of the
    # other): the trie would then hide one of them, and a matched stem would not tell itself apart.
    with_stems = not any(w.startswith(t) or t.startswith(w) for w in wanted for t in NUMBER_STEMS)
    after_space = " " + (trie_of(sorted(wanted | set(NUMBER_STEMS))) if with_stems else trie)
    return _Scanner(
        re.compile(after_space.encode()),
        with_stems,
        re.compile(trie.encode()),
        re.compile("[^a-z]" + trie),
        re.compile(trie),
        needles,
        {s: _trigger_word(s, wanted, needles) for s in usual},
    )


def _word_end(text: str, i: int) -> int:
    m = _WORD_REST.match(text, i, i + 41, timeout=_rt())  # the pattern reads at most 40
    return m.end() if m else i


def words_before(text: str, lo: int, pos: int, n: int) -> list[tuple[int, str]]:
    """Up to ``n`` words before ``pos`` (not before ``lo``), nearest first, as (offset, lower)."""
    base = max(lo, pos - 14 * n)  # words longer than this are not the short words we want
    chunk = text[base:pos]
    out: list[tuple[int, str]] = []
    end = len(chunk)
    for word in reversed(chunk.rsplit(None, n)[-n:]):  # (the last n words, split no further)
        end = chunk.rfind(word, 0, end)
        out.append((base + end, word.lower().rstrip(",;")))
    return out


def nearest(words: list[tuple[int, str]], wanted: frozenset[str], k: int) -> int | None:
    """Offset of the nearest of the first ``k`` words that is in ``wanted``."""
    for off, w in words[:k]:
        if w in wanted:
            return off
    return None
