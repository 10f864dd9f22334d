"""Prefect tasks: one pipeline stage each, thin wrappers over the plain modules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from prefect import get_run_logger, task

from flows import parse
from flows.alerting import AlertOutcome, refresh_and_notify
from flows.config import Settings
from flows.crosscheck import CheckOutcome, run_crosschecks
from flows.discover import InputFile, discover
from flows.extract.types import Extraction
from flows.plan import Plan, hash_inputs, make_plan
from flows.warehouse import store


@task(name="discover")
def discover_inputs(roots: tuple[Path, ...]) -> tuple[list[InputFile], list[tuple[str, str]]]:
    return discover(roots)


@task(name="plan")
def plan_changes(inputs: list[InputFile], work_db: Path, settings: Settings) -> Plan:
    """Hash the inputs and compare with the warehouse: only new or changed files are parsed."""
    hashes, rejects = hash_inputs(inputs, settings.max_file_bytes)
    with store.connect(work_db) as con:
        store.ensure_schema(con)
        known = store.known_documents(con)
    plan = make_plan(hashes, known, settings.docs)
    plan.rejects = rejects + plan.rejects
    get_run_logger().info(
        "plan: %d to parse, %d unchanged, %d moved, %d gone, %d rejected",
        len(plan.to_parse),
        len(plan.unchanged),
        len(plan.moved),
        len(plan.gone),
        len(plan.rejects),
    )
    return plan


@task(name="read")
def read_batch(paths: list[Path], max_bytes: int) -> tuple[list[parse.ReadDoc], parse.Batch]:
    return parse.read_files(paths, max_bytes)


@task(name="extract")
def extract_batch(
    read: tuple[list[parse.ReadDoc], parse.Batch],
) -> tuple[list[tuple[parse.ReadDoc, Extraction]], parse.Batch]:
    docs, batch = read
    return parse.extract_docs(docs, batch), batch


@task(name="validate")
def validate_batch(
    extracted: tuple[list[tuple[parse.ReadDoc, Extraction]], parse.Batch], tolerance: float
) -> dict:
    """Validated rows of one batch as Arrow tables (columnar: cheap to move and to load)."""
    docs, batch = extracted
    return parse.validate_docs(docs, batch, tolerance).to_arrow()


@dataclass(frozen=True, slots=True)
class LoadOutcome:
    loaded: int
    rejected: int


@task(name="load")
def load_warehouse(
    work_db: Path,
    plan: Plan,
    batches: list,
    seen: list[str],
    missing: list[tuple[str, str]],
    run_id: str,
    ts: datetime,
    settings: Settings,
) -> LoadOutcome:
    """One transaction: replace changed documents, mark gone ones, append every batch."""
    loaded = rejected = 0
    plan_rejects = [parse.reject(p, why, "read", sha) for p, why, sha in plan.rejects]
    plan_rejects += [parse.reject(p, why, "discover") for p, why in missing]
    with store.connect(work_db) as con:
        con.execute("BEGIN TRANSACTION")
        incoming = [
            b["documents"].column("doc_id").to_pylist() for b in batches if "documents" in b
        ]
        store.apply_plan(
            con, plan, seen + [p for p, _ in missing], [d for ids in incoming for d in ids], ts
        )
        for tables in batches + [parse.Batch({"rejects": plan_rejects}).to_arrow()]:
            store.insert_tables(con, tables, run_id, ts)
            if "documents" in tables:
                loaded += tables["documents"].num_rows
            if "rejects" in tables:
                rejected += sum(
                    1 for s in tables["rejects"].column("stage").to_pylist() if s != "validate"
                )
        store.record_run(
            con,
            run_id,
            ts,
            settings,
            len(seen),
            loaded,
            len(plan.unchanged),
            rejected,
            len(plan.gone),
        )
        con.execute("COMMIT")
    get_run_logger().info("load: %d documents loaded, %d rejected", loaded, rejected)
    return LoadOutcome(loaded, rejected)


@task(name="cross-check")
def cross_check(work_db: Path, run_id: str, ts: datetime) -> CheckOutcome:
    """Pair claims across documents, then run and record the data checks (sql/checks/)."""
    with store.connect(work_db) as con:
        out = run_crosschecks(con, run_id, ts)
    log = get_run_logger()
    log.info("cross-check: %d pairs, %d disagree", out.pairs, out.disagreements)
    for c in out.checks:
        (log.warning if c.status in ("fail", "error") else log.info)("check %s", c.line())
    return out


@task(name="alert")
def raise_alerts(work_db: Path, ts: datetime, settings: Settings) -> AlertOutcome:
    """Refresh the alert lifecycle, deliver new alerts, and attach the run report artifact."""
    from flows.artifacts import publish_run_artifacts
    from flows.checks import run_id_at

    with store.connect(work_db) as con:
        run_id = run_id_at(con, ts)
        out = refresh_and_notify(con, ts, settings, run_id)
        publish_run_artifacts(con, run_id, out)
    get_run_logger().info(
        "alerts: %d open, %d new, %d resolved, %d notified, %d waiting for delivery",
        out.open, out.new, out.resolved, out.notified, out.undelivered,
    )  # fmt: skip
    return out
