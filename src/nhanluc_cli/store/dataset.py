"""Loading the files of a data folder (workspace.py finds them) into one `Dataset`: through the
cache when there is one, parsing the misses (parse_pool.py), and the checks run on the whole.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from nhanluc_cli.findings import Finding, sort_findings
from nhanluc_cli.loading.file_bytes import read_bytes
from nhanluc_cli.loading.places import source_map_of
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport, Resolutions
from nhanluc_cli.store.collector import collector_paused
from nhanluc_cli.store.parse_pool import Checked, Lean, Loaded, model_json, parse, parse_all
from nhanluc_cli.store.tally import TALLY
from nhanluc_cli.store.workspace import Workspace, display_path, report_displays, unread_findings

if TYPE_CHECKING:
    from nhanluc_cli.loading.parts import Parts
    from nhanluc_cli.plan.model import Plan, Report
    from nhanluc_cli.store.by_subject import SubjectMemo, SubjectWork
    from nhanluc_cli.store.cache import FileCache
    from nhanluc_cli.store.columns import SubjectColumns

T = TypeVar("T")

# From this many reports on, a lean load holds no model (load_dataset): at 2,000 reports of plan
# 60's size the models weigh about 130 MB, and below it holding them is the faster way.
LEAN_FROM = 2000


class PendingFile(NamedTuple):
    """A report or plan that loaded: its name, its bytes (for its places) and its model, or
    None when the model is in the cache, read when first used (FileCache.model_json)."""

    display: str
    source: bytes
    model: Plan | Report | None  # None: not held (in the cache, or parsed again when asked)
    key: str = ""  # its key in the cache, when there is one
    # A report's parts by subject (parts.py), with a cache or in a lean load (whose entries by
    # subject are in the dataset's columns).
    parts: Parts | None = None
    checked: Checked | None = None  # what the per-report checks found in it (checks.py)
    # What statements.py worked out of it while those checks ran on it just now (a miss): the
    # checks across reports read it again rather than work it out a second time.
    resolved: Resolutions | None = None
    # A lean load keeps a report's bytes compressed here (`source` is then empty): text().
    packed: bytes = b""
    # The SHA-256 of its bytes, worked out for the cache's key (b"" without a cache, or for a
    # file of blanks): W333 finds copies by it (copies.content_digest).
    digest: bytes = b""

    def text(self) -> bytes:
        """The file's bytes, as they were read."""
        if not self.packed:
            return self.source
        import zlib

        return zlib.decompress(self.packed)


@dataclass(slots=True)
class Dataset:
    workspace: Workspace
    pending_plan: PendingFile | None
    pending: list[PendingFile]
    findings: list[Finding] = field(default_factory=list)
    # The cache and this dataset's key in it (every file's name and key), when there is one.
    cache: FileCache | None = field(default=None, repr=False)
    key: bytes = field(default=b"", repr=False)
    _reports: list[LoadedReport] | None = field(default=None, repr=False)
    # What incremental.py works out once for this dataset's life (digests, narrowed reports).
    memo: SubjectMemo | None = field(default=None, repr=False)
    _plan: LoadedPlan | None = field(default=None, repr=False)
    # Loaded for its findings alone (`check`), with many reports: they are held as bytes and
    # parts, not models, and their entries by subject in `columns`.
    lean: bool = False
    columns: SubjectColumns | None = field(default=None, repr=False)
    along: tuple[SubjectWork, ...] = field(default=(), repr=False)  # load_dataset's also_by_subject

    @property
    def has_plan(self) -> bool:
        """The plan loaded (without rebuilding its model: `check` on an unchanged folder never
        does)."""
        return self.pending_plan is not None

    @property
    def plan(self) -> LoadedPlan | None:
        if self._plan is None and self.pending_plan is not None:
            self._plan = _loaded_plan(self.pending_plan, self.cache)
        return self._plan

    @property
    def reports(self) -> list[LoadedReport]:
        """The reports that loaded, in name order; models from the cache rebuilt on first use
        (a spoilt entry is parsed again from the file's bytes)."""
        if self._reports is None:
            self._reports = [_materialized(pending, self.cache) for pending in self.pending]
        return self._reports

    def remembered(self, name: str, compute: Callable[[], list[Finding]]) -> list[Finding]:
        """`compute()`, findings drawn from this dataset and from what `name` says (the as-of
        date, options), or what it gave before on the same files with the same engines."""
        if self.cache is None or not self.key:
            return compute()
        key = hashlib.sha256(self.key + name.encode()).hexdigest()
        found = self.cache.value(key)
        if isinstance(found, tuple) and all(isinstance(f, Finding) for f in found):
            return list(found)
        findings = compute()
        self.cache.put_value(key, tuple(findings))
        return findings

    def remembered_value(self, name: str, compute: Callable[[], T]) -> T:
        """`compute()`, a plain value (plain_data.py) drawn from this dataset and from what
        `name` says (the as-of date, options), or what it gave before on the same files with the
        same engines; computed directly without a cache. `name` must differ from every other
        remembered name (the findings' ones too): it is all that tells two values of one dataset
        apart."""
        if self.cache is None or not self.key:
            return compute()
        key = hashlib.sha256(self.key + b"\0value\0" + name.encode()).hexdigest()
        return self.cache.remembered(key, compute)

    @property
    def files_read(self) -> int:
        return 1 + len(self.workspace.report_paths)

    @property
    def has_data_errors(self) -> bool:
        return not self.has_plan or any(f.is_data_error for f in self.findings)


