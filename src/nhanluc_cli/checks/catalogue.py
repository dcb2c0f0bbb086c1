"""Checks across files: references, figures against their units, conflicts between reports.

Each check is a plain function `check_x(plan, reports) -> list[Finding]`, listed in DATA_CHECKS.
They run only on files that loaded; a file with syntax or schema errors has already spoken.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Literal

from nhanluc_cli.checks.plausibility import (
    check_measurement_dates,
    check_reopened,
    check_report_period,
    check_task_dates,
)
from nhanluc_cli.checks.reporting import check_reporters, check_reporting_agencies
from nhanluc_cli.findings import Assessment, Figure, Finding, ReportedState, Subject
from nhanluc_cli.indicators.measures import (
    AMOUNT_MEASURES,
    PeriodFigure,
    covers_whole,
    finer_within,
)
from nhanluc_cli.loading.parts import subject_of_key
from nhanluc_cli.plan.deadlines import parse_deadline
from nhanluc_cli.plan.model import Agency, Indicator, Task, TaskReport
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport, YamlPath, dotted
from nhanluc_cli.plan.statements import (
    KeyProblem,
    MeasurementEntry,
    TaskEntry,
    measurements,
    period_end,
    period_start,
    report_date,
)
from nhanluc_cli.plan.statements import task_entries as resolve_task_entries
from nhanluc_cli.vietnamese import nearest

VALUE_TOLERANCE = 0.05  # contract §1.2: value and numerator/denominator agree to 0.05


# `code`, `key` and `path` are positional-only: a finding's arguments may themselves be named
# "key" or "path" (the task key of schema.task_key), and must not collide with them.
def _at_value(
    source: LoadedPlan | LoadedReport, code: str, key: str, path: YamlPath, /, **args: object
) -> Finding:
    line, column = source.where.value_at(path)
    return Finding(code, key, source.file, line, column, dotted(path), args, where=path)


def _at_key(
    source: LoadedPlan | LoadedReport, code: str, key: str, path: YamlPath, /, **args: object
) -> Finding:
    line, column = source.where.key_at(path)
    return Finding(code, key, source.file, line, column, dotted(path), args, where=path)


# ---------------------------------------------------------------------------------------------
# The plan on its own


def check_unique_ids(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    findings: list[Finding] = []
    sections: list[tuple[str, Sequence[str]]] = [
        ("groups", [g.id for g in plan.plan.groups]),
        ("agencies", [a.id for a in plan.plan.agencies]),
        ("indicators", [i.id for i in plan.plan.indicators]),
        ("tasks", [t.id for t in plan.plan.tasks]),
    ]
    for section, ids in sections:
        first_index: dict[str, int] = {}
        for index, item_id in enumerate(ids):
            if item_id in first_index:
                first_line, _ = plan.where.value_at((section, first_index[item_id], "id"))
                findings.append(
                    _at_value(
                        plan,
                        "E201",
                        "schema.duplicate_id",
                        (section, index, "id"),
                        id=item_id,
                        first=first_line,
                    )
                )
            else:
                first_index[item_id] = index
    return findings


def check_agency_references(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    known = {agency.id for agency in plan.plan.agencies}
    findings: list[Finding] = []
    if plan.plan.monitoring_agency and plan.plan.monitoring_agency not in known:
        findings.append(
            _at_value(
                plan,
                "E220",
                "ref.unknown_agency",
                ("monitoring_agency",),
                id=plan.plan.monitoring_agency,
                suggestion=nearest(plan.plan.monitoring_agency, sorted(known)),
            )
        )
    for index, agency in enumerate(plan.plan.agencies):
        for number, successor in enumerate(agency.successors):
            if successor.agency not in known:
                where: YamlPath = ("agencies", index, "successors", number, "agency")
                findings.append(
                    _at_value(
                        plan,
                        "E220",
                        "ref.unknown_agency",
                        where,
                        id=successor.agency,
                        suggestion=nearest(successor.agency, sorted(known)),
                    )
                )
    for index, task in enumerate(plan.plan.tasks):
        leads: list[tuple[YamlPath, str | None]] = (
            [(("tasks", index, "lead"), task.lead[0])]
            if len(task.lead) == 1  # `lead: id`, or a list of one
            else [(("tasks", index, "lead", i), lead) for i, lead in enumerate(task.lead)]
        )
        references = [*leads, (("tasks", index, "issuer"), task.issuer)]
        references += [(("tasks", index, "partners", i), p) for i, p in enumerate(task.partners)]
        for path, agency_id in references:
            if agency_id is not None and agency_id not in known:
                suggestion = nearest(agency_id, sorted(known))
                findings.append(
                    _at_value(
                        plan,
                        "E220",
                        "ref.unknown_agency",
                        path,
                        id=agency_id,
                        suggestion=suggestion,
                    )
                )
    return findings


def check_indicator_groups(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    """E220 at an indicator's `group` that the plan's `groups` do not declare (contract §12)."""
    declared = plan.plan.group_names
    shown = ", ".join(declared) or "-"
    return [
        _at_value(
            plan,
            "E220",
            "ref.unknown_group",
            ("indicators", index, "group"),
            id=indicator.group,
            groups=shown,
        )
        for index, indicator in enumerate(plan.plan.indicators)
        if indicator.group not in declared
    ]


def check_deadlines(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    """E210 at the deadline's line; a task with its own `due:` date needs no parseable text.
    W211 where the text reads only as an OCR slip ("Quý l/2022", an l for the Roman I)."""
    findings: list[Finding] = []
    for index, task in enumerate(plan.plan.tasks):
        if task.due is not None:
            continue
        path: YamlPath = ("tasks", index, "deadline")
        deadline = parse_deadline(task.deadline)
        if deadline is None:
            findings.append(
                _at_value(plan, "E210", "deadline.unparseable", path, text=task.deadline)
            )
        elif deadline.ocr_suspect:
            findings.append(
                _at_value(plan, "W211", "deadline.ocr_suspect", path, text=task.deadline)
            )
    return findings


# ---------------------------------------------------------------------------------------------
# Each report against the plan


def _key_problem(plan: LoadedPlan, report: LoadedReport, problem: KeyProblem) -> Finding:
    code = "E201" if problem.reason.startswith("schema.") else "E220"
    args = dict(problem.args)
    known = _KNOWN_IDS.get(problem.reason)
    if known is not None:  # an unknown id close to a known one: "có phải `lao_dong_qua_dao_tao`?"
        args["suggestion"] = nearest(str(args["id"]), (item.id for item in known(plan)))
    return _at_key(report, code, problem.reason, problem.path, **args)


_KNOWN_IDS: dict[str, Callable[[LoadedPlan], Sequence[Agency | Indicator | Task]]] = {
    "ref.unknown_indicator": lambda plan: plan.plan.indicators,
    "ref.unknown_task": lambda plan: plan.plan.tasks,
}


def check_report_references(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    findings: list[Finding] = []
    for report in reports:
        for item in (*resolve_task_entries(plan.plan, report), *measurements(plan.plan, report)):
            if isinstance(item, KeyProblem):
                findings.append(_key_problem(plan, report, item))
            elif isinstance(item, TaskEntry):
                findings.extend(_lifecycle_references(plan, report, item))
    return findings


def _lifecycle_references(plan: LoadedPlan, report: LoadedReport, item: TaskEntry) -> list[Finding]:
    """A handover names agencies of the plan (E220); an extension cannot move a deadline to
    before the plan existed (E201)."""
    findings: list[Finding] = []
    for number, agency_id in enumerate(item.entry.to or ()):
        if plan.plan.agency(agency_id) is None:
            path = (*item.path, "to", number)
            suggestion = nearest(agency_id, sorted(a.id for a in plan.plan.agencies))
            findings.append(
                _at_value(
                    report, "E220", "ref.unknown_agency", path, id=agency_id, suggestion=suggestion
                )
            )
    extended_to = item.entry.extended_to
    if extended_to is not None and extended_to < plan.plan.date:
        path = (*item.path, "extended_to")
        findings.append(
            _at_value(
                report,
                "E201",
                "schema.extension_before_plan",
                path,
                day=extended_to,
                plan_date=plan.plan.date,
            )
        )
    return findings


def check_measurement_values(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    """Figures that cannot be right for their indicator's unit or kind."""
    findings: list[Finding] = []
    for report in reports:
        for item in measurements(plan.plan, report):
            if not isinstance(item, MeasurementEntry):
                continue
            indicator = plan.plan.indicator(item.indicator_id)
            assert indicator is not None  # measurements() yields only known ids
            entry, path = item.entry, item.path
            if indicator.unit is None:
                if entry.value is not None or entry.numerator is not None:
                    findings.append(
                        _at_key(
                            report, "E201", "schema.value_for_qualitative", path, id=indicator.id
                        )
                    )
                continue
            if entry.assessment is not None:
                findings.append(
                    _at_key(report, "E201", "schema.assessment_for_numeric", path, id=indicator.id)
                )
                continue
            if entry.numerator is not None and not indicator.is_rate:
                # A count or an amount (§15) is one number: a quotient of what by what?
                findings.append(
                    _at_key(
                        report,
                        "E201",
                        "schema.pair_for_count",
                        (*path, "numerator"),
                        id=indicator.id,
                        unit=indicator.unit,
                    )
                )
                continue
            if entry.value is not None and entry.numerator is not None and item.value is not None:
                computed = entry.numerator / (entry.denominator or 1) * (indicator.scale or 1)
                if abs(computed - entry.value) > VALUE_TOLERANCE:
                    findings.append(
                        _at_value(
                            report,
                            "E201",
                            "schema.value_mismatch",
                            (*path, "value"),
                            value=Figure(entry.value),
                            computed=Figure(computed),
                        )
                    )
            if indicator.unit == "%" and item.value is not None and item.value > 100:
                if entry.value is None and entry.numerator is not None:
                    # More trained workers than workers: the pair was swapped or mistyped.
                    findings.append(
                        _at_value(
                            report,
                            "E201",
                            "schema.numerator_over_denominator",
                            (*path, "numerator"),
                            numerator=Figure(entry.numerator),
                            denominator=Figure(entry.denominator or 0),
                        )
                    )
                    continue
                findings.append(
                    _at_value(
                        report,
                        "E201",
                        "schema.percent_range",
                        (*path, "value"),
                        value=Figure(item.value),
                    )
                )
    return findings


