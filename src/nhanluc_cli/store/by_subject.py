"""The checks across reports, remembered per subject: one edited report among thousands runs
them again only for the tasks and indicators whose entries it changed (contract §13, issue 16).

What `check` finds about a task or an indicator across reports (two reports disagreeing on it,
an occurrence reopened, its deadline or target on the as-of date) depends on the plan, on the
entries about that subject and on the headers of the reports that hold them, nothing else. Each
report's parts (parts.py) give, per subject, a digest of exactly that, and the place where it
stands. So a subject's key is the plan's key and the name and digest of each report that speaks
of it; its findings are remembered under it. When some keys miss, the reports
are narrowed to the entries about the missed subjects, the checks run on those, and what they say
of each missed subject is remembered. The plan is whole in every run, so a subject's findings
about the plan itself (E301 at a task's line) are the same too.

Everything here is exact or not used: a dataset whose reports lack parts (loaded without a
cache) is checked whole, as before.

A lean load (`check`, dataset.py) holds no report's model, only its parts: there every subject
missed (all of them without a cache) is worked out on narrowed reports a few subjects at a
time, so that the models built for one batch are let go before the next (contract §8: memory).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from nhanluc_cli.loading.parts import (
    DIGEST_SIZE,
    Parts,
    narrowed,
    narrowed_from_rest,
    narrowed_many_from_rest,
    subject_name,
)
from nhanluc_cli.loading.places import source_map_later
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport, Resolutions
from nhanluc_cli.store.tally import TALLY

if TYPE_CHECKING:
    from datetime import date

    from nhanluc_cli.checks.as_of import SubjectStatus
    from nhanluc_cli.findings import Finding, Subject
    from nhanluc_cli.plan.model import Report
    from nhanluc_cli.store.cache import FileCache
    from nhanluc_cli.store.columns import SubjectColumns

V = TypeVar("V")

# A subject's results from narrowed reports: the missed subjects in, a value for each out.
Compute = Callable[[LoadedPlan, list[LoadedReport], frozenset["Subject"]], dict["Subject", V]]
# A computation by subject and the name it is remembered under (what it is, its options).
SubjectWork = tuple[str, Compute[Any]]


class PendingFile(Protocol):
    """A file of the dataset as loaded (dataset.PendingFile): what is read of it here."""

    @property
    def display(self) -> str: ...
    @property
    def source(self) -> bytes: ...
    @property
    def key(self) -> str: ...
    @property
    def parts(self) -> Parts | None: ...
    @property
    def model(self) -> object: ...  # model.Report, or None while it is in the cache
    def text(self) -> bytes: ...  # its bytes (`source`, or unpacked)


class LoadedFolder(Protocol):
    """A loaded dataset (dataset.Dataset), as this module reads it: passed in, not imported,
    so that the dataset may call on this module without the two importing each other."""

    cache: FileCache | None
    memo: SubjectMemo | None
    findings: list[Finding]
    lean: bool
    columns: SubjectColumns | None

    @property
    def pending_plan(self) -> PendingFile | None: ...
    @property
    def pending(self) -> Sequence[PendingFile]: ...
    @property
    def plan(self) -> LoadedPlan | None: ...
    @property
    def reports(self) -> list[LoadedReport]: ...


@dataclass(slots=True)
class SubjectMemo:
    """What this module works out once for a dataset's life (its `memo`)."""

    contents: dict[Subject, bytes] | None = None
    narrowed: dict[frozenset[Subject], list[LoadedReport] | None] = field(default_factory=dict)
    # What a lean load worked out along with its checks across reports, by work name, until
    # asked for (remembered_by_subject).
    ready: dict[str, dict[Subject, Any] | None] = field(default_factory=dict)


def plan_subjects(plan: LoadedPlan) -> list[Subject]:
    """Every task and indicator of the plan, in plan order (tasks first), each once."""
    subjects: list[Subject] = [("tasks", task.id) for task in plan.plan.tasks]
    subjects += [("indicators", indicator.id) for indicator in plan.plan.indicators]
    return list(dict.fromkeys(subjects))


