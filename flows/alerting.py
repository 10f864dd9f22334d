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

# A first run on a large corpus can open hundreds of thousands of alerts: deliver the most severe
# first and the rest on later runs, rather than hold them all in memory and flood the receiver.
MAX_DELIVER_PER_RUN = 10_000

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


def touch_alerts(con: duckdb.DuckDBPyConnection, ts: datetime) -> tuple[int, int, int]:
    """The refresh when crosschecks did not change: every open alert still holds (the last
    refresh left open exactly the current disagreements), none is new, none resolves, no
    wording changes; only last_seen moves. (open, new, resolved) as refresh_alerts gives."""
    con.execute("UPDATE alerts SET last_seen = $1 WHERE status = 'open'", [ts])
    n_open, new, resolved = con.execute(_COUNTS, [ts]).fetchone()
    return n_open, new, resolved


def pending_alerts(con: duckdb.DuckDBPyConnection, limit: int) -> list[dict]:
    """Up to ``limit`` open, un-notified alerts, most severe first."""
    cur = con.execute(sql("alerts/unnotified"), [limit])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def deliver_pending(con: duckdb.DuckDBPyConnection, ts: datetime, settings: Settings) -> int:
    """Deliver what is pending (at most MAX_DELIVER_PER_RUN); the number delivered."""
    if not (settings.webhook_url or settings.notify_block):
        return 0  # nothing to send through: alerts wait, un-notified, for a channel
    delivered = deliver(pending_alerts(con, MAX_DELIVER_PER_RUN), settings)
    if delivered:
        con.execute("UPDATE alerts SET notified_at = $1 WHERE alert_id = ANY($2)", [ts, delivered])
    return len(delivered)


def refresh_and_notify(
    con: duckdb.DuckDBPyConnection,
    ts: datetime,
    settings: Settings,
    run_id: str | None = None,
    changed: bool = True,
) -> AlertOutcome:
    """Refresh, deliver what is new, then run the alert-stage checks for ``run_id`` (by default
    the run the load stage recorded at ``ts``). ``changed=False`` (crosschecks untouched by this
    run) only moves last_seen; pending deliveries are retried and the checks run either way."""
    n_open, new, resolved = refresh_alerts(con, ts) if changed else touch_alerts(con, ts)
    notified = deliver_pending(con, ts, settings)
    waiting = 0
    if settings.webhook_url or settings.notify_block:
        waiting = con.execute(
            "SELECT count(*) FROM alerts WHERE status = 'open' AND notified_at IS NULL"
        ).fetchone()[0]
    checks = run_checks(con, run_id or run_id_at(con, ts), ts, stage="alerts")
    return AlertOutcome(
        open=n_open,
        new=new,
        resolved=resolved,
        notified=notified,
        undelivered=waiting,
        checks=tuple(checks),
    )
