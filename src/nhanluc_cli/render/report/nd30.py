"""Word documents in the form Nghị định 30/2020/NĐ-CP prescribes for administrative documents.

The input is `OfficialDocument`, a small plain structure that knows nothing of plans or
reports: who issues it, its number and date, its kind ("BÁO CÁO") and trích yếu, numbered
sections of paragraphs and tables, "Nơi nhận" and the signature block. Any report fits it: the
progress report today (`render/report/docx.py` maps the report's view model into it), the
end-of-period report (báo cáo tổng kết) later.

What the decree asks (Phụ lục I), and how it is done here:
- A4, margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman, black; body text
  14 pt, justified, first line indented 1 cm, 6 pt between paragraphs.
- At the top, a borderless table of two columns: left the issuing body (its parent body upper
  case, the body itself upper case and bold, a short line under it) and its "Số: …/BC-…";
  right the national name (bold, upper case), the motto (bold) with a line under it as long as
  the motto, and the place and date in italics.
- The kind of document in bold capitals, centred, and the trích yếu in bold under it, with a
  short line.
- Sections numbered I, II, III and their parts 1, 2, 3 (Word heading styles, so that the
  navigation pane lists them); tables whose header row repeats on every page and whose rows
  never break across pages.
- Page numbers centred in the top margin, from the second page on.
- At the end, "Nơi nhận:" (bold italic, 12 pt) and its entries (11 pt) on the left, and on the
  right the signature block: the authority ("TM.", "KT.") and position in bold capitals, room
  for the signature, and the name (blank: the signer writes it).

Every text passes through NFC. python-docx is imported inside `document_bytes` only.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.vietnamese import document_date

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
    from docx.shared import Length
    from docx.table import Table as WordTable
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph as WordParagraph

__all__ = [
    "Align",
    "Block",
    "Figure",
    "OfficialDocument",
    "Paragraph",
    "Section",
    "Signer",
    "Table",
    "date_line",
    "document_bytes",
    "recipient_lines",
    "roman",
    "write_document",
]

Align = Literal["left", "center", "right"]

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 12
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
MARGIN_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_MM["left"] - MARGIN_MM["right"]  # 165
HEADER_COLUMNS_MM = (62, 103)  # issuing body | national name: the right one holds 34 capitals
CLOSING_COLUMNS_MM = (78, 87)  # Nơi nhận | signature
CELL_MARGIN_MM = 1.2
TWIPS_PER_MM = 1440 / 25.4

# What follows an element we add, in the order of the WordprocessingML schema (ECMA-376 §17):
# Word, unlike LibreOffice, rejects a file whose elements are out of that order.
_AFTER_PBDR = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
_AFTER_TBLCELLMAR = ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
_AFTER_TBLBORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", *_AFTER_TBLCELLMAR)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Body text: justified, first line indented (unless `indent` is False)."""

    text: str
    bold: bool = False
    italic: bool = False
    indent: bool = True


