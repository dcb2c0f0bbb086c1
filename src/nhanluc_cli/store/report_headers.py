"""Every report's header (period, `reported_on`, `reported_by`) without its entries: what the
reporting calendar reads (W327, W330, `nhanluc reports`).

On a warm cache the headers come from each report's parts (parts.py: the first line of the
`rest` the cache keeps, read in one batch), so a `check` after one edit still reads no
report's model; without a cache, or when a part is gone or spoilt, they are the reports
themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nhanluc_cli.loading.places import source_map_later
from nhanluc_cli.plan.sources import LoadedReport, Resolutions

if TYPE_CHECKING:
    from nhanluc_cli.plan.model import Report
    from nhanluc_cli.store.dataset import Dataset


def report_headers(dataset: Dataset) -> list[LoadedReport]:
    """The dataset's reports, in its order, each with its header and no entries, or whole."""
    from nhanluc_cli.plan.model import Report

    cache = dataset.cache
    columns = dataset.columns
    rows = columns.rows if columns is not None else {}
    if cache is None and columns is None:
        return dataset.reports
    if not all(
        isinstance(pending.model, Report) or pending.parts is not None
        for pending in dataset.pending
    ):
        return dataset.reports
    if all(isinstance(pending.model, Report) for pending in dataset.pending):
        return dataset.reports  # every model in memory (an empty cache filled): nothing to cut
    from nhanluc_cli.loading.parts import narrowed, narrowed_from_rest

    # A lean load holds the headers of the reports it parsed (columns.py), and the reports
    # narrowed for the checks across reports (by_subject.py, kept in the dataset's memo after
    # an edit) hold theirs: only the others' entries are read from the cache for theirs.
    narrowed_before = _narrowed_before(dataset)
    apart = [
        pending.key
        for pending in dataset.pending
        if not isinstance(pending.model, Report)
        and pending.display not in rows
        and pending.display not in narrowed_before
    ]
    kept = cache.rests(apart) if cache is not None and apart else {}
    headers: list[LoadedReport] = []
    for pending in dataset.pending:
        row = rows.get(pending.display)
        if columns is not None and row is not None:
            report = columns.header_report(row)
        elif isinstance(pending.model, Report):
            report = narrowed(pending.model, frozenset())
        elif pending.display in narrowed_before:
            report = narrowed(narrowed_before[pending.display], frozenset())
        else:
            rest = kept.get(pending.key)
            if rest is None or pending.parts is None:  # gone or spoilt: read the reports
                return dataset.reports
            try:
                report = narrowed_from_rest(pending.parts.names, rest, frozenset())
            except (ValueError, TypeError, LookupError):  # not what report_parts wrote
                from nhanluc_cli.store.tally import TALLY

                TALLY.spoilt_parts += 1
                return dataset.reports
        where = source_map_later(pending.display, pending.text)
        headers.append(LoadedReport(pending.display, report, where, Resolutions()))
    return headers


def _narrowed_before(dataset: Dataset) -> dict[str, Report]:
    """Each report narrowed and kept for the checks across reports in this run, by name."""
    memo = dataset.memo
    if memo is None:
        return {}
    return {
        loaded.file: loaded.report
        for reports in memo.narrowed.values()
        if reports is not None
        for loaded in reports
    }
