"""`nhanluc rollup`: the roll-up of several units as JSON/CSV rows, console tables, an Excel
workbook and one self-contained HTML page.

JSON (contract §12): `rollup indicators` is a list of `{"id", "name", "units": {UNIT_ID:
{"status", "latest", "as_of"}}}`, a unit whose plan lacks the indicator absent from `units`;
`rollup tasks` is a list of `{"unit", "name", "counts": {STATUS: n}, "total", "errors": n}`, one
per unit in the units file's order, `counts` empty for a unit with data errors. CSV and the
workbook have the same fields as columns. Status words are the engines' (TASK_STATUSES,
INDICATOR_STATUSES), so a status added there shows here without a change.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from nhanluc_cli.i18n import (
    WORDS,
    Lang,
    assessment_word,
    figure_with_unit,
    number,
    unit_suffix,
    word,
)
from nhanluc_cli.indicators.trend import INDICATOR_STATUSES
from nhanluc_cli.render.words import TASK_DISPLAY_ORDER, task_statuses_shown
from nhanluc_cli.tasks.records import TASK_STATUSES
from nhanluc_cli.vietnamese import format_date

if TYPE_CHECKING:
    from rich.table import Table
    from rich.text import Text

    from nhanluc_cli.findings import Finding
    from nhanluc_cli.judging.rollup import IndicatorRow, Rollup, UnitIndicator, UnitResult
    from nhanluc_cli.render.workbook import Sheet

__all__ = [
    "indicator_columns",
    "indicator_rows",
    "print_indicator_matrix",
    "print_task_counts",
    "rollup_html",
    "rollup_sheets",
    "task_columns",
    "task_rows",
]

# Task statuses as tables list them: what calls for action first, then any status the engine
# knows that the display order does not name yet.
UNIT_NAME_MIN_WIDTH = 22  # "Xã Tân An", "  Phòng Kinh tế" whole at 80 columns
TASK_COLUMNS: tuple[str, ...] = (
    *TASK_DISPLAY_ORDER,
    *(status for status in TASK_STATUSES if status not in TASK_DISPLAY_ORDER),
)
UNIT_COLUMN_WIDTH = 14  # a unit's column in the console matrix
NAME_COLUMN_WIDTH = 28


def _status_word(family: str, status: str, lang: Lang) -> str:
    """The status in the reader's language; the engine's word when i18n has none yet."""
    key = f"{family}.{status}"
    return word(key, lang) if key in WORDS else status.replace("_", " ")


def _figure(value: float | None) -> float | int | None:
    """Rounded as `indicators --format json` rounds a latest value (4 decimals)."""
    if value is None:
        return None
    rounded = round(value, 4)
    return int(rounded) if rounded.is_integer() else rounded


# ---------------------------------------------------------------------------------------------
# JSON and CSV rows


def indicator_rows(rows: Sequence[IndicatorRow]) -> list[dict[str, object]]:
    json_rows: list[dict[str, object]] = []
    for row in rows:
        json_row: dict[str, object] = {
            "id": row.id,
            "name": row.name,
            "units": {
                unit_id: {
                    "status": cell.status,
                    "latest": _figure(cell.latest),
                    "as_of": cell.as_of,
                }
                for unit_id, cell in row.cells.items()
            },
        }
        if row.total is not None:  # a catalogue row (§15): the all-units figure
            total: dict[str, object] = {
                "value": _figure(row.total.value),
                "as_of": row.total.as_of,
                "units_counted": len(row.total.units_counted),
                "status": row.total.status,
            }
            if row.total.not_pooled:
                total["not_pooled"] = list(row.total.not_pooled)
            json_row["total"] = total
        json_rows.append(json_row)
    return json_rows


TOTAL_FIELDS = ("value", "as_of", "units_counted", "status")


def indicator_columns(units: Sequence[UnitResult], with_total: bool = False) -> list[str]:
    return [
        "id",
        "name",
        *((f"total.{field}" for field in TOTAL_FIELDS) if with_total else ()),
        *(f"units.{u.id}.{field}" for u in units for field in ("status", "latest", "as_of")),
    ]


def task_rows(units: Sequence[UnitResult]) -> list[dict[str, object]]:
    return [
        {
            "unit": unit.id,
            "name": unit.name,
            "counts": dict(unit.summary.task_counts) if unit.summary is not None else {},
            "total": unit.summary.total if unit.summary is not None else 0,
            "errors": unit.errors,
        }
        for unit in units
    ]


def task_columns() -> list[str]:
    return ["unit", "name", *(f"counts.{status}" for status in TASK_STATUSES), "total", "errors"]


# ---------------------------------------------------------------------------------------------
# Console tables


def _cell_text(unit: UnitResult, row: IndicatorRow, lang: Lang) -> Text:
    from rich.text import Text

    if unit.summary is None:
        return Text(word("rollup.broken", lang), style="bold red")
    cell = row.cells.get(unit.id)
    if cell is None:
        return Text("–", style="dim")
    status = _status_word("indicator_status", cell.status, lang)
    # No figure yet: the status alone says so ("chưa có số liệu").
    shown = f"{_value_text(cell, lang)}\n{status}" if cell.as_of is not None else status
    return Text(shown, style=INDICATOR_STYLE.get(cell.status, ""))


INDICATOR_STYLE: dict[str, str] = {
    "achieved": "green",
    "missed": "bold red",
    "deterioration": "red",
    "limited_progress": "magenta",
    "moderate_progress": "yellow",
    "substantial_progress": "green",
    "no_data": "dim",
    "insufficient_data": "",
}


def _value_text(cell: UnitIndicator, lang: Lang) -> str:
    if cell.latest is not None:
        if cell.unit is not None and cell.unit not in ("%", "per_10000"):
            return figure_with_unit(cell.latest, cell.unit, lang)  # a count (§15)
        return number(cell.latest, lang)
    if cell.assessment is not None:
        return assessment_word(cell.assessment, lang)
    return "-"


def _chunks(units: Sequence[UnitResult], size: int) -> Iterable[Sequence[UnitResult]]:
    for start in range(0, len(units), size):
        yield units[start : start + size]


def _matrix_table(rows: Sequence[IndicatorRow], units: Sequence[UnitResult], lang: Lang) -> Table:
    from rich.text import Text

    from nhanluc_cli.render.output import console_table

    table = console_table(expand=False)
    table.add_column(word("rollup.col.indicator", lang), width=NAME_COLUMN_WIDTH)
    with_total = any(row.total is not None for row in rows)
    if with_total:
        table.add_column(word("rollup.col.all_units", lang), width=UNIT_COLUMN_WIDTH - 1)
    for unit in units:
        table.add_column(unit.name, width=UNIT_COLUMN_WIDTH - 1)
    for row in rows:
        name = Text(row.name)
        name.append(f"\n{row.id}", style="dim")
        names = {unit.id: unit.name for unit in units}
        total = [_total_text(row, lang, names)] if with_total else []
        cells = (_cell_text(unit, row, lang) for unit in units)
        table.add_row(name, *total, *cells, end_section=True)
    return table


def total_text(row: IndicatorRow, lang: Lang, names: Mapping[str, str] | None = None) -> str:
    """The all-units figure as a cell shows it: value, status, how many units make it, and
    the units left out of a pooled rate (by name when `names` has them)."""
    total = row.total
    if total is None or total.value is None:
        return "–"
    value = number(total.value, lang) + unit_suffix(row.unit, lang)
    lines = [value]
    if total.status is not None:
        lines.append(_status_word("indicator_status", total.status, lang))
    lines.append(word("rollup.total.units", lang, count=len(total.units_counted)))
    if total.not_pooled:
        left = ", ".join((names or {}).get(unit, unit) for unit in total.not_pooled)
        lines.append(word("rollup.total.not_pooled", lang, units=left))
    return "\n".join(lines)


def _total_text(row: IndicatorRow, lang: Lang, names: Mapping[str, str]) -> Text:
    from rich.text import Text

    status = row.total.status if row.total is not None else None
    return Text(total_text(row, lang, names), style=INDICATOR_STYLE.get(status or "", "bold"))


def print_indicator_matrix(
    rows: Sequence[IndicatorRow], units: Sequence[UnitResult], lang: Lang, as_of: date
) -> None:
    """One row per indicator, a column per unit (value, then status); more units than fit in
    100 columns continue in a second table, as a wide table continues on the next page."""
    from nhanluc_cli.render.output import TABLE_WIDTH, console

    out = console()
    per_table = max(1, (TABLE_WIDTH - NAME_COLUMN_WIDTH) // UNIT_COLUMN_WIDTH)
    for number_, chunk in enumerate(_chunks(units, per_table)):
        if number_:
            out.print()
        out.print(_matrix_table(rows, chunk, lang))
    shown = format_date(as_of, lang)
    out.print(
        word("rollup.indicators.caption", lang, count=len(rows), units=len(units), date=shown)
    )


def _task_table(units: Sequence[UnitResult], lang: Lang) -> Table:
    from rich.text import Text

    from nhanluc_cli.render.output import console_table
    from nhanluc_cli.render.tasks import HEADER_WIDTH, STATUS_STYLE

    table = console_table()
    # The units' and agencies' names need room to be read (a name cut to "Xã C…" tells
    # nothing): the count columns wrap their headers instead. Statuses only a plan's later
    # life brings are shown when some unit has them (render.words.task_statuses_shown).
    table.add_column(
        word("rollup.col.unit_agency", lang),
        overflow="ellipsis",
        no_wrap=True,
        ratio=1,
        min_width=UNIT_NAME_MIN_WIDTH,
    )
    columns = task_statuses_shown(*(u.summary.task_counts for u in units if u.summary))
    for status in columns:
        header = _status_word("task_status", status, lang)
        narrow = max(HEADER_WIDTH, *(len(part) for part in header.split()))
        table.add_column(
            header, justify="right", max_width=narrow, style=STATUS_STYLE.get(status, "")
        )
    table.add_column(word("rollup.col.total", lang), justify="right")
    table.add_column(word("rollup.col.errors", lang), justify="right", style="bold red")
    for unit in units:
        if unit.summary is None:
            blanks = [""] * (len(columns) + 1)
            table.add_row(Text(unit.name, style="bold"), *blanks, str(unit.errors))
            continue
        counts = [str(unit.summary.task_counts.get(s, 0)) for s in columns]
        table.add_row(Text(unit.name, style="bold"), *counts, str(unit.summary.total), "")
        for load in unit.summary.agencies:
            agency_counts = [str(load.counts.get(s, 0)) for s in columns]
            table.add_row(f"  {load.name}", *agency_counts, str(load.total), "")
    return table


def print_task_counts(units: Sequence[UnitResult], lang: Lang, as_of: date) -> None:
    """A row per unit (its occurrences by status), and under it a row per lead agency."""
    from nhanluc_cli.render.output import console

    out = console()
    out.print(_task_table(units, lang))
    out.print(word("rollup.tasks.caption", lang, units=len(units), date=format_date(as_of, lang)))


# ---------------------------------------------------------------------------------------------
# Excel: one sheet per table


def rollup_sheets(
    view: str, rows: Sequence[IndicatorRow], units: Sequence[UnitResult], lang: Lang
) -> list[Sheet]:
    """`indicators`: the matrix (a status, value and date column per unit); `tasks`: a row
    per unit, and a row per unit and lead agency. Both end with the data errors, if any."""
    sheets = (
        _indicator_sheets(rows, units, lang) if view == "indicators" else _task_sheets(units, lang)
    )
    findings = [(unit, f) for unit in units for f in unit.findings]
    if findings:
        sheets.append(_error_sheet(findings, lang))
    return sheets


def _indicator_sheets(
    rows: Sequence[IndicatorRow], units: Sequence[UnitResult], lang: Lang
) -> list[Sheet]:
    from nhanluc_cli.render.sheets import flatten_typed
    from nhanluc_cli.render.workbook import Cell, Sheet

    headers = [word("rollup.xlsx.id", lang), word("rollup.xlsx.indicator", lang)]
    with_total = any(row.total is not None for row in rows)
    if with_total:
        everyone = word("rollup.col.all_units", lang)
        headers += [
            everyone,
            word("rollup.xlsx.as_of", lang, unit=everyone),
            word("rollup.total.units", lang, count="").strip(),
            word("rollup.xlsx.status", lang, unit=everyone),
        ]
    for unit in units:
        for field in ("status", "latest", "as_of"):
            headers.append(word(f"rollup.xlsx.{field}", lang, unit=unit.name))
    columns = indicator_columns(units, with_total)
    cells: list[tuple[Cell, ...]] = []
    for json_row, row in zip(indicator_rows(rows), rows, strict=True):
        flat = flatten_typed(json_row)
        line: list[Cell] = []
        for column in columns:
            value = flat.get(column)
            if column.endswith(".status") and isinstance(value, str):
                value = _status_word("indicator_status", value, lang)
            elif column.endswith(".latest") and value is None:
                cell = row.cells.get(column.split(".")[1])
                if cell is not None and cell.assessment is not None:
                    value = assessment_word(cell.assessment, lang)
            line.append(value)
        cells.append(tuple(line))
    return [Sheet(word("rollup.sheet.indicators", lang), tuple(headers), tuple(cells))]


def _task_sheets(units: Sequence[UnitResult], lang: Lang) -> list[Sheet]:
    from nhanluc_cli.render.sheets import flatten_typed
    from nhanluc_cli.render.workbook import Cell, Sheet

    status_headers = [_status_word("task_status", s, lang).capitalize() for s in TASK_STATUSES]
    unit_headers = (
        word("rollup.xlsx.unit_id", lang),
        word("rollup.xlsx.unit", lang),
        *status_headers,
        word("rollup.xlsx.total", lang),
        word("rollup.xlsx.errors", lang),
    )
    unit_rows = tuple(
        tuple(flatten_typed(row).get(column) for column in task_columns())
        for row in task_rows(units)
    )
    agency_rows: list[tuple[Cell, ...]] = []
    for unit in units:
        if unit.summary is None:
            continue
        for load in unit.summary.agencies:
            counts = [load.counts.get(s, 0) for s in TASK_STATUSES]
            agency_rows.append((unit.name, load.name, *counts, load.total))
    agency_headers = (
        word("rollup.xlsx.unit", lang),
        word("rollup.xlsx.agency", lang),
        *status_headers,
        word("rollup.xlsx.total", lang),
    )
    return [
        Sheet(word("rollup.sheet.units", lang), unit_headers, unit_rows),
        Sheet(word("rollup.sheet.agencies", lang), agency_headers, tuple(agency_rows)),
    ]


def _error_sheet(findings: Sequence[tuple[UnitResult, Finding]], lang: Lang) -> Sheet:
    from nhanluc_cli.render.findings import full_message
    from nhanluc_cli.render.workbook import Sheet

    headers = tuple(
        word(f"rollup.xlsx.{field}", lang)
        for field in ("unit", "file", "line", "column", "code", "message")
    )
    rows = tuple(
        (unit.name, f.file, f.line, f.column, f.code, full_message(f, lang)) for unit, f in findings
    )
    return Sheet(word("rollup.sheet.errors", lang), headers, rows)


# ---------------------------------------------------------------------------------------------
# HTML: one page, no script, nothing fetched; A4 landscape when printed

# Background per indicator status: greens for on track, yellow to red for behind, greys for
# what cannot be judged. A status without a colour here prints white, with its word.
STATUS_COLOURS: dict[str, str] = {
    "achieved": "#a8d8a0",
    "substantial_progress": "#d4ecc4",
    "moderate_progress": "#fbe7a1",
    "limited_progress": "#f8c99a",
    "deterioration": "#ef9f8f",
    "missed": "#d9776b",
    "not_assessable": "#d6cfe0",
    "insufficient_data": "#eeeeee",
    "no_data": "#f7f7f7",
}

_CSS = """
@page { size: A4 landscape; margin: 12mm 10mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt; color: #111;
       margin: 0 auto; max-width: 277mm; padding: 8px;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 2px; text-transform: uppercase; }
