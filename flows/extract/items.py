"""What a number counts: the noun phrase after it, and that phrase reduced to canonical heads.

``item_after`` reads words right of a number until a preposition, verb, clause end or the next
number; it follows "and"/"," only into another plural noun ("countries and regions") so a list
of figures ("masks, 340 million suits") is never swallowed into one item.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

import regex

from flows.extract import ascii_twins
from flows.extract.lexicon import (
    ADJ_DROP,
    ADJ_SUFFIXES,
    ING_NOUNS,
    ITEM_STOP,
    ITEM_SYNONYMS,
    MEASURE_NOUNS,
    ONES_AND_TENS,
    PURE_MEASURES,
    QUALIFIER_WORDS,
    SPELLING,
    VERB_FORMS,
    word_set,
)

# A word ("N95" and "5G" are words), a number, or one punctuation mark.
TOKEN_RE: Final = regex.compile(r"[\p{L}][\p{L}\p{M}\d'’\-]*+|\d++\p{L}[\p{L}\d]*+|\d[\d,.]*+|\S")
_WINDOW: Final = 110  # an item phrase is never longer than this; keeps the scan local and linear
_SHORT: Final = 48  # first, cheaper window

# Verb forms that end an item: past forms and "-ing" forms (not "-s", which are mostly nouns).
_NOUNISH: Final = word_set(
    "supply export import set post pair loan share release issue report record"
)
STOP_VERBS: Final = frozenset(
    w
    for w in VERB_FORMS
    if (not w.endswith("s") or w in ("is", "was", "has", "does"))
    and w not in ING_NOUNS
    and w not in _NOUNISH
)


_CAP_COMPOUND_RE: Final = regex.compile(r"\p{Lu}\p{Ll}+-\p{Ll}")
_CONJ_RE: Final = regex.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _is_numberish(word: str, low: str) -> bool:
    """``word`` (``low`` is its lower case) starts another figure: "10", "ten", "more"."""
    return (word[0].isdigit() and word[-1].isdigit()) or low in _NUMBERISH


_NUMBERISH: Final = ONES_AND_TENS | QUALIFIER_WORDS
# Words that end an item wherever they stand (_is_numberish or _ends_item holds for them).
_ITEM_ENDS: Final = _NUMBERISH | ITEM_STOP | STOP_VERBS


# Words ending in "-ly" that are adjectives or nouns, so they can stand inside an item.
_LY_NOT_ADVERBS: Final = frozenset(
    (
        "friendly", "elderly", "daily", "weekly", "monthly", "yearly", "quarterly", "hourly",
        "costly", "deadly", "timely", "orderly", "family", "supply", "assembly", "ally",
    )
)  # fmt: skip


def _ends_item(word: str, low: str, prev: str | None) -> bool:
    """``word`` (``low`` is its lower case) after ``prev`` ends the item phrase."""
    if low in ITEM_STOP or low in STOP_VERBS:
        return True
    if low.endswith("ly") and len(low) > 4 and low not in _LY_NOT_ADVERBS:
        return True  # an adverb ("nearly", "mostly"), not "17 friendly localities"
    if low == "of":
        return prev is None or prev.lower() not in MEASURE_NOUNS
    if prev is not None and prev.endswith("s") and low.endswith(("ing", "ed")):
        return True  # a participle after the noun: "doctors taking part", "economists surveyed"
    # a capitalised word after a lower-case one starts a name ("organizations China's"), unless
    # it is a compound modifier ("special English-language press conferences")
    return (
        ascii_twins.upper_at(word, 0) and prev is not None and ascii_twins.lower_at(prev, 0)
        and not _CAP_COMPOUND_RE.match(word)
    )  # fmt: skip


def _conjunct_ok(toks: list[str], i: int, in_list: bool, open_end: bool) -> int:
    """Length of the noun conjunct starting at toks[i] if it is one, else 0; -1 when the tokens
    run out before it is decided. Inside a comma list ("download, browsing and retrieval
    services") a conjunct may be a bare modifier."""
    n, prev = 0, None
    while i + n < len(toks) and n < 6:
        w = toks[i + n]
        low = w.lower()
        if not ascii_twins.alpha_at(w, 0) or low in ("and", "or"):
            break
        if _is_numberish(w, low):
            return 0
        if _ends_item(w, low, prev):
            break
        prev = w
        n += 1
    if open_end and i + n >= len(toks) - 1:
        return -1
    if n == 0 or toks[i + n - 1].lower() == "of":
        return 0
    last = toks[i + n - 1].lower()
    if in_list and _list_goes_on(toks, i + n):
        return n
    return n if last.endswith("s") and not last.endswith("ss") else 0


def item_after(text: str, pos: int, limit: int) -> tuple[int, str]:
    """End offset and text of the counted item that starts at ``pos`` ("" if none)."""
    # Most items are a few words: read a short window first, the full one only if it ran out.
    short = min(limit, pos + _SHORT)
    full = min(limit, pos + _WINDOW)
    toks = ascii_twins.item_tokens(text, pos, short)
    if toks is None:  # a non-ASCII character: the pattern reads the window
        return _item_after_regex(text, pos, short, full)
    n, exhausted = _scan(toks, short < full)
    if exhausted and short < full:
        toks = _read_on(text, toks, short, full)
        if toks is None:
            return _item_after_regex(text, pos, short, full)
        n, _ = _scan(toks, False)
    if not n:
        return pos, ""
    # The item is toks[:n]; only white space lies before and between the tokens.
    start = end = pos
    for k in range(n):
        while ascii_twins.is_space(ord(text[end])):
            end += 1
        if k == 0:
            start = end
        end += len(toks[k])
    return end, text[start:end]


def _read_on(text: str, toks: list[str], short: int, full: int) -> list[str] | None:
    """The tokens of the window up to ``full`` from those read up to ``short``: all but one cut
    by ``short`` are whole (each ends before a character that ends it), and the tokenizer goes
    on from the end of the last whole one as it would have."""
    if toks and not ascii_twins.is_space(ord(text[short - 1])):  # the last token ends at short
        rest = ascii_twins.item_tokens(text, short - len(toks[-1]), full)
        return None if rest is None else toks[:-1] + rest
    rest = ascii_twins.item_tokens(text, short, full)
    return None if rest is None else toks + rest


def _item_after_regex(text: str, pos: int, short: int, full: int) -> tuple[int, str]:
    """``item_after`` by the ``regex`` tokenizer (windows with non-ASCII characters)."""
    toks: list[str] = TOKEN_RE.findall(text, pos, short)
    n, exhausted = _scan(toks, short < full)
    if exhausted and short < full:
        toks = TOKEN_RE.findall(text, pos, full)
        n, _ = _scan(toks, False)
    if not n:
        return pos, ""
    # The item is toks[:n]. Only white space lies between tokens (TOKEN_RE's last alternative
    # takes any other character), so each token is found right where the previous one ended.
    start = text.find(toks[0], pos)
    end = start + len(toks[0])
    for t in toks[1:n]:
        end = text.find(t, end) + len(t)
    return end, text[start:end]


def _scan(toks: list[str], open_end: bool) -> tuple[int, bool]:
    """(n, exhausted): the item is ``toks[:n]`` (tokens as strings, in text order);
    ``exhausted`` when the phrase may go on past the tokens read."""
    n = 0  # the words taken so far are toks[:n]: an item is always a run of tokens from the start
    ran_out = False
    i = 0
    while i < len(toks) and n < 10:
        w = toks[i]
        low = w.lower()
        if low in ("and", "or", ",") and n:
            j = i + 1
            if low == "," and j < len(toks) and toks[j].lower() in ("and", "or"):
                j += 1
            k = _conjunct_ok(toks, j, low == "," and j == i + 1, open_end)
            if k < 0:
                ran_out = True
                break
            if k == 0 or (low == "," and not _list_goes_on(toks, j + k)):
                break
            n = i = j + k
            continue
        if low in _ITEM_ENDS:  # the commonest ends (a set lookup before the rules)
            break
        if (
            not w[0].isalnum()
            or _is_numberish(w, low)
            or _ends_item(w, low, toks[n - 1] if n else None)
        ):
            break
        n = i = i + 1
    exhausted = ran_out or i >= len(toks) - 2  # the phrase may go on past ``stop``
    while n and (toks[n - 1].lower() in ("of", "and", "or", ",") or not toks[n - 1][0].isalnum()):
        n -= 1
    return n, exhausted


def _list_goes_on(toks: list[str], k: int) -> bool:
    """After "a, b" the list must continue with "and"/"or"/"," to be one item."""
    return k < len(toks) and toks[k].lower() in ("and", "or", ",")


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def _is_adjective(word: str) -> bool:
    return word in ADJ_DROP or word.endswith(ADJ_SUFFIXES)


_GROUP_NOUNS: Final = frozenset({"team", "teams", "group", "groups", "delegation", "delegations"})


# Modifiers of "kits" that keep them test kits ("swab test kits", "PCR kits", "diagnostic kits").
_TEST_WORDS: Final = word_set(
    "test tests testing swab diagnostic detection pcr antigen antibody reagent nucleic"
)


def _american(word: str) -> str:
    """'organisations' -> 'organizations', 'programme' -> 'program'."""
    word = SPELLING.get(word, word)
    return word.replace("isation", "ization") if "isation" in word else word


@lru_cache(maxsize=8192)  # pure; frames.py asks it about every word before a "to"
def conjunct_head(phrase: str) -> str:
    """'medical expert teams' -> 'medical_team'; 'heads of state' -> 'leader'."""
    if " of " in phrase:
        left, right = phrase.split(" of ", 1)
        lw = left.split()[-1].lower() if left.split() else ""
        if lw in PURE_MEASURES:
            return conjunct_head(right)
        if lw in ("heads", "head", "leaders", "leader"):
            return "leader"
        # "teams of medical experts" counts the same things as "medical expert teams"
        grouped = lw in _GROUP_NOUNS and right.split()
        phrase = f"{singular(right.split()[-1].lower())} {lw}" if grouped else left
    raw = phrase.split()
    words = [_american(w.lower()) for w in raw]
    head = singular(words[-1])
    mod, adj = "", ""
    if len(words) > 1:
        prev_raw, prev = raw[-2], words[-2]
        if prev_raw[0].isupper() or not _is_adjective(prev):
            mod = prev.split("-")[-1] if not prev_raw[0].isupper() else prev
        else:
            adj = prev  # "medical teams", "protective suits": the table may know the pair
    for cand in (f"{adj}_{head}" if adj else "", f"{mod}_{head}" if mod else "", head):
        if cand and cand in ITEM_SYNONYMS:
            if cand == head and mod and raw[-2][0].isupper():
                break  # "Chinese citizens" stays specific
            if cand == head == "kit" and (mod or adj) and (mod or adj) not in _TEST_WORDS:
                return f"{mod or adj}_kit"  # "health kits", "hygiene kits" are no test kits
            return ITEM_SYNONYMS[cand]
    return f"{mod}_{head}" if mod else head


def item_heads(item: str) -> list[str]:
    """Canonical heads of an item phrase, sorted: 'countries and regions' -> [country, region]."""
    return list(_heads(item))


@lru_cache(maxsize=8192)  # a pure function of a short phrase; a corpus repeats its items
def _heads(item: str) -> tuple[str, ...]:
    if "," not in item and "and" not in item and "or" not in item:
        pieces = [item]  # nothing _CONJ_RE could split at (C-speed tests)
    else:
        pieces = (ascii_twins.CONJ if item.isascii() else _CONJ_RE).split(item)
    parts = [p.strip() for p in pieces]
    parts = [p for p in parts if p]
    heads = []
    for k, p in enumerate(parts):
        single = len(p.split()) == 1
        if single and k < len(parts) - 1 and not p.lower().endswith("s"):
            continue  # "online and offline training sessions": a shared modifier
        if p.lower().startswith("the "):
            p = p[4:]
        if p:
            heads.append(conjunct_head(p))
    return tuple(sorted(set(heads)))
