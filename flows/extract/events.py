"""Named events a figure is stated at ("the 73rd World Health Assembly"), reduced to a key token.

The meetings extractor (meetings.py) owns canonical meeting names; this module only needs a stable
token for claim keys, the same however the event is written: "G20 Extraordinary Virtual Leaders'
Summit on COVID-19" and "Extraordinary G20 Leaders' Summit" both give ``g20_summit``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from flows.extract.lexicon import word_set
from flows.extract.offsets import bisect_left

# The event noun is found first (a literal alternation: fast), then the name is read leftwards.
EVENT_NOUN_RE: Final = regex.compile(
    r"\b(?:Summit|Assembly|Conference|Meeting|Forum|Dialogue|Congress|Expo)\b"
    r"(?:[ \u00a0]+on[ \u00a0]+[\p{Lu}\w\-]+)?"  # "… Summit on COVID-19"
)
# One name word (capitalised, an ordinal, or a joining word) right before ``$``.
_NAME_WORD_RE: Final = regex.compile(
    r"\b(?:\p{Lu}[\w'’.\-]*|\d+(?:st|nd|rd|th)|of|the|on|and|for)[ \u00a0]+$", regex.REVERSE
)
_DROP: Final = word_set(
    "the of on and for extraordinary virtual special opening video leaders leaders' leaders’ "
    "covid-19 coronavirus disease high-level at in during a an "
    # "At the World Health Assembly on Monday": the day is when, not which
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december"
)


@dataclass(slots=True, init=False)
class EventMention:
    """A named event (its __init__ written out for mypyc to compile, as DateMention's)."""

    start: int
    end: int
    key: str

    def __init__(self, start: int, end: int, key: str) -> None:
        self.start = start
        self.end = end
        self.key = key


def event_key(surface: str) -> str:
    words = [w.lower().strip(".,") for w in surface.split()]
    keep = sorted({w for w in words if w not in _DROP and not w[:1].isdigit()})
    return "_".join(keep)


_NOUNS: Final = (
    "Summit",
    "Assembly",
    "Conference",
    "Meeting",
    "Forum",
    "Dialogue",
    "Congress",
    "Expo",
)


def _event_nouns(text: str, lo: int, hi: int) -> list[regex.Match[str]]:
    """EVENT_NOUN_RE matches starting in text[lo:hi], in text order. The nouns are found by
    ``str.find``, one pass per noun (a third of the instructions of a ``re`` alternation over
    the same text; no two nouns can overlap, so none hides another) and the pattern is tried
    only there."""
    n = len(text)
    stop = min(n, hi + _LONGEST_NOUN)
    starts = []
    for w in _NOUNS:
        i = text.find(w, lo, stop)
        while 0 <= i < hi:
            starts.append(i)
            i = text.find(w, i + 1, stop)
    starts.sort()
    out = []
    for i in starts:
        found = _noun_at(text, i, n)
        if found is not None:
            out.append(found)
    return out


_LONGEST_NOUN: Final = max(map(len, _NOUNS))


_NOUN_REACH: Final = 80  # a match is rarely longer: "Conference on Sustainable-Development-Goals"


def _noun_at(text: str, i: int, n: int) -> regex.Match[str] | None:
    """EVENT_NOUN_RE at ``i``. Without an end position the ``regex`` module pays for the whole
    rest of the text on every call, so the match is tried in a bounded window first; the endpos
    acts as the string's end (for ``\b`` too), so a match that reaches it is redone unbounded."""
    stop = min(n, i + _NOUN_REACH)
    m = EVENT_NOUN_RE.match(text, i, stop)
    if m is not None and m.end() >= stop and stop < n:
        m = EVENT_NOUN_RE.match(text, i)
    return m


_NAME_WORDS: Final = 8  # at most eight name words: "Virtual Opening of the 73rd World …"
_NAME_WORD_SPAN: Final = 40  # characters one name word (with its space) is read from
# An event starts at most this far before its noun: events starting before ``x`` all have
# their noun before ``x + EVENT_REACH``.
EVENT_REACH: Final = _NAME_WORDS * _NAME_WORD_SPAN


def find_events(text: str, lo: int = 0, hi: int | None = None) -> list[EventMention]:
    """Named events whose noun starts in text[lo:hi] (the whole text by default), in text order
    (their starts never decrease: a later event's name can only run back to an earlier one's
    start, never past it)."""
    out = []
    for m in _event_nouns(text, lo, len(text) if hi is None else hi):
        start = m.start()
        for _ in range(_NAME_WORDS):
            w = _NAME_WORD_RE.match(text, max(0, start - _NAME_WORD_SPAN), start)
            if w is None:
                break
            start = w.start()
        key = event_key(text[start : m.end()])
        if key and "_" in key:  # a bare "Meeting" is no named event
            out.append(EventMention(start, m.end(), key))
    return out


def event_near(
    events: list[EventMention], starts: list[int], para: int, s_start: int, s_end: int, pos: int
) -> str:
    """Key of the event named in the figure's sentence (nearest before it, else after it), else
    of the last one named earlier in the same paragraph; '' when none."""
    i = bisect_left(starts, pos) - 1
    if i >= 0 and events[i].start >= s_start:
        return events[i].key
    j = i + 1
    if j < len(events) and events[j].start < s_end:
        return events[j].key
    if i >= 0 and events[i].start >= para:
        return events[i].key
    return ""
