"""Build: the extractor (flows/extract) compiled to C with mypyc, or left pure Python.

Everything else is in pyproject.toml. The extractor is the pipeline's CPU cost and plain typed
Python; mypyc compiles it as it is written (it must type-check: `mypy flows/extract`), which
measured 1.4x faster end to end (benchmarks/bench_extract.py). The compiled modules sit beside
their sources (an editable install builds in place) with a stamp of the sources they were built
from; flows/extract/native.py runs the sources instead when one no longer matches its stamp, so
an edit is never silently ignored.

AIDWATCH_PURE=1 at install time skips the compiler; a machine without a C compiler gets the
pure build as well (the extensions are optional), with the same results, only slower.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "flows" / "extract"))
from native import PURE, STAMP, digest  # noqa: E402 (the package itself needs its deps)

# The group's shared library inside the package (flows/extract/compiled__mypyc.*.so), not a
# hash-named module at the top level that an editable install would not find.
GROUP = "flows.extract.compiled"


def _sources() -> list[Path]:
    return sorted(p for p in (HERE / "flows" / "extract").glob("*.py") if p.name not in PURE)


def _extensions() -> list:
    if os.environ.get("AIDWATCH_PURE") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:  # a build without the build requirements (e.g. --no-build-isolation)
        return []
    paths = [str(p.relative_to(HERE)) for p in _sources()]
    try:
        extensions = mypycify(paths, opt_level="3", group_name=GROUP)
    except (Exception, SystemExit) as err:  # mypyc exits on a type error it finds
        print(f"aidwatch: extractor not compiled ({err!r}); it runs as Python", file=sys.stderr)
        return []
    for ext in extensions:
        ext.optional = True  # no C compiler: install the pure-Python extractor instead
    return extensions


class StampedBuildExt(build_ext):
    """Writes, beside the compiled library, the digest of each source it was compiled from:
    only once the library is built (or found up to date with the C just generated from these
    sources). A failed optional build leaves the old stamp, so an old library is not trusted."""

    library: Path | None = None

    def build_extension(self, ext) -> None:  # noqa: ANN001 (setuptools' Extension)
        super().build_extension(ext)  # raises when the compiler fails
        if ext.name == GROUP + "__mypyc":
            self.library = Path(self.get_ext_fullpath(ext.name))

    def run(self) -> None:
        super().run()  # an editable install builds in a temporary folder, then copies in place
        if self.library is None:
            return
        stamp = json.dumps({p.name: digest(p) for p in _sources()}, indent=1, sort_keys=True)
        folders = (
            {self.library.parent, HERE / "flows" / "extract"}
            if self.inplace
            else {self.library.parent}
        )
        for folder in folders:
            (folder / STAMP).write_text(stamp)


setup(ext_modules=_extensions(), cmdclass={"build_ext": StampedBuildExt})
