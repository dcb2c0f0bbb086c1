"""Plain text of a plan (as OCR or "save as text" gives it) -> blocks.

Tables come as lines of cells separated by tabs or "|" (Markdown tables, with or without the
outer bars and the `|---|` line). A row may be split over several lines, in either of the ways
OCR splits them: a cell's text runs on into the next line (the line holds the rest of that cell,
then the next cells), or the next line is another line of cells with an empty number cell (the
rest of each cell in its own column). The header may repeat after a page break.

Other lines become paragraphs: lines that run on (no blank line between, no new bullet,
heading or sentence end) are one paragraph.
"""

from __future__ import annotations

import re

from nhanluc_cli.importer.bodies import COUNCILS, starts_with_words
from nhanluc_cli.importer.closing import is_signature_line
from nhanluc_cli.importer.draft import Block, Paragraph, TableRow, TaskTable
from nhanluc_cli.importer.table import GROUP_LABEL, ROW_NUMBER, clean, header_roles
from nhanluc_cli.vietnamese import fold

# A group row written in the title cell: "I. HẠ TẦNG SỐ", "a) Dữ liệu".
GROUP_HEADING = re.compile(r"^([IVXLC]{1,6}|[A-ZĐa-zđ])\s*[.)]\s+\S")

_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
# A line that starts something new: a bullet, "a)", "1.", "I.", a heading mark, "Căn cứ", "Số:".
# (Not a year that a wrapped sentence left at a line's start: "2020. Ủy ban nhân dân ...".)
STARTS_ITEM = re.compile(
    r"^\s*([-+•–*]\s|[a-zđ]\)\s|[0-9]{1,3}(\.[0-9]+)*\.\s|[IVX]+\.\s|#|Căn cứ\b|Số\s*:|Nơi nhận"
    r"|Thực hiện\b|Triển khai thực hiện\b|(?:TM|KT|Q|TL|TUQ)\.\s|(?:PHẦN|Phần)\s+[IVXLC0-9]+\b"
    r"|KHÓA\s+[IVXLC]+\b)"
)
_RUNS_UNTIL_ITS_END = re.compile(r"^\s*(?:Căn cứ|Thực hiện|Triển khai thực hiện)\s")
_DATE_LINE = re.compile(r"^([^,]*),\s*ngày\s+\S+\s+tháng")
# "Bình", "Phan Rang-Tháp", "Bà Rịa - Vũng": the first words of a place's name.
_NAME_PART = re.compile(r"^[^\W\d_][\w-]*(?:\s+(?:-\s+)?[^\W\d_][\w-]*){0,3}$")
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s+")
_ENDS_SENTENCE = re.compile(r"[.:;!?]\**$")


def is_cell_line(line: str) -> bool:
    return "\t" in line or "|" in line


def split_cells(line: str) -> tuple[str, ...]:
    if "\t" in line and "|" not in line:
        parts = line.split("\t")
    else:
        stripped = line.strip()
        stripped = stripped.removeprefix("|")
        stripped = stripped.removesuffix("|")
        parts = re.split(r"\t|\|", stripped)
    return tuple(clean(p) for p in parts)


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _cases_differ(prev: str, this: str) -> bool:
    """One line in capitals, the other not; a line without letters ("2020") goes with either."""
    if not any(c.isalpha() for c in prev) or not any(c.isalpha() for c in this):
        return False
    return _is_upper(prev) != _is_upper(this)


def _names_the_body(line: str) -> bool:
    """The issuing body's line in capitals: "ỦY BAN NHÂN DÂN TỈNH X", "HỘI ĐỒNG NHÂN DÂN ..."."""
    folded = fold(line)
    return _is_upper(line) and any(starts_with_words(folded, council) for council in COUNCILS)


def _runs_on(previous: str, line: str, opening: str = "") -> bool:
    """True when `line` continues the paragraph that `previous` ends (and `opening` begins)."""
    prev, this = clean(previous), clean(line)
    if not prev or not this or STARTS_ITEM.match(line):
        return False
    # A heading or a bullet ("1. Mục tiêu chung", "- Rà soát ...") takes no next line that starts a
    # sentence; a sentence that opens with "Căn cứ" or "Thực hiện" runs on until it ends.
    # (... unless the next line starts in lower case or with a figure: the item's text wrapped,
    # "1. Quyết định số 924/QĐ-TTg ngày 22" / "tháng 8 năm 2022 của ...", "... ngày" / "25/7/2022".)
    item = STARTS_ITEM.match(previous) and not _RUNS_UNTIL_ITS_END.match(previous)
    if item and not (this[:1].islower() or this[:1].isdigit()):
        return False
    if _ENDS_SENTENCE.search(prev) or _names_the_body(this):
        return False  # (the issuing body's line in capitals opens a part: "ỦY BAN NHÂN DÂN ...")
    if _cases_differ(prev, this) and not (
        _RUNS_UNTIL_ITS_END.match(opening or previous) and not _is_upper(prev)
    ):
        return False  # (a basis goes on over a word in capitals: "phòng, chống dịch" / "COVID-19;")
    if is_signature_line(prev) or is_signature_line(this):
        return False  # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": one line each
    if fold(prev).strip(" :") == "ke hoach":
        return False  # "KẾ HOẠCH" stands alone; its trích yếu, in capitals too, follows
    dated = _DATE_LINE.match(this)  # "Càng Long, ngày 04 tháng 8 ..." starts its own line,
    if dated is None:  # unless the place's name was cut in two: "Bình" / "Định, ngày 07 ..."
        return True
    if fold(prev).endswith("hanh phuc"):
        return False  # the motto's last words, wrapped: "Độc lập - Tự do -" / "Hạnh phúc"
    return bool(_NAME_PART.match(prev)) and len(dated.group(1).split()) <= 2


