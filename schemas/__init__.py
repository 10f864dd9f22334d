"""The record contract: pydantic models every row must satisfy before it is loaded."""

from schemas.records import (
    CountRecord,
    DocumentRecord,
    FigureRecord,
    MeetingRecord,
    ShipmentRecord,
)

__all__ = ["CountRecord", "DocumentRecord", "FigureRecord", "MeetingRecord", "ShipmentRecord"]
