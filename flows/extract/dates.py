"""Calendar dates written in running text: "May 18", "1 March", "June 7, 2020", "2020-07-15",
"26/03/2020".

Pure functions. A date without a year takes ``ref_year`` (the document's own year).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

import regex

from flows.extract.deadline import check, regex_timeout

MONTHS: Final = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}

# A month name is a whole word: "Janet", "Marsudi", "Augustin" and "Omar" hold none.
_MONTH: Final = (
    r"(?<![A-Za-z])"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![A-Za-z])\.?"
)

_DATE_PATTERN: Final = rf"""
      (?P<iso> (?P<iy>(?:19|20)\d\d) (?P<sep>[-/.]) (?P<im>[01]?\d) (?P=sep) (?P<id>[0-3]?\d) )\b
    | (?P<mdy> (?P<m1>{_MONTH}) [\s\u00a0]+ (?P<d1>[0-3]?\d)(?:st|nd|rd|th)? \b
               (?: ,?[\s\u00a0]* (?P<y1>(?:19|20)\d\d)\b )? )
    | (?P<dmy> \b(?P<d2>[0-3]?\d)(?:st|nd|rd|th)? [\s\u00a0]+ (?:of[\s\u00a0]+)? (?P<m2>{_MONTH})
               (?: ,?[\s\u00a0]* (?P<y2>(?:19|20)\d\d)\b )? )
    | (?P<my> (?:(?P<part>early|mid|late|end[\s\u00a0]of)[\s\u00a0-]*)? (?P<m3>{_MONTH})
               (?: [\s\u00a0]+ (?P<y3>(?:19|20)\d\d)\b )? )
      # "26/03/2020", "4/16/2020": day and month by their sizes (see _numeric)
    | (?P<num> (?<![\d/.]) (?P<na>[0-3]?\d) / (?P<nb>[0-3]?\d) / (?P<ny>(?:19|20)\d\d) (?![\d/]) )
    """
DATE_RE: Final = regex.compile(_DATE_PATTERN, regex.VERBOSE | regex.IGNORECASE)
# The same pattern for the standard library's ``re``: on ASCII text it matches what DATE_RE
# matches, ~2x faster (see ascii_twins.py; tests/extract/test_ascii_twins.py checks the pair).
DATE_ASCII: Final = re.compile(_DATE_PATTERN, re.VERBOSE | re.IGNORECASE | re.ASCII)


@dataclass(slots=True, init=False)
class DateMention:
    """A date as written. Its __init__ is written out so that mypyc compiles it (a dataclass's
    generated one runs as Python code)."""

    start: int
    end: int
    text: str
    first: date  # first day the mention can mean
    last: date  # last day it can mean (== first for a day)
    has_year: bool

    def __init__(
        self, start: int, end: int, text: str, first: date, last: date, has_year: bool
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.first = first
        self.last = last
        self.has_year = has_year


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _last_day(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# Month names in dates are capitalised in this genre; the full pattern still decides.
MONTH_STEMS: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "JAN",
    "FEB",
    "MAR",
    "APR",
    "MAY",
    "JUN",
    "JUL",
    "AUG",
    "SEP",
    "OCT",
    "NOV",
    "DEC",
)
_STEM_SET: Final = frozenset(MONTH_STEMS)
_STEM_FIRSTS: Final = tuple(sorted({s[0] for s in MONTH_STEMS}))  # J F M A S O N D


def _stem_starts(text: str, start: int, end: int) -> list[int]:
    """Where a month stem starts in text[start:end] (whole stem inside), unordered. Each of the
    stems' eight first letters is found by ``str.find`` (memchr speed) and the three characters
    there are looked up: a ``re`` alternation of the stems costs ~55 instructions a character."""
    out: list[int] = []
    last = end - 2  # a stem at i ends at i + 3 <= end
    if last <= start:
        return out  # (and a negative end would count from the text's end)
    for c in _STEM_FIRSTS:
        i = text.find(c, start, last)
        while i >= 0:
            if text[i : i + 3] in _STEM_SET:
                out.append(i)
            i = text.find(c, i + 1, last)
    return out


def has_month_stem(text: str, start: int, end: int) -> bool:
    """Whether a month stem lies wholly in text[start:end] (as ``_stem_starts``, stopping at
    the first)."""
    last = end - 2
    if last <= start:
        return False
    for c in _STEM_FIRSTS:
        i = text.find(c, start, last)
        while i >= 0:
            if text[i : i + 3] in _STEM_SET:
                return True
            i = text.find(c, i + 1, last)
    return False


def find_dates(
    text: str, start: int = 0, end: int | None = None, ref_year: int | None = None
) -> list[DateMention]:
    """Every date mention in ``text[start:end]``; month names alone need a capital letter."""
    end = len(text) if end is None else end
    out: list[DateMention] = []
    for m in _matches(text, start, end):
        mention = _to_mention(m, ref_year)
        if mention is not None:
            out.append(mention)
    return out


# Every DATE_RE alternative starts at a month name, at a day number or part word ("late") right
# before one, or at an ISO year: those anchors are found with str.find and the pattern is only
# matched there, instead of being tried at every offset.
_LEAD_IN: Final = regex.compile(
    r"(?:\b[0-3]?\d(?:st|nd|rd|th)?[\s\u00a0]+(?:of[\s\u00a0]+)?"
    r"|(?:early|mid|late|end[\s\u00a0]of)[\s\u00a0-]*)$",
    regex.IGNORECASE | regex.REVERSE,
)
_ISO_START: Final = regex.compile(r"(?<!\d)(?:19|20)\d\d([-/.])[01]?\d\1")  # 2020-07-15, 2020/04/16


def _iso_starts(text: str, start: int, end: int) -> list[int]:
    """Starts of _ISO_START's matches in text[start:end] (what finditer finds, in order): an
    ISO date starts at a "19"/"20" with a separator four characters on, which str.find and one
    character test locate at C speed; the pattern is tried only there. (No match can start
    inside another: four digits in a row never follow its year.)"""
    out = []
    for lead in ("19", "20"):
        i = text.find(lead, start, end)
        while i >= 0:
            if text[i + 4 : i + 5] in _ISO_SEPARATORS and _ISO_START.match(text, i, end):
                out.append(i)
            i = text.find(lead, i + 1, end)
    out.sort()
    return out


_ISO_SEPARATORS: Final = ("-", "/", ".")
_SLASH_DATE: Final = re.compile(r"(?<![\d/.])[0-3]?\d/[0-3]?\d/(?:19|20)\d\d(?![\d/])")


def _slash_starts(text: str, start: int, end: int) -> list[int]:
    """Starts of "26/03/2020"-style dates in text[start:end]: at each "/" (str.find), the one
    or two digits before it are tried."""
    out = []
    i = text.find("/", start + 1, end)
    while i >= 0:
        s = i - 2 if i - 2 >= start and text[i - 2].isdigit() else i - 1
        m = _SLASH_DATE.match(text, s, end)
        if m is not None:
            out.append(s)
            i = m.end()
        i = text.find("/", i + 1, end)
    return out


def _matches(text: str, start: int, end: int) -> list[regex.Match[str] | re.Match[str]]:
    # every occurrence of every month stem, and every ISO date start
    stems = _stem_starts(text, start, end)
    anchors = _iso_starts(text, start, end)
    anchors += _slash_starts(text, start, end)
    if not stems and not anchors:
        return []  # most sentences: no month name, no ISO date
    for i in stems:
        lead = _LEAD_IN.match(text, max(start, i - 12), i)
        anchors.append(i)
        if lead:
            anchors.append(lead.start())
    # DATE_RE's twin when the text is ASCII (a \b reads one character before ``start``); the
    # ISO pattern stays with ``regex``, whose scan with a look-behind is the faster one
    date_re = DATE_ASCII if text[max(0, start - 1) : end].isascii() else DATE_RE
    out: list[regex.Match[str] | re.Match[str]] = []
    last = -1
    check()  # the document's deadline, if any
    for a in sorted(set(anchors)):
        if a < last:
            continue
        # No timeout= here: DATE_RE has no nested repeats (a match is a few words, linear in the
        # white space it spans), and a numeric timeout costs ~1.7 µs on every call.
        m = date_re.match(text, a, end)
        if m is not None and m.end() > m.start():
            out.append(m)
            last = m.end()
    return out


def _to_mention(m: regex.Match[str] | re.Match[str], ref_year: int | None) -> DateMention | None:
    # groups() by number, not groupdict(): ``regex`` builds that dict at ~8 µs a match
    g = m.groups()
    iso, iy, im, id_ = g[0], g[1], g[3], g[4]
    m1, d1, y1, d2, m2, y2, my, part, m3, y3 = (
        g[6],
        g[7],
        g[8],
        g[10],
        g[11],
        g[12],
        g[13],
        g[14],
        g[15],
        g[16],
    )
    if iso:
        d = _safe(int(iy), int(im), int(id_))
        return DateMention(m.start(), m.end(), m.group(), d, d, True) if d else None
    if g[17]:
        d = _numeric(int(g[18]), int(g[19]), int(g[20]))
        return DateMention(m.start(), m.end(), m.group(), d, d, True) if d else None
    if my and not m3[0].isupper():
        return None  # "may", "march" as verbs/nouns
    y_txt = y1 or y2 or y3
    year = int(y_txt) if y_txt else ref_year
    if year is None:
        return None
    month = _month(m1 or m2 or m3)
    if my:
        if m3.lower() == "may" and not y_txt and not part:
            return None  # bare "May" is too often the verb
        first, last = date(year, month, 1), _last_day(year, month)
        part = (part or "").lower()
        if part == "early":
            last = date(year, month, 10)
        elif part == "mid":
            first, last = date(year, month, 11), date(year, month, 20)
        elif part:
            first = date(year, month, 21)
        return DateMention(m.start(), m.end(), m.group(), first, last, bool(y_txt))
    d = _safe(year, month, int(d1 or d2))
    return DateMention(m.start(), m.end(), m.group(), d, d, bool(y_txt)) if d else None


def _numeric(a: int, b: int, year: int) -> date | None:
    """ "a/b/year": day first ("26/03/2020"), as official documents outside the US write it,
    unless only the second can be a day ("4/16/2020"); a US release that writes "4/6/2020" for
    April 6 is read as 4 June (its month names are the safer read)."""
    if b > 12 and a <= 12:
        return _safe(year, a, b)
    return _safe(year, b, a)


_WEEKDAYS: Final = {
    name: i
    for i, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
# "on Friday", "on sunday": a weekday in news copy is the latest such day on or before the date
# the document was published.
_WEEKDAY_RE: Final = regex.compile(
    r"\b(?:(?<=[Oo]n\s)|(?<=[Ll]ast\s))(?P<d>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)


def weekday_on_or_before(ref: date, name: str) -> date:
    """The latest ``name`` (a weekday) on or before ``ref``."""
    return ref - timedelta(days=(ref.weekday() - _WEEKDAYS[name.lower()]) % 7)


def find_weekdays(text: str, start: int, end: int, ref: date | None) -> list[DateMention]:
    """'on Friday' / 'last Sunday' in ``text[start:end]`` as days resolved against ``ref``."""
    if ref is None or text.find("day", start, end) < 0:
        return []  # every weekday name ends in "day" (a C-speed test first)
    out = []
    for m in _WEEKDAY_RE.finditer(text, start, end, timeout=regex_timeout(1.0)):
        d = weekday_on_or_before(ref, m.group("d"))
        out.append(DateMention(m.start(), m.end(), m.group(), d, d, True))
    return out
