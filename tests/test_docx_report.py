"""`nhanluc report --format docx` and `report -o FILE`: the progress report as a Word document
(render/report/docx.py over render/report/nd30.py), and the format taken from the file name.

Runs on the illustrative folder examples/demo, read in place, at 15/12/2024 (every status).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as WordDocument
from docx.oxml.ns import qn

from conftest import REPO, RunCli, folder_digest

DEMO = REPO / "examples" / "demo"
LIVELY = "2024-12-15"


def demo_docx(run_cli: RunCli, tmp_path: Path, *args: str) -> WordDocument:
    target = tmp_path / "bao-cao.docx"
    result = run_cli(["report", "--data", str(DEMO), "--as-of", LIVELY, "-o", str(target), *args])
    assert result.exit_code == 0, result.output
    return Document(str(target))


def all_text(word: WordDocument) -> str:
    lines = []
    for block in word.element.body.iter(qn("w:p")):
        lines.append("".join(node.text or "" for node in block.iter(qn("w:t"))))
    return "\n".join(lines)


def test_docx_from_the_output_name(run_cli: RunCli, tmp_path: Path) -> None:
    word = demo_docx(run_cli, tmp_path)
    header = word.tables[0]
    assert header.cell(0, 0).text.startswith("ỦY BAN NHÂN DÂN\nHUYỆN CÀNG LONG")
    assert header.cell(1, 0).text.replace(" ", "") == "Số:/BC-UBND"
    assert header.cell(1, 1).text == "Càng Long, ngày 15 tháng 12 năm 2024"
    body = [p.text for p in word.paragraphs if p.text]
    assert body[0] == "BÁO CÁO"
    assert body[1] == (
        "Tình hình, kết quả thực hiện Kế hoạch số 60/KH-UBND ngày 04/8/2021 "
        "của Ủy ban nhân dân huyện Càng Long"
    )


def test_overdue_and_indicators_not_on_track_come_first(run_cli: RunCli, tmp_path: Path) -> None:
    text = all_text(demo_docx(run_cli, tmp_path))
    order = [
        "I. TÌNH HÌNH CHUNG",
        "II. NỘI DUNG CHẬM TIẾN ĐỘ, CẦN TẬP TRUNG CHỈ ĐẠO",
        "1. Nhiệm vụ quá hạn, chưa hoàn thành",
        "2. Chỉ tiêu chưa đạt tiến độ",
        "III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
        "IV. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO CƠ QUAN CHỦ TRÌ",
        "V. NGUỒN SỐ LIỆU",
        "Trên đây là báo cáo",
        "Nơi nhận:",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)


def test_the_html_and_markdown_reports_have_the_same_sections(
    run_cli: RunCli, tmp_path: Path
) -> None:
    text = all_text(demo_docx(run_cli, tmp_path))
    sections = re.findall(r"^[IVX]+\. .+$", text, flags=re.M)
    assert len(sections) == 5
    base = ["report", "--data", str(DEMO), "--as-of", LIVELY, "--format"]
    html = run_cli([*base, "html"]).stdout
    assert re.findall(r"<h2>(.*?)</h2>", html) == sections
    markdown = run_cli([*base, "md"]).stdout
    assert re.findall(r"^## (.+)$", markdown, flags=re.M) == sections


def test_overdue_table_most_days_late_first(run_cli: RunCli, tmp_path: Path) -> None:
    word = demo_docx(run_cli, tmp_path)
    overdue = word.tables[1]
    assert overdue.rows[0].cells[0].text == "Mã"
    assert [row.cells[-1].text for row in overdue.rows[1:]] == ["990", "899", "350"]
    behind = word.tables[2]
    statuses = [row.cells[-1].text for row in behind.rows[1:]]
    assert statuses[0] == "đi ngược mục tiêu"  # deterioration before limited and moderate progress
    assert "đạt" not in statuses and "chưa có số liệu" not in statuses


def test_every_table_repeats_its_header_row(run_cli: RunCli, tmp_path: Path) -> None:
    word = demo_docx(run_cli, tmp_path)
    for table in word.tables[1:-1]:
        first = table._tbl.tr_lst[0]
        assert first.trPr.find(qn("w:tblHeader")) is not None


def test_no_file_names_or_commands_in_the_printed_text(run_cli: RunCli, tmp_path: Path) -> None:
    word = demo_docx(run_cli, tmp_path)
    text = all_text(word) + "".join(s.header.paragraphs[0].text for s in word.sections)
    assert ".yaml" not in text
    assert "nhanluc" not in text
    assert "progress/" not in text
    assert "`" not in text
    # The sources are the reports' own references instead.
    assert "Cơ quan Tổ chức - Nội vụ (minh hoạ)" in text


def test_signer_from_the_plan_with_the_name_left_blank(run_cli: RunCli, tmp_path: Path) -> None:
    closing = demo_docx(run_cli, tmp_path).tables[-1]
    signer = [p.text for p in closing.cell(0, 1).paragraphs]
    assert signer[:3] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert "Nguyễn Văn Triều" not in signer  # the plan's signer need not sign the report
    recipients = [p.text for p in closing.cell(0, 0).paragraphs]
    assert recipients[0] == "Nơi nhận:"
    assert recipients[-1] == "- Lưu: VT, NC."


def test_english(run_cli: RunCli, tmp_path: Path) -> None:
    word = demo_docx(run_cli, tmp_path, "--lang", "en")
    text = all_text(word)
    assert "REPORT" in text
    assert "II. WHAT IS BEHIND AND NEEDS ATTENTION" in text
    assert "Càng Long, 15 December 2024" in text


def test_docx_to_stdout_when_piped(run_cli: RunCli) -> None:
    result = run_cli(["report", "--data", str(DEMO), "--as-of", LIVELY, "--format", "docx"])
    assert result.exit_code == 0
    word = Document(io.BytesIO(result.stdout_bytes))
    assert "BÁO CÁO" in all_text(word)


@pytest.mark.parametrize("name", ["bao-cao.txt", "bao-cao", "bao-cao.pdf", "bao-cao.doc"])
def test_other_extensions_are_a_usage_error(run_cli: RunCli, tmp_path: Path, name: str) -> None:
    before = folder_digest(tmp_path)
    result = run_cli(["report", "--data", str(DEMO), "--as-of", LIVELY, "-o", name])
    assert result.exit_code == 2
    assert ".md, .html hoặc .docx" in result.stderr
    assert folder_digest(tmp_path) == before


def test_format_contradicting_the_name_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    args = ["report", "--data", str(DEMO), "--as-of", LIVELY, "-o", "r.md", "--format", "docx"]
    result = run_cli(args)
    assert result.exit_code == 2
    assert "--format docx" in result.stderr
    assert not (tmp_path / "r.md").exists()


@pytest.mark.parametrize(("name", "start"), [("r.md", b"**"), ("r.HTML", b"<!"), ("r.htm", b"<!")])
def test_text_formats_from_the_name(
    run_cli: RunCli, tmp_path: Path, name: str, start: bytes
) -> None:
    result = run_cli(["report", "--data", str(DEMO), "--as-of", LIVELY, "-o", name])
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_bytes().lstrip(b"\xef\xbb\xbf").startswith(start)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not on PATH")
def test_libreoffice_opens_the_demo_report(run_cli: RunCli, tmp_path: Path) -> None:
    demo_docx(run_cli, tmp_path)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "bao-cao.docx"),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    pdf = (tmp_path / "bao-cao.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    # 19 indicators, 37 task occurrences and the figures of eight reports: about a dozen pages.
    assert 6 <= pages <= 20, pages
