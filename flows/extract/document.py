"""One document's extraction: the order of passes over its text, nothing else."""

from __future__ import annotations

from flows.extract.deadline import check, deadline
from flows.extract.docmeta import document_meta
from flows.extract.figures import find_figures
from flows.extract.meetings import find_meetings
from flows.extract.sentences import split_sentences
from flows.extract.shipments import derive_counts, derive_shipments
from flows.extract.types import Extraction


def extract_document(text: str, timeout_s: float | None = None) -> Extraction:
    """Every figure, shipment, count and meeting stated in ``text``, with exact offsets.

    With ``timeout_s``, a document whose extraction runs past that many seconds raises
    ``TimeoutError`` (checked inside the figure and meetings passes, whose regex calls also take
    their ``timeout=`` from it, and between passes)."""
    with deadline(timeout_s):
        meta = document_meta(text)
        sentences = split_sentences(text)
        check()
        meetings = find_meetings(text, sentences, meta)
        check()
        figures = find_figures(text, sentences, meta, meetings)
    return Extraction(
        meta=meta,
        figures=figures,
        shipments=derive_shipments(figures),
        counts=derive_counts(figures),
        meetings=meetings,
    )
