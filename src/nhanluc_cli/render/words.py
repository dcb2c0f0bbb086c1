"""Every word and number the tables, the dashboard, the report and `--explain` show.

The engines return plain values (status codes, floats, dates); this module turns them into the
reader's language. Each concept has one function: `task_status_word` and
`indicator_status_word` for the two vocabularies, `target_text` and `latest_text` for an
indicator's target and latest figure. `number` and `assessment_word` are i18n's, which findings'
messages use too: one way to write a figure.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from nhanluc_cli.findings import Target
from nhanluc_cli.i18n import Lang, assessment_word, figure_with_unit, number, word
from nhanluc_cli.i18n import target_text as i18n_target_text
from nhanluc_cli.judging.status_view import IndicatorLine, indicator_line

__all__ = [
    "TASK_DISPLAY_ORDER",
    "assessment_word",
    "indicator_status_word",
    "latest_text",
    "number",
    "target_of",
    "target_text",
    "task_status_word",
    "task_statuses_shown",
]

if TYPE_CHECKING:
    from nhanluc_cli.indicators.evaluation import IndicatorResult
    from nhanluc_cli.plan.model import Indicator

# The one order tables, the dashboard and the report list task statuses in: what calls for
# action first. JSON keeps the contract order (tasks.status.TASK_STATUSES).
TASK_DISPLAY_ORDER: tuple[str, ...] = (
    "overdue",
    "due_soon",
    "open",
    "done",
    "late",
    "cancelled",
    "transferred",
    "terminated",
)


# Statuses that only a plan's later life brings (§9.3): a table shows their column or count
# only when some occurrence has them, so that a running plan's tables keep their width.
_ONLY_WHEN_PRESENT = ("transferred", "terminated")


def task_statuses_shown(*counts: Mapping[str, int]) -> tuple[str, ...]:
    """TASK_DISPLAY_ORDER without the lifecycle statuses no given count has."""
    return tuple(
        status
        for status in TASK_DISPLAY_ORDER
        if status not in _ONLY_WHEN_PRESENT or any(c.get(status, 0) for c in counts)
    )


def task_status_word(status: str, lang: Lang) -> str:
    return word(f"task_status.{status}", lang)


def indicator_status_word(status: str, lang: Lang) -> str:
    return word(f"indicator_status.{status}", lang)


def latest_text(result: IndicatorResult | IndicatorLine, lang: Lang) -> str:
    """The latest figure or assessment as a reader sees it: "66,5", "đang thực hiện", "-"."""
    line = result if isinstance(result, IndicatorLine) else indicator_line(result)
    if line.latest_as_of is None:  # nothing known yet
        return "-"
    if line.latest_value is not None:
        unit = line.target.unit
        if unit is not None and unit not in ("%", "per_10000"):
            return figure_with_unit(line.latest_value, unit, lang)  # a count: "320 người"
        return number(line.latest_value, lang)
    return assessment_word(line.latest_assessment, lang)


def target_of(indicator: Indicator) -> Target:
    """The indicator's target as the raw value findings carry and `target_text` writes."""
    target = indicator.target
    return Target(
        target.kind, target.value, target.lo, target.hi, indicator.unit, indicator.measure
    )


def target_text(indicator: Indicator | Target, lang: Lang) -> str:
    """The target as people write it: "≥ 70%", "= 100%", "10–12/vạn dân", "định tính"."""
    target = indicator if isinstance(indicator, Target) else target_of(indicator)
    return i18n_target_text(target, lang)
