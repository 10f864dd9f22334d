"""``aidwatch serve`` against a real ``prefect server start``: scheduled runs complete.

Everything this test starts runs in its own process group and is stopped by it: the server,
the serve process and the flow-run processes serve spawns.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import httpx
import pytest

from flows.cli import main
from flows.config import load_settings
from flows.serving import DEPLOYMENT, deployment_parameters

BIN = Path(sys.executable).parent
BUDGET_S = 90.0  # server start-up included


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM the process group, SIGKILL what is left after 15 s."""
    for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture
def server_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A real Prefect server on a free loopback port, its state in tmp_path."""
    port = _free_port()
    started = time.monotonic()
    env = {
        "AIDWATCH_TEST_STARTED": str(started),
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
        "PREFECT_RUNNER_POLL_FREQUENCY": "1",
        "PREFECT_LOGGING_LEVEL": "INFO",
    }
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(
        [BIN / "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = started + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{env['PREFECT_API_URL']}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None, (tmp_path / "server.log").read_text()
            time.sleep(0.5)
        else:
            pytest.fail("prefect server did not come up in 60 s")
        yield env
    finally:
        _stop(server)
        log.close()


def _completed_runs(api_url: str) -> int:
    """Flow runs of the aidwatch deployment that COMPLETED, asked through the Prefect client."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterName,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: api_url}), get_client(sync_client=True) as client:
        runs = client.read_flow_runs(
            flow_run_filter=FlowRunFilter(
                state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.COMPLETED]))
            ),
            deployment_filter=DeploymentFilter(name=DeploymentFilterName(any_=[DEPLOYMENT])),
        )
    return len(runs)


def test_serve_runs_the_flow_on_a_schedule(
    server_env: dict[str, str], seed_docs: Path, tmp_path: Path
) -> None:
    deadline = float(server_env["AIDWATCH_TEST_STARTED"]) + BUDGET_S
    db = tmp_path / "wh" / "aidwatch.duckdb"
    log = (tmp_path / "serve.log").open("wb")
    serve = subprocess.Popen(
        [BIN / "aidwatch", "serve", "--interval", "5", "--docs", str(seed_docs), "--db", str(db)],
        env=server_env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    completed = 0
    try:
        while time.monotonic() < deadline and completed < 2:
            assert serve.poll() is None, (tmp_path / "serve.log").read_text()[-3000:]
            time.sleep(2)
            completed = _completed_runs(server_env["PREFECT_API_URL"])
    finally:
        _stop(serve)
        log.close()
    assert completed >= 2, (tmp_path / "serve.log").read_text()[-3000:]
    with duckdb.connect(str(db), read_only=True) as con:
        runs, docs = con.execute(
            "SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM documents)"
        ).fetchone()
    assert runs >= 2 and docs == 5  # the second run found everything unchanged


def test_serve_without_a_server_says_how_to_start_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: None}):
        assert main(["serve", "--interval", "5", "--db", str(tmp_path / "x.duckdb")]) == 2
    err = capsys.readouterr().err
    assert "prefect server start" in err and "PREFECT_API_URL" in err
    assert not (tmp_path / "x.duckdb").exists()


def test_deployment_parameters_are_json_with_absolute_paths(tmp_path: Path) -> None:
    settings = load_settings(docs=[Path("seeds")], db=Path("wh/a.duckdb"))
    params = deployment_parameters(settings)
    assert params["docs"] == [str(Path("seeds").resolve())]
    assert params["db"] == str(Path("wh/a.duckdb").resolve())
    assert all(isinstance(v, (str, int, float, list, type(None))) for v in params.values())
