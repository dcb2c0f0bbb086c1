"""`nhanluc import` on every common layout of a plan (contract §16, issue 23).

The documents are written for these tests (tests/import_inputs/ke_hoach_van_xuoi.txt,
ke_hoach_don_vi_chu_tri.txt, ke_hoach_bang_tach_dong.txt, and .docx/.pdf made here), not copied
from any one real plan, so that what is tested is the shape of a plan, not one plan's words.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import RunCli, make_data_dir
from nhanluc_cli.checks.catalogue import check_dataset
from nhanluc_cli.importer import ImportProblem
from nhanluc_cli.importer.agencies import split_agencies
from nhanluc_cli.importer.source import read_document
from nhanluc_cli.importer.yaml_text import draft_yaml
from nhanluc_cli.loading.loader import load_plan

INPUTS = Path(__file__).resolve().parent / "import_inputs"
PROSE = INPUTS / "ke_hoach_van_xuoi.txt"
LABELLED = INPUTS / "ke_hoach_don_vi_chu_tri.txt"
TABLE = INPUTS / "ke_hoach_bang_tach_dong.txt"
PROSE_MARK = "  # kiểm tra lại: đọc từ đoạn văn"
UNREAD = "# kiểm tra lại: chưa hiểu thời hạn"


def imported(data: bytes, suffix: str = ".txt", name: str = "plan.txt") -> str:
    return draft_yaml(read_document(data, suffix), name)


def as_plan(text: str) -> dict[str, Any]:
    loaded = yaml.safe_load(text)
    assert isinstance(loaded, dict)
    return loaded


def tasks_of(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {t["id"]: t for t in plan["tasks"]}


def agency_names(plan: dict[str, Any], ids: Any) -> list[str]:
    names = {a["id"]: a["name"] for a in plan["agencies"]}
    return [names[i] for i in (ids if isinstance(ids, list) else [ids])]


def marked_before(text: str, task_id: str, mark: str) -> bool:
    lines = text.splitlines()
    at = lines.index(f'  - id: "{task_id}"')
    return mark in lines[at - 1]


# ---------------------------------------------------------------------------------------------
# Prose: numbered items that assign the work, "Giao X chủ trì", an unnumbered copy


@pytest.fixture(scope="module")
def prose_yaml() -> str:
    return imported(PROSE.read_bytes(), name=PROSE.name)


def test_prose_tasks_with_lead_partners_and_deadline(prose_yaml: str) -> None:
    plan = as_plan(prose_yaml)
    tasks = tasks_of(plan)
    # Section IV (Tổ chức thực hiện) describes duties: "chủ trì, phối hợp" there is no task.
    assert list(tasks) == ["III.1", "III.2", "III.3", "III.4"]
    one = tasks["III.1"]
    assert one["title"] == "Hoàn thành di dời 01 cơ sở sản xuất gây ô nhiễm ra khỏi khu dân cư"
    assert agency_names(plan, one["lead"]) == ["UBND phường Hòa Bình"]
    assert agency_names(plan, one["partners"]) == ["Sở Xây dựng", "Sở Nông nghiệp và Môi trường"]
    assert one["deadline"] == "hoàn thành trong quý IV năm 2026"
    # "Giao X chủ trì, phối hợp với Y <việc>": the work is the title; "và" inside one office.
    two = tasks["III.2"]
    assert two["title"] == "Xây dựng đề án phát triển chợ đêm"
    assert agency_names(plan, two["lead"]) == ["Phòng Kinh tế"]
    assert agency_names(plan, two["partners"]) == ["Văn phòng HĐND và UBND phường"]
    assert two["deadline"] == "hoàn thành trước ngày 30/6/2027"
    # A collective stays whole, capitals as written.
    assert agency_names(plan, tasks["III.3"]["partners"]) == ["các cơ quan, đơn vị liên quan"]
    assert tasks["III.3"]["deadline"] == "thực hiện thường xuyên"
    # Two leads joined by "và", each a body: a list, marked.
    assert agency_names(plan, tasks["III.4"]["lead"]) == [
        "Công an phường",
        "Phòng Văn hóa - Xã hội",
    ]
    assert "đoạn văn nêu 2 cơ quan chủ trì" in prose_yaml
    for task_id in tasks:
        assert marked_before(prose_yaml, task_id, PROSE_MARK), task_id


def test_prose_deadline_not_understood_is_kept_and_marked(prose_yaml: str) -> None:
    assert tasks_of(as_plan(prose_yaml))["III.4"]["deadline"] == "sau khi có quy hoạch"
    (line,) = [x for x in prose_yaml.splitlines() if '"sau khi có quy hoạch"' in x]
    assert line.endswith(UNREAD)
    understood = [x for x in prose_yaml.splitlines() if x.startswith("    deadline: ")]
    assert sum(UNREAD in x for x in understood) == 1


def test_unnumbered_copy_blanks_are_said_to_be_blank(prose_yaml: str) -> None:
    lines = prose_yaml.splitlines()
    assert any(x.startswith("# id: số hiệu để trống trong văn bản") for x in lines)
    (date_line,) = [x for x in lines if x.startswith("# date:")]
    assert "để trống trong văn bản (năm 2026" in date_line
    assert 'place: "Hòa Bình"' in lines
    # The trích yếu stops where the body starts, with no blank line between.
    assert as_plan(prose_yaml)["title"] == (
        "Phát triển công nghiệp và thương mại phường Hòa Bình giai đoạn 2026 - 2030"
    )


def test_recipients_and_signer_from_interleaved_columns(prose_yaml: str) -> None:
    plan = as_plan(prose_yaml)
    assert plan["recipients"] == [
        "Đảng ủy phường (b/c)",
        "Các Sở, ban, ngành và các địa phương liên quan",
        "Lưu: VT",
    ]
    assert plan["signer"] == {
        "name": "Trần Thị Lan",
        "position": "Phó Chủ tịch",
        "on_behalf": "TM. Ủy ban nhân dân; KT. Chủ tịch",
    }


def test_targets_under_chi_tieu_one_per_figure_with_unit_and_measure(prose_yaml: str) -> None:
    indicators = as_plan(prose_yaml)["indicators"]
    got = [(i["unit"], i["target"], i.get("measure", "level"), i["by"]) for i in indicators]
    assert got == [
        # "tăng bình quân 12%/năm": a growth rate
        ("%/năm", {"kind": "at_least", "value": 12}, "growth", 2030),
        # "nâng tổng số ... lên 3 cụm; tỷ lệ lấp đầy ... trên 80%": two figures, two indicators
        ("cụm", {"kind": "at_least", "value": 3}, "level", 2030),
        ("%", {"kind": "at_least", "value": 80}, "level", 2030),
        # "Mỗi năm ... ít nhất 300 lao động"
        ("lao động", {"kind": "at_least", "value": 300}, "yearly", 2030),
        # "Giai đoạn 2026 - 2030 ... 1.500 lao động": 1.500 is one thousand five hundred
        ("lao động", {"kind": "at_least", "value": 1500}, "cumulative", 2030),
        ("%", {"kind": "at_least", "value": 100}, "maintain", 2030),
        # "từ 60-70%"
        ("%", {"kind": "range", "lo": 60, "hi": 70}, "level", 2030),
        # In the tasks section: "Phấn đấu trung bình mỗi năm thu hút từ 05 doanh nghiệp trở lên"
        ("doanh nghiệp", {"kind": "at_least", "value": 5}, "average_yearly", 2030),
    ]
    lines = prose_yaml.splitlines()
    for line in lines:
        if line.startswith(("    measure: ", "    target: ", "    by: ")):
            assert "# kiểm tra lại" in line, line
    assert "  # câu nêu chỉ tiêu ngoài mục mục tiêu, chỉ tiêu — kiểm tra lại" in lines


def test_prose_draft_passes_check_once_the_blanks_are_filled(
    prose_yaml: str, tmp_path: Path
) -> None:
    # What a person does: fill the number and the date of the signed copy, and the deadline
    # marked as not understood. Nothing else: every other deadline is read by §2 itself.
    text = prose_yaml
    text = text.replace("# id: số hiệu", 'id: "21/KH-UBND"\n# số hiệu', 1)
    text = text.replace("# date: ngày, tháng", "date: 2026-03-02\n# ngày, tháng", 1)
    marked = [line for line in text.splitlines() if UNREAD in line]
    assert len(marked) == 1
    text = text.replace(marked[0], '    deadline: "Quý IV/2026"')
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    loaded, findings = load_plan(path, "plan.yaml")
    assert [f"{f.path} {f.key}" for f in findings] == []
    assert loaded is not None
    assert [f.code for f in check_dataset(loaded, [])] == []


def test_what_check_would_not_read_is_exactly_what_is_marked(
    prose_yaml: str, tmp_path: Path
) -> None:
    text = prose_yaml
    text = text.replace("# id: số hiệu", 'id: "21/KH-UBND"\n# số hiệu', 1)
    text = text.replace("# date: ngày, tháng", "date: 2026-03-02\n# ngày, tháng", 1)
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    loaded, _ = load_plan(path, "plan.yaml")
    assert loaded is not None
    e210 = [f for f in check_dataset(loaded, []) if f.code == "E210"]
    assert [f.args["text"] for f in e210] == ["sau khi có quy hoạch"]


def test_closing_line_counts_what_was_read(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "nhap.yaml"
    result = run_cli(["import", str(PROSE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert (
        f"Đã ghi bản nháp kế hoạch vào {out}: 4 nhiệm vụ (4 đọc từ đoạn văn), 8 chỉ tiêu nháp, "
        "1 căn cứ, 3 nơi nhận, người ký; để trống trong văn bản: số hiệu, ngày ban hành."
        in result.stderr
    )
    result = run_cli(["import", str(PROSE), "--lang", "en"])
    assert "4 tasks (4 read from paragraphs), 8 draft indicators" in result.stderr
    assert "left blank in the document: the number, the date" in result.stderr


# ---------------------------------------------------------------------------------------------
# Labelled prose: bullets closed by "Đơn vị chủ trì: ...; Đơn vị phối hợp: ..."


@pytest.fixture(scope="module")
def labelled_yaml() -> str:
    return imported(LABELLED.read_bytes(), name=LABELLED.name)


def test_bullets_closed_by_who_leads_them(labelled_yaml: str) -> None:
    plan = as_plan(labelled_yaml)
    tasks = tasks_of(plan)
    assert list(tasks) == ["II.1.1", "II.1.2", "II.2.1", "II.3"]
    first = tasks["II.1.1"]
    # The bullet's own deadline leaves its title; the group's "Thời gian" serves the others.
    assert first["title"] == "Rà soát, cập nhật quy hoạch lưới điện trung áp"
    assert first["deadline"] == "hoàn thành trong tháng 5/2026"
    assert tasks["II.1.2"]["deadline"] == "Xong trong Quý II/2026"
    for task_id in ("II.1.1", "II.1.2"):
        assert agency_names(plan, tasks[task_id]["lead"]) == ["Phòng Quản lý Năng lượng"]
        assert agency_names(plan, tasks[task_id]["partners"]) == [
            "Văn phòng Sở",
            "Công ty Điện lực Bình An",
        ]
    assert agency_names(plan, tasks["II.2.1"]["lead"]) == ["Văn phòng Sở"]
    assert agency_names(plan, tasks["II.2.1"]["partners"]) == [
        "Phòng Quản lý Công nghiệp",
        "Phòng Quản lý Năng lượng",
    ]
    assert "# deadline: không thấy thời hạn trong đoạn văn" in labelled_yaml
    # A numbered item with its own labelled line is one task, its heading the title.
    last = tasks["II.3"]
    assert last["title"] == "Lắp đặt hệ thống điện mặt trời mái nhà tại trụ sở Sở"
    assert last["deadline"] == ("Hoàn thành đầu tư, lắp đặt và vận hành xong trước ngày 01/01/2030")
    for task_id in tasks:
        assert marked_before(labelled_yaml, task_id, PROSE_MARK), task_id
    assert UNREAD not in labelled_yaml


def test_a_department_under_its_province_is_the_issuer(labelled_yaml: str) -> None:
    plan = as_plan(labelled_yaml)
    assert plan["issuer"] == "Sở Công Thương"  # as the body writes it, not in capitals
    assert plan["legal_bases"] == [
        "Quyết định số 45/QĐ-UBND ngày 05/01/2026 của UBND tỉnh Bình An",
        "chức năng, nhiệm vụ của Sở Công Thương",
    ]
    assert plan["signer"] == {
        "name": "Lê Hoàng Nam",
        "position": "Phó Giám đốc",
        "on_behalf": "KT. Giám đốc",
    }
    assert plan["recipients"] == ["UBND tỉnh (b/c)", "Giám đốc, các Phó Giám đốc Sở", "Lưu: VT, VP"]


def test_grouped_targets_with_amounts(labelled_yaml: str) -> None:
    plan = as_plan(labelled_yaml)
    assert plan["groups"] == [
        {"id": "a", "name": "Về năng lượng"},
        {"id": "b", "name": "Về khoáng sản"},
    ]
    got = [(i["group"], i["unit"], i["target"], i.get("measure")) for i in plan["indicators"]]
    assert got == [
        ("a", "triệu kWh", {"kind": "at_least", "value": 2400}, None),
        ("a", "%", {"kind": "at_most", "value": 4.5}, None),  # "không quá 4,5%"
        ("b", "mỏ", {"kind": "at_least", "value": 5}, "average_yearly"),
    ]


# ---------------------------------------------------------------------------------------------
# Tables: header one cell per line, columns in another order, "(1) (2) (3)", page breaks


@pytest.fixture(scope="module")
def table_yaml() -> str:
    return imported(TABLE.read_bytes(), name=TABLE.name)


def test_table_with_header_one_cell_per_line_and_number_last(table_yaml: str) -> None:
    plan = as_plan(table_yaml)
    tasks = tasks_of(plan)
    # The column-number row "(1) | (2) | ..." is neither a task nor a row to type in.
    assert list(tasks) == ["I.1", "I.2", "II.1", "II.2"]
    assert "(1)" not in table_yaml
    assert tasks["I.1"]["deadline"] == "Xong trong Quý II/2026"
    assert agency_names(plan, tasks["I.1"]["lead"]) == ["Văn phòng HĐND và UBND xã"]
    assert agency_names(plan, tasks["I.1"]["partners"]) == [
        "Công an xã",
        "Ban Chỉ huy Quân sự xã",
    ]
    # A row continued after the header repeated on the next page.
    assert tasks["II.1"]["title"] == (
        "Số hóa hồ sơ hộ tịch từ năm 1990 đến nay, cập nhật vào cơ sở dữ liệu dùng chung của tỉnh"
    )
    assert agency_names(plan, tasks["II.1"]["partners"]) == [
        "Các Sở, ban, ngành và các địa phương liên quan"
    ]
    assert tasks["II.1"]["deadline"] == "Chậm nhất ngày 30/9/2026"
    assert tasks["II.2"]["deadline"] == "Khi có kinh phí"
    (line,) = [x for x in table_yaml.splitlines() if '"Khi có kinh phí"' in x]
    assert line.endswith(UNREAD)
    assert PROSE_MARK not in table_yaml  # table rows are read, not guessed from prose


def test_table_targets_under_chi_tieu_chu_yeu(table_yaml: str) -> None:
    indicators = as_plan(table_yaml)["indicators"]
    assert [(i["unit"], i["target"], i["by"]) for i in indicators] == [
        ("%", {"kind": "at_least", "value": 100}, 2026),
        ("người", {"kind": "at_least", "value": 2000}, 2026),  # "ít nhất 2.000 người"
    ]


def test_rows_one_cell_per_line_under_a_header_one_cell_per_line() -> None:
    text = (
        "KẾ HOẠCH\nThử năm 2026\n\nII. NHIỆM VỤ\nSTT\nNhiệm vụ\nCơ quan chủ trì\n"
        "Cơ quan phối hợp\nThời gian thực hiện\n1\nRà soát danh sách hộ nghèo\n"
        "Phòng Văn hóa - Xã hội\nCông an xã\nQuý III/2026\n2\nTổ chức hội nghị\nsơ kết\n"
        "Văn phòng HĐND và UBND xã\n"
    )
    plan = as_plan(imported(text.encode()))
    tasks = tasks_of(plan)
    assert list(tasks) == ["1", "2"]
    assert tasks["1"]["deadline"] == "Quý III/2026"
    assert agency_names(plan, tasks["1"]["partners"]) == ["Công an xã"]
    assert tasks["2"]["title"] == "Tổ chức hội nghị sơ kết"
    assert agency_names(plan, tasks["2"]["lead"]) == ["Văn phòng HĐND và UBND xã"]


@pytest.mark.parametrize(
    "header",
    [
        "STT | Tên nhiệm vụ | Sở ngành chủ trì | Phối hợp | Kết quả | Tiến độ thực hiện",
        "TT | Nội dung | Cơ quan tham mưu | Cơ quan phối hợp | Hình thức văn bản | Thời hạn",
        "Thời gian hoàn thành | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm | STT",
    ],
)
def test_usual_heading_words_in_any_order(header: str) -> None:
    cells = [c.strip() for c in header.split("|")]
    row = {
        "title": "Xây dựng kế hoạch đào tạo nghề",
        "lead": "Phòng Kinh tế",
        "partners": "Hội Nông dân xã",
        "product": "Kế hoạch",
        "deadline": "Quý I/2027",
        "number": "1",
    }
    roles = ["deadline" if "Thời" in c or "Tiến" in c else c for c in cells]
    order = []
    for cell, role in zip(cells, roles, strict=True):
        folded = cell.lower()
        if role == "deadline":
            order.append("deadline")
        elif "phối" in folded:
            order.append("partners")
        elif "chủ trì" in folded or "tham mưu" in folded:
            order.append("lead")
        elif folded in ("stt", "tt"):
            order.append("number")
        elif "kết quả" in folded or "sản phẩm" in folded or "hình thức" in folded:
            order.append("product")
        else:
            order.append("title")
    body = " | ".join(row[r] for r in order)
    plan = as_plan(imported(f"KẾ HOẠCH\nThử năm 2027\n\n{header}\n{body}\n".encode()))
    (task,) = plan["tasks"]
    assert task["title"] == row["title"] and task["deadline"] == "Quý I/2027"
    assert task["product"] == "Kế hoạch"
    assert agency_names(plan, task["lead"]) == ["Phòng Kinh tế"]


# ---------------------------------------------------------------------------------------------
# Pieces: agency names, targets, header


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Văn phòng HĐND và UBND huyện", ["Văn phòng HĐND và UBND huyện"]),
        (
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
            ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã"],
        ),
        ("Sở Nông nghiệp và Môi trường", ["Sở Nông nghiệp và Môi trường"]),
        ("Phòng Văn hóa - Xã hội", ["Phòng Văn hóa - Xã hội"]),
        ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Các Sở, ban, ngành", ["Các Sở, ban, ngành"]),
        ("Các Sở, ban, ngành và địa phương", ["Các Sở, ban, ngành và địa phương"]),
        (
            "Các Sở, ban, ngành và các địa phương liên quan",
            ["Các Sở, ban, ngành và các địa phương liên quan"],
        ),
        ("các cơ quan, đơn vị liên quan", ["các cơ quan, đơn vị liên quan"]),
        ("Phòng Kinh tế và Công an xã", ["Phòng Kinh tế", "Công an xã"]),
        ("Sở Tài chính; Sở Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]),
        (
            "Sở Nội vụ, Bộ Chỉ huy Quân sự tỉnh và Cục Thuế tỉnh",
            ["Sở Nội vụ", "Bộ Chỉ huy Quân sự tỉnh", "Cục Thuế tỉnh"],
        ),
        (
            "Hội Liên hiệp Phụ nữ xã và các đơn vị có liên quan",
            ["Hội Liên hiệp Phụ nữ xã", "các đơn vị có liên quan"],
        ),
        ("Trung tâm Phục vụ hành chính công", ["Trung tâm Phục vụ hành chính công"]),
    ],
)
def test_agency_names_split_only_between_two_bodies(cell: str, names: list[str]) -> None:
    assert list(split_agencies(cell)) == names


def test_per_10000_and_numbered_heading_that_states_a_target() -> None:
    text = (
        "KẾ HOẠCH\nPhát triển y tế và công nghiệp giai đoạn 2026 - 2030\n\n"
        "I. MỤC TIÊU\n1. Mục tiêu chung\nPhát triển nhanh và bền vững.\n"
        "2. Thành lập mới khoảng trên 500ha các khu, cụm công nghiệp\n"
        "3. Các chỉ tiêu cụ thể đến năm 2028\n- Đạt 12 bác sĩ trên vạn dân.\n"
        "- Tỷ lệ hộ nghèo giảm còn dưới 1,5%.\n- Tuổi thọ trung bình không quá 75 tuổi.\n\n"
        "II. NHIỆM VỤ\nThường xuyên rà soát.\n"
    )
    indicators = as_plan(imported(text.encode()))["indicators"]
    got = [(i["unit"], i["target"], i["by"]) for i in indicators]
    assert got == [
        ("ha", {"kind": "at_least", "value": 500}, 2030),  # numbered heading; the period's end
        ("per_10000", {"kind": "at_least", "value": 12}, 2028),  # the heading's year
        ("%", {"kind": "at_most", "value": 1.5}, 2028),
        ("tuổi", {"kind": "at_most", "value": 75}, 2028),
    ]
    # "Mục tiêu chung" sets no target here: its sentence has no figure.


def test_legal_bases_lose_their_semicolon_and_title_stops_at_the_body() -> None:
    text = (
        "Số: 3/KH-UBND\nAn Bình, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\n"
        "Tổ chức các hoạt động văn hóa năm 2026\nCăn cứ Luật Di sản văn hóa;\n"
        "Căn cứ Nghị quyết số 01/NQ-HĐND ngày 05/01/2026;\n\nI. MỤC ĐÍCH\nBảo tồn.\n"
    )
    plan = as_plan(imported(text.encode()))
    assert plan["title"] == "Tổ chức các hoạt động văn hóa năm 2026"
    assert plan["legal_bases"] == [
        "Luật Di sản văn hóa",
        "Nghị quyết số 01/NQ-HĐND ngày 05/01/2026",
    ]
    assert plan["id"] == "3/KH-UBND"


# ---------------------------------------------------------------------------------------------
# Copied from a legal database's web page: the head's two columns as cells ("|") or one cell a
# line between "|" and "-------" lines, no blank line anywhere, the trích yếu in capitals under
# "KẾ HOẠCH", and a plan that opens "Thực hiện ..." with no "Căn cứ".

WEB = INPUTS / "ke_hoach_chep_tu_trang_web.txt"


def web_copies() -> list[str]:
    """The plan as the page's text gives it; with its head as rows of cells; and with each
    cell's text wrapped where a narrow column cuts it ("Số:" above its number, a place's name
    cut in two)."""
    text = WEB.read_text(encoding="utf-8")
    rows = (
        "ỦY BAN NHÂN DÂN TỈNH VĨNH AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "| Độc lập - Tự do - Hạnh phúc |\n"
        "Số: 48/KH-UBND | Vĩnh An, ngày 09 tháng 3 năm 2026 |\n"
    )
    wrapped = (
        text.replace("CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM", "CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .replace("Số: 48/KH-UBND", "Số:\n48/KH-UBND")
        .replace("Vĩnh An, ngày 09\ntháng 3 năm 2026", "Vĩnh\nAn, ngày 09 tháng 3 năm 2026")
    )
    assert wrapped.count("\n") == text.count("\n") + 1
    return [text, rows + text[text.index("KẾ HOẠCH\n") :], wrapped]


@pytest.mark.parametrize(
    "copy", [0, 1, 2], ids=["cells-one-a-line", "rows-of-cells", "cells-wrapped"]
)
def test_a_plan_copied_from_a_web_page(copy: int) -> None:
    draft = imported(web_copies()[copy].encode(), name=WEB.name)
    plan = as_plan(draft)
    assert plan["id"] == "48/KH-UBND"
    assert str(plan["date"]) == "2026-03-09"
    assert plan["place"] == "Vĩnh An"
    assert plan["issuer"] == "Ủy ban nhân dân tỉnh Vĩnh An"
    # "KẾ HOẠCH" does not run on into its trích yếu, which is kept as written, in capitals.
    assert plan["title"] == (
        "THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ CẤP XÃ TRÊN ĐỊA BÀN TỈNH ĐẾN NĂM 2030, TẦM NHÌN"
        " ĐẾN NĂM 2035"
    )
    # The documents "Thực hiện ..." names, its sentence wrapped over six lines; not the clause
    # that enacts the plan.
    assert plan["legal_bases"] == [
        "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học,"
        " công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        "Quyết định số 112/QĐ-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh phê duyệt Đề án"
        " chuyển đổi số tỉnh Vĩnh An",
    ]
    assert '# Văn bản không có đoạn "Căn cứ"' in draft
    # "đến năm 2030, tầm nhìn đến năm 2035", issued in 2026: 2026-2030, horizon 2035, to check.
    assert plan["period"] == {"start": 2026, "end": 2030, "horizon": 2035}
    assert 'trích yếu nêu "đến năm 2030": từ năm ban hành (2026) đến 2030' in draft
    assert tasks_of(plan)["II.1"]["title"] == "Xây dựng kho dữ liệu dùng chung"


def test_a_web_copy_pasted_into_word_line_by_line_gives_the_head_of_its_text() -> None:
    """Text copied from a page and pasted into Word keeps each line as a paragraph: a line cut
    mid-sentence ("Vĩnh An, ngày 09" / "tháng 3 năm 2026", "Thực hiện Nghị quyết số" / "57-NQ/TW
    ...") is joined again, as the plain text's lines are."""
    import docx

    text = web_copies()[0]
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    stream = io.BytesIO()
    document.save(stream)
    from_word = as_plan(imported(stream.getvalue(), ".docx", "web.docx"))
    from_text = as_plan(imported(text.encode(), name=WEB.name))
    for key in ("id", "date", "place", "issuer", "title", "legal_bases", "period"):
        assert from_word[key] == from_text[key], key


@pytest.mark.parametrize(
    ("upper", "written"),
    [
        ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Ủy ban nhân dân thành phố Hà Nội"),
        ("ỦY BAN NHÂN DÂN THỊ XÃ TÂN UYÊN", "Ủy ban nhân dân thị xã Tân Uyên"),
        ("ỦY BAN NHÂN DÂN THỊ TRẤN CẦU KÈ", "Ủy ban nhân dân thị trấn Cầu Kè"),
        ("ỦY BAN NHÂN DÂN XÃ AN PHÚ", "Ủy ban nhân dân xã An Phú"),
        ("UBND TỈNH VĨNH LONG", "UBND tỉnh Vĩnh Long"),
    ],
)
def test_an_issuer_in_capitals_is_written_with_its_whole_level(upper: str, written: str) -> None:
    """The level's words ("thành phố", "thị xã") are one, not the first of them."""
    text = f"{upper}\n\nSố: 5/KH-UBND\n\nKẾ HOẠCH\nViệc năm 2026\n\nI. MỤC TIÊU\nMột.\n"
    assert as_plan(imported(text.encode()))["issuer"] == written


@pytest.mark.parametrize(
    ("head", "place"),
    [
        ("Độc lập - Tự do - Hạnh phúc\nHuế, ngày 05 tháng 3 năm 2026", "Huế"),
        ("Độc lập - Tự do -\nHạnh phúc\nHuế, ngày 05 tháng 3 năm 2026", "Huế"),
        ("|\nPhan Rang-Tháp\nChàm, ngày 05 tháng 3 năm 2026", "Phan Rang-Tháp Chàm"),
        ("|\nCà\nMau, ngày 05 tháng 3 năm 2026", "Cà Mau"),
    ],
)
def test_a_place_cut_in_two_is_joined_and_nothing_else(head: str, place: str) -> None:
    text = f"Số: 5/KH-UBND\n{head}\n\nKẾ HOẠCH\nViệc năm 2026\n\nI. MỤC TIÊU\nMột.\n"
    plan = as_plan(imported(text.encode()))
    assert (plan["place"], str(plan["date"])) == (place, "2026-03-05")


def test_a_head_that_names_no_unit_asks_for_the_issuer() -> None:
    """Only "ỦY BAN NHÂN DÂN" in the head (the unit's line lost in the copy): asked for, not
    taken from a sentence of the body that starts with "UBND"."""
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 7/KH-UBND | Bình An, ngày 2"
        " tháng 3 năm 2026 |\nKẾ HOẠCH\nPHÁT TRIỂN DU LỊCH GIAI ĐOẠN 2026 - 2030\nUBND Thành"
        " phố ban hành Kế hoạch phát triển du lịch giai đoạn 2026 - 2030 như sau:\n"
    )
    draft = imported(text.encode())
    plan = as_plan(draft)
    assert "issuer" not in plan
    assert 'đầu văn bản chỉ ghi "ỦY BAN NHÂN DÂN", không có tên đơn vị' in draft
    assert plan["period"] == {"start": 2026, "end": 2030}  # "GIAI ĐOẠN", in capitals


