"""Named data checks, in the manner of dbt singular tests or Soda checks.

Each file sql/checks/<name>.sql is one SELECT returning the rows that fail the check. Its header
comments declare ``-- severity: warn`` or ``-- severity: fail`` (fail when absent) and, for checks
that look at alerts, ``-- stage: alerts`` (they run after the alert refresh; the rest run right
after the cross-check). Every run records one row per check in check_results.

A check that reads document texts declares ``-- partition: documents`` and filters its texts with
``hash(t.doc_id) % $parts = $part``: it then runs once per slice of about PART_TEXT_BYTES of
text, so its join never holds every text at once (under the run's memory cap, 10,000 documents'
200 MB of text did not fit).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from flows.config import SQL_DIR
from flows.warehouse.sqlfiles import check_files

_HEADER = re.compile(r"^--\s*(severity|stage|partition)\s*:\s*(\w+)\s*$", re.MULTILINE)
SAMPLE_ROWS = 5
PART_TEXT_BYTES = 32_000_000  # text one slice of a partitioned check holds (see the docstring)


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    severity: str  # warn | fail
    stage: str  # crosscheck | alerts
    query: str
    by_documents: bool = False  # ``-- partition: documents``: run per slice of the texts


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    status: str  # pass | warn | fail | error
    failing_rows: int
    sample: str | None

    def line(self) -> str:
        return f"{self.status:<5} {self.name} ({self.failing_rows} failing rows)"


def parse_check(path: Path) -> Check:
    text = path.read_text(encoding="utf-8")
    header = dict(_HEADER.findall(text))
    severity = header.get("severity", "fail")
    if severity not in ("warn", "fail"):
        raise ValueError(f"{path}: severity must be warn or fail, not {severity!r}")
    partition = header.get("partition")
    if partition not in (None, "documents"):
        raise ValueError(f"{path}: partition must be documents, not {partition!r}")
    query = text.strip().rstrip(";")
    return Check(path.stem, severity, header.get("stage", "crosscheck"), query, bool(partition))


def load_checks(sql_dir: Path = SQL_DIR, stage: str | None = None) -> list[Check]:
    checks = [parse_check(p) for p in check_files(sql_dir)]
    return [c for c in checks if stage is None or c.stage == stage]


def evaluate(
    con: duckdb.DuckDBPyConnection, check: Check, text_parts: int | None = None
) -> CheckResult:
    """Run one check. A check that cannot run is an ``error`` result, not a crashed run.
    ``text_parts``: the slices of a partitioned check, when the caller has counted them."""
    try:
        parts = (text_parts or _text_parts(con)) if check.by_documents else 1
        for part in range(parts):
            into = (
                "INSERT INTO _check_rows" if part else "CREATE OR REPLACE TEMP TABLE _check_rows AS"
            )
            params = {"part": part, "parts": parts} if check.by_documents else None
            con.execute(f"{into} {check.query}", params)
    except duckdb.Error as err:
        return CheckResult(check.name, "error", 0, json.dumps({"error": str(err)}))
    n = con.execute("SELECT count(*) FROM _check_rows").fetchone()[0]
    cur = con.execute(f"SELECT * FROM _check_rows LIMIT {SAMPLE_ROWS}")
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    con.execute("DROP TABLE _check_rows")
    sample = json.dumps(rows, ensure_ascii=False, default=str) if rows else None
    return CheckResult(check.name, "pass" if n == 0 else check.severity, n, sample)


def _text_parts(con: duckdb.DuckDBPyConnection) -> int:
    """Slices of about PART_TEXT_BYTES of document text (at least one)."""
    total = con.execute("SELECT coalesce(sum(strlen(text)), 0) FROM document_texts").fetchone()[0]
    return max(1, math.ceil(total / PART_TEXT_BYTES))


def run_checks(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    ts: datetime,
    stage: str = "crosscheck",
    sql_dir: Path = SQL_DIR,
) -> list[CheckResult]:
    """Run the stage's checks and record them in check_results (a re-run replaces its rows)."""
    checks = load_checks(sql_dir, stage)
    # the texts are measured once for all the partitioned checks of the stage
    parts = _text_parts(con) if any(c.by_documents for c in checks) else 1
    results = [evaluate(con, c, parts) for c in checks]
    for r in results:
        _record(con, run_id, r, ts)
    return results


def _record(con: duckdb.DuckDBPyConnection, run_id: str, r: CheckResult, at: datetime) -> None:
    """One check_results row (a re-run of the same run replaces it)."""
    con.execute(
        "INSERT OR REPLACE INTO check_results VALUES ($1, $2, $3, $4, $5, $6)",
        [run_id, r.name, r.status, r.failing_rows, r.sample, at],
    )


def carry_forward(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    ts: datetime,
    stage: str = "crosscheck",
    sql_dir: Path = SQL_DIR,
) -> list[CheckResult]:
    """Record the stage's checks for ``run_id`` without re-running them, for a run whose plan
    changed nothing (no document parsed, replaced, moved or gone).

    Honesty: every crosscheck-stage check is a pure function of documents, texts, figures and
    crosschecks, which such a run leaves exactly as the previous run did, so the previous
    result is what a re-run would find. It is recorded under this run with the checked_at of
    the run that really evaluated it (check_results.checked_at stays "when the check ran").
    A check with no earlier result (a new sql/checks file) or whose last result was ``error``
    (it could not run: that may not repeat) is evaluated now. Caveat: a check whose SQL was
    edited since its last result keeps that result until a run changes a document.
    """
    checks = load_checks(sql_dir, stage)
    last = {
        name: (status, n, sample, at)
        for name, status, n, sample, at in con.execute(
            "SELECT check_name, status, failing_rows, sample, checked_at FROM check_results "
            "WHERE run_id <> $1 QUALIFY row_number() OVER (PARTITION BY check_name "
            "ORDER BY checked_at DESC, run_id DESC) = 1",
            [run_id],
        ).fetchall()
    }
    results = []
    for c in checks:
        prev = last.get(c.name)
        if prev is None or prev[0] == "error":
            r, at = evaluate(con, c), ts
        else:
            r, at = CheckResult(c.name, prev[0], prev[1], prev[2]), prev[3]
        _record(con, run_id, r, at)
        results.append(r)
    return results


def run_id_at(con: duckdb.DuckDBPyConnection, ts: datetime) -> str:
    """The run that started at ``ts``, for stages not handed the run_id: the one the load stage
    recorded in runs, else the one the cross-check stage recorded its checks under."""
    row = con.execute(
        "SELECT run_id FROM (SELECT 0 AS k, run_id FROM runs WHERE started_at = $1 "
        "UNION ALL SELECT 1, run_id FROM check_results WHERE checked_at = $1) "
        "ORDER BY k, run_id LIMIT 1",
        [ts],
    ).fetchone()
    return row[0] if row else f"run@{ts.isoformat()}"
