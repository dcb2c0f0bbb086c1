"""A report cut by subject (task or indicator), so that the checks across reports can be kept
per subject in the cache and one edited report runs them again for what it changed only.

Loading a report (on a cache miss) gives, besides its model, the span of each entry of its
`tasks` and `indicators`: where the entry starts and a digest of its exact text (loader.py). Here
they become the report's parts: for each subject it speaks of, a digest of the report's header
(period, dates) and of those spans. Everything a check
across reports can say about a subject comes from the entries about that subject and the headers
of the reports that hold them (incremental.py), and two equal digests mean the same text at the same
place, hence the same findings at the same lines and columns.

Parts are names and digests: reading them back runs nothing and imports nothing. The entries a
narrowed report holds come from the report's model (narrowed_from_json when it is in the cache).
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple, get_args

if TYPE_CHECKING:
    from pydantic import BaseModel

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


@lru_cache(maxsize=4096)  # a few hundred keys, written in every report
def subject_of_key(section: str, key: str) -> Subject | None:
    """The subject a report's key speaks of, read as statements.task_entries reads it."""
    if section == "indicators":
        return ("indicators", key)
    from nhanluc_cli.model import TASK_KEY  # pydantic: a warm command reads Parts without it

    match = TASK_KEY.match(key)
    return ("tasks", match["task"]) if match is not None else None


class Parts(NamedTuple):
    """A report's parts, as plain values read fast (they are read for every report when one
    changed): the subjects it speaks of, each as a name (subject_name), and the digest of each
    (DIGEST_SIZE bytes each, in one string of bytes, aligned with the names). The entries
    themselves are the report's model, read only when the report is narrowed (`narrowed`)."""

    names: tuple[str, ...]
    digests: bytes


DIGEST_SIZE = 32
# Every field of a Report but its entries (tests/test_incremental.py checks that none is missed).
HEADER = ("period", "reported_on", "reported_by")


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
    digests = b"".join(
        hashlib.blake2b(
            header_digest + b"".join(span.digest for span in about), digest_size=DIGEST_SIZE
        ).digest()
        for about in grouped.values()
    )
    return Parts(tuple(grouped), digests)


def narrowed(report: Report, wanted: frozenset[str]) -> Report:
    """The report with only its entries about `wanted` (subject names): what the checks of
    those subjects read."""
    from nhanluc_cli.model import Report

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


def narrowed_from_json(model_json: bytes, wanted: frozenset[str]) -> Report:
    """`narrowed` of a report kept in the cache as its model's JSON (pydantic's
    `model_dump_json(exclude_unset=True)`, checksummed), built without validation: the
    entries were validated when the report was loaded, and only those about `wanted` are
    built at all (at ten thousand reports, validating every entry again cost seconds). Raises
    ValueError, TypeError or LookupError when the JSON is not such a report."""
    from nhanluc_cli.model import IndicatorReport, Report, TaskReport

    data = json.loads(model_json)
    sections: dict[str, Any] = {}
    for section, model in (("indicators", IndicatorReport), ("tasks", TaskReport)):
        days = _day_fields(model)
        entries: dict[str, Any] = {}
        for key, fields in data.get(section, {}).items():
            if not _about(section, key, wanted):
                continue
            if fields is None:
                entries[key] = None
                continue
            values: dict[str, Any] = {
                name: date.fromisoformat(value) if name in days and value is not None else value
                for name, value in fields.items()
            }
            entries[key] = model.model_construct(set(values), **values)
        sections[section] = entries
    header: dict[str, Any] = {name: data[name] for name in HEADER if name in data}
    if header.get("reported_on") is not None:
        header["reported_on"] = date.fromisoformat(header["reported_on"])
    return Report.model_construct(set(data), **header, **sections)


def _about(section: str, key: str, wanted: frozenset[str]) -> bool:
    subject = subject_of_key(section, key)
    return subject is not None and subject_name(subject) in wanted


@lru_cache(maxsize=8)
def _day_fields(model: type[BaseModel]) -> frozenset[str]:
    """The fields of an entry model that hold a date (written as ISO text in its JSON)."""
    return frozenset(
        name for name, field in model.model_fields.items() if _holds_date(field.annotation)
    )


def _holds_date(annotation: object) -> bool:
    """`date`, or a union or Annotated[...] with `date` in it (model.Day | None)."""
    return annotation is date or any(_holds_date(inner) for inner in get_args(annotation))
