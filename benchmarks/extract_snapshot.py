"""Guard for speed work on the extractor: does it still return exactly what it returned before?

    .venv/bin/python benchmarks/extract_snapshot.py save /tmp/before.json
    … optimise …
    .venv/bin/python benchmarks/extract_snapshot.py check /tmp/before.json

The corpus is every document under seeds/ and tests/data (held-out sets included), mutated
copies of each (case, spacing, punctuation, line breaks and qualifiers changed at random, so
the rarer branches of every rule run too) and a few MB of the benchmark's varied seed texts.
A change that only speeds things up must leave every record identical; ``check`` prints the
first differences and exits 1 when there are any.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import re
import sys
from pathlib import Path

from bench_extract import corpus

from flows.extract import extract_document
from flows.reading import Unreadable, decode

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (ROOT / "seeds", ROOT / "tests" / "data")


def documents(mb: float) -> dict[str, str]:
    docs: dict[str, str] = {}
    for folder in FOLDERS:
        for p in sorted(folder.rglob("*")):
            if not p.is_file() or p.suffix not in (".txt", ".html", ".htm", ".md"):
                continue
            try:
                docs[str(p.relative_to(ROOT))] = decode(p.read_bytes(), p.name, 1 << 30).text
            except Unreadable:
                continue  # test inputs that are meant to be rejected
    real = list(docs.items())
    for k in range(_MUTANTS):
        for name, text in real:
            docs[f"mutated{k}/{name}"] = mutate(text, random.Random(f"{k}:{name}"))
    for i, text in enumerate(corpus(mb, seed=7)):
        docs[f"varied/{i:04d}"] = text
    return docs


_MUTANTS = 10
_WORD = re.compile(r"\S+")
# Replacements for one word: each is a way real pages differ from clean prose.
_EDITS = (
    str.upper, str.capitalize, str.lower,
    lambda w: w + ".", lambda w: w + ",", lambda w: w + ";", lambda w: "(" + w + ")",
    lambda w: w + "\n", lambda w: w + "\n\n", lambda w: w + "\u00a0", lambda w: w + "  ",
    lambda w: "more than " + w, lambda w: "about " + w, lambda w: "a total of " + w,
    lambda w: w.replace(",", ""), lambda w: w + " percent", lambda w: "US$" + w,
    lambda w: w + " million", lambda w: "No. " + w, lambda w: "U.S. " + w, lambda w: "",
    lambda w: w + " in 2020", lambda w: "on March 3 " + w, lambda w: w + " via video link",
)  # fmt: skip


def mutate(text: str, rng: random.Random, rate: float = 0.04) -> str:
    """``text`` with about ``rate`` of its words edited at random (reproducible per seed)."""
    return _WORD.sub(
        lambda m: rng.choice(_EDITS)(m.group()) if rng.random() < rate else m.group(), text
    )


def snapshot(mb: float) -> dict[str, object]:
    return {
        name: json.loads(json.dumps(dataclasses.asdict(extract_document(text)), default=str))
        for name, text in documents(mb).items()
    }


def _diff(before: dict, after: dict, limit: int = 10) -> list[str]:
    out = []
    for name in sorted(set(before) | set(after)):
        a, b = before.get(name), after.get(name)
        if a == b:
            continue
        for part in ("meta", "figures", "shipments", "counts", "meetings"):
            ra, rb = (a or {}).get(part), (b or {}).get(part)
            if ra == rb:
                continue
            if isinstance(ra, list) and isinstance(rb, list):
                for x, y in zip(ra, rb, strict=False):
                    if x != y:
                        keys = [k for k in x if x.get(k) != y.get(k)]
                        out.append(f"{name} {part}: {[(k, x.get(k), y.get(k)) for k in keys]}")
                        break
                if len(ra) != len(rb):
                    out.append(f"{name} {part}: {len(ra)} rows before, {len(rb)} after")
            else:
                out.append(f"{name} {part}: {ra!r} -> {rb!r}")
        if len(out) >= limit:
            break
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("save", "check"))
    ap.add_argument("file", type=Path)
    ap.add_argument("--mb", type=float, default=3.0)
    args = ap.parse_args()
    snap = snapshot(args.mb)
    if args.mode == "save":
        args.file.write_text(json.dumps(snap))
        print(f"saved {len(snap)} documents to {args.file}")
        return
    diffs = _diff(json.loads(args.file.read_text()), snap)
    print("\n".join(diffs) or f"identical: {len(snap)} documents")
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
