"""`nhanluc indicators`: the table, the `--explain` sums, and the words both use.

Numbers follow the language (decimal comma in Vietnamese), dates too (dd/mm/yyyy or ISO). rich is
imported only where a table is drawn. The distance to the target is a bar of block characters, so
it reads the same with or without colour: it is full only when the target is met.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.indicators.evaluation import IndicatorResult
from nhanluc_cli.indicators.trend import Evaluation, target_met, year_fraction
from nhanluc_cli.plan.model import Indicator, Plan
from nhanluc_cli.render.words import (
    assessment_word,
    indicator_status_word,
    latest_text,
    number,
    target_text,
)
from nhanluc_cli.vietnamese import format_date

if TYPE_CHECKING:
    from rich.table import Table
    from rich.text import Text

__all__ = [
    "BAR_WIDTH",
    "explain_lines",
    "indicator_tables",
    "print_indicators",
    "progress_bar",
]

BAR_WIDTH = 10
_EIGHTHS = " ▏▎▍▌▋▊▉"
_FULL, _EMPTY = "█", "░"

# Colours for terminals that show them; the words and the bar carry the meaning without them.
_STYLE = {
    "achieved": "green",
    "substantial_progress": "green",
    "moderate_progress": "yellow",
    "limited_progress": "dark_orange",
    "deterioration": "red",
    "missed": "bold red",
    "not_assessable": "red",
    "insufficient_data": "dim",
    "no_data": "dim",
}


# ---------------------------------------------------------------------------------------------
# Words and numbers


def progress_bar(indicator: Indicator, evaluation: Evaluation, width: int = BAR_WIDTH) -> str:
    """How far the latest value has come toward the target, in eighths of a cell.

    At-least and range targets (judged on lo): value / target. At-most targets: target / value
    while above it. Full only when the target is met; empty when there is no figure to draw.
    """
    latest, x = evaluation.latest, evaluation.target_value
    if latest is None or latest.value is None or x is None:
        return ""
    if indicator.measure == "growth":
        # The levels are not the target (a rate): the bar is R, full once achieved.
        if evaluation.status == "achieved":
            return _FULL * width
        return _bar(evaluation.ratio or 0.0, width)
    if target_met(indicator.target, latest.value):
        return _FULL * width
    if indicator.target.kind == "at_most":
        share = x / latest.value if latest.value > 0 else 0.0
    else:
        share = latest.value / x if x > 0 else 0.0
    return _bar(share, width)


def _bar(share: float, width: int) -> str:
    # Never a full bar short of the target: at most width - 1/8 cells.
    eighths = min(int(max(share, 0.0) * width * 8), width * 8 - 1)
    full, part = divmod(eighths, 8)
    bar = _FULL * full + (_EIGHTHS[part] if part else "")
    return bar + _EMPTY * (width - len(bar))


# ---------------------------------------------------------------------------------------------
# The table


# Column widths (characters), so that the whole table fits the console (80-120 columns). Each
# row takes two lines or more: the indicator's name over its id, the latest value over its date;
# the name column takes what the others leave, and never less than the longest id, which must
# not be cut. Below FULL_WIDTH the progress bar gives way (the status word says the same) and
# the status column may wrap between words.
_WIDTHS = {"target": 13, "latest": 10, "projected": 7, "progress": BAR_WIDTH, "status": 15}
FULL_WIDTH = 100
_MIN_STATUS = 9  # the longest single word of a status ("nghiêm", "không", ...) and then some


def _layout(results: Sequence[IndicatorResult], width: int) -> dict[str, int]:
    """Each column's width for a table `width` columns wide; no "progress" key: no bar."""
    widths = dict(_WIDTHS)
    if width < FULL_WIDTH:
        del widths["progress"]
    # Between two columns: one space of padding (collapsed) and the table's invisible divider.
    gaps = 2 * len(widths)
    longest_id = max((len(r.indicator.id) for r in results), default=0)
    name = max(width - sum(widths.values()) - gaps, longest_id, 20)
    over = name + sum(widths.values()) + gaps - width
    if over > 0:
        widths["status"] = max(widths["status"] - over, _MIN_STATUS)
    widths["name"] = name
    return widths


