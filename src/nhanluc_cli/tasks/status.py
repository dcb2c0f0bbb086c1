"""Task occurrences x progress reports x as-of date -> one status per occurrence (contract §2).

Pure: no I/O and no clock; the as-of date D is always a parameter. What is dated after D is not
known on D: a report whose date (`reported_on`, else the end of its period) is after D, and a
completion whose `completed_on` is after D. Of the reports known on D, the latest one that says
something about an occurrence decides its state (equal dates: the later file name wins; two
such reports that disagree are already finding E230).

The findings that depend on D (E301, W311, W312) are in tasks/findings.py; the words and rows
shown are in render/.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Literal, NamedTuple, get_args

from nhanluc_cli.model import Plan, Task
from nhanluc_cli.sources import LoadedReport
from nhanluc_cli.statements import TaskEntry, task_statements
from nhanluc_cli.tasks.deadlines import Occurrence, occurrences_for, parse_deadline
from nhanluc_cli.vietnamese import sort_key

__all__ = [
    "TASK_STATUSES",
    "AgencyLoad",
    "OccurrenceStatus",
    "TaskStatus",
    "agency_name",
    "by_lead_agency",
    "count_by_status",
    "occurrence_key",
    "period_elapsed",
    "schedule",
    "track",
    "track_known",
]

TaskStatus = Literal["done", "late", "cancelled", "overdue", "due_soon", "open"]
TASK_STATUSES: tuple[TaskStatus, ...] = get_args(TaskStatus)  # in the contract's order


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


class Known(NamedTuple):
    """The latest statement known on D about one occurrence, and where it was made."""

    report: LoadedReport
    entry: TaskEntry


def _known_entries(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date
) -> dict[OccurrenceId, Known]:
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
    return {occurrence: Known(*statement) for occurrence, statement in latest.items()}


def _status_of(
    task: Task,
    occurrence: Occurrence,
    known: Known | None,
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


def track_known(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date, soon_days: int
) -> list[tuple[OccurrenceStatus, Known | None]]:
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
    return [status for status, _ in track_known(plan, reports, as_of, soon_days)]


def count_by_status(statuses: Iterable[OccurrenceStatus]) -> dict[str, int]:
    """Occurrences per status word; every word is a key, with 0 where none."""
    counts: dict[str, int] = dict.fromkeys(TASK_STATUSES, 0)
    for occurrence in statuses:
        counts[occurrence.status] += 1
    return counts


# ---------------------------------------------------------------------------------------------
# Rows for JSON, CSV and tables


def agency_name(plan: Plan, agency_id: str) -> str:
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
        AgencyLoad(agency_id, agency_name(plan, agency_id), count_by_status(group), len(group))
        for agency_id, group in grouped.items()
    ]
    return sorted(loads, key=lambda load: sort_key(load.name))


def period_elapsed(plan: Plan, as_of: date) -> float:
    """Share of the plan period gone by on `as_of`, 0.0-1.0: from 1 January of the first year to
    31 December of the last, counting `as_of` itself as gone (so 31/12 of the last year is 1.0)."""
    first = date(plan.period.start, 1, 1)
    after_last = date(plan.period.end + 1, 1, 1)
    share = ((as_of - first).days + 1) / (after_last - first).days
    return min(1.0, max(0.0, share))
