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
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

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
            # One text a subject for every report (_subject_text's), not one a report each.
            grouped.setdefault(_subject_text(span.section, span.key) or "", []).append(span)
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


def entry_pieces(report: Report) -> tuple[tuple[str, ...], list[object], list[bytes]]:
    """A report's entries by subject as report_parts writes them in its `rest`, without their
    places or digests (a lean load without a cache needs neither): the subjects' names, the
    header's values (HEADER) and each subject's piece."""
    grouped: dict[str, list[Piece]] = {}
    for section, entries in (("tasks", report.tasks), ("indicators", report.indicators)):
        for key, entry in entries.items():
            name = _subject_text(section, key)
            if name:
                grouped.setdefault(name, []).append((key, _state(entry)))
    header = [getattr(report, name) for name in HEADER]
    dumps_flat = plain_data.dumps_flat
    return tuple(grouped), header, [dumps_flat(pieces) for pieces in grouped.values()]


def _state(entry: BaseModel | None) -> tuple[tuple[object, ...], int] | None:
    """An entry as a piece holds it: its fields' values and a bit for each one given."""
    if entry is None:
        return None
    bits = _field_bits(type(entry))
    # A validated model's __dict__ holds its fields, in their order (36,000 entries at a
    # thousand reports: getattr by name was a third of cutting them in parts).
    return tuple(entry.__dict__.values()), sum(map(bits.__getitem__, entry.model_fields_set))


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
        found.append((key, _state(section[key])))
    return found


@lru_cache(maxsize=8)
def _field_bits(model: type[BaseModel]) -> dict[str, int]:
    return {name: 1 << index for index, name in enumerate(model.model_fields)}


def narrowed(report: Report, wanted: frozenset[str]) -> Report:
    """The report with only its entries about `wanted` (subject names): what the checks of
    those subjects read."""
    from nhanluc_cli.plan.model import Report

    values = report.__dict__  # every field of a model, validated or built
    fields: dict[str, Any] = {}
    for name in _field_names(Report):  # in the model's order, as model_construct puts them
        if name not in ENTRY_SECTIONS:
            fields[name] = values[name]
        elif wanted:
            fields[name] = {
                key: entry for key, entry in values[name].items() if _about(name, key, wanted)
            }
        else:  # the header alone (report_headers.py, for every report after an edit)
            fields[name] = {}
    # As model_construct(report.model_fields_set, ...) builds it, without looking every field
    # up for a default (a header of each of ten thousand reports took 70 ms that way).
    return _built(Report, fields, report.model_fields_set)


def narrowed_from_rest(names: tuple[str, ...], rest: bytes, wanted: frozenset[str]) -> Report:
    """`narrowed` of a report kept as its parts' `rest` (in the cache, checksummed), built
    without validation: every entry was validated when the report was loaded, and only the
    subjects in `wanted` are decoded at all. Raises ValueError (plain_data.NotPlain), TypeError
    or LookupError when `rest` is not what report_parts wrote."""
    return narrowed_many_from_rest([(names, rest)], wanted)[0]


def narrowed_many_from_rest(
    items: Sequence[tuple[tuple[str, ...], bytes]], wanted: frozenset[str]
) -> list[Report]:
    """narrowed_from_rest of each (names, rest), every head line decoded in one go and every
    wanted piece in another (ten thousand decodings of each kind, with their fixed costs, were
    a third of narrowing them one at a time; only the wanted subjects' pieces are cut out, one
    of thirty-six after an edit). Raises as narrowed_from_rest does when a rest is not what
    report_parts wrote, without saying which: the caller then narrows them one at a time. (A
    rest is checksummed, so one that decodes differently joined to others than alone was
    sealed by someone who could have sealed anything: the cache folder's owner.)"""
    lines: list[bytes] = []
    bodies: list[memoryview] = []
    for _, rest in items:
        cut = rest.index(b"\n")
        lines.append(rest[:cut])
        bodies.append(memoryview(rest)[cut + 1 :])
    heads = plain_data.loads_flat(b"[" + b",".join(lines) + b"]")
    if not isinstance(heads, list) or len(heads) != len(items):
        raise ValueError("not reports' rests")
    cut_out: list[bytes | memoryview] = []
    layout: list[tuple[list[object], tuple[str, ...], list[int]]] = []
    for (names, _), body, head in zip(items, bodies, heads, strict=True):
        header, ends = _head_parts(names, head, len(body))
        chosen = _chosen(names, wanted)
        starts = [0, *ends]
        cut_out += [body[starts[index] : ends[index]] for index in chosen]
        layout.append((header, names, chosen))
    decoded = cast(list[object], plain_data.loads_flat(b"[" + b",".join(cut_out) + b"]"))
    if len(decoded) != len(cut_out):
        raise ValueError("not reports' rests")
    reports: list[Report] = []
    pieces = iter(decoded)
    for header, names, chosen in layout:
        tasks: dict[str, Any] = {}
        indicators: dict[str, Any] = {}
        for index in chosen:
            name = names[index]
            add_entries(name, next(pieces), tasks if name[0] == "t" else indicators)
        reports.append(report_of(header, tasks, indicators))
    return reports


