"""Meetings: summits, conferences, calls, visits, briefings, and tallies of them.

A ``str.find`` scan (meeting_triggers) finds trigger words; every pattern is then tried only
*at* a trigger or at a word a few words before it, never slid along a sentence, so the pass
stays cheap and linear. Where two readings overlap, the more specific wins: a proper name over
a description, a description over a tally.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from flows.extract import meeting_patterns as P
from flows.extract.dates import DateMention
from flows.extract.meeting_context import (
    YearFinder,
    dates_near,
    listed_parties,
    meeting_date,
    meeting_format,
    person_name,
    subject_before,
)
from flows.extract.meeting_named import HEAD_WORDS, LOWER_HEADS, ROLE_WORDS, find_named
from flows.extract.meeting_names import PARTIES, canonical_name, normalise_text, words
from flows.extract.meeting_triggers import Trigger, find_triggers, nearest, words_before
from flows.extract.types import DocMeta, MeetingHit, Sentence

_SERIES_NAME = regex.compile(r"(?i)press|briefing")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_WITH_WHO = regex.compile(r"\bwith\s+(.+)$")
_COVID_DOC = regex.compile(r"covid|coronavirus", regex.IGNORECASE)
_TIMEOUT = 0.5  # seconds per match: a backstop only, the patterns are linear by design

# Priorities when readings overlap: lower wins.
NAMED, RECEIVE, VISIT, WITH_COUNT, COUNTED, CALLS, EVENT, SERIES = range(8)

_HEADS = frozenset(HEAD_WORDS)
_RECEIVE_VERBS = frozenset(
    words(
        "hosted hosting hosts received receiving receives welcomed met meets meeting talks "
        "talked spoke"
    )
)
# Receiving verbs that take their guest directly ("hosted X"); the others need "with".
_RECEIVE_ALONE = frozenset(
    words("hosted hosting hosts received receiving receives welcomed met meets")
)
_WITH_OR_TO = regex.compile(r"\s(?:with|to)\s")
_WITH_VERBS = frozenset(words("spoken spoke talked met calls meetings talks conversations"))
_CHANNELS = frozenset({"phone", "telephone", "video"})
_NOUNS = frozenset(
    words("""conference conferences videoconference videoconferences teleconference teleconferences
    briefing briefings meeting meetings summit summits talks symposium symposia symposiums
    seminar seminars webinar webinars forum forums dialogue dialogues roundtable roundtables
    consultation consultations call calls conversation conversations discussion discussions
    exchanges ceremony ceremonies""")
)
_EVENT_VERBS = frozenset(
    words("""held hold holds holding convened convene convenes convening hosted host hosts hosting
    organized organised organize organise organizes organises organizing organising co-hosted
    co-chaired chaired conducted conduct conducting gave give giving attended attend attends
    attending addressed addressing at during""")
)
_CALL_VERBS = frozenset(
    words("held hold holds holding had made make conducted conduct having received receives")
)
_QUALIFIERS = frozenset(words("more over nearly almost about around approximately some least"))
_FREQ = frozenset(words("daily regular weekly monthly"))
_VISIT_VERBS = frozenset(words("paid pays paying made makes began concluded"))
_NUMBER_WORDS = frozenset(
    words("""two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty sixty seventy eighty ninety hundred hundreds dozen dozens scores""")
)
_TRIGGER_WORDS = (
    frozenset(w.lower() for w in HEAD_WORDS)
    | _RECEIVE_VERBS
    | _WITH_VERBS
    | _NOUNS
    | frozenset({"visit"})
)


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    prio: int
    name: str
    aggregate: bool = False
    in_person: bool = False
    parties: list[str] = field(default_factory=list)
    anchor: int = -1  # where the proper name starts, for named meetings


def find_meetings(text: str, sentences: list[Sentence], meta: DocMeta) -> list[MeetingHit]:
    """Every meeting mention in ``text``, in text order, spans exact."""
    if not sentences:
        return []
    years = YearFinder(text, meta)
    covid = _COVID_DOC.search(text) is not None
    out: list[MeetingHit] = []
    for st in find_triggers(text, sentences, _TRIGGER_WORDS):
        for c in _resolve(_read_sentence(text, st.sentence, st.words, covid)):
            dates = dates_near(text, st.sentence, c.start, c.end, years)
            out.append(_to_hit(text, st.sentence, c, dates))
    return out


def _read_sentence(text: str, sent: Sentence, triggers: list[Trigger], covid: bool) -> list[_Cand]:
    heads = [t.start for t in triggers if _may_head(text, sent, t)]
    cands = [
        _Cand(
            n.start, n.end, NAMED, canonical_name(text[n.start : n.end], covid), anchor=n.name_start
        )
        for n in find_named(text, sent.start, sent.end, heads)
    ]
    named_starts = [c.start for c in cands]  # sorted, disjoint
    seen: set[tuple[int, int]] = set()
    for t in triggers:
        k = bisect_right(named_starts, t.start) - 1
        if text[t.start].isupper() and k >= 0 and t.start < cands[k].end:
            continue  # a word of a proper name: no other reading can beat the name
        for start, reader in _anchors(text, sent, t):
            if (start, id(reader)) in seen:
                continue
            seen.add((start, id(reader)))
            cands += reader(text, sent, start)
    return cands


def _may_head(text: str, sent: Sentence, t: Trigger) -> bool:
    """A capitalised head word, or a lower-case one right after a name ("the G20 summit")."""
    if text[t.start].isupper():
        return text[t.start : t.end] in _HEADS
    if t.word not in LOWER_HEADS:
        return False
    prev = words_before(text, sent.start, t.start, 1)
    return bool(prev) and (text[prev[0][0]].isupper() or prev[0][1] in ROLE_WORDS)


_Reader = Callable[[str, Sentence, int], list[_Cand]]


def _anchors(text: str, sent: Sentence, t: Trigger) -> list[tuple[int, _Reader]]:
    """Where each reader should try to match, given one trigger word.

    Cheap string tests first (is "with" next? is there a verb a few words back?), so most
    trigger words never reach a regex.
    """
    out: list[tuple[int, _Reader]] = []
    w = t.word
    after = text[t.end : t.end + 12]
    if w in _RECEIVE_VERBS and (w in _RECEIVE_ALONE or after.startswith(" with ")):
        out.append((t.start, _receptions))
    if w in _WITH_VERBS and _WITH_OR_TO.search(text, t.end, t.end + 24):
        out.append((t.start, _with_counts))
        ch = nearest(words_before(text, sent.start, t.start, 1), _CHANNELS, 1)
        if ch is not None:
            out.append((ch, _with_counts))  # "phone calls with …"
    if w not in _NOUNS and w != "visit":
        return out
    prev = words_before(text, sent.start, t.start, 6)
    if w == "visit":
        if (v := nearest(prev, _VISIT_VERBS, 5)) is not None:
            out.append((v, _visits))
        return out
    if (v := nearest(prev, _EVENT_VERBS, 6)) is not None:  # lower-cased: "At" is "at"
        out.append((v, _events))
    if after.startswith((" with ", " from ")) and (v := nearest(prev, _CALL_VERBS, 4)) is not None:
        out.append((v, _calls_with))
    if (f := nearest(prev, _FREQ, 3)) is not None:
        out.append((f, _series))
    for off, word in prev[:5]:
        if word[:1].isdigit() or word in _NUMBER_WORDS:
            out.append((off, _counted))  # the number; _counted looks back for "more than"
            break
    return out


def _match(pattern: regex.Pattern[str], text: str, pos: int, end: int) -> regex.Match[str] | None:
    try:
        return pattern.match(text, pos, end, timeout=_TIMEOUT)
    except TimeoutError:
        return None  # the backstop fired: lose this reading, never the document


def _resolve(cands: list[_Cand]) -> list[_Cand]:
    """Keep the best reading of each stretch of text; drop readings overlapping a better one."""
    spans: list[tuple[int, int]] = []  # kept, sorted and disjoint: check neighbours only
    kept: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.prio, c.start - c.end)):
        i = bisect_left(spans, (c.start, c.end))
        if (i and spans[i - 1][1] > c.start) or (i < len(spans) and spans[i][0] < c.end):
            continue
        spans.insert(i, (c.start, c.end))
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _receptions(text: str, sent: Sentence, pos: int) -> list[_Cand]:
    """ "hosted A and B on special visits to China": one in-person meeting per dignitary."""
    m = _match(P.RECEIVE, text, pos, sent.end)
    if m is None:
        return []
    first = _verb_start(text, sent, m.start())  # "held talks with …" from "held"
    host = subject_before(text, sent, first)
    guests, end = _guest_list(text, sent, m)
    guests[0] = (first, guests[0][1], guests[0][2])
    visit = P.VISIT_TAIL.match(text, end, sent.end)
    tail = visit or P.TAIL.match(text, end, sent.end)
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
        out.append(_Cand(a, b, RECEIVE, normalise_text(name), in_person=True, parties=parties))
    return out


def _guest_list(
    text: str, sent: Sentence, m: regex.Match[str]
) -> tuple[list[tuple[int, int, regex.Match[str]]], int]:
    """The dignitaries of "A, B and C"; in "A, the B" the second is A again (apposition)."""
    items: list[tuple[int, int, regex.Match[str]]] = [(m.start(), m.end(), m)]
    with_and: list[bool] = []
    pos = m.end()
    while (sep := P.GUEST_SEP.match(text, pos, sent.end)) and (
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


def _visits(text: str, sent: Sentence, pos: int) -> list[_Cand]:
    """ "Premier Li paid an official visit to Germany"."""
    m = _match(P.PAID_VISIT, text, pos, sent.end)
    if m is None:
        return []
    who = subject_before(text, sent, m.start())
    name = f"{person_name(who) + ' ' if who else ''}visit to {m.group('place')}"
    parties = [who] if who else []
    return [_Cand(m.start(), m.end(), VISIT, name, in_person=True, parties=parties)]


def _with_counts(text: str, sent: Sentence, pos: int) -> list[_Cand]:
    """ "has spoken or met with more than 60 foreign leaders": a tally of meetings."""
    m = _match(P.WITH_COUNT, text, pos, sent.end)
    if m is None:
        return []
    actor = subject_before(text, sent, m.start())
    who = " ".join(w for w in m.group("who").split() if w.lower() not in {"other", "a"})
    name = f"{person_name(actor) + ' ' if actor else ''}{_tally_noun(m.group('verb'))}"
    name += f" with {who} (aggregate)"
    parties = [p for p in (actor, m.group("count") + " " + m.group("who")) if p]
    parties += listed_parties(text, m.end(), sent.end)
    return [_Cand(m.start(), m.end(), WITH_COUNT, name, aggregate=True, parties=parties)]


def _tally_noun(verb: str) -> str:
    v = " ".join(verb.lower().split())
    if v.startswith(("spoken", "spoke", "talked", "met")):
        return "calls/meetings" if "met" in v else "calls/conversations"
    return v


_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "a": 1, "one": 1}


def _counted(text: str, sent: Sentence, pos: int) -> list[_Cand]:
    """ "more than 170 video conferences": a tally, unless a few exactly ("two … conferences").

    ``pos`` is the number; the match is tried first from up to two words before it, so a
    qualifier ("more than", "a dozen") is part of the count.
    """
    starts = [o for o, _ in words_before(text, sent.start, pos, 2)][::-1] + [pos]
    m = next((m for p in starts if (m := _match(P.COUNTED, text, p, sent.end))), None)
    if m is None:
        return []
    num = m.group("num").lower()
    n = _SMALL.get(num) or (int(num.replace(",", "")) if num[0].isdigit() else 99)
    # "two special press conferences in Wuhan" are two meetings one can name; from three on, or
    # with "more than"/"about", the count is a tally of meetings not told apart.
    aggregate = bool(m.group("qual")) or n > 2
    end, place = _tails(text, sent, m.end())
    actor = subject_before(text, sent, _verb_start(text, sent, m.start()))
    who = _WITH_WHO.search(text, m.end(), end)
    label = f"{person_name(actor) + ' ' if actor else ''}{' '.join(m.group('noun').split())}"
    label += f" with {who.group(1)}" if who else ""
    name = f"{label} (aggregate)" if aggregate else label + (f" in {place}" if place else "")
    parties = [p for p in (actor,) if p] + listed_parties(text, end, sent.end)
    return [_Cand(m.start(), end, COUNTED, normalise_text(name), aggregate, bool(place), parties)]


def _tails(text: str, sent: Sentence, end: int) -> tuple[int, str | None]:
    """End of "… via video link in Beijing on X for Y" after a meeting noun, and the place."""
    place = None
    for _ in range(4):
        tail = P.TAIL.match(text, end, sent.end)
        if not tail:
            break
        end, place = tail.end(), place or tail.group("place")
    return end, place


_LIGHT_VERB = regex.compile(r"(?:held|hold|holding|had|conducted|made|organi[sz]ed)\s+\Z")


def _verb_start(text: str, sent: Sentence, pos: int) -> int:
    m = _LIGHT_VERB.search(text, max(sent.start, pos - 16), pos)
    return m.start() if m else pos


def _calls_with(text: str, sent: Sentence, pos: int) -> list[_Cand]:
    """ "held phone conversations with many leaders" (tally) or "had a call with X" (one)."""
    m = _match(P.CALLS_WITH, text, pos, sent.end)
    if m is None:
        return []
    who = m.group("who").strip()
    noun = " ".join(m.group("noun").lower().split())
    guest = P.GUEST_RE.match(who)
    specific = who[:1].isupper() or guest is not None
    if not (m.group("det") or specific or noun.endswith("s")):
        return []
    aggregate = not (m.group("det") or specific)
    actor = subject_before(text, sent, m.start())
    other = _guest_name(guest) if guest else who
    label = f"{person_name(actor) + ' ' if actor else ''}{noun} with {other}"
    name = f"{label} (aggregate)" if aggregate else label
    parties = [p for p in (actor, who) if p]
    return [_Cand(m.start(), m.end(), CALLS, normalise_text(name), aggregate, parties=parties)]


_SERIES_NOUNS = ("briefings", "conferences", "seminars", "symposia", "symposiums", "webinars")


def _events(text: str, sent: Sentence, pos: int) -> list[_Cand]:
    """ "held a press conference in Beijing", "held briefings on … for …"."""
    m = _match(P.EVENT, text, pos, sent.end)
    if m is None:
        return []
    noun = " ".join(m.group("noun").split())
    end, place, topic = m.end(), None, None
    for _ in range(4):
        tail = P.TAIL.match(text, end, sent.end)
        if not tail:
            break
        said = " ".join(tail.group().split())
        if tail.group("place"):
            place = place or tail.group("place")
        elif topic is None and said.startswith(("on ", "about ", "for ", "of ", "between ")):
            topic = said
        end = tail.end()
    if not _event_ok(noun, m.group("det"), m.group("verb"), topic):
        return []
    actor = subject_before(text, sent, m.start())
    mods = " ".join(m.group("mods").split())
    label = " ".join(x for x in (actor, mods, noun, topic) if x)
    label += f" in {place}" if place else ""
    parties = [actor] if actor else []
    return [_Cand(m.start(), end, EVENT, normalise_text(label), False, bool(place), parties)]


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


def _series(text: str, sent: Sentence, pos: int) -> list[_Cand]:
    """ "daily MFA briefings", "the regular press conference"."""
    m = _match(P.SERIES, text, pos, sent.end)
    if m is None:
        return []
    org = m.group("org") or ""
    name = " ".join(x for x in (org, m.group("freq"), m.group("noun")) if x)
    return [_Cand(m.start(), m.end(), SERIES, name, parties=[org] if org else [])]


def _to_hit(text: str, sent: Sentence, c: _Cand, dates: list[DateMention]) -> MeetingHit:
    d, d_text = meeting_date(dates, c.start, c.end)
    name, parties = c.name, c.parties
    if c.prio == NAMED:
        parties = _named_parties(text, sent, c)
    if not c.aggregate and d is not None and _SERIES_NAME.search(name):
        name = f"{name}, {d.isoformat()}"  # a recurring series: the date tells them apart
    return MeetingHit(
        char_start=c.start,
        char_end=c.end,
        surface=text[c.start : c.end],
        name=name,
        meeting_date=d,
        date_text=d_text,
        format=meeting_format(text, c.start, c.end, c.in_person),
        participants=_dedupe(parties),
        is_aggregate=c.aggregate,
        sentence_start=sent.start,
        sentence_end=sent.end,
    )


# "President Xi attended the …", "proposed by President Xi at the …": who took part.
_ACTOR_VERB = regex.compile(
    r"""(?:attended|attends|attending|addressed|addresses|chaired|co-chaired|hosted|joined
         |participated\s+in|participates\s+in|spoke\s+at|speech\s+at|statement\s+at|remarks\s+at
         |proposed\s+by\s+(?P<by>(?:\p{Lu}[\p{L}'’-]*+\s++){1,4})at)\s++(?:the\s+)?[^,;]{0,40}\Z""",
    regex.VERBOSE,
)
_SPEECH = regex.compile(
    r"(?:delivered|gave|made|has\s+delivered)\s+(?:an?|his|her)\s+(?:[\p{L}-]+\s+)?\Z"
)


def _named_parties(text: str, sent: Sentence, c: _Cand) -> list[str]:
    parties: list[str] = []
    m = _ACTOR_VERB.search(text, max(sent.start, c.start - 120), c.start)
    if m:
        v = m.start()
        if s := _SPEECH.search(text, max(sent.start, v - 50), v):
            v = s.start()  # back over "delivered a speech" to the subject
        actor = m.group("by") or subject_before(text, sent, v)
        if actor:
            parties.append(actor.strip())
    name_text = text[c.anchor if c.anchor >= 0 else c.start : c.end]
    for w in _WORD.findall(name_text):
        if w.lower() in PARTIES or (w.isupper() and len(w) > 1 and w != "COVID"):
            parties.append(w)
    return parties


def _dedupe(items: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for x in items:
        x = " ".join(x.split())
        if x and x.lower() not in seen:
            seen[x.lower()] = x
    return list(seen.values())