@pytest.mark.parametrize(
    ("title", "period", "note"),
    [
        # A cited document's date is not the plan's year; its five years are.
        (
            "THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 VỀ KẾ HOẠCH 5 NĂM (2021 -"
            " 2025)",
            {"start": 2021, "end": 2025},
            'trích yếu nêu "2021 - 2025", không có chữ "giai đoạn"',
        ),
        (
            "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ",
            None,
            'không thấy "giai đoạn YYYY - YYYY"',
        ),
        (
            "Thực hiện Nghị quyết ngày 16 tháng 7 năm 2021 trong năm 2026",
            {"start": 2026, "end": 2026},
            'trích yếu chỉ nêu "năm 2026": một năm',
        ),
    ],
)
def test_the_years_of_a_title_not_those_of_the_documents_it_cites(
    title: str, period: dict[str, int] | None, note: str
) -> None:
    text = f"Số: 6/KH-UBND\n\nKẾ HOẠCH\n{title}\n\nI. MỤC TIÊU\nMột.\n"
    draft = imported(text.encode())
    assert as_plan(draft).get("period") == period
    assert note in draft


@pytest.mark.parametrize("opening", ["Thực hiện", "Triển khai thực hiện"])
def test_documents_a_thuc_hien_sentence_joins_with_va(opening: str) -> None:
    text = (
        f"Số: 6/KH-UBND\n\nKẾ HOẠCH\nViệc năm 2026\n\n{opening} Chỉ thị số 19/CT-TTg về thi đua"
        " hằng năm và Kế hoạch 5 năm và Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021, Ủy ban nhân"
        " dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC TIÊU\nMột.\n"
    )
    assert as_plan(imported(text.encode()))["legal_bases"] == [
        "Chỉ thị số 19/CT-TTg về thi đua hằng năm và Kế hoạch 5 năm",
        "Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021",
    ]


