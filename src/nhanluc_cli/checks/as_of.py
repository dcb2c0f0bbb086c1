"""Findings that depend on the as-of date: deadlines (E301, W311, W312), targets (E302, W313,
W314) and a closed plan's account (W319), whole or cut by subject. `trusted_status_findings`
keeps only those that no E1xx/E2xx error can have made wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from nhanluc_cli.checks.catalogue import NotBySubject, subject_of
from nhanluc_cli.checks.closed_plan import (
    ClosingCounts,
    check_closed_plan,
    closed_plan_finding,
    closing_counts,
)
from nhanluc_cli.findings import Finding, Subject
from nhanluc_cli.indicators.evaluation import evaluate_indicators
from nhanluc_cli.indicators.findings import check_indicator_targets
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport
from nhanluc_cli.tasks.findings import check_task_deadlines
from nhanluc_cli.tasks.tracking import Tracked, track_known

# Each also gets every occurrence tracked on the date (track_known), worked out once for all:
# tracking is the costliest step, and both the deadline findings and a closed plan's account
# need it.
StatusCheck = Callable[[LoadedPlan, Sequence[LoadedReport], date, int, Tracked], list[Finding]]
STATUS_CHECKS: tuple[StatusCheck, ...] = (
    check_task_deadlines,
    check_indicator_targets,
    check_closed_plan,
)


def status_findings(
    plan: LoadedPlan, reports: Sequence[LoadedReport], as_of: date, soon_days: int
) -> list[Finding]:
    tracked = track_known(plan.plan, reports, as_of, soon_days)
    return [f for check in STATUS_CHECKS for f in check(plan, reports, as_of, soon_days, tracked)]


# What the as-of checks say of one subject: its findings (STATUS_CHECKS but the closed plan's
# account) and its share of that account (W319's counts).
SubjectStatus = tuple[tuple[Finding, ...], ClosingCounts]


def subject_status(
    plan: LoadedPlan,
    reports: Sequence[LoadedReport],
    as_of: date,
    soon_days: int,
    subjects: frozenset[Subject],
) -> dict[Subject, SubjectStatus]:
    """status_findings, cut by subject for `subjects`: reports narrowed to their entries about
    those subjects give the same findings about them as the whole reports."""
    tracked = track_known(plan.plan, reports, as_of, soon_days)
    found: dict[Subject, list[Finding]] = {subject: [] for subject in subjects}
    for check in STATUS_CHECKS:
        if check is check_closed_plan:
            continue
        for finding in check(plan, reports, as_of, soon_days, tracked):
            if finding.subject is None:
                raise NotBySubject(finding)
            if finding.subject in found:
                found[finding.subject].append(finding)
    results = evaluate_indicators(plan.plan, reports, as_of)
    counted: dict[Subject, ClosingCounts] = {}
    for subject in subjects:
        section, item_id = subject
        if section == "tasks":
            mine = [pair for pair in tracked if pair[0].task.id == item_id]
            counted[subject] = closing_counts(plan.plan, mine, [], as_of)
        else:
            indicators = [r for r in results if r.indicator.id == item_id]
            counted[subject] = closing_counts(plan.plan, [], indicators, as_of)
    return {subject: (tuple(found[subject]), counted[subject]) for subject in subjects}


def status_findings_of(
    plan: LoadedPlan, per_subject: Sequence[SubjectStatus], as_of: date
) -> list[Finding]:
    """status_findings put together from every subject's SubjectStatus."""
    findings = [finding for found, _ in per_subject for finding in found]
    counts = [c for _, c in per_subject]
    total = (sum(c[0] for c in counts), sum(c[1] for c in counts), sum(c[2] for c in counts))
    return findings + closed_plan_finding(plan, as_of, total)


def trusted_status_findings(
    plan: LoadedPlan,
    reports: Sequence[LoadedReport],
    data_findings: Sequence[Finding],
    as_of: date,
    soon_days: int,
) -> list[Finding]:
    """The as-of findings `check` can report beside the data errors, so that one typo does not
    hide every overdue task until it is fixed (contract §5: every finding in one run)."""
    return trusted(
        plan,
        [report.file for report in reports],
        data_findings,
        lambda: status_findings(plan, reports, as_of, soon_days),
    )


def trusted(
    plan: LoadedPlan,
    report_files: Sequence[str],
    data_findings: Sequence[Finding],
    as_of_findings: Callable[[], list[Finding]],
) -> list[Finding]:
    """The as-of findings that no data error can have made wrong.

    A broken plan, or a report that could not be read at all, could change any status: then
    none is reported. A broken entry changes only its own task or indicator: the findings about
    that subject are left out, the rest stand.
    """
    errors = [f for f in data_findings if f.is_data_error]
    if not errors:
        return as_of_findings()
    loaded = set(report_files)
    if any(f.file == plan.file or f.file not in loaded for f in errors):
        return []
    doubtful = {subject_of(plan, f) for f in errors}
    if None in doubtful:
        return []
    return [f for f in as_of_findings() if subject_of(plan, f) not in doubtful]
