"""The aggregates `status` and `report` share: one plan judged on one date, every count once.

Pure: plain values in, plain values out; no words, no formatting. Both the dashboard and the
progress report are drawn from an Overview, so they cannot disagree on a count or an order.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from nhanluc_cli.indicators.evaluation import IndicatorResult, evaluate_indicators, summarise
from nhanluc_cli.plan.lifecycle import closing_day, is_closed
from nhanluc_cli.plan.model import Plan
from nhanluc_cli.plan.sources import LoadedReport
from nhanluc_cli.plan.statements import known_on, report_date
from nhanluc_cli.tasks.tracking import OccurrenceStatus, count_by_status, period_elapsed, track


class Overview(NamedTuple):
    plan: Plan
    as_of: date
    soon_days: int
    elapsed: float  # share of the plan period gone by, 0.0-1.0
    closed_on: date | None  # the plan's closing day, once it is past; None while it runs
    occurrences: list[OccurrenceStatus]  # schedule order: due date, then plan order
    task_counts: dict[str, int]  # every task status word a key
    overdue: list[OccurrenceStatus]  # most days late first, then schedule order
    due_soon: list[OccurrenceStatus]  # soonest first
    indicators: list[IndicatorResult]  # plan order
    indicator_counts: dict[str, int]  # every indicator status word a key
    not_on_track: list[IndicatorResult]  # most urgent first, then plan order
    reports_known: list[LoadedReport]  # known on as_of, in the order they became known
    reports_later: list[str]  # files dated after as_of, by name
    reports_total: int


def overview(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date, soon_days: int = 30
) -> Overview:
    """Every task occurrence and indicator of `plan` judged on `as_of`, and their counts."""
    occurrences = track(plan, reports, as_of, soon_days)
    overdue = sorted(
        (o for o in occurrences if o.status == "overdue"), key=lambda o: -(o.days_late or 0)
    )
    results = evaluate_indicators(plan, reports, as_of)
    indicator_counts, not_on_track = summarise(results)
    return Overview(
        plan=plan,
        as_of=as_of,
        soon_days=soon_days,
        elapsed=period_elapsed(plan, as_of),
        closed_on=closing_day(plan) if is_closed(plan, as_of) else None,
        occurrences=occurrences,
        task_counts=count_by_status(occurrences),
        overdue=overdue,
        due_soon=[o for o in occurrences if o.status == "due_soon"],
        indicators=results,
        indicator_counts=indicator_counts,
        not_on_track=not_on_track,
        reports_known=known_on(reports, as_of),
        reports_later=sorted(r.file for r in reports if report_date(r) > as_of),
        reports_total=len(reports),
    )
