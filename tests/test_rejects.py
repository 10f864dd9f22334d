"""Whatever arrives, the run goes on: every input ends in documents or in rejects, with a reason."""

from __future__ import annotations

import codecs
import os
from datetime import date
from pathlib import Path

import duckdb
import pytest
import regex

from flows import parse
from flows.config import load_settings
from flows.extract.types import DocMeta, Extraction, FigureHit
from flows.reading import Decoded

GOOD = "China sent more than 1,000 masks to Italy on 5 May 2020.\n"


def _doc(path: str, text: str = GOOD) -> parse.ReadDoc:
    return parse.ReadDoc(Path(path), "ab" * 32, Decoded(text, "utf-8", "text"))


def _catastrophic(text: str, **_: object) -> Extraction:
    """An extractor step that backtracks exponentially; the regex module's timeout stops it."""
    regex.search(r"(?:a|a)+b", "a" * 40, timeout=0.05)
    raise AssertionError("the pattern above cannot finish in 50 ms")


def test_an_extraction_timeout_becomes_a_reject_and_the_batch_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = parse.extract_document
    monkeypatch.setattr(
        parse,
        "extract_document",
        lambda t, **kw: _catastrophic(t) if "HOSTILE" in t else real(t, **kw),
    )
    batch = parse.Batch()
    out = parse.extract_docs([_doc("/d/hostile.txt", "HOSTILE " + GOOD), _doc("/d/ok.txt")], batch)
    assert [d.path.name for d, _ in out] == ["ok.txt"]
    (rej,) = batch.rows["rejects"]
    assert (rej["source_path"], rej["stage"]) == ("/d/hostile.txt", "extract")
    assert rej["reason"] == "extraction timed out (pathological text)"


def test_a_bad_record_is_a_validate_reject_and_its_document_still_loads() -> None:
    start = GOOD.index("more")
    bad = FigureHit(
        char_start=start,
        char_end=start + 26,
        surface=GOOD[start : start + 26],
        value=-1000,
        qualifier="more_than",
        kind="count",
        unit=None,
        item="masks",
        sentence_start=0,
        sentence_end=len(GOOD) - 1,
    )
    ex = Extraction(DocMeta(None, date(2020, 5, 5), None), [bad], [], [], [])
    batch = parse.validate_docs([(_doc("/d/a.txt"), ex)], parse.Batch(), 0.1)
    assert [d["source_path"] for d in batch.rows["documents"]] == ["/d/a.txt"]
    (rej,) = batch.rows["rejects"]
    assert rej["stage"] == "validate" and rej["record"] == f"figure {start}-{start + 26}"
    assert "value: Input should be greater than or equal to 0" in rej["reason"]


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    d = tmp_path / "inbox"
    d.mkdir()
    files = {
        "plain.txt": GOOD.encode(),
        "bom.txt": codecs.BOM_UTF8 + b"Spain received 20 teams.\n",
        "utf16.txt": "Serbia received 6 teams.\n".encode("utf-16"),
        "latin1.txt": "Genève received 30 000 gowns.\n".encode("latin-1"),
        "page.html": b"<html><script>var n=9;</script><p>Peru got 4<br>000 kits</p></html>",
        "z-copy.txt": GOOD.encode(),
        "empty.txt": b"",
        "binary.pdf": b"%PDF-1.4\x00\x01\x02",
        "huge.txt": b"x" * 5000,
        "only-tags.html": b"<html><body></body></html>",
        "timeout.txt": b"HOSTILE text that the extractor cannot finish.\n",
        ".hidden.txt": b"secret 5 masks",
    }
    for name, data in files.items():
        (d / name).write_bytes(data)
    os.mkfifo(d / "pipe")
    (d / "dangling.txt").symlink_to(d / "nowhere.txt")
    return d


@pytest.mark.usefixtures("prefect_server")
def test_a_hostile_folder_ends_entirely_in_documents_or_rejects(
    hostile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.pipeline import aidwatch_run
    from flows.summary import render_summary

    real = parse.extract_document
    monkeypatch.setattr(
        parse,
        "extract_document",
        lambda t, **kw: _catastrophic(t) if "HOSTILE" in t else real(t, **kw),
    )
    db = tmp_path / "wh.duckdb"
    settings = load_settings(docs=[hostile], db=db, max_file_bytes=4000)
    aidwatch_run(settings)
    with duckdb.connect(str(db), read_only=True) as con:
        docs = dict(con.execute("SELECT source_path, encoding FROM documents").fetchall())
        rejects = dict(
            con.execute(
                "SELECT source_path, reason FROM rejects WHERE stage <> 'validate'"
            ).fetchall()
        )
    name = {str(hostile / n): n for n in os.listdir(hostile)}
    assert {name[p]: e for p, e in docs.items()} == {
        "plain.txt": "utf-8",
        "bom.txt": "utf-8-sig",
        "utf16.txt": "utf-16",
        "latin1.txt": "latin-1",
        "page.html": "utf-8",
    }
    got = {name[p]: why for p, why in rejects.items()}
    assert got == {
        "z-copy.txt": f"duplicate content of {hostile / 'plain.txt'}",
        "empty.txt": "empty file (0 bytes)",
        "binary.pdf": "binary file: contains NUL bytes",
        "huge.txt": "too large: 5,000 bytes (limit 4,000)",
        "only-tags.html": "no text: the html file holds only markup",
        "timeout.txt": "extraction timed out (pathological text)",
        ".hidden.txt": "hidden file (name starts with '.'): not read; rename it to include it",
        "pipe": "not a regular file: a FIFO (named pipe)",
        "dangling.txt": "broken symbolic link: its target does not exist",
    }
    assert set(docs) | set(rejects) == set(name)  # nothing silently skipped
    summary = render_summary(db)
    assert "5 loaded, 9 rejected" in summary
    assert f"rejected {hostile / 'pipe'}: not a regular file" in summary
