"""Webhook delivery against a real HTTP server on 127.0.0.1: payload, failures, retries, batches."""

from __future__ import annotations

import logging
import socket
from datetime import date, timedelta
from pathlib import Path

import pytest
from test_crosscheck_support import T0, Doc, Stmt, load
from test_webhook_support import webhook_server

from flows.alerting import refresh_and_notify
from flows.config import Settings, load_settings
from flows.crosscheck import run_crosschecks
from flows.notify import WEBHOOK_BATCH
from flows.warehouse import store

A = Doc(
    "001.txt",
    date(2020, 5, 31),
    [Stmt("340 million protective suits", 340e6, "suits"), Stmt("27 countries", 27, "c")],
)
B = Doc(
    "003.txt",
    date(2020, 5, 31),
    [Stmt("390 million protective suits", 390e6, "suits"), Stmt("27 countries", 27, "c")],
)


@pytest.fixture
def con(tmp_path: Path):
    with store.connect(tmp_path / "wh.duckdb") as con:
        load(con, [A, B], tmp_path)
        run_crosschecks(con, "run-1", T0)
        yield con


def _notified(con) -> list:
    return con.execute("SELECT notified_at FROM alerts ORDER BY alert_id").fetchall()


def test_payload_is_json_that_reads_on_its_own(con, tmp_path: Path) -> None:
    with webhook_server() as hook:
        out = refresh_and_notify(con, T0, Settings(webhook_url=hook.url))
    assert out.notified == 1 and len(hook.bodies) == 1
    assert hook.headers[0]["Content-Type"].startswith("application/json")
    body = hook.bodies[0]
    (alert,) = body["alerts"]
    assert body["source"] == "aidwatch" and body["text"].startswith("aidwatch: 1 new alert")
    assert alert["message"] in body["text"]
    assert [alert[k] for k in ("severity", "verdict", "claim_key")] == ["high", "conflict", "suits"]
    assert {alert["a"]["value"], alert["b"]["value"]} == {340e6, 390e6}
    assert {alert["a"]["document"], alert["b"]["document"]} == {
        str(tmp_path / "001.txt"),
        str(tmp_path / "003.txt"),
    }
    assert alert["a"]["date"] == alert["b"]["date"] == "2020-05-31"
    assert "390 million protective suits" in alert["a"]["quote"] + alert["b"]["quote"]
    assert _notified(con) == [(T0,)]


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_failing_webhook_keeps_alert_pending_and_retries_next_run(con) -> None:
    # Prefect's logging setup keeps caplog away from this logger: listen to it directly
    records, logger = _Records(), logging.getLogger("aidwatch.notify")
    logger.addHandler(records)
    with webhook_server() as hook:
        hook.statuses = [500]
        try:
            out = refresh_and_notify(con, T0, Settings(webhook_url=hook.url))
        finally:
            logger.removeHandler(records)
        assert (out.notified, out.undelivered, out.open) == (0, 1, 1)
        assert _notified(con) == [(None,)]
        (line,) = records.lines
        assert "stay un-notified and are retried next run" in line and "500" in line

        t1 = T0 + timedelta(hours=1)
        again = refresh_and_notify(con, t1, Settings(webhook_url=hook.url))
        assert (again.notified, again.undelivered) == (1, 0)
        assert len(hook.bodies) == 1 and _notified(con) == [(t1,)]
        refresh_and_notify(con, t1 + timedelta(hours=1), Settings(webhook_url=hook.url))
        assert len(hook.bodies) == 1  # delivered once


def test_unreachable_webhook_does_not_fail_the_run(con) -> None:
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = refresh_and_notify(con, T0, Settings(webhook_url=f"http://127.0.0.1:{port}/x"))
    assert (out.open, out.notified, out.undelivered) == (1, 0, 1)
    bad = refresh_and_notify(con, T0, Settings(webhook_url="not a url"))
    assert bad.notified == 0 and _notified(con) == [(None,)]


def test_batches_are_posted_and_a_failed_batch_is_kept_for_next_run(tmp_path: Path) -> None:
    n = WEBHOOK_BATCH * 2 + 50
    a = Doc("a.txt", date(2020, 6, 1), [Stmt(f"{i} masks", i, f"k{i}") for i in range(n)])
    b = Doc("b.txt", date(2020, 6, 1), [Stmt(f"{i + n} masks", i + n, f"k{i}") for i in range(n)])
    with store.connect(tmp_path / "wh.duckdb") as con, webhook_server() as hook:
        load(con, [a, b], tmp_path)
        run_crosschecks(con, "run-1", T0)
        hook.statuses = [200, 503]
        out = refresh_and_notify(con, T0, Settings(webhook_url=hook.url))
        assert (out.open, out.notified, out.undelivered) == (n, WEBHOOK_BATCH, n - WEBHOOK_BATCH)
        assert len(hook.bodies) == 1  # stopped at the refused batch, did not hammer on
        again = refresh_and_notify(con, T0 + timedelta(hours=1), Settings(webhook_url=hook.url))
        assert again.notified == n - WEBHOOK_BATCH
        assert len(hook.bodies) == 3 and len(set(hook.alert_ids)) == n


def test_webhook_url_from_toml_and_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("AIDWATCH_WEBHOOK_URL", raising=False)
    (tmp_path / "aidwatch.toml").write_text(
        '[aidwatch]\nwebhook_url = "http://127.0.0.1:9/from-toml"\n', encoding="utf-8"
    )
    assert load_settings(cwd=tmp_path).webhook_url == "http://127.0.0.1:9/from-toml"
    monkeypatch.setenv("AIDWATCH_WEBHOOK_URL", "http://127.0.0.1:9/from-env")
    assert load_settings(cwd=tmp_path).webhook_url == "http://127.0.0.1:9/from-env"


def test_a_flood_is_delivered_most_severe_first_over_several_runs(tmp_path, monkeypatch) -> None:
    from test_alerts import A as A3
    from test_alerts import B as B3

    import flows.alerting as alerting

    monkeypatch.setattr(alerting, "MAX_DELIVER_PER_RUN", 2)
    with store.connect(tmp_path / "wh.duckdb") as con, webhook_server() as hook:
        load(con, [A3, B3], tmp_path)
        run_crosschecks(con, "run-1", T0)
        first = refresh_and_notify(con, T0, Settings(webhook_url=hook.url))
        assert (first.open, first.notified, first.undelivered) == (3, 2, 1)
        assert [a["severity"] for a in hook.bodies[0]["alerts"]] == ["high", "high"]
        second = refresh_and_notify(con, T0 + timedelta(hours=1), Settings(webhook_url=hook.url))
        assert (second.notified, second.undelivered) == (1, 0)
        assert [a["severity"] for a in hook.bodies[1]["alerts"]] == ["info"]