def load_dataset(
    workspace: Workspace,
    cwd: Path,
    cache: FileCache | None = None,
    *,
    workers: int | None = None,
    lean: bool = False,
    also_by_subject: Callable[[], Sequence[SubjectWork]] = tuple,
) -> Dataset:
    """Every file read and validated, every finding collected; one bad file stops nothing.

    With a cache, a file whose bytes (and plan, and program) were seen before is not parsed nor
    validated again: its model and findings come from the cache, exactly as a cold load gives
    them. With `workers` > 1, many files to parse are parsed in that many processes (this one
    included): a roll-up over many folders asks for it. Otherwise a folder without a cache is
    loaded in one process (see `_Loading.reports`), except by a lean load; with a cache, the
    files it misses are parsed over every core (the parts for the cache are worked out in the
    workers too).

    `lean`: the caller wants the findings and nothing else (`check`). From LEAN_FROM reports
    on, each report is then checked on its own as soon as it is parsed and kept as its bytes
    and its entries by subject (columns.py), not as its model, and the checks across reports run
    on the reports narrowed to a few subjects at a time (by_subject.py): memory no longer grows
    with every model held at once (contract §8: 10,000 files in 400 MB, 50,000 in 1 GB). A model
    asked for all the same (`reports`) is taken from the cache or parsed again. Below LEAN_FROM
    the models are kept: they weigh little there, and checking whole reports is faster.
    `also_by_subject` gives the works by subject the caller will ask for next (the as-of
    statuses of `check`): a lean load works them out with its checks across reports, on the
    same narrowed reports, rather than narrow every report again for them."""
    lean = lean and len(workspace.report_paths) >= LEAN_FROM
    with collector_paused():
        loading = _Loading(cache, workers, lean)
        plan_display = display_path(workspace.plan_path, cwd)
        plan, findings = loading.plan(workspace.plan_path, plan_display)
        findings.extend(loading.name_unread(workspace, cwd))
        pending: list[PendingFile] = []
        displays = report_displays(workspace.report_paths, cwd, workspace.linked)
        per_report_now = plan is not None and (cache is not None or lean)
        checker = _ReportChecker(plan, cache) if per_report_now and plan is not None else None
        for report, report_findings in loading.reports(workspace.report_paths, displays, checker):
            findings.extend(report_findings)
            if report is not None:
                pending.append(report)
        if plan is None:  # a plan that needs a newer nhanluc speaks for its reports (E105)
            from nhanluc_cli.plan.requires import under_a_newer_plan

            findings = under_a_newer_plan(findings, plan_display)
        # The plan the per-report checks rebuilt, if they ran, is the dataset's too.
        loaded_plan = checker.loaded if checker is not None else None
        dataset = Dataset(
            workspace,
            plan,
            pending,
            findings,
            cache,
            loading.dataset_key(),
            _plan=loaded_plan,
            lean=lean,
            columns=loading.columns,
            along=tuple(also_by_subject()) if lean else (),
        )
        if plan is not None:
            checked = dataset.remembered("data checks", lambda: _checked(dataset))
            dataset.findings.extend(checked)
        dataset.findings = sort_findings(dataset.findings)
        loading.finish()
    return dataset


def dataset_key(workspace: Workspace, cwd: Path, cache: FileCache) -> bytes:
    """The key load_dataset(workspace, cwd, cache) gives its Dataset, from the files' bytes
    alone: no entry read, nothing parsed. A roll-up looks a unit's outcome up by it, so that a
    warm roll-up opens one entry a unit rather than one a file."""
    loading = _Loading(cache)
    loading.name_plan(workspace.plan_path, display_path(workspace.plan_path, cwd))
    loading.name_unread(workspace, cwd)
    displays = report_displays(workspace.report_paths, cwd, workspace.linked)
    loading.name_reports(workspace.report_paths, displays)
    return loading.dataset_key()