def indicator_tables(
    plan: Plan, results: Sequence[IndicatorResult], lang: Lang, width: int = 100
) -> list[Table]:
    """One table per indicator group, in plan order, all with the same columns."""
    groups: dict[str, list[IndicatorResult]] = {}
    for result in results:
        groups.setdefault(result.indicator.group, []).append(result)
    widths = _layout(results, width)
    return [_group_table(plan, group, members, lang, widths) for group, members in groups.items()]


def _group_table(
    plan: Plan,
    group: str,
    results: Sequence[IndicatorResult],
    lang: Lang,
    widths: dict[str, int],
) -> Table:
    from rich import box
    from rich.table import Table

    title = word("indicators.group", lang, group=group, title=plan.group_names.get(group, ""))
    table = Table(
        title=title.strip(),
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        collapse_padding=True,
    )
    table.add_column(word("indicators.col.indicator", lang), width=widths["name"], overflow="fold")
    table.add_column(word("indicators.col.target", lang), width=widths["target"])
    table.add_column(word("indicators.col.latest", lang), width=widths["latest"], justify="right")
    table.add_column(
        word("indicators.col.projected", lang), width=widths["projected"], justify="right"
    )
    with_bar = "progress" in widths
    if with_bar:
        table.add_column(word("indicators.col.progress", lang), width=widths["progress"])
    table.add_column(word("indicators.col.status", lang), width=widths["status"])
    for result in results:
        cells = _cells(result, lang)
        table.add_row(*(cells if with_bar else cells[:4] + cells[5:]))
    return table


def _cells(result: IndicatorResult, lang: Lang) -> list[str | Text]:
    from rich.text import Text

    indicator, evaluation = result.indicator, result.evaluation
    latest, projected = evaluation.latest, result.projected
    style = _STYLE.get(evaluation.status, "")
    name = Text(indicator.name)
    name.append("\n" + indicator.id, style="dim")
    shown = latest_text(result, lang)
    if latest is not None:
        shown += "\n" + format_date(latest.as_of, lang)
    return [
        name,
        target_text(indicator, lang),
        shown,
        number(projected, lang, 1) if projected is not None else "",
        Text(progress_bar(indicator, evaluation), style=style),
        Text(indicator_status_word(evaluation.status, lang), style=style),
    ]


# ---------------------------------------------------------------------------------------------
# --explain: the sums, written out


def _year(x: float, lang: Lang) -> str:
    """A decimal year with four decimals and no thousands separator: "2021,0000"."""
    text = f"{x:.4f}"
    return text.replace(".", ",") if lang == "vi" else text


def _t(day: date, lang: Lang) -> str:
    """ "2023 + 365/365 = 2024,0000": how a date becomes a decimal year."""
    days = 366 if calendar.isleap(day.year) else 365
    return f"{day.year} + {day.timetuple().tm_yday}/{days} = {_year(year_fraction(day), lang)}"


def _f(x: float | None, lang: Lang, places: int = 6) -> str:
    return "-" if x is None else number(x, lang, places)


def explain_lines(result: IndicatorResult, lang: Lang) -> list[str]:
    """The block `--explain` prints for one indicator: every figure, each formula, the verdict."""
    indicator, e = result.indicator, result.evaluation
    if result.measured is not None:  # a §15 measure: its own sums
        from nhanluc_cli.render.measures import measure_explain_lines

        return measure_explain_lines(result, lang)
    lines = [f"{indicator.id} — {indicator.name}", *_target_lines(result, lang)]
    first, latest = e.first, e.latest
    if first is None or latest is None:
        return lines
    if indicator.target.kind == "qualitative":
        assessed = word(
            "explain.assessed",
            lang,
            assessment=assessment_word(latest.assessment, lang),
            date=format_date(latest.as_of, lang),
        )
        return [
            *lines,
            "  "
            + word(
                "explain.verdict",
                lang,
                status=f"{assessed} → {indicator_status_word(e.status, lang)}",
            ),
        ]
    lines.append(_measurement_line("explain.first", "y0", "t0", first.value, first.as_of, lang))
    if latest.as_of != first.as_of:
        lines.append(
            _measurement_line("explain.latest", "yt", "t", latest.value, latest.as_of, lang)
        )
    lines.extend(_rate_lines(result, lang))
    lines.append("  " + word("explain.verdict", lang, status=_verdict(result, lang)))
    return lines


