"""Every word and number the tables, the dashboard, the report and `--explain` show.

The engines return plain values (status codes, floats, dates); this module turns them into the
reader's language. Each concept has one function: `task_status_word` and
`indicator_status_word` for the two vocabularies, `number` for a figure with trailing zeros
dropped, `target_text` and `latest_text` for an indicator's target and latest figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.vietnamese import format_number

if TYPE_CHECKING:
    from nhanluc_cli.indicators.status import IndicatorResult
    from nhanluc_cli.model import Indicator

# The one order tables, the dashboard and the report list task statuses in: what calls for
# action first. JSON keeps the contract order (tasks.status.TASK_STATUSES).
TASK_DISPLAY_ORDER: tuple[str, ...] = ("overdue", "due_soon", "open", "done", "late", "cancelled")


def task_status_word(status: str, lang: Lang) -> str:
    return word(f"task_status.{status}", lang)


def indicator_status_word(status: str, lang: Lang) -> str:
    return word(f"indicator_status.{status}", lang)


def assessment_word(assessment: str | None, lang: Lang) -> str:
    if assessment in ("achieved", "in_progress", "not_achieved"):
        return word(f"indicator_assessment.{assessment}", lang)
    return assessment or "-"


def number(x: float, lang: Lang, places: int = 2) -> str:
    """`x` with at most `places` decimals, trailing zeros dropped: 66.5 -> "66,5", 70 -> "70"."""
    text = format_number(x, lang, places)
    decimal_mark = "," if lang == "vi" else "."
    if decimal_mark in text:
        text = text.rstrip("0").rstrip(decimal_mark)
    return "0" if text == "-0" else text


def latest_text(result: IndicatorResult, lang: Lang) -> str:
    """The latest figure or assessment as a reader sees it: "66,5", "đang thực hiện", "-"."""
    latest = result.evaluation.latest
    if latest is None:
        return "-"
    if latest.value is not None:
        return number(latest.value, lang)
    return assessment_word(latest.assessment, lang)


def _unit_suffix(indicator: Indicator, lang: Lang) -> str:
    if indicator.unit == "%":
        return " %"
    if indicator.unit == "per_10000":
        return word("indicators.per_10000", lang)
    return ""


def target_text(indicator: Indicator, lang: Lang) -> str:
    """The target as people write it: "≥ 70 %", "= 100 %", "10–12/vạn dân", "định tính"."""
    target, unit = indicator.target, _unit_suffix(indicator, lang)
    if target.kind == "range" and target.lo is not None and target.hi is not None:
        return f"{number(target.lo, lang)}–{number(target.hi, lang)}{unit}"
    if target.value is not None and target.kind in ("at_least", "at_most"):
        # A rate cannot pass 100 %, so "at least 100 %" is the document's "100 %".
        if target.kind == "at_least" and indicator.unit == "%" and target.value >= 100:
            sign = "="
        else:
            sign = "≥" if target.kind == "at_least" else "≤"
        return f"{sign} {number(target.value, lang)}{unit}"
    return word("indicators.qualitative", lang)
