"""The README's examples are real: each `$ nhanluc ...` prints what the README shows.

After changing output on purpose, run `python scripts/readme_sync.py` and review the diff.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import readme_sync  # noqa: E402

README_TEXT = readme_sync.README.read_text(encoding="utf-8")
EXAMPLES = readme_sync.examples(README_TEXT)


def test_the_readme_has_examples() -> None:
    assert len([e for e in EXAMPLES if e.compare]) >= 8


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.compare], ids=lambda e: e.command)
def test_example_output_is_what_the_command_prints(example: readme_sync.Example) -> None:
    assert readme_sync.run(example.command) == example.output, (
        "README output is stale: run `python scripts/readme_sync.py` and review the diff"
    )


@pytest.mark.parametrize("example", [e for e in EXAMPLES if not e.compare], ids=lambda e: e.command)
def test_date_dependent_examples_still_run(example: readme_sync.Example) -> None:
    output = readme_sync.run(example.command)
    assert "Traceback" not in output
    assert "internal error" not in output


def test_every_command_is_documented() -> None:
    help_text = subprocess.run(
        [sys.executable, "-m", "nhanluc_cli", "--help", "--lang", "en"],
        capture_output=True,
        text=True,
        env=readme_sync.environment(),
        check=True,
    ).stdout
    commands = set(re.findall(r"^\s*│?\s*([a-z]+)\s{2,}", help_text.split("Commands:")[1], re.M))
    assert commands >= {"check", "status", "tasks", "overdue", "indicators", "agencies", "new"}
    documented = set(re.findall(r"`nhanluc ([a-z]+)", README_TEXT))
    assert commands <= documented, f"not in the README: {sorted(commands - documented)}"
