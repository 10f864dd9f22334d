"""One canonical name per meeting, however a document spells it.

Rules, not a table of known meetings: normalise quotes, case and the spelling of COVID-19, turn
ordinal words into "5th", drop the "virtual/online" channel modifiers, put the
"Extraordinary/Special" modifiers first, invert "Meeting of SCO Foreign Ministers" into
"SCO Foreign Ministers' Meeting", put hyphenated participant lists ("China-ASEAN") in a fixed
order and drop a trailing "Statement". A small synonym table maps well-known bodies to one form.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

import regex


def words(s: str) -> list[str]:
    """The white-space separated words of a word list written as one string."""
    return s.split()


# Words that say *how* a meeting was held, not *which* meeting it is.
CHANNEL_WORDS: Final = frozenset({"virtual", "online"})
# Words that say what kind of session it was; kept, but always in this order at the front.
KIND_WORDS: Final = ("Extraordinary", "Special", "Emergency", "Informal")
# Trailing words naming a document issued by the meeting, not a different meeting.
OUTPUT_WORDS: Final = frozenset({"statement", "declaration", "communique", "communiqué"})
SMALL_WORDS: Final = frozenset(
    {"of", "on", "the", "and", "for", "against", "with", "in", "to", "at"}
)

ORDINALS: Final = {
    w: i + 1
    for i, w in enumerate(
        words(
            "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
            "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
            "twentieth"
        )
    )
}

# Well-known bodies written several ways -> one form (longest spellings first).
SYNONYMS: Final = [
    ("United Nations General Assembly", "UN General Assembly"),
    ("Shanghai Cooperation Organization", "SCO"),
    ("Shanghai Cooperation Organisation", "SCO"),
    ("Association of Southeast Asian Nations", "ASEAN"),
    ("Asia-Pacific Economic Cooperation", "APEC"),
    ("Republic of Korea", "ROK"),
    ("South Korea", "ROK"),
    ("World Health Organization", "WHO"),
    ("European Union", "EU"),
    ("African Union", "AU"),
    ("United Nations", "UN"),
    ("Group of Twenty", "G20"),
    ("Group of 20", "G20"),
    ("Group of Seven", "G7"),
    ("ASEAN+3", "ASEAN Plus Three"),
    ("10+3", "ASEAN Plus Three"),
    ("Ministers of Foreign Affairs", "Foreign Ministers"),
    ("Ministers of Health", "Health Ministers"),
    ("Ministers of Finance", "Finance Ministers"),
    ("Videoconference", "Video Conference"),
    ("Video-Conference", "Video Conference"),
    ("Teleconference", "Video Conference"),
]
_SYNONYM_RE: Final = regex.compile(
    r"\b(?:" + "|".join(regex.escape(a) for a, _ in SYNONYMS) + r")(?!\w)", regex.IGNORECASE
)
_SYNONYM_OF: Final = {a.lower(): b for a, b in SYNONYMS}
# A word of every synonym, lower case: the test before _SYNONYM_RE (a few ``in`` tests cost less
# than one ``re`` search of all the synonyms, which tries them at nearly every letter).
# "health organization", not "organization": "regional organizations" is common and no synonym.
_SYNONYM_KEYS: Final = (
    "nations", "shanghai", "pacific", "korea", "health organization", "union", "group of", "+3",
    "ministers of", "oconference", "o-conference", "teleconference",
)  # fmt: skip

# Countries and blocs whose order in "China-ASEAN" / "ASEAN-China" carries no meaning.
PARTIES: Final = frozenset(
    words("""china japan rok korea asean eu africa arab russia india us usa uk france germany italy
    brics sco celac pacific caribbean europe asia mongolia pakistan
    cambodia laos myanmar thailand vietnam iran egypt brazil australia canada mexico indonesia
    malaysia singapore philippines au apec lmc nepal kazakhstan""")
)

# Words that continue a region's name after a hyphenated list ("China-Arab States").
REGION_TAILS: Final = frozenset(
    words("States Countries Nations Asia America Europe Islands Republic")
)

_COVID: Final = regex.compile(
    r"""
    (?:the\s+)?
    (?: (?:novel\s+)?coronavirus\s+disease(?:\s+2019)? \s* (?:\(\s*covid[-\s]?19\s*\))?
      | novel\s+coronavirus(?:\s+pneumonia)?
      | covid[-\s]?19 (?:\s+pandemic|\s+outbreak|\s+epidemic)?
    )
    (?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# "Video Conference of SCO Foreign Ministers": head first, participants after "of".
#   head: the meeting noun; who: the participants; rest: a topic after them, if any.
_HEAD_OF: Final = regex.compile(
    r"""
    ^(?P<mods>(?:\S+\s+){0,3}?)
    (?P<head>Video\s+Conference|Meeting|Summit|Conference|Dialogue|Talks|Consultations?)
    \s+of\s+(?:the\s+)?
    (?P<who>[^,;]*?(?:Ministers|Leaders|Heads\s+of\s+State(?:\s+and\s+Government)?|Speakers|Governors))
    (?P<rest>\s+(?:on|against|for)\s.*)?$
    """,
    regex.VERBOSE,
)

_PART: Final = regex.compile(
    r"^(?:(?:virtual|video|online)\s+)?(?P<part>opening|closing)(?:\s+(?:session|ceremony))?"
    r"\s+of\s+(?:the\s+)?",
    regex.IGNORECASE,
)
_TOPIC: Final = regex.compile(r"\s+(?P<prep>on|against)\s+(?P<topic>.+)$")
_SPACES: Final = regex.compile(r"\s+")
_GLUED_PAREN: Final = regex.compile(r"(?<=\w)\(")
_COVID_TWICE: Final = regex.compile(r"COVID-19(?:\s*\(\s*COVID-19\s*\))+")
_ARTICLE: Final = regex.compile(r"^(?:the|a|an)\s+", regex.IGNORECASE)
_PLURAL_POSSESSIVE: Final = regex.compile(
    r"\b(Leaders|Ministers|Heads|Speakers|Governors)'?"
    r"(?= (?:Special |Extraordinary |Informal )?(?:Video Conference|Meeting|Summit|Conference"
    r"|Dialogue|Talks|Consultations?|Roundtable|Retreat|Statement)\b)"
)
_ORDINAL_NUM: Final = regex.compile(r"\d+(?:st|nd|rd|th)", regex.IGNORECASE)
_KIND_RE: Final = regex.compile(r"\b(?:Extraordinary|Special|Emergency)\b", regex.IGNORECASE)


def normalise_text(s: str) -> str:
    """Plain quotes, single spaces, one spelling of COVID-19 and of well-known bodies."""
    s = s.replace("’", "'").replace("‘", "'").replace("`", "'").replace("´", "'")
    s = s.replace("“", '"').replace("”", '"').replace("\u00a0", " ")
    if not s.isascii() or not s.isprintable() or "  " in s:
        s = _SPACES.sub(" ", s)  # (on ASCII: only where a tab, a line break or two spaces are)
    s = s.strip().strip("\"'")
    if "(" in s and _glued_paren(s):
        s = _GLUED_PAREN.sub(" (", s)  # "Disease(COVID-19)" -> "Disease (COVID-19)"
    # Each pattern below is tried only where its words can be: on ASCII a lower-cased copy
    # tells (not beyond: the patterns fold case as Unicode does, "İ" is "i" to them).
    low = s.lower() if s.isascii() else None
    if low is None or (("covid" in low or "coronavirus" in low) and not _covid_as_is(s, low)):
        s = _COVID.sub("COVID-19", s)
    if s.count("COVID-19") > 1:
        s = _COVID_TWICE.sub("COVID-19", s)
    if low is not None and not _synonym_hint(low):
        return s  # (no synonym: _COVID does not make one)
    return _SYNONYM_RE.sub(lambda m: _SYNONYM_OF[m.group().lower()], s)


_WS: Final = "\t\n\x0b\x0c\r "  # the patterns' \\s on ASCII
_COVID_TAILS: Final = ("pandemic", "outbreak", "epidemic")


def _covid_as_is(s: str, low: str) -> bool:
    """Whether _COVID.sub would give ``s`` back (``low``: ``s`` lower-cased, ASCII): no
    "coronavirus", and each "covid" is "COVID-19" as written, no "the" before it, no "pandemic"
    after it (each match is then "COVID-19", put back as it was)."""
    if "coronavirus" in low:
        return False
    i = low.find("covid")
    while i >= 0:
        if s[i : i + 8] != "COVID-19":
            return False
        if low[i - 1 : i] in _WS and i > 1 and low[:i].rstrip(_WS).endswith("the"):
            return False
        after = low[i + 8 :]
        if after[:1] and after[:1] in _WS and after.lstrip(_WS).startswith(_COVID_TAILS):
            return False
        i = low.find("covid", i + 8)
    return True


def _synonym_hint(low: str) -> bool:
    """Whether a synonym may stand in ``low`` (lower-cased ASCII): one of _SYNONYM_KEYS does."""
    return any(key in low for key in _SYNONYM_KEYS)


def _glued_paren(s: str) -> bool:
    """Whether _GLUED_PAREN can match in ``s``: a "(" after a word character. On ASCII that is
    a letter, a digit or "_" (``str.isalnum`` there); beyond, the pattern decides."""
    if not s.isascii():
        return True
    i = s.find("(", 1)
    while i >= 0:
        if s[i - 1].isalnum() or s[i - 1] == "_":
            return True
        i = s.find("(", i + 1)
    return False


@lru_cache(maxsize=4096)
def canonical_name(surface: str, covid_context: bool = False) -> str:
    """The one name for the meeting written as ``surface``.

    ``covid_context``: the document is about COVID-19, so an Extraordinary/Special meeting that
    states no topic is taken to be the COVID-19 one (2020 practice: "the Extraordinary G20
    Leaders' Summit" is the summit "on COVID-19").
    """
    s = normalise_text(surface)
    if not s[:1].isascii() or s[:1] in "tTaA":  # (where _ARTICLE can match)
        s = _ARTICLE.sub("", s)
    part = None
    if _may_hold(s, ("opening", "closing"), lower=True) and (m := _PART.match(s)):
        part, s = m.group("part").lower(), s[m.end() :]
    s = _invert_head_of(s)
    core, topic = _split_topic(s)
    core = _order_tokens(core)
    if topic is None and covid_context and _KIND_RE.search(core):
        topic = "on COVID-19"
    name = core + (" " + topic if topic else "")
    return f"{name}, {part} session" if part else name


def _may_hold(s: str, words: tuple[str, ...], lower: bool = False) -> bool:
    """Whether one of ``words`` stands in ``s`` (lower-cased when ``lower``): the C-speed test
    before a pattern that needs one. Only on ASCII, where single spaces are the only white space
    (a pattern's ``\\s+`` is then a run of spaces) and ``str.lower`` is the patterns' case folding;
    beyond, the pattern decides."""
    if not (s.isascii() and s.isprintable()):
        return True
    if lower:
        s = s.lower()
    return any(w in s for w in words)


def _invert_head_of(s: str) -> str:
    m = _HEAD_OF.match(s) if _may_hold(s, (" of ",)) else None
    if not m:
        return s
    who = m.group("who").strip()
    return f"{m.group('mods')}{who}' {m.group('head')}{m.group('rest') or ''}"


def _split_topic(s: str) -> tuple[str, str | None]:
    """("Summit", "on COVID-19") for "Summit on COVID-19"; drops a trailing "Statement"."""
    found = _topic_at(s)
    core, topic = (s[: found[0]], f"{found[1]} {found[2]}") if found else (s, None)
    words = core.split()
    while len(words) > 1 and words[-1].lower() in OUTPUT_WORDS:
        words.pop()
    if topic:
        t_words = topic.split()
        while len(t_words) > 1 and t_words[-1].lower() in OUTPUT_WORDS:
            t_words.pop()
        topic = " ".join(_case(w, True) for w in t_words)
    return " ".join(words), topic


def _topic_at(s: str) -> tuple[int, str, str] | None:
    """``_TOPIC.search(s)`` as (start, prep, topic). On printable ASCII, where spaces are the
    only white space, by ``str.find``: the first " on " or " against ", the start moved back
    over the spaces before it, the topic after the spaces that follow."""
    if s.isascii() and s.isprintable():
        at, prep = -1, ""
        for word in ("on", "against"):
            i = s.find(f" {word} ")
            if i >= 0 and (at < 0 or i < at):
                at, prep = i, word
        if at < 0:
            return None
        topic = s[at + len(prep) + 2 :].lstrip(" ")
        if topic:
            while at > 0 and s[at - 1] == " ":
                at -= 1
            return at, prep, topic
    m = _TOPIC.search(s)  # (beyond, or a topic of spaces only: the pattern decides)
    return (m.start(), m.group("prep"), m.group("topic")) if m else None


def _order_tokens(core: str) -> str:
    """Channel words out, kind words first, participant lists sorted, one casing."""
    kinds, rest = [], []
    tokens = core.split()
    for i, w in enumerate(tokens):
        low = w.lower()
        if low in CHANNEL_WORDS or (low == "video" and _next_is_not_conference(tokens, i)):
            continue
        kind = _KIND_OF.get(low)
        if kind:
            kinds.append(kind)
        elif i + 1 < len(tokens) and tokens[i + 1] in REGION_TAILS:
            rest.append(_ordinal(w))  # "China-Arab States": the last part is not a party alone
        else:
            rest.append(_sort_parties(_ordinal(w)))
    kinds.sort(key=KIND_WORDS.index)
    words = kinds + [_case(w, i + len(kinds) > 0) for i, w in enumerate(rest)]
    out = " ".join(words)
    if not any(w in out for w in _PLURAL_BARE):
        return out  # _PLURAL_POSSESSIVE would write back what it reads ("Leaders'" for "Leaders'")
    return _PLURAL_POSSESSIVE.sub(r"\1'", out)


_KIND_OF: Final = {k.lower(): k for k in KIND_WORDS}
# The plural words _PLURAL_POSSESSIVE marks, with the space its look-ahead needs right after them:
# only there, with no apostrophe yet, does its substitution change anything.
_PLURAL_BARE: Final = ("Leaders ", "Ministers ", "Heads ", "Speakers ", "Governors ")


def _next_is_not_conference(tokens: list[str], i: int) -> bool:
    """ "Video Summit" is a channel on a summit; "Video Conference" is the kind of meeting."""
    return i + 1 >= len(tokens) or tokens[i + 1].lower() not in ("conference", "call", "link")


def _ordinal(w: str) -> str:
    n = ORDINALS.get(w.lower())
    if n is None:
        return w.lower() if w[:1].isdigit() and _ordinal_number(w) else w
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _ordinal_number(w: str) -> bool:
    """``_ORDINAL_NUM.fullmatch(w)``: on ASCII, digits and a suffix as ``str.lower`` reads it."""
    if w.isascii():
        return len(w) > 2 and w[:-2].isdigit() and w[-2:].lower() in ("st", "nd", "rd", "th")
    return _ORDINAL_NUM.fullmatch(w) is not None


def _sort_parties(w: str) -> str:
    if "-" not in w:
        return w  # (one part: nothing to sort)
    parts = w.split("-")
    if len(parts) > 1 and all(p.lower() in PARTIES for p in parts):
        return "-".join(sorted(parts, key=str.lower))
    return w


def _case(w: str, inner: bool) -> str:
    """One casing per word: small words lower inside a name, other words capitalised."""
    if inner and w.lower() in SMALL_WORDS:
        return w.lower()
    if w[:1].isdigit() or _has_upper(w[1:]) or "'" in w[1:-1]:
        return w  # G20, COVID-19, ASEAN, 73rd, McDonald's: as written
    if "-" not in w:
        return w[:1].upper() + w[1:]  # (one part: no split and join)
    return "-".join(p[:1].upper() + p[1:] for p in w.split("-"))


def _has_upper(s: str) -> bool:
    """Any upper-case letter in ``s`` (on ASCII, whatever ``str.lower`` changes)."""
    if s.isascii():
        return s != s.lower()
    return any(c.isupper() for c in s)
