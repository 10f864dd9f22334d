#!/bin/bash
# Instructions spent inside extract_document, counted by callgrind: the repeatable measure of
# extractor speed on this machine (its wall-clock speed swings 2x within seconds).
#
#   bash benchmarks/count_instructions.sh [MB] [OUT]     # default 0.5 MB, /tmp/extract.cg
#
# Prints the total and the top inclusive compiled functions; `callgrind_annotate --tree=calling
# OUT` shows any function's callees with call counts. Counts only the compiled build (run
# `pip install -e . --no-deps`, or `python setup.py build_ext --inplace` in a second clone with
# PYTHONPATH set to it, after an edit). The total moves ~0.1 % between runs (hash seeds).
set -euo pipefail
MB=${1:-0.5}
OUT=${2:-/tmp/extract.cg}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PYTHON:-$ROOT/.venv/bin/python}
cd "$ROOT"
"$PY" -c "import flows.extract as e, sys; sys.exit(0 if e.MODE == 'compiled' else f'extractor: {e.MODE}')"
valgrind --tool=callgrind --callgrind-out-file="$OUT" \
  --toggle-collect='CPyDef_document___extract_document' \
  "$PY" - "$MB" <<'PY' 2>&1 | grep Collected
import sys
sys.path.insert(0, "benchmarks")
from bench_extract import corpus
from flows.extract import extract_document
for d in corpus(float(sys.argv[1])):
    extract_document(d)
PY
callgrind_annotate --inclusive=yes "$OUT" 2>/dev/null | grep CPyDef \
  | sed 's/build\/flows\/extract\/__native_compiled.c://; s/ \[.*//' | awk '!seen[$NF]++' | head -"${TOP:-30}"
