"""What a meeting mention's sentence says about it: date, format, who took part."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import Final

import regex

from flows.extract import meeting_twins as twins
from flows.extract.dates import DateMention, find_dates, find_weekdays
from flows.extract.deadline import meeting_regex_timeout as _rt
from flows.extract.meeting_names import words
from flows.extract.meeting_twins import twin_safe
from flows.extract.types import DocMeta, Sentence

# A year as four digits; kept only when a full date surrounds it (see _in_full_date), since a
# bare four-digit number is as often "2030 Agenda" or "2019 Novel Coronavirus".
_YEAR: Final = regex.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,%])")
#   Before the year: "March 24, " / "24 March " / "late March "; after it: "-07-15".
_DATE_BEFORE_YEAR: Final = regex.compile(
    r"""(?:(?:January|February|March|April|May|June|July|August|September|October|November
           |December)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\d{1,2}\s+\p{Lu}\p{Ll}+,?
           |(?:late|early|mid|end\s+of)[\s-]+\p{Lu}\p{Ll}+)\s+\Z""",
    regex.VERBOSE | regex.REVERSE,
)
_DATE_AFTER_YEAR: Final = regex.compile(r"-[01]\d-[0-3]\d(?!\d)")


def _years(text: str) -> list[regex.Match[str]]:
    """``_YEAR.finditer(text)``, several times faster: ``str.find`` finds each "19"/"20" (the
    look-behind keeps ``regex`` from skipping ahead), and _YEAR is tried there only. A "19"
    inside a year already found is preceded by a digit: the look-behind refuses it, as finditer
    would skip it."""
    t = _rt()
    found = (_YEAR.match(text, i, i + 5, timeout=t) for i in _century_starts(text))
    return [m for m in found if m]


def _century_starts(text: str) -> list[int]:
    """Offsets of every "19" and "20", in order (``str.find``: C speed; they never overlap)."""
    out = []
    for century in ("19", "20"):
        i = text.find(century)
        while i >= 0:
            out.append(i)
            i = text.find(century, i + 2)
    return sorted(out)


def _in_full_date(text: str, m: regex.Match[str]) -> bool:
    a, b = m.span()
    return bool(
        _DATE_AFTER_YEAR.match(text, b, b + 6, timeout=_rt())
        or _DATE_BEFORE_YEAR.search(text, max(0, a - 20), a, timeout=_rt())
    )


# A date right after these words bounds a period ("From January 3", "as of April 13").
_PERIOD_WORD: Final = regex.compile(
    r"(?:from|since|between|until|till|by|as\s+of|through|to|and|before|after)\s+\Z",
    regex.IGNORECASE | regex.REVERSE,
)
# A capitalised month abbreviation (plain literals: twelve ``str.find`` cost less than one ``re``
# search, which tries each capital letter of the window), or an ISO date.
_MONTHS: Final = tuple(words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"))
_ISO_DATE: Final = regex.compile(r"\d{4}-\d")
_ASCII_DIGITS: Final = frozenset("0123456789")
_BEFORE, _AFTER = 160, 80  # how far from a mention its date may stand, in characters
_WINDOW: Final = 5000  # how far back a year stated elsewhere still speaks for this passage


class YearFinder:
    """The year a yearless date in the document means: the document's own, else one nearby."""

    def __init__(self, text: str, meta: DocMeta) -> None:
        self._text = text
        self._meta_year = meta.published_on.year if meta.published_on else None
        self.published = meta.published_on  # what "on Friday" is resolved against
        self._marks: list[tuple[int, int]] | None = None  # (offset, year), built on first use
        self._dateline: int | None = None  # the first year of the first 2,000 characters

    def year_at(self, pos: int) -> int | None:
        if self._meta_year is not None:
            return self._meta_year
        if self._marks is None:
            self._marks = [
                (m.start(), int(m.group()))
                for m in _years(self._text)
                if _in_full_date(self._text, m)
            ]
            head = [y for p, y in self._marks if p < 2000]
            self._dateline = head[0] if head else None
        i = bisect_right(self._marks, (pos, 10_000))
        if i and pos - self._marks[i - 1][0] <= _WINDOW:
            return self._marks[i - 1][1]
        if i < len(self._marks) and self._marks[i][0] - pos <= 200:
            return self._marks[i][1]  # "On March 26, 2020" style: the year just after
        return self._dateline