def remembered_by_subject(
    dataset: LoadedFolder, plan: LoadedPlan, name: str, compute: Compute[V]
) -> dict[Subject, V] | None:
    """compute()'s value for every subject of the plan, each remembered under its own key (what
    `name` says: which checks, the as-of date); None when the dataset cannot be cut by subject
    (a report without parts, or a finding about no subject: the caller checks it whole).
    What a lean load worked out already, along with its checks across reports, is taken."""
    ready = _memo(dataset).ready
    if name in ready:
        return cast("dict[Subject, V] | None", ready.pop(name))
    return remembered_together(dataset, plan, [(name, compute)])[0]


def remembered_together(
    dataset: LoadedFolder, plan: LoadedPlan, works: Sequence[SubjectWork]
) -> list[dict[Subject, Any] | None]:
    """remembered_by_subject of each work, in order. A lean load narrows the reports once for
    all of them, a batch of subjects at a time: the narrowed reports, and what statements.py
    resolves of them, serve every work."""
    cache, pending_plan = dataset.cache, dataset.pending_plan
    if pending_plan is None or any(report.parts is None for report in dataset.pending):
        return [None] * len(works)
    if cache is None:  # nothing remembered: a lean load works every subject out in batches
        if not dataset.lean:
            return [None] * len(works)
        every = plan_subjects(plan)
        return _in_batches(dataset, plan, [(work, every) for work in works])
    if not pending_plan.key:
        return [None] * len(works)
    contents = _subject_contents(dataset, plan)
    remembered: list[tuple[dict[Subject, str], dict[Subject, Any], list[Subject]]] = []
    for name, _ in works:
        base = hashlib.sha256(cache.program())
        for text in (name, pending_plan.display, pending_plan.key):
            base.update(text.encode() + b"\0")
        keys: dict[Subject, str] = {}
        for subject, content in contents.items():
            digest = base.copy()
            digest.update(content)
            keys[subject] = digest.hexdigest()
        found = cache.values(list(keys.values()))
        values: dict[Subject, Any] = {}
        missed: list[Subject] = []
        for subject, key in keys.items():
            if key in found:
                values[subject] = found[key]  # what compute() gave
            else:
                missed.append(subject)
        remembered.append((keys, values, missed))
    if dataset.lean:
        missing = [(work, missed) for work, (_, _, missed) in zip(works, remembered, strict=True)]
        computed = _in_batches(dataset, plan, [item for item in missing if item[1]])
        found_now = iter(computed)
        worked = [next(found_now) if missed else {} for _, missed in missing]
    else:
        worked = [
            _computed(dataset, plan, missed, len(keys), compute) if missed else {}
            for (_, compute), (keys, _, missed) in zip(works, remembered, strict=True)
        ]
    results: list[dict[Subject, Any] | None] = []
    for (keys, values, missed), computed_now in zip(remembered, worked, strict=True):
        if computed_now is None:  # a finding about no subject: checked whole by the caller
            results.append(None)
            continue
        for subject in missed:
            values[subject] = computed_now[subject]
        cache.put_values({keys[subject]: computed_now[subject] for subject in missed})
        results.append({subject: values[subject] for subject in keys})
    return results


def keep_ready(
    dataset: LoadedFolder, names: Sequence[str], found: Sequence[dict[Subject, Any] | None]
) -> None:
    """What works along the checks across reports found (remembered_together), kept until
    remembered_by_subject asks for them by name."""
    _memo(dataset).ready.update(zip(names, found, strict=True))


