"""Build: the extractor (flows/extract) compiled to C with mypyc, or left pure Python.

Everything else is in pyproject.toml. The extractor is the pipeline's CPU cost and plain typed
Python; mypyc compiles it as it is written (it must type-check: `mypy flows/extract`), which
measured 1.4x faster end to end (benchmarks/bench_extract.py). The compiled modules sit beside
their sources (an editable install builds in place); flows/extract/native.py falls back to the
sources when one was edited after the build, so an edit is never silently ignored.

AIDWATCH_PURE=1 at install time skips the compiler; a machine without a C compiler gets the
pure build as well (the extensions are optional), with the same results, only slower.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

# Modules that stay Python: the package's __init__ and the guard it runs must be importable
# before (and whatever happens to) the compiled ones; the deadline's signal handler runs in the
# interpreter.
PURE = {"__init__.py", "native.py", "deadline.py"}


def _extensions() -> list:
    if os.environ.get("AIDWATCH_PURE") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:  # a build without the build requirements (e.g. --no-build-isolation)
        return []
    here = Path(__file__).resolve().parent
    paths = sorted(
        str(p.relative_to(here))
        for p in (here / "flows" / "extract").glob("*.py")
        if p.name not in PURE
    )
    # the group's shared library inside the package (flows/extract/compiled__mypyc.*.so), not
    # a hash-named module at the top level that an editable install would not find
    extensions = mypycify(paths, opt_level="3", group_name="flows.extract.compiled")
    for ext in extensions:
        ext.optional = True  # no C compiler: install the pure-Python extractor instead
    return extensions


setup(ext_modules=_extensions())