def test_a_database_pages_details_above_the_document_are_not_its_head() -> None:
    """Pages of legal databases put their own details above the document ("Số hiệu: ...
    Loại văn bản: ..."): the document's "Số:" line is the number."""
    text = (
        "Kế hoạch 155/KH-UBND năm 2026 về hộ tịch\nSố hiệu: 155/KH-UBND Loại văn bản: Văn bản"
        " khác\nNgày ban hành: 26/05/2026\n\nỦY BAN NHÂN DÂN\nTỈNH BẮC AN\n\nSố: 155/KH-UBND\n\n"
        "Bắc An, ngày 26 tháng 5 năm 2026\n\nKẾ HOẠCH\n\nTRIỂN KHAI ĐĂNG KÝ HỘ TỊCH GIAI ĐOẠN 2026"
        " - 2030\n\nThực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP của Chính phủ"
        " và Quyết định số 101/QĐ-TTg; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\n"
        "I. MỤC TIÊU\nMột.\n"
    )
    plan = as_plan(imported(text.encode()))
    assert plan["id"] == "155/KH-UBND"
    assert plan["issuer"] == "Ủy ban nhân dân tỉnh Bắc An"
    assert plan["legal_bases"] == [
        "Luật Hộ tịch năm 2014",
        "Nghị định số 123/2015/NĐ-CP của Chính phủ",
        "Quyết định số 101/QĐ-TTg",
    ]


