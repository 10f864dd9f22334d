"""Record models: an impossible record fails naming its field and the reason."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from schemas.records import CountRecord, FigureRecord, MeetingRecord, ShipmentRecord

FIGURE: dict[str, Any] = dict(
    figure_id="d:10",
    doc_id="d",
    char_start=10,
    char_end=20,
    surface="1,000 masks",
    value=1000.0,
    qualifier="exact",
    kind="count",
    low=1000.0,
    high=1000.0,
    low_open=False,
    unit=None,
    item="masks",
    actor="China",
    action="send",
    recipient=None,
    event=None,
    claim_key="send|mask",
    as_of=None,
    period_text=None,
    date_basis="unknown",
    sentence="China sent 1,000 masks.",
    sentence_start=0,
    sentence_end=23,
)
SHIPMENT: dict[str, Any] = dict(
    shipment_id="s:d:10",
    figure_id="d:10",
    doc_id="d",
    kind="donation",
    donor="China",
    recipient="Italy",
    item="masks",
    quantity=1000.0,
    unit=None,
    amount=None,
    currency=None,
)
COUNT: dict[str, Any] = dict(
    count_id="c:d:10",
    figure_id="d:10",
    doc_id="d",
    subject="China",
    counted="countries",
    value=27.0,
    qualifier="exact",
)
MEETING: dict[str, Any] = dict(
    meeting_id="d:m:5",
    doc_id="d",
    char_start=5,
    char_end=30,
    surface="the G20 summit",
    name="G20 Extraordinary Leaders' Summit",
    meeting_date=None,
    date_text=None,
    format="video",
    participants=["Xi Jinping"],
    is_aggregate=False,
    sentence="x",
)


def _errors(model: type[BaseModel], base: dict[str, Any], **change: Any) -> str:
    with pytest.raises(ValidationError) as err:
        model.model_validate({**base, **change})
    return "; ".join(
        f"{'.'.join(map(str, e['loc'])) or 'record'}: {e['msg']}" for e in err.value.errors()
    )


GOOD = [
    (FigureRecord, FIGURE),
    (ShipmentRecord, SHIPMENT),
    (CountRecord, COUNT),
    (MeetingRecord, MEETING),
]


@pytest.mark.parametrize(("model", "base"), GOOD)
def test_good_records_validate(model: type[BaseModel], base: dict[str, Any]) -> None:
    dumped = model.model_validate(base).model_dump()
    assert {k: dumped[k] for k in base} == base


@pytest.mark.parametrize(
    ("model", "base", "change", "reason"),
    [
        (
            FigureRecord,
            FIGURE,
            {"value": -5.0},
            "value: Input should be greater than or equal to 0",
        ),
        (CountRecord, COUNT, {"value": -1.0}, "value: Input should be greater than or equal to 0"),
        (ShipmentRecord, SHIPMENT, {"quantity": -3.0}, "quantity: Input should be greater than"),
        (ShipmentRecord, SHIPMENT, {"amount": float("inf")}, "amount: Input should be a finite"),
        (FigureRecord, FIGURE, {"high": float("nan")}, "high: Input should be a finite number"),
        (
            FigureRecord,
            FIGURE,
            {"period_start": date(2020, 5, 1), "period_end": date(2020, 3, 1)},
            "period ends (2020-03-01) before it starts (2020-05-01)",
        ),
        (
            ShipmentRecord,
            SHIPMENT,
            {"period_start": date(2020, 5, 1), "period_end": date(2020, 3, 1)},
            "period ends (2020-03-01) before it starts (2020-05-01)",
        ),
        (
            FigureRecord,
            FIGURE,
            {"kind": "percent", "unit": "percent", "value": 130.0, "low": 130.0, "high": 130.0},
            "value: a share of 130 percent is over 100",
        ),
        (FigureRecord, FIGURE, {"char_end": 8}, "char_end 8 is not after char_start 10"),
        (MeetingRecord, MEETING, {"char_end": 5}, "char_end 5 is not after char_start 5"),
        (FigureRecord, FIGURE, {"char_start": -1}, "char_start: Input should be greater than"),
        (
            FigureRecord,
            FIGURE,
            {"sentence_end": 0, "sentence_start": 9},
            "sentence_end 0 is before",
        ),
        (FigureRecord, FIGURE, {"low": 2000.0}, "high 1000.0 is below low 2000.0"),
        (FigureRecord, FIGURE, {"qualifier": "roughly"}, "qualifier: Input should be 'exact'"),
        (FigureRecord, FIGURE, {"surface": ""}, "surface: String should have at least 1"),
        (MeetingRecord, MEETING, {"format": "fax"}, "format: Input should be 'video'"),
        (FigureRecord, FIGURE, {"bogus": 1}, "bogus: Extra inputs are not permitted"),
    ],
)
def test_impossible_records_name_the_field_and_the_reason(
    model: type[BaseModel], base: dict[str, Any], change: dict[str, Any], reason: str
) -> None:
    assert reason in _errors(model, base, **change)


def test_a_growth_over_100_percent_is_possible() -> None:
    rise = {**FIGURE, "kind": "percent", "unit": "percent", "value": 150.0, "action": "increase"}
    assert FigureRecord.model_validate({**rise, "low": 150.0, "high": 150.0}).value == 150.0
