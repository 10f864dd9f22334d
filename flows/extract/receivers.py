"""Receivers a figure's frame reader misses, read from the words around it: "has given the WHO
$50m", "provided Pakistan with …", "… worked in Pakistan", "In Nepal, … Beijing has sent …".
Each reader takes the text and offsets and returns the receiver's name (or None); figures.py
decides which figures ask which reader."""

from __future__ import annotations

from typing import Final

import regex

from flows.extract.claim_key import donor_token, name_token
from flows.extract.dates import MONTHS
from flows.extract.lexicon import PART_WORDS, SELF_WORDS, VERB_FORMS, word_set


def _other_place(to: str) -> str | None:
    """``to`` when it names a place other than the speaking side."""
    return to if is_place(to) and to.split()[0] not in SELF_WORDS else None


# A receiver named between a giving verb and the sum, with no "to": "has given the World
# Health Organization $50m". Read backwards from the sum (REVERSE): group "to" is the name.
_GIVEN_NAME_RE: Final = regex.compile(
    r"\b(?:given|gave|give|gives|giving|granted|grant|grants|offered|offers|offer|sent|sends"
    r"|send|paid|pay|pays)[\s\u00a0]+(?:the[\s\u00a0]+)?"
    r"(?P<to>\p{Lu}[\w'’\-]*(?:[\s\u00a0]+\p{Lu}[\w'’\-]*){0,4})[\s\u00a0]+$",
    regex.REVERSE,  # no possessive "*+": read backwards it would swallow the capital
)
# A receiver after the sum's parts: "US$50 million in two tranches (US$20 million … and US$30
# million …) to the WHO". The parts ("in two tranches", a parenthesis) are optional; "to" is
# the receiver's name.
_PARTS_THEN_TO_RE: Final = regex.compile(
    r"(?:[\s\u00a0]+in[\s\u00a0]+(?:[\w\-]+[\s\u00a0]+){1,2}(?:"
    + "|".join(sorted(PART_WORDS))
    + r"))?(?:[\s\u00a0]*\([^()]{0,160}\))?[\s\u00a0]+to[\s\u00a0]+(?:the[\s\u00a0]+)?"
    r"(?P<to>\p{Lu}[\w'’\-]*+(?:[\s\u00a0]+\p{Lu}[\w'’\-]*+){0,4})"
)


_PARTS_REACH: Final = 220
# A gift noun with its receiver, then a verb of summing, right before the sum: "Chinese cash
# to the WHO totals US$50 million", "aid to Serbia amounted to €5 million". Read backwards
# (REVERSE, so no possessive quantifiers); group "to" is the receiver's name.
_GIFT_TOTALS_RE: Final = regex.compile(
    r"\b(?i:cash|aid|assistance|donations?|funding|grants?|contributions?)[\s\u00a0]+to"
    r"[\s\u00a0]+(?:the[\s\u00a0]+)?(?P<to>\p{Lu}[\w'’\-]*(?:[\s\u00a0]+\p{Lu}[\w'’\-]*){0,4})"
    r"[\s\u00a0]+(?:now[\s\u00a0]+|so[\s\u00a0]+far[\s\u00a0]+)?(?:totals|totalled|totaled"
    r"|amounts[\s\u00a0]+to|amounted[\s\u00a0]+to|comes[\s\u00a0]+to|came[\s\u00a0]+to"
    r"|stands[\s\u00a0]+at|stood[\s\u00a0]+at)[\s\u00a0]+$",
    regex.REVERSE,
)


def gift_totals(text: str, s_start: int, start: int) -> str | None:
    """The receiver when the sum is the total of a gift named as its subject (see above)."""
    lo = max(s_start, start - 80)
    window = text[lo:start].lower()
    if not any(v in window for v in ("total", "amount", "came", "come", "stand", "stood")):
        return None  # most sums (a C-speed test before the pattern)
    m = _GIFT_TOTALS_RE.match(text, lo, start)
    return m.group("to") if m else None


# "provided Pakistan with …", "supplied the Philippines with …": a receiver named between the
# giving verb and "with", the goods after it. Groups: the verb, the receiver's name.
_PROVIDED_WITH_RE: Final = regex.compile(
    r"\b(?P<v>provided|provides|provide|providing|supplied|supplies|supply|supplying|equipped"
    r"|furnished|presented)[\s\u00a0]+(?:the[\s\u00a0]+)?"
    r"(?P<to>\p{Lu}[\w'’\-]*+(?:[\s\u00a0]+(?:of[\s\u00a0]+|and[\s\u00a0]+)?\p{Lu}[\w'’\-]*+){0,4})"
    r"[\s\u00a0]+with\b"
)
_WITH_REACH: Final = 240


def provided_with(text: str, s_start: int, start: int, lemma: str | None) -> str | None:
    """The receiver of "<verb> <Name> with <figure>", when that verb governs the figure."""
    if lemma is None:
        return None
    lo = max(s_start, start - _WITH_REACH)
    if text.find(" with", lo, start) < 0:
        return None  # most figures: no "with" before them (a C-speed test first)
    found = list(_PROVIDED_WITH_RE.finditer(text, lo, start))
    if not found:
        return None
    m = found[-1]
    if VERB_FORMS.get(m.group("v").lower(), m.group("v").lower()) != lemma and any(
        w in VERB_FORMS for w in text[m.end() : start].lower().split()
    ):
        return None  # another verb governs the figure (a gift noun, "a donation of", does not)
    return _other_place(m.group("to"))


