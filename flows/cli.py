"""aidwatch command line: run, alerts, query, eval. A stable contract: scripts call it so."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# No network here and no server to start by hand: Prefect runs in local (ephemeral) mode unless
# the user has configured PREFECT_API_URL; a cold local server takes ~20 s to come up.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

from flows.config import DEFAULT_DB, DEFAULT_DOCS, load_settings  # noqa: E402

EXIT_ALERTS = 3
EXIT_BUSY = 4


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db", type=Path, default=None, help=f"DuckDB warehouse file (default {DEFAULT_DB})"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aidwatch",
        description="Extract every stated figure into DuckDB; alert when documents disagree.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="run the pipeline once (a Prefect flow run)")
    run.add_argument(
        "--docs",
        type=Path,
        nargs="+",
        default=None,
        metavar="PATH",
        help=f"files or folders (read recursively); default {DEFAULT_DOCS[0]}/",
    )
    _db_arg(run)
    run.add_argument(
        "--fail-on-alert",
        action="store_true",
        help=f"exit {EXIT_ALERTS} when alerts are open after the run",
    )
    run.add_argument(
        "--task-runner",
        choices=["thread", "dask"],
        default=None,
        help="where parsing runs: threads in this process (default) or Dask",
    )
    run.add_argument(
        "--dask-address",
        default=None,
        metavar="tcp://HOST:PORT",
        help="an existing Dask scheduler (default: a LocalCluster)",
    )

    alerts = sub.add_parser("alerts", help="print open alerts, newest first")
    _db_arg(alerts)

    query = sub.add_parser("query", help="run read-only SQL against the warehouse")
    query.add_argument("sql", help="the SQL statement")
    _db_arg(query)

    serve = sub.add_parser("serve", help="run the flow on a schedule (needs a Prefect server)")
    serve.add_argument("--cron", default=None, help='cron schedule, e.g. "*/15 * * * *"')
    serve.add_argument(
        "--interval",
        type=float,
        default=None,
        metavar="SECONDS",
        help="run every SECONDS instead of a cron schedule",
    )
    serve.add_argument("--docs", type=Path, nargs="+", default=None, metavar="PATH")
    _db_arg(serve)

    export = sub.add_parser("export", help="write every warehouse table as Parquet files")
    export.add_argument("--parquet", type=Path, required=True, metavar="DIR", help="output folder")
    _db_arg(export)

    ev = sub.add_parser("eval", help="score extraction and cross-checks against gold files")
    ev.add_argument("--gold", type=Path, required=True, help="folder with seed_*.tsv gold files")
    ev.add_argument(
        "--docs",
        type=Path,
        nargs="+",
        default=None,
        metavar="PATH",
        help="run the pipeline on these into a scratch warehouse first",
    )
    ev.add_argument(
        "-v", "--verbose", action="store_true", help="also list every figure and meeting miss"
    )
    _db_arg(ev)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = {
        "run": cmd_run,
        "alerts": cmd_alerts,
        "query": cmd_query,
        "eval": cmd_eval,
        "serve": cmd_serve,
        "export": cmd_export,
    }
    return handler[args.command](args)


def cmd_run(args: argparse.Namespace) -> int:
    from flows.pipeline import aidwatch_run
    from flows.summary import render_summary
    from flows.warehouse.publish import WarehouseBusy

    settings = load_settings(
        docs=args.docs, db=args.db, task_runner=args.task_runner, dask_address=args.dask_address
    )
    try:
        result = aidwatch_run(settings)
    except WarehouseBusy as err:
        print(f"aidwatch: {err}", file=sys.stderr)
        return EXIT_BUSY
    print(render_summary(settings.db))
    if args.fail_on_alert and result.alerts.open:
        return EXIT_ALERTS
    return 0


def _published(db: Path) -> bool:
    """Whether a run has published ``db``; if not, say so on stderr."""
    if db.exists():
        return True
    print(f"aidwatch: no warehouse at {db}: run `aidwatch run` first", file=sys.stderr)
    return False


def cmd_alerts(args: argparse.Namespace) -> int:
    from flows.summary import format_alert
    from flows.warehouse.sqlfiles import sql
    from flows.warehouse.store import connect

    settings = load_settings(db=args.db)
    if not _published(settings.db):
        return 2
    with connect(settings.db, read_only=True) as con:
        rows = con.execute(sql("alerts/open")).fetchall()
    print(f"{len(rows)} open alert(s) in {settings.db}")
    for row in rows:
        print(format_alert(row))
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    import duckdb

    from flows.warehouse.store import connect

    settings = load_settings(db=args.db)
    if not _published(settings.db):
        return 2
    with connect(settings.db, read_only=True) as con:
        try:
            rel = con.sql(args.sql)
        except duckdb.Error as err:
            print(f"aidwatch: {err}", file=sys.stderr)
            return 2
        if rel is not None:
            rel.show(max_width=200, max_rows=200)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from flows.warehouse.store import export_parquet

    settings = load_settings(db=args.db)
    if not _published(settings.db):
        return 2
    tables = export_parquet(settings.db, args.parquet)
    print(f"{len(tables)} tables exported as Parquet to {args.parquet}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.serving import serve_schedule

    settings = load_settings(docs=args.docs, db=args.db)
    return serve_schedule(settings, cron=args.cron, interval_s=args.interval)


def cmd_eval(args: argparse.Namespace) -> int:
    from flows.evalcmd import run_eval

    return run_eval(args.gold, args.docs, args.db, args.verbose or None)


if __name__ == "__main__":
    raise SystemExit(main())
