"""Stated numbers (placeholder: replaced by the issue-3 extractor)."""

from __future__ import annotations

from flows.extract.types import DocMeta, FigureHit, MeetingHit, Sentence


def find_figures(
    text: str, sentences: list[Sentence], meta: DocMeta, meetings: list[MeetingHit]
) -> list[FigureHit]:
    return []
