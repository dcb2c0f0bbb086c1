"""The version: written once, in pyproject.toml, and read back from the installed metadata
(contract §20)."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib.metadata import version

from conftest import REPO, RunCli
from nhanluc_cli import __version__
from nhanluc_cli.version import installed_version

# PEP 440 release segment with an optional pre-release: what semantic versioning needs here.
SEMVER = re.compile(r"^[0-9]+\.[0-9]+\.[0-9]+((a|b|rc)[0-9]+)?$")


def test_the_version_is_pyproject_s_and_the_metadata_s() -> None:
    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert declared["project"]["version"] == version("nhanluc") == __version__
    assert installed_version() == __version__
    assert SEMVER.match(__version__), __version__


def test_no_other_file_writes_the_version() -> None:
    source = (REPO / "src" / "nhanluc_cli" / "__init__.py").read_text(encoding="utf-8")
    assert not re.search(r"__version__\s*=\s*[\"']", source)


def test_version_on_the_command_line(run_cli: RunCli) -> None:
    result = run_cli(["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"nhanluc {__version__}\n"
    done = subprocess.run(
        [sys.executable, "-m", "nhanluc_cli", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout == f"nhanluc {__version__}\n"


def test_the_changelog_names_this_version_in_both_languages() -> None:
    text = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    heading = re.search(rf"^## {re.escape(__version__)}\b.*$", text, re.MULTILINE)
    assert heading, f"CHANGELOG.md has no section for {__version__}"
    section = text[heading.end() :].split("\n## ", 1)[0]
    assert "### Tiếng Việt" in section and "### English" in section
