"""Which extractor runs: the mypyc-compiled modules (setup.py) or their Python sources.

The compiled modules are built in place beside the sources, and Python imports a compiled
module before a source of the same name. So a source edited after the build would be silently
ignored; instead, when any source is newer than its compiled module (or AIDWATCH_PURE=1 is
set), every module of the package is loaded from its source, with one warning saying how to
rebuild. All of them, not only the edited one: compiled modules call each other directly, past
the import system.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE = "flows.extract"
HERE = Path(__file__).resolve().parent
_EXT = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def compiled_sources(folder: Path) -> dict[str, Path]:
    """Source file of each module in ``folder`` that also has a compiled module beside it."""
    out: dict[str, Path] = {}
    for path in folder.iterdir():
        for suffix in _EXT:
            if path.name.endswith(suffix):
                src = folder / (path.name[: -len(suffix)] + ".py")
                if src.exists():
                    out[src.stem] = src
    return out


def stale_sources(folder: Path) -> list[str]:
    """Modules whose source changed after their compiled module was built."""
    stale = []
    for name, src in sorted(compiled_sources(folder).items()):
        built = min(p.stat().st_mtime_ns for p in folder.glob(name + ".*") if p.name.endswith(_EXT))
        if src.stat().st_mtime_ns > built:
            stale.append(name)
    return stale


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds this package's modules as Python sources, ahead of the compiled ones."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        source = HERE / f"{name}.py"
        if package != PACKAGE or not source.exists():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


def choose() -> str:
    """'compiled', 'pure' (no compiled modules) or 'source' (compiled ones bypassed)."""
    if not compiled_sources(HERE):
        return "pure"
    if os.environ.get("AIDWATCH_PURE") != "1":
        stale = stale_sources(HERE)
        if not stale:
            return "compiled"
        warnings.warn(
            f"flows/extract: {', '.join(stale)} changed after the extractor was compiled; "
            "running its Python sources (slower) until `pip install -e .` rebuilds it",
            stacklevel=2,
        )
    sys.meta_path.insert(0, _SourceFinder())
    return "source"


MODE = choose()
