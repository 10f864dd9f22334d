"""Word tables for the genre (aid and diplomacy reporting), kept apart from the rules that use them.

Edit here, not in the code, when a new document writes a known thing a new way: a synonym in
``ITEM_SYNONYMS``, a verb form in ``VERB_FORMS``, a verb's group in ``ACTION_GROUPS``.
"""

from __future__ import annotations

from typing import Final


def word_set(words: str) -> frozenset[str]:
    """A set of white-space separated words (tables read better as prose)."""
    return frozenset(words.split())


# Units of time: "two years", "seven weeks" are periods, "Five-year-old" an age, never figures.
TIME_UNITS: Final = word_set(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades century centuries fortnight fortnights night nights min mins hr hrs sec secs"
)

# Words that, right before a number, make it a label not a count: "No. 5", "Article 3".
LABEL_WORDS: Final = word_set(
    "no no. number article articles section sections chapter chapters paragraph paragraphs "
    "page pages item items clause clauses point phase stage tel tel. phone fax room level "
    "grade class resolution vol vol. volume issue edition ed. version part annex figure table "
    "aged age ages row rows column columns report bulletin"
)

# Nouns that take an "of" complement inside a counted item: "115 million pairs of goggles".
MEASURE_NOUNS: Final = word_set(
    "pair pairs batch batches edition editions ton tons tonne tonnes unit units dose doses "
    "piece pieces set sets box boxes bottle bottles pack packs kind kinds type types round "
    "rounds shipment shipments consignment consignments lot lots head heads team teams group "
    "groups delegation delegations cases case million billion"
)

# Heads in front of a count that an analyst quotes with it: "leaders of over 170 countries".
LEFT_HEADS: Final = word_set("leaders heads representatives members governments ministers")

# Words that end a counted-item phrase (prepositions, conjunctions, auxiliaries, pronouns).
ITEM_STOP: Final = word_set(
    """fight combat tackle cope recover respond
    a an the to in from with for on at by into onto over under since during among amongst
    including such as via through across regarding about around per than that which who whom
    whose where
    when while whereas because if so then there their its his her our your my they them we he
    she it this these those is are was were be been being has have had having will would shall
    should can could may might must do does did not no nor but yet also already still just
    only even both either each every all some any another more most less least many much
    respectively worldwide altogether total totaling totalling totaled totalled like against
    between after before within without upon along alongside toward towards beyond out up down
    off back home abroad overseas via vs versus i.e e.g etc namely compared last next past
    yesterday today tomorrow earlier later ago"""
)

