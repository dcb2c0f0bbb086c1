"""The form an office fills (contract §19): plan x pending occurrences x latest figures -> .xlsx.

Pure apart from building bytes: the CLI decides which occurrences (blank_report's own choice)
and which figures are the latest, and writes the file. XlsxWriter is imported inside
`form_bytes` only. The form is in Vietnamese whatever `--lang` says: its sheets and columns are
named by the contract, and it goes to an office, not to the terminal.

What an office may change is unlocked and yellow; the rest is locked (sheet protection without a
password: it guards against slips, not against anyone). The ids of the rows travel in a very
hidden sheet, so that the reader knows which entry each row is even when a title was retyped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from nhanluc_cli.drafts.forms.layout import (
    ENTRIES_ROW,
    FIRST_ROW,
    FORM_MARK,
    FORM_VERSION,
    GUIDE_SHEET,
    HEADER_VALUE_COLUMN,
    HEADING_ROW,
    IDS_SHEET,
    INDICATOR_COLUMNS,
    INDICATORS_SHEET,
    NOTE_ROW,
    PERIOD_ROW,
    REPORTED_BY_ROW,
    REPORTED_ON_ROW,
    TASK_COLUMNS,
    TASKS_SHEET,
    TITLE_ROW,
    ZERO_WIDTH_SPACE,
    cell_name,
)
from nhanluc_cli.drafts.progress_report import describe_target
from nhanluc_cli.i18n import word
from nhanluc_cli.indicators.trend import Measurement
from nhanluc_cli.plan.deadlines import period_bounds
from nhanluc_cli.plan.model import Agency, Indicator, Plan
from nhanluc_cli.tasks.tracking import OccurrenceStatus, lead_names, occurrence_key
from nhanluc_cli.vietnamese import (
    ASSESSMENT_WORDS,
    REPORT_STATUS_WORDS,
    document_date,
    format_date,
    format_number,
)

__all__ = ["STATUS_CHOICES", "FormContent", "form_bytes"]

# The drop-down: one word per status an office reports. "chuyển giao" is not offered: a
# handover needs the receiving agencies and the day, which the clerk writes in YAML (§9.2).
_FIRST_WORD = {value: text for text, value in reversed(REPORT_STATUS_WORDS.items())}
STATUS_CHOICES: tuple[str, ...] = tuple(
    dict.fromkeys(
        _FIRST_WORD[value] for value in REPORT_STATUS_WORDS.values() if value != "transferred"
    )
)
ASSESSMENT_CHOICES: tuple[str, ...] = tuple(ASSESSMENT_WORDS)

FONT = "Times New Roman"  # the administrative documents' font (Nghị định 30/2020/NĐ-CP)
LINE_HEIGHT = 15  # points: one line of 12-point Times New Roman in a cell
YELLOW, GREY, HEADING_FILL = "#FFF2CC", "#F2F2F2", "#DDEBF7"
_TASK_WIDTHS = (10, 44, 11, 17, 12, 12, 20, 22, 20)
_INDICATOR_WIDTHS = (24, 40, 10, 17, 15, 11, 10, 11, 12, 20, 18)


@dataclass(frozen=True, slots=True)
class FormContent:
    """What a form holds, decided by the caller."""

    plan: Plan
    period: str
    pending: Sequence[OccurrenceStatus]  # blank_report.pending_occurrences, maybe one agency's
    latest: Mapping[str, Measurement | None]  # per indicator id, the latest figure on record
    agency: Agency | None = None  # the form of one agency (--agency)


# "_x" and a hex digit, as in the id cbcc_xa_dai_hoc: LibreOffice reads "_xa_" in a cell as
# the escape of character 0x0A (a line break), and mangles the standard escape of "_" too. A
# zero-width space between "_" and "x" keeps the text as it looks; layout.plain() takes it out.
_ESCAPE_LIKE = re.compile(r"_(?=x[0-9A-Fa-f])")


def _safe(text: str) -> str:
    return _ESCAPE_LIKE.sub("_" + ZERO_WIDTH_SPACE, text)


def _vi(key: str, **args: object) -> str:
    return word(key, "vi", **args)


def _lines(text: str, width: float) -> int:
    """How many lines `text` takes wrapped in a column `width` characters wide. The width is
    counted in the default font's digits; 12-point Times, mostly narrow letters, fits about a
    quarter more (measured on LibreOffice's PDF of a form)."""
    room = max(int(width * 1.2) - 2, 1)
    count = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0
        for part in paragraph.split():
            if used and used + 1 + len(part) > room:
                lines, used = lines + 1, len(part)
            else:
                used += len(part) + (1 if used else 0)
        count += lines
    return count


class _Formats:
    """Every cell format of the form, made once per workbook."""

    def __init__(self, workbook: Any) -> None:
        def make(**properties: object) -> Any:
            base: dict[str, object] = {"font_name": FONT, "font_size": 12, "valign": "top"}
            return workbook.add_format(base | properties)

        cell = {"border": 1, "text_wrap": True}
        entry = {**cell, "locked": False, "bg_color": YELLOW}
        self.title = make(bold=True, font_size=13, align="center", valign="vcenter", text_wrap=True)
        self.label = make(bold=True, align="right")
        self.shown = make(bold=True)
        self.note = make(italic=True)
        self.heading = make(
            bold=True, align="center", valign="vcenter", bg_color=HEADING_FILL, **cell
        )
        self.group = make(bold=True, bg_color=GREY, **cell)
        self.text = make(**cell)
        self.key = make(border=1, font_size=10, shrink=True)
        self.center = make(align="center", **cell)
        self.day = make(num_format="dd/mm/yyyy", align="center", **cell)
        self.closed = make(bg_color=GREY, **cell)
        self.entry = make(**entry)
        self.entry_day = make(num_format="dd/mm/yyyy", align="center", **entry)
        self.entry_number = make(num_format="General", align="right", **entry)
        self.header_entry = make(locked=False, bg_color=YELLOW, border=1)
        self.header_day = make(
            locked=False, bg_color=YELLOW, border=1, num_format="dd/mm/yyyy", align="left"
        )
        self.header_shown = make(bold=True, border=1)
        self.header_day_shown = make(bold=True, border=1, num_format="dd/mm/yyyy", align="left")
        self.guide = make(text_wrap=True)
        self.guide_title = make(bold=True, font_size=13, align="center")


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _date_rule() -> dict[str, object]:
    return {
        "validate": "date",
        "criteria": "between",
        "minimum": date(1900, 1, 1),
        "maximum": date(2200, 12, 31),
        "input_message": _vi("form.date_prompt"),
        "error_message": _vi("form.date_error"),
        "error_type": "warning",  # the reader takes dd/mm/yyyy text too, and says what is wrong
    }


def _number_rule() -> dict[str, object]:
    return {
        "validate": "decimal",
        "criteria": ">=",
        "value": 0,
        "input_message": _vi("form.number_prompt"),
        "error_message": _vi("form.number_error"),
        "error_type": "warning",
    }


def _list_rule(choices: Sequence[str], prompt: str) -> dict[str, object]:
    return {
        "validate": "list",
        "source": list(choices),
        "input_message": prompt,
        "error_message": _vi("form.list_error"),
        "error_type": "warning",  # "Hoan thanh" typed by hand is read too
    }


def _print_setup(sheet: Any, *, landscape: bool, repeat: int | None) -> None:
    sheet.set_paper(9)  # A4
    if landscape:
        sheet.set_landscape()
    sheet.fit_to_pages(1, 0)  # every column on the page, as many pages down as needed
    sheet.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
    sheet.center_horizontally()
    sheet.set_footer(f'&C&"{FONT}"&10{_vi("form.page_footer")}')
    if repeat is not None:
        sheet.repeat_rows(repeat - 1)


def _protect(sheet: Any) -> None:
    # No password: protection keeps a slip of the hand off the ids, titles and due dates.
    sheet.protect("", {"format_columns": True, "format_rows": True})


def _header_block(
    sheet: Any, fmt: _Formats, content: FormContent, heading: str, columns: int, *, editable: bool
) -> None:
    """Title, then kỳ, ngày báo cáo and cơ quan báo cáo: editable on the first data sheet,
    shown (as formulas) on the second."""
    bounds = period_bounds(content.period)
    assert bounds is not None, content.period
    first, last = (format_date(day, "vi") for day in bounds)
    title = f"{_vi('form.title', plan=content.plan.id)}\n{heading}"
    sheet.merge_range(TITLE_ROW - 1, 0, TITLE_ROW - 1, columns - 1, title, fmt.title)
    sheet.set_row(TITLE_ROW - 1, 2 * LINE_HEIGHT + 4)
    labels = (
        (PERIOD_ROW, "form.period_label"),
        (REPORTED_ON_ROW, "form.reported_on_label"),
        (REPORTED_BY_ROW, "form.reported_by_label"),
    )
    value = HEADER_VALUE_COLUMN - 1
    for row, key in labels:
        sheet.merge_range(row - 1, 0, row - 1, value - 1, _vi(key), fmt.label)
    period_text = _vi("form.period_value", period=content.period, first=first, last=last)
    sheet.merge_range(
        PERIOD_ROW - 1, value, PERIOD_ROW - 1, value + 2, period_text, fmt.header_shown
    )
    on_row, by_row = REPORTED_ON_ROW - 1, REPORTED_BY_ROW - 1
    if editable:
        sheet.merge_range(on_row, value, on_row, value + 2, "", fmt.header_day)
        sheet.data_validation(on_row, value, on_row, value, _date_rule())
        agency = content.agency.name if content.agency is not None else ""
        sheet.merge_range(by_row, value, by_row, value + 2, agency, fmt.header_entry)
    else:
        source = f"'{TASKS_SHEET}'!"
        for row, format_ in ((on_row, fmt.header_day_shown), (by_row, fmt.header_shown)):
            sheet.merge_range(row, value, row, value + 2, "", format_)
            cell = f"{source}{cell_name(row + 1, HEADER_VALUE_COLUMN)}"
            sheet.write_formula(row, value, f'=IF({cell}="","",{cell})', format_, "")
    sheet.merge_range(NOTE_ROW - 1, 0, NOTE_ROW - 1, columns - 1, _vi("form.fill_note"), fmt.note)


def _headings(sheet: Any, fmt: _Formats, columns: Sequence[str], widths: Sequence[int]) -> None:
    row = HEADING_ROW - 1
    for column, (name, width) in enumerate(zip(columns, widths, strict=True)):
        sheet.set_column(column, column, width)
        sheet.write_string(row, column, _vi(f"form.col.{name}"), fmt.heading)
    tallest = max(_lines(_vi(f"form.col.{n}"), w) for n, w in zip(columns, widths, strict=True))
    sheet.set_row(row, tallest * LINE_HEIGHT + 4)
    sheet.freeze_panes(FIRST_ROW - 1, 0)


def _task_text(content: FormContent, occurrence: OccurrenceStatus) -> str:
    task = occurrence.task
    parts = [_vi("form.deadline", deadline=" ".join(task.deadline.split()))]
    if content.agency is None:
        parts.append(_vi("form.lead", lead=lead_names(content.plan, task)))
    if occurrence.state is not None:
        parts.append(
            _vi("form.previous", state=_FIRST_WORD.get(occurrence.state, occurrence.state))
        )
    return f"{' '.join(task.title.split())}\n{' '.join(parts)}"


def _tasks_sheet(workbook: Any, fmt: _Formats, content: FormContent) -> list[tuple[int, str]]:
    sheet = workbook.add_worksheet(TASKS_SHEET)
    _header_block(sheet, fmt, content, _vi("form.tasks_heading"), len(TASK_COLUMNS), editable=True)
    _headings(sheet, fmt, TASK_COLUMNS, _TASK_WIDTHS)
    rows: list[tuple[int, str]] = []
    row = FIRST_ROW - 1
    for occurrence in content.pending:
        key = occurrence_key(occurrence.task.id, occurrence.label)
        text = _task_text(content, occurrence)
        sheet.write_string(row, 0, _safe(key), fmt.key)
        sheet.write_string(row, 1, _safe(text), fmt.text)
        sheet.write_datetime(row, 2, _midnight(occurrence.due), fmt.day)
        sheet.write_blank(row, 3, None, fmt.entry)
        for column in (4, 5):
            sheet.write_blank(row, column, None, fmt.entry_day)
        for column in (6, 7, 8):
            sheet.write_blank(row, column, None, fmt.entry)
        sheet.set_row(row, _lines(text, _TASK_WIDTHS[1]) * LINE_HEIGHT + 4)
        rows.append((row + 1, key))
        row += 1
    if rows:
        last = row - 1
        prompt = _vi("form.status_prompt")
        sheet.data_validation(FIRST_ROW - 1, 3, last, 3, _list_rule(STATUS_CHOICES, prompt))
        sheet.data_validation(FIRST_ROW - 1, 4, last, 5, _date_rule())
    else:
        bounds = period_bounds(content.period)
        assert bounds is not None
        none = _vi("form.no_tasks", end=format_date(bounds[1], "vi"))
        sheet.merge_range(row, 0, row, len(TASK_COLUMNS) - 1, none, fmt.text)
    _print_setup(sheet, landscape=True, repeat=HEADING_ROW)
    _protect(sheet)
    return rows


def _unit_text(indicator: Indicator) -> str:
    if indicator.target.kind == "qualitative":
        return _vi("form.unit.qualitative")
    if indicator.unit == "per_10000":
        return _vi("form.unit.per_10000")
    return str(indicator.unit)  # "%", or a unit written out in the plan


def _latest_text(indicator: Indicator, latest: Measurement | None) -> str:
    if latest is None:
        return _vi("form.none_yet")
    if latest.assessment is not None or latest.value is None:
        shown = next(
            (text for text, value in ASSESSMENT_WORDS.items() if value == latest.assessment),
            latest.assessment or "-",
        )
    else:
        shown = format_number(latest.value, "vi", None) + ("%" if indicator.unit == "%" else "")
    return _vi("form.latest", value=shown, date=format_date(latest.as_of, "vi"))


def _indicator_row(
    sheet: Any, fmt: _Formats, row: int, indicator: Indicator, latest: Measurement | None
) -> str:
    """One indicator's row; its kind ("numeric" or "qualitative")."""
    name = " ".join(indicator.name.split())
    sheet.write_string(row, 0, _safe(indicator.id), fmt.key)
    sheet.write_string(row, 1, _safe(name), fmt.text)
    sheet.write_string(row, 2, _unit_text(indicator), fmt.center)
    sheet.write_string(row, 3, describe_target(indicator, "vi"), fmt.text)
    sheet.write_string(row, 4, _latest_text(indicator, latest), fmt.text)
    qualitative = indicator.target.kind == "qualitative"
    if qualitative:
        sheet.write_blank(row, 5, None, fmt.entry)
        sheet.data_validation(
            row, 5, row, 5, _list_rule(ASSESSMENT_CHOICES, _vi("form.assessment_prompt"))
        )
        sheet.write_blank(row, 6, None, fmt.closed)
        sheet.write_blank(row, 7, None, fmt.closed)
    else:
        for column in (5, 6, 7):
            sheet.write_blank(row, column, None, fmt.entry_number)
        sheet.data_validation(row, 5, row, 7, _number_rule())
    sheet.write_blank(row, 8, None, fmt.entry_day)
    sheet.data_validation(row, 8, row, 8, _date_rule())
    sheet.write_blank(row, 9, None, fmt.entry)
    sheet.write_blank(row, 10, None, fmt.entry)
    lines = max(
        _lines(name, _INDICATOR_WIDTHS[1]),
        _lines(describe_target(indicator, "vi"), _INDICATOR_WIDTHS[3]),
    )
    sheet.set_row(row, lines * LINE_HEIGHT + 4)
    return "qualitative" if qualitative else "numeric"


def _indicators_sheet(
    workbook: Any, fmt: _Formats, content: FormContent
) -> list[tuple[int, str, str]]:
    sheet = workbook.add_worksheet(INDICATORS_SHEET)
    _header_block(
        sheet, fmt, content, _vi("form.indicators_heading"), len(INDICATOR_COLUMNS), editable=False
    )
    _headings(sheet, fmt, INDICATOR_COLUMNS, _INDICATOR_WIDTHS)
    rows: list[tuple[int, str, str]] = []
    row = FIRST_ROW - 1
    group = None
    plan = content.plan
    for indicator in plan.indicators:
        if indicator.group != group:
            group = indicator.group
            name = plan.group_names.get(group)
            heading = f"{group}) {name}" if name else f"{group})"
            sheet.merge_range(row, 0, row, len(INDICATOR_COLUMNS) - 1, heading, fmt.group)
            row += 1
        kind = _indicator_row(sheet, fmt, row, indicator, content.latest.get(indicator.id))
        rows.append((row + 1, indicator.id, kind))
        row += 1
    _print_setup(sheet, landscape=True, repeat=HEADING_ROW)
    _protect(sheet)
    return rows


def _guide_sheet(workbook: Any, fmt: _Formats, content: FormContent) -> None:
    sheet = workbook.add_worksheet(GUIDE_SHEET)
    width = 72  # LibreOffice clips a single column much wider, fit to the page or not
    sheet.set_column(0, 0, width)
    plan = content.plan
    bounds = period_bounds(content.period)
    assert bounds is not None
    first, last = (format_date(day, "vi") for day in bounds)
    paragraphs = [
        _vi(
            "form.guide_for",
            plan=plan.id,
            date=document_date(plan.date, "vi", short=True),
            period=content.period,
            first=first,
            last=last,
        ),
        *([_vi("form.guide_agency", agency=content.agency.name)] if content.agency else []),
        *_vi("form.guide_steps").split("\n"),
        _vi("form.guide_back", period=content.period),
    ]
    sheet.write_string(0, 0, _vi("form.guide_title"), fmt.guide_title)
    sheet.set_row(0, LINE_HEIGHT + 6)
    for row, text in enumerate(paragraphs, start=2):
        sheet.write_string(row, 0, text, fmt.guide)
        sheet.set_row(row, _lines(text, width) * LINE_HEIGHT + 6)
    _print_setup(sheet, landscape=False, repeat=None)
    _protect(sheet)


def _ids_sheet(
    workbook: Any,
    content: FormContent,
    tasks: Sequence[tuple[int, str]],
    indicators: Sequence[tuple[int, str, str]],
) -> None:
    sheet = workbook.add_worksheet(IDS_SHEET)
    plan = content.plan
    fields = (
        ("form", FORM_MARK),
        ("version", FORM_VERSION),
        ("plan", plan.id),
        ("plan_date", plan.date.isoformat()),
        ("period", content.period),
        ("agency", content.agency.id if content.agency is not None else ""),
    )
    for row, (name, value) in enumerate(fields):
        sheet.write_string(row, 0, name)
        sheet.write_string(row, 1, _safe(value))
    row = ENTRIES_ROW - 1
    for number, key in tasks:
        sheet.write_row(row, 0, (TASKS_SHEET, number))
        sheet.write_string(row, 2, _safe(key))
        sheet.write_string(row, 3, "task")
        row += 1
    for number, key, kind in indicators:
        sheet.write_row(row, 0, (INDICATORS_SHEET, number))
        sheet.write_string(row, 2, _safe(key))
        sheet.write_string(row, 3, kind)
        row += 1
    sheet.very_hidden()
    _protect(sheet)


def form_bytes(content: FormContent) -> bytes:
    """The .xlsx file of the form, in memory."""
    import io

    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    workbook.set_properties(
        {
            "title": _vi("form.title", plan=content.plan.id),
            "subject": content.period,
            "author": "nhanluc",
        }
    )
    fmt = _Formats(workbook)
    _guide_sheet(workbook, fmt, content)
    tasks = _tasks_sheet(workbook, fmt, content)
    indicators = _indicators_sheet(workbook, fmt, content)
    _ids_sheet(workbook, content, tasks, indicators)
    workbook.worksheets()[1].activate()  # opens on "Nhiệm vụ", the first thing to fill in
    workbook.close()
    return buffer.getvalue()
