"""A document's own title and date: the fallback for figures that state no period."""

from __future__ import annotations

from flows.extract.types import DocMeta


def document_meta(text: str) -> DocMeta:
    # Placeholder until the dateline rules land (issue 3): first non-empty line as title.
    title = next((ln.strip() for ln in text.splitlines() if ln.strip()), None)
    return DocMeta(title=title[:300] if title else None, published_on=None, published_text=None)
