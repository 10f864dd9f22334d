"""End to end through real Prefect flow runs (session-wide local server) into real DuckDB files."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.cli import main
from flows.config import load_settings
from flows.pipeline import aidwatch_run

pytestmark = pytest.mark.usefixtures("prefect_server")

SNAPSHOT = {
    "documents": "SELECT doc_id, source_path, sha256, status FROM documents",
    "figures": "SELECT figure_id, char_start, char_end, surface, value, qualifier, claim_key "
    "FROM figures",
    "meetings": "SELECT meeting_id, name FROM meetings",
    "crosschecks": "SELECT check_id, verdict FROM crosschecks",
    "alerts": "SELECT alert_id, status, first_seen FROM alerts",
}


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: sorted(con.execute(q).fetchall()) for t, q in SNAPSHOT.items()}


def _masks(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT f.figure_id, d.source_path, f.qualifier, f.claim_key FROM figures f "
            "JOIN documents d USING (doc_id) WHERE f.value = 70600000000 ORDER BY 2"
        ).fetchall()


def test_seeds_load_cross_check_and_rerun_idempotently(seed_docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "wh" / "aidwatch.duckdb"
    settings = load_settings(docs=[seed_docs], db=db)
    first = aidwatch_run(settings)
    assert first.loaded.loaded == 5 and first.loaded.rejected == 0
    masks = _masks(db)
    assert [Path(m[1]).name[:3] for m in masks] == ["001", "003"]
    assert {m[2] for m in masks} == {"more_than"} and masks[0][3] == masks[1][3] != ""
    with duckdb.connect(str(db), read_only=True) as con:
        verdict = con.execute(
            "SELECT verdict FROM crosschecks WHERE figure_id_a IN (?, ?) AND figure_id_b IN (?, ?)",
            [masks[0][0], masks[1][0]] * 2,
        ).fetchall()
    assert verdict == [("agree",)]

    before = _snapshot(db)
    second = aidwatch_run(settings)
    assert second.loaded.loaded == 0
    assert _snapshot(db) == before  # same rows, same ids, alerts not re-opened


def test_changed_document_replaces_its_records(seed_docs: Path, tmp_path: Path) -> None:
    db = tmp_path / "aidwatch.duckdb"
    settings = load_settings(docs=[seed_docs], db=db)
    aidwatch_run(settings)
    doc = seed_docs / "004_63759457a68a2277.txt"
    old = _snapshot(db)
    doc.write_text(
        doc.read_text(encoding="utf-8").replace("over 150 countries", "over 160 countries"),
        encoding="utf-8",
    )
    result = aidwatch_run(settings)
    assert result.loaded.loaded == 1
    new = _snapshot(db)
    assert len(new["documents"]) == len(old["documents"])
    gone_ids = {d[0] for d in old["documents"]} - {d[0] for d in new["documents"]}
    assert len(gone_ids) == 1  # the old version's doc_id is gone, with all its figures
    assert not [f for f in new["figures"] if f[0].split(":")[0] in gone_ids]
    assert any(f[4] == 160 for f in new["figures"])


def test_cli_run_query_and_alerts(
    seed_docs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cli.duckdb"
    assert main(["run", "--docs", str(seed_docs), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "documents  5 loaded, 0 rejected" in out
    assert main(["query", "SELECT count(*) AS n FROM documents", "--db", str(db)]) == 0
    assert "5" in capsys.readouterr().out
    assert main(["alerts", "--db", str(db)]) == 0
    assert "open alert(s)" in capsys.readouterr().out
