"""Reports that disagree with each other: two of the same date on a task or a figure (E230),
one period's amount given twice (E230), a coarser period's amount against the finer ones inside
it (W332, contract §15).

Each is a plain check `check_x(plan, reports) -> list[Finding]`, listed in catalogue.py.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from nhanluc_cli.checks.places import at_key
from nhanluc_cli.findings import Assessment, Figure, Finding, ReportedState
from nhanluc_cli.indicators.measures import (
    AMOUNT_MEASURES,
    PeriodFigure,
    covers_whole,
    finer_within,
)
from nhanluc_cli.plan.model import TaskReport
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport
from nhanluc_cli.plan.statements import (
    MeasurementEntry,
    TaskEntry,
    measurements,
    period_end,
    period_start,
    report_date,
)
from nhanluc_cli.plan.statements import task_entries as resolve_task_entries


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
                        at_key(
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
                        at_key(
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
                    at_key(
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
                    at_key(
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
