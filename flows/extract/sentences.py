"""Split text into sentences with exact offsets, in one linear pass.

Why not a library: NLTK's punkt needs a model download (no network at run time) and spaCy
is heavy for a rule that only has to respect abbreviations and numbers like "70.6" or "U.S.".
"""

from __future__ import annotations

import regex

from flows.extract.deadline import check, regex_timeout
from flows.extract.types import Sentence

# A sentence ends at . ! ? (optionally closed by quotes/brackets) followed by white space and an
# upper-case letter, digit, quote, bracket or bullet; and at every line break (blank lines give
# empty pieces, which are dropped). The pattern only finds candidates — a one-class first
# character keeps the scan fast — and the checks that need context run in Python per candidate.
_CANDIDATE = regex.compile(r"[.!?]++[\"'”’)\]]*+[ \t\u00a0]++|\n")
# "U.S. ", "Mr. ", "No. 5", "e.g. ": a full stop that ends an abbreviation, not a sentence.
_ABBREV = regex.compile(
    r"\b(?:[A-Z]|Mr|Ms|Mrs|Dr|No|St|Jr|vs|etc|e\.g|i\.e|U\.S|U\.K|Co|Inc|Ltd|Gen|Prof)\.$",
    regex.REVERSE,
)
_OPENERS = frozenset("\"'“‘(•-")

_MAX_SENTENCE = 2000  # page furniture can run for megabytes without punctuation: cut it


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]``, stripped of surrounding white space, never empty."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    pos = start
    for k, m in enumerate(_CANDIDATE.finditer(text, start, end, timeout=regex_timeout(60.0))):
        if not k & 1023:
            check()  # the document's deadline, if any
        a, b = m.start(), m.end()
        if text[a] != "\n":
            if b >= end or not (text[b].isupper() or text[b].isdigit() or text[b] in _OPENERS):
                continue
            closed = a + len(m.group().rstrip(" \t\u00a0"))  # the sentence keeps its . ! ?
            stop = a + len(m.group().rstrip(" \t\u00a0\"'”’)]")) - 1  # the last . ! ?
            if stop == closed - 1 and _ABBREV.match(text, max(0, stop - 6), stop + 1):
                continue
            a = closed
        _emit(text, pos, a, out)
        pos = b
    _emit(text, pos, end, out)
    return out


def _emit(text: str, a: int, b: int, out: list[Sentence]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    while b - a > _MAX_SENTENCE:  # hard cut long runs so later passes stay linear
        out.append(Sentence(a, a + _MAX_SENTENCE, text[a : a + _MAX_SENTENCE]))
        a += _MAX_SENTENCE
    if b > a:
        out.append(Sentence(a, b, text[a:b]))


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
