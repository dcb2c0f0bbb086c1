"""The rows JSON and CSV are made of (contract §4.1): plain dicts, keys in contract order.

Dates stay `date` (the writers in render/output print them ISO) and numbers are rounded here,
once, for every machine-readable output. `*_FIELDS` are the CSV columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nhanluc_cli.judging.status_view import indicator_line, task_line

if TYPE_CHECKING:
    from nhanluc_cli.indicators.evaluation import IndicatorResult
    from nhanluc_cli.judging.status_view import Dashboard, IndicatorLine, TaskLine
    from nhanluc_cli.plan.model import Plan
    from nhanluc_cli.tasks.tracking import AgencyLoad, OccurrenceStatus


# ---------------------------------------------------------------------------------------------
# Tasks


# The fields of a task row (contract §4.1), in order: JSON keys and CSV columns.
TASK_FIELDS: tuple[str, ...] = (
    "task",
    "year",
    "title",
    "lead",
    "partners",
    "product",
    "deadline",
    "due",
    "original_due",
    "status",
    "completed_on",
    "days_late",
)


def task_row(plan: Plan, occurrence: OccurrenceStatus) -> dict[str, object]:
    """One occurrence as the JSON of contract §4.1 (agency names, not ids; dates as `date`)."""
    return task_line_row(task_line(plan, occurrence))


def task_line_row(line: TaskLine) -> dict[str, object]:
    """task_row of a line: the JSON of contract §4.1."""
    return {
        "task": line.task,
        "year": line.year,
        "title": line.title,
        "lead": line.lead,
        "partners": list(line.partners),
        "product": line.product,
        "deadline": line.deadline,
        "due": line.due,
        "original_due": line.original_due,
        "status": line.status,
        "completed_on": line.completed_on,
        "days_late": line.days_late,
    }


def agency_row(load: AgencyLoad) -> dict[str, object]:
    """One lead agency as the JSON of contract §4.1."""
    return {"agency": load.name, "id": load.agency_id, "counts": load.counts, "total": load.total}


# ---------------------------------------------------------------------------------------------
# Indicators


# The fields of an indicator row (contract §4.1): JSON keys, and CSV columns once flattened.
INDICATOR_FIELDS: tuple[str, ...] = (
    "id",
    "group",
    "name",
    "unit",
    "measure",
    "target.kind",
    "target.value",
    "target.lo",
    "target.hi",
    "by",
    "latest.value",
    "latest.as_of",
    "latest.source",
    "projected",
    "ratio",
    "status",
    "due_by_now",
)


def _number(value: float | None, decimals: int) -> float | int | None:
    """Rounded for output; whole numbers as integers, so a target of 70 reads `70`, not `70.0`."""
    if value is None:
        return None
    rounded = round(value, decimals)
    return int(rounded) if rounded.is_integer() else rounded


def indicator_row(result: IndicatorResult) -> dict[str, object]:
    """One indicator as the JSON of contract §4.1 (dates as `date`; renderers write them ISO)."""
    return indicator_line_row(indicator_line(result))


def indicator_line_row(line: IndicatorLine) -> dict[str, object]:
    """indicator_row of a line. Rounding: the latest value and R to 4 decimals, the projection
    to 2: finer than any figure a report gives, without the float noise of a
    numerator/denominator quotient."""
    target = line.target
    row: dict[str, object] = {
        "id": line.id,
        "group": line.group,
        "name": line.name,
        "unit": target.unit,
        "measure": line.measure,
        "target": {
            "kind": target.kind,
            "value": _number(target.value, 4),
            "lo": _number(target.lo, 4),
            "hi": _number(target.hi, 4),
        },
        "by": line.by,
        "latest": None
        if line.latest_as_of is None
        else {
            # A qualitative indicator's value is its assessment word.
            "value": _number(line.latest_value, 4)
            if line.latest_value is not None
            else line.latest_assessment,
            "as_of": line.latest_as_of,
            "source": line.latest_source,
        },
        "projected": _number(line.projected, 2),
        "ratio": _number(line.ratio, 4),
        "status": line.status,
    }
    # Contract §15: the yearly amounts of a `yearly` indicator, the share due of a cumulative one.
    if line.measure == "yearly":
        row["years"] = {
            str(year): {"value": _number(value, 4), "met": met} for year, value, met in line.years
        }
    if line.measure == "cumulative":
        row["due_by_now"] = _number(line.due_by_now, 4)
    return row


# `--explain` in JSON and CSV: every figure R is built from, unrounded, so a script can redo it.
EXPLAIN_FIELDS: tuple[str, ...] = (
    "method",
    "y0",
    "y0_as_of",
    "t0",
    "yt",
    "yt_as_of",
    "t",
    "x",
    "T_end",
    "cagr_observed",
    "cagr_required",
    "ratio",
    "projected",
)


def explain_row(result: IndicatorResult) -> dict[str, object]:
    """The figures of `indicators --explain` (contract §3 names), unrounded."""
    e = result.evaluation
    return {
        "method": e.method,
        "y0": e.first.value if e.first is not None else None,
        "y0_as_of": e.first.as_of if e.first is not None else None,
        "t0": e.t0,
        "yt": e.latest.value if e.latest is not None else None,
        "yt_as_of": e.latest.as_of if e.latest is not None else None,
        "t": e.t,
        "x": e.target_value,
        "T_end": e.T_end,
        "cagr_observed": e.cagr_observed,
        "cagr_required": e.cagr_required,
        "ratio": e.ratio,
        "projected": e.projected,
    }


# ---------------------------------------------------------------------------------------------
# The status dashboard (contract §4.1): every status word a key; CSV is the same object as one
# row (counts as `tasks.overdue`..., the lists as occurrence keys or indicator ids), a line a
# spreadsheet can append to every week.


def status_json(board: Dashboard) -> dict[str, object]:
    return {
        "plan": {"id": board.plan.id, "title": board.plan.title},
        "as_of": board.as_of,
        "closed": _closed(board),
        "elapsed": round(board.elapsed, 4),
        "tasks": dict(board.task_counts),
        "indicators": dict(board.indicator_counts),
        "overdue": [task_line_row(line) for line in board.overdue],
        "due_soon": [task_line_row(line) for line in board.due_soon],
        "not_on_track": [indicator_line_row(line) for line in board.not_on_track],
    }


def _closed(board: Dashboard) -> dict[str, object] | None:
    """null while the plan runs; once closed, its last day in force and, when it stopped
    early, why and on what basis (contract §9.1)."""
    if board.closed_on is None:
        return None
    return {
        "on": board.closed_on,
        "reason": board.plan.ended_reason,
        "basis": board.plan.ended_basis,
    }


def status_csv_row(board: Dashboard) -> dict[str, object]:
    document = status_json(board)
    document["overdue"] = [line.key for line in board.overdue]
    document["due_soon"] = [line.key for line in board.due_soon]
    document["not_on_track"] = [line.id for line in board.not_on_track]
    closed = board.closed_on
    document["closed"] = closed.isoformat() if closed is not None else None
    return document
