"""Warnings about dates and figures that are allowed but probably typed wrong (§9.4, W321-W325).

Each is a plain check `check_x(plan, reports) -> list[Finding]` like those of `checks`, and none
depends on the as-of date: a report that says a task was completed after the report itself was
written is odd whatever day it is read on.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from dateutil.relativedelta import relativedelta

from nhanluc_cli.findings import Figure, Finding, Subject
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport, YamlPath, dotted
from nhanluc_cli.plan.statements import (
    MeasurementEntry,
    TaskEntry,
    known_on,
    measurements,
    period_end,
    period_start,
    task_entries,
)
from nhanluc_cli.tasks.tracking import occurrence_key

FAR_OUTSIDE = relativedelta(years=1)  # W322: a figure dated more than this outside its period


def _at(
    source: LoadedReport,
    code: str,
    key: str,
    path: YamlPath,
    subject: Subject | None,
    **args: object,
) -> Finding:
    line, column = source.where.value_at(path)
    return Finding(code, key, source.file, line, column, dotted(path), args, path, subject)


def _task_items(plan: LoadedPlan, report: LoadedReport) -> Iterator[TaskEntry]:
    for item in task_entries(plan.plan, report):
        if isinstance(item, TaskEntry):
            yield item


def check_task_dates(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    """W321: a completion (or handover) dated after the report that states it, or before the
    plan existed."""
    findings: list[Finding] = []
    for report in reports:
        reported_on = report.report.reported_on
        for item in _task_items(plan, report):
            subject: Subject = ("tasks", item.task.id)
            for field in ("completed_on", "transferred_on"):
                day = getattr(item.entry, field)
                if day is None:
                    continue
                where = (*item.path, field)
                if reported_on is not None and day > reported_on:
                    findings.append(
                        _at(
                            report,
                            "W321",
                            "plausible.after_report",
                            where,
                            subject,
                            day=day,
                            reported_on=reported_on,
                        )
                    )
                elif day < plan.plan.date:
                    findings.append(
                        _at(
                            report,
                            "W321",
                            "plausible.before_plan",
                            where,
                            subject,
                            day=day,
                            plan_date=plan.plan.date,
                        )
                    )
    return findings


def check_measurement_dates(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    """W322: a figure dated after its report, or more than a year outside the report's period;
    W324: a % figure below 1 (a fraction typed for a percentage?)."""
    findings: list[Finding] = []
    for report in reports:
        period = report.report.period
        earliest, latest = period_start(period) - FAR_OUTSIDE, period_end(period) + FAR_OUTSIDE
        for item in measurements(plan.plan, report):
            if not isinstance(item, MeasurementEntry):
                continue
            findings.extend(_figure_findings(plan, report, item, earliest, latest))
    return findings


def _figure_findings(
    plan: LoadedPlan, report: LoadedReport, item: MeasurementEntry, earliest: date, latest: date
) -> Iterator[Finding]:
    subject: Subject = ("indicators", item.indicator_id)
    dated = (*item.path, "as_of") if item.entry.as_of is not None else item.path
    reported_on = report.report.reported_on
    if reported_on is not None and item.as_of > reported_on:
        yield _at(
            report,
            "W322",
            "plausible.measured_after_report",
            dated,
            subject,
            day=item.as_of,
            reported_on=reported_on,
        )
    elif not earliest <= item.as_of <= latest:
        yield _at(
            report,
            "W322",
            "plausible.measured_far_from_period",
            dated,
            subject,
            day=item.as_of,
            period=report.report.period,
        )
    indicator = plan.plan.indicator(item.indicator_id)
    percent = indicator is not None and indicator.unit == "%"
    if percent and item.value is not None and 0 < item.value < 1:
        field = "value" if item.entry.value is not None else "numerator"
        yield _at(
            report,
            "W324",
            "plausible.fraction_for_percent",
            (*item.path, field),
            subject,
            value=Figure(item.value, 3),
        )


def check_reopened(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    """W323: a later report sets an occurrence reported done back to not_started or
    in_progress; the warning names where it was reported done."""
    findings: list[Finding] = []
    done_at: dict[tuple[str, str | None], tuple[LoadedReport, TaskEntry]] = {}
    far_future = date.max
    for report in known_on(reports, far_future):
        for item in _task_items(plan, report):
            occurrence = (item.task.id, item.label)
            status = item.entry.status
            if status == "done":
                done_at[occurrence] = (report, item)
            elif status in ("not_started", "in_progress") and occurrence in done_at:
                earlier, earlier_item = done_at.pop(occurrence)
                line, _ = earlier.where.value_at((*earlier_item.path, "status"))
                findings.append(
                    _at(
                        report,
                        "W323",
                        "plausible.reopened",
                        (*item.path, "status"),
                        ("tasks", item.task.id),
                        task=occurrence_key(*occurrence),
                        status=status,
                        other=f"{earlier.file}:{line}",
                    )
                )
    return findings


def check_report_period(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    """W325: a report whose period lies outside the plan's period and horizon."""
    period = plan.plan.period
    last = max(period.end, period.horizon or period.end)
    findings: list[Finding] = []
    for report in reports:
        year = int(report.report.period[:4])
        if not period.start <= year <= last:
            findings.append(
                _at(
                    report,
                    "W325",
                    "plausible.period_outside_plan",
                    ("period",),
                    None,
                    period=report.report.period,
                    start=period.start,
                    end=last,
                )
            )
    return findings
