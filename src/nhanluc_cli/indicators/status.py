"""Progress reports x plan x as-of date -> one judged indicator each (contract §1.2, §3).

Pure: no I/O and no clock. What the reports say is read through `reports.measurements()` (so a
figure given as numerator/denominator means the same thing here as in the checks), and the
judging itself is `progress.evaluate_indicator`.

What is known on D follows `tracking`: a report is known from its date (`reported_on`, else the
last day of its period), and a measurement from its `as_of`. Of two reports giving the same
indicator on the same `as_of`, the later-known one speaks (they agree, or finding E230 stops every
listing before this module runs).

Also here: the rows JSON and CSV are made from (contract §4.1), and the status summary.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from datetime import date
from typing import NamedTuple

from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.indicators.trend import (
    INDICATOR_STATUSES,
    Evaluation,
    IndicatorStatus,
    Measurement,
    evaluate_indicator,
)
from nhanluc_cli.model import Indicator, Plan
from nhanluc_cli.sources import LoadedPlan, LoadedReport, YamlPath
from nhanluc_cli.statements import measurement_statements
from nhanluc_cli.vietnamese import format_number

__all__ = [
    "EXPLAIN_FIELDS",
    "INDICATOR_FIELDS",
    "NOT_ON_TRACK",
    "IndicatorResult",
    "Place",
    "assessment_word",
    "collect_measurements",
    "evaluate_indicators",
    "explain_row",
    "indicator_row",
    "indicator_summary",
    "number",
    "status_word",
    "summarise",
    "target_text",
]

# "Not on track", most urgent first: the target year is over and the target was missed; the
# indicator moves away from its target; it moves toward it too slowly to arrive in time (R < 0.6,
# or a qualitative indicator still "in progress"); or it arrives late at this pace (R < 0.95).
# no_data and insufficient_data are not in the list: nothing is known yet to say it is off track
# (W314 is the finding for stale data), and the status counts show them.
NOT_ON_TRACK: tuple[IndicatorStatus, ...] = (
    "missed",
    "deterioration",
    "limited_progress",
    "moderate_progress",
)

# The fields of an indicator row (contract §4.1): JSON keys, and CSV columns once flattened.
INDICATOR_FIELDS: tuple[str, ...] = (
    "id",
    "group",
    "name",
    "unit",
    "target.kind",
    "target.value",
    "target.lo",
    "target.hi",
    "by",
    "latest.value",
    "latest.as_of",
    "latest.source",
    "projected",
    "ratio",
    "status",
)


class Place(NamedTuple):
    """Where a measurement was stated: a report file and the YAML path of its entry."""

    report: LoadedReport
    path: YamlPath  # ("indicators", id)


class IndicatorResult(NamedTuple):
    indicator: Indicator
    evaluation: Evaluation
    measurements: tuple[Measurement, ...]  # known on D, oldest first, one per date
    latest_place: Place | None = None  # the report that gave evaluation.latest

    @property
    def projected(self) -> float | None:
        """The projection as a figure of its unit: a rate cannot pass 100 % or fall below 0.

        The observed pace carried forward can overshoot (96 % growing 2 % a year "reaches" 101.7 %);
        the raw figure stays in `evaluation.projected` for `--explain`.
        """
        raw = self.evaluation.projected
        if raw is None:
            return None
        ceiling = 100.0 if self.indicator.unit == "%" else math.inf
        return min(max(raw, 0.0), ceiling)


def _plan_model(plan: Plan | LoadedPlan) -> Plan:
    # Callers hold either the model or the loaded file; both mean the same plan.
    return plan.plan if isinstance(plan, LoadedPlan) else plan


class _Stated(NamedTuple):
    measurement: Measurement
    place: Place


def _known_statements(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date
) -> Iterator[tuple[str, _Stated]]:
    """(indicator id, statement) for every figure known on D, earliest-known report first."""
    for report, item in measurement_statements(plan, reports, as_of):
        measurement = Measurement(
            as_of=item.as_of,
            value=item.value,
            assessment=item.entry.assessment,
            source=item.entry.source,
            note=item.entry.note,
        )
        yield item.indicator_id, _Stated(measurement, Place(report, item.path))


def _statements_by_indicator(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date
) -> dict[str, list[_Stated]]:
    """Per indicator (every plan indicator is a key), one statement per date, oldest first."""
    by_date: dict[str, dict[date, _Stated]] = {i.id: {} for i in plan.indicators}
    for indicator_id, stated in _known_statements(plan, reports, as_of):
        # Later-known reports overwrite: a repeated figure keeps the newest source and note.
        by_date.setdefault(indicator_id, {})[stated.measurement.as_of] = stated
    return {
        indicator_id: [dated[day] for day in sorted(dated)]
        for indicator_id, dated in by_date.items()
    }


def collect_measurements(
    plan: Plan | LoadedPlan, reports: Sequence[LoadedReport], as_of: date
) -> dict[str, list[Measurement]]:
    """Every measurement known on `as_of`, per indicator id (each plan id a key), oldest first."""
    statements = _statements_by_indicator(_plan_model(plan), reports, as_of)
    return {key: [s.measurement for s in stated] for key, stated in statements.items()}


def evaluate_indicators(
    plan: Plan | LoadedPlan, reports: Sequence[LoadedReport], as_of: date
) -> list[IndicatorResult]:
    """Each indicator of the plan, in plan order, judged on `as_of` (contract §3)."""
    model = _plan_model(plan)
    statements = _statements_by_indicator(model, reports, as_of)
    results = []
    for indicator in model.indicators:
        stated = statements.get(indicator.id, [])
        known = tuple(s.measurement for s in stated)
        evaluation = evaluate_indicator(indicator.target, indicator.by, known, as_of)
        latest = evaluation.latest
        place = next(
            (s.place for s in stated if latest is not None and s.measurement.as_of == latest.as_of),
            None,
        )
        results.append(IndicatorResult(indicator, evaluation, known, place))
    return results


def indicator_summary(
    plan: Plan | LoadedPlan, reports: Sequence[LoadedReport], as_of: date
) -> tuple[dict[str, int], list[IndicatorResult]]:
    """Indicators per status word (every word a key, 0 where none), and those not on track.

    The not-on-track list is ordered most urgent first (the order of NOT_ON_TRACK), then by
    plan order.
    """
    return summarise(evaluate_indicators(plan, reports, as_of))


def summarise(results: Sequence[IndicatorResult]) -> tuple[dict[str, int], list[IndicatorResult]]:
    """`indicator_summary` of results already evaluated."""
    counts: dict[str, int] = dict.fromkeys(INDICATOR_STATUSES, 0)
    for result in results:
        counts[result.evaluation.status] += 1
    off_track = [r for r in results if r.evaluation.status in NOT_ON_TRACK]
    off_track.sort(key=lambda r: NOT_ON_TRACK.index(r.evaluation.status))  # stable: plan order
    return counts, off_track


# ---------------------------------------------------------------------------------------------
# Words and numbers shared by the tables, `--explain`, the status dashboard and the findings


def status_word(status: str, lang: Lang) -> str:
    return word(f"indicator_status.{status}", lang)


def assessment_word(assessment: str | None, lang: Lang) -> str:
    if assessment in ("achieved", "in_progress", "not_achieved"):
        return word(f"indicator_assessment.{assessment}", lang)
    return assessment or "-"


def number(x: float, lang: Lang, places: int = 2) -> str:
    """`x` with at most `places` decimals, trailing zeros dropped: 66.5 -> "66,5", 70 -> "70"."""
    text = format_number(x, lang, places)
    decimal_mark = "," if lang == "vi" else "."
    if decimal_mark in text:
        text = text.rstrip("0").rstrip(decimal_mark)
    return "0" if text == "-0" else text


def latest_text(result: IndicatorResult, lang: Lang) -> str:
    """The latest figure or assessment as a reader sees it: "66,5", "đang thực hiện", "-"."""
    latest = result.evaluation.latest
    if latest is None:
        return "-"
    if latest.value is not None:
        return number(latest.value, lang)
    return assessment_word(latest.assessment, lang)


def _unit_suffix(indicator: Indicator, lang: Lang) -> str:
    if indicator.unit == "%":
        return " %"
    if indicator.unit == "per_10000":
        return word("indicators.per_10000", lang)
    return ""


def target_text(indicator: Indicator, lang: Lang) -> str:
    """The target as people write it: "≥ 70 %", "= 100 %", "10–12/vạn dân", "định tính"."""
    target, unit = indicator.target, _unit_suffix(indicator, lang)
    if target.kind == "range" and target.lo is not None and target.hi is not None:
        return f"{number(target.lo, lang)}–{number(target.hi, lang)}{unit}"
    if target.value is not None and target.kind in ("at_least", "at_most"):
        # A rate cannot pass 100 %, so "at least 100 %" is the document's "100 %".
        if target.kind == "at_least" and indicator.unit == "%" and target.value >= 100:
            sign = "="
        else:
            sign = "≥" if target.kind == "at_least" else "≤"
        return f"{sign} {number(target.value, lang)}{unit}"
    return word("indicators.qualitative", lang)


# ---------------------------------------------------------------------------------------------
# Rows for JSON and CSV


def _number(value: float | None, decimals: int) -> float | int | None:
    """Rounded for output; whole numbers as integers, so a target of 70 reads `70`, not `70.0`."""
    if value is None:
        return None
    rounded = round(value, decimals)
    return int(rounded) if rounded.is_integer() else rounded


def indicator_row(result: IndicatorResult) -> dict[str, object]:
    """One indicator as the JSON of contract §4.1 (dates as `date`; renderers write them ISO).

    Rounding: the latest value and R to 4 decimals, the projection to 2: finer than any figure a
    report gives, without the float noise of a numerator/denominator quotient.
    """
    indicator, evaluation = result.indicator, result.evaluation
    latest = evaluation.latest
    return {
        "id": indicator.id,
        "group": indicator.group,
        "name": indicator.name,
        "unit": indicator.unit,
        "target": {
            "kind": indicator.target.kind,
            "value": _number(indicator.target.value, 4),
            "lo": _number(indicator.target.lo, 4),
            "hi": _number(indicator.target.hi, 4),
        },
        "by": indicator.by,
        "latest": None
        if latest is None
        else {
            # A qualitative indicator's value is its assessment word.
            "value": _number(latest.value, 4) if latest.value is not None else latest.assessment,
            "as_of": latest.as_of,
            "source": latest.source,
        },
        "projected": _number(result.projected, 2),
        "ratio": _number(evaluation.ratio, 4),
        "status": evaluation.status,
    }


# `--explain` in JSON and CSV: every figure R is built from, unrounded, so a script can redo it.
EXPLAIN_FIELDS: tuple[str, ...] = (
    "method",
    "y0",
    "y0_as_of",
    "t0",
    "yt",
    "yt_as_of",
    "t",
    "x",
    "T_end",
    "cagr_observed",
    "cagr_required",
    "ratio",
    "projected",
)


def explain_row(result: IndicatorResult) -> dict[str, object]:
    """The figures of `indicators --explain` (contract §3 names), unrounded."""
    e = result.evaluation
    return {
        "method": e.method,
        "y0": e.first.value if e.first is not None else None,
        "y0_as_of": e.first.as_of if e.first is not None else None,
        "t0": e.t0,
        "yt": e.latest.value if e.latest is not None else None,
        "yt_as_of": e.latest.as_of if e.latest is not None else None,
        "t": e.t,
        "x": e.target_value,
        "T_end": e.T_end,
        "cagr_observed": e.cagr_observed,
        "cagr_required": e.cagr_required,
        "ratio": e.ratio,
        "projected": e.projected,
    }
