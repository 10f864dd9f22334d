"""Read, extract and validate one batch of files into columnar tables, ready to load.

Plain Python (file reads, no Prefect, no DuckDB) so it runs in a thread, a process or on a
Dask worker; the result is Arrow tables because they cross process boundaries cheaply.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa

from flows.extract import extract_document
from flows.extract.types import Extraction
from flows.reading import Decoded, Unreadable, decode
from flows.validate import validate_extraction

TABLES = (
    "documents",
    "document_texts",
    "figures",
    "aid_shipments",
    "counts",
    "meetings",
    "rejects",
)


@dataclass(slots=True)
class ReadDoc:
    path: Path
    sha256: str
    decoded: Decoded


@dataclass(slots=True)
class Batch:
    """Rows per warehouse table for one batch of documents."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: {t: [] for t in TABLES})

    def to_arrow(self) -> dict[str, pa.Table]:
        return {t: pa.Table.from_pylist(r) for t, r in self.rows.items() if r}


@dataclass(slots=True)
class ParsedBatch:
    """What a worker hands back: Arrow tables, how many files it took, seconds per step."""

    tables: dict[str, pa.Table]
    files: int
    seconds: dict[str, float]

    @property
    def nbytes(self) -> int:
        return sum(t.nbytes for t in self.tables.values())


def parse_batch(
    paths: list[Path], max_bytes: int, tolerance: float, timeout_s: float | None = None
) -> ParsedBatch:
    """read → extract → validate one batch of files into Arrow tables (pure: no Prefect, no DB).

    One function so a batch crosses a process or network boundary once, as columnar data.
    """
    clock = time.perf_counter()
    seconds: dict[str, float] = {}

    def lap(step: str) -> None:
        nonlocal clock
        seconds[step] = time.perf_counter() - clock
        clock = time.perf_counter()

    docs, batch = read_files(paths, max_bytes)
    lap("read")
    extracted = extract_docs(docs, batch, timeout_s)
    lap("extract")
    validate_docs(extracted, batch, tolerance)
    lap("validate")
    tables = batch.to_arrow()
    lap("to_arrow")
    return ParsedBatch(tables, len(paths), seconds)


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def reject(
    path: Path | str, reason: str, stage: str, sha: str | None = None, record: str | None = None
) -> dict[str, Any]:
    return {
        "source_path": str(path),
        "reason": reason,
        "seen_at": now(),
        "stage": stage,
        "record": record,
        "sha256": sha,
    }


def read_files(paths: list[Path], max_bytes: int) -> tuple[list[ReadDoc], Batch]:
    """Decode each file; the ones that cannot be read become rejects in the returned batch."""
    docs, batch = [], Batch()
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as err:
            batch.rows["rejects"].append(reject(path, f"unreadable: {err.strerror or err}", "read"))
            continue
        sha = hashlib.sha256(data).hexdigest()
        try:
            docs.append(ReadDoc(path, sha, decode(data, path.name, max_bytes)))
        except Unreadable as err:
            batch.rows["rejects"].append(reject(path, str(err), "read", sha))
    return docs, batch


def extract_docs(
    docs: list[ReadDoc], batch: Batch, timeout_s: float | None = None
) -> list[tuple[ReadDoc, Extraction]]:
    """Extract every document; one the extractor cannot finish becomes a reject.

    Any extractor error is caught here on purpose: one bad document must never fail its batch
    (and so the run); the reject names the error so it can be reported and fixed.
    """
    out = []
    for doc in docs:
        try:
            out.append((doc, extract_document(doc.decoded.text, timeout_s=timeout_s)))
        except TimeoutError:
            why = "extraction timed out (pathological text)"
            batch.rows["rejects"].append(reject(doc.path, why, "extract", doc.sha256))
        except Exception as err:  # noqa: BLE001 - see docstring
            why = f"extractor error (please report): {type(err).__name__}: {err}"
            batch.rows["rejects"].append(reject(doc.path, why[:500], "extract", doc.sha256))
    return out


def validate_docs(
    extracted: list[tuple[ReadDoc, Extraction]], batch: Batch, tolerance: float
) -> Batch:
    """Validate every document's records into ``batch``; bad records become rejects."""
    for doc, ex in extracted:
        doc_id = doc.sha256[:16]
        rows = validate_extraction(doc_id, ex, doc.decoded.text, tolerance)
        batch.rows["documents"].append(
            {
                "doc_id": doc_id,
                "source_path": str(doc.path),
                "sha256": doc.sha256,
                "title": ex.meta.title,
                "published_on": ex.meta.published_on,
                "n_chars": len(doc.decoded.text),
                "encoding": doc.decoded.encoding,
                "content_type": doc.decoded.content_type,
            }
        )
        batch.rows["document_texts"].append({"doc_id": doc_id, "text": doc.decoded.text})
        for table in ("figures", "aid_shipments", "counts", "meetings"):
            batch.rows[table].extend(getattr(rows, table))
        batch.rows["rejects"].extend(
            reject(doc.path, reason, "validate", doc.sha256, record)
            for record, reason in rows.rejects
        )
    return batch