def test_a_plan_that_came_with_a_decision() -> None:
    """A Quyết định that issues the plan, and the plan under it "(Kèm theo Quyết định số ...)":
    the decision's number, date and bases; the plan's trích yếu without the line it came with."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NINH AN\n\nSố: 55/QĐ-UBND\n\nPhan An, ngày 05 tháng 3 năm 2026\n\n"
        "QUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH VÌ SỰ TIẾN BỘ PHỤ NỮ GIAI ĐOẠN 2026 - 2030\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch vì sự tiến bộ phụ nữ.\n\nKẾ HOẠCH\n\n"
        "VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH NINH AN GIAI ĐOẠN 2026 - 2030\n(Kèm theo Quyết định số"
        " 55/QĐ-UBND ngày 05/3/2026 của Ủy ban nhân dân tỉnh Ninh An)\n\nI. MỤC TIÊU\nMột.\n"
    )
    plan = as_plan(imported(text.encode()))
    assert plan["id"] == "55/QĐ-UBND"
    assert plan["title"] == "VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH NINH AN GIAI ĐOẠN 2026 - 2030"
    assert plan["issuer"] == "Ủy ban nhân dân tỉnh Ninh An"
    assert plan["legal_bases"] == ["Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"]
    assert plan["period"] == {"start": 2026, "end": 2030}


def test_bases_one_each_and_never_the_sentence_that_enacts_the_plan() -> None:
    """One "Căn cứ" naming several documents gives one basis each; a ";" inside a document's
    name stays; the clause that enacts the plan goes, after ",", ";" or "." and with "xây
    dựng"; a cited document that itself "ban hành Kế hoạch" stays."""
    text = (
        "Số: 6/KH-UBND\n\nKẾ HOẠCH\nRÀ SOÁT HỘ NGHÈO NĂM 2026\n\n"
        "Căn cứ Nghị định số 07/2021/NĐ-CP của Chính phủ; Thông tư số 07/2021/TT-BLĐTBXH hướng"
        " dẫn rà soát hộ nghèo; xác định thu nhập của hộ; Quyết định số 1680/QĐ-TTg của Thủ"
        " tướng Chính phủ ban hành Kế hoạch triển khai Kết luận số 70-KL/TW; Chỉ thị số 4/CT-TTg"
        " của Thủ tướng. UBND tỉnh Lào An ban hành Kế hoạch rà soát như sau:\n\nI. MỤC TIÊU\nMột.\n"
    )
    assert as_plan(imported(text.encode()))["legal_bases"] == [
        "Nghị định số 07/2021/NĐ-CP của Chính phủ",
        "Thông tư số 07/2021/TT-BLĐTBXH hướng dẫn rà soát hộ nghèo; xác định thu nhập của hộ",
        "Quyết định số 1680/QĐ-TTg của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Kết luận"
        " số 70-KL/TW",
        "Chỉ thị số 4/CT-TTg của Thủ tướng",
    ]
    built = text.replace(". UBND tỉnh Lào An ban hành", ", Ủy ban nhân dân tỉnh xây dựng")
    assert (
        as_plan(imported(built.encode()))["legal_bases"][-1] == "Chỉ thị số 4/CT-TTg của Thủ tướng"
    )


