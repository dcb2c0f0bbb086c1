"""Parsing the files a load did not find in the cache: each file's bytes to its model, its
findings and (for a report cut for the cache) its parts, over several processes when there are
many.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from nhanluc_cli.findings import Finding
from nhanluc_cli.store.tally import TALLY

if TYPE_CHECKING:
    from nhanluc_cli.loading.parts import Parts
    from nhanluc_cli.plan.model import Plan, Report
    from nhanluc_cli.plan.sources import LoadedPlan, Resolutions

Checked = tuple[tuple[Finding, ...], ...]  # what each per-report check found in one report


# With workers > 1, reports are parsed in parallel only from this many cache misses on: below
# it, starting the processes and sending the models back costs more than it saves. A lean load
# where processes are spawned (Windows) has each worker import nhanluc first: more files needed.
PARALLEL_FROM = 300
PARALLEL_FROM_SPAWNED = 1500


class Loaded(NamedTuple):
    """What loading one file's bytes gave: its model (or None), its findings and, for a report
    cut for the cache, its parts (or None). A report parsed with a plan to check it against
    (parse_all) also has what the per-report checks found in it and, cut for the cache, its
    model's JSON."""

    model: Plan | Report | None
    findings: list[Finding]
    parts: Parts | None = None
    checked: Checked | None = None
    # What statements.py worked out of it while those checks ran (None: not checked, or
    # checked in another process: a memo is not worth sending back, it is worked out again).
    resolved: Resolutions | None = None
    model_json: bytes = b""  # model_dump_json(exclude_unset=True), for the cache


ToParse = tuple[str, bytes, str, bool]  # role, bytes, display name, whether to cut in parts


def parse(item: ToParse) -> Loaded:
    """The model (or None), the findings and (when asked, for a report) the parts of one
    file's bytes."""
    # yaml: only on a miss
    from nhanluc_cli.loading.loader import (
        plan_from_bytes,
        report_from_bytes,
        report_spans_from_bytes,
    )

    role, data, display, with_parts = item
    TALLY.parsed.append(display)
    if role == "plan" or not with_parts:
        loaded, findings = (plan_from_bytes if role == "plan" else report_from_bytes)(data, display)
        return Loaded(None if loaded is None else loaded[1], findings)
    report, findings, spans = report_spans_from_bytes(data, display)
    if report is None:
        return Loaded(None, findings)
    from nhanluc_cli.loading.parts import report_parts

    return Loaded(report.report, findings, report_parts(report.report, spans))


def checked_alone(
    plan: LoadedPlan, display: str, data: bytes, report: Report
) -> tuple[Checked, Resolutions]:
    """What the per-report checks find in a report just parsed from `data`, against `plan`,
    and what they resolved of it on the way."""
    from nhanluc_cli.checks.catalogue import report_findings
    from nhanluc_cli.loading.places import source_map_of
    from nhanluc_cli.plan.sources import LoadedReport, Resolutions

    TALLY.checked_alone.append(display)
    resolved = Resolutions()
    where = source_map_of(display, data)
    return report_findings(plan, LoadedReport(display, report, where, resolved)), resolved


def model_json(model: Plan | Report) -> bytes:
    """model_dump_json(exclude_unset=True), as the bytes its serializer makes (what the cache
    keeps of a model)."""
    return model.__pydantic_serializer__.to_json(model, exclude_unset=True)


def parse_checked(item: ToParse, plan: LoadedPlan | None) -> Loaded:
    """`parse` of one item and, for a report that loaded, with `plan`, what the per-report
    checks find in it; cut for the cache, its model's JSON too."""
    loaded = parse(item)
    report = loaded.model
    if report is None or item[0] == "plan":
        return loaded
    kept = model_json(report) if loaded.parts is not None else b""
    if plan is None:
        return loaded._replace(model_json=kept)
    from nhanluc_cli.plan.model import Report

    assert isinstance(report, Report)  # a report's bytes gave it
    _, data, display, _ = item
    checked, resolved = checked_alone(plan, display, data, report)
    return loaded._replace(checked=checked, resolved=resolved, model_json=kept)


def _parse_chunk(items: list[ToParse], plan: LoadedPlan | None) -> list[Loaded]:
    return [parse_checked(item, plan) for item in items]


PARSE_CHUNK = 16  # files in a chunk that parse_all hands out: small, so that all end together


