"""Build a held-out set's gold: append the hand-written rows of its tools/rows.py to a copy of the
previous set's gold, list the same-key pairs that involve the set's documents, check.

    python tests/data/heldoutN/tools/build_gold.py   (each set's script calls build() here)

Not the extractor: only string search in the documents and the interval rule of
shared/gold/README.md. Shared by heldout4-6, which were written by hand in the same way.
"""
import csv, itertools, shutil, sys
from pathlib import Path


def read(p):
    with p.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def interval(v, q, t=0.1):
    if q in ("more_than", "at_least"): return v, v * (1 + t)
    if q == "nearly": return v * (1 - t), v
    if q == "about": return v * (1 - t), v * (1 + t)
    if q == "up_to": return 0.0, v
    return v, v


def build(HERE, base, FIGURES, MEETINGS):
    """HERE: the set's folder; base: the previous set's folder name; the set's rows."""
    SRC = HERE.parent / base / "gold"
    GOLD = HERE / "gold"
    DOCS = {p.name: p for p in (HERE / "docs").iterdir()}
    GOLD.mkdir(exist_ok=True)
    for n in ("seed_figures.tsv", "seed_meetings.tsv", "seed_pairs.tsv"):
        shutil.copyfile(SRC / n, GOLD / n)
    old = read(GOLD / "seed_figures.tsv")
    old_keys = {r["key"] for r in old}
    errors = []
    quals = {"exact", "more_than", "at_least", "nearly", "about", "up_to", "total"}
    for r in FIGURES + MEETINGS:
        text = DOCS[r[0]].read_text(encoding="utf-8")
        n = text.count(r[1])
        if n != 1:
            errors.append(f"{r[0]}: surface {r[1]!r} occurs {n} times")
        if any("\t" in c or "\n" in c for c in r):
            errors.append(f"tab/newline in {r}")
    for r in FIGURES:
        float(r[2])
        if r[3] not in quals: errors.append(f"bad qualifier {r}")
    seen = set()
    for r in FIGURES:
        if (r[0], r[1]) in seen: errors.append(f"duplicate {r[:2]}")
        seen.add((r[0], r[1]))
    new_keys = {r[7] for r in FIGURES}
    print("reused keys:", sorted(new_keys & old_keys))

    with (GOLD / "seed_figures.tsv").open("a", encoding="utf-8", newline="") as fh:
        for r in FIGURES: fh.write("\t".join(r) + "\n")
    with (GOLD / "seed_meetings.tsv").open("a", encoding="utf-8", newline="") as fh:
        for r in MEETINGS: fh.write("\t".join(r) + "\n")

    allf = read(GOLD / "seed_figures.tsv")
    newfiles = set(DOCS)
    bykey = {}
    for r in allf: bykey.setdefault(r["key"], []).append(r)
    pairs = []
    for key in sorted(bykey):
        for a, b in itertools.combinations(bykey[key], 2):
            if a["file"] == b["file"] or not ({a["file"], b["file"]} & newfiles): continue
            if (a["file"], a["surface"]) > (b["file"], b["surface"]): a, b = b, a
            (al, ah), (bl, bh) = interval(float(a["value"]), a["qualifier"]), interval(float(b["value"]), b["qualifier"])
            dis = "no" if (ah >= bl and bh >= al) else "yes"
            pairs.append((key, a["file"], a["surface"], b["file"], b["surface"], dis))
    with (GOLD / "seed_pairs.tsv").open("a", encoding="utf-8", newline="") as fh:
        for p in pairs: fh.write("\t".join(p) + "\n")

    # every pair row (old and new) points at gold figure rows with that key
    index = {(r["file"], r["surface"]): r for r in allf}
    if len(index) != len(allf): errors.append("gold (file, surface) not unique")
    for p in read(GOLD / "seed_pairs.tsv"):
        for f, s in ((p["file_a"], p["surface_a"]), (p["file_b"], p["surface_b"])):
            if (f, s) not in index: errors.append(f"pair points nowhere: {f} {s!r}")
            elif index[(f, s)]["key"] != p["key"]: errors.append(f"pair key mismatch {p}")
    print(f"added {len(FIGURES)} figures, {len(MEETINGS)} meetings, {len(pairs)} pairs "
          f"({sum(p[5] == 'yes' for p in pairs)} disagree)")
    print("\n".join(errors) or "checks passed")
    return 1 if errors else 0
