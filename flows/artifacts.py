"""The run's Prefect artifacts: a markdown report of checks and alerts, and a table of open alerts.

Building the report is plain SQL and strings (tested without Prefect); publishing it is one call
that never fails the run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb

from flows.alerting import AlertOutcome
from flows.notify import run_logger

MAX_ALERTS = 50  # the artifact stays readable; the warehouse and `aidwatch alerts` hold all
MAX_TABLE_ROWS = 1000  # a first run on a big corpus must not post every alert to the API

_CHECKS = """
SELECT check_name, status, failing_rows FROM check_results WHERE run_id = $1
ORDER BY CASE status WHEN 'error' THEN 0 WHEN 'fail' THEN 1 WHEN 'warn' THEN 2 ELSE 3 END,
         check_name
"""

_ALERTS = """
SELECT a.severity, a.verdict, a.claim_key, a.doc_a, a.value_a, a.quote_a, a.date_a,
       a.doc_b, a.value_b, a.quote_b, a.date_b, a.first_seen, a.notified_at, c.detail
FROM alerts AS a
LEFT JOIN crosschecks AS c ON c.figure_id_a = a.figure_id_a AND c.figure_id_b = a.figure_id_b
WHERE a.status = 'open'
ORDER BY CASE a.severity WHEN 'high' THEN 0 WHEN 'warn' THEN 1 ELSE 2 END, a.first_seen DESC,
         a.alert_id
LIMIT $1
"""


def _rows(con: duckdb.DuckDBPyConnection, query: str, params: list) -> list[dict[str, Any]]:
    cur = con.execute(query, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _num(v: float | None) -> str:
    return "?" if v is None else f"{v:,.12g}"


def _cell(s: object) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def _alert_md(a: dict[str, Any]) -> list[str]:
    lines = [
        f"#### {a['severity'].upper()} · {a['verdict'].replace('_', ' ')} · `{a['claim_key']}`"
    ]
    for side in ("a", "b"):
        when = a[f"date_{side}"] or "unknown date"
        doc = Path(a[f"doc_{side}"] or "?").name
        lines += [
            f"- **{side.upper()}** `{doc}` says **{_num(a[f'value_{side}'])}** (as of {when})",
            f"  > {_cell(a[f'quote_{side}'])}",
        ]
    if a["detail"]:
        lines.append(f"\n{a['detail']}")
    return lines + [""]


def run_markdown(con: duckdb.DuckDBPyConnection, run_id: str, outcome: AlertOutcome) -> str:
    checks = _rows(con, _CHECKS, [run_id])
    alerts = _rows(con, _ALERTS, [MAX_ALERTS])
    counts = {s: sum(c["status"] == s for c in checks) for s in ("pass", "warn", "fail", "error")}
    lines = [
        f"# aidwatch run `{run_id}`",
        "",
        "## Checks: " + ", ".join(f"{n} {s}" for s, n in counts.items() if n),
        "",
        "| check | status | failing rows |",
        "|---|---|---|",
        *[f"| {c['check_name']} | {c['status']} | {c['failing_rows']} |" for c in checks],
        "",
        f"## Alerts: {outcome.open} open ({outcome.new} new, {outcome.resolved} resolved, "
        f"{outcome.notified} notified this run"
        + (f", {outcome.undelivered} waiting for delivery" if outcome.undelivered else "")
        + ")",
        "",
    ]
    for a in alerts:
        lines += _alert_md(a)
    if outcome.open > len(alerts):
        lines.append(f"… and {outcome.open - len(alerts)} more: `aidwatch alerts`")
    return "\n".join(lines)


def alert_table(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    return [
        {
            "severity": a["severity"],
            "verdict": a["verdict"],
            "claim": a["claim_key"],
            "doc_a": Path(a["doc_a"] or "?").name,
            "value_a": _num(a["value_a"]),
            "date_a": str(a["date_a"] or ""),
            "doc_b": Path(a["doc_b"] or "?").name,
            "value_b": _num(a["value_b"]),
            "date_b": str(a["date_b"] or ""),
            "first_seen": str(a["first_seen"]),
        }
        for a in _rows(con, _ALERTS, [MAX_TABLE_ROWS])
    ]


def publish_run_artifacts(
    con: duckdb.DuckDBPyConnection, run_id: str, outcome: AlertOutcome
) -> None:
    """Attach the report to the current Prefect run; a failure is a warning, never an error.

    Outside a flow or task run (plain-function runs, tests) there is nothing to attach it to, and
    creating one would start a Prefect server: return at once.
    """
    from prefect.context import FlowRunContext, TaskRunContext

    if FlowRunContext.get() is None and TaskRunContext.get() is None:
        return
    try:
        from prefect.artifacts import create_markdown_artifact, create_table_artifact

        create_markdown_artifact(
            key="aidwatch-run",
            markdown=run_markdown(con, run_id, outcome),
            description="aidwatch checks and open alerts",
        )
        create_table_artifact(
            key="aidwatch-alerts",
            table=alert_table(con),
            description=f"{outcome.open} open aidwatch alert(s)",
        )
    except Exception as err:  # the report is a convenience: the warehouse holds the truth
        run_logger().warning("could not publish the aidwatch run artifact: %s", err)
