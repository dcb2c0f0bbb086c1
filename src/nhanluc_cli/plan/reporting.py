"""The reporting calendar (contract §17): which periodic reports are due, when, from whom, and
who has sent theirs.

Nghị định 09/2019/NĐ-CP, Điều 12, fixes the figures' window: from the 15th of the month before
the period to the 14th of its last month (a quarter from 15/12, 15/3, 15/6 or 15/9 to 14/3,
14/6, 14/9 or 14/12; six months 15/12-14/6; nine months 15/12-14/9; a year 15/12-14/12). With
`cutoff: calendar` the window is the period itself (01/01-30/06 for six months). A report is on
time when received by the cut-off plus `due_days` calendar days: a due date on a Sunday stays a
Sunday, as the plan writes no working-day rule.

Pure: plain dates in, plain values out; no words, no formatting.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import NamedTuple

from nhanluc_cli.plan.lifecycle import closing_day, is_closed
from nhanluc_cli.plan.model import Plan
from nhanluc_cli.plan.sources import LoadedReport
from nhanluc_cli.plan.statements import report_date
from nhanluc_cli.vietnamese import nfc, sort_key

FREQUENCIES = ("quarter", "half_year", "nine_months", "year")
REPORT_STATUSES = ("on_time", "late", "missing", "not_due")

# Each frequency's periods in a year: (the period's suffix, its first and last month).
_PARTS: dict[str, tuple[tuple[str, int, int], ...]] = {
    "quarter": (("-Q1", 1, 3), ("-Q2", 4, 6), ("-Q3", 7, 9), ("-Q4", 10, 12)),
    "half_year": (("-H1", 1, 6),),  # the second half is covered by the year's report
    "nine_months": (("-9M", 1, 9),),
    "year": (("", 1, 12),),
}


class ReportingPeriod(NamedTuple):
    period: str  # as a report names it: "2026-Q3", "2026-H1", "2026-9M", "2026"
    frequency: str  # quarter | half_year | nine_months | year
    year: int
    part: int | None  # the quarter's number; None for the others
    start: date  # the window's first day
    cutoff: date  # its last day: the figures are "tính đến" this day
    due: date  # the last day on which a report is on time


def _first_day(year: int, month: int) -> date:
    return date(year, month, 1)


def _last_day(year: int, month: int) -> date:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return following - timedelta(days=1)


def window(year: int, first_month: int, last_month: int, cutoff: str) -> tuple[date, date]:
    """The window of the period running from `first_month` to `last_month` of `year`.

    nd09: from the 15th of the month before the first month (15/12 of the year before for a
    period starting in January) to the 14th of the last month. calendar: the months themselves.
    """
    if cutoff == "calendar":
        return _first_day(year, first_month), _last_day(year, last_month)
    before = date(year - 1, 12, 15) if first_month == 1 else date(year, first_month - 1, 15)
    return before, date(year, last_month, 14)


def periods_of_year(
    year: int, every: Iterable[str], cutoff: str, due_days: int
) -> list[ReportingPeriod]:
    """The reporting periods of `year` for the frequencies `every`, by cut-off, then the longer
    period first (six months before the second quarter that ends with it)."""
    found: list[ReportingPeriod] = []
    for frequency in dict.fromkeys(every):
        for suffix, first, last in _PARTS.get(frequency, ()):
            start, end = window(year, first, last, cutoff)
            part = int(suffix[2]) if frequency == "quarter" else None
            found.append(
                ReportingPeriod(
                    f"{year:04d}{suffix}",
                    frequency,
                    year,
                    part,
                    start,
                    end,
                    end + timedelta(days=due_days),
                )
            )
    return sorted(found, key=lambda p: (p.cutoff, p.start))


def frequency_of(period: str) -> str | None:
    """Which frequency a period's form belongs to: "2026-Q3" quarter, "2026-H1" half_year,
    "2026-9M" nine_months, "2026" year; None for a form no frequency has ("2026-H2", a month)."""
    suffix = period[4:]
    for frequency, parts in _PARTS.items():
        if any(suffix == own for own, _, _ in parts):
            return frequency
    return None


def plan_periods(plan: Plan) -> list[ReportingPeriod]:
    """Every reporting period the plan expects: those of the years of its period whose window
    ends on or after the plan's date (no report is due for figures from before the plan) and on
    or before its closing day (a plan that stopped early asks no report of a window it did not
    live through). Empty without `reporting:`."""
    reporting = plan.reporting
    if reporting is None:
        return []
    last = closing_day(plan)
    return [
        period
        for year in range(plan.period.start, plan.period.end + 1)
        for period in periods_of_year(year, reporting.every, reporting.cutoff, reporting.due_days)
        if plan.date <= period.cutoff <= last
    ]


def period_named(plan: Plan, period: str) -> ReportingPeriod | None:
    """The reporting period `period` names in this plan's calendar (its window and due date),
    whether or not the plan expects it; None when its form is none of the plan's frequencies."""
    reporting = plan.reporting
    frequency = frequency_of(period)
    if reporting is None or frequency not in reporting.every:
        return None
    year = int(period[:4])
    for candidate in periods_of_year(year, [frequency], reporting.cutoff, reporting.due_days):
        if candidate.period == period:
            return candidate
    return None