def test_a_plan_with_no_basis_says_so() -> None:
    text = "Số: 6/KH-UBND\n\nKẾ HOẠCH\nViệc năm 2026\n\nI. MỤC TIÊU\nMột.\n"
    assert '# legal_bases: không thấy đoạn "Căn cứ ..." hay "Thực hiện ..."' in imported(
        text.encode()
    )


@pytest.mark.parametrize(
    "after",
    [
        "Năm 2025, tình hình dịch bệnh diễn biến phức tạp; Ủy ban nhân dân tỉnh ban hành Kế"
        " hoạch như sau:",
        "Ngày 28 tháng 6 năm 2025, tại Kỳ họp thứ 7, Quốc hội đã thông qua Luật Thủ đô.",
        "PHẦN I. ĐÁNH GIÁ KẾT QUẢ NĂM 2025",
        "1. Công tác lãnh đạo",
    ],
)
def test_a_title_in_capitals_ends_where_the_body_begins(after: str) -> None:
    text = f"Số: 6/KH-UBND\n\nKẾ HOẠCH\nPHÒNG, CHỐNG DỊCH BỆNH NĂM 2026\n\n{after}\n\nI. A\nB.\n"
    assert as_plan(imported(text.encode()))["title"] == "PHÒNG, CHỐNG DỊCH BỆNH NĂM 2026"


def test_a_title_wrapped_before_its_last_year() -> None:
    text = (
        "Số: 7/KH-UBND\nLạng An, ngày 13 tháng 01 năm 2026\nKẾ HOẠCH\nPHÒNG, CHỐNG HẠN MÙA KHÔ"
        " NĂM 2026 -\n2027\nThực hiện Chỉ thị số 8008/CT-TCTL ngày 25/10/2025 về chống hạn mùa"
        " khô năm 2026 -\n2027. Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC TIÊU\n"
    )
    plan = as_plan(imported(text.encode()))
    assert plan["title"] == "PHÒNG, CHỐNG HẠN MÙA KHÔ NĂM 2026 - 2027"
    assert plan["legal_bases"] == [
        "Chỉ thị số 8008/CT-TCTL ngày 25/10/2025 về chống hạn mùa khô năm 2026 - 2027"
    ]
    assert plan["period"] == {"start": 2026, "end": 2027}


def test_the_period_is_never_a_cited_documents_nor_the_bodys() -> None:
    """No years in the trích yếu: those of the sentence that enacts the plan (to check), never
    those of a document the opening cites or of figures of past years."""
    text = (
        "Số: 8/KH-UBND\n\nKẾ HOẠCH\nXÂY DỰNG NỀN TẢNG SỐ CHO Y TẾ\n\nThực hiện Chương trình số"
        " 09-CTr/TU giai đoạn 2020 - 2025 của Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch"
        " xây dựng nền tảng số giai đoạn 2026 - 2028 như sau:\n\nI. MỤC TIÊU\nSố ca mắc trung bình"
        " hằng năm giai đoạn 2011 - 2016 giảm.\n"
    )
    draft = imported(text.encode())
    assert as_plan(draft)["period"] == {"start": 2026, "end": 2028}
    assert "đọc từ câu ban hành kế hoạch" in draft
    without = text.replace(" xây dựng nền tảng số giai đoạn 2026 - 2028", "")
    assert "period" not in as_plan(imported(without.encode()))


