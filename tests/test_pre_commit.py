"""The pre-commit hook for real: `nhanluc init`'s .pre-commit-config.yaml, installed with
`pre-commit install` in a fresh git repository, refuses a commit with a bad report and accepts
the corrected one.

The configuration is used as `init` writes it, with `repo:` and `rev:` pointed at a snapshot
of this working tree (committed in a temporary repository, as `pre-commit try-repo` does), so
the hook tested is this checkout's `.pre-commit-hooks.yaml` and code. pre-commit builds the hook's
environment as it does for users (`language: python`: a virtualenv, then `pip install` of the
snapshot), which needs a package index and nothing else: no git host is contacted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, RunCli
from nhanluc_cli.release import SOURCE_REVISION, SOURCE_URL

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(not (REPO / ".git").exists(), reason="not a git checkout"),
]
pre_commit = pytest.importorskip("pre_commit")

USER = ["-c", "user.name=Cán bộ", "-c", "user.email=can-bo@example.invalid"]


def run(
    folder: Path, *command: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(command),
        cwd=folder,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        timeout=600,
    )


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """This working tree (tracked and untracked files, not ignored ones) as one commit."""
    listed = run(REPO, "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    assert listed.returncode == 0, listed.stderr
    target = tmp_path_factory.mktemp("nhanluc-snapshot")
    for name in filter(None, listed.stdout.split("\0")):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target / name)
    for step in (["init", "-q"], ["add", "-A"], [*USER, "commit", "-q", "-m", "snapshot"]):
        done = run(target, "git", *step)
        assert done.returncode == 0, done.stderr
    return target, run(target, "git", "rev-parse", "HEAD").stdout.strip()


def test_the_installed_hook_refuses_a_bad_report_and_accepts_a_good_one(
    run_cli: RunCli, tmp_path: Path, snapshot: tuple[Path, str]
) -> None:
    source, revision = snapshot
    assert run_cli(["init", "kho"]).exit_code == 0
    kho = tmp_path / "kho"
    config = kho / ".pre-commit-config.yaml"
    text = config.read_text(encoding="utf-8")
    assert f"repo: {SOURCE_URL}\n" in text and f"rev: {SOURCE_REVISION}\n" in text
    text = text.replace(SOURCE_URL, source.as_posix()).replace(SOURCE_REVISION, revision)
    config.write_text(text, encoding="utf-8")

    env = {k: v for k, v in os.environ.items() if not k.startswith(("NHANLUC_", "GIT_"))}
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    env["PRE_COMMIT_COLOR"] = "never"
    assert run(kho, "git", "init", "-q").returncode == 0
    installed = run(kho, sys.executable, "-m", "pre_commit", "install", env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    # A report with task 3 done but no date: E201, whatever the day.
    report = kho / "progress" / "2022.yaml"
    report.write_text('period: "2022"\ntasks:\n  "3":\n    status: done\n', encoding="utf-8")
    run(kho, "git", "add", "-A")
    refused = run(kho, "git", *USER, "commit", "-m", "Báo cáo năm 2022", env=env)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "nhanluc check" in output and "Failed" in output
    assert "progress/2022.yaml:4:5: error E201" in output
    assert run(kho, "git", "rev-parse", "--verify", "-q", "HEAD").returncode != 0  # no commit

    report.write_text(
        'period: "2022"\ntasks:\n  "3":\n    status: done\n    completed_on: 2022-03-28\n',
        encoding="utf-8",
    )
    run(kho, "git", "add", "-A")
    accepted = run(kho, "git", *USER, "commit", "-m", "Báo cáo năm 2022", env=env)
    output = accepted.stdout + accepted.stderr
    assert accepted.returncode == 0, output
    assert "nhanluc check" in output and "Passed" in output
    assert run(kho, "git", "status", "--porcelain").stdout == ""
