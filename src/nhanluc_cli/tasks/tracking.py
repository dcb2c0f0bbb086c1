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
from typing import NamedTuple

from nhanluc_cli.plan.deadlines import Occurrence, occurrences_for, parse_deadline
from nhanluc_cli.plan.lifecycle import closing_day, ended_before
from nhanluc_cli.plan.model import Plan, Task, TaskReport
from nhanluc_cli.plan.sources import LoadedReport
from nhanluc_cli.plan.statements import TaskEntry, task_statements
from nhanluc_cli.tasks.records import TASK_STATUSES, AgencyLoad, TaskStatus
from nhanluc_cli.vietnamese import matches, sort_key

__all__ = [
    "TASK_STATUSES",
    "AgencyLoad",
    "Known",
    "OccurrenceStatus",
    "Statement",
    "TaskStatus",
    "agency_name",
    "by_lead_agency",
    "count_by_status",
    "lead_names",
    "led_by",
    "occurrence_key",
    "period_elapsed",
    "schedule",
    "track",
    "track_known",
]


OccurrenceId = tuple[str, str | None]  # (task id, label); label None for a one-off task


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
    original_due: date | None = None  # the due date before an extension; None if never extended
    explanation: str | None = None  # the giải trình on record (the latest entry's)
    transferred_to: tuple[str, ...] = ()  # agency ids, when transferred
    # "2022", "2022-Q3" or "2022-H1": which occurrence of a recurring task; None for a one-off
    label: str | None = None


def occurrence_key(task_id: str, label: str | int | None) -> str:
    """The key a progress report uses for an occurrence: "3", or "7@2022", "7@2022-Q3"."""
    return task_id if label is None else f"{task_id}@{label}"


# ---------------------------------------------------------------------------------------------
# Occurrences


def _occurrences_of(plan: Plan, task: Task) -> list[Occurrence]:
    """A `due:` override makes the task one-off; an unparseable deadline (E210) has none; a
    recurring one never falls due before the plan's date (contract §2)."""
    if task.due is not None:
        return [Occurrence(year=None, due=task.due)]
    deadline = parse_deadline(task.deadline)
    if deadline is None:
        return []
    return occurrences_for(deadline, plan.period.start, plan.period.end, plan_date=plan.date)


def schedule(plan: Plan) -> list[tuple[Task, Occurrence]]:
    """Every occurrence of every task, ordered by due date, then plan order.

    Plan order (not the ids' order) breaks ties, so "III.1" comes before "1" … "16" as the
    document lists them. Each deadline text is parsed once.
    """
    indexed = [
        (occurrence.due, index, task, occurrence)
        for index, task in enumerate(plan.tasks)
        for occurrence in _occurrences_of(plan, task)
    ]
    indexed.sort(key=lambda item: (item[0], item[1]))
    return [(task, occurrence) for _, _, task, occurrence in indexed]


# ---------------------------------------------------------------------------------------------
# What the reports say, as known on D


class Statement(NamedTuple):
    """One report's entry about one occurrence, and the report it stands in."""

    report: LoadedReport
    entry: TaskEntry


class Known(NamedTuple):
    """What the reports known on D say about one occurrence.

    `report`/`entry`: the latest statement of a state (not_started ... transferred); `extension`:
    the latest `extended_to` (it stands until a later one replaces it, whatever else is said);
    `last`: the latest entry of any kind, whose `explanation` is the one on record.
    """

    report: LoadedReport | None
    entry: TaskEntry | None
    extension: Statement | None
    last: Statement


def _from_the_future(entry: TaskReport, as_of: date) -> bool:
    """A completion or handover dated after D is not known on D: the earlier state speaks."""
    if entry.status == "done":
        return entry.completed_on is not None and entry.completed_on > as_of
    return (
        entry.status == "transferred"
        and entry.transferred_on is not None
        and entry.transferred_on > as_of
    )


def _known_entries(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date
) -> dict[OccurrenceId, Known]:
    """For each occurrence, what the reports known on `as_of` say, latest first."""
    # Plain tuples in the loop: `check` runs this over thousands of report entries.
    state: dict[OccurrenceId, tuple[LoadedReport, TaskEntry]] = {}
    extension: dict[OccurrenceId, Statement] = {}
    last: dict[OccurrenceId, Statement] = {}
    for report, item in task_statements(plan, reports, as_of):
        occurrence = (item.task.id, item.label)
        entry = item.entry
        if entry.status is not None and not _from_the_future(entry, as_of):
            state[occurrence] = (report, item)
        if entry.extended_to is not None:
            extension[occurrence] = Statement(report, item)
        last[occurrence] = Statement(report, item)
    known: dict[OccurrenceId, Known] = {}
    for occurrence, said in last.items():
        stated = state.get(occurrence) or (None, None)
        known[occurrence] = Known(stated[0], stated[1], extension.get(occurrence), said)
    return known


