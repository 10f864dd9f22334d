"""Write a private copy, then atomically replace the published file.

Readers (SQL users, ``aidwatch query``) open the published file read-only and never block a run;
a run killed at any moment leaves the published file as it was; a second run against the same
warehouse waits for the lock or exits with a clear message.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path


class WarehouseBusy(RuntimeError):
    """Another aidwatch run holds the warehouse lock."""


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def work_path(db: Path) -> Path:
    return db.with_name(f".{db.name}.work")


@contextlib.contextmanager
def run_lock(db: Path, timeout_s: float) -> Iterator[None]:
    """Exclusive lock on the warehouse for the length of one run (released if the run dies)."""
    db.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path(db), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(
                        f"another aidwatch run is writing {db}; try again when it finishes "
                        f"(or set AIDWATCH_LOCK_TIMEOUT to wait)"
                    ) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the flock


@contextlib.contextmanager
def private_copy(db: Path) -> Iterator[Path]:
    """A writable copy of ``db`` (empty if none yet); on success it replaces ``db`` atomically.

    Call only while holding run_lock. A copy left by a killed run is discarded first.
    """
    work = work_path(db)
    for stale in (work, work.with_name(work.name + ".wal")):
        stale.unlink(missing_ok=True)
    if db.exists():
        shutil.copyfile(db, work)
    try:
        yield work
    except BaseException:
        work.unlink(missing_ok=True)
        raise
    _fsync(work)
    os.replace(work, db)
    _fsync(db.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
