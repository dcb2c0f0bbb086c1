"""A roll-up's files: `nhanluc-units.yaml` and the data folder of every unit it lists.

Contract §12: a folder holding `nhanluc-units.yaml` (`units: [{id, name, data: PATH}]`, each PATH
relative to that file) is a roll-up. Every problem is a finding with its place, never an
exception: a units file that is missing or cannot be read, or lists one id twice, stops the
roll-up; a unit whose folder is missing or whose data has E1xx/E2xx errors is still listed, with
its findings and no figures.

Reading many folders is the slow part (contract §8: 124 units x 20 reports), so from
PARALLEL_FROM units on they are read by worker processes, a few batches of units each, and each
worker hands back only the small `UnitSummary` the engine made of each unit (pickling whole
plans and reports back would cost as much as reading them). The engine (rollup.py) stays pure;
only this module knows about processes. Sequential and parallel reading give the same result.

With a cache folder (contract §13), each unit is loaded through the cache of validated files,
and its outcome on the as-of date (the summary, or the data errors) is remembered under the
unit's dataset key: a warm roll-up reads and hashes the files and decodes one small entry a
unit, never a model nor a file's entry. Each worker opens the cache itself and writes in
transactions of its own (cache.py); the same key always holds the same bytes, so concurrent
writers are safe.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from nhanluc_cli.findings import Finding, Target
from nhanluc_cli.judging.rollup import CatalogueEntry, Rollup, UnitResult, UnitSummary
from nhanluc_cli.loading.file_bytes import read_bytes
from nhanluc_cli.loading.places import source_map_of
from nhanluc_cli.plan.sources import SourceMap, dotted
from nhanluc_cli.store.dataset import Dataset, dataset_key, load_dataset
from nhanluc_cli.store.workspace import UsageProblem, Workspace, display_path, locate

if TYPE_CHECKING:
    from nhanluc_cli.store.cache import FileCache

UNITS_FILE = "nhanluc-units.yaml"
CATALOGUE_FILE = "nhanluc-indicators.yaml"  # the province's catalogue of indicators (§15)
# From this many units on, the folders are read in worker processes; below it, starting a pool
# costs more than it saves. Measured on 2 CPUs with 20 reports a unit (benchmarks/README.md):
# 6 units 0.30 s in this process, 0.35 s in two; 16 units 0.47 s and 0.38 s.
PARALLEL_FROM = 16

__all__ = [
    "CATALOGUE_FILE",
    "PARALLEL_FROM",
    "UNITS_FILE",
    "UnitPlace",
    "read_catalogue",
    "read_rollup",
    "read_units",
    "summarise",
]


class UnitRef(NamedTuple):
    """A unit as the units file lists it (model.UnitEntry as a plain record, which the cache
    keeps without the models)."""

    id: str
    name: str
    data: str  # the unit's data folder, relative to the units file


class UnitPlace(NamedTuple):
    """A unit of the units file: its data folder's files, or why there are none."""

    entry: UnitRef
    workspace: Workspace | None
    findings: tuple[Finding, ...] = ()


def _at(
    where: SourceMap, path: tuple[str | int, ...], code: str, key: str, /, **args: object
) -> Finding:
    line, column = where.value_at(path)
    return Finding(code, key, where.file, line, column, dotted(path), args, where=path)


def read_units(
    path: Path, cwd: Path, cache: FileCache | None = None
) -> tuple[str | None, list[UnitPlace], list[Finding]]:
    """The roll-up's title and units, or the findings that stop it (E1xx/E2xx in the file).
    With a cache, what the file says is remembered by its bytes (and its name, which the
    findings carry): a warm roll-up imports neither yaml nor the models."""
    display = display_path(path, cwd)
    if not path.is_file():
        folder = display_path(path.parent, cwd)
        return None, [], [Finding("E101", "units.missing", display, 1, 1, args={"dir": folder})]
    data, findings = read_bytes(path, display)
    if data is None:
        return None, [], findings
    if cache is None:
        title, units, stopping = _units_file(data, display)
    else:
        from nhanluc_cli.store.cache import file_key

        name = f"\0units file {display}".encode()
        key = hashlib.sha256(file_key("units", cache.program(), b"", data).encode() + name)
        title, units, stopping = cache.remembered(
            key.hexdigest(), lambda: _units_file(data, display)
        )
    if stopping:
        return None, [], list(stopping)
    where = source_map_of(display, data)  # places worked out only if a unit's finding asks
    places = [_place(path.parent, index, unit, where, cwd) for index, unit in enumerate(units)]
    return title, places, []


UnitsFile = tuple[str | None, tuple[UnitRef, ...], tuple[Finding, ...]]


