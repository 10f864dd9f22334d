"""Cross-check stage: pair figures of one claim across documents (sql/crosscheck.sql), then run
the named data checks (sql/checks/) and record their results for this run."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import duckdb

from flows.checks import CheckResult, run_checks
from flows.warehouse.sqlfiles import run_script


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    pairs: int
    disagreements: int
    checks: tuple[CheckResult, ...] = field(default=())

    @property
    def failed(self) -> list[str]:
        """Checks that failed or could not run: the warehouse breaks a promise."""
        return [c.name for c in self.checks if c.status in ("fail", "error")]


def run_crosschecks(con: duckdb.DuckDBPyConnection, run_id: str, ts: datetime) -> CheckOutcome:
    con.execute("BEGIN TRANSACTION")
    try:
        run_script(con, "crosscheck", [run_id])
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    pairs, bad = con.execute(
        "SELECT count(*), count(*) FILTER (verdict <> 'agree') FROM crosschecks"
    ).fetchone()
    return CheckOutcome(pairs, bad, tuple(run_checks(con, run_id, ts, "crosscheck")))
