"""This repository's CI files: the test matrix, the data check kept in step with the workflow
`nhanluc init` writes, and the pre-commit hook's file pattern."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from conftest import REPO

WORKFLOWS = REPO / ".github" / "workflows"
TEMPLATE = REPO / "src" / "nhanluc_cli" / "drafts" / "scaffold_files" / "github-workflow.yml"


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_ci_runs_lint_types_and_tests_on_three_systems_and_three_pythons() -> None:
    job = load(WORKFLOWS / "ci.yml")["jobs"]["test"]
    matrix = job["strategy"]["matrix"]
    assert set(matrix["os"]) == {"ubuntu-latest", "windows-latest", "macos-latest"}
    assert matrix["python"] == ["3.11", "3.12", "3.13"]
    commands = "\n".join(step.get("run", "") for step in job["steps"])
    for needed in ("ruff check .", "ruff format --check .", "mypy", "python -m pytest"):
        assert needed in commands
    assert job["strategy"]["fail-fast"] is False


def test_the_data_check_is_the_template_init_writes_but_for_the_install() -> None:
    ours, template = load(WORKFLOWS / "nhanluc.yml"), load(TEMPLATE)
    assert ours["on"] == template["on"]  # quoted, so that YAML 1.1 reads no boolean key
    assert ours["permissions"] == template["permissions"]
    our_steps, their_steps = ours["jobs"]["check"]["steps"], template["jobs"]["check"]["steps"]
    assert [s.get("uses") for s in our_steps] == [s.get("uses") for s in their_steps]
    assert our_steps[3]["run"] == their_steps[3]["run"] == "nhanluc check --format github"
    # The daily run names who has not sent a periodic report (contract §17).
    assert our_steps[4]["run"] == their_steps[4]["run"]
    assert "nhanluc reports" in their_steps[4]["run"] and "schedule" in their_steps[4]["if"]
    assert our_steps[2]["run"] == "python -m pip install ."


def test_the_hook_fires_on_yaml_in_any_case() -> None:
    (hook,) = load(REPO / ".pre-commit-hooks.yaml")
    pattern = re.compile(hook["files"])
    for name in ("progress/2022.yaml", "progress/2022.yml", "progress/2022 - Copy.YAML"):
        assert pattern.search(name), name
    assert not pattern.search("progress/2022.docx")
    assert hook["pass_filenames"] is False


def test_gitattributes_keep_lf_in_every_checkout() -> None:
    lines = (REPO / ".gitattributes").read_text(encoding="utf-8").splitlines()
    assert "* text=auto eol=lf" in lines


def test_no_placeholder_address_anywhere() -> None:
    """init pins what is running (contract §20): no file tells users to fill in an address."""
    for path in (
        REPO / "docs" / "ci.md",
        REPO / "README.md",
        REPO / "docs" / "huong-dan-su-dung.md",
    ):
        assert "YOUR-GIT-HOST" not in path.read_text(encoding="utf-8"), path
    for path in (REPO / "src" / "nhanluc_cli").rglob("*"):
        if path.is_file() and path.suffix in (".py", ".md", ".yml", ".yaml"):
            assert "YOUR-GIT-HOST" not in path.read_text(encoding="utf-8"), path
