"""Which Prefect task runner parses the batches: threads here, or a Dask cluster."""

from __future__ import annotations

from prefect.task_runners import ThreadPoolTaskRunner

from flows.config import Settings


def make_task_runner(settings: Settings) -> ThreadPoolTaskRunner:
    if settings.task_runner == "dask":
        raise NotImplementedError("--task-runner dask arrives with issue 5")
    return ThreadPoolTaskRunner(max_workers=2)
