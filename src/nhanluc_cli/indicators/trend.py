"""Indicator progress: measurements x target x as-of date -> status, ratio and projection.

Contract §3, the Statistics Canada / Open SDG progress measure:

    R = CAGR_observed / CAGR_required
    CAGR_observed = (yt / y0) ** (1 / (t - t0)) - 1
    CAGR_required = (x / y0) ** (1 / (T_end - t0)) - 1

Pure: no I/O, no clock, no third-party imports. Nothing is rounded here; renderers round.

The rates are computed through logarithms (``expm1(log(yt / y0) / (t - t0))`` is the formula
above) so that extreme but finite inputs neither raise nor lose the sign of the movement: the
status words depend on that sign, and a Python ``OverflowError`` must never reach a user.
"""

import calendar
import math
from collections.abc import Callable, Sequence
from datetime import date
from typing import Literal, NamedTuple, Protocol, get_args

TargetKind = Literal["at_least", "at_most", "range", "qualitative"]

IndicatorStatus = Literal[
    "achieved",
    "missed",
    "no_data",
    "insufficient_data",
    "substantial_progress",
    "moderate_progress",
    "limited_progress",
    "deterioration",
    "not_assessable",
]
# In the Literal's order, which is the contract's: one list to keep, not two.
INDICATOR_STATUSES: tuple[IndicatorStatus, ...] = get_args(IndicatorStatus)
# The verdicts of a target not achieved once it closed (§9.4): what W319 counts, what the final
# evaluation lists as not achieved and `carry` carries over. One list for all three.
NOT_ACHIEVED: tuple[IndicatorStatus, ...] = ("missed", "not_assessable", "no_data")

Method = Literal["cagr", "linear", "none"]

# Contract §3 thresholds on R.
SUBSTANTIAL_FROM = 0.95
MODERATE_FROM = 0.6

# exp() overflows a double just above 709.78; capping log|R| here keeps R finite (JSON has no
# Infinity) while still far beyond any threshold.
_LOG_RATIO_CAP = 709.0
# The smallest positive double: an R whose true magnitude underflows keeps its sign through it,
# so a negligible decline still reads as deterioration and not as 0.
_SMALLEST = math.ulp(0.0)


class TargetLike(Protocol):
    """What progress needs of a target; the pydantic ``model.Target`` fits.

    Read-only properties, so that frozen models satisfy the protocol under mypy.
    """

    @property
    def kind(self) -> TargetKind: ...
    @property
    def value(self) -> float | None: ...
    @property
    def lo(self) -> float | None: ...
    @property
    def hi(self) -> float | None: ...


class Measurement(NamedTuple):
    as_of: date
    value: float | None  # numeric indicators
    assessment: str | None  # qualitative: "achieved" | "in_progress" | "not_achieved"
    source: str | None = None
    note: str | None = None


class Evaluation(NamedTuple):
    """The verdict on one indicator, with every figure ``indicators --explain`` shows.

    ``cagr_observed`` / ``cagr_required`` hold the rates R was built from: compound annual growth
    rates when ``method == "cagr"``, slopes in units per year when ``method == "linear"``. A rate
    that overflows a double is None. ``method`` is "none" when there is no observed rate (fewer
    than two distinct dates, or a qualitative indicator). ``ratio`` is set only for the four
    progress words computed from R; ``cagr_required`` only while the target is still open.
    """

    status: IndicatorStatus
    first: Measurement | None  # y0 at t0
    latest: Measurement | None  # yt at t
    t0: float | None
    t: float | None
    T_end: float
    target_value: float | None  # x: the target's value, or lo for a range
    cagr_observed: float | None
    cagr_required: float | None
    ratio: float | None  # R
    projected: float | None  # value extrapolated to the end of year T at the observed rate
    method: Method


def year_fraction(d: date) -> float:
    """The moment at the end of day ``d`` in fractional years: 2020-12-31 -> 2021.0."""
    days_in_year = 366 if calendar.isleap(d.year) else 365
    return d.year + d.timetuple().tm_yday / days_in_year


