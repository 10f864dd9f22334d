"""Proper-noun meeting names: "Extraordinary G20 Leaders' Summit on COVID-19".

A name is found from its head word (Summit, Meeting, Conference…) outwards: left over Title
Case words ("Special ASEAN-China Foreign Ministers'"), right over one complement ("on COVID-19",
"of SCO Foreign Ministers"). Walking tokens in Python from a few head words keeps the pass
linear; a regex with nested optional Title Case groups would backtrack on long capitalised runs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

import regex

from flows.extract.deadline import meeting_regex_timeout as _rt
from flows.extract.meeting_names import PARTIES, words

# Head words that end a meeting name. Capitalised only: "international conferences" is generic.
HEAD_WORDS: Final = words(
    "Summit Meeting Meetings Conference Assembly Forum Dialogue Lecture Lectures Session Talks "
    "Consultation Consultations Symposium Seminar Workshop Roundtable Videoconference "
    "Teleconference Webinar Briefing Plenum Congress"
)
HEAD_RE: Final = regex.compile(
    r"(?<![\p{L}\p{N}-])(?:" + "|".join(HEAD_WORDS) + r")(?![\p{L}\p{N}-])"
)
# One token: a word (hyphens inside, a possessive or plural apostrophe after) or one symbol.
TOKEN_RE: Final = regex.compile(
    r"(?>[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*+)(?:['’](?:s(?![\p{L}]))?)?|\S"
)
# Its twin for the standard library's ``re`` (twice as fast), exact on windows of ASCII and
# typographic punctuation (_TWIN_CHARS): there \p{L} is [A-Za-z], \p{N} is [0-9] and \s is
# [\t\n\v\f\r ].
_TWIN_TOKEN_RE: Final = re.compile(
    r"(?>[A-Za-z0-9]+(?:[-‐][A-Za-z0-9]+)*+)(?:['’](?:s(?![A-Za-z]))?)?|[^\t\n\x0b\x0c\r ]"
)
_NOT_TWIN_CHAR: Final = re.compile(r"[^\x00-\x7f‘’“”‐–—]")  # neither letters, digits nor spaces

_HEADS: Final = frozenset(HEAD_WORDS)
_OUTPUT: Final = frozenset({"Statement", "Declaration", "Communiqué", "Communique"})
# Capitalised words that start sentences or headlines rather than names.
_STOP: Final = frozenset(
    words("""The A An At On In During When As By From Since After Before With While Through For To
    Of And Or But This That These Those Its His Her Their Our Both Every All Following Via Under
    Over Also Then Meanwhile Today Yesterday Last Next Such Each Some Many Other It He She We
    They I Attends Attended Attend Addresses Addressed Chairs Chaired Hosts Hosted Holds Held
    Opens Opened Joins Joined Meets Met Speaks Delivers Convenes Concludes Launches Says Urges
    Calls Hold Host Attending Addressing Ahead Prior Upon Into""")
)
_MONTHS: Final = frozenset(
    words("January February March April May June July August September October November December")
)
_NUMBER_WORDS: Final = frozenset(words("Two Three Four Five Six Seven Eight Nine Ten Both"))
# Modifiers that alone do not make a bare head a name ("the Special Session", "Two Sessions").
_GENERIC: Final = _NUMBER_WORDS | frozenset(
    words(
        "Annual Regular Daily Special Extraordinary Plenary First Second Third Final Next Last "
        "High-level High-Level Ministerial Joint Summit Leaders Leaders' Video Virtual Online"
    )
)
_ORDINAL_WORDS: Final = frozenset(
    words(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    )
)
_REPORTING: Final = regex.compile(
    r"\s+(?:has\s+|have\s+)?(?:said|says|issued|issues|released|publish(?:ed|es)|announced"
    r"|reported|warned|urged|estimated|noted|stated|called|is|was)(?![\p{L}])"
)
# Lower-case words between a party and a lower-case head: "the China-EU leaders' video summit".
ROLE_WORDS: Final = frozenset(
    words(
        "leaders' leaders’ leaders ministers' ministers’ ministers foreign video virtual online "
        "special extraordinary annual informal emergency ministerial high-level"
    )
)
LOWER_HEADS: Final = frozenset(
    words("summit meeting talks dialogue forum conference videoconference")
)
_YEAR: Final = regex.compile(r"(?:19|20)\d\d")
_LEFT_JOIN: Final = frozenset({"of", "and", "&", "Plus"})
_RIGHT_FIRST: Final = frozenset({"on", "of", "against", "for", "between", "among"})
_RIGHT_JOIN: Final = frozenset({"and", "of", "the", "against", "with", "for", "to", "&", "-"})
_MAX_LEFT, _MAX_RIGHT = 14, 18
_LEFT_CHARS, _RIGHT_CHARS = 170, 200  # enough for _MAX_LEFT / _MAX_RIGHT tokens of a name
# Most names fit a much smaller window: it is read first, and the full one only when the walk
# reaches an edge the full window does not have (_Wider), so the result is the same.
_NEAR_LEFT, _NEAR_RIGHT = 60, 60

# Names of bodies, not meetings, though they end in a meeting word.
NOT_MEETINGS: Final = regex.compile(
    r"""Political\s+Consultative\s+Conference            # the CPPCC, a standing body
      | Conference\s+on\s+Interaction\s+and\s+Confidence  # CICA, an organisation
      | ^Forum\s+on\s+\S+\s+Cooperation$ | Cooperation\s+Forum$  # FOCAC-like mechanisms
      | (?:National|Legislative|Parliamentary|People's|People’s|Federal)\s+Assembly  # parliaments
    """,
    regex.VERBOSE,
)
# A head word used as a modifier: "Conference Center", "Summit Secretariat", "Meeting Room".
_HEAD_AS_MODIFIER: Final = frozenset(
    words(
        "Center Centre Hall Room Building Secretariat Committee Organization Organisation Office "
        "Board Bureau Council Commission Series Mechanism Venue Facility"
    )
)
# "President of the 74th UN General Assembly", "Secretariat of the Forum": a title or an office.
_OFFICE_OF: Final = regex.compile(
    r"""^(?:President|Presidency|Chair|Chairman|Chairperson|Secretary-General|Secretary
         |Speaker|Vice-President|Member|Members|Delegates?|Director-General|Director|Head
         |Spokesperson|Spokesman|Secretariat|Committee|Council|Commission|Bureau|Office)
        \s+of\b""",
    regex.VERBOSE,
)
# "the opening of the 73rd World Health Assembly": a session of the named meeting.
_PART_BEFORE: Final = regex.compile(
    r"(?P<part>(?:opening|closing)(?:\s+(?:session|ceremony|meeting))?)\s+of\s+(?:the\s+)?\Z",
    regex.IGNORECASE | regex.REVERSE,
)


class NamedSpan:
    """A plain class: mypyc compiles its ``__init__`` (a dataclass's runs as Python)."""

    __slots__ = ("start", "end", "name_start")

    def __init__(self, start: int, end: int, name_start: int) -> None:
        self.start = start
        self.end = end
        self.name_start = name_start  # where the proper name itself starts ("opening of the")


def find_named(text: str, start: int, end: int, heads: list[int] | None = None) -> list[NamedSpan]:
    """Proper-noun meeting names in ``text[start:end]`` (one sentence).

    ``heads``: offsets of capitalised head words already found by the caller's trigger scan.
    """
    if heads is None:
        heads = [m.start() for m in HEAD_RE.finditer(text, start, end, timeout=_rt())]
    if not heads:
        return []
    out: list[NamedSpan] = []
    floor = start  # names never overlap the one before
    for h in heads:
        if out and h < out[-1].end:
            continue  # a second head inside a name already found ("Summit Statement")
        try:
            span = _name_at(text, h, floor, start, end, _NEAR_LEFT, _NEAR_RIGHT)
        except _Wider:
            span = _name_at(text, h, floor, start, end, _LEFT_CHARS, _RIGHT_CHARS)
        if span is not None:
            out.append(_with_part(text, start, span))
            floor = span[1]
    return out


class _Wider(Exception):
    """The walk reached an edge of the small window that the full window does not have."""


class _Toks:
    """Tokens of a window: their words (the walks read each word several times), ``head``, the
    index of the token at the head's offset ``h`` (-1: no token starts there), and ``spans``
    when they were read (else _start/_end find the few offsets a name needs from ``h``).
    ``lo_open``/``hi_open``: that edge cuts the full window short, so reading past it raises
    _Wider instead of seeing the end of the sentence. Plain lists in a slotted class, no
    sequence methods: ``len(toks.words)`` and ``toks.words[i]`` stay C calls (a Python
    ``__len__``/``__getitem__`` cost a call each), and mypyc cannot compile a subclass of a
    builtin."""

    __slots__ = ("words", "head", "h", "lo", "spans", "lo_open", "hi_open")

    def __init__(
        self, words: list[str], head: int, h: int, lo: int, spans: list[tuple[int, int]] | None
    ) -> None:
        self.words = words
        self.head = head
        self.h = h
        self.lo = lo
        self.spans = spans
        self.lo_open = self.hi_open = False


def _start(text: str, toks: _Toks, i: int) -> int:
    """Offset of token ``i`` (at or before the head). Only white space, or nothing, stands
    between two tokens, so each word found backwards from the next token is that token."""
    if toks.spans is not None:
        return toks.spans[i][0]
    pos = toks.h
    for j in range(toks.head - 1, i - 1, -1):
        pos = text.rfind(toks.words[j], toks.lo, pos)
    return pos


def _end(text: str, toks: _Toks, i: int) -> int:
    """End of token ``i`` (at or after the head), found forwards from the head likewise."""
    if toks.spans is not None:
        return toks.spans[i][1]
    pos = toks.h
    for j in range(toks.head, i + 1):
        word = toks.words[j]
        pos = text.find(word, pos) + len(word)
    return pos


def _name_at(
    text: str, h: int, floor: int, start: int, end: int, left: int, right: int
) -> tuple[int, int] | None:
    """The name whose head starts at ``h``, read in a window of ``left``/``right`` characters."""
    lo, hi = max(floor, h - left), min(end, h + right)
    toks = _tokens(text, lo, hi, start, end, h)
    toks.lo_open = lo > max(floor, h - _LEFT_CHARS)
    toks.hi_open = hi < min(end, h + _RIGHT_CHARS)
    if toks.head < 0:
        if toks.lo_open or toks.hi_open:
            raise _Wider  # the small window may have cut the head's word
        return None
    return _grow(text, toks, toks.head)


def _tokens(text: str, lo: int, hi: int, start: int, end: int, h: int) -> _Toks:
    """Tokens of a window around the head at ``h``, its edges moved to white space so no word
    is cut."""
    if lo > start and not text[lo - 1].isspace():
        while lo < hi and not text[lo].isspace():
            lo += 1
    if hi < end and not text[hi].isspace():
        while hi > lo and not text[hi - 1].isspace():
            hi -= 1
    twin = text[lo:hi].isascii() or not _NOT_TWIN_CHAR.search(text, lo, hi)
    if lo < h < hi and text[h - 1] == " ":
        # The usual case, a space before the head: no token holds a space and none looks
        # past one, so the tokens before ``h`` and from ``h`` are those of the whole window,
        # and the head is the first from ``h``. findall gives the words at C speed, with no
        # match objects to make (finditer and its spans cost ~2x more).
        before = _findall(text, lo, h, twin)
        return _Toks(before + _findall(text, h, hi, twin), len(before), h, lo, None)
    found: list[re.Match[str]] | list[regex.Match[str]] = (
        list(_TWIN_TOKEN_RE.finditer(text, lo, hi))
        if twin
        else list(TOKEN_RE.finditer(text, lo, hi))
    )
    spans = [m.span() for m in found]
    i = bisect_left(spans, (h, 0))
    head = i if i < len(spans) and spans[i][0] == h else -1
    return _Toks([m[0] for m in found], head, h, lo, spans)


# White space to ``str.split`` that is none to the twin's ``[^\t\n\x0b\x0c\r ]`` (twin-safe text).
_SPLIT_ONLY_SPACE: Final = ("\x1c", "\x1d", "\x1e", "\x1f")


def _findall(text: str, lo: int, hi: int, twin: bool) -> list[str]:
    """The tokens of ``text[lo:hi]``. On twin-safe text: no token holds white space or looks
    past it, so the window's words (``str.split``) are tokenised one by one, and most are
    tokens already (ASCII letters and digits); the pattern reads only the others ("Leaders'",
    "China-ASEAN", "Summit,"). A findall makes a match state per token: ~2k instructions."""
    if not twin:
        return TOKEN_RE.findall(text, lo, hi)
    window = text[lo:hi]
    for c in _SPLIT_ONLY_SPACE:
        if c in window:
            return _TWIN_TOKEN_RE.findall(window)
    out: list[str] = []
    for word in window.split():
        if _one_token(word):
            out.append(word)
        elif word[-1] in _CLOSING and _one_token(word[:-1]):
            out.append(word[:-1])  # "Summit,", "Leaders'."
            out.append(word[-1])
        else:
            out.extend(_TWIN_TOKEN_RE.findall(word))
    return out


_CLOSING: Final = frozenset(",.;:)")  # (none is a token's own character)


def _one_token(word: str) -> bool:
    """Whether ``word`` (twin-safe, no white space) is one _TWIN_TOKEN_RE token: letters and
    digits ("G20"), hyphenated ("ASEAN-China"), a possessive or plural apostrophe after
    ("People’s", "Leaders'"). On twin-safe text ``isalnum`` holds for ASCII ones only."""
    if word.isalnum():
        return True
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    elif word.endswith(("'", "’")):
        word = word[:-1]
    # (an empty part is no token either: "-", "a--b", a leading or trailing hyphen)
    return all(part.isalnum() for part in word.replace("‐", "-").split("-"))


def _tok(text: str, toks: _Toks, i: int) -> str:
    words = toks.words
    if 0 <= i < len(words):
        return words[i]
    if toks.lo_open if i < 0 else toks.hi_open:
        raise _Wider
    return ""  # before or after the sentence (or the full window)


def _has(toks: _Toks, i: int) -> bool:
    """Whether token ``i`` exists (raises _Wider past an edge of a small window)."""
    if 0 <= i < len(toks.words):
        return True
    if toks.lo_open if i < 0 else toks.hi_open:
        raise _Wider
    return False


def _is_cap(w: str) -> bool:
    if not w or w in _STOP:
        return False
    return w[0].isupper() or (w[0].isdigit() and any(c.isalpha() for c in w))


def _grow(text: str, toks: _Toks, h: int) -> tuple[int, int] | None:
    head = toks.words[h]  # (``h`` is a token of the window: _name_at found it)
    lower = head[:1].islower()
    lo = _walk_left(text, toks, _skip_roles(text, toks, h) if lower else h)
    hi = _walk_right(text, toks, h)
    left_words = toks.words[lo:h]  # (from the first token of the name: all in the window)
    named_left = [w for w in left_words if _is_cap(w) and w not in _GENERIC]
    if lower and not any(_is_party(w) for w in named_left):
        return None  # "the G20 summit" names one; "the Chinese side's meeting" does not
    if not named_left and hi == h:
        return None  # a bare or generic head: "the Summit", "Two Sessions", "Plenary Session"
    a, b = _start(text, toks, lo), _end(text, toks, hi)
    name = text[a:b]
    if _not_a_meeting(name, _start(text, toks, h) - a):
        return None
    if _tok(text, toks, hi + 1) in _HEAD_AS_MODIFIER:
        return None  # "Beijing International Conference Center" is a building
    if head == "Forum" and hi == h and _REPORTING.match(text, b, timeout=_rt()):
        return None  # "the World Economic Forum said …": the organisation, not a meeting
    if head == "Congress" and not any(c.isdigit() for c in name):
        return None  # "National People's Congress" is a body; "19th … Congress" a meeting
    if head == "Forum" and "Cooperation" in name and not _has_edition(name):
        return None  # "Forum on China-Africa Cooperation" is a framework, not one meeting
    return a, b


def _is_year(w: str) -> bool:
    """``_YEAR.fullmatch(w)``, the pattern tried only on four characters from "19"/"20"."""
    return len(w) == 4 and w[:2] in ("19", "20") and _YEAR.fullmatch(w, timeout=_rt()) is not None


def _has_edition(name: str) -> bool:
    """A year, an ordinal or a session word: "the 2018 Beijing Summit", "Seventh Ministerial"."""
    low = name.lower()
    return any(c.isdigit() for c in name) or any(
        w in low for w in ("summit", "ministerial", "session", "annual", "first", "second", "third")
    )


def _not_a_meeting(name: str, head_at: int = -1) -> bool:
    """A body or an office (NOT_MEETINGS, _OFFICE_OF), each pattern tried only where one of its
    words stands. ``head_at``: where the name's head word starts in ``name``; when given, a body
    counts only if its words hold the head: "the Ninth Ministerial Meeting of the China-Arab
    States Cooperation Forum" is a meeting *of* a body (its head "Meeting"), not the body."""
    if any(w in name for w in _NOT_MEETING_WORDS):
        for m in NOT_MEETINGS.finditer(name, timeout=_rt()):
            if head_at < 0 or m.start() <= head_at < m.end():
                return True
    return name.startswith(_OFFICE_WORDS) and _OFFICE_OF.match(name, timeout=_rt()) is not None


# A word of every NOT_MEETINGS alternative; the first words _OFFICE_OF can start with.
_NOT_MEETING_WORDS: Final = ("Consultative", "Interaction", "Forum", "Assembly")
_OFFICE_WORDS: Final = tuple(
    words(
        "Presiden Chair Secretar Speaker Vice-Presiden Member Delegate Director Head "
        "Spokes Committee Council Commission Bureau Office"
    )
)


def _skip_roles(text: str, toks: _Toks, h: int) -> int:
    """Back over lower-case role words before a lower-case head: "G20 leaders' video summit"."""
    j = h
    while h - j < 4 and _tok(text, toks, j - 1).lower() in ROLE_WORDS:  # "" before the first
        j -= 1
    return j


def _is_party(w: str) -> bool:
    """An acronym (G20, ASEAN), a hyphenated list (China-EU) or a known party (China)."""
    return (
        sum(c.isupper() for c in w) > 1
        or (w[:1].isupper() and any(c.isdigit() for c in w))  # G20, G7
        or ("-" in w and w[0].isupper() and w.split("-")[1][:1].isupper())
        or w.lower() in PARTIES
    )


def _walk_left(text: str, toks: _Toks, h: int) -> int:
    """Index of the first token of the name ending at head ``h``."""
    lo, j = h, h - 1
    words = toks.words
    while h - j <= _MAX_LEFT and (j >= 0 or _has(toks, j)):  # (j < h: never past the end)
        w = words[j]
        if _is_cap(w) and w not in _MONTHS:
            lo, j = j, j - 1
        elif w.lower() in _ORDINAL_WORDS or _is_year(w):
            return j  # "the fifth Lancang-Mekong …", "the 2020 ASEAN Summit": opens the name
        elif w in _LEFT_JOIN and _is_cap(_tok(text, toks, j - 1)):  # "" before the first
            j -= 1  # "Belt and Road", "Opening of …": only between capitalised words
        elif w == "the" and _tok(text, toks, j - 1) == "of" and _is_cap(_tok(text, toks, j - 2)):
            j -= 2  # "Opening of the 73rd …"
        else:
            break
    return lo


def _walk_right(text: str, toks: _Toks, h: int) -> int:
    """Index of the last token of the name whose head is ``h``."""
    hi, k = h, h + 1
    w = _tok(text, toks, k)
    while w in _OUTPUT or w in _HEADS:
        hi, k = k, k + 1  # "Summit Statement", "Press Conference Briefing"
        w = _tok(text, toks, k)
    if w not in _RIGHT_FIRST:
        return hi + _is_year(w)
    first = True
    while k - h <= _MAX_RIGHT and _has(toks, k):
        w = _tok(text, toks, k)
        if (first and w in _RIGHT_FIRST) or (not first and w in _RIGHT_JOIN):
            nxt = k + 1 + (_tok(text, toks, k + 1) == "the")
            if not _name_word(_tok(text, toks, nxt)) or (
                w == "and" and _heads_next(text, toks, nxt)
            ):
                break  # "on jointly …", "on March 2", "… and International Lectures on …"
            k, first = nxt, False
        elif _name_word(w):
            hi, k = k, k + 1
        elif w == "(" and _name_word(_tok(text, toks, k + 1)) and _tok(text, toks, k + 2) == ")":
            hi, k = k + 2, k + 3  # "Disease (COVID-19)"
        else:
            break
    if _is_year(_tok(text, toks, hi + 1)):
        hi += 1  # "Boao Forum for Asia Annual Conference 2021": the edition
    return hi


def _name_word(w: str) -> bool:
    return _is_cap(w) and w not in _MONTHS


def _heads_next(text: str, toks: _Toks, k: int) -> bool:
    """Whether the capitalised run from ``k`` ends in a head: a second name after "and"."""
    while _has(toks, k):
        w = _tok(text, toks, k)
        if w in _HEADS:
            return True
        if not _is_cap(w):
            return False
        k += 1
    return False


def _with_part(text: str, sent_start: int, span: tuple[int, int]) -> NamedSpan:
    a, b = span
    lo = max(sent_start, a - 40)
    window = text[lo:a]
    m = None
    if not window.isascii() or "opening" in window.lower() or "closing" in window.lower():
        m = _PART_BEFORE.search(text, lo, a, timeout=_rt())  # (on ASCII: only where its words are)
    return NamedSpan(m.start() if m else a, b, a)
