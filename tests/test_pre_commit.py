"""The pre-commit hook for real (contract §20): a repository made by `nhanluc init --source
CLONE`, where CLONE is a local git clone of this repository at its HEAD, with the
.pre-commit-config.yaml exactly as `init` wrote it. Its first commit (every file `init` wrote and
a good report) passes the installed hook; a bad report is refused.

pre-commit builds the hook's environment as it does for users (`language: python`: a virtualenv,
then `pip install` of the pinned commit of the clone), which needs a package index for the
dependencies and nothing else: no git host is contacted. The hook installs what is committed:
the test pins HEAD, so uncommitted changes of a working tree are not what it tests.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO, RunCli

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
        timeout=900,
    )


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A local git clone of this repository, checked out at the working tree's HEAD."""
    head = run(REPO, "git", "rev-parse", "HEAD")
    assert head.returncode == 0, head.stderr
    commit = head.stdout.strip()
    target = tmp_path_factory.mktemp("nhanluc-clone") / "nhanluc"
    for step in (
        ["git", "clone", "-q", "--no-checkout", str(REPO), str(target)],
        ["git", "-C", str(target), "checkout", "-q", "--detach", commit],
    ):
        done = run(REPO, *step)
        assert done.returncode == 0, done.stderr
    return target, commit


@pytest.mark.slow
def test_a_repository_made_by_init_passes_its_first_commit_and_refuses_a_bad_report(
    run_cli: RunCli, tmp_path: Path, clone: tuple[Path, str]
) -> None:
    source, commit = clone
    made = run_cli(["init", "kho", "--source", str(source)])
    assert made.exit_code == 0, made.stderr
    kho = tmp_path / "kho"
    config = yaml.safe_load((kho / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (hook_repo,) = config["repos"]
    if hook_repo.get("rev") != commit:
        pytest.skip(
            "the running nhanluc is not installed from this checkout (pip install -e . or .), "
            f"so init pins {hook_repo.get('rev')!r}, not the clone's HEAD {commit}"
        )
    assert hook_repo["repo"] == str(source)
    pinned = f"nhanluc @ {Path(source).absolute().as_uri().replace('file:', 'git+file:')}@{commit}"
    for ci_file in (".gitlab-ci.yml", ".github/workflows/nhanluc.yml"):
        assert f'pip install "{pinned}"' in (kho / ci_file).read_text(encoding="utf-8")

    env = {k: v for k, v in os.environ.items() if not k.startswith(("NHANLUC_", "GIT_"))}
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    env["PRE_COMMIT_COLOR"] = "never"
    assert run(kho, "git", "init", "-q").returncode == 0
    installed = run(kho, sys.executable, "-m", "pre_commit", "install", env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    # The first commit: every file init wrote, and a good report written in Vietnamese words.
    good = kho / "progress" / "2022.yaml"
    good.write_text(
        'period: "năm 2022"\ntasks:\n  "3":\n'
        "    status: hoàn thành\n    completed_on: 28/03/2022\n",
        encoding="utf-8",
    )
    assert run(kho, "git", "add", "-A").returncode == 0
    accepted = run(kho, "git", *USER, "commit", "-m", "Kho dữ liệu và báo cáo năm 2022", env=env)
    output = accepted.stdout + accepted.stderr
    assert accepted.returncode == 0, output
    assert "nhanluc check" in output and "Passed" in output
    assert run(kho, "git", "status", "--porcelain").stdout == ""

    # The written CI command on that commit, today: green (warnings allowed).
    workflow = yaml.safe_load((kho / ".github/workflows/nhanluc.yml").read_text(encoding="utf-8"))
    (step,) = [s for s in workflow["jobs"]["check"]["steps"] if s.get("name") == "nhanluc check"]
    command = step["run"].split()
    assert command[:2] == ["nhanluc", "check"]
    ci = run(kho, sys.executable, "-m", "nhanluc_cli", *command[1:], env=env)
    assert ci.returncode == 0, ci.stdout + ci.stderr
    assert "::error" not in ci.stdout

    # A report with task 4 done but no date: E201, whatever the day.
    bad = kho / "progress" / "2023.yaml"
    bad.write_text('period: "2023"\ntasks:\n  "4":\n    status: done\n', encoding="utf-8")
    run(kho, "git", "add", "-A")
    refused = run(kho, "git", *USER, "commit", "-m", "Báo cáo năm 2023", env=env)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "nhanluc check" in output and "Failed" in output
    assert "progress/2023.yaml:4:5: error E201" in output
    log = run(kho, "git", "log", "--format=%s").stdout.splitlines()
    assert log == ["Kho dữ liệu và báo cáo năm 2022"]  # the bad report was not committed
