"""Which files make up the data: the data folder, its plan and its reports (a `Workspace`),
and the names the files are shown by.

Contract §1: `--data DIR` (or NHANLUC_DATA), else `./data` when it holds a plan, else the current
folder when it holds a `plan*.yaml` (an official who `cd`s into the data folder), else the
nearest folder above that holds one (from `progress/`, as git finds `.git`), else the plan
shipped inside the package with no progress. Reports are `progress/*.yaml` and `*.yml` in any
case; every other entry there except `README*` is named (W326), never silently skipped. The
caller (cli) reads the environment and passes plain values in; nothing here looks at os.environ
or the clock.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from nhanluc_cli.findings import Finding

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
    # The reports that are symbolic links, as the folder's listing says (report_displays).
    linked: frozenset[Path] = frozenset()

    @property
    def bundled(self) -> bool:
        return self.data_dir is None


def bundled_plan_path() -> Path:
    """plan60.yaml inside the installed wheel, or data/ of a source checkout (editable install)."""
    here = Path(__file__).resolve().parents[1]  # the package: store/ is one of its folders
    inside_wheel = here / "bundled" / "plan60.yaml"
    if inside_wheel.is_file():
        return inside_wheel
    return here.parents[1] / "data" / "plan60.yaml"


def _plans_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob(PLAN_GLOB) if p.is_file())


def _data_folder_above(cwd: Path) -> Path | None:
    """The nearest folder above `cwd` that holds a plan (contract §1): from `progress/` or
    `schema/` of a data folder, that data folder, as git finds `.git`. The search ends at the
    root of the git repository `cwd` is in, if any, so that a plan outside it is never taken."""
    if (cwd / ".git").exists():
        return None
    for folder in cwd.parents:
        if _plans_in(folder):
            return folder
        if (folder / ".git").exists():
            return None
    return None


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
        folder = cwd if _plans_in(cwd) else _data_folder_above(cwd)

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
    reports, unread, linked = progress_entries(folder / PROGRESS_DIR)
    return Workspace(folder, plan_file, reports, unread, linked)


def is_report_name(name: str) -> bool:
    return Path(name).suffix.lower() in REPORT_SUFFIXES


def progress_entries(
    progress: Path,
) -> tuple[tuple[Path, ...], tuple[Path, ...], frozenset[Path]]:
    """The reports in `progress/` (name order), the entries that are not read (files with
    another extension and sub-folders; `README*` explains the folder and is neither), and the
    reports that are symbolic links."""
    if not progress.is_dir():
        return (), (), frozenset()
    # os.scandir knows from the listing which entries are files and which are links (no stat a
    # file, and no Path compared while sorting: a tenth of a second at ten thousand reports).
    # Name order, as Path sorts them: case-insensitive where the system is (normcase).
    with os.scandir(progress) as listing:
        entries = sorted(listing, key=lambda entry: os.path.normcase(entry.name))
    reports: list[Path] = []
    unread: list[Path] = []
    linked: list[Path] = []
    for entry in entries:
        if entry.is_file() and is_report_name(entry.name):
            reports.append(progress / entry.name)
            if entry.is_symlink():
                linked.append(reports[-1])
        elif not entry.name.upper().startswith("README"):
            unread.append(progress / entry.name)
    return tuple(reports), tuple(unread), frozenset(linked)


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


def report_displays(
    paths: tuple[Path, ...], cwd: Path, linked: frozenset[Path] | None = None
) -> list[str]:
    """display_path of each report, one folder's resolution shared by the files in it (at ten
    thousand reports, resolving each path was a tenth of a millisecond a file). `linked`: the
    paths that are symbolic links, when the folder's listing said (Workspace.linked); else
    each path outside the current folder is asked."""
    shown: list[str] = []
    folders: dict[Path, tuple[str, bool] | None] = {}
    for path in paths:
        folder = path.parent
        if folder not in folders:
            folders[folder] = _folder_display(folder, cwd)
        known = folders[folder]
        if known is not None and not known[1]:  # inside the current folder as written
            shown.append(path.name if known[0] == "." else f"{known[0]}/{path.name}")
        elif path in linked if linked is not None else path.is_symlink():
            # A link resolves elsewhere than its folder: the long way.
            shown.append(display_path(path, cwd))
        elif known is None:  # outside the current folder, even through links: as given
            shown.append(str(path))
        else:
            shown.append(path.name if known[0] == "." else f"{known[0]}/{path.name}")
    return shown


def _folder_display(folder: Path, cwd: Path) -> tuple[str, bool] | None:
    """How display_path shows the files of `folder`: the folder's relative form and whether it
    was found by resolving links; None when its files are shown as given."""
    if folder.is_relative_to(cwd):
        return Path(os.path.relpath(folder, cwd)).as_posix(), False
    resolved, base = folder.resolve(), cwd.resolve()
    if resolved.is_relative_to(base):
        return Path(os.path.relpath(resolved, base)).as_posix(), True
    return None
