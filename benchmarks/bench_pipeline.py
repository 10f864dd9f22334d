"""End-to-end pipeline benchmark: throughput, peak memory, stage times, Prefect's share.

    .venv/bin/python benchmarks/bench_pipeline.py [--sizes 1000 10000] [--work /tmp/aidwatch-bench]

Generates the corpus once (benchmarks/gen_corpus.py; the 1,000-document corpus is the first
folder of the 10,000 one), then runs each measurement in a fresh child process so peak RSS is
per run: the child and its worker processes (not Prefect's temporary server), summed and
sampled every 0.1 s.

  run N        the Prefect flow, fresh warehouse         (time: flow body, not server start-up)
  rerun N      the Prefect flow again, nothing changed   (the incremental fast path)
  plain N      the same stages as plain calls, no Prefect (Prefect share: 1 - plain / run)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
# As the aidwatch command sets them: no analytics, and room for a slow server start on a busy box.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


def child(mode: str, docs: Path, db: Path) -> dict:
    """Run once in this process; print what was measured as JSON on the last line."""
    from flows.config import load_settings
    from flows.pipeline import aidwatch_run, run_without_prefect

    settings = load_settings(docs=[docs], db=db)
    start = time.perf_counter()
    if mode == "plain":
        import flows.artifacts

        # Artifacts are a Prefect feature: outside a flow they would start a Prefect server.
        flows.artifacts.publish_run_artifacts = lambda *a, **k: None
        result = run_without_prefect(settings)
    else:
        result = aidwatch_run(settings)
    return {
        "wall": time.perf_counter() - start,
        "stages": result.seconds,
        "workers": result.loaded.worker_seconds,
        "loaded": result.loaded.loaded,
        "pairs": result.checks.pairs,
    }


def measure(mode: str, docs: Path, db: Path) -> dict:
    """Run ``mode`` in a child process; add its peak RSS (with its children) in MB."""
    cmd = [sys.executable, __file__, "--child", mode, str(docs), str(db)]
    log = db.with_name(f"{mode}-{db.stem}.log")
    with log.open("w") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True)
        return _watch(proc, mode, docs, log)


def _watch(proc: subprocess.Popen, mode: str, docs: Path, log: Path) -> dict:
    ps, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            tree = [ps, *(c for c in ps.children(recursive=True) if not _is_prefect_server(c))]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise SystemExit(f"{mode} {docs} failed ({proc.returncode}): see {log}")
    data = json.loads(out.strip().splitlines()[-1])
    data["peak_mb"] = peak / 2**20
    return data


def _is_prefect_server(p: psutil.Process) -> bool:
    """The temporary Prefect server a run starts is Prefect's, not the pipeline's memory."""
    try:
        return "uvicorn" in " ".join(p.cmdline())
    except psutil.Error:
        return False


def corpus(work: Path, n: int, largest: int) -> tuple[Path, int, float]:
    """The folder holding the first ``n`` documents (a multiple of 1,000), their count and MB."""
    from gen_corpus import PER_FOLDER, doc_path, generate

    root = work / "corpus"
    if not doc_path(root, largest - 1).exists():
        generate(root, largest)
    docs = root if n > PER_FOLDER else root / "000"
    files = list(docs.rglob("*.txt"))
    return docs, len(files), sum(p.stat().st_size for p in files) / 1e6


def report(rows: list[tuple[str, int, float, dict]]) -> None:
    print(f"{'run':<8}{'docs':>7}{'MB':>7}{'body s':>8}{'wall s':>8}{'MB/s':>7}{'docs/s':>8}"
          f"{'peak MB':>9}  stages (s); worker CPU-s")  # fmt: skip
    for mode, n, mb, d in rows:
        body = d["stages"]["total"]
        stages = ", ".join(f"{k} {v:.2f}" for k, v in d["stages"].items() if k != "total")
        workers = ", ".join(f"{k} {v:.1f}" for k, v in d["workers"].items())
        print(f"{mode:<8}{n:>7}{mb:>7.0f}{body:>8.2f}{d['wall']:>8.1f}{mb / body:>7.2f}"
              f"{n / body:>8.0f}{d['peak_mb']:>9.0f}  {stages}; {workers}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    p.add_argument("--work", type=Path, default=Path("/tmp/aidwatch-bench"))
    p.add_argument("--no-plain", action="store_true", help="skip the Prefect-free comparison")
    p.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        mode, docs, db = args.child
        print(json.dumps(child(mode, Path(docs), Path(db))))
        return 0
    rows: list[tuple[str, int, float, dict]] = []
    by: dict[tuple[str, int], dict] = {}
    for n in args.sizes:
        docs, count, mb = corpus(args.work, n, max(args.sizes))
        modes = ["run", "rerun"] + ([] if args.no_plain or n != max(args.sizes) else ["plain"])
        for mode in modes:
            db = args.work / f"wh-{n}-{'plain' if mode == 'plain' else 'flow'}.duckdb"
            if mode != "rerun":
                shutil.rmtree(db.parent / f".{db.name}.work", ignore_errors=True)
                db.unlink(missing_ok=True)
            by[(mode, n)] = measure(mode, docs, db)
            rows.append((mode, count, mb, by[(mode, n)]))
            print(f"  … {mode} {count}: {by[(mode, n)]['stages']['total']:.2f} s", file=sys.stderr)
    report(rows)
    small, big = min(args.sizes), max(args.sizes)
    run_s = {n: by[("run", n)]["stages"]["total"] for n in args.sizes}
    if small != big:
        print(f"10x documents: time x{run_s[big] / run_s[small]:.2f}, peak RSS "
              f"x{by[('run', big)]['peak_mb'] / by[('run', small)]['peak_mb']:.2f}")  # fmt: skip
    rerun = by[("rerun", big)]["stages"]["total"]
    print(f"unchanged re-run of {big}: {rerun:.2f} s ({rerun / run_s[big]:.1%} of the first run)")
    if ("plain", big) in by:
        plain = by[("plain", big)]["stages"]["total"]
        print(f"Prefect overhead at {big}: {run_s[big] - plain:.2f} s of {run_s[big]:.2f} s "
              f"= {(run_s[big] - plain) / run_s[big]:.1%} (plain run {plain:.2f} s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
