"""Shared test helpers: a scratch data folder holding the real plan, and running the CLI.

A data folder is always a copy (tmp_path/data with plan60.yaml and progress/), so no test can
change the repository's data, and `folder_digest` lets a test prove that nothing was written.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
import typer.testing
from typer.testing import CliRunner, Result

# Compiled modules are kept (in __pycache__, ignored by git) even where the environment says not
# to: hundreds of tests start `nhanluc` as a child process, and each would otherwise compile every
# module it imports again, as every test module's rewritten asserts would be (70 s instead of
# 85 s for the suite on two cores). What a command prints never depends on it.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# typer.testing's CliRunner builds the Click command again from every command's signature on each
# call (`_get_command(app)`), a sixth of the suite's time; the command holds nothing of a run
# (options are read when it is called), so it is built once per `app`. Were Typer to rename the
# function, this would only cost the time again.
if hasattr(typer.testing, "_get_command"):
    typer.testing._get_command = functools.cache(typer.testing._get_command)

REPO = Path(__file__).resolve().parents[1]
PLAN_FILE = REPO / "data" / "plan60.yaml"
BAD_INPUTS = Path(__file__).resolve().parent / "bad_inputs"
# The plan's own date: nothing is overdue or due within 30 days, so a clean folder checks clean
# whatever as-of-dependent checks exist.
PLAN_DAY = "2021-08-05"

RunCli = Callable[..., Result]


def pytest_configure(config: pytest.Config) -> None:
    """Every command registered on `app` before any test module is collected: a run registers
    only the command it names (cli/__init__.py), the tests invoke `app` with any command."""
    from nhanluc_cli.cli import load_commands

    load_commands()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The few tests marked slow (seconds each) first, the rest in their order: a worker that
    ends on a short test waits little for the other, one that ends on a slow test waits long."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def write_yaml(folder: Path, name: str, text: str) -> Path:
    """Write `text` (dedented, UTF-8) as folder/name, creating folders as needed."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def make_data_dir(root: Path) -> Path:
    """root/data with a copy of the real plan and an empty progress/ folder."""
    data = root / "data"
    (data / "progress").mkdir(parents=True)
    shutil.copyfile(PLAN_FILE, data / "plan60.yaml")
    return data


def folder_digest(folder: Path) -> dict[str, str]:
    """Every file under `folder` (relative path -> SHA-256): equal before and after = untouched."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(autouse=True)
def _scratch_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache of validated files (contract §13) in a scratch folder of each test's own, for
    the commands run in-process and in child processes alike: never the developer's cache, and
    never what another test's monkeypatched checks remembered."""
    monkeypatch.setenv("NHANLUC_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("NHANLUC_NO_CACHE", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return make_data_dir(tmp_path)


@pytest.fixture
def run_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> RunCli:
    """Run `nhanluc ARGS` in-process from tmp_path (so ./data is the scratch folder).

    The environment is cleared of NHANLUC_* so a developer's settings cannot leak in, and the
    width is fixed. A Python exception inside the command fails the test: CliRunner would
    otherwise turn it into exit code 1, which looks exactly like "data has errors".
    """
    from nhanluc_cli.cli import app

    monkeypatch.chdir(tmp_path)
    for name in ("NHANLUC_DATA", "NHANLUC_LANG", "NO_COLOR", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)

    def run(args: Sequence[str], env: dict[str, str] | None = None) -> Result:
        result = CliRunner().invoke(app, list(args), env={"COLUMNS": "100", **(env or {})})
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        assert "Traceback" not in result.output
        return result

    return run


def spoil_every_rest(cache: Path) -> int:
    """Every report's entries by subject in the cache at `cache` replaced by nonsense sealed as
    the cache seals them (whoever planted it knew how): a read of them is not a checksum miss
    but a part that cannot be decoded. How many were spoilt."""
    import sqlite3

    from nhanluc_cli.store.cache import FORMAT, sealed

    connection = sqlite3.connect(cache / FORMAT / "entries.sqlite")
    with connection:
        kept = connection.execute("SELECT key FROM entry WHERE rest IS NOT NULL").fetchall()
        for (key,) in kept:
            stored = sealed(key, "rest", b'[["t"], [1]]\n')
            connection.execute("UPDATE entry SET rest = ? WHERE key = ?", (stored, key))
    connection.close()
    return len(kept)
