"""Meetings (placeholder: replaced by the issue-3 meetings extractor)."""

from __future__ import annotations

from flows.extract.types import DocMeta, MeetingHit, Sentence


def find_meetings(text: str, sentences: list[Sentence], meta: DocMeta) -> list[MeetingHit]:
    return []
