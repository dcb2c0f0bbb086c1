"""How figures meet a target, for the measures other than `level` (contract §15).

    yearly          the amount of each calendar year; each closed year met or not, the current
                    year's amount so far against the target pro rata to the share of it elapsed
    cumulative      the amount of each report's period; their sum since the start against the
                    target, on track when sum >= target x share of the period elapsed
    average_yearly  the amount of each calendar year; their mean against the target
    growth          levels; their average annual growth (CAGR) against a rate in % a year
    maintain        levels; met only while every figure since the start meets the target

`level` stays with `trend.evaluate_indicator`, untouched. Pure: plain values in, plain values out;
no clock, no words. Nothing is rounded here.

Time runs as in §3: the window of a target starts on 1 January of the period's first year (or the
plan's date, if later) and ends on 31/12 of the target year; it closes earlier when the plan ended
(`closes_on`). "Share elapsed" counts days: the end of day D over the window's days.

Periods that overlap never add twice (`counted_periods`): the coarser report speaks for the time
it covers, and finer ones count only where no coarser one covers them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple, TypedDict

from nhanluc_cli.indicators.trend import (
    IndicatorStatus,
    Measurement,
    TargetLike,
    status_for_ratio,
    target_value,
    year_fraction,
)

__all__ = [
    "AMOUNT_MEASURES",
    "MeasureEvaluation",
    "PeriodFigure",
    "YearResult",
    "counted_periods",
    "covers_whole",
    "evaluate_measure",
    "finer_within",
    "window_start_of",
]

# Measures whose figures are amounts of a period (summed), not levels on a date.
AMOUNT_MEASURES = frozenset({"yearly", "cumulative", "average_yearly"})

# Sums of decimal figures carry float noise (0.1 + 0.2): a target met to 1e-9 is met.
_TOLERANCE = 1e-9


class PeriodFigure(NamedTuple):
    """One report's amount for its period."""

    period: str  # the report's period label: "2026", "2026-Q1", "2026-H1"
    start: date  # the period's first and last days
    end: date
    as_of: date  # when the figure is dated (known on D when as_of <= D)
    value: float
    source: str | None = None
    key: int = 0  # the caller's handle on the figure (e.g. its index in a list of places)


class YearResult(NamedTuple):
    year: int
    value: float | None  # the year's amount (yearly, average_yearly) or None: no figure
    due: float  # what the year had to reach (pro rata for a partial or running year)
    met: bool | None  # None while the year runs and is not yet met, or without a figure
    closed: bool  # the year is over (or the target closed) on D


class MeasureEvaluation(NamedTuple):
    """The verdict of one indicator under a measure, with what `--explain` shows."""

    measure: str
    status: IndicatorStatus
    done: float | None  # what was done: the sum, this year's amount, the mean, the CAGR (rate)
    due: float | None  # what was due by D (same kind of figure as `done`)
    ratio: float | None  # R = done / due (thresholds of §3); None for verdicts without R
    value: float | None  # the figure a listing shows as the latest (the sum for cumulative)
    as_of: date | None  # its date
    due_by_now: float | None  # cumulative: the target's share due by D
    years: tuple[YearResult, ...]  # yearly, average_yearly, maintain: each year of the window
    counted: tuple[PeriodFigure, ...]  # amounts summed (overlaps removed), oldest first
    first: Measurement | None  # growth: y0 at t0
    latest: Measurement | None  # growth, maintain: the latest level
    window_start: date
    window_end: date  # 31/12 of the target year
    closes_on: date
    share: float  # share of the window elapsed on D (to the closing day at most)
    closed: bool  # D is after closes_on: the verdict is final


# --- periods -----------------------------------------------------------------------------------


def _length(figure: PeriodFigure) -> int:
    return (figure.end - figure.start).days


def _overlaps(a: PeriodFigure, b: PeriodFigure) -> bool:
    return a.start <= b.end and b.start <= a.end


def counted_periods(figures: Sequence[PeriodFigure]) -> list[PeriodFigure]:
    """The figures to add up: coarser periods first, and a finer one only where no period already
    counted covers any of its days. One figure per period is expected (E230 otherwise); of two
    for one period the later in `figures` counts. Oldest first."""
    by_period: dict[str, PeriodFigure] = {}
    for figure in figures:
        by_period[figure.period] = figure
    counted: list[PeriodFigure] = []
    for figure in sorted(by_period.values(), key=lambda f: (-_length(f), f.start)):
        if not any(_overlaps(figure, other) for other in counted):
            counted.append(figure)
    return sorted(counted, key=lambda f: f.start)


