"""Validate stage: extracted hits become warehouse rows, or record rejects naming the field.

Each row is checked by its pydantic model (schemas/); a failing row never stops the document,
it becomes a reject with the field and the reason.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from flows.extract.types import Extraction, FigureHit, MeetingHit
from flows.intervals import interval
from schemas.records import CountRecord, FigureRecord, MeetingRecord, ShipmentRecord

Row = dict[str, Any]


@dataclass(slots=True)
class DocRows:
    figures: list[Row] = field(default_factory=list)
    aid_shipments: list[Row] = field(default_factory=list)
    counts: list[Row] = field(default_factory=list)
    meetings: list[Row] = field(default_factory=list)
    rejects: list[tuple[str, str]] = field(default_factory=list)  # (record, reason)


def validate_extraction(doc_id: str, ex: Extraction, text: str, tolerance: float) -> DocRows:
    """Rows for one document's figures, then what rests on them, then its meetings."""
    out = DocRows()
    ids: dict[int, str] = {}  # figure char_start -> figure_id, for the rows derived from figures
    for hit in ex.figures:
        row = _figure_row(doc_id, hit, text, ex, tolerance)
        if row := _check(FigureRecord, row, f"figure {hit.char_start}-{hit.char_end}", out):
            out.figures.append(row)
            ids[hit.char_start] = row["figure_id"]
    _derived(ShipmentRecord, "shipment", ex.shipments, ids, doc_id, out, out.aid_shipments)
    _derived(CountRecord, "count", ex.counts, ids, doc_id, out, out.counts)
    for m in ex.meetings:
        row = _meeting_row(doc_id, m, text)
        if row := _check(MeetingRecord, row, f"meeting {m.char_start}-{m.char_end}", out):
            out.meetings.append(row)
    return out


def _derived(
    model: type[BaseModel],
    kind: str,
    hits: list[Any],
    ids: dict[int, str],
    doc_id: str,
    out: DocRows,
    dest: list[Row],
) -> None:
    """Shipment or count rows; one whose figure was rejected goes with it."""
    for h in hits:
        if h.figure_start not in ids:
            continue
        figure_id = ids[h.figure_start]
        row = {
            f"{kind}_id": f"{kind[0]}:{figure_id}",
            "figure_id": figure_id,
            "doc_id": doc_id,
            **_fields(h, exclude={"figure_start"}),
        }
        if row := _check(model, row, f"{kind} at {h.figure_start}", out):
            dest.append(row)


def _fields(obj: Any, exclude: set[str]) -> Row:
    return {k: getattr(obj, k) for k in _field_names(type(obj)) if k not in exclude}


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """A record's fields by the dataclass API: compiled (mypyc) classes have no ``__slots__``."""
    return tuple(f.name for f in dataclasses.fields(cls))


def _check(model: type[BaseModel], row: Row, record: str, out: DocRows) -> Row | None:
    """The row cut to the model's columns if it validates; else None and a reject."""
    row = {k: row.get(k) for k in model.model_fields}  # extractor extras are not columns
    try:
        model.model_validate(row)
        return row
    except ValidationError as err:
        reasons = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'record'}: {e['msg']}" for e in err.errors()
        )
        out.rejects.append((record, reasons))
        return None


def _figure_row(doc_id: str, h: FigureHit, text: str, ex: Extraction, tolerance: float) -> Row:
    low, high, low_open = interval(h.value, h.qualifier, tolerance)
    # The extractor may already have fallen back to the document's date; no period words means
    # the date is the document's, not one the text states for this figure.
    from_document = h.period_text is None and h.as_of == ex.meta.speaks_for
    stated = h.period_end or h.period_start or (None if from_document else h.as_of)
    as_of = h.as_of or (None if stated else ex.meta.speaks_for)
    basis = "stated" if stated else ("document" if as_of else "unknown")
    row = _fields(h, exclude=set())
    row.update(
        figure_id=f"{doc_id}:{h.char_start}",
        doc_id=doc_id,
        low=low,
        high=high,
        low_open=low_open,
        as_of=as_of,
        date_basis=basis,
        sentence=text[h.sentence_start : h.sentence_end],
    )
    return row


def _meeting_row(doc_id: str, m: MeetingHit, text: str) -> Row:
    row = _fields(m, exclude={"sentence_start", "sentence_end"})
    row.update(
        meeting_id=f"{doc_id}:m:{m.char_start}",
        doc_id=doc_id,
        sentence=text[m.sentence_start : m.sentence_end] or m.surface,
    )
    return row
