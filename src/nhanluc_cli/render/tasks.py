"""Task occurrences and lead agencies as console tables (`tasks`, `overdue`, `agencies`).

Tables fit the console (80-120 columns): long titles and agency names end in "…" rather than
wrapping, so one occurrence is one line; ids, years, dates, status words and days never give
way. Dates read dd/mm/yyyy in Vietnamese and ISO in English; status words follow the language.
rich is imported only when a table is drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Literal

from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.judging.status_view import task_line
from nhanluc_cli.render.plain import Cell, Column, Styled
from nhanluc_cli.render.words import task_status_word, task_statuses_shown
from nhanluc_cli.vietnamese import format_date, format_number

if TYPE_CHECKING:
    from rich.table import Table

    from nhanluc_cli.judging.status_view import TaskLine
    from nhanluc_cli.plan.model import Plan
    from nhanluc_cli.tasks.tracking import AgencyLoad, OccurrenceStatus

STATUS_STYLE: dict[str, str] = {
    "overdue": "bold red",
    "due_soon": "yellow",
    "open": "",
    "done": "green",
    "late": "magenta",
    "cancelled": "dim",
    "transferred": "cyan",
    "terminated": "dim",
}

DAYS_WIDTH = 9  # the days column: "Days late" on one line, "Số ngày / quá hạn" on two
HEADER_WIDTH = 6  # the width a count column's header wraps at

# The last column of an occurrence table: its status and days late (`tasks`), or only the days
# late (the overdue list of `status`) or the days left (its due-soon list).
LastColumns = Literal["status", "days_late", "days_left"]


def occurrence_table(
    occurrences: Sequence[TaskLine],
    lang: Lang,
    as_of: date,
    last: LastColumns = "status",
) -> Table:
    from nhanluc_cli.render.output import rich_table

    columns, rows = occurrence_columns(occurrences, lang, as_of, last)
    return rich_table(columns, rows)


def occurrence_columns(
    occurrences: Sequence[TaskLine],
    lang: Lang,
    as_of: date,
    last: LastColumns = "status",
) -> tuple[list[Column], list[list[Cell]]]:
    """The occurrence table's columns and rows: drawn by rich (occurrence_table), or piped by
    render/plain.py."""
    columns = [
        Column(word("tasks.col.task", lang), no_wrap=True),
        Column(word("tasks.col.year", lang), no_wrap=True),
        Column(word("tasks.col.title", lang), no_wrap=True, ratio=3),
        Column(word("tasks.col.lead", lang), no_wrap=True, ratio=2),
        Column(word("tasks.col.due", lang), no_wrap=True),
    ]
    if last == "status":
        columns.append(Column(word("tasks.col.status", lang), no_wrap=True))
    days_header = word(
        "tasks.col.days_left" if last == "days_left" else "tasks.col.days_late", lang
    )
    # "Số ngày quá hạn" over two lines ("Số ngày / quá hạn") leaves the title its room.
    days_width = max(DAYS_WIDTH, *(len(part) for part in days_header.split()))
    columns.append(Column(days_header, justify="right", max_width=days_width))
    rows: list[list[Cell]] = []
    for occurrence in occurrences:
        # Colour marks only the status and the days, so a long overdue list stays readable.
        style = STATUS_STYLE[occurrence.status]
        cells: list[Cell] = [
            occurrence.task,
            occurrence.label or "",  # "2022", or "2022-Q3" for a quarterly task
            occurrence.title,
            occurrence.lead,  # several leads: their names joined with "; "
            format_date(occurrence.due, lang),
        ]
        if last == "status":
            cells.append(Styled(task_status_word(occurrence.status, lang), style))
        days = (occurrence.due - as_of).days if last == "days_left" else occurrence.days_late
        cells.append(Styled(format_number(days, lang, 0) if days is not None else "", style))
        rows.append(cells)
    return columns, rows


def print_tasks(
    plan: Plan,
    occurrences: Sequence[OccurrenceStatus],
    lang: Lang,
    as_of: date,
    last: LastColumns = "status",
) -> None:
    from nhanluc_cli.render.output import console

    out = console()
    shown_date = format_date(as_of, lang)
    if not occurrences:
        out.print(word("tasks.none", lang, date=shown_date))
        return
    lines = [task_line(plan, occurrence) for occurrence in occurrences]
    out.print(occurrence_table(lines, lang, as_of, last))
    out.print(word("tasks.caption", lang, count=len(occurrences), date=shown_date))


def agencies_table(loads: Sequence[AgencyLoad], lang: Lang) -> Table:
    from nhanluc_cli.render.output import console_table

    table = console_table()
    table.add_column(word("tasks.col.agency", lang), overflow="ellipsis", no_wrap=True, ratio=1)
    shown = task_statuses_shown(*(load.counts for load in loads))
    for status in shown:
        # Long headers wrap between words onto two lines ("sắp đến / hạn"), so that the
        # agency names keep their room.
        header = task_status_word(status, lang)
        narrow = max(HEADER_WIDTH, *(len(part) for part in header.split()))
        table.add_column(header, justify="right", max_width=narrow, style=STATUS_STYLE[status])
    table.add_column(word("tasks.col.total", lang), justify="right")
    for load in loads:
        counts = [str(load.counts[status]) for status in shown]
        table.add_row(load.name, *counts, str(load.total))
    return table


def print_agencies(loads: Sequence[AgencyLoad], lang: Lang, as_of: date) -> None:
    from nhanluc_cli.render.output import console

    out = console()
    out.print(agencies_table(loads, lang))
    out.print(word("agencies.caption", lang, date=format_date(as_of, lang)))