def reporters(plan: Plan) -> list[str]:
    """Who reports, by agency id: `reporting.by`, else every agency that leads a task, in the
    order of the plan's agency list; each once."""
    if plan.reporting is None:
        return []
    if plan.reporting.by is not None:
        return list(dict.fromkeys(plan.reporting.by))
    leading = {lead for task in plan.tasks for lead in task.leads}
    return [agency.id for agency in plan.agencies if agency.id in leading]


def reporter_of(plan: Plan, reported_by: str | None) -> str | None:
    """The agency id `reported_by` names: an agency's id, or its exact name (spaces around it
    and Unicode normal form aside); None when it names no agency."""
    if reported_by is None:
        return None
    text = nfc(reported_by).strip()
    if plan.agency(text) is not None:
        return text
    for agency in plan.agencies:
        if nfc(agency.name).strip() == text:
            return agency.id
    return None


def _expected_from(plan: Plan, agency_id: str, period: ReportingPeriod) -> bool:
    """An agency that ceased before the cut-off has no report to send for that window."""
    agency = plan.agency(agency_id)
    return agency is not None and (agency.until is None or agency.until >= period.cutoff)


class ReportStatus(NamedTuple):
    period: ReportingPeriod
    agency_id: str
    agency_name: str
    reported_on: date | None  # when the report was received (its date), if it was
    status: str  # on_time | late | missing | not_due
    days_late: int | None  # late: received - due; missing: D - due (to the closing day)
    file: str | None  # the report received, when there is one


def received_on(
    plan: Plan, reports: Iterable[LoadedReport]
) -> dict[tuple[str, str], tuple[date, str]]:
    """When each (period, reporter) first had a report, and its file: the earliest report date
    among the reports of that period naming that reporter."""
    received: dict[tuple[str, str], tuple[date, str]] = {}
    for report in reports:
        reporter = reporter_of(plan, report.report.reported_by)
        if reporter is None:
            continue
        key = (report.report.period, reporter)
        day = report_date(report)
        if key not in received or (day, report.file) < received[key]:
            received[key] = (day, report.file)
    return received


def reporting_status(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date
) -> list[ReportStatus]:
    """For each period whose window has begun by `as_of` and each reporter expected for it, what
    is known on `as_of`: by due date, then by the reporter's name in Vietnamese order.

    A report dated after `as_of` is not known yet (the time machine of §2). On a closed plan the
    days a missing report is late count to the closing day, as an overdue task's do (§9.3).
    """
    known = [report for report in reports if report_date(report) <= as_of]
    received = received_on(plan, known)
    counted_to = min(as_of, closing_day(plan)) if is_closed(plan, as_of) else as_of
    names = {agency.id: agency.name for agency in reversed(plan.agencies)}
    who = sorted(reporters(plan), key=lambda agency_id: sort_key(names.get(agency_id, agency_id)))
    rows: list[ReportStatus] = []
    for period in plan_periods(plan):
        if period.start > as_of:
            continue
        for agency_id in who:
            if not _expected_from(plan, agency_id, period):
                continue
            name = names.get(agency_id, agency_id)
            got = received.get((period.period, agency_id))
            if got is not None:
                day, file = got
                late = (day - period.due).days
                status = "on_time" if late <= 0 else "late"
                rows.append(
                    ReportStatus(
                        period, agency_id, name, day, status, late if late > 0 else None, file
                    )
                )
            elif as_of > period.due:
                days = max((counted_to - period.due).days, 0)
                rows.append(ReportStatus(period, agency_id, name, None, "missing", days, None))
            else:
                rows.append(ReportStatus(period, agency_id, name, None, "not_due", None, None))
    return rows


