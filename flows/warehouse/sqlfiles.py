"""SQL lives in sql/ as files; code refers to it by name."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from flows.config import SQL_DIR


@cache
def sql(name: str, sql_dir: Path = SQL_DIR) -> str:
    """The text of ``sql/<name>.sql``."""
    path = sql_dir / f"{name}.sql"
    if not path.is_file():
        raise FileNotFoundError(f"SQL file {path} is missing: is aidwatch installed from a clone?")
    return path.read_text(encoding="utf-8")


def check_files(sql_dir: Path = SQL_DIR) -> list[Path]:
    """The named checks under sql/checks/, in name order."""
    return sorted((sql_dir / "checks").glob("*.sql"))


def run_script(con: Any, name: str, params: list[object] | None = None) -> None:
    """Execute every statement of ``sql/<name>.sql``; ``$1``, ``$2``… bind to ``params``.

    DuckDB binds parameters to a single statement, so each statement gets the ones it uses.
    """
    for stmt in con.extract_statements(sql(name)):
        used = stmt.named_parameters
        if used:
            con.execute(stmt, {k: params[int(k) - 1] for k in used})  # type: ignore[index]
        else:
            con.execute(stmt)
