"""Who did what to whom around a figure: action, role, object, recipient, actor.

No parser: the genre's sentences are "X <verb> <figure> <item> to <recipient>" or
"<figure> <item> <verb> …", so the nearest known verb before the figure (else after it) governs
it, and the word right before the figure tells its role (to / with / from / subject).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from flows.extract import ascii_twins
from flows.extract.items import conjunct_head
from flows.extract.lexicon import (
    ACTION_NOUNS,
    ACTION_OBJECTS,
    ACTION_OF,
    ING_NOUNS,
    ITEM_SYNONYMS,
    LINKING_VERBS,
    NOT_ACTORS,
    PLAN_WORDS,
    SOURCE_VERBS,
    VERB_FORMS,
    word_set,
)
from flows.extract.offsets import bisect_left, bisect_right

_KNOWN_LEMMAS: Final = frozenset(ACTION_OF)  # regular forms are stemmed only for grouped verbs
_AUX: Final = word_set("be have")
_DETERMINERS: Final = word_set("the a an this that its their our his her these those")
_NOUN_LEMMA: Final = {"talk": "call", "aid": "donate"}  # "phone calls with", "a donation of"
# Words before a bare verb form that make it a verb, not a noun: "will support", "to help".
_MODALS: Final = word_set(
    "will would shall should can could may might must to also further jointly"
)
# Verbs whose receiver may follow "for": "€1.2 billion is earmarked for the Western Balkans".
_FOR_VERBS: Final = word_set("earmark allocate reserve dedicate set")
_PARTICIPLE_ENDS: Final = ("ed", "en", "nt", "ld", "ck", "pt", "ead")
# Participles that no ending rule finds: "have been hit", "was struck", "were put forward".
_IRREGULAR_PARTICIPLES: Final = word_set(
    "hit struck swept spread built made paid won brought put set gone"
)
_BE: Final = frozenset(("was", "were", "been", "be", "being", "is", "are"))


_NOUN_ACTION_RE: Final = regex.compile(
    r"\b(\w+)\s+(?:(\w+)\s+)?(?:with|of|to)\s+(?:the\s+)?$", regex.REVERSE
)
_WORD_RE: Final = regex.compile(r"\w+")
_LWORD_RE: Final = regex.compile(r"[A-Za-z][\w-]*")
# A name: capitalised words, possibly joined by "of"/"for" ("Export-Import Bank of China").
_NAME_RE: Final = regex.compile(
    r"\b[A-Z][\w'’.\-]*+(?![$])(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’.\-]*+(?![$]))*+"
    r"|\b[Ww]e\b"
)
_AND_RE: Final = regex.compile(r"\s+and\s+(?:the\s+)?")


# The classes below write their own __init__ (init=False): mypyc compiles it, while the one
# ``dataclass`` generates runs interpreted (~4 k instructions per object built).
@dataclass(slots=True, init=False)
class Verb:
    start: int
    end: int
    lemma: str
    group: str  # action group, or the lemma when the verb is in no group
    plan: bool  # "will provide", "aiming to hold": the figure is a plan
    passive: bool  # "were sent", "teams dispatched to"

    def __init__(
        self, start: int, end: int, lemma: str, group: str, plan: bool, passive: bool
    ) -> None:
        self.start = start
        self.end = end
        self.lemma = lemma
        self.group = group
        self.plan = plan
        self.passive = passive


@dataclass(slots=True, init=False)
class Frame:
    lemma: str | None  # the verb as written, lemmatised ("send")
    action: str | None  # its group for claim keys ("aid")
    role: str  # "obj" (verb before), "subj" (verb after, active), "to", "with", "from"
    obj: str | None  # for recipient roles: canonical head of what was given ("supplies")
    recipient: str | None
    actor: str | None
    plan: bool

    def __init__(
        self, lemma: str | None, action: str | None, role: str, obj: str | None,
        recipient: str | None, actor: str | None, plan: bool,
    ) -> None:  # fmt: skip
        self.lemma = lemma
        self.action = action
        self.role = role
        self.obj = obj
        self.recipient = recipient
        self.actor = actor
        self.plan = plan

    def copy(self) -> Frame:
        """A copy (``dataclasses.replace`` with no changes, without its generic field walk)."""
        return Frame(self.lemma, self.action, self.role, self.obj, self.recipient, self.actor,
                     self.plan)  # fmt: skip


def verb_lemma(word: str, prev: str | None) -> str | None:
    """The lemma of ``word`` when it reads as a verb after ``prev``, else None. (Not cached: the
    compiled body costs less than an ``lru_cache`` call.)"""
    return _lemma_of(word.lower(), prev)


def _lemma_of(low: str, prev: str | None) -> str | None:
    """``verb_lemma`` of the word whose lower case is ``low``."""
    lemma: str | None = None
    if low in VERB_FORMS:
        lemma = VERB_FORMS[low]
    else:
        lemma = _regular_lemma(low)
        if lemma is None and low in _KNOWN_LEMMAS and (prev or "").lower() in _MODALS:
            lemma = low  # "will support", "to help": a bare form after a modal is a verb
        if lemma is None:
            return None
    if low.endswith("ing") and (low in ING_NOUNS or (prev or "").lower() in _DETERMINERS):
        return None  # "the meeting", "a building"
    # "-s" forms are mostly plural nouns ("exports", "calls"): a verb only after a subject
    if low.endswith("s") and low not in ("is", "was", "has", "does") and not _subject(prev):
        return None
    return lemma


def _regular_lemma(low: str) -> str | None:
    """The known lemma ``low`` is a regular form of ("-ied", "-ed", "-ing"), else None."""
    for suf, add in (("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if low.endswith(suf) and low[: -len(suf)] + add in _KNOWN_LEMMAS:
            return low[: -len(suf)] + add
    return None


def _subject(prev: str | None) -> bool:
    """Whether the word before a verb can be its subject (capitalised, or a subject pronoun)."""
    if not prev:
        return False
    return ascii_twins.upper_at(prev, 0) or prev.lower() in ("it", "he", "she", "which")


def _participle(wl: str) -> bool:
    """``wl.endswith(_PARTICIPLE_ENDS)`` (a Final tuple is built again at each use in compiled
    code; ``endswith`` of one literal is a primitive)."""
    return (
        wl.endswith("ed") or wl.endswith("en") or wl.endswith("nt") or wl.endswith("ld")
        or wl.endswith("ck") or wl.endswith("pt") or wl.endswith("ead")
    )  # fmt: skip


def _regular_forms(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    return forms


# Every form a known verb can take: other words are skipped with one set lookup each.
_VERB_CANDIDATES: Final = frozenset(
    w
    for w in set(VERB_FORMS).union(*(_regular_forms(v) for v in ACTION_OF))
    if VERB_FORMS.get(w) != "be"  # "is", "were": never an action, and the commonest words
)
_WORD_TOKEN_RE: Final = regex.compile(r"[\p{L}][\p{L}\p{M}\d'’\-]*+")


_STRIP: Final = "\"'“”‘’()[],.;:!?"


def _candidate_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Offsets of the words of text[start:end] that may be verbs. Splitting on white space and a
    set lookup per word is C-speed; only the few hits are located (in order, whole words)."""
    low = text[start:end].lower()
    # A word is a hit as written or with quotes/brackets/punctuation stripped ("sent," "(donated");
    # only a word with a non-alphanumeric character can change by the strip (the characters
    # stripped are neither letters nor digits; ``isalnum`` is a mypyc primitive).
    hits: list[str] = []
    for tok in low.split():
        if tok in _VERB_CANDIDATES:
            hits.append(tok)
        elif not tok.isalnum():
            w = tok.strip(_STRIP)
            if w in _VERB_CANDIDATES:
                hits.append(w)
    out, cursor = [], 0
    for w in hits:
        i = low.find(w, cursor)
        while i >= 0 and (
            (i > 0 and ascii_twins.alpha_at(low, i - 1)) or ascii_twins.alpha_at(low, i + len(w))
        ):
            i = low.find(w, i + 1)
        if i < 0:
            continue
        out.append((start + i, start + i + len(w)))
        cursor = i + len(w)
    return out