def _checked(dataset: Dataset) -> list[Finding]:
    # Imported here: the checks (and pydantic's models) are paid only when they run.
    from nhanluc_cli.checks.catalogue import check_dataset, cross_findings

    plan, cache = dataset.plan, dataset.cache
    assert plan is not None
    if cache is None and not dataset.lean:
        return check_dataset(plan, dataset.reports)
    # What the per-report checks found in each report came with it from the cache (or was
    # found when it was parsed): one changed report of many is the only one checked again.
    per_report: list[Checked] = [
        pending.checked if pending.checked is not None else _checked_alone(plan, pending, cache)
        for pending in dataset.pending
    ]
    # The checks across reports, remembered by subject (by_subject.py; a lean load without a
    # cache works them out by subject the same way, remembering nothing).
    from nhanluc_cli.store.by_subject import keep_ready, remembered_together

    works = [("cross checks", cross_findings), *dataset.along]
    per_subject, *along = remembered_together(dataset, plan, works)
    keep_ready(dataset, [name for name, _ in dataset.along], along)
    if per_subject is None:
        return check_dataset(plan, dataset.reports, per_report)
    return check_dataset(plan, (), per_report, list(per_subject.values()))


def _checked_alone(plan: LoadedPlan, pending: PendingFile, cache: FileCache | None) -> Checked:
    """What the per-report checks find in a report whose findings were not remembered."""
    from nhanluc_cli.checks.catalogue import report_findings

    TALLY.checked_alone.append(pending.display)
    return report_findings(plan, _materialized(pending, cache))


class _ReportChecker:
    """The plan each report just parsed is checked against on its own (parse_pool.parse_all),
    so that what the per-report checks find is kept in the report's own cache entry (one entry
    a report, written once): rebuilt from the plan's pending file when first asked for."""

    def __init__(self, plan: PendingFile, cache: FileCache | None) -> None:
        self.plan = plan
        self.cache = cache
        self.loaded: LoadedPlan | None = None

    def loaded_plan(self) -> LoadedPlan:
        if self.loaded is None:
            self.loaded = _loaded_plan(self.plan, self.cache)
        return self.loaded


def _loaded_plan(pending: PendingFile, cache: FileCache | None = None) -> LoadedPlan:
    from nhanluc_cli.plan.model import Plan

    model = pending.model
    if not isinstance(model, Plan):
        model = _rebuilt(Plan, pending, cache)
    return LoadedPlan(pending.display, model, source_map_of(pending.display, pending.source))


class Cached(NamedTuple):
    """A file's outcome as this run holds it: its model (None: none, or one not held:
    `held_apart`, in the cache or parsed again when asked), findings, parts and what the
    per-report checks found (or None)."""

    model: Plan | Report | None
    findings: list[Finding]
    parts: Parts | None = None
    checked: Checked | None = None
    held_apart: bool = False
    packed: bytes = b""  # a lean load's report: its bytes, compressed (PendingFile.packed)


