"""One document the extractor chokes on must not fail its batch: it becomes a named reject."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows import parse
from flows.reading import Decoded

GOOD = "As of May 31, China had sent 29 medical expert teams to 27 countries.\n"


def _doc(path: str, text: str) -> parse.ReadDoc:
    return parse.ReadDoc(Path(path), "cd" * 32, Decoded(text, "utf-8", "text"))


def test_an_extractor_bug_is_a_reject_naming_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    real = parse.extract_document

    def flaky(text: str, **kw: object):  # a fault injected into our own code, not a mock
        if "BOOM" in text:
            raise IndexError("list index out of range")
        return real(text, **kw)

    monkeypatch.setattr(parse, "extract_document", flaky)
    batch = parse.Batch()
    out = parse.extract_docs([_doc("/d/bad.txt", "BOOM " + GOOD), _doc("/d/ok.txt", GOOD)], batch)
    assert [d.path.name for d, _ in out] == ["ok.txt"]
    assert len(out[0][1].figures) == 2
    (rej,) = batch.rows["rejects"]
    assert rej["source_path"] == "/d/bad.txt" and rej["stage"] == "extract"
    assert "IndexError: list index out of range" in rej["reason"]


def test_the_pipeline_deadline_reaches_the_extractor() -> None:
    batch = parse.Batch()
    huge = GOOD * 40_000  # ~2.8 MB: far more than a microsecond's work
    out = parse.extract_docs([_doc("/d/huge.txt", huge)], batch, timeout_s=1e-6)
    assert out == []
    assert batch.rows["rejects"][0]["reason"] == "extraction timed out (pathological text)"


def test_a_warehouse_inside_the_docs_folder_is_not_input(tmp_path: Path) -> None:
    from flows.discover import discover
    from flows.warehouse.publish import lock_path, warehouse_files, work_path

    db = tmp_path / "aidwatch.duckdb"
    for p in (db, lock_path(db), work_path(db), tmp_path / "report.txt"):
        p.write_text("x")
    files, rejects = discover((tmp_path,), own=warehouse_files(db))
    assert [f.path.name for f in files] == ["report.txt"]
    assert rejects == []  # the hidden work copy is ours, not a hidden input file