def join_broken_paragraphs(blocks: list[Block]) -> list[Block]:
    """Paragraphs of a .docx or a PDF joined where a line was broken into paragraphs of its own
    (text copied from a web page into Word keeps each line as a paragraph): the next starts in
    lower case, or with a figure, after one that ends no sentence ("Vĩnh An, ngày 09" / "tháng 3
    năm 2026", "Thực hiện Nghị quyết số" / "57-NQ/TW ngày ..."). A paragraph that starts so is
    never one a writer began (plain text's lines are joined as they are read: _runs_on)."""
    joined: list[Block] = []
    for block in blocks:
        last = joined[-1] if joined else None
        if (
            isinstance(block, Paragraph)
            and isinstance(last, Paragraph)
            and _goes_on(last.text, block.text)
        ):
            joined[-1] = Paragraph(f"{last.text} {block.text}", last.line)
        else:
            joined.append(block)
    return joined


def _goes_on(before: str, text: str) -> bool:
    first = clean(text)[:1]
    return (
        bool(first)
        and (first.islower() or first.isdigit())
        and not STARTS_ITEM.match(text)
        and not _ENDS_SENTENCE.search(clean(before))
        and not is_signature_line(before)
    )


class _TableBuilder:
    def __init__(self, roles: tuple[str | None, ...], line: int) -> None:
        self.roles = roles
        self.line = line
        self.rows: list[tuple[list[str], int]] = []
        # Rows with fewer cells than this are unfinished: the next line runs on in the last cell.
        self.needed = max(i for i, r in enumerate(roles) if r is not None) + 1
        self.deadline_column = roles.index("deadline")
        # The row number's column: first in most plans, last or elsewhere in some.
        self.number_column = roles.index("number") if "number" in roles else 0

    vertical = False  # rows one cell per line, each row starting with its number alone

    def _complete(self) -> bool:
        return not self.rows or len(self.rows[-1][0]) > self.deadline_column

    def add(self, cells: tuple[str, ...], line: int) -> None:
        first = cells[0] if cells else ""
        if self.vertical and len(cells) == 1:
            if ROW_NUMBER.match(first) or not self.rows:
                self.rows.append(([first], line))
            elif first[:1].islower() and len(self.rows[-1][0]) > 1:
                row = self.rows[-1][0]
                row[-1] = f"{row[-1]} {first}"  # a cell's text runs on: "Tổ chức hội nghị / sơ kết"
            elif len(self.rows[-1][0]) < len(self.roles):
                self.rows[-1][0].append(first)  # the next cell of the row
            else:
                row = self.rows[-1][0]
                row[-1] = f"{row[-1]} {first}".strip()  # more lines than cells: the last runs on
            return
        number = cells[self.number_column] if len(cells) > self.number_column else ""
        others_empty = len(cells) > 1 and not any(cells[1:])
        starts_row = (
            ROW_NUMBER.match(number)
            or (GROUP_LABEL.match(number) and len(cells) > 1)
            or (GROUP_HEADING.match(first) and others_empty)
        )
        if starts_row and self._complete():
            self.rows.append((list(cells), line))
        elif not self.rows:
            self.rows.append((list(cells), line))  # text before the first numbered row
        elif not self._complete():
            row = self.rows[-1][0]
            row[-1] = f"{row[-1]} {first}".strip()
            row.extend(cells[1:])
        elif len(cells) > 1 and not number:
            # The rest of each cell in its own column (after a page break, or OCR's layout).
            row = self.rows[-1][0]
            for i, piece in enumerate(cells):
                if i == self.number_column:
                    continue
                if i < len(row):
                    row[i] = f"{row[i]} {piece}".strip()
                elif piece:
                    row.append(piece)
        else:
            row = self.rows[-1][0]
            last = max((i for i, c in enumerate(row) if c), default=len(row) - 1)
            row[last] = f"{row[last]} {' '.join(cells)}".strip()

    def add_text(self, text: str, line: int) -> None:
        self.add((clean(text),), line)

    def table(self) -> TaskTable:
        rows = tuple(TableRow(tuple(cells), line) for cells, line in self.rows)
        return TaskTable(self.roles, rows, self.line)


def text_blocks(text: str) -> list[Block]:
    reader = _Reader()
    for number, line in enumerate(text.splitlines(), start=1):
        reader.line(line, number)
    return reader.finish()


