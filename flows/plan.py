"""Decide what a run has to do: which files are new or changed, unchanged, moved or gone.

Hashing is the only I/O; the decision itself is a pure function of hashes and the warehouse's
current (source_path -> sha256) map.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from flows.discover import InputFile


@dataclass(frozen=True, slots=True)
class Known:
    doc_id: str
    sha256: str


@dataclass(slots=True)
class Plan:
    to_parse: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    moved: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, new source_path)
    replaced: list[str] = field(default_factory=list)  # doc_ids whose file changed
    gone: list[str] = field(default_factory=list)  # doc_ids whose file disappeared
    rejects: list[tuple[str, str, str | None]] = field(default_factory=list)  # path, why, sha

    @property
    def changes_documents(self) -> bool:
        """Whether the run changes the loaded documents (and so figures): rejects do not."""
        return bool(self.to_parse or self.replaced or self.moved or self.gone)


def sha256_of(path: Path, max_bytes: int | None = None) -> str:
    """sha256 of a regular file's bytes; OSError (with a reason for people) if it cannot be.

    Opened non-blocking and checked with fstat: a path swapped for a FIFO after discovery
    must not block the run.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "not a regular file any more")
        if max_bytes is not None and st.st_size > max_bytes:
            raise OSError(errno.EFBIG, _too_large(st.st_size, max_bytes))
        h = hashlib.sha256()
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _too_large(size: int, max_bytes: int) -> str:
    return f"too large: {size:,} bytes (limit {max_bytes:,})"


def hash_inputs(
    inputs: list[InputFile], max_bytes: int
) -> tuple[dict[Path, str], list[tuple[str, str, str | None]]]:
    """sha256 of each readable file; empty, too-large and unreadable files become rejects.

    Empty files are rejected here, not at read: all empty files share one sha256, and the
    user should read "empty", not "duplicate content of" another empty file.
    """
    hashes: dict[Path, str] = {}
    rejects: list[tuple[str, str, str | None]] = []
    for f in inputs:
        if f.size > max_bytes:
            rejects.append((str(f.path), _too_large(f.size, max_bytes), None))
            continue
        try:
            sha = sha256_of(f.path, max_bytes)
        except OSError as err:
            rejects.append((str(f.path), _unreadable(err), None))
            continue
        if sha == _EMPTY_SHA:
            rejects.append((str(f.path), "empty file (0 bytes)", sha))
            continue
        hashes[f.path] = sha
    return hashes, rejects


_EMPTY_SHA = hashlib.sha256(b"").hexdigest()


def _unreadable(err: OSError) -> str:
    if err.errno == errno.ENOENT:
        return "vanished before it could be read (deleted or moved during the run)"
    if err.errno == errno.EFBIG:
        return err.strerror or "too large"
    if err.errno == errno.EINVAL:
        return f"not a regular file: {err.strerror}"
    return f"unreadable: {(err.strerror or str(err)).lower()}"


def make_plan(hashes: dict[Path, str], known: dict[str, Known], roots: tuple[Path, ...]) -> Plan:
    """What to parse, skip, move, replace and mark gone; duplicates of content are rejected."""
    plan = Plan()
    present = {str(p) for p in hashes}
    loaded_sha = {k.sha256: path for path, k in known.items()}
    first_path_of: dict[str, str] = {}
    for path in sorted(hashes, key=str):
        sha, spath = hashes[path], str(path)
        old = known.get(spath)
        if old and old.sha256 == sha:
            plan.unchanged.append(path)
            first_path_of.setdefault(sha, spath)
            continue
        if sha in first_path_of or (
            sha in loaded_sha and loaded_sha[sha] in present and loaded_sha[sha] != spath
        ):
            twin = first_path_of.get(sha, loaded_sha.get(sha))
            plan.rejects.append((spath, f"duplicate content of {twin}", sha))
            if old:  # its previous content is no longer in the file: not loaded any more
                plan.gone.append(old.doc_id)
            continue
        first_path_of[sha] = spath
        if old:
            plan.replaced.append(old.doc_id)
        if sha in loaded_sha and loaded_sha[sha] not in present:
            plan.moved.append((known[loaded_sha[sha]].doc_id, spath))
            continue
        plan.to_parse.append(path)
    moved_ids = {doc_id for doc_id, _ in plan.moved}
    plan.gone += [
        k.doc_id
        for path, k in known.items()
        if path not in present and _under(path, roots) and k.doc_id not in moved_ids
    ]
    return plan


def _under(path: str, roots: tuple[Path, ...]) -> bool:
    """Only files under this run's --docs roots can be declared gone."""
    p = Path(path)
    return any(p == r or r in p.parents for r in (r.expanduser().resolve() for r in roots))
