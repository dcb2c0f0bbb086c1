"""W319: the account of a closed plan, given once instead of an error per unfinished item.

Once a plan is closed (§9.1) nobody can finish its work any more, so overdue occurrences (E301)
and missed targets (E302) would keep CI red forever for a plan that is simply over. Instead
`check` reports one warning at the plan's `period` line that counts what was left: occurrences
unfinished at closing (overdue), terminated ones, and targets not achieved (those whose verdict
is final: missed, not assessable, or without any figure). The final report has the details.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from nhanluc_cli.findings import Finding
from nhanluc_cli.indicators.evaluation import IndicatorResult, evaluate_indicators
from nhanluc_cli.indicators.trend import NOT_ACHIEVED
from nhanluc_cli.plan.lifecycle import closing_day, is_closed, target_closes_on
from nhanluc_cli.plan.model import Plan
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport, dotted
from nhanluc_cli.tasks.tracking import Tracked, track_known


def check_closed_plan(
    plan: LoadedPlan,
    reports: Sequence[LoadedReport],
    as_of: date,
    soon_days: int,
    tracked: Tracked | None = None,
) -> list[Finding]:
    """`tracked`: track_known(plan, reports, as_of, soon_days), when the caller has it."""
    model = plan.plan
    if not is_closed(model, as_of):
        return []
    if tracked is None:
        tracked = track_known(model, reports, as_of, soon_days)
    counts = closing_counts(model, tracked, evaluate_indicators(model, reports, as_of), as_of)
    return closed_plan_finding(plan, as_of, counts)


ClosingCounts = tuple[int, int, int]  # unfinished occurrences, terminated ones, targets not met


def closing_counts(
    model: Plan, tracked: Tracked, indicators: Sequence[IndicatorResult], as_of: date
) -> ClosingCounts:
    """What W319 counts among these occurrences and indicators."""
    occurrences = [occurrence for occurrence, _ in tracked]
    return (
        sum(1 for o in occurrences if o.status == "overdue"),
        sum(1 for o in occurrences if o.status == "terminated"),
        sum(
            1
            for result in indicators
            if as_of > target_closes_on(model, result.indicator)
            and result.evaluation.status in NOT_ACHIEVED
        ),
    )


def closed_plan_finding(plan: LoadedPlan, as_of: date, counts: ClosingCounts) -> list[Finding]:
    """W319 at the plan's `period` line once the plan is closed, with what `counts` says."""
    model = plan.plan
    if not is_closed(model, as_of):
        return []
    unfinished, terminated, not_achieved = counts
    args: dict[str, object] = {
        "closed_on": closing_day(model),
        "unfinished": unfinished,
        "terminated": terminated,
        "not_achieved": not_achieved,
    }
    path = ("period",)
    line, column = plan.where.key_at(path)
    key = "plan.closed_early" if model.ended is not None else "plan.closed"
    if model.ended is not None:
        args["reason"] = model.ended.reason
    return [Finding("W319", key, plan.file, line, column, dotted(path), args, path)]
