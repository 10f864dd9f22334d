"""Planted disagreement on the real seed corpus, through the real extractor.

The seeds agree on China's exports from March 1 to May 31 (001 and 003 both say "340 million
protective suits"). Changing one document to "390 million" must raise one alert that pairs the
changed figure with its partner; on the unchanged corpus no agreeing pair may alert.
"""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pytest
from conftest import SEEDS
from test_webhook_support import webhook_server

from flows.alerting import refresh_and_notify
from flows.config import Settings, load_settings
from flows.crosscheck import run_crosschecks
from flows.extract import extract_document
from flows.validate import validate_extraction
from flows.warehouse import store

SUITS, PLANTED = "340 million protective suits", "390 million protective suits"
T0 = datetime(2026, 1, 1, 9)


def load_plain(con, docs: Path) -> None:
    """The plain load path: extract_document → validate_extraction → Arrow → DuckDB."""
    store.ensure_schema(con)
    for path in sorted(docs.iterdir()):
        data = path.read_bytes()
        text, sha = data.decode("utf-8"), hashlib.sha256(data).hexdigest()
        ex = extract_document(text)
        rows = validate_extraction(sha[:16], ex, text, 0.1)
        doc = {
            "doc_id": sha[:16],
            "source_path": str(path),
            "sha256": sha,
            "title": ex.meta.title,
            "published_on": ex.meta.published_on,
            "n_chars": len(text),
            "encoding": "utf-8",
            "content_type": "text",
        }
        tables = {
            "documents": pa.Table.from_pylist([doc]),
            "document_texts": pa.Table.from_pylist([{"doc_id": sha[:16], "text": text}]),
        }
        if rows.figures:
            tables["figures"] = pa.Table.from_pylist(rows.figures)
        store.insert_tables(con, tables, "plain", T0)


def _suits(con) -> list[tuple[str, str]]:
    return con.execute(
        "SELECT figure_id, surface FROM figures WHERE surface LIKE '%million protective suits' "
        "ORDER BY figure_id"
    ).fetchall()


def test_unchanged_seeds_no_agreeing_pair_alerts(tmp_path: Path) -> None:
    with store.connect(tmp_path / "wh.duckdb") as con:
        load_plain(con, SEEDS)
        out = run_crosschecks(con, "plain", T0)
        alerts = refresh_and_notify(con, T0, Settings(), "plain")
        assert out.pairs >= 20, "the extractor should pair the seeds' shared claims"
        suits = _suits(con)
        assert len(suits) == 2 and {s for _, s in suits} == {SUITS}
        verdict = con.execute(
            "SELECT verdict FROM crosschecks WHERE figure_id_a IN (?, ?) AND figure_id_b IN (?, ?)",
            [suits[0][0], suits[1][0]] * 2,
        ).fetchall()
        assert verdict == [("agree",)]
        agreeing_alerts = con.execute(
            "SELECT count(*) FROM alerts a JOIN crosschecks c "
            "ON c.figure_id_a = a.figure_id_a AND c.figure_id_b = a.figure_id_b "
            "WHERE c.verdict = 'agree'"
        ).fetchone()[0]
        assert agreeing_alerts == 0
        assert alerts.open == out.disagreements - _restated(con)
        assert out.failed == [] and alerts.checks[0].status == "pass"


def _restated(con) -> int:
    """Disagreeing pairs beyond the first per alert (a restated figure gives one alert)."""
    n_pairs = con.execute("SELECT count(*) FROM crosschecks WHERE verdict <> 'agree'").fetchone()
    return n_pairs[0] - con.execute("SELECT count(*) FROM alerts").fetchone()[0]


@pytest.mark.prefect
def test_planted_disagreement_alerts_once_through_the_flow(
    prefect_server: None, tmp_path: Path
) -> None:
    from flows.pipeline import aidwatch_run

    docs = tmp_path / "docs"
    shutil.copytree(SEEDS, docs)
    target = next(docs.glob("003_*.txt"))
    text = target.read_text(encoding="utf-8")
    assert text.count(SUITS) == 1
    target.write_text(text.replace(SUITS, PLANTED), encoding="utf-8")
    db = tmp_path / "wh" / "aidwatch.duckdb"

    with webhook_server() as hook:
        settings = load_settings(docs=[docs], db=db, webhook_url=hook.url)
        first = aidwatch_run(settings)
        planted = [a for a in hook.bodies[0]["alerts"] if PLANTED in _quotes(a)]
        assert len(planted) == 1, [a["message"] for a in hook.bodies[0]["alerts"]]
        (alert,) = planted
        assert (alert["severity"], alert["verdict"]) == ("high", "conflict")
        sides = {Path(alert[s]["document"]).name[:3]: alert[s]["value"] for s in ("a", "b")}
        assert sides == {"001": 340e6, "003": 390e6}
        assert SUITS in alert["message"] and PLANTED in alert["message"]
        assert first.alerts.notified == first.alerts.open >= 1

        again = aidwatch_run(settings)
        assert len(hook.bodies) == 1 and again.alerts.notified == 0  # never re-notified
        assert again.alerts.open == first.alerts.open

    assert PLANTED in _artifact("aidwatch-run")


def _quotes(alert: dict) -> str:
    return alert["a"]["quote"] + alert["b"]["quote"]


def _artifact(key: str) -> str:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key]))
        )
    assert found, f"no artifact {key}"
    return "\n".join(str(a.data) for a in found)


@pytest.mark.prefect
def test_prefect_notification_block_delivers_and_a_missing_one_waits(
    prefect_server: None, tmp_path: Path
) -> None:
    from prefect.blocks.notifications import CustomWebhookNotificationBlock
    from test_alerts import A, B
    from test_crosscheck_support import load

    with store.connect(tmp_path / "wh.duckdb") as con, webhook_server() as hook:
        load(con, [A, B], tmp_path)
        run_crosschecks(con, "run-1", T0)
        missing = refresh_and_notify(con, T0, Settings(notify_block="no-such-block"), "run-1")
        assert (missing.open, missing.notified, missing.undelivered) == (3, 0, 3)

        CustomWebhookNotificationBlock(
            name="aidwatch test",
            url=hook.url,
            json_data={"subject": "{{subject}}", "body": "{{body}}"},
            allow_private_urls=True,
        ).save("aidwatch-test", overwrite=True)
        out = refresh_and_notify(con, T0, Settings(notify_block="aidwatch-test"), "run-1")
        assert (out.notified, out.undelivered) == (3, 0)
        (sent,) = hook.bodies
        assert sent["subject"] == "aidwatch: 3 alert(s), high first"
        assert sent["body"].split(" ")[1] == "[high]"  # most severe first
        assert "CONFLICT [high] suits" in sent["body"] and "390,000,000" in sent["body"]
        assert refresh_and_notify(con, T0, Settings(notify_block="aidwatch-test")).notified == 0
