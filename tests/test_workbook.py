"""render/workbook.py: workbooks read back with openpyxl (a test-only dependency)."""

from __future__ import annotations

import io
import unicodedata
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from nhanluc_cli.render.workbook import Sheet, sheet_name, workbook_bytes, write_workbook

TASKS = Sheet(
    name="Nhiệm vụ",
    headers=("Mã", "Năm", "Hạn", "Ngày trễ", "Tỷ số", "Cơ quan phối hợp", "Ghi chú"),
    rows=(
        ("III.1", 2021, date(2021, 12, 31), 990, 0.91, ["Phòng Nội vụ", "Phòng Y tế"], None),
        ("=1+1", None, None, None, float("nan"), [], "x" * 200),
    ),
)


def load(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def test_cells_keep_their_types() -> None:
    sheet = load(workbook_bytes([TASKS])).active
    first = [cell.value for cell in sheet[2]]
    assert first[0] == "III.1"
    assert first[1] == 2021 and isinstance(first[1], int)
    assert first[2] == datetime(2021, 12, 31)  # a real date cell, not text
    assert first[3] == 990
    assert first[4] == pytest.approx(0.91)
    assert first[5] == "Phòng Nội vụ; Phòng Y tế"
    assert first[6] is None


def test_text_that_looks_like_a_formula_stays_text() -> None:
    sheet = load(workbook_bytes([TASKS])).active
    assert sheet["A3"].value == "=1+1"
    assert sheet["A3"].data_type == "s"


def test_unknown_and_non_finite_numbers_are_empty_cells() -> None:
    sheet = load(workbook_bytes([TASKS])).active
    assert sheet["B3"].value is None
    assert sheet["E3"].value is None


@pytest.mark.parametrize(("lang", "shown"), [("vi", "dd/mm/yyyy"), ("en", "yyyy-mm-dd")])
def test_date_format_follows_the_language(lang: str, shown: str) -> None:
    sheet = load(workbook_bytes([TASKS], lang)).active  # type: ignore[arg-type]
    assert sheet["C2"].is_date
    assert sheet["C2"].number_format == shown


def test_header_is_bold_frozen_and_filtered() -> None:
    sheet = load(workbook_bytes([TASKS])).active
    assert [cell.value for cell in sheet[1]] == list(TASKS.headers)
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:G3"


def test_columns_fit_their_content_within_bounds() -> None:
    sheet = load(workbook_bytes([TASKS])).active
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ACFG"}
    assert widths["A"] < 12  # short codes
    assert widths["C"] >= 10  # a date fits
    assert widths["F"] > 20  # the joined list
    assert widths["G"] <= 62  # capped …
    assert sheet["G3"].alignment.wrap_text  # … and the long text wraps


def test_one_sheet_per_table_with_names_excel_accepts() -> None:
    sheets = [
        TASKS,
        Sheet("Quá hạn: [2024]/*?", ("Mã",), ()),
        Sheet("quá hạn: [2024]/*?", ("Mã",), ()),
        Sheet("Một tên trang tính dài hơn ba mươi mốt ký tự", ("Mã",), ()),
    ]
    book = load(workbook_bytes(sheets))
    names = book.sheetnames
    assert names[0] == "Nhiệm vụ"
    assert names[1] == "Quá hạn- -2024----"
    assert names[2].endswith("(2)") and len(names[2]) <= 31
    assert len(names[3]) == 31
    assert book[names[1]].max_row == 1  # no rows: the header alone


def test_sheet_name_is_nfc_and_never_empty() -> None:
    assert sheet_name(unicodedata.normalize("NFD", "Chỉ tiêu")) == "Chỉ tiêu"
    assert sheet_name("[]") == "--"
    assert sheet_name("''") == "Sheet"


def test_strings_are_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Phòng Giáo dục và Đào tạo")
    sheet = load(workbook_bytes([Sheet("A", ("Cơ quan",), ((decomposed,),))])).active
    assert sheet["A2"].value == unicodedata.normalize("NFC", decomposed)


def test_write_workbook_writes_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "bang.xlsx"
    write_workbook(target, [TASKS], "vi")
    assert load(target.read_bytes()).active["A2"].value == "III.1"
    assert [p.name for p in tmp_path.iterdir()] == ["bang.xlsx"]


def test_rows_of_wrapped_text_are_tall_enough_and_pages_print_landscape(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    long_title = "Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức " * 3
    sheet = Sheet("Nhiệm vụ", ("Mã nhiệm vụ", "Nhiệm vụ"), (("7", long_title), ("8", "Ngắn")))
    path = tmp_path / "t.xlsx"
    path.write_bytes(workbook_bytes([sheet], "vi"))
    book = load_workbook(path)
    rows = book.active.row_dimensions
    assert rows[1].height and rows[1].height >= 30  # "Mã nhiệm vụ" wraps in its column
    assert rows[2].height and rows[2].height >= 45  # the long title takes three lines or more
    assert rows[3].height is None  # a short row keeps the default height
    assert book.active.page_setup.orientation == "landscape"
    assert book.active.print_title_rows == "$1:$1"  # the header row on every printed page
