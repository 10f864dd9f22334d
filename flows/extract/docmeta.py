"""A document's own title and date: the fallback for figures that state no period.

Dates are looked for in the order an analyst trusts them: an explicit dateline ("Updated:",
"Published:", "Date:", "XinhuaUpdated: June 7, 2020"), then a short date-only line near the top,
then a "(Originally appeared in …, No. 5, 2020)" note, which gives a year only.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from typing import Final

import regex

from flows.extract.dates import find_dates
from flows.extract.types import DocMeta

_HEAD: Final = 3000  # datelines and titles live near the top
_TOP: Final = 300  # a bare date this close to the top is the document's own
_BREADCRUMB: Final = regex.compile(r"\S\s+[>»›]\s+\S")
_DATELINE: Final = regex.compile(
    r"(?:Updated|Published|Date|Posted|Released|Issued|Release\s+date|Time)\s*[:：]\s*",
    regex.IGNORECASE,
)
_ORIGINALLY: Final = regex.compile(
    r"\((?:Originally\s+)?(?:appeared|published)\s+in\s+[^()\n]{0,120}?\b((?:19|20)\d\d)\)",
    regex.IGNORECASE,
)
# Navigation and page furniture that is not a title.
_FURNITURE: Final = regex.compile(
    r"^(?:nav|search|menu|home|skip|print|share|e-?mail|close|login|sign\s+in|text\s+size|"
    r"[\W\d_]*$)(?:\s+(?:nav|search|menu|home|print|share|e-?mail))*\s*$",
    regex.IGNORECASE,
)


def document_meta(text: str) -> DocMeta:
    head = text[:_HEAD]
    published, published_text = _published(text, head)
    # A re-published text ("Originally appeared in … No. 5, 2020") was written before its dateline:
    # its figures speak for an earlier, unknown date, so they get none rather than a wrong one.
    republished = _ORIGINALLY.search(text[-2000:]) is not None
    return DocMeta(
        title=_title(head),
        published_on=published,
        published_text=published_text,
        republished=republished,
    )


def _published(text: str, head: str) -> tuple[date | None, str | None]:
    for m in _datelines(head):
        dates = find_dates(head, m.end(), min(len(head), m.end() + 40))
        if dates and dates[0].has_year and dates[0].start - m.end() < 5:
            return dates[0].first, head[m.start() : dates[0].end]
    for line_start, line in _lines(head):
        stripped = line.strip()
        if 0 < len(stripped) <= 40:
            dates = find_dates(head, line_start, line_start + len(line))
            if len(dates) == 1 and dates[0].has_year and dates[0].first == dates[0].last:
                return dates[0].first, dates[0].text
    # a full date in the title or the first lines ("… Regular Press Conference on June 8, 2020")
    for d in find_dates(head, 0, min(len(head), _TOP)):
        if d.has_year and d.first == d.last:
            return d.first, d.text
    tail = text[-2000:]
    orig = _ORIGINALLY.search(tail)
    if orig:
        return date(int(orig.group(1)), 1, 1), orig.group()
    return None, None


# The words every _DATELINE match starts with, lower-cased ("release" also starts "Released").
_DATELINE_WORDS: Final = ("updated", "published", "date", "posted", "release", "issued", "time")
_DATELINE_BYTES: Final = tuple(w.encode("ascii") for w in _DATELINE_WORDS)


def _datelines(head: str) -> list[regex.Match[str]]:
    """``_DATELINE.finditer(head)``, but the pattern is only tried where one of its words starts
    (found by ``str.find`` on a lower-cased copy): a case-insensitive alternation tried at every
    offset costs more than the rest of this module."""
    if "\u0130" in head or "ſ" in head:  # "İ" lowers to two characters, "ſ" folds to "s": scan
        return list(_DATELINE.finditer(head))
    # Lower-cased as ASCII bytes, one a character (non-ASCII ones as "?"): the words are ASCII,
    # no other non-ASCII character lowers to one of their letters, and str.lower on a text with
    # any non-ASCII character costs ~45 instructions a character.
    low = head.encode("ascii", "replace").lower()
    starts = set()
    for w in _DATELINE_BYTES:
        i = low.find(w)
        while i >= 0:
            starts.add(i)
            i = low.find(w, i + 1)
    out: list[regex.Match[str]] = []
    end = -1
    for i in sorted(starts):
        m = _DATELINE.match(head, i, len(head)) if i >= end else None
        if m is not None:
            out.append(m)
            end = m.end()
    return out


def _lines(s: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in s.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _title(head: str) -> str | None:
    lines = _title_lines(head)  # lazily: the title is nearly always among the first few
    first = list(itertools.islice(lines, 6))
    # A CMS page: masthead, breadcrumb ("Home > Embassy News"), maybe a date, then the headline.
    crumb = next((i for i, t in enumerate(first) if _is_breadcrumb(t)), None)
    if crumb is not None:
        after = itertools.chain(first[crumb + 1 :], lines)
        title = next((t for t in after if not _is_date_line(t)), None)
        if title is not None:
            return title[:300]
    return first[0][:300] if first else None


def _is_breadcrumb(line: str) -> bool:
    # the separators first, at C speed: the first lines are often whole paragraphs
    return ("›" in line or ">" in line or "»" in line) and _BREADCRUMB.search(line) is not None


def _title_lines(head: str) -> Iterator[str]:
    """Non-empty stripped lines of ``head`` that are neither page furniture nor a dateline."""
    pos, n = 0, len(head)
    while pos <= n:  # line by line as split("\n") gives them, but only as far as is read
        nl = head.find("\n", pos)
        if nl < 0:
            nl = n
        t = head[pos:nl].strip()
        if t and not _maybe_furniture(t) and not _maybe_dateline(t):
            yield t
        pos = nl + 1


# The words a _FURNITURE line can start with (lower-cased), unless it has no letter at all.
_FURNITURE_WORDS: Final = (
    "nav", "search", "menu", "home", "skip", "print", "share", "email", "e-mail", "close",
    "login", "sign", "text",
)  # fmt: skip


def _maybe_furniture(t: str) -> bool:
    """``_FURNITURE.match(t)``, its words tested at C speed first: a line opening with an ASCII
    letter is furniture only if it opens with one of them (its other form has no word
    character). Non-ASCII openings ("ſ", "K" fold to ASCII letters) go to the pattern."""
    head = t[:6]
    if head.isascii() and head[:1].isalpha() and not head.lower().startswith(_FURNITURE_WORDS):
        return False
    return _FURNITURE.match(t) is not None


def _maybe_dateline(t: str) -> bool:
    """``_DATELINE.match(t)``, its words tested at C speed first (as in _maybe_furniture)."""
    head = t[:9]
    if head.isascii() and not head.lower().startswith(_DATELINE_WORDS):
        return False
    return _DATELINE.match(t) is not None


def _is_date_line(line: str) -> bool:
    dates = find_dates(line) if len(line) <= 40 else []
    return len(dates) == 1 and len(line) - len(dates[0].text) <= 4