def _target_lines(result: IndicatorResult, lang: Lang) -> list[str]:
    indicator, e = result.indicator, result.evaluation
    label = f"  {word('explain.target', lang)} {target_text(indicator, lang)}"
    due = "  " + word("explain.due", lang, year=indicator.by)
    if e.target_value is None:  # qualitative: assessed in words, no x
        return [f"  {word('explain.target', lang)}: {target_text(indicator, lang)}", due]
    x = f"x = {number(e.target_value, lang, 4)}"
    if indicator.target.kind == "range":
        x += " " + word("explain.range_note", lang)
    # A year outside what `date` can hold cannot be drawn as a day; its T is still exact.
    end_day = date(indicator.by, 12, 31) if 1 <= indicator.by <= 9999 else None
    end = _t(end_day, lang) if end_day else _year(e.T_end, lang)
    return [f"{label}: {x}", f"{due}: T = {end}"]


def _measurement_line(
    label: str, y: str, t: str, value: float | None, day: date, lang: Lang
) -> str:
    shown = "-" if value is None else number(value, lang, 4)
    on = word("explain.on", lang, date=format_date(day, lang))
    return f"  {word(label, lang)}: {y} = {shown} {on}, {t} = {_t(day, lang)}"


def _rate_lines(result: IndicatorResult, lang: Lang) -> list[str]:
    e = result.evaluation
    if e.method == "none" or e.first is None or e.latest is None:
        return []
    y0, yt = number(e.first.value or 0.0, lang, 4), number(e.latest.value or 0.0, lang, 4)
    t0 = e.t0 or 0.0
    span, span_required = number((e.t or 0.0) - t0, lang, 6), number(e.T_end - t0, lang, 6)
    x = "-" if e.target_value is None else number(e.target_value, lang, 4)
    observed, required = _f(e.cagr_observed, lang), _f(e.cagr_required, lang)
    lines: list[str] = []
    if e.method == "cagr":
        lines += _formula(
            f"{word('explain.cagr_observed', lang)}{_as_percent(e.cagr_observed, lang)}",
            "CAGR_observed = (yt / y0)^(1 / (t − t0)) − 1",
            f"({yt} / {y0})^(1 / {span}) − 1 = {observed}",
        )
        if e.cagr_required is not None:
            lines += _formula(
                f"{word('explain.cagr_required', lang)}{_as_percent(e.cagr_required, lang)}",
                "CAGR_required = (x / y0)^(1 / (T − t0)) − 1",
                f"({x} / {y0})^(1 / {span_required}) − 1 = {required}",
            )
    else:
        lines.append("  " + word("explain.linear_note", lang))
        lines += _formula(
            word("explain.slope_observed", lang),
            "CAGR_observed = (yt − y0) / (t − t0)",
            f"({yt} − {y0}) / {span} = {observed}",
        )
        if e.cagr_required is not None:
            lines += _formula(
                word("explain.slope_required", lang),
                "CAGR_required = (x − y0) / (T − t0)",
                f"({x} − {y0}) / {span_required} = {required}",
            )
    if e.ratio is not None:
        if result.indicator.target.kind == "at_most":
            lines.append("  " + word("explain.at_most_note", lang))
        lines += _formula(
            "",
            "R = CAGR_observed / CAGR_required",
            f"{observed} / {required} = {_f(e.ratio, lang, 4)}",
        )
        lines.append("    " + word("explain.rule_ratio", lang))
    return lines + _projection_lines(result, lang)


