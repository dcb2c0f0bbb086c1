"""Every report's header (period, `reported_on`, `reported_by`) without its entries: what the
reporting calendar reads (W327, W330, `nhanluc reports`).

On a warm cache the headers come from each report's parts (parts.py), so a `check` after one
edit still reads no report's model; without a cache, or when a part no longer unpickles, they
are the reports themselves.
"""

from __future__ import annotations

import pickle
from typing import TYPE_CHECKING

from nhanluc_cli.sources import LoadedReport, source_map_of

if TYPE_CHECKING:
    from nhanluc_cli.dataset import Dataset


def report_headers(dataset: Dataset) -> list[LoadedReport]:
    """The dataset's reports, in its order, each with its header and no entries, or whole."""
    from nhanluc_cli.model import Report

    if dataset.cache is None or not all(
        isinstance(pending.model, Report) or pending.parts for pending in dataset.pending
    ):
        return dataset.reports
    from nhanluc_cli.parts import narrowed

    # The parts the checks across reports unpickled already (incremental.py), when they did.
    unpickled = dataset.memo.get("parts")
    headers: list[LoadedReport] = []
    for index, pending in enumerate(dataset.pending):
        report = pending.model
        if not isinstance(report, Report):  # from the cache: its header from its parts
            try:
                part = unpickled[index] if unpickled else pickle.loads(pending.parts)
                report = narrowed(part, frozenset())
            except Exception:  # whatever a spoilt pickle raises: the reports are read instead
                return dataset.reports
        where = source_map_of(pending.display, pending.source)
        headers.append(LoadedReport(pending.display, report, where))
    return headers
