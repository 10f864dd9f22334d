"""Shipments and counts derived from figures (placeholder until issue 3)."""

from __future__ import annotations

from flows.extract.types import CountHit, FigureHit, ShipmentHit


def derive_shipments(figures: list[FigureHit]) -> list[ShipmentHit]:
    return []


def derive_counts(figures: list[FigureHit]) -> list[CountHit]:
    return []