def finer_within(coarse: PeriodFigure, figures: Sequence[PeriodFigure]) -> list[PeriodFigure]:
    """The finer figures that lie inside `coarse`, as they would add up on their own."""
    inside = [
        f
        for f in figures
        if f.period != coarse.period and coarse.start <= f.start and f.end <= coarse.end
    ]
    return counted_periods(inside)


def covers_whole(coarse: PeriodFigure, parts: Sequence[PeriodFigure]) -> bool:
    """Whether `parts` (not overlapping) cover every day of `coarse`."""
    days = sum(_length(p) + 1 for p in parts)
    return days == _length(coarse) + 1


# --- time --------------------------------------------------------------------------------------


def _days(first: date, last: date) -> int:
    """Days from `first` to `last`, both included; 0 when last < first."""
    return max((last - first).days + 1, 0)


def _share(first: date, last: date, upto: date) -> float:
    """The share of [first, last] elapsed at the end of `upto`."""
    total = _days(first, last)
    return _days(first, min(upto, last)) / total if total else 0.0


def _meets(kind: str, value: float, goal: float) -> bool:
    if kind == "at_most":
        return value <= goal + _TOLERANCE * max(1.0, abs(goal))
    return value >= goal - _TOLERANCE * max(1.0, abs(goal))


# --- the measures ------------------------------------------------------------------------------


def evaluate_measure(
    measure: str,
    target: TargetLike,
    window_start: date,
    by_year: int,
    closes_on: date,
    figures: Sequence[PeriodFigure],
    levels: Sequence[Measurement],
    as_of: date,
) -> MeasureEvaluation:
    """Judge an indicator of `measure` on `as_of` (contract §15).

    `figures`: the amounts reported for their periods (yearly, cumulative, average_yearly), one
    per period, each known on `as_of`'s reports (dated later ones are left out here);
    `levels`: the levels (growth, maintain), one per date. `closes_on`: the target's last open
    day (31/12 of `by_year`, or the plan's end when it ended earlier).
    """
    window_end = date(by_year, 12, 31)
    closes_on = min(closes_on, window_end)
    closed = as_of > closes_on
    upto = min(as_of, closes_on)
    base = MeasureEvaluation(
        measure=measure,
        status="no_data",
        done=None,
        due=None,
        ratio=None,
        value=None,
        as_of=None,
        due_by_now=None,
        years=(),
        counted=(),
        first=None,
        latest=None,
        window_start=window_start,
        window_end=window_end,
        closes_on=closes_on,
        share=_share(window_start, window_end, upto),
        closed=closed,
    )
    x = target_value(target)
    if x is None:
        return base
    if measure in AMOUNT_MEASURES:
        known = [f for f in figures if f.as_of <= as_of and f.end >= window_start]
        known = [f for f in known if f.start <= closes_on and math.isfinite(f.value)]
        counted = tuple(counted_periods(known))
        base = base._replace(counted=counted)
        if measure == "cumulative":
            return _cumulative(base, target.kind, x, upto)
        years = _years(base, target.kind, x, as_of, upto)
        if measure == "yearly":
            return _yearly(base._replace(years=years), target.kind, as_of)
        return _average_yearly(base._replace(years=years), target.kind, x, upto)
    usable = sorted(
        (m for m in levels if m.as_of <= as_of and m.value is not None and math.isfinite(m.value)),
        key=lambda m: m.as_of,
    )
    if measure == "growth":
        return _growth(base, target.kind, x, usable)
    return _maintain(base, target.kind, x, usable, as_of, upto)


def _last_known(counted: Sequence[PeriodFigure]) -> PeriodFigure | None:
    return max(counted, key=lambda f: (f.as_of, f.end), default=None)


def _final(base: MeasureEvaluation, met: bool, any_figure: bool, decided: bool) -> IndicatorStatus:
    """§9.4's order once the target is closed: achieved, no_data, missed (a figure decides it),
    else not_assessable."""
    if met:
        return "achieved"
    if not any_figure:
        return "no_data"
    return "missed" if decided else "not_assessable"


