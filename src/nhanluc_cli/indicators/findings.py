"""Findings about indicators that depend on the as-of date D: E302, W313, W314 (contract §5).

- E302 (target missed) at the indicator's `id` line in the plan: the target is the plan's.
- W313 (deterioration or limited progress) at the latest measurement's entry in the report that
  gave it: that figure is what turned the trend, and it is the line an official checks first.
- W314 (no measurement in the 18 months before D, once D is 18 months past the plan's date) at
  the indicator's `id` line in the plan: there is no report line to point at.
- W317 instead of E302 when the latest entry about the indicator explains why, at that
  `explanation` line.
All of them only while the plan is open: a closed plan's targets are counted once, by W319.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dateutil.relativedelta import relativedelta

from nhanluc_cli.findings import Assessment, Figure, Finding, Subject, Target
from nhanluc_cli.indicators.evaluation import IndicatorResult, evaluate_indicators
from nhanluc_cli.plan.lifecycle import is_closed
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport, dotted

STALE_AFTER = relativedelta(months=18)


def check_indicator_targets(
    plan: LoadedPlan,
    reports: Sequence[LoadedReport],
    as_of: date,
    soon_days: int,
    tracked: object = None,
) -> list[Finding]:
    """E302, W313 and W314 for every indicator, in plan order. (`tracked`, the tasks' tracking
    every status check is handed, is not needed here.)"""
    findings: list[Finding] = []
    if is_closed(plan.plan, as_of):
        return findings
    watch_freshness = as_of >= plan.plan.date + STALE_AFTER
    for index, result in enumerate(evaluate_indicators(plan, reports, as_of)):
        findings.extend(_status_findings(plan, index, result))
        if watch_freshness:
            findings.extend(_freshness_findings(plan, index, result, as_of))
    return findings


def _at_plan_indicator(
    plan: LoadedPlan, index: int, code: str, key: str, args: dict[str, object]
) -> Finding:
    path = ("indicators", index, "id")
    line, column = plan.where.value_at(path)
    subject: Subject = ("indicators", plan.plan.indicators[index].id)
    return Finding(code, key, plan.file, line, column, dotted(path), args, path, subject)


def _status_findings(plan: LoadedPlan, index: int, result: IndicatorResult) -> list[Finding]:
    indicator, evaluation = result.indicator, result.evaluation
    target = indicator.target
    latest, first = evaluation.latest, evaluation.first
    measured = result.measured
    if measured is not None and first is None:
        first = latest  # amounts (§15): what was done and due is what the message quotes
    if latest is None or first is None:
        return []
    args: dict[str, object] = {
        "id": result.indicator.id,
        "by": result.indicator.by,
        "date": latest.as_of,
        "first_date": first.as_of,
        "target": Target(
            target.kind, target.value, target.lo, target.hi, indicator.unit, indicator.measure
        ),
        "value": Assessment(latest.assessment) if latest.value is None else Figure(latest.value),
        "first": Figure(first.value),
        "ratio": Figure(evaluation.ratio),
        "projected": Figure(evaluation.projected, 1),
    }
    if measured is not None:
        args["done"] = Figure(measured.done)
        args["due"] = Figure(measured.due)
    qualitative = result.indicator.target.kind == "qualitative"
    if evaluation.status == "missed":
        if result.explanation and result.explanation_place is not None:
            return [_explained(result, args)]
        key = "indicator.missed_assessed" if qualitative else "indicator.missed"
        return [_at_plan_indicator(plan, index, "E302", key, args)]
    if evaluation.status not in ("deterioration", "limited_progress"):
        return []
    # A qualitative "in progress" has no figures to quote.
    key = "indicator.limited_assessed" if qualitative else f"indicator.{evaluation.status}"
    if measured is not None and indicator.measure in ("yearly", "cumulative", "average_yearly"):
        key = "indicator.measure_behind"  # what was done against what was due by D
    elif measured is not None and indicator.measure == "growth":
        key = "indicator.growth_behind"
    place = result.latest_place
    if place is None:  # not reachable: every latest measurement comes from a report
        return [_at_plan_indicator(plan, index, "W313", key, args)]
    line, column = place.report.where.key_at(place.path)
    subject: Subject = ("indicators", indicator.id)
    where = place.path
    return [
        Finding("W313", key, place.report.file, line, column, dotted(where), args, where, subject)
    ]


def _explained(result: IndicatorResult, args: dict[str, object]) -> Finding:
    """W317: a missed target whose latest entry says why, at that explanation."""
    place = result.explanation_place
    assert place is not None
    where = (*place.path, "explanation")
    line, column = place.report.where.value_at(where)
    subject: Subject = ("indicators", result.indicator.id)
    args = {**args, "explanation": result.explanation}
    key = "indicator.missed_explained"
    return Finding(
        "W317", key, place.report.file, line, column, dotted(where), args, where, subject
    )


def _freshness_findings(
    plan: LoadedPlan, index: int, result: IndicatorResult, as_of: date
) -> list[Finding]:
    since = as_of - STALE_AFTER
    if any(since <= m.as_of <= as_of for m in result.measurements):
        return []
    last = result.measurements[-1].as_of if result.measurements else None
    args: dict[str, object] = {"id": result.indicator.id, "since": since, "last": last}
    key = "indicator.stale" if last is not None else "indicator.never_measured"
    return [_at_plan_indicator(plan, index, "W314", key, args)]