# Where the given people or goods went, said after them as a place: "… team sent by the
# government worked in Pakistan", "… doctors arrived in Lahore", "was deployed to Milan".
_WENT_TO_RE: Final = regex.compile(
    r"\b(?:(?:was|were|been|have|has|had)[\s\u00a0]+)?(?:worked|working|arrived|arriving"
    r"|stayed|served|serving|landed|stationed|deployed)[\s\u00a0]+(?:in|to|at)[\s\u00a0]+"
    r"(?:the[\s\u00a0]+)?(?P<to>\p{Lu}[\w'’\-]*+(?:[\s\u00a0]+(?:of[\s\u00a0]+)?\p{Lu}[\w'’\-]*+){0,3})"
)
_WENT_REACH: Final = 120
# The stems of _WENT_TO_RE's verbs (as written: the pattern is case-sensitive).
_WENT_VERBS: Final = ("work", "arriv", "stayed", "serv", "landed", "stationed", "deployed")


def went_to(text: str, end: int, s_end: int) -> str | None:
    """The place the given count went to, named after it (see _WENT_TO_RE)."""
    stop = min(s_end, end + _WENT_REACH)
    window = text[end:stop]
    if not any(v in window for v in _WENT_VERBS):
        return None  # most figures: none of its verbs after them (a C-speed test first)
    m = _WENT_TO_RE.search(text, end, stop)
    if m is None:
        return None
    return _other_place(m.group("to"))


# A sum given to a counted set of receivers, said right after it (its item words between):
# "US$1.6 billion in COVID-19 assistance to over 120 countries".
_TO_COUNTED_RE: Final = regex.compile(
    r"(?:[\s\u00a0]+(?:in|of)(?:[\s\u00a0]*,?[\s\u00a0]+(?!to\b)[\w\-]+){1,6}?)?,?[\s\u00a0]+"
    r"to[\s\u00a0]+(?:(?:more[\s\u00a0]+than|over|nearly|almost|about|around|some|at[\s\u00a0]+"
    r"least|up[\s\u00a0]+to)[\s\u00a0]+)?\d[\d,.]*[\s\u00a0]+(?:[\w\-]+[\s\u00a0]+)?"
    r"(?P<h>countries|nations|economies|states)\b"
)
_COUNTED_REACH: Final = 90


def counted_receivers(text: str, end: int, s_end: int) -> str:
    """'country' when the sum is given to a counted set of countries (see above), else ''."""
    stop = min(s_end, end + _COUNTED_REACH)
    if text.find("to", end, stop) < 0:
        return ""  # most sums: no "to" after them (a C-speed test first)
    m = _TO_COUNTED_RE.match(text, end, stop)
    return "country" if m is not None else ""


# A sentence opened by the place it is about: "In Nepal, where cases have passed 10,000,
# Beijing has sent six shipments …". Group "p" is the place.
_FRONTED_PLACE_RE: Final = regex.compile(
    r"[\s\u00a0]*In[\s\u00a0]+(?:the[\s\u00a0]+)?"
    r"(?P<p>\p{Lu}[\w'’\-]*+(?:[\s\u00a0]+\p{Lu}[\w'’\-]*+){0,2}),"
)


_OWN_SIDE_RE: Final = regex.compile(
    r"[\s\u00a0]*(?:the[\s\u00a0]+)?(?:[a-z]+[\s\u00a0]+)?(?:government|authorities|ministry"
    r"|state|country|cabinet|administration)\b"
)


def fronted_place(text: str, s_start: int, start: int, actor: str | None) -> str | None:
    """The receiver of a gift in a sentence opened by "In <place>," (see above): the place,
    unless the giver is that place."""
    if "In" not in text[s_start : s_start + 4]:
        return None  # most sentences (a C-speed test before the pattern)
    m = _FRONTED_PLACE_RE.match(text, s_start, start)
    if m is None or not is_place(m.group("p")) or m.group("p").split()[0] in SELF_WORDS:
        return None
    place = name_token(m.group("p"))
    if not place or place in (name_token(actor or ""), donor_token(actor or "")):
        return None
    if _OWN_SIDE_RE.match(text, m.end(), start) is not None:
        return None  # "In Japan, the government has sent …": the place's own giving
    return m.group("p")


def given_name(text: str, s_start: int, start: int) -> str | None:
    """The receiver between a giving verb and the figure (see _GIVEN_NAME_RE); a quotation
    mark may open before the figure. Months ("sent March 5 …") are no receivers."""
    while start > s_start and text[start - 1] in "\"“'‘":
        start -= 1
    m = _GIVEN_NAME_RE.match(text, max(s_start, start - 60), start)
    return m.group("to") if m and is_place(m.group("to")) else None


def sum_receiver(text: str, s_start: int, start: int, end: int, s_end: int) -> str | None:
    """The receiver of a given sum that the frame reader missed (see the two patterns above)."""
    to = given_name(text, s_start, start)
    if to:
        return to
    # read on past the sentence end: a splitter may cut the parts' parenthesis at a line break
    stop = min(len(text), max(s_end, end + _PARTS_REACH))
    if "to" not in text[end:stop]:
        return None
    m = _PARTS_THEN_TO_RE.match(text, end, stop)
    return m.group("to") if m else None


_NOT_PLACES: Final = word_set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")


def is_place(name: str) -> bool:
    """'Southeast Asia' is a region; 'April', 'Monday', 'COVID-19' (capitalised too) are not."""
    first = name.split()[0]
    return (
        first.lower().rstrip(".") not in MONTHS
        and first not in _NOT_PLACES
        and not first.lower().startswith(("covid", "sars", "coronavirus"))
    )
