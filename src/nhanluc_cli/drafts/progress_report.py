"""The text `nhanluc new PERIOD` writes: a progress report with blanks to fill in.

It lists every indicator and every task occurrence due by the end of the period and not yet done
or cancelled on that day, each with empty fields (YAML null, which means "not reported" and is
valid) and Vietnamese comments saying what goes where. An official fills in what is known and
leaves the rest blank: the file is valid as written and stays valid while half-filled.

Pure: the plan, the reports and the period in, text out. The CLI writes the file.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence
from datetime import date

from nhanluc_cli.i18n.draft_words import (
    DEADLINE_LABEL,
    MEASURE_WORDS,
    NEW,
    NEW_ASSESSMENTS,
    NEW_INDICATORS_HEADING,
    NEW_STATE_WORDS,
    TARGET_BY,
    TARGET_GROWTH,
    TARGET_QUALITATIVE,
    UNIT_WORDS,
)
from nhanluc_cli.plan.deadlines import period_bounds
from nhanluc_cli.plan.model import Indicator, Plan, Task
from nhanluc_cli.plan.sources import LoadedReport
from nhanluc_cli.tasks.tracking import OccurrenceStatus, lead_names, occurrence_key, track
from nhanluc_cli.vietnamese import format_date, format_number

# The layout contract §1.2 shows: data/progress/FILE.yaml next to the repository's schema/.
DEFAULT_SCHEMA_REF = "../../schema/progress.schema.json"
SCHEMA_LINE = "# yaml-language-server: $schema={ref}"
WIDTH = 100
_SETTLED = ("done", "late", "cancelled")  # nothing left to report on these occurrences
_COMMENT_COLUMN = 18  # where the trailing comments of a task's fields start

_STATUSES = "not_started | in_progress | done | cancelled"


# ---------------------------------------------------------------------------------------------
# Words about the plan, shared with the JSON Schema's descriptions (the words themselves:
# i18n/draft_words.py, as every word of this module)


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "vi" else pair[1]


def _figure(value: float, lang: str) -> str:
    return format_number(value, lang, None)


def describe_target(indicator: Indicator, lang: str) -> str:
    """ "≥ 70% đến năm 2025", "10-12 trên vạn dân đến năm 2025", "định tính, đến năm 2025"."""
    target = indicator.target
    by = _pick(TARGET_BY, lang).format(year=indicator.by)
    unit = _unit_word(indicator.unit, lang)
    if indicator.measure == "growth" and target.kind != "qualitative":
        x = target.value if target.value is not None else target.lo
        sign = "≤" if target.kind == "at_most" else "≥"
        rate = f"{sign} {_figure(x or 0.0, lang)}%"
        return _pick(TARGET_GROWTH, lang).format(rate=rate, by=by)
    if target.kind == "range" and target.lo is not None and target.hi is not None:
        amount = f"{_figure(target.lo, lang)}-{_figure(target.hi, lang)}"
    elif target.kind in ("at_least", "at_most") and target.value is not None:
        sign = "≥" if target.kind == "at_least" else "≤"
        if target.kind == "at_least" and indicator.unit == "%" and target.value >= 100:
            sign = "="  # the document's "100%": a rate cannot pass it
        amount = f"{sign} {_figure(target.value, lang)}"
    else:
        return _pick(TARGET_QUALITATIVE, lang).format(by=by)
    # "70%", as administrative documents write it; a count with its unit: "300 người".
    amount = f"{amount}%" if indicator.unit == "%" else f"{amount} {unit}"
    return f"{_measured(amount, indicator.measure, lang)} {by}"


def _unit_word(unit: str | None, lang: str) -> str:
    """ "%", "trên vạn dân", or a count's own unit ("người") as the plan writes it."""
    if unit is None:
        return ""
    return _pick(UNIT_WORDS.get(unit, (unit, unit)), lang)


def _measured(amount: str, measure: str, lang: str) -> str:
    """Contract §15: the target as the plan words it, per measure."""
    if measure not in MEASURE_WORDS:
        return amount
    return _pick(MEASURE_WORDS[measure], lang).format(amount=amount)


def task_summary(task: Task, lang: str) -> str:
    """The task's title and its deadline as the document words it."""
    label = _pick(DEADLINE_LABEL, lang)
    title = _one_line(task.title)
    return f"{title}{'' if title.endswith(('.', ':', ';')) else '.'} {label}: {task.deadline}."


