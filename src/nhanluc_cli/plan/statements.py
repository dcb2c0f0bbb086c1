"""What each progress report says, resolved against the plan, and which reports are known on D.

Both the checks and the status engines read reports through these functions, so a task key such
as "7" or "7@2022", a measurement's date and a report's own date mean the same thing everywhere.
The one rule of time lives here too: `known_on(reports, D)` lists the reports known on D in the
order they became known, so that of two statements about one thing the later one speaks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import lru_cache
from typing import NamedTuple, TypeVar, cast

from nhanluc_cli.plan.deadlines import (
    Deadline,
    label_for_period,
    occurrences_for,
    parse_deadline,
    period_bounds,
)
from nhanluc_cli.plan.model import TASK_KEY, IndicatorReport, Plan, Report, Task, TaskReport
from nhanluc_cli.plan.sources import LoadedReport, YamlPath


def is_recurring(task: Task) -> bool:
    """Recurring tasks have one occurrence per year, half or quarter; a `due:` override makes a
    task one-off."""
    return recurring_deadline(task) is not None


def recurring_deadline(task: Task) -> Deadline | None:
    """The task's deadline when it recurs; None for a one-off task (or an unreadable one)."""
    if task.due is not None:
        return None
    deadline = _parsed(task.deadline)
    return deadline if deadline is not None and deadline.recurring else None


@lru_cache(maxsize=512)
def _parsed(deadline_text: str) -> Deadline | None:
    # Asked once per task entry of every report: parse each wording once, not 70,000 times.
    return parse_deadline(deadline_text)


def occurrence_labels(plan: Plan, task: Task) -> tuple[str, ...]:
    """The labels of a recurring task's occurrences in the plan ("2022", "2022-Q3", ...), in
    due order; () for a one-off task."""
    deadline = recurring_deadline(task)
    if deadline is None:
        return ()
    return _labels(deadline, plan.period.start, plan.period.end, plan.date)


@lru_cache(maxsize=512)
def _labels(deadline: Deadline, first: int, last: int, plan_date: date) -> tuple[str, ...]:
    return tuple(
        o.label for o in occurrences_for(deadline, first, last, plan_date) if o.label is not None
    )


def report_date(report: LoadedReport) -> date:
    """When a report became known: `reported_on`, else the last day of its period."""
    if report.report.reported_on is not None:
        return report.report.reported_on
    return period_end(report.report.period)


R = TypeVar("R", bound=LoadedReport)
T = TypeVar("T")


def known_on(reports: Iterable[R], as_of: date) -> list[R]:
    """The reports known on `as_of`, in the order they became known: by `report_date`, then by
    file name. Whoever reads statements in this order and lets each overwrite the last gets the
    rule "the latest known report speaks" (contract §2, §3)."""
    dated = sorted(
        ((report_date(report), report.file, report) for report in reports),
        key=lambda item: (item[0], item[1]),
    )
    return [report for day, _, report in dated if day <= as_of]


@lru_cache(maxsize=1024)  # a few dozen periods, asked of every report by every check
def _bounds(period: str) -> tuple[date, date]:
    bounds = period_bounds(period)
    # The model's pattern admits only periods period_bounds understands.
    assert bounds is not None, period
    return bounds


def period_start(period: str) -> date:
    return _bounds(period)[0]


def period_end(period: str) -> date:
    return _bounds(period)[1]


class TaskEntry(NamedTuple):
    """One task occurrence as one report states it."""

    task: Task
    label: str | None  # the occurrence's label ("2022", "2022-Q3"); None for a one-off task
    entry: TaskReport
    path: YamlPath  # ("tasks", key)


class KeyProblem(NamedTuple):
    key: str
    path: YamlPath
    reason: str  # i18n key
    args: dict[str, object]


# What each report says, resolved once: `check` reads every report five or six times (each check
# and the tracking). A pure function of the plan and the report, kept with the report itself
# (LoadedReport.resolved, a value the loading code gives each report it loads) for the plan it
# was worked out against: no memory here, nothing keyed by an object's id.


def _resolved_once(
    kind: str, plan: Plan, report: LoadedReport, resolve: Callable[[], Iterator[T]]
) -> tuple[T, ...]:
    memo = report.resolved
    if memo is None:
        return tuple(resolve())
    if memo.plan is not plan or memo.report is not report.report:
        memo.plan, memo.report, memo.tasks, memo.figures = plan, report.report, None, None
    found = memo.tasks if kind == "tasks" else memo.figures
    if found is None:
        found = tuple(resolve())
        if kind == "tasks":
            memo.tasks = found
        else:
            memo.figures = found
    return cast(tuple[T, ...], found)


def task_entries(plan: Plan, report: LoadedReport) -> tuple[TaskEntry | KeyProblem, ...]:
    """Each reported task occurrence, or why its key cannot be resolved. Blanks are skipped."""
    return _resolved_once("tasks", plan, report, lambda: _task_entries(plan, report))


def _task_entries(plan: Plan, report: LoadedReport) -> Iterator[TaskEntry | KeyProblem]:
    period = report.report.period
    for key, entry in report.report.tasks.items():
        path: YamlPath = ("tasks", key)
        match = TASK_KEY.match(key)
        if match is None:
            yield KeyProblem(key, path, "schema.task_key", {"key": key})
            continue
        task = plan.task(match["task"])
        if task is None:
            yield KeyProblem(key, path, "ref.unknown_task", {"id": match["task"]})
            continue
        resolved = _occurrence_of(plan, task, period, match["label"])
        if isinstance(resolved, tuple):
            reason, args = resolved
            yield KeyProblem(key, path, reason, args)
            continue
        if entry is not None and _says_something(entry):
            yield TaskEntry(task, resolved, entry, path)


