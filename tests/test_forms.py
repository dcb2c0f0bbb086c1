"""Spreadsheet forms (contract §19): `nhanluc new PERIOD --format xlsx` writes one, an office
fills it, `nhanluc new PERIOD --from FORM.xlsx` reads it back as progress/PERIOD.yaml.

Every kind of cell has a right and a wrong value here, each wrong one found at the cell an
official would look at (`mau.xlsx!Nhiệm vụ!E17`). The forms are filled with openpyxl, as an
office's Excel would save them; tests/test_forms_libreoffice.py re-saves them with LibreOffice.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from conftest import RunCli, folder_digest, write_yaml
from nhanluc_cli.drafts.forms.cells import date_scalar, number_scalar, plain_number, status_value
from nhanluc_cli.drafts.forms.layout import cell_name, column_letter
from nhanluc_cli.loading.loader import load_report

PERIOD = "2022-Q1"
TASKS, INDICATORS = "Nhiệm vụ", "Chỉ tiêu"
# Columns of the contract's order: A Mã, B Nhiệm vụ, C Hạn, D Trạng thái, E Ngày hoàn thành,
# F Gia hạn đến, G Căn cứ gia hạn, H Giải trình, I Ghi chú; and A Mã, B Chỉ tiêu, C Đơn vị,
# D Mục tiêu, E Số liệu gần nhất, F Giá trị, G Tử số, H Mẫu số, I Tính đến ngày, J Nguồn,
# K Ghi chú.
TASK_COLUMN = dict(status="D", completed_on="E", extended_to="F", basis="G", explanation="H",
                   note="I")  # fmt: skip
INDICATOR_COLUMN = dict(value="F", numerator="G", denominator="H", as_of="I", source="J",
                        note="K")  # fmt: skip


def write_form(run_cli: RunCli, tmp_path: Path, *extra: str, period: str = PERIOD) -> Path:
    form = tmp_path / "mau.xlsx"
    result = run_cli(["new", period, "--format", "xlsx", "-o", str(form), *extra])
    assert result.exit_code == 0, result.output
    return form


def row_of(sheet: Any, key: str) -> int:
    """The row whose Mã cell holds `key`."""
    for row in range(7, sheet.max_row + 1):
        if sheet.cell(row, 1).value == key:
            return row
    raise AssertionError(f"{key} not on {sheet.title}")


def cell_of(form: Path, sheet: str, key: str, field: str) -> str:
    columns = TASK_COLUMN if sheet == TASKS else INDICATOR_COLUMN
    workbook = openpyxl.load_workbook(form)
    return f"{columns[field]}{row_of(workbook[sheet], key)}"


def fill(form: Path, values: dict[tuple[str, str, str], object], header: dict[str, object]
         | None = None, out: Path | None = None) -> Path:  # fmt: skip
    """Type `values` into the form, by (sheet, key, field), and header cells by name ("C3")."""
    workbook = openpyxl.load_workbook(form)
    for (sheet, key, field), value in values.items():
        columns = TASK_COLUMN if sheet == TASKS else INDICATOR_COLUMN
        ws = workbook[sheet]
        ws[f"{columns[field]}{row_of(ws, key)}"] = value
    for name, value in (header or {}).items():
        workbook[TASKS][name] = value
    target = out or form.with_name("da-dien.xlsx")
    workbook.save(target)
    return target


def read_back(run_cli: RunCli, form: Path, period: str = PERIOD, *extra: str) -> Any:
    return run_cli(["new", period, "--from", str(form), *extra])


# ---------------------------------------------------------------------------------------------
# The form as written


def test_the_form_has_the_contracts_sheets_columns_and_header_cells(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    form = write_form(run_cli, tmp_path)
    workbook = openpyxl.load_workbook(form)
    assert workbook.sheetnames[:3] == ["Hướng dẫn", TASKS, INDICATORS]
    tasks, indicators = workbook[TASKS], workbook[INDICATORS]
    assert [tasks.cell(6, c).value for c in range(1, 10)] == [
        "Mã", "Nhiệm vụ", "Hạn", "Trạng thái", "Ngày hoàn thành", "Gia hạn đến",
        "Căn cứ gia hạn", "Giải trình", "Ghi chú",
    ]  # fmt: skip
    assert [indicators.cell(6, c).value for c in range(1, 12)] == [
        "Mã", "Chỉ tiêu", "Đơn vị", "Mục tiêu", "Số liệu gần nhất", "Giá trị", "Tử số",
        "Mẫu số", "Tính đến ngày", "Nguồn", "Ghi chú",
    ]  # fmt: skip
    assert (tasks["A2"].value, tasks["A3"].value, tasks["A4"].value) == (
        "Kỳ báo cáo:", "Ngày báo cáo:", "Cơ quan báo cáo:",
    )  # fmt: skip
    assert tasks["C2"].value == "2022-Q1 (từ 01/01/2022 đến 31/03/2022)"
    # One row per occurrence due by 31/03/2022 and not done: the same as `nhanluc new 2022-Q1`.
    keys = [tasks.cell(r, 1).value for r in range(7, tasks.max_row + 1)]
    assert keys[:3] == ["13", "III.1@2021", "1@2021"] and "4" in keys and len(keys) == 14
    row = row_of(tasks, "4")
    assert tasks.cell(row, 3).value == datetime(2022, 3, 31)  # Hạn: a date cell
    assert tasks.cell(row, 3).number_format == "dd/mm/yyyy"
    assert tasks.cell(row, 5).number_format == "dd/mm/yyyy"  # Ngày hoàn thành
    assert "Chủ trì:" in tasks.cell(row, 2).value
    row = row_of(indicators, "lao_dong_qua_dao_tao")
    assert [indicators.cell(row, c).value for c in (3, 4, 5)] == [
        "%", "≥ 70% đến năm 2025", "chưa có",
    ]  # fmt: skip
    assert indicators.cell(row_of(indicators, "bac_si_van_dan"), 3).value == "trên vạn dân"
    assert indicators.cell(row_of(indicators, "van_dong_vien"), 3).value == "định tính"


def test_what_must_not_change_is_locked_and_the_rest_is_not(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    workbook = openpyxl.load_workbook(write_form(run_cli, tmp_path))
    tasks, indicators = workbook[TASKS], workbook[INDICATORS]
    assert tasks.protection.sheet and indicators.protection.sheet
    assert not tasks.protection.password  # no password: it guards against slips only
    row = row_of(tasks, "4")
    assert [tasks.cell(row, c).protection.locked for c in range(1, 10)] == [True] * 3 + [False] * 6
    assert tasks["C3"].protection.locked is False and tasks["C4"].protection.locked is False
    assert tasks["C2"].protection.locked is True  # the period
    numeric = row_of(indicators, "lao_dong_qua_dao_tao")
    assert [indicators.cell(numeric, c).protection.locked for c in range(1, 12)] == (
        [True] * 5 + [False] * 6
    )
    qualitative = row_of(indicators, "van_dong_vien")
    locked = [indicators.cell(qualitative, c).protection.locked for c in range(6, 12)]
    assert locked == [False, True, True, False, False, False]  # no numerator, no denominator
    ids = workbook["nhanluc"]
    assert ids.sheet_state == "veryHidden" and ids.protection.sheet


def test_drop_downs_of_the_vietnamese_words_and_date_rules(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    workbook = openpyxl.load_workbook(write_form(run_cli, tmp_path))
    rules = workbook[TASKS].data_validations.dataValidation
    lists = [r for r in rules if r.type == "list"]
    assert len(lists) == 1
    assert lists[0].formula1 == '"chưa thực hiện,đang thực hiện,hoàn thành,không thực hiện"'
    assert str(lists[0].sqref) == "D7:D20"
    assert any(r.type == "date" and str(r.sqref) == "E7:F20" for r in rules)
    rules = workbook[INDICATORS].data_validations.dataValidation
    qualitative = {str(r.sqref) for r in rules if r.type == "list"}
    indicators = workbook[INDICATORS]
    assert qualitative == {
        f"F{row_of(indicators, 'chuyen_gia_dau_nganh')}",
        f"F{row_of(indicators, 'van_dong_vien')}",
    }
    assert all(r.formula1 == '"đạt,đang thực hiện,không đạt"' for r in rules if r.type == "list")


def test_it_prints_on_a4_landscape_fit_to_width_with_the_headings_repeated(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    workbook = openpyxl.load_workbook(write_form(run_cli, tmp_path))
    for name in (TASKS, INDICATORS):
        sheet = workbook[name]
        assert sheet.page_setup.paperSize == 9 and sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.page_setup.fitToHeight == 0 and sheet.page_setup.fitToWidth in (None, 1)
        assert sheet.print_title_rows == "$6:$6"
    assert workbook["Hướng dẫn"].page_setup.paperSize == 9


def test_an_agencys_form_lists_what_it_leads_and_names_it(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    form = write_form(run_cli, tmp_path, "--agency", "gd_dt")
    workbook = openpyxl.load_workbook(form)
    tasks = workbook[TASKS]
    keys = [tasks.cell(r, 1).value for r in range(7, tasks.max_row + 1)]
    assert keys == ["13", "12@2021"]  # the tasks Phòng Giáo dục và Đào tạo leads, due by 31/03
    assert tasks["C4"].value == "Phòng Giáo dục và Đào tạo"
    result = read_back(run_cli, form)
    assert result.exit_code == 0, result.output
    assert "progress/2022-Q1-gd_dt.yaml" in result.stdout
    text = (data_dir / "progress" / "2022-Q1-gd_dt.yaml").read_text(encoding="utf-8")
    assert 'reported_by: "Phòng Giáo dục và Đào tạo"' in text


def test_an_unknown_agency_is_a_usage_error_with_the_nearest_id(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    result = run_cli(["new", PERIOD, "--format", "xlsx", "--agency", "gd_d", "-o", "x.xlsx"])
    assert result.exit_code == 2
    assert "`gd_dt`" in result.stderr
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--format", "xlsx"],  # no -o
        ["--format", "xlsx", "-o", "mau.ods"],
        ["-o", "mau.xlsx"],  # a YAML report is never written elsewhere
        ["--from", "mau.xlsx", "--format", "xlsx"],
        ["--from", "mau.xlsx", "--agency", "gd_dt"],
        ["--format", "pdf", "-o", "mau.pdf"],
    ],
    ids=" ".join,
)
def test_options_that_do_not_go_together_are_usage_errors(
    run_cli: RunCli, data_dir: Path, args: list[str]
) -> None:
    before = folder_digest(data_dir)
    result = run_cli(["new", PERIOD, *args])
    assert result.exit_code == 2, result.output
    assert folder_digest(data_dir) == before


def test_a_form_is_never_written_over_an_existing_file(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    existing = tmp_path / "mau.xlsx"
    existing.write_bytes(b"a filled form")
    result = run_cli(["new", PERIOD, "--format", "xlsx", "-o", str(existing)])
    assert result.exit_code == 1
    assert "mau.xlsx" in result.stderr and "ghi đè" in result.stderr
    assert existing.read_bytes() == b"a filled form"


# ---------------------------------------------------------------------------------------------
# Read back: right values


def test_a_filled_form_becomes_the_report_a_person_would_type(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    form = write_form(run_cli, tmp_path)
    filled = fill(
        form,
        {
            (TASKS, "4", "status"): "Hoàn thành",
            (TASKS, "4", "completed_on"): datetime(2022, 3, 25),  # a date cell
            (TASKS, "6", "status"): "đang thực hiện",
            (TASKS, "6", "extended_to"): "30/06/2022",  # dd/mm/yyyy typed as text
            (TASKS, "6", "basis"): "Công văn số 12/UBND-NC ngày 15/3/2022",
            (TASKS, "6", "explanation"): "Chờ hướng dẫn của tỉnh",
            (TASKS, "8", "status"): "KHÔNG THỰC HIỆN",  # any case
            (TASKS, "8", "note"): "Gộp vào nhiệm vụ 7",
            (TASKS, "9", "status"): "chua thuc hien",  # without accents
            (INDICATORS, "lao_dong_qua_dao_tao", "value"): "66,5",  # decimal comma as text
            (INDICATORS, "lao_dong_qua_dao_tao", "as_of"): datetime(2022, 3, 31),
            (INDICATORS, "lao_dong_qua_dao_tao", "source"): "Báo cáo số 12/BC-LĐTBXH",
            (INDICATORS, "bac_si_van_dan", "numerator"): 152,
            (INDICATORS, "bac_si_van_dan", "denominator"): 148000,
            (INDICATORS, "hoc_sinh_thcs", "value"): 99.2,
            (INDICATORS, "chuyen_gia_dau_nganh", "value"): "Đang thực hiện",
            (INDICATORS, "chuyen_gia_dau_nganh", "note"): "Đã thu hút 2 bác sĩ",
        },
        {"C3": datetime(2022, 4, 5), "C4": "Văn phòng HĐND và UBND huyện"},
    )
    result = read_back(run_cli, filled)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert (
        "Đã tạo data/progress/2022-Q1.yaml từ biểu mẫu da-dien.xlsx: 4 lượt nhiệm vụ, 4 chỉ tiêu"
        in (result.stdout)
    )
    written = data_dir / "progress" / "2022-Q1.yaml"
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schema/progress.schema.json\n")
    assert 'period: "2022-Q1"\nreported_on: 2022-04-05\nreported_by: "Văn phòng HĐND' in text
    expected_lines = [
        '  "4":',
        "    status: done  # Hoàn thành",
        "    completed_on: 2022-03-25",
        "    status: in_progress  # đang thực hiện",
        '    extended_to: "30/06/2022"',
        '    basis: "Công văn số 12/UBND-NC ngày 15/3/2022"',
        "    status: cancelled  # KHÔNG THỰC HIỆN",
        '    note: "Gộp vào nhiệm vụ 7"',
        '    value: "66,5"',
        "    as_of: 2022-03-31",
        "    numerator: 152",
        "    denominator: 148000",
        "    value: 99.2",
        "    assessment: in_progress  # Đang thực hiện",
        '  # "13": để trống trong bảng tính (Nhiệm vụ!D7).',
    ]
    for line in expected_lines:
        assert f"\n{line}\n" in text, line
    # The plan's order, as `nhanluc new` lists them: indicators first, tasks after.
    assert text.index("indicators:") < text.index("tasks:")
    loaded, findings = load_report(written, "2022-Q1.yaml")
    assert findings == [] and loaded is not None
    report = loaded.report
    assert report.tasks["4"] is not None and report.tasks["4"].completed_on == date(2022, 3, 25)
    assert report.tasks["6"] is not None and report.tasks["6"].extended_to == date(2022, 6, 30)
    assert report.indicators["lao_dong_qua_dao_tao"] is not None
    assert report.indicators["lao_dong_qua_dao_tao"].value == 66.5
    assert set(report.tasks) == {"4", "6", "8", "9"}
    check = run_cli(["check", "--as-of", "2022-04-05"])
    # No error in it; a warning about the figures is check's business (W313: still in progress).
    assert not [
        line for line in check.output.splitlines() if "2022-Q1.yaml" in line and ": error" in line
    ]


def test_a_blank_form_reads_back_as_comments_and_loads(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    result = read_back(run_cli, write_form(run_cli, tmp_path))
    assert result.exit_code == 0, result.output
    text = (data_dir / "progress" / "2022-Q1.yaml").read_text(encoding="utf-8")
    assert "# reported_on: để trống trong bảng tính (Nhiệm vụ!C3): ngày cuối kỳ (31/03/2022)." in (
        text
    )
    assert "  # lao_dong_qua_dao_tao: để trống trong bảng tính (Chỉ tiêu!F" in text
    loaded, findings = load_report(data_dir / "progress" / "2022-Q1.yaml", "2022-Q1.yaml")
    assert findings == [] and loaded is not None
    assert not loaded.report.tasks and not loaded.report.indicators


def test_the_report_is_never_written_over_an_existing_one(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    form = write_form(run_cli, tmp_path)
    existing = write_yaml(data_dir / "progress", "2022-Q1.yaml", 'period: "2022-Q1"\n')
    before = folder_digest(data_dir)
    result = read_back(run_cli, form)
    assert result.exit_code == 1
    assert "data/progress/2022-Q1.yaml" in result.stderr and "ghi đè" in result.stderr
    assert folder_digest(data_dir) == before
    assert existing.read_text(encoding="utf-8") == 'period: "2022-Q1"\n'


# ---------------------------------------------------------------------------------------------
# Read back: every kind of cell, a wrong value, found at its cell


WRONG = [
    # (what is typed, the cell to look at, the code, words of the message)
    pytest.param({(TASKS, "4", "status"): "xong"}, (TASKS, "4", "status"), "E201",
                 "không phải một trạng thái trong danh sách", id="status word"),
    pytest.param({(TASKS, "4", "status"): "chuyển giao"}, (TASKS, "4", "status"), "E201",
                 "không phải một trạng thái trong danh sách", id="a handover"),
    pytest.param({(TASKS, "4", "status"): "hoàn thành"}, (TASKS, "4", "completed_on"), "E201",
                 "cần ngày hoàn thành", id="done without a date"),
    pytest.param({(TASKS, "4", "status"): "hoàn thành", (TASKS, "4", "completed_on"): "31/02/2022"},
                 (TASKS, "4", "completed_on"), "E201", "ngày không có trong lịch",
                 id="impossible date as text"),
    pytest.param({(TASKS, "4", "status"): "hoàn thành", (TASKS, "4", "completed_on"): "hôm qua"},
                 (TASKS, "4", "completed_on"), "E201", "cần một ngày", id="a date in words"),
    pytest.param({(TASKS, "4", "status"): "đang thực hiện",
                  (TASKS, "4", "completed_on"): datetime(2022, 3, 1)},
                 (TASKS, "4", "completed_on"), "E201", "chỉ dùng khi trạng thái là done",
                 id="a completion date without done"),
    pytest.param({(TASKS, "4", "status"): "không thực hiện"}, (TASKS, "4", "note"), "E201",
                 "cần ghi chú lý do", id="cancelled without a note"),
    pytest.param({(TASKS, "4", "extended_to"): datetime(2022, 6, 30)}, (TASKS, "4", "basis"),
                 "E201", "cần văn bản cho phép gia hạn", id="an extension without its basis"),
    pytest.param({(TASKS, "4", "basis"): "Công văn 12"}, (TASKS, "4", "extended_to"), "E201",
                 "chỉ dùng cùng với ngày gia hạn", id="a basis without an extension"),
    pytest.param({(TASKS, "4", "extended_to"): "2022.06.30", (TASKS, "4", "basis"): "CV 12"},
                 (TASKS, "4", "extended_to"), "E201", "cần một ngày", id="a date with points"),
    # A number in a date cell is a date to the spreadsheet: 44000 is 18/06/2020.
    pytest.param({(TASKS, "4", "extended_to"): 44000, (TASKS, "4", "basis"): "CV 12"},
                 (TASKS, "4", "extended_to"), "E201", "18/06/2020 trước ngày ban hành kế hoạch",
                 id="a number in a date cell"),
    pytest.param({(INDICATORS, "lao_dong_qua_dao_tao", "value"): "148.500"},
                 (INDICATORS, "lao_dong_qua_dao_tao", "value"), "E201",
                 "dấu phân cách hàng nghìn", id="thousands separator"),
    pytest.param({(INDICATORS, "lao_dong_qua_dao_tao", "value"): "66,5%"},
                 (INDICATORS, "lao_dong_qua_dao_tao", "value"), "E201", "cần một số",
                 id="a number with its unit"),
    pytest.param({(INDICATORS, "lao_dong_qua_dao_tao", "value"): -3},
                 (INDICATORS, "lao_dong_qua_dao_tao", "value"), "E201", "không được là số âm",
                 id="negative"),
    pytest.param({(INDICATORS, "lao_dong_qua_dao_tao", "value"): 120},
                 (INDICATORS, "lao_dong_qua_dao_tao", "value"), "E201",
                 "tỷ lệ 120% vượt quá 100%", id="a percentage over 100"),
    pytest.param({(INDICATORS, "bac_si_van_dan", "numerator"): 152},
                 (INDICATORS, "bac_si_van_dan", "denominator"), "E201",
                 "numerator và denominator phải đi cùng nhau", id="numerator alone"),
    pytest.param({(INDICATORS, "bac_si_van_dan", "numerator"): 152,
                  (INDICATORS, "bac_si_van_dan", "denominator"): 0},
                 (INDICATORS, "bac_si_van_dan", "denominator"), "E201", "mẫu số phải lớn hơn 0",
                 id="zero denominator"),
    pytest.param({(INDICATORS, "lao_dong_qua_dao_tao", "value"): 66.5,
                  (INDICATORS, "lao_dong_qua_dao_tao", "as_of"): "31/02/2022"},
                 (INDICATORS, "lao_dong_qua_dao_tao", "as_of"), "E201",
                 "ngày không có trong lịch", id="impossible as_of"),
    pytest.param({(INDICATORS, "van_dong_vien", "value"): "tốt"},
                 (INDICATORS, "van_dong_vien", "value"), "E201",
                 "không phải một mức đánh giá", id="assessment word"),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "where", "code", "words"), WRONG)
def test_a_wrong_value_is_found_at_its_cell_and_nothing_is_written(
    run_cli: RunCli,
    tmp_path: Path,
    data_dir: Path,
    typed: dict[tuple[str, str, str], object],
    where: tuple[str, str, str],
    code: str,
    words: str,
) -> None:
    form = write_form(run_cli, tmp_path)
    filled = fill(form, typed)
    before = folder_digest(data_dir)
    result = read_back(run_cli, filled)
    assert result.exit_code == 1, result.output
    sheet = where[0]
    cell = cell_of(form, *where)
    assert f"da-dien.xlsx!{sheet}!{cell}: error {code} " in result.stderr
    first = result.stderr.split("\n")[0]
    assert words in first
    assert "chưa ghi data/progress/2022-Q1.yaml" in result.stderr
    assert folder_digest(data_dir) == before
    for name in ("Traceback", "ValidationError", "pydantic", "openpyxl"):
        assert name not in result.output


RIGHT_HEADER = [
    ({"C3": datetime(2022, 4, 5)}, "reported_on: 2022-04-05"),
    ({"C3": "05/04/2022"}, 'reported_on: "05/04/2022"'),
    ({"C4": "Phòng Nội vụ"}, 'reported_by: "Phòng Nội vụ"'),
]


@pytest.mark.parametrize(("header", "line"), RIGHT_HEADER, ids=["date", "text date", "agency"])
def test_header_cells_read_right(
    run_cli: RunCli, tmp_path: Path, data_dir: Path, header: dict[str, object], line: str
) -> None:
    result = read_back(run_cli, fill(write_form(run_cli, tmp_path), {}, header))
    assert result.exit_code == 0, result.output
    assert f"\n{line}\n" in (data_dir / "progress" / "2022-Q1.yaml").read_text(encoding="utf-8")


def test_a_wrong_report_date_is_found_at_its_header_cell(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    result = read_back(run_cli, fill(write_form(run_cli, tmp_path), {}, {"C3": "5 tháng 4"}))
    assert result.exit_code == 1
    assert "da-dien.xlsx!Nhiệm vụ!C3: error E201 reported_on: cần một ngày" in result.stderr
    assert "   | Ngày báo cáo: 5 tháng 4" in result.stderr


def test_several_wrong_cells_are_all_reported_in_the_forms_order(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    form = write_form(run_cli, tmp_path)
    typed = {
        (INDICATORS, "lao_dong_qua_dao_tao", "value"): "nhiều",
        (TASKS, "4", "status"): "xong",
        (TASKS, "13", "status"): "hoàn thành",
    }
    result = read_back(run_cli, fill(form, typed))
    assert result.exit_code == 1
    places = [line.split(": error")[0] for line in result.stderr.splitlines() if ": error" in line]
    assert places == [
        "da-dien.xlsx!Nhiệm vụ!E7",
        f"da-dien.xlsx!Nhiệm vụ!{cell_of(form, TASKS, '4', 'status')}",
        f"da-dien.xlsx!Chỉ tiêu!{cell_of(form, INDICATORS, 'lao_dong_qua_dao_tao', 'value')}",
    ]
    assert "Biểu mẫu có 3 lỗi" in result.stderr


def test_a_conflict_with_a_report_already_there_is_found_at_the_cell(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    write_yaml(
        data_dir / "progress",
        "2022-Q1-khac.yaml",
        """
        period: "2022-Q1"
        indicators:
          lao_dong_qua_dao_tao: {value: 60}
        """,
    )
    form = write_form(run_cli, tmp_path)
    result = read_back(run_cli, fill(form, {(INDICATORS, "lao_dong_qua_dao_tao", "value"): 66.5}))
    assert result.exit_code == 1
    cell = cell_of(form, INDICATORS, "lao_dong_qua_dao_tao", "value")
    assert f"da-dien.xlsx!Chỉ tiêu!{cell}: error E230" in result.stderr


def test_messages_follow_the_language(run_cli: RunCli, tmp_path: Path, data_dir: Path) -> None:
    form = write_form(run_cli, tmp_path)
    result = read_back(
        run_cli, fill(form, {(TASKS, "4", "status"): "xong"}), PERIOD, "--lang", "en"
    )
    assert result.exit_code == 1
    assert '"xong" is not one of the statuses of the list.' in result.stderr
    assert "   | Status: xong" in result.stderr


# ---------------------------------------------------------------------------------------------
# Read back: forms that are not this report's


def test_a_form_of_another_period_is_refused_with_why(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    result = read_back(run_cli, write_form(run_cli, tmp_path), "2022-Q2")
    assert result.exit_code == 1
    assert "mau.xlsx!Nhiệm vụ!C2: error E220" in result.stderr
    assert "biểu mẫu lập cho kỳ 2022-Q1, không phải kỳ 2022-Q2." in result.stderr
    assert "nhanluc new 2022-Q1 --from" in result.stderr
    assert not (data_dir / "progress" / "2022-Q2.yaml").exists()


def test_a_form_of_another_plan_is_refused_with_why(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    form = write_form(run_cli, tmp_path)
    plan = data_dir / "plan60.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace('id: "60/KH-UBND"', 'id: "61/KH-UBND"', 1), encoding="utf-8")
    assert 'id: "61/KH-UBND"' in plan.read_text(encoding="utf-8")
    result = read_back(run_cli, form)
    assert result.exit_code == 1
    assert "mau.xlsx: error E220" in result.stderr
    assert "Kế hoạch số 60/KH-UBND ngày 04/08/2021, không phải Kế hoạch số 61/KH-UBND" in (
        result.stderr
    )


def _zip(parts: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _bomb() -> bytes:
    # 60 MB of zeros deflates to about 60 KB: the directory says how big it would be.
    return _zip({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"\0" * (60 * 2**20)})


def _entity_bomb() -> bytes:
    """A sheet whose XML defines entities nine levels deep (a "billion laughs")."""
    entities = '<!ENTITY l0 "ha">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    )
    sheet = (
        f'<?xml version="1.0"?><!DOCTYPE w [{entities}]><worksheet xmlns="http://schemas.'
        'openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" '
        't="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>'
    )
    workbook = openpyxl.Workbook()
    buffer = io.BytesIO()
    workbook.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    parts = {item.filename: source.read(item) for item in source.infolist()}
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    return _zip(parts)


def _not_a_form() -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Số liệu"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        (b"period: 2022-Q1\n", "E101", "không phải bảng tính Excel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "E101", "Excel 97-2003 (.xls)"),
        (
            _zip(
                {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}, zipfile.ZIP_STORED
            ),
            "E101",
            "OpenDocument (.ods)",
        ),
        (_zip({"word/document.xml": b"<w/>"}), "E101", "không phải bảng tính Excel"),
        (b"PK\x03\x04" + b"\x00" * 40, "E101", "bị hỏng"),
        (_zip({"[Content_Types].xml": b"<x", "xl/workbook.xml": b"<<<"}), "E101", "bị hỏng"),
        (_bomb(), "E104", "giải nén ra hơn 50 MB"),
        (_entity_bomb(), "E101", "bị hỏng"),
        (_not_a_form(), "E201", "không phải biểu mẫu do nhanluc lập"),
    ],
    ids=[
        "text",
        "xls",
        "ods",
        "docx",
        "truncated zip",
        "broken xml",
        "zip bomb",
        "entity bomb",
        "not a form",
    ],
)
def test_a_file_that_is_not_a_form_is_a_clear_finding(
    run_cli: RunCli, tmp_path: Path, data_dir: Path, content: bytes, code: str, words: str
) -> None:
    form = tmp_path / "bao-cao.xlsx"
    form.write_bytes(content)
    before = folder_digest(data_dir)
    result = read_back(run_cli, form)
    assert result.exit_code == 1, result.output
    assert f"bao-cao.xlsx: error {code} " in result.stderr
    assert words in result.stderr
    for name in ("BadZipFile", "zipfile", "KeyError", "XMLSyntaxError", "openpyxl", "Traceback"):
        assert name not in result.output
    assert folder_digest(data_dir) == before


def test_a_missing_form_is_a_finding_not_a_traceback(run_cli: RunCli, data_dir: Path) -> None:
    result = read_back(run_cli, Path("khong-co.xlsx"))
    assert result.exit_code == 1
    assert "khong-co.xlsx: error E101" in result.stderr


def test_moved_rows_are_refused_at_the_id_cell(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    form = write_form(run_cli, tmp_path)
    workbook = openpyxl.load_workbook(form)
    workbook[TASKS]["A8"] = "4"  # sorted, or typed over
    workbook.save(tmp_path / "da-dien.xlsx")
    result = read_back(run_cli, tmp_path / "da-dien.xlsx")
    assert result.exit_code == 1
    assert "da-dien.xlsx!Nhiệm vụ!A8: error E201" in result.stderr
    assert "dòng 8 phải là mục III.1@2021" in result.stderr


def test_an_edited_hidden_sheet_is_refused(run_cli: RunCli, tmp_path: Path, data_dir: Path) -> None:
    form = write_form(run_cli, tmp_path)
    workbook = openpyxl.load_workbook(form)
    workbook["nhanluc"]["B6"] = "khong_co"  # an agency the plan does not have
    workbook.save(tmp_path / "da-dien.xlsx")
    result = read_back(run_cli, tmp_path / "da-dien.xlsx")
    assert result.exit_code == 1
    assert "trang ẩn ghi mã" in result.stderr


# ---------------------------------------------------------------------------------------------
# Cells, one by one


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (datetime(2022, 3, 31), "2022-03-31"),
        (date(2022, 3, 31), "2022-03-31"),
        (" 31/03/2022 ", '"31/03/2022"'),
        (44651, '"44651"'),
        (datetime(2022, 3, 31, 8, 30), '"2022-03-31 08:30:00"'),
    ],
)
def test_date_cells(raw: Any, text: str) -> None:
    assert date_scalar(raw) == text


@pytest.mark.parametrize(
    ("raw", "text"),
    [(66.5, "66.5"), (148500.0, "148500"), (1e-05, "0.00001"), (152, "152"),
     (" 66,5 ", '"66,5"'), ("148.500", '"148.500"')],
)  # fmt: skip
def test_number_cells(raw: Any, text: str) -> None:
    assert number_scalar(raw) == text


def test_plain_numbers_have_no_exponent() -> None:
    assert plain_number(1.5e20) == "150000000000000000000"
    assert json.loads(plain_number(0.1 + 0.2)) == 0.1 + 0.2  # as the spreadsheet holds it


@pytest.mark.parametrize(
    ("raw", "value"),
    [("Hoàn thành", "done"), ("HỦY", "cancelled"), ("done", "done"), ("xong", None), (3, None)],
)
def test_status_words(raw: Any, value: str | None) -> None:
    assert status_value(raw) == value


def test_cell_names() -> None:
    assert (column_letter(1), column_letter(26), column_letter(27)) == ("A", "Z", "AA")
    assert cell_name(7, 4) == "D7"


def test_an_empty_section_beside_a_broken_entry_is_a_finding_not_an_internal_error(
    run_cli: RunCli, data_dir: Path
) -> None:
    # Found by reading back a form: every indicator left blank is an `indicators:` with only
    # comments under it (null), and one wrong task beside it made the loader fail on the null.
    write_yaml(
        data_dir / "progress",
        "2022.yaml",
        """
        period: "2022"
        indicators:
        tasks:
          "3": {status: done}
        """,
    )
    result = run_cli(["check"])
    assert result.exit_code == 1
    assert "data/progress/2022.yaml:4:8: error E201" in result.stdout


def test_a_file_too_large_for_a_form_is_not_read(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    form = tmp_path / "lon.xlsx"
    form.write_bytes(b"PK" + b"\0" * (10 * 2**20 + 10))
    result = read_back(run_cli, form)
    assert result.exit_code == 1
    assert "lon.xlsx: error E104 tệp lớn bất thường so với một biểu mẫu (hơn 10 MB)" in (
        result.stderr
    )


def test_one_agencys_yaml_report_too(run_cli: RunCli, data_dir: Path) -> None:
    # --agency works for the YAML template as well: that agency's occurrences, its own file.
    result = run_cli(["new", PERIOD, "--agency", "gd_dt"])
    assert result.exit_code == 0, result.output
    loaded, findings = load_report(data_dir / "progress" / "2022-Q1-gd_dt.yaml", "x.yaml")
    assert findings == [] and loaded is not None
    assert list(loaded.report.tasks) == ["13", "12@2021"]
    assert len(loaded.report.indicators) == 19
    again = run_cli(["new", PERIOD, "--agency", "gd_dt"])
    assert again.exit_code == 1 and "ghi đè" in again.stderr


def test_a_form_with_nothing_due_says_so_and_reads_back(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    # Phòng Y tế leads nothing due by 30/09/2021: the sheet says so in words, not with an empty
    # table, and the indicators can still be reported.
    form = write_form(run_cli, tmp_path, "--agency", "y_te", period="2021-Q3")
    workbook = openpyxl.load_workbook(form)
    assert workbook[TASKS]["A7"].value == (
        "Không có nhiệm vụ nào đến hạn đến ngày 30/09/2021 mà chưa hoàn thành."
    )
    filled = fill(form, {(INDICATORS, "bac_si_van_dan", "value"): 8.5})
    result = read_back(run_cli, filled, "2021-Q3")
    assert result.exit_code == 0, result.output
    text = (data_dir / "progress" / "2021-Q3-y_te.yaml").read_text(encoding="utf-8")
    assert "  bac_si_van_dan:\n    # Bác sĩ trên vạn dân\n    value: 8.5\n" in text
    assert text.endswith("\ntasks:\n")


def test_a_form_that_cannot_be_written_is_an_error_not_a_traceback(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    result = run_cli(["new", PERIOD, "--format", "xlsx", "-o", "khong-co/mau.xlsx"])
    assert result.exit_code == 1
    assert "khong-co/mau.xlsx" in result.stderr


def test_a_folder_given_as_the_form_is_a_finding(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    (tmp_path / "thu-muc.xlsx").mkdir()
    result = read_back(run_cli, tmp_path / "thu-muc.xlsx")
    assert result.exit_code == 1
    assert "thu-muc.xlsx: error E101" in result.stderr


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda wb: wb.remove(wb[INDICATORS]), 'thiếu trang tính "Chỉ tiêu"'),
        (lambda wb: wb["nhanluc"].__setitem__("B2", "9"), "trang ẩn ghi mã"),
        (lambda wb: wb["nhanluc"].__setitem__("D9", "khac"), "trang ẩn ghi mã"),
        (lambda wb: wb["nhanluc"].__setitem__("B4", "2020-01-01"), "ngày 01/01/2020"),
    ],
    ids=["sheet deleted", "another version", "unknown kind", "plan of another date"],
)
def test_a_damaged_form_is_refused_with_why(
    run_cli: RunCli, tmp_path: Path, data_dir: Path, change: Any, words: str
) -> None:
    workbook = openpyxl.load_workbook(write_form(run_cli, tmp_path))
    change(workbook)
    workbook.save(tmp_path / "hong.xlsx")
    result = read_back(run_cli, tmp_path / "hong.xlsx")
    assert result.exit_code == 1
    assert "hong.xlsx: error" in result.stderr and words in result.stderr


def test_cells_as_the_office_sees_them() -> None:
    from datetime import time

    from nhanluc_cli.drafts.forms.cells import assessment_value, shown, text_scalar

    assert shown(True) == "TRUE" and shown(None) == ""
    assert shown(datetime(2022, 3, 31)) == "31/03/2022"
    assert shown(datetime(2022, 3, 31, 8, 30)) == "2022-03-31 08:30:00"
    assert shown(time(8, 30)) == "08:30:00"
    assert shown(" Phòng  Y tế ") == "Phòng Y tế"
    assert text_scalar(152) == '"152"'
    assert assessment_value("achieved") == "achieved"
    assert assessment_value("Không đạt") == "not_achieved"
    assert assessment_value(1) is None
    assert plain_number(float("inf")) == "inf"