def dates_near(text: str, sent: Sentence, a: int, b: int, years: YearFinder) -> list[DateMention]:
    """Date mentions near ``text[a:b]`` in its sentence that can be a meeting's day.

    Only a window around the mention is read: a date far off in a long sentence belongs to
    another clause, and the date grammar is the costliest regex of this pass.
    """
    lo, hi = max(sent.start, a - _BEFORE), min(sent.end, b + _AFTER)
    if not _maybe_date(text, lo, hi):
        # no capitalised month and no ISO date: skip the full date grammar; "on Friday" is
        # the latest Friday on or before the document's date
        return find_weekdays(text, lo, hi, years.published)
    found = [
        d
        for d in find_dates(text, lo, hi, years.year_at(sent.start))
        if not _after_period_word(text, max(sent.start, d.start - 12), d.start)
    ]
    return found or find_weekdays(text, lo, hi, years.published)


def _after_period_word(text: str, lo: int, hi: int) -> bool:
    """_PERIOD_WORD ends ``text[lo:hi]``; on ASCII its twin reads the lower-cased window (the
    pattern folds case as Unicode does, and only on ASCII is that ``str.lower``)."""
    window = text[lo:hi]
    if window.isascii():
        return _PERIOD_WORD_TWIN.search(window.lower()) is not None
    return _PERIOD_WORD.search(text, lo, hi, timeout=_rt()) is not None


_PERIOD_WORD_TWIN: Final = re.compile(
    r"(?:from|since|between|until|till|by|as[\t\n\x0b\x0c\r ]+of|through|to|and|before|after)"
    r"[\t\n\x0b\x0c\r ]+\Z"
)


def _maybe_date(text: str, lo: int, hi: int) -> bool:
    """A capitalised month abbreviation or an ISO date in ``text[lo:hi]`` (C-speed tests first)."""
    # One copy of the window: on a document with a non-ASCII character the text is stored two
    # or four bytes wide and each find in it converts its needle; the copy of an ASCII window
    # is one byte wide.
    window = text[lo:hi]
    for month in _MONTHS:
        if month in window:
            return True
    if "-" not in window:
        return False
    if _ascii_iso_date(window):
        return True
    if twin_safe(window, 0, len(window)):
        return False  # no digit there but 0-9: the scan was exact
    return _ISO_DATE.search(text, lo, hi, timeout=_rt()) is not None


def _ascii_iso_date(window: str) -> bool:
    """``[0-9]{4}-[0-9]`` in ``window``: each hyphen found by ``str.find``, the digits around
    it tested (a ``re`` search tries the count at every offset)."""
    i = window.find("-", 4, len(window) - 1)
    while i >= 0:
        if window[i + 1] in _ASCII_DIGITS and all(c in _ASCII_DIGITS for c in window[i - 4 : i]):
            return True
        i = window.find("-", i + 1, len(window) - 1)
    return False


def meeting_date(mentions: list[DateMention], a: int, b: int) -> tuple[date | None, str | None]:
    """The date of the meeting at ``text[a:b]``: the nearest date mention of its sentence."""
    if not mentions:
        return None, None
    best = min(mentions, key=lambda d: _distance(d, a, b))
    # "late March 2020" gives its first day; date_text keeps how precise the text was.
    return best.first, best.text


def _distance(d: DateMention, a: int, b: int) -> int:
    return a - d.end if d.end <= a else (d.start - b if d.start >= b else 0)


_VIDEO: Final = regex.compile(
    r"video|virtual|online|teleconferenc|via\s+(?:a\s+)?link|webinar", regex.IGNORECASE
)
_PHONE: Final = regex.compile(r"phone|telephone", regex.IGNORECASE)
# "… Summit will be held via video link": the channel stated later in the same clause.
_AFTER_VIDEO: Final = regex.compile(
    r"[^,;.]{0,30}?(?<![\p{L}])(?:(?:via|by|through)\s+(?:a\s+)?video|online|virtually)(?![\p{L}])"
)
_AFTER_PHONE: Final = regex.compile(
    r"[^,;.]{0,30}?(?<![\p{L}])(?:by|over(?:\s+the)?|on\s+the|via)\s+(?:tele)?phone(?![\p{L}])"
)
_AFTER_PLACE: Final = regex.compile(
    r"\s*+(?:held\s+)?in\s+\p{Lu}\p{L}++(?!\s+(?:\d|\p{Lu}\p{L}+\s+\d))"
)