def target_value(target: TargetLike) -> float | None:
    """x, the level progress is measured against: a range is met at lo (hi is the aspiration)."""
    if target.kind == "range":
        return target.lo
    if target.kind in ("at_least", "at_most"):
        return target.value
    return None


def target_met(target: TargetLike, value: float) -> bool:
    """Whether ``value`` meets a numeric target; never true for a qualitative or bound-less one."""
    x = target_value(target)
    if x is None:
        return False
    if target.kind == "at_most":
        return value <= x
    return value >= x


def evaluate_indicator(
    target: TargetLike,
    by_year: int,
    measurements: Sequence[Measurement],
    as_of: date,
    closes_on: date | None = None,
) -> Evaluation:
    """Judge an indicator on ``as_of`` from the measurements known then (``as_of`` <= that date).

    The target is open until ``closes_on`` (default 31/12 of ``by_year``; earlier when the plan
    ended). After it the verdict is final (contract §9.4): achieved, else no_data without any
    figure, else missed with a figure from the target year, else not_assessable; and nothing is
    projected any more.
    """
    # End of 31/12 of by_year, i.e. year_fraction(date(by_year, 12, 31)); computed directly so
    # that a year outside date's range cannot raise.
    t_end = float(by_year + 1)
    closed = as_of.year > by_year if closes_on is None else as_of > closes_on
    if target.kind == "qualitative":
        evaluation = _evaluate_qualitative(measurements, as_of, t_end, closed)
    else:
        evaluation = _evaluate_numeric(target, measurements, as_of, t_end, closed)
    if not closed:
        return evaluation
    return _final(evaluation, measurements, as_of, by_year)


def _final(
    evaluation: Evaluation, measurements: Sequence[Measurement], as_of: date, by_year: int
) -> Evaluation:
    """The verdict once the target is closed: "missed" needs a figure of the target year
    itself; without one the target can be neither confirmed nor refuted (not_assessable)."""
    if evaluation.status in ("achieved", "no_data"):
        status: IndicatorStatus = evaluation.status
    else:
        known = [m for m in measurements if m.as_of <= as_of]
        usable = [m for m in known if m.value is not None or m.assessment is not None]
        status = "missed" if any(m.as_of.year == by_year for m in usable) else "not_assessable"
    return evaluation._replace(status=status, projected=None, ratio=None, cagr_required=None)


# --- qualitative -------------------------------------------------------------------------------


def _evaluate_qualitative(
    measurements: Sequence[Measurement], as_of: date, t_end: float, past_target_year: bool
) -> Evaluation:
    known = _known(measurements, as_of, lambda m: m.assessment is not None)
    if not known:
        return _bare("no_data", None, None, t_end, None)
    first, latest = known[0], known[-1]
    if latest.assessment == "achieved":
        status: IndicatorStatus = "achieved"
    elif past_target_year:
        status = "missed"
    else:
        # "in_progress" and "not_achieved" alike (contract §3); any other word is not a claim
        # of achievement either.
        status = "limited_progress"
    return _bare(status, first, latest, t_end, None)


# --- numeric -----------------------------------------------------------------------------------


class _Rate(NamedTuple):
    """A rate of change whose sign stays exact even when its value does not fit a double."""

    value: float | None  # None when it overflows
    sign: int  # -1, 0 or +1: the sign of (end - start), from a comparison, never from arithmetic
    log_abs: float  # log|rate|; unused when sign == 0
    growth: float = 0.0  # compound rates only: the continuous rate g, 1 + CAGR == e ** g


_NO_CHANGE = _Rate(0.0, 0, 0.0)


