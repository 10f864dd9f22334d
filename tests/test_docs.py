"""The public interface is documented: every warehouse column in sql/ comments and the README."""

from __future__ import annotations

from pathlib import Path

import duckdb

from flows.schema_doc import END, START, render
from flows.warehouse.store import ensure_schema

ROOT = Path(__file__).resolve().parent.parent


def test_every_column_has_a_comment() -> None:
    con = duckdb.connect()
    ensure_schema(con)
    missing = con.execute(
        "SELECT t.table_name || '.' || c.column_name FROM duckdb_tables() t "
        "JOIN duckdb_columns() c USING (table_oid) "
        "WHERE t.schema_name = 'main' AND (c.comment IS NULL OR c.comment = '')"
    ).fetchall()
    assert missing == []


def test_readme_column_reference_is_current() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    embedded = readme.split(START, 1)[1].split(END, 1)[0]
    assert embedded.strip() == render().strip(), "run: python -m flows.schema_doc README.md"
    for table in (
        "documents",
        "figures",
        "aid_shipments",
        "counts",
        "meetings",
        "crosschecks",
        "alerts",
        "rejects",
    ):
        assert f"### `{table}`" in embedded


def test_readme_opens_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_screen = readme.split("\n---\n", 1)[0]
    assert "aidwatch run" in first_screen and "pytest" in first_screen
    assert first_screen.count("```bash") == 2
