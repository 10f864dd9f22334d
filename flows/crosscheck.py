"""Cross-check stage: pair figures of one claim across documents (sql/crosscheck.sql)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from flows.warehouse.sqlfiles import run_script


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    pairs: int
    disagreements: int


def run_crosschecks(con: duckdb.DuckDBPyConnection, run_id: str, ts: datetime) -> CheckOutcome:
    run_script(con, "crosscheck", [run_id])
    pairs, bad = con.execute(
        "SELECT count(*), count(*) FILTER (verdict <> 'agree') FROM crosschecks"
    ).fetchone()
    return CheckOutcome(pairs, bad)
