"""A plan that ends: its closing day, and when each of its targets stops being open (§9.1).

Pure: plain dates in, plain dates out. A plan is closed on D when D is after its closing day:
`ended.date` when it stopped early (as plan 60 did when district-level government ended on
01/7/2025), else 31/12 of the last year of its period. A target stays open until 31/12 of its own
year (plan 60's 2030 target outlives the period) unless the plan ended, which closes everything.
"""

from __future__ import annotations

from datetime import date

from nhanluc_cli.plan.model import Indicator, Plan


def closing_day(plan: Plan) -> date:
    """The plan's last day in force."""
    if plan.ended is not None:
        return plan.ended.date
    return date(plan.period.end, 12, 31)


def is_closed(plan: Plan, as_of: date) -> bool:
    return as_of > closing_day(plan)


def ended_before(plan: Plan, day: date) -> bool:
    """Whether the plan stopped early, before `day`: work due after that could not be done."""
    return plan.ended is not None and day > plan.ended.date


def target_closes_on(plan: Plan, indicator: Indicator) -> date:
    """The last day on which the target can still be reached."""
    end_of_year = date(indicator.by, 12, 31)
    if plan.ended is not None:
        return min(end_of_year, plan.ended.date)
    return end_of_year
