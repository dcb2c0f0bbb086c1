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

from nhanluc_cli.drafts.release import Pin
from nhanluc_cli.plan.model import Plan

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


# What the pre-commit hook leaves to the daily CI run: findings that depend on the day.
HOOK_ARGS = '["--ignore=E301,E302,W311,W312,W313,W314"]'  # quoted: a comma splits a flow list
_HOOK_ARGS_COMMENT = """\
        # Khi commit chỉ kiểm tra nội dung đã nhập; thời hạn và chỉ tiêu do CI hằng ngày
        # kiểm tra, để commit báo cáo một nhiệm vụ đã hoàn thành không bị từ chối vì nhiệm vụ
        # khác đang quá hạn.
"""


def hook_repo(pin: Pin) -> str:
    """The `repos:` entry of .pre-commit-config.yaml: the hook of nhanluc's own repository at
    the pinned commit, or, for a source that is no git repository, a local hook that installs
    the pinned requirement."""
    if pin.repo is not None and pin.rev is not None:
        return (
            f"  - repo: {_yaml_text(pin.repo)}\n"
            "    # Mã commit đầy đủ của phiên bản nhanluc đã tạo kho này.\n"
            f"    rev: {_yaml_text(pin.rev)}\n"
            "    hooks:\n"
            "      - id: nhanluc-check\n"
            f"{_HOOK_ARGS_COMMENT}"
            f"        args: {HOOK_ARGS}\n"
        )
    return (
        "  - repo: local\n"
        "    hooks:\n"
        "      - id: nhanluc-check\n"
        "        name: nhanluc check\n"
        "        entry: nhanluc check\n"
        "        language: python\n"
        "        # Phiên bản nhanluc đã tạo kho này, cài như dòng `pip install` của hai tệp CI.\n"
        f"        additional_dependencies: [{_yaml_text(pin.requirement)}]\n"
        "        pass_filenames: false\n"
        "        files: (?i)\\.ya?ml$\n"
        f"{_HOOK_ARGS_COMMENT}"
        f"        args: {HOOK_ARGS}\n"
    )


def _yaml_text(text: str) -> str:
    """`text` as a YAML scalar: double-quoted (JSON's escapes are YAML's)."""
    import json

    return json.dumps(text, ensure_ascii=False)


def _pin_note(pin: Pin) -> str:
    if pin.repo is not None and pin.rev is not None and not pin.unsure:
        return (
            "Mã commit đầy đủ (dòng `rev:` của `.pre-commit-config.yaml`) bảo đảm mọi máy kiểm\n"
            "tra bằng cùng một chương trình.\n\n"
        )
    if pin.unsure:
        return (
            "Máy CI và pre-commit cần cài được đúng phiên bản này (từ PyPI hoặc kho gói nội bộ,\n"
            "hoặc thẻ phiên bản trong kho mã nguồn). Nếu không, tạo lại các tệp bằng\n"
            "`nhanluc init THU_MUC_MOI --source ĐỊA_CHỈ`.\n\n"
        )
    return ""


def repository_files(
    plan: Plan,
    plan_file: str,
    plan_text: str,
    plan_schema: str,
    progress_schema: str,
    pin: Pin,
    version: str,
) -> dict[str, str]:
    """Every file of the new repository, by its path relative to the repository's root; the CI
    and pre-commit files install nhanluc as `pin` says (release.py)."""
    period = f"{plan.period.start}-{plan.period.end}"
    if plan.period.horizon and plan.period.horizon != plan.period.end:
        period += f", định hướng đến năm {plan.period.horizon}"
    values = {
        "plan_name": plan_name(plan),
        "plan_file": plan_file,
        "period": period,
        "version": version,
        "pip_requirement": pin.requirement,
        "hook_repo": hook_repo(pin).rstrip("\n"),
        "pin_note": _pin_note(pin),
    }
    folder = resources.files("nhanluc_cli.drafts") / "scaffold_files"
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