@dataclass(frozen=True, slots=True)
class Table:
    """A table of text. "\\n" in a cell starts a new line within it.

    `widths` are relative (any unit; the table fills the text width), `align` is per column;
    rows whose index is in `emphasised` are bold; a row in `spanning` is one cell across the
    table holding its first cell's text in bold italics (a group title).
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    align: tuple[Align, ...] = ()
    emphasised: frozenset[int] = frozenset()
    spanning: frozenset[int] = frozenset()
    font_pt: float = TABLE_PT
    # For the HTML page only (Word ignores them): per row, an anchor id and the contract's
    # status word, which colours the cell of column `status_column` (a chip with its word).
    row_ids: tuple[str, ...] = ()
    row_status: tuple[str, ...] = ()
    status_column: int = -1


@dataclass(frozen=True, slots=True)
class Figure:
    """A chart drawn as inline SVG (`svg`, markup the HTML page places as it is) under a
    caption; Word and Markdown leave it out (the HTML report carries the charts)."""

    caption: str
    svg: str
    id: str = ""  # an anchor for the HTML page


Block: TypeAlias = Paragraph | Table | Figure


@dataclass(frozen=True, slots=True)
class Section:
    """A numbered heading and what follows it; `parts` are numbered 1, 2, 3 under it."""

    heading: str
    blocks: tuple[Block, ...] = ()
    parts: tuple[Section, ...] = ()


@dataclass(frozen=True, slots=True)
class Signer:
    """The signature block: `authority` lines first ("TM. Ủy ban nhân dân", "KT. Chủ tịch"),
    then the position ("Phó Chủ tịch"), room to sign, and the name (blank: the signer's)."""

    position: str
    authority: tuple[str, ...] = ()
    name: str = ""


def occurrence_cell(task: str, year: str) -> str:
    """A task occurrence in a table's first column: "16", or "1" over "(2022)"."""
    return f"{task}\n({year})" if year else task


def signature_block(authority: tuple[str, ...], position: str) -> Signer | None:
    """The signature block of a plan's signer, the name left for whoever signs; None when the
    plan names no authority nor position (the document then ends with "Nơi nhận")."""
    if not (authority or position):
        return None
    return Signer(position=position, authority=authority, name="")


@dataclass(frozen=True, slots=True)
class OfficialDocument:
    """What an administrative document says, in the order NĐ 30 places it.

    `issuer` may hold "\\n" where its name breaks ("Ủy ban nhân dân\\nhuyện Càng Long");
    `number_label` is written as given ("Số:      /BC-UBND": the number is the clerk's);
    `day` None leaves the day and month blank for the clerk ("ngày     tháng     năm 2026",
    with the year of `year`).
    """

    issuer: str
    number_label: str
    place: str
    day: date | None
    subject: str
    sections: tuple[Section, ...]
    issuer_parent: str = ""
    kind: str = "BÁO CÁO"
    opening: tuple[Paragraph, ...] = ()
    closing: tuple[Paragraph, ...] = ()
    recipients: tuple[str, ...] = ()
    signer: Signer | None = None
    lang: Lang = "vi"
    year: int | None = None
    author: str = field(default="")
    to: str = ""  # "Kính gửi: …" under the trích yếu when given
    annexes: tuple[Section, ...] = ()  # phụ lục after the signature, each on a new page


# ---------------------------------------------------------------------------------------------
# Pure helpers (no python-docx)


def roman(number: int) -> str:
    """1 -> "I", 4 -> "IV", 14 -> "XIV": how sections are numbered."""
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    text = ""
    for value, letters in numerals:
        while number >= value:
            text += letters
            number -= value
    return text


def date_line(place: str, day: date | None, lang: Lang, year: int | None = None) -> str:
    """ "Càng Long, ngày 15 tháng 01 năm 2026" (NĐ 30: days below 10 and months 1-2 with a
    leading zero); without a day, blanks for the clerk to fill in."""
    if day is not None:
        when = document_date(day, lang)
    else:
        when = word("document.date_blank", lang, year=year if year is not None else "")
        when = when.rstrip()
    return f"{place}, {when}" if place else when


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def recipient_lines(recipients: Sequence[str]) -> list[str]:
    """ "- Entry;" for each, the last with a full stop, as NĐ 30 lists them."""
    entries = [r.strip().rstrip(";.").strip() for r in recipients if r.strip()]
    return [f"- {entry}{'.' if n == len(entries) - 1 else ';'}" for n, entry in enumerate(entries)]


def _mm_widths(relative: Sequence[float], columns: int, total_mm: float) -> list[float]:
    weights = list(relative) if len(relative) == columns else [1.0] * columns
    whole = sum(weights) or 1.0
    return [total_mm * w / whole for w in weights]


# ---------------------------------------------------------------------------------------------
# Writing


def document_bytes(document: OfficialDocument) -> bytes:
    """The .docx file of `document`, in memory."""
    import io

    from docx import Document

    word_document = Document()
    _set_up_page(word_document)
    _set_up_styles(word_document, document.lang)
    _page_numbers(word_document)
    _header(word_document, document)
    _title(word_document, document)
    if document.to:
        _addressee(word_document, document)
    for paragraph in document.opening:
        _body_paragraph(word_document, paragraph)
    for number, section in enumerate(document.sections, start=1):
        _section(word_document, section, f"{roman(number)}. ", level=1)
    for paragraph in document.closing:
        # The last words stay on the page of the signature.
        _body_paragraph(word_document, paragraph).paragraph_format.keep_with_next = True
    _closing_block(word_document, document)
    for number, annex in enumerate(document.annexes, start=1):
        _annex(word_document, annex, number, document.lang)
    properties = word_document.core_properties
    properties.title = _nfc(f"{document.kind} {document.subject}")[:250]
    properties.author = _nfc(document.author or document.issuer.replace("\n", " "))
    properties.last_modified_by = properties.author
    properties.language = "vi-VN" if document.lang == "vi" else "en-GB"
    properties.comments = ""
    buffer = io.BytesIO()
    word_document.save(buffer)
    return buffer.getvalue()


def write_document(target: Path, document: OfficialDocument) -> None:
    """Write the .docx as `target` whole or not at all (files.write_whole). Raises OSError."""
    from nhanluc_cli.files import write_whole

    write_whole(target, document_bytes(document), replace=True)


def _set_up_page(word_document: WordDocument) -> None:
    from docx.shared import Mm, Twips

    section = word_document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    # Word stores margins in twips: round up, so that 15 mm never becomes 14.99 mm.
    section.top_margin = Twips(math.ceil(MARGIN_MM["top"] * TWIPS_PER_MM))
    section.bottom_margin = Twips(math.ceil(MARGIN_MM["bottom"] * TWIPS_PER_MM))
    section.left_margin = Twips(math.ceil(MARGIN_MM["left"] * TWIPS_PER_MM))
    section.right_margin = Twips(math.ceil(MARGIN_MM["right"] * TWIPS_PER_MM))
    section.header_distance, section.footer_distance = Mm(10), Mm(10)
    section.different_first_page_header_footer = True  # no number on the first page


def _set_fonts(r_pr: Any, lang: Lang) -> None:
    """Times New Roman for every script, theme fonts removed (they would win over it), and the
    proofing language, on run properties (<w:rPr>) of a style or of the document defaults."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)
    language = r_pr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        r_pr.append(language)
    language.set(qn("w:val"), "vi-VN" if lang == "vi" else "en-GB")


def _set_up_styles(word_document: WordDocument, lang: Lang) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    styles = word_document.styles
    run_defaults = styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if run_defaults is not None:
        _set_fonts(run_defaults, lang)
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    _set_fonts(normal.element.get_or_add_rPr(), lang)
    body = normal.paragraph_format
    body.space_before, body.space_after = Pt(0), Pt(6)
    body.line_spacing = 1.1
    for level in (1, 2):
        heading = styles[f"Heading {level}"]
        heading.font.name = FONT
        heading.font.size = Pt(BODY_PT)
        heading.font.bold = True
        heading.font.italic = False
        heading.font.color.rgb = RGBColor(0, 0, 0)
        _set_fonts(heading.element.get_or_add_rPr(), lang)
        layout = heading.paragraph_format
        layout.space_before, layout.space_after = Pt(6), Pt(6)
        layout.line_spacing = 1.1
        layout.keep_with_next = True
        layout.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        layout.first_line_indent = Cm(1)
        layout.left_indent = Cm(0)


def _run(
    paragraph: WordParagraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
) -> None:
    """`text` as runs of `paragraph`; "\n" breaks the line within the paragraph."""
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    lines = _nfc(text).split("\n")
    for number, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold = bold or None
        run.italic = italic or None
        if size is not None:
            run.font.size = Pt(size)
        if number < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)


def _tight(paragraph: WordParagraph, align: Align = "center") -> None:
    """A paragraph of the header or a table: no indent, no spacing, single lines."""
    from docx.shared import Pt

    layout = paragraph.paragraph_format
    layout.space_before, layout.space_after = Pt(0), Pt(0)
    layout.line_spacing = 1.0
    layout.first_line_indent = Pt(0)
    paragraph.alignment = _alignment(align)


def _alignment(align: Align) -> WD_PARAGRAPH_ALIGNMENT:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    return {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }[align]


def _rule(cell: _Cell, width_mm: float, column_mm: float) -> None:
    """A short solid line centred in `cell`: an empty paragraph with a bottom border whose
    indents leave `width_mm` of it."""
    from docx.shared import Mm, Pt

    paragraph = cell.add_paragraph()
    _tight(paragraph)
    side = max((column_mm - width_mm) / 2, 0)
    paragraph.paragraph_format.left_indent = Mm(side)
    paragraph.paragraph_format.right_indent = Mm(side)
    paragraph.paragraph_format.line_spacing = Pt(4)
    _bottom_border(paragraph)


def _text_width_mm(text: str, size_pt: float, bold: bool) -> float:
    """About how wide Times New Roman sets `text`: enough to size a line under it."""
    em = 0.0
    for character in _nfc(text):
        if character == " ":
            em += 0.25
        elif character.isupper():
            em += 0.72 if bold else 0.68
        elif character in "-.,:;!'()/":
            em += 0.3
        else:
            em += 0.5 if bold else 0.46
    return em * size_pt * 25.4 / 72


def _borderless(table: WordTable) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.insert_element_before(borders, *_AFTER_TBLBORDERS)


def _cell_margins(table: WordTable, side_mm: float) -> None:
    """Narrower side margins than Word's 1.9 mm (more of a narrow column is text), and a little
    air above and below the text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for edge in ("top", "left", "bottom", "right"):
        element = OxmlElement(f"w:{edge}")
        size = side_mm if edge in ("left", "right") else side_mm / 3
        element.set(qn("w:w"), str(round(size * 1440 / 25.4)))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    table._tbl.tblPr.insert_element_before(margins, *_AFTER_TBLCELLMAR)


def _fixed_widths(table: WordTable, widths_mm: Sequence[float]) -> None:
    """Fixed layout and every column's width, in the grid and in each cell (Word reads the
    cells, LibreOffice the grid)."""
    from docx.shared import Mm

    table.autofit = False  # <w:tblLayout w:type="fixed"/>, in its place
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)


