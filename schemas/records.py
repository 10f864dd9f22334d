"""Pydantic models for the warehouse rows. An impossible record fails here, naming its field.

Field names are the warehouse column names (sql/schema.sql documents each one).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Qualifier = Literal["exact", "more_than", "at_least", "nearly", "about", "up_to", "total"]
FigureKind = Literal["count", "money", "percent"]
MeetingFormat = Literal["video", "phone", "in_person", "unknown"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class _Span(_Record):
    doc_id: str = Field(min_length=1)
    char_start: int = Field(ge=0)
    char_end: int = Field(gt=0)

    @model_validator(mode="after")
    def _span_order(self) -> _Span:
        if self.char_end <= self.char_start:
            raise ValueError(f"char_end {self.char_end} is not after char_start {self.char_start}")
        return self


class _Period(BaseModel):
    period_start: date | None = None
    period_end: date | None = None

    @model_validator(mode="after")
    def _period_order(self) -> _Period:
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValueError(
                f"period ends ({self.period_end}) before it starts ({self.period_start})"
            )
        return self


class DocumentRecord(_Record):
    doc_id: str
    source_path: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    title: str | None
    published_on: date | None
    n_chars: int = Field(ge=0)
    encoding: str
    content_type: Literal["text", "html", "markdown"]


class FigureRecord(_Span, _Period):
    figure_id: str
    surface: str = Field(min_length=1)
    value: float = Field(ge=0, allow_inf_nan=False)
    qualifier: Qualifier
    kind: FigureKind
    low: float = Field(allow_inf_nan=False)
    high: float = Field(allow_inf_nan=False)
    low_open: bool
    unit: str | None
    item: str | None
    actor: str | None
    action: str | None
    recipient: str | None
    event: str | None
    claim_key: str
    as_of: date | None
    period_text: str | None
    date_basis: Literal["stated", "document", "unknown"]
    sentence: str
    sentence_start: int = Field(ge=0)
    sentence_end: int = Field(ge=0)

    @model_validator(mode="after")
    def _share(self) -> FigureRecord:
        if self.kind == "percent" and self.value > 100 and self.action not in _GROWTH_ACTIONS:
            raise ValueError(f"value: a share of {self.value:g} percent is over 100")
        if self.high < self.low:
            raise ValueError(f"high {self.high} is below low {self.low}")
        if self.sentence_end < self.sentence_start:
            raise ValueError(
                f"sentence_end {self.sentence_end} is before sentence_start {self.sentence_start}"
            )
        return self


# A percentage over 100 is possible only as a change ("rose by 150 percent").
_GROWTH_ACTIONS = frozenset({"increase", "rise", "grow", "surge", "jump", "expand", "up"})


class ShipmentRecord(_Period, _Record):
    shipment_id: str
    figure_id: str
    doc_id: str
    kind: str = Field(min_length=1)
    donor: str | None
    recipient: str | None
    item: str | None
    quantity: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    unit: str | None
    amount: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    currency: str | None


class CountRecord(_Record):
    count_id: str
    figure_id: str
    doc_id: str
    subject: str | None
    counted: str = Field(min_length=1)
    value: float = Field(ge=0, allow_inf_nan=False)
    qualifier: Qualifier


class MeetingRecord(_Span):
    meeting_id: str
    surface: str = Field(min_length=1)
    name: str = Field(min_length=1)
    meeting_date: date | None
    date_text: str | None
    format: MeetingFormat
    participants: list[str]
    is_aggregate: bool
    sentence: str
