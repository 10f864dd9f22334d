"""``aidwatch serve``: the flow on a schedule, picking up whatever has landed in --docs.

Prefect's serve registers a deployment and polls the Prefect API for its scheduled runs; only a
real server schedules them (the temporary one ``aidwatch run`` starts would schedule nothing),
so PREFECT_API_URL must point at one. At most one run at a time (deployment concurrency 1):
a run that would overlap the previous one waits for it instead of racing for the warehouse.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path
from typing import Any

from flows.config import Settings

DEPLOYMENT = "aidwatch-scheduled"

NO_SERVER = """aidwatch serve needs a Prefect server to schedule runs. On this machine:
  prefect server start            # in another terminal (or as a service)
  export PREFECT_API_URL=http://127.0.0.1:4200/api
then run aidwatch serve again. Or point PREFECT_API_URL at an existing Prefect server."""


def serve_schedule(settings: Settings, cron: str | None, interval_s: float | None) -> int:
    if (cron is None) == (interval_s is None):
        print("aidwatch serve: give exactly one of --cron or --interval", file=sys.stderr)
        return 2
    if not _api_url():
        print(NO_SERVER, file=sys.stderr)
        return 2
    from prefect import serve
    from prefect.deployments.runner import EntrypointType

    from flows.pipeline import _flow

    deployment = _flow.to_deployment(
        name=DEPLOYMENT,
        cron=cron,
        interval=interval_s,
        parameters={"settings": deployment_parameters(settings)},
        concurrency_limit=1,
        description="aidwatch on a schedule: new and changed documents in --docs into --db.",
        # by module path, so the run loads the installed package wherever it is started from
        entrypoint_type=EntrypointType.MODULE_PATH,
    )
    serve(deployment)  # blocks; Ctrl-C or SIGTERM stops it (and pauses the schedule)
    return 0


def deployment_parameters(settings: Settings) -> dict[str, Any]:
    """Settings as JSON with absolute paths: a scheduled run may start in another directory."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(settings):
        value = getattr(settings, f.name)
        if isinstance(value, Path):
            value = str(value.expanduser().resolve())
        elif isinstance(value, tuple):
            value = [str(Path(p).expanduser().resolve()) for p in value]
        out[f.name] = value
    return out


def _api_url() -> str | None:
    from prefect.settings import PREFECT_API_URL

    return os.environ.get("PREFECT_API_URL") or PREFECT_API_URL.value()