def check_conflicts(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    """E230: two reports of the same date that disagree, each place naming the other."""
    findings: list[Finding] = []
    task_seen: dict[tuple[date, str, str | None], tuple[LoadedReport, TaskEntry]] = {}
    figure_seen: dict[tuple[str, date], tuple[LoadedReport, MeasurementEntry]] = {}
    amounts = {i.id for i in plan.plan.indicators if i.measure in AMOUNT_MEASURES}
    for report in reports:
        known_on = report_date(report)
        for item in resolve_task_entries(plan.plan, report):
            if not isinstance(item, TaskEntry) or item.entry.status is None:
                continue
            occurrence = (known_on, item.task.id, item.label)
            if occurrence in task_seen:
                other_report, other = task_seen[occurrence]
                # Two "done" with different dates disagree too: one may be on time, one late.
                if _stated(other.entry) != _stated(item.entry):
                    line, _ = other_report.where.key_at(other.path)
                    findings.append(
                        _at_key(
                            report,
                            "E230",
                            "conflict.task",
                            (*item.path, "status"),
                            entry=item.path[-1],
                            status=_stated(item.entry),
                            other_status=_stated(other.entry),
                            other=f"{other_report.file}:{line}",
                            date=known_on,
                        )
                    )
            else:
                task_seen[occurrence] = (report, item)
        for figure in measurements(plan.plan, report):
            if not isinstance(figure, MeasurementEntry) or figure.indicator_id in amounts:
                continue  # amounts of a period: check_period_amounts
            measured = (figure.indicator_id, figure.as_of)
            if measured in figure_seen:
                other_report, other_figure = figure_seen[measured]
                if _differ(figure, other_figure):
                    line, _ = other_report.where.key_at(other_figure.path)
                    findings.append(
                        _at_key(
                            report,
                            "E230",
                            "conflict.indicator",
                            figure.path,
                            id=figure.indicator_id,
                            date=figure.as_of,
                            value=_shown(figure),
                            other_value=_shown(other_figure),
                            other=f"{other_report.file}:{line}",
                        )
                    )
            else:
                figure_seen[measured] = (report, figure)
    return findings


def check_period_amounts(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    """Amounts of a period (§15: yearly, cumulative, average_yearly): E230 for one period given
    twice, W332 for a coarser report whose figure disagrees with the finer ones inside it."""
    amounts = {i.id for i in plan.plan.indicators if i.measure in AMOUNT_MEASURES}
    if not amounts:
        return []
    findings: list[Finding] = []
    stated: dict[str, dict[str, tuple[LoadedReport, MeasurementEntry]]] = {}
    for report in reports:
        for figure in measurements(plan.plan, report):
            if not isinstance(figure, MeasurementEntry) or figure.indicator_id not in amounts:
                continue
            if figure.value is None:
                continue
            period = report.report.period
            by_period = stated.setdefault(figure.indicator_id, {})
            if period in by_period:
                other_report, other = by_period[period]
                line, _ = other_report.where.key_at(other.path)
                findings.append(
                    _at_key(
                        report,
                        "E230",
                        "conflict.amount",
                        figure.path,
                        id=figure.indicator_id,
                        period=period,
                        value=_shown(figure),
                        other_value=_shown(other),
                        other=f"{other_report.file}:{line}",
                    )
                )
                continue
            by_period[period] = (report, figure)
    for by_period in stated.values():
        places = list(by_period.values())
        figures = [
            PeriodFigure(
                report.report.period,
                period_start(report.report.period),
                period_end(report.report.period),
                figure.as_of,
                figure.value or 0.0,
                key=index,
            )
            for index, (report, figure) in enumerate(places)
        ]
        for coarse in figures:
            parts = finer_within(coarse, figures)
            if not parts:
                continue
            total = math.fsum(part.value for part in parts)
            whole = covers_whole(coarse, parts)
            tolerance = 1e-9 * max(1.0, abs(coarse.value))
            disagrees = whole and abs(total - coarse.value) > tolerance
            if disagrees or total > coarse.value + tolerance:
                report, figure = places[coarse.key]
                named = []
                for part in parts:
                    part_report, part_figure = places[part.key]
                    line, _ = part_report.where.key_at(part_figure.path)
                    named.append(f"{part.period} ({part_report.file}:{line})")
                findings.append(
                    _at_key(
                        report,
                        "W332",
                        "overlap.disagrees",
                        figure.path,
                        id=figure.indicator_id,
                        period=coarse.period,
                        value=Figure(coarse.value),
                        total=Figure(total),
                        parts=", ".join(named),
                    )
                )
    return findings


def _stated(entry: TaskReport) -> ReportedState:
    """A reported state, shown in the reader's words: "hoàn thành ngày 28/03/2022"."""
    return ReportedState(entry.status, entry.completed_on)


def _differ(a: MeasurementEntry, b: MeasurementEntry) -> bool:
    if a.value is not None and b.value is not None:
        return abs(a.value - b.value) > 1e-9
    return (a.value, a.entry.assessment) != (b.value, b.entry.assessment)


def _shown(figure: MeasurementEntry) -> Figure | Assessment:
    """A figure (66,5 in Vietnamese) or an assessment (đạt), as the message shows it."""
    if figure.value is not None:
        return Figure(figure.value, 6)
    return Assessment(figure.entry.assessment)


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


# ---------------------------------------------------------------------------------------------
# Findings that depend on the as-of date: deadlines (E301, W311, W312) and targets (E302, W313,
# W314). `trusted_status_findings` keeps only those that no E1xx/E2xx error can have made wrong.

from nhanluc_cli.checks.closed_plan import (  # noqa: E402
    ClosingCounts,
    check_closed_plan,
    closed_plan_finding,
    closing_counts,
)
from nhanluc_cli.indicators.evaluation import evaluate_indicators  # noqa: E402
from nhanluc_cli.indicators.findings import check_indicator_targets  # noqa: E402
from nhanluc_cli.tasks.findings import check_task_deadlines  # noqa: E402  (tracking reads reports)
from nhanluc_cli.tasks.tracking import Tracked, track_known  # noqa: E402

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