# Irregular and common verb forms -> lemma. Regular forms ("exported", "ships") are stemmed in code.
VERB_FORMS: Final = {
    "sent": "send", "sending": "send", "sends": "send", "send": "send",
    "made": "make", "making": "make", "makes": "make", "make": "make",
    "held": "hold", "holding": "hold", "holds": "hold", "hold": "hold",
    "sold": "sell", "selling": "sell", "sells": "sell", "sell": "sell",
    "spoke": "speak", "spoken": "speak", "speaking": "speak", "speaks": "speak", "speak": "speak",
    "met": "meet", "meeting": "meet", "meets": "meet", "meet": "meet",
    "gave": "give", "given": "give", "giving": "give", "gives": "give", "give": "give",
    "put": "put", "putting": "put", "puts": "put",
    "had": "have", "has": "have", "have": "have", "having": "have",
    "brought": "bring", "bring": "bring", "bringing": "bring",
    "built": "build", "build": "build", "building": "build",
    "led": "lead", "leads": "lead", "lead": "lead",
    "paid": "pay", "pays": "pay", "pay": "pay",
    "wins": "win",  # (not "won": "7 billion won" is money, and no figure is won)
    "dispatched": "dispatch", "dispatches": "dispatch", "dispatch": "dispatch",
    "shipped": "ship", "shipping": "ship", "ships": "ship", "ship": "ship",
    "donated": "donate", "donating": "donate", "donates": "donate", "donate": "donate",
    "provided": "provide", "providing": "provide", "provides": "provide", "provide": "provide",
    "offered": "offer", "offering": "offer", "offers": "offer", "offer": "offer",
    "delivered": "deliver", "delivering": "deliver", "delivers": "deliver", "deliver": "deliver",
    "exported": "export", "exporting": "export", "exports": "export", "export": "export",
    "imported": "import", "importing": "import", "imports": "import", "import": "import",
    "assisted": "assist", "assisting": "assist", "assists": "assist", "assist": "assist",
    "deployed": "deploy", "deploying": "deploy", "deploy": "deploy",
    "pledged": "pledge", "pledging": "pledge", "pledges": "pledge", "pledge": "pledge",
    "announced": "announce", "announcing": "announce", "announces": "announce",
    "announce": "announce", "committed": "commit", "commits": "commit",
    "lent": "lend", "lend": "lend", "lending": "lend", "loaned": "loan",
    "received": "receive", "receiving": "receive", "receives": "receive", "receive": "receive",
    "shared": "share", "sharing": "share", "shares": "share", "share": "share",
    "conducted": "conduct", "conducting": "conduct", "conducts": "conduct", "conduct": "conduct",
    "organized": "organize", "organised": "organize", "organizing": "organize",
    "organising": "organize", "organize": "organize", "organise": "organize",
    "hosted": "host", "hosting": "host", "hosts": "host", "host": "host",
    "carried": "carry", "carrying": "carry",
    "published": "publish", "publishing": "publish", "publishes": "publish",
    "publish": "publish", "posted": "post", "posting": "post", "posts": "post",
    "released": "release", "releasing": "release", "releases": "release",
    "issued": "issue", "issuing": "issue", "issues": "issue",
    "expressed": "express", "expressing": "express", "expresses": "express",
    "called": "call", "calling": "call", "talked": "talk", "talking": "talk",
    "proposed": "propose", "proposing": "propose", "proposes": "propose", "propose": "propose",
    "attended": "attend", "attending": "attend", "attends": "attend", "attend": "attend",
    "joined": "join", "joining": "join", "joins": "join",
    "participated": "participate", "participating": "participate",
    "stationed": "station", "suspended": "suspend", "suspending": "suspend",
    "paired": "pair", "pair": "pair", "pairing": "pair",
    "accessed": "access", "visited": "visit", "visiting": "visit", "visits": "visit",
    "watched": "watch", "watching": "watch", "trained": "train",
    "treated": "treat", "treating": "treat", "treats": "treat",
    "vaccinated": "vaccinate", "infected": "infect",
    "affected": "affect", "reported": "report", "recorded": "record",
    "increased": "increase", "increasing": "increase", "rose": "increase", "risen": "increase",
    "grew": "increase", "grown": "increase", "jumped": "increase", "surged": "increase",
    "decreased": "decrease", "fell": "decrease", "fallen": "decrease", "dropped": "decrease",
    "declined": "decrease", "transported": "transport",
    "translated": "translate", "covered": "cover", "covering": "cover", "reached": "reach",
    "helped": "help", "helping": "help", "evacuated": "evacuate", "repatriated": "repatriate",
    "resolved": "resolve", "resolving": "resolve", "funded": "fund", "financed": "finance",
    "invested": "invest", "signed": "sign", "signing": "sign", "launched": "launch",
    "established": "establish", "set": "set", "raised": "raise", "allocated": "allocate",
    "purchased": "purchase", "bought": "buy", "produced": "produce", "manufactured": "produce",
    "supplied": "supply", "supplying": "supply", "distributed": "distribute",
    "distributing": "distribute", "handed": "hand", "airlifted": "airlift", "granted": "grant",
    "approved": "approve", "extended": "extend", "transferred": "transfer",
    "aiming": "aim", "aims": "aim", "aim": "aim", "plans": "plan", "planning": "plan",
    "struck": "strike", "strike": "strike", "strikes": "strike", "striking": "strike",
    "swept": "sweep", "sweeping": "sweep", "sweeps": "sweep", "ravaged": "ravage", "hit": "hit",
    "spread": "spread", "spreading": "spread", "spreads": "spread",
    "earmarked": "earmark", "earmarking": "earmark", "supported": "support",
    "supporting": "support", "go": "go", "goes": "go", "went": "go", "gone": "go",
    "travelled": "go", "traveled": "go", "travelling": "go", "traveling": "go",
    "amounting": "amount",
    "accounted": "account", "amounted": "amount", "reaching": "reach", "exceeded": "exceed",
    "become": "become", "became": "become", "were": "be", "was": "be", "are": "be", "is": "be",
}  # fmt: skip

# Verb lemmas grouped into the actions a claim key compares. Verbs outside keep their lemma.
ACTION_GROUPS: Final = {
    "aid": "send ship donate provide give offer deliver dispatch assist deploy supply help fund "
    "finance allocate distribute hand airlift grant transfer earmark support contribute approve "
    "mobilize mobilise disburse channel extend pay go",
    "affect": "affect strike sweep ravage spread hit",
    "pledge": "pledge announce commit",
    "loan": "lend loan",
    "export": "export sell",  # "Chinese exporters sold these goods to 200 countries"
    "talk": "speak meet talk call phone converse",
    "support": "express",
    "share": "share",
    "hold": "hold conduct organize host",
    "publish": "publish post release",
    "propose": "propose put",
    "increase": "increase",
    "decrease": "decrease",
}
ACTION_OF: Final = {v: g for g, vs in ACTION_GROUPS.items() for v in vs.split()}