def _header(word_document: WordDocument, document: OfficialDocument) -> None:
    left_mm, right_mm = HEADER_COLUMNS_MM
    table = word_document.add_table(rows=2, cols=2)
    _borderless(table)
    _fixed_widths(table, HEADER_COLUMNS_MM)
    issuer, nation = table.cell(0, 0), table.cell(0, 1)
    # Left: the parent body (upper case), the issuing body (upper case, bold), a short line.
    first = issuer.paragraphs[0]
    _tight(first)
    if document.issuer_parent:
        _run(first, document.issuer_parent.upper(), size=13)
        first = issuer.add_paragraph()
        _tight(first)
    issuer_name = _nfc(document.issuer).upper()
    _run(first, issuer_name, bold=True, size=13)
    longest = max(_text_width_mm(line, 13, True) for line in issuer_name.split("\n"))
    _rule(issuer, min(max(longest / 2.5, 15), left_mm - 6), left_mm)
    # Right: the national name and the motto (bold), a line as long as the motto.
    country = nation.paragraphs[0]
    _tight(country)
    _run(country, word("document.country", document.lang), bold=True, size=12)
    motto_text = word("document.motto", document.lang)
    motto = nation.add_paragraph()
    _tight(motto)
    _run(motto, motto_text, bold=True, size=13)
    _rule(nation, _text_width_mm(motto_text, 13, True), right_mm)
    # Second row: the number under the issuer, the place and date (italic) under the motto.
    number = table.cell(1, 0).paragraphs[0]
    _tight(number)
    number.paragraph_format.space_before = _points(6)
    _run(number, document.number_label, size=13)
    when = table.cell(1, 1).paragraphs[0]
    _tight(when)
    when.paragraph_format.space_before = _points(6)
    line = date_line(document.place, document.day, document.lang, document.year)
    _run(when, line, italic=True, size=14)


