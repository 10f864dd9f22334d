"""Cross-check + alert SQL on 1,000,000 synthetic figures: seconds and pairs per second.

    .venv/bin/python benchmarks/bench_crosscheck.py [--figures 1000000] [--docs 20000] [--checks]

Figures are generated in plain Python (no numpy in the venv; generation is not timed) and loaded
through Arrow (never executemany) into a DuckDB file.
Key distribution: 30% of figures carry no claim key; a key is stated in 1 document (55%), 2
(20%), 3 (12%), 4 (7%), 5 (5%), or 10-60 documents (--many, default 0.1% of keys: the few
headline claims everyone repeats; they make most of the pairs). Most documents agree; about 15%
of statements differ from the others by 5-50%. Prints figures only.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flows.alerting import refresh_alerts  # noqa: E402
from flows.checks import run_checks  # noqa: E402
from flows.intervals import interval  # noqa: E402
from flows.warehouse import store  # noqa: E402
from flows.warehouse.sqlfiles import run_script  # noqa: E402

DOCS_PER_KEY = [1, 2, 3, 4, 5, 0]  # 0: many (10-60)
DOCS_PER_KEY_W = [0.55, 0.20, 0.12, 0.07, 0.05]  # the share of "many" comes from --many
QUALIFIERS = ["exact", "more_than", "nearly", "about"]
QUALIFIERS_W = [0.70, 0.15, 0.10, 0.05]
EPOCH = date(2020, 1, 1)
PERIOD = (date(2020, 3, 1), date(2020, 5, 31))


def statements(
    rng: random.Random, n: int, n_docs: int, many: float
) -> list[tuple[int, str, float]]:
    """(document, claim key, value) for ``n`` figures; 30% of them carry no key."""
    out: list[tuple[int, str, float]] = []
    key = 0
    while len(out) < n * 0.7:
        d = rng.choices(DOCS_PER_KEY, [*DOCS_PER_KEY_W, many])[0] or rng.randint(10, 60)
        base = float(rng.randint(10, 1_000_000))
        for doc in rng.sample(range(n_docs), d):
            differs = rng.random() < 0.15  # most documents repeat the figure as stated
            out.append(
                (doc, f"claim:{key}", round(base * rng.uniform(1.05, 1.5)) if differs else base)
            )
        key += 1
    while len(out) < n:
        out.append((rng.randrange(n_docs), "", float(rng.randint(1, 1000))))
    out.sort(key=lambda r: r[0])  # laid out document by document
    return out[:n]


def figures_table(
    rng: random.Random, n: int, n_docs: int, many: float
) -> tuple[pa.Table, list[str]]:
    """Figure rows as validation would make them, and each document's text (offsets index it)."""
    cols: dict[str, list] = {c: [] for c in FIGURE_COLUMNS}
    texts = [""] * n_docs
    pos, prev = 0, -1
    parts: list[str] = []
    for doc, key, value in statements(rng, n, n_docs, many):
        if doc != prev:
            if prev >= 0:
                texts[prev] = " ".join(parts)
            parts, pos, prev = [], 0, doc
        q = rng.choices(QUALIFIERS, QUALIFIERS_W)[0]
        low, high, low_open = interval(value, q)
        surface = f"{int(value)} things"
        sentence = f"By then {surface} were on record."
        when = rng.random()
        period = when < 0.10
        as_of = EPOCH + timedelta(days=rng.randrange(366)) if 0.10 <= when < 0.20 else None
        start = pos + len("By then ")
        row = (
            f"d{doc}:{start}", f"d{doc}", start, start + len(surface), surface, value, q, low,
            high, low_open, "count", key, PERIOD[0] if period else None,
            PERIOD[1] if period else None, as_of, "stated" if period or as_of else "document",
            sentence, pos, pos + len(sentence),
        )  # fmt: skip
        for c, v in zip(FIGURE_COLUMNS, row, strict=True):
            cols[c].append(v)
        parts.append(sentence)
        pos += len(sentence) + 1
    texts[prev] = " ".join(parts)
    return pa.table(cols), texts


FIGURE_COLUMNS = (
    "figure_id", "doc_id", "char_start", "char_end", "surface", "value", "qualifier", "low",
    "high", "low_open", "kind", "claim_key", "period_start", "period_end", "as_of", "date_basis",
    "sentence", "sentence_start", "sentence_end",
)  # fmt: skip


