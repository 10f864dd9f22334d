"""Numbers as written in official prose: "96,700", "40.29 million", "US$ 1.353 billion",
"Seventy-seven", "a dozen", "24 percent", "RMB7 billion", "€3bn".

One compiled pattern (``NUMBER_RE``) describes them all; ``find_numbers`` matches it only at
cheap anchors (digit runs, number words) in one linear pass, and ``parse`` turns a match into a
value, a currency code and a kind. Whether a candidate is a *figure* (not a year, a date, a name,
a duration…) is decided later, from its context, in ``figures.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

import regex

from flows.extract.deadline import check
from flows.extract.fold import fold, trie_of

ONES: Final = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: Final = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9,
    "bn": 1e9, "trillion": 1e12, "tn": 1e12, "mln": 1e6, "bln": 1e9, "m": 1e6, "b": 1e9,
}  # fmt: skip

# Currency written before the number ("US$", "RMB") or after it ("yuan", "dollars").
CURRENCY_PREFIX: Final = {
    "us$": "USD", "usd": "USD", "$": "USD", "u.s.$": "USD", "us $": "USD", "u.s. $": "USD",
    "hk$": "HKD", "rmb": "RMB", "cny": "RMB",
    "¥": "RMB", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "jpy": "JPY", "rub": "RUB", "inr": "INR", "₽": "RUB", "₹": "INR", "₺": "TRY", "₩": "KRW",
    "s/": "PEN", "s/.": "PEN", "krw": "KRW",
}  # fmt: skip
CURRENCY_SUFFIX: Final = {
    "yuan": "RMB", "renminbi": "RMB", "dollars": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "pounds sterling": "GBP", "hong kong dollars": "HKD", "dollar": "USD", "usd": "USD",
    "eur": "EUR", "rmb": "RMB", "cny": "RMB", "gbp": "GBP",
    "yen": "JPY", "jpy": "JPY", "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB",
    "rub": "RUB", "rupees": "INR", "inr": "INR", "lira": "TRY", "liras": "TRY",
    "won": "KRW", "krw": "KRW",
}  # fmt: skip

_TENS: Final = "|".join(TENS)
_ONES: Final = "|".join(sorted(ONES, key=len, reverse=True))
_UNITS: Final = "one|two|three|four|five|six|seven|eight|nine"
_SP: Final = r"[ \t\u00a0\u202f]"  # spaces inside a number phrase, never a line break
_GROUP_SEP: Final = r"[\u00a0\u202f\u2009](?:[ ]{5,7})?"  # a thousands separator that is a space

_NUMBER_PATTERN: Final = rf"""
    (?<![\w$€£¥₽₹₺₩.\-/:])          # not inside a word, a name (G20), a code (19-), a time
    (?: (?P<cur> U\.S\.{_SP}?\$ | US{_SP}?\$ | HK\$ | \$ | RMB | CNY | USD | EUR | GBP | JPY | RUB
               | INR | KRW | € | £ | ¥ | ₽ | ₹ | ₺ | ₩ | S/\.? )
        {_SP}*+ )?
    (?:
        # ASCII digits (float() must read them): thousands groups (possessive: a long run of
        # ",000" cannot backtrack) or plain
        (?P<digits> (?: [0-9]{{1,3}} (?: ,[0-9]{{3}} )++ (?: \.[0-9]++ )? (?![0-9,][0-9]|[0-9])
                    # "28 000", "150&nbsp;000": groups set off by a no-break or thin space
                    # (an HTML entity leaves the space padded to the entity's length)
                    | [0-9]{{1,3}} (?: {_GROUP_SEP} [0-9]{{3}} )++ (?: \.[0-9]++ )? (?![0-9])
                    # "5 404 512", "190 000" (reports in the WHO's style): plain spaces join
                    # three groups or more, or a group of 000; "on May 5 100 tons" stays two.
                    # Where a document groups so, "343 514" is one too (NUMBER_SPACED_RE).
                    | [0-9]{{1,3}} (?: [ ][0-9]{{3}} ){{2,}}+ (?: \.[0-9]++ )? (?![0-9])
                    | [0-9]{{1,3}} [ ]000 (?: \.[0-9]++ )? (?![0-9])
                    {{spaced}}
                    | [0-9]++ (?: \.[0-9]++ )? )
                    (?! (?i: st | nd | rd | th ) \b ) )    # "73rd" is an ordinal
      # "half a million test kits": half of the scale word that follows
      | (?P<half> (?i: \b half {_SP}+ a )
                  (?: {_SP}+ (?P<halfdozen> (?i: dozen ) ) \b (?! s)
                    | (?= {_SP}+ (?i: million | billion | thousand ) \b ) ) )
      | (?P<dozen> (?i: \b (?: a | (?P<dozens> two | three | four | five | six ) ) {_SP}+ dozen
                      | \b dozen ) \b (?! s) )
        # number words: "seventy-seven", "twenty one", "ten"
      | (?P<words> (?i: \b (?: (?:{_TENS}) (?: [-\ \u00a0] (?:{_UNITS}) \b )?+ | {_ONES} ) \b ) )
    )
    # scale words, possibly stacked ("two hundred thousand")
    (?P<scale> (?: {_SP}*+ (?i: hundred | thousand | million | billion | trillion | bn | mn | tn
                               | mln | bln ) \b )*+
               # "$50m", "€3b": a bare m/b glued to the digits of a sum of money, whose
               # currency is written before it or ("5m yuan") right after it
               (?(cur) (?: (?<=[0-9]) (?i: m | b ) \b )?+
                     | (?: (?<=[0-9]) (?i: m | b ) \b (?= {_SP}++ (?i: yuan | renminbi | dollars?
                           | euros? | pounds | yen | r(?:o)?ubles? | rupees ) \b ) )?+ ) )
    # percent or a currency written after the number
    (?: {_SP}*+ (?P<pct> % | (?i: per {_SP}?cent \b ) )
      | {_SP}++ (?P<cursuf> (?i: (?:U\.?S\.?|Hong {_SP}Kong) {_SP} dollars | pounds {_SP} sterling
                               | yuan | renminbi | dollars? | euros? | pounds | yen | r(?:o)?ubles?
                               | rupees | liras? ) \b
                               # "7 billion won": after a scale word only ("12 won" is a verb)
                               | (?<= (?i: illion ) {_SP} ) (?i: won ) \b
                               | (?: USD | EUR | RMB | CNY | GBP | JPY | RUB | INR | KRW ) \b ) )?
    """
NUMBER_RE: Final = regex.compile(_NUMBER_PATTERN.replace("{spaced}", ""), regex.VERBOSE)
# The same where the document groups thousands with plain spaces (see _SPACE_GROUPED).
NUMBER_SPACED_RE: Final = regex.compile(
    _NUMBER_PATTERN.replace(
        "{spaced}", r"| [0-9]{1,3} (?: [ ][0-9]{3} )++ (?: \.[0-9]++ )? (?![0-9])"
    ),
    regex.VERBOSE,
)
# The standard library's ``re`` reads both patterns too (Python 3.11 has possessive quantifiers),
# ~2x faster a call. On ASCII text the two engines agree exactly: they differ only where ``\w``,
# ``\b`` or a case-insensitive letter meets a character beyond ASCII ("½", "ſ", a combining
# mark). ``find_numbers`` uses a twin only on a window that is ASCII from the character before
# the start (the look-behind) to the end of the window (the match can read no further).
# tests/extract/test_extract_numbers.py compares the twins with the originals on fuzzed text.
NUMBER_TWIN: Final = re.compile(NUMBER_RE.pattern, re.VERBOSE)
NUMBER_SPACED_TWIN: Final = re.compile(NUMBER_SPACED_RE.pattern, re.VERBOSE)
# A number no one would write another way than grouped by plain spaces: "5 404 512", "190 000".
_SPACE_GROUPED: Final = re.compile(
    r"(?<![0-9,.])[0-9]{1,3}(?: [0-9]{3}){2,}(?![0-9])|(?<![0-9,.])[0-9]{1,3} 000(?![0-9])"
)


_NOT_DIGITS: Final = {ord(c): None for c in ", \u00a0\u202f\u2009"}  # thousands separators
_SEP_RE: Final = regex.compile(r"[-\s\u00a0\u202f]+")
_ALPHA_RE: Final = regex.compile(r"[A-Za-z]+")


@dataclass(slots=True, init=False)  # (a written __init__ compiles native: see types.py)
class Number:
    start: int
    end: int
    value: float
    kind: str  # count | money | percent
    unit: str | None  # currency code, "percent" or None
    is_word: bool  # written in words ("six", "a dozen"): stricter context rules apply
    word: str  # the lower-cased number word(s) or digits as written
    has_scale: bool
    capitalised: bool  # "Two Sessions": a capitalised number word may start a name

    def __init__(
        self, start: int, end: int, value: float, kind: str, unit: str | None, is_word: bool,
        word: str, has_scale: bool, capitalised: bool,
    ) -> None:  # fmt: skip
        self.start, self.end, self.value, self.kind, self.unit = start, end, value, kind, unit
        self.is_word, self.word, self.has_scale, self.capitalised = (
            is_word, word, has_scale, capitalised
        )  # fmt: skip


def words_value(words: str) -> float | None:
    """'seventy-seven' -> 77, 'twenty one' -> 21, 'ten' -> 10."""
    total = 0
    for part in _SEP_RE.split(words.lower()):
        if part in ONES:
            total += ONES[part]
        elif part in TENS:
            total += TENS[part]
        else:
            return None
    return float(total)


# "¥" is the sign of both the yuan and the yen: a document about Japan means the yen.
_JAPAN_WORDS: Final = re.compile(r"\b(?:Japan|Japanese|Tokyo|yen|JPY)\b")
_CHINA_WORDS: Final = re.compile(r"\b(?:China|Chinese|Beijing|yuan|RMB|CNY|renminbi)\b")


def yen_sign(text: str) -> str:
    """The currency "¥" stands for in ``text``: JPY where Japan is named more than China."""
    if "¥" not in text:
        return "RMB"
    japan, china = len(_JAPAN_WORDS.findall(text)), len(_CHINA_WORDS.findall(text))
    return "JPY" if japan > china else "RMB"


# Each group's place in ``Match.groups()`` (both patterns number their groups alike): reading
# all groups at once costs ~0.2 µs, where ``regex`` takes ~0.7 µs for each lookup by name.
_GROUP: Final = NUMBER_RE.groupindex
_CUR, _DIGITS, _HALF, _HALFDOZEN, _DOZEN, _DOZENS, _WORDS, _SCALE, _PCT, _CURSUF = (
    _GROUP[name] - 1
    for name in (
        "cur", "digits", "half", "halfdozen", "dozen", "dozens", "words", "scale", "pct", "cursuf"
    )
)  # fmt: skip


def parse(m: regex.Match[str] | re.Match[str], yen: str = "RMB") -> Number | None:
    """Value, currency and kind of one ``NUMBER_RE`` match; ``yen`` is what "¥" stands for."""
    g: tuple[str | None, ...] = m.groups()
    digits, cur, scale = g[_DIGITS], g[_CUR], g[_SCALE]
    if digits:
        plain = digits if digits.isascii() and "," not in digits and " " not in digits else None
        value, word = float(plain or digits.translate(_NOT_DIGITS)), digits
    elif g[_HALF]:
        value, word = (6.0, "half a dozen") if g[_HALFDOZEN] else (0.5, "half")
    elif g[_DOZEN]:
        dozens = g[_DOZENS]
        value, word = 12.0 * (ONES[dozens.lower()] if dozens else 1), "dozen"
    else:
        words = g[_WORDS] or ""
        v = words_value(words)
        if v is None:
            return None
        value, word = v, words.lower()
    scales = _ALPHA_RE.findall(scale) if scale else []
    for s in scales:
        value *= SCALES[s.lower()]
    unit = None
    kind = "count"
    pct, cursuf = g[_PCT], g[_CURSUF]
    if pct:
        kind, unit = "percent", "percent"
    elif cur or cursuf:
        kind = "money"
        unit = (
            (yen if cur == "¥" else CURRENCY_PREFIX[" ".join(cur.lower().split())])
            if cur
            else CURRENCY_SUFFIX[" ".join((cursuf or "").lower().split())]
        )
    start, end = m.span()
    capitalised = not digits and m.string[start + len(cur or "") : end].lstrip()[:1].isupper()
    # positional: a slots dataclass takes keywords ~1 µs slower (start, end, value, kind, unit,
    # is_word, word, has_scale, capitalised)
    return Number(start, end, value, kind, unit, not digits, word, bool(scales), capitalised)


# Candidate scanning. NUMBER_RE tried at every offset runs at ~6 MB/s (its look-behind and the
# number-word alternation are tested everywhere); instead, cheap anchors are found first (digit
# runs by a one-class pattern, number words by str.find on a lower-cased copy, both C-speed)
# and NUMBER_RE is only *matched* at those few offsets.
# (``regex``: it skips to the next digit ~3x faster than ``re``, which tries every offset)
_DIGIT_RUN_RE: Final = regex.compile(r"[0-9][0-9,.]*+")
_PREFIX_BEFORE_RE: Final = regex.compile(
    r"(?:U\.S\.[ \u00a0]?\$|US[ \u00a0]?\$|HK\$|[$€£¥₽₹₺₩]|S/\.?|RMB|CNY|USD|EUR|GBP|JPY|RUB|INR"
    r"|KRW)[ \t\u00a0\u202f]*$",
    regex.REVERSE,
)
# The longest text one number phrase may span: "U.S. $ 1,353,000,000.25 hundred million US
# dollars" is 51 characters; space runs inside a phrase are the only way to go much longer.
_LONGEST: Final = 200
_PREFIX_LAST: Final = frozenset("$€£¥₽₹₺₩BDRPYW/.")  # last characters of the prefixes above
_GLUE: Final = frozenset(".-/:")  # "COVID-19", "3.5", "1/2", "10:30": glued digits start nothing
# Stems that start every number word: "seven" also finds seventeen and seventy, "twe" twelve and
# twenty, so 17 stems (one, two, three, four, five, six, seven, eight, nine, ten, eleven, twe,
# thirt, fif, forty, dozen, half) cover the words; NUMBER_RE then reads the whole word. They are
# found in one pass of the standard ``re`` module, as a trie after a space, over the folded text
# (flows/extract/fold.py): the engine skips from space to space at C speed and tries a few
# letters at each. The meetings trigger scan usually finds them for us (``note_stem_spaces``).
_NUMBER_STEMS: Final = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twe", "thirt", "fif", "forty", "dozen", "half",
)  # fmt: skip
_STEMS_TRIE: Final = trie_of(sorted(_NUMBER_STEMS)).encode()
_STEM_AFTER_SPACE: Final = re.compile(b" " + _STEMS_TRIE)
_STEM_AT_START: Final = re.compile(_STEMS_TRIE)


# The meetings trigger scan (meeting_triggers.py) reads the same folded text word by word and
# leaves here the offset of the space before each whole number word it met, for the last text
# it read, so a document is scanned once for both; without it, ``_word_starts`` scans for stems.
# Both find the same numbers: NUMBER_RE reads a number word only where the folded word is one
# of NUMBER_WORDS (a stem that starts a longer word, "sevenfold", "tenth", never matches).
NUMBER_WORDS: Final = (*ONES, *TENS, "dozen", "half")
# (one entry: it holds its text alive until the next document, as fold's cache does)
_NOTED: Final[list[tuple[str, list[int]]]] = []


def note_stem_spaces(text: str, spaces: list[int]) -> None:
    """Remember, for ``text`` (this very object), the offsets of the spaces before the number
    words of its folded bytes."""
    _NOTED.clear()
    _NOTED.append((text, spaces))


def _stem_spaces(text: str, folded: bytes) -> list[int]:
    for noted, spaces in _NOTED:
        if noted is text:
            return spaces
    return [m.start() for m in _STEM_AFTER_SPACE.finditer(folded)]


def _word_starts(text: str) -> list[int]:
    folded = fold(text)
    out = [0] if _STEM_AT_START.match(folded) else []
    for space in _stem_spaces(text, folded):
        i = space + 1
        if text[i - 1].isalpha():  # "é", "中": a letter all the same, inside a longer word
            continue
        a_dozen = i >= 2 and folded.startswith(b"a dozen", i - 2) and text[i - 1] == " "
        out.append(i - 2 if a_dozen else i)
    return out


def _with_prefix(text: str, s: int) -> int:
    """Start of the currency prefix written before offset ``s`` ("US$ 5"), else ``s``."""
    before = text[max(0, s - 3) : s].rstrip(" \t\u00a0\u202f")
    if before and before[-1] in _PREFIX_LAST:  # maybe "US$", "RMB", "€" …: look closer
        p = _PREFIX_BEFORE_RE.match(text, max(0, s - 12), s)
        return p.start() if p else s
    return s


def _run_start(text: str, end: int) -> int:
    """Start of the digit run ending at ``end`` (at most three digits back matter here)."""
    i = end
    while i > 0 and end - i < 4 and text[i - 1].isdigit():
        i -= 1
    return i


def find_numbers(text: str) -> Iterator[regex.Match[str] | re.Match[str]]:
    """Every ``NUMBER_RE`` match in ``text``, left to right, not overlapping."""
    starts = [_with_prefix(text, s) for s in _word_starts(text)]
    spaced, last_end = False, -2
    for m in _DIGIT_RUN_RE.finditer(text):
        s = m.start()
        if s == last_end + 1 and not spaced:  # "343 514": is the document grouping by spaces?
            spaced = _SPACE_GROUPED.match(text, _run_start(text, last_end), s + 8) is not None
        last_end = m.end()
        if s and (text[s - 1].isalnum() or text[s - 1] in _GLUE):
            if text[s - 1] in _PREFIX_LAST:  # "RMB7", "USD5"
                starts.append(_with_prefix(text, s))
            continue  # NUMBER_RE's look-behind would reject it anyway
        starts.append(_with_prefix(text, s))
    end, n = -1, len(text)
    pattern, twin = (NUMBER_SPACED_RE, NUMBER_SPACED_TWIN) if spaced else (NUMBER_RE, NUMBER_TWIN)
    whole_ascii = text.isascii()
    for k, s in enumerate(sorted(set(starts))):
        if s < end:
            continue
        if not k & 255:
            check()  # the document's deadline, if any
        # Matched over a bounded window, so no call can run long and none needs a timeout=
        # (which the regex module charges on every call and every finditer step).
        stop = min(n, s + _LONGEST)
        hit: regex.Match[str] | re.Match[str] | None
        if whole_ascii or text[s - 1 if s else 0 : stop].isascii():
            hit = twin.match(text, s, stop)
        else:
            hit = pattern.match(text, s, stop)
        if hit is not None:
            end = hit.end()
            yield hit
