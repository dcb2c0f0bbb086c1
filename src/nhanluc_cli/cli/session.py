"""What every command does with its options once they are read, and the one place that reads
the clock and the environment.

The commands turn options into a `Session` (language, as-of date, the files to read), load the
data once, and hand plain values to the core. Exit codes are chosen here and in the commands only.
Typer is not imported here: cli/quick.py reads a plain `status` line without it (its options
are declared in common.py).
"""

import os
import sys
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, NoReturn

from nhanluc_cli.i18n import Lang, message, os_reason, word
from nhanluc_cli.plan.sources import LoadedPlan
from nhanluc_cli.store.dataset import Dataset, load_dataset
from nhanluc_cli.store.workspace import UsageProblem, Workspace, locate

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from nhanluc_cli.store.by_subject import SubjectWork

VIETNAM = timezone(timedelta(hours=7), "ICT")
EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


class CommandExit(Exception):
    """End the command with this exit code, what it had to say printed already. Typer's own
    `typer.Exit` would import Typer; usage.NhanlucGroup and cli/quick.py turn this one into the
    exit code alike."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def today_in_vietnam() -> date:
    """The default as-of date: the day in Vietnam (UTC+07:00), whatever the machine's zone."""
    return datetime.now(VIETNAM).date()


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


class Session(NamedTuple):
    lang: Lang
    as_of: date
    workspace: Workspace
    cwd: Path
    cache_dir: Path | None = None  # None: --no-cache

    def load(
        self,
        *,
        lean: bool = False,
        also_by_subject: "Callable[[], Sequence[SubjectWork]]" = tuple,
    ) -> Dataset:
        """The data folder loaded; `lean` when only its findings are read, with the works by
        subject asked for next (store.dataset.load_dataset)."""
        cache = None
        if self.cache_dir is not None:
            from nhanluc_cli.store.cache import FileCache

            cache = FileCache(self.cache_dir)
            if cache.refused is not None:
                note_refused_cache(cache.refused, self.cache_dir, self.lang)
                cache = None
        return load_dataset(
            self.workspace, self.cwd, cache, lean=lean, also_by_subject=also_by_subject
        )


def note_refused_cache(reason: str, folder: Path, lang: Lang) -> None:
    """One line on stderr when the cache folder is not the user's alone (contract §13); a
    cache that merely cannot be written is ignored without a word."""
    if reason == "cache.not_private":
        print(message(reason, lang, {"path": str(folder)})[0], file=sys.stderr)


def cache_folder() -> Path:
    """Where validated files are remembered (contract §13): $NHANLUC_CACHE_DIR, else the user's
    cache folder (~/.cache/nhanluc on Linux, ~/Library/Caches/nhanluc on macOS,
    %LOCALAPPDATA%\\nhanluc\\Cache on Windows: platformdirs' own choices)."""
    chosen = os.environ.get("NHANLUC_CACHE_DIR")
    if chosen:
        return Path(chosen)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("nhanluc", appauthor=False))


def usage_error(text: str) -> NoReturn:
    print(f"nhanluc: {text}", file=sys.stderr)
    raise CommandExit(EXIT_USAGE)


def open_session(
    data: Path | None,
    plan: Path | None,
    as_of: date | None,
    lang: Lang,
    *,
    for_people: bool = True,
    no_cache: bool = False,
) -> Session:
    """Resolve the options. `for_people`: the output is a table, text or a document (not JSON,
    CSV or CI markup), so it may carry the line saying the bundled plan is in use (§1, §9.4).
    That line goes to stderr: it shows in the terminal and never mixes into redirected data."""
    cwd = Path.cwd()
    try:
        workspace = locate(data, plan, cwd)
    except UsageProblem as problem:
        text, fix = message(problem.key, lang, problem.args_)
        usage_error(f"{text} {fix}".strip())
    if for_people and workspace.bundled:
        print(message("data.bundled_plan", lang)[0], file=sys.stderr)
    cache_dir = None if no_cache else cache_folder()
    return Session(lang, as_of or today_in_vietnam(), workspace, cwd, cache_dir)


def stdout_is_terminal() -> bool:
    """Binary output (xlsx, docx) is refused on a terminal; a function, so tests can say so."""
    return sys.stdout.isatty()


def require_clean(dataset: Dataset, lang: Lang) -> LoadedPlan:
    """The plan of data a listing may show figures for; else print the E1xx/E2xx findings (with
    their places) and exit 1: figures drawn from broken data could be wrong (contract §5)."""
    clean_plan_file(dataset, lang)
    plan = dataset.plan
    assert plan is not None  # clean data has a plan
    return plan


