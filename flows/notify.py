"""Deliver alerts: a JSON POST to a webhook, and a Prefect notification block if configured.

Delivery is at least once. An alert counts as delivered only when every configured channel took
it; a channel that fails is logged as a warning and never raises, so the run goes on and the
alert stays un-notified, to be sent again (to every channel) by the next run.
"""

from __future__ import annotations

import http.client
import json
import logging
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from flows.config import Settings

WEBHOOK_BATCH = 100  # alerts per POST: a first run on a big corpus must not send one huge body
BLOCK_BATCH = 20  # alerts per notification: chat messages stay readable
TIMEOUT_S = 10.0


def run_logger() -> logging.Logger | logging.LoggerAdapter:
    """The Prefect run logger inside a flow (shown in the UI), else a plain logger."""
    try:
        from prefect import get_run_logger

        return get_run_logger()
    except Exception:  # no run context: plain functions, tests, scripts
        return logging.getLogger("aidwatch.notify")


def _jsonable(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date | datetime) else v


def _side(a: dict[str, Any], s: str) -> dict[str, Any]:
    return {
        "document": a.get(f"doc_{s}"),
        "value": a.get(f"value_{s}"),
        "quote": a.get(f"quote_{s}"),
        "date": _jsonable(a.get(f"date_{s}")),
    }


def alert_json(a: dict[str, Any]) -> dict[str, Any]:
    """One alert as the webhook sends it: readable message plus both sides as fields."""
    return {
        "alert_id": a["alert_id"],
        "severity": a["severity"],
        "verdict": a["verdict"],
        "claim_key": a["claim_key"],
        "first_seen": _jsonable(a.get("first_seen")),
        "message": a["message"],
        "a": _side(a, "a"),
        "b": _side(a, "b"),
    }


def payload(alerts: list[dict[str, Any]]) -> bytes:
    """The JSON body. ``text`` holds every message, so chat webhooks (Slack-style) show it as is."""
    n = len(alerts)
    head = f"aidwatch: {n} new alert{'s' if n != 1 else ''}"
    body = {
        "source": "aidwatch",
        "text": "\n\n".join([head] + [a["message"] for a in alerts]),
        "alerts": [alert_json(a) for a in alerts],
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def _batches(alerts: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(alerts), size):
        yield alerts[i : i + size]


def post_webhook(url: str, alerts: list[dict[str, Any]]) -> set[str]:
    """POST the alerts in batches; the ids of the batches the server accepted (2xx)."""
    sent: set[str] = set()
    for batch in _batches(alerts, WEBHOOK_BATCH):
        try:
            if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
                raise ValueError("not an http(s) URL")  # urllib would also read file:// URLs
            req = urllib.request.Request(
                url,
                data=payload(batch),
                method="POST",
                headers={"Content-Type": "application/json; charset=utf-8"},
            )
            with urllib.request.urlopen(req, timeout=TIMEOUT_S) as resp:  # noqa: S310 - user's URL
                resp.read()
        except (OSError, ValueError, http.client.HTTPException) as err:
            run_logger().warning(
                "webhook %s failed (%s): %d alert(s) stay un-notified and are retried next run",
                url,
                err,
                len(alerts) - len(sent),
            )
            break  # the endpoint is down or refusing: do not hammer it with the rest
        sent.update(a["alert_id"] for a in batch)
    return sent


def load_notification_block(name: str) -> Any:
    """The user's notification block by document name ("ops-alerts"), whatever its type (Slack,
    Teams, e-mail, custom webhook), or by "type-slug/name"."""
    from prefect.blocks.core import Block
    from prefect.client.orchestration import get_client

    if "/" in name:
        block = Block.load(name)
    else:
        # block documents are named per type and the user names only the document: find it
        with get_client(sync_client=True) as client:
            found, offset = None, 0
            while found is None:
                page = client.read_block_documents(offset=offset, limit=200, include_secrets=False)
                found = next((d for d in page if d.name == name and not d.is_anonymous), None)
                if len(page) < 200:
                    break
                offset += 200
        if found is None:
            raise LookupError(f"no Prefect block document named {name!r}")
        block = Block.load_from_ref(found.id)
    if not callable(getattr(block, "notify", None)):
        raise TypeError(f"block {name!r} is a {type(block).__name__}, not a notification block")
    return block


def notify_block(name: str, alerts: list[dict[str, Any]]) -> set[str]:
    """Send through the user's Prefect notification block; the ids it took."""
    sent: set[str] = set()
    try:
        block = load_notification_block(name)
        for batch in _batches(alerts, BLOCK_BATCH):
            worst = batch[0]["severity"]  # pending alerts come most severe first
            block.notify(
                body="\n\n".join(a["message"] for a in batch),
                subject=f"aidwatch: {len(batch)} alert(s), {worst} first",
            )
            sent.update(a["alert_id"] for a in batch)
    except Exception as err:  # any block type, any transport: a failed channel never fails a run
        run_logger().warning(
            "Prefect notification block %r failed (%s): %d alert(s) stay un-notified "
            "and are retried next run",
            name,
            err,
            len(alerts) - len(sent),
        )
    return sent


def deliver(alerts: list[dict[str, Any]], settings: Settings) -> list[str]:
    """Send ``alerts``; the ids every configured channel took (none when none is configured)."""
    if not alerts or not (settings.webhook_url or settings.notify_block):
        return []
    ok = {a["alert_id"] for a in alerts}
    if settings.webhook_url:
        ok &= post_webhook(settings.webhook_url, alerts)
    if settings.notify_block and ok:
        ok &= notify_block(settings.notify_block, [a for a in alerts if a["alert_id"] in ok])
    return [a["alert_id"] for a in alerts if a["alert_id"] in ok]
