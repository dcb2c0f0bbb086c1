"""`nhanluc reports`: who has sent the periodic reports (contract §17), as rows, a console table
and workbook sheets.

Rows (JSON, CSV): `{"period", "agency", "id", "due", "reported_on", "status", "days_late"}`,
`agency` the name and `id` the agency id, as in `agencies`. The table and the workbook write the
period in words ("6 tháng đầu năm 2026") and the status in the reader's language, and add the
reporting and on-time rates per reporter and overall (DHIS2's completeness and timeliness).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from nhanluc_cli.i18n import Lang, period_words, word
from nhanluc_cli.vietnamese import format_date, format_number

if TYPE_CHECKING:
    from nhanluc_cli.plan.reporting import Rates, ReportStatus
    from nhanluc_cli.render.workbook import Cell, Sheet

REPORT_FIELDS = ("period", "agency", "id", "due", "reported_on", "status", "days_late")
RATE_FIELDS = (
    "agency",
    "id",
    "expected",
    "received",
    "on_time",
    "reporting_rate",
    "on_time_rate",
)

STYLE = {"on_time": "green", "late": "magenta", "missing": "bold red", "not_due": ""}


def report_row(row: ReportStatus) -> dict[str, object]:
    return {
        "period": row.period.period,
        "agency": row.agency_name,
        "id": row.agency_id,
        "due": row.period.due,
        "reported_on": row.reported_on,
        "status": row.status,
        "days_late": row.days_late,
    }


def _ratio(value: float | None) -> float | None:
    return round(value, 4) if value is not None else None


def rate_row(agency_id: str | None, name: str | None, rates: Rates) -> dict[str, object]:
    return {
        "agency": name,
        "id": agency_id,
        "expected": rates.expected,
        "received": rates.received,
        "on_time": rates.on_time,
        "reporting_rate": _ratio(rates.reporting_rate),
        "on_time_rate": _ratio(rates.on_time_rate),
    }


def _percent(value: float | None, lang: Lang) -> str:
    return "-" if value is None else format_number(value * 100, lang, 0) + "%"


def print_reports(
    rows: Sequence[ReportStatus],
    by_reporter: Sequence[tuple[str, str, Rates]],
    overall: Rates,
    lang: Lang,
    as_of: date,
) -> None:
    from rich.text import Text

    from nhanluc_cli.render.output import console, console_table

    out = console()
    shown_date = format_date(as_of, lang)
    if not rows:
        out.print(word("reports.none", lang, date=shown_date))
        return
    table = console_table()
    table.add_column(word("reports.col.period", lang), no_wrap=True)
    table.add_column(word("reports.col.agency", lang), no_wrap=True, overflow="ellipsis", ratio=1)
    table.add_column(word("reports.col.due", lang), no_wrap=True)
    table.add_column(word("reports.col.reported_on", lang), no_wrap=True)
    table.add_column(word("reports.col.status", lang), no_wrap=True)
    table.add_column(word("reports.col.days", lang), justify="right", max_width=7)
    for row in rows:
        style = STYLE[row.status]
        table.add_row(
            period_words(row.period.period, lang),
            row.agency_name,
            format_date(row.period.due, lang),
            format_date(row.reported_on, lang) if row.reported_on else "",
            Text(word(f"report_status.{row.status}", lang), style=style),
            Text(format_number(row.days_late, lang, 0) if row.days_late else "", style=style),
        )
    out.print(table)
    out.print(rates_table(by_reporter, overall, lang))
    out.print(word("reports.caption", lang, date=shown_date))


def rates_table(
    by_reporter: Sequence[tuple[str, str, Rates]], overall: Rates, lang: Lang
) -> object:
    from nhanluc_cli.render.output import console_table

    table = console_table()
    table.add_column(word("reports.col.agency", lang), no_wrap=True, overflow="ellipsis", ratio=1)
    for key in ("expected", "received", "on_time", "reporting_rate", "on_time_rate"):
        table.add_column(word(f"reports.col.{key}", lang), justify="right", max_width=10)
    lines = [(name, rates) for _, name, rates in by_reporter]
    for index, (name, rates) in enumerate([*lines, (word("reports.total", lang), overall)]):
        table.add_row(
            name,
            str(rates.expected),
            str(rates.received),
            str(rates.on_time),
            _percent(rates.reporting_rate, lang),
            _percent(rates.on_time_rate, lang),
            style="bold" if index == len(lines) else None,
            end_section=index == len(lines) - 1,
        )
    return table


def report_sheets(
    rows: Sequence[dict[str, object]], rate_rows: Sequence[dict[str, object]], lang: Lang
) -> list[Sheet]:
    """The rows and the rates as two sheets: status words and periods in the reader's
    language, dates as dates, rates as fractions."""
    from nhanluc_cli.render.sheets import flatten_typed
    from nhanluc_cli.render.workbook import Sheet

    def listed_row(row: dict[str, object]) -> tuple[Cell, ...]:
        flat = flatten_typed({**row, "title": period_words(str(row["period"]), lang)})
        status = flat["status"]
        if isinstance(status, str):
            flat["status"] = word(f"report_status.{status}", lang)
        return tuple(flat[field] for field in fields)

    fields = ("period", "title", *REPORT_FIELDS[1:])
    listed = Sheet(
        name=word("xlsx.sheet.reports", lang),
        headers=tuple(word(f"xlsx.reports.{field}", lang) for field in fields),
        rows=tuple(listed_row(row) for row in rows),
    )
    rated = Sheet(
        name=word("xlsx.sheet.report_rates", lang),
        headers=tuple(word(f"xlsx.rates.{field}", lang) for field in RATE_FIELDS),
        rows=tuple(tuple(flatten_typed(row)[field] for field in RATE_FIELDS) for row in rate_rows),
    )
    return [listed, rated]
