"""ASCII twins of the figure pass's hottest ``regex`` patterns, for the standard library's ``re``.

On text that is pure ASCII each twin matches exactly what its original matches (there ``\\p{L}``
is ``[A-Za-z]``, ``\\p{Lu}`` is ``[A-Z]``, ``\\p{M}`` is nothing, ``\\d`` is ``[0-9]`` and ``\\s``
is ``[\\t\\n\\v\\f\\r ]``), and ``re`` runs these small patterns 2-2.5x faster than ``regex``. Most
windows the figure pass reads are ASCII (over 90 % of the sentences that hold figures), and
``str.isascii`` costs next to nothing, so callers test the window and use the twin when they can,
the original otherwise. tests/extract/test_ascii_twins.py checks each pair on fuzzed ASCII text.
"""

from __future__ import annotations

import re
from typing import Final

# items.TOKEN_RE: a word ("N95" and "5G" are words), a number, or one other non-space character.
ITEM_TOKEN: Final = re.compile(
    r"[A-Za-z][A-Za-z0-9'\-]*+|[0-9]++[A-Za-z][A-Za-z0-9]*+|[0-9][0-9,.]*+|[^\t\n\x0b\x0c\r ]"
)
# frames._WORD_TOKEN_RE: a word starting with a letter.
WORD_TOKEN: Final = re.compile(r"[A-Za-z][A-Za-z0-9'\-]*+")
# frames._NAME_RE: capitalised words, possibly joined by "of"/"for", or "we".
NAME: Final = re.compile(
    r"\b[A-Z][\w'.\-]*+(?![$])(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'.\-]*+(?![$]))*+"
    r"|\b[Ww]e\b",
    re.ASCII,
)
# frames._RECIPIENT: "to (the) <name or count>".
RECIPIENT: Final = re.compile(
    r"""\bto\s+(?:the\s+)?
    (?P<r> [A-Z][\w\-]*+ (?: \s+ (?:of\s+|and\s+)? [A-Z][\w\-]*+ ){0,5} (?![$\d])
         | \d (?:[\d,.]*\d)?+ \s+ [a-z][\w\-]*+ (?: \s+and\s+[a-z][\w\-]*+ )?
         | (?:continent|region) )""",
    re.VERBOSE | re.ASCII,
)
