"""Alert stage: refresh the alert lifecycle from crosschecks and deliver new alerts once.

Runs on the run's private copy of the warehouse, so notified_at is published together with the
rest of the run: if the run dies after delivering but before publishing, the alerts are sent
again by the next run (at least once, never silently lost).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from flows.checks import CheckResult, run_checks, run_id_at
from flows.config import Settings
from flows.notify import deliver
from flows.warehouse.sqlfiles import run_script, sql

_COUNTS = """
SELECT count(*) FILTER (status = 'open'),
       count(*) FILTER (status = 'open' AND first_seen = $1),
       count(*) FILTER (status = 'resolved' AND resolved_at = $1)
FROM alerts
"""


@dataclass(frozen=True, slots=True)
class AlertOutcome:
    open: int
    new: int
    resolved: int
    notified: int
    undelivered: int = 0  # open alerts a configured channel has not taken yet
    checks: tuple[CheckResult, ...] = ()  # the alert-stage checks (sql/checks, stage: alerts)


def refresh_alerts(con: duckdb.DuckDBPyConnection, ts: datetime) -> tuple[int, int, int]:
    """Open, still-hold, reopen and resolve alerts in one transaction; (open, new, resolved)."""
    con.execute("BEGIN TRANSACTION")
    try:
        run_script(con, "alerts/refresh", [ts])
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    n_open, new, resolved = con.execute(_COUNTS, [ts]).fetchone()
    return n_open, new, resolved


def pending_alerts(con: duckdb.DuckDBPyConnection) -> list[dict]:
    cur = con.execute(sql("alerts/unnotified"))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def refresh_and_notify(
    con: duckdb.DuckDBPyConnection, ts: datetime, settings: Settings, run_id: str | None = None
) -> AlertOutcome:
    """Refresh, deliver what is new, then run the alert-stage checks for ``run_id`` (by default
    the run the load stage recorded at ``ts``)."""
    n_open, new, resolved = refresh_alerts(con, ts)
    pending = pending_alerts(con)
    delivered = deliver(pending, settings)
    if delivered:
        con.execute("UPDATE alerts SET notified_at = $1 WHERE alert_id = ANY($2)", [ts, delivered])
    channels = bool(settings.webhook_url or settings.notify_block)
    checks = run_checks(con, run_id or run_id_at(con, ts), ts, stage="alerts")
    return AlertOutcome(
        open=n_open,
        new=new,
        resolved=resolved,
        notified=len(delivered),
        undelivered=len(pending) - len(delivered) if channels else 0,
        checks=tuple(checks),
    )