class Rates(NamedTuple):
    """DHIS2's completeness and timeliness: of the reports expected (periods due by D), how many
    were received, and how many on time."""

    expected: int
    received: int
    on_time: int

    @property
    def reporting_rate(self) -> float | None:
        return self.received / self.expected if self.expected else None

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.expected if self.expected else None


def rates(statuses: Iterable[ReportStatus]) -> Rates:
    due = [s for s in statuses if s.status != "not_due"]
    received = sum(1 for s in due if s.status in ("on_time", "late"))
    on_time = sum(1 for s in due if s.status == "on_time")
    return Rates(len(due), received, on_time)


def rates_by_reporter(statuses: Sequence[ReportStatus]) -> list[tuple[str, str, Rates]]:
    """(agency id, name, rates) for each reporter, in the rows' order."""
    order = dict.fromkeys((s.agency_id, s.agency_name) for s in statuses)
    return [
        (agency_id, name, rates(s for s in statuses if s.agency_id == agency_id))
        for agency_id, name in order
    ]


class PeriodSummary(NamedTuple):
    """One period's reports at a glance, as `status` says it."""

    period: ReportingPeriod
    received: int
    expected: int


def latest_due(statuses: Sequence[ReportStatus], as_of: date) -> PeriodSummary | None:
    """The latest period due by `as_of` (else the first whose window has begun): how many of
    the reporters expected have sent their report."""
    periods = list(dict.fromkeys(s.period for s in statuses))
    if not periods:
        return None
    due = [p for p in periods if p.due <= as_of]
    chosen = max(due, key=lambda p: (p.due, -p.start.toordinal())) if due else periods[0]
    mine = [s for s in statuses if s.period == chosen]
    received = sum(1 for s in mine if s.status in ("on_time", "late"))
    return PeriodSummary(chosen, received, len(mine))


def current_period(plan: Plan, today: date) -> ReportingPeriod | None:
    """The report to write on `today`: the period being reported (cut off, not yet due), else
    the one whose window holds today (the soonest cut-off), else, after the plan, the latest one
    due, and before it the first one. None without `reporting:`."""
    periods = plan_periods(plan)
    if not periods:
        return None
    reporting_now = [p for p in periods if p.cutoff < today <= p.due]
    if reporting_now:
        return max(reporting_now, key=lambda p: (p.cutoff, -p.start.toordinal()))
    running = [p for p in periods if p.start <= today <= p.cutoff]
    if running:
        return min(running, key=lambda p: (p.cutoff, p.start))
    past = [p for p in periods if p.due < today]
    return past[-1] if past else periods[0]


def report_window(plan: Plan, period: str) -> ReportingPeriod | None:
    """The window and due date of a periodic report for `period` (`report --period`): by the
    plan's calendar, or by Nghị định 09 with its six days when the plan declares none. None for
    a form that is no periodic report's ("2026-H2", a month)."""
    frequency = frequency_of(period)
    if frequency is None:
        return None
    reporting = plan.reporting
    cutoff = reporting.cutoff if reporting is not None else "nd09"
    due_days = reporting.due_days if reporting is not None else 6
    year = int(period[:4])
    return next(
        p for p in periods_of_year(year, [frequency], cutoff, due_days) if p.period == period
    )


def as_of_cutoff(
    reports: Iterable[LoadedReport], cutoff: date, issued_on: date
) -> list[LoadedReport]:
    """The reports a periodic report cut off on `cutoff` and issued on `issued_on` draws on:
    those known on `issued_on`, each received after the cut-off dated to the cut-off itself, so
    that it counts while its figures and completions dated after the cut-off stay out
    (contract §17: a report received after the cut-off counts, its figures dated up to it)."""
    chosen: list[LoadedReport] = []
    for report in reports:
        day = report_date(report)
        if day > issued_on:
            continue
        if day > cutoff:
            redated = report.report.model_copy(update={"reported_on": cutoff})
            report = LoadedReport(report.file, redated, report.where)
        chosen.append(report)
    return chosen
