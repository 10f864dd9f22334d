"""The aidwatch flow: the pipeline's table of contents."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow, runtime

from flows.alerting import AlertOutcome
from flows.config import Settings
from flows.crosscheck import CheckOutcome
from flows.parse import now
from flows.progress import progress_bar
from flows.runners import (
    PlainStages,
    PrefectStages,
    batch_size,
    make_task_runner,
    parse_processes,
    worker_api,
)
from flows.tasks import (
    LoadOutcome,
    cross_check,
    discover_inputs,
    load_warehouse,
    parse_batch,
    plan_changes,
    raise_alerts,
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
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per stage, and "total"


def chunks(items: list[Path], size: int) -> list[list[Path]]:
    """Batches of documents: a task run per batch, not per document (each costs tens of ms)."""
    return [items[i : i + size] for i in range(0, len(items), size)]


def aidwatch_run(settings: Settings) -> RunResult:
    """Run the flow once with the task runner the settings ask for."""
    with worker_api(settings):
        return _flow.with_options(task_runner=make_task_runner(settings))(settings)


def run_without_prefect(settings: Settings) -> RunResult:
    """The same stages as plain calls in this process: for tests, and to measure Prefect's share."""
    return run_stages(settings, str(uuid.uuid4()), PlainStages(settings))


@flow(name="aidwatch", log_prints=True)
def _flow(settings: Settings) -> RunResult:
    return run_stages(settings, str(runtime.flow_run.id or uuid.uuid4()), PrefectStages(settings))


def run_stages(settings: Settings, run_id: str, via: PrefectStages) -> RunResult:
    """discover → plan → parse (read, extract, validate) ∥ load → cross-check → alert → publish.

    Everything writes to a private copy of the warehouse that replaces the published file only
    when the run succeeds: readers keep their snapshot, and never see half a load.
    """
    start, ts = time.perf_counter(), now()
    with run_lock(settings.db, settings.lock_timeout_s), private_copy(settings.db) as work:
        inputs, missing = via.call(discover_inputs, settings.docs, settings.db)
        planned = via.call(plan_changes, inputs, work, settings)
        todo = planned.plan.to_parse
        # Parse and load overlap: a bounded number of batches in flight, each loaded into the
        # private copy as it completes, so memory stays bounded however many documents come.
        with parse_processes(settings, len(todo)), progress_bar(len(todo), "parsing") as advance:
            batches = chunks(todo, batch_size(settings, len(todo)))
            parsed = via.stream(parse_batch, batches, settings, on_done=advance)
            loaded = via.call(load_warehouse, work, planned, parsed, missing, run_id, ts, settings)
        # No document parsed, replaced, moved or gone: figures are as the last run left them, so
        # are their pairs (a pure function of the figures) and the alerts drawn from them.
        changed = planned.plan.changes_documents
        checks = via.call(cross_check, work, run_id, ts, changed, settings.tolerance)
        changed = changed or checks.retoleranced > 0  # a new tolerance re-judged the pairs
        alerts = via.call(raise_alerts, work, run_id, ts, settings, changed)
        checkpoint(work)
    via.seconds["total"] = time.perf_counter() - start
    return RunResult(run_id, settings.db, loaded, checks, alerts, via.seconds)
