"""A lean load's reports by subject (dataset.py, `check` at thousands of reports): each report's
entries as plain data (parts.py's pieces), kept in one column per task or indicator rather than
with the report.

Narrowing every report to a batch of subjects (by_subject.py) then decodes one column a subject,
not one text a report: at ten thousand reports and eight batches, a text a report was 170,000
decodings with their fixed costs, and twice the time of the checks themselves. The columns hold
the same JSON the cache keeps (what a report's parts call its `rest`), and nothing else.
"""

from __future__ import annotations

import zlib
from array import array
from typing import TYPE_CHECKING, Any, cast

from nhanluc_cli import plain_data
from nhanluc_cli.loading.parts import HEADER, add_entries, report_of

if TYPE_CHECKING:
    from nhanluc_cli.plan.model import Report


CHUNK = 256  # pieces of one subject joined in one text


class SubjectColumns:
    """The entries of the reports added, by subject: a row per report (by its name), and for
    each subject the rows that speak of it and their pieces, comma-separated JSON."""

    def __init__(self) -> None:
        self.rows: dict[str, int] = {}  # a report's name (as shown) -> its row
        self.displays: list[str] = []  # each row's report's name
        # Each header field (parts.HEADER) in a list of its own, a value a row, equal values
        # one object: a worker process that reads every row's header then writes to no page
        # of the memory it shares with this one (a list a row, and values a row, were read
        # from every page of it, and each page read was copied).
        self._header_fields: list[list[object]] = [[] for _ in HEADER]
        self._values: dict[object, object] = {}
        self._rows_of: dict[str, array[int]] = {}  # a subject's name -> the rows about it
        # A subject's name -> the pieces of those rows, comma-joined a chunk of CHUNK at a
        # time and compressed (the last ones still apart): a text grown in place for each
        # subject, thirty-six at once, left the heap twice its size, and a text a piece cost a
        # kilobyte a report. Compressed with zlib's fastest level while the workers parse,
        # the benchmarks' ten thousand reports take 2 MB rather than 78 (their texts repeat
        # more than real ones do; entries of one subject are much alike in any folder).
        self._chunks: dict[str, list[bytes]] = {}
        self._recent: dict[str, list[bytes]] = {}
        self.sizes: dict[str, int] = {}  # a subject's name -> the length of its pieces
        self._names: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple for equal ones

    def add(
        self, display: str, names: tuple[str, ...], header: list[object], pieces: list[bytes]
    ) -> tuple[str, ...]:
        """A report by its subjects' names, its header's values and each subject's piece
        (parts.entry_pieces); its names are given back, as one tuple for all equal ones."""
        row = len(self.rows)
        self.rows[display] = row
        self.displays.append(display)
        values = self._values
        for field_values, value in zip(self._header_fields, header, strict=True):
            field_values.append(values.setdefault((type(value), value), value))
        for name, piece in zip(names, pieces, strict=True):
            rows = self._rows_of.get(name)
            if rows is None:
                self._rows_of[name] = array("l", [row])
                self._chunks[name], self._recent[name], self.sizes[name] = [], [], 0
            else:
                rows.append(row)
            recent = self._recent[name]
            recent.append(piece)
            self.sizes[name] += len(piece) + 1
            if len(recent) >= CHUNK:
                self._chunks[name].append(zlib.compress(b",".join(recent), 1))
                recent.clear()
        return self._names.setdefault(names, names)

    def header(self, row: int) -> list[object]:
        """The header values of `row` (parts.HEADER)."""
        return [field_values[row] for field_values in self._header_fields]

    def header_report(self, row: int) -> Report:
        """The report of `row` with its header and no entries."""
        return report_of(self.header(row), {}, {})

    def narrowed(self, wanted: frozenset[str]) -> dict[int, Report]:
        """Each row that speaks of `wanted` (subjects' names), as its report narrowed to them."""
        sections: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}
        for name in sorted(wanted):  # a fixed order, whatever the hash of a text
            rows = self._rows_of.get(name)
            if rows is None:
                continue
            chunks = [zlib.decompress(chunk) for chunk in self._chunks[name]]
            joined = b"[" + b",".join([*chunks, *self._recent[name]]) + b"]"
            decoded = cast(list[object], plain_data.loads_flat(joined))
            if len(decoded) != len(rows):
                raise ValueError("a column out of step")  # never: add() writes both
            is_task = name[0] == "t"
            for row, piece in zip(rows, decoded, strict=True):
                tasks, indicators = sections.setdefault(row, ({}, {}))
                add_entries(name, piece, tasks if is_task else indicators)
        return {
            row: report_of(self.header(row), tasks, indicators)
            for row, (tasks, indicators) in sections.items()
        }
