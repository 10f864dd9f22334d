"""Meetings: summits, conferences, calls, visits, briefings, and tallies of them.

One regex pass over the text (meeting_triggers) finds trigger words; every pattern is then
tried only *at* a trigger or at a word a few words before it, never slid along a sentence, so
the pass stays cheap and linear. Where two readings overlap, the more specific wins: a proper
name over a description, a description over a tally.

Speed: most patterns are tried only where a C-speed test (``str.find``, a word hint) says they
can match, and on sentences of ASCII and typographic punctuation by their standard-library
twins (meeting_twins), which match exactly the same there and run 2-3x faster.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Final

import regex

from flows.extract import meeting_patterns as P
from flows.extract import meeting_twins as twins
from flows.extract.dates import DateMention
from flows.extract.deadline import check
from flows.extract.deadline import meeting_regex_timeout as _rt
from flows.extract.meeting_context import (
    YearFinder,
    dates_near,
    meeting_date,
    meeting_format,
    person_name,
    subject_before,
)
from flows.extract.meeting_named import HEAD_WORDS, LOWER_HEADS, ROLE_WORDS, find_named
from flows.extract.meeting_names import PARTIES, canonical_name, normalise_text, words
from flows.extract.meeting_readers import (
    CALLS,
    EVENT,
    NAMED,
    RECEIVE,
    VISIT,
    Cand,
    by_channel,
    calls_between,
    calls_on,
    calls_with,
    counted,
    dated,
    events,
    headline_by,
    receptions,
    series,
    visits,
    with_counts,
)
from flows.extract.meeting_triggers import Trigger, find_triggers, nearest, words_before
from flows.extract.meeting_twins import twin_safe
from flows.extract.types import DocMeta, MeetingHit, Sentence

_SERIES_NAME: Final = regex.compile(r"(?i)press|briefing")
_WORD: Final = regex.compile(r"[\p{L}\p{N}]+")
_WORD_TWIN: Final = re.compile(r"[A-Za-z0-9]+")  # exact where twin_safe (meeting_twins)
_COVID_DOC: Final = regex.compile(r"covid|coronavirus", regex.IGNORECASE)


_HEADS: Final = frozenset(HEAD_WORDS)
_RECEIVE_VERBS: Final = frozenset(
    words(
        "hosted hosting hosts received receiving receives welcomed met meets meeting talks "
        "talked spoke"
    )
)
# Receiving verbs that take their guest directly ("hosted X"); the others need "with".
_RECEIVE_ALONE: Final = frozenset(
    words("hosted hosting hosts received receiving receives welcomed met meets")
)
_WITH_OR_TO: Final = regex.compile(r"\s(?:with|to)\s")
# (and "exchanged", read only as "exchanged views by phone")
_WITH_VERBS: Final = frozenset(
    words("spoken spoke speaks talked met calls meetings talks conversations exchanged")
)
_CHANNELS: Final = frozenset({"phone", "telephone", "video"})
# Verbs said with a channel after them ("spoke by phone"); "meet" only so: "the ministers are
# due to meet by video link on 18 July", "will meet via video" (a meeting announced).
_CHANNEL_VERBS: Final = _WITH_VERBS | frozenset({"meet"})
_MEET_NEXT: Final = (" by ", " via ", " through ", " over ", " on the ", " in person", " with ")
# Words before "meet" that deny it: "cannot meet in person", "unable to meet", "no longer meet".
_DENIALS: Final = frozenset(
    words("not cannot unable never longer without nor impossible difficult hard instead rather")
)
_NOUNS: Final = frozenset(
    words("""conference conferences videoconference videoconferences teleconference teleconferences
    briefing briefings meeting meetings summit summits talks symposium symposia symposiums
    seminar seminars webinar webinars forum forums dialogue dialogues roundtable roundtables
    consultation consultations call calls conversation conversations discussion discussions
    exchanges ceremony ceremonies talk""")
)
_EVENT_VERBS: Final = frozenset(
    words("""held hold holds holding convened convene convenes convening hosted host hosts hosting
    organized organised organize organise organizes organises organizing organising co-hosted
    co-chaired chaired conducted conduct conducting gave give giving attended attend attends
    attending addressed addressing told tell tells telling at during took take takes taking
    participated participating joined joining following after""")
)
_CALL_VERBS: Final = frozenset(
    words("held hold holds holding had made make conducted conduct having received receives")
)
_FREQ: Final = frozenset(words("daily regular weekly monthly"))
_COURTESY_VERBS: Final = frozenset(words("paid pays paying"))
_VISIT_VERBS: Final = frozenset(words("paid pays paying made makes began concluded"))
_NUMBER_WORDS: Final = frozenset(
    words("""two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty sixty seventy eighty ninety hundred hundreds dozen dozens scores""")
)
_TRIGGER_WORDS: Final = (
    frozenset(w.lower() for w in HEAD_WORDS)
    | _RECEIVE_VERBS
    | _WITH_VERBS
    | _NOUNS
    | _CHANNEL_VERBS
    | frozenset({"visit", "visited", "called"})
)


_WITH_OR_TO_TWIN: Final = twins.twin_of(_WITH_OR_TO)


def find_meetings(text: str, sentences: list[Sentence], meta: DocMeta) -> list[MeetingHit]:
    """Every meeting mention in ``text``, in text order, spans exact."""
    if not sentences:
        return []
    years = YearFinder(text, meta)
    covid = _COVID_DOC.search(text, timeout=_rt()) is not None
    out: list[MeetingHit] = []
    for k, st in enumerate(find_triggers(text, sentences, _TRIGGER_WORDS)):
        if not k & 31:
            check()  # the document's deadline, if any
        read = _resolve(_read_sentence(text, st.sentence, st.words, covid))
        found = _visit_meetings(text, read) if len(read) > 1 else read
        latest: list[Cand] = []
        if any(c.aggregate for c in found):
            latest = _latest_of_tally(text, st.sentence, found)
        for c in found + latest:
            dates = dates_near(text, st.sentence, c.start, c.end, years)
            if latest and c.aggregate:  # "… over 30 times, most recently … on Wednesday":
                dates = [d for d in dates if d.start < latest[0].start]  # not the tally's day
            out.append(_to_hit(text, st.sentence, c, dates))
    for sent in sentences[:_HEAD_SENTENCES]:
        heads = _headline(text, sent, covid)
        if any(sent.start <= h.char_start < sent.end for h in out):
            continue  # read already
        for c in heads:
            dates = dates_near(text, sent, c.start, c.end, years)
            out.append(_to_hit(text, sent, c, dates))
            out.sort(key=lambda h: h.char_start)
    return out


# A headline stands among a document's first sentences (a title, a dateline, a subtitle).
_HEAD_SENTENCES: Final = 3
_HEADLINE_MAX: Final = 200  # characters
# The verbs of a headline that reports a meeting: none, no meeting to read (a C-speed test).
_HEADLINE_VERB: Final = re.compile(
    r"\b(?:Holds|Held|Has|Had|Meets|Met|Speaks|Spoke|Talks|Receives|Hosts|Visits|Pays|Attends"
    r"|Exchanges)\b"
)
# Words a Title Case headline capitalises that the readers expect in lower case: its verbs,
# articles and prepositions, and the words of a call ("Xi Jinping Has a Phone Call with …").
# Heads of proper names (Summit, Conference, Meeting) keep their capital: they name.
_HEADLINE_LOWER: Final = re.compile(
    r"""\b(?:Holds|Held|Has|Had|Meets|Met|Speaks|Spoke|Talks|Receives|Hosts|Visits|Pays
         |Attends|Exchanges|Views|With|A|An|The|On|By|Over|Via|Of|To|From|In|And|For
         |Phone|Telephone|Call|Calls|Conversation|Video|Link)\b""",
    re.VERBOSE,
)


def _headline(text: str, sent: Sentence, covid: bool) -> list[Cand]:
    """ "Xi Jinping Has a Phone Call with German Chancellor Angela Merkel": a Title Case
    headline, read as the sentence it would be in lower case (same length, same offsets)."""
    if sent.end - sent.start > _HEADLINE_MAX:
        return []  # (before copying it: a document's first sentence may be its whole body)
    said = text[sent.start : sent.end]
    if not _HEADLINE_VERB.search(said) or not _title_case(said):
        return []
    low = _HEADLINE_LOWER.sub(_lower, said)
    if low == said:
        return []
    own = Sentence(0, len(low), low)
    found = find_triggers(low, [own], _TRIGGER_WORDS, note=False)  # (read for meetings only)
    if not found:
        return []
    cands = _resolve(_read_sentence(low, own, found[0].words, covid))
    for c in cands:
        c.start, c.end = c.start + sent.start, c.end + sent.start
        if c.anchor >= 0:
            c.anchor += sent.start
    return cands


def _lower(m: re.Match[str]) -> str:
    """A headline's word in lower case; its "Has" as "had", the same length: "Xi Has a Phone
    Call with …" reports a call held (in body text "has a call" is as often a habit)."""
    return "had" if m.group() == "Has" else m.group().lower()


