"""A roll-up (contract §12): the plans of several units judged on one date, side by side.

Pure: plain values in, plain values out; no words, no formatting, no files. What a unit's data
says comes from `overview`, the aggregate `status` and `report` use, so a unit's column in a
roll-up and its own `nhanluc status` cannot disagree. Reading the units' folders (in parallel
when there are many) is units.py's business.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple, cast

from nhanluc_cli.findings import Finding, Target
from nhanluc_cli.tasks.records import AgencyLoad

if TYPE_CHECKING:  # a warm roll-up unpickles summaries and never imports the models
    from nhanluc_cli.plan.model import Plan
    from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport

__all__ = [
    "CatalogueEntry",
    "IndicatorRow",
    "Rollup",
    "Total",
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
    # Contract §15, for a catalogue: the catalogue id it names (`catalogue: ID`), the latest
    # figure's numerator and denominator when it was given so (for pooling), and the line of
    # the indicator's id in the unit's plan (where W331 points).
    catalogue: str | None = None
    numerator: float | None = None
    denominator: float | None = None
    line: int = 0


class UnitSummary(NamedTuple):
    """What a roll-up shows of one unit whose data is sound. Small and plain on purpose: it is
    what crosses back from a worker process when many units are read in parallel."""

    indicators: tuple[UnitIndicator, ...]  # plan order
    task_counts: dict[str, int]  # every task status word a key
    total: int  # task occurrences
    agencies: tuple[AgencyLoad, ...]  # lead agencies, Vietnamese alphabetical order
    plan_file: str = ""  # the unit's plan, as findings name it


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
    # The province's catalogue (nhanluc-indicators.yaml, §15), when the folder has one.
    catalogue: tuple[CatalogueEntry, ...] | None = None


class CatalogueEntry(NamedTuple):
    """One indicator of a province's catalogue (model.CatalogueIndicator as plain values)."""

    id: str
    name: str
    unit: str | None
    measure: str
    combine: str  # sum | pooled | none
    target: Target | None
    by: int | None
    line: int = 0  # of its id in the catalogue file


class Total(NamedTuple):
    """The all-units figure of a catalogue row (§15): added up or pooled, and judged."""

    value: float | None
    as_of: date | None
    units_counted: tuple[str, ...]  # unit ids whose figures make it
    status: str | None  # against the catalogue's target; None without one
    not_pooled: tuple[str, ...] = ()  # pooled: units that gave only a value, or another date


class IndicatorRow(NamedTuple):
    """One indicator across units: a cell for each unit whose plan has it."""

    id: str
    name: str
    unit: str | None
    target: Target
    cells: dict[str, UnitIndicator]  # unit id -> the indicator in that unit, file order
    total: Total | None = None  # with a catalogue: the all-units figure (§15)