def test_the_authority_line_after_a_decisions_trich_yeu_names_the_issuer() -> None:
    """A decision's head split by a narrow column, its trích yếu in capitals, then the line of
    the body that decides ("ỦY BAN NHÂN DÂN TỈNH BẮC AN"): that line names the issuer, not
    run into the trích yếu."""
    text = (
        "ỦY BAN NHÂN\nDÂN |\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM |\nSố: 238/QĐ-UBND |\nBắc An,"
        " ngày 07 tháng 02 năm 2026 |\nVỀ VIỆC PHÊ DUYỆT KẾ HOẠCH PHÒNG, CHỐNG HIV/AIDS GIAI ĐOẠN"
        " 2026 – 2030\nỦY BAN NHÂN DÂN TỈNH BẮC AN\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
        "(Kèm theo Quyết định số: 238/QĐ-UBND\nngày 07/02/2026 của Ủy ban nhân dân tỉnh)\n"
        "Khống chế tỷ lệ lây nhiễm HIV dưới 0,3%.\n"
    )
    assert as_plan(imported(text.encode()))["issuer"] == "Ủy ban nhân dân tỉnh Bắc An"


@pytest.mark.parametrize(
    "enacting",
    [
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án bảo vệ rừng ven biển giai đoạn"
        " 2026-2030 trên địa bàn tỉnh Bến An (gọi tắt là Đề án), gồm các nội dung chủ yếu như sau:",
        "Thực hiện Thông tư số 10/2025/TT-BNV của Bộ Nội vụ, UBND tỉnh ban hành Kế hoạch thực hiện"
        " Đề án bảo vệ rừng ven biển giai đoạn 2026-2030 trên địa bàn tỉnh Bến An (sau đây gọi tắt"
        " là Đề án), cụ thể như sau:",
    ],
)
def test_a_copy_without_its_trich_yeu_names_the_plan_from_the_sentence_that_enacts_it(
    enacting: str,
) -> None:
    """Some pages drop "KẾ HOẠCH" and the trích yếu: the plan's name is read from the sentence
    that enacts it, marked to check; its years from that name."""
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 78/KH-UBND | Bến An, ngày 26"
        f" tháng 11 năm 2025 |\n{enacting}\n1. Mục đích\nBảo vệ rừng.\n"
    )
    draft = imported(text.encode())
    plan = as_plan(draft)
    assert plan["title"] == (
        "Thực hiện Đề án bảo vệ rừng ven biển giai đoạn 2026-2030 trên địa bàn tỉnh Bến An"
    )
    assert "tên kế hoạch đọc từ câu ban hành kế hoạch — kiểm tra lại" in draft
    assert plan["period"] == {"start": 2026, "end": 2030}


def test_a_decision_or_resolution_that_issues_the_plan_gives_its_years_and_issuer() -> None:
    """No "KẾ HOẠCH" line: the decision's trích yếu ("BAN HÀNH KẾ HOẠCH ... GIAI ĐOẠN ...") or a
    resolution's ("THÔNG QUA KẾ HOẠCH ... (2026 - 2030)") gives the years, marked; a council's
    line in capitals, its "KHÓA ..." line apart, gives the issuer."""
    decision = (
        "ỦY BAN NHÂN DÂN\nTỈNH NINH AN\n\nSố: 55/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH HÀNH"
        " ĐỘNG VÌ PHỤ NỮ GIAI ĐOẠN 2026 - 2030\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế"
        " hoạch hành động vì phụ nữ giai đoạn 2026 - 2030.\n"
    )
    draft = imported(decision.encode())
    assert as_plan(draft)["period"] == {"start": 2026, "end": 2030}
    assert "đọc từ câu ban hành kế hoạch" in draft
    resolution = (
        "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 97/NQ-HĐND | Hà An, ngày 10"
        " tháng 7 năm 2026 |\nVỀ VIỆC THÔNG QUA KẾ HOẠCH SỬ DỤNG ĐẤT 05 NĂM (2026 - 2030)\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ AN\nKHÓA XIX, KỲ HỌP THỨ 3\nCăn cứ Luật Đất đai;\n"
    )
    plan = as_plan(imported(resolution.encode()))
    assert plan["issuer"] == "Hội đồng nhân dân tỉnh Hà An"
    assert plan["period"] == {"start": 2026, "end": 2030}


def test_bases_over_several_thuc_hien_paragraphs_and_without_another_clause() -> None:
    text = (
        "Số: 36 /KH - UBND\n\nKẾ HOẠCH\nTRUYỀN THÔNG CHÍNH SÁCH\n\nThực hiện Chỉ thị số"
        " 09/CT-TTg ngày 31/3/2021 của Thủ tướng Chính phủ về phòng, chống dịch\nCOVID-19;\n"
        "Thực hiện Nghị quyết số 13-NQ/TU của Tỉnh ủy; trên cơ sở đề xuất của Sở Thông tin và"
        " Truyền thông tại Tờ trình số 202/TTr-STTTT, Ủy ban nhân dân tỉnh ban hành Kế hoạch như"
        " sau:\n\nI. MỤC TIÊU\nMột.\n"
    )
    plan = as_plan(imported(text.encode()))
    assert plan["id"] == "36/KH-UBND"
    assert plan["legal_bases"] == [
        "Chỉ thị số 09/CT-TTg ngày 31/3/2021 của Thủ tướng Chính phủ về phòng, chống dịch COVID-19",
        "Nghị quyết số 13-NQ/TU của Tỉnh ủy",
    ]


def test_a_place_of_several_words_cut_in_two_and_a_part_after_the_title() -> None:
    text = (
        "Số: 8/KH-UBND\n|\nBà Rịa - Vũng\nTàu, ngày 08 tháng 01 năm 2026\n|\nKẾ HOẠCH\nCHUYỂN ĐỔI"
        " SỐ NĂM 2026\nPHẦN I. KẾT QUẢ NĂM 2025\n1. Công tác lãnh đạo\n"
    )
    plan = as_plan(imported(text.encode()))
    assert plan["place"] == "Bà Rịa - Vũng Tàu"
    assert plan["title"] == "CHUYỂN ĐỔI SỐ NĂM 2026"


@pytest.mark.parametrize(
    "part",
    [
        # Numbered items, wrapped as a narrow column wraps them.
        "I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg ngày 22\ntháng 8 năm 2025 của"
        " Thủ tướng Chính phủ;\n2. Thông tư số 05/2025/TT-BNNMT ngày\n25 tháng 7 năm 2025 của Bộ"
        " Nông nghiệp và Môi trường.",
        # One sentence, the documents joined by ";".
        "I. CĂN CỨ PHÁP LÝ\nQuyết định số 924/QĐ-TTg ngày 22 tháng 8 năm 2025 của Thủ tướng Chính"
        " phủ; Thông tư số 05/2025/TT-BNNMT ngày 25 tháng 7 năm 2025 của Bộ Nông nghiệp và Môi"
        " trường.",
        # "Căn cứ" paragraphs under a part that goes on to something else.
        "I. CƠ SỞ PHÁP LÝ VÀ SỰ CẦN THIẾT\n1. Cơ sở pháp lý:\nCăn cứ Quyết định số 924/QĐ-TTg ngày"
        " 22 tháng 8 năm 2025 của Thủ tướng Chính phủ;\nCăn cứ Thông tư số 05/2025/TT-BNNMT ngày"
        " 25 tháng 7 năm 2025 của Bộ Nông nghiệp và Môi trường.\n2. Sự cần thiết:\nChương trình"
        " chuyển đổi số còn chậm.",
    ],
)
def test_bases_listed_in_a_part_of_their_own(part: str) -> None:
    text = f"Số: 9/KH-UBND\n\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2026\n\n{part}\n\nII. MỤC TIÊU\nMột.\n"
    bases = as_plan(imported(text.encode()))["legal_bases"]
    assert [base.rstrip(".") for base in bases] == [
        "Quyết định số 924/QĐ-TTg ngày 22 tháng 8 năm 2025 của Thủ tướng Chính phủ",
        "Thông tư số 05/2025/TT-BNNMT ngày 25 tháng 7 năm 2025 của Bộ Nông nghiệp và Môi trường",
    ]


