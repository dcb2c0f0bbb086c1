"""`nhanluc init DIR [--plan FILE]`: a ready data repository (contract §11).

The plan (the bundled plan 60, or FILE under its own name) at the root, `progress/`, the schemas,
CI for GitHub and GitLab, a pre-commit configuration, `.gitattributes` and a README, all in
Vietnamese. Nothing is overwritten: when any file is already there, all of them are named and
nothing is written (exit 1). A folder that cannot be written is an error (exit 1).
"""

import fnmatch
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from nhanluc_cli.cli import app
from nhanluc_cli.cli.common import EXIT_DATA, LangOption, usage_error
from nhanluc_cli.i18n import Lang, message, os_reason, word
from nhanluc_cli.store.workspace import PLAN_GLOB, bundled_plan_path, display_path

if TYPE_CHECKING:
    from nhanluc_cli.drafts.release import Pin


@app.command("init")
def init_command(
    folder: Annotated[Path, typer.Argument(show_default=False)],
    plan: Annotated[Path | None, typer.Option("--plan", show_default=False)] = None,
    source: Annotated[str | None, typer.Option("--source", show_default=False)] = None,
    lang: LangOption = "vi",
) -> None:
    """Make a new data repository. Its help: i18n/help_texts.py."""
    from nhanluc_cli import __version__
    from nhanluc_cli.drafts.release import running_pin
    from nhanluc_cli.drafts.repository import existing, repository_files, write_repository
    from nhanluc_cli.loading.loader import load_plan
    from nhanluc_cli.schema.json_schema import plan_schema, progress_schema, schema_text

    cwd = Path.cwd()
    if source is not None and not source.strip():
        _usage(lang, "init.empty_source")
    if folder.is_symlink() and not folder.exists():
        shown = display_path(folder.absolute(), cwd)
        target = os.readlink(folder)
        _refuse(shown, lang, "init.dangling_link", dir=shown, target=target)
    plan_source = plan if plan is not None else bundled_plan_path()
    shown_source = display_path(plan_source.absolute(), cwd)
    if plan is not None:
        if not plan.is_file():
            _usage(lang, "usage.no_such_plan", path=str(plan))
        if not fnmatch.fnmatch(plan.name.lower(), PLAN_GLOB):
            _usage(lang, "init.plan_name", file=shown_source)
    loaded, findings = load_plan(plan_source, shown_source)
    errors = [f for f in findings if f.is_data_error]
    if loaded is None or errors:
        from nhanluc_cli.render.findings import render_text

        if errors:
            print(render_text(errors, lang), file=sys.stderr)
        _refuse(shown_source, lang, "init.plan_has_errors", file=shown_source)
    plan_file = plan_source.name if plan is not None else "plan60.yaml"
    pin = running_pin(__version__, source.strip() if source is not None else None)
    files = repository_files(
        loaded.plan,
        plan_file,
        plan_source.read_bytes().decode("utf-8-sig"),  # load_plan has proven it is UTF-8
        schema_text(plan_schema()),
        schema_text(progress_schema(loaded.plan)),
        pin,
        __version__,
    )

    shown = display_path(folder.absolute(), cwd)
    taken = existing(folder, files)
    if taken:
        names = ", ".join(display_path((folder / name).absolute(), cwd) for name in taken)
        _refuse(shown, lang, "init.exists", count=len(taken), files=names)
    try:
        write_repository(folder, files)
    except FileExistsError as error:  # appeared while writing; what was written is removed
        _refuse(shown, lang, "init.exists", count=1, files=str(error))
    except OSError as error:
        _refuse(shown, lang, "init.unwritable", dir=shown, reason=os_reason(error, lang))
    print(message("init.written", lang, {"dir": shown, "files": len(files)})[0])
    _say_pin(pin, lang)


def _say_pin(pin: "Pin", lang: Lang) -> None:
    """On stderr, when the files could not be pinned to a known commit or URL: what they install
    and how to name the source with --source (contract §20). A sure pin needs no word: the
    repository's README names it."""
    if not pin.unsure:
        return
    key = "init.pinned_tag" if pin.repo is not None else "init.pinned_version"
    print(word(key, lang, requirement=pin.requirement, rev=pin.rev or ""), file=sys.stderr)


def _usage(lang: Lang, key: str, **args: object) -> NoReturn:
    text, fix = message(key, lang, args)
    usage_error(f"{text} {fix}".strip())


def _refuse(shown: str, lang: Lang, key: str, **args: object) -> NoReturn:
    """Like a finding: the place, the problem, what to do; exit 1."""
    text, fix = message(key, lang, args)
    print(f"{shown}: {word('error', lang)}: {text}", file=sys.stderr)
    if fix:
        print(f"   = {fix}", file=sys.stderr)
    raise typer.Exit(EXIT_DATA)