def _points(value: float) -> Length:
    from docx.shared import Pt

    return Pt(value)


def _title(word_document: WordDocument, document: OfficialDocument) -> None:
    kind = word_document.add_paragraph()
    _tight(kind)
    kind.paragraph_format.space_before = _points(24)
    kind.paragraph_format.keep_with_next = True
    _run(kind, document.kind.upper(), bold=True, size=BODY_PT)
    subject = word_document.add_paragraph()
    _tight(subject)
    subject.paragraph_format.keep_with_next = True
    _run(subject, document.subject, bold=True, size=BODY_PT)
    # The short line under the trích yếu, then room before the text.
    from docx.shared import Mm

    rule = word_document.add_paragraph()
    _tight(rule)
    rule.paragraph_format.space_after = _points(12)
    side = (TEXT_WIDTH_MM - 40) / 2
    rule.paragraph_format.left_indent = Mm(side)
    rule.paragraph_format.right_indent = Mm(side)
    rule.paragraph_format.line_spacing = _points(4)
    _bottom_border(rule)


def _addressee(word_document: WordDocument, document: OfficialDocument) -> None:
    """ "Kính gửi: X" centred under the trích yếu (NĐ 30, Phụ lục I, mục 8)."""
    paragraph = word_document.add_paragraph()
    _tight(paragraph)
    paragraph.paragraph_format.space_after = _points(12)
    _run(paragraph, word("document.to", document.lang, to=document.to), size=BODY_PT)