@lru_cache(maxsize=256)
def _chosen(names: tuple[str, ...], wanted: frozenset[str]) -> list[int]:
    """Where the subjects in `wanted` stand among `names` (equal names are one tuple for every
    report that speaks of the same subjects, so this is worked out once for most of them)."""
    return [index for index, name in enumerate(names) if name in wanted]


def split_rest(names: tuple[str, ...], rest: bytes) -> tuple[list[object], list[bytes]]:
    """A `rest` as its header's values (HEADER) and each subject's piece (JSON text, aligned
    with `names`). Raises ValueError when `rest` is not what report_parts wrote."""
    header, ends, body = _rest_parts(names, rest)
    return header, [bytes(body[start:end]) for start, end in zip([0, *ends], ends, strict=False)]


def _rest_parts(names: tuple[str, ...], rest: bytes) -> tuple[list[object], list[int], memoryview]:
    """A `rest`'s header values, where each subject's piece ends in its body, and its body (a
    view: the caller cuts out only the pieces it wants)."""
    cut = rest.index(b"\n")
    line, body = rest[:cut], memoryview(rest)[cut + 1 :]
    header, ends = _head_parts(names, plain_data.loads_flat(line), len(body))
    return header, ends, body


def _head_parts(
    names: tuple[str, ...], head: object, body_size: int
) -> tuple[list[object], list[int]]:
    """A rest's decoded head line as its header's values and its pieces' ends, checked against
    the report's subjects and the length of its body; ValueError when it is not one."""
    if not isinstance(head, list) or len(head) != 2 or not isinstance(head[1], list):
        raise ValueError("not a report's rest")
    header, ends = cast(tuple[list[object], list[int]], head)
    if not isinstance(header, list) or len(header) != len(HEADER) or len(ends) != len(names):
        raise ValueError("not a report's rest")
    if ends and ends[-1] != body_size:
        raise ValueError("not a report's rest")
    return header, ends


def add_entries(name: str, piece: object, section: dict[str, Any]) -> None:
    """The entries of one decoded piece (about the subject `name`) added to `section`, each
    built as its model without validation. Raises ValueError (TypeError, LookupError) when the
    piece is not what report_parts wrote."""
    from nhanluc_cli.plan.model import IndicatorReport, TaskReport

    model = TaskReport if name[0] == "t" else IndicatorReport
    field_names = _field_names(model)
    for key, state in cast(list[Piece], piece):
        if state is None:
            section[key] = None
            continue
        values, mask = state
        if len(values) != len(field_names) or type(mask) is not int:
            raise ValueError("not a report's rest")
        fields = dict(zip(field_names, values, strict=True))
        section[key] = _built(model, fields, _given(model, mask))


def report_of(header: list[object], tasks: dict[str, Any], indicators: dict[str, Any]) -> Report:
    """A narrowed report from its header's values and the entries kept of it."""
    from nhanluc_cli.plan.model import Report

    given: dict[str, Any] = dict(zip(HEADER, header, strict=True))
    given["tasks"], given["indicators"] = tasks, indicators
    # In the model's order of fields, as model_construct would put them.
    fields = {name: given[name] for name in _field_names(Report)}
    return _built(Report, fields, _given(Report, _REPORT_MASK))


M = TypeVar("M", bound="BaseModel")


def _built(model: type[M], fields: dict[str, Any], given: set[str]) -> M:
    """What `model.model_construct(given, **fields)` gives when `fields` holds every field (a
    quarter of its time: it looks every field up for a default). Only for nhanluc's entry and
    report models, which allow no extra fields and have no private attributes."""
    built = model.__new__(model)
    object.__setattr__(built, "__dict__", fields)
    object.__setattr__(built, "__pydantic_fields_set__", given)
    object.__setattr__(built, "__pydantic_extra__", None)
    object.__setattr__(built, "__pydantic_private__", None)
    return built


@lru_cache(maxsize=8)
def _field_names(model: type[BaseModel]) -> tuple[str, ...]:
    return tuple(model.model_fields)


# A narrowed report's fields set: its header's and its two sections (report_of gives them all).
_REPORT_MASK = -1


@lru_cache(maxsize=1024)
def _given(model: type[BaseModel], mask: int) -> set[str]:
    """The names of the fields of `model` whose bit is set in `mask` (-1: every field), as
    the fields set of the entries built (_built): one set for every entry with those fields.
    A set a model was a sixth of a narrowed batch's memory (50,000 sets at ten thousand
    reports); the models are frozen, so no entry's set is ever changed."""
    names = _field_names(model)
    return {field for bit, field in enumerate(names) if mask == -1 or mask >> bit & 1}


def _about(section: str, key: str, wanted: frozenset[str]) -> bool:
    return _subject_text(section, key) in wanted


@lru_cache(maxsize=4096)
def _subject_text(section: str, key: str) -> str | None:
    """subject_name of the subject a key speaks of ("" when none): asked of every key of
    every report a narrowing reads."""
    subject = subject_of_key(section, key)
    return "" if subject is None else subject_name(subject)