_OBJECT_LEMMAS: Final = frozenset(lemma for lemma, _ in ACTION_OBJECTS)
_PASSIVE_NEXT: Final = frozenset(("to", "by", "in", "for"))
_BACK: Final = 40  # characters read before a verb for its modal/auxiliary words
_SHORT_BACK: Final = 24


def _words_before(text: str, start: int, a: int) -> list[str]:
    """The last three words (``_WORD_TOKEN_RE``) of text[max(start, a - 40):a]."""
    lo = max(start, a - _BACK)
    words = ascii_twins.last_words(text, lo, a, 3)  # read backwards, only as far as needed
    if words is not None:
        return words
    # A non-ASCII character: the pattern reads a shorter window first. When it holds four words
    # or more, its last three are whole words (only its first can be cut by the window edge) and
    # so the same as the long window's last three.
    lo = max(start, a - _SHORT_BACK)
    raw = _words(text[lo:a])
    if len(raw) < 4 and lo > start:
        raw = _words(text[max(start, a - _BACK) : a])
    return raw[-3:]


def _words(s: str) -> list[str]:
    """``_WORD_TOKEN_RE.findall(s)``, by its ASCII twin when ``s`` is ASCII (faster)."""
    return (ascii_twins.WORD_TOKEN if s.isascii() else _WORD_TOKEN_RE).findall(s)