def _annex(word_document: WordDocument, annex: Section, number: int, lang: Lang) -> None:
    """A phụ lục on a new page: "PHỤ LỤC I" and its title centred in bold, then its parts."""
    from docx.enum.text import WD_BREAK

    label = word_document.add_paragraph()
    _tight(label)
    label.add_run().add_break(WD_BREAK.PAGE)
    _run(label, word("document.annex", lang, number=roman(number)), bold=True, size=BODY_PT)
    title = word_document.add_paragraph()
    _tight(title)
    title.paragraph_format.space_after = _points(12)
    _run(title, annex.heading, bold=True, size=BODY_PT)
    _blocks(word_document, annex.blocks)
    for part, section in enumerate(annex.parts, start=1):
        _section(word_document, section, f"{part}. ", level=2)


def _bottom_border(paragraph: WordParagraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    # Word refuses a file whose elements are out of the schema's order: pBdr goes before these.
    paragraph._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_PBDR)


def _body_paragraph(word_document: WordDocument, paragraph: Paragraph) -> WordParagraph:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    written = word_document.add_paragraph()
    written.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    written.paragraph_format.first_line_indent = Cm(1) if paragraph.indent else Pt(0)
    _run(written, paragraph.text, bold=paragraph.bold, italic=paragraph.italic)
    return written


def _section(word_document: WordDocument, section: Section, label: str, level: int) -> None:
    heading_text = section.heading.upper() if level == 1 else section.heading
    heading = word_document.add_paragraph(style=f"Heading {level}")
    _run(heading, label + heading_text)
    _blocks(word_document, section.blocks)
    for number, part in enumerate(section.parts, start=1):
        _section(word_document, part, f"{number}. ", level=2)


def _blocks(word_document: WordDocument, blocks: Sequence[Block]) -> None:
    for position, block in enumerate(blocks):
        if isinstance(block, Table):
            _table(word_document, block)
        elif isinstance(block, Paragraph):
            written = _body_paragraph(word_document, block)
            following = blocks[position + 1 :]
            # A sentence that introduces a table stays on the table's page.
            written.paragraph_format.keep_with_next = bool(following) and isinstance(
                following[0], Table
            )
        # A Figure is the HTML page's: Word leaves it out.


