"""Shared fixtures. Prefect's local server costs 8-20 s to start, so one harness serves the
whole session and only tests that run a real flow ask for it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "gold"


@pytest.fixture(scope="session")
def prefect_server() -> Iterator[None]:
    """A real, temporary Prefect server (SQLite in a temp dir) for the whole test session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture
def seed_docs(tmp_path: Path) -> Path:
    """A private copy of the seed corpus the test may change."""
    dest = tmp_path / "docs"
    shutil.copytree(SEEDS, dest)
    return dest


@pytest.fixture
def seed_texts() -> dict[str, str]:
    return {p.name: p.read_bytes().decode("utf-8") for p in sorted(SEEDS.iterdir())}
