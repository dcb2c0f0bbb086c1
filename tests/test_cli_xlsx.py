"""`--format xlsx` (and `--output FILE`) of `tasks`, `overdue`, `indicators`, `agencies` and
`status`: the workbooks read back with openpyxl, against the same command's JSON.

Runs on the illustrative folder examples/demo, read in place, at 15/12/2024 (every status).
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from conftest import REPO, RunCli, folder_digest

DEMO = REPO / "examples" / "demo"
LIVELY = "2024-12-15"


def run(run_cli: RunCli, command: str, *args: str) -> openpyxl.Workbook:
    result = run_cli([command, "--data", str(DEMO), "--as-of", LIVELY, "--format", "xlsx", *args])
    assert result.exit_code == 0, result.output
    return openpyxl.load_workbook(io.BytesIO(result.stdout_bytes))


def as_json(run_cli: RunCli, command: str, *args: str) -> object:
    result = run_cli([command, "--data", str(DEMO), "--as-of", LIVELY, "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def rows(sheet: object) -> list[list[object]]:
    """The sheet's header row and data rows, below its title line (contract §18)."""
    table = [[cell.value for cell in row] for row in sheet.iter_rows()]  # type: ignore[attr-defined]
    title = str(table[0][0])
    assert title.startswith(("Kế hoạch số 60/KH-UBND", "Plan 60/KH-UBND")), title
    assert title.endswith(("Tình hình đến ngày 15/12/2024", "As of 2024-12-15")), title
    return table[1:]


def day(value: object) -> date:
    assert isinstance(value, datetime), value
    return value.date()


def test_tasks_match_the_json_with_real_dates_and_numbers(run_cli: RunCli) -> None:
    book = run(run_cli, "tasks")
    sheet = book["Nhiệm vụ"]
    table = rows(sheet)
    assert table[0] == [
        "Mã nhiệm vụ",
        "Năm",
        "Nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Sản phẩm",
        "Thời hạn (theo kế hoạch)",
        "Hạn",
        "Hạn trước khi gia hạn",
        "Trạng thái",
        "Ngày hoàn thành",
        "Số ngày quá hạn",
    ]
    expected = as_json(run_cli, "tasks")
    assert isinstance(expected, list)
    assert len(table) == 1 + len(expected)
    for written, row in zip(table[1:], expected, strict=True):
        assert written[0] == row["task"]
        assert written[1] == row["year"]
        assert day(written[7]).isoformat() == row["due"]
        assert written[11] == row["days_late"]
        assert written[4] == ("; ".join(row["partners"]) or None)
    statuses = {row[9] for row in table[1:]}
    assert "quá hạn, chưa hoàn thành" in statuses and "overdue" not in statuses
    assert sheet["H3"].number_format == "dd/mm/yyyy"  # row 1: the title line
    assert sheet.freeze_panes == "A3"  # the title line and the header row
    assert all(cell.font.bold for cell in sheet[2])  # row 1 is the title line


def test_overdue_sheet(run_cli: RunCli) -> None:
    book = run(run_cli, "overdue")
    assert book.sheetnames == ["Quá hạn"]
    assert [row[11] for row in rows(book.active)[1:]] == [990, 899, 350]


def test_indicators_in_english_with_explain(run_cli: RunCli) -> None:
    book = run(run_cli, "indicators", "--lang", "en", "--explain")
    sheet = book["Indicators"]
    table = rows(sheet)
    header = table[0]
    assert header[:3] == ["Id", "Group", "Indicator"]
    assert "y0 (first value)" in header
    # Row 1 is the title line; Latest as of comes after Unit and Measure.
    assert sheet["L3"].number_format == "yyyy-mm-dd"
    expected = as_json(run_cli, "indicators")
    assert isinstance(expected, list)
    by_id = {row[0]: row for row in table[1:]}
    for indicator in expected:
        written = by_id[indicator["id"]]
        value = indicator["target"]["value"]
        if indicator["unit"] == "%" and value is not None:
            value = value / 100  # a % cell holds the share: 100 % is 1 (contract §18)
        assert written[header.index("Target")] == pytest.approx(value)
        latest = indicator["latest"]
        if latest is not None and latest["value"] is not None:
            shown = latest["value"] / 100 if indicator["unit"] == "%" else latest["value"]
            assert written[header.index("Latest value")] == pytest.approx(shown)
            assert day(written[header.index("Latest as of")]).isoformat() == latest["as_of"]
    kinds = {row[header.index("Target kind")] for row in table[1:]}
    assert kinds <= {"at least", "at most", "range", "qualitative"}


