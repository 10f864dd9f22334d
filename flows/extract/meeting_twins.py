"""Twins of the meetings pass's costliest ``regex`` searches, for the standard library's ``re``.

``re`` runs these searches 2-4x faster than ``regex``. A twin matches exactly what its original
matches on text made of ASCII and typographic punctuation (``‘’“”‐–—``, which are neither
letters, digits, spaces nor word characters to either engine): there ``\\p{L}`` is
``[A-Za-z]``, ``\\p{Lu}`` is ``[A-Z]``, ``\\p{Ll}`` is ``[a-z]``, ``\\p{N}`` is ``[0-9]``, ``\\s``
is ``[\\t\\n\\v\\f\\r ]`` and ``\\b`` sits between ``[A-Za-z0-9_]`` and anything else (the
originals are version 0 patterns: no Unicode word-boundary rules). Callers test the window
with ``twin_safe`` and use the original otherwise; tests/extract/test_meetings_twins.py checks
each pair on fuzzed text.
"""

from __future__ import annotations

import re

_NOT_TWIN_CHAR = re.compile(r"[^\x00-\x7f‘’“”‐–—]")
_S = r"[\t\n\x0b\x0c\r ]"  # \s of ``regex`` on these characters (``re``'s \s has \x1c-\x1f too)


def twin_safe(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds only characters on which the twins are exact."""
    return text[a:b].isascii() or not _NOT_TWIN_CHAR.search(text, a, b)


def hint(words: tuple[str, ...]) -> re.Pattern[str]:
    """A search for any of ``words`` as written: the test before a pattern that holds one of
    them (``re`` finds plain words 4x faster than ``regex``, and ``any(w in s …)`` costs a
    Python step per word)."""
    return re.compile("|".join(re.escape(w) for w in words))


def _twin(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern.replace(r"\s", _S), flags)


# meeting_context._SUBJECT: the capitalised run right before a verb, up to the window's end.
SUBJECT = _twin(
    r"""
    (?P<subj>(?:[A-Z][A-Za-z0-9'’-]*+|of|the|on|and)
             (?:(?:\s++|,\s++(?=[A-Z]))(?:[A-Z][A-Za-z0-9'’-]*+|of|the|on|and))*+)
    \s++(?:(?:has|have|had|also|jointly|will|would|personally|successfully|recently|held|holds
             |hold|had|made|conducted)\s++){0,3}
    \Z
    """,
    re.VERBOSE,
)

# meeting_context._INCLUDING: the list after "including", up to a clause break.
INCLUDING = _twin(
    r"""including\s+(?:the\s+)?(?:(?:leaders|those|heads|ministers|foreign\s+ministers)\s+of\s+
        (?:the\s+)?)?(?P<list>[^.;:]{1,400}?)(?=[.;:]|,\s+(?:[a-z]+\s+){0,2}[a-z]+ed\b|$)""",
    re.VERBOSE,
)

# meetings._ACTOR_VERB: "President Xi attended the …", "proposed by President Xi at the …".
ACTOR_VERB = _twin(
    r"""(?:attended|attends|attending|addressed|addresses|chaired|co-chaired|hosted|joined
         |participated\s+in|participates\s+in|spoke\s+at|speech\s+at|statement\s+at|remarks\s+at
         |proposed\s+by\s+(?P<by>(?:[A-Z][A-Za-z'’-]*+\s++){1,4})at)\s++(?:the\s+)?[^,;]{0,40}\Z""",
    re.VERBOSE,
)