def _merged_header(
    first: tuple[str, ...], second: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str | None, ...]] | None:
    """A header written over two lines ("Cơ quan" above "chủ trì"): its cells and roles.

    Either each cell goes on under itself, or the first line broke inside a cell and the second
    holds its rest, then the other cells.
    """
    candidates = [(*first[:-1], f"{first[-1]} {second[0]}".strip(), *second[1:])]
    if len(first) == len(second):
        candidates.insert(0, tuple(f"{a} {b}".strip() for a, b in zip(first, second, strict=True)))
    for cells in candidates:
        roles = header_roles(cells)
        if roles is not None:
            return cells, roles
    return None


class _Reader:
    """Lines in, blocks out: paragraphs run together, table lines go to the task table."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.paragraph: list[str] = []
        self.paragraph_line = 0
        self.table: _TableBuilder | None = None
        self.after_blank = False
        # The last line of cells outside a task table, and where its paragraphs start: the
        # first half of a header written over two lines, until the next line says otherwise.
        self.cells_before: tuple[tuple[str, ...], int] | None = None
        # The plain lines since the last blank line: a header may be written one cell per line
        # ("TT" / "Nội dung" / "Đơn vị chủ trì" / ... and then the rows).
        self.recent: list[tuple[str, int]] = []

    def line(self, raw: str, number: int) -> None:
        line = raw.rstrip("\r\n")
        if not line.strip():
            self.flush()
            self.after_blank, self.cells_before = True, None
            self.recent = []
            return
        if _RULE.match(line):
            return
        if is_cell_line(line):
            self.cell_line(split_cells(line), number)
        elif self.table is None and self.vertical_header(line, number):
            pass
        else:
            self.cells_before = None
            self.plain_line(line, number)
            self.recent.append((clean(line), number))
        self.after_blank = False

    def header_above(self, size: int) -> tuple[tuple[str | None, ...], int] | None:
        """The roles of the last `size` plain lines read as a header, one cell per line, and
        the line it starts on; None when they are not one."""
        if len(self.recent) < size or size < 3:
            return None
        lines = self.recent[-size:]
        if any(len(text.split()) > 8 for text, _ in lines):
            return None
        roles = header_roles(tuple(text for text, _ in lines))
        if roles is None or None in roles or len(set(roles)) != len(roles):
            return None  # every line of such a header names a column, each a different one
        return roles, lines[0][1]

    def start_table_above(self, roles: tuple[str | None, ...], first: int) -> None:
        self.flush()
        while self.blocks and isinstance(self.blocks[-1], Paragraph):
            last = self.blocks[-1]
            if last.line is None or last.line < first:
                break
            self.blocks.pop()
        self.recent = []
        self.close_table()
        self.table = _TableBuilder(roles, first)

    def vertical_header(self, line: str, number: int) -> bool:
        """A row number alone on its line after a header written one cell per line: the rows
        come one cell per line too. True when `line` was taken as such a table's first row."""
        if not ROW_NUMBER.match(clean(line)):
            return False
        for size in range(9, 2, -1):
            found = self.header_above(size)
            if found is not None:
                self.start_table_above(*found)
                assert self.table is not None
                self.table.vertical = True
                self.table.add((clean(line),), number)
                return True
        return False

    def cell_line(self, cells: tuple[str, ...], number: int) -> None:
        roles = header_roles(cells)
        if roles is None and self.table is None:
            found = self.header_above(len(cells))
            if found is not None:
                self.start_table_above(*found)
                assert self.table is not None
                self.table.add(cells, number)
                return
        if roles is None and self.table is None and self.cells_before is not None:
            merged = _merged_header(self.cells_before[0], cells)
            if merged is not None:
                del self.blocks[self.cells_before[1] :]
                roles = merged[1]
        if roles is not None:
            self.flush()
            self.cells_before = None
            if self.table is None or self.table.roles != roles:
                self.close_table()
                self.table = _TableBuilder(roles, number)
        elif self.table is not None:
            self.table.add(cells, number)
        else:
            self.flush()  # a layout table (the head of the document): each cell a paragraph
            self.cells_before = (cells, len(self.blocks))
            self.blocks.extend(Paragraph(cell, number) for cell in cells if cell)

    def plain_line(self, line: str, number: int) -> None:
        if self.table is not None and not self.after_blank:
            self.table.add_text(line, number)
            return
        self.close_table()
        if self.paragraph and not _runs_on(self.paragraph[-1], line, self.paragraph[0]):
            self.flush()
        if not self.paragraph:
            self.paragraph_line = number
        self.paragraph.append(line)

    def flush(self) -> None:
        if self.paragraph:
            joined = clean(_HEADING_MARK.sub("", " ".join(self.paragraph)))
            if joined:
                self.blocks.append(Paragraph(joined, self.paragraph_line))
        self.paragraph = []

    def close_table(self) -> None:
        if self.table is not None:
            self.blocks.append(self.table.table())
            self.table = None

    def finish(self) -> list[Block]:
        self.flush()
        self.close_table()
        return self.blocks
