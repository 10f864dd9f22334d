"""Find input files: each --docs path is a file or a folder read recursively."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path  # absolute
    size: int


def discover(roots: tuple[Path, ...]) -> tuple[list[InputFile], list[tuple[str, str]]]:
    """Input files in a stable order, and (path, reason) for roots that do not exist.

    Hidden files and folders (.git, .DS_Store) are skipped: they are tooling, not input.
    """
    found: dict[Path, InputFile] = {}
    missing: list[tuple[str, str]] = []
    for root in roots:
        root = root.expanduser().resolve()
        if root.is_file():
            found[root] = InputFile(root, root.stat().st_size)
        elif root.is_dir():
            for p in root.rglob("*"):
                rel = p.relative_to(root).parts
                if p.is_file() and not any(part.startswith(".") for part in rel):
                    found[p] = InputFile(p, p.stat().st_size)
        else:
            missing.append((str(root), "does not exist (given with --docs)"))
    return sorted(found.values(), key=lambda f: str(f.path)), missing