def documents_tables(rng: random.Random, texts: list[str]) -> dict[str, pa.Table]:
    ids = [f"d{i}" for i in range(len(texts))]
    n = len(ids)
    published = [
        None if rng.random() < 0.05 else EPOCH + timedelta(days=rng.randrange(366)) for _ in ids
    ]
    docs = pa.table(
        {
            "doc_id": ids,
            "source_path": [f"/corpus/{d}.txt" for d in ids],
            "sha256": ["0" * 64] * n,
            "title": ids,
            "published_on": pa.array(published, pa.date32()),
            "n_chars": [len(t) for t in texts],
            "encoding": ["utf-8"] * n,
            "content_type": ["text"] * n,
        }
    )
    return {"documents": docs, "document_texts": pa.table({"doc_id": ids, "text": texts})}


def fill_document_dates(con) -> None:
    """As validation does: a figure with no stated date speaks for its document's date."""
    con.execute(
        "UPDATE figures SET as_of = d.published_on FROM documents AS d "
        "WHERE figures.doc_id = d.doc_id AND figures.date_basis = 'document'"
    )
    con.execute(
        "UPDATE figures SET date_basis = 'unknown' WHERE date_basis = 'document' AND as_of IS NULL"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--figures", type=int, default=1_000_000)
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument(
        "--many",
        type=float,
        default=0.001,
        help="share of claim keys stated in 10-60 documents (default 0.001: a few hundred)",
    )
    ap.add_argument("--checks", action="store_true", help="also time sql/checks")
    ap.add_argument("--db", type=Path, default=None)
    args = ap.parse_args()
    rng = random.Random(7)
    db = args.db or Path(tempfile.mkdtemp(prefix="bench-crosscheck-")) / "bench.duckdb"
    t0 = time.perf_counter()
    figs, texts = figures_table(rng, args.figures, args.docs, args.many)
    tables = documents_tables(rng, texts)
    with store.connect(db) as con:
        store.ensure_schema(con)
        store.insert_tables(con, tables, "bench", datetime(2026, 1, 1))
        store.insert_tables(con, {"figures": figs}, "bench", datetime(2026, 1, 1))
        fill_document_dates(con)
        con.execute("CHECKPOINT")
        print(f"generated + loaded {figs.num_rows:,} figures in {args.docs:,} documents "
              f"in {time.perf_counter() - t0:.1f} s -> {db}")  # fmt: skip
        keyed, shared = con.execute(
            "SELECT count(*) FILTER (claim_key <> ''), count(DISTINCT claim_key) FROM figures"
        ).fetchone()
        print(f"  {keyed:,} figures carry a claim key; {shared:,} distinct keys")
        _timed(con, db, args.checks)


class Clock:
    """Wall and CPU seconds: on a shared machine the CPU time says what the SQL itself costs."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu

    def __str__(self) -> str:
        return f"{self.wall:6.2f} s wall {self.cpu:6.2f} s cpu"


def _timed(con, db: Path, checks: bool) -> None:
    ts = datetime(2026, 1, 1, 12)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    with Clock() as pairs_t:
        con.execute("BEGIN TRANSACTION")
        run_script(con, "crosscheck", ["bench"])
        con.execute("COMMIT")
    pairs, bad = con.execute(
        "SELECT count(*), count(*) FILTER (verdict <> 'agree') FROM crosschecks"
    ).fetchone()
    with Clock() as alerts_t:
        n_open, new, _ = refresh_alerts(con, ts)
    wall, cpu = pairs_t.wall + alerts_t.wall, pairs_t.cpu + alerts_t.cpu
    print(f"crosscheck.sql     {pairs_t}  {pairs:,} pairs ({bad:,} disagree), "
          f"{pairs / pairs_t.wall:,.0f} pairs/s")  # fmt: skip
    print(f"alerts/refresh.sql {alerts_t}  {new:,} new alerts, {n_open:,} open")
    print(f"cross-check+alerts {wall:6.2f} s wall {cpu:6.2f} s cpu  "
          f"{pairs / wall:,.0f} pairs/s  (target <= 10 s)")  # fmt: skip
    with Clock() as again:
        refresh_alerts(con, datetime(2026, 1, 1, 13))
    print(f"alerts re-run      {again}  (all {n_open:,} still hold)")
    if checks:
        with Clock() as checks_t:
            results = run_checks(con, "bench", ts)
        print(f"sql/checks         {checks_t}  "
              + ", ".join(f"{r.name}={r.status}" for r in results))  # fmt: skip


if __name__ == "__main__":
    main()
