"""The charts of `nhanluc report --format html`: one inline <svg> per numeric indicator with
figures, as Figures of the official document (official.py places them in a phụ lục).

The geometry is computed here, in viewBox units, so the template (chart.svg.j2, autoescaped:
names and labels from the data files are escaped in SVG <text> and <title> too) only places
ready numbers. Nothing is fetched from anywhere.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.indicators.trend import year_fraction
from nhanluc_cli.render.report.nd30 import Figure
from nhanluc_cli.render.words import number

if TYPE_CHECKING:
    from nhanluc_cli.render.report.document import ChartSeries, IndicatorLine, ProgressReport

__all__ = ["Chart", "chart_figures", "chart_for", "nice_scale"]

# The chart's box in viewBox units; the figure scales it to half the page's width.
WIDTH, HEIGHT = 300.0, 170.0
LEFT, RIGHT, TOP, BOTTOM = 34.0, 8.0, 14.0, 20.0
TICKS = 5  # about this many steps on the value axis


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float
    label: str  # the value, as the report's language writes it
    title: str  # "31/12/2022: 64,1" (a tooltip where the viewer shows one)
    label_x: float = 0.0  # where its label goes: clear of the line, the ticks and the edges
    label_y: float = 0.0
    anchor: str = "middle"


@dataclass(frozen=True, slots=True)
class Tick:
    at: float  # x or y in viewBox units
    label: str


@dataclass(frozen=True, slots=True)
class Chart:
    """A chart ready to place: coordinates in viewBox units, labels in the report's language."""

    width: float
    height: float
    left: float
    right: float  # x of the plot's right edge
    top: float
    bottom: float  # y of the plot's bottom edge
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    points: tuple[Point, ...]
    line: str  # SVG points of the polyline through the measurements ("" with fewer than two)
    target_lines: tuple[Tick, ...]  # horizontal: one, or two for a range
    band: tuple[float, float] | None  # a range target's band (y of its top, its height)
    target_label: Tick | None  # placed at the first target line
    projection: tuple[float, float, float, float] | None  # x1, y1, x2, y2 (dashed)
    projection_label: Point | None


def nice_scale(low: float, high: float, steps: int = TICKS) -> tuple[float, float, float]:
    """(start, end, step): a round step (1, 2, 2.5 or 5 x 10^k) giving at most `steps` steps,
    and the bounds widened to multiples of it."""
    if not (math.isfinite(low) and math.isfinite(high)):
        low, high = 0.0, 1.0
    if high < low:
        low, high = high, low
    if high - low < 1e-9:
        pad = max(abs(high) * 0.05, 1.0)
        low, high = low - pad, high + pad
    raw = (high - low) / steps
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step + 1e-9) * step
    end = math.ceil(high / step - 1e-9) * step
    return start, end, step


def _value_domain(series: ChartSeries) -> tuple[float, float, float]:
    """The value axis: every measurement, the target and the projection on it (a share's
    projection only up to 100 %), never narrower than 5 % of the values' size (one point at 99
    gets an axis from 96 to 100 in steps of 1, not from 99 to 99,1 in steps of 0,02)."""
    values = [value for _, value in series.points]
    values += [v for v in (series.target, series.lo, series.hi) if v is not None]
    projected = series.projected
    if projected is not None and math.isfinite(projected):
        values.append(min(projected, 100.0) if series.percent else projected)
    low, high = min(values), max(values)
    need = max(abs(high) * 0.05, 1.0)
    if high - low < need:
        middle = (low + high) / 2
        low, high = middle - need / 2, middle + need / 2
        if series.percent and high > 100.0:
            low, high = low - (high - 100.0), 100.0
        if low < 0.0 <= min(values):  # a count or a share never goes below 0
            low, high = 0.0, high - low
    start, end, step = nice_scale(low, high)
    if series.percent:  # a share is never below 0 % or above 100 %
        start, end = max(start, 0.0), min(end, 100.0)
    return start, end, step