def _row_flags(row: object, *, header: bool) -> None:
    """Rows never break across pages; the header row repeats on each page."""
    from docx.oxml import OxmlElement

    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))


def _table(word_document: WordDocument, table: Table) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    columns = len(table.headers)
    widths = _mm_widths(table.widths, columns, TEXT_WIDTH_MM)
    aligns: list[Align] = list(table.align) if len(table.align) == columns else ["left"] * columns
    written = word_document.add_table(rows=1 + len(table.rows), cols=columns)
    written.style = word_document.styles["Table Grid"]
    _fixed_widths(written, widths)
    _cell_margins(written, CELL_MARGIN_MM)
    header = written.rows[0]
    _row_flags(header, header=True)
    for cell, text in zip(header.cells, table.headers, strict=True):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = cell.paragraphs[0]
        _tight(paragraph)
        _run(paragraph, text, bold=True, size=table.font_pt)
    for index, values in enumerate(table.rows):
        row = written.rows[index + 1]
        _row_flags(row, header=False)
        if index in table.spanning:
            merged = row.cells[0].merge(row.cells[columns - 1]) if columns > 1 else row.cells[0]
            paragraph = merged.paragraphs[0]
            _tight(paragraph, "left")
            paragraph.paragraph_format.keep_with_next = True  # a group title stays with its rows
            _run(paragraph, values[0] if values else "", bold=True, italic=True, size=table.font_pt)
            continue
        bold = index in table.emphasised
        for cell, text, align in zip(row.cells, values, aligns, strict=False):
            paragraph = cell.paragraphs[0]
            _tight(paragraph, align)
            _run(paragraph, text, bold=bold, size=table.font_pt)
    # A little air between a table and the text after it.
    spacer = word_document.add_paragraph()
    _tight(spacer)
    spacer.paragraph_format.line_spacing = _points(6)


def _page_numbers(word_document: WordDocument) -> None:
    """A PAGE field centred in the header of every page but the first (NĐ 30)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    section = word_document.sections[0]
    section.first_page_header.is_linked_to_previous = False  # an empty header on page 1
    paragraph = section.header.paragraphs[0]
    _tight(paragraph)
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2")):
        if kind is not None:
            character = OxmlElement("w:fldChar")
            character.set(qn("w:fldCharType"), kind)
            run._r.append(character)
        elif text == " PAGE ":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)
        else:
            shown = OxmlElement("w:t")
            shown.text = text
            run._r.append(shown)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)
    run.font.size = _points(BODY_PT)


def _closing_block(word_document: WordDocument, document: OfficialDocument) -> None:
    """Nơi nhận on the left, the signature block on the right, kept on one page."""
    table = word_document.add_table(rows=1, cols=2)
    _borderless(table)
    _fixed_widths(table, CLOSING_COLUMNS_MM)
    _row_flags(table.rows[0], header=False)
    recipients, signature = table.cell(0, 0), table.cell(0, 1)
    first = recipients.paragraphs[0]
    _tight(first, "left")
    first.paragraph_format.space_before = _points(6)
    if document.recipients:
        _run(first, word("document.recipients", document.lang), bold=True, italic=True, size=12)
        for line in recipient_lines(document.recipients):
            entry = recipients.add_paragraph()
            _tight(entry, "left")
            _run(entry, line, size=11)
    signer = document.signer
    top = signature.paragraphs[0]
    _tight(top)
    top.paragraph_format.space_before = _points(6)
    if signer is None:
        return
    lines = [*signer.authority, signer.position]
    for number, line in enumerate(lines):
        paragraph = top if number == 0 else signature.add_paragraph()
        _tight(paragraph)
        _run(paragraph, line.upper(), bold=True, size=BODY_PT)
    for _ in range(4):  # room for the signature and the seal
        blank = signature.add_paragraph()
        _tight(blank)
        _run(blank, "", size=BODY_PT)
    name = signature.add_paragraph()
    _tight(name)
    _run(name, signer.name, bold=True, size=BODY_PT)