def _units_file(data: bytes, display: str) -> UnitsFile:
    """The title and units of a units file's bytes, or the findings that stop the roll-up."""
    from nhanluc_cli.loading.loader import units_from_bytes  # yaml and the models: only here

    units, where, findings = units_from_bytes(data, display)
    if units is None or where is None:
        return None, (), tuple(findings)
    duplicates: list[Finding] = []
    first: dict[str, int] = {}
    for index, entry in enumerate(units.units):
        if entry.id in first:
            first_line, _ = where.value_at(("units", first[entry.id], "id"))
            duplicates.append(
                _at(
                    where,
                    ("units", index, "id"),
                    "E201",
                    "schema.duplicate_id",
                    id=entry.id,
                    first=first_line,
                )
            )
        else:
            first[entry.id] = index
    if duplicates:
        return None, (), tuple(duplicates)
    refs = tuple(UnitRef(entry.id, entry.name, entry.data) for entry in units.units)
    return units.title, refs, ()


def _place(base: Path, index: int, entry: UnitRef, where: SourceMap, cwd: Path) -> UnitPlace:
    folder = base / entry.data
    data_path = ("units", index, "data")
    if not folder.is_dir():
        finding = _at(where, data_path, "E220", "units.no_such_data", path=entry.data)
        return UnitPlace(entry, None, (finding,))
    try:
        return UnitPlace(entry, locate(folder, None, cwd))
    except UsageProblem as problem:  # no plan*.yaml there, or several
        key = "units.many_plans" if problem.key == "data.many_plans" else "units.no_plan"
        finding = _at(where, data_path, "E220", key, path=entry.data, **problem.args_)
        return UnitPlace(entry, None, (finding,))


class _Job(NamedTuple):
    workspace: Workspace
    cwd: Path
    as_of: date
    soon_days: int
    key: str = ""  # the outcome's cache key, when this process has worked it out already
    # With a catalogue (§15): each indicator's line in the unit's plan, for W331. Working out
    # a plan's places costs a parse, so a roll-up without a catalogue never asks for them.
    places: bool = False


Outcome = tuple[UnitSummary | None, tuple[Finding, ...]]


def _summarise_batch(
    jobs: list[_Job], cache_dir: Path | None, cache: FileCache | None = None
) -> list[Outcome]:
    """Units read, validated and judged in order (in a worker process, or in this one), through
    one cache (opened here in a worker): its program's fingerprint is worked out once."""
    opened_here = cache is None
    if cache is None:
        cache = _opened(cache_dir)
    outcomes = [_summarise_one(job, cache) for job in jobs]
    if opened_here and cache is not None:
        cache.finish()
    return outcomes


def _opened(cache_dir: Path | None) -> FileCache | None:
    if cache_dir is None:
        return None
    from nhanluc_cli.store.cache import FileCache

    cache = FileCache(cache_dir)
    return None if cache.refused is not None else cache


def _summarise_one(job: _Job, cache: FileCache | None) -> Outcome:
    if cache is None:
        return _judged(job, load_dataset(job.workspace, job.cwd))
    # The outcome is remembered under the unit's dataset key, worked out from the files' bytes
    # alone: a warm roll-up opens one entry a unit, not one a file. On a miss the files are
    # read twice (once here), a small price next to parsing them.
    key = job.key or _outcome_key(job, cache)
    return cache.remembered(key, lambda: _judged(job, load_dataset(job.workspace, job.cwd, cache)))


def _outcome_key(job: _Job, cache: FileCache) -> str:
    name = f"\0rollup unit {job.as_of.isoformat()} {job.soon_days} {job.places}".encode()
    return hashlib.sha256(dataset_key(job.workspace, job.cwd, cache) + name).hexdigest()


def _outcome(value: object) -> Outcome | None:
    """A remembered outcome, or None when it is not one (not remembered)."""
    if not isinstance(value, tuple) or len(value) != 2:
        return None
    summary, findings = value
    if summary is not None and not isinstance(summary, UnitSummary):
        return None
    if not isinstance(findings, tuple):
        return None
    return summary, findings


def _judged(job: _Job, dataset: Dataset) -> Outcome:
    errors = tuple(f for f in dataset.findings if f.is_data_error)
    if dataset.plan is None or errors:
        return None, errors
    from nhanluc_cli.judging.rollup import (
        summarise_unit,  # the engines: only for a unit judged anew
    )

    plan = dataset.plan
    loaded = plan if job.places else None
    return summarise_unit(plan.plan, dataset.reports, job.as_of, job.soon_days, loaded), ()


