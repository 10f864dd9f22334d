"""Cross-check stage: pair figures of one claim across documents (sql/crosscheck.sql), then run
the named data checks (sql/checks/) and record their results for this run."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import duckdb

from flows.checks import CheckResult, carry_forward, run_checks
from flows.warehouse.sqlfiles import run_script, sql


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    pairs: int
    disagreements: int
    checks: tuple[CheckResult, ...] = field(default=())
    retoleranced: int = 0  # figures whose interval a changed tolerance re-derived this run

    @property
    def failed(self) -> list[str]:
        """Checks that failed or could not run: the warehouse breaks a promise."""
        return [c.name for c in self.checks if c.status in ("fail", "error")]


def run_crosschecks(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    ts: datetime,
    changed: bool = True,
    tolerance: float | None = None,
) -> CheckOutcome:
    """Pair the figures and run the checks; ``changed=False`` (the run's plan changed no
    document) keeps the pairs as they are, since crosschecks are a pure function of the
    figures, and carries the checks' results forward (flows.checks.carry_forward).

    With ``tolerance``, figures validated under another tolerance first get their interval
    re-derived (sql/intervals.sql), and the pairs are then re-judged even if no document
    changed: a user who widens the tolerance sees its verdicts at once."""
    retoleranced = apply_tolerance(con, tolerance) if tolerance is not None else 0
    if not changed and not retoleranced:
        pairs, bad = _counts(con)
        return CheckOutcome(pairs, bad, tuple(carry_forward(con, run_id, ts, "crosscheck")))
    con.execute("BEGIN TRANSACTION")
    try:
        run_script(con, "crosscheck", [run_id])
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    pairs, bad = _counts(con)
    results = tuple(run_checks(con, run_id, ts, "crosscheck"))
    return CheckOutcome(pairs, bad, results, retoleranced)


def apply_tolerance(con: duckdb.DuckDBPyConnection, tolerance: float) -> int:
    """Re-derive the intervals of figures validated under another tolerance; how many."""
    (n,) = con.execute(sql("intervals"), [tolerance]).fetchone()
    return int(n)


def _counts(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    return con.execute(
        "SELECT count(*), count(*) FILTER (verdict <> 'agree') FROM crosschecks"
    ).fetchone()