def test_agencies_counts_are_numbers(run_cli: RunCli) -> None:
    table = rows(run(run_cli, "agencies").active)
    assert table[0][0] == "Cơ quan chủ trì"
    assert table[0][-1] == "Tổng số lượt"
    assert "Quá hạn, chưa hoàn thành" in table[0]
    expected = as_json(run_cli, "agencies")
    assert isinstance(expected, list)
    assert [row[-1] for row in table[1:]] == [row["total"] for row in expected]
    assert all(isinstance(value, int) for row in table[1:] for value in row[2:])


def test_status_is_one_sheet_per_table(run_cli: RunCli) -> None:
    book = run(run_cli, "status")
    assert book.sheetnames == ["Tổng hợp", "Quá hạn", "Sắp đến hạn", "Chỉ tiêu chưa đạt tiến độ"]
    summary = rows(book["Tổng hợp"])
    assert len(summary) == 2
    header, values = summary
    assert day(values[header.index("Tình hình đến ngày")]) == date(2024, 12, 15)
    assert values[header.index("Nhiệm vụ: quá hạn, chưa hoàn thành")] == 3
    document = as_json(run_cli, "status")
    assert isinstance(document, dict)
    assert len(rows(book["Quá hạn"])) == 1 + len(document["overdue"])
    assert len(rows(book["Sắp đến hạn"])) == 1 + len(document["due_soon"])
    assert len(rows(book["Chỉ tiêu chưa đạt tiến độ"])) == 1 + len(document["not_on_track"])


def test_output_writes_the_file(run_cli: RunCli, tmp_path: Path) -> None:
    args = ["tasks", "--data", str(DEMO), "--as-of", LIVELY, "--format", "xlsx", "-o", "t.xlsx"]
    result = run_cli(args)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "t.xlsx" in result.stderr
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    assert book.sheetnames == ["Nhiệm vụ"]


def test_output_takes_json_and_csv_too(run_cli: RunCli, tmp_path: Path) -> None:
    base = ["agencies", "--data", str(DEMO), "--as-of", LIVELY]
    assert run_cli([*base, "--format", "json", "-o", "a.json"]).exit_code == 0
    assert json.loads((tmp_path / "a.json").read_text(encoding="utf-8")) == as_json(
        run_cli, "agencies"
    )
    assert run_cli([*base, "--format", "csv", "-o", "a.csv"]).exit_code == 0
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("command", ["tasks", "overdue", "indicators", "agencies", "status"])
def test_xlsx_to_a_terminal_is_a_usage_error(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, command: str
) -> None:
    monkeypatch.setattr("nhanluc_cli.cli.session.stdout_is_terminal", lambda: True)
    before = folder_digest(tmp_path)
    result = run_cli([command, "--data", str(DEMO), "--format", "xlsx"])
    assert result.exit_code == 2
    assert "--output" in result.stderr
    assert result.stdout == ""
    assert folder_digest(tmp_path) == before


def test_docx_to_a_terminal_is_a_usage_error(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("nhanluc_cli.cli.report.stdout_is_terminal", lambda: True)
    result = run_cli(["report", "--data", str(DEMO), "--format", "docx", "--lang", "en"])
    assert result.exit_code == 2
    assert "--output FILE" in result.stderr


def test_output_with_the_table_is_a_usage_error(run_cli: RunCli) -> None:
    result = run_cli(["status", "--data", str(DEMO), "-o", "status.txt"])
    assert result.exit_code == 2
    assert "--format json, csv hoặc xlsx" in result.stderr


@pytest.mark.parametrize("target", ["data/plan60.yaml", "notes.yml", "data"])
def test_output_never_over_data(run_cli: RunCli, tmp_path: Path, target: str) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "plan60.yaml").write_bytes((DEMO / "plan60.yaml").read_bytes())
    before = folder_digest(tmp_path)
    result = run_cli(["tasks", "--format", "xlsx", "-o", target])
    assert result.exit_code == 2
    assert folder_digest(tmp_path) == before