def sentence_verbs(text: str, start: int, end: int) -> list[Verb]:
    """Every verb of text[start:end] (frame_for reads them lazily through SentenceFrames)."""
    verbs = (_verb(text, start, end, a, b) for a, b in _candidate_spans(text, start, end))
    return [v for v in verbs if v is not None]


def _verb(text: str, start: int, end: int, a: int, b: int) -> Verb | None:
    """The verb at text[a:b] (a candidate word of the sentence text[start:end]), if it is one."""
    wl = text[a:b].lower()
    raw = _words_before(text, start, a)
    lemma = _lemma_of(wl, raw[-1] if raw else None)
    if lemma is None:
        return None
    before = [x.lower() for x in raw]
    participle = _participle(wl) or wl in _IRREGULAR_PARTICIPLES
    # (loops, not ``isdisjoint``: mypyc compiles them, a set method is a Python call)
    after_be = participle and any(x in _BE for x in before[-2:])
    # the next words are read only when they can change something (most verbs: not), and
    # only the first of them when the verb takes no object phrase
    group = ACTION_OF.get(lemma, lemma)
    first = ""
    if lemma in _OBJECT_LEMMAS:
        ahead = ascii_twins.first_words(text, b, min(end, b + 40), 3)
        if ahead is None:
            ahead = _words(text[b : min(end, b + 40)])[:3]
        nxt = [x.lower() for x in ahead]
        for obj in nxt:
            if (lemma, obj) in ACTION_OBJECTS:
                group = ACTION_OBJECTS[(lemma, obj)]
                break
        first = nxt[0] if nxt else ""
    elif participle and not after_be:
        one = ascii_twins.first_words(text, b, min(end, b + 40), 1)
        if one is None:
            one = _words(text[b : min(end, b + 40)])[:1]
        first = one[0].lower() if one else ""
    if group in _AUX:
        return None
    plan = any(x in PLAN_WORDS for x in before)
    passive = after_be or (participle and first in _PASSIVE_NEXT)
    return Verb(a, b, lemma, group, plan, passive)


# Substrings every ACTION_NOUNS word holds (its lower case is in the window when it is).
_ACTION_NOUN_STEMS: Final = tuple(
    sorted({n for n in ACTION_NOUNS if not any(m != n and m in n for m in ACTION_NOUNS)})
)


def _noun_action(text: str, lo: int, pos: int) -> tuple[int, str] | None:
    """'In phone calls with over a dozen …' -> talk; 'a donation of US$20 million' -> aid."""
    window = text[max(lo, pos - 40) : pos]
    if not window[-1:].isspace() or not window.rstrip().endswith(("with", "of", "to", "the")):
        return None  # the pattern needs "with/of/to (the)" right before (a C-speed test)
    low = window.lower()
    if not any(noun in low for noun in _ACTION_NOUN_STEMS):
        return None  # and it answers only for an action noun, which must be in the window
    m = _NOUN_ACTION_RE.match(window)
    if m is None:
        return None
    for g in (2, 1):
        if m.group(g) and m.group(g).lower() in ACTION_NOUNS:
            return pos - len(window) + m.start(g), ACTION_NOUNS[m.group(g).lower()]
    return None


def _clause_bounds(text: str, s_start: int, s_end: int, pos: int) -> tuple[int, int]:
    a = max(text.rfind(";", s_start, pos), text.rfind(":", s_start, pos))
    b = min((i for i in (text.find(";", pos, s_end), text.find(":", pos, s_end)) if i >= 0),
            default=s_end)  # fmt: skip
    return (a + 1 if a >= 0 else s_start), b