def _computed(
    dataset: LoadedFolder,
    plan: LoadedPlan,
    missed: list[Subject],
    subjects: int,
    compute: Compute[V],
) -> dict[Subject, V] | None:
    """compute()'s value for each missed subject (None: NotBySubject)."""
    from nhanluc_cli.checks.catalogue import NotBySubject

    wanted = frozenset(missed)
    # Narrowing pays when few subjects are missed (one edited entry among thousands); when
    # most are (an empty cache, a new plan), the whole reports give the same, sooner.
    reports = None if len(missed) * 2 > subjects else _narrowed_reports(dataset, wanted)
    TALLY.subjects_checked.append(wanted)
    try:
        return compute(plan, reports if reports is not None else dataset.reports, wanted)
    except NotBySubject:
        return None


# How much of the reports' entries, as the JSON of their pieces (parts.py), one batch of a lean
# load narrows at once. Built as models they weigh about eight times that (benchmarks' reports:
# 20 MB of pieces took 170 MB), so a batch stays near 70 MB however many reports there are.
BATCH_BYTES = 4_000_000
PIECE_BYTES = 220  # a piece's length on average (benchmarks' reports), for one not in columns


def subject_batches(dataset: LoadedFolder, subjects: list[Subject]) -> list[list[Subject]]:
    """`subjects` in order, cut into runs whose entries weigh at most BATCH_BYTES together
    (a subject that weighs more is a batch of its own)."""
    columns = dataset.columns
    rows = columns.rows if columns is not None else {}
    weights: dict[str, int] = dict(columns.sizes) if columns is not None else {}
    for report in dataset.pending:  # those not in the columns (loaded from the cache)
        if report.parts is not None and report.display not in rows:
            for name in report.parts.names:
                weights[name] = weights.get(name, 0) + PIECE_BYTES
    batches: list[list[Subject]] = []
    weight = 0
    for subject in subjects:
        size = weights.get(subject_name(subject), 0)
        if not batches or weight + size > BATCH_BYTES:
            batches.append([])
            weight = 0
        batches[-1].append(subject)
        weight += size
    return batches


BatchValues = list[dict["Subject", Any] | None]  # per work: its values, or None (NotBySubject)


def _in_batches(
    dataset: LoadedFolder, plan: LoadedPlan, asked: Sequence[tuple[SubjectWork, list[Subject]]]
) -> list[dict[Subject, Any] | None]:
    """Each work's values for its subjects, worked out on narrowed reports a batch of subjects
    at a time, each batch narrowed once for every work that asks for its subjects (None for a
    work that raised NotBySubject); the batches over every core when there are several. A
    report whose parts are gone or spoilt in the cache makes the rest be worked out on the
    whole reports."""
    everything = list(dict.fromkeys(subject for _, subjects in asked for subject in subjects))
    batches = subject_batches(dataset, everything)
    values: list[dict[Subject, Any] | None] = [{} for _ in asked]
    pooled = _batches_in_workers(dataset, plan, asked, batches) if len(batches) > 1 else None
    # One batch (an edit among thousands of reports) is kept for the next checks, which ask
    # for the same subjects; several are let go one by one.
    keep = len(batches) == 1
    found: Iterable[BatchValues | None] = (
        pooled
        if pooled is not None
        else (_batch_values(dataset, plan, asked, batch, keep) for batch in batches)
    )
    for batch_values in found:
        if batch_values is None:  # a report's parts spoilt: the rest from the whole reports
            _from_whole_reports(dataset, plan, asked, values)
            break
        for index, computed in enumerate(batch_values):
            found_so_far = values[index]
            if computed is None or found_so_far is None:
                values[index] = None
            else:
                found_so_far.update(computed)
    return values


