"""``aidwatch serve``: the flow on a schedule (issue 5 fills this in)."""

from __future__ import annotations

import sys

from flows.config import Settings


def serve_schedule(settings: Settings, cron: str | None, interval_s: float | None) -> int:
    print("aidwatch serve: not available yet (issue 5)", file=sys.stderr)
    return 2
