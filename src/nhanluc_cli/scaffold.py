"""`nhanluc init`'s core: the files of a new data repository, and writing them without
overwriting anything.

`repository_files` returns {relative POSIX path: text}; `existing` names the ones already there;
`write_repository` writes them all or, on the first failure, removes what it wrote. Every text is
UTF-8 with LF line ends (the `.gitattributes` it writes keeps them so in git).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from nhanluc_cli.model import Plan
from nhanluc_cli.release import SOURCE_REVISION, SOURCE_URL

PLAN_SCHEMA = "schema/plan.schema.json"
PROGRESS_SCHEMA = "schema/progress.schema.json"
# Template file (in scaffold_files/) -> where it goes. Templates carry no leading dots and no
# folders, so that no packaging tool takes them for its own configuration.
TEMPLATES: Mapping[str, str] = {
    "README.md": "README.md",
    "progress-README.md": "progress/README.md",
    "github-workflow.yml": ".github/workflows/nhanluc.yml",
    "gitlab-ci.yml": ".gitlab-ci.yml",
    "pre-commit-config.yaml": ".pre-commit-config.yaml",
    "gitattributes": ".gitattributes",
}
_MODELINE = re.compile(r"\A(\ufeff?)# yaml-language-server: \$schema=\S*[^\n]*\n")
_PLACEHOLDER = re.compile(r"\{\{([a-z_]+)\}\}")


def plan_name(plan: Plan) -> str:
    """ "Kế hoạch số 60/KH-UBND ngày 04/8/2021 của Ủy ban nhân dân huyện Càng Long"."""
    issuer = plan.agency(plan.issuer)
    day = f"{plan.date.day:02d}/{plan.date.month}/{plan.date.year}"
    return f"Kế hoạch số {plan.id} ngày {day} của {issuer.name if issuer else plan.issuer}"


def plan_text_for_root(text: str) -> str:
    """The plan as it will sit at the repository's root: LF line ends, and a modeline naming
    schema/plan.schema.json from there (replacing the one it had, or added on top)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    modeline = f"# yaml-language-server: $schema={PLAN_SCHEMA}\n"
    found = _MODELINE.match(text)
    if found:
        return found.group(1) + modeline + text[found.end() :]
    return modeline + text


def _fill(template: str, values: Mapping[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


def repository_files(
    plan: Plan, plan_file: str, plan_text: str, plan_schema: str, progress_schema: str
) -> dict[str, str]:
    """Every file of the new repository, by its path relative to the repository's root."""
    period = f"{plan.period.start}-{plan.period.end}"
    if plan.period.horizon and plan.period.horizon != plan.period.end:
        period += f", định hướng đến năm {plan.period.horizon}"
    values = {
        "plan_name": plan_name(plan),
        "plan_file": plan_file,
        "period": period,
        "source_url": SOURCE_URL,
        "revision": SOURCE_REVISION,
    }
    folder = resources.files("nhanluc_cli") / "scaffold_files"
    files = {
        plan_file: plan_text_for_root(plan_text),
        PLAN_SCHEMA: plan_schema,
        PROGRESS_SCHEMA: progress_schema,
    }
    for template, target in TEMPLATES.items():
        files[target] = _fill((folder / template).read_text(encoding="utf-8"), values)
    return {path: text.replace("\r\n", "\n") for path, text in sorted(files.items())}


def existing(root: Path, files: Mapping[str, str]) -> list[str]:
    """The files (relative paths) that are already there, links included."""
    return [path for path in files if (root / path).exists() or (root / path).is_symlink()]


def write_repository(root: Path, files: Mapping[str, str]) -> None:
    """Write every file, none replacing an existing one. On any failure (OSError, or
    FileExistsError when a file appeared meanwhile) what this call wrote is removed again."""
    from nhanluc_cli.files import write_whole

    written: list[Path] = []
    made: list[Path] = []
    try:
        for relative, text in files.items():
            target = root / relative
            _make_folders(target.parent, made)
            if not write_whole(target, text, replace=False):
                raise FileExistsError(relative)
            written.append(target)
    except OSError:
        for path in written:
            path.unlink(missing_ok=True)
        for folder in reversed(made):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise


def _make_folders(folder: Path, made: list[Path]) -> None:
    """mkdir -p, remembering each folder made (outermost first) so that it can be undone."""
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for each in reversed(missing):
        each.mkdir()
        made.append(each)
