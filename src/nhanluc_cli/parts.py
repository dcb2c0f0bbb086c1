"""A report cut by subject (task or indicator), so that the checks across reports can be kept
per subject in the cache and one edited report runs them again for what it changed only.

Loading a report (on a cache miss) gives, besides its model, the span of each entry of its
`tasks` and `indicators`: where the entry starts and a digest of its exact text (loader.py). Here
they become the report's parts: for each subject it speaks of, a digest of the report's header
(period, dates) and of those spans, and the entries themselves as plain data. Everything a check
across reports can say about a subject comes from the entries about that subject and the headers
of the reports that hold them (incremental.py), and two equal digests mean the same text at the same
place, hence the same findings at the same lines and columns.

Parts are plain data (plain_data.py): reading them back runs nothing and imports nothing.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from nhanluc_cli import plain_data

if TYPE_CHECKING:
    from nhanluc_cli.findings import Subject
    from nhanluc_cli.model import Report

ENTRY_SECTIONS = ("indicators", "tasks")


class EntrySpan(NamedTuple):
    section: str  # "tasks" or "indicators"
    key: str  # as the report writes it, NFC ("III.1@2022")
    subject: Subject | None  # the task or indicator it names; None when the key names none
    digest: bytes  # where the entry starts and its exact text


class ReportSpans(NamedTuple):
    prelude: bytes  # a digest of the text before the first key: directives, `---`, comments
    entries: tuple[EntrySpan, ...]


NO_SPANS = ReportSpans(b"", ())


def subject_of_key(section: str, key: str) -> Subject | None:
    """The subject a report's key speaks of, read as statements.task_entries reads it."""
    if section == "indicators":
        return ("indicators", key)
    from nhanluc_cli.model import TASK_KEY  # pydantic: a warm command reads Parts without it

    match = TASK_KEY.match(key)
    return ("tasks", match["task"]) if match is not None else None


class Parts(NamedTuple):
    """A report's parts, as plain values read fast (they are read for every report when one
    changed): the subjects it speaks of, each as a name (subject_name), the digest of each
    (DIGEST_SIZE bytes each, in one string of bytes, aligned with the names), and `rest`, the
    header and the entries by subject as plain data (JSON text), read only when the report is
    narrowed (b"" when the cache keeps it apart: cache.FileCache.rests)."""

    names: tuple[str, ...]
    digests: bytes
    rest: bytes = b""


DIGEST_SIZE = 32
# Every field of a Report but its entries (tests/test_incremental.py checks that none is missed).
HEADER = ("period", "reported_on", "reported_by")
# An entry as plain data: its key, and its fields' values in the model's order with a bit for
# each field that was given (None for an entry left blank). Entries are flat models, so this is
# all there is to them; as plain values, a subject's entries cost a tenth of building the
# models and a third of the bytes of a dictionary of fields. A subject's entries are all of one
# section, which its name says. Each subject's pieces are JSON text of their own, so that
# narrowing a report to one subject decodes that one only.
Piece = tuple[str, tuple[tuple[object, ...], int] | None]


def subject_name(subject: Subject) -> str:
    """A subject as one short text: "t" or "i" and the id ("tIII.1", "ibac_si_van_dan")."""
    return subject[0][0] + subject[1]


def report_parts(report: Report, spans: ReportSpans) -> Parts:
    """The report's parts: per subject, a digest and its entries as plain data; the header.
    Raises plain_data.NotPlain if an entry held anything else (the caller keeps no parts)."""
    header = tuple(getattr(report, name) for name in HEADER)
    header_digest = hashlib.blake2b(repr(header).encode() + spans.prelude, digest_size=16).digest()
    grouped: dict[str, list[EntrySpan]] = {}
    for span in spans.entries:
        if span.subject is not None:
            grouped.setdefault(subject_name(span.subject), []).append(span)
    digests = b"".join(
        hashlib.blake2b(
            header_digest + b"".join(span.digest for span in about), digest_size=DIGEST_SIZE
        ).digest()
        for about in grouped.values()
    )
    pieces = tuple(plain_data.dumps(_pieces(report, about)).decode() for about in grouped.values())
    return Parts(tuple(grouped), digests, plain_data.dumps((header, pieces)))


def _pieces(report: Report, spans: list[EntrySpan]) -> tuple[Piece, ...]:
    found: list[Piece] = []
    for span in spans:
        section = report.tasks if span.section == "tasks" else report.indicators
        if span.key not in section:  # an entry that failed validation is not in the model
            continue
        entry = section[span.key]
        if entry is None:
            found.append((span.key, None))
            continue
        names = type(entry).model_fields
        given = entry.model_fields_set
        mask = sum(1 << index for index, name in enumerate(names) if name in given)
        found.append((span.key, (tuple(getattr(entry, name) for name in names), mask)))
    return tuple(found)


def narrowed(names: tuple[str, ...], rest: bytes, wanted: frozenset[str]) -> Report:
    """The report with only its entries about `wanted` (subject names): what the checks of
    those subjects read. Built without validation: every piece was validated when the report
    was loaded, and comes back checksummed (cache.py). Raises plain_data.NotPlain (or
    ValueError, TypeError) when `rest` is not what report_parts wrote."""
    from nhanluc_cli.model import IndicatorReport, Report, TaskReport

    header, pieces = cast(tuple[tuple[object, ...], tuple[str, ...]], plain_data.loads(rest))
    entries: dict[str, dict[str, Any]] = {"tasks": {}, "indicators": {}}
    for name, piece in zip(names, pieces, strict=True):
        if name not in wanted:
            continue
        model = TaskReport if name[0] == "t" else IndicatorReport
        field_names = tuple(model.model_fields)
        section = entries["tasks" if name[0] == "t" else "indicators"]
        found = cast(tuple[Piece, ...], plain_data.loads(piece.encode()))
        for key, state in found:
            if state is None:
                section[key] = None
                continue
            values, mask = state
            given = {field for index, field in enumerate(field_names) if mask >> index & 1}
            state_of: dict[str, Any] = dict(zip(field_names, values, strict=True))
            section[key] = model.model_construct(given, **state_of)
    fields: dict[str, Any] = dict(zip(HEADER, header, strict=True))
    fields.update(entries)
    return Report.model_construct(None, **fields)