def _status_of(
    plan: Plan,
    task: Task,
    occurrence: Occurrence,
    known: Known | None,
    as_of: date,
    soon_days: int,
) -> OccurrenceStatus:
    item = known.entry if known is not None else None
    entry = item.entry if item is not None else None
    state = entry.status if entry is not None else None
    extended = known.extension if known is not None else None
    due = extended.entry.entry.extended_to if extended is not None else None
    original_due = occurrence.due if due is not None else None
    due = due or occurrence.due
    closing = closing_day(plan)
    # Work due after a plan stopped early could not be done by the offices that ended with it.
    cut_off = ended_before(plan, as_of) and ended_before(plan, due)
    completed_on: date | None = None
    days_late: int | None = None
    status: TaskStatus
    if state == "done" and entry is not None and entry.completed_on is not None:
        completed_on = entry.completed_on
        if cut_off and ended_before(plan, completed_on):
            status, completed_on = "terminated", None
        elif completed_on <= due:
            status = "done"
        else:
            status, days_late = "late", (completed_on - due).days
    elif state == "cancelled":
        status = "cancelled"
    elif state == "transferred":
        status = "transferred"
    elif cut_off:
        status = "terminated"
    elif as_of > due:
        # On a closed plan lateness stops counting on its last day in force.
        counted_to = closing if as_of > closing >= due else as_of
        status, days_late = "overdue", (counted_to - due).days
    elif (due - as_of).days <= soon_days:
        status = "due_soon"
    else:
        status = "open"
    said = known.last.entry.entry if known is not None else None
    return OccurrenceStatus(
        task=task,
        year=occurrence.year,
        due=due,
        status=status,
        completed_on=completed_on,
        days_late=days_late,
        state=state,
        reported_in=known.report.file if known is not None and known.report is not None else None,
        product_ref=entry.product_ref if entry is not None else None,
        note=entry.note if entry is not None else None,
        original_due=original_due,
        explanation=said.explanation if said is not None else None,
        transferred_to=tuple(entry.to or ()) if state == "transferred" and entry else (),
        label=occurrence.label,
    )


Tracked = list[tuple["OccurrenceStatus", "Known | None"]]  # what track_known returns


def track_known(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date, soon_days: int
) -> Tracked:
    """Every occurrence's status with what the reports said of it, by due date in force (an
    extension moves an occurrence down the list), then plan order."""
    known = _known_entries(plan, reports, as_of)
    tracked = []
    for task, occurrence in schedule(plan):
        statement = known.get((task.id, occurrence.label))
        tracked.append((_status_of(plan, task, occurrence, statement, as_of, soon_days), statement))
    tracked.sort(key=lambda pair: pair[0].due)  # stable: schedule order among equal dates
    return tracked


def track(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date, soon_days: int = 30
) -> list[OccurrenceStatus]:
    """The status of every occurrence on `as_of` (contract §2, §9.3)."""
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


def lead_names(plan: Plan, task: Task) -> str:
    """The lead agencies' names as one text: one name, or several joined with "; "."""
    return "; ".join(agency_name(plan, lead) for lead in task.leads)


def led_by(plan: Plan, task: Task, text: str) -> bool:
    """Whether `text` names one of the task's leads, by name or id, ignoring case, diacritics
    and đ/d (the `--agency` filter)."""
    return any(matches(text, agency_name(plan, lead)) or matches(text, lead) for lead in task.leads)


def by_lead_agency(plan: Plan, statuses: Iterable[OccurrenceStatus]) -> list[AgencyLoad]:
    """One entry per agency that leads at least one occurrence, in Vietnamese alphabetical order
    of its name (the order of the document's own lists, not of code points)."""
    grouped: dict[str, list[OccurrenceStatus]] = {}
    for occurrence in statuses:
        for lead in occurrence.task.leads:  # a shared task counts for each of its leads
            grouped.setdefault(lead, []).append(occurrence)
    loads = [
        AgencyLoad(agency_id, agency_name(plan, agency_id), count_by_status(group), len(group))
        for agency_id, group in grouped.items()
    ]
    return sorted(loads, key=lambda load: sort_key(load.name))


def period_elapsed(plan: Plan, as_of: date) -> float:
    """Share of the plan period gone by on `as_of`, 0.0-1.0: from 1 January of the first year to
    31 December of the last, counting `as_of` itself as gone (so 31/12 of the last year is 1.0).
    A plan that ended early stops there: plan 60 lived 90 % of its period."""
    first = date(plan.period.start, 1, 1)
    after_last = date(plan.period.end + 1, 1, 1)
    lived = min(as_of, closing_day(plan))
    share = ((lived - first).days + 1) / (after_last - first).days
    return min(1.0, max(0.0, share))
