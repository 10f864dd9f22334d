"""Alert stage: refresh the alert lifecycle from crosschecks and deliver new alerts once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from flows.config import Settings
from flows.notify import deliver
from flows.warehouse.sqlfiles import run_script, sql


@dataclass(frozen=True, slots=True)
class AlertOutcome:
    open: int
    new: int
    resolved: int
    notified: int


def refresh_and_notify(
    con: duckdb.DuckDBPyConnection, ts: datetime, settings: Settings
) -> AlertOutcome:
    before = dict(con.execute("SELECT alert_id, status FROM alerts").fetchall())
    run_script(con, "alerts/refresh", [ts])
    after = dict(con.execute("SELECT alert_id, status FROM alerts").fetchall())
    new = sum(1 for a, s in after.items() if s == "open" and before.get(a) != "open")
    resolved = sum(1 for a, s in after.items() if s == "resolved" and before.get(a) == "open")
    cur = con.execute(sql("alerts/unnotified"))
    cols = [d[0] for d in cur.description]
    pending = [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
    delivered = deliver(pending, settings)
    if delivered:
        con.execute("UPDATE alerts SET notified_at = $1 WHERE alert_id = ANY($2)", [ts, delivered])
    n_open = sum(1 for s in after.values() if s == "open")
    return AlertOutcome(open=n_open, new=new, resolved=resolved, notified=len(delivered))
