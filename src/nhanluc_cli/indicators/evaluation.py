"""Progress reports x plan x as-of date -> one judged indicator each (contract §1.2, §3).

Pure: no I/O and no clock. What the reports say is read through `statements` (so a figure given
as numerator/denominator means the same thing here as in the checks), and the judging itself is
`trend.evaluate_indicator`.

What is known on D follows `statements.known_on`: a report is known from its date (`reported_on`,
else the last day of its period), and a measurement from its `as_of`. Of two reports giving the
same indicator on the same `as_of`, the later-known one speaks (they agree, or finding E230
stops every listing before this module runs).

Also here: the status summary. The findings that depend on D (E302, W313, W314) are in
indicators/findings.py; the words and rows shown are in render/.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from datetime import date
from typing import NamedTuple

from nhanluc_cli.indicators.measures import (
    AMOUNT_MEASURES,
    MeasureEvaluation,
    PeriodFigure,
    evaluate_measure,
    window_start_of,
)
from nhanluc_cli.indicators.trend import (
    INDICATOR_STATUSES,
    Evaluation,
    IndicatorStatus,
    Measurement,
    evaluate_indicator,
    target_value,
    year_fraction,
)
from nhanluc_cli.plan.lifecycle import target_closes_on
from nhanluc_cli.plan.model import Indicator, Plan
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport, YamlPath
from nhanluc_cli.plan.statements import (
    indicator_entries,
    measurement_statements,
    period_end,
    period_start,
)

__all__ = [
    "NOT_ON_TRACK",
    "IndicatorResult",
    "Place",
    "collect_measurements",
    "evaluate_indicators",
    "indicator_summary",
    "summarise",
]

# "Not on track", most urgent first: the target year is over and the target was missed, or
# cannot be judged for want of a figure from that year; the
# indicator moves away from its target; it moves toward it too slowly to arrive in time (R < 0.6,
# or a qualitative indicator still "in progress"); or it arrives late at this pace (R < 0.95).
# no_data and insufficient_data are not in the list: nothing is known yet to say it is off track
# (W314 is the finding for stale data), and the status counts show them.
NOT_ON_TRACK: tuple[IndicatorStatus, ...] = (
    "missed",
    "not_assessable",
    "deterioration",
    "limited_progress",
    "moderate_progress",
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
    explanation: str | None = None  # the giải trình on record (the latest entry's)
    explanation_place: Place | None = None  # where it was given
    closes_on: date | None = None  # the target's last open day (31/12 of its year, or ended.date)
    # The verdict of a measure other than `level` (contract §15), with what --explain shows;
    # None for `level`, whose verdict is `evaluation` alone.
    measured: MeasureEvaluation | None = None

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
    period: str = ""  # the report's period: what an amount (§15) is the amount of


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
        stated = _Stated(measurement, Place(report, item.path), report.report.period)
        yield item.indicator_id, stated


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


def _amounts_by_indicator(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date
) -> dict[str, list[_Stated]]:
    """Per indicator of an amount measure (§15), one statement per report period (the later
    known speaks; two are E230), in report order."""
    amounts = {i.id for i in plan.indicators if i.measure in AMOUNT_MEASURES}
    by_period: dict[str, dict[str, _Stated]] = {key: {} for key in amounts}
    if not amounts:
        return {}
    for indicator_id, stated in _known_statements(plan, reports, as_of):
        if indicator_id in by_period:
            by_period[indicator_id][stated.period] = stated
    return {key: list(periods.values()) for key, periods in by_period.items()}


def collect_measurements(
    plan: Plan | LoadedPlan, reports: Sequence[LoadedReport], as_of: date
) -> dict[str, list[Measurement]]:
    """Every measurement known on `as_of`, per indicator id (each plan id a key), oldest first."""
    statements = _statements_by_indicator(_plan_model(plan), reports, as_of)
    return {key: [s.measurement for s in stated] for key, stated in statements.items()}


def _explanations(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date
) -> dict[str, tuple[str, Place]]:
    """Per indicator, the explanation of the latest entry known on D that says anything, and
    where it stands; an indicator whose latest entry explains nothing has none on record."""
    latest: dict[str, tuple[str | None, Place]] = {}
    for report, indicator_id, entry, path in indicator_entries(plan, reports, as_of):
        latest[indicator_id] = (entry.explanation, Place(report, path))
    return {key: (text, place) for key, (text, place) in latest.items() if text}


def evaluate_indicators(
    plan: Plan | LoadedPlan, reports: Sequence[LoadedReport], as_of: date
) -> list[IndicatorResult]:
    """Each indicator of the plan, in plan order, judged on `as_of` (contract §3, §9.4)."""
    model = _plan_model(plan)
    statements = _statements_by_indicator(model, reports, as_of)
    amounts = _amounts_by_indicator(model, reports, as_of)
    explanations = _explanations(model, reports, as_of)
    results = []
    for indicator in model.indicators:
        stated = statements.get(indicator.id, [])
        known = tuple(s.measurement for s in stated)
        closes_on = target_closes_on(model, indicator)
        if indicator.measure != "level":
            results.append(
                _measured(
                    model,
                    indicator,
                    amounts.get(indicator.id, stated),
                    known,
                    as_of,
                    closes_on,
                    explanations.get(indicator.id, (None, None)),
                )
            )
            continue
        evaluation = evaluate_indicator(indicator.target, indicator.by, known, as_of, closes_on)
        latest = evaluation.latest
        place = next(
            (s.place for s in stated if latest is not None and s.measurement.as_of == latest.as_of),
            None,
        )
        text, explained_at = explanations.get(indicator.id, (None, None))
        results.append(
            IndicatorResult(indicator, evaluation, known, place, text, explained_at, closes_on)
        )
    return results


def _measured(
    plan: Plan,
    indicator: Indicator,
    stated: Sequence[_Stated],
    known: tuple[Measurement, ...],
    as_of: date,
    closes_on: date,
    explained: tuple[str, Place] | tuple[None, None],
) -> IndicatorResult:
    """An indicator of a measure other than `level`, judged by indicators/measures.py; its
    `evaluation` carries the same status and the figure listings show (for `cumulative` the
    sum), so that every table, report and count reads it as it reads a level."""
    figures = [
        PeriodFigure(
            s.period,
            period_start(s.period),
            period_end(s.period),
            s.measurement.as_of,
            s.measurement.value,
            s.measurement.source,
            index,
        )
        for index, s in enumerate(stated)
        if s.measurement.value is not None and s.period
    ]
    start = window_start_of(plan.period.start, plan.date)
    measured = evaluate_measure(
        indicator.measure, indicator.target, start, indicator.by, closes_on, figures, known, as_of
    )
    latest = None
    place = None
    if measured.as_of is not None:
        source = None
        for figure in measured.counted or ():
            if figure.as_of == measured.as_of:
                source, place = figure.source, stated[figure.key].place
        if measured.latest is not None:
            source = measured.latest.source
            place = next((s.place for s in stated if s.measurement.as_of == measured.as_of), None)
        latest = Measurement(measured.as_of, measured.value, None, source)
    evaluation = Evaluation(
        status=measured.status,
        first=measured.first,
        latest=latest,
        t0=None if measured.first is None else year_fraction(measured.first.as_of),
        t=None if latest is None else year_fraction(latest.as_of),
        T_end=float(indicator.by + 1),
        target_value=target_value(indicator.target),
        cagr_observed=measured.done if indicator.measure == "growth" else None,
        cagr_required=None,
        ratio=measured.ratio,
        projected=None,
        method="none",
    )
    text, explained_at = explained
    return IndicatorResult(
        indicator, evaluation, known, place, text, explained_at, closes_on, measured
    )


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