h2 { font-size: 12.5pt; margin: 14px 0 6px; }
p.sub { text-align: center; margin: 0 0 8px; font-style: italic; }
table { border-collapse: collapse; width: 100%; page-break-inside: auto; }
table.matrix { table-layout: fixed; }
table.matrix col.name, table.counts col.name { width: 30%; }
table.counts { table-layout: fixed; }
thead { display: table-header-group; }
tr, table.counts tbody { page-break-inside: avoid; break-inside: avoid; }
th, td { border: 1px solid #777; padding: 3px 5px; vertical-align: middle; }
th { background: #e6e6e6; font-weight: bold; text-align: center; }
td.name { text-align: left; }
td.name small, td.cell small { display: block; color: #444; font-size: 8.5pt; }
td.cell { text-align: center; }
td.cell b { font-size: 11.5pt; }
td.absent { color: #888; text-align: center; background: #fff; }
td.broken { color: #9b1c1c; text-align: center; font-weight: bold;
            background: repeating-linear-gradient(45deg, #fff, #fff 4px, #f3dcdc 4px,
                                                  #f3dcdc 8px); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.overdue { color: #9b1c1c; font-weight: bold; background: #f7dcd7; }
tr.agency td.name { padding-left: 18px; font-size: 10pt; }
tr.agency td { font-size: 10pt; color: #333; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 6px 0 2px; font-size: 9.5pt; }
.legend span.swatch { display: inline-block; width: 14px; height: 10px; border: 1px solid #777;
                      margin-right: 4px; vertical-align: -1px; }
p.note { font-size: 9.5pt; margin: 4px 0; }
ul.findings { font-size: 9.5pt; padding-left: 18px; }
ul.findings code { font-family: "DejaVu Sans Mono", monospace; font-size: 8.5pt; }
section.tasks { page-break-before: auto; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


# The legend's order: from on track to off track, then what cannot be judged; a status the
# engine adds later comes last.
LEGEND_ORDER: tuple[str, ...] = (
    "achieved",
    "substantial_progress",
    "moderate_progress",
    "limited_progress",
    "deterioration",
    "missed",
    "not_assessable",
    "insufficient_data",
    "no_data",
)


def _legend(lang: Lang) -> str:
    items = []
    known = [status for status in LEGEND_ORDER if status in INDICATOR_STATUSES]
    for status in (*known, *(s for s in INDICATOR_STATUSES if s not in LEGEND_ORDER)):
        colour = STATUS_COLOURS.get(status, "#ffffff")
        label = _status_word("indicator_status", status, lang)
        items.append(
            f'<span><span class="swatch" style="background:{colour}"></span>{_e(label)}</span>'
        )
    items.append(
        f'<span><span class="swatch"></span>– {_e(word("rollup.html.absent", lang))}</span>'
    )
    return f'<div class="legend">{"".join(items)}</div>'


def _html_cell(unit: UnitResult, row: IndicatorRow, lang: Lang) -> str:
    if unit.summary is None:
        return f'<td class="broken">{_e(word("rollup.broken", lang))}</td>'
    cell = row.cells.get(unit.id)
    if cell is None:
        return f'<td class="absent" title="{_e(word("rollup.html.absent", lang))}">–</td>'
    colour = STATUS_COLOURS.get(cell.status, "#ffffff")
    status = _status_word("indicator_status", cell.status, lang)
    value = _value_text(cell, lang) if cell.as_of is not None else ""
    if cell.latest is not None and cell.unit == "%":
        value += "%"
    when = f"<small>{_e(format_date(cell.as_of, lang))}</small>" if cell.as_of else ""
    return (
        f'<td class="cell" style="background:{colour}"><b>{_e(value)}</b>{when}'
        f"<small>{_e(status)}</small></td>"
    )


def _indicator_section(
    rows: Sequence[IndicatorRow], units: Sequence[UnitResult], lang: Lang
) -> str:
    with_total = any(row.total is not None for row in rows)
    head = "".join(f"<th>{_e(unit.name)}</th>" for unit in units)
    cols = "<col>" * len(units)
    if with_total:  # the province's column (§15), first after the names
        head = f"<th>{_e(word('rollup.col.all_units', lang))}</th>" + head
        cols += "<col>"
    body = []
    for row in rows:
        cells = "".join(_html_cell(unit, row, lang) for unit in units)
        if with_total:
            status = row.total.status if row.total is not None else None
            colour = STATUS_COLOURS.get(status or "", "#ffffff")
            names = {unit.id: unit.name for unit in units}
            parts = total_text(row, lang, names).split("\n")
            shown = "<br>".join(_e(part) for part in parts)
            cells = f'<td class="cell" style="background:{colour}"><b>{shown}</b></td>' + cells
        target = _e(_target(row, lang))
        body.append(
            f'<tr><td class="name">{_e(row.name)}<small>{_e(word("rollup.html.target", lang))}: '
            f"{target}</small></td>{cells}</tr>"
        )
    return (
        f"<h2>{_e(word('rollup.html.indicators', lang))}</h2>{_legend(lang)}"
        f'<table class="matrix"><colgroup><col class="name">{cols}</colgroup>'
        f"<thead><tr><th>{_e(word('rollup.col.indicator', lang))}</th>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table>"
        f'<p class="note">{_e(word("rollup.html.target_note", lang))}</p>'
    )


def _target(row: IndicatorRow, lang: Lang) -> str:
    from nhanluc_cli.i18n import target_text

    if row.total is not None and row.target.kind != "qualitative":
        return target_text(row.target, lang)  # the catalogue's own target
    targets = {target_text(cell.target, lang) for cell in row.cells.values()}
    return " / ".join(sorted(targets))


def _task_section(units: Sequence[UnitResult], lang: Lang) -> str:
    heads = "".join(
        f"<th>{_e(_status_word('task_status', s, lang).capitalize())}</th>" for s in TASK_COLUMNS
    )
    head = (
        f"<tr><th>{_e(word('rollup.col.unit_agency', lang))}</th>{heads}"
        f"<th>{_e(word('rollup.col.total', lang))}</th></tr>"
    )
    body = []
    for unit in units:
        # One <tbody> per unit, kept on one page when it fits.
        body.append("<tbody>")
        if unit.summary is None:
            body.append(
                f'<tr><td class="name"><b>{_e(unit.name)}</b></td>'
                f'<td class="broken" colspan="{len(TASK_COLUMNS) + 1}">'
                f"{_e(word('rollup.html.broken_unit', lang, errors=unit.errors))}</td></tr></tbody>"
            )
            continue
        body.append(
            _task_line(f"<b>{_e(unit.name)}</b>", unit.summary.task_counts, unit.summary.total, "")
        )
        for load in unit.summary.agencies:
            body.append(_task_line(_e(load.name), load.counts, load.total, ' class="agency"'))
        body.append("</tbody>")
    return (
        f'<section class="tasks"><h2>{_e(word("rollup.html.tasks", lang))}</h2>'
        f'<table class="counts"><colgroup><col class="name">{"<col>" * (len(TASK_COLUMNS) + 1)}'
        f"</colgroup><thead>{head}</thead>{''.join(body)}</table></section>"
    )


def _task_line(name: str, counts: Mapping[str, int], total: int, row_class: str) -> str:
    cells = []
    for status in TASK_COLUMNS:
        count = counts.get(status, 0)
        css = "num overdue" if status == "overdue" and count else "num"
        cells.append(f'<td class="{css}">{count}</td>')
    cells.append(f'<td class="num">{total}</td>')
    return f'<tr{row_class}><td class="name">{name}</td>{"".join(cells)}</tr>'


def _error_section(units: Sequence[UnitResult], lang: Lang) -> str:
    from nhanluc_cli.render.findings import full_message

    items = []
    for unit in units:
        for f in unit.findings:
            place = f"{f.file}:{f.line}:{f.column}"
            items.append(
                f"<li><b>{_e(unit.name)}</b>: <code>{_e(place)}</code> {_e(f.code)} "
                f"{_e(full_message(f, lang))}</li>"
            )
    if not items:
        return ""
    return (
        f'<h2>{_e(word("rollup.html.errors", lang))}</h2><ul class="findings">{"".join(items)}</ul>'
    )


def rollup_html(rolled: Rollup, rows: Sequence[IndicatorRow], lang: Lang, as_of: date) -> str:
    """The whole page: the indicator matrix coloured by status, the tasks by unit and lead
    agency (overdue counts marked), and the findings of units whose data has errors."""
    title = rolled.title or word("rollup.html.title", lang)
    when = word("rollup.html.as_of", lang, date=format_date(as_of, lang))
    subtitle = f"{rolled.title} · {when}" if rolled.title else when
    units = rolled.units
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_e(word('rollup.html.title', lang))}</h1>",
        f'<p class="sub">{_e(subtitle)}</p>',
        _indicator_section(rows, units, lang),
        _task_section(units, lang),
        _error_section(units, lang),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"
