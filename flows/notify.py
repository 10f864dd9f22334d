"""Deliver alerts: a JSON POST to a webhook, and a Prefect notification block if configured."""

from __future__ import annotations

import json
import urllib.request
from datetime import date, datetime
from typing import Any

from flows.config import Settings


def _jsonable(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date | datetime) else v


def payload(alerts: list[dict[str, Any]]) -> bytes:
    body = {
        "source": "aidwatch",
        "alerts": [{k: _jsonable(v) for k, v in a.items()} for a in alerts],
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def deliver(alerts: list[dict[str, Any]], settings: Settings) -> list[str]:
    """Send ``alerts``; the ids delivered are returned (none when no channel is configured)."""
    if not alerts or not (settings.webhook_url or settings.notify_block):
        return []
    if settings.webhook_url:
        req = urllib.request.Request(
            settings.webhook_url,
            data=payload(alerts),
            method="POST",
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=10) as resp:  # noqa: S310 - user's own URL
            resp.read()
    if settings.notify_block:
        from prefect.blocks.notifications import NotificationBlock

        block = NotificationBlock.load(settings.notify_block)
        for a in alerts:
            block.notify(body=a["message"], subject=f"aidwatch {a['severity']} alert")
    return [a["alert_id"] for a in alerts]
