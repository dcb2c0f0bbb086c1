"""The rows JSON and CSV are made of (contract §4.1): plain dicts, keys in contract order.

Dates stay `date` (the writers in render/output print them ISO) and numbers are rounded here,
once, for every machine-readable output. `*_FIELDS` are the CSV columns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nhanluc_cli.tasks.status import agency_name, lead_names, occurrence_key

if TYPE_CHECKING:
    from nhanluc_cli.indicators.status import IndicatorResult
    from nhanluc_cli.model import Plan
    from nhanluc_cli.overview import Overview
    from nhanluc_cli.tasks.status import AgencyLoad, OccurrenceStatus


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
    task = occurrence.task
    return {
        "task": task.id,
        "year": occurrence.year,
        "title": task.title,
        "lead": lead_names(plan, task),
        "partners": [agency_name(plan, partner) for partner in task.partners],
        "product": task.product,
        "deadline": task.deadline,
        "due": occurrence.due,
        "original_due": occurrence.original_due,
        "status": occurrence.status,
        "completed_on": occurrence.completed_on,
        "days_late": occurrence.days_late,
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
)


def _number(value: float | None, decimals: int) -> float | int | None:
    """Rounded for output; whole numbers as integers, so a target of 70 reads `70`, not `70.0`."""
    if value is None:
        return None
    rounded = round(value, decimals)
    return int(rounded) if rounded.is_integer() else rounded


def indicator_row(result: IndicatorResult) -> dict[str, object]:
    """One indicator as the JSON of contract §4.1 (dates as `date`; renderers write them ISO).

    Rounding: the latest value and R to 4 decimals, the projection to 2: finer than any figure a
    report gives, without the float noise of a numerator/denominator quotient.
    """
    indicator, evaluation = result.indicator, result.evaluation
    latest = evaluation.latest
    return {
        "id": indicator.id,
        "group": indicator.group,
        "name": indicator.name,
        "unit": indicator.unit,
        "target": {
            "kind": indicator.target.kind,
            "value": _number(indicator.target.value, 4),
            "lo": _number(indicator.target.lo, 4),
            "hi": _number(indicator.target.hi, 4),
        },
        "by": indicator.by,
        "latest": None
        if latest is None
        else {
            # A qualitative indicator's value is its assessment word.
            "value": _number(latest.value, 4) if latest.value is not None else latest.assessment,
            "as_of": latest.as_of,
            "source": latest.source,
        },
        "projected": _number(result.projected, 2),
        "ratio": _number(evaluation.ratio, 4),
        "status": evaluation.status,
    }


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


def status_json(board: Overview) -> dict[str, object]:
    return {
        "plan": {"id": board.plan.id, "title": board.plan.title},
        "as_of": board.as_of,
        "closed": _closed(board),
        "elapsed": round(board.elapsed, 4),
        "tasks": dict(board.task_counts),
        "indicators": dict(board.indicator_counts),
        "overdue": [task_row(board.plan, o) for o in board.overdue],
        "due_soon": [task_row(board.plan, o) for o in board.due_soon],
        "not_on_track": [indicator_row(result) for result in board.not_on_track],
    }


def _closed(board: Overview) -> dict[str, object] | None:
    """null while the plan runs; once closed, its last day in force and, when it stopped
    early, why and on what basis (contract §9.1)."""
    if board.closed_on is None:
        return None
    ended = board.plan.ended
    return {
        "on": board.closed_on,
        "reason": ended.reason if ended is not None else None,
        "basis": ended.basis if ended is not None else None,
    }


def status_csv_row(board: Overview) -> dict[str, object]:
    document = status_json(board)
    document["overdue"] = [occurrence_key(o.task.id, o.label) for o in board.overdue]
    document["due_soon"] = [occurrence_key(o.task.id, o.label) for o in board.due_soon]
    document["not_on_track"] = [result.indicator.id for result in board.not_on_track]
    closed = board.closed_on
    document["closed"] = closed.isoformat() if closed is not None else None
    return document
