"""The compiled extractor (setup.py, mypyc) and its Python sources: same records, right choice."""

from __future__ import annotations

import dataclasses
import importlib.machinery
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import flows.extract
from flows.extract import native

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]

# Extract every bundled document and print the records as JSON: run once compiled, once from
# the sources (AIDWATCH_PURE=1), in fresh interpreters so each makes its own choice.
_DUMP = """
import dataclasses, json, sys
from pathlib import Path
from flows.extract import MODE, extract_document
from flows.reading import Unreadable, decode
out = {}
for p in sorted(Path(sys.argv[1]).glob("**/*")):
    if p.is_file() and p.suffix in (".txt", ".html", ".htm", ".md"):
        try:
            text = decode(p.read_bytes(), p.name, 1 << 30).text
        except Unreadable:
            continue
        out[str(p)] = dataclasses.asdict(extract_document(text))
print(json.dumps({"mode": MODE, "docs": out}, default=str))
"""


def _dump(folder: Path, pure: bool) -> dict:
    env = {**os.environ, "AIDWATCH_PURE": "1" if pure else "0"}
    done = subprocess.run(
        [sys.executable, "-c", _DUMP, str(folder)], env=env, cwd=ROOT,
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


def test_an_installed_build_runs_compiled_where_a_compiler_is() -> None:
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if os.environ.get("AIDWATCH_PURE") == "1" or shutil.which("cc") is None or not headers.exists():
        pytest.skip("built without the compiler: the sources run, by choice or for want of one")
    assert native.is_compiled(native.HERE), "not compiled: `pip install -e .` builds it (mypyc)"
    stale = native.stale_sources(native.HERE)
    assert not stale, f"{stale} edited after the build: run `pip install -e .` to recompile"
    assert flows.extract.MODE == "compiled"
    assert not flows.extract.document.__file__.endswith(".py")


def test_compiled_and_source_extractors_give_the_same_records() -> None:
    compiled, source = _dump(ROOT / "tests" / "data", False), _dump(ROOT / "tests" / "data", True)
    assert source["mode"] in ("source", "pure")
    assert len(compiled["docs"]) >= 20
    assert sum(len(d["figures"]) for d in compiled["docs"].values()) > 500
    assert compiled["docs"] == source["docs"]


def test_sources_that_differ_from_the_stamp_of_the_build_are_found(tmp_path: Path) -> None:
    for name in ("a", "b", "c", "native"):
        (tmp_path / f"{name}.py").write_text(f"x = '{name}'\n")
    assert not native.is_compiled(tmp_path)
    (tmp_path / f"compiled__mypyc{SUFFIX}").write_bytes(b"")
    assert native.is_compiled(tmp_path)
    assert native.stale_sources(tmp_path) == ["a", "b", "c"]  # no stamp: nothing is trusted
    stamp = {f"{n}.py": native.digest(tmp_path / f"{n}.py") for n in ("a", "b", "c")}
    (tmp_path / native.STAMP).write_text(json.dumps(stamp))
    assert native.stale_sources(tmp_path) == []
    os.utime(tmp_path / "a.py", ns=(9 * 10**18, 9 * 10**18))  # touched, not changed
    (tmp_path / "b.py").write_text("x = 'edited'\n")
    (tmp_path / "d.py").write_text("x = 'new module'\n")
    assert native.stale_sources(tmp_path) == ["b", "d"]


def test_pure_mode_loads_every_module_from_its_source() -> None:
    code = (
        "import flows.extract as e, flows.extract.figures as f, flows.extract.meetings as m;"
        "print(e.MODE, f.__file__, m.__file__)"
    )
    env = {**os.environ, "AIDWATCH_PURE": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[0] in ("source", "pure")
    assert out[1].endswith("figures.py") and out[2].endswith("meetings.py")


def test_records_are_dataclasses_whichever_build() -> None:
    """validate.py reads records through the dataclass API (compiled classes have no slots)."""
    from flows.extract.types import FigureHit

    names = [f.name for f in dataclasses.fields(FigureHit)]
    assert names[:3] == ["char_start", "char_end", "surface"]


def test_module_constants_are_final() -> None:
    """mypyc keeps a Final module name in a C static; any other global is looked up in the
    module's dict on every use (the Final annotations measured +20 % on the compiled build)."""
    import ast

    loose = []
    for path in sorted(native.HERE.glob("*.py")):
        if path.name in native.PURE:
            continue
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
                if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                    loose.append(f"{path.name}:{node.lineno} {target.id}")
    assert not loose, "annotate as `NAME: Final = ...`: " + ", ".join(loose)