_UNREAD: Final = Verb(-1, -1, "", "", False, False)  # a candidate word not yet read


@dataclass(slots=True, init=False)
class SentenceFrames:
    """What ``frame_for`` reads from one sentence, shared by all its figures. A figure's frame
    needs only the nearest verb before it and after it, so candidate words are read as verbs
    (``_verb``) only when asked for, each at most once."""

    text: str
    start: int
    end: int
    starts: list[int]  # candidate verb words (``_candidate_spans``), in text order
    ends: list[int]
    verbs: list[Verb | None]  # per candidate: the verb, None (no verb) or _UNREAD
    split: bool  # holds ";" or ":" (else every clause is the whole sentence)
    # actor/recipient lookups shared by figures, by window (``_window_key``: an int hashes and
    # compares cheaper than a tuple)
    cache: dict[int, str | None]

    def __init__(
        self, text: str, start: int, end: int, starts: list[int], ends: list[int],
        verbs: list[Verb | None], split: bool, cache: dict[int, str | None],
    ) -> None:  # fmt: skip
        self.text = text
        self.start = start
        self.end = end
        self.starts = starts
        self.ends = ends
        self.verbs = verbs
        self.split = split
        self.cache = cache

    def verb(self, i: int) -> Verb | None:
        v = self.verbs[i]
        if v is _UNREAD:
            v = self.verbs[i] = _verb(self.text, self.start, self.end, self.starts[i], self.ends[i])
        return v

    def before(self, lo: int, pos: int) -> Verb | None:
        """The last verb in text[lo:pos] (candidates end in text order)."""
        for i in range(bisect_right(self.ends, pos) - 1, -1, -1):
            if self.starts[i] < lo:
                return None
            v = self.verb(i)
            if v is not None:
                return v
        return None

    def after(self, pos: int, hi: int) -> Verb | None:
        """The first verb starting in text[pos:hi]."""
        for i in range(bisect_left(self.starts, pos), len(self.starts)):
            if self.starts[i] >= hi:
                return None
            v = self.verb(i)
            if v is not None:
                return v
        return None


def sentence_frames(text: str, start: int, end: int) -> SentenceFrames:
    spans = _candidate_spans(text, start, end)
    split = text.find(";", start, end) >= 0 or text.find(":", start, end) >= 0
    return SentenceFrames(
        text, start, end, [a for a, _ in spans], [b for _, b in spans], [_UNREAD] * len(spans),
        split, {},
    )  # fmt: skip