class _Loading:
    """Loads the files of one dataset, through the cache when there is one."""

    def __init__(
        self, cache: FileCache | None, workers: int | None = None, lean: bool = False
    ) -> None:
        self.cache = cache
        self.workers = workers
        self.lean = lean
        self.columns: SubjectColumns | None = None
        if lean:
            from nhanluc_cli.store.columns import SubjectColumns

            self.columns = SubjectColumns()
        self.program = b""
        self.plan_digest = b""
        self.seen: list[str] = []  # the name and key of each file read, in order
        if cache is not None:
            self.program = cache.program()

    def name_plan(self, path: Path, display: str) -> tuple[bytes | None, str, list[Finding]]:
        """The plan's bytes (or the finding that says why not) and key, named in `seen`."""
        data, findings = read_bytes(path, display)
        if data is None:
            self.seen += [display, repr(findings)]
            return None, "", findings
        self.plan_digest = hashlib.sha256(data).digest()
        key = self._key("plan", self.plan_digest)
        self.seen += [display, key]
        return data, key, findings

    def name_unread(self, workspace: Workspace, cwd: Path) -> list[Finding]:
        unread = unread_findings(workspace, cwd)
        self.seen += [f"{finding.file} {finding.key}" for finding in unread]
        return unread

    def name_reports(
        self, paths: tuple[Path, ...], displays: list[str]
    ) -> tuple[list[tuple[bytes | None, list[Finding]]], list[str], list[bytes]]:
        """Each report's bytes (or the finding that says why not), and with a cache its key and
        SHA-256 (PendingFile.digest), named in `seen`."""
        read = [read_bytes(path, display) for path, display in zip(paths, displays, strict=True)]
        keys = [""] * len(read)
        digests = [b""] * len(read)
        if self.cache is not None:  # without a cache, no key and no digest worked out here
            from nhanluc_cli.checks.copies import is_blank

            sha256 = hashlib.sha256
            for index, (data, _) in enumerate(read):
                if data is not None:
                    digest = sha256(data).digest()
                    keys[index] = self._key("report", digest)
                    digests[index] = b"" if is_blank(data) else digest
        for display, key, (_, findings) in zip(displays, keys, read, strict=True):
            # An unreadable file is named with its finding (a file can become unreadable).
            self.seen += [display, key or repr(findings)]
        return read, keys, digests

    def plan(self, path: Path, display: str) -> tuple[PendingFile | None, list[Finding]]:
        data, key, findings = self.name_plan(path, display)
        if data is None:
            return None, findings
        cached = self._cached([key], [display])[0]
        if cached is None:
            cached = self._store(key, parse(("plan", data, display, False)))
        if cached.model is None and not cached.held_apart:
            return None, cached.findings
        return PendingFile(display, data, cached.model, key), cached.findings

    def reports(
        self,
        paths: tuple[Path, ...],
        displays: list[str],
        check: _ReportChecker | None = None,
    ) -> list[tuple[PendingFile | None, list[Finding]]]:
        """Each report loaded, in the order of `paths`: from the cache, else parsed (in worker
        processes when there are many to parse and workers were asked for) and, with `check`,
        checked on its own."""
        read, keys, digests = self.name_reports(paths, displays)
        readable = [index for index, (data, _) in enumerate(read) if data is not None]
        found = iter(self._cached([keys[i] for i in readable], [displays[i] for i in readable]))
        done: list[Cached | None] = []
        misses: list[int] = []
        for index, (data, findings) in enumerate(read):
            if data is None:
                done.append(Cached(None, findings))
                continue
            done.append(next(found))
            if done[-1] is None:
                misses.append(index)
        # A report's parts are worked out only for the cache.
        with_parts = self.cache is not None
        items = [("report", read[i][0] or b"", displays[i], with_parts) for i in misses]
        resolved: dict[int, Resolutions] = {}
        if self.lean and items:  # no model kept: parsed over every core, kept as it comes
            from nhanluc_cli.store.parse_pool import lean_all

            plan = check.loaded_plan() if check is not None else None
            workers = self.workers or os.cpu_count()
            parsing = lean_all(items, plan, workers)  # empties `items`: each file let go
            for index, kept in zip(misses, parsing, strict=True):
                done[index] = self._keep_lean(keys[index], displays[index], kept)
                if kept.packed:  # its bytes kept compressed from now on
                    read[index] = (b"", read[index][1])
            if self.cache is not None:  # what waits to be written, written before the checks
                self.cache.flush()
        else:
            # Filling the cache, each file's parts for it (entry spans, digests, pieces), its
            # model's JSON and its per-report checks are worked out where it is parsed, over
            # every core. Without a cache (and no `workers` asked for) the reports are parsed
            # in this process: contract §8 takes that run as the unit of two figures. Over two
            # cores it would take a quarter less (benchmarks/README.md, "Filling an empty
            # cache"); left so until that choice is made.
            workers = self.workers if self.cache is None else self.workers or os.cpu_count()
            # The plan rebuilt only when some report is to be checked against it.
            plan = check.loaded_plan() if check is not None and items else None
            for index, loaded in zip(misses, parse_all(items, workers, plan), strict=True):
                if loaded.resolved is not None:
                    resolved[index] = loaded.resolved
                done[index] = self._store(keys[index], loaded)
        results: list[tuple[PendingFile | None, list[Finding]]] = []
        for index, outcome in enumerate(done):
            assert outcome is not None  # every miss was parsed above
            data, display, key = read[index][0], displays[index], keys[index]
            if data is None or (outcome.model is None and not outcome.held_apart):
                results.append((None, outcome.findings))
            else:
                pending = PendingFile(
                    display,
                    data,
                    outcome.model,
                    key,
                    outcome.parts,
                    outcome.checked,
                    resolved.get(index),
                    outcome.packed,
                    digests[index],
                )
                results.append((pending, outcome.findings))
        return results

    def _key(self, role: str, content: bytes) -> str:
        """The cache's key of a file whose bytes' SHA-256 is `content` ("" without a cache)."""
        if self.cache is None:
            return ""
        from nhanluc_cli.store.cache import file_key_of_digest

        return file_key_of_digest(role, self.program, self.plan_digest, content)

    def dataset_key(self) -> bytes:
        """Every file's name and key in order (the unread ones too), and the program's code."""
        if self.cache is None:
            return b""
        digest = hashlib.sha256(self.cache.program())
        digest.update("\0".join(self.seen).encode())
        return digest.digest()

    def _cached(self, keys: list[str], displays: list[str]) -> list[Cached | None]:
        """What the cache holds of the file under each key (read in batches; None: a miss),
        under the name it has in this run (two files may have the same bytes, hence key)."""
        if self.cache is None:
            return [None] * len(keys)
        from nhanluc_cli.loading.parts import Parts

        entries = self.cache.files(keys)
        found: list[Cached | None] = []
        for key, display in zip(keys, displays, strict=True):
            entry = entries.get(key)
            if entry is None:
                found.append(None)
                continue
            findings = [_shown_as(f, display) for f in entry.findings]
            checked = entry.checked
            if checked is not None:
                checked = tuple(tuple(_shown_as(f, display) for f in one) for one in checked)
            parts = Parts(entry.names, entry.digests) if entry.has_parts else None
            found.append(Cached(None, findings, parts, checked, held_apart=entry.has_model))
        return found

    def _keep_lean(self, key: str, display: str, kept: Lean) -> Cached:
        """What a lean load keeps of a report it parsed (parse_pool.lean): its entries by
        subject in the columns, and in the cache what a load keeps there."""
        from nhanluc_cli.loading.parts import Parts

        if self.cache is not None:
            from nhanluc_cli.store.cache import FileEntry

            has_parts = kept.loaded
            entry = FileEntry(
                tuple(kept.findings), kept.names, kept.digests, has_parts, kept.checked
            )
            self.cache.put_file(key, entry, kept.rest, kept.model_json)
        if not kept.loaded or self.columns is None:
            return Cached(None, kept.findings)
        names = self.columns.add(display, kept.names, kept.header, kept.pieces)
        parts = Parts(names, kept.digests)
        return Cached(None, kept.findings, parts, kept.checked, True, kept.packed)

    def _store(self, key: str, loaded: Loaded) -> Cached:
        """`loaded` remembered under `key`: its model in a section of its own, read only when
        asked for."""
        if self.cache is not None:
            from nhanluc_cli.store.cache import FileEntry

            parts = loaded.parts
            names, digests, rest = parts if parts is not None else ((), b"", b"")
            model = loaded.model_json  # worked out where a report was parsed; a plan's here
            if loaded.model is not None and not model:
                model = model_json(loaded.model)
            entry = FileEntry(
                tuple(loaded.findings), names, digests, parts is not None, loaded.checked
            )
            self.cache.put_file(key, entry, rest, model)
        return Cached(loaded.model, loaded.findings, loaded.parts, loaded.checked)

    def finish(self) -> None:
        if self.cache is not None:
            self.cache.finish()


