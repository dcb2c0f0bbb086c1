"""Task occurrences x progress reports x as-of date -> one status per occurrence (contract §2).

Pure: no I/O and no clock; the as-of date D is always a parameter. What is dated after D is not
known on D: a report whose date (`reported_on`, else the end of its period) is after D, and a
completion whose `completed_on` is after D. Of the reports known on D, the latest one that says
something about an occurrence decides its state (equal dates: the later file name wins; two
such reports that disagree are already finding E230).

Also here: the as-of-dependent findings about deadlines (E301 overdue, W311 due soon, W312
completed late), and the plain rows that JSON, CSV and tables are made from.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Literal, NamedTuple, get_args

from nhanluc_cli.findings import Finding
from nhanluc_cli.model import Plan, Task
from nhanluc_cli.sources import LoadedPlan, LoadedReport, YamlPath, dotted
from nhanluc_cli.statements import TaskEntry, task_statements
from nhanluc_cli.tasks.deadlines import Occurrence, occurrences_for, parse_deadline
from nhanluc_cli.vietnamese import sort_key

__all__ = [
    "TASK_FIELDS",
    "TASK_STATUSES",
    "AgencyLoad",
    "OccurrenceStatus",
    "TaskStatus",
    "agency_row",
    "by_lead_agency",
    "check_task_deadlines",
    "count_by_status",
    "occurrence_key",
    "period_elapsed",
    "schedule",
    "task_row",
    "track",
]

TaskStatus = Literal["done", "late", "cancelled", "overdue", "due_soon", "open"]
TASK_STATUSES: tuple[TaskStatus, ...] = get_args(TaskStatus)  # in the contract's order

# The fields of a task row (contract §4.1), in order: JSON keys and CSV columns.
TASK_FIELDS: tuple[str, ...] = (
    "task",
    "year",
    "title",
    "lead",
    "partners",
    "product",
    "deadline",
    "due",
    "status",
    "completed_on",
    "days_late",
)

OccurrenceId = tuple[str, int | None]  # (task id, year); year None for a one-off task


class OccurrenceStatus(NamedTuple):
    task: Task
    year: int | None  # None for a one-off task
    due: date
    status: TaskStatus
    completed_on: date | None  # known on D: set only for done and late
    days_late: int | None  # D - due when overdue, completed_on - due when late, else None
    state: str | None  # latest reported state known on D (not_started/in_progress/done/cancelled)
    reported_in: str | None  # the file of that report
    product_ref: str | None
    note: str | None


def occurrence_key(task_id: str, year: int | None) -> str:
    """The key a progress report uses for an occurrence: "3", or "7@2022" for a yearly task."""
    return task_id if year is None else f"{task_id}@{year}"


# ---------------------------------------------------------------------------------------------
# Occurrences


def _occurrences_of(task: Task, first_year: int, last_year: int) -> list[Occurrence]:
    """A `due:` override makes the task one-off; an unparseable deadline (E210) has none."""
    if task.due is not None:
        return [Occurrence(year=None, due=task.due)]
    deadline = parse_deadline(task.deadline)
    if deadline is None:
        return []
    return occurrences_for(deadline, first_year, last_year)


def schedule(plan: Plan) -> list[tuple[Task, Occurrence]]:
    """Every occurrence of every task, ordered by due date, then plan order.

    Plan order (not the ids' order) breaks ties, so "III.1" comes before "1" … "16" as the
    document lists them. Each deadline text is parsed once.
    """
    start, end = plan.period.start, plan.period.end
    indexed = [
        (occurrence.due, index, task, occurrence)
        for index, task in enumerate(plan.tasks)
        for occurrence in _occurrences_of(task, start, end)
    ]
    indexed.sort(key=lambda item: (item[0], item[1]))
    return [(task, occurrence) for _, _, task, occurrence in indexed]


# ---------------------------------------------------------------------------------------------
# What the reports say, as known on D


class _Known(NamedTuple):
    """The latest statement known on D about one occurrence, and where it was made."""

    report: LoadedReport
    entry: TaskEntry


def _known_entries(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date
) -> dict[OccurrenceId, _Known]:
    """For each occurrence, the latest report entry known on `as_of`.

    A "done" whose completed_on is after D is a statement about the future: it is skipped, so
    an earlier report (say "in_progress") still speaks for that day.
    """
    # Plain tuples in the loop: `check` runs this over thousands of report entries.
    latest: dict[OccurrenceId, tuple[LoadedReport, TaskEntry]] = {}
    for report, item in task_statements(plan, reports, as_of):
        completed_on = item.entry.completed_on
        if completed_on is not None and completed_on > as_of and item.entry.status == "done":
            continue
        latest[(item.task.id, item.year)] = (report, item)
    return {occurrence: _Known(*statement) for occurrence, statement in latest.items()}


def _status_of(
    task: Task,
    occurrence: Occurrence,
    known: _Known | None,
    as_of: date,
    soon_days: int,
) -> OccurrenceStatus:
    entry = known.entry.entry if known is not None else None
    state = entry.status if entry is not None else None
    due = occurrence.due
    completed_on: date | None = None
    days_late: int | None = None
    status: TaskStatus
    if state == "done" and entry is not None and entry.completed_on is not None:
        completed_on = entry.completed_on
        if completed_on <= due:
            status = "done"
        else:
            status, days_late = "late", (completed_on - due).days
    elif state == "cancelled":
        status = "cancelled"
    elif as_of > due:
        status, days_late = "overdue", (as_of - due).days
    elif (due - as_of).days <= soon_days:
        status = "due_soon"
    else:
        status = "open"
    return OccurrenceStatus(
        task=task,
        year=occurrence.year,
        due=due,
        status=status,
        completed_on=completed_on,
        days_late=days_late,
        state=state,
        reported_in=known.report.file if known is not None else None,
        product_ref=entry.product_ref if entry is not None else None,
        note=entry.note if entry is not None else None,
    )


def _track(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date, soon_days: int
) -> list[tuple[OccurrenceStatus, _Known | None]]:
    known = _known_entries(plan, reports, as_of)
    tracked = []
    for task, occurrence in schedule(plan):
        statement = known.get((task.id, occurrence.year))
        tracked.append((_status_of(task, occurrence, statement, as_of, soon_days), statement))
    return tracked


def track(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date, soon_days: int = 30
) -> list[OccurrenceStatus]:
    """The status of every occurrence on `as_of`, in schedule order (contract §2)."""
    return [status for status, _ in _track(plan, reports, as_of, soon_days)]


def count_by_status(statuses: Iterable[OccurrenceStatus]) -> dict[str, int]:
    """Occurrences per status word; every word is a key, with 0 where none."""
    counts: dict[str, int] = dict.fromkeys(TASK_STATUSES, 0)
    for occurrence in statuses:
        counts[occurrence.status] += 1
    return counts


# ---------------------------------------------------------------------------------------------
# Rows for JSON, CSV and tables


def task_row(plan: Plan, occurrence: OccurrenceStatus) -> dict[str, object]:
    """One occurrence as the JSON of contract §4.1 (agency names, not ids; dates as `date`)."""
    task = occurrence.task
    return {
        "task": task.id,
        "year": occurrence.year,
        "title": task.title,
        "lead": _agency_name(plan, task.lead),
        "partners": [_agency_name(plan, partner) for partner in task.partners],
        "product": task.product,
        "deadline": task.deadline,
        "due": occurrence.due,
        "status": occurrence.status,
        "completed_on": occurrence.completed_on,
        "days_late": occurrence.days_late,
    }


def _agency_name(plan: Plan, agency_id: str) -> str:
    # An unknown id is finding E220; listings never run on such data, but stay total anyway.
    agency = plan.agency(agency_id)
    return agency.name if agency is not None else agency_id


class AgencyLoad(NamedTuple):
    """One lead agency's occurrences by status: who must act."""

    agency_id: str
    name: str
    counts: dict[str, int]  # every status word a key
    total: int


def by_lead_agency(plan: Plan, statuses: Iterable[OccurrenceStatus]) -> list[AgencyLoad]:
    """One entry per agency that leads at least one occurrence, in Vietnamese alphabetical order
    of its name (the order of the document's own lists, not of code points)."""
    grouped: dict[str, list[OccurrenceStatus]] = {}
    for occurrence in statuses:
        grouped.setdefault(occurrence.task.lead, []).append(occurrence)
    loads = [
        AgencyLoad(agency_id, _agency_name(plan, agency_id), count_by_status(group), len(group))
        for agency_id, group in grouped.items()
    ]
    return sorted(loads, key=lambda load: sort_key(load.name))


def agency_row(load: AgencyLoad) -> dict[str, object]:
    """One lead agency as the JSON of contract §4.1."""
    return {"agency": load.name, "id": load.agency_id, "counts": load.counts, "total": load.total}


# ---------------------------------------------------------------------------------------------
# Findings that depend on D: E301, W311, W312


def check_task_deadlines(
    plan: LoadedPlan, reports: Sequence[LoadedReport], as_of: date, soon_days: int
) -> list[Finding]:
    """E301 per overdue and W311 per due-soon occurrence, at the task's line in the plan; W312
    per occurrence completed late, at the `completed_on` line of the report that says so."""
    index_of = {task.id: index for index, task in enumerate(plan.plan.tasks)}
    findings: list[Finding] = []
    for occurrence, known in _track(plan.plan, reports, as_of, soon_days):
        args: dict[str, object] = {
            "task": occurrence_key(occurrence.task.id, occurrence.year),
            "due": occurrence.due,
            "days": occurrence.days_late,
            "left": (occurrence.due - as_of).days,
        }
        if occurrence.status in ("overdue", "due_soon"):
            path: YamlPath = ("tasks", index_of[occurrence.task.id])
            line, column = plan.where.value_at(path)
            overdue = occurrence.status == "overdue"
            code, key = ("E301", "task.overdue") if overdue else ("W311", "task.due_soon")
            findings.append(Finding(code, key, plan.file, line, column, dotted(path), args))
        elif occurrence.status == "late" and known is not None:
            path = (*known.entry.path, "completed_on")
            line, column = known.report.where.value_at(path)
            args["completed_on"] = occurrence.completed_on
            findings.append(
                Finding("W312", "task.late", known.report.file, line, column, dotted(path), args)
            )
    return findings


def period_elapsed(plan: Plan, as_of: date) -> float:
    """Share of the plan period gone by on `as_of`, 0.0-1.0: from 1 January of the first year to
    31 December of the last, counting `as_of` itself as gone (so 31/12 of the last year is 1.0)."""
    first = date(plan.period.start, 1, 1)
    after_last = date(plan.period.end + 1, 1, 1)
    share = ((as_of - first).days + 1) / (after_last - first).days
    return min(1.0, max(0.0, share))
