"""Render the warehouse columns as Markdown from the COMMENT ON statements in sql/schema.sql.

    python -m flows.schema_doc            # print
    python -m flows.schema_doc README.md  # rewrite the README's column reference in place

The README's column reference is this output; a test keeps the two from drifting apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb

from flows.warehouse.store import ensure_schema

_COLUMNS = """
SELECT t.table_name, t.comment, c.column_name, c.data_type, c.comment
FROM duckdb_tables() t JOIN duckdb_columns() c USING (table_oid)
WHERE t.schema_name = 'main' AND NOT t.temporary
ORDER BY t.table_name, c.column_index
"""


def render() -> str:
    con = duckdb.connect()
    ensure_schema(con)
    out: list[str] = []
    current = None
    for table, tcomment, column, dtype, comment in con.execute(_COLUMNS).fetchall():
        if table != current:
            current = table
            out += [
                "",
                f"### `{table}`",
                "",
                tcomment or "",
                "",
                "| column | type | meaning |",
                "|---|---|---|",
            ]
        out.append(f"| `{column}` | {dtype} | {(comment or '').replace('|', '/')} |")
    return "\n".join(out).strip() + "\n"


START, END = "<!-- columns:start -->", "<!-- columns:end -->"


def embed(readme: str) -> str:
    """``readme`` with the text between the column markers replaced by render()."""
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{render()}{END}{tail}"


if __name__ == "__main__":
    if len(sys.argv) > 1:
        target = Path(sys.argv[1])
        target.write_text(embed(target.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        print(render(), end="")
