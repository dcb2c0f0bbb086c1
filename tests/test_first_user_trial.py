"""What a new user tripped on when following the guide (issue 20), each at the level they met it:
the command line, its output and its exit code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, RunCli, write_yaml

AS_OF = "2022-06-30"


def findings_of(run_cli: RunCli, *args: str) -> tuple[int, list[dict[str, Any]]]:
    result = run_cli(["check", "--format", "json", "--as-of", AS_OF, *args])
    return result.exit_code, json.loads(result.stdout)["findings"]


def rows_of(run_cli: RunCli, *args: str) -> list[dict[str, Any]]:
    result = run_cli(["tasks", "--format", "json", "--as-of", AS_OF, *args])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert isinstance(rows, list)
    return rows


# ---------------------------------------------------------------------------------------------
# The data folder, from a folder inside it (contract §1)


@pytest.mark.parametrize("inside", ["progress", "schema", "progress/cu"])
def test_a_subfolder_finds_the_data_folder_above(
    run_cli: RunCli, data_dir: Path, monkeypatch: pytest.MonkeyPatch, inside: str
) -> None:
    write_yaml(
        data_dir,
        "progress/2022-Q1.yaml",
        'period: "2022-Q1"\ntasks:\n  "3": {status: done, completed_on: 2022-03-28}\n',
    )
    (data_dir / inside).mkdir(parents=True, exist_ok=True)
    monkeypatch.chdir(data_dir / inside)
    result = run_cli(["status", "--as-of", AS_OF])
    assert result.exit_code == 0
    assert "kế hoạch đi kèm" not in result.stderr  # not the bundled plan
    rows = rows_of(run_cli)
    assert {r["status"] for r in rows if r["task"] == "3"} == {"done"}  # the report was read
    new = run_cli(["new", "2022-Q3", "--as-of", AS_OF])
    assert new.exit_code == 0
    assert (data_dir / "progress" / "2022-Q3.yaml").is_file()


def test_the_search_stops_at_the_git_repository(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copyfile(REPO / "data" / "plan60.yaml", tmp_path / "plan-cu.yaml")  # outside the repo
    (tmp_path / "kho" / ".git").mkdir(parents=True)
    (tmp_path / "kho" / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "kho" / "docs")
    result = run_cli(["status", "--as-of", AS_OF])
    assert "kế hoạch đi kèm" in result.stderr  # the plan above the repository is not taken


# ---------------------------------------------------------------------------------------------
# Vietnamese in the files (contract §10)


@pytest.mark.parametrize(
    ("written", "status"),
    [
        ("hoàn thành", "done"),
        ("Hoàn thành", "done"),
        ("HOAN THANH", "done"),
        ("đã hoàn thành", "done"),
        ("đang thực hiện", "overdue"),  # task 3 was due in the first quarter of 2022
        ("chưa thực hiện", "overdue"),
        ("hủy", "cancelled"),
        ("không thực hiện", "cancelled"),
    ],
)
def test_status_words_of_the_contract(
    run_cli: RunCli, data_dir: Path, written: str, status: str
) -> None:
    write_yaml(
        data_dir,
        "progress/2022-Q1.yaml",
        f"""
        period: "2022-Q1"
        tasks:
          "3":
            status: {written}
            completed_on: 28/03/2022
            note: "Lý do"
        """.replace(
            "            completed_on: 28/03/2022\n",
            "            completed_on: 28/03/2022\n" if status == "done" else "",
        ),
    )
    code, findings = findings_of(run_cli, "--ignore", "E301,W311,W312,W313,W314")
    assert (code, findings) == (0, [])
    (row,) = [r for r in rows_of(run_cli) if r["task"] == "3"]
    assert row["status"] == status


def test_a_misspelt_status_word_is_still_an_error(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(data_dir, "progress/2022.yaml", 'period: "2022"\ntasks:\n  "3": {status: xong}\n')
    code, findings = findings_of(run_cli)
    assert code == 1
    assert ("E201", 3) in {(f["code"], f["line"]) for f in findings}


def test_assessment_words(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/2022.yaml",
        """
        period: "2022"
        indicators:
          chuyen_gia_dau_nganh:
            assessment: Đang thực hiện
        """,
    )
    code, findings = findings_of(run_cli, "--ignore", "E301,W311,W312,W313,W314")
    assert (code, findings) == (0, [])
    result = run_cli(["indicators", "--format", "json", "--as-of", "2023-01-15"])
    (row,) = [r for r in json.loads(result.stdout) if r["id"] == "chuyen_gia_dau_nganh"]
    assert row["latest"]["value"] == "in_progress"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Quý IV/2022", "2022-Q4"),
        ("Quý 4/2022", "2022-Q4"),
        ("quý II năm 2022", "2022-Q2"),
        ("6 tháng đầu năm 2022", "2022-H1"),
        ("6 tháng cuối năm 2022", "2022-H2"),
        ("năm 2022", "2022"),
        ("tháng 3/2022", "2022-03"),
        ("2022-q3", "2022-Q3"),
    ],
)
def test_new_takes_the_usual_wordings_of_a_period(
    run_cli: RunCli, data_dir: Path, written: str, canonical: str
) -> None:
    result = run_cli(["new", written, "--as-of", AS_OF])
    assert result.exit_code == 0, result.stderr
    target = data_dir / "progress" / f"{canonical}.yaml"
    assert target.is_file()
    assert f'period: "{canonical}"' in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("written", "choices"),
    [
        ("6 tháng năm 2022", '"2022-H1", "2022-H2"'),
        ("4/2022", '"2022-04", "2022-Q4"'),
        ("Quý IV", '"YYYY-Q4"'),
    ],
)
def test_an_ambiguous_period_names_the_forms_to_write(
    run_cli: RunCli, data_dir: Path, written: str, choices: str
) -> None:
    result = run_cli(["new", written])
    assert result.exit_code == 2
    assert f"“{written}”" in result.stderr or f'"{written}"' in result.stderr
    assert choices in result.stderr
    assert list((data_dir / "progress").iterdir()) == []
    write_yaml(data_dir, "progress/x.yaml", f'period: "{written}"\n')
    code, findings = findings_of(run_cli)
    (bad,) = [f for f in findings if f["file"].endswith("x.yaml")]
    assert (code, bad["code"], bad["line"]) == (1, "E201", 1)
    assert f"có thể hiểu nhiều cách: {choices}" in bad["message"]


def test_a_period_in_words_in_a_report(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/q1.yaml",
        """
        period: Quý I/2022
        tasks:
          "3": {status: hoàn thành, completed_on: 28/03/2022}
        """,
    )
    code, findings = findings_of(run_cli, "--ignore", "E301,W311,W312,W313,W314")
    assert (code, findings) == (0, [])
    (row,) = [r for r in rows_of(run_cli) if r["task"] == "3"]
    assert (row["status"], row["completed_on"]) == ("done", "2022-03-28")


def test_a_word_quoted_key_is_named_as_word_quotes(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/2022.yaml",
        'period: "2022"\ntasks:\n  “3”:\n    status: in_progress\n  "4": {status: in_progress}\n',
    )
    code, findings = findings_of(run_cli)
    assert code == 1
    (quoted,) = [f for f in findings if f["file"].endswith("2022.yaml")]
    assert (quoted["code"], quoted["line"], quoted["column"]) == ("E201", 3, 3)
    assert "dấu ngoặc kép kiểu Word" in quoted["message"] and "mã `3`" in quoted["message"]
    assert "không đúng dạng" not in quoted["message"]


# ---------------------------------------------------------------------------------------------
# check


def test_two_identical_reports_are_one_warning_naming_both(run_cli: RunCli, data_dir: Path) -> None:
    text = 'period: "2022"\ntasks:\n  "3": {status: in_progress}\n'
    write_yaml(data_dir, "progress/2022.yaml", text)
    write_yaml(data_dir, "progress/2022 - Copy.yaml", text)
    code, findings = findings_of(run_cli, "--ignore", "E301,W311,W312,W313,W314")
    assert code == 0
    (copy,) = findings
    assert (copy["code"], copy["file"], copy["line"]) == (
        "W333",
        "data/progress/2022 - Copy.yaml",
        1,
    )
    assert "giống hệt data/progress/2022.yaml" in copy["message"]
    strict = run_cli(
        ["check", "--strict", "--as-of", AS_OF, "--ignore", "E301,W311,W312,W313,W314"]
    )
    assert strict.exit_code == 1
    assert strict.stderr.strip().endswith(
        "0 lỗi, 1 cảnh báo trong 3 tệp (--strict: cảnh báo cũng tính là lỗi)."
    )
    english = run_cli(["check", "--strict", "--lang", "en", "--as-of", AS_OF, "--ignore=W333,E301"])
    assert "(--strict: warnings count as errors)" in english.stderr


def test_conflicts_in_the_readers_words(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/a.yaml",
        'period: "2022"\ntasks:\n  "3": {status: done, completed_on: 2022-03-28}\n'
        'indicators:\n  lao_dong_qua_dao_tao: {value: "66,5"}\n',
    )
    write_yaml(
        data_dir,
        "progress/b.yaml",
        'period: "2022"\ntasks:\n  "3": {status: in_progress}\n'
        "indicators:\n  lao_dong_qua_dao_tao: {value: 67.25}\n",
    )
    result = run_cli(["check", "--as-of", "2023-01-15"])
    conflicts = [line for line in result.stdout.splitlines() if " E230 " in line]
    assert len(conflicts) == 2
    assert (
        "“đang thực hiện” ở đây nhưng “hoàn thành” ngày 28/03/2022 ở data/progress/a.yaml:3"
        in (conflicts[0])
    )
    assert "(cùng ngày báo cáo 31/12/2022)" in conflicts[0]
    assert "ngày 31/12/2022 là 67,25 ở đây nhưng 66,5 ở data/progress/a.yaml:5" in conflicts[1]


@pytest.mark.parametrize(
    "ignore",
    [["--ignore", "E301,W311"], ["--ignore=E301, W311"], ["--ignore", "E301", "--ignore", "W311"]],
)
def test_ignore_takes_commas(run_cli: RunCli, data_dir: Path, ignore: list[str]) -> None:
    code, findings = findings_of(run_cli, *ignore)
    assert not {f["code"] for f in findings} & {"E301", "W311"}
    assert code == 0


def test_ignore_with_an_unknown_code_among_commas(run_cli: RunCli, data_dir: Path) -> None:
    result = run_cli(["check", "--ignore", "E301,E999"])
    assert result.exit_code == 2 and "E999" in result.stderr


def test_an_empty_plan_gets_a_plans_hint(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "kho").mkdir()
    (tmp_path / "kho" / "plan.yaml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "kho")
    result = run_cli(["check"])
    assert result.exit_code == 1
    assert "plan.yaml:1:1: error E201 tệp kế hoạch trống." in result.stdout
    assert "nhanluc import" in result.stdout and "nhanluc init" in result.stdout
    assert "nhanluc new" not in result.stdout  # a report's hint


# ---------------------------------------------------------------------------------------------
# Listings, schema, rollup, output


def test_an_agency_that_matches_nothing_says_so(run_cli: RunCli, data_dir: Path) -> None:
    result = run_cli(["tasks", "--agency", "Sở Y tế", "--as-of", AS_OF])
    assert result.exit_code == 0
    assert "Không có cơ quan chủ trì nào khớp “Sở Y tế”." in result.stderr
    assert (
        "Phòng Y tế (y_te)" in result.stderr
        and "Phòng Giáo dục và Đào tạo (gd_dt)" in result.stderr
    )
    # Listed in Vietnamese alphabetical order: "Cơ quan" before "Phòng".
    assert result.stderr.index("Cơ quan Tổ chức") < result.stderr.index("Phòng Giáo dục")
    json_rows = run_cli(["tasks", "--agency", "so y te", "--format", "json", "--as-of", AS_OF])
    assert json.loads(json_rows.stdout) == [] and "Không có cơ quan" in json_rows.stderr
    # An agency that exists but has nothing left under the other filters: no such note.
    quiet = run_cli(["tasks", "--agency", "y te", "--year", "2030", "--as-of", AS_OF])
    assert "Không có cơ quan" not in quiet.stderr


def test_schema_plan_beside_two_plans_and_no_as_of(
    run_cli: RunCli, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copyfile(data_dir / "plan60.yaml", data_dir / "plan-moi.yaml")
    monkeypatch.chdir(data_dir)
    result = run_cli(["schema", "plan"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"].startswith("nhanluc plan file")
    assert run_cli(["schema", "progress"]).exit_code == 2  # which plan's ids? --plan says
    assert run_cli(["schema", "progress", "--plan", "plan-moi.yaml"]).exit_code == 0
    refused = run_cli(["schema", "plan", "--as-of", "2022-01-01"])
    assert refused.exit_code == 2 and "--as-of" in refused.stderr


def test_rollup_reads_a_units_file_named_yml(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "tinh"
    shutil.copytree(REPO / "examples" / "units", folder)
    (folder / "nhanluc-units.yaml").rename(folder / "nhanluc-units.yml")
    monkeypatch.chdir(folder)
    result = run_cli(["rollup", "tasks", "--format", "json", "--as-of", "2026-07-01"])
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5
    (folder / "tan-an" / "progress" / "2026-H1.yaml").write_text("period: [\n", encoding="utf-8")
    broken = run_cli(["rollup", "tasks", "--format", "json", "--as-of", "2026-07-01"])
    assert broken.exit_code == 1  # a unit with errors (contract §12)
    rows = {row["unit"]: row for row in json.loads(broken.stdout)}
    assert rows["xa_tan_an"]["errors"] > 0 and rows["xa_tan_an"]["counts"] == {}


@pytest.mark.parametrize("name", ["bao-cao.md/", "bang.json/"])
def test_an_output_name_ending_in_a_slash_is_a_usage_error(
    run_cli: RunCli, data_dir: Path, tmp_path: Path, name: str
) -> None:
    command = ["report"] if name.endswith(".md/") else ["tasks", "--format", "json"]
    result = run_cli([*command, "-o", name, "--as-of", AS_OF])
    assert result.exit_code == 2
    assert f"“{name}” là tên thư mục" in result.stderr
    assert not (tmp_path / name.rstrip("/")).exists()


def test_no_system_english_when_a_file_cannot_be_written(run_cli: RunCli, data_dir: Path) -> None:
    # A folder that does not exist is named before anything is written (contract §18).
    result = run_cli(["report", "-o", "khong-co/bao-cao.md", "--as-of", AS_OF])
    assert result.exit_code == 2
    assert "thư mục khong-co không tồn tại" in result.stderr
    assert "No such file" not in result.stderr
    english = run_cli(["report", "-o", "khong-co/bao-cao.md", "--as-of", AS_OF, "--lang", "en"])
    assert "the folder khong-co does not exist" in english.stderr


def test_os_reasons_by_errno() -> None:
    import errno

    from nhanluc_cli.i18n import os_reason

    assert os_reason(OSError(errno.EACCES, "Permission denied"), "vi") == "không có quyền truy cập"
    assert os_reason(OSError(errno.ENOSPC, "No space left on device"), "en") == "the disk is full"
    # An errno without words of its own: its name, and no English sentence in Vietnamese.
    assert os_reason(OSError(errno.ECHILD, "No child processes"), "vi") == "lỗi hệ thống (ECHILD)"
    assert os_reason(OSError("bare"), "vi") == "lỗi hệ thống"


def test_hints_show_dates_day_first(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(data_dir, "progress/2022.yaml", 'period: "2022"\ntasks:\n  "3": {status: done}\n')
    result = run_cli(["check", "--as-of", AS_OF])
    assert "Thêm `completed_on: dd/mm/yyyy`" in result.stdout
    assert "YYYY-MM-DD" not in result.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["tasks"],
        ["overdue"],
        ["agencies"],
        ["indicators"],
        ["indicators", "--explain"],
        ["status"],
        ["check"],
    ],
)
def test_no_line_ends_in_blanks(data_dir: Path, command: list[str]) -> None:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("NHANLUC_")}
    done = subprocess.run(
        [sys.executable, "-m", "nhanluc_cli", *command, "--as-of", AS_OF],
        cwd=data_dir.parent,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ | {"COLUMNS": "100", "NHANLUC_NO_CACHE": "1"},
        timeout=120,
    )
    assert done.stdout.count("\n") > 3, done.stderr
    for number, line in enumerate(done.stdout.splitlines(), 1):
        assert line == line.rstrip(), f"line {number} ends in blanks: {line!r}"


def test_the_progress_schema_takes_the_words_check_takes(run_cli: RunCli, data_dir: Path) -> None:
    """An editor must not underline what `check` accepts, nor accept what it refuses."""
    import jsonschema
    import yaml

    schema = json.loads(run_cli(["schema", "progress"]).stdout)
    validator = jsonschema.Draft7Validator(schema)

    def errors(text: str) -> list[str]:
        return [e.message for e in validator.iter_errors(yaml.safe_load(text))]

    good = 'period: "2022"\ntasks:\n  "3": {status: hoàn thành, completed_on: "2022-03-28"}\n'
    assert errors(good) == []
    assert errors('period: "2022"\ntasks:\n  "3": {status: hủy, note: "Lý do"}\n') == []
    assert errors('period: "2022"\ntasks:\n  "3": {status: hủy}\n') != []  # needs a note
    assert errors('period: "2022"\ntasks:\n  "3": {status: hoàn thành}\n') != []  # needs a date
    assert errors('period: "2022"\ntasks:\n  "3": {status: xong}\n') != []
    qualitative = 'period: "2022"\nindicators:\n  chuyen_gia_dau_nganh: {assessment: đạt}\n'
    assert errors(qualitative) == []
