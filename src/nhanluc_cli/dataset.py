"""Which files make up the data, and loading all of them into one `Dataset`.

Contract §1: `--data DIR` (or NHANLUC_DATA), else `./data` when it holds a plan, else the current
folder when it holds a `plan*.yaml` (an official who `cd`s into the data folder), else the plan
shipped inside the package with no progress. Reports are `progress/*.yaml` and `*.yml` in any
case; every other entry there except `README*` is named (W326), never silently skipped. The
caller (cli) reads the environment and passes plain values in; nothing here looks at os.environ
or the clock.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from nhanluc_cli.collector import collector_paused
from nhanluc_cli.findings import Finding, sort_findings
from nhanluc_cli.loader import (
    parser_version,
    plan_from_bytes,
    read_bytes,
    report_from_bytes,
    source_map_of,
)
from nhanluc_cli.sources import LoadedPlan, LoadedReport

if TYPE_CHECKING:
    from nhanluc_cli.cache import FileCache

PLAN_GLOB = "plan*.yaml"
PROGRESS_DIR = "progress"
REPORT_SUFFIXES = frozenset({".yaml", ".yml"})  # compared lower-cased: "2022 - Copy.YAML" too


class UsageProblem(Exception):
    """The options name something that is not there: exit code 2, not a data finding."""

    def __init__(self, key: str, **args: object) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = args


class Workspace(NamedTuple):
    data_dir: Path | None  # None when only the bundled plan is used
    plan_path: Path
    report_paths: tuple[Path, ...]
    unread: tuple[Path, ...] = ()  # entries of progress/ that are not reports (W326)

    @property
    def bundled(self) -> bool:
        return self.data_dir is None


@dataclass(slots=True)
class Dataset:
    workspace: Workspace
    plan: LoadedPlan | None
    reports: list[LoadedReport]
    findings: list[Finding] = field(default_factory=list)

    @property
    def files_read(self) -> int:
        return 1 + len(self.workspace.report_paths)

    @property
    def has_data_errors(self) -> bool:
        return self.plan is None or any(f.is_data_error for f in self.findings)


def bundled_plan_path() -> Path:
    """plan60.yaml inside the installed wheel, or data/ of a source checkout (editable install)."""
    here = Path(__file__).resolve().parent
    inside_wheel = here / "bundled" / "plan60.yaml"
    if inside_wheel.is_file():
        return inside_wheel
    return here.parents[1] / "data" / "plan60.yaml"


def _plans_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob(PLAN_GLOB) if p.is_file())


def locate(data_dir: Path | None, plan_file: Path | None, cwd: Path) -> Workspace:
    """Resolve the options to files, or raise UsageProblem."""
    if plan_file is not None and not plan_file.is_file():
        raise UsageProblem("usage.no_such_plan", path=str(plan_file))
    if data_dir is not None:
        if not data_dir.is_dir():
            raise UsageProblem("usage.no_such_dir", path=str(data_dir))
        folder: Path | None = data_dir
    elif plan_file is not None:
        folder = plan_file.parent
    elif _plans_in(cwd / "data"):
        folder = cwd / "data"
    else:
        folder = cwd if _plans_in(cwd) else None

    if folder is None:
        return Workspace(None, plan_file or bundled_plan_path(), ())
    if plan_file is None:
        plans = _plans_in(folder)
        if not plans:
            raise UsageProblem("data.no_plan", dir=str(folder))
        if len(plans) > 1:
            raise UsageProblem(
                "data.many_plans", dir=str(folder), files=", ".join(p.name for p in plans)
            )
        plan_file = plans[0]
    reports, unread = progress_entries(folder / PROGRESS_DIR)
    return Workspace(folder, plan_file, reports, unread)


def is_report_name(name: str) -> bool:
    return Path(name).suffix.lower() in REPORT_SUFFIXES


def progress_entries(progress: Path) -> tuple[tuple[Path, ...], tuple[Path, ...]]:
    """The reports in `progress/` (name order), and the entries that are not read: files with
    another extension and sub-folders. `README*` explains the folder and is neither."""
    if not progress.is_dir():
        return (), ()
    reports: list[Path] = []
    unread: list[Path] = []
    for entry in sorted(progress.iterdir()):
        if entry.is_file() and is_report_name(entry.name):
            reports.append(entry)
        elif not entry.name.upper().startswith("README"):
            unread.append(entry)
    return tuple(reports), tuple(unread)


def unread_findings(workspace: Workspace, cwd: Path) -> list[Finding]:
    """W326 for each entry of progress/ that is not read, at its first line."""
    return [
        Finding(
            "W326",
            "data.not_read_folder" if path.is_dir() else "data.not_read",
            display_path(path, cwd),
            1,
            1,
            args={"name": path.name},
        )
        for path in workspace.unread
    ]


def display_path(path: Path, cwd: Path) -> str:
    """Paths as the user would type them: relative to the current folder when inside it, with
    "/" on every system (as git shows them, and as CI annotations and the tests expect); other
    paths as given. A folder reached through a link (macOS's /var is /private/var) still counts
    as inside."""
    for candidate, base in ((path, cwd), (path.resolve(), cwd.resolve())):
        if candidate.is_relative_to(base):
            return Path(os.path.relpath(candidate, base)).as_posix()
    return str(path)


def load_dataset(workspace: Workspace, cwd: Path, cache: FileCache | None = None) -> Dataset:
    """Every file read and validated, every finding collected; one bad file stops nothing.

    With a cache, a file whose bytes (and plan, and program) were seen before is not parsed nor
    validated again: its model and findings come from the cache, exactly as a cold load gives
    them."""
    # Imported here so that the cross-file checks' own imports are paid only when loading.
    from nhanluc_cli.checks import check_dataset

    with collector_paused():
        loading = _Loading(cache)
        plan_display = display_path(workspace.plan_path, cwd)
        plan, findings = loading.plan(workspace.plan_path, plan_display)
        findings.extend(unread_findings(workspace, cwd))
        reports: list[LoadedReport] = []
        for path in workspace.report_paths:
            report, report_findings = loading.report(path, display_path(path, cwd))
            findings.extend(report_findings)
            if report is not None:
                reports.append(report)
        loading.finish()
        dataset = Dataset(workspace, plan, reports, findings)
        if plan is not None:
            dataset.findings.extend(check_dataset(plan, reports))
        dataset.findings = sort_findings(dataset.findings)
    return dataset


class _Loading:
    """Loads the files of one dataset, through the cache when there is one."""

    def __init__(self, cache: FileCache | None) -> None:
        self.cache = cache
        self.program = b""
        self.plan_digest = b""
        if cache is not None:
            from nhanluc_cli.cache import program_fingerprint

            self.program = program_fingerprint(parser_version())

    def plan(self, path: Path, display: str) -> tuple[LoadedPlan | None, list[Finding]]:
        data, findings = read_bytes(path, display)
        if data is None:
            return None, findings
        self.plan_digest = hashlib.sha256(data).digest()
        model, findings = self._load("plan", data, display)
        if model is None:
            return None, findings
        return LoadedPlan(display, model, source_map_of(display, data)), findings

    def report(self, path: Path, display: str) -> tuple[LoadedReport | None, list[Finding]]:
        data, findings = read_bytes(path, display)
        if data is None:
            return None, findings
        model, findings = self._load("report", data, display)
        if model is None:
            return None, findings
        return LoadedReport(display, model, source_map_of(display, data)), findings

    def _load(self, role: str, data: bytes, display: str) -> tuple[Any, list[Finding]]:
        """The model (or None) and the findings of one file's bytes."""
        key = ""
        if self.cache is not None:
            from nhanluc_cli.cache import file_key

            key = file_key(role, self.program, self.plan_digest, data)
            entry = self.cache.get(key)
            if entry is not None:
                return entry.model, [_shown_as(f, display) for f in entry.findings]
        loaded, findings = (plan_from_bytes if role == "plan" else report_from_bytes)(data, display)
        model = None if loaded is None else loaded[1]
        if self.cache is not None:
            from nhanluc_cli.cache import Entry

            self.cache.put(key, Entry(model, tuple(findings)))
        return model, findings

    def finish(self) -> None:
        if self.cache is not None and self.cache.wrote:
            self.cache.prune()


def _shown_as(finding: Finding, display: str) -> Finding:
    """A cached finding under the name the file has in this run (the same bytes may sit in
    another folder, or be reached from another current folder)."""
    return finding if finding.file == display else dataclasses.replace(finding, file=display)
