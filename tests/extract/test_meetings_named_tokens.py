"""The named-meeting walk's tokens: the fast reading (two findall calls split at the head, the
offsets found from the head) equals the tokens and spans of the whole window."""

from __future__ import annotations

import random
import re

import regex

from flows.extract import meeting_named as N

_ALPHABET = "Ab G20 Summit Forum ’s's - ‐ ( ) , of the and é中\u00a0\t\n\x1c"


def _reference(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Token spans of the window as the walk reads them, its edges moved as _tokens moves them."""
    if lo > 0 and not text[lo - 1].isspace():
        while lo < hi and not text[lo].isspace():
            lo += 1
    if hi < len(text) and not text[hi].isspace():
        while hi > lo and not text[hi - 1].isspace():
            hi -= 1
    return [m.span() for m in N.TOKEN_RE.finditer(text, lo, hi)]


def test_split_reading_equals_the_whole_window() -> None:
    rng = random.Random(7)
    checked = 0
    for _ in range(3000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(2, 80)))
        for h in range(1, len(text)):
            if not text[h].isalpha():
                continue
            lo, hi = max(0, h - rng.randint(0, 40)), min(len(text), h + rng.randint(0, 40))
            spans = _reference(text, lo, hi)
            toks = N._tokens(text, lo, hi, 0, len(text), h)
            assert toks.words == [text[a:b] for a, b in spans]
            starts = [a for a, _ in spans]
            assert toks.head == (starts.index(h) if h in starts else -1)
            if toks.head >= 0:
                for i in range(toks.head + 1):
                    assert N._start(text, toks, i) == spans[i][0]
                for i in range(toks.head, len(spans)):
                    assert N._end(text, toks, i) == spans[i][1]
                checked += 1
    assert checked > 1000


def test_the_twin_token_pattern_has_no_groups() -> None:
    """findall returns whole tokens only while neither pattern captures a group."""
    assert isinstance(N._TWIN_TOKEN_RE, re.Pattern) and N._TWIN_TOKEN_RE.groups == 0
    assert isinstance(N.TOKEN_RE, regex.Pattern) and N.TOKEN_RE.groups == 0


def test_twin_tokens_by_words_are_the_pattern() -> None:
    """_findall on twin-safe text (its words, most of them tokens whole) gives the pattern's
    findall, white space of every kind included."""
    alphabet = "Ab G20 Summit ’s's s - ‐ ( ) , . ; : of ’“”—–\t\n\x1c\x0b"
    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert N._findall(text, lo, hi, True) == N._TWIN_TOKEN_RE.findall(text, lo, hi), text
