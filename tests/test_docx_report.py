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
from docx.table import Table

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


SECTIONS = [
    "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN",
    "II. KẾT QUẢ THỰC HIỆN CHỈ TIÊU",
    "III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
    "IV. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
    "V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
    "VI. KIẾN NGHỊ, ĐỀ XUẤT",
]


def closing_table(word: WordDocument) -> Table:
    """The borderless table of "Nơi nhận" and the signature block."""
    return next(t for t in word.tables if t.cell(0, 0).text.startswith(("Nơi nhận", "Recipients")))


def test_the_sections_of_a_bao_cao_then_the_phu_luc(run_cli: RunCli, tmp_path: Path) -> None:
    word = demo_docx(run_cli, tmp_path)
    text = all_text(word)
    order = [
        *SECTIONS[:3],
        "1. Nhiệm vụ quá hạn, chưa hoàn thành",
        "2. Tình hình thực hiện theo cơ quan chủ trì",
        *SECTIONS[3:],
        "Trên đây là báo cáo",
        "Nơi nhận:",
        "PHỤ LỤC I",
        "PHỤ LỤC II",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert text.count("[Nội dung do cơ quan báo cáo viết]") == 6
    # Each phụ lục starts a page.
    breaks = [
        p.text
        for p in word.paragraphs
        if any(b.get(qn("w:type")) == "page" for b in p._p.iter(qn("w:br")))
    ]
    assert breaks == ["PHỤ LỤC I", "PHỤ LỤC II"]


def test_the_html_and_markdown_reports_have_the_same_sections(
    run_cli: RunCli, tmp_path: Path
) -> None:
    text = all_text(demo_docx(run_cli, tmp_path))
    sections = re.findall(r"^[IVX]+\. .+$", text, flags=re.M)
    assert sections == SECTIONS
    base = ["report", "--data", str(DEMO), "--as-of", LIVELY, "--format"]
    html = run_cli([*base, "html"]).stdout
    assert re.findall(r"<h2>(.*?)</h2>", html) == sections
    markdown = run_cli([*base, "md"]).stdout
    assert re.findall(r"^## ([IVX]+\. .+)$", markdown, flags=re.M) == sections


def test_overdue_table_most_days_late_first(run_cli: RunCli, tmp_path: Path) -> None:
    word = demo_docx(run_cli, tmp_path)
    indicators, overdue = word.tables[1], word.tables[2]
    assert indicators.rows[0].cells[-1].text == "Đánh giá"
    assert overdue.rows[0].cells[0].text == "Mã"
    assert [row.cells[-1].text for row in overdue.rows[1:]] == ["990", "899", "350"]


def test_every_table_repeats_its_header_row(run_cli: RunCli, tmp_path: Path) -> None:
    word = demo_docx(run_cli, tmp_path)
    closing = closing_table(word)
    data = [t for t in word.tables[1:] if t._tbl is not closing._tbl]
    assert len(data) > 8
    for table in data:
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
    closing = closing_table(demo_docx(run_cli, tmp_path))
    signer = [p.text for p in closing.cell(0, 1).paragraphs]
    assert signer[:3] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert "Nguyễn Văn Triều" not in signer  # the plan's signer need not sign the report
    recipients = [p.text for p in closing.cell(0, 0).paragraphs]
    assert recipients[0] == "Nơi nhận:"
    assert recipients[-1] == "- Lưu: VT, NC."


def test_kinh_gui_and_nhu_tren_with_to(run_cli: RunCli, tmp_path: Path) -> None:
    word = demo_docx(run_cli, tmp_path, "--to", "Ủy ban nhân dân tỉnh Trà Vinh")
    body = [p.text for p in word.paragraphs if p.text]
    assert body[2] == "Kính gửi: Ủy ban nhân dân tỉnh Trà Vinh"  # under the trích yếu
    recipients = [p.text for p in closing_table(word).cell(0, 0).paragraphs]
    assert recipients[:2] == ["Nơi nhận:", "- Như trên;"]


def test_after_the_issuer_ceased_the_masthead_holds_blanks(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "sau.docx"
    args = ["report", "--data", str(DEMO), "--as-of", "2026-12-07", "-o", str(target)]
    result = run_cli(args)
    assert result.exit_code == 0, result.output
    assert "không còn tồn tại từ sau ngày 30/06/2025" in result.stderr
    assert "--issuer" in result.stderr and "ended.reporter" in result.stderr
    word = Document(str(target))
    header = word.tables[0]
    assert header.cell(0, 0).text.startswith("[CƠ QUAN BÁO CÁO]")
    assert header.cell(1, 1).text == "[ĐỊA DANH], ngày 07 tháng 12 năm 2026"
    text = all_text(word)
    assert "HUYỆN CÀNG LONG" not in header.cell(0, 0).text
    signer = [p.text for p in closing_table(word).cell(0, 1).paragraphs]
    assert signer[:2] == ["TM. [CƠ QUAN BÁO CÁO]", "[CHỨC VỤ NGƯỜI KÝ]"]
    recipients = [p.text for p in closing_table(word).cell(0, 0).paragraphs]
    assert recipients == ["Nơi nhận:", "- Lưu: VT."]  # not the district's bodies
    # The body still says which plan and why it ended.
    assert "Ủy ban nhân dân huyện Càng Long" in text
    # With --issuer and --place, the new body issues it.
    target.unlink()
    named = [*args, "--issuer", "Ủy ban nhân dân xã An Trường", "--place", "An Trường"]
    result = run_cli(named)
    assert result.exit_code == 0, result.output
    assert "không còn tồn tại" not in result.stderr
    header = Document(str(target)).tables[0]
    assert header.cell(0, 0).text.startswith("ỦY BAN NHÂN DÂN\nXÃ AN TRƯỜNG")
    assert header.cell(1, 0).text.replace(" ", "") == "Số:/BC-UBND"
    assert header.cell(1, 1).text == "An Trường, ngày 07 tháng 12 năm 2026"


def test_english(run_cli: RunCli, tmp_path: Path) -> None:
    word = demo_docx(run_cli, tmp_path, "--lang", "en")
    text = all_text(word)
    assert "REPORT" in text
    assert "II. RESULTS AGAINST THE INDICATORS" in text
    assert "APPENDIX I" in text
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


@pytest.mark.slow
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