def _evaluate_numeric(
    target: TargetLike,
    measurements: Sequence[Measurement],
    as_of: date,
    t_end: float,
    past_target_year: bool,
) -> Evaluation:
    # A null value means "not reported" and a non-finite one is no measurement either.
    known = _known(measurements, as_of, lambda m: m.value is not None and math.isfinite(m.value))
    x = target_value(target)
    if not known:
        return _bare("no_data", None, None, t_end, x)
    first, latest = known[0], known[-1]
    if x is None:
        # The model forbids a numeric target without its bound; without one nothing can be judged.
        return _bare("insufficient_data", first, latest, t_end, x)
    y0, yt = _number(first), _number(latest)
    t0, t = year_fraction(first.as_of), year_fraction(latest.as_of)
    # CAGR needs positive levels; at or below zero the ratio of levels means nothing, so the
    # plain slopes (units per year) stand in for both rates.
    method: Method = "cagr" if y0 > 0 and yt > 0 and x > 0 else "linear"

    def result(
        status: IndicatorStatus,
        observed: _Rate | None = None,
        required: _Rate | None = None,
        ratio: float | None = None,
    ) -> Evaluation:
        return Evaluation(
            status=status,
            first=first,
            latest=latest,
            t0=t0,
            t=t,
            T_end=t_end,
            target_value=x,
            cagr_observed=None if observed is None else observed.value,
            cagr_required=None if required is None else required.value,
            ratio=ratio,
            projected=None if observed is None else _project(method, yt, observed, t_end - t),
            method="none" if observed is None else method,
        )

    # Every known measurement on a single date: there is no observed rate (t == t0).
    observed = _rate(method, y0, yt, t - t0) if t > t0 else None
    if target_met(target, yt):
        return result("achieved", observed)
    if past_target_year:
        return result("missed", observed)
    if observed is None:
        return result("insufficient_data")

    # Here t0 < t <= as_of <= 31/12 of T, so T_end - t0 > 0.
    required = _rate(method, y0, x, t_end - t0)
    if target_met(target, y0):
        # The target was already met at the start (this includes CAGR_required == 0, i.e.
        # y0 == x) but the latest value misses it. R = obs / req would carry the wrong sign, so
        # judge by the direction of movement alone: away from the target is deterioration, and
        # anything else (not reachable with today's kinds, kept as the safe default) is limited.
        moved_away = observed.sign * _direction(target) < 0
        return result("deterioration" if moved_away else "limited_progress", observed, required)

    # y0 misses the target, so x != y0 and required.sign == _direction(target): R = obs / req is
    # positive exactly when the latest value moved toward the target (for at_most both rates
    # are negative when things improve).
    ratio = _progress_ratio(observed, required)
    return result(_status_for_ratio(ratio), observed, required, ratio)


def _status_for_ratio(ratio: float) -> IndicatorStatus:
    if ratio >= SUBSTANTIAL_FROM:
        return "substantial_progress"
    if ratio >= MODERATE_FROM:
        return "moderate_progress"
    if ratio >= 0:
        return "limited_progress"
    return "deterioration"


def status_for_ratio(ratio: float) -> IndicatorStatus:
    """The progress word for R (§3's thresholds); the measures of §15 use the same."""
    return _status_for_ratio(ratio)


def _direction(target: TargetLike) -> int:
    """+1 when the target asks for more, -1 for "reduce to" (at_most) targets."""
    return -1 if target.kind == "at_most" else 1


def _known(
    measurements: Sequence[Measurement], as_of: date, usable: Callable[[Measurement], bool]
) -> list[Measurement]:
    """The usable measurements dated on or before ``as_of`` (the time machine), oldest first.

    The sort is stable, so of two measurements on one date the one given later counts as later.
    """
    return sorted(
        (m for m in measurements if m.as_of <= as_of and usable(m)), key=lambda m: m.as_of
    )


def _number(m: Measurement) -> float:
    # Only called on measurements _known kept for having a finite value.
    return m.value if m.value is not None else math.nan


def _compare(a: float, b: float) -> int:
    return (a > b) - (a < b)


# --- rates -------------------------------------------------------------------------------------


def _rate(method: Method, start: float, end: float, years: float) -> _Rate:
    """The annual rate that takes ``start`` to ``end`` in ``years`` (> 0)."""
    sign = _compare(end, start)
    if sign == 0:
        return _NO_CHANGE
    if method == "cagr":
        return _compound_rate(start, end, years, sign)
    return _linear_rate(start, end, years, sign)