def parse_all(
    items: list[ToParse], workers: int | None, plan: LoadedPlan | None = None
) -> list[Loaded]:
    """`parse_checked` of each item, in order; over several processes when there are enough
    items and processes are forked (forked_chunks.py)."""
    workers = min(workers or 1, os.cpu_count() or 1)
    if len(items) < PARALLEL_FROM or workers < 2:
        return _parse_chunk(items, plan)
    from nhanluc_cli.store.forked_chunks import MOST_CHUNKS, share

    size = max(PARSE_CHUNK, -(-len(items) // MOST_CHUNKS))
    chunks = [items[start : start + size] for start in range(0, len(items), size)]

    def parsed(chunk: list[ToParse]) -> list[Loaded]:
        return _parse_chunk(chunk, plan)

    def sent(done: list[Loaded]) -> list[Loaded]:
        # What statements.py resolved is a memo of this process's objects (the plan's among
        # them): a worker lets it go rather than send it, and it is worked out again here.
        return [loaded._replace(resolved=None) for loaded in done]

    done = share(chunks, parsed, workers, sent=sent)
    if done is None:  # processes are not forked (Windows), or none could be had
        return _parse_chunk(items, plan)
    return [loaded for chunk_done in done for loaded in chunk_done]


# ---------------------------------------------------------------------------------------------
# A lean load (dataset.py: `check` at thousands of reports) parses and checks each report and
# keeps only plain values of it: then sending them back from another process costs little, and
# the reports are parsed over every core.


class Lean(NamedTuple):
    """What a lean load keeps of one report it parsed: no model. `loaded` False: the report
    did not load (its findings say why) and the rest is empty."""

    findings: list[Finding]
    loaded: bool
    checked: Checked | None = None  # the per-report checks' findings (with a plan)
    names: tuple[str, ...] = ()  # its subjects' names, its header's values, each subject's
    header: list[object] = []  # noqa: RUF012  # (a NamedTuple's default, never changed)
    pieces: list[bytes] = []  # noqa: RUF012  # piece (parts.py), aligned with `names`
    digests: bytes = b""  # with a cache: its parts' digests and rest, and its model's JSON
    rest: bytes = b""
    model_json: bytes = b""
    packed: bytes = b""  # its bytes, compressed: what the lean load keeps of them


def lean(item: ToParse, plan: LoadedPlan | None) -> Lean:
    """One report parsed, checked on its own against `plan` (when there is one) and cut by
    subject; with parts asked for (a cache), what the cache keeps of it too."""
    loaded = parse(item)
    report = loaded.model
    if report is None:
        return Lean(loaded.findings, False)
    import zlib

    # zlib's fastest level, here in the worker: a quarter of the bytes to keep for the places
    # of findings and W333, read back only for those.
    packed = zlib.compress(item[1], 1)
    from nhanluc_cli.plan.model import Report

    assert isinstance(report, Report)  # a report's bytes gave it
    checked = None
    if plan is not None:
        _, data, display, _ = item
        checked, _ = checked_alone(plan, display, data, report)
    parts = loaded.parts
    if parts is None:
        from nhanluc_cli.loading.parts import entry_pieces

        names, header, pieces = entry_pieces(report)
        return Lean(loaded.findings, True, checked, names, header, pieces, packed=packed)
    from nhanluc_cli.loading.parts import split_rest

    header, pieces = split_rest(parts.names, parts.rest)
    return Lean(
        loaded.findings, True, checked, parts.names, header, pieces, parts.digests,
        parts.rest, model_json(report), packed,
    )  # fmt: skip


def _one_by_one(items: list[ToParse], plan: LoadedPlan | None) -> Iterator[Lean]:
    from collections import deque

    waiting = deque(items)
    items.clear()
    while waiting:
        yield lean(waiting.popleft(), plan)


def _lean_chunk(plan: LoadedPlan | None, items: list[ToParse]) -> list[Lean]:
    return [lean(item, plan) for item in items]


LEAN_CHUNK = 64  # reports a worker parses before sending them back


def lean_all(items: list[ToParse], plan: LoadedPlan | None, workers: int | None) -> Iterator[Lean]:
    """`lean` of each item, in order, given as they come: over `workers` processes when
    there are enough items and processes to be had, else in this one. The caller takes each
    before the next, so that what is kept of a report is all that is held of it: `items` is
    emptied, and each file's bytes let go once it is done."""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    threshold = PARALLEL_FROM if "fork" in methods else PARALLEL_FROM_SPAWNED
    workers = min(workers or 1, os.cpu_count() or 1)
    if workers < 2 or len(items) < threshold:
        yield from _one_by_one(items, plan)
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    try:
        pool = ProcessPoolExecutor(workers, mp_context=context)
    except (OSError, RuntimeError):  # no processes to be had (a sandbox, a limit): in this one
        yield from _one_by_one(items, plan)
        return
    chunks = [items[start : start + LEAN_CHUNK] for start in range(0, len(items), LEAN_CHUNK)]
    items.clear()
    ahead = workers * 2  # chunks sent before the first comes back
    sent: dict[int, Future[list[Lean]]] = {}
    broken = False

    def send(index: int) -> None:
        nonlocal broken
        if not broken and index < len(chunks):
            try:
                sent[index] = pool.submit(_lean_chunk, plan, chunks[index])
            except RuntimeError:  # the pool broke (a worker killed): the rest here
                broken = True

    with pool:
        # Every worker busy (all cores), this one only gathering, in order: a chunk more is
        # sent each time one comes back, so that few wait to be gathered.
        for index in range(ahead):
            send(index)
        for index in range(len(chunks)):
            future = sent.pop(index, None)
            done = None
            if future is not None:
                try:
                    done = future.result()
                except (OSError, RuntimeError):  # a worker lost (killed, out of memory)
                    broken = True
            if done is None:
                done = _lean_chunk(plan, chunks[index])
            chunks[index] = []
            send(index + ahead)
            yield from done
