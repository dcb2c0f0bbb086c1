"""The catalogue of checks across files, and how they run: DATA_CHECKS in their order, the ones
run per report and per subject (for the cache), check_dataset, and the subject a finding is about.

Each check is a plain function `check_x(plan, reports) -> list[Finding]`, listed in DATA_CHECKS:
references.py (ids and what names them), figures.py (figures against their units), conflicts.py
(reports that disagree), plausibility.py, reporting.py. They run only on files that loaded; a
file with syntax or schema errors has already spoken. The as-of findings are in as_of.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Literal

from nhanluc_cli.checks.conflicts import check_conflicts, check_period_amounts
from nhanluc_cli.checks.figures import check_measurement_values
from nhanluc_cli.checks.plausibility import (
    check_measurement_dates,
    check_reopened,
    check_report_period,
    check_task_dates,
)
from nhanluc_cli.checks.references import (
    check_agency_references,
    check_deadlines,
    check_indicator_groups,
    check_report_references,
    check_unique_ids,
)
from nhanluc_cli.checks.reporting import check_reporters, check_reporting_agencies
from nhanluc_cli.findings import Finding, Subject
from nhanluc_cli.loading.parts import subject_of_key
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport

DataCheck = Callable[[LoadedPlan, Sequence[LoadedReport]], list[Finding]]
DATA_CHECKS: tuple[DataCheck, ...] = (
    check_unique_ids,
    check_agency_references,
    check_indicator_groups,
    check_deadlines,
    check_report_references,
    check_measurement_values,
    check_conflicts,
    check_period_amounts,
    check_task_dates,
    check_measurement_dates,
    check_reopened,
    check_report_period,
    check_reporting_agencies,
    check_reporters,
)


# The checks that look at each report against the plan and at nothing else: what they find in
# a report depends on that report and the plan alone, so a cache can remember it by the report
# (dataset.py), and one changed report runs them on that report only. The others compare
# reports with each other (conflicts, reopened) or look at the plan alone.
PER_REPORT_CHECKS: tuple[DataCheck, ...] = (
    check_report_references,
    check_measurement_values,
    check_task_dates,
    check_measurement_dates,
    check_report_period,
    check_reporters,
)
ReportFindings = tuple[tuple[Finding, ...], ...]  # one tuple per PER_REPORT_CHECKS entry

# The checks that compare reports with each other: what they find is about one task or indicator
# (its subject) and depends only on the entries about it, so a cache can remember it by subject
# (incremental.py).
CROSS_CHECKS: tuple[DataCheck, ...] = (check_conflicts, check_reopened, check_period_amounts)
SubjectFindings = tuple[tuple[Finding, ...], ...]  # one tuple per CROSS_CHECKS entry


def report_findings(plan: LoadedPlan, report: LoadedReport) -> ReportFindings:
    """What the per-report checks find in one report, one tuple per check."""
    return tuple(tuple(_with_subjects(plan, check(plan, [report]))) for check in PER_REPORT_CHECKS)


class NotBySubject(Exception):
    """A check said something about no task or indicator in particular: its findings cannot be
    remembered by subject, and the caller checks the whole dataset at once instead."""


def cross_findings(
    plan: LoadedPlan, reports: Sequence[LoadedReport], subjects: frozenset[Subject]
) -> dict[Subject, SubjectFindings]:
    """What the CROSS_CHECKS find about each of `subjects`, one tuple per check."""
    found: dict[Subject, tuple[list[Finding], ...]] = {
        subject: tuple([] for _ in CROSS_CHECKS) for subject in subjects
    }
    for index, check in enumerate(CROSS_CHECKS):
        for finding in _with_subjects(plan, check(plan, reports)):
            if finding.subject is None:
                raise NotBySubject(finding)
            if finding.subject in found:
                found[finding.subject][index].append(finding)
    return {subject: tuple(tuple(lists) for lists in found[subject]) for subject in subjects}


def check_dataset(
    plan: LoadedPlan,
    reports: Sequence[LoadedReport],
    per_report: Sequence[ReportFindings] | None = None,
    per_subject: Sequence[SubjectFindings] | None = None,
) -> list[Finding]:
    """Every data check's findings, in DATA_CHECKS order and, within a check, report order
    (by subject when remembered by subject; `check` sorts them by place anyway).
    `per_report`: report_findings of each report, and `per_subject`: cross_findings of each
    subject, when the caller has them remembered; `reports` is then not read."""
    if per_report is None:
        per_report = [report_findings(plan, report) for report in reports]
    findings: list[Finding] = []
    for check in DATA_CHECKS:
        if check in PER_REPORT_CHECKS:
            index = PER_REPORT_CHECKS.index(check)
            findings.extend(finding for found in per_report for finding in found[index])
        elif check in CROSS_CHECKS and per_subject is not None:
            index = CROSS_CHECKS.index(check)
            findings.extend(finding for found in per_subject for finding in found[index])
        else:
            findings.extend(_with_subjects(plan, check(plan, reports)))
    return findings


def _with_subjects(plan: LoadedPlan, findings: list[Finding]) -> list[Finding]:
    # Each finding knows its task or indicator, so that its place reads `tasks["III.1"]`.
    return [replace(finding, subject=subject_of(plan, finding)) for finding in findings]


def subject_of(plan: LoadedPlan, finding: Finding) -> Subject | None:
    """The task or indicator a finding is about: its own `subject`, else read from its
    structured path (`where`) against the plan, or None."""
    if finding.subject is not None:
        return finding.subject
    where = finding.where
    if len(where) < 2 or where[0] not in ("tasks", "indicators"):
        return None
    section: Literal["tasks", "indicators"] = "tasks" if where[0] == "tasks" else "indicators"
    head = where[1]
    if finding.file == plan.file:  # the plan lists them: ("tasks", 3) is the fourth task
        items = plan.plan.tasks if section == "tasks" else plan.plan.indicators
        index = head if isinstance(head, int) else len(items)
        return (section, items[index].id) if 0 <= index < len(items) else None
    if section == "indicators":
        return (section, str(head))
    # A report's task key names an occurrence ("III.1", "III.1@2022"), read as task_entries
    # and the cache's parts read it: "3.1" is task 3.1, never task 3.
    subject = subject_of_key(section, str(head))
    if subject is None or plan.plan.task(subject[1]) is None:
        return None
    return subject
