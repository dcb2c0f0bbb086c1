"""Options every command shares, declared for Typer; what the commands do with them lives in
session.py (without Typer, so that cli/quick.py can use it) and is re-exported here.
"""

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from nhanluc_cli.cli.parsers import choice_parser, parse_date, parse_days, parse_output
from nhanluc_cli.cli.session import (
    EXIT_DATA,
    EXIT_OK,
    EXIT_USAGE,
    CommandExit,
    ListFormat,
    Session,
    cache_folder,
    clean_plan_file,
    emit,
    note_refused_cache,
    open_session,
    output_target,
    refuse_existing,
    require_clean,
    stdout_is_terminal,
    today_in_vietnam,
    usage_error,
    xlsx_title,
)
from nhanluc_cli.cli.values import DATA_ENV, LANG_ENV, LANGS, NO_CACHE_ENV
from nhanluc_cli.i18n import Lang

__all__ = [
    "EXIT_DATA",
    "EXIT_OK",
    "EXIT_USAGE",
    "AsOfOption",
    "CommandExit",
    "DataOption",
    "ForceOption",
    "FormatOption",
    "LangOption",
    "ListFormat",
    "NoCacheOption",
    "OutputOption",
    "PlanOption",
    "Session",
    "SoonOption",
    "cache_folder",
    "clean_plan_file",
    "emit",
    "note_refused_cache",
    "open_session",
    "output_target",
    "refuse_existing",
    "require_clean",
    "stdout_is_terminal",
    "today_in_vietnam",
    "usage_error",
    "xlsx_title",
]

# Help texts live in i18n/help_texts.py, per language (help.py writes the help pages); values
# that can be wrong go through parsers.py's parsers, so that their errors are ours to translate.
FormatOption = Annotated[
    ListFormat, typer.Option("--format", parser=choice_parser(ListFormat), show_default=False)
]
SoonOption = Annotated[int, typer.Option("--soon", parser=parse_days, show_default=False)]
DataOption = Annotated[Path | None, typer.Option("--data", envvar=DATA_ENV, show_default=False)]
PlanOption = Annotated[Path | None, typer.Option("--plan", show_default=False)]
AsOfOption = Annotated[date | None, typer.Option("--as-of", parser=parse_date, show_default=False)]
NoCacheOption = Annotated[bool, typer.Option("--no-cache", envvar=NO_CACHE_ENV)]
LangOption = Annotated[
    Lang,
    typer.Option("--lang", envvar=LANG_ENV, parser=choice_parser(LANGS), show_default=False),
]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", parser=parse_output, show_default=False)
]
# Contract §18: -o FILE never overwrites an existing file unless --force.
ForceOption = Annotated[bool, typer.Option("--force", show_default=False)]
