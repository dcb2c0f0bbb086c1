"""Excel workbooks from plain tables: one sheet per table, real dates and numbers.

The input is presentation-neutral (`Sheet`: a name, headers already in the reader's language,
rows of typed cells), so any listing can use it: `tasks`, `indicators`, `agencies`, `status`
today, `rollup` later. Strings are written as strings (a title starting with "=" is never a
formula), numbers as numbers, dates as date cells shown dd/mm/yyyy in Vietnamese and
yyyy-mm-dd in English (Excel still knows them as dates, to sort and filter), lists joined with
"; " as in the CSV. The header row is bold and frozen, with an autofilter; columns are as wide
as their content, within bounds, and long text wraps.

XlsxWriter is imported inside `workbook_bytes` only: no command pays for it unless it writes
a workbook.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, TypeAlias

__all__ = [
    "Cell",
    "Percent",
    "Sheet",
    "print_setup",
    "rollup_title",
    "sheet_name",
    "sheet_title",
    "workbook_bytes",
    "write_workbook",
]


@dataclass(frozen=True, slots=True)
class Percent:
    """A share written as a % cell: `share` 0.2081 shows "20,8%" (Excel keeps the number)."""

    share: float


Cell: TypeAlias = str | int | float | date | Percent | Sequence[str] | None
PERCENT_FORMAT = "0.0%"

DATE_FORMATS: dict[str, str] = {"vi": "dd/mm/yyyy", "en": "yyyy-mm-dd"}
MIN_WIDTH, MAX_WIDTH = 6, 60  # in characters of the default font
DATE_WIDTH = 11


@dataclass(frozen=True, slots=True)
class Sheet:
    """One table: `headers` are already in the reader's language, one cell per header a row."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    title: str = ""  # a line above the headers: the plan and the as-of date (contract §18)


_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_name(name: str, taken: Sequence[str] = ()) -> str:
    """A name Excel accepts: no []:*?/\\, at most 31 characters, unique ignoring case."""
    base = _FORBIDDEN.sub("-", unicodedata.normalize("NFC", name)).strip("' ") or "Sheet"
    base = base[:31]
    used = {n.casefold() for n in taken}
    candidate, number = base, 2
    while candidate.casefold() in used:
        suffix = f" ({number})"
        candidate = base[: 31 - len(suffix)] + suffix
        number += 1
    return candidate


def sheet_title(plan_id: str, as_of: date, lang: Literal["vi", "en"]) -> str:
    """ "Kế hoạch số 60/KH-UBND. Tình hình đến ngày 07/12/2026": what a printed sheet states,
    so that a forwarded figure keeps its reference date."""
    from nhanluc_cli.i18n import word
    from nhanluc_cli.vietnamese import format_date

    return word("xlsx.title", lang, plan=plan_id, as_of=format_date(as_of, lang))


def rollup_title(title: str | None, units: int, as_of: date, lang: Literal["vi", "en"]) -> str:
    """The title line of a roll-up's sheets: the units file's title (or how many units) and
    the as-of date."""
    from nhanluc_cli.i18n import word
    from nhanluc_cli.vietnamese import format_date

    named = title or word("xlsx.units", lang, count=units)
    return word("xlsx.title_rollup", lang, title=named, as_of=format_date(as_of, lang))


def print_setup(worksheet: Any, *, header_row: int, title: str = "") -> None:
    """How a sheet prints, as officials print (contract §18): A4 landscape, every column on one
    page wide (as many pages down as it takes), the header row repeated on each page, narrow
    margins, page numbers in the footer, and the title line in the header of each page.
    `worksheet` is an XlsxWriter worksheet; any sheet writer (listings, reports, forms) calls
    this once per sheet."""
    worksheet.set_paper(9)  # A4
    worksheet.set_landscape()
    worksheet.fit_to_pages(1, 0)  # one page wide, as tall as needed
    worksheet.repeat_rows(header_row)
    worksheet.set_margins(left=0.5, right=0.5, top=0.7, bottom=0.6)
    worksheet.center_horizontally()
    footer = "&C&P/&N"
    worksheet.set_footer(footer)
    if title:
        # In a header "&" starts a code: a plan's "&" is written "&&".
        worksheet.set_header("&L" + title.replace("&", "&&")[:200])


def _text(value: Cell) -> str | None:
    """The text a cell shows when it is text; None for the typed cells."""
    if value is None or isinstance(value, bool | int | float | date | Percent):
        return None
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return "; ".join(unicodedata.normalize("NFC", str(item)) for item in value)


def _shown_length(value: Cell) -> int:
    if isinstance(value, date):
        return DATE_WIDTH
    if isinstance(value, Percent):
        return 7
    if isinstance(value, bool):
        return 5
    if isinstance(value, int | float):
        return len(f"{value:,.4g}") if isinstance(value, float) else len(f"{value:,}")
    text = _text(value)
    if not text:
        return 0
    return max(len(line) for line in text.splitlines() or [""])


HEADER_LINE_HEIGHT = 15  # points: one line of the default font, as spreadsheets size a row


