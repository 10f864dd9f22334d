"""Prefect tasks: one pipeline stage each, thin wrappers over the plain modules.

No task caches or persists its result: every run must see the files as they are now, and a
batch's Arrow tables are handed to the load stage in memory, not written to result storage.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from prefect import task
from prefect.cache_policies import NO_CACHE

from flows import parse
from flows.alerting import AlertOutcome, refresh_and_notify
from flows.config import Settings
from flows.crosscheck import CheckOutcome, run_crosschecks
from flows.discover import InputFile, discover
from flows.plan import Plan, hash_inputs, make_plan
from flows.progress import stage_logger
from flows.runners import run_parse
from flows.warehouse import store
from flows.warehouse.publish import warehouse_files

RACY_NS = 2_000_000_000  # a file modified this recently may change again within one mtime tick


def stage(name: str):  # noqa: ANN201 - a Prefect task decorator
    """A pipeline stage as a Prefect task that neither caches nor persists its result."""
    return task(name=name, cache_policy=NO_CACHE, persist_result=False)


@stage(name="discover")
def discover_inputs(
    roots: tuple[Path, ...], db: Path
) -> tuple[list[InputFile], list[tuple[str, str]]]:
    return discover(roots, own=warehouse_files(db))


@dataclass(slots=True)
class Planned:
    plan: Plan
    seen: list[str]  # every input path: the rejects they had are forgotten
    stats: dict[str, tuple[int, int] | None]  # path -> (size, mtime_ns); None when racy
    hashed: int  # files read to hash (the rest matched the size and mtime stored for them)


@stage(name="plan")
def plan_changes(inputs: list[InputFile], work_db: Path, settings: Settings) -> Planned:
    """Compare the inputs with the warehouse: only new or changed files are parsed.

    A file whose size and mtime_ns match what was stored when its content was loaded is taken
    to be unchanged without reading it (as git and make do); any other file is hashed.
    """
    with store.connect(work_db) as con:
        store.ensure_schema(con)
        known = store.known_documents(con)
        stored = store.known_stats(con)
    stats = _stat_all(inputs)
    hashes: dict[Path, str] = {}
    to_hash: list[InputFile] = []
    for f in inputs:
        key = str(f.path)
        st, old = stats.get(key), stored.get(key)
        if (
            st is not None
            and old is not None
            and old[1:] == st
            and st[0] <= settings.max_file_bytes
        ):
            hashes[f.path] = old[0]
        else:
            to_hash.append(f)
    fresh, rejects = hash_inputs(to_hash, settings.max_file_bytes)
    hashes.update(fresh)
    plan = make_plan(hashes, known, settings.docs)
    plan.rejects = rejects + plan.rejects
    stage_logger().info(
        "plan: %d to parse, %d unchanged (%d files hashed), %d moved, %d gone, %d rejected",
        len(plan.to_parse),
        len(plan.unchanged),
        len(to_hash),
        len(plan.moved),
        len(plan.gone),
        len(plan.rejects),
    )
    return Planned(plan, [str(f.path) for f in inputs], stats, len(to_hash))


def _stat_all(inputs: list[InputFile]) -> dict[str, tuple[int, int] | None]:
    """(size, mtime_ns) per file; None for a file modified too recently to trust its mtime."""
    out: dict[str, tuple[int, int] | None] = {}
    racy_after = time.time_ns() - RACY_NS
    for f in inputs:
        try:
            st = os.stat(f.path)
        except OSError:
            continue  # hashing will say why it cannot be read
        out[str(f.path)] = None if st.st_mtime_ns > racy_after else (st.st_size, st.st_mtime_ns)
    return out


@stage(name="parse")
def parse_batch(paths: list[Path], settings: Settings) -> parse.ParsedBatch:
    """read → extract → validate one batch, in a worker process when the runner provides one."""
    return run_parse(paths, settings.max_file_bytes, settings.tolerance, settings.regex_timeout_s)


@dataclass(frozen=True, slots=True)
class LoadOutcome:
    loaded: int
    rejected: int
    worker_seconds: dict[str, float] = field(default_factory=dict)  # read, extract, validate…


@stage(name="load")
def load_warehouse(
    work_db: Path,
    planned: Planned,
    parsed: Iterable[parse.ParsedBatch],
    missing: list[tuple[str, str]],
    run_id: str,
    ts: datetime,
    settings: Settings,
) -> LoadOutcome:
    """Replace changed documents, mark gone ones, append each parsed batch as it arrives (so
    no more than the in-flight batches are ever held), then record the run.

    A transaction per batch, not one for the whole load: all-or-nothing for readers comes from
    the private copy, published only when the whole run succeeds (a failed run discards it),
    and DuckDB then need not hold every uncommitted batch in memory (measured at 10,000
    documents: 860 MB for the process with one transaction, 530 MB with one per batch).
    """
    plan = planned.plan
    log = stage_logger()
    plan_rejects = [parse.reject(p, why, "read", sha) for p, why, sha in plan.rejects]
    plan_rejects += [parse.reject(p, why, "discover") for p, why in missing]
    rejects_table = parse.Batch({"rejects": plan_rejects}).to_arrow()
    loaded = rejected = files = 0
    steps: dict[str, float] = {}
    with store.connect(work_db) as con:
        with store.transaction(con):
            store.apply_plan(con, plan, planned.seen + [p for p, _ in missing], ts)
        for batch in parsed:
            with store.transaction(con):
                store.replace_batch(con, batch.tables, run_id, ts)
            files += batch.files
            for step, s in batch.seconds.items():
                steps[step] = steps.get(step, 0.0) + s
            loaded += _rows(batch.tables, "documents")
            rejected += _file_rejects(batch.tables)
        rejected += _file_rejects(rejects_table)
        with store.transaction(con):
            store.insert_tables(con, rejects_table, run_id, ts)
            store.refresh_stats(con, planned.stats)
            store.record_run(
                con, run_id, ts, settings, len(planned.seen), loaded, len(plan.unchanged),
                rejected, len(plan.gone),
            )  # fmt: skip
    if files:
        log.info(
            "parse: %d files; worker seconds %s",
            files,
            ", ".join(f"{k} {v:.2f}" for k, v in steps.items()),
        )
    log.info("load: %d documents loaded, %d rejected", loaded, rejected)
    return LoadOutcome(loaded, rejected, steps)


def _rows(tables: dict, name: str) -> int:
    return tables[name].num_rows if name in tables else 0


def _file_rejects(tables: dict) -> int:
    """Files rejected whole (record-level validate rejects do not count)."""
    if "rejects" not in tables:
        return 0
    return sum(1 for s in tables["rejects"].column("stage").to_pylist() if s != "validate")


@stage(name="cross-check")
def cross_check(
    work_db: Path, run_id: str, ts: datetime, changed: bool = True, tolerance: float | None = None
) -> CheckOutcome:
    """Pair claims across documents, then run and record the data checks (sql/checks/); when
    the plan changed no document (nor the tolerance any interval), keep the pairs and carry the
    check results forward."""
    with store.connect(work_db) as con:
        out = run_crosschecks(con, run_id, ts, changed, tolerance)
    log = stage_logger()
    log.info("cross-check: %d pairs, %d disagree", out.pairs, out.disagreements)
    for c in out.checks:
        (log.warning if c.status in ("fail", "error") else log.info)("check %s", c.line())
    return out


@stage(name="alert")
def raise_alerts(
    work_db: Path, run_id: str, ts: datetime, settings: Settings, changed: bool = True
) -> AlertOutcome:
    """Refresh the alert lifecycle, deliver new alerts, and attach the run report artifact."""
    from flows.artifacts import publish_run_artifacts

    with store.connect(work_db) as con:
        out = refresh_and_notify(con, ts, settings, run_id, changed)
        publish_run_artifacts(con, run_id, out)
    stage_logger().info(
        "alerts: %d open, %d new, %d resolved, %d notified, %d waiting for delivery",
        out.open, out.new, out.resolved, out.notified, out.undelivered,
    )  # fmt: skip
    return out
