"""render/sheets.py: JSON rows -> typed, translated sheets (the CLI tests cover the commands)."""

from __future__ import annotations

from datetime import date

from nhanluc_cli.render.sheets import agency_sheet, flatten_typed, status_sheets, task_sheet


def test_flatten_keeps_types_and_nests_with_dots() -> None:
    row = {
        "id": "x",
        "target": {"kind": "range", "value": None, "lo": 10, "hi": 12.5},
        "latest": {"value": 66.5, "as_of": date(2022, 12, 31)},
        "partners": ["A", "B"],
    }
    assert flatten_typed(row) == {
        "id": "x",
        "target.kind": "range",
        "target.value": None,
        "target.lo": 10,
        "target.hi": 12.5,
        "latest.value": 66.5,
        "latest.as_of": date(2022, 12, 31),
        "partners": ["A", "B"],
    }


def test_missing_fields_are_empty_cells_and_status_words_are_translated() -> None:
    sheet = task_sheet([{"task": "1", "due": date(2022, 1, 1), "status": "late"}], "en")
    assert sheet.headers[0] == "Task"
    assert sheet.rows[0][sheet.headers.index("Due")] == date(2022, 1, 1)
    assert sheet.rows[0][sheet.headers.index("Status")] == "done late"
    assert sheet.rows[0][sheet.headers.index("Product")] is None


def test_agency_status_columns_use_the_status_words() -> None:
    sheet = agency_sheet(
        [{"agency": "Phòng Y tế", "id": "y_te", "counts": {"overdue": 2}, "total": 2}],
        ["agency", "id", "counts.overdue", "total"],
        "vi",
    )
    assert sheet.headers == (
        "Cơ quan chủ trì",
        "Mã cơ quan",
        "Quá hạn, chưa hoàn thành",
        "Tổng số lượt",
    )
    assert sheet.rows == (("Phòng Y tế", "y_te", 2, 2),)


def test_status_document_without_lists_still_has_four_sheets() -> None:
    document = {
        "plan": {"id": "60/KH-UBND", "title": "Kế hoạch"},
        "as_of": date(2024, 12, 15),
        "elapsed": 0.79,
        "tasks": {"overdue": 0},
        "indicators": {"missed": 0},
        "overdue": [],
        "due_soon": [],
        "not_on_track": [],
    }
    sheets = status_sheets(document, ["id", "status"], "vi")
    assert [s.name for s in sheets] == [
        "Tổng hợp",
        "Quá hạn",
        "Sắp đến hạn",
        "Chỉ tiêu chưa đạt tiến độ",
    ]
    summary = sheets[0]
    assert summary.headers == (
        "Số kế hoạch",
        "Tên kế hoạch",
        "Tình hình đến ngày",
        "Thời gian đã qua",
        "Nhiệm vụ: quá hạn, chưa hoàn thành",
        "Chỉ tiêu: không đạt",
    )
    assert summary.rows[0][2] == date(2024, 12, 15)
    assert all(sheet.rows == () for sheet in sheets[1:])
