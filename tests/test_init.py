"""`nhanluc init DIR`: a data repository that checks clean at once, in which `new` works.

`check` in the new folder runs `--as-of` the plan's own day: today, plan 60's deadlines have all
passed and E301 is an error until the plan-closing work (W319) lands; that is not init's doing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import PLAN_DAY, PLAN_FILE, RunCli, folder_digest
from nhanluc_cli.drafts import release
from nhanluc_cli.drafts.repository import plan_text_for_root

EXPECTED_FILES = [
    ".gitattributes",
    ".github/workflows/nhanluc.yml",
    ".gitlab-ci.yml",
    ".pre-commit-config.yaml",
    "README.md",
    "plan60.yaml",
    "progress/README.md",
    "schema/plan.schema.json",
    "schema/progress.schema.json",
]


def files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def init(run_cli: RunCli, *args: str) -> None:
    result = run_cli(["init", *args])
    assert result.exit_code == 0, result.output


def check_json(run_cli: RunCli, *args: str) -> tuple[int, list[dict[str, object]]]:
    result = run_cli(["check", "--format", "json", "--as-of", PLAN_DAY, *args])
    return result.exit_code, json.loads(result.stdout)["findings"]


# ---------------------------------------------------------------------------------------------
# What it writes


def test_writes_every_file_utf8_with_lf(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(["init", "kho"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Đã tạo thư mục dữ liệu kho: 9 tệp.")
    kho = tmp_path / "kho"
    assert files_under(kho) == EXPECTED_FILES
    for name in EXPECTED_FILES:
        data = (kho / name).read_bytes()
        assert b"\r" not in data, name
        data.decode("utf-8")  # raises if not UTF-8
        assert data.endswith(b"\n"), name


def test_the_plan_is_the_bundled_one_with_its_schema_line_for_the_root(
    run_cli: RunCli, tmp_path: Path
) -> None:
    init(run_cli, "kho")
    written = (tmp_path / "kho" / "plan60.yaml").read_text(encoding="utf-8")
    original = PLAN_FILE.read_text(encoding="utf-8")
    assert written.split("\n", 1)[0] == "# yaml-language-server: $schema=schema/plan.schema.json"
    assert written.split("\n", 1)[1] == original.split("\n", 1)[1]


def test_schemas_are_what_nhanluc_schema_prints(run_cli: RunCli, tmp_path: Path) -> None:
    init(run_cli, "kho")
    kho = tmp_path / "kho"
    for kind in ("plan", "progress"):
        printed = run_cli(["schema", kind, "--data", str(kho)]).stdout
        assert (kho / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8") == printed


GIT_URL = "https://git.example.gov.vn/so-noi-vu/nhanluc.git"
COMMIT = "0123456789abcdef0123456789abcdef01234567"


def test_ci_files_are_valid_yaml_and_pin_one_version(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Installed with `pip install "nhanluc @ git+URL@COMMIT"`: PEP 610 records both.
    record = {"url": GIT_URL, "vcs_info": {"vcs": "git", "commit_id": COMMIT}}
    monkeypatch.setattr(release, "installed_direct_url", lambda: (record, None))
    init(run_cli, "kho")
    kho = tmp_path / "kho"
    pre_commit = yaml.safe_load((kho / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (hook_repo,) = pre_commit["repos"]
    assert (hook_repo["repo"], hook_repo["rev"]) == (GIT_URL, COMMIT)
    assert [hook["id"] for hook in hook_repo["hooks"]] == ["nhanluc-check"]
    assert hook_repo["hooks"][0]["args"] == ["--ignore=E301,E302,W311,W312,W313,W314"]

    workflow = yaml.safe_load((kho / ".github/workflows/nhanluc.yml").read_text(encoding="utf-8"))
    triggers = workflow["on"]  # quoted, so that YAML 1.1 reads no boolean key
    assert set(triggers) == {"push", "pull_request", "schedule", "workflow_dispatch"}
    assert triggers["schedule"] == [{"cron": "0 1 * * *"}]
    steps = workflow["jobs"]["check"]["steps"]
    install = f'"nhanluc @ git+{GIT_URL}@{COMMIT}"'
    assert install in steps[2]["run"]
    assert steps[3]["run"] == "nhanluc check --format github"

    gitlab = yaml.safe_load((kho / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    assert install in gitlab["nhanluc"]["script"][0]
    assert gitlab["nhanluc"]["artifacts"]["reports"] == {"junit": "nhanluc-junit.xml"}
    readme = (kho / "README.md").read_text(encoding="utf-8")
    assert f"pip install {install}" in readme and COMMIT in readme


def test_readmes_are_vietnamese_and_name_the_plan(run_cli: RunCli, tmp_path: Path) -> None:
    init(run_cli, "kho")
    readme = (tmp_path / "kho" / "README.md").read_text(encoding="utf-8")
    assert readme.startswith(
        "# Dữ liệu theo dõi Kế hoạch số 60/KH-UBND ngày 04/8/2021 của Ủy ban nhân dân huyện "
        "Càng Long\n"
    )
    assert "giai đoạn 2021-2025, định hướng đến năm 2030" in readme
    for heading in ("## Lập báo cáo tiến độ", "## Kiểm tra tự động (CI) và cách đọc kết quả"):
        assert heading in readme
    assert "{{" not in readme
    progress = (tmp_path / "kho" / "progress" / "README.md").read_text(encoding="utf-8")
    assert progress.startswith("# Báo cáo tiến độ\n") and "W326" in progress


# ---------------------------------------------------------------------------------------------
# The result works at once


def test_the_new_folder_checks_clean_and_new_works_inside_it(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    init(run_cli, "kho")
    monkeypatch.chdir(tmp_path / "kho")
    assert check_json(run_cli) == (0, [])  # progress/README.md is not W326
    result = run_cli(["new", "2025-H1"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Đã tạo progress/2025-H1.yaml:")
    report = (tmp_path / "kho" / "progress" / "2025-H1.yaml").read_text(encoding="utf-8")
    assert report.startswith("# yaml-language-server: $schema=../schema/progress.schema.json\n")
    assert check_json(run_cli) == (0, [])
    status = run_cli(["status", "--as-of", PLAN_DAY])
    assert "Dữ liệu: plan60.yaml; 0/1" in status.stdout  # the folder's plan and report
    assert "kế hoạch đi kèm" not in status.output


def test_a_plan_of_ones_own_under_its_own_name(run_cli: RunCli, tmp_path: Path) -> None:
    mine = tmp_path / "plan-cang-long.yaml"
    # Windows line ends and the schema line of its old place: both made right in the copy.
    mine.write_bytes(PLAN_FILE.read_bytes().replace(b"\n", b"\r\n"))
    init(run_cli, "kho", "--plan", str(mine))
    kho = tmp_path / "kho"
    assert "plan-cang-long.yaml" in files_under(kho) and "plan60.yaml" not in files_under(kho)
    written = (kho / "plan-cang-long.yaml").read_bytes()
    assert b"\r" not in written
    assert written.decode("utf-8") == plan_text_for_root(PLAN_FILE.read_text(encoding="utf-8"))
    assert "`plan-cang-long.yaml`" in (kho / "README.md").read_text(encoding="utf-8")
    assert check_json(run_cli, "--data", str(kho)) == (0, [])


def test_plan_text_for_root_adds_a_schema_line_when_there_is_none() -> None:
    assert plan_text_for_root("id: x\n") == (
        "# yaml-language-server: $schema=schema/plan.schema.json\nid: x\n"
    )
    assert plan_text_for_root("\ufeff# yaml-language-server: $schema=../a.json\nid: x\n") == (
        "\ufeff# yaml-language-server: $schema=schema/plan.schema.json\nid: x\n"
    )


# ---------------------------------------------------------------------------------------------
# Refusals


def test_refuses_to_overwrite_names_every_file_and_writes_nothing(
    run_cli: RunCli, tmp_path: Path
) -> None:
    kho = tmp_path / "kho"
    (kho / "progress").mkdir(parents=True)
    (kho / "README.md").write_text("của tôi\n", encoding="utf-8")
    (kho / "progress" / "README.md").write_text("của tôi\n", encoding="utf-8")
    (kho / "progress" / "2022.yaml").write_text('period: "2022"\n', encoding="utf-8")
    before = folder_digest(kho)
    result = run_cli(["init", "kho", "--lang", "en"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "kho: error: 2 file(s) would be overwritten: kho/README.md, kho/progress/README.md; "
        "`nhanluc init` overwrites nothing, so nothing was written."
    )
    assert folder_digest(kho) == before


def test_an_existing_empty_folder_is_fine(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "kho").mkdir()
    init(run_cli, "kho")
    assert files_under(tmp_path / "kho") == EXPECTED_FILES


def test_a_folder_that_cannot_be_written_is_an_error(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "kho").write_text("a file, not a folder\n", encoding="utf-8")
    result = run_cli(["init", "kho", "--lang", "en"])
    assert result.exit_code == 1
    assert result.stderr.startswith("kho: error: cannot write to the folder kho (")
    assert (tmp_path / "kho").read_text(encoding="utf-8") == "a file, not a folder\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kho"]


def test_a_failure_half_way_removes_what_was_written(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import nhanluc_cli.files

    real = nhanluc_cli.files.write_whole
    calls = []

    def full_disk_on_the_fourth(target: Path, text: str, *, replace: bool) -> bool:
        calls.append(target)
        if len(calls) == 4:
            raise OSError(28, "No space left on device")
        return real(target, text, replace=replace)

    monkeypatch.setattr(nhanluc_cli.files, "write_whole", full_disk_on_the_fourth)
    result = run_cli(["init", "kho", "--lang", "en"])
    assert result.exit_code == 1
    assert "(the disk is full)" in result.stderr  # the system's English never shows
    assert "No space left" not in result.stderr
    assert not (tmp_path / "kho").exists()
    calls.clear()
    result = run_cli(["init", "kho"])
    assert result.exit_code == 1 and "(ổ đĩa đã đầy)" in result.stderr
    assert not (tmp_path / "kho").exists()


def test_a_plan_with_errors_writes_nothing(run_cli: RunCli, tmp_path: Path) -> None:
    broken = tmp_path / "plan60.yaml"
    broken.write_text(PLAN_FILE.read_text(encoding="utf-8") + "extra: 1\n", encoding="utf-8")
    result = run_cli(["init", "kho", "--plan", str(broken), "--lang", "en"])
    assert result.exit_code == 1
    assert "E201" in result.stderr
    assert "so no data folder was made" in result.stderr
    assert not (tmp_path / "kho").exists()


@pytest.mark.parametrize("name", ["ke-hoach.yaml", "plan60.yml"])
def test_a_plan_that_would_not_be_found_is_a_usage_error(
    run_cli: RunCli, tmp_path: Path, name: str
) -> None:
    shutil.copyfile(PLAN_FILE, tmp_path / name)
    result = run_cli(["init", "kho", "--plan", name])
    assert result.exit_code == 2
    assert "plan*.yaml" in result.stderr
    assert not (tmp_path / "kho").exists()


# ---------------------------------------------------------------------------------------------
# With real git


def git(folder: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=Cán bộ", "-c", "user.email=can-bo@example.invalid", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return done.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_keeps_lf_even_with_autocrlf(run_cli: RunCli, tmp_path: Path) -> None:
    init(run_cli, "kho")
    kho = tmp_path / "kho"
    git(kho, "init", "-q")
    git(kho, "config", "core.autocrlf", "true")  # what Git for Windows sets by default
    # A report typed on Windows, with CRLF: the repository stores it with LF.
    (kho / "progress" / "2022.yaml").write_bytes(b'period: "2022"\r\nreported_by: "UBND"\r\n')
    git(kho, "add", "-A")
    git(kho, "commit", "-q", "-m", "Khởi tạo")
    assert git(kho, "status", "--porcelain") == ""
    assert git(kho, "show", "HEAD:progress/2022.yaml") == 'period: "2022"\nreported_by: "UBND"\n'
    attributes = git(kho, "check-attr", "eol", "--", "plan60.yaml", "progress/x.yml")
    assert attributes.splitlines() == ["plan60.yaml: eol: lf", "progress/x.yml: eol: lf"]
    assert sorted(git(kho, "ls-files").splitlines()) == sorted(
        [*EXPECTED_FILES, "progress/2022.yaml"]
    )