def _occurrence_of(
    plan: Plan, task: Task, period: str, label: str | None
) -> str | tuple[str, dict[str, object]] | None:
    """The label a key names ("7@2022-Q3"), or a bare key means in a report of `period`
    (None for a one-off task); or why it names no occurrence of the task: an i18n key and its
    arguments."""
    deadline = recurring_deadline(task)
    if deadline is None:
        if label is not None:
            return "ref.year_for_one_off", {"task": task.id}
        return None
    labels = occurrence_labels(plan, task)
    year = int(label[:4]) if label is not None else int(period[:4])
    if not plan.period.start <= year <= plan.period.end:
        return "ref.year_outside_period", {
            "year": year,
            "task": task.id,
            "start": plan.period.start,
            "end": plan.period.end,
        }
    if label is None:
        label = label_for_period(deadline, period)
        if label is None:  # "1" in a yearly report of a quarterly task: which quarter?
            in_year = [x for x in labels if x.startswith(f"{year:04d}")]
            return "ref.period_spans_occurrences", {
                "task": task.id,
                "period": period,
                "deadline": task.deadline,
                "example": in_year[0] if in_year else f"{year:04d}-Q1",
            }
    if label in labels:
        return label
    return "ref.label_not_of_task", {
        "task": task.id,
        "label": label,
        "deadline": task.deadline,
        "labels": ", ".join(labels),
    }


def _says_something(entry: TaskReport) -> bool:
    """A status, or an extension or explanation given on its own (no status: the state stands).
    An entry with none of them is a blank still to fill in."""
    return entry.status is not None or entry.extended_to is not None or bool(entry.explanation)


class MeasurementEntry(NamedTuple):
    """One indicator figure as one report states it (value already derived from a ratio)."""

    indicator_id: str
    as_of: date
    value: float | None
    entry: IndicatorReport
    path: YamlPath  # ("indicators", id)


def measured_value(entry: IndicatorReport, scale: float | None) -> float | None:
    """`value`, else numerator / denominator x the unit's scale (100 for %, 10,000 per vạn dân)."""
    if entry.value is not None:
        return entry.value
    if entry.numerator is not None and entry.denominator and scale:
        return entry.numerator / entry.denominator * scale
    return None


def measurements(plan: Plan, report: LoadedReport) -> tuple[MeasurementEntry | KeyProblem, ...]:
    """Each reported figure or assessment; unknown ids come back as problems, nulls are skipped."""
    return _resolved_once("figures", plan, report, lambda: _measurements(plan, report))


def default_as_of(report: Report) -> date:
    """The date of a figure given without `as_of`: the end of the report's period, or the day
    the report was sent when that is earlier (contract §17), so that a quarterly report sent
    before the quarter ends counts from the day it was sent, not from the quarter's end."""
    end = period_end(report.period)
    sent = report.reported_on
    return sent if sent is not None and sent < end else end


def _measurements(plan: Plan, report: LoadedReport) -> Iterator[MeasurementEntry | KeyProblem]:
    default_as_of_ = default_as_of(report.report)
    for indicator_id, entry in report.report.indicators.items():
        path: YamlPath = ("indicators", indicator_id)
        indicator = plan.indicator(indicator_id)
        if indicator is None:
            yield KeyProblem(indicator_id, path, "ref.unknown_indicator", {"id": indicator_id})
            continue
        if entry is None or not entry.is_reported:
            continue
        value = measured_value(entry, indicator.scale)
        yield MeasurementEntry(indicator_id, entry.as_of or default_as_of_, value, entry, path)


def task_statements(
    plan: Plan, reports: Iterable[LoadedReport], as_of: date
) -> Iterator[tuple[LoadedReport, TaskEntry]]:
    """Every resolvable task entry of the reports known on `as_of`, in `known_on` order.
    Unresolvable keys are left out: `checks` reports them (E201/E220)."""
    for report in known_on(reports, as_of):
        for item in task_entries(plan, report):
            if isinstance(item, TaskEntry):
                yield report, item


def indicator_entries(
    plan: Plan, reports: Iterable[LoadedReport], as_of: date
) -> Iterator[tuple[LoadedReport, str, IndicatorReport, YamlPath]]:
    """Every entry about a known indicator that says anything (a figure, an assessment or an
    explanation), in the reports known on `as_of`, in `known_on` order. What `measurements`
    leaves out: an explanation given without a new figure."""
    for report in known_on(reports, as_of):
        for indicator_id, entry in report.report.indicators.items():
            if entry is None or plan.indicator(indicator_id) is None:
                continue
            if entry.is_reported or entry.explanation:
                yield report, indicator_id, entry, ("indicators", indicator_id)


def measurement_statements(
    plan: Plan, reports: Iterable[LoadedReport], as_of: date
) -> Iterator[tuple[LoadedReport, MeasurementEntry]]:
    """Every figure known on `as_of` (its report known, its own date not later), in `known_on`
    order. Unknown indicator ids are left out: `checks` reports them (E220)."""
    for report in known_on(reports, as_of):
        for item in measurements(plan, report):
            if isinstance(item, MeasurementEntry) and item.as_of <= as_of:
                yield report, item