def _wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` takes when wrapped on its words in a column `width` characters
    wide (a cell keeps about two characters of padding)."""
    room = max(int(width) - 2, 1)
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > room:
            lines, used = lines + 1, len(word)
        else:
            used += len(word) + (1 if used else 0)
    return lines


def _column_widths(sheet: Sheet) -> list[tuple[float, bool]]:
    """(width, wraps) per column: as wide as the longest cell, within bounds; a header may wrap
    on its words, so a long header asks only for its longest word."""
    widths: list[tuple[float, bool]] = []
    for column, header in enumerate(sheet.headers):
        header_need = max((len(part) for part in header.split()), default=0) + 2
        content = max((_shown_length(row[column]) for row in sheet.rows), default=0) + 2
        need = max(header_need, content, MIN_WIDTH)
        widths.append((min(need, MAX_WIDTH), need > MAX_WIDTH))
    return widths


def workbook_bytes(
    sheets: Sequence[Sheet], lang: Literal["vi", "en"] = "vi", title: str = ""
) -> bytes:
    """The .xlsx file of `sheets`, in memory (for a file or for stdout); `title` is the title
    line of every sheet that has none of its own."""
    import io

    import xlsxwriter

    buffer = io.BytesIO()
    # in_memory: no temporary files; the default also turns "=…" text into formulas in write(),
    # which is why every cell goes through its typed write_* method below.
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    header = workbook.add_format(
        {"bold": True, "text_wrap": True, "valign": "top", "bottom": 1, "bg_color": "#EDEDED"}
    )
    plain = workbook.add_format({"valign": "top"})
    wrapped = workbook.add_format({"valign": "top", "text_wrap": True})
    day = workbook.add_format({"valign": "top", "num_format": DATE_FORMATS[lang]})
    percent = workbook.add_format({"valign": "top", "num_format": PERCENT_FORMAT})
    heading = workbook.add_format({"bold": True})
    taken: list[str] = []
    for sheet in sheets:
        if title and not sheet.title:
            sheet = Sheet(sheet.name, sheet.headers, sheet.rows, title)
        name = sheet_name(sheet.name, taken)
        taken.append(name)
        worksheet = workbook.add_worksheet(name)
        widths = _column_widths(sheet)
        for column, (width, wraps) in enumerate(widths):
            worksheet.set_column(column, column, width, wrapped if wraps else None)
        # The title line, then the header row: row 0 and 1 with a title, row 0 without.
        top = 1 if sheet.title else 0
        if sheet.title:
            worksheet.write_string(0, 0, unicodedata.normalize("NFC", sheet.title), heading)
        for column, heading_text in enumerate(sheet.headers):
            worksheet.write_string(top, column, unicodedata.normalize("NFC", heading_text), header)
        # A spreadsheet does not grow a row for wrapped text written by a program: the header
        # row gets the height its longest wrapped header needs, or "Mã nhiệm vụ" covers row 2.
        pairs = zip(sheet.headers, widths, strict=True)
        lines = max((_wrapped_lines(text, width) for text, (width, _) in pairs), default=1)
        worksheet.set_row(top, HEADER_LINE_HEIGHT * lines)
        for number, row in enumerate(sheet.rows, start=top + 1):
            for column, value in enumerate(row):
                text_format = wrapped if widths[column][1] else plain
                _write_cell(worksheet, number, column, value, text_format, (day, percent))
            # The same for a row whose long text wraps: as tall as its longest cell needs.
            tall = max(
                (
                    _wrapped_lines(str(value), width)
                    for value, (width, wraps) in zip(row, widths, strict=False)
                    if wraps and isinstance(value, str)
                ),
                default=1,
            )
            if tall > 1:
                worksheet.set_row(number, HEADER_LINE_HEIGHT * tall)
        worksheet.freeze_panes(top + 1, 0)
        print_setup(worksheet, header_row=top, title=sheet.title)
        if sheet.headers:
            worksheet.autofilter(top, 0, top + len(sheet.rows), len(sheet.headers) - 1)
    workbook.close()
    return buffer.getvalue()


def _write_cell(
    worksheet: Any, row: int, column: int, value: Cell, text_format: Any, formats: Any
) -> None:
    # XlsxWriter has no type hints: its objects are Any here, and only here.
    day, percent = formats
    if value is None:
        return
    if isinstance(value, Percent):
        if math.isfinite(value.share):
            worksheet.write_number(row, column, value.share, percent)
        return
    if isinstance(value, bool):
        worksheet.write_boolean(row, column, value, text_format)
    elif isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            return  # Excel has no NaN or infinity: an unknown figure is an empty cell
        worksheet.write_number(row, column, value, text_format)
    elif isinstance(value, date):
        moment = (
            value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
        )
        worksheet.write_datetime(row, column, moment, day)
    else:
        text = _text(value)
        if text:  # an empty text or list is an empty cell, as an unknown value is
            worksheet.write_string(row, column, text, text_format)


def write_workbook(target: Path, sheets: Sequence[Sheet], lang: Literal["vi", "en"] = "vi") -> None:
    """Write the workbook as `target` whole or not at all (files.write_whole). Raises OSError."""
    from nhanluc_cli.files import write_whole

    write_whole(target, workbook_bytes(sheets, lang), replace=True)