def test_until_a_year_without_a_date_asks_for_the_start() -> None:
    text = "Số: 8/KH-UBND\n\nKẾ HOẠCH\nPhát triển giáo dục đến năm 2030\n\nI. MỤC TIÊU\nMột.\n"
    draft = imported(text.encode())
    assert "period" not in as_plan(draft)
    assert 'trích yếu nêu "đến năm 2030", không rõ năm bắt đầu' in draft


def test_a_basis_that_wraps_runs_on_and_a_heading_takes_no_next_line() -> None:
    text = (
        "Số: 9/KH-UBND\nAn Bình, ngày 02 tháng 3 năm 2026\n\nKẾ HOẠCH\nViệc năm 2026\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6\nnăm 2025;\n"
        "Căn cứ Nghị quyết số 01/NQ-HĐND;\n\nI. MỤC TIÊU\n1. Mục tiêu chung\nBảo tồn.\n"
    )
    plan = as_plan(imported(text.encode()))
    assert plan["legal_bases"] == [
        "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
        "Nghị quyết số 01/NQ-HĐND",
    ]


# ---------------------------------------------------------------------------------------------
# .docx and .pdf


def prose_docx() -> bytes:
    """The prose plan as Word would hold it: the head and the signature in two-column tables."""
    import docx

    document = docx.Document()
    head = document.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH"
    head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    head.cell(1, 0).text = "Số:      /KH-UBND"
    head.cell(1, 1).text = "Hòa Bình, ngày      tháng     năm 2026"
    body = PROSE.read_text(encoding="utf-8").split("\n")[5:]
    for line in body[: body.index("Nơi nhận: | TM. ỦY BAN NHÂN DÂN")]:
        if line.strip():
            document.add_paragraph(line)
    closing = document.add_table(rows=1, cols=2)
    closing.cell(0, 0).text = (
        "Nơi nhận:\n- Đảng ủy phường (b/c);\n"
        "- Các Sở, ban, ngành và các địa phương liên quan;\n- Lưu: VT."
    )
    closing.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nTrần Thị Lan"
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def without_places(text: str) -> str:
    """The draft without its first line (the file's name) and its "# dòng N" comments."""
    lines = text.splitlines()[1:]
    return "\n".join(x for x in lines if not re.fullmatch(r"  # dòng [0-9]+", x))


def test_docx_prose_plan_gives_the_same_draft_as_its_text(prose_yaml: str) -> None:
    assert without_places(imported(prose_docx(), ".docx", "p.docx")) == without_places(prose_yaml)


SOFFICE = shutil.which("soffice")


