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

from nhanluc_cli.indicators.status import IndicatorResult, evaluate_indicators
from nhanluc_cli.indicators.trend import Measurement, TargetLike
from nhanluc_cli.lifecycle import closing_day, is_closed
from nhanluc_cli.model import Plan
from nhanluc_cli.sources import LoadedReport
from nhanluc_cli.tasks.status import Known, OccurrenceStatus, TaskStatus, track_known

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
# Verdicts of a target not achieved; a target still open and not achieved is carried too.
NOT_ACHIEVED = ("missed", "not_assessable", "no_data")


class IndicatorVerdict(NamedTuple):
    result: IndicatorResult
    yearly: tuple[Measurement | None, ...]  # one per year of the period, in order
    verdict: str  # "exceeded", or the indicator's status (final once `final`)
    final: bool  # the target is closed on the as-of date


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


def _verdict(result: IndicatorResult, as_of: date, years: Sequence[int]) -> IndicatorVerdict:
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