def _title_case(said: str) -> bool:
    """Four words or more, no full stop, and no lower-case word of five letters or more (a
    headline's "with", "the", "on" are shorter)."""
    if said.rstrip().endswith(".") or _LONG_LOWER.search(said):
        return False
    return len(said.split()) >= 4


_LONG_LOWER: Final = re.compile(r"(?<![A-Za-z'’-])[a-z]{5,}")


def _read_sentence(text: str, sent: Sentence, triggers: list[Trigger], covid: bool) -> list[Cand]:
    heads = [t.start for t in triggers if _may_head(text, sent, t)]
    cands = [
        Cand(
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


_Reader = Callable[[str, Sentence, int], list[Cand]]


def _by_channel_hint(after: str) -> bool:
    """A word P.BY_CHANNEL needs ("phone", "video", "in person") in ``after``."""
    return "phone" in after or "video" in after or "in person" in after


def _anchors(text: str, sent: Sentence, t: Trigger) -> list[tuple[int, _Reader]]:
    """Where each reader should try to match, given one trigger word.

    Cheap string tests first (is "with" next? is there a verb a few words back?), so most
    trigger words never reach a regex.
    """
    out: list[tuple[int, _Reader]] = []
    w = t.word
    after = text[t.end : t.end + 12]
    if w in _RECEIVE_VERBS and (w in _RECEIVE_ALONE or after.startswith(" with ")):
        out.append((t.start, receptions))
    if w == "meet" and (not after.startswith(_MEET_NEXT) or _denied(text, sent, t.start)):
        pass  # "meet the needs … by phone", "cannot meet in person": no meeting said
    elif w in _CHANNEL_VERBS and _by_channel_hint(text[t.end : min(sent.end, t.end + 70)]):
        out.append((t.start, by_channel))  # "spoke by phone", "met … in person"
    if w in _WITH_VERBS and (_with_or_to(text, t.end, t.end + 24) or _met_count(text, t)):
        out.append((t.start, with_counts))
        ch = nearest(words_before(text, sent.start, t.start, 1), _CHANNELS, 1)
        if ch is not None:
            out.append((ch, with_counts))  # "phone calls with …"
    if w in ("called", "calls") and after.startswith(" on "):
        out.append((t.start, calls_on))  # "Ambassador Yao called on Foreign Minister Qureshi"
    elif w in ("call", "calls") and after.startswith(" on "):
        prev3 = words_before(text, sent.start, t.start, 3)
        if (v := nearest(prev3, _COURTESY_VERBS, 3)) is not None:
            out.append((v, calls_on))  # "paid a courtesy call on the Governor"
    if w not in _NOUNS and w not in ("visit", "visited"):
        return out
    prev = words_before(text, sent.start, t.start, 6)
    if w == "visit":
        if (v := nearest(prev, _VISIT_VERBS, 5)) is not None:
            out.append((v, visits))
        return out
    if w == "visited":
        out.append((t.start, visits))  # "visited the Consulate General of Perú"
        return out
    if (v := nearest(prev, _EVENT_VERBS, 6)) is not None:  # lower-cased: "At" is "at"
        out.append((v, events))
    elif text.find(" with ", t.end, t.end + 30) >= 0 and (v := nearest(prev, _IN, 3)) is not None:
        out.append((v, events))  # "In a telephone conversation with X on March 13, …"
    if after.startswith(" between ") and (ch := nearest(prev, _CHANNELS, 1)) is not None:
        out.append((ch, calls_between))  # "the phone call between X and Y"
    if after.startswith((" with ", " from ")) and (v := nearest(prev, _CALL_VERBS, 4)) is not None:
        out.append((v, calls_with))
    by = w in ("briefing", "conference") and after.startswith(" by ")
    if by and (h := _headline_start(text, sent, t.start)) is not None:
        out.append((h, headline_by))  # "Briefing by Foreign Ministry Spokeswoman …"
    on = w in _DATED_NOUNS and (
        text.find(" on ", t.end, t.end + 100) >= 0 or text.find(" of ", t.end, t.end + 100) >= 0
    )  # ("… on 25 May"; a communiqué's "the videoconference of the Bureau … of 26th March")
    if on and (d := _definite(prev)) is not None:
        out.append((d, dated))  # "the Director-General's media briefing on 25 May"
    if (f := nearest(prev, _FREQ, 3)) is not None:
        out.append((f, series))
    for off, word in prev[:5]:
        if word[:1].isdigit() or word in _NUMBER_WORDS:
            out.append((off, counted))  # the number; counted looks back for "more than"
            break
    return out


# Words a briefing's headline may start with before its noun ("Regular Press Conference by").
_HEADLINE_LEAD: Final = frozenset(words("Regular Special Press Media News"))


def _headline_start(text: str, sent: Sentence, pos: int) -> int | None:
    """The sentence's first word when only headline words ("Press", "Regular") stand before
    ``pos``: a title line, not "… said at the briefing by …" mid-sentence."""
    lead = text[sent.start : pos]
    if not all(w in _HEADLINE_LEAD for w in lead.split()):
        return None
    return sent.start + len(lead) - len(lead.lstrip())


# The singular nouns P.DATED reads, as the trigger scan gives them (the last word of the noun).
_DATED_NOUNS: Final = frozenset(
    words(
        "conference briefing videoconference teleconference meeting summit call conversation "
        "ceremony"
    )
)


def _definite(prev: list[tuple[int, str]]) -> int | None:
    """Where a definite description before a meeting noun starts: "the" among the five words
    before it, else a possessive among the three ("Director-General's", "their")."""
    for i, (off, word) in enumerate(prev[:5]):
        if word == "the" or (i < 3 and word in _POSSESSIVE):
            return off  # the nearer: "the donors during their video conference on 8 June"
    for off, word in prev[:3]:
        if word.endswith(("'s", "’s")):
            return off
    return None


_POSSESSIVE: Final = frozenset({"their", "his", "her", "its"})
_IN: Final = frozenset({"in"})


def _denied(text: str, sent: Sentence, pos: int) -> bool:
    """A denial among the three words before ``pos`` ("could not", "unable to", "won't")."""
    for _, w in words_before(text, sent.start, pos, 3):
        if w in _DENIALS or w.endswith(("n't", "n’t")):
            return True
    return False


def _met_count(text: str, t: Trigger) -> bool:
    """ "has met 20 counterparts", "met more than 30 foreign leaders": a count right after
    "met" (a C-speed test of the next word's first character or qualifier)."""
    if t.word != "met":
        return False
    nxt = text[t.end + 1 : t.end + 16].lower()
    return nxt[:1].isdigit() or nxt.startswith(P.COUNT_FIRST)


def _with_or_to(text: str, a: int, b: int) -> bool:
    """_WITH_OR_TO in ``text[a:b]``: its re twin where exact; on printable ASCII, where spaces
    are the only white space, two ``in`` tests."""
    window = text[a:b]
    if window.isascii() and window.isprintable():
        return " with " in window or " to " in window
    if twin_safe(text, a, b):
        return _WITH_OR_TO_TWIN.search(text, a, b) is not None
    return _WITH_OR_TO.search(text, a, b, timeout=_rt()) is not None


def _resolve(cands: list[Cand]) -> list[Cand]:
    """Keep the best reading of each stretch of text; drop readings overlapping a better one."""
    if len(cands) < 2:
        return cands  # (most sentences hold one reading)
    spans: list[tuple[int, int]] = []  # kept, sorted and disjoint: check neighbours only
    kept: list[Cand] = []
    for c in sorted(cands, key=lambda c: (c.prio, c.start - c.end)):
        i = bisect_left(spans, (c.start, c.end))
        if (i and spans[i - 1][1] > c.start) or (i < len(spans) and spans[i][0] < c.end):
            continue
        spans.insert(i, (c.start, c.end))
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _visit_meetings(text: str, cands: list[Cand]) -> list[Cand]:
    """ "X visited the Consulate General of Perú in Guangzhou and met with Consul General Y":
    the meeting is part of the visit, one event. The guest joins the visit's participants."""
    if len(cands) < 2:
        return cands  # (most sentences hold one reading)
    out: list[Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if prev is not None and prev.prio == VISIT and c.prio == RECEIVE and _joined(text, prev, c):
            prev.parties = prev.parties + c.parties  # (_to_hit drops repeats)
            continue
        out.append(c)
    return out


_LATEST_HINT: Final = re.compile(r"recently with|(?:latest|last)\b[^,.;]{0,16}? with")


def _latest_of_tally(text: str, sent: Sentence, cands: list[Cand]) -> list[Cand]:
    """ "over 30 times since February, most recently with Indonesia's Retno Marsudi on
    Wednesday": the one meeting a tally singles out, after it in its sentence."""
    tally = next((c for c in cands if c.aggregate), None)
    if tally is None or not (h := _LATEST_HINT.search(text, tally.end, sent.end)):
        return []
    lo = max(tally.end, h.start() - 12)
    m = P.LATEST_OF_TALLY.search(text, lo, sent.end, timeout=_rt())
    if m is None:
        return []
    who = " ".join(m.group("who").split())
    first = tally.parties[0] if tally.parties else ""
    actor = first if first[:1].isupper() else None  # not "his counterparts"
    name = f"{person_name(actor) + ' ' if actor else ''}meeting with {who}"
    parties = [p for p in (actor, who) if p]
    return [Cand(m.start(), m.end(), CALLS, normalise_text(name), parties=parties)]


def _joined(text: str, a: Cand, b: Cand) -> bool:
    """Whether ``b`` is a second verb of ``a``'s clause: "… in Guangzhou and met …"."""
    gap = text[a.end : b.start]
    return (
        len(gap) <= 40 and not any(ch in gap for ch in ",;:.") and gap.endswith((" and ", "\nand "))
    )


def _to_hit(text: str, sent: Sentence, c: Cand, dates: list[DateMention]) -> MeetingHit:
    d, d_text = meeting_date(dates, c.start, c.end)
    name, parties = c.name, c.parties
    if c.prio == NAMED:
        parties = _named_parties(text, sent, c)
    if not c.aggregate and d is not None and _is_series(name):
        name = f"{name}, {d.isoformat()}"  # a recurring series: the date tells them apart
    return MeetingHit(
        char_start=c.start,
        char_end=c.end,
        surface=text[c.start : c.end],
        name=name,
        meeting_date=d,
        date_text=d_text,
        format=_format(text, c),
        participants=_dedupe(parties),
        is_aggregate=c.aggregate,
        sentence_start=sent.start,
        sentence_end=sent.end,
    )


def _is_series(name: str) -> bool:
    """A press conference or briefing (on ASCII ``str.lower`` says so: no pattern needed)."""
    if name.isascii():
        low = name.lower()
        return "press" in low or "briefing" in low
    return _SERIES_NAME.search(name, timeout=_rt()) is not None


def _format(text: str, c: Cand) -> str:
    """A media briefing's place says nothing of how it was held (many were online): only a
    stated channel counts; other meetings held in a named place are in person."""
    fmt = meeting_format(text, c.start, c.end, c.in_person)
    if fmt == "in_person" and c.prio == EVENT and "briefing" in c.name.lower():
        return "unknown"
    return fmt


# "President Xi attended the …", "proposed by President Xi at the …": who took part.
_ACTOR_VERB: Final = regex.compile(
    r"""(?:attended|attends|attending|addressed|addresses|chaired|co-chaired|hosted|joined
         |participated\s+in|participates\s+in|spoke\s+at|speech\s+at|statement\s+at|remarks\s+at
         |proposed\s+by\s+(?P<by>(?:\p{Lu}[\p{L}'’-]*+\s++){1,4})at)\s++(?:the\s+)?[^,;]{0,40}\Z""",
    regex.VERBOSE,
)
# A word of every _ACTOR_VERB alternative: the pattern cannot match where none stands.
_ACTOR_WORDS: Final = (
    "attend", "address", "chaired", "hosted", "joined", "participat", "spoke", "speech",
    "statement", "remarks", "proposed",
)  # fmt: skip
_SPEECH: Final = regex.compile(
    r"(?:delivered|gave|made|has\s+delivered)\s+(?:an?|his|her)\s+(?:[\p{L}-]+\s+)?\Z",
    regex.REVERSE,
)


def _named_parties(text: str, sent: Sentence, c: Cand) -> list[str]:
    parties: list[str] = []
    # No part of _ACTOR_VERB holds a comma or a semicolon: its match starts after the last.
    lo = max(sent.start, c.start - 120)
    lo = max(lo, text.rfind(",", lo, c.start) + 1, text.rfind(";", lo, c.start) + 1)
    m = None
    window = text[lo : c.start]
    if any(w in window for w in _ACTOR_WORDS):
        m = (
            twins.ACTOR_VERB.search(text, lo, c.start)
            if twin_safe(text, lo, c.start)
            else _ACTOR_VERB.search(text, lo, c.start, timeout=_rt())
        )
    if m:
        v = m.start()
        lo_speech = max(sent.start, v - 50)
        said = text[lo_speech:v]  # (each _SPEECH alternative holds one of these words)
        speech = "delivered" in said or "gave" in said or "made" in said
        if speech and (s := _SPEECH.search(text, lo_speech, v, timeout=_rt())):
            v = s.start()  # back over "delivered a speech" to the subject
        actor = m.group("by") or subject_before(text, sent, v)
        if actor:
            parties.append(actor.strip())
    name_text = text[c.anchor if c.anchor >= 0 else c.start : c.end]
    for w in _words_of(name_text):
        if w.lower() in PARTIES or (w.isupper() and len(w) > 1 and w != "COVID"):
            parties.append(w)
    return parties


def _words_of(name: str) -> list[str]:
    """``_WORD.findall(name)``. On twin-safe text by its twin, which reads only the words that
    are not plain ASCII letters and digits already ("ASEAN-China", "Leaders'"): a word of
    ``[A-Za-z0-9]`` never holds white space, so ``str.split`` cuts none."""
    if not twin_safe(name, 0, len(name)):
        return _WORD.findall(name)
    out: list[str] = []
    for chunk in name.split():
        if chunk.isalnum():  # (on twin-safe text only ASCII letters and digits are)
            out.append(chunk)
        else:
            out.extend(_WORD_TWIN.findall(chunk))
    return out


def _dedupe(items: list[str]) -> list[str]:
    """Participants once each, in order, without a leading "the"; "A and B" as two."""
    seen: dict[str, str] = {}
    for item in items:
        said = " ".join(item.split())
        if said.startswith(("the ", "The ")):
            said = said[4:]  # (the split and join leave single spaces only)
        for x in _split_pair(said):
            if x and x.lower() not in seen:
                seen[x.lower()] = x
    return list(seen.values())


def _split_pair(x: str) -> list[str]:
    """ "China and Italy", "President Xi and French President Macron" are two participants;
    "Minister of Health and Population" or "State Councilor and Foreign Minister Wang Yi" one."""
    left, sep, right = x.partition(" and ")
    if not sep or " and " in right:
        return [x]
    if _one_party(left) and _one_party(right):
        return [left, right]
    return [x]


_GUEST_TWIN: Final = twins.twin_of(P.GUEST_RE)


def _one_party(x: str) -> bool:
    if x.lower() in PARTIES:
        return True
    safe = twin_safe(x, 0, len(x))
    g = _GUEST_TWIN.fullmatch(x) if safe else P.GUEST_RE.fullmatch(x, timeout=_rt())
    return g is not None and bool(g.group("name").strip())
