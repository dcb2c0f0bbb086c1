"""A report cut by subject (task or indicator), so that the checks across reports can be kept
per subject in the cache and one edited report runs them again for what it changed only.

Loading a report (on a cache miss) gives, besides its model, the span of each entry of its
`tasks` and `indicators`: where the entry starts and a digest of its exact text (yaml_tree.py).
Here they become the report's parts: for each subject it speaks of, a digest of the report's header
(period, dates) and of those spans. Everything a check
across reports can say about a subject comes from the entries about that subject and the headers
of the reports that hold them (incremental.py), and two equal digests mean the same text at the same
place, hence the same findings at the same lines and columns.

Parts are names and digests: reading them back runs nothing and imports nothing. The entries a
narrowed report holds come from the report's model (narrowed_from_json when it is in the cache).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from nhanluc_cli import plain_data

if TYPE_CHECKING:
    from pydantic import BaseModel

    from nhanluc_cli.findings import Subject
    from nhanluc_cli.plan.model import Report

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


@lru_cache(maxsize=4096)  # a few hundred keys, written in every report
def subject_of_key(section: str, key: str) -> Subject | None:
    """The subject a report's key speaks of, read as statements.task_entries reads it."""
    if section == "indicators":
        return ("indicators", key)
    from nhanluc_cli.plan.model import TASK_KEY  # pydantic: a warm command reads Parts without it

    match = TASK_KEY.match(key)
    return ("tasks", match["task"]) if match is not None else None


class Parts(NamedTuple):
    """A report's parts, as plain values read fast (they are read for every report when one
    changed): the subjects it speaks of, each as a name (subject_name), the digest of each
    (DIGEST_SIZE bytes each, in one string of bytes, aligned with the names), and `rest`: the
    header and the entries by subject as plain data, read only to narrow the report
    (narrowed_from_rest; b"" when the cache keeps it apart: cache.FileCache.rests)."""

    names: tuple[str, ...]
    digests: bytes
    rest: bytes = b""


# An entry as plain data: its key, and its fields' values in the model's order with a bit for
# each field that was given (None for an entry left blank). Entries are flat models, so this is
# all there is to them. A subject's entries are JSON of their own, and `rest` starts with a line
# saying where each subject's ends: narrowing a report to one subject reads that one only (at
# ten thousand reports, decoding whole reports cost a second).
Piece = tuple[str, tuple[tuple[object, ...], int] | None]


DIGEST_SIZE = 32
# Every field of a Report but its entries (tests/test_incremental.py checks that none is missed).
HEADER = ("requires", "period", "reported_on", "reported_by")


def subject_name(subject: Subject) -> str:
    """A subject as one short text: "t" or "i" and the id ("tIII.1", "ibac_si_van_dan")."""
    return subject[0][0] + subject[1]


def report_parts(report: Report, spans: ReportSpans) -> Parts:
    """The report's parts: per subject it speaks of, a digest of its entries and header."""
    header = tuple(getattr(report, name) for name in HEADER)
    header_digest = hashlib.blake2b(repr(header).encode() + spans.prelude, digest_size=16).digest()
    grouped: dict[str, list[EntrySpan]] = {}
    for span in spans.entries:
        if span.subject is not None:
            grouped.setdefault(subject_name(span.subject), []).append(span)
    blake2b = hashlib.blake2b
    digests = b"".join(
        blake2b(
            header_digest + b"".join([span.digest for span in about]), digest_size=DIGEST_SIZE
        ).digest()
        for about in grouped.values()
    )
    tasks, indicators, dumps_flat = report.tasks, report.indicators, plain_data.dumps_flat
    pieces = [dumps_flat(_pieces(tasks, indicators, about)) for about in grouped.values()]
    ends = list(accumulate(map(len, pieces)))
    head = dumps_flat([header, ends])
    return Parts(tuple(grouped), digests, head + b"\n" + b"".join(pieces))


def _pieces(
    tasks: Mapping[str, BaseModel | None],
    indicators: Mapping[str, BaseModel | None],
    spans: list[EntrySpan],
) -> list[Piece]:
    found: list[Piece] = []
    for span in spans:
        key = span.key
        section = tasks if span.section == "tasks" else indicators
        if key not in section:  # an entry that failed validation is not in the model
            continue
        entry = section[key]
        if entry is None:
            found.append((key, None))
            continue
        bits = _field_bits(type(entry))
        mask = sum(map(bits.__getitem__, entry.model_fields_set))
        # A validated model's __dict__ holds its fields, in their order (36,000 entries at a
        # thousand reports: getattr by name was a third of cutting them in parts).
        found.append((key, (tuple(entry.__dict__.values()), mask)))
    return found


@lru_cache(maxsize=8)
def _field_bits(model: type[BaseModel]) -> dict[str, int]:
    return {name: 1 << index for index, name in enumerate(model.model_fields)}


def narrowed(report: Report, wanted: frozenset[str]) -> Report:
    """The report with only its entries about `wanted` (subject names): what the checks of
    those subjects read."""
    from nhanluc_cli.plan.model import Report

    sections: dict[str, Any] = {
        section: {
            key: entry
            for key, entry in getattr(report, section).items()
            if _about(section, key, wanted)
        }
        for section in ENTRY_SECTIONS
    }
    header: dict[str, Any] = {name: getattr(report, name) for name in HEADER}
    return Report.model_construct(report.model_fields_set, **header, **sections)


def narrowed_from_rest(names: tuple[str, ...], rest: bytes, wanted: frozenset[str]) -> Report:
    """`narrowed` of a report kept in the cache as its parts' `rest` (checksummed), built
    without validation: every entry was validated when the report was loaded, and only the
    subjects in `wanted` are decoded at all. Raises ValueError (plain_data.NotPlain),
    TypeError or LookupError when `rest` is not what report_parts wrote."""
    from nhanluc_cli.plan.model import IndicatorReport, Report, TaskReport

    line, _, body = rest.partition(b"\n")
    header, ends = cast(tuple[list[object], list[int]], plain_data.loads_flat(line))
    if len(ends) != len(names) or (ends and ends[-1] != len(body)):
        raise ValueError("not a report's rest")
    sections: dict[str, Any] = {"tasks": {}, "indicators": {}}
    for index, name in enumerate(names):
        if name not in wanted:
            continue
        model = TaskReport if name[0] == "t" else IndicatorReport
        field_names = tuple(model.model_fields)
        section = sections["tasks" if name[0] == "t" else "indicators"]
        start = ends[index - 1] if index else 0
        found = cast(list[Piece], plain_data.loads_flat(body[start : ends[index]]))
        for key, state in found:
            if state is None:
                section[key] = None
                continue
            values, mask = state
            given = {field for bit, field in enumerate(field_names) if mask >> bit & 1}
            fields: dict[str, Any] = dict(zip(field_names, values, strict=True))
            section[key] = model.model_construct(given, **fields)
    head: dict[str, Any] = dict(zip(HEADER, header, strict=True))
    return Report.model_construct(None, **head, **sections)


def _about(section: str, key: str, wanted: frozenset[str]) -> bool:
    return _subject_text(section, key) in wanted


@lru_cache(maxsize=4096)
def _subject_text(section: str, key: str) -> str | None:
    """subject_name of the subject a key speaks of ("" when none): asked of every key of
    every report a narrowing reads."""
    subject = subject_of_key(section, key)
    return "" if subject is None else subject_name(subject)
