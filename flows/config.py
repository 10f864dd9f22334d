"""Run settings: defaults, then ``aidwatch.toml`` in the working directory, then environment
variables, then command-line flags. Logic receives a Settings; it never builds paths itself."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = PROJECT_ROOT / "sql"
DEFAULT_DOCS = (Path("seeds"),)
DEFAULT_DB = Path("warehouse/aidwatch.duckdb")

_ENV = {  # setting name -> (environment variable, parser)
    "tolerance": ("AIDWATCH_TOLERANCE", float),
    "batch_size": ("AIDWATCH_BATCH_SIZE", int),
    "max_file_bytes": ("AIDWATCH_MAX_FILE_BYTES", int),
    "webhook_url": ("AIDWATCH_WEBHOOK_URL", str),
    "notify_block": ("AIDWATCH_NOTIFY_BLOCK", str),
    "lock_timeout_s": ("AIDWATCH_LOCK_TIMEOUT", float),
    "regex_timeout_s": ("AIDWATCH_REGEX_TIMEOUT", float),
}


@dataclass(frozen=True, slots=True)
class Settings:
    docs: tuple[Path, ...] = DEFAULT_DOCS
    db: Path = DEFAULT_DB
    tolerance: float = 0.1  # interval rule: more than X is (X, (1 + tolerance)·X]
    batch_size: int = 1000  # documents per Prefect task run at most: each costs tens of ms
    max_file_bytes: int = 50 * 1024 * 1024  # larger files are rejected as too large
    webhook_url: str | None = None
    notify_block: str | None = None  # name of a Prefect notification block
    lock_timeout_s: float = 0.0  # how long a second run waits for the first; 0 = exit at once
    regex_timeout_s: float = 30.0  # per-document extraction time limit; past it, a reject
    task_runner: str = "thread"  # thread or dask
    dask_address: str | None = None
    sql_dir: Path = field(default=SQL_DIR)


def load_settings(cwd: Path | None = None, **overrides: object) -> Settings:
    """Settings from aidwatch.toml, then AIDWATCH_* variables, then explicit overrides."""
    values: dict[str, object] = {}
    toml_path = (cwd or Path.cwd()) / "aidwatch.toml"
    if toml_path.is_file():
        values.update(tomllib.loads(toml_path.read_text(encoding="utf-8")).get("aidwatch", {}))
    for name, (var, parse) in _ENV.items():
        if os.environ.get(var):
            values[name] = parse(os.environ[var])
    values.update({k: v for k, v in overrides.items() if v is not None})
    if "docs" in values:
        values["docs"] = tuple(Path(p) for p in values["docs"])  # type: ignore[union-attr]
    if "db" in values:
        values["db"] = Path(values["db"])  # type: ignore[arg-type]
    return replace(Settings(), **values)  # type: ignore[arg-type]
