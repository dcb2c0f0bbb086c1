"""The `status` dashboard as plain data, drawn from an Overview: what the table, JSON, CSV and
xlsx of `status` show, and nothing else.

A Dashboard is made of NamedTuples, tuples and dicts of str, int, float, date and None only:
no pydantic model, no loaded report. So it pickles small and unpickles without our models, and
a warm `status` takes it from the cache (cli/status.py) and prints it without importing
pydantic, the loader or the engines that computed it. For the same reason this module imports
nothing but the standard library and findings.Target at its top: unpickling a Dashboard
imports it. It lives outside render/ so that its code is part of the engines' fingerprint
(cache.py): a change here is a new cache key.

Task and indicator lines are also what the rows of `tasks` and `indicators` are built from
(render/rows.py), so every listing names agencies and writes figures in one way.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from nhanluc_cli.findings import Target

if TYPE_CHECKING:
    from nhanluc_cli.indicators.evaluation import IndicatorResult
    from nhanluc_cli.judging.overview import Overview
    from nhanluc_cli.plan.model import Plan
    from nhanluc_cli.tasks.tracking import OccurrenceStatus


class PlanHeading(NamedTuple):
    """What the dashboard says of the plan itself."""

    id: str
    title: str
    date: date
    issuer: str
    start: int  # the period's first and last years
    end: int
    ended_reason: str | None  # why and on what basis it stopped early (contract §9.1), if it did
    ended_basis: str | None


class TaskLine(NamedTuple):
    """One task occurrence as a listing shows it: agencies by name, dates as dates."""

    task: str  # the task's id
    year: int | None  # None for a one-off task
    label: str | None  # "2022", "2022-Q3": which occurrence of a recurring task
    key: str  # as a report names the occurrence: "3", "7@2022"
    title: str
    lead: str  # the lead agencies' names, joined with "; "
    partners: tuple[str, ...]  # names
    product: str | None
    deadline: str  # as the plan words it
    due: date
    original_due: date | None
    status: str
    completed_on: date | None
    days_late: int | None


class IndicatorLine(NamedTuple):
    """One indicator's verdict as a listing shows it; figures unrounded (rows.py rounds)."""

    id: str
    group: str
    name: str
    target: Target  # with the indicator's unit
    by: int
    latest_value: float | None  # the latest figure, or
    latest_assessment: str | None  # the latest assessment of a qualitative indicator
    latest_as_of: date | None  # None: no figure known
    latest_source: str | None
    projected: float | None
    ratio: float | None
    status: str
    # Contract §15: how figures meet the target; for `cumulative` the target's share due by D
    # (latest_value is then the sum); for `yearly` each year's amount and whether it met.
    measure: str = "level"
    due_by_now: float | None = None
    years: tuple[tuple[int, float | None, bool | None], ...] = ()


class ReportingLine(NamedTuple):
    """The latest periodic report due (contract §17): who of those expected has sent it."""

    period: str  # "2026-H1"
    due: date
    received: int
    expected: int


class Dashboard(NamedTuple):
    plan: PlanHeading
    as_of: date
    soon_days: int
    elapsed: float  # share of the plan period gone by, 0.0-1.0
    closed_on: date | None  # the plan's closing day, once it is past
    task_counts: dict[str, int]  # every task status word a key
    overdue: tuple[TaskLine, ...]  # most days late first, then schedule order
    due_soon: tuple[TaskLine, ...]  # soonest first
    indicators_total: int
    indicator_counts: dict[str, int]  # every indicator status word a key
    not_on_track: tuple[IndicatorLine, ...]  # most urgent first, then plan order
    reports_known: int  # reports known on as_of
    reports_total: int
    reporting: ReportingLine | None = None  # only when the plan has `reporting:`


def dashboard(board: Overview) -> Dashboard:
    """The dashboard of an Overview: the same counts and orders, as plain values."""
    plan, ended = board.plan, board.plan.ended
    heading = PlanHeading(
        plan.id,
        plan.title,
        plan.date,
        plan.issuer,
        plan.period.start,
        plan.period.end,
        ended.reason if ended is not None else None,
        ended.basis if ended is not None else None,
    )
    return Dashboard(
        plan=heading,
        as_of=board.as_of,
        soon_days=board.soon_days,
        elapsed=board.elapsed,
        closed_on=board.closed_on,
        task_counts=dict(board.task_counts),
        overdue=tuple(task_line(plan, o) for o in board.overdue),
        due_soon=tuple(task_line(plan, o) for o in board.due_soon),
        indicators_total=len(plan.indicators),
        indicator_counts=dict(board.indicator_counts),
        not_on_track=tuple(indicator_line(result) for result in board.not_on_track),
        reports_known=len(board.reports_known),
        reports_total=board.reports_total,
    )


def task_line(plan: Plan, occurrence: OccurrenceStatus) -> TaskLine:
    # Imported here: tasks.status imports the models, which a warm dashboard never needs.
    from nhanluc_cli.tasks.tracking import agency_name, lead_names, occurrence_key

    task = occurrence.task
    return TaskLine(
        task=task.id,
        year=occurrence.year,
        label=occurrence.label,
        key=occurrence_key(task.id, occurrence.label),
        title=task.title,
        lead=lead_names(plan, task),
        partners=tuple(agency_name(plan, partner) for partner in task.partners),
        product=task.product,
        deadline=task.deadline,
        due=occurrence.due,
        original_due=occurrence.original_due,
        status=occurrence.status,
        completed_on=occurrence.completed_on,
        days_late=occurrence.days_late,
    )


def indicator_line(result: IndicatorResult) -> IndicatorLine:
    indicator, evaluation = result.indicator, result.evaluation
    target, latest = indicator.target, evaluation.latest
    return IndicatorLine(
        id=indicator.id,
        group=indicator.group,
        name=indicator.name,
        target=Target(
            target.kind, target.value, target.lo, target.hi, indicator.unit, indicator.measure
        ),
        by=indicator.by,
        latest_value=latest.value if latest is not None else None,
        latest_assessment=latest.assessment if latest is not None else None,
        latest_as_of=latest.as_of if latest is not None else None,
        latest_source=latest.source if latest is not None else None,
        projected=result.projected,
        ratio=evaluation.ratio,
        status=evaluation.status,
        measure=indicator.measure,
        due_by_now=None if result.measured is None else result.measured.due_by_now,
        years=()
        if result.measured is None or indicator.measure != "yearly"
        else tuple((y.year, y.value, y.met) for y in result.measured.years),
    )
