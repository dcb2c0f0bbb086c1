"""Which files make up the data, and loading all of them into one `Dataset`.

Contract §1: `--data DIR` (or NHANLUC_DATA), else `./data` when it holds a plan, else the plan
shipped inside the package with no progress. The caller (cli) reads the environment and passes
plain values in; nothing here looks at os.environ or the clock.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from nhanluc_cli.collector import collector_paused
from nhanluc_cli.findings import Finding, sort_findings
from nhanluc_cli.loader import load_plan, load_report
from nhanluc_cli.sources import LoadedPlan, LoadedReport

PLAN_GLOB = "plan*.yaml"
PROGRESS_DIR = "progress"
PROGRESS_GLOB = "*.yaml"


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
    else:
        folder = cwd / "data" if _plans_in(cwd / "data") else None

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
    progress = folder / PROGRESS_DIR
    reports = tuple(sorted(progress.glob(PROGRESS_GLOB))) if progress.is_dir() else ()
    return Workspace(folder, plan_file, reports)


def display_path(path: Path, cwd: Path) -> str:
    """Paths as the user would type them: relative to the current folder when inside it."""
    try:
        return os.path.relpath(path, cwd) if path.is_relative_to(cwd) else str(path)
    except ValueError:
        return str(path)


def load_dataset(workspace: Workspace, cwd: Path) -> Dataset:
    """Every file read and validated, every finding collected; one bad file stops nothing."""
    # Imported here so that the cross-file checks' own imports are paid only when loading.
    from nhanluc_cli.checks import check_dataset

    with collector_paused():
        plan, findings = load_plan(workspace.plan_path, display_path(workspace.plan_path, cwd))
        reports: list[LoadedReport] = []
        for path in workspace.report_paths:
            report, report_findings = load_report(path, display_path(path, cwd))
            findings.extend(report_findings)
            if report is not None:
                reports.append(report)
        dataset = Dataset(workspace, plan, reports, findings)
        if plan is not None:
            dataset.findings.extend(check_dataset(plan, reports))
        dataset.findings = sort_findings(dataset.findings)
    return dataset
