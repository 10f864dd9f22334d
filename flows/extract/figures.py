"""Stated figures: every number an analyst would pull from the text, with its frame.

One left-to-right scan (``numbers.find_numbers``) finds candidates; each is then judged from a
few dozen characters around it (cheap, local): not a year, date, ordinal, label, list number,
name, code, duration, age or page counter; it counts something (an item), or is money or a
percentage. Qualifier, item, frame, period and claim key follow from the same local context;
what a whole sentence gives (its verbs, dates, period) is computed once, on its first figure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Final

import regex

from flows.extract.claim_key import (
    MEETING_HEADS,
    TALLY_GROUPS,
    KeyContext,
    claim_key,
    donor_token,
    name_token,
)
from flows.extract.dates import MONTHS, DateMention, find_dates, has_month_stem
from flows.extract.deadline import check
from flows.extract.events import EVENT_REACH, EventMention, event_near, find_events
from flows.extract.frames import Frame, SentenceFrames, frame_for, sentence_frames
from flows.extract.items import item_after, item_heads, singular
from flows.extract.lexicon import (
    ACTIONLESS_ITEMS,
    FURNITURE_ITEMS,
    LABEL_WORDS,
    LEFT_HEADS,
    MEMBER_HEAD,
    PART_WORDS,
    SELF_WORDS,
    TIME_UNITS,
    word_set,
)
from flows.extract.numbers import ONES, Number, find_numbers, parse, yen_sign
from flows.extract.offsets import bisect_left, bisect_right, find_all
from flows.extract.periods import Period, sentence_period
from flows.extract.receivers import (
    counted_receivers,
    fronted_place,
    gift_totals,
    given_name,
    is_place,
    provided_with,
    sum_receiver,
    went_to,
)
from flows.extract.tables import Cell, table_cells
from flows.extract.types import DocMeta, FigureHit, MeetingHit, Sentence

# Qualifier words right before the number (after any currency sign is part of the number).
QUALIFIER_RE: Final = regex.compile(
    r"""
    (?<![\w])
    (?: (?P<more_than> more\s+than | over | above | exceed(?:ed|ing|s)? | in\s+excess\s+of
                     | upwards\s+of | well\s+over | topp(?:ed|ing) | tops
                     | surpass(?:ed|ing|es)? )
      | (?P<at_least> at\s+least | no\s+(?:less|fewer)\s+than | not\s+(?:less|fewer)\s+than
                    | a\s+minimum\s+of )
      | (?P<nearly> nearly | almost | close\s+to | just\s+(?:under|below|short\s+of) )
      | (?P<about> about | around | approximately | approx\. | some | roughly | an\s+estimated
                 | estimated | circa )
      | (?P<up_to> up\s+to | as\s+many\s+as | a\s+maximum\s+of | at\s+most )
      | (?P<total> a\s+total\s+of | total(?:l?ing|l?ed|ly)? | in\s+total\s+of )
    )
    [\s\u00a0]+ $
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# Every word a QUALIFIER_RE alternative can end with: a cheap test before the pattern.
_QUALIFIER_TAIL_WORDS: Final = word_set(
    "than over above exceed exceeded exceeding exceeds of least nearly almost to under "
    "below about around approximately approx. some roughly estimated circa as most total "
    "totaling totalling totaled totalled totally topped topping tops surpass surpassed surpassing "
    "surpasses"
)
# "leaders of over 170 countries": the head is quoted with the count.
LEFT_HEAD_RE: Final = regex.compile(
    r"\b(?P<head>[A-Za-z]+)[\s\u00a0]+of[\s\u00a0]+$", regex.REVERSE
)
_LAST_WORD_RE: Final = regex.compile(r"([A-Za-z][\w.]*)[^\w]*$", regex.REVERSE)
_IN_TOTAL_RE: Final = regex.compile(r"[\s\u00a0]*(?:in\s+total|altogether)\b", regex.IGNORECASE)


