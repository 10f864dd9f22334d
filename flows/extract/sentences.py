"""Split text into sentences with exact offsets, in one linear pass.

Why not a library: NLTK's punkt needs a model download (no network at run time) and spaCy
is heavy for a rule that only has to respect abbreviations and numbers like "70.6" or "U.S.".
"""

from __future__ import annotations

import regex

from flows.extract.types import Sentence

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) when white space and
# an upper-case letter, digit, quote or bullet follow, or at a blank line / line break.
_BOUNDARY = regex.compile(
    r"""
    (?<= [.!?] ["'”’)\]]* )          # terminal punctuation, maybe closed by quotes/brackets
    (?<! \b(?:[A-Z]|Mr|Ms|Mrs|Dr|No|St|Jr|vs|etc|e\.g|i\.e|U\.S|U\.K|Co|Inc|Ltd|Gen|Prof)\. )
    [ \t\u00a0]+ (?= [\p{Lu}\d"'“‘(•\-] )  # white space, then a plausible sentence start
    | \r?\n[ \t\u00a0]*\r?\n            # a blank line ends a paragraph
    | (?<= [^\n]) \r?\n                  # a single line break ends a line-level unit
    """,
    regex.VERBOSE | regex.V1,
)

_MAX_SENTENCE = 2000  # page furniture can run for megabytes without punctuation: cut it


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]``, stripped of surrounding white space, never empty."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    pos = start
    for m in _BOUNDARY.finditer(text, start, end, timeout=None):
        _emit(text, pos, m.start(), out)
        pos = m.end()
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
