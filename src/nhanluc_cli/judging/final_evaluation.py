"""The end-of-period evaluation (báo cáo tổng kết, contract §13) as plain values.

Pure: plain values in, plain values out; no words. Drawn from the same engines as `status`
(`track_known`, `evaluate_indicators`), so the evaluation cannot disagree with the dashboard on
any status. What it adds:

- each indicator's figure for every year of the period: the latest figure dated in that year and
  known on the as-of date (None when there is none);
- the verdict, with "exceeded" (vượt) set apart from "achieved": the latest figure meets the
  target and lies beyond it: strictly above the value of an `at_least` target, strictly below
  that of an `at_most` one, above `hi` for a range (inside the range is "achieved"); a
  qualitative target is never exceeded;
- each occurrence's outcome: done, late, unfinished (overdue), cancelled, terminated,
  transferred, or in_progress (not yet due: only while the plan runs);
- the explanations on record, with the report that gave each;
- what goes on into the next period: unfinished, in-progress and terminated occurrences, the
  transferred ones (their receivers' work now), and the targets not achieved.

On a plan still running the same evaluation is an interim one (sơ kết): `closed_on` is None,
targets still open keep their progress status, and occurrences not yet due are in_progress.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal, NamedTuple

from nhanluc_cli.indicators.evaluation import IndicatorResult, evaluate_indicators
from nhanluc_cli.indicators.trend import NOT_ACHIEVED, Measurement, TargetLike
from nhanluc_cli.plan.lifecycle import closing_day, is_closed
from nhanluc_cli.plan.model import Plan
from nhanluc_cli.plan.sources import LoadedReport
from nhanluc_cli.tasks.tracking import Known, OccurrenceStatus, TaskStatus, track_known

__all__ = [
    "CARRIED_OUTCOMES",
    "NOT_ACHIEVED",
    "OUTCOMES",
    "Explanation",
    "IndicatorVerdict",
    "Outcome",
    "PlanEvaluation",
    "TaskOutcome",
    "evaluate_plan",
    "exceeds",
]

Outcome = Literal[
    "done", "late", "unfinished", "in_progress", "cancelled", "terminated", "transferred"
]
# The order the report lists them in: what was achieved, then what was not.
OUTCOMES: tuple[Outcome, ...] = (
    "done",
    "late",
    "unfinished",
    "in_progress",
    "cancelled",
    "terminated",
    "transferred",
)
_OUTCOME_OF: dict[TaskStatus, Outcome] = {
    "done": "done",
    "late": "late",
    "overdue": "unfinished",
    "due_soon": "in_progress",
    "open": "in_progress",
    "cancelled": "cancelled",
    "terminated": "terminated",
    "transferred": "transferred",
}
# Work the next period takes over (transferred work belongs to its receiver: listed apart).
CARRIED_OUTCOMES: tuple[Outcome, ...] = ("unfinished", "in_progress", "terminated")
# NOT_ACHIEVED (indicators/trend.py): verdicts of a target not achieved; a target still open and
# not achieved is carried too.


class IndicatorVerdict(NamedTuple):
    result: IndicatorResult
    yearly: tuple[Measurement | None, ...]  # one per year of the period, in order
    verdict: str  # "exceeded", or the indicator's status (final once `final`)
    final: bool  # the target is closed on the as-of date
    # Contract §15, `yearly` and `maintain`: whether each year (as `yearly`) met the target;
    # None for a year running, without a figure, or of a measure judged over the whole period.
    year_met: tuple[bool | None, ...] = ()


class TaskOutcome(NamedTuple):
    occurrence: OccurrenceStatus
    outcome: Outcome
    handed_over_on: date | None = None  # transferred: the day of the handover


class Explanation(NamedTuple):
    """A giải trình on record: the latest entry about a task occurrence or an indicator."""

    text: str
    report: LoadedReport
    task: TaskOutcome | None
    indicator: IndicatorVerdict | None


class PlanEvaluation(NamedTuple):
    plan: Plan
    as_of: date
    closing_day: date  # ended.date, else 31/12 of the period's last year
    closed_on: date | None  # the closing day once it is past; None: an interim evaluation
    years: tuple[int, ...]  # the period's years
    indicators: list[IndicatorVerdict]  # plan order
    tasks: list[TaskOutcome]  # schedule order (due date in force, then plan order)
    explanations: list[Explanation]  # indicators (plan order), then tasks (schedule order)
    carried: list[TaskOutcome]  # unfinished, in progress or terminated: schedule order
    transferred: list[TaskOutcome]
    not_achieved: list[IndicatorVerdict]  # plan order

    @property
    def interim(self) -> bool:
        return self.closed_on is None


def exceeds(target: TargetLike, value: float) -> bool:
    """Whether `value` lies beyond the target, not just at it (vượt)."""
    if target.kind == "at_least":
        return target.value is not None and value > target.value
    if target.kind == "at_most":
        return target.value is not None and value < target.value
    if target.kind == "range":
        return target.hi is not None and value > target.hi
    return False


def _yearly(
    measurements: Sequence[Measurement], years: Sequence[int]
) -> tuple[Measurement | None, ...]:
    latest: dict[int, Measurement] = {}
    for measurement in measurements:  # oldest first: the last one of a year stays
        if measurement.value is not None or measurement.assessment is not None:
            latest[measurement.as_of.year] = measurement
    return tuple(latest.get(year) for year in years)


def _measured_years(
    result: IndicatorResult, years: Sequence[int]
) -> tuple[tuple[Measurement | None, ...], tuple[bool | None, ...]]:
    """Each year's figure of a §15 measure: the year's amount for the amount measures (the
    sum of its periods, overlaps removed), the latest level otherwise; and, for yearly and
    maintain, whether the year met the target."""
    measured = result.measured
    assert measured is not None
    by_year = {y.year: y for y in measured.years}
    met = tuple(
        by_year[year].met if year in by_year and result.indicator.measure in ("yearly", "maintain")
        else None
        for year in years
    )  # fmt: skip
    if result.indicator.measure not in ("yearly", "cumulative", "average_yearly"):
        return _yearly(result.measurements, years), met
    figures: list[Measurement | None] = []
    for year in years:
        counted = [f for f in measured.counted if f.start.year == year]
        if not counted:
            figures.append(None)
            continue
        day = max(f.as_of for f in counted)
        figures.append(Measurement(day, sum(f.value for f in counted), None))
    return tuple(figures), met


def _exceeded(result: IndicatorResult) -> bool:
    """vượt, for a §15 measure: every year beyond the target (yearly), the sum, the mean or
    the growth rate beyond it; a level kept (maintain) is achieved, never exceeded."""
    measured, target = result.measured, result.indicator.target
    assert measured is not None
    measure = result.indicator.measure
    if measure == "yearly":
        # Every year beyond what it owed (a partial first year owes its share).
        sign = -1 if target.kind == "at_most" else 1
        return bool(measured.years) and all(
            y.value is not None and sign * (y.value - y.due) > 0 for y in measured.years
        )
    if measure == "growth":
        return measured.done is not None and exceeds(target, measured.done * 100)
    if measure in ("cumulative", "average_yearly"):
        return measured.value is not None and exceeds(target, measured.value)
    return False


def _verdict(result: IndicatorResult, as_of: date, years: Sequence[int]) -> IndicatorVerdict:
    final = result.closes_on is not None and as_of > result.closes_on
    if result.measured is not None:
        figures, met = _measured_years(result, years)
        status = result.evaluation.status
        word = "exceeded" if status == "achieved" and _exceeded(result) else status
        return IndicatorVerdict(result, figures, word, final, met)
    evaluation = result.evaluation
    verdict: str = evaluation.status
    latest = evaluation.latest
    if (
        verdict == "achieved"
        and latest is not None
        and latest.value is not None
        and exceeds(result.indicator.target, latest.value)
    ):
        verdict = "exceeded"
    final = result.closes_on is not None and as_of > result.closes_on
    return IndicatorVerdict(result, _yearly(result.measurements, years), verdict, final)


def _outcome(occurrence: OccurrenceStatus, known: Known | None) -> TaskOutcome:
    entry = known.entry.entry if known is not None and known.entry is not None else None
    handed_over = (
        entry.transferred_on if entry is not None and occurrence.status == "transferred" else None
    )
    return TaskOutcome(occurrence, _OUTCOME_OF[occurrence.status], handed_over)


def evaluate_plan(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date, soon_days: int = 30
) -> PlanEvaluation:
    """The plan's evaluation on `as_of`: final once the plan is closed, interim before."""
    years = tuple(range(plan.period.start, plan.period.end + 1))
    indicators = [_verdict(r, as_of, years) for r in evaluate_indicators(plan, reports, as_of)]
    tracked = track_known(plan, reports, as_of, soon_days)
    tasks = [_outcome(o, known) for o, known in tracked]
    explanations = [
        Explanation(v.result.explanation, v.result.explanation_place.report, None, v)
        for v in indicators
        if v.result.explanation and v.result.explanation_place is not None
    ]
    for outcome, (occurrence, known) in zip(tasks, tracked, strict=True):
        if occurrence.explanation and known is not None:
            explanations.append(
                Explanation(occurrence.explanation, known.last.report, outcome, None)
            )
    return PlanEvaluation(
        plan=plan,
        as_of=as_of,
        closing_day=closing_day(plan),
        closed_on=closing_day(plan) if is_closed(plan, as_of) else None,
        years=years,
        indicators=indicators,
        tasks=tasks,
        explanations=explanations,
        carried=[t for t in tasks if t.outcome in CARRIED_OUTCOMES],
        transferred=[t for t in tasks if t.outcome == "transferred"],
        not_achieved=[v for v in indicators if v.verdict not in ("achieved", "exceeded")],
    )
