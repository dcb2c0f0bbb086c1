"""render/report/nd30.py: the NĐ 30/2020/NĐ-CP form, read back with python-docx.

The structure tests always run; one test converts the document with LibreOffice when `soffice`
is on PATH, to see that it opens and lays out on a sane number of pages.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.shared import Mm

from nhanluc_cli.render.report.nd30 import (
    OfficialDocument,
    Paragraph,
    Section,
    Signer,
    Table,
    date_line,
    document_bytes,
    roman,
    write_document,
)


def sample(**changes: object) -> OfficialDocument:
    rows = tuple((str(n), f"Nhiệm vụ số {n}", "31/12/2024") for n in range(1, 61))
    fields: dict[str, object] = dict(
        issuer="Ủy ban nhân dân\nhuyện Càng Long",
        number_label="Số:      /BC-UBND",
        place="Càng Long",
        day=date(2026, 1, 15),
        subject="Tình hình thực hiện Kế hoạch số 60/KH-UBND",
        opening=(Paragraph("Thực hiện Kế hoạch số 60/KH-UBND, báo cáo như sau:"),),
        sections=(
            Section("Tình hình chung", (Paragraph("Giai đoạn đã qua 79% thời gian."),)),
            Section(
                "Kết quả",
                parts=(
                    Section(
                        "Nhiệm vụ",
                        (
                            Paragraph("Các lượt nhiệm vụ:"),
                            Table(
                                headers=("Mã", "Nhiệm vụ", "Hạn"),
                                rows=(("Nhóm a)",), *rows),
                                widths=(1, 4, 2),
                                align=("center", "left", "center"),
                                emphasised=frozenset({2}),
                                spanning=frozenset({0}),
                            ),
                        ),
                    ),
                ),
            ),
        ),
        closing=(Paragraph("Trên đây là báo cáo./."),),
        recipients=("TT HU, TT HĐND huyện (b/c)", "Lưu: VT, NC"),
        signer=Signer("Phó Chủ tịch", ("TM. Ủy ban nhân dân", "KT. Chủ tịch")),
    )
    fields.update(changes)
    return OfficialDocument(**fields)  # type: ignore[arg-type]


def read(document: OfficialDocument) -> WordDocument:
    return Document(io.BytesIO(document_bytes(document)))


def all_text(word: WordDocument) -> str:
    """Every paragraph of the body and of its tables, in order, one per line."""
    lines = []
    for block in word.element.body.iter(qn("w:p")):
        lines.append("".join(node.text or "" for node in block.iter(qn("w:t"))))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Pure helpers


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 1, 15), "Càng Long, ngày 15 tháng 01 năm 2026"),
        (date(2021, 8, 4), "Càng Long, ngày 04 tháng 8 năm 2021"),
        (date(2024, 2, 9), "Càng Long, ngày 09 tháng 02 năm 2024"),
        (date(2024, 12, 31), "Càng Long, ngày 31 tháng 12 năm 2024"),
        (date(2024, 3, 1), "Càng Long, ngày 01 tháng 3 năm 2024"),
    ],
)
def test_date_line_follows_decree_30(day: date, expected: str) -> None:
    assert date_line("Càng Long", day, "vi") == expected


def test_date_line_without_a_day_leaves_blanks_for_the_clerk() -> None:
    line = date_line("Càng Long", None, "vi", 2026)
    assert line.startswith("Càng Long, ngày ")
    assert line.endswith("năm 2026")
    assert "tháng" in line


def test_date_line_in_english() -> None:
    assert date_line("Càng Long", date(2026, 1, 15), "en") == "Càng Long, 15 January 2026"


def test_roman_numerals() -> None:
    assert [roman(n) for n in (1, 2, 3, 4, 5, 9, 10, 14)] == [
        "I",
        "II",
        "III",
        "IV",
        "V",
        "IX",
        "X",
        "XIV",
    ]


# ---------------------------------------------------------------------------------------------
# The page


def test_page_is_a4_with_decree_margins() -> None:
    section = read(sample()).sections[0]
    # Word keeps sizes in twentieths of a point: A4 is 11906 x 16838, within a hair of 210 x 297.
    assert abs(section.page_width - Mm(210)) < Mm(0.1)
    assert abs(section.page_height - Mm(297)) < Mm(0.1)
    assert Mm(20) <= section.top_margin <= Mm(25)
    assert Mm(20) <= section.bottom_margin <= Mm(25)
    assert Mm(30) <= section.left_margin <= Mm(35)
    assert Mm(15) <= section.right_margin <= Mm(20)


def test_font_is_times_new_roman_13_to_14_for_every_script() -> None:
    word = read(sample())
    normal = word.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size is not None and 13 <= normal.font.size.pt <= 14
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        assert fonts.get(qn(script)) == "Times New Roman"
    assert fonts.get(qn("w:asciiTheme")) is None
    for level in (1, 2):
        assert word.styles[f"Heading {level}"].font.name == "Times New Roman"


def test_header_table_names_the_issuer_and_the_nation() -> None:
    word = read(sample())
    header = word.tables[0]
    issuer = header.cell(0, 0).text
    nation = header.cell(0, 1).text
    assert "ỦY BAN NHÂN DÂN\nHUYỆN CÀNG LONG" in issuer
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in nation
    assert "Độc lập - Tự do - Hạnh phúc" in nation
    assert header.cell(1, 0).text == "Số:      /BC-UBND"
    assert header.cell(1, 1).text == "Càng Long, ngày 15 tháng 01 năm 2026"
    date_runs = header.cell(1, 1).paragraphs[0].runs
    assert date_runs and all(run.italic for run in date_runs)
    issuer_runs = [r for p in header.cell(0, 0).paragraphs for r in p.runs if r.text]
    assert issuer_runs and all(run.bold for run in issuer_runs)
    # Borderless, and a line under the issuer and under the motto.
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert all(edge.get(qn("w:val")) == "nil" for edge in borders)
    for cell in (header.cell(0, 0), header.cell(0, 1)):
        assert cell._tc.find(f".//{qn('w:pBdr')}/{qn('w:bottom')}") is not None


def test_parent_body_above_the_issuer_not_bold() -> None:
    word = read(sample(issuer_parent="Ủy ban nhân dân huyện Càng Long", issuer="Phòng Nội vụ"))
    paragraphs = word.tables[0].cell(0, 0).paragraphs
    assert paragraphs[0].text == "ỦY BAN NHÂN DÂN HUYỆN CÀNG LONG"
    assert not any(run.bold for run in paragraphs[0].runs)
    assert paragraphs[1].text == "PHÒNG NỘI VỤ"
    assert all(run.bold for run in paragraphs[1].runs)


def test_kind_and_subject_bold_and_centred() -> None:
    word = read(sample())
    body = [p for p in word.paragraphs if p.text]
    kind, subject = body[0], body[1]
    assert kind.text == "BÁO CÁO"
    assert subject.text == "Tình hình thực hiện Kế hoạch số 60/KH-UBND"
    for paragraph in (kind, subject):
        assert paragraph.alignment == 1  # centre
        assert all(run.bold for run in paragraph.runs)


def test_sections_are_numbered_headings() -> None:
    word = read(sample())
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Head")]
    assert headings == [
        ("Heading 1", "I. TÌNH HÌNH CHUNG"),
        ("Heading 1", "II. KẾT QUẢ"),
        ("Heading 2", "1. Nhiệm vụ"),
    ]


def test_tables_repeat_their_header_row_and_rows_do_not_split() -> None:
    word = read(sample())
    table = word.tables[1]
    rows = table._tbl.tr_lst
    assert rows[0].trPr.find(qn("w:tblHeader")) is not None
    assert all(row.trPr.find(qn("w:cantSplit")) is not None for row in rows)
    assert all(row.trPr.find(qn("w:tblHeader")) is None for row in rows[1:])
    assert [c.text for c in table.rows[0].cells] == ["Mã", "Nhiệm vụ", "Hạn"]
    assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"


def test_table_emphasis_and_spanning_rows() -> None:
    table = read(sample()).tables[1]
    group = table.rows[1]
    assert len({id(cell._tc) for cell in group.cells}) == 1  # one cell across
    assert group.cells[0].text == "Nhóm a)"
    emphasised = table.rows[3]  # row index 2 of the data
    assert all(run.bold for cell in emphasised.cells for p in cell.paragraphs for run in p.runs)
    plain = table.rows[4]
    assert not any(run.bold for cell in plain.cells for p in cell.paragraphs for run in p.runs)


def test_line_breaks_in_cells_are_breaks_not_new_rows() -> None:
    document = sample(sections=(Section("A", (Table(("Hạn",), (("31/12/2024\n(Hàng năm)",),)),)),))
    cell = read(document).tables[1].cell(1, 0)
    assert cell._tc.find(f".//{qn('w:br')}") is not None
    assert cell.text == "31/12/2024\n(Hàng năm)"


def test_page_number_field_in_the_header_from_page_two() -> None:
    word = read(sample())
    section = word.sections[0]
    assert section.different_first_page_header_footer
    header_xml = section.header._element
    instructions = [node.text for node in header_xml.iter(qn("w:instrText"))]
    assert any(text.strip() == "PAGE" for text in instructions)
    assert section.header.paragraphs[0].alignment == 1  # centred
    first = section.first_page_header._element
    assert not list(first.iter(qn("w:instrText")))


def test_recipients_and_signer_block() -> None:
    word = read(sample())
    closing = word.tables[-1]
    recipients = closing.cell(0, 0).paragraphs
    assert recipients[0].text == "Nơi nhận:"
    assert all(run.bold and run.italic for run in recipients[0].runs)
    assert recipients[0].runs[0].font.size.pt == 12
    assert [p.text for p in recipients[1:]] == ["- TT HU, TT HĐND huyện (b/c);", "- Lưu: VT, NC."]
    assert all(run.font.size.pt == 11 for p in recipients[1:] for run in p.runs)
    signer = [p.text for p in closing.cell(0, 1).paragraphs]
    assert signer[:3] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert signer[-1] == ""  # the name is the signer's to write
    assert len(signer) >= 7  # room for the signature
    assert closing.cell(0, 1).paragraphs[0].runs[0].bold


def test_text_is_nfc_whatever_comes_in() -> None:
    decomposed = unicodedata.normalize("NFD", "Tình hình thực hiện")
    word = read(sample(subject=decomposed))
    text = all_text(word)
    assert "Tình hình thực hiện" in text
    assert text == unicodedata.normalize("NFC", text)


def test_opening_sections_closing_in_order() -> None:
    text = all_text(read(sample()))
    order = [
        "BÁO CÁO",
        "Thực hiện Kế hoạch số 60/KH-UBND",
        "I. TÌNH HÌNH CHUNG",
        "II. KẾT QUẢ",
        "Nhiệm vụ số 60",
        "Trên đây là báo cáo./.",
        "Nơi nhận:",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)


def test_write_document_replaces_atomically(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.docx"
    target.write_text("old")
    write_document(target, sample())
    assert target.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.docx"]


def test_english_labels() -> None:
    word = read(sample(lang="en", recipients=("Archive",)))
    assert "SOCIALIST REPUBLIC OF VIET NAM" in word.tables[0].cell(0, 1).text
    assert word.tables[-1].cell(0, 0).paragraphs[0].text == "Recipients:"
    assert word.tables[0].cell(1, 1).text == "Càng Long, 15 January 2026"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not on PATH")
def test_libreoffice_lays_it_out_on_a_sane_number_of_pages(tmp_path: Path) -> None:
    source = tmp_path / "sample.docx"
    write_document(source, sample())
    profile = tmp_path / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    pdf = (tmp_path / "sample.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    # 60 one-line rows, the header, the signature: two or three pages, never one or twenty.
    assert 2 <= pages <= 4, pages


# The order ECMA-376 (WordprocessingML) gives the children of the property elements the writer
# touches. LibreOffice reads any order; Word calls such a file corrupt.
SCHEMA_ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
    "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
    "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW "
    "jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption "
    "tblDescription tblPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect "
    "bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection "
    "tcFitText vAlign hideMark",
}


def test_properties_follow_the_schema_order_word_requires() -> None:
    word = read(sample())
    section = word.sections[0]
    parts = [word.element, word.styles.element, section.header._element]
    problems = []
    for part in parts:
        for parent_name, order in SCHEMA_ORDER.items():
            rank = {name: n for n, name in enumerate(order.split())}
            for element in part.iter(qn(f"w:{parent_name}")):
                names = [child.tag.rsplit("}", 1)[1] for child in element]
                positions = [rank.get(name, -1) for name in names]
                if (
                    -1 in positions
                    or positions != sorted(positions)
                    or len(set(names)) < len(names)
                ):
                    problems.append((parent_name, names))
    assert problems == []
