"""The text folded to one byte a character, for the scans that look for ASCII words.

ASCII letters become lower case, every other character a space (a character beyond Latin-1 is
first encoded as "?", then folded to a space): one byte per character, so offsets stay those of
the text, and a word start is a literal space the regex engine skips to at C speed. The number
scan and the meetings trigger scan both read it; it is made once per document (the last one is
kept, with its text, until the next document is folded). ``trie_of`` writes the word lists those
scans look for as one trie pattern.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

_FOLD: Final = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))


@lru_cache(maxsize=1)  # both passes over one document ask for the same text object
def fold(text: str) -> bytes:
    """``text`` as lower-case ASCII letters and spaces, one byte per character."""
    return text.encode("latin-1", "replace").translate(_FOLD)


def trie_of(words: list[str]) -> str:
    """One alternation per letter position: "meet(?:ing(?:s)?|s)?" rather than a flat list,
    so a word start costs a few literal tests, and the longest word wins."""
    if "" in words:
        rest = [w for w in words if w]
        return f"(?:{trie_of(rest)})?" if rest else ""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])
    alts = [c + trie_of(tails) for c, tails in groups.items()]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
