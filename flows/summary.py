"""What a person reads after a run: counts, rejects and open alerts, from the published file."""

from __future__ import annotations

from pathlib import Path

from flows.warehouse.sqlfiles import sql
from flows.warehouse.store import connect

_COUNTS = """
SELECT
  (SELECT count(*) FROM documents WHERE status = 'loaded'),
  (SELECT count(DISTINCT source_path) FROM rejects WHERE stage <> 'validate'),
  (SELECT count(*) FROM figures),
  (SELECT count(*) FROM aid_shipments),
  (SELECT count(*) FROM counts),
  (SELECT count(*) FROM meetings),
  (SELECT count(*) FROM crosschecks),
  (SELECT count(*) FROM crosschecks WHERE verdict = 'agree'),
  (SELECT count(*) FROM alerts WHERE status = 'open')
"""


def render_summary(db: Path, max_alerts: int = 20) -> str:
    with connect(db, read_only=True) as con:
        docs, rej, figs, ships, counts, meets, checks, agree, n_open = con.execute(
            _COUNTS
        ).fetchone()
        rejects = con.execute(
            "SELECT source_path, reason FROM rejects WHERE stage <> 'validate' ORDER BY 1"
        ).fetchall()
        alerts = con.execute(sql("alerts/open")).fetchall()
    lines = [
        f"warehouse  {db}",
        f"documents  {docs} loaded, {rej} rejected",
        f"records    {figs} figures, {ships} shipments, {counts} counts, {meets} meetings",
        f"checks     {checks} cross-checks ({agree} agree, {checks - agree} disagree)",
        f"alerts     {n_open} open",
    ]
    lines += [f"  rejected {path}: {reason}" for path, reason in rejects]
    lines += [format_alert(row) for row in alerts[:max_alerts]]
    if len(alerts) > max_alerts:
        lines.append(f"  … {len(alerts) - max_alerts} more: aidwatch alerts --db {db}")
    return "\n".join(lines)


def format_alert(row: tuple) -> str:
    (
        _id,
        severity,
        verdict,
        key,
        doc_a,
        val_a,
        quote_a,
        date_a,
        doc_b,
        val_b,
        quote_b,
        date_b,
        first_seen,
        _last,
        _msg,
    ) = row
    return "\n".join(
        [
            f"\n[{severity.upper()}] {verdict} on {key} (first seen {first_seen:%Y-%m-%d %H:%M})",
            f"  A {val_a:,.10g} as of {date_a or 'unknown date'} in {doc_a}",
            f"    “{quote_a}”",
            f"  B {val_b:,.10g} as of {date_b or 'unknown date'} in {doc_b}",
            f"    “{quote_b}”",
        ]
    )