def _in_closing_year(base: MeasureEvaluation, day: date) -> bool:
    return day.year == base.closes_on.year


def _cumulative(base: MeasureEvaluation, kind: str, x: float, upto: date) -> MeasureEvaluation:
    counted = base.counted
    done = math.fsum(f.value for f in counted)
    due = x * base.share  # what was due by D (by the closing day once closed)
    last = _last_known(counted)
    result = base._replace(
        done=done if counted else None,
        due=due,
        due_by_now=due,
        value=done if counted else None,
        as_of=last.as_of if last is not None else None,
    )
    if base.closed:
        met = bool(counted) and _meets(kind, done, due)
        decided = any(_in_closing_year(base, f.end) for f in counted)
        return result._replace(status=_final(base, met, bool(counted), decided))
    if not counted:
        return result
    if _meets(kind, done, x) and kind != "at_most":
        return result._replace(status="achieved")
    return result._replace(**_as_fields(_progress(kind, done, due)))


def _progress(kind: str, done: float, due: float) -> tuple[IndicatorStatus, float | None]:
    """status and ratio of what was done against what was due by D."""
    if kind == "at_most":
        # A ceiling on an amount ("không quá 5 vụ"): under the share due so far is on track.
        if _meets(kind, done, due):
            return "substantial_progress", None
        return "deterioration", None
    if due <= 0:
        return "insufficient_data", None
    ratio = done / due
    return status_for_ratio(ratio), ratio


class _Progress(TypedDict):
    status: IndicatorStatus
    ratio: float | None


def _as_fields(progress: tuple[IndicatorStatus, float | None]) -> _Progress:
    return {"status": progress[0], "ratio": progress[1]}


def _year_bounds(base: MeasureEvaluation, year: int, upto: date) -> tuple[date, date, date]:
    """A year of the window: its first day in the window, its last, and how far it ran by D."""
    first = max(date(year, 1, 1), base.window_start)
    last = min(date(year, 12, 31), base.closes_on)
    return first, last, min(upto, last)


def _years(
    base: MeasureEvaluation, kind: str, x: float, as_of: date, upto: date
) -> tuple[YearResult, ...]:
    """Each year of the window begun by D: its amount and what it had to reach."""
    results = []
    for year in range(base.window_start.year, base.closes_on.year + 1):
        first, last, ran_to = _year_bounds(base, year, upto)
        if ran_to < first:
            break  # not begun on D
        full_year = _days(date(year, 1, 1), date(year, 12, 31))
        closed = as_of > last
        # A whole year owes the target; a year cut by the plan's date or end owes its share,
        # and a running year the share elapsed so far.
        due = x * _days(first, last if closed else ran_to) / full_year
        amounts = [f.value for f in base.counted if f.start.year == year]
        value = math.fsum(amounts) if amounts else None
        if value is None:
            met = None
        elif closed:
            met = _meets(kind, value, due)
        else:
            met = True if kind != "at_most" and _meets(kind, value, x) else None
        results.append(YearResult(year, value, due, met, closed))
    return tuple(results)


def _years_spanned(first: date, last: date) -> float:
    """How many years [first, last] spans, each calendar year counted by its share."""
    return math.fsum(
        _days(max(first, date(y, 1, 1)), min(last, date(y, 12, 31)))
        / _days(date(y, 1, 1), date(y, 12, 31))
        for y in range(first.year, last.year + 1)
    )


def _yearly(base: MeasureEvaluation, kind: str, as_of: date) -> MeasureEvaluation:
    years = base.years
    with_figure = [y for y in years if y.value is not None]
    if base.closed:
        met = bool(years) and all(y.met is True for y in years)
        decided = any(y.met is False for y in years)
        status = _final(base, met, bool(with_figure), decided)
        last = with_figure[-1] if with_figure else None
        return base._replace(
            status=status,
            value=last.value if last else None,
            as_of=_year_as_of(base, last.year) if last else None,
        )
    if not with_figure:
        return base
    # This year when it has a figure, else the latest year that has one.
    current = with_figure[-1]
    done = current.value if current.value is not None else 0.0
    return base._replace(
        done=done,
        due=current.due,
        value=done,
        as_of=_year_as_of(base, current.year),
        **_as_fields(_progress(kind, done, current.due)),
    )


