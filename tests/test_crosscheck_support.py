"""Builders for hand-made warehouses: documents whose text is made of the statements given, loaded
through the real validation (flows.validate) and the real Arrow load path (flows.warehouse.store).

Imported by the cross-check, alert, check and webhook tests; it holds no tests itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import duckdb
import pyarrow as pa

from flows.extract.types import DocMeta, Extraction, FigureHit
from flows.validate import validate_extraction
from flows.warehouse import store

T0 = datetime(2026, 1, 1, 9, 0)


@dataclass(frozen=True, slots=True)
class Stmt:
    """One stated figure: the words, the number, the claim and the dates it speaks for."""

    surface: str
    value: float
    key: str
    qualifier: str = "exact"
    period: tuple[date, date] | None = None
    as_of: date | None = None
    event: str | None = None
    unit: str | None = None
    kind: str = "count"


@dataclass(slots=True)
class Doc:
    name: str
    published_on: date | None
    stmts: list[Stmt] = field(default_factory=list)

    def text(self) -> str:
        return f"Report {self.name}\n\n" + " ".join(self._sentences())

    def _sentences(self) -> list[str]:
        return [f"By then {s.surface} were on record." for s in self.stmts]

    def doc_id(self) -> str:
        return hashlib.sha256(self.text().encode()).hexdigest()[:16]


def extraction(doc: Doc) -> tuple[str, Extraction]:
    """The document's text and the hits an extractor would return for it."""
    text, hits, pos = doc.text(), [], 0
    for s in doc.stmts:
        start = text.index(s.surface, pos)
        sent_start = text.rindex("By then", 0, start)
        sent_end = text.index(".", start + len(s.surface)) + 1
        pos = start + len(s.surface)
        hits.append(
            FigureHit(
                char_start=start,
                char_end=pos,
                surface=s.surface,
                value=s.value,
                qualifier=s.qualifier,
                kind=s.kind,
                unit=s.unit,
                item=None,
                sentence_start=sent_start,
                sentence_end=sent_end,
                event=s.event,
                period_start=s.period[0] if s.period else None,
                period_end=s.period[1] if s.period else None,
                as_of=s.as_of,
                claim_key=s.key,
            )
        )
    return text, Extraction(DocMeta(doc.name, doc.published_on, None), hits, [], [], [])


def load(
    con: duckdb.DuckDBPyConnection,
    docs: list[Doc],
    root: Path,
    run_id: str = "run-1",
    ts: datetime = T0,
    tolerance: float = 0.1,
) -> list[str]:
    """Load ``docs`` into the warehouse; the figure ids, in the order stated."""
    store.ensure_schema(con)
    ids: list[str] = []
    for doc in docs:
        text, ex = extraction(doc)
        doc_id = doc.doc_id()
        rows = validate_extraction(doc_id, ex, text, tolerance)
        assert not rows.rejects, rows.rejects
        sha = hashlib.sha256(text.encode()).hexdigest()
        tables = {
            "documents": pa.Table.from_pylist(
                [
                    {
                        "doc_id": doc_id,
                        "source_path": str(root / doc.name),
                        "sha256": sha,
                        "title": doc.name,
                        "published_on": doc.published_on,
                        "n_chars": len(text),
                        "encoding": "utf-8",
                        "content_type": "text",
                    }
                ]
            ),
            "document_texts": pa.Table.from_pylist([{"doc_id": doc_id, "text": text}]),
        }
        if rows.figures:
            tables["figures"] = pa.Table.from_pylist(rows.figures)
        store.insert_tables(con, tables, run_id, ts)
        ids += [r["figure_id"] for r in rows.figures]
    return ids


def drop(con: duckdb.DuckDBPyConnection, doc: Doc) -> None:
    """Remove a document the way a replaced file is removed: its rows go."""
    for table in ("figures", "document_texts", "documents"):
        con.execute(f"DELETE FROM {table} WHERE doc_id = ?", [doc.doc_id()])


def crosschecks(con: duckdb.DuckDBPyConnection) -> dict[str, tuple]:
    """claim_key -> (verdict, figure_id_a, figure_id_b, detail) for single-pair claims."""
    rows = con.execute(
        "SELECT claim_key, verdict, figure_id_a, figure_id_b, detail FROM crosschecks"
    ).fetchall()
    return {r[0]: r[1:] for r in rows}