def _clip(
    x1: float, y1: float, x2: float, y2: float, y_min: float, y_max: float
) -> tuple[float, float, float, float] | None:
    """The part of a segment between two horizontal lines (in value units, y up)."""
    if y1 == y2:
        return (x1, y1, x2, y2) if y_min <= y1 <= y_max else None
    t_low, t_high = sorted(((y_min - y1) / (y2 - y1), (y_max - y1) / (y2 - y1)))
    t_low, t_high = max(t_low, 0.0), min(t_high, 1.0)
    if t_low > t_high:
        return None
    return (
        x1 + (x2 - x1) * t_low,
        y1 + (y2 - y1) * t_low,
        x1 + (x2 - x1) * t_high,
        y1 + (y2 - y1) * t_high,
    )


def chart_for(series: ChartSeries, lang: Lang, target_text: str) -> Chart:
    """Measurements over time, the target as a line (a band for a range), the projection to the
    end of the target year dashed; time runs from 1 January of the plan's first year."""
    right, bottom = WIDTH - RIGHT, HEIGHT - BOTTOM
    first_day = min([date(series.start, 1, 1), *(day for day, _ in series.points)])
    t_start, t_end = year_fraction(first_day) - 1 / 365, float(series.by + 1)
    if series.points:
        t_end = max(t_end, year_fraction(series.points[-1][0]))
    v_start, v_end, v_step = _value_domain(series) if series.points else _empty_domain(series)

    def x_of(t: float) -> float:
        return round(LEFT + (t - t_start) / (t_end - t_start) * (right - LEFT), 1)

    def y_of(v: float) -> float:
        clamped = min(max(v, v_start), v_end)
        return round(bottom - (clamped - v_start) / (v_end - v_start) * (bottom - TOP), 1)

    years = range(math.ceil(t_start), math.floor(t_end) + 1)
    every = 1 if len(years) <= 11 else 2
    # A year's label sits in the middle of that year; the ticks mark 1 January.
    x_ticks = tuple(
        Tick(x_of(year + 0.5), str(year)) for year in years if year < t_end and year % every == 0
    )
    y_count = round((v_end - v_start) / v_step)
    y_ticks = tuple(
        Tick(y_of(v_start + i * v_step), number(v_start + i * v_step, lang, 2))
        for i in range(y_count + 1)
        if v_start + i * v_step <= v_end + 1e-9
    )
    points = tuple(
        Point(
            x_of(year_fraction(day)),
            y_of(value),
            number(value, lang),
            f"{_date(day, lang)}: {number(value, lang)}",
        )
        for day, value in series.points
    )
    targets = [v for v in (series.target, series.lo, series.hi) if v is not None]
    target_lines = tuple(Tick(y_of(v), number(v, lang)) for v in targets)
    band = None
    if series.kind == "range" and series.lo is not None and series.hi is not None:
        band = (y_of(series.hi), round(y_of(series.lo) - y_of(series.hi), 1))
    projection, projection_label = _projection(series, lang, x_of, y_of, v_start, v_end, t_end)
    points = _placed(points, projection, TOP, bottom, right)
    label = f"{word('report.chart.target', lang)} {target_text}"
    target_label = None
    if target_lines:
        target_label = Tick(_target_label_y(target_lines[0].at, points, TOP, bottom, right), label)
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        left=LEFT,
        right=right,
        top=TOP,
        bottom=bottom,
        x_ticks=x_ticks,
        y_ticks=y_ticks,
        points=points,
        line=" ".join(f"{p.x},{p.y}" for p in points) if len(points) > 1 else "",
        target_lines=target_lines,
        band=band,
        target_label=target_label,
        projection=projection,
        projection_label=projection_label,
    )


LABEL_HEIGHT = 9.0  # a label's height in viewBox units (font size 9)


def _placed(
    points: tuple[Point, ...],
    projection: tuple[float, float, float, float] | None,
    top: float,
    bottom: float,
    right: float,
) -> tuple[Point, ...]:
    """Each point's label above it, or below when the line goes up from it (the next point or
    the projection is higher: a label above would sit on the line) or when there is no room
    above; at the edges it is anchored inwards, clear of the value axis's ticks."""
    placed = []
    for index, point in enumerate(points):
        if index + 1 < len(points):
            next_y: float | None = points[index + 1].y
        elif projection is not None:
            next_y = projection[3]
        else:
            next_y = None
        rising = next_y is not None and next_y < point.y - 0.5
        below = rising or point.y - 5 - LABEL_HEIGHT < top
        squeezed = False
        if below and point.y + 12 > bottom - 1:
            below, squeezed = False, rising  # no room below: above, to the left of the line
        anchor = "middle"
        label_x = point.x
        if squeezed:
            anchor, label_x = "end", point.x - 3
        elif point.x < LEFT + 14:
            anchor, label_x = "start", point.x + 3
        elif point.x > right - 14:
            anchor, label_x = "end", point.x - 3
        label_y = point.y + 12 if below else point.y - 5
        placed.append(
            Point(point.x, point.y, point.label, point.title, label_x, round(label_y, 1), anchor)
        )
    return tuple(placed)


