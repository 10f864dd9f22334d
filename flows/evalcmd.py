"""``aidwatch eval``: score a warehouse (or a fresh run on --docs) against gold files. With no
warehouse yet, the pipeline first runs on the configured documents (the seeds by default)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from flows.config import load_settings
from flows.evaluate import PredFigure, PredMeeting, PredPair, score_all
from flows.warehouse.store import connect


def run_eval(
    gold_dir: Path, docs: list[Path] | None, db: Path | None, verbose: bool | None = None
) -> int:
    """Print the scores; then every pair and alert miss, readable (and with ``verbose``, or
    AIDWATCH_EVAL_VERBOSE=1, the figure and meeting misses too)."""
    if verbose is None:
        verbose = os.environ.get("AIDWATCH_EVAL_VERBOSE", "") not in ("", "0")
    from flows.pipeline import aidwatch_run

    if docs:
        db = Path(tempfile.mkdtemp(prefix="aidwatch-eval-")) / "eval.duckdb"
        aidwatch_run(load_settings(docs=docs, db=db))
    settings = load_settings(db=db)
    db = settings.db
    if not db.exists():  # a fresh machine: nothing to read yet, so make it as `aidwatch run` would
        print(f"no warehouse at {db}: running the pipeline on {', '.join(map(str, settings.docs))}")
        aidwatch_run(settings)
    texts, figs, meets, pairs = _read_predictions(db)
    report = score_all(figs, meets, pairs, gold_dir, texts)
    print(f"warehouse {db}")
    print("\n".join(report.lines()))
    words = {f.figure_id: f"{f.file[:3]} {texts[f.file][f.start : f.end]!r}" for f in figs}
    for note in report.pair_notes:
        print("  " + " ".join(words.get(w, w) for w in note.split(" ")))
    if verbose:
        for note in report.figure_notes + report.meeting_notes:
            print("  " + note)
    return 0


def _read_predictions(db: Path):
    with connect(db, read_only=True) as con:
        docs = con.execute(
            "SELECT d.doc_id, d.source_path, t.text FROM documents d "
            "JOIN document_texts t USING (doc_id) WHERE d.status = 'loaded'"
        ).fetchall()
        name = {doc_id: Path(path).name for doc_id, path, _ in docs}
        texts = {Path(path).name: text for _, path, text in docs}
        figs = [
            PredFigure(name[d], s, e, v, q, fid)
            for fid, d, s, e, v, q in con.execute(
                "SELECT figure_id, doc_id, char_start, char_end, value, qualifier FROM figures"
            ).fetchall()
            if d in name
        ]
        meets = [
            PredMeeting(name[d], s, e, n, a)
            for d, s, e, n, a in con.execute(
                "SELECT doc_id, char_start, char_end, name, is_aggregate FROM meetings"
            ).fetchall()
            if d in name
        ]
        pairs = [
            PredPair(a, b, v != "agree")
            for a, b, v in con.execute(
                "SELECT figure_id_a, figure_id_b, verdict FROM crosschecks"
            ).fetchall()
        ]
    return texts, figs, meets, pairs