def summarise_unit(
    plan: Plan,
    reports: Sequence[LoadedReport],
    as_of: date,
    soon_days: int = 30,
    loaded: LoadedPlan | None = None,
) -> UnitSummary:
    """One unit's plan and reports judged on `as_of`; `loaded`: the plan's file, for places."""
    from nhanluc_cli.judging.overview import overview
    from nhanluc_cli.tasks.tracking import by_lead_agency

    board = overview(plan, reports, as_of, soon_days)
    indicators = []
    for index, result in enumerate(board.indicators):
        indicator, latest = result.indicator, result.evaluation.latest
        target = indicator.target
        numerator = denominator = None
        place = result.latest_place
        if place is not None and result.measured is None:
            entry = place.report.report.indicators.get(indicator.id)
            if entry is not None and entry.numerator is not None:
                numerator, denominator = entry.numerator, entry.denominator
        line = 0
        if loaded is not None:
            line = loaded.where.key_at(("indicators", index, "id"))[0]
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
                catalogue=indicator.catalogue,
                numerator=numerator,
                denominator=denominator,
                line=line,
            )
        )
    return UnitSummary(
        indicators=tuple(indicators),
        task_counts=board.task_counts,
        total=len(board.occurrences),
        agencies=tuple(by_lead_agency(plan, board.occurrences)),
        plan_file=loaded.file if loaded is not None else "",
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


# ---------------------------------------------------------------------------------------------
# A province's catalogue (contract §15)


def _joined_id(cell: UnitIndicator, ids: set[str]) -> str | None:
    """The catalogue id a unit's indicator reports: `catalogue: ID`, else its own id when the
    catalogue has it."""
    if cell.catalogue is not None:
        return cell.catalogue
    return cell.id if cell.id in ids else None


def catalogue_matrix(
    catalogue: Sequence[CatalogueEntry], units: Sequence[UnitResult], as_of: date
) -> tuple[list[IndicatorRow], list[Finding]]:
    """One row per catalogue indicator (its name, unit and target), a cell per unit that joins
    it, and the all-units total; then the units' indicators that join nothing, by their own
    ids as without a catalogue. Findings: W331 for a unit indicator named like a catalogue
    indicator but not joined to it, E220 for `catalogue: ID` naming no catalogue indicator."""
    from nhanluc_cli.vietnamese import fold

    ids = {entry.id for entry in catalogue}
    by_name = {fold(" ".join(entry.name.split())): entry.id for entry in catalogue}
    rows: dict[str, IndicatorRow] = {
        entry.id: IndicatorRow(
            entry.id,
            entry.name,
            entry.unit,
            entry.target or Target("qualitative", None, None, None, entry.unit, entry.measure),
            {},
        )
        for entry in catalogue
    }
    loose: dict[str, IndicatorRow] = {}
    findings: list[Finding] = []
    for unit in units:
        if unit.summary is None:
            continue
        for cell in unit.summary.indicators:
            joined = _joined_id(cell, ids)
            if joined is not None and joined in ids:
                rows[joined].cells.setdefault(unit.id, cell)
                continue
            place = (unit.summary.plan_file, cell.line or 1)
            if joined is not None:  # `catalogue: ID` with an id the catalogue lacks
                findings.append(
                    Finding(
                        "E220",
                        "catalogue.unknown_id",
                        place[0],
                        place[1],
                        1,
                        f'indicators["{cell.id}"].catalogue',
                        {"id": cell.id, "catalogue": joined, "unit": unit.name},
                    )
                )
            look_alike = by_name.get(fold(" ".join(cell.name.split())))
            if look_alike is not None:
                findings.append(
                    Finding(
                        "W331",
                        "catalogue.look_alike",
                        place[0],
                        place[1],
                        1,
                        f'indicators["{cell.id}"]',
                        {"id": cell.id, "catalogue": look_alike, "unit": unit.name},
                    )
                )
            row = loose.get(cell.id)
            if row is None:
                row = loose[cell.id] = IndicatorRow(cell.id, cell.name, cell.unit, cell.target, {})
            row.cells[unit.id] = cell
    entries = {entry.id: entry for entry in catalogue}
    judged = [
        row._replace(total=combine_units(entries[key], row.cells, as_of))
        for key, row in rows.items()
    ]
    return judged + list(loose.values()), findings


def _reference_date(cells: Sequence[UnitIndicator]) -> date | None:
    """The date most units' latest figures share (the latest of equals): figures of one date
    or period add up; others would mix two moments."""
    counts: dict[date, int] = {}
    for cell in cells:
        if cell.as_of is not None:
            counts[cell.as_of] = counts.get(cell.as_of, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda day: (counts[day], day))


_SCALE = {"%": 100.0, "per_10000": 10_000.0}


def combine_units(entry: CatalogueEntry, cells: dict[str, UnitIndicator], as_of: date) -> Total:
    """The all-units figure of one catalogue indicator on `as_of` (§15): `sum` adds the units'
    figures of the same date or period, `pooled` recomputes the rate from their numerators and
    denominators; judged against the catalogue's target when it has one."""
    figures = [(unit_id, c) for unit_id, c in cells.items() if c.latest is not None]
    if entry.combine == "none" or not figures:
        return Total(None, None, (), None)
    if entry.combine == "sum":
        day = _reference_date([c for _, c in figures])
        counted = [(u, c) for u, c in figures if c.as_of == day]
        value = math.fsum(c.latest or 0.0 for _, c in counted)
        return Total(value, day, tuple(u for u, _ in counted), _judge(entry, value, day, as_of))
    pairs = [(u, c) for u, c in figures if c.numerator is not None and c.denominator]
    day = _reference_date([c for _, c in pairs])
    pooled = [(u, c) for u, c in pairs if c.as_of == day]
    left_out = tuple(u for u, _ in figures if u not in {p for p, _ in pooled})
    if not pooled or day is None:
        return Total(None, None, (), None, left_out)
    numerator = math.fsum(c.numerator or 0.0 for _, c in pooled)
    denominator = math.fsum(c.denominator or 0.0 for _, c in pooled)
    value = numerator / denominator * _SCALE.get(entry.unit or "", 1.0)
    status = _judge(entry, value, day, as_of)
    return Total(value, day, tuple(u for u, _ in pooled), status, left_out)


def _judge(entry: CatalogueEntry, value: float, day: date | None, as_of: date) -> str | None:
    """The total against the catalogue's target, as one figure of that date is judged (§3,
    §9.4): achieved, or not yet judged with one figure, or missed once the target year is
    over."""
    if entry.target is None or entry.by is None or day is None:
        return None
    from nhanluc_cli.indicators.measures import PeriodFigure, evaluate_measure
    from nhanluc_cli.indicators.trend import Measurement, TargetLike, evaluate_indicator

    # findings.Target has the fields a target needs; its kind is one of the model's four.
    target = cast("TargetLike", entry.target)
    if entry.measure == "yearly":
        # The units' amounts of this year so far, against the year's target pro rata (§15).
        start = date(day.year, 1, 1)
        figure = PeriodFigure(str(day.year), start, day, day, value)
        end = date(entry.by, 12, 31)
        return evaluate_measure("yearly", target, start, entry.by, end, [figure], [], as_of).status
    evaluation = evaluate_indicator(target, entry.by, [Measurement(day, value, None)], as_of)
    return evaluation.status