def frame_for(
    text: str, sf: SentenceFrames, num_start: int, num_end: int, left_word: str,
    money: bool = False,
) -> Frame:  # fmt: skip
    """The frame of a figure spanning num_start..num_end whose preceding word is ``left_word``.
    For a sum of ``money`` a linking verb ("amounting to") does not govern it: the giving verb
    after it does ("… amounting to €15.6 billion to support partners")."""
    cache = sf.cache
    if sf.split:
        lo, hi = _clause_bounds(text, sf.start, sf.end, num_start)
    else:
        lo, hi = sf.start, sf.end
    # the nearest verb before the figure in its clause and the nearest after it: all that is
    # read of the clause's verbs
    before = sf.before(lo, num_start)
    after = sf.after(num_end, hi)
    if money and before and before.lemma in LINKING_VERBS:
        before = None
    if before and after and before.lemma in SOURCE_VERBS and _adjacent(text, num_end, after):
        # "The ministry reported 500 tons of supplies shipped to Italy": the source verb only
        # reports the figure; the verb right after it says what was done
        before = None
    noun = _noun_action(text, lo, num_start)
    verb = before
    role = "obj"
    if noun and (verb is None or noun[0] > verb.end):
        lemma = _NOUN_LEMMA.get(noun[1], noun[1])
        verb = Verb(noun[0], noun[0], lemma, noun[1], False, False)
    governs_after = verb is None and after is not None
    joint = _own_clause(text, verb.end, num_start, num_end, after) if verb and after else -1
    if joint >= 0:
        # "€3.25 billion will go to Africa, and around €1.2 billion is earmarked for …": the
        # figure is the subject of its own verb, not the object of the one before
        verb, before, governs_after, lo = None, None, True, joint
    low = left_word.lower()
    absolute = (
        low == "with" and after is not None and not text[num_end : after.start].strip()
        and _participle(text[after.start : after.end].lower())
    )  # fmt: skip
    if absolute:  # "with 210 countries and regions affected": the participle governs
        verb, governs_after = after, False
    if governs_after and after is not None:
        verb = after
        role = "obj" if after.passive or _reduced_relative(text, num_end, after, hi) else "subj"
    after_governs = governs_after or absolute  # a verb after the figure: "with" is no partner
    if low in ("to", "with", "from") and verb is not None and role == "obj" and not after_governs:
        role = low
    obj = _object(text, verb, num_start, lo) if role == "to" and verb else None
    actor_end = before.start if before else num_start
    if verb is not None and verb.lemma in _FOR_VERBS:
        recipient = _for_recipient(text, max(verb.end, num_end), hi)
        if recipient:
            return Frame(verb.lemma, verb.group, role, obj, recipient,
                         _actor(text, lo, actor_end), verb.plan)  # fmt: skip
    trade = money and _trade_before(text, max(lo, num_start - 80), num_start)
    if trade and verb is not None and verb.lemma == "go":
        verb = None  # "exports worth €640 million went to the Sahel": trade, not a transfer
    if money and verb is None and not trade:
        # "€3.25 billion for Africa, €2.06 billion for the Eastern Neighbourhood": a sum set
        # against a named receiver is given to it, with or without a verb (not trade: "exports
        # worth US$5 billion to Africa")
        m = _SUM_FOR_RE.match(text, num_end, min(hi, num_end + 80))
        if m is not None and m.group("r").split()[0] not in ("Covid-19", "COVID-19"):
            return Frame(None, "aid", "obj", None, m.group("r"), _actor(text, lo, num_start), False)
    # figures after one verb share its recipient and actor lookups (same windows)
    if before is None:
        recipient = _recipient(text, num_end, hi, (num_start, num_end))
    else:
        key = _window_key(text, before.end, hi, 0)
        if key not in cache:
            cache[key] = _recipient(text, before.end, hi, (num_start, num_end))
        recipient = cache[key]
    key = _window_key(text, lo, actor_end, 1)
    if key not in cache:
        cache[key] = _actor(text, lo, actor_end)
    return Frame(
        lemma=verb.lemma if verb else None,
        action=verb.group if verb else None,
        role=role,
        obj=obj,
        recipient=recipient,
        actor=cache[key],
        plan=bool(verb and verb.plan),
    )


def _window_key(text: str, a: int, b: int, kind: int) -> int:
    """One int per (kind, a, b) with 0 <= a, b <= len(text) and kind 0 or 1."""
    return (a * (len(text) + 1) + b) * 2 + kind


def _gap_words(text: str, a: int, b: int) -> int:
    """How many words text[a:b] holds when they are three auxiliaries or fewer, else -1. Only a
    bounded prefix is split first: more than three words there are more than three in all."""
    gap = text[a : min(b, a + 64)].split()
    if len(gap) <= 3 and b > a + 64:
        gap = text[a:b].split()
    if len(gap) > 3 or not all(w.lower() in _AUX_WORDS for w in gap):
        return -1
    return len(gap)


def _adjacent(text: str, num_end: int, nxt: Verb) -> bool:
    """Only auxiliaries (or nothing) between the figure's item and the verb after it."""
    return _gap_words(text, num_end, nxt.start) >= 0


# After a participle right behind its item, these start an adjunct, never an object:
# "70.6 billion masks exported between March 1 and May 31" is passive (masks were exported).
_ADJUNCT_STARTS: Final = word_set(
    "between from during since over through until till across via on as"
)


def _reduced_relative(text: str, num_end: int, verb: Verb, hi: int) -> bool:
    """'<figure> <item> exported between …': a participle glued to the item, then an adjunct."""
    if text[num_end : verb.start].strip() or not _participle(text[verb.start : verb.end].lower()):
        return False
    nxt = text[verb.end : min(hi, verb.end + 12)].split()
    return bool(nxt) and nxt[0].lower() in _ADJUNCT_STARTS


_AUX_WORDS: Final = word_set(
    "is are was were be been being has have had will would shall should can could may might must "
    "also already now still then"
)
_CLAUSE_JOIN_RE: Final = regex.compile(r",|\band\b|\bwhile\b|\bwhereas\b|\bbut\b")


