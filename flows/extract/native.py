"""Which extractor runs: the mypyc-compiled modules (setup.py) or their Python sources.

The compiled modules are built in place beside the sources, and Python imports a compiled
module before a source of the same name. So a source edited after the build would be silently
ignored. The build stamps the digest of every source it compiled (STAMP); when a source no
longer matches (or AIDWATCH_PURE=1 is set), every module of the package is loaded from its
source, with one warning saying how to rebuild. All of them, not only the edited one: compiled
modules call each other directly, past the import system. Digests, not file times: a checkout
touches files without changing them, and a rebuild may leave unchanged libraries untouched.

Only the standard library here: setup.py imports this file before anything is installed.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE = "flows.extract"
HERE = Path(__file__).resolve().parent
STAMP = "compiled.json"  # {source file name: sha256 of the source the build compiled}
# Modules that stay Python: the package's __init__ and this guard must be importable before
# (and whatever happens to) the compiled ones; the deadline's signal handler runs in the
# interpreter.
PURE = frozenset({"__init__.py", "native.py", "deadline.py"})
_EXT = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def is_compiled(folder: Path) -> bool:
    """Whether the build left compiled modules in ``folder``."""
    return any(p.name.endswith(_EXT) for p in folder.glob("compiled__mypyc*"))


def stale_sources(folder: Path) -> list[str]:
    """Sources that differ from what the build compiled (all of them when there is no stamp)."""
    try:
        stamp = json.loads((folder / STAMP).read_text())
    except (OSError, ValueError):
        stamp = {}
    sources = sorted(p for p in folder.glob("*.py") if p.name not in PURE)
    return [p.stem for p in sources if stamp.get(p.name) != digest(p)]


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
    if not is_compiled(HERE):
        return "pure"
    if os.environ.get("AIDWATCH_PURE") != "1":
        stale = stale_sources(HERE)
        if not stale:
            return "compiled"
        warnings.warn(
            f"flows/extract: {', '.join(stale)} changed after the extractor was compiled; "
            "running its Python sources (slower) until `pip install -e .` rebuilds it",
            stacklevel=3,
        )
    sys.meta_path.insert(0, _SourceFinder())
    return "source"