def _compound_rate(start: float, end: float, years: float, sign: int) -> _Rate:
    """(end / start) ** (1 / years) - 1, for start, end > 0 and start != end."""
    log_ratio = _log_ratio(end, start)
    growth = log_ratio / years  # continuous rate: 1 + CAGR = e ** growth
    try:
        value: float | None = math.expm1(growth)
    except OverflowError:
        value = None
    if value is None:
        log_abs = growth  # e ** growth - 1 == e ** growth to double precision out here
    elif value == 0:
        # growth underflowed; for tiny growth, e ** growth - 1 == growth.
        log_abs = math.log(abs(log_ratio)) - math.log(years)
    else:
        log_abs = math.log(abs(value))
    return _Rate(value, sign, log_abs, growth)


def _linear_rate(start: float, end: float, years: float, sign: int) -> _Rate:
    """(end - start) / years, for start != end."""
    slope = (end - start) / years
    return _Rate(
        slope if math.isfinite(slope) else None,
        sign,
        _log_abs_difference(end, start) - math.log(years),
    )


def _log_ratio(a: float, b: float) -> float:
    """log(a / b) for a, b > 0, non-zero whenever a != b (even for neighbouring doubles)."""
    quotient = a / b
    if 0.5 <= quotient <= 2:
        # a - b is exact here (Sterbenz), so the small logarithm keeps its sign and digits.
        return math.log1p((a - b) / b)
    return math.log(a) - math.log(b)  # a / b may have overflowed or underflowed; logs cannot


def _log_abs_difference(a: float, b: float) -> float:
    """log|a - b| for a != b, even when a - b overflows a double."""
    difference = a - b
    if math.isfinite(difference):
        return math.log(abs(difference))
    return math.log(abs(a * 0.5 - b * 0.5)) + math.log(2.0)


def _progress_ratio(observed: _Rate, required: _Rate) -> float:
    """R = observed / required, finite, with the exact sign even at the limits of a double."""
    if observed.sign == 0:
        return 0.0  # no movement: no progress, and not deterioration either (and never -0.0)
    if observed.value is not None and required.value is not None and required.value != 0:
        quotient = observed.value / required.value
        if quotient != 0 and math.isfinite(quotient):
            return quotient
    # A rate overflowed, or the quotient under/overflowed: divide in logarithms instead.
    magnitude = math.exp(min(observed.log_abs - required.log_abs, _LOG_RATIO_CAP))
    return math.copysign(max(magnitude, _SMALLEST), observed.sign * required.sign)


def _project(method: Method, yt: float, observed: _Rate, years_ahead: float) -> float | None:
    """yt carried to the end of year T at the observed rate; None when it overflows a double.

    ``years_ahead`` is negative for a measurement taken after the target year: the figure is then
    the value the observed rate implies for the end of T.
    """
    if observed.sign == 0:
        return yt
    if method == "cagr":
        # yt * (1 + CAGR) ** years_ahead, from the continuous rate so that an overflowed or
        # rounded-to--100 % CAGR cannot raise.
        try:
            projected = yt * math.exp(observed.growth * years_ahead)
        except OverflowError:
            return None
    elif observed.value is None:
        return None
    else:
        projected = yt + observed.value * years_ahead
    return projected if math.isfinite(projected) else None


def _bare(
    status: IndicatorStatus,
    first: Measurement | None,
    latest: Measurement | None,
    t_end: float,
    x: float | None,
) -> Evaluation:
    """An evaluation without rates: no data, a single date, a qualitative verdict."""
    return Evaluation(
        status=status,
        first=first,
        latest=latest,
        t0=None if first is None else year_fraction(first.as_of),
        t=None if latest is None else year_fraction(latest.as_of),
        T_end=t_end,
        target_value=x,
        cagr_observed=None,
        cagr_required=None,
        ratio=None,
        projected=None,
        method="none",
    )