# Verb + object phrases whose meaning is not the verb's: "sent messages" is support, not aid.
ACTION_OBJECTS: Final = {
    ("send", "message"): "support", ("send", "messages"): "support",
    ("issue", "statements"): "support", ("issue", "statement"): "support",
    ("make", "donation"): "aid", ("make", "donations"): "aid",
    ("make", "proposals"): "propose", ("make", "calls"): "talk",
    ("have", "calls"): "talk", ("have", "conversations"): "talk",
    ("hold", "talks"): "talk", ("hold", "conversations"): "talk", ("carry", "out"): "hold",
    ("pay", "visit"): "visit", ("pay", "visits"): "visit", ("pay", "tribute"): "support",
    ("pay", "attention"): "support", ("pay", "homage"): "support",
}  # fmt: skip

# Modal words before a verb that make a figure a plan, not a fact: a plan is a different claim.
PLAN_WORDS: Final = word_set(
    "will aim aims aiming plan plans planning intends intend shall decided decides pledged "
    "promised promises vowed"
)

# Item head (singular, lower case, "_" joined compound) -> canonical head shared across documents.
ITEM_SYNONYMS: Final = {
    "garment": "protective_suit", "protective_garment": "protective_suit",
    "suit": "protective_suit", "protective_suit": "protective_suit", "coverall": "protective_suit",
    "face_mask": "mask", "surgical_mask": "mask", "mask": "mask",
    "cash_assistance": "donation", "cash_aid": "donation", "cash_grant": "donation",
    "cash_donation": "donation",
    "kit": "test_kit", "test_kit": "test_kit", "testing_kit": "test_kit", "pcr_kit": "test_kit",
    "goggle": "goggles", "goggles": "goggles",
    "expert_team": "medical_team", "medical_team": "medical_team", "team": "team",
    "videoconference": "video_conference", "video_conference": "video_conference",
    "discussion": "exchange", "exchange": "exchange", "consultation": "exchange",
    "donation": "donation", "batch": "donation", "cash_support": "donation",
    "contribution": "donation", "installment": "donation", "instalment": "donation",
    "tranche": "donation", "tranch": "donation", "disbursement": "donation",
    "clothing": "protective_suit", "protective_clothing": "protective_suit",
    "hazmat_suit": "protective_suit",
    "point": "proposal", "proposal": "proposal", "initiative": "proposal",
    "organization": "org", "organisation": "org", "institution": "org", "agency": "org",
    "leader": "leader", "head_of": "leader", "head": "leader", "state_leader": "leader",
    "leaders_of": "leader", "president": "leader",
    "nation": "country", "country": "country", "economy": "country",
    "session": "session", "training_session": "session", "course": "session",
    "chinese_people": "population", "chinese_citizen": "chinese_citizen",
    "people": "people", "person": "people", "individual": "people",
    "material": "supplies", "supply": "supplies", "supplies": "supplies",
    "assistance": "supplies", "aid": "supplies", "good": "supplies", "goods": "supplies",
    "phone_call": "call", "call": "call", "telephone_call": "call",
    "article": "article", "paper": "paper",
}  # fmt: skip

# British spellings -> the American ones, so keys do not depend on the writer's side of the sea
# ("programme", "centre"); "-isation" words are rewritten by rule in items.py.
SPELLING: Final = {
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "centres": "centers",
    "labour": "labor",
    "defence": "defense",
    "litre": "liter",
    "litres": "liters",
    "tonne": "ton",
    "tonnes": "tons",
    "catalogue": "catalog",
    "cheque": "check",
}

# Words for the parts a sum of money was paid in: "US$50 million in two instalments" is a total.
PART_WORDS: Final = word_set(
    "instalments installments tranches batches donations payments disbursements rounds parts"
)

# Verbs that only link a sum to its subject ("a package amounting to €15.6 billion"): for money
# the giving verb, if any, is looked for after the sum ("… to support partners").
LINKING_VERBS: Final = word_set("amount total reach account become")  # fmt: skip
# Verbs that only report a figure ("The ministry reported 500 tons … shipped to Italy"): when the
# figure has its own verb right after it, that verb, not the source, says what the claim is.
SOURCE_VERBS: Final = word_set("report record count list show cite note say state tally estimate")

