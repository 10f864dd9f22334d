"""A document's own title and date: the fallback for figures that state no period.

Dates are looked for in the order an analyst trusts them: an explicit dateline ("Updated:",
"Published:", "Date:", "XinhuaUpdated: June 7, 2020"), then a short date-only line near the top,
then a "(Originally appeared in …, No. 5, 2020)" note, which gives a year only.
"""

from __future__ import annotations

from datetime import date

import regex

from flows.extract.dates import find_dates
from flows.extract.types import DocMeta

_HEAD = 3000  # datelines and titles live near the top
_DATELINE = regex.compile(
    r"(?:Updated|Published|Date|Posted|Released|Issued|Release\s+date|Time)\s*[:：]\s*",
    regex.IGNORECASE,
)
_ORIGINALLY = regex.compile(
    r"\((?:Originally\s+)?(?:appeared|published)\s+in\s+[^()\n]{0,120}?\b((?:19|20)\d\d)\)",
    regex.IGNORECASE,
)
# Navigation and page furniture that is not a title.
_FURNITURE = regex.compile(
    r"^(?:nav|search|menu|home|skip|print|share|e-?mail|close|login|sign\s+in|text\s+size|"
    r"[\W\d_]*$)(?:\s+(?:nav|search|menu|home|print|share|e-?mail))*\s*$",
    regex.IGNORECASE,
)


def document_meta(text: str) -> DocMeta:
    head = text[:_HEAD]
    published, published_text = _published(text, head)
    return DocMeta(title=_title(head), published_on=published, published_text=published_text)


def _published(text: str, head: str) -> tuple[date | None, str | None]:
    for m in _DATELINE.finditer(head):
        dates = find_dates(head, m.end(), min(len(head), m.end() + 40))
        if dates and dates[0].has_year and dates[0].start - m.end() < 5:
            return dates[0].first, head[m.start() : dates[0].end]
    for line_start, line in _lines(head):
        stripped = line.strip()
        if 0 < len(stripped) <= 40:
            dates = find_dates(head, line_start, line_start + len(line))
            if len(dates) == 1 and dates[0].has_year and dates[0].first == dates[0].last:
                return dates[0].first, dates[0].text
    tail = text[-2000:]
    m = _ORIGINALLY.search(tail)
    if m:
        return date(int(m.group(1)), 1, 1), m.group()
    return None, None


def _lines(s: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in s.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _title(head: str) -> str | None:
    for _, line in _lines(head):
        t = line.strip()
        if not t or _FURNITURE.match(t) or _DATELINE.match(t):
            continue
        return t[:300]
    return None