def summarise(
    places: Sequence[UnitPlace],
    as_of: date,
    soon_days: int,
    cwd: Path,
    workers: int | None = None,
    cache_dir: Path | None = None,
    cache: FileCache | None = None,
    places_wanted: bool = False,
) -> list[UnitResult]:
    """Every unit judged on `as_of`, in the units file's order. `workers`: processes to read
    with (1: in this process); by default all cores from PARALLEL_FROM units on. `cache_dir`:
    the cache of validated files (None: none), and `cache` that cache when already open."""
    jobs = [
        _Job(p.workspace, cwd, as_of, soon_days, places=places_wanted)
        for p in places
        if p.workspace is not None
    ]
    outcomes: list[Outcome | None] = [None] * len(jobs)
    if cache is None:
        cache = _opened(cache_dir)
    if cache is not None:
        # The units whose files the cache has seen are looked up here, from their bytes: the
        # worker processes start only for the others (starting them for nothing to read was
        # most of a warm roll-up). Each key goes with its job, not worked out again there.
        jobs = [job._replace(key=_outcome_key(job, cache)) for job in jobs]
        found = cache.values([job.key for job in jobs])
        outcomes = [_outcome(found.get(job.key)) for job in jobs]
    missing = [index for index, outcome in enumerate(outcomes) if outcome is None]
    to_judge = [jobs[index] for index in missing]
    if workers is None:
        workers = (os.cpu_count() or 1) if len(to_judge) >= PARALLEL_FROM else 1
    workers = max(1, min(workers, len(to_judge)))
    if workers == 1:
        judged = _summarise_batch(to_judge, cache_dir, cache)
    else:
        from concurrent.futures import ProcessPoolExecutor

        # A few batches a worker: units differ in size, so one batch each could leave a worker
        # idle, and one unit a task would open the cache (and hash the program) per unit.
        size = max(1, -(-len(to_judge) // (workers * 4)))
        batches = [to_judge[start : start + size] for start in range(0, len(to_judge), size)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = pool.map(_summarise_batch, batches, [cache_dir] * len(batches))
            judged = [outcome for batch in done for outcome in batch]
    for index, outcome in zip(missing, judged, strict=True):
        outcomes[index] = outcome
    read = iter(outcomes)
    results = []
    for place in places:
        entry = place.entry
        if place.workspace is None:
            results.append(UnitResult(entry.id, entry.name, None, place.findings))
        else:
            looked_up = next(read)
            assert looked_up is not None  # every unit was looked up or judged above
            summary, findings = looked_up
            results.append(UnitResult(entry.id, entry.name, summary, findings))
    return results


def read_rollup(
    units_file: Path,
    as_of: date,
    soon_days: int,
    cwd: Path,
    workers: int | None = None,
    cache_dir: Path | None = None,
) -> Rollup:
    """The roll-up of `units_file` on `as_of`: its units, or the findings that stop it."""
    cache = _opened(cache_dir)  # one for this process: its fingerprints worked out once
    title, places, findings = read_units(units_file, cwd, cache)
    catalogue_file = units_file.parent / CATALOGUE_FILE
    catalogue, catalogue_findings = read_catalogue(catalogue_file, cwd, cache)
    if findings or catalogue_findings:
        return Rollup(title, [], findings + catalogue_findings)
    wanted = catalogue is not None  # the plans' lines, for W331
    if cache is None:
        cache_dir = None  # refused: no worker opens it either
    judged = summarise(places, as_of, soon_days, cwd, workers, cache_dir, cache, wanted)
    if cache is not None:
        cache.finish()
    return Rollup(title, judged, [], catalogue)


def read_catalogue(
    path: Path, cwd: Path, cache: FileCache | None = None
) -> tuple[tuple[CatalogueEntry, ...] | None, list[Finding]]:
    """The roll-up folder's catalogue of indicators, None when it has none, or the findings
    (with their lines) that stop the roll-up: a catalogue is read like every other file. With
    a cache, what it says is remembered by its bytes, as the units file's is: a warm roll-up
    imports neither yaml nor the models."""
    if not path.is_file():
        return None, []
    display = display_path(path, cwd)
    data, findings = read_bytes(path, display)
    if data is None:
        return None, findings
    if cache is None:
        entries, stopping = _catalogue_file(data, display)
    else:
        from nhanluc_cli.store.cache import file_key

        name = f"\0catalogue file {display}".encode()
        key = hashlib.sha256(file_key("catalogue", cache.program(), b"", data).encode() + name)
        entries, stopping = cache.remembered(
            key.hexdigest(), lambda: _catalogue_file(data, display)
        )
    if stopping:
        return None, list(stopping)
    return entries, []


def _catalogue_file(
    data: bytes, display: str
) -> tuple[tuple[CatalogueEntry, ...], tuple[Finding, ...]]:
    """A catalogue's indicators as plain values, or the findings that stop the roll-up."""
    from nhanluc_cli.loading.loader import catalogue_from_bytes  # yaml and the models: only here

    catalogue, where, loaded = catalogue_from_bytes(data, display)
    if catalogue is None or where is None:
        return (), tuple(loaded)
    findings: list[Finding] = []
    entries = []
    seen: dict[str, int] = {}
    for index, item in enumerate(catalogue.indicators):
        line = where.value_at(("indicators", index, "id"))[0]
        if item.id in seen:
            findings.append(
                _at(
                    where,
                    ("indicators", index, "id"),
                    "E201",
                    "schema.duplicate_id",
                    id=item.id,
                    first=seen[item.id],
                )
            )
            continue
        seen[item.id] = line
        target = None
        if item.target is not None:
            t = item.target
            target = Target(t.kind, t.value, t.lo, t.hi, item.unit, item.measure)
        entries.append(
            CatalogueEntry(
                item.id, item.name, item.unit, item.measure, item.combine, target, item.by, line
            )
        )
    if findings:
        return (), tuple(findings)
    return tuple(entries), ()
