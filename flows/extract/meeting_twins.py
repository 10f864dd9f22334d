"""Twins of the meetings pass's costliest ``regex`` searches, for the standard library's ``re``.

``re`` runs these searches 2-4x faster than ``regex``. A twin matches exactly what its original
matches on text made of ASCII and typographic punctuation (``‘’“”‐–—``, which are neither
letters, digits, spaces nor word characters to either engine): there ``\\p{L}`` is
``[A-Za-z]``, ``\\p{Lu}`` is ``[A-Z]``, ``\\p{Ll}`` is ``[a-z]``, ``\\p{N}`` is ``[0-9]``, ``\\s``
is ``[\\t\\n\\v\\f\\r ]`` and ``\\b`` sits between ``[A-Za-z0-9_]`` and anything else (the
originals are version 0 patterns: no Unicode word-boundary rules). Callers test the window
with ``twin_safe`` and use the original otherwise; tests/extract/test_meetings_twins.py checks
each pair on fuzzed text. A twin takes no ``timeout=``: each reads a bounded window with a
linear pattern, and the pass still meets the document's deadline (find_meetings checks it
every 32 sentences, and each reader match asks for the time left first).
"""

from __future__ import annotations

import re
from typing import Final

import regex

_NOT_TWIN_CHAR: Final = re.compile(r"[^\x00-\x7f‘’“”‐–—]")
_S: Final = (
    r"[\t\n\x0b\x0c\r ]"  # \s of ``regex`` on these characters (``re``'s \s has \x1c-\x1f too)
)


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
SUBJECT: Final = _twin(
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
INCLUDING: Final = _twin(
    r"""including\s+(?:the\s+)?(?:(?:leaders|those|heads|ministers|foreign\s+ministers)\s+of\s+
        (?:the\s+)?)?(?P<list>[^.;:]{1,400}?)(?=[.;:]|,\s+(?:[a-z]+\s+){0,2}[a-z]+ed\b|$)""",
    re.VERBOSE,
)

# Its head alone, and the participle clause that ends its list (meeting_context._including).
INCLUDING_HEAD: Final = _twin(
    r"""including\s+(?:the\s+)?(?:(?:leaders|those|heads|ministers|foreign\s+ministers)\s+of\s+
        (?:the\s+)?)?""",
    re.VERBOSE,
)
COMMA_ED: Final = _twin(r",\s+(?:[a-z]+\s+){0,2}[a-z]+ed\b")

# meetings._ACTOR_VERB: "President Xi attended the …", "proposed by President Xi at the …".
ACTOR_VERB: Final = _twin(
    r"""(?:attended|attends|attending|addressed|addresses|chaired|co-chaired|hosted|joined
         |participated\s+in|participates\s+in|spoke\s+at|speech\s+at|statement\s+at|remarks\s+at
         |proposed\s+by\s+(?P<by>(?:[A-Z][A-Za-z'’-]*+\s++){1,4})at)\s++(?:the\s+)?[^,;]{0,40}\Z""",
    re.VERBOSE,
)


# What the ``regex`` escapes the meeting patterns use are on twin-safe text, inside a class.
_CLASS_OF: Final = {
    r"\p{L}": "A-Za-z",
    r"\p{Lu}": "A-Z",
    r"\p{Ll}": "a-z",
    r"\p{N}": "0-9",
    r"\d": "0-9",
    r"\s": r"\t\n\x0b\x0c\r ",
}


def twin_of(pattern: regex.Pattern[str], lower: bool = False) -> re.Pattern[str]:
    """The ``re`` twin of a ``regex`` pattern written with the escapes of _CLASS_OF, version-1
    set operations excepted (``regex`` folds case fully under IGNORECASE, which on twin-safe
    text is plain ASCII folding). Raises ValueError for what it cannot translate.

    ``lower``: the twin of a case-insensitive pattern written in lower case, for ASCII text the
    caller lower-cases (one ``str.lower`` is cheaper than ``re``'s case-insensitive matching)."""
    if lower and (
        not pattern.flags & regex.IGNORECASE or pattern.pattern != pattern.pattern.lower()
    ):
        raise ValueError(f"no lower-case twin for {pattern.pattern[:40]!r}")
    src = pattern.pattern
    if any(op in src for op in ("--", "&&", "||", "~~", "(?r)")) or pattern.flags & regex.REVERSE:
        raise ValueError(f"no twin for {src[:40]!r}")
    out: list[str] = []
    i, in_class = 0, False
    while i < len(src):
        c = src[i]
        if c == "\\":
            esc = next((e for e in _CLASS_OF if src.startswith(e, i)), None)
            if esc is None:
                out.append(src[i : i + 2])
                i += 2
            else:
                out.append(_CLASS_OF[esc] if in_class else f"[{_CLASS_OF[esc]}]")
                i += len(esc)
            continue
        if in_class and c == "]" and src[i - 1] != "[" and src[i - 2 : i] != "[^":
            in_class = False
        elif not in_class and c == "[":
            in_class = True
        out.append(c)
        i += 1
    flags = (re.IGNORECASE if pattern.flags & regex.IGNORECASE and not lower else 0) | (
        re.VERBOSE if pattern.flags & regex.VERBOSE else 0
    )
    return re.compile("".join(out), flags)
