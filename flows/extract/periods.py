"""The period or cut-off date a sentence states its figures for.

"From March 1 to May 31" / "Between 1 March and 31 May" / "From January to April" -> a period;
"As of May 31" / "By May 31" / "by April 2021" -> a cut-off (as_of); "so far" / "to date" -> the
document's own date; "late March" / "in March 2020" -> that span. Nothing -> the caller falls back
to the document date with ``period_text=None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

import regex

from flows.extract.dates import DateMention, find_dates, find_weekdays
from flows.extract.offsets import find_all


@dataclass(slots=True, init=False)
class Period:
    """A stated period (its __init__ written out for mypyc to compile, as DateMention's)."""

    start: date | None
    end: date | None
    as_of: date | None
    text: str | None

    def __init__(
        self, start: date | None, end: date | None, as_of: date | None, text: str | None
    ) -> None:
        self.start = start
        self.end = end
        self.as_of = as_of
        self.text = text


_RANGE_LEFT: Final = regex.compile(r"\b(from|between)\s+$", regex.IGNORECASE | regex.REVERSE)
_DASH_MID: Final = regex.compile(r"^[ \t\u00a0]*[-–—][ \t\u00a0]*$")  # two dates joined by a dash
_RANGE_MID: Final = regex.compile(r"^\s*(to|and|through|till|until|-|–)\s*$", regex.IGNORECASE)
_ASOF_LEFT: Final = regex.compile(
    r"\b(as\s+of|as\s+at|by|up\s+to|until|till|by\s+the\s+end\s+of)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
_SINCE_LEFT: Final = regex.compile(
    r"\b(since|starting|beginning)\s+$", regex.IGNORECASE | regex.REVERSE
)
_IN_LEFT: Final = regex.compile(
    r"\b(in|during|for)\s+(?:the\s+)?$", regex.IGNORECASE | regex.REVERSE
)
_IN_YEAR: Final = regex.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+((?:19|20)\d\d)\b(?![-/]\d)"
)
# Reported speech: the figures of "On April 2, a spokesperson said …", "… told reporters on
# June 12 that …", "In a statement dated 3 May, …" speak for the day of the statement.
_SPEECH_VERB: Final = (
    r"said|says|told|tells|stated|states|announced|announces|noted|notes|added|adds|stressed"
    r"|confirmed|confirms|disclosed|revealed|remarked|explained|briefed|wrote|declared"
)
_SPOKEN_ON_LEFT: Final = regex.compile(
    rf"(?:\b(?:{_SPEECH_VERB})(?:\s+[\w'’\-]+){{0,4}}?\s+on|\bdated|\bstatement\s+of|^\s*on)\s+$",
    regex.IGNORECASE | regex.REVERSE,
)
_SPEECH_AFTER: Final = regex.compile(rf"\b(?:{_SPEECH_VERB}|according\s+to)\b", regex.IGNORECASE)
_SO_FAR: Final = regex.compile(
    r"\b(so\s+far|to\s+date|thus\s+far|up\s+to\s+now|as\s+of\s+now)\b", regex.I
)


def sentence_period(
    text: str, start: int, end: int, published: date | None, dates: list[DateMention] | None = None
) -> Period | None:
    """The period stated in ``text[start:end]``, or None when the sentence states none."""
    if dates is None:
        dates = find_dates(text, start, end, published.year if published else None)
    for i, d in enumerate(dates):
        left = text[max(start, d.start - 30) : d.start]
        if _RANGE_LEFT.match(left) and i + 1 < len(dates):
            nxt = dates[i + 1]
            if _RANGE_MID.match(text[d.end : nxt.start]):
                lm = _RANGE_LEFT.match(left)
                assert lm is not None
                a = d.start - len(left) + lm.start()
                return Period(d.first, nxt.last, nxt.last, text[a : nxt.end])
        if i + 1 < len(dates) and _DASH_MID.match(text[d.end : dates[i + 1].start]):
            nxt = dates[i + 1]  # "March 1 – May 31, 2020" (a title, a table's caption)
            return Period(d.first, nxt.last, nxt.last, text[d.start : nxt.end])
        m = _ASOF_LEFT.match(left)
        if m:
            return Period(None, None, d.last, text[d.start - len(left) + m.start() : d.end])
        m = _SINCE_LEFT.match(left)
        if m:
            a = d.start - len(left) + m.start()
            return Period(d.first, published, published, text[a : d.end])
    spoken = _spoken_on(text, start, end, dates, published)
    m = _SO_FAR.search(text, start, end) if _so_far_hint(text[start:end].lower()) else None
    if m:  # "so far" is as of the statement's day when the sentence reports one
        return Period(None, None, spoken.last if spoken else published, m.group())
    for d in dates:
        left = text[max(start, d.start - 12) : d.start]
        if _IN_LEFT.match(left) and d.first != d.last:
            return Period(d.first, d.last, d.last, d.text)
    m = _in_year(text, start, end)
    if m:  # "In 2021, China provided 1.1 billion doses": the whole year
        y = int(m.group(1))
        return Period(date(y, 1, 1), date(y, 12, 31), date(y, 12, 31), m.group())
    if spoken is not None:
        return Period(None, None, spoken.last, spoken.text)
    return None


def _so_far_hint(low: str) -> bool:
    """Whether _SO_FAR can match in ``low`` (the sentence lower-cased): every alternative ends
    in "far", "date" or "now" after white space, so one of them is right after a white space
    character (a C-speed test before the pattern; "update", "known", "welfare" are not)."""
    for w in ("far", "date", "now"):
        i = low.find(w, 1)
        while i >= 0:
            if low[i - 1].isspace():
                return True
            i = low.find(w, i + 1)
    return False


_IN_YEAR_WORDS: Final = ("in", "In", "during", "During", "throughout", "Throughout")


def _in_year(text: str, start: int, end: int) -> regex.Match[str] | None:
    """``_IN_YEAR.search(text, start, end)``, tried only where it can start: a match is
    "in"/"during"/"throughout", white space, then a year, so it starts where the white space run
    before a "19"/"20" (found by ``str.find``) is preceded by one of those words. Matches come in
    the order of their years, so the first year that gives one gives the search's. (A search
    tries every offset: ~60 k instructions a sentence.)"""
    for y in find_all(text, ("19", "20"), start, end):
        j = y
        while j > start and text[j - 1].isspace():
            j -= 1  # white space to regex is white space to str (not always the reverse)
        if j == y:
            continue
        for w in _IN_YEAR_WORDS:
            if j - len(w) >= start and text.startswith(w, j - len(w)):
                m = _IN_YEAR.match(text, j - len(w), end)
                if m is not None:
                    return m
    return None


def _spoken_on(
    text: str, start: int, end: int, dates: list[DateMention], published: date | None
) -> DateMention | None:
    """The day a reported statement was made: 'said on April 2', 'told reporters on June 12',
    'a statement dated 3 May', 'told a press conference on Friday' (the latest Friday up to the
    document's date), or a sentence opening 'On April 2,' whose verb is one of saying."""
    for d in [*dates, *find_weekdays(text, start, end, published)]:
        if d.first != d.last:
            continue  # a day, not a month or a year
        left = text[max(start, d.start - 50) : d.start]
        m = _SPOKEN_ON_LEFT.match(left)
        if m is None:
            continue
        if m.group().lstrip()[:2].lower() == "on" and m.start() + max(start, d.start - 50) != start:
            continue  # "on April 2" inside the sentence, with no verb of saying before it
        if m.group().lstrip()[:2].lower() == "on" and not _SPEECH_AFTER.search(text, d.end, end):
            continue  # "On April 2, China sent …": the day of an act, not of a statement
        return d
    return None
