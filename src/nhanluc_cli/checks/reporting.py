"""The reporting calendar's findings (contract §17).

- The plan's `reporting.by` names agencies of the plan (E220, the nearest id suggested).
- With `reporting:`, a report's reporter is an agency id or an agency's exact name (E220 when
  it names an unknown one, the nearest suggested), and its period is one of the plan's
  reporting periods (E220). These depend on the plan and the report alone: checks.py runs
  them per report, and the cache remembers what they found with the report.
- W327: a report due by D and not received, per reporter and period, while the plan is open.
- W330: a report dated after today (when no --as-of was given): not counted yet; a typo?
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from nhanluc_cli.findings import Finding, PeriodName
from nhanluc_cli.plan.lifecycle import is_closed
from nhanluc_cli.plan.reporting import FREQUENCIES, frequency_of, reporter_of, reporting_status
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport, YamlPath, dotted
from nhanluc_cli.vietnamese import nearest

# The form of a period of each frequency, as a finding shows it.
_PERIOD_FORMS = {
    "quarter": "YYYY-Q1…Q4",
    "half_year": "YYYY-H1",
    "nine_months": "YYYY-9M",
    "year": "YYYY",
}


def _at(
    source: LoadedPlan | LoadedReport, code: str, key: str, path: YamlPath, **args: object
) -> Finding:
    line, column = source.where.value_at(path)
    return Finding(code, key, source.file, line, column, dotted(path), args, where=path)


def check_reporting_agencies(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    """E220 at each id of `reporting.by` that is not an agency of the plan."""
    reporting = plan.plan.reporting
    if reporting is None or reporting.by is None:
        return []
    known = sorted(agency.id for agency in plan.plan.agencies)
    return [
        _at(
            plan,
            "E220",
            "ref.unknown_agency",
            ("reporting", "by", index),
            id=agency_id,
            suggestion=nearest(agency_id, known),
        )
        for index, agency_id in enumerate(reporting.by)
        if plan.plan.agency(agency_id) is None
    ]


def check_reporters(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    """Each report of a plan with a reporting calendar names its reporter and one of the plan's
    reporting periods."""
    reporting = plan.plan.reporting
    if reporting is None:
        return []
    findings: list[Finding] = []
    agencies = plan.plan.agencies
    for report in reports:
        reported_by = report.report.reported_by
        # Left blank (null), as `nhanluc new` writes it, the report counts for no one yet:
        # W327 says who is still expected, and how to name the reporter.
        if reported_by is not None and reporter_of(plan.plan, reported_by) is None:
            known = [agency.id for agency in agencies] + [agency.name for agency in agencies]
            findings.append(
                _at(
                    report,
                    "E220",
                    "ref.unknown_reporter",
                    ("reported_by",),
                    name=reported_by,
                    suggestion=nearest(reported_by, known),
                )
            )
        period = report.report.period
        if frequency_of(period) not in reporting.every:
            forms = ", ".join(_PERIOD_FORMS[f] for f in FREQUENCIES if f in reporting.every)
            findings.append(
                _at(
                    report,
                    "E220",
                    "ref.not_reporting_period",
                    ("period",),
                    period=period,
                    forms=forms,
                )
            )
    return findings


def check_reports_received(
    plan: LoadedPlan, reports: Sequence[LoadedReport], as_of: date
) -> list[Finding]:
    """W327 for each report due by `as_of` and not received, while the plan is open: at the
    reporter's id in `reporting.by`, or at `reporting.every` when every lead agency reports."""
    reporting = plan.plan.reporting
    if reporting is None or is_closed(plan.plan, as_of):
        return []
    places: dict[str, YamlPath] = {}
    if reporting.by is not None:
        for index, agency_id in enumerate(reporting.by):
            places.setdefault(agency_id, ("reporting", "by", index))
    findings: list[Finding] = []
    for row in reporting_status(plan.plan, reports, as_of):
        if row.status != "missing":
            continue
        period = row.period
        findings.append(
            _at(
                plan,
                "W327",
                "reporting.missing",
                places.get(row.agency_id, ("reporting", "every")),
                period=period.period,
                title=PeriodName(period.period),
                agency=row.agency_name,
                id=row.agency_id,
                due=period.due,
                days=row.days_late,
                cutoff=period.cutoff,
            )
        )
    return findings


def check_future_reports(reports: Sequence[LoadedReport], today: date) -> list[Finding]:
    """W330 at `reported_on` of each report dated after today: left out of every figure until
    that day comes, which is rarely what its writer meant."""
    return [
        _at(report, "W330", "reporting.future", ("reported_on",), day=day, today=today)
        for report in reports
        if (day := report.report.reported_on) is not None and day > today
    ]


def calendar_findings(
    plan: LoadedPlan, reports: Sequence[LoadedReport], as_of: date, today: date | None
) -> list[Finding]:
    """The as-of findings of the calendar: W327 on `as_of`, and W330 against `today` when the
    date is today's (None when --as-of chose another day: then the time machine speaks)."""
    findings = check_reports_received(plan, reports, as_of)
    if today is not None:
        findings += check_future_reports(reports, today)
    return findings
