"""Two runs against one warehouse: the second waits or exits with a clear message (exit 4)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.cli import EXIT_BUSY
from flows.warehouse.publish import WarehouseBusy, lock_path, run_lock

ROOT = Path(__file__).resolve().parent.parent
AIDWATCH = str(Path(sys.executable).parent / "aidwatch")  # the installed console script

HOLDER = """
import sys, time
from pathlib import Path
from flows.warehouse.publish import run_lock
with run_lock(Path(sys.argv[1]), 0):
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _hold(db: Path, seconds: float) -> subprocess.Popen[bytes]:
    """Another process holding the run lock for ``seconds``; returns once it has it."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), str(seconds)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    assert proc.stdout is not None and proc.stdout.readline() == b"locked\n"
    return proc


def test_a_second_run_without_a_timeout_is_refused_naming_the_holder(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    holder = _hold(db, 30)
    try:
        with pytest.raises(WarehouseBusy) as err, run_lock(db, 0):
            pass
        assert f"another aidwatch run (pid {holder.pid}) is writing {db}" in str(err.value)
        assert "AIDWATCH_LOCK_TIMEOUT" in str(err.value)
    finally:
        holder.kill()
        holder.wait()


def test_a_second_run_with_a_timeout_waits_for_the_first(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    holder = _hold(db, 1.0)
    t0 = time.monotonic()
    with run_lock(db, 20):
        waited = time.monotonic() - t0
        assert lock_path(db).read_text().strip() == str(os.getpid())
    holder.wait(timeout=10)
    assert 0.3 < waited < 15


def test_a_run_that_times_out_waiting_says_how_long_it_waited(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    holder = _hold(db, 30)
    try:
        with pytest.raises(WarehouseBusy, match=r"\(waited 0.5 s\)"), run_lock(db, 0.5):
            pass
    finally:
        holder.kill()
        holder.wait()


def test_a_killed_holder_never_leaves_the_warehouse_locked(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    holder = _hold(db, 60)
    os.killpg(holder.pid, signal.SIGKILL)
    holder.wait()
    with run_lock(db, 5):  # the kernel dropped the flock with the process
        assert lock_path(db).exists()


@pytest.mark.usefixtures("prefect_server")
def test_the_cli_exits_4_with_a_message_when_another_run_holds_the_warehouse(
    tmp_path: Path, seed_docs: Path
) -> None:
    from prefect.settings import get_current_settings

    db = tmp_path / "w.duckdb"
    holder = _hold(db, 120)
    env = {
        **os.environ,
        "PREFECT_API_URL": str(get_current_settings().api.url),  # skip a server start
        "AIDWATCH_LOCK_TIMEOUT": "0",
    }
    try:
        done = subprocess.run(
            [
                AIDWATCH,
                "run",
                "--docs",
                str(seed_docs),
                "--db",
                str(db),
            ],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == EXIT_BUSY, done.stderr[-2000:]
    assert f"aidwatch: another aidwatch run (pid {holder.pid}) is writing {db}" in done.stderr
    assert not db.exists()  # the refused run wrote nothing