def _own_clause(text: str, verb_end: int, num_start: int, num_end: int, nxt: Verb) -> int:
    """Where the figure's own clause starts when it opens one: a clause joint (", and") between
    the verb before and the figure, and only auxiliaries between the figure and the verb after;
    else -1."""
    if _gap_words(text, num_end, nxt.start) <= 0:  # no word or not only auxiliaries
        return -1
    ends = [m.end() for m in _CLAUSE_JOIN_RE.finditer(text, verb_end, num_start)]
    return ends[-1] if ends else -1


_ITEM_HEADS: Final = frozenset(ITEM_SYNONYMS.values())  # a set: ``in .values()`` reads them all


def _object(text: str, verb: Verb, num_start: int, lo: int) -> str | None:
    """What was given to the counted recipients: the last known noun before 'to', read in the
    figure's clause only (from ``lo``). When the verb has no object of its own ("26 teams had
    gone to 24 countries", "supplies sent to"), the thing given is its subject: a counted
    item right before the verb, else the last known noun before it."""
    two = ascii_twins.two_words(text, verb.end, num_start)  # (the twins when ASCII)
    if two is None:
        two = len(_WORD_RE.findall(text[verb.end : num_start])) > 1
    if two:
        span = text[verb.end : num_start]
    else:
        span = text[max(lo, verb.start - 60) : verb.start]
        counted_re = ascii_twins.COUNTED_SUBJECT if span.isascii() else _COUNTED_SUBJECT_RE
        counted = counted_re.search(span)
        if counted is not None:
            return conjunct_head(counted.group("head").lower())
    word_re = ascii_twins.LWORD if span.isascii() else _LWORD_RE
    words: list[str] = word_re.findall(span)  # typed: mypyc cannot reverse a list of Any
    for w in reversed(words):
        head = conjunct_head(w.lower())
        if head in _ITEM_HEADS or w.lower() in ITEM_SYNONYMS:
            return head
    return None


# "35 anti-epidemic expert groups (had) travelled": a number, up to three modifier words and
# the counted noun, then only auxiliaries before the verb.
_COUNTED_SUBJECT_RE: Final = regex.compile(
    r"\b\d[\d,.]*\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?P<head>[A-Za-z][\w-]*)"
    r"(?:\s+(?:had|have|has|been|were|was|are|is|also|already|now|all))*\s*$"
)


_RECIPIENT: Final = regex.compile(
    r"""\bto\s+(?:the\s+)?
    (?P<r> \p{Lu}[\w\-]*+ (?: \s+ (?:of\s+|and\s+)? \p{Lu}[\w\-]*+ ){0,5} (?![$\d])  # "the WHO"
         | \d (?:[\d,.]*\d)?+ \s+ [a-z][\w\-]*+ (?: \s+and\s+[a-z][\w\-]*+ )?  # "27 countries"
         | (?:continent|region) )""",
    regex.VERBOSE,
)


_TRADE_RE: Final = regex.compile(r"(?i)\b(?:export|import|trade|invest|sales|purchase)")
_TRADE_WORDS: Final = ("export", "import", "trade", "invest", "sales", "purchase")


def _trade_before(text: str, lo: int, hi: int) -> bool:
    """``_TRADE_RE`` matches in text[lo:hi]. On ASCII text it can only where the lower case holds
    one of its words (a C-speed test); other text may fold to them ("ſ"), so the pattern reads
    it."""
    window = text[lo:hi]
    if window.isascii():
        low = window.lower()
        if not any(w in low for w in _TRADE_WORDS):
            return False
    return _TRADE_RE.search(text, lo, hi) is not None


# "€3.25 billion for Africa", "US$5 million in humanitarian aid to Serbia".
_SUM_FOR_RE: Final = regex.compile(
    r"(?:[\s\u00a0]+(?:of|in)(?:[\s\u00a0]+(?!total\b)[a-z][\w\-]*+){1,4}?)?"
    r"(?:[\s\u00a0]+(?:is|was|are|were))?[\s\u00a0]+(?:for|to)\s+(?:the\s+)?"
    r"(?P<r>\p{Lu}[\w\-]*+(?:\s+(?:of\s+|and\s+)?\p{Lu}[\w\-]*+){0,5})"
)
_FOR_RECIPIENT: Final = regex.compile(
    r"\s+for\s+(?:the\s+)?(?P<r>\p{Lu}[\w\-]*+(?:\s+(?:of\s+|and\s+)?\p{Lu}[\w\-]*+){0,5})"
)


