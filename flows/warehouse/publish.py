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

import duckdb


class WarehouseBusy(RuntimeError):
    """Another aidwatch run holds the warehouse lock."""


def warehouse_files(db: Path) -> frozenset[Path]:
    """Every file a run writes beside the warehouse: never input, even inside a --docs folder."""
    db = db.expanduser().resolve()
    work = work_path(db)
    return frozenset(
        {
            db,
            lock_path(db),
            work,
            db.with_name(db.name + ".wal"),
            work.with_name(work.name + ".wal"),
        }
    )


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".lock")


def work_path(db: Path) -> Path:
    return db.with_name(f".{db.name}.work")


@contextlib.contextmanager
def run_lock(db: Path, timeout_s: float) -> Iterator[None]:
    """Exclusive lock on the warehouse for the length of one run (released if the run dies).

    flock, not a lock file that exists or not: the kernel drops it when the holder dies, even
    by kill -9, so a crashed run never leaves the warehouse locked.
    """
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
                    raise WarehouseBusy(_busy_message(db, fd, timeout_s)) from None
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the flock


def _busy_message(db: Path, fd: int, waited_s: float) -> str:
    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    who = f"another aidwatch run (pid {holder})" if holder.isdigit() else "another aidwatch run"
    waited = f" (waited {waited_s:g} s)" if waited_s > 0 else ""
    return (
        f"{who} is writing {db}{waited}; try again when it finishes, "
        f"or set AIDWATCH_LOCK_TIMEOUT=SECONDS to wait for it"
    )


@contextlib.contextmanager
def private_copy(db: Path) -> Iterator[Path]:
    """A writable copy of ``db`` (empty if none yet); on success it replaces ``db`` atomically.

    Call only while holding run_lock. A copy left by a killed run is discarded first. Until
    the final os.replace the published file is only ever read, so a run killed at any moment
    leaves it byte for byte as it was; after it, the file is the complete new version.
    """
    work = work_path(db)
    for stale in (work, _wal(work)):
        stale.unlink(missing_ok=True)
    try:
        if db.exists():
            _fold_foreign_wal(db)
            shutil.copyfile(db, work)
        yield work
        _fold_wal(work)  # one self-contained file: a WAL beside it would not be published
        _fsync(work)
    except BaseException:
        for leftover in (work, _wal(work)):
            leftover.unlink(missing_ok=True)
        raise
    os.replace(work, db)
    _fsync(db.parent)


def _wal(path: Path) -> Path:
    return path.with_name(path.name + ".wal")


def _fold_wal(path: Path) -> None:
    if _wal(path).exists():
        with duckdb.connect(str(path)) as con:
            con.execute("CHECKPOINT")


def _fold_foreign_wal(db: Path) -> None:
    """Changes someone wrote into the published file (not through aidwatch) and left in its WAL.

    Copying only the main file would drop them, and publishing over it would leave a WAL that
    belongs to another file (DuckDB would replay it against ours): fold it in first.
    """
    if not _wal(db).exists():
        return
    try:
        _fold_wal(db)
    except duckdb.Error as err:
        raise WarehouseBusy(
            f"{db} is open in another program and has unsaved changes (a write-ahead log); "
            f"close that program and run again ({err})"
        ) from None


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
