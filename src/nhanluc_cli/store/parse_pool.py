"""Parsing the files a load did not find in the cache: each file's bytes to its model, its
findings and (for a report cut for the cache) its parts, over several processes when there are
many.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, NamedTuple

from nhanluc_cli.findings import Finding
from nhanluc_cli.store.tally import TALLY

if TYPE_CHECKING:
    from nhanluc_cli.loading.parts import Parts
    from nhanluc_cli.plan.model import Plan, Report


# With workers > 1, reports are parsed in parallel only from this many cache misses on: below
# it, starting the processes and sending the models back costs more than it saves. Where
# processes are spawned (Windows, macOS) each worker imports nhanluc first: more files needed.
PARALLEL_FROM = 300
PARALLEL_FROM_SPAWNED = 1500


class Loaded(NamedTuple):
    """What loading one file's bytes gave: its model (or None), its findings and, for a report
    cut for the cache, its parts (or None)."""

    model: Plan | Report | None
    findings: list[Finding]
    parts: Parts | None = None


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


def _parse_chunk(items: list[ToParse]) -> list[Loaded]:
    return [parse(item) for item in items]


def parse_all(items: list[ToParse], workers: int | None) -> list[Loaded]:
    """`parse` of each item, in order; over several processes when there are enough items."""
    if len(items) < PARALLEL_FROM or (workers or 1) < 2:
        # No pool could be asked for (a warm load has nothing to parse, the commands one
        # worker): decided before importing multiprocessing, which costs a warm run ~3 ms.
        return _parse_chunk(items)
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    threshold = PARALLEL_FROM if "fork" in methods else PARALLEL_FROM_SPAWNED
    workers = min(workers or 1, os.cpu_count() or 1)
    if workers < 2 or len(items) < threshold:
        return _parse_chunk(items)
    from concurrent.futures import ProcessPoolExecutor

    # Forked workers start with everything imported. This process parses a share too, rather
    # than wait: its share costs no pickling (a model sent back costs a third of parsing it).
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    share = len(items) // workers
    size = max(1, -(-(len(items) - share) // ((workers - 1) * 4)))
    sent = items[share:]
    chunks = [sent[start : start + size] for start in range(0, len(sent), size)]
    try:
        with ProcessPoolExecutor(workers - 1, mp_context=context) as pool:
            futures = [pool.submit(_parse_chunk, chunk) for chunk in chunks]
            mine = _parse_chunk(items[:share])
            return mine + [loaded for future in futures for loaded in future.result()]
    except (OSError, RuntimeError):  # no processes to be had (a sandbox, a limit): in this one
        return _parse_chunk(items)