# Items whose claim does not depend on the verb ("six proposals were put forward" ~ "made six
# proposals"): what they were stated at (the event) carries the meaning.
ACTIONLESS_ITEMS: Final = word_set("proposal measure population")

# Recipient words kept in a key ("to the WHO"): named bodies, places; generic nouns are dropped.
GENERIC_RECIPIENTS: Final = word_set(
    "country countries region regions nation nations organization organizations people "
    "partner partners"
)

# Capitalised words that open a sentence or a name but are not an actor.
NOT_ACTORS: Final = word_set(
    "The A An In On At By As From Since To For With Between During Among This That These Those "
    "It Its They Their Our And But Also So Meanwhile However He She His Her I Of Over Under "
    "After Before When While Until Through Across According Besides Despite Including "
    "More Most Many Some Several All Both Each Every Only Nearly Almost About Around Total "
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    # sentence adverbs, capitalised as a sentence start: "Earlier, … an aircraft delivered"
    "Earlier Later Previously Separately Additionally Furthermore Moreover Today Yesterday"
)

# "-ing" forms that are usually nouns after a number ("two meeting rooms", "shipping costs").
ING_NOUNS: Final = word_set("meeting building shipping training funding housing setting")

# Nouns before a count that carry the action: "In phone calls with over a dozen leaders".
ACTION_NOUNS: Final = {
    "calls": "talk", "call": "talk", "meetings": "talk", "talks": "talk",
    "conversations": "talk", "donation": "aid", "donations": "aid", "loans": "loan",
    "loan": "loan", "exports": "export", "pledge": "pledge",
}  # fmt: skip

# Measure nouns whose "of" complement is the thing counted: "pairs of goggles" counts goggles.
PURE_MEASURES: Final = word_set(
    "pair pairs batch batches ton tons tonne tonnes unit units dose doses piece pieces set sets "
    "box boxes bottle bottles pack packs lot lots shipment shipments consignment "
    "consignments million billion"
)

# Lower-case modifiers dropped from an item head: they do not change what is counted.
ADJ_DROP: Final = word_set(
    "foreign key special major new other various several online offline critical emergency "
    "urgent more additional further different total overall relevant front-line frontline "
    "well-researched highly"
)
ADJ_SUFFIXES: Final = (
    "al",
    "ic",
    "ive",
    "ed",
    "ing",
    "ful",
    "ous",
    "ary",
    "ent",
    "ant",
    "ish",
    "less",
)

# Words that, inside an item scan, mean another figure starts ("and more than 10 …").
ONES_AND_TENS: Final = word_set(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "dozen dozens hundreds thousands millions billions tens"
)
QUALIFIER_WORDS: Final = word_set(
    "more over nearly almost about around approximately some roughly least close total "
    "totaling totalling"
)

# The speaking side in this corpus (China's own diplomacy): never a partner or receiver in a key.
SELF_WORDS: Final = word_set("China Chinese PRC Beijing")

# Other parties named by their capital or by an adjective ("Tokyo will provide…", "the Russian
# government"): the key token of the party itself, so every spelling keys one donor.
PARTY_ALIASES: Final = {
    "tokyo": "japan", "japanese": "japan", "moscow": "russia", "kremlin": "russia",
    "russian": "russia", "rf": "russia", "ankara": "turkey", "türkiye": "turkey",
    "turkiye": "turkey", "turkish": "turkey", "washington": "us", "usa": "us", "america": "us",
    "american": "us", "london": "uk", "britain": "uk", "british": "uk", "gb": "uk",
    "paris": "france", "french": "france", "berlin": "germany", "german": "germany",
    "rome": "italy", "italian": "italy", "seoul": "korea", "korean": "korea",
    "rok": "korea", "rk": "korea",
    "delhi": "india", "indian": "india", "brussels": "eu", "european": "eu",
    "belgrade": "serbia", "serbian": "serbia",
    # a continent by its adjective: "to African countries" and "to Africa" name one receiver
    "african": "africa", "asian": "asia",
}  # fmt: skip
# Heads too generic to name a claim alone ("four times", "two million people"): such a figure
# keys only with a context (an event, a named receiver or partner) or a named donor.
# The people of one team counted by a modifier ("an eight-member team"): no claim without a
# receiver or a giver named (every team has members).
MEMBER_HEAD: Final = "team_member"
GENERIC_HEADS: Final = word_set("people person persons time") | {MEMBER_HEAD}

# Counted things that are page furniture, not claims: "2,345 views", "12 comments".
# Also idioms that name parties, not counts ("the two sides").
FURNITURE_ITEMS: Final = word_set(
    "views view clicks hits visits comments likes shares pageviews reads side sides"
)
