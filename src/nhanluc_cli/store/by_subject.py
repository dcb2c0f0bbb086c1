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
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar

from nhanluc_cli.loading.parts import DIGEST_SIZE, Parts, narrowed, narrowed_from_rest, subject_name
from nhanluc_cli.loading.places import source_map_of
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport, Resolutions
from nhanluc_cli.store.tally import TALLY

if TYPE_CHECKING:
    from datetime import date

    from nhanluc_cli.checks.as_of import SubjectStatus
    from nhanluc_cli.findings import Finding, Subject
    from nhanluc_cli.store.cache import FileCache

V = TypeVar("V")

# A subject's results from narrowed reports: the missed subjects in, a value for each out.
Compute = Callable[[LoadedPlan, list[LoadedReport], frozenset["Subject"]], dict["Subject", V]]


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


class LoadedFolder(Protocol):
    """A loaded dataset (dataset.Dataset), as this module reads it: passed in, not imported,
    so that the dataset may call on this module without the two importing each other."""

    cache: FileCache | None
    memo: SubjectMemo | None
    findings: list[Finding]

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
    (a report without parts, or a finding about no subject: the caller checks it whole)."""
    cache, pending_plan = dataset.cache, dataset.pending_plan
    if cache is None or pending_plan is None or not pending_plan.key:
        return None
    if any(report.parts is None for report in dataset.pending):
        return None
    contents = _subject_contents(dataset, plan)
    base = hashlib.sha256(cache.program())
    for text in (name, pending_plan.display, pending_plan.key):
        base.update(text.encode() + b"\0")
    keys: dict[Subject, str] = {}
    for subject, content in contents.items():
        digest = base.copy()
        digest.update(content)
        keys[subject] = digest.hexdigest()

    found = cache.values(list(keys.values()))
    values: dict[Subject, V] = {}
    missed: list[Subject] = []
    for subject, key in keys.items():
        if key in found:
            values[subject] = found[key]  # type: ignore[assignment]  # what compute() gave
        else:
            missed.append(subject)
    if missed:
        wanted = frozenset(missed)
        # Narrowing pays when few subjects are missed (one edited entry among thousands); when
        # most are (an empty cache, a new plan), the whole reports give the same, sooner.
        reports = None if len(missed) * 2 > len(keys) else _narrowed_reports(dataset, wanted)
        if reports is None:
            reports = dataset.reports
        from nhanluc_cli.checks.catalogue import NotBySubject

        TALLY.subjects_checked.append(wanted)
        try:
            computed = compute(plan, reports, wanted)
        except NotBySubject:  # a finding about no subject: checked whole by the caller
            return None
        for subject in missed:
            values[subject] = computed[subject]
        cache.put_values({keys[subject]: computed[subject] for subject in missed})
    return {subject: values[subject] for subject in keys}


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
        member_names = [names[index] for index in members]
        rows = [parts[index].digests for index in members]  # type: ignore[union-attr]
        for column, name in enumerate(spoken_of):
            start, end = column * DIGEST_SIZE, (column + 1) * DIGEST_SIZE
            digests = [row[start:end] for row in rows]
            pairs = b"".join(map(bytes.__add__, member_names, digests))
            chunks.setdefault(name, []).append(pairs)
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


def _narrowed_now(dataset: LoadedFolder, wanted: frozenset[Subject]) -> list[LoadedReport] | None:
    names = frozenset(subject_name(subject) for subject in wanted)
    speaking = [
        pending
        for pending in dataset.pending
        if pending.parts is not None and not names.isdisjoint(pending.parts.names)
    ]
    from nhanluc_cli.plan.model import Report

    # The entries by subject of the reports loaded from the cache are read now, in batches:
    # only those about `wanted` are decoded.
    cache = dataset.cache
    apart = [pending.key for pending in speaking if not isinstance(pending.model, Report)]
    kept = cache.rests(apart) if cache is not None and apart else {}
    reports: list[LoadedReport] = []
    for pending in speaking:
        assert pending.parts is not None
        if isinstance(pending.model, Report):
            report = narrowed(pending.model, names)
        else:
            rest = kept.get(pending.key)
            if rest is None:  # gone or spoilt: the whole reports are read instead
                return None
            try:
                report = narrowed_from_rest(pending.parts.names, rest, names)
            except (ValueError, TypeError, LookupError):  # not what report_parts wrote
                TALLY.spoilt_parts += 1
                return None
        where = source_map_of(pending.display, pending.source)
        reports.append(LoadedReport(pending.display, report, where, Resolutions()))
    return reports


def as_of_findings(dataset: LoadedFolder, as_of: date, soon_days: int) -> list[Finding]:
    """The as-of findings `check` reports beside the data findings (as_of.trusted), remembered
    by subject when the dataset can be cut; else worked out on the whole dataset."""
    from nhanluc_cli.checks.as_of import (
        status_findings_of,
        subject_status,
        trusted,
        trusted_status_findings,
    )

    plan = dataset.plan
    assert plan is not None

    def compute(
        plan: LoadedPlan, reports: list[LoadedReport], subjects: frozenset[Subject]
    ) -> dict[Subject, SubjectStatus]:
        return subject_status(plan, reports, as_of, soon_days, subjects)

    name = f"as-of checks {as_of.isoformat()} {soon_days}"
    per_subject = remembered_by_subject(dataset, plan, name, compute)
    if per_subject is None:
        return trusted_status_findings(plan, dataset.reports, dataset.findings, as_of, soon_days)
    files = [pending.display for pending in dataset.pending]
    statuses = list(per_subject.values())
    return trusted(plan, files, dataset.findings, lambda: status_findings_of(plan, statuses, as_of))
