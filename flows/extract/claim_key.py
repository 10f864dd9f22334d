"""Claim keys: two figures in different documents state the same claim iff their keys are equal.

A key is ``action|item heads|context|unit`` (plus ``|total`` / ``|additional``), e.g.
``export|mask||``, ``aid>to:supplies|country||``, ``|proposal|g20_summit|``, ``loan||aiib|RMB``.
It leaves out the value and the date: those are what the cross-check compares. Readable on
purpose, so an analyst can see why two rows were paired.

Context, in order: the event for speech acts (proposals, measures); the lender for loans; the named
receiver for other giving ("to the WHO"); for a pledged sum, the years it is spread over ("over
two years" -> ``2y``), else the event it was announced at; a named partner ("between Chinese and
Serbian experts").

Money: a stated future transfer ("will provide US$2 billion") is the pledge itself, so ``plan:``
is dropped for giving; goods promised ("will send 30 teams") are a ``pledge``, not the delivery.
A sum paid "in two instalments" is a total (``|total``). A sum with no giving frame and no context
("trade reached US$3 billion") gets no key: it would pair with any other bare sum.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from flows.extract.dates import MONTHS
from flows.extract.frames import Frame
from flows.extract.lexicon import (
    ACTIONLESS_ITEMS,
    GENERIC_HEADS,
    GENERIC_RECIPIENTS,
    PARTY_ALIASES,
    SELF_WORDS,
    word_set,
)
from flows.extract.types import FigureHit

# Actions whose receiver is part of the claim ("US$20 million to the WHO"); for the others
# ("expressed support to China") the receiver is the speaker's own side and adds nothing.
_GIVING: Final = word_set("aid pledge loan export")
_GRANT_WORDS: Final = word_set(
    "grant grants aid assistance donation donations package funding financing funds"
)
# A stated future transfer is a pledge, the same claim as the announced one ("will provide
# US$2 billion" = "announced … providing US$2 billion"); other plans stay apart from facts.
_PLEDGE_ACTIONS: Final = frozenset({"aid", "pledge", "loan"})
# Verbs that give a sum of money only as its subject: "€3.25 billion will go to Africa".
_MONEY_GIVING: Final = word_set("go")
_LOAN_WORDS: Final = word_set("loan loans credit credits")
_LOAD_ACTIONS: Final = word_set("carry")  # what a flight or ship holds, not what was given
_CONTINENTS: Final = frozenset(("africa", "asia"))  # PARTY_ALIASES targets that are no party
# Actions between two sides, whichever is the grammatical subject: the role adds nothing.
_SYMMETRIC: Final = word_set("pair twin")
TALLY_GROUPS: Final = word_set("hold talk share")  # actions whose counted items are meetings
MEETING_HEADS: Final = word_set(
    "video_conference conference meeting session webinar exchange briefing call phone_call"
)


@dataclass(slots=True, init=False)
class KeyContext:
    """What a figure's surroundings add to its key (filled by figures.py). Its __init__ is
    written out: mypyc compiles it (a dataclass's generated one runs as Python, ~3.5 k
    instructions a figure); ``dataclasses.replace`` still works, every field being an argument."""

    event: str  # event token of the sentence/paragraph ("g20_summit")
    partner: str  # named partner after the item ("serbian")
    additional: bool  # "an additional US$30 million": an increment, another claim
    total: bool  # "US$50 million … in two instalments": the total of several payments
    span: str  # "US$2 billion over two years" -> "2y": names a pledge wherever it is stated
    purpose: str  # "€500 million for research" -> "research": what an unnamed sum is for
    we_donor: str  # who "we" is in this document, when another party's giving dominates
    actor_placed: bool  # the actor read is a place ("companies in Serbia"): no giver
    region: str  # "to 12 countries in Southeast Asia": the receivers' region, as a token
    # "a total of ¥18.6 billion" in a sentence that names no parts: the figure as others state
    # it ("¥18.6bn"), not a sum to keep apart from its parts
    lone_total: bool
    # "US$1.6 billion in assistance to over 120 countries": a sum given to a counted set of
    # receivers, as their head ("country"); a sum of anyone's to anyone is another claim
    receivers: str

    def __init__(
        self,
        event: str = "",
        partner: str = "",
        additional: bool = False,
        total: bool = False,
        span: str = "",
        purpose: str = "",
        we_donor: str = "",
        actor_placed: bool = False,
        region: str = "",
        lone_total: bool = False,
        receivers: str = "",
    ) -> None:
        self.event = event
        self.partner = partner
        self.additional = additional
        self.total = total
        self.span = span
        self.purpose = purpose
        self.we_donor = we_donor
        self.actor_placed = actor_placed
        self.region = region
        self.lone_total = lone_total
        self.receivers = receivers


def claim_key(fig: FigureHit, heads: list[str], frame: Frame, ctx: KeyContext) -> str:
    """The key of one figure; "" when it is too bare to compare safely."""
    action, role, obj, plan = frame.action or "", frame.role, frame.obj, frame.plan
    if fig.kind == "money":
        action = "aid" if action == "pledge" else action
        if action in _MONEY_GIVING:
            action = "aid"
        words = set((fig.item or "").lower().split())
        if "supplies" in heads or "donation" in heads or words & _GRANT_WORDS:
            action = "aid"  # "US$2 billion of international aid" is aid whatever the verb
        elif words & _LOAN_WORDS:
            action = "loan"  # "a US$500 million loan agreement"
        heads = []
        if action in _GIVING and role in ("subj", "with", "to"):
            # the sum is what is given whatever its place: "support partners with €15.6
            # billion", "€3.25 billion will go to Africa"
            role = "obj"
    if action in _PLEDGE_ACTIONS:
        if plan and action == "aid" and fig.kind == "count":
            action = "pledge"  # "will send 30 medical teams" = "pledged 30 medical teams"
        plan = False
    if action == "affect" and role == "to":
        role = "obj"  # "spread to 210 countries" = "struck 210 countries"
    if not action and fig.kind == "count" and heads and all(h in MEETING_HEADS for h in heads):
        action = "hold"  # "Wang Yi has had more than 100 phone calls": meetings are held
    if action in TALLY_GROUPS and role in ("with", "from"):
        # "video conferences with experts from 180 countries" = "… with 160 countries": the
        # counted are the other side whatever the preposition
        role = "obj"
    if action in _SYMMETRIC:
        role = "obj"  # "paired 30 hospitals with …" = "30 hospitals were paired" = "pair 30 …"
    if action == "share" and heads and all(h in MEETING_HEADS for h in heads):
        action = "hold"  # "shared experience through 100 video conferences" = "held 100 …"
    actionless = bool(heads) and all(h in ACTIONLESS_ITEMS for h in heads)
    if actionless:
        action, role, plan = "", "obj", False
    elif not action or (fig.kind == "count" and not heads):
        return ""
    giving = action in _GIVING
    loan = action == "loan" or fig.action_group == "loan"
    if giving and role == "obj" and heads and all(_receiver(h) for h in heads):
        # "provided over 150 countries with assistance" = "provided assistance to 150 countries"
        role, obj = "to", obj or "supplies"
    if giving and role == "to" and not obj:
        obj = "supplies"  # "donated to a dozen countries" = "donated supplies to 12 countries"
    if role in ("to", "with", "from"):
        action += f">{role}" + (f":{obj}" if obj and role == "to" and giving else "")
    elif role == "subj" and not (giving and heads and not any(_receiver(h) for h in heads)):
        # "77 countries donated" (the counted gave) ≠ "donated to 77 countries"; but given goods
        # are the same claim as subject or object: "29 teams were sent" = "sent 29 teams"
        action += "<by"
    if plan:
        action = "plan:" + action
    context = _context(fig, role, giving, actionless, ctx, loan)
    if actionless and not context and "population" in heads:
        context = name_token(fig.actor or "")  # Guangdong's population is not China's
    if fig.kind == "percent" and not context:
        return ""
    if fig.kind == "money" and not context and not giving and not loan:
        return ""  # "reached US$3 billion": a bare sum with no giving frame names no claim
    donor = ""
    if giving and not loan and not ctx.actor_placed:
        donor = donor_token(fig.actor or "") or (ctx.we_donor if fig.actor == "we" else "")
        if fig.actor is None and fig.kind != "money":
            donor = ctx.we_donor  # goods given by no one named: the releasing party's
    elif fig.action_group in TALLY_GROUPS and not donor_token(fig.actor or ""):
        # "Minister Çavuşoğlu has held over 40 phone calls" in Türkiye's release: its party's
        # calls, not the ones China's foreign minister held
        donor = ctx.we_donor
        if donor == context:  # "China, through the WHO, donated … to the WHO"
            donor = ""
    if not context and not donor:
        placed_or_theirs = ctx.actor_placed or (not fig.actor and ctx.we_donor)
        pledged = frame.plan or frame.action == "pledge"  # a pledge is known by its sum alone
        if fig.kind == "money" and giving and not loan and (placed_or_theirs or not pledged):
            # "China also gave $4m in cash", "US$4.6 million will be provided" in a release
            # whose giving is another party's, "the Chinese community in Perú donated …": no
            # receiver, purpose, span or event named and no other party as the giver; keyed,
            # it would pair with any other bare sum given
            return ""
        if heads and all(h in GENERIC_HEADS for h in heads):
            return ""  # "four times", "two million people": what of, whose?
        if fig.kind == "count" and action.split(">")[0].split("<")[0] in _LOAD_ACTIONS:
            # "a flight … carrying 200,000 masks": one consignment's load, with no giver and no
            # receiver named, is no claim: keyed, it would pair with every other flight's load
            return ""
    key = f"{action}|{'+'.join(heads)}|{context}|{fig.unit or ''}"
    if donor and any(h.startswith(donor + "_") for h in heads):
        donor = ""  # "over 50 African countries" read with "African" as the giver: the receivers
    if donor:
        key += f"|by:{donor}"  # "Germany will donate €50 million to the WHO" ≠ the EU's
    if (fig.qualifier == "total" and not ctx.lone_total) or ctx.total:
        key += "|total"
    return key + "|additional" if ctx.additional else key


def _a_date(name: str) -> bool:
    """'May 31' read as a receiver ("sent 30 teams, and from March 1 to May 31 …"): a date."""
    first = name.split()[0].lower().rstrip(".") if name.split() else ""
    return first in MONTHS


def _receiver(head: str) -> bool:
    """Heads that count receivers, not goods: countries, regions, organisations."""
    return head.rsplit("_", 1)[-1] in ("country", "region", "org", "nation")


def _context(
    fig: FigureHit, role: str, giving: bool, actionless: bool, ctx: KeyContext, loan: bool
) -> str:
    if actionless:
        return ctx.event
    if fig.kind == "percent":  # a rate means nothing without what rose: "Trade rose 3.4%"
        return "_".join((fig.actor or "").lower().split())[:40]
    if loan:
        return name_token(fig.actor or "")  # a loan is known by its lender
    if fig.kind == "money" and giving and ctx.span:
        # "US$2 billion over two years": the same pledge at or after the event, whoever it is
        # said to favour ("… with priority given to Africa")
        return ctx.span
    if giving and fig.recipient and role not in ("to", "with", "from"):
        named = "" if _a_date(fig.recipient) else name_token(fig.recipient)
        if named:
            return named
    if fig.kind == "money" and giving and ctx.purpose:
        return "for:" + ctx.purpose  # "€500 million for research" is not the whole package
    if fig.kind == "money" and ctx.event:
        return ctx.event  # "announced … US$2 billion" at the World Health Assembly
    if giving and ctx.region and not ctx.partner:
        return "in:" + ctx.region  # given to the countries of one region: a part, not the whole
    if fig.kind == "money" and giving and ctx.receivers and not ctx.partner:
        return "to:" + ctx.receivers
    return ctx.partner


_PERSON_TITLES: Final = word_set(
    "President Premier Minister Councilor Councillor Ambassador Secretary Chancellor Commissioner "
    "Spokesperson Spokesman Spokeswoman Director-General Mr Ms Mrs Dr King Queen Prince Prime "
    "Vice Chairman Chairwoman Envoy Consul"
)
_BODY_WORDS: Final = word_set(
    "Union Bank Government Ministry Agency Fund Organization Organisation Commission Republic "
    "Kingdom States Nations Council Foundation Emirates Federation"
)


# Words naming a local government after its place: "Zhejiang Province", "Leeds City Council".
_LOCAL_BODY: Final = word_set(
    "Municipal Provincial People People's People’s Government Province City Municipality "
    "Prefecture County Council Committee Authority Administration"
)
# Givers who are not a government, whatever country they are from: "Chinese companies",
# "the Chinese community in Perú", "Jack Ma Foundation" give apart from the state.
_NON_STATE: Final = frozenset(
    ("community", "communities", "company", "companies", "enterprise", "enterprises", "firms")
    + ("businesses", "foundation", "foundations", "diaspora", "citizens", "residents", "nationals")
    + ("ngos", "charities", "charity", "donors", "individuals", "volunteers")
)
_PARTY_TAILS: Final = frozenset(
    ("government", "side", "authorities", "administration", "cabinet", "ministry", "embassy")
)


@lru_cache(maxsize=4096)  # pure; actors repeat across a corpus
def donor_token(actor: str) -> str:
    """The giver as a key part when it is a named other party: 'Germany', 'the EU', 'Japan's
    government'; '' for the speaking side (China, we, Beijing), for people (who speak for a
    side named otherwise elsewhere) and for anything that does not read as a country or body."""
    words = [w for w in actor.replace("'s", "").replace("’s", "").split() if w.lower() != "the"]
    if words and words[-1].lower() in _NON_STATE:
        return "_".join(w.lower() for w in words)[:40]  # "Chinese community": not the state
    if not words or any(w in SELF_WORDS for w in words) or words[0].lower() == "we":
        return ""
    alias = PARTY_ALIASES.get(words[0].lower())
    if alias in _CONTINENTS and len(words) == 1:
        return ""  # "African" alone is no giver (the AU is "African Union", a body)
    if alias and (len(words) == 1 or words[1].lower() in _PARTY_TAILS):
        return alias  # "Tokyo", "the Japanese government", "Russian side"
    if len(words) == 2 and words[1].lower() in _PARTY_TAILS:
        return name_token(words[0])  # "Japan's government"
    if len(words) >= 3 and words[0].lower() == "government" and words[1] == "of":
        return name_token(" ".join(words[2:]))  # "the Government of Japan"
    place = [w for w in words if w not in _LOCAL_BODY]
    if 0 < len(place) < len(words) and len(place) <= 2 and words[0] == place[0]:
        return name_token(" ".join(place))  # "Hangzhou Municipal People's Government" = Hangzhou
    if any(w in _PERSON_TITLES for w in words) or any(w.lower() in MONTHS for w in words):
        return ""
    if len(words) == 1 or any(w in _BODY_WORDS for w in words):
        return name_token(" ".join(words))
    return ""


@lru_cache(maxsize=4096)  # pure; names repeat across a corpus
def name_token(name: str) -> str:
    """A stable token for a named body or place, however written: 'the World Health
    Organization' and 'WHO' -> 'who'; 'Serbia' -> 'serbia'; '27 countries', 'China' -> ''."""
    words = [w for w in name.replace("(", " ").replace(")", " ").split() if w.lower() != "the"]
    if not words or words[0][0].isdigit() or words[-1] in GENERIC_RECIPIENTS:
        return ""
    if len(words) == 1 and words[0] in SELF_WORDS:
        return ""  # the speaking side itself; "Export-Import Bank of China" is a named body
    caps = [w for w in words if w[0].isupper()]
    if len(caps) >= 2:  # an acronym joins spellings: World Health Organization = WHO
        token = "".join(w[0] for w in caps).lower()
    else:
        token = "_".join(w.lower() for w in words)[:40]
    return PARTY_ALIASES.get(token, token)  # "Tokyo" = "Japan", "Russian Federation" = "Russia"
