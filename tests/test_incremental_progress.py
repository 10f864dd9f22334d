"""Long runs: a progress bar on a terminal only, and per-stage lines in the logs."""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

import pytest

import flows.artifacts
from flows.config import load_settings
from flows.pipeline import run_without_prefect
from flows.progress import progress_bar


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_draws_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    tty = _Terminal()
    monkeypatch.setattr("sys.stderr", tty)
    with progress_bar(4, "parsing") as advance:
        advance(3)
        advance(1)
    assert "parsing" in tty.getvalue() and "4/4" in tty.getvalue()
    pipe = io.StringIO()
    monkeypatch.setattr("sys.stderr", pipe)
    with progress_bar(4, "parsing") as advance:
        advance(4)
    assert pipe.getvalue() == ""


def test_each_stage_logs_its_time_and_counts(
    seed_docs: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(flows.artifacts, "publish_run_artifacts", lambda *a, **k: None)
    for p in seed_docs.iterdir():
        os.utime(p, ns=(1_600_000_000 * 10**9,) * 2)
    with caplog.at_level(logging.INFO, logger="aidwatch"):
        result = run_without_prefect(load_settings(docs=[seed_docs], db=tmp_path / "w.duckdb"))
    text = caplog.text
    for stage in ("discover", "plan", "load", "cross-check", "alert"):
        assert f"stage {stage}: " in text
        assert stage in result.seconds
    assert "plan: 5 to parse, 0 unchanged (5 files hashed)" in text
    assert "load: 5 documents loaded, 0 rejected" in text
    assert result.seconds["total"] >= result.seconds["load"] > 0