def _target_label_y(
    at: float, points: tuple[Point, ...], top: float, bottom: float, right: float
) -> float:
    """Above the target line, or below it when a point's label or the top edge is in the way
    (the label sits at the plot's left end)."""
    left_part = [p for p in points if p.label_x < LEFT + (right - LEFT) * 0.5]
    above = at - 3

    def clashes(y: float) -> bool:
        return any(abs(p.label_y - y) < LABEL_HEIGHT or abs(p.y - y) < 5 for p in left_part)

    if above - LABEL_HEIGHT < top or clashes(above):
        below = at + 10
        if below < bottom - 2 and not clashes(below):
            return below
    return above


def _empty_domain(series: ChartSeries) -> tuple[float, float, float]:
    targets = [v for v in (series.target, series.lo, series.hi) if v is not None] or [0.0]
    start, end, step = nice_scale(min(targets) * 0.8, max(targets))
    if series.percent:
        start, end = max(start, 0.0), min(end, 100.0)
    return start, end, step


def _projection(
    series: ChartSeries,
    lang: Lang,
    x_of: Callable[[float], float],
    y_of: Callable[[float], float],
    v_start: float,
    v_end: float,
    t_end: float,
) -> tuple[tuple[float, float, float, float] | None, Point | None]:
    projected = series.projected
    if projected is None or not math.isfinite(projected) or not series.points:
        return None, None
    last_day, last_value = series.points[-1]
    t_last = year_fraction(last_day)
    if t_last >= t_end:
        return None, None
    clipped = _clip(t_last, last_value, t_end, projected, v_start, v_end)
    if clipped is None:
        return None, None
    t1, v1, t2, v2 = clipped
    segment = (x_of(t1), y_of(v1), x_of(t2), y_of(v2))
    label = None
    if t2 >= t_end - 1e-9:  # the end is on the chart: say what it reaches
        x2, y2 = segment[2], segment[3]
        # Above the end of a rising line, below a falling or flat one: never on the dashes.
        rising = segment[3] < segment[1] - 0.5
        # A rising line ends under its label: above the end, in the top margin if need be.
        label_y = max(y2 - 5, LABEL_HEIGHT) if rising else y2 + 12
        if label_y > HEIGHT - BOTTOM - 1:
            label_y = y2 - 5
        label = Point(
            x2,
            y2,
            number(projected, lang, 1),
            f"{word('report.chart.projected', lang)} {series.by}: {number(projected, lang, 1)}",
            x2 - 4,
            round(label_y, 1),
            "end",
        )
    return segment, label


def _date(day: date, lang: Lang) -> str:
    from nhanluc_cli.vietnamese import format_date

    return format_date(day, lang)


# ---------------------------------------------------------------------------------------------
# The page


def charts(report: ProgressReport) -> list[tuple[IndicatorLine, Chart]]:
    """One chart per numeric indicator with figures, in plan order."""
    return [
        (line, chart_for(line.chart, report.lang, line.target))
        for group in report.indicator_groups
        for line in group.lines
        if line.chart is not None
    ]


def chart_figures(report: ProgressReport) -> tuple[Figure, ...]:
    """The charts as Figures of an official document (its HTML page draws them)."""
    from nhanluc_cli.render.report.jinja import render_template

    figures = []
    for line, chart in charts(report):
        svg = render_template(
            "chart.svg.j2", report.lang, autoescape=True, filters={}, c=chart, name=line.name
        )
        target = word("indicators.col.target", report.lang)
        caption = (
            f"{line.number}. {line.name}. {target}: {line.target} ({line.by}); {line.status_label}"
        )
        figures.append(Figure(caption=caption, svg=svg, id=f"chart-{line.id}"))
    return tuple(figures)
