"""Plain records the extractor returns: text in, these out; no Prefect, no DuckDB.

Offsets are Python string indices into the document text exactly as decoded, end exclusive,
so ``text[char_start:char_end] == surface`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(slots=True)
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
    actor: str | None = None  # who did it ("China", "Xi Jinping")
    action: str | None = None  # normalised verb lemma ("send", "export", "donate")
    recipient: str | None = None  # to whom ("27 countries", "WHO")
    event: str | None = None  # canonical meeting the figure was stated at, if any
    period_start: date | None = None
    period_end: date | None = None
    as_of: date | None = None
    period_text: str | None = None  # the words the period came from ("From March 1 to May 31")
    claim_key: str = ""  # same key in two documents = same claim (see claim_key.py)
    action_group: str | None = None  # the action's group ("aid" for send/donate/ship…)


@dataclass(slots=True)
class MeetingHit:
    char_start: int
    char_end: int
    surface: str
    name: str  # canonical name: one per meeting however it is written
    meeting_date: date | None
    date_text: str | None
    format: str  # video | phone | in_person | unknown
    participants: list[str] = field(default_factory=list)
    is_aggregate: bool = False  # "phone calls with over a dozen leaders"
    sentence_start: int = 0
    sentence_end: int = 0


@dataclass(slots=True)
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


@dataclass(slots=True)
class CountHit:
    figure_start: int
    subject: str | None  # who or what the count is about ("China", "Chinese experts")
    counted: str  # what is counted ("countries", "papers")
    value: float
    qualifier: str


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