def clean_plan_file(dataset: Dataset, lang: Lang) -> str:
    """require_clean without the plan itself: the plan file's name. Told from the findings
    alone, so a command whose figures come from the cache (a warm `status`) never unpickles the
    plan, nor imports the models to do so."""
    if dataset.pending_plan is not None and not dataset.has_data_errors:
        return dataset.pending_plan.display
    from nhanluc_cli.findings import sort_findings
    from nhanluc_cli.render.findings import render_text

    errors = sort_findings(f for f in dataset.findings if f.is_data_error)
    if errors:
        print(render_text(errors, lang), file=sys.stderr)
    print(word("data.errors_no_figures", lang), file=sys.stderr)
    raise CommandExit(EXIT_DATA)


# ---------------------------------------------------------------------------------------------
# Where a listing's machine output goes: stdout, or --output FILE (contract §13)

DATA_SUFFIXES = frozenset({".yaml", ".yml"})


def xlsx_title(plan: "LoadedPlan | str", session: Session) -> str:
    """The title line of every printed sheet: the plan (or its number) and the as-of date
    (contract §18)."""
    from nhanluc_cli.render.workbook import sheet_title

    plan_id = plan if isinstance(plan, str) else plan.plan.id
    return sheet_title(plan_id, session.as_of, session.lang)


def refuse_existing(output: Path, session: Session, *, force: bool) -> None:
    """Usage errors (exit 2) before anything is read: FILE exists and --force is not given
    (contract §18), or a folder in FILE does not exist."""
    from nhanluc_cli.store.workspace import display_path

    lang = session.lang
    folder = output.absolute().parent
    if not folder.is_dir():
        missing = folder
        while not missing.parent.is_dir() and missing.parent != missing:
            missing = missing.parent
        usage_error(word("output.no_folder", lang, folder=display_path(missing, session.cwd)))
    if not force and (output.exists() or output.is_symlink()):
        usage_error(word("output.exists", lang, file=display_path(output.absolute(), session.cwd)))


def output_target(
    output: Path | None, output_format: str, session: Session, *, force: bool = False
) -> Path | None:
    """Check --output against the format before any data is read: None for stdout ("-o -"
    too). Usage errors (exit 2): --output with the table, a folder, a data file (one this
    command reads, or any .yaml), and xlsx to a terminal without --output."""
    from nhanluc_cli.store.workspace import display_path

    lang = session.lang
    if output is not None and str(output) == "-":
        output = None
    if output is None:
        if output_format == "xlsx" and stdout_is_terminal():
            usage_error(word("output.binary_to_terminal", lang, format=output_format))
        return None
    if output_format == "table":
        usage_error(word("output.needs_format", lang))
    shown = display_path(output.absolute(), session.cwd)
    if output.is_dir():
        usage_error(word("output.refuse_directory", lang, file=shown, format=output_format))
    target = output.resolve()
    workspace = session.workspace
    read = {path.resolve() for path in (workspace.plan_path, *workspace.report_paths)}
    # resolve() follows links: a link to a data file, or a .yaml behind a link, is refused too.
    if target in read or {output.suffix.lower(), target.suffix.lower()} & DATA_SUFFIXES:
        usage_error(word("output.refuse_data_file", lang, file=shown))
    refuse_existing(output, session, force=force)
    return output


def emit(payload: str | bytes, output: Path | None, session: Session) -> None:
    """Machine output to stdout, or whole to `output` (exit 1 when it cannot be written)."""
    if output is None:
        from nhanluc_cli.render.output import write, write_bytes

        if isinstance(payload, bytes):
            write_bytes(payload)
        else:
            write(payload)
        return
    from nhanluc_cli.files import write_whole
    from nhanluc_cli.store.workspace import display_path

    shown = display_path(output.absolute(), session.cwd)
    if isinstance(payload, str) and not payload.endswith("\n"):
        payload += "\n"  # as on stdout
    try:
        # output_target refused an existing FILE without --force: one that exists here is to
        # be replaced; one that appeared since is not.
        created = write_whole(output, payload, replace=output.exists())
    except OSError as error:
        reason = os_reason(error, session.lang)
        print(
            f"nhanluc: {word('report.unwritable', session.lang, file=shown, reason=reason)}",
            file=sys.stderr,
        )
        raise CommandExit(EXIT_DATA) from None
    if not created:  # it appeared while the output was being made: still not overwritten
        usage_error(word("output.exists", session.lang, file=shown))
    print(word("output.written", session.lang, file=shown), file=sys.stderr)
