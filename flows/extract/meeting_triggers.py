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
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import regex

from flows.extract.deadline import meeting_regex_timeout as _rt
from flows.extract.fold import fold, trie_of
from flows.extract.meeting_names import words
from flows.extract.numbers import NUMBER_WORDS, note_stem_spaces
from flows.extract.offsets import bisect_right
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
    text: str, sentences: list[Sentence], wanted: frozenset[str], *, note: bool = True
) -> list[SentenceTriggers]:
    """Sentences holding a word of ``wanted`` (lower case), each with those words in order.
    With ``note``, the number words met on the way are left for the number scan of ``text``
    (numbers.note_stem_spaces); a text the number scan never reads needs none."""
    sent_starts = [s.start for s in sentences]
    scan = _scanner(wanted)
    spelled = scan.spelled
    out: list[SentenceTriggers] = []
    for ws, e in _candidates(text, scan, note):
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


def _candidates(text: str, scan: _Scanner, note: bool) -> list[tuple[int, int]]:
    """(start, end) of candidate trigger words, in text order: every triggering word is among
    them, and the caller's checks reject the rest.

    The fast way folds the text to one byte a character: ASCII letters in lower case, every
    other character a space. ``bytes.split`` then cuts it into its ASCII words at C speed, and
    each word of a possible length is looked up whole (a dict of bytes): ~3x cheaper than a
    regex trie tried at every space, which also offered the wanted starts of longer words
    ("meetingroom") that the caller then rejected. The same lookup finds the number words for
    numbers.py. Only "K" (the Kelvin sign) lower-cases to an ASCII letter and is not one; a text
    holding it takes the slower way, a trie over a lower-cased copy.
    """
    if "\u212a" not in text:
        found, spaces = _folded_words(fold(text), scan)
        if note:
            note_stem_spaces(text, spaces)
        return found
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters; keep offsets aligned
        low = text.replace("\u0130", "I").lower()
    found = [(m.start() + 1, m.end()) for m in scan.after_boundary.finditer(low)]
    first = scan.at_start.match(low)
    return [(0, first.end()), *found] if first else found


def _folded_words(folded: bytes, scan: _Scanner) -> tuple[list[tuple[int, int]], list[int]]:
    """The wanted words of ``folded`` as (start, end), and the offset of the space before each
    number word (for numbers.note_stem_spaces; a word at offset 0 numbers.py reads itself)."""
    found: list[tuple[int, int]] = []
    spaces: list[int] = []
    kinds, shortest, longest, starts = scan.kinds, scan.shortest, scan.longest, scan.starts
    off = 0
    for w in folded.split(b" "):  # one piece a space: offsets add up exactly
        n = len(w)
        # (a piece is all a-z; its first two letters index ``starts``: most words are out
        # after two byte reads, before the dict hashes them)
        if shortest <= n <= longest and starts[(w[0] - 97) * 26 + w[1] - 97]:
            kind = kinds.get(w, 0)
            if kind & _WANTED:
                found.append((off, off + n))
            if kind & _NUMBER and off:
                spaces.append(off - 1)
        off += n + 1
    return found, spaces


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


_WANTED: Final = 1  # kinds of a folded word: a word of ``wanted``, a number word, or both
_NUMBER: Final = 2


@dataclass(frozen=True, slots=True)
class _Scanner:
    kinds: dict[bytes, int]  # folded word -> _WANTED | _NUMBER
    shortest: int  # the lengths of those words: others are not looked up
    longest: int
    starts: bytes  # 26 x 26: 1 where some such word starts with those two letters
    after_boundary: re.Pattern[str]  # a non-letter, then a wanted word, lower-cased text
    at_start: re.Pattern[str]  # a wanted word at offset 0, lower-cased text
    needles: dict[str, tuple[str, ...]]  # wanted word -> the needles it holds
    spelled: dict[str, str]  # _trigger_word of the usual spellings ("summit", "Summit")


@lru_cache(maxsize=8)
def _scanner(wanted: frozenset[str]) -> _Scanner:
    """The lookups for ``wanted``. Words are plain ASCII letters, so the folded words hold them
    whole; the trie of the Kelvin-sign path may match the start of a longer word ("summitry"),
    and ``[^a-z]`` on the lower-cased copy is a superset of "not a letter"."""
    needles = {w: tuple(n for n in NEEDLES if n in w) for w in wanted}
    for w, ns in needles.items():
        if not w.isascii() or not w.isalpha() or any(w.rfind(n) >= _BACK for n in ns):
            raise ValueError(f"trigger word {w!r} cannot be found by the scan")
    kinds: dict[bytes, int] = {}
    for w in wanted:
        kinds[w.encode()] = _WANTED
    for w in NUMBER_WORDS:
        kinds[w.encode()] = kinds.get(w.encode(), 0) | _NUMBER
    trie = trie_of(sorted(wanted))
    usual = [s for w in wanted for s in (w, w[0].upper() + w[1:])]
    starts = bytearray(26 * 26)
    for k in kinds:
        starts[(k[0] - 97) * 26 + k[1] - 97] = 1
    return _Scanner(
        kinds,
        max(2, min(map(len, kinds))),  # (every word has two letters to index ``starts``)
        max(map(len, kinds)),
        bytes(starts),
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