def _batch_values(
    dataset: LoadedFolder,
    plan: LoadedPlan,
    asked: Sequence[tuple[SubjectWork, list[Subject]]],
    batch: list[Subject],
    keep: bool = False,
    displays: list[str] | None = None,
) -> BatchValues | None:
    """Each work's values for its subjects in `batch`, on the reports narrowed to the batch
    (kept in the memo with `keep`); None when a report's parts are gone or spoilt.
    `displays`: the reports' names, made in this process (_forked_batch)."""
    from nhanluc_cli.checks.catalogue import NotBySubject

    wanted = frozenset(batch)
    if keep:
        reports = _narrowed_reports(dataset, wanted)
    else:
        reports = _narrowed_now(dataset, wanted, displays)
    if reports is None:
        return None
    found: BatchValues = []
    for (_, compute), subjects in asked:
        mine = wanted.intersection(subjects)
        if not mine:
            found.append({})
            continue
        TALLY.subjects_checked.append(mine)
        try:
            found.append(compute(plan, reports, mine))
        except NotBySubject:
            found.append(None)
    return found


def _from_whole_reports(
    dataset: LoadedFolder,
    plan: LoadedPlan,
    asked: Sequence[tuple[SubjectWork, list[Subject]]],
    values: list[dict[Subject, Any] | None],
) -> None:
    """What each work still lacks, worked out on the whole reports."""
    from nhanluc_cli.checks.catalogue import NotBySubject

    for index, ((_, compute), subjects) in enumerate(asked):
        found = values[index]
        if found is None:
            continue
        rest = frozenset(subjects) - found.keys()
        if rest:
            TALLY.subjects_checked.append(rest)
            try:
                found.update(compute(plan, dataset.reports, rest))
            except NotBySubject:
                values[index] = None


# What the worker processes of _batches_in_workers read: set just before they are forked (they
# inherit it; nothing of it is sent to them), cleared once they are done. The reports' names
# as one text: each worker makes its own list of them from it.
_FORKED: tuple[LoadedFolder, LoadedPlan, Sequence[tuple[SubjectWork, list[Subject]]], str] | None
_FORKED = None


def _batches_in_workers(
    dataset: LoadedFolder,
    plan: LoadedPlan,
    asked: Sequence[tuple[SubjectWork, list[Subject]]],
    batches: list[list[Subject]],
) -> list[BatchValues | None] | None:
    """_batch_values of each batch, in order, worked out over every core: this process takes
    a share, and forked worker processes the rest; they read the dataset in the memory they
    share with this one and send back only the values (plain records, small). None where
    processes are not forked or cannot be had (then the caller works them out here)."""
    import multiprocessing

    cores = min(os.cpu_count() or 1, len(batches))
    if cores < 2 or not dataset.lean or "fork" not in multiprocessing.get_all_start_methods():
        return None
    # A forked process copies what it and this one write to of the memory they share: about
    # 90 MB each at ten thousand reports (measured, benchmarks/README.md). Without a cache that
    # keeps the pair under 400 MB; with one, this process is bigger (what was written to the
    # cache, SQLite's pages) and the pair was not, so a load that fills a cache works here.
    if dataset.cache is not None:
        return None
    from concurrent.futures import Future, ProcessPoolExecutor

    global _FORKED
    columns = dataset.columns
    _FORKED = (dataset, plan, asked, "\0".join(columns.displays if columns is not None else ()))
    mine = range(0, len(batches), cores)  # every `cores`-th batch is this process's
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(cores - 1, mp_context=context) as pool:
            sent: dict[int, Future[BatchValues | None]] = {
                index: pool.submit(_forked_batch, batch)
                for index, batch in enumerate(batches)
                if index not in mine
            }
            here = {index: _batch_values(dataset, plan, asked, batches[index]) for index in mine}
            return [
                here[index] if index in here else sent[index].result()
                for index in range(len(batches))
            ]
    except (OSError, RuntimeError):  # no processes, or one lost (killed, out of memory)
        return None
    finally:
        _FORKED = None


def _forked_batch(batch: list[Subject]) -> BatchValues | None:
    assert _FORKED is not None  # set before this process was forked
    dataset, plan, asked, names = _FORKED
    return _batch_values(dataset, plan, asked, batch, displays=names.split("\0"))


