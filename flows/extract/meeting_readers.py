"""Readers of descriptive meeting mentions, each tried at one offset of one sentence.

Each reader matches one pattern of meeting_patterns *at* a given offset (never searching along
the sentence) and turns the match into candidates: a span, a name, and what the words say
about format and participants. meetings.py decides where to try them and which reading wins.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from flows.extract import meeting_patterns as P
from flows.extract.deadline import expired
from flows.extract.deadline import meeting_regex_timeout as _rt
from flows.extract.meeting_context import (
    listed_parties,
    meeting_format,
    person_name,
    subject_before,
)
from flows.extract.meeting_names import normalise_text, words
from flows.extract.meeting_triggers import words_before
from flows.extract.meeting_twins import twin_of, twin_safe
from flows.extract.types import Sentence

_WITH_WHO: Final = regex.compile(r"\bwith\s+(.+)$")
_TIMEOUT: Final = 0.5  # seconds per match under a deadline: a backstop only

# Priorities when readings overlap: lower wins.
NAMED, RECEIVE, VISIT, WITH_COUNT, COUNTED, CALLS, EVENT, SERIES = range(8)


class Cand:
    """One reading of a stretch of a sentence. A plain class, not a dataclass: mypyc compiles
    its ``__init__`` (a dataclass's generated one runs as Python, ~4k instructions a call)."""

    __slots__ = ("start", "end", "prio", "name", "aggregate", "in_person", "parties", "anchor")

    def __init__(
        self,
        start: int,
        end: int,
        prio: int,
        name: str,
        aggregate: bool = False,
        in_person: bool = False,
        parties: list[str] | None = None,
        anchor: int = -1,  # where the proper name starts, for named meetings
    ) -> None:
        self.start = start
        self.end = end
        self.prio = prio
        self.name = name
        self.aggregate = aggregate
        self.in_person = in_person
        self.parties: list[str] = [] if parties is None else parties
        self.anchor = anchor


def _match(pattern: regex.Pattern[str], text: str, pos: int, end: int) -> regex.Match[str] | None:
    timeout = _rt()  # raises when the document's deadline has passed
    twin = _TWINS.get(id(pattern))
    if twin is not None and twin_safe(text, pos - 1 if pos else 0, end):
        return twin.match(text, pos, end)  # type: ignore[return-value]  # same groups and spans
    if timeout is None:
        return pattern.match(text, pos, end)  # no deadline: the patterns are linear by design
    try:
        return pattern.match(text, pos, end, timeout=min(timeout, _TIMEOUT))
    except TimeoutError:
        if expired():
            raise  # the document's deadline, not the per-match backstop
        return None  # the backstop fired: lose this reading, never the document


def _at(pattern: regex.Pattern[str], text: str, pos: int, end: int) -> regex.Match[str] | None:
    """``pattern.match`` for the short patterns read after a match (tails, list separators)."""
    twin = _TWINS.get(id(pattern))
    if twin is not None and twin_safe(text, pos - 1 if pos else 0, end):
        return twin.match(text, pos, end)  # type: ignore[return-value]
    return pattern.match(text, pos, end, timeout=_rt())


# The ``re`` twins of the reader patterns (meeting_twins: 2-3x faster, exact on text of ASCII
# and typographic punctuation, the text of nearly every sentence). The window tested starts a
# character early: the patterns look one character behind.
_TWINS: Final = {
    id(p): twin_of(p)
    for p in (
        P.RECEIVE, P.GUEST_RE, P.GUEST_SEP, P.PAID_VISIT, P.VISIT_TAIL, P.WITH_COUNT, P.COUNTED,
        P.CALLS_WITH, P.EVENT, P.SERIES, P.TAIL, P.CALLED_ON,
    )
}  # fmt: skip


def receptions(text: str, sent: Sentence, pos: int) -> list[Cand]:
    """ "hosted A and B on special visits to China": one in-person meeting per dignitary."""
    m = _match(P.RECEIVE, text, pos, sent.end)
    if m is None:
        return []
    first = _verb_start(text, sent, m.start())  # "held talks with …" from "held"
    host = subject_before(text, sent, first)
    guests, end = _guest_list(text, sent, m)
    guests[0] = (first, guests[0][1], guests[0][2])
    visit = _at(P.VISIT_TAIL, text, end, sent.end)
    tail = visit or _at(P.TAIL, text, end, sent.end)
    place = tail.group("place") if tail else None
    if tail:
        guests[-1] = (guests[-1][0], tail.end(), guests[-1][2])
    meets = m.group("verb").startswith(("met", "meet", "talk", "spoke"))
    out = []
    for a, b, g in guests:
        full, who = _guest(g), _guest_name(g)
        if visit:  # "on special visits to China": the guest travelled
            name = f"{who} visit to {place}"
        elif meeting_format(text, a, b, False) == "phone":  # "spoke with X over the phone"
            name = f"{person_name(host) + ' ' if host else ''}phone call with {who}"
        elif meets and host:
            name = f"{person_name(host)} meets {who}"
        else:
            name = f"{who} received by {person_name(host) if host else 'hosts'}"
        if place and not visit:
            name += f" in {place}"
        parties = [p for p in (host, full) if p]
        out.append(Cand(a, b, RECEIVE, normalise_text(name), in_person=True, parties=parties))
    return out


def calls_on(text: str, sent: Sentence, pos: int) -> list[Cand]:
    """ "Ambassador Yao Jing called on Foreign Minister Qureshi at the Ministry": a visit to a
    named dignitary, in person. "called on President X to act" (an appeal, "to" and a verb
    other than a visit's purpose later in the sentence) and a title without a name are none."""
    m = _match(P.CALLED_ON, text, pos, sent.end)
    if m is None or not m.group("name").strip():
        return []
    courtesy = "call" in m.group("verb")[6:]  # "paid a courtesy call on": never an appeal
    if not courtesy and _an_appeal(text, m.end(), sent.end):
        return []
    host = subject_before(text, sent, m.start())
    who = _guest_name(m)
    name = f"{person_name(host) + ' ' if host else ''}call on {who}"
    parties = [p for p in (host, _guest(m)) if p]
    return [Cand(m.start(), m.end(), RECEIVE, normalise_text(name), in_person=True,
                 parties=parties)]  # fmt: skip


# What "to" may lead to after a courtesy call ("called on X to discuss …"): a visit's purpose.
_CALL_PURPOSE: Final = frozenset(
    words("discuss exchange brief review present deliver convey bid hand introduce")
)
_APPEAL_WINDOW: Final = 150  # characters after the dignitary where "to act" would stand


def _an_appeal(text: str, a: int, end: int) -> bool:
    """ "called on President X and Congress to act": "to" before a verb not of a visit."""
    rest = text[a : min(end, a + _APPEAL_WINDOW)]
    i = rest.find(" to ")
    while i >= 0:
        nxt = rest[i + 4 :].split(None, 1)
        if not nxt or nxt[0].lower().rstrip(",;.") not in _CALL_PURPOSE:
            return True
        i = rest.find(" to ", i + 4)
    return False


def _guest_list(
    text: str, sent: Sentence, m: regex.Match[str]
) -> tuple[list[tuple[int, int, regex.Match[str]]], int]:
    """The dignitaries of "A, B and C"; in "A, the B" the second is A again (apposition)."""
    items: list[tuple[int, int, regex.Match[str]]] = [(m.start(), m.end(), m)]
    with_and: list[bool] = []
    pos = m.end()
    while (sep := _at(P.GUEST_SEP, text, pos, sent.end)) and (
        g := _match(P.GUEST_RE, text, sep.end(), sent.end)
    ):
        items.append((g.start(), g.end(), g))
        with_and.append(bool(sep.group("and") or sep.group("and2")))
        pos = g.end()
    if with_and and not with_and[-1]:
        items = [(m.start(), pos, m)]  # no closing "and": appositions of the first dignitary
    return items, pos


def _guest(m: regex.Match[str]) -> str:
    said = f"{m.group('origin')}{m.group('title')}{m.group('name')}{m.group('from') or ''}"
    return " ".join(said.split())


def _guest_name(m: regex.Match[str]) -> str:
    """ "Hun Sen" for "Cambodian Prime Minister Hun Sen"; the title when no name is given."""
    name = m.group("name").strip()
    said = f"{m.group('origin')}{m.group('title')}{m.group('from') or ''}"
    return name or " ".join(said.split())


def visits(text: str, sent: Sentence, pos: int) -> list[Cand]:
    """ "Premier Li paid an official visit to Germany", "Vice Governor Zhang visited the
    Consulate General of Perú"."""
    m = _match(P.PAID_VISIT, text, pos, sent.end) or _match(P.VISITED, text, pos, sent.end)
    if m is None:
        return []
    who = subject_before(text, sent, m.start())
    name = f"{person_name(who) + ' ' if who else ''}visit to {m.group('place')}"
    parties = [who] if who else []
    return [Cand(m.start(), m.end(), VISIT, name, in_person=True, parties=parties)]


def with_counts(text: str, sent: Sentence, pos: int) -> list[Cand]:
    """ "has spoken or met with more than 60 foreign leaders": a tally of meetings."""
    m = _match(P.WITH_COUNT, text, pos, sent.end)
    if m is None or not _a_tally(text, m):
        return []
    actor = subject_before(text, sent, m.start())
    who = " ".join(w for w in m.group("who").split() if w.lower() not in {"other", "a"})
    name = f"{person_name(actor) + ' ' if actor else ''}{_tally_noun(m.group('verb'))}"
    name += f" with {who} (aggregate)"
    parties = [p for p in (actor, m.group("count") + " " + m.group("who")) if p]
    parties += listed_parties(text, m.end(), sent.end)
    return [Cand(m.start(), m.end(), WITH_COUNT, name, aggregate=True, parties=parties)]


_UNDER_TEN: Final = frozenset(words("two three four five six seven eight nine"))


def _a_tally(text: str, m: regex.Match[str]) -> bool:
    """ "met with two ministers" may be one meeting; "met 20 counterparts" (no "with") is a
    tally only from ten on or with a qualifier ("met more than 5 leaders")."""
    if (
        " with " in text[m.end("verb") : m.start("count") + 1]
        or " to " in text[m.end("verb") : m.start("count") + 1]
    ):
        return True
    num = m.group("num").replace(",", "").lower()
    small = num in _UNDER_TEN or (num.isdigit() and int(num) < 10)
    return bool(m.group("qual")) or not small


def calls_between(text: str, sent: Sentence, pos: int) -> list[Cand]:
    """ "the phone call between President Xi Jinping and President Martín Vizcarra"."""
    m = _match(P.CALL_BETWEEN, text, pos, sent.end)
    if m is None or " and " not in m.group("who"):
        return []
    noun = " ".join(m.group("noun").lower().split())
    who = " ".join(m.group("who").split())
    parties = [p.strip() for p in who.split(" and ") if p.strip()]
    return [Cand(m.start(), m.end(), CALLS, normalise_text(f"{noun} between {who}"), False,
                 parties=parties)]  # fmt: skip


def by_channel(text: str, sent: Sentence, pos: int) -> list[Cand]:
    """ "Putin and Conte spoke by phone" (one call), "has spoken with his counterparts by phone or
    video link over 30 times" (a tally), "met Italian commanders in person" (one meeting)."""
    m = _match(P.BY_CHANNEL, text, pos, sent.end)
    if m is None:
        return []
    actor = subject_before(text, sent, m.start())
    who = " ".join((m.group("who") or m.group("after") or "").split())
    in_person = m.group("person") is not None
    aggregate = m.group("count") is not None
    meet = in_person or m.group("verb") == "meet"  # "due to meet by video link": a meeting
    name = f"{person_name(actor) + ' ' if actor else ''}{'meeting' if meet else 'call'}"
    name += f" with {who}" if who else ""
    name += " (aggregate)" if aggregate else ""
    parties = [p for p in (actor, who) if p]
    cand = Cand(m.start(), m.end(), CALLS, normalise_text(name), aggregate, in_person, parties)
    return [cand]


def _tally_noun(verb: str) -> str:
    v = " ".join(verb.lower().split())
    if v.startswith(("spoken", "spoke", "talked", "met")):
        return "calls/meetings" if "met" in v else "calls/conversations"
    return v


_SMALL: Final = {"two": 2, "three": 3, "four": 4, "five": 5, "a": 1, "one": 1}


def counted(text: str, sent: Sentence, pos: int) -> list[Cand]:
    """ "more than 170 video conferences": a tally, unless a few exactly ("two … conferences").

    ``pos`` is the number; the match is tried first from up to two words before it, so a
    qualifier ("more than", "a dozen") is part of the count.
    """
    starts = [o for o, _ in words_before(text, sent.start, pos, 2)][::-1] + [pos]
    m = next(
        (m for p in starts if _may_count(text, p) and (m := _match(P.COUNTED, text, p, sent.end))),
        None,
    )
    if m is None:
        return []
    num = m.group("num").lower()
    n = _SMALL.get(num) or (int(num.replace(",", "")) if num[0].isdigit() else 99)
    # "two special press conferences in Wuhan" are two meetings one can name; from three on, or
    # with "more than"/"about", the count is a tally of meetings not told apart.
    aggregate = bool(m.group("qual")) or n > 2
    end, place = _tails(text, sent, m.end())
    verb = _verb_start(text, sent, m.start())
    planned = verb < m.start() and _planned(text, sent, verb)
    aggregate = aggregate and not planned  # "aiming to hold about 20 videoconferences": a plan
    actor = subject_before(text, sent, verb)
    who = None
    if text.find("with", m.end(), end) >= 0:  # (the word _WITH_WHO needs: a C-speed test)
        who = _WITH_WHO.search(text, m.end(), end, timeout=_rt())
    label = f"{person_name(actor) + ' ' if actor else ''}{' '.join(m.group('noun').split())}"
    label += f" with {who.group(1)}" if who else ""
    label = f"planned {label}" if planned else label
    name = f"{label} (aggregate)" if aggregate else label + (f" in {place}" if place else "")
    parties = [p for p in (actor,) if p] + listed_parties(text, end, sent.end)
    return [Cand(m.start(), end, COUNTED, normalise_text(name), aggregate, bool(place), parties)]


# A plan before the light verb: "will hold", "aiming to hold", "plans to hold", "is to hold".
_PLAN: Final = frozenset(words("will to shall"))


def _planned(text: str, sent: Sentence, verb: int) -> bool:
    """Whether the meetings counted are a plan ("are also aiming to hold about 20
    videoconferences"): one announced programme, not a tally of meetings held."""
    prev = words_before(text, sent.start, verb, 1)
    return bool(prev) and prev[0][1] in _PLAN


def _may_count(text: str, p: int) -> bool:
    """Whether P.COUNTED can match at ``p``: a C-speed test that spares the case-insensitive
    pattern most words before a number. Only on ASCII: the pattern folds case as Unicode does
    ("fİve" is "five" to it), ``str.lower`` does not."""
    t = text[p : p + 14]  # the longest first word, "approximately", and the letter after it
    if not t.isascii():
        return True
    t = t.lower()
    return t[:1].isdigit() or t.startswith(P.COUNT_FIRST) or (t[:1] == "a" and t[1:2].isspace())


def _tails(text: str, sent: Sentence, end: int) -> tuple[int, str | None]:
    """End of "… via video link in Beijing on X for Y" after a meeting noun, and the place."""
    place = None
    for _ in range(4):
        tail = _at(P.TAIL, text, end, sent.end)
        if not tail:
            break
        end, place = tail.end(), place or tail.group("place")
    return end, place


_LIGHT_VERB: Final = regex.compile(
    r"(?:held|hold|holding|had|conducted|made|organi[sz]ed)\s+\Z", regex.REVERSE
)


# A word of every _LIGHT_VERB alternative.
_LIGHT_WORDS: Final = ("held", "hold", "had", "conducted", "made", "organi")


def _verb_start(text: str, sent: Sentence, pos: int) -> int:
    lo = max(sent.start, pos - 16)
    window = text[lo:pos]
    if not any(w in window for w in _LIGHT_WORDS):
        return pos  # no light verb there: the pattern cannot match
    m = _LIGHT_VERB.search(text, lo, pos, timeout=_rt())
    return m.start() if m else pos


# "his Iranian counterpart Mohammad Javad Zarif": one counterpart, named (so "held phone talks
# with …" is one call); "their counterparts" stays a tally.
_ONE_COUNTERPART: Final = re.compile(
    r"(?:his|her|its|their)\s+(?:[A-Z][\w-]*\s+)?counterpart\s+[A-Z]"
)


def calls_with(text: str, sent: Sentence, pos: int) -> list[Cand]:
    """ "held phone conversations with many leaders" (tally) or "had a call with X" (one)."""
    m = _match(P.CALLS_WITH, text, pos, sent.end)
    if m is None:
        return []
    who = m.group("who").strip()
    noun = " ".join(m.group("noun").lower().split())
    guest = P.GUEST_RE.match(who, timeout=_rt())
    specific = who[:1].isupper() or guest is not None or _ONE_COUNTERPART.match(who) is not None
    if not (m.group("det") or specific or noun.endswith("s")):
        return []
    aggregate = not (m.group("det") or specific)
    actor = subject_before(text, sent, m.start())
    other = _guest_name(guest) if guest else who
    label = f"{person_name(actor) + ' ' if actor else ''}{noun} with {other}"
    name = f"{label} (aggregate)" if aggregate else label
    parties = [p for p in (actor, who) if p]
    return [Cand(m.start(), m.end(), CALLS, normalise_text(name), aggregate, parties=parties)]


_SERIES_NOUNS: Final = (
    "briefings",
    "conferences",
    "seminars",
    "symposia",
    "symposiums",
    "webinars",
)


def events(text: str, sent: Sentence, pos: int) -> list[Cand]:
    """ "held a press conference in Beijing", "held briefings on … for …"."""
    m = _match(P.EVENT, text, pos, sent.end)
    if m is None:
        return []
    noun = " ".join(m.group("noun").split())
    end, place, topic, other = m.end(), None, None, None
    for _ in range(4):
        tail = _at(P.TAIL, text, end, sent.end)
        if not tail:
            break
        said = " ".join(tail.group().split())
        if tail.group("place"):
            place = place or tail.group("place")
        elif topic is None and said.startswith(("on ", "about ", "for ", "of ", "between ")):
            topic = said
        elif other is None and said.startswith("with "):
            other = said[5:]  # "held a working meeting with the Serbian Crisis Response Team"
        end = tail.end()
    det, verb_said = m.group("det"), m.group("verb")
    if verb_said.lower() == "in":
        if not _in_a_call(det, other):
            return []
    elif not (
        _event_ok(noun, det, verb_said, topic or other)
        or _bare_with(noun, det, verb_said, other)
        or _ordinal(det, verb_said, m.group("mods"))
    ):
        return []
    verb = m.group("verb").lower()
    if verb.startswith(("told", "tell")) and set(m.group("mods").lower().split()) & _FREQ_MODS:
        return []  # "told a regular press briefing": the series reading names it
    # "Speaking at a press conference, X said": no actor stands before a preposition
    actor = None if verb in ("at", "during") else subject_before(text, sent, m.start())
    mods = " ".join(m.group("mods").split())
    label = " ".join(x for x in (actor, mods, noun, topic) if x)
    label += f" with {other}" if other else ""
    label += f" in {place}" if place else ""
    parties = [p for p in (actor, other) if p]
    return [Cand(m.start(), end, EVENT, normalise_text(label), False, bool(place), parties)]


_FREQ_MODS: Final = frozenset(("daily", "regular", "weekly", "monthly"))


def _event_ok(noun: str, det: str | None, verb: str, topic: str | None) -> bool:
    """Whether "verb (det) noun" names meetings rather than a generic activity."""
    plural = noun.endswith(_SERIES_NOUNS) or noun in ("meetings", "talks", "summits", "forums")
    if verb.startswith(("gave", "give")) and "brief" not in noun and "press" not in noun:
        return False  # "gave talks" is speeches; "gave a briefing" is a meeting
    if det == "the":
        # "attended the handover ceremony of …": a definite description that says which one;
        # "attended the meeting" alone points back to a meeting already counted.
        return topic is not None and verb not in ("at", "during", "gave", "give")
    if not plural:
        return det is not None and det not in ("its", "their", "his", "her")
    if det is not None:
        return det not in ("a", "an")
    # Plural without a determiner: a series of briefings on a topic, not "held talks".
    return noun.endswith(_SERIES_NOUNS) and topic is not None and verb not in ("at", "during")


_HOLD_VERBS: Final = frozenset(
    ("held", "hold", "holds", "holding", "convened", "convene", "convenes", "convening",
     "conducted", "conduct", "conducting")
)  # fmt: skip


def _in_a_call(det: str | None, other: str | None) -> bool:
    """ "In a telephone conversation with Foreign Minister Qureshi …": after "in", only one
    call or meeting with a named counterpart; "in a meeting" alone, "in talks" or "in the
    conference" are too loose to count."""
    if det not in ("a", "an") or other is None:
        return False
    if other[:1].isupper() or other.startswith("the "):
        return True
    # "in a phone call with her Philippine counterpart, …": one counterpart, named by office
    return _COUNTERPART_BY_OFFICE.match(other) is not None


_COUNTERPART_BY_OFFICE: Final = re.compile(
    r"(?:his|her|its|their) (?:[A-Z][\w-]* ){0,2}counterpart\b(?!s)"
)


_ORDINALS: Final = frozenset(
    words("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth")
)


def _ordinal(det: str | None, verb: str, mods: str) -> bool:
    """ "held the 10th strategic dialogue via video link", "joined the second video meeting":
    an ordinal says which one of a series, as a topic would."""
    if det != "the" or verb.lower().startswith(("gave", "give")):
        return False
    return any(w in _ORDINALS or (w[:1].isdigit() and w[-2:] in _SUFFIXES) for w in mods.split())


_SUFFIXES: Final = frozenset(("st", "nd", "rd", "th"))


def _bare_with(noun: str, det: str | None, verb: str, other: str | None) -> bool:
    """ "held video conference with the health authorities of Lima": translated releases drop
    the article. Without one, a singular noun names a meeting only when a holding verb and a
    named counterpart ("with the …", "with Minister …") say which; "held meeting with staff"
    or "at conference" stay generic."""
    if det is not None or other is None or noun.endswith("s") or verb.lower() not in _HOLD_VERBS:
        return False
    return other[:1].isupper() or other.startswith(("the ", "The "))


def series(text: str, sent: Sentence, pos: int) -> list[Cand]:
    """ "daily MFA briefings", "the regular press conference"."""
    m = _match(P.SERIES, text, pos, sent.end)
    if m is None:
        return []
    org = m.group("org") or ""
    name = " ".join(x for x in (org, m.group("freq"), m.group("noun")) if x)
    return [Cand(m.start(), m.end(), SERIES, name, parties=[org] if org else [])]


def dated(text: str, sent: Sentence, pos: int) -> list[Cand]:
    """ "The Director-General's media briefing on 25 May": a definite meeting on a stated day.

    ``pos`` is "the" or the owner's possessive; without either ("a meeting on 25 May",
    "meetings on 25 May") the words do not say which meeting, and the pattern refuses them; nor
    do they with "the" and no word of its kind, owner or topic ("the meeting on 3 March"; "the
    press conference on 5 March" says its kind).
    """
    m = _match(P.DATED, text, pos, sent.end)
    if m is None or not (m.group("det") or m.group("owner")):
        return []
    kind = " " in m.group("noun")  # "press conference", "video conference", "phone call"
    if not (m.group("owner") or m.group("mods") or m.group("of") or kind):
        return []  # "the meeting on 3 March" alone points back to one told before
    owner = (m.group("owner") or "").strip()
    said = " ".join(x for x in (owner, m.group("mods"), m.group("noun"), m.group("of")) if x)
    parties = [owner[:-2].rstrip("'’")] if owner else []
    name = normalise_text(" ".join(said.split()))
    return [Cand(m.start(), m.end(), EVENT, name, parties=parties)]


def headline_by(text: str, sent: Sentence, pos: int) -> list[Cand]:
    """ "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, April 2, 2020": a
    headline naming a briefing by who gave it (``pos`` is the sentence's first word)."""
    m = _match(P.HEADLINE_BY, text, pos, sent.end)
    if m is None:
        return []
    who = " ".join(m.group("who").split())
    name = normalise_text(f"{' '.join(m.group('noun').split())} by {who}")
    return [Cand(m.start(), m.end(), EVENT, name, parties=[who])]
