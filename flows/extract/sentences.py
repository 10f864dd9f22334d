"""Split text into sentences with exact offsets, in one linear pass.

Why not a library: NLTK's punkt needs a model download (no network at run time) and spaCy
is heavy for a rule that only has to respect abbreviations and numbers like "70.6" or "U.S.".
"""

from __future__ import annotations

import re
from typing import Final

import regex

from flows.extract.ascii_twins import ascii_letter
from flows.extract.deadline import check
from flows.extract.offsets import find_all
from flows.extract.types import Sentence

# A sentence ends at . ! ? (optionally closed by quotes/brackets) followed by white space and an
# upper-case letter, digit, quote, bracket or bullet; and at every line break (a run of blank
# lines is one candidate: the pieces between them would be empty). The patterns only find
# candidates, and the checks that need context run in Python per candidate. Every candidate
# starts at one of the four characters . ! ? and a line break, which ``str.find`` locates at
# C speed (a regex scan for them costs ~17 ns a character); from there ``_candidate_end``
# reads what the patterns would match by code point (tests compare it with them).
_PUNCT_RUN: Final = re.compile(r"[.!?]++[\"'”’)\]]*+[ \t\u00a0]++")
_BREAK_RUN: Final = re.compile(r"\n(?:[ \t\u00a0]*+\n)*+")
_MARKS: Final = (".", "\n", "!", "?")
# "U.S. ", "Mr. ", "No. 5", "e.g. ": a full stop that ends an abbreviation, not a sentence.
_ABBREV: Final = regex.compile(
    r"\b(?:[A-Z]|Mr|Ms|Mrs|Dr|No|St|Jr|vs|etc|e\.g|i\.e|U\.S|U\.K|Co|Inc|Ltd|Gen|Prof|approx"
    r"|est|ca|Nos|Fig)\.$",
    regex.REVERSE,
)
# The same words, for a set test on the run of letters before the stop (a capital letter alone is
# one of them); the dotted ones are tested apart.
_ABBREV_WORDS: Final = frozenset(
    (
        "Mr", "Ms", "Mrs", "Dr", "No", "St", "Jr", "vs", "etc", "Co", "Inc", "Ltd", "Gen", "Prof",
        "approx", "est", "ca", "Nos", "Fig", *"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    )
)  # fmt: skip
_ABBREV_DOTTED: Final = frozenset(("e.g", "i.e", "U.S", "U.K"))
_OPENERS: Final = frozenset("\"'“‘(•-")
_CLOSERS: Final = " \t\u00a0\"'”’)]"

_MAX_SENTENCE: Final = 2000  # page furniture can run for megabytes without punctuation: cut it


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]``, stripped of surrounding white space, never empty."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    pos = start  # where the current sentence starts
    scan = start  # candidates never overlap: the next one starts at or after this
    k = 0
    # No regex timeout here: the patterns are possessive (linear) and each match is bounded by
    # the next candidate's surroundings; the deadline is checked every 1,024 candidates instead.
    marks = _MarkStream(text, start, end)
    while True:
        a = marks.next()
        if a < 0:
            break
        if a < scan:
            continue  # inside the previous candidate ("...", a run of blank lines)
        b = _candidate_end(text, a, end)
        if b < 0:
            continue
        if not k & 1023:
            check()  # the document's deadline, if any
        k += 1
        scan = b
        if b - a == 1 and text[a] == "\n" and _wrapped(text, a, end):
            continue  # a line wrapped inside a sentence: "… 34 medical expert teams\nto 32 …"
        if text[a] != "\n":
            if b >= end or not (_upper_at(text, b) or text[b].isdigit() or text[b] in _OPENERS):
                continue
            # The candidate is . ! ? run, closing quotes/brackets, white space: read back over
            # the white space (the sentence keeps its . ! ?) and the closers to the last . ! ?.
            closed = b
            while _blank(ord(text[closed - 1])):
                closed -= 1
            stop = closed - 1
            while text[stop] in _CLOSERS:
                stop -= 1
            if stop == closed - 1 and _abbreviation(text, stop):
                continue
            a = closed
        if a - pos > 1 or a > pos and not text[pos].isspace():  # skip empty pieces cheaply
            _emit(text, pos, a, out)
        pos = b
    _emit(text, pos, end, out)
    return out


def _marks(text: str, start: int, end: int) -> list[int]:
    """Offsets of every . ! ? and line break in ``text[start:end]``, in text order (what
    ``_MarkStream`` yields; the tests compare them)."""
    return find_all(text, _MARKS, start, end)


class _MarkStream:
    """``_marks`` read one at a time: the next . ! ? and line break are each found ahead, and the
    nearest is taken (no list of boxed offsets to build and sort)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.end = end
        self.dot = text.find(".", start, end)
        self.nl = text.find("\n", start, end)
        self.bang = text.find("!", start, end)
        self.ask = text.find("?", start, end)

    def next(self) -> int:
        """The next mark's offset, -1 after the last."""
        a = self.dot
        if self.nl >= 0 and (a < 0 or self.nl < a):
            a = self.nl
        if self.bang >= 0 and (a < 0 or self.bang < a):
            a = self.bang
        if self.ask >= 0 and (a < 0 or self.ask < a):
            a = self.ask
        if a < 0:
            return -1
        if a == self.dot:
            self.dot = self.text.find(".", a + 1, self.end)
        elif a == self.nl:
            self.nl = self.text.find("\n", a + 1, self.end)
        elif a == self.bang:
            self.bang = self.text.find("!", a + 1, self.end)
        else:
            self.ask = self.text.find("?", a + 1, self.end)
        return a