def _formula(label: str, symbols: str, figures: str, width: int = 96) -> list[str]:
    """A label line, then "symbols = figures" on one line, or on two when it would not fit."""
    lines = [f"  {label}:"] if label else []
    indent = "    " if label else "  "
    one_line = f"{indent}{symbols} = {figures}"
    if len(one_line) <= width:
        return [*lines, one_line]
    name = symbols.split(" = ")[0]
    return [*lines, f"{indent}{symbols}", f"{indent}{' ' * len(name)} = {figures}"]


def _as_percent(rate: float | None, lang: Lang) -> str:
    if rate is None:
        return ""
    return f" ({number(rate * 100, lang, 2)}%{word('explain.per_year', lang)})"


def _projection_lines(result: IndicatorResult, lang: Lang) -> list[str]:
    e = result.evaluation
    if e.projected is None or e.latest is None or e.latest.value is None or e.t is None:
        return []
    if e.cagr_observed is None:
        return []
    yt, ahead = number(e.latest.value, lang, 4), number(e.T_end - e.t, lang, 6)
    observed = _f(e.cagr_observed, lang)
    if e.method == "cagr":
        growth = number(1 + e.cagr_observed, lang, 6)
        formula = f"yt × (1 + CAGR_observed)^(T − t) = {yt} × {growth}^{ahead}"
    else:
        formula = f"yt + CAGR_observed × (T − t) = {yt} + ({observed}) × {ahead}"
    symbols, figures = formula.split(" = ", 1)
    label = word("explain.projected", lang, year=result.indicator.by)
    shown = f"{figures} = {number(e.projected, lang, 2)}"
    if result.projected is not None and result.projected != e.projected:
        key = "explain.capped_zero" if result.projected == 0 else "explain.capped_top"
        shown += " → " + word(key, lang, value=number(result.projected, lang, 2))
    return _formula(label, symbols, shown)


def _verdict(result: IndicatorResult, lang: Lang) -> str:
    e, indicator = result.evaluation, result.indicator
    status = indicator_status_word(e.status, lang)
    value = number(e.latest.value, lang, 4) if e.latest and e.latest.value is not None else "-"
    target = target_text(indicator, lang)
    if e.status == "achieved":
        reason = word("explain.met", lang, value=value, target=target)
    elif e.status in ("missed", "not_assessable"):
        closed = format_date(result.closes_on or date(indicator.by, 12, 31), lang)
        key = "explain.past" if e.status == "missed" else "explain.no_figure_of_the_year"
        reason = word(key, lang, date=closed, year=indicator.by, value=value, target=target)
    elif e.status == "insufficient_data":
        reason = word("explain.one_date", lang)
    elif e.ratio is None:
        reason = word("explain.met_at_start", lang)
    else:
        reason = f"R = {_f(e.ratio, lang, 4)}"
    return f"{reason} → {status}"


# ---------------------------------------------------------------------------------------------
# The command's table output


def print_indicators(
    plan: Plan, results: Sequence[IndicatorResult], lang: Lang, as_of: date, explain: bool
) -> None:
    """The tables (one per group), a caption, and with `explain` the sums for each indicator."""
    from nhanluc_cli.render.output import console

    out = console()
    shown_date = format_date(as_of, lang)
    if not results:
        out.print(word("indicators.none", lang, group="-"), markup=False)
        return
    for table in indicator_tables(plan, results, lang, out.width):
        out.print(table)
    out.print(word("indicators.caption", lang, count=len(results), date=shown_date), markup=False)
    if not explain:
        return
    out.print()
    out.print(word("explain.title", lang, date=shown_date), markup=False)
    out.print(word("explain.years", lang), markup=False)
    for result in results:
        if result.evaluation.latest is None:
            continue
        out.print()
        out.print("\n".join(explain_lines(result, lang)), markup=False)
    missing = [r.indicator.id for r in results if r.evaluation.latest is None]
    if missing:
        out.print()
        out.print(word("explain.no_data", lang, ids=", ".join(missing)), markup=False)