def _by_last_char(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Words grouped by their last character, for ``_ends_with``."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[-1], []).append(w)
    return {c: tuple(ws) for c, ws in out.items()}


def _ends_with(s: str, tails: dict[str, tuple[str, ...]]) -> bool:
    """``s.endswith(words)`` for the words ``_by_last_char`` grouped: only those ending in s's
    last character can match, so only they are tried (a handful instead of dozens)."""
    return s.endswith(tails.get(s[-1:], ()))


def _ends_with_word(s: str, tails: dict[str, tuple[str, ...]]) -> bool:
    r"""``_ends_with`` for a whole word: s ends with one of the words and no letter, digit or
    "_" (all word characters to ``regex``) is right before it. Every QUALIFIER_RE match ends
    so: its last word follows white space or ``(?<![\w])``. ("of", "to", "as" end many words.)"""
    for w in tails.get(s[-1:], ()):
        if s.endswith(w):
            c = s[-len(w) - 1 : -len(w)]
            if not (c.isalpha() or c.isdecimal() or c == "_"):
                return True
    return False


# QUALIFIER_RE's last words that end a qualifier only after one of these words ("more than",
# "up to", "a total of"); its other last words ("over", "about") are qualifiers alone.
_QUALIFIER_NEEDS: Final = {
    "of": ("excess", "upwards", "minimum", "maximum", "total", "short"),
    "to": ("close", "up"),
    "than": ("more", "less", "fewer"),
    "as": ("many",),
    "least": ("at",),
    "most": ("at",),
    "under": ("just",),
    "below": ("just",),
}


def _qualifier_hint(tail: str) -> bool:
    """Whether QUALIFIER_RE can match at the end of ``tail`` (``left`` right-stripped and
    lower-cased): it ends with a qualifier's last word, and, for "of", "to", "than", …, the
    word before ends with one its alternatives put there (white space between: str.split's
    white space). Most numbers follow "of" or "to" in no qualifier."""
    if not _ends_with_word(tail, _QUALIFIER_TAILS):
        return False
    words = tail.rsplit(None, 2)
    needs = _QUALIFIER_NEEDS.get(words[-1])
    return needs is None or (len(words) > 1 and words[-2].endswith(needs))


_LABEL_TAILS: Final = _by_last_char(LABEL_WORDS)
_QUALIFIER_TAILS: Final = _by_last_char(_QUALIFIER_TAIL_WORDS)
_LEFT: Final = 60  # characters of left context a qualifier or head can use
# Two figures joined into one list: "104 journals and 970 papers", "masks, 340 million suits".
_JOINED_RE: Final = regex.compile(r"[\s\u00a0]*,?[\s\u00a0]*and[\s\u00a0]*|[\s\u00a0]*,[\s\u00a0]*")
# "an additional US$30 million": an increment is another claim than the first amount.
_ADDITIONAL_RE: Final = regex.compile(
    r"\b(?:an?\s+|a\s+further\s+)?(?:additional|another|further|extra)[\s\u00a0]+$",
    regex.I | regex.REVERSE,
)
# "US$50 million to the WHO in two instalments": the sum is the total of several payments.
_IN_PARTS_RE: Final = regex.compile(
    r"\bin[\s\u00a0]+(?:[\w\-]+[\s\u00a0]+){1,2}(?P<w>" + "|".join(sorted(PART_WORDS)) + r")\b",
    regex.IGNORECASE,
)
_FOR_PURPOSE_RE: Final = regex.compile(r"[\s\u00a0]+for[\s\u00a0]+(?:the[\s\u00a0]+)?(?=[a-z])")
# "US$2 billion over two years", "€1 billion over the next five years", and with the sum
# restated in another currency between them: "$2bn (£1.6bn) over two years".
_OVER_YEARS_RE: Final = regex.compile(
    r"(?:[\s\u00a0]*\([^()]{1,30}\))?"
    r"[\s\u00a0]*,?[\s\u00a0]*(?:over|in|within|during|for)[\s\u00a0]+(?:the[\s\u00a0]+)?"
    r"(?:(?:next|coming|following)[\s\u00a0]+)?(?P<n>\w+)[\s\u00a0]+years?\b",
    regex.IGNORECASE,
)
# "$2bn, two-year pledge", "$2bn five-year package": the span written as an adjective
_N_YEAR_RE: Final = regex.compile(
    r"[\s\u00a0]*,?[\s\u00a0]*(?P<n>\w+)-year[\s\u00a0]+"
    r"(?:pledge|commitment|package|programme|program|plan|fund)\b",
    regex.IGNORECASE,
)
_ADDITIONAL_TAILS: Final = ("additional", "another", "further", "extra")
_PARTNER_RE: Final = regex.compile(
    r"[\s\u00a0]+(?:between|with)[\s\u00a0]+((?:[\w\-]+[\s\u00a0]+){0,5})"
)
# A list line "• Surgical masks: 200,000" / "N95 masks – 20,000" up to the number.
_LABEL_RE: Final = regex.compile(
    r"(?:[•·▪◦*\-–][ \t\u00a0]*)?(?P<label>\p{L}[\p{L}\d'’ \-/().+]{0,60}?)"
    r"[ \t\u00a0]*[:：–—-][ \t\u00a0]*"
)
_LABEL_MARKS: Final = (":", "：", "–", "—", "-")  # the characters a _LABEL_RE label ends with
_PART_OF_THEM_RE: Final = regex.compile(r"[ \u00a0]+of[ \u00a0]+(?:them|these|those|which)\b")
_POSSESSIVE_OF_RE: Final = regex.compile(
    r"[ \u00a0]+of[ \u00a0]+(?:its|their|our|his|her)[ \u00a0]+"
)
_CAP_WORD_RE: Final = regex.compile(r"\b\p{Lu}[\w\-]*")
# "roughly 10 masks for every person on Earth", "two doses per resident": a ratio is another
# claim than the total it is derived from (and speaks for no period of its own).
_PER_HEAD_RE: Final = regex.compile(
    r"[\s\u00a0]*(?:for[\s\u00a0]+(?:every|each)|per)[\s\u00a0]+"
    r"(?:(?:single|one|\d[\d,]*|hundred|thousand|million)[\s\u00a0]+)?"
    r"(?:person|people|persons|resident|residents|capita|inhabitant|inhabitants|head|citizen"
    r"|citizens|individual|individuals|human|humans|household|households)\b",
    regex.IGNORECASE,
)
# "bringing China's total support to the WHO to US$ 50 million", "raising the total to 150":
# the figure is a running total of what the sentence (or the one before) added to.
_RUNNING_TOTAL_RE: Final = regex.compile(
    r"\b(?:bring|brings|bringing|brought|rais(?:e|es|ed|ing)|tak(?:e|es|ing)|took"
    r"|lift(?:s|ed|ing)?|push(?:es|ed|ing)?)[\s\u00a0]+(?:[\w'’\-]+[\s\u00a0]+){0,5}?"
    r"(?:total|tally)[\s\u00a0]+(?:[\w'’\-]+[\s\u00a0]+){0,6}?to[\s\u00a0]+$",
    regex.IGNORECASE | regex.REVERSE,
)
_GRANT_NOUN_RE: Final = regex.compile(
    r"\b(?:support|aid|assistance|donations?|contributions?|funding|grants?)\b", regex.IGNORECASE
)
# "By June, that figure had become 150 countries": the figure restates an earlier one.
_ANAPHOR_RE: Final = regex.compile(
    r"\b(?:that|this|the|the\s+same)[\s\u00a0]+(?:figure|number|tally|count)\b"
    r"(?:[\s\u00a0]+[\w'’\-]+){0,5}?[\s\u00a0]+$",
    regex.IGNORECASE | regex.REVERSE,
)
_RUNNING_LEFT: Final = 90  # characters of left context a running total can use


_CODE_AFTER_RE: Final = regex.compile(r"[-–/:.]\d|\.\s|\)")  # "1.", "(2)", "10-15", "12:30"
_CODE_FIRST: Final = frozenset("-–/:.)")  # the characters a _CODE_AFTER_RE match can start with
_CAP_NEXT_RE: Final = regex.compile(r"[\s\u00a0]+\p{Lu}")
_OF_RE: Final = regex.compile(r"[\s\u00a0]+of[\s\u00a0]+")
_HYPHEN_WORD_RE: Final = regex.compile(r"-([A-Za-z]+)")
# A bare number that takes the previous figure's item: "… papers, including nearly 100 in …",
# "Of the 2.2 billion doses, 1.4 billion were exported".
_ELLIPSIS_RE: Final = regex.compile(
    r"[\s\u00a0]+(?:in|of|from|among|were|was|are|is|have|had|went|came|remain|remained)\b"
)


class _Sent:
    """Per-sentence context, computed only when a candidate number falls in the sentence.
    A plain class, not a dataclass: mypyc compiles its __init__ (a dataclass's generated one
    runs as Python, ~3.5 k instructions a sentence)."""

    def __init__(self, s: Sentence, index: int) -> None:
        self.s = s
        self.index = index
        self.frames: SentenceFrames | None = None  # its verbs, for the frames of its figures
        self.dates: list[DateMention] | None = None
        self.period: Period | None = None
        self.period_done = False
        self.para = -1  # start of its paragraph, once a figure asked (see _fill)
        self.meeting: str | None = None  # the meeting it is stated at (see _meeting_name)
        self.region: str | None = None  # "… to 12 countries in Southeast Asia": see _region
        self.figures: list[_Fig] = []


class _Doc:
    """The document's context for its figures (a plain class: see _Sent)."""

    def __init__(
        self,
        text: str,
        sentences: list[Sentence],
        meta: DocMeta,
        meetings: list[MeetingHit],
        ref_year: int | None,
        meeting_starts: list[int],
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.meta = meta
        self.meetings = meetings
        self.ref_year = ref_year  # year for dates written without one ("1 March")
        self.meeting_starts = meeting_starts
        self.figs: list[_Fig] = []  # every figure, for the document-level pass
        self.cells: dict[int, Cell] = {}  # numbers in table rows, by offset
        # named events whose noun starts in text[events_lo:events_hi] (see _events_near)
        self.events: list[EventMention] = []
        self.event_starts: list[int] = []
        self.events_lo = -1
        self.events_hi = -1
        self.prev_sent: _Sent | None = None  # the last sentence before the current one with figures
        self.para = 0  # start of the paragraph of the last sentence asked about (see _para)
        self.para_scanned = 0  # text before this offset has been searched for line breaks
        self.tally_i = -1  # the last meeting starting at or before tally_pos (see _tally_meeting)
        self.tally_pos = -1
        self.from_j = 0  # bisect_left(meeting_starts, from_x) (see _meeting_from)
        self.from_x = -1


def _events_near(doc: _Doc, para: int, s_end: int) -> tuple[list[EventMention], list[int]]:
    """Events for ``event_near`` in a sentence ending at ``s_end`` of the paragraph at ``para``.
    It can only return an event starting in text[para:s_end], and such an event's noun starts
    before s_end + EVENT_REACH; given the events of any stretch of text holding those nouns (a
    run of the document's list, in text order), it answers as with the whole list. So only
    the stretches of text around figures are searched, each once."""
    hi = s_end + EVENT_REACH
    if para > doc.events_hi:  # nothing read reaches this paragraph: start a new stretch
        doc.events, doc.event_starts = [], []
        doc.events_lo = doc.events_hi = para
    if hi > doc.events_hi:
        more = find_events(doc.text, doc.events_hi, hi)
        doc.events += more
        doc.event_starts += [e.start for e in more]
        doc.events_hi = hi
    return doc.events, doc.event_starts


def _para(doc: _Doc, pos: int) -> int:
    """Start of the paragraph holding ``pos``. Figures come in document order, so each stretch
    of text is searched once (a per-figure ``rfind`` back to the last line break would make a
    document without line breaks quadratic)."""
    if pos < doc.para_scanned:  # never in document order; kept correct anyway
        return doc.text.rfind("\n", 0, pos) + 1
    i = doc.text.rfind("\n", doc.para_scanned, pos)
    if i >= 0:
        doc.para = i + 1
    doc.para_scanned = pos
    return doc.para


def find_figures(
    text: str, sentences: list[Sentence], meta: DocMeta, meetings: list[MeetingHit]
) -> list[FigureHit]:
    """Every figure in ``text`` in document order; spans always equal their surfaces."""
    meetings = sorted(meetings, key=lambda m: m.char_start)
    doc = _Doc(text, sentences, meta, meetings, reference_year(text, meta),
               [m.char_start for m in meetings])  # fmt: skip
    doc.cells = table_cells(text)
    out: list[FigureHit] = []
    yen = yen_sign(text)
    si, cur = 0, None
    for k, m in enumerate(find_numbers(text)):
        if not k & 63:
            check()  # the document's deadline, if any
        while si < len(sentences) and sentences[si].end <= m.start():
            si += 1
        if si >= len(sentences) or sentences[si].start > m.start() or m.end() > sentences[si].end:
            continue
        if cur is None or cur.index != si:
            doc.prev_sent = cur
            cur = _Sent(sentences[si], si)
        num = parse(m, yen)
        if num is None:
            continue
        hit = _figure(doc, cur, num)
        if hit is not None:
            out.append(hit)
    _resolve_we(doc.figs)
    return out


def _resolve_we(figs: list[_Fig]) -> None:
    """'We will support our partners with €15.6 billion' in a release whose giving figures are
    mostly the EU's: 'we' is the EU there. Where the speaking side (China) or no named giver
    dominates, 'we' stays the speaking side."""
    named: dict[str, int] = {}  # by first mention (a Counter's += runs Python code)
    own = 0
    for f in figs:
        actor = f.hit.actor or ""
        if f.hit.action_group not in _GIVING_GROUPS or not actor:
            continue
        if actor == "we":
            own += 1  # "we" counts for the speaking side until others clearly outnumber it
            continue
        token = donor_token(actor)
        if token:
            named[token] = named.get(token, 0) + 1
        elif any(w in SELF_WORDS for w in actor.split()):
            own += 1
    if not named:
        return
    donor, n = "", 0
    for token, k in named.items():
        if k > n:  # the first of the most named, as Counter.most_common(1) gives it
            donor, n = token, k
    if n <= own:
        return
    for f in figs:  # "we", no one named, or a person: the party whose release this is
        giving = f.hit.action_group in _GIVING_GROUPS and f.hit.actor in ("we", None)
        tally = f.hit.action_group in TALLY_GROUPS and not donor_token(f.hit.actor or "")
        if giving or tally:
            f.ctx.we_donor = donor
            f.hit.claim_key = claim_key(f.hit, f.heads, f.frame, f.ctx)


_PLACE_BEFORE_RE: Final = regex.compile(
    r"\b(?:in|at)[\s\u00a0]+(?:the[\s\u00a0]+)?$", regex.REVERSE
)
_GIVING_GROUPS: Final = frozenset({"aid", "pledge", "export"})
_YEAR_RE: Final = regex.compile(r"(?<![\w.,])(?:19|20)\d\d(?![\w,]|\.\d)")


def reference_year(text: str, meta: DocMeta) -> int | None:
    """The document's own year, else the year it names most often (first 200 kB suffice)."""
    if meta.published_on:
        return meta.published_on.year
    counts: dict[str, int] = {}  # by first mention, as Counter keeps them
    for y in _years(text, 200_000):
        counts[y] = counts.get(y, 0) + 1
    best, n = "", 0
    for y, k in counts.items():
        if k > n:  # the first of the most frequent, as Counter.most_common(1) gives it
            best, n = y, k
    return int(best) if n else None


_CENTURIES: Final = ("19", "20")


def _years(text: str, stop: int) -> list[str]:
    """``_YEAR_RE.findall(text, 0, stop)``, faster: every year starts "19" or "20", which
    ``str.find`` locates at C speed, and the pattern is only tried there (a scan with the
    pattern costs ~4 ns a character). Two matches never overlap (a year needs a non-word
    character on each side), so trying every such offset finds what ``findall`` finds, and in
    text order, which ``most_common`` needs to break ties the same way."""
    starts = find_all(text, _CENTURIES, 0, stop)
    out = []
    for i in starts:
        # two more digits, and no letter, digit, "_", "." or "," before (all of them what the
        # pattern's look-behind turns away): C-speed tests first ("COVID-19", "2019" in "12019")
        digits = text[i + 2 : min(stop, i + 4)]
        if len(digits) < 2 or not digits.isdecimal():
            continue
        c = text[i - 1 : i] if i else ""
        if c.isalpha() or c.isdecimal() or c in ("_", ".", ","):
            continue
        # the look-ahead reads two characters past the year: give it them, as findall would
        m = _YEAR_RE.match(text, i, min(stop, i + 6))
        if m is not None:
            out.append(m.group())
    return out


def _dates(doc: _Doc, cur: _Sent) -> list[DateMention]:
    if cur.dates is None:
        cur.dates = find_dates(doc.text, cur.s.start, cur.s.end, doc.ref_year or 2000)
    return cur.dates


def _not_a_figure(text: str, cur: _Sent, num: Number, doc: _Doc, left: str, tail: str) -> bool:
    """Years, labels, list numbers, codes, names, idiomatic "one", dates. ``left`` is the text
    before the number (see _LEFT), ``tail`` the same right-stripped and lower-cased."""
    after = text[num.end : num.end + 3]
    if not num.is_word and num.kind == "count" and not num.has_scale:
        digits = num.word
        if len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2099:
            return True  # a year ("2020", "2030 Agenda", "2019 Novel Coronavirus")
        code = after[:1] in _CODE_FIRST and _CODE_AFTER_RE.match(after) is not None
        listed = left.endswith("(") and after[:1] == ")"  # "(2)"; not "(91 402 new)"
        if code or listed or left.endswith(("+", "#")):
            return True  # phone numbers, ranges, times, list numbers "1." / "(2)"
        if after[:1].isalpha():
            return True  # "5G", "3D", "4x4": a name or code, not a count
    lw = _LAST_WORD_RE.match(left) if _ends_with(tail, _LABEL_TAILS) else None
    label = lw.group(1) if lw else ""
    if label and label.lower() in LABEL_WORDS and left.rstrip().rstrip(".:#–—- ").endswith(label):
        return True  # "No. 5", "Article 3", "aged 65"
    if tail.endswith(("per", "every")):
        return True  # "per 100,000 population": the base of a rate, not a count
    if not num.is_word and num.kind == "count" and _code_before(left, num):
        return True  # "EN 149", "NHS 111", "Tel: 0571-8525 6789": a code, not a count
    ordinal = text[num.end : num.end + 1] == "-"  # the pattern's first character (C speed)
    if num.is_word and ordinal and _ORDINAL_TAIL_RE.match(text, num.end, num.end + 8):
        return True  # "Seventy-third World Health Assembly": an ordinal
    if (
        num.is_word
        and num.word == "two"
        and _THE_TWO_RE.search(left[-5:])
        and (_BOTH_SIDES_RE.match(text, num.end, num.end + 12))
    ):
        return True  # "the two sides", "where the two disagree": the parties, not a count
    if num.is_word and num.word == "one" and not num.has_scale:
        return True  # "one of the most", "as one": idiom, never counted by the gold
    if num.capitalised and _CAP_NEXT_RE.match(text, num.end, num.end + 2):
        return True  # "Two Sessions", "Two Centenary Goals": a name
    if num.capitalised and _in_name(left):
        return True  # "ASEAN Plus Three", "the Big Four": the end of a name
    near = max(cur.s.start, num.start - 12), min(len(text), num.end + 12)
    if cur.dates is not None:  # the sentence's dates already read: test them first (cheaper)
        in_date = any(d.start <= num.start < d.end for d in cur.dates)
        return in_date and has_month_stem(text, near[0], near[1])
    if not has_month_stem(text, near[0], near[1]):
        return False  # no month name near: cannot be in a date
    return any(d.start <= num.start < d.end for d in _dates(doc, cur))


_NAME_WORD_BEFORE_RE: Final = regex.compile(r"(?<![.!?:;]\s)\b\p{Lu}[\w\-]*[ \t\u00a0]+$")


def _in_name(left: str) -> bool:
    """A capitalised number word after a capitalised word that does not open its sentence."""
    return (
        left[-1:] in (" ", "\t", "\u00a0")
        and _NAME_WORD_BEFORE_RE.search(left, max(0, len(left) - 30)) is not None
        and left.strip().count(" ") > 0
    )


_ORDINAL_TAIL_RE: Final = regex.compile(
    r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", regex.IGNORECASE
)
_THE_TWO_RE: Final = regex.compile(r"\bthe[ \u00a0]+$", regex.IGNORECASE)
# After "the two": the two sides, or a verb whose subject the two parties are.
_BOTH_SIDES_RE: Final = regex.compile(
    r"[ \u00a0]+(?:sides?|are|were|is|was|have|had|agree[ds]?|agreed|disagree[ds]?|disagreed"
    r"|differ|met|meet|signed|issue[ds]?|said|say|will|would|can|could|should|must|also)\b"
)
# "EN 149", "NHS 111" (an acronym just before), "8525 6789" (another digit group just before).
_ACRONYM_BEFORE_RE: Final = regex.compile(r"(?<![\w$€£¥.])([A-Z]{2,5})[ \u00a0]$")
_DIGITS_BEFORE_RE: Final = regex.compile(r"(?<![\w,.])([0-9]{2,})[ \u00a0]$")
_CURRENCY_CODES: Final = frozenset(("USD", "EUR", "GBP", "RMB", "CNY", "JPY", "RUB", "INR", "HKD"))


def _code_before(left: str, num: Number) -> bool:
    """A short bare number right after an acronym or another digit group is a code."""
    if num.has_scale or not num.word.isdigit() or len(num.word) > 4:
        return False
    before = left[-2:-1]  # the character before the space: a capital or a digit, or no code
    if not left.endswith((" ", "\u00a0")) or not (before.isupper() or before.isdigit()):
        return False
    m = _ACRONYM_BEFORE_RE.search(left[-8:])
    if m is not None and m.group(1) not in _CURRENCY_CODES:
        return True
    d = _DIGITS_BEFORE_RE.search(left[-12:])
    return d is not None and not (len(d.group(1)) == 4 and d.group(1)[:2] in ("19", "20"))


# A range: "between 40 and 50 countries", "from 10 to 12 teams". The lower end is at least its
# number and counts what the upper end counts; the upper end is at most its number.
_RANGE_NEXT_RE: Final = regex.compile(
    r"[ \u00a0]+(?:and|to)[ \u00a0]+[0-9][0-9,.]*(?:[ \u00a0]+(?:thousand|million|billion))?"
)
# The last word before the number is "between" or "from" (as written, with any quote before it).
_RANGE_LOW_RE: Final = regex.compile(r"(?<!\S)\S*(?:between|from)[ \u00a0]$", regex.IGNORECASE)
_RANGE_LOW_WORDS: Final = ("between ", "from ", "between\u00a0", "from\u00a0")  # tested first
_RANGE_HIGH_RE: Final = regex.compile(
    r"\b(?:between|from)[ \u00a0]+[0-9][0-9,.]*(?:[ \u00a0]+(?:thousand|million|billion))?"
    r"[ \u00a0]+(?P<joint>(?:and|to)[ \u00a0]+)$",
    regex.IGNORECASE,
)


# What a table's title says was done with what it counts ("Exports of major anti-epidemic
# supplies", "Chinese donations to Europe", "Shipments by country").
_CAPTION_ACTIONS: Final = (
    ("export", "export", "export"), ("donat", "donate", "aid"), ("shipment", "ship", "aid"),
    ("deliver", "deliver", "aid"), ("assistance", "provide", "aid"), ("aid", "provide", "aid"),
)  # fmt: skip
_NOT_RECIPIENTS: Final = frozenset(("total", "totals", "grand total", "sum", "all"))


def _cell_frame(text: str, cell: Cell, caption: tuple[int, int]) -> Frame | None:
    """A table cell's frame from its title: the action, and the row's label as the receiver
    when the table lists receivers (its label is not the item)."""
    title = text[caption[0] : caption[1]].lower()
    for word, lemma, action in _CAPTION_ACTIONS:
        if word in title:
            by_receiver = cell.label != cell.item and cell.label.lower() not in _NOT_RECIPIENTS
            recipient = cell.label if by_receiver and cell.label[:1].isupper() else None
            return Frame(lemma, action, "obj", None, recipient, None, False)
    return None


def _caption_period(doc: _Doc, hit: FigureHit, caption: tuple[int, int]) -> None:
    """A table cell speaks for the period its title states ("March 1 – May 31, 2020")."""
    dates = find_dates(doc.text, caption[0], caption[1], doc.ref_year or 2000)
    if doc.ref_year is None:
        dates = [d for d in dates if d.has_year]
    p = sentence_period(doc.text, caption[0], caption[1], doc.meta.speaks_for, dates)
    if p is not None:
        hit.period_start, hit.period_end = p.start, p.end
        hit.as_of, hit.period_text = p.as_of, p.text


def _range_high(window: str, tail: str) -> regex.Match[str] | None:
    """_RANGE_HIGH_RE in ``window`` (the end of ``left``; ``tail`` is ``left`` right-stripped and
    lower-cased): "between 40 and", "from 10 to". C-speed tests first: the window ends in
    "and"/"to" and white space, and holds "between" or "from" (most figures: none of these)."""
    if window[-1:] not in (" ", "\u00a0") or not tail.endswith(("and", "to")):
        return None
    low = window.lower()
    if "between" not in low and "from" not in low:
        return None
    return _RANGE_HIGH_RE.search(window)


def _range_low(text: str, cur: _Sent, num: Number, left: str) -> tuple[int | None, int]:
    """(end of the upper number, where "between"/"from" starts in ``left``) when ``num`` is the
    lower end of a range; (None, 0) otherwise."""
    low = _RANGE_LOW_RE.search(left) if left.lower().endswith(_RANGE_LOW_WORDS) else None
    if low is None:
        return None, 0
    m = _RANGE_NEXT_RE.match(text, num.end, min(cur.s.end, num.end + 40))
    return (m.end(), low.start()) if m else (None, 0)


def _qualifier(left: str, tail: str) -> tuple[str, int]:
    """(qualifier, its length in ``left``) for the words right before the number (``tail`` is
    ``left`` right-stripped and lower-cased)."""
    if tail.endswith("~"):  # "~US$1 million", "~ 1,000 beds"
        return "about", len(left) - left.rindex("~")
    if not left[-1:].isspace() or not _qualifier_hint(tail):
        return "exact", 0  # most numbers: no qualifier word can end here (C-speed test)
    m = QUALIFIER_RE.match(left)
    if m is None:
        return "exact", 0
    if tail.endswith("over") and tail[:-4].rstrip().endswith(_HANDED):
        return "exact", 0  # "handed over 50,000 masks": a phrasal verb's "over", not "more than"
    return m.lastgroup or "exact", len(left) - m.start()


# Verbs whose particle is "over": "handed over", "turned over", "passed over", "signed over".
_HANDED: Final = ("hand", "handed", "hands", "handing", "turned", "turn", "passed", "signed")


def _item(text: str, cur: _Sent, num: Number) -> tuple[int, str] | None:
    """(end, item) of what is counted; None when the number is a duration, age or name part."""
    pos = num.end
    if num.kind == "money":  # "US$2 billion of international aid", "a US$500 million loan"
        m = _OF_RE.match(text[pos : pos + 6])
        end, item = item_after(text, pos + (m.end() if m else 0), cur.s.end)
        return (end, item) if item else (pos, "")
    if num.kind == "percent":
        return pos, ""
    if text[pos : pos + 1] in ('"', "”"):  # '"more than 100" military specialists'
        pos += 1
    m = _after_of(_POSSESSIVE_OF_RE, text, pos, min(cur.s.end, pos + 12))
    if m is not None:  # "25,000 of its citizens": the citizens are counted
        end, item = item_after(text, m.end(), cur.s.end)
        return (end, item) if item else None
    if text[pos : pos + 1] == "-":  # "four-point initiative", "Five-year-old", "Five-Year Plan"
        m = _HYPHEN_WORD_RE.match(text[pos : pos + 30])
        if m is None or m.group(1)[0].isupper() or singular(m.group(1).lower()) + "s" in TIME_UNITS:
            return None
        end, item = item_after(text, pos + 1, cur.s.end)
        return (end, item) if item else None
    end, item = item_after(text, pos, cur.s.end)
    first = item.split(maxsplit=1)[0].lower() if item else ""
    if first and singular(first) + "s" in TIME_UNITS:
        return None  # "two years", "seven weeks": a duration
    if first in ("old", "aged"):
        return None  # an age
    return end, item


# "eight-member", "12-strong", "30-person": a modifier whose number counts one group's people.
_MEMBERS_RE: Final = regex.compile(r"-(?:member|strong|person|people|man|woman)\b", regex.I)


def _members_of_one(text: str, pos: int) -> bool:
    """'<number>-member <team>' at ``pos`` (the number's end)."""
    return text[pos : pos + 1] == "-" and _MEMBERS_RE.match(text, pos, pos + 8) is not None


def _after_of(
    pattern: regex.Pattern[str], text: str, pos: int, stop: int
) -> regex.Match[str] | None:
    """``pattern`` (_POSSESSIVE_OF_RE or _PART_OF_THEM_RE, both starting with spaces and "of")
    at ``pos``, tried only when "of" follows the spaces there (a C-speed test: most figures
    have no "of" after them)."""
    ahead = text[pos:stop]
    if ahead[:1] not in (" ", "\u00a0") or not ahead.lstrip(" \u00a0").startswith("of"):
        return None
    return pattern.match(text, pos, stop)


def _label_before(text: str, cur: _Sent, num: Number) -> tuple[str, int | None]:
    """'• Surgical masks: 200,000' (a list line of a consular page): the label is the item."""
    if num.start - cur.s.start > 60:
        return "", None
    before = text[cur.s.start : num.start].rstrip(" \t\u00a0")
    if not before.endswith(_LABEL_MARKS):
        return "", None  # the pattern ends in a colon or dash before the number (C-speed test)
    m = _LABEL_RE.fullmatch(text, cur.s.start, num.start)
    if m is None or m.group("label").split()[-1].lower() in LABEL_WORDS:
        return "", None
    return m.group("label"), m.start("label")


class _Fig:
    """A figure with what its key is built from, kept while its sentence is read (a plain
    class: see _Sent)."""

    def __init__(self, hit: FigureHit, heads: list[str], frame: Frame, ctx: KeyContext) -> None:
        self.hit = hit
        self.heads = heads
        self.frame = frame
        self.ctx = ctx
        self.part_of: _Fig | None = None  # the stated sum this one is a part of (see _sum_part)
        self.part_no = 0  # its place in that sum's list: 1 for the first part
        self.head: str | None = None  # _head_word of its item, once asked (see _fig_head)


def _figure(doc: _Doc, cur: _Sent, num: Number) -> FigureHit | None:
    text = doc.text
    left = text[max(cur.s.start, num.start - _LEFT) : num.start]
    tail = left.rstrip().lower()
    if _not_a_figure(text, cur, num, doc, left, tail):
        return None
    got = _item(text, cur, num)
    if got is None:
        return None
    item_end, item = got
    label_start = None
    # a table cell: the words after it are the next cells; its header or row label says
    # what it counts
    cell = doc.cells.get(num.start) if num.kind == "count" else None
    if cell is not None:
        item, item_end = cell.item, num.end
        if cell.scale != 1.0 and not num.has_scale:
            num.value, num.has_scale = num.value * cell.scale, True
        if cell.currency is not None:  # a column of sums: "Cash (US$)"
            num.kind, num.unit, item = "money", cell.currency, ""
    elif num.kind == "count" and not item:
        item, label_start = _label_before(text, cur, num)
    low_end, low_at = (None, 0)
    if num.kind == "count" and not item:
        low_end, low_at = _range_low(text, cur, num, left)
    if low_end is not None:  # "between 40 and 50 countries": the lower end counts countries too
        item = item_after(text, low_end, cur.s.end)[1]
    if item and item.split()[-1].lower() in FURNITURE_ITEMS:
        return None  # "2,345 views": a page counter
    prev = cur.figures[-1] if cur.figures else None
    if prev is None and doc.figs and text[cur.s.start - 2 : cur.s.start].strip() == ",":
        # a list cut at a line break after a comma ("… 500,000 surgical masks,\n4,000
        # overalls"): its first figure continues the previous sentence's last one
        last = doc.figs[-1]
        if _JOINED_RE.fullmatch(text, last.hit.char_end, num.start) is not None:
            prev = last
    labelled = cell is not None or label_start is not None
    heads = item_heads(_line_case(item) if labelled else item) if item else []
    if num.kind == "count" and not item:
        # "more than 1,100 papers …, including nearly 100 in …": the item is the previous one's
        if not (prev and prev.hit.item and _ELLIPSIS_RE.match(text, num.end, num.end + 8)):
            return None
        item, heads = prev.hit.item or "", prev.heads
    if num.kind == "count" and _members_of_one(text, num.end):
        # "an eight-member medical expert team", "a 12-strong team": the members of one team
        # are counted, never teams; whose team and where it went tell which
        heads = [MEMBER_HEAD]
    start, qualifier, heads, additional = _left_side(text, cur, num, heads, left, tail)
    if label_start is not None:
        start = label_start
    if low_end is not None and item:
        qualifier = "at_least"  # "between 40 …": at least 40; its span starts at "between"
        start = num.start - len(left) + low_at
    elif qualifier == "exact" and (high := _range_high(left[-40:], tail)) is not None:
        qualifier = "up_to"  # "… and 50 countries": up to 50; its span starts at "and"
        start = num.start - (len(left[-40:]) - high.start("joint"))
    if cell is not None and cell.label.lower() in ("total", "totals", "grand total"):
        qualifier = "total"  # the Total row of a table
    if qualifier == "exact" and _in_total(text, item_end):
        qualifier = "total"
    running = qualifier == "exact" and _running_total(text, cur, start)
    if running:
        qualifier = "total"
    joined = prev is not None and bool(_JOINED_RE.fullmatch(text, prev.hit.char_end, start))
    if joined and qualifier == "exact" and prev is not None and prev.hit.qualifier == "total":
        qualifier = "total"  # "a total of 104 journals and 970 papers"
    end = max(item_end, num.end)
    # positional, in field order (char_start, char_end, surface, value, qualifier, kind, unit,
    # item, sentence_start, sentence_end): keywords cost a dict per figure
    hit = FigureHit(start, end, text[start:end], num.value, qualifier, num.kind, num.unit,
                    item or None, cur.s.start, cur.s.end)  # fmt: skip
    fig = _Fig(hit, heads, _frame(doc, cur, hit, prev if joined else None), KeyContext())
    if cell is not None and cell.caption is not None:
        fig.frame = _cell_frame(text, cell, cell.caption) or fig.frame
    fig.ctx.additional, fig.ctx.partner = additional, _partner(text, end, cur.s.end)
    fig.ctx.region = _region(text, cur)
    if not fig.ctx.partner and heads and all(h in MEETING_HEADS for h in heads):
        fig.ctx.partner = _tally_group(text, cur.s.start, start)
    if num.kind == "count" and heads:
        fig.frame = _named_action(text, cur.s.start, cur.s.end, hit, heads) or fig.frame
    if fig.frame.plan and _future_perfect(text, cur.s.start, start):
        fig.frame = replace(fig.frame, plan=False)
    if qualifier == "total":  # parts named, or stated before it ("…, raising the total to")
        parts_before = any(f.hit.kind == num.kind for f in cur.figures)
        fig.ctx.lone_total = not parts_before and _names_no_parts(cur.s.text)
    if num.kind == "money" and fig.frame.action is None:
        got_to = gift_totals(text, cur.s.start, start)
        if got_to is not None:
            # "Chinese cash to the WHO totals US$50 million": the sum of what was given
            fig.frame = Frame("give", "aid", "obj", None, got_to, None, False)
            hit.qualifier = qualifier = "total"
    if fig.frame.recipient is None and fig.frame.action in ("aid", "pledge"):
        with_to = provided_with(text, cur.s.start, start, fig.frame.lemma)
        if with_to:
            # "has provided Pakistan with eight batches of supplies, including 250 ventilators":
            # the name before "with" is the receiver, the figures what it was given
            role = "obj" if fig.frame.role == "with" else fig.frame.role
            fig.frame = replace(fig.frame, recipient=with_to, role=role)
    if fig.frame.recipient is None and fig.frame.action in ("aid", "pledge"):
        if num.kind == "money":
            to = sum_receiver(text, cur.s.start, start, end, cur.s.end)
        else:  # "Russia sent Serbia 11 aircraft", "… sent Serbia \"11 aircraft\""
            to = given_name(text, cur.s.start, start) or went_to(text, end, cur.s.end)
        if not to:
            to = fronted_place(text, cur.s.start, start, fig.frame.actor)
        if to:
            fig.frame = replace(fig.frame, recipient=to)
    if num.kind == "money":
        if qualifier != "total":
            fig.ctx.total = _in_parts(text, end, cur.s.end)
        fig.ctx.span = _spread_over(text, end, cur.s.end)
        fig.ctx.purpose = _purpose(text, end, cur.s.end)
        fig.ctx.receivers = counted_receivers(text, end, cur.s.end)
    _fill(doc, cur, fig)
    if num.kind == "money" and doc.figs:
        _sum_part(text, doc.figs, fig)
    elif prev is not None and prev.hit.kind == "money" and _parts_count(text, prev, fig):
        # "US$50 million in two tranches": the payments go where the sum goes
        _refill(fig, prev.frame, fig.heads, fig.ctx)
    if cell is not None and cell.caption is not None:
        _caption_period(doc, hit, cell.caption)
    if joined and prev is not None:
        _respectively(prev, fig)
    elif running or num.kind == "count":
        _restated(doc, cur, fig, running)
    if _after_of(_PART_OF_THEM_RE, text, num.end, min(cur.s.end, num.end + 16)):
        hit.claim_key = ""  # "three of them in our region": a part of a count, no claim alone
    elif text[max(cur.s.start, start - 12) : start].rstrip().lower().endswith(_OF_WHICH):
        hit.claim_key = ""  # "77 countries, of which about 40 are in Africa": a part, too
    elif _one_team_bare(text, cur.s.start, start, hit.claim_key):
        # "The team visited 14 hospitals": one team's tallies, with no place or giver named,
        # would pair with any team's (every team visits hospitals and holds sessions)
        hit.claim_key = ""
    elif prev is not None and _origin_of(text, prev.hit.char_end, start):
        # "40 political parties from over 30 countries": where the counted came from, no claim
        # alone (keyed, the countries would pair with any countries that did the same verb)
        hit.claim_key = ""
    if qualifier == "total" and cell is not None:
        hit.claim_key = ""  # a table's Total row sums that table's rows: no claim elsewhere
    if _per_head(text, item_end, min(cur.s.end, item_end + 40)):
        hit.claim_key, hit.period_text = "", None  # a ratio: not the total, nor its period
        hit.period_start = hit.period_end = None
        hit.as_of = doc.meta.speaks_for
    cur.figures.append(fig)
    doc.figs.append(fig)
    return hit


# A sentence whose subject is one team named before: "The team", "This medical expert team".
_ONE_TEAM_RE: Final = regex.compile(
    r"[\s\u00a0]*(?:The|This|That|the|this|that)[\s\u00a0]+(?:[\w\-]+[\s\u00a0]+){0,3}?"
    r"(?:team|group|delegation|mission)\b(?![\s\u00a0]+of\b)"
)


def _one_team_bare(text: str, s_start: int, start: int, key: str) -> bool:
    """A key with no context or giver, for a count in a sentence whose subject is one team."""
    if not key or "|by:" in key:
        return False
    # C-speed tests first: the pattern opens with "the"/"this"/"that" after white space, and
    # names a team, group, delegation or mission before the figure (most sentences: not both)
    before = text[s_start:start]
    if before.lstrip()[:2] not in ("Th", "th"):
        return False
    words = ("team" in before, "group" in before, "delegation" in before, "mission" in before)
    if not any(words) or key.split("|")[2]:
        return False
    return _ONE_TEAM_RE.match(text, s_start, start) is not None


def _origin_of(text: str, prev_end: int, start: int) -> bool:
    """Only "from" between the previous figure (with its item) and this one."""
    gap = text[prev_end:start]
    return len(gap) < 12 and gap.strip().lower() == "from"


# Reach of the words between a sum and its first part ("… in two tranches (") and between parts
# ("… in March and a second tranche of ").
_PART_GAP: Final = 40
_NEXT_PART_GAP: Final = 50


_OF_WHICH: Final = ("of which", "of whom", "among which", "among whom", "among them")
# How far around a count its debt-suspension words and its nominal action are looked for.
_DEBT_REACH: Final = 90
_NOMINAL_REACH: Final = 60


def _named_action(
    text: str, s_start: int, s_end: int, hit: FigureHit, heads: list[str]
) -> Frame | None:
    """An action the verb reader cannot see, named by nouns near the count:
    - countries counted beside a debt suspension are the countries whose debt is suspended,
      whatever verb carries it ("announced the suspension of debt repayments from 77
      countries", "77 countries whose debt repayments China has suspended", "implementing
      the Debt Service Suspension Initiative for 77 countries");
    - "the pairing of Chinese hospitals with 30 African hospitals": the hospitals paired."""
    if all(h.endswith("country") for h in heads):
        lo, hi = max(s_start, hit.char_start - _DEBT_REACH), min(s_end, hit.char_end + _DEBT_REACH)
        low = text[lo:hi].lower()
        if "debt" in low and "suspen" in low:
            return Frame("suspend", "suspend", "obj", None, None, None, False)
    before = text[max(s_start, hit.char_start - _NOMINAL_REACH) : hit.char_start].lower()
    if "pairing of" in before or "twinning of" in before:
        return Frame("pair", "pair", "obj", None, None, None, False)
    return None


# "will have provided", "will have sent": what is done by a date, a fact when told, no plan.
_FUTURE_PERFECT_RE: Final = regex.compile(r"\bwill[\s\u00a0]+have[\s\u00a0]+\w+(?:ed|en|t)\b")


def _future_perfect(text: str, s_start: int, start: int) -> bool:
    """The only "will" before the figure in its sentence is a future perfect's."""
    before = text[s_start:start]
    if "will have" not in before:
        return False  # most sentences (a C-speed test before the pattern)
    return before.count("will") == 1 and _FUTURE_PERFECT_RE.search(before) is not None


def _names_no_parts(sentence: str) -> bool:
    """The sentence names no parts a total is made of: no "instalments", "batches", …"""
    words = sentence.lower().replace(",", " ").replace(".", " ").split()
    return not any(w in PART_WORDS for w in words)


def _parts_count(text: str, whole: _Fig, fig: _Fig) -> bool:
    """The count is of the payments a sum was made in: "… US$50 million in two instalments"."""
    words = (fig.hit.item or "").lower().split()
    gap = text[whole.hit.char_end : fig.hit.char_start]
    return bool(words) and words[0] in PART_WORDS and gap.strip() == "in"


def _line_case(label: str) -> str:
    """A row label or list label is capitalised because it starts a line ("Infrared
    thermometers"), not because it is a name: lower its first word, as running text has it,
    so its heads are the text's. Acronyms and codes ("N95 masks", "PPE") keep their case."""
    first = label.split(maxsplit=1)[0] if label.strip() else ""
    if first.isalpha() and first[0].isupper() and first[1:].islower():
        return label[0].lower() + label[1:] if label[0] == first[0] else label
    return label


def _sum_part(text: str, figs: list[_Fig], fig: _Fig) -> None:
    """A sum listed as a part of a larger one stated just before it: "US$50 million in two
    tranches: US$20 million in March and US$30 million in April". A part is given by the same
    giver to the same receiver as the whole; the first part is the first payment (the one
    reports of the time state alone), and each later one an increment (an "additional"
    payment) - so the parts pair across documents, and never with each other or the whole.
    The figures before it are the document's, not the sentence's: a splitter may cut a
    hard-wrapped list; the gaps below keep the parts close."""
    hit = fig.hit
    last = next((f for f in reversed(figs[-4:]) if f.hit.kind == "money"), None)
    if last is None or last.hit.unit != hit.unit:
        return
    whole, n = (last.part_of, last.part_no) if last.part_of is not None else (last, 0)
    gap = text[last.hit.char_end : hit.char_start]
    if n == 0:  # the list opens right after the whole: "…: US$20 million", "… (US$20 million"
        if len(gap) > _PART_GAP or gap.rstrip()[-1:] not in (":", "("):
            return
    elif len(gap) > _NEXT_PART_GAP or not ("and" in gap.split() or "," in gap) or ";" in gap:
        return
    if hit.value >= whole.hit.value:
        return
    fig.part_of, fig.part_no = whole, n + 1
    if whole.ctx.lone_total:  # "a total of €9 million: €4 million … and …": it has parts
        whole.ctx.lone_total = False
        whole.hit.claim_key = claim_key(whole.hit, whole.heads, whole.frame, whole.ctx)
    fig.frame = whole.frame.copy()
    fig.ctx = replace(whole.ctx, total=False, additional=n >= 1)
    frame = fig.frame
    hit.actor, hit.action, hit.recipient = frame.actor, frame.lemma, frame.recipient
    hit.action_group = frame.action
    if hit.qualifier == "total":
        hit.qualifier = "exact"  # a part read as "total" after a "totals" word is one payment
    hit.claim_key = claim_key(hit, fig.heads, frame, fig.ctx)


_IN_TOTAL_REACH: Final = 64


def _in_total(text: str, pos: int) -> bool:
    """``_IN_TOTAL_RE.match(text, pos)``: "… 150 countries in total". Without an end position
    the ``regex`` module pays for the whole rest of the text on every call, so the pattern is
    tried on a bounded window. The end position reads as the string's end (``\b`` included), so a
    match reaching it is redone unbounded, and so is a miss on a window of at most two words,
    which could be a cut-off "in   total" (more words rule that out)."""
    stop = pos + _IN_TOTAL_REACH
    head = text[pos:stop].lstrip()
    if head[:1] not in ("i", "I", "a", "A") and (head or stop >= len(text)):
        return False  # most items: no "in"/"altogether" after the white space (C-speed test)
    if stop >= len(text):
        return _IN_TOTAL_RE.match(text, pos) is not None
    m = _IN_TOTAL_RE.match(text, pos, stop)
    if m is not None and m.end() < stop:
        return True
    if m is None and len(text[pos:stop].split()) > 2:
        return False
    return _IN_TOTAL_RE.match(text, pos) is not None


def _per_head(text: str, pos: int, stop: int) -> bool:
    """_PER_HEAD_RE at ``pos``: "… for every person"; it starts, after white space, with "for"
    or "per" (a C-speed test first)."""
    if text[pos:stop].lstrip()[:1] not in ("f", "F", "p", "P"):
        return False
    return _PER_HEAD_RE.match(text, pos, stop) is not None


def _running_total(text: str, cur: _Sent, start: int) -> bool:
    """'bringing China's total support to the WHO to US$ 50 million', 'raising the total to'."""
    left = text[max(cur.s.start, start - _RUNNING_LEFT) : start]
    if not left.endswith(("to ", "to\u00a0")) or "total" not in left and "tally" not in left:
        return False  # a C-speed test first: most figures have no "total … to" before them
    return _RUNNING_TOTAL_RE.match(left) is not None


def _head_word(item: str | None) -> str:
    return singular(item.split()[-1].lower()) if item else ""


def _fig_head(f: _Fig) -> str:
    """_head_word of the figure's item, once a figure (an item is never changed once read)."""
    if f.head is None:
        f.head = _head_word(f.hit.item)
    return f.head


def _antecedent(doc: _Doc, cur: _Sent, fig: _Fig, same_head: bool) -> _Fig | None:
    """The nearest earlier keyed figure of this sentence or the one before of the same kind
    (and, for counts, ``same_head``: the same item head: 'teams' ~ 'medical expert teams')."""
    lists = [cur.figures]  # this sentence's figures, then the previous one's, latest first
    prev = doc.prev_sent
    if prev is not None and prev.index == cur.index - 1:
        lists.append(prev.figures)
    head = _fig_head(fig)
    for figs in lists:
        for k in range(len(figs) - 1, -1, -1):
            f = figs[k]
            if f.hit.kind != fig.hit.kind or f.hit.unit != fig.hit.unit or not f.hit.claim_key:
                continue
            if same_head and (not head or _fig_head(f) != head):
                continue
            return f
    return None


def _restated(doc: _Doc, cur: _Sent, fig: _Fig, running: bool) -> None:
    """A figure that restates or sums up an earlier one takes the earlier one's frame:
    'that figure had become 150 countries', 'bringing … total … to US$ 50 million', and a bare
    item restated without its modifiers ('29 medical expert teams … 26 teams had gone')."""
    hit, text = fig.hit, doc.text
    if running:
        src = _antecedent(doc, cur, fig, hit.kind == "count")
        if src is None:
            left = text[max(cur.s.start, hit.char_start - _RUNNING_LEFT) : hit.char_start]
            if fig.frame.action not in _GIVING_GROUPS and _GRANT_NOUN_RE.search(left):
                fig.frame = replace(fig.frame, action="aid", role="obj")  # "total support"
                _refill(fig, fig.frame, fig.heads, fig.ctx)
            return
        _refill(fig, src.frame, src.heads if hit.kind == "count" else fig.heads, src.ctx)
        return
    if not hit.item:
        return
    left = text[max(cur.s.start, hit.char_start - _LEFT) : hit.char_start]
    anaphor = _anaphor_hint(left.lower()) and _ANAPHOR_RE.match(left) is not None
    bare = len(hit.item.split()) == 1
    if not anaphor and not bare and fig.frame.action:
        return
    src = _antecedent(doc, cur, fig, True)
    if src is None or not src.hit.item:
        return
    if anaphor or (not fig.frame.action and not hit.claim_key):
        # "that figure had become 150 countries"; a bare restated item with no verb, no key
        _refill(fig, src.frame, src.heads, src.ctx)
    elif bare and len(src.hit.item.split()) > 1 and src.heads != fig.heads:
        _refill(fig, fig.frame, src.heads, fig.ctx)  # "26 teams" are the medical expert teams


def _anaphor_hint(low: str) -> bool:
    """Whether _ANAPHOR_RE can match ``low`` (lower-cased): its noun is a whole word after white
    space and "the"/"this"/"that"/"same" ("country", "counted", "numbers" are not), tested at
    C speed first (the pattern costs ~24 k instructions a call)."""
    for w in ("figure", "number", "tally", "count"):
        i = low.find(w, 1)
        while i >= 0:
            c = low[i + len(w) : i + len(w) + 1]
            whole = low[i - 1].isspace() and not (c.isalpha() or c.isdecimal() or c == "_")
            if whole and low[:i].rstrip().endswith(("the", "this", "that", "same")):
                return True
            i = low.find(w, i + 1)
    return False


def _refill(fig: _Fig, frame: Frame, heads: list[str], ctx: KeyContext) -> None:
    hit = fig.hit
    fig.frame, fig.heads = frame.copy(), list(heads)
    own = fig.ctx
    fig.ctx = replace(ctx, additional=own.additional, total=own.total or ctx.total)
    recipient = frame.recipient
    if frame.role == "to" and recipient and hit.item and recipient.endswith(hit.item):
        recipient = hit.surface  # the counted receivers are this figure's own
    hit.actor, hit.action, hit.recipient = frame.actor, frame.lemma, recipient
    hit.action_group = frame.action
    hit.claim_key = claim_key(hit, fig.heads, fig.frame, fig.ctx)


def _left_side(
    text: str, cur: _Sent, num: Number, heads: list[str], left: str, tail: str
) -> tuple[int, str, list[str], bool]:
    """Span start, qualifier, heads (with a quoted left head) and whether it is "additional"."""
    qualifier, qlen = _qualifier(left, tail)
    start = num.start - qlen
    before = text[max(cur.s.start, start - 30) : start]
    tail = before.rstrip()
    # both patterns end in a word and white space: test the word at C speed first
    of = before[-1:].isspace() and tail.endswith("of")
    head_m = LEFT_HEAD_RE.match(text, max(cur.s.start, start - 30), start) if of else None
    if head_m and head_m.group("head").lower() in LEFT_HEADS:
        start = head_m.start()
        heads = [f"{singular(head_m.group('head').lower())}_of:{h}" for h in heads]
    extra = text[max(cur.s.start, start - 25) : start]
    add_m = (
        _ADDITIONAL_RE.match(text, max(cur.s.start, start - 25), start)
        if extra[-1:].isspace() and extra.rstrip().lower().endswith(_ADDITIONAL_TAILS)
        else None
    )
    if add_m:
        start = add_m.start()
    return start, qualifier, heads, add_m is not None


def _purpose(text: str, pos: int, limit: int) -> str:
    """'€500 million for research' -> 'research': what a sum is for, when no one is named."""
    ahead = text[pos : min(limit, pos + 12)]
    if not ahead[:1].isspace() or not ahead.lstrip().startswith("for"):
        return ""  # most sums: no "for" after them (a C-speed test before the pattern)
    m = _FOR_PURPOSE_RE.match(text, pos, min(limit, pos + 12))
    if m is None:
        return ""
    _, item = item_after(text, m.end(), limit)
    return "+".join(item_heads(item)) if item else ""


def _spread_over(text: str, pos: int, limit: int) -> str:
    """'US$2 billion over two years', "China's $2bn, two-year pledge" -> '2y': the span a
    pledged sum is spread over."""
    m = _OVER_YEARS_RE.match(text, pos, min(limit, pos + 50))
    if m is None and "-year" in text[pos : min(limit, pos + 30)]:
        m = _N_YEAR_RE.match(text, pos, min(limit, pos + 40))
    if m is None:
        return ""
    n = m.group("n").lower()
    value = ONES.get(n) or (int(n) if n.isdigit() else None)
    return f"{value}y" if value else ""


def _in_parts(text: str, pos: int, limit: int) -> bool:
    """'… US$50 million to the WHO in two instalments' (not '… in two days')."""
    if "in" not in text[pos : min(limit, pos + 90)]:
        return False
    return _IN_PARTS_RE.search(text, pos, min(limit, pos + 90)) is not None


# "12 countries in Southeast Asia and the Pacific", "nations in Africa": receivers in a region.
_REGION_RE: Final = regex.compile(
    r"\b(?:countries|nations|economies|states)[\s\u00a0]+in[\s\u00a0]+(?:the[\s\u00a0]+)?"
    r"(?P<r>\p{Lu}[\w'’\-]*+(?:[\s\u00a0]+(?:and[\s\u00a0]+(?:the[\s\u00a0]+)?)?\p{Lu}[\w'’\-]*+){0,4})"
)


def _region(text: str, cur: _Sent) -> str:
    """The region a sentence's receivers are counted in, as a name token ('' for none): gifts
    to "12 countries in Southeast Asia" are another claim than gifts to "80 countries"."""
    if cur.region is None:
        cur.region = ""
        t = cur.s.text  # the pattern's words tested at C speed first (a scan costs ~5 ns/char)
        receivers = "countries" in t or "nations" in t or "economies" in t or "states" in t
        if receivers and " in " in t:
            m = _region_match(text, cur.s.start, cur.s.end)
            cur.region = name_token(m.group("r")) if m and is_place(m.group("r")) else ""
    return cur.region


_REGION_NOUNS: Final = ("countries", "nations", "economies", "states")


def _region_match(text: str, start: int, end: int) -> regex.Match[str] | None:
    """``_REGION_RE.search(text, start, end)``: every match starts at one of its nouns (no two
    share a first letter, so at most one starts at an offset), found by ``str.find``; the
    pattern is tried there in text order (a search tries every offset, ~65 k instructions a
    sentence). ``\b`` reads the character before ``start`` either way."""
    for i in find_all(text, _REGION_NOUNS, start, end):
        m = _REGION_RE.match(text, i, end)
        if m is not None:
            return m
    return None


# A tally of meetings held with the members of one named group, named before the count:
# "shared its experience with all ASEAN members through more than 20 video conferences".
_TALLY_GROUP_RE: Final = regex.compile(
    r"\bwith[\s\u00a0]+(?:all[\s\u00a0]+)?(?:the[\s\u00a0]+)?(?:other[\s\u00a0]+)?"
    r"(?P<g>\p{Lu}[\w'’\-]*+(?:[\s\u00a0]+\p{Lu}[\w'’\-]*+){0,3})[\s\u00a0]+"
    r"(?:members?|member[\s\u00a0]+states|countries|states|nations|partners)\b"
)


def _tally_group(text: str, s_start: int, start: int) -> str:
    """The named group of a meeting tally with its members (see above), else ''."""
    lo = max(s_start, start - 120)
    if text.find("with", lo, start) < 0:
        return ""  # most tallies: no "with" before them (a C-speed test first)
    found = list(_TALLY_GROUP_RE.finditer(text, lo, start))
    if not found or not is_place(found[-1].group("g")):
        return ""
    # the partner as _partner writes it, so "held 20 calls with all ASEAN members" is the same
    names = {w.lower() for w in found[-1].group("g").split() if w not in SELF_WORDS}
    return "+".join(sorted(names))


def _partner(text: str, pos: int, limit: int) -> str:
    """Named partner right after the item: "between Chinese and Serbian experts" -> serbian."""
    ahead = text[pos : min(limit, pos + 60)]
    rest = ahead.lstrip()
    if rest == ahead or not rest.startswith(("between", "with")):
        return ""  # most figures: no partner (a C-speed test before the pattern)
    m = _PARTNER_RE.match(text, pos, min(limit, pos + 60))
    if m is None:
        return ""
    names = {
        w.lower()
        for w in _CAP_WORD_RE.findall(m.group(1))
        if w not in SELF_WORDS and w.lower().rstrip(".") not in MONTHS
    }
    return "+".join(sorted(names))


def _frame(doc: _Doc, cur: _Sent, hit: FigureHit, prev: _Fig | None) -> Frame:
    if prev is not None and prev.hit.kind == hit.kind:
        return prev.frame.copy()  # joined to a figure of its kind: its frame (see below)
    if cur.frames is None:
        cur.frames = sentence_frames(doc.text, cur.s.start, cur.s.end)
    # frame_for reads the word before the figure only for "to"/"with"/"from": skip the pattern
    # when the window holds none of them
    lo = max(cur.s.start, hit.char_start - 20)
    near = doc.text[lo : hit.char_start].lower()
    lw = (
        _LAST_WORD_RE.match(doc.text, lo, hit.char_start)
        if "to" in near or "with" in near or "from" in near
        else None
    )
    frame = frame_for(doc.text, cur.frames, hit.char_start, hit.char_end, lw.group(1) if lw else "",
                      hit.kind == "money")  # fmt: skip
    if prev is not None and (prev.hit.kind == hit.kind or frame.role == "obj" != prev.frame.role):
        # "to 150 countries and 4 international organizations", "loans of RMB7 billion and
        # RMB2.485 billion": a figure joined to the previous one shares its frame
        frame = prev.frame.copy()
    if frame.action is None:
        frame = _donation_list(doc.text, cur.s.start, hit.char_start) or frame
    if frame.action == "aid" and frame.lemma in _MOVING and _bought(doc.text, cur.s.start, hit):
        frame = replace(frame, action="export")  # bought, then shipped: trade, not a gift
    return frame


# Verbs that move goods whoever pays; a purchase said before them makes the goods an export.
_MOVING: Final = frozenset(("ship", "deliver", "send", "supply", "transport", "airlift", "go"))
_PURCHASE_RE: Final = regex.compile(
    r"\b(?:bought|buy|buys|buying|purchased?|purchases|purchasing|procured|procurement"
    r"|commercial(?:ly)?|ordered)\b",
    regex.IGNORECASE,
)


# A gift named as a noun whose contents follow: "the Chinese Government donation to Perú, which
# includes 220,000 masks and …", "a donation to Lima consisting of …". Groups: the giver's
# capitalised words before "donation" (none for "a donation"), the receiver's name after "to".
_DONATION_LIST_RE: Final = regex.compile(
    r"(?P<by>(?:\p{Lu}[\w'’\-]*+[\s\u00a0]+){0,4})(?:donation|gift|aid[\s\u00a0]+package)s?"
    r"[\s\u00a0]+to[\s\u00a0]+(?:the[\s\u00a0]+)?"
    r"(?P<to>\p{Lu}[\w'’\-]*+(?:[\s\u00a0]+\p{Lu}[\w'’\-]*+){0,3})[\s\u00a0]*,?[\s\u00a0]+"
    r"(?:which[\s\u00a0]+)?(?:includ(?:es|ed|ing)|consist(?:s|ed|ing)[\s\u00a0]+of|"
    r"compris(?:es|ed|ing)|contain(?:s|ed|ing))\b"
)


_DONATION_REACH: Final = 200


def _donation_list(text: str, start: int, pos: int) -> Frame | None:
    """The gift frame of a figure listed after a donation noun (see _DONATION_LIST_RE) in a
    sentence with no verb of its own for it: what the donation includes is given to its
    receiver by its giver."""
    # the splitter may cut a hard-wrapped list at its line break ("which includes\n220,000
    # masks"): read back to the last full stop within reach rather than to the sentence start
    lo = max(0, min(start, pos - _DONATION_REACH))
    before = text[lo:pos]
    start = lo + max(before.rfind(". "), before.rfind(".\n"), before.rfind("!"), -1) + 1
    before = text[start:pos]
    if "onation" not in before and "gift" not in before and "package" not in before:
        return None  # most sentences (a C-speed test before the pattern)
    found = list(_DONATION_LIST_RE.finditer(text, start, pos))
    if not found:
        return None
    m = found[-1]
    between = text[m.end() : pos]
    if ";" in between or "." in between.replace(",", ""):
        return None
    actor = m.group("by").strip() or None
    return Frame("donate", "aid", "obj", None, m.group("to"), actor, False)


def _bought(text: str, start: int, hit: FigureHit) -> bool:
    """A purchase is said in the sentence before the figure: "companies … have bought supplies
    from Chinese producers: so far more than 100 million masks have been shipped to Italy"."""
    before = text[start : hit.char_start]
    hint = any(w in before for w in ("bought", "urchas", "procure", "ommercial", "order", "buy"))
    return hint and _PURCHASE_RE.search(before) is not None


def _respectively(prev: _Fig, fig: _Fig) -> None:
    """'A and B provided loans of X and Y': A gave X, B gave Y (with or without 'respectively')."""
    actor = prev.frame.actor or ""
    parts = actor.split(" and ")
    if len(parts) != 2 or fig.frame.actor != actor or prev.hit.kind != fig.hit.kind:
        return
    for f, name in ((prev, parts[0]), (fig, parts[1])):
        f.frame = replace(f.frame, actor=name)
        f.hit.actor = name
        f.hit.claim_key = claim_key(f.hit, f.heads, f.frame, f.ctx)


# A continent named (or its adjective) earlier in the sentence: "supplies to over 50 African
# countries and … teams to the continent" sends the teams to Africa.
_CONTINENT_RE: Final = regex.compile(r"\b(Africa|Asia|Europe|Latin[\s\u00a0]+America|Oceania)n?\b")


def _continent(text: str, start: int, end: int) -> str | None:
    """The last continent named in text[start:end], for a receiver read as "the continent"."""
    if "continent" not in text[start:end]:
        return None
    # the last match: each starts at a continent's name (found by str.find, latest first); two
    # never overlap (whole words), so the one starting last is findall's last
    for i in reversed(find_all(text, _CONTINENT_NAMES, start, end)):
        m = _CONTINENT_RE.match(text, i, end)
        if m is not None:
            return m.group(1)
    return None


_CONTINENT_NAMES: Final = ("Africa", "Asia", "Europe", "Latin", "Oceania")


_TO_NAME_RE: Final = regex.compile(
    r"\bto[\s\u00a0]+(?:the[\s\u00a0]+)?(?P<to>\p{Lu}[\w'’\-]*+(?:[\s\u00a0]+\p{Lu}[\w'’\-]*+){0,3})"
)


def _named_before(text: str, start: int, end: int) -> str | None:
    """The last place named after "to" in text[start:end], for a receiver read as "the region"."""
    names = [m.group("to") for m in _TO_NAME_RE.finditer(text, start, end)]
    names = [n for n in names if is_place(n) and n.split()[0] not in SELF_WORDS]
    return names[-1] if names else None


def _fill(doc: _Doc, cur: _Sent, fig: _Fig) -> None:
    """Frame, period, event and claim key onto the figure's hit."""
    hit, frame = fig.hit, fig.frame
    if (frame.recipient or "").lower() in ("continent", "the continent"):
        place = _continent(doc.text, cur.s.start, cur.s.end)
        if place:
            frame = fig.frame = replace(frame, recipient=place)
    elif (frame.recipient or "").lower() in ("region", "the region"):
        # "its shipment to the Western Balkans brought the total sent to the region to …"
        place = _named_before(doc.text, cur.s.start, hit.char_start)
        if place:
            frame = fig.frame = replace(frame, recipient=place)
    hit.actor, hit.action, hit.recipient = frame.actor, frame.lemma, frame.recipient
    hit.action_group = frame.action
    if not cur.period_done:
        dates = _dates(doc, cur)  # found with a stand-in year when the document gives none
        if doc.ref_year is None:
            dates = [d for d in dates if d.has_year]
        # "so far", "to date", "since May" run to the day the text speaks for, not a re-print's
        cur.period = sentence_period(doc.text, cur.s.start, cur.s.end, doc.meta.speaks_for, dates)
        cur.period_done = True
    p = cur.period
    if p is not None:
        hit.period_start, hit.period_end, hit.as_of, hit.period_text = (
            p.start,
            p.end,
            p.as_of,
            p.text,
        )
    else:
        hit.as_of = doc.meta.speaks_for  # the document's own date; period_text stays None
    if cur.para < 0:  # the sentence's paragraph and meeting, once for all its figures
        cur.para = _para(doc, cur.s.start)
        cur.meeting = _meeting_name(doc, cur, cur.para)
    para = cur.para
    # a count of many meetings ("more than 40 discussions") is its own tally, not the one-off
    # event its sentence also names ("… received the Egyptian envoy, holding more than 40 …")
    hit.event = _tally_meeting(doc, hit.char_start) or cur.meeting
    if hit.kind == "money" or _reads_event(fig.heads):  # only these keys read the event
        events, starts = _events_near(doc, para, cur.s.end)
        fig.ctx.event = event_near(events, starts, para, cur.s.start, cur.s.end, hit.char_start)
    if hit.actor and hit.actor != "we" and hit.action_group in _GIVING_GROUPS:
        fig.ctx.actor_placed = _placed(doc.text, cur.s.start, cur.s.end, hit.actor)
    hit.claim_key = claim_key(hit, fig.heads, frame, fig.ctx)


def _reads_event(heads: list[str]) -> bool:
    """Whether claim_key reads the event for a count with these heads (the actionless ones:
    proposals, measures); a restated figure that takes another's heads takes its ctx too."""
    return bool(heads) and all(h in ACTIONLESS_ITEMS for h in heads)


def _placed(text: str, start: int, end: int, name: str) -> bool:
    """'Chinese companies in Serbia have donated': the name read as the actor is a place."""
    i = text.find(name, start, end)
    if i < 0:
        return False
    before = text[max(start, i - 12) : i]  # the pattern ends "in"/"at"/"the", white space
    if not before[-1:].isspace() or not before.rstrip().endswith(("in", "at", "the")):
        return False  # most actors: no "in"/"at" before them (a C-speed test first)
    return _PLACE_BEFORE_RE.match(text, max(start, i - 12), i) is not None


def _tally_meeting(doc: _Doc, pos: int) -> str | None:
    """The name of the aggregate meeting mention (a tally) whose span holds offset ``pos``."""
    starts = doc.meeting_starts
    if not starts:
        return None  # most documents' figures: no meeting at all
    # bisect_right(starts, pos) - 1, from where the last figure's search ended: figures come in
    # document order, so the index only moves on (a bisect call costs ~1 k instructions)
    i = doc.tally_i
    if pos < doc.tally_pos:
        i = bisect_right(starts, pos) - 1
    else:
        while i + 1 < len(starts) and starts[i + 1] <= pos:
            i += 1
    doc.tally_i, doc.tally_pos = i, pos
    if i >= 0 and pos < doc.meetings[i].char_end and doc.meetings[i].is_aggregate:
        return doc.meetings[i].name
    return None


def _meeting_from(doc: _Doc, x: int) -> int:
    """``bisect_left(doc.meeting_starts, x)``, from the answer to the last ``x`` asked: the
    sentences' offsets asked by _meeting_name never decrease (a bisect call costs ~1 k)."""
    starts = doc.meeting_starts
    j = doc.from_j
    if x < doc.from_x:
        j = bisect_left(starts, x)
    else:
        while j < len(starts) and starts[j] < x:
            j += 1
    doc.from_j, doc.from_x = j, x
    return j


def _meeting_name(doc: _Doc, cur: _Sent, para: int) -> str | None:
    """Canonical meeting mentioned in this sentence, else in the previous one of the paragraph."""
    if not doc.meetings:
        return None
    lo = cur.s.start
    if cur.index > 0 and doc.sentences[cur.index - 1].start >= para:
        lo = doc.sentences[cur.index - 1].start
    i = _meeting_from(doc, lo)
    if i < len(doc.meetings) and doc.meetings[i].char_start < cur.s.end:
        # prefer a meeting of this sentence over one of the previous sentence
        j = _meeting_from(doc, cur.s.start)
        if j < len(doc.meetings) and doc.meetings[j].char_start < cur.s.end:
            return doc.meetings[j].name
        return doc.meetings[i].name
    return None