def _candidate_end(text: str, a: int, end: int) -> int:
    """End of the candidate (a _PUNCT_RUN or _BREAK_RUN match) starting at ``a``, else -1, read
    by code point (a pattern call costs more than the few characters it reads)."""
    i = a + 1
    if text[a] == "\n":
        j = i  # the end of the last line break taken
        while True:
            while i < end and _blank(ord(text[i])):
                i += 1
            if i >= end or text[i] != "\n":
                return j
            i = j = i + 1
    while i < end and _stop_mark(ord(text[i])):
        i += 1
    while i < end and _closer(ord(text[i])):
        i += 1
    j = i
    while j < end and _blank(ord(text[j])):
        j += 1
    return j if j > i else -1  # "70.6", "U.S", "end.</p>": no white space follows


def _stop_mark(c: int) -> bool:
    return c == 46 or c == 33 or c == 63  # . ! ?


def _closer(c: int) -> bool:
    return c == 34 or c == 39 or c == 41 or c == 93 or c == 0x201D or c == 0x2019  # "')] ” ’


_ENDS_CLAUSE: Final = frozenset(".!?:;")


def _wrapped(text: str, nl: int, end: int) -> bool:
    """Whether the single line break at ``nl`` wraps a sentence (a PDF extract, a plain-text
    release wrapped at 80 columns): the line before ends without . ! ? : ; and the next line
    goes on in lower case. Headings, list items and table rows start upper case, with a
    digit or a bullet, so they keep their break."""
    i = nl + 1
    while i < end and _blank(ord(text[i])):
        i += 1
    if i >= end or not ("a" <= text[i] <= "z"):
        return False
    j = nl
    while j > 0 and _blank(ord(text[j - 1])):
        j -= 1
    return j > 0 and text[j - 1] not in _ENDS_CLAUSE and text[j - 1] != "\n"


def _abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation (``_ABBREV`` matches there), read
    by code point: every word of the pattern ends in an ASCII letter and needs a word boundary
    before it, so it is the whole run of letters before the stop (at most six), or for "e.g",
    "i.e", "U.S", "U.K" a one-letter run after a dot. The pattern runs only when the character
    before the word is not ASCII (its ``\\w`` is Unicode)."""
    if text[stop] != ".":
        return False
    j = stop
    while j > 0 and stop - j < 7 and ascii_letter(ord(text[j - 1])):
        j -= 1
    if j == stop or stop - j == 7:
        return False  # no letter before the stop, or a run too long to be one of the words
    if j > 0:
        c = ord(text[j - 1])
        if c >= 128:
            return _ABBREV.match(text, max(0, stop - 6), stop + 1) is not None
        if 48 <= c <= 57 or c == 95:
            return False  # a digit or "_" before the run: no word boundary
    if text[j:stop] in _ABBREV_WORDS:
        return True
    if stop - j != 1 or j < 2 or text[j - 1] != "." or text[j - 2 : stop] not in _ABBREV_DOTTED:
        return False
    if j == 2:
        return True
    c = ord(text[j - 3])
    if c >= 128:
        return _ABBREV.match(text, max(0, stop - 6), stop + 1) is not None
    return not (ascii_letter(c) or 48 <= c <= 57 or c == 95)


def _space_at(text: str, i: int) -> bool:
    """``text[i].isspace()`` (by code point on ASCII: \\t-\\r, \\x1c-\\x1f and the space)."""
    c = ord(text[i])
    return c == 32 or 9 <= c <= 13 or 28 <= c <= 31 if c < 128 else text[i].isspace()


def _upper_at(text: str, i: int) -> bool:
    """``text[i].isupper()`` (a method call in compiled code; a comparison on ASCII)."""
    c = ord(text[i])
    return 65 <= c <= 90 if c < 128 else text[i].isupper()


def _blank(c: int) -> bool:
    return c == 32 or c == 9 or c == 0xA0


def _emit(text: str, a: int, b: int, out: list[Sentence]) -> None:
    if a >= b:
        return
    piece = text[a:b]
    if _space_at(text, a) or _space_at(text, b - 1):  # most pieces: neither
        body = piece.strip()  # str.strip removes exactly the characters str.isspace() accepts
        if not body:
            return
        a += len(piece) - len(piece.lstrip())
        b = a + len(body)
    else:
        body = piece
    while b - a > _MAX_SENTENCE:  # hard cut long runs so later passes stay linear
        out.append(Sentence(a, a + _MAX_SENTENCE, text[a : a + _MAX_SENTENCE]))
        a += _MAX_SENTENCE
    out.append(Sentence(a, b, body if len(body) == b - a else text[a:b]))


def sentence_at(sentences: list[Sentence], pos: int) -> Sentence | None:
    """The sentence containing offset ``pos`` (binary search; sentences are sorted)."""
    lo, hi = 0, len(sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if pos < s.start:
            hi = mid
        elif pos >= s.end:
            lo = mid + 1
        else:
            return s
    return None