@pytest.fixture(scope="module")
def prose_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is needed to make the PDF")
    folder = tmp_path_factory.mktemp("pdf")
    (folder / "ke-hoach.docx").write_bytes(prose_docx())
    subprocess.run(
        [SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(folder),
         str(folder / "ke-hoach.docx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return (folder / "ke-hoach.pdf").read_bytes()


def test_pdf_prose_plan_gives_the_same_draft_as_its_text(prose_pdf: bytes, prose_yaml: str) -> None:
    from_pdf = imported(prose_pdf, ".pdf", "ke-hoach.pdf")
    assert "# dòng" not in from_pdf  # lines of extracted text mean nothing in a PDF
    assert without_places(from_pdf) == without_places(prose_yaml)


def table_docx(rows: int) -> bytes:
    import docx

    document = docx.Document()
    for text in ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "Số: 07/KH-UBND",
                 "Tân Lập, ngày 15 tháng 01 năm 2026", "KẾ HOẠCH",
                 "Chuyển đổi số xã Tân Lập năm 2026", "II. NHIỆM VỤ"):  # fmt: skip
        document.add_paragraph(text)
    cells = [("STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
             ("(1)", "(2)", "(3)", "(4)", "(5)")]  # fmt: skip
    quarters = ("I", "II", "III", "IV")
    for n in range(1, rows + 1):
        cells.append((
            str(n),
            f"Nhiệm vụ số {n}: rà soát, cập nhật cơ sở dữ liệu chuyên ngành về hộ tịch, đất đai"
            " và dân cư của xã",
            "Văn phòng HĐND và UBND xã",
            "Công an xã và Phòng Văn hóa - Xã hội",
            f"Xong trong Quý {quarters[n % 4]}/2026",
        ))  # fmt: skip
    table = document.add_table(rows=len(cells), cols=5)
    table.style = "Table Grid"
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_paragraph("TM. ỦY BAN NHÂN DÂN")
    document.add_paragraph("CHỦ TỊCH")
    document.add_paragraph("Phạm Văn Hùng")
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


@pytest.mark.slow
def test_pdf_table_over_pages_gives_every_row(tmp_path: Path) -> None:
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is needed to make the PDF")
    (tmp_path / "bang.docx").write_bytes(table_docx(40))
    subprocess.run(
        [SOFFICE, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
         str(tmp_path / "bang.docx")],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    plan = as_plan(imported((tmp_path / "bang.pdf").read_bytes(), ".pdf", "bang.pdf"))
    tasks = plan["tasks"]
    assert [t["id"] for t in tasks] == [str(n) for n in range(1, 41)]
    for n, task in enumerate(tasks, start=1):
        # Rows cut by a page break are whole again.
        assert task["title"].endswith("đất đai và dân cư của xã"), task["title"]
        assert task["deadline"] == f"Xong trong Quý {('I', 'II', 'III', 'IV')[n % 4]}/2026"
        assert agency_names(plan, task["lead"]) == ["Văn phòng HĐND và UBND xã"]
    assert plan["signer"] == {
        "name": "Phạm Văn Hùng",
        "position": "Chủ tịch",
        "on_behalf": "TM. Ủy ban nhân dân",
    }


# A PDF with one empty page and no text at all, as a scanner without OCR makes (but without
# the picture): the structure of a real file, written out by hand.
def pdf_without_text() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_a_scanned_pdf_needs_ocr_first(run_cli: RunCli, tmp_path: Path) -> None:
    with pytest.raises(ImportProblem) as problem:
        read_document(pdf_without_text(), ".pdf")
    assert problem.value.key == "import.pdf_no_text"
    path = tmp_path / "ban-quet.pdf"
    path.write_bytes(pdf_without_text())
    result = run_cli(["import", str(path), "-o", str(tmp_path / "out.yaml")])
    assert result.exit_code == 1
    assert "không có lớp chữ" in result.stderr and "OCR" in result.stderr
    assert not (tmp_path / "out.yaml").exists()
    result = run_cli(["import", str(path), "--lang", "en"])
    assert "no text layer" in result.stderr and "OCR" in result.stderr


def test_a_damaged_pdf_is_said_in_words(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "hong.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R")
    result = run_cli(["import", str(path)])
    assert result.exit_code == 1
    assert "không đọc được tệp PDF" in result.stderr
    assert "Error" not in result.stderr and "Exception" not in result.stderr


# ---------------------------------------------------------------------------------------------
# A broken or hostile .docx (contract §7)


def zipped(members: dict[str, bytes]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return stream.getvalue()


EXCEPTION_NAMES = ("BadZipFile", "KeyError", "XMLSyntaxError", "Traceback", "ValueError")


@pytest.mark.parametrize(
    ("data", "vi", "en"),
    [
        (b"PK\x03\x04 cut short", "tệp nén (zip), tệp này hỏng", "cut short"),
        (zipped({"a.txt": b"x"}), "thiếu phần [Content_Types].xml", "no [Content_Types].xml"),
        (
            zipped({"[Content_Types].xml": b"<Types/>", "x.xml": b"<a/>"}),
            "thiếu phần word/document.xml",
            "no word/document.xml part",
        ),
    ],
    ids=["not-a-zip", "no-content-types", "no-document"],
)
def test_a_broken_docx_is_said_in_words(
    run_cli: RunCli, tmp_path: Path, data: bytes, vi: str, en: str
) -> None:
    path = tmp_path / "hong.docx"
    path.write_bytes(data)
    result = run_cli(["import", str(path)])
    assert result.exit_code == 1
    assert vi in result.stderr
    assert not any(name in result.stderr for name in EXCEPTION_NAMES), result.stderr
    result = run_cli(["import", str(path), "--lang", "en"])
    assert en in result.stderr


def test_a_docx_with_bad_xml_is_said_in_words(run_cli: RunCli, tmp_path: Path) -> None:
    good = zipfile.ZipFile(io.BytesIO(prose_docx()))
    members = {name: good.read(name) for name in good.namelist()}
    members["word/document.xml"] = b"<w:document><w:body><w:p>"  # cut short
    path = tmp_path / "hong.docx"
    path.write_bytes(zipped(members))
    result = run_cli(["import", str(path)])
    assert result.exit_code == 1
    assert "nội dung bên trong (XML) bị hỏng" in result.stderr
    assert not any(name in result.stderr for name in EXCEPTION_NAMES), result.stderr


def zip_bomb(path: Path) -> None:
    """About 250 KB on disk, 256 MB of zeros once expanded (four times the most a .docx may
    expand to, and more than the peak the test allows), in a .docx's dress. (A gigabyte took
    2.5 s to compress, for nothing more.)"""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(256):
                member.write(chunk)


@pytest.mark.slow
def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    bomb = tmp_path / "bom.docx"
    zip_bomb(bomb)
    assert bomb.stat().st_size < 300_000
    # The peak memory of the whole command, measured in a process of its own: VmHWM, the high
    # water mark of this process's own memory (ru_maxrss would count the pytest process it was
    # forked from, as Linux keeps it across exec).
    status = Path("/proc/self/status")
    if not status.exists():
        pytest.skip("the peak memory is read from /proc (Linux)")
    script = (
        "import re, sys\n"
        "from nhanluc_cli.__main__ import main\n"
        "sys.argv = ['nhanluc', 'import', sys.argv[1], '--lang', 'vi']\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exit:\n"
        "    code = exit.code\n"
        "status = open('/proc/self/status').read()\n"
        "peak = re.search(r'VmHWM:\\s+([0-9]+) kB', status).group(1)\n"
        "print(f'{code} {peak}')\n"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("NHANLUC_")}
    result = subprocess.run(
        [sys.executable, "-c", script, str(bomb)],
        capture_output=True, text=True, timeout=120, env=environment,
    )  # fmt: skip
    code, peak_kib = result.stdout.split()[-2:]
    assert code == "1", result.stderr
    assert int(peak_kib) < 150 * 1024, f"{int(peak_kib) // 1024} MB"
    assert "zip bomb" in result.stderr and "chưa giải nén" in result.stderr
    assert not any(name in result.stderr for name in EXCEPTION_NAMES), result.stderr


# ---------------------------------------------------------------------------------------------
# Deadlines with a verb in front: `check` accepts them in any plan


def test_check_accepts_a_verb_before_the_time(run_cli: RunCli, tmp_path: Path) -> None:
    data = make_data_dir(tmp_path)
    plan = data / "plan60.yaml"
    text = plan.read_text(encoding="utf-8")
    for before, after in (
        ('deadline: "Quý I/2022"', 'deadline: "Xong trong Quý I/2022"'),
        ('deadline: "Tháng 6/2022"', 'deadline: "Hoàn thành trong tháng 6/2022"'),
    ):
        if before in text:
            text = text.replace(before, after, 1)
    assert "Xong trong Quý I/2022" in text
    plan.write_text(text, encoding="utf-8")
    result = run_cli(["check", "--data", str(data), "--as-of", "2021-09-01"])
    assert "E210" not in result.stdout + result.stderr
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("sentence", "partners", "title"),
    [
        # The last partner's name ends with its place; the lower-case word after is the work.
        (
            "Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Hội Liên hiệp Phụ nữ xã mở lớp "
            "dạy nghề; xong trước ngày 30/9/2026.",
            ["Hội Liên hiệp Phụ nữ xã"],
            "Mở lớp dạy nghề",
        ),
        (
            "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ, UBND phường Hòa Bình tổng hợp "
            "nhu cầu kinh phí; hoàn thành trong tháng 8/2026.",
            ["Sở Nội vụ", "UBND phường Hòa Bình"],
            "Tổng hợp nhu cầu kinh phí",
        ),
    ],
)
def test_giao_sentences(sentence: str, partners: list[str], title: str) -> None:
    text = f"KẾ HOẠCH\nThử năm 2026\n\nII. NHIỆM VỤ\n1. {sentence}\n"
    plan = as_plan(imported(text.encode()))
    (task,) = plan["tasks"]
    assert agency_names(plan, task["partners"]) == partners
    assert task["title"] == title
    assert UNREAD not in imported(text.encode())


def test_docx_table_split_in_two_with_a_row_cut_between() -> None:
    """Word: the task table in two pieces (a page break), the second starting with the rest
    of the row the first ended on; the column-number row under the header is no task."""
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Thử năm 2026")
    first = [
        ("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
        ("(1)", "(2)", "(3)", "(4)", "(5)"),
        ("1", "Rà soát hồ sơ", "Phòng Kinh tế", "", "Quý II/2026"),
        ("2", "Xây dựng cơ sở dữ liệu", "Văn phòng HĐND và UBND xã", "Công an", "Xong trong"),
    ]
    second = [
        ("", "đất đai của xã", "", "xã", "Quý III/2026"),
        ("3", "Tập huấn cán bộ", "Phòng Văn hóa - Xã hội", "", "Tháng 10/2026"),
    ]
    for rows in (first, second):
        table = document.add_table(rows=len(rows), cols=5)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        document.add_paragraph("")
    stream = io.BytesIO()
    document.save(stream)
    plan = as_plan(imported(stream.getvalue(), ".docx", "k.docx"))
    tasks = tasks_of(plan)
    assert list(tasks) == ["1", "2", "3"]
    assert tasks["2"]["title"] == "Xây dựng cơ sở dữ liệu đất đai của xã"
    assert agency_names(plan, tasks["2"]["partners"]) == ["Công an xã"]
    assert tasks["2"]["deadline"] == "Xong trong Quý III/2026"
    assert tasks["3"]["deadline"] == "Tháng 10/2026"


def test_sentences_elsewhere_set_targets_but_the_budget_does_not() -> None:
    text = (
        "KẾ HOẠCH\nThử giai đoạn 2026 - 2030\n\nI. MỤC TIÊU\na) Về kinh tế: tăng trưởng đạt 8%.\n\n"
        "II. NHIỆM VỤ\nPhấn đấu đến năm 2028 có ít nhất 20 hợp tác xã kiểu mới.\n\n"
        "III. KINH PHÍ\nKinh phí thực hiện khoảng 500 triệu đồng, không quá 5% tổng chi.\n"
    )
    draft = imported(text.encode())
    indicators = as_plan(draft)["indicators"]
    assert [(i["group"], i["unit"], i["target"], i["by"]) for i in indicators] == [
        ("a", "%", {"kind": "at_least", "value": 8}, 2030),
        ("khac", "hợp tác xã", {"kind": "at_least", "value": 20}, 2028),
    ]
    assert '  - {id: khac, name: "Chỉ tiêu nêu ở phần khác của văn bản"}' in draft


def test_a_docx_without_a_word_is_empty(run_cli: RunCli, tmp_path: Path) -> None:
    import docx

    stream = io.BytesIO()
    docx.Document().save(stream)
    path = tmp_path / "trong.docx"
    path.write_bytes(stream.getvalue())
    result = run_cli(["import", str(path)])
    assert result.exit_code == 1
    assert "tệp trống" in result.stderr