def _one_line(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------
# What the template lists


def pending_occurrences(
    plan: Plan, reports: Sequence[LoadedReport], period: str
) -> list[OccurrenceStatus]:
    """Occurrences due by the period's end and not done, late-done or cancelled on that day,
    most urgent first (the schedule's order: due date, then plan order)."""
    bounds = period_bounds(period)
    if bounds is None:
        raise ValueError(f"not a report period: {period!r}")
    end = bounds[1]
    return [
        occurrence
        for occurrence in track(plan, reports, end)
        if occurrence.due <= end and occurrence.status not in _SETTLED
    ]


# ---------------------------------------------------------------------------------------------
# The text


def _comment(text: str, indent: int) -> list[str]:
    prefix = " " * indent + "# "
    return textwrap.wrap(
        _one_line(text),
        width=WIDTH,
        initial_indent=prefix,
        subsequent_indent=prefix,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _field(name: str, note: str = "", indent: int = 4) -> str:
    """`name:` left blank (null), with a trailing comment that says what goes there."""
    line = " " * indent + f"{name}:"
    if not note:
        return line
    return f"{line.ljust(_COMMENT_COLUMN)}  # {note}"


def _header(plan: Plan, period: str, schema_ref: str) -> list[str]:
    bounds = period_bounds(period)
    assert bounds is not None, period
    first, last = (format_date(day, "vi") for day in bounds)
    return [
        SCHEMA_LINE.format(ref=schema_ref),
        *_comment(NEW["title"].format(plan=plan.id, period=period, first=first, last=last), 0),
        NEW["blanks"],
        NEW["forms"],
        NEW["check"],
        *_calendar_lines(plan, period),
        f"period: {json.dumps(period)}",
        _field("reported_on", NEW["reported_on"].format(last=last), 0),
        _field("reported_by", _reporter_note(plan), 0),
    ]  # fmt: skip


def _calendar_lines(plan: Plan, period: str) -> list[str]:
    """The reporting calendar's window and due date of this period (contract §17), if any."""
    from nhanluc_cli.plan.reporting import period_named

    named = period_named(plan, period)
    if named is None:
        return []
    start, cutoff, due = (format_date(day, "vi") for day in (named.start, named.cutoff, named.due))
    return [NEW["calendar"].format(start=start, cutoff=cutoff, due=due)]


def _reporter_note(plan: Plan) -> str:
    from nhanluc_cli.plan.reporting import reporters

    who = reporters(plan)
    if not who:
        return NEW["reporter"]
    return NEW["reporters"] + ", ".join(who)


def _value_note(indicator: Indicator, unit: str, period: str) -> str:
    """What `value` asks for (contract §15): an amount of this period, or a level."""
    if indicator.measure in ("yearly", "average_yearly"):
        return NEW["value.yearly"].format(unit=unit, period=period, year=period[:4])
    if indicator.measure == "cumulative":
        return NEW["value.cumulative"].format(unit=unit, period=period)
    if indicator.measure in ("growth", "maintain"):
        return NEW["value.level_on_day"].format(unit=unit)
    return NEW["value"].format(unit=unit)


def _indicator_lines(plan: Plan, period: str) -> list[str]:
    if not plan.indicators:
        return ["indicators:"]
    lines = ["", *NEW_INDICATORS_HEADING, "indicators:"]
    group = None
    for indicator in plan.indicators:
        if indicator.group != group:
            group = indicator.group
            heading = plan.group_names.get(group)
            lines += _comment(f"{group}) {heading}" if heading else f"{group})", 2)
        lines.append(f"  {indicator.id}:")
        lines += _comment(indicator.name, 4)
        unit = _unit_word(indicator.unit, "vi")
        if indicator.unit is None:
            lines += _comment(NEW["qualitative"].format(year=indicator.by), 4)
            lines += [
                _field("assessment", NEW_ASSESSMENTS),
                _field("note", NEW["assessment_note"]),
            ]
            continue
        target = describe_target(indicator, "vi")
        lines += _comment(NEW["unit_and_target"].format(unit=unit, target=target), 4)
        lines.append(_field("value", _value_note(indicator, unit, period)))
        if indicator.unit == "per_10000":
            lines += [
                _field("numerator", NEW["numerator"]),
                _field("denominator", NEW["denominator"]),
            ]
        lines += [_field("as_of", NEW["as_of"]), _field("source", NEW["source"])]
    return lines


def _task_lines(plan: Plan, pending: Sequence[OccurrenceStatus], last_day: date) -> list[str]:
    end = format_date(last_day, "vi")
    if not pending:
        return ["", NEW["no_tasks"].format(end=end), "tasks:"]
    lines = [
        "",
        NEW["tasks"].format(end=end),
        f"# status: {_STATUSES}",
        NEW["statuses"],
        NEW["done_cancelled"],
        "tasks:",
    ]
    for occurrence in pending:
        task = occurrence.task
        lines.append(f"  {json.dumps(occurrence_key(task.id, occurrence.label))}:")
        lines += _comment(task.title, 4)
        lead = lead_names(plan, task)
        label = occurrence.label
        which = NEW["of_year"] if label is not None and len(label) == 4 else NEW["of_period"]
        year = "" if label is None else which.format(label=label)
        due = format_date(occurrence.due, "vi")
        lines += _comment(
            NEW["task"].format(deadline=task.deadline, year=year, due=due, lead=lead)
            + (NEW["product"].format(product=task.product) if task.product else ""),
            4,
        )
        if occurrence.state is not None and occurrence.reported_in is not None:
            state = NEW_STATE_WORDS.get(occurrence.state, occurrence.state)
            lines += _comment(
                NEW["reported_before"].format(
                    status=occurrence.state, state=state, file=occurrence.reported_in
                ),
                4,
            )
        lines += [
            _field("status", _STATUSES),
            _field("completed_on", NEW["completed_on"]),
            _field("product_ref", NEW["product_ref"]),
            _field("note", NEW["note"]),
        ]
    return lines


def progress_template(
    plan: Plan,
    period: str,
    pending: Sequence[OccurrenceStatus],
    schema_ref: str = DEFAULT_SCHEMA_REF,
) -> str:
    """The report's text: header, every indicator, then the pending occurrences."""
    bounds = period_bounds(period)
    if bounds is None:
        raise ValueError(f"not a report period: {period!r}")
    lines = [
        *_header(plan, period, schema_ref),
        *_indicator_lines(plan, period),
        *_task_lines(plan, pending, bounds[1]),
    ]
    return "\n".join(lines) + "\n"
