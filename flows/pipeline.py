"""The aidwatch flow: the pipeline's table of contents."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from prefect import flow, runtime

from flows.alerting import AlertOutcome
from flows.config import Settings
from flows.crosscheck import CheckOutcome
from flows.parse import now
from flows.runners import make_task_runner
from flows.tasks import (
    LoadOutcome,
    cross_check,
    discover_inputs,
    extract_batch,
    load_warehouse,
    plan_changes,
    raise_alerts,
    read_batch,
    validate_batch,
)
from flows.warehouse.publish import private_copy, run_lock
from flows.warehouse.store import checkpoint


@dataclass(frozen=True, slots=True)
class RunResult:
    run_id: str
    db: Path
    loaded: LoadOutcome
    checks: CheckOutcome
    alerts: AlertOutcome


def chunks(items: list[Path], size: int) -> list[list[Path]]:
    """Batches of documents: a task run per batch, not per document (each costs tens of ms)."""
    return [items[i : i + size] for i in range(0, len(items), size)]


def aidwatch_run(settings: Settings) -> RunResult:
    """Run the flow once with the task runner the settings ask for."""
    return _flow.with_options(task_runner=make_task_runner(settings))(settings)


@flow(name="aidwatch", log_prints=True)
def _flow(settings: Settings) -> RunResult:
    """discover → plan → read → extract → validate → load → cross-check → alert → publish."""
    run_id = str(runtime.flow_run.id or uuid.uuid4())
    ts = now()
    with run_lock(settings.db, settings.lock_timeout_s), private_copy(settings.db) as work:
        inputs, missing = discover_inputs(settings.docs)
        plan = plan_changes(inputs, work, settings)
        batches = [
            validate_batch.submit(
                extract_batch.submit(read_batch.submit(paths, settings.max_file_bytes)),
                settings.tolerance,
            )
            for paths in chunks(plan.to_parse, settings.batch_size)
        ]
        loaded = load_warehouse(
            work,
            plan,
            [b.result() for b in batches],
            [str(f.path) for f in inputs],
            missing,
            run_id,
            ts,
            settings,
        )
        checks = cross_check(work, run_id, ts)
        alerts = raise_alerts(work, ts, settings)
        checkpoint(work)
    return RunResult(run_id, settings.db, loaded, checks, alerts)
