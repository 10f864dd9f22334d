"""Plain records the extractor returns: text in, these out; no Prefect, no DuckDB.

Offsets are Python string indices into the document text exactly as decoded, end exclusive,
so ``text[char_start:char_end] == surface`` always holds.

The records built once per sentence, figure or meeting write their ``__init__`` out: mypyc
compiles a written one into a native constructor, where a dataclass's generated ``__init__``
goes through a Python-level call (~1.5-3.5 k instructions a record, measured by callgrind).
``dataclasses.fields``, ``==`` and ``repr`` work as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(slots=True, init=False)
class Sentence:
    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text


@dataclass(slots=True, init=False)
class FigureHit:
    """One stated number with what it counts and the frame it is stated in."""

    char_start: int
    char_end: int
    surface: str
    value: float
    qualifier: str  # exact | more_than | at_least | nearly | about | up_to | total
    kind: str  # count | money | percent
    unit: str | None  # currency code (USD, RMB, EUR…) or "percent"; None for plain counts
    item: str | None  # what is counted, as written ("medical expert teams")
    sentence_start: int
    sentence_end: int
    actor: str | None  # who did it ("China", "Xi Jinping")
    action: str | None  # normalised verb lemma ("send", "export", "donate")
    recipient: str | None  # to whom ("27 countries", "WHO")
    event: str | None  # canonical meeting the figure was stated at, if any
    period_start: date | None
    period_end: date | None
    as_of: date | None
    period_text: str | None  # the words the period came from ("From March 1 to May 31")
    claim_key: str  # same key in two documents = same claim (see claim_key.py)
    action_group: str | None  # the action's group ("aid" for send/donate/ship…)

    def __init__(  # one argument a field, as the dataclass takes them
        self, char_start: int, char_end: int, surface: str, value: float, qualifier: str,
        kind: str, unit: str | None, item: str | None, sentence_start: int, sentence_end: int,
        actor: str | None = None, action: str | None = None, recipient: str | None = None,
        event: str | None = None, period_start: date | None = None,
        period_end: date | None = None, as_of: date | None = None,
        period_text: str | None = None, claim_key: str = "", action_group: str | None = None,
    ) -> None:  # fmt: skip
        self.char_start, self.char_end, self.surface = char_start, char_end, surface
        self.value, self.qualifier, self.kind, self.unit = value, qualifier, kind, unit
        self.item, self.sentence_start, self.sentence_end = item, sentence_start, sentence_end
        self.actor, self.action, self.recipient, self.event = actor, action, recipient, event
        self.period_start, self.period_end, self.as_of = period_start, period_end, as_of
        self.period_text, self.claim_key, self.action_group = period_text, claim_key, action_group


@dataclass(slots=True, init=False)
class MeetingHit:
    char_start: int
    char_end: int
    surface: str
    name: str  # canonical name: one per meeting however it is written
    meeting_date: date | None
    date_text: str | None
    format: str  # video | phone | in_person | unknown
    participants: list[str]
    is_aggregate: bool  # "phone calls with over a dozen leaders"
    sentence_start: int
    sentence_end: int

    def __init__(
        self, char_start: int, char_end: int, surface: str, name: str,
        meeting_date: date | None, date_text: str | None, format: str,
        participants: list[str] | None = None, is_aggregate: bool = False,
        sentence_start: int = 0, sentence_end: int = 0,
    ) -> None:  # fmt: skip
        self.char_start, self.char_end, self.surface, self.name = (
            char_start, char_end, surface, name
        )  # fmt: skip
        self.meeting_date, self.date_text, self.format = meeting_date, date_text, format
        self.participants = [] if participants is None else participants
        self.is_aggregate, self.sentence_start, self.sentence_end = (
            is_aggregate, sentence_start, sentence_end
        )  # fmt: skip


@dataclass(slots=True, init=False)
class ShipmentHit:
    """Aid moved from a giver to a receiver; points at the figure it rests on."""

    figure_start: int  # char_start of the FigureHit it derives from
    kind: str  # donation | export | loan | pledge | cash | team | supplies
    donor: str | None
    recipient: str | None
    item: str | None
    quantity: float | None
    unit: str | None
    amount: float | None
    currency: str | None
    period_start: date | None
    period_end: date | None

    def __init__(
        self, figure_start: int, kind: str, donor: str | None, recipient: str | None,
        item: str | None, quantity: float | None, unit: str | None, amount: float | None,
        currency: str | None, period_start: date | None, period_end: date | None,
    ) -> None:  # fmt: skip
        self.figure_start, self.kind, self.donor, self.recipient = (
            figure_start, kind, donor, recipient
        )  # fmt: skip
        self.item, self.quantity, self.unit, self.amount = item, quantity, unit, amount
        self.currency, self.period_start, self.period_end = currency, period_start, period_end


@dataclass(slots=True, init=False)
class CountHit:
    figure_start: int
    subject: str | None  # who or what the count is about ("China", "Chinese experts")
    counted: str  # what is counted ("countries", "papers")
    value: float
    qualifier: str

    def __init__(
        self, figure_start: int, subject: str | None, counted: str, value: float, qualifier: str
    ) -> None:
        self.figure_start, self.subject, self.counted = figure_start, subject, counted
        self.value, self.qualifier = value, qualifier


@dataclass(slots=True)
class DocMeta:
    title: str | None
    published_on: date | None
    published_text: str | None  # the words the date came from ("Updated: 2020-07-15")
    # A re-publication ("Originally appeared in …, No. 5, 2020") was written before its dateline.
    republished: bool = False

    @property
    def speaks_for(self) -> date | None:
        """The date figures that state none speak for: the document's own date, or None for a
        re-published text, whose figures speak for an earlier date nobody states."""
        return None if self.republished else self.published_on


@dataclass(slots=True)
class Extraction:
    meta: DocMeta
    figures: list[FigureHit]
    shipments: list[ShipmentHit]
    counts: list[CountHit]
    meetings: list[MeetingHit]