def _memo(dataset: LoadedFolder) -> SubjectMemo:
    if dataset.memo is None:
        dataset.memo = SubjectMemo()
    return dataset.memo


def _subject_contents(dataset: LoadedFolder, plan: LoadedPlan) -> dict[Subject, bytes]:
    """For each subject of the plan, what its findings depend on in the reports: the name and
    digest of each report that speaks of it (a name ends with a zero byte, a digest has a fixed
    length). Adding or removing a report that does not speak of a subject leaves it alone."""
    memo = _memo(dataset)
    if memo.contents is not None:
        return memo.contents
    parts = [report.parts for report in dataset.pending]
    names = [report.display.encode() + b"\0" for report in dataset.pending]
    # Reports that speak of the same subjects (most do) are taken together, a column of
    # digests per subject: at ten thousand reports, one loop over every (report, subject) pair
    # was a fifth of a warm check. Their order is fixed by the dataset, so the keys are too.
    together: dict[tuple[str, ...], list[int]] = {}
    for index, part in enumerate(parts):
        assert part is not None  # remembered_by_subject asked first
        together.setdefault(part.names, []).append(index)
    chunks: dict[str, list[bytes]] = {}
    for spoken_of, members in together.items():
        member_names = b"".join([names[index] for index in members])
        rows = [parts[index].digests for index in members]  # type: ignore[union-attr]
        width = len(spoken_of) * DIGEST_SIZE
        if any(len(row) != width for row in rows):  # never: a cache entry's are checked
            rows = [row.ljust(width, b"\0")[:width] for row in rows]
        table = b"".join(rows)
        for column, name in enumerate(spoken_of):
            # The group's names, then the column's digests a byte at a time: byte k of every
            # report's digest is one strided slice of the table (DIGEST_SIZE slices a subject
            # rather than one a report and subject, which was most of this at ten thousand
            # reports). The names come in the same order, so it says which report has which
            # digest all the same.
            start = column * DIGEST_SIZE
            planes = [table[start + byte :: width] for byte in range(DIGEST_SIZE)]
            chunks.setdefault(name, []).append(member_names + b"".join(planes))
    contents = {}
    for subject in plan_subjects(plan):
        subject_text = subject_name(subject)
        found = b"".join(chunks.get(subject_text, ()))
        contents[subject] = hashlib.sha256(subject_text.encode() + b"\0" + found).digest()
    memo.contents = contents
    return contents


def _narrowed_reports(
    dataset: LoadedFolder, wanted: frozenset[Subject]
) -> list[LoadedReport] | None:
    """The reports that speak of `wanted`, each with only its entries about them; None when a
    report's model is gone from the cache or spoilt (then the whole reports are read)."""
    memo = _memo(dataset)
    if wanted not in memo.narrowed:
        memo.narrowed[wanted] = _narrowed_now(dataset, wanted)
    return memo.narrowed[wanted]


def _narrowed_now(
    dataset: LoadedFolder, wanted: frozenset[Subject], displays: list[str] | None = None
) -> list[LoadedReport] | None:
    names = frozenset(subject_name(subject) for subject in wanted)
    columns = dataset.columns
    if columns is not None and len(columns.rows) == len(dataset.pending):
        return _narrowed_from_columns(dataset, columns, names, displays or columns.displays)
    speaking = [
        pending
        for pending in dataset.pending
        if pending.parts is not None and not names.isdisjoint(pending.parts.names)
    ]
    from nhanluc_cli.plan.model import Report

    # A lean load holds the entries of the reports it parsed by subject (columns.py)...
    rows = columns.rows if columns is not None else {}
    built = columns.narrowed(names) if columns is not None else {}
    # ... and those of the reports loaded from the cache are read now, in batches: only those
    # about `wanted` are decoded.
    cache = dataset.cache
    apart = [
        pending
        for pending in speaking
        if not isinstance(pending.model, Report) and pending.display not in rows
    ]
    keys = [pending.key for pending in apart]
    kept = cache.rests(keys) if cache is not None and keys else {}
    from_rests = _from_rests(apart, kept, names)
    reports: list[LoadedReport] = []
    for pending in speaking:
        assert pending.parts is not None
        row = rows.get(pending.display)
        if row is not None:
            report = built[row]
        elif isinstance(pending.model, Report):
            report = narrowed(pending.model, names)
        elif pending.key in from_rests:
            report = from_rests[pending.key]
        else:
            rest = kept.get(pending.key)
            if rest is None:  # gone or spoilt: the whole reports are read instead
                return None
            try:
                report = narrowed_from_rest(pending.parts.names, rest, names)
            except (ValueError, TypeError, LookupError):  # not what report_parts wrote
                TALLY.spoilt_parts += 1
                return None
        where = source_map_later(pending.display, _source_of(pending))
        reports.append(LoadedReport(pending.display, report, where, Resolutions()))
    return reports


