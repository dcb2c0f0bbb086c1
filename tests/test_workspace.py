"""Which files make up the data (contract §1): the folder, the plan, the reports, and W326."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import PLAN_DAY, RunCli, make_data_dir, write_yaml
from nhanluc_cli.store.dataset import load_dataset
from nhanluc_cli.store.workspace import locate

BUNDLED_VI = (
    "Đang dùng kế hoạch đi kèm chương trình: không có thư mục dữ liệu (xem `nhanluc init`)."
)
BUNDLED_EN = "Using the plan shipped with the program: no data folder (see `nhanluc init`)."
DONE_3 = """
    period: "2022-Q1"
    tasks:
      "3": {status: done, completed_on: 2022-03-28}
"""


def done_tasks(run_cli: RunCli, *args: str) -> list[str]:
    result = run_cli(["tasks", "--format", "json", "--as-of", "2022-04-15", *args])
    assert result.exit_code == 0, result.output
    return [row["task"] for row in json.loads(result.stdout) if row["status"] == "done"]


# ---------------------------------------------------------------------------------------------
# Which folder


def test_inside_the_data_folder_the_current_folder_is_used(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = make_data_dir(tmp_path)
    write_yaml(data / "progress", "2022-Q1.yaml", DONE_3)
    monkeypatch.chdir(data)  # `cd data && nhanluc tasks`
    assert done_tasks(run_cli) == ["3"]
    result = run_cli(["status", "--as-of", PLAN_DAY])
    assert "plan60.yaml; 0/1" in result.stdout  # the folder's plan and its report
    assert "kế hoạch đi kèm" not in result.output


def test_order_data_option_then_environment_then_dot_data_then_current_folder(
    tmp_path: Path,
) -> None:
    here = make_data_dir(tmp_path / "here").parent  # here/data/plan60.yaml
    (here / "plan-other.yaml").write_text("", encoding="utf-8")  # a plan in the folder itself
    assert locate(None, None, here).data_dir == here / "data"  # ./data first
    (here / "data" / "plan60.yaml").unlink()
    assert locate(None, None, here).data_dir == here  # then the current folder
    other = make_data_dir(tmp_path / "other")
    assert locate(other, None, here).data_dir == other  # --data (or NHANLUC_DATA) before both


def test_no_plan_anywhere_is_the_bundled_plan(tmp_path: Path) -> None:
    workspace = locate(None, None, tmp_path)
    assert workspace.bundled
    assert workspace.plan_path.name == "plan60.yaml"
    assert workspace.report_paths == ()


# ---------------------------------------------------------------------------------------------
# The line that says the bundled plan is in use


@pytest.mark.parametrize(
    "command",
    [["status"], ["tasks"], ["overdue"], ["agencies"], ["indicators"], ["check"], ["report"]],
)
def test_the_bundled_plan_is_said_on_its_own_line(run_cli: RunCli, command: list[str]) -> None:
    result = run_cli([*command, "--as-of", PLAN_DAY])
    assert result.exit_code == 0, result.output
    assert BUNDLED_VI in result.stderr.splitlines()
    assert BUNDLED_VI not in result.stdout
    english = run_cli([*command, "--as-of", PLAN_DAY, "--lang", "en"])
    assert BUNDLED_EN in english.stderr.splitlines()


@pytest.mark.parametrize(
    "command",
    [
        ["status", "--format", "json"],
        ["tasks", "--format", "csv"],
        ["agencies", "--format", "json"],
        ["indicators", "--format", "csv"],
        ["check", "--format", "json"],
        ["check", "--format", "github"],
        ["check", "--format", "junit"],
        ["schema", "progress"],
    ],
)
def test_never_beside_json_csv_or_ci_output(run_cli: RunCli, command: list[str]) -> None:
    as_of = [] if command[0] == "schema" else ["--as-of", PLAN_DAY]  # a schema has no day
    result = run_cli([*command, *as_of])
    assert result.exit_code == 0, result.output
    assert "kế hoạch đi kèm" not in result.output


def test_a_data_folder_is_not_announced(run_cli: RunCli, data_dir: Path) -> None:
    result = run_cli(["status", "--as-of", PLAN_DAY])
    assert "kế hoạch đi kèm" not in result.output


# ---------------------------------------------------------------------------------------------
# Which reports


@pytest.mark.parametrize("name", ["2022-Q1.yml", "2022-Q1 - Copy.YAML", "2022-Q1.Yml"])
def test_yml_and_upper_case_extensions_are_reports(
    run_cli: RunCli, data_dir: Path, name: str
) -> None:
    write_yaml(data_dir / "progress", name, DONE_3)
    assert done_tasks(run_cli) == ["3"]
    result = run_cli(["check", "--as-of", PLAN_DAY, "--format", "json"])
    assert json.loads(result.stdout)["findings"] == []


def test_w326_names_each_file_and_folder_that_is_not_read(run_cli: RunCli, data_dir: Path) -> None:
    progress = data_dir / "progress"
    (progress / "2022-Q1.docx").write_bytes(b"PK\x03\x04\x00\x00binary")
    write_yaml(progress, "2022-Q2.yaml.txt", DONE_3)
    write_yaml(progress / "2023", "2023.yaml", DONE_3)  # a sub-folder is not read either
    write_yaml(progress, "README.md", "# Báo cáo tiến độ\n")
    write_yaml(progress, "readme.txt", "ghi chú\n")
    result = run_cli(["check", "--as-of", PLAN_DAY, "--format", "json", "--lang", "en"])
    assert result.exit_code == 0  # warnings only
    found = [
        (f["file"], f["line"], f["column"], f["severity"], f["code"])
        for f in json.loads(result.stdout)["findings"]
    ]
    assert found == [
        ("data/progress/2022-Q1.docx", 1, 1, "warning", "W326"),
        ("data/progress/2022-Q2.yaml.txt", 1, 1, "warning", "W326"),
        ("data/progress/2023", 1, 1, "warning", "W326"),
    ]
    messages = [f["message"] for f in json.loads(result.stdout)["findings"]]
    assert messages[0].startswith("`2022-Q1.docx` in progress/ is not read")
    assert messages[2].startswith("the folder `2023` in progress/ is not read")
    # Nothing in them was taken as reported.
    assert done_tasks(run_cli) == []


def test_w326_in_text_shows_no_source_line(run_cli: RunCli, data_dir: Path) -> None:
    (data_dir / "progress" / "2022-Q1.docx").write_bytes(b"PK\x03\x04 text-like first line\n")
    result = run_cli(["check", "--as-of", PLAN_DAY])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == (
        "data/progress/2022-Q1.docx:1:1: warning W326 tệp `2022-Q1.docx` trong progress/ "
        "không được đọc: chỉ các tệp .yaml hoặc .yml là báo cáo tiến độ."
    )
    assert "text-like" not in result.stdout


def test_w326_does_not_stop_the_listings(run_cli: RunCli, data_dir: Path) -> None:
    (data_dir / "progress" / "2022.docx").write_bytes(b"PK")
    result = run_cli(["status", "--as-of", PLAN_DAY])
    assert result.exit_code == 0


def test_the_dataset_finding_is_built_from_the_workspace(data_dir: Path) -> None:
    (data_dir / "progress" / "notes.odt").write_bytes(b"")
    workspace = locate(data_dir, None, data_dir.parent)
    assert [p.name for p in workspace.unread] == ["notes.odt"]
    dataset = load_dataset(workspace, data_dir.parent)
    assert [(f.code, f.file, f.line, f.column) for f in dataset.findings] == [
        ("W326", "data/progress/notes.odt", 1, 1)
    ]
