"""A roll-up (contract §12): the plans of several units judged on one date, side by side.

Pure: plain values in, plain values out; no words, no formatting, no files. What a unit's data
says comes from `overview`, the aggregate `status` and `report` use, so a unit's column in a
roll-up and its own `nhanluc status` cannot disagree. Reading the units' folders (in parallel
when there are many) is units.py's business.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from nhanluc_cli.findings import Finding, Target
from nhanluc_cli.tasks.records import AgencyLoad

if TYPE_CHECKING:  # a warm roll-up unpickles summaries and never imports the models
    from nhanluc_cli.model import Plan
    from nhanluc_cli.sources import LoadedReport

__all__ = [
    "IndicatorRow",
    "Rollup",
    "UnitIndicator",
    "UnitResult",
    "UnitSummary",
    "indicator_matrix",
    "summarise_unit",
]


class UnitIndicator(NamedTuple):
    """One indicator of one unit's plan, judged on the as-of date."""

    id: str
    name: str
    unit: str | None  # "%", "per_10000" or None (qualitative)
    target: Target
    status: str  # indicators.trend.INDICATOR_STATUSES
    latest: float | None  # the latest figure; None when unknown or qualitative
    as_of: date | None  # the date of the latest figure or assessment
    assessment: str | None  # a qualitative indicator's latest assessment


class UnitSummary(NamedTuple):
    """What a roll-up shows of one unit whose data is sound. Small and plain on purpose: it is
    what crosses back from a worker process when many units are read in parallel."""

    indicators: tuple[UnitIndicator, ...]  # plan order
    task_counts: dict[str, int]  # every task status word a key
    total: int  # task occurrences
    agencies: tuple[AgencyLoad, ...]  # lead agencies, Vietnamese alphabetical order


class UnitResult(NamedTuple):
    id: str
    name: str
    summary: UnitSummary | None  # None when the unit's data has E1xx/E2xx errors
    findings: tuple[Finding, ...] = ()  # those errors, with their places

    @property
    def errors(self) -> int:
        return len(self.findings)


class Rollup(NamedTuple):
    title: str | None
    units: list[UnitResult]  # the units file's order
    findings: list[Finding]  # the units file's own errors; then `units` is empty


class IndicatorRow(NamedTuple):
    """One indicator across units: a cell for each unit whose plan has it."""

    id: str
    name: str
    unit: str | None
    target: Target
    cells: dict[str, UnitIndicator]  # unit id -> the indicator in that unit, file order


def summarise_unit(
    plan: Plan, reports: Sequence[LoadedReport], as_of: date, soon_days: int = 30
) -> UnitSummary:
    """One unit's plan and reports judged on `as_of`."""
    from nhanluc_cli.overview import overview
    from nhanluc_cli.tasks.status import by_lead_agency

    board = overview(plan, reports, as_of, soon_days)
    indicators = []
    for result in board.indicators:
        indicator, latest = result.indicator, result.evaluation.latest
        target = indicator.target
        indicators.append(
            UnitIndicator(
                id=indicator.id,
                name=indicator.name,
                unit=indicator.unit,
                target=Target(
                    target.kind,
                    target.value,
                    target.lo,
                    target.hi,
                    indicator.unit,
                    indicator.measure,
                ),
                status=result.evaluation.status,
                latest=latest.value if latest is not None else None,
                as_of=latest.as_of if latest is not None else None,
                assessment=latest.assessment if latest is not None else None,
            )
        )
    return UnitSummary(
        indicators=tuple(indicators),
        task_counts=board.task_counts,
        total=len(board.occurrences),
        agencies=tuple(by_lead_agency(plan, board.occurrences)),
    )


def indicator_matrix(units: Sequence[UnitResult]) -> list[IndicatorRow]:
    """Every indicator id of any sound unit, once: in the order the units file and their plans
    first name it. A unit whose plan lacks the indicator has no cell in its row."""
    rows: dict[str, IndicatorRow] = {}
    for unit in units:
        if unit.summary is None:
            continue
        for cell in unit.summary.indicators:
            row = rows.get(cell.id)
            if row is None:
                row = rows[cell.id] = IndicatorRow(cell.id, cell.name, cell.unit, cell.target, {})
            row.cells[unit.id] = cell
    return list(rows.values())