def _from_rests(
    apart: list[PendingFile], kept: Mapping[str, bytes], names: frozenset[str]
) -> dict[str, Report]:
    """The reports held apart, narrowed from their rests in the cache all at once, by key;
    empty when one of them is gone or not what report_parts wrote (they are then narrowed one
    at a time, which finds it)."""
    items = [
        (pending.parts.names, kept[pending.key])
        for pending in apart
        if pending.parts is not None and pending.key in kept
    ]
    if len(items) != len(apart) or not items:
        return {}
    try:
        reports = narrowed_many_from_rest(items, names)
    except (ValueError, TypeError, LookupError):
        return {}
    return {pending.key: report for pending, report in zip(apart, reports, strict=True)}


def _narrowed_from_columns(
    dataset: LoadedFolder, columns: SubjectColumns, names: frozenset[str], displays: list[str]
) -> list[LoadedReport]:
    """The reports narrowed to `names` when the columns hold every report of the dataset (a
    lean load that parsed them all: a row is then the report's place in the dataset), without
    reading any report's own record: a forked worker (_forked_batch) then writes to few pages
    of the memory it shares with the process that loaded them, and so copies few."""
    built = columns.narrowed(names)
    return [
        LoadedReport(
            displays[row],
            report,
            source_map_later(displays[row], _source_at(dataset, row)),
            Resolutions(),
        )
        for row, report in sorted(built.items())
    ]


def _source_of(pending: PendingFile) -> Callable[[], bytes]:
    return pending.text


def _source_at(dataset: LoadedFolder, row: int) -> Callable[[], bytes]:
    return lambda: dataset.pending[row].text()


def as_of_work(as_of: date, soon_days: int) -> SubjectWork:
    """The as-of statuses of `check` on `as_of`, as a work by subject (remembered_together)."""

    def compute(
        plan: LoadedPlan, reports: list[LoadedReport], subjects: frozenset[Subject]
    ) -> dict[Subject, SubjectStatus]:
        from nhanluc_cli.checks.as_of import subject_status

        return subject_status(plan, reports, as_of, soon_days, subjects)

    return f"as-of checks {as_of.isoformat()} {soon_days}", compute


def as_of_findings(dataset: LoadedFolder, as_of: date, soon_days: int) -> list[Finding]:
    """The as-of findings `check` reports beside the data findings (as_of.trusted), remembered
    by subject when the dataset can be cut; else worked out on the whole dataset."""
    from nhanluc_cli.checks.as_of import status_findings_of, trusted, trusted_status_findings

    plan = dataset.plan
    assert plan is not None
    name, compute = as_of_work(as_of, soon_days)
    per_subject = remembered_by_subject(dataset, plan, name, compute)
    if per_subject is None:
        return trusted_status_findings(plan, dataset.reports, dataset.findings, as_of, soon_days)
    files = [pending.display for pending in dataset.pending]
    statuses = list(per_subject.values())
    return trusted(plan, files, dataset.findings, lambda: status_findings_of(plan, statuses, as_of))