def meeting_format(text: str, a: int, b: int, in_person: bool) -> str:
    """video | phone | in_person | unknown, from the mention and the words right after it."""
    surface = text[a:b]
    # On ASCII the patterns' case folding is ``str.lower``; beyond, it is Unicode's ("vİdeo").
    low = surface.lower() if surface.isascii() else None
    if _says_video(surface, low) or _after(text, b, 40, _VIDEO_AFTER_WORDS, _AFTER_VIDEO):
        return "video"
    if _says_phone(surface, low) or _after(text, b, 50, ("phone",), _AFTER_PHONE):
        return "phone"
    if in_person or _place_after(text, b):
        return "in_person"
    return "unknown"


# Words without which _VIDEO, _AFTER_VIDEO and the others cannot match: each pattern is tried
# only where one of its words is (``in`` tests: far cheaper than any pattern's search).
_VIDEO_TWIN: Final = twins.twin_of(_VIDEO, lower=True)
_VIDEO_WORDS: Final = ("video", "virtual", "online", "teleconferenc", "webinar")  # and "via"
_VIDEO_AFTER_WORDS: Final = ("video", "online", "virtually")


def _says_video(surface: str, low: str | None) -> bool:
    """``_VIDEO.search(surface)``; ``low``: the lower-cased surface when it is ASCII. Its
    alternatives are plain words but "via (a) link", which its twin reads."""
    if low is None:
        return _VIDEO.search(surface, timeout=_rt()) is not None
    if any(w in low for w in _VIDEO_WORDS):
        return True
    return "via" in low and "link" in low and _VIDEO_TWIN.search(low) is not None


def _says_phone(surface: str, low: str | None) -> bool:
    """``_PHONE.search(surface)`` ("telephone" holds "phone")."""
    if low is None:
        return _PHONE.search(surface, timeout=_rt()) is not None
    return "phone" in low


def _place_after(text: str, b: int) -> bool:
    """``_AFTER_PLACE.match(text, b, b + 60)``, tried only where "in" or "held" comes first
    after white space (``str.lstrip`` strips at least the pattern's ``\\s``)."""
    if not text[b : b + 60].lstrip().startswith(("in", "held")):
        return False
    return _AFTER_PLACE.match(text, b, b + 60, timeout=_rt()) is not None


def _after(text: str, b: int, n: int, words: tuple[str, ...], pattern: regex.Pattern[str]) -> bool:
    """``pattern`` matches at ``b``, within ``n`` characters, where one of ``words`` (written
    as they are: the patterns are case-sensitive) stands there."""
    window = text[b : b + n]
    if not any(w in window for w in words):
        return False
    return pattern.match(text, b, b + n, timeout=_rt()) is not None


# Who did it: the capitalised run right before the verb ("State Councilor Wang Yi has had").
_SUBJECT: Final = regex.compile(
    r"""
    (?P<subj>(?:\p{Lu}[\p{L}\p{N}'’-]*+|of|the|on|and)
             (?:(?:\s++|,\s++(?=\p{Lu}))(?:\p{Lu}[\p{L}\p{N}'’-]*+|of|the|on|and))*+)
    \s++(?:(?:has|have|had|also|jointly|will|would|personally|successfully|recently|held|holds
             |hold|had|made|conducted)\s++){0,3}
    \Z
    """,
    regex.VERBOSE,
)
_NOT_ACTORS: Final = frozenset(
    words("The A An On In At When As By Since After During We It They He She I This These")
)
_TITLES: Final = regex.compile(
    r"""^(?:(?:Chinese|U\.S\.|US|Russian|French|German)\s+)?(?:President|Premier|Prime\s+Minister
        |State\s+Councilor(?:\s+and\s+Foreign\s+Minister)?|Foreign\s+Minister|General\s+Secretary
        |Minister|Chancellor|Secretary-General|Director-General|Dr\.?)\s+""",
    regex.VERBOSE,
)