def _for_recipient(text: str, pos: int, hi: int) -> str | None:
    """'earmarked for the Western Balkans' -> 'Western Balkans' (a named place or body only)."""
    m = _FOR_RECIPIENT.match(text, pos, min(hi, pos + 80))
    if m is None or m.group("r").split()[0] in ("Covid-19", "COVID-19"):
        return None
    return m.group("r")


def _recipient(text: str, pos: int, hi: int, skip: tuple[int, int]) -> str | None:
    """First "to <name or count>" after the verb (or the figure), not inside the figure itself."""
    stop = min(hi, max(pos, skip[1]) + 120)
    if text.find("to", pos, stop) < 0:
        return None  # no "to" at all: nothing for the pattern to find (a C-speed test)
    # the twin when the window is ASCII, with the character before it (``\b`` reads it)
    pattern = ascii_twins.RECIPIENT if text[max(0, pos - 1) : stop].isascii() else _RECIPIENT
    # one search per match, as finditer reads them (both see the text before ``pos``), without
    # the iterator: the first match is nearly always outside the figure
    m = pattern.search(text, pos, stop)
    while m is not None and skip[0] <= m.start() < skip[1]:
        m = pattern.search(text, m.end(), stop)
    if m is None:
        return None
    r = m.group("r")
    return r if r.split()[0] not in ("Covid-19", "COVID-19") else None


def _a_model(name: str) -> bool:
    """A capitalised word with digits names no giver: a model or a code ("an A400M
    delivered")."""
    for i in range(len(name)):  # by code point: ``str.isdigit`` only past ASCII
        c = ord(name[i])
        if 48 <= c <= 57 or c >= 128 and name[i].isdigit():
            return True
    return False


# "… its shipment to the Western Balkans brought …": a name right after "to" is a receiver.
_TO_BEFORE_RE: Final = regex.compile(r"\bto[\s\u00a0]+(?:the[\s\u00a0]+)?$")


def _to_before(span: str, start: int) -> bool:
    """``_TO_BEFORE_RE`` ends at ``start`` (it needs a "to" in the 8 characters before, and most
    names have none: a C-speed test before the pattern)."""
    lo = max(0, start - 8)
    return span.find("to", lo, start) >= 0 and _TO_BEFORE_RE.search(span, lo, start) is not None


def _names(span: str, pos: int, is_ascii: bool) -> list[tuple[int, int, str]]:
    """(start, end, name) of the names in span[pos:] that may be actors (``re`` reads the
    characters before ``pos`` for its lookbehind, as for the whole span)."""
    if is_ascii:  # read by a scanner, with no match objects (a name has no outer white space)
        spans = ascii_twins.name_spans(span, pos)
    else:
        spans = [m.span() for m in _NAME_RE.finditer(span, pos)]
    found: list[tuple[int, int, str]] = []
    for s, e in spans:
        name = span[s:e].strip()
        if name not in NOT_ACTORS and not _a_model(name) and not _to_before(span, s):
            found.append((s, e, name))
    return found


def _actor(text: str, lo: int, pos: int) -> str | None:
    """Last capitalised name (or 'we') before the verb in the clause: 'China', 'President Xi'.
    Only the last 160 characters are read, so long run-on clauses stay linear."""
    span = text[max(lo, pos - 160) : pos]
    is_ascii = span.isascii()
    # No name holds a comma: the names after the last comma are those the whole span has there,
    # and when there are any, the last of them is the actor (one before the comma is never joined
    # to it by "and"). So the span is read after its last comma first, whole only when needed.
    cut = span.rfind(",") + 1 if is_ascii else 0
    found = _names(span, cut, is_ascii) if cut else []
    if not found:
        found = _names(span, 0, is_ascii)
    if not found:
        return None
    a, _, name = found[-1]
    # "The BRICS New Development Bank and the Asian Infrastructure Investment Bank provided …"
    if len(found) > 1 and _AND_RE.fullmatch(span[found[-2][1] : a]):
        name = f"{found[-2][2]} and {name}"
    name = name[:-2] if name.endswith(("'s", "’s")) else name
    name = name[4:] if name.startswith("The ") else name
    return "we" if name in ("We", "we") else name
