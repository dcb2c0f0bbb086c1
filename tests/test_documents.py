"""Documents a chairman signs (contract §18): the issuer in force on the document's date, the
task lists of a period, extensions in words, no "quá hạn 0 ngày", `-o` never overwriting, and
xlsx that prints. Read back as a person meets them: python-docx, the HTML text, openpyxl.

A small plan written next to the assertions (a commune's, three years, no recipients, no signer)
and the demo folder of plan 60 (ended on 30/06/2025) are the inputs.
"""

from __future__ import annotations

import io
import re
import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from conftest import REPO, RunCli, write_yaml
from nhanluc_cli.judging.issuing import issuer_agency, issuer_on
from nhanluc_cli.plan.model import Plan, Reporter, Signer
from nhanluc_cli.render.report.document import ChartSeries
from nhanluc_cli.render.report.html import chart_for
from test_docx_report import all_text

DEMO = REPO / "examples" / "demo"
CLOSED = "2026-12-07"

PLAN = """
id: "5/KH-UBND"
date: 2025-01-10
place: "Tân An"
issuer: "Ủy ban nhân dân xã Tân An"
title: "Kế hoạch phát triển nguồn nhân lực xã Tân An giai đoạn 2025 - 2027"
period: {start: 2025, end: 2027}
groups:
  - {id: a, name: "Chỉ tiêu"}
agencies:
  - {id: vp, name: "Văn phòng - Thống kê"}
  - {id: vhxh, name: "Văn hóa - Xã hội"}
indicators:
  - id: ld
    group: a
    name: "Tỷ lệ lao động qua đào tạo"
    unit: "%"
    target: {kind: at_least, value: 70}
    by: 2027
tasks:
  - {id: "1", title: "Bồi dưỡng kỹ năng số", lead: vp, deadline: "Trước ngày 30/6/2025"}
  - {id: "2", title: "Mở lớp đào tạo nghề", lead: vhxh, deadline: "Hằng năm"}
  - {id: "3", title: "Rà soát vị trí việc làm", lead: vp, deadline: "Quý III/2025"}
"""

EXTENDED = """
period: "2025-H1"
reported_on: 2025-07-05
reported_by: "Văn phòng - Thống kê"
tasks:
  "1": {status: done, completed_on: 2025-06-20}
  "3":
    status: in_progress
    extended_to: 2025-12-31
    basis: "Công văn số 12/UBND-VP ngày 01/7/2025"
indicators:
  ld: {value: 60.5, as_of: 2025-06-30}
"""


