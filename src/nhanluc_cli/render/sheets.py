"""`--format xlsx` of the listings: their JSON rows as `workbook.Sheet`s.

The input is what `--format json` prints, as dicts (tracking.task_row, indicators.indicator_row,
tracking.agency_row, the status document), so the workbook says exactly what the JSON says.
Columns are the CSV's (nested objects flattened as `target.kind`), but the cells keep their
types: dates stay dates and numbers numbers, and an unknown value is an empty cell. Headers
are in the chosen language, and so are the status words and target kinds in the cells: a
workbook is read by people, who filter on "quá hạn", not on "overdue" (the JSON keeps the
contract's words for scripts).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from nhanluc_cli.i18n import WORDS, Lang, word
from nhanluc_cli.render.workbook import Cell, Percent, Sheet

# Shares from 0 to 1 in the JSON (the period elapsed, an indicator's pace ratio): % cells.
RATIO_FIELDS = frozenset({"elapsed", "ratio"})
# An indicator's figures, in % when its unit is "%": % cells holding the share (66.5 -> 0.665).
PERCENT_FIELDS = frozenset(
    {"target.value", "target.lo", "target.hi", "latest.value", "projected", "value"}
)

__all__ = [
    "agency_sheet",
    "flatten_typed",
    "indicator_sheet",
    "status_sheets",
    "task_sheet",
]


def flatten_typed(row: Mapping[str, Any], prefix: str = "") -> dict[str, Cell]:
    """`row` with nested objects flattened (`target.kind`), every value keeping its type."""
    flat: dict[str, Cell] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten_typed(value, f"{name}."))
        elif isinstance(value, list | tuple):
            flat[name] = [str(item) for item in value]
        elif value is None or isinstance(value, str | int | float | date):
            flat[name] = value
        else:
            flat[name] = str(value)
    return flat


def _word_or(key: str, lang: Lang, fallback: str, **args: object) -> str:
    return word(key, lang, **args) if key in WORDS else fallback


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _header(kind: str, field: str, lang: Lang) -> str:
    head, _, rest = field.partition(".")
    if kind == "agency" and head == "counts":
        return _capital(_word_or(f"task_status.{rest}", lang, field))
    if kind == "summary" and head in ("tasks", "indicators"):
        family = "task_status" if head == "tasks" else "indicator_status"
        status = _word_or(f"{family}.{rest}", lang, rest)
        return word(f"xlsx.summary.{head}", lang, status=status)
    if kind == "indicator" and head == "explain":
        return _word_or(f"xlsx.explain.{rest}", lang, field)
    return _word_or(f"xlsx.{kind}.{field}", lang, field)


def _cell(kind: str, field: str, value: Cell, lang: Lang, unit: object = None) -> Cell:
    """Status words and target kinds in the reader's language, ratios and percentages as %
    cells; everything else as it is."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if field in RATIO_FIELDS:
            return Percent(float(value))
        if unit == "%" and field in PERCENT_FIELDS:
            return Percent(float(value) / 100)
        return value
    if not isinstance(value, str):
        return value
    if field == "status":
        family = "task_status" if kind == "task" else "indicator_status"
        return _word_or(f"{family}.{value}", lang, value)
    if field == "target.kind":
        return _word_or(f"xlsx.kind.{value}", lang, value)
    if field == "measure":
        return _word_or(f"measure.{value}", lang, value)
    return value


def _sheet(
    name: str,
    kind: str,
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str] | None,
    lang: Lang,
) -> Sheet:
    flat = [flatten_typed(row) for row in rows]
    fields = list(columns) if columns is not None else (list(flat[0]) if flat else [])
    return Sheet(
        name=name,
        headers=tuple(_header(kind, field, lang) for field in fields),
        rows=tuple(
            tuple(_cell(kind, field, row.get(field), lang, row.get("unit")) for field in fields)
            for row in flat
        ),
    )


def task_sheet(
    rows: Iterable[Mapping[str, Any]], lang: Lang, name_key: str = "xlsx.sheet.tasks"
) -> Sheet:
    """Task rows (contract §4.1) as one sheet."""
    from nhanluc_cli.render.rows import TASK_FIELDS

    return _sheet(word(name_key, lang), "task", rows, TASK_FIELDS, lang)


def indicator_sheet(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str],
    lang: Lang,
    name_key: str = "xlsx.sheet.indicators",
) -> Sheet:
    """Indicator rows (with `explain.*` columns when asked for) as one sheet."""
    return _sheet(word(name_key, lang), "indicator", rows, columns, lang)


def agency_sheet(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], lang: Lang) -> Sheet:
    return _sheet(word("xlsx.sheet.agencies", lang), "agency", rows, columns, lang)


def status_sheets(
    document: Mapping[str, Any], indicator_columns: Sequence[str], lang: Lang
) -> list[Sheet]:
    """The status document as four sheets: the summary (one row: plan, date, share of the
    period elapsed, the counts), the overdue and due-soon occurrences, and the indicators not
    on track."""
    summary = {key: value for key, value in document.items() if not isinstance(value, list)}
    return [
        _sheet(word("xlsx.sheet.summary", lang), "summary", [summary], None, lang),
        task_sheet(document.get("overdue", []), lang, "xlsx.sheet.overdue"),
        task_sheet(document.get("due_soon", []), lang, "xlsx.sheet.due_soon"),
        indicator_sheet(
            document.get("not_on_track", []), indicator_columns, lang, "xlsx.sheet.not_on_track"
        ),
    ]