M = TypeVar("M", "Plan", "Report")


def _rebuilt(kind: type[M], pending: PendingFile, cache: FileCache | None) -> M:
    """A model kept in the cache, rebuilt by pydantic from its plain data; one that is gone or
    spoilt (or does not validate) is parsed again from the file's bytes."""
    from pydantic import ValidationError

    data = cache.model_json(pending.key) if cache is not None and pending.key else None
    if data is not None:
        try:
            return kind.model_validate_json(data)
        except ValidationError:
            pass
    role = "plan" if kind.__name__ == "Plan" else "report"
    model = parse((role, pending.text(), pending.display, False)).model
    assert isinstance(model, kind)  # these bytes gave a model when they were first loaded
    return model


def _materialized(pending: PendingFile, cache: FileCache | None) -> LoadedReport:
    from nhanluc_cli.plan.model import Report

    model = pending.model
    if not isinstance(model, Report):
        model = _rebuilt(Report, pending, cache)
    where = source_map_of(pending.display, pending.text())
    # A memo checked against the plan and the model it was worked out from (statements.py).
    resolved = pending.resolved if pending.resolved is not None else Resolutions()
    return LoadedReport(pending.display, model, where, resolved)


def _shown_as(finding: Finding, display: str) -> Finding:
    """A cached finding under the name the file has in this run (the same bytes may sit in
    another folder, or be reached from another current folder)."""
    return finding if finding.file == display else dataclasses.replace(finding, file=display)