_WEEKDAYS: Final = frozenset(words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"))


def subject_before(text: str, sent: Sentence, pos: int) -> str | None:
    """The named actor written right before ``pos`` in its sentence, if any."""
    lo = max(sent.start, pos - 200)  # long agency names: "The National Administration of …"
    m = (
        twins.SUBJECT.search(text, _subject_search_start(text, lo, pos), pos)
        if twin_safe(text, lo, pos)
        else _SUBJECT.search(text, lo, pos, timeout=_rt())
    )
    if not m:
        return None
    subj = m.group("subj")
    if "," in subj and subj.split()[0] in _NOT_ACTORS:
        subj = subj.split(",", 1)[1]  # "In Beijing, President Xi": the actor follows the comma
    words = subj.split()
    while words and (words[0] in _NOT_ACTORS or words[0].islower()):
        words.pop(0)
    while words and words[-1].islower():
        words.pop()
    if len(words) > 2 and words[-2] == "on" and words[-1] in _WEEKDAYS:
        del words[-2:]  # "President Xi Jinping on Thursday spoke …": the day is no actor
    return " ".join(words) or None


# The words a _SUBJECT match can hold whole besides capitalised ones: its small words and the
# verbs after the subject.
_SUBJECT_WORDS: Final = frozenset(
    words(
        "of the on and has have had also jointly will would personally successfully recently "
        "held holds hold made conducted"
    )
)
# White space to ``str.split`` that is none to the twin's ``\s`` (twin-safe text).
_SPLIT_ONLY_SPACE: Final = ("\x1c", "\x1d", "\x1e", "\x1f")


def _subject_search_start(text: str, lo: int, pos: int) -> int:
    """Where twins.SUBJECT's search of ``text[lo:pos]`` (twin-safe) can start and still find
    its first match: at the last word that no match can hold whole. A match ends at ``pos``,
    so it holds every word after its start; none starts before that word. The search then
    tries a few words, not the 200 characters (each try runs a capitalised run)."""
    window = text[lo:pos]
    for c in _SPLIT_ONLY_SPACE:
        if c in window:
            return lo
    # The last few words first (the walk stops at the first word no match holds, most often
    # among them); all of them only when those few can all be held.
    chunks = window.rsplit(None, _LAST_WORDS)
    if len(chunks) > _LAST_WORDS:
        found = _last_unheld(window, chunks[1:], len(window))
        if found >= 0:
            return lo + found
        chunks = window.split()
    found = _last_unheld(window, chunks, len(window))
    return lo + max(found, 0)


_LAST_WORDS: Final = 8


def _last_unheld(window: str, chunks: list[str], end: int) -> int:
    """Offset in ``window`` of the last of ``chunks`` (its last words, in order, up to ``end``)
    that _SUBJECT cannot hold whole; -1: none."""
    for j in range(len(chunks) - 1, -1, -1):
        w = chunks[j]
        start = window.rfind(w, 0, end)  # only white space between words: this word
        if not _subject_word(w):
            return start
        end = start
    return -1


def _subject_word(w: str) -> bool:
    """Whether _SUBJECT can hold ``w`` whole: a capitalised word, a small word or one of its
    verbs, a comma after ("In Beijing, President Xi")."""
    if w.endswith(","):
        w = w[:-1]
    if w in _SUBJECT_WORDS:
        return True
    if not ("A" <= w[:1] <= "Z"):
        return False
    # Letters and digits but for apostrophes and hyphens (on twin-safe text ``isalnum`` holds
    # for ASCII ones only): three C calls, not a Python step per character.
    return w.replace("-", "").replace("'", "").replace("’", "").isalnum()


def person_name(who: str) -> str:
    """ "President Xi Jinping" -> "Xi Jinping": titles off, for names of meetings."""
    if not who.startswith(_TITLE_STARTS):
        return who.strip()  # _TITLES cannot match: a C-speed test first
    return _TITLES.sub("", who, timeout=_rt()).strip()


# The words _TITLES can start with.
_TITLE_STARTS: Final = tuple(
    words(
        "Chinese U.S. US Russian French German President Premier Prime State Foreign General "
        "Minister Chancellor Secretary-General Director-General Dr"
    )
)


_THE: Final = regex.compile(r"^the\s+")
_PARTY_SPLIT: Final = regex.compile(r"\s*+(?:,\s*+(?:and\s+)?|\s+and\s+|;\s*+)")
_INCLUDING: Final = regex.compile(
    r"""including\s+(?:the\s+)?(?:(?:leaders|those|heads|ministers|foreign\s+ministers)\s+of\s+
        (?:the\s+)?)?(?P<list>[^.;:]{1,400}?)(?=[.;:]|,\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+ed\b|$)""",
    regex.VERBOSE,
)


def listed_parties(text: str, a: int, b: int) -> list[str]:
    """Capitalised items of an "including X, Y and Z" list starting right after ``a``."""
    if text.find("including", a, min(b, a + 89)) < 0:
        return []  # the list must start within 80 characters: a C-speed test first
    safe = twin_safe(text, a, b)
    if safe:
        found_list = _including(text, a, b)
    else:
        m = _INCLUDING.search(text, a, b, timeout=_rt())
        found_list = (m.start(), m.group("list")) if m else None
    if found_list is None or found_list[0] - a > 80:
        return []
    said = found_list[1]
    found = _split_parties(said) if safe else _PARTY_SPLIT.split(said, timeout=_rt())
    items = [p.strip() for p in found]
    items = [_THE.sub("", p, timeout=_rt()) if p.startswith("the") else p for p in items]
    return [p for p in items if p[:1].isupper() and len(p) < 60]


def _including(text: str, a: int, b: int) -> tuple[int, str] | None:
    """Where twins.INCLUDING.search(text, a, b) starts, and its list, on twin-safe text.

    The pattern's lazy list tries its look-ahead at every character (~300 instructions each,
    on lists of hundreds); here its head is matched alone and the list's end found among the
    few characters where the look-ahead can hold. The head's first reading is the pattern's
    first; when the list fails there (the pattern would backtrack), the pattern decides."""
    h = twins.INCLUDING_HEAD.search(text, a, b)
    if h is None:
        return None  # no head, no match
    end = _list_end(text, h.end(), b)
    if end < 0:
        m = twins.INCLUDING.search(text, a, b)
        return (m.start(), m.group("list")) if m else None
    return h.start(), text[h.end() : end]


# The clause breaks that end the list, and a line break (``$`` before one at the very end).
_CLAUSE_STOP: Final = re.compile(r"[.;:\n]")


def _list_end(text: str, s: int, b: int) -> int:
    """The end of INCLUDING's ``[^.;:]{1,400}?`` from ``s``: the first offset after ``s`` where
    a clause break, a participle clause (twins.COMMA_ED) or the end (``$``) follows; -1: none.
    Commas by ``str.find`` up to each clause break (a ``re`` scanner step costs ~10x more)."""
    if s >= b or text[s] in ".;:":
        return -1
    limit = min(s + 400, b)
    stop_end = min(limit + 1, b)
    pos = s + 1
    while True:
        stop = _CLAUSE_STOP.search(text, pos, stop_end)
        q = stop.start() if stop else stop_end
        p = text.find(",", pos, q)
        while p >= 0:
            if not _capital_after(text, p, b) and twins.COMMA_ED.match(text, p, b) is not None:
                return p
            p = text.find(",", p + 1, q)
        if stop is None:
            break
        if text[q] != "\n" or q == b - 1:
            return q  # ``$`` holds before a line break only at the end
        pos = q + 1
    return b if b <= limit else -1


def _capital_after(text: str, p: int, b: int) -> bool:
    """A space and a capital letter after the comma at ``p``: COMMA_ED (its white space, then a
    lower-case word) cannot match there."""
    return p + 2 < b and text[p + 1] == " " and "A" <= text[p + 2] <= "Z"


_SPACE_CHARS: Final = "\t\n\x0b\x0c\r "  # _PARTY_SPLIT's \s on twin-safe text


def _split_parties(said: str) -> list[str]:
    """``twin_of(_PARTY_SPLIT).split(said)`` on twin-safe text, by ``str.split``: the items
    before their ``strip``. The pattern splits at each "," and ";" only (its middle alternative,
    white space, "and", white space, never matches after its possessive leading white space),
    taking an "and" after a comma and the white space around; the caller strips white space."""
    out: list[str] = []
    for part in said.split(";"):
        for i, item in enumerate(part.split(",")):
            if i:
                rest = item.lstrip(_SPACE_CHARS)
                if rest.startswith("and") and rest[3:4] and rest[3] in _SPACE_CHARS:
                    item = rest[3:]
            out.append(item)
    return out