def _year_as_of(base: MeasureEvaluation, year: int) -> date | None:
    dates = [f.as_of for f in base.counted if f.start.year == year]
    return max(dates) if dates else None


def _average_yearly(base: MeasureEvaluation, kind: str, x: float, upto: date) -> MeasureEvaluation:
    with_figure = [y for y in base.years if y.value is not None]
    if not with_figure:
        if base.closed:
            return base._replace(status="no_data")
        return base
    done = math.fsum(y.value for y in with_figure if y.value is not None)
    due = math.fsum(y.due for y in with_figure)
    # The mean per whole year: the years' amounts over the years they span (a partial year
    # counts as its share).
    spans = due / x if x else 0.0
    mean = done / spans if spans > 0 else None
    last = _last_known(base.counted)
    result = base._replace(
        done=done, due=due, value=mean, as_of=last.as_of if last is not None else None
    )
    if base.closed:
        met = mean is not None and _meets(kind, mean, x)
        decided = any(y.year == base.closes_on.year for y in with_figure)
        return result._replace(status=_final(base, met, True, decided))
    whole = x * _years_spanned(base.window_start, base.closes_on)
    if kind != "at_most" and _meets(kind, done, whole):
        return result._replace(status="achieved")  # the whole period's amount is in already
    return result._replace(**_as_fields(_progress(kind, done, due)))


def _growth(
    base: MeasureEvaluation, kind: str, x: float, levels: Sequence[Measurement]
) -> MeasureEvaluation:
    rate = x / 100.0  # the target: % a year
    if not levels:
        return base
    first, latest = levels[0], levels[-1]
    result = base._replace(
        first=first,
        latest=latest,
        value=latest.value,
        as_of=latest.as_of,
        due=rate,
    )
    y0, yt = first.value, latest.value
    assert y0 is not None and yt is not None  # only finite values reach here
    years = year_fraction(latest.as_of) - year_fraction(first.as_of)
    observed: float | None = None
    if years > 0 and y0 > 0 and yt > 0:
        observed = math.expm1(math.log(yt / y0) / years)
        result = result._replace(done=observed)
    if base.closed:
        met = observed is not None and _meets(kind, observed, rate)
        decided = observed is not None and _in_closing_year(base, latest.as_of)
        return result._replace(status=_final(base, met, True, decided))
    if observed is None:
        return result._replace(status="insufficient_data")
    if kind == "at_most":
        status: IndicatorStatus = (
            "substantial_progress" if _meets(kind, observed, rate) else "deterioration"
        )
        return result._replace(status=status)
    if rate <= 0:
        status = "substantial_progress" if observed >= rate else "deterioration"
        return result._replace(status=status)
    ratio = observed / rate
    if _meets(kind, observed, rate):
        ratio = max(ratio, 1.0)  # exactly on target, whatever the float noise of the root
    return result._replace(status=status_for_ratio(ratio), ratio=ratio)


def _maintain(
    base: MeasureEvaluation,
    kind: str,
    x: float,
    levels: Sequence[Measurement],
    as_of: date,
    upto: date,
) -> MeasureEvaluation:
    since = [m for m in levels if base.window_start <= m.as_of <= base.closes_on]
    years = []
    for year in range(base.window_start.year, base.closes_on.year + 1):
        first, last, ran_to = _year_bounds(base, year, upto)
        if ran_to < first:
            break
        values = [m.value for m in since if m.as_of.year == year and m.value is not None]
        low = (max if kind == "at_most" else min)(values) if values else None
        met = None if low is None else _meets(kind, low, x)
        years.append(YearResult(year, low, x, met, as_of > last))
    latest = since[-1] if since else None
    result = base._replace(
        years=tuple(years),
        latest=latest,
        first=since[0] if since else None,
        value=latest.value if latest else None,
        as_of=latest.as_of if latest else None,
        due=x,
    )
    if not since:
        return result._replace(status="no_data") if base.closed else result
    below = [m for m in since if m.value is not None and not _meets(kind, m.value, x)]
    if base.closed:
        met = not below and all(y.met is True for y in years)
        return result._replace(status=_final(base, met, True, bool(below)))
    return result._replace(status="deterioration" if below else "achieved")


def window_start_of(period_start_year: int, plan_date: date) -> date:
    """1 January of the period's first year, or the plan's date if later (§15 details)."""
    return max(date(period_start_year, 1, 1), plan_date)