@pytest.fixture
def commune(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    write_yaml(data, "plan.yaml", PLAN)
    write_yaml(data, "progress/2025-H1.yaml", EXTENDED)
    return data


def report(run_cli: RunCli, as_of: str, *args: str) -> str:
    result = run_cli(["report", "--as-of", as_of, *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def unescaped(markdown: str) -> str:
    return markdown.replace("\\[", "[").replace("\\]", "]")


# ---------------------------------------------------------------------------------------------
# The issuer in force (pure)


def plan60() -> Plan:
    from nhanluc_cli.store.dataset import load_dataset
    from nhanluc_cli.store.workspace import locate

    dataset = load_dataset(locate(REPO / "data", None, REPO), REPO)
    assert dataset.plan is not None
    return dataset.plan.plan


def test_the_plans_issuer_while_it_exists() -> None:
    plan = plan60()
    issuer = issuer_on(plan, date(2025, 6, 30))  # its last day
    assert (issuer.name, issuer.place, issuer.origin) == (plan.issuer, "Càng Long", "plan")
    assert issuer.signer == plan.signer and issuer.recipients == tuple(plan.recipients)
    assert issuer.gone_since is None


def test_after_the_plan_ended_blanks_unless_named() -> None:
    plan = plan60()
    gone = issuer_on(plan, date(2025, 7, 1))
    assert (gone.name, gone.place, gone.signer, gone.recipients) == (None, None, None, ())
    assert gone.origin == "blank" and gone.gone_since == date(2025, 6, 30)
    named = issuer_on(
        plan, date(2025, 7, 1), name="Ủy ban nhân dân xã An Trường", place="An Trường"
    )
    assert (named.name, named.place, named.origin) == (
        "Ủy ban nhân dân xã An Trường",
        "An Trường",
        "options",
    )
    assert named.signer is None and named.recipients == ()  # never the district's own


def test_ended_reporter_and_options_that_win_over_it() -> None:
    plan = plan60()
    assert plan.ended is not None
    reporter = Reporter(
        name="Ủy ban nhân dân xã Càng Long",
        place="Càng Long",
        signer=Signer(name="Trần Văn A", position="Chủ tịch", on_behalf="TM. Ủy ban nhân dân"),
        recipients=["Ủy ban nhân dân tỉnh Vĩnh Long", "Lưu: VT"],
    )
    ended = plan.ended.model_copy(update={"reporter": reporter})
    plan = plan.model_copy(update={"ended": ended})
    by_plan = issuer_on(plan, date(2026, 12, 7))
    assert (by_plan.name, by_plan.place, by_plan.origin) == (
        "Ủy ban nhân dân xã Càng Long",
        "Càng Long",
        "reporter",
    )
    assert by_plan.signer == reporter.signer and len(by_plan.recipients) == 2
    other = issuer_on(plan, date(2026, 12, 7), name="Sở Nội vụ tỉnh Vĩnh Long", place="Vĩnh Long")
    assert (other.name, other.place, other.signer) == (
        "Sở Nội vụ tỉnh Vĩnh Long",
        "Vĩnh Long",
        None,
    )
    place_only = issuer_on(plan, date(2026, 12, 7), place="Tân An")
    assert (place_only.name, place_only.place) == ("Ủy ban nhân dân xã Càng Long", "Tân An")


def test_an_issuing_agency_whose_until_is_past() -> None:
    plan = plan60()
    agency = issuer_agency(plan)
    assert agency is not None and agency.id == "ubnd_huyen"  # "Ủy ban nhân dân huyện"
    # Without `ended`, the agency's own last day still decides.
    plan = plan.model_copy(update={"ended": None})
    assert issuer_on(plan, date(2025, 6, 30)).origin == "plan"
    later = issuer_on(plan, date(2025, 7, 1))
    assert later.origin == "blank" and later.gone_since == date(2025, 6, 30)


# ---------------------------------------------------------------------------------------------
# The reporter named in the plan, end to end


def demo_with_reporter(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(DEMO, data)
    plan = data / "plan60.yaml"
    text = plan.read_text(encoding="utf-8")
    line = '  basis: "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"\n'
    assert line in text
    reporter = (
        "  reporter:\n"
        '    name: "Ủy ban nhân dân xã Càng Long"\n'
        '    place: "Càng Long"\n'
        '    signer: {name: "(minh họa)", position: "Chủ tịch", on_behalf: "TM. Ủy ban nhân dân"}\n'
        '    recipients: ["Ủy ban nhân dân tỉnh Vĩnh Long", "Lưu: VT"]\n'
    )
    plan.write_text(text.replace(line, line + reporter, 1), encoding="utf-8")
    return data


@pytest.mark.parametrize("final", [False, True])
def test_a_reporter_in_the_plan_issues_the_report_after_the_end(
    run_cli: RunCli, tmp_path: Path, final: bool
) -> None:
    demo_with_reporter(tmp_path)
    extra = ["--final"] if final else []
    result = run_cli(["report", "--as-of", CLOSED, *extra, "-o", "r.docx"])
    assert result.exit_code == 0, result.output
    assert "không còn tồn tại" not in result.stderr  # nothing left blank
    word = Document(str(tmp_path / "r.docx"))
    header = word.tables[0]
    assert header.cell(0, 0).text.startswith("ỦY BAN NHÂN DÂN\nXÃ CÀNG LONG")
    assert header.cell(1, 1).text == "Càng Long, ngày 07 tháng 12 năm 2026"
    closing = next(t for t in word.tables if t.cell(0, 0).text.startswith("Nơi nhận"))
    assert [p.text for p in closing.cell(0, 0).paragraphs] == [
        "Nơi nhận:",
        "- Ủy ban nhân dân tỉnh Vĩnh Long;",
        "- Lưu: VT.",
    ]
    assert [p.text for p in closing.cell(0, 1).paragraphs][:2] == [
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
    ]
    assert "HUYỆN CÀNG LONG" not in all_text(word).split("BÁO CÁO")[0]
    html = run_cli(["report", "--as-of", CLOSED, *extra, "--format", "html"]).stdout
    assert "<b>ỦY BAN NHÂN DÂN</b><b>XÃ CÀNG LONG</b>" in html
    assert "Càng Long, ngày 07 tháng 12 năm 2026" in html


def test_the_blanks_and_the_reason_in_every_format(run_cli: RunCli, tmp_path: Path) -> None:
    shutil.copytree(DEMO, tmp_path / "data")
    for output_format in ("md", "html"):
        result = run_cli(["report", "--as-of", CLOSED, "--format", output_format])
        assert result.exit_code == 0, result.output
        text = unescaped(result.stdout)
        assert "[CƠ QUAN BÁO CÁO]" in text and "[ĐỊA DANH], ngày 07 tháng 12 năm 2026" in text
        if output_format == "md":
            masthead = text.split("\n# BÁO CÁO")[0]
        else:
            masthead = text.split("Độc lập - Tự do - Hạnh phúc")[0].split("<body>")[-1]
        assert "HUYỆN CÀNG LONG" not in masthead.upper()
        assert "TM. [CƠ QUAN BÁO CÁO]" in text and "[CHỨC VỤ NGƯỜI KÝ]" in text
        assert "Ủy ban nhân dân huyện Càng Long không còn tồn tại từ sau ngày 30/06/2025" in (
            result.stderr
        )
    # Each terminated or transferred occurrence once, in Phụ lục I, as the counts say.
    text = unescaped(run_cli(["report", "--as-of", CLOSED]).stdout)
    counts = re.search(r"đã chuyển giao (\d+), chấm dứt (\d+)", text.split("## III. ")[1])
    assert counts is not None
    transferred, terminated = int(counts.group(1)), int(counts.group(2))
    body, annexes = text.split("## PHỤ LỤC I\n", 1)
    annex = annexes.split("## PHỤ LỤC II")[0]
    assert annex.count("| chấm dứt |") == terminated == 3
    assert annex.count("| đã chuyển giao |") == transferred == 1
    assert "| chấm dứt |" not in body and "| đã chuyển giao |" not in body
    # A place without a body: only the body is blank, and stderr says so.
    placed = run_cli(["report", "--as-of", CLOSED, "--place", "Càng Long"])
    assert "*\\[ĐỊA DANH\\]" not in placed.stdout
    assert "*Càng Long, ngày 07 tháng 12 năm 2026*" in placed.stdout
    assert "tên cơ quan báo cáo để trống ([CƠ QUAN BÁO CÁO])." in placed.stderr
    # On a closed plan V says what the next plan takes over, not what to "speed up".
    text = unescaped(run_cli(["report", "--as-of", CLOSED]).stdout)
    direction = text.split("## V. ")[1].split("## VI. ")[0]
    assert "Kế hoạch đã kết thúc ngày 30/06/2025. 1 lượt nhiệm vụ chưa hoàn thành" in direction
    assert "Tập trung chỉ đạo" not in direction and "0 lượt" not in direction
    english = run_cli(["report", "--as-of", CLOSED, "--lang", "en"])
    assert "[REPORTING BODY]" in unescaped(english.stdout)
    assert "has not existed since 2025-06-30" in english.stderr


# ---------------------------------------------------------------------------------------------
# A plan without recipients or signer; the period's task lists; extensions; no "quá hạn 0 ngày"


def test_a_plan_without_recipients_or_signer_gets_both_blocks(
    run_cli: RunCli, commune: Path, tmp_path: Path
) -> None:
    text = report(run_cli, "2025-10-01")
    # Nơi nhận at least "Lưu: VT", and a signature block "TM. Ủy ban nhân dân" with a blank.
    assert "**Nơi nhận:**\n\n- Lưu: VT.<br>" in text
    assert "**TM. ỦY BAN NHÂN DÂN**<br>**\\[CHỨC VỤ NGƯỜI KÝ\\]**" in text
    assert text.startswith("**ỦY BAN NHÂN DÂN XÃ TÂN AN**<br>\nSố: /BC-UBND")
    addressed = report(run_cli, "2025-10-01", "--to", "Ủy ban nhân dân tỉnh Tây Ninh")
    assert "\nKính gửi: Ủy ban nhân dân tỉnh Tây Ninh\n" in addressed
    assert "**Nơi nhận:**\n\n- Như trên;<br>\n- Lưu: VT.<br>" in addressed
    result = run_cli(["report", "--as-of", "2025-10-01", "-o", "r.docx", "--to", "Sở Nội vụ"])
    assert result.exit_code == 0, result.output
    word = Document(str(tmp_path / "r.docx"))
    assert "Kính gửi: Sở Nội vụ" in [p.text for p in word.paragraphs]


def test_task_lists_of_the_period_and_future_occurrences_in_one_line(
    run_cli: RunCli, commune: Path
) -> None:
    text = report(run_cli, "2025-10-01")
    annex = text.split("## PHỤ LỤC I\n")[1].split("## PHỤ LỤC II")[0]
    # Due in 2025 (1, 2@2025, 3), listed; 2@2026 and 2@2027 are counted, not listed.
    listed = re.findall(r"^\| (\d)(?:<br>\((\d{4})\))? \|", annex, flags=re.M)
    assert sorted(listed) == [("1", ""), ("2", "2025"), ("3", "")]
    assert "Ngoài ra, 2 lượt nhiệm vụ đến hạn sau ngày 31/12/2025 (2026-2027)" in annex
    assert "2026" not in annex.split("Ngoài ra")[1].split("\n")[1:]


def test_an_extension_in_words_with_its_basis(
    run_cli: RunCli, commune: Path, tmp_path: Path
) -> None:
    words = (
        "gia hạn đến 31/12/2025 theo Công văn số 12/UBND-VP ngày 01/7/2025 (hạn ban đầu 30/09/2025)"
    )
    assert words in report(run_cli, "2025-10-01")
    assert words in report(run_cli, "2025-10-01", "--format", "html")
    result = run_cli(["report", "--as-of", "2025-10-01", "-o", "r.docx"])
    assert result.exit_code == 0, result.output
    assert words in all_text(Document(str(tmp_path / "r.docx")))


def test_due_on_the_closing_day_is_not_overdue_by_zero_days(
    run_cli: RunCli, commune: Path, tmp_path: Path
) -> None:
    # The plan closed on 31/12/2027; 2@2027 was due that very day and never done: unfinished,
    # not "0 days late". 2@2025 and 3 (extended to 31/12/2025) are 730 days late at closing
    # (31/12/2025 -> 31/12/2027), 2@2026 is 365.
    for output_format in ("md", "html"):
        text = report(run_cli, "2028-03-01", "--format", output_format)
        assert "quá hạn 0 ngày" not in text
        assert "đến hạn ngày 31/12/2027, chưa hoàn thành" in text
    overdue = report(run_cli, "2028-03-01").split("### 1. ")[1].split("### 2. ")[0]
    assert re.findall(r"\| (\d+|[^|]*chưa hoàn thành) \|$", overdue, flags=re.M) == [
        "730",
        "730",
        "365",
        "đến hạn ngày 31/12/2027, chưa hoàn thành",
    ]
    result = run_cli(["report", "--as-of", "2028-03-01", "-o", "r.docx"])
    assert result.exit_code == 0, result.output
    cells = [row.cells[-1].text for row in Document(str(tmp_path / "r.docx")).tables[2].rows]
    assert "0" not in cells
    final = report(run_cli, "2028-03-01", "--final")
    assert "trễ 0 ngày" not in final
    assert "đến hạn ngày 31/12/2027, ngày kế hoạch kết thúc, chưa hoàn thành" in final
    assert "trễ 730 ngày khi kế hoạch kết thúc" in final


# ---------------------------------------------------------------------------------------------
# -o FILE never overwrites without --force, for every command that has it


COMMANDS = [
    ["report"],
    ["report", "--final"],
    ["tasks", "--format", "json"],
    ["overdue", "--format", "csv"],
    ["agencies", "--format", "json"],
    ["indicators", "--format", "csv"],
    ["status", "--format", "json"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_output_never_overwrites_without_force(
    run_cli: RunCli, commune: Path, tmp_path: Path, command: list[str]
) -> None:
    name = "out.md" if command[0] == "report" else "out.txt"
    target = tmp_path / name
    target.write_text("bản đã sửa\n", encoding="utf-8")
    result = run_cli([*command, "--as-of", "2025-10-01", "-o", name])
    assert result.exit_code == 2
    assert f"{name} đã có: không ghi đè" in result.stderr
    assert target.read_text(encoding="utf-8") == "bản đã sửa\n"
    result = run_cli([*command, "--as-of", "2025-10-01", "-o", name, "--force"])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") != "bản đã sửa\n"
    missing = run_cli([*command, "--as-of", "2025-10-01", "-o", f"khong-co/con/{name}"])
    assert missing.exit_code == 2
    assert "thư mục khong-co không tồn tại" in missing.stderr
    assert not (tmp_path / "khong-co").exists()
    english = run_cli([*command, "--as-of", "2025-10-01", "-o", name, "--lang", "en"])
    assert english.exit_code == 2 and f"{name} exists: not overwritten" in english.stderr


def test_rollup_output_never_overwrites_without_force(run_cli: RunCli, tmp_path: Path) -> None:
    units = REPO / "examples" / "units"
    target = tmp_path / "tong-hop.json"
    target.write_text("[]\n", encoding="utf-8")
    args = ["rollup", "--data", str(units), "--as-of", "2026-07-31", "--format", "json"]
    result = run_cli([*args, "-o", "tong-hop.json"])
    assert result.exit_code == 2 and "tong-hop.json đã có" in result.stderr
    assert run_cli([*args, "-o", "tong-hop.json", "--force"]).exit_code == 0
    assert target.read_text(encoding="utf-8") != "[]\n"


# ---------------------------------------------------------------------------------------------
# xlsx that prints


@pytest.mark.parametrize("command", ["tasks", "overdue", "agencies", "indicators", "status"])
def test_every_sheet_prints_on_a4_landscape_one_page_wide(
    run_cli: RunCli, tmp_path: Path, command: str
) -> None:
    args = [command, "--data", str(DEMO), "--as-of", "2024-12-15", "--format", "xlsx"]
    result = run_cli([*args, "-o", "out.xlsx"])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and str(setup.paperSize) == "9"  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        # One page wide (1, the default, is not written), any number of pages tall.
        assert setup.fitToWidth in (None, 1) and setup.fitToHeight == 0
        assert sheet.print_title_rows == "$2:$2"  # the header row on every page
        assert sheet["A1"].value == "Kế hoạch số 60/KH-UBND. Tình hình đến ngày 15/12/2024"
        assert sheet.freeze_panes == "A3"
        assert "&P" in sheet.oddFooter.center.text  # page numbers
        # Every header in Vietnamese: none is a JSON field name.
        headers = [cell.value for cell in sheet[2] if cell.value is not None]
        assert headers
        assert not [h for h in headers if re.fullmatch(r"[a-z_.]+", str(h))], headers


def test_rollup_sheets_print_with_their_title(run_cli: RunCli, tmp_path: Path) -> None:
    units = REPO / "examples" / "units"
    for view in ("indicators", "tasks"):
        args = ["rollup", view, "--data", str(units), "--as-of", "2026-07-31", "--format", "xlsx"]
        result = run_cli([*args, "-o", f"{view}.xlsx"])
        assert result.exit_code == 0, result.output
        for sheet in openpyxl.load_workbook(tmp_path / f"{view}.xlsx").worksheets:
            assert str(sheet["A1"].value).endswith(". Tình hình đến ngày 31/07/2026")
            assert sheet.page_setup.orientation == "landscape"
            assert sheet.print_title_rows == "$2:$2"


def test_ratios_and_percentages_are_percent_cells(run_cli: RunCli, tmp_path: Path) -> None:
    args = ["status", "--data", str(DEMO), "--as-of", "2024-12-15", "--format", "xlsx"]
    result = run_cli([*args, "-o", "s.xlsx"])
    assert result.exit_code == 0, result.output
    summary = openpyxl.load_workbook(tmp_path / "s.xlsx")["Tổng hợp"]
    headers = [cell.value for cell in summary[2]]
    assert "closed" not in headers and "Kế hoạch kết thúc" in headers
    elapsed = summary.cell(row=3, column=headers.index("Thời gian đã qua") + 1)
    assert elapsed.number_format == "0.0%" and elapsed.value == pytest.approx(0.7913)
    args = ["indicators", "--data", str(DEMO), "--as-of", "2024-12-15", "--format", "xlsx"]
    result = run_cli([*args, "-o", "i.xlsx"])
    assert result.exit_code == 0, result.output
    sheet = openpyxl.load_workbook(tmp_path / "i.xlsx").active
    headers = [cell.value for cell in sheet[2]]
    row = [cell for cell in sheet[3]]  # cbccvc_dat_chuan: ≥ 100 %, latest 97,6 %
    latest = row[headers.index("Số liệu mới nhất")]
    assert latest.number_format == "0.0%" and latest.value == pytest.approx(0.976)
    assert row[headers.index("Mục tiêu")].value == pytest.approx(1.0)
    assert row[headers.index("Tỷ số tiến độ R")].number_format == "0.0%"


def test_english_sheets(run_cli: RunCli) -> None:
    args = ["status", "--data", str(DEMO), "--as-of", "2024-12-15", "--format", "xlsx"]
    result = run_cli([*args, "--lang", "en"])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(io.BytesIO(result.stdout_bytes))
    sheet = book.worksheets[0]
    assert sheet["A1"].value == "Plan 60/KH-UBND. As of 2024-12-15"
    assert "Plan closed" in [cell.value for cell in sheet[2]]


# ---------------------------------------------------------------------------------------------
# Charts


def one_point(**changes: object) -> ChartSeries:
    values: dict[str, object] = {
        "points": ((date(2026, 6, 30), 99.0),),
        "kind": "at_least",
        "target": 99.0,
        "lo": None,
        "hi": None,
        "start": 2026,
        "by": 2027,
        "projected": None,
        "percent": True,
    }
    values.update(changes)
    return ChartSeries(**values)  # type: ignore[arg-type]


def test_one_point_gets_a_sensible_scale() -> None:
    chart = chart_for(one_point(), "vi", "≥ 99%")
    labels = [tick.label for tick in chart.y_ticks]
    # About 5 % of the value on the axis, in whole steps, never past 100 %: not 99 to 99,1.
    assert labels[-1] == "100" and float(labels[0].replace(",", ".")) <= 96
    assert all("," not in label for label in labels)
    assert chart.top <= chart.points[0].y <= chart.bottom
    counts = chart_for(
        one_point(target=120.0, points=((date(2026, 6, 30), 118.0),), percent=False), "vi", "≥ 120"
    )
    assert counts.y_ticks[0].at >= counts.top  # the axis holds both


def test_the_axis_holds_every_point_the_target_and_the_projection() -> None:
    series = one_point(
        points=((date(2025, 12, 31), 8.0), (date(2026, 12, 31), 9.0)),
        target=10.0,
        projected=14.5,  # far above the points: still on the axis
        percent=False,
        start=2025,
        by=2030,
    )
    chart = chart_for(series, "vi", "≥ 10")
    top_value = float(chart.y_ticks[-1].label.replace(",", "."))
    assert top_value >= 14.5
    assert chart.projection is not None and chart.projection_label is not None
    _, _, x2, y2 = chart.projection
    assert chart.top <= y2 <= chart.bottom and x2 == pytest.approx(chart.right)


def test_labels_clear_of_the_rising_line_and_inside_the_chart() -> None:
    series = one_point(
        points=((date(2022, 6, 30), 88.0), (date(2023, 6, 30), 91.5), (date(2024, 6, 30), 96.3)),
        target=100.0,
        projected=100.0,
        start=2021,
        by=2025,
    )
    chart = chart_for(series, "vi", "= 100%")
    for point in chart.points:
        assert 0 <= point.label_y <= chart.height
        assert point.label_x >= chart.left  # never over the value axis's tick labels
    # The line rises from each point: its label goes below, clear of the line.
    assert chart.points[1].label_y > chart.points[1].y
    label = chart.projection_label
    assert label is not None and label.label_y < label.y  # above the end of the rising line
    assert chart.target_label is not None
    assert all(abs(chart.target_label.at - p.label_y) >= 9 for p in chart.points[:1])


def test_html_charts_are_in_a_phu_luc(run_cli: RunCli) -> None:
    html = run_cli(["report", "--data", str(DEMO), "--as-of", "2024-12-15", "--format", "html"])
    annex = html.stdout.split('<section class="annex">')[-1]
    assert "Biểu đồ các chỉ tiêu định lượng" in annex and annex.count("<svg") == 16
    assert "<svg" not in html.stdout.split('<section class="annex">')[0]
