"""No key of any YAML file the project ships is a word YAML 1.1 reads as a boolean (contract
§20): a script reading `data/plan60.yaml` with PyYAML (YAML 1.1, the most common Python YAML
library) must see `date`, not `True`. The files: every tracked .yaml/.yml outside the tests'
deliberately broken inputs, and every file `nhanluc init` writes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import REPO, RunCli

# Inputs made to be wrong (syntax errors, `on: off` to prove the loader keeps it as text), and
# init's templates, which are YAML only once filled in (checked as init writes them, below).
NOT_SHIPPED = ("tests/", "fuzz/", "src/nhanluc_cli/drafts/scaffold_files/")


def tracked_yaml() -> list[str]:
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("git is not installed, or this is not a git checkout: no file list")
    listed = subprocess.run(
        ["git", "ls-files", "-z", "*.yaml", "*.yml", "*.YAML", "*.YML"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return [n for n in listed.stdout.split("\0") if n and not n.startswith(NOT_SHIPPED)]


def boolean_keys(node: Any, path: str = "") -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool):
                found.append(f"{path}.{key}".lstrip("."))
            found += boolean_keys(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            found += boolean_keys(item, f"{path}[{index}]")
    return found


def test_the_list_is_not_empty() -> None:
    names = tracked_yaml()
    for needed in ("data/plan60.yaml", ".github/workflows/nhanluc.yml", ".pre-commit-hooks.yaml"):
        assert needed in names
    assert any(n.startswith("examples/") for n in names)


def test_no_tracked_yaml_file_has_a_boolean_key() -> None:
    offenders = {}
    for name in tracked_yaml():
        loaded = yaml.safe_load((REPO / name).read_text(encoding="utf-8"))
        if found := boolean_keys(loaded):
            offenders[name] = found
    assert offenders == {}


def test_no_file_init_writes_has_a_boolean_key(run_cli: RunCli, tmp_path: Path) -> None:
    source = "https://git.example.gov.vn/nhanluc.git"
    assert run_cli(["init", "kho", "--source", source]).exit_code == 0
    written = [p for p in (tmp_path / "kho").rglob("*") if p.suffix.lower() in (".yaml", ".yml")]
    assert {p.name for p in written} >= {"plan60.yaml", ".pre-commit-config.yaml", "nhanluc.yml"}
    for path in written:
        assert boolean_keys(yaml.safe_load(path.read_text(encoding="utf-8"))) == [], path


def test_plan_60_read_by_pyyaml_has_its_end_date() -> None:
    plan = yaml.safe_load((REPO / "data" / "plan60.yaml").read_text(encoding="utf-8"))
    assert str(plan["ended"]["date"]) == "2025-06-30"
