"""A plain `nhanluc status` line, read without Typer.

Importing Typer (and the click it ships) takes ~20 ms, a fifth of a warm `status`, which
contract §8 holds to 0.9× bean-check. A line that is `status` followed by options it knows,
each once and written `--option VALUE`, whose values all read without error, is read here and
handed to show_status, the function Typer would call with the same values. Anything else gets
None, and Typer reads the line as before, so every help page and error is Typer's path's: help,
`--lang` before the name, `--option=VALUE`, an option twice, --output and --force, a value
that starts with "-" or is empty or wrong, NHANLUC_NO_CACHE, shell completion.

The run ends as the Typer path ends a command: the code of a CommandExit, 130 on Ctrl-C, 141
once stdout's reader has gone (cli/pipes.py), else 0.
"""

import errno
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, NoReturn

from nhanluc_cli.cli.values import (
    DATA_ENV,
    LANG_ENV,
    LANGS,
    NO_CACHE_ENV,
    WrongValue,
    choice_reader,
    read_date,
    read_days,
)

FORMATS = ("table", "json", "csv", "xlsx")  # session.ListFormat, without importing its module


class _NotPlain(Exception):
    """The line is Typer's to read."""


def _path(text: str) -> Path:
    """A path as Typer's path type takes it: anything, unless it exists and cannot be read
    (Typer's message for that is its own: the line goes to Typer)."""
    try:
        os.stat(text)
    except OSError:
        return Path(text)
    if not os.access(text, os.R_OK):
        raise _NotPlain
    return Path(text)


# What each option of `status` is called in show_status, and how its value is read; --no-cache
# is the one flag.
VALUED: dict[str, tuple[str, Callable[[str], Any]]] = {
    "--data": ("data", _path),
    "--plan": ("plan", _path),
    "--as-of": ("as_of", read_date),
    "--lang": ("lang", choice_reader(LANGS)),
    "--format": ("output_format", choice_reader(FORMATS)),
    "--soon": ("soon", read_days),
}
ENVIRONMENT = {"--data": DATA_ENV, "--lang": LANG_ENV}


def plain_status(argv: Sequence[str], env: Mapping[str, str]) -> dict[str, Any] | None:
    """show_status's arguments for a plain `status` line (those it gives: show_status has
    `status`'s defaults), None for any other line."""
    if not argv or argv[0] != "status" or NO_CACHE_ENV in env:
        return None
    if "_NHANLUC_COMPLETE" in env:  # shell completion, which Typer answers
        return None
    given: dict[str, str] = {}
    no_cache = False
    index = 1
    while index < len(argv):
        token = argv[index]
        if token == "--no-cache" and not no_cache:
            no_cache = True
            index += 1
            continue
        if token not in VALUED or token in given or index + 1 == len(argv):
            return None
        value = argv[index + 1]
        if not value or value.startswith("-"):
            return None
        given[token] = value
        index += 2
    for option, variable in ENVIRONMENT.items():
        if option not in given and env.get(variable):  # an empty variable is no value
            given[option] = env[variable]
    arguments: dict[str, Any] = {"no_cache": True} if no_cache else {}
    try:
        for option, value in given.items():
            name, read = VALUED[option]
            arguments[name] = read(value)
    except (WrongValue, _NotPlain):
        return None
    return arguments


def quick_status(argv: Sequence[str], env: Mapping[str, str]) -> Callable[[], NoReturn] | None:
    """The run of a plain `status` line (its modules imported), or None."""
    arguments = plain_status(argv, env)
    if arguments is None:
        return None
    from nhanluc_cli.cli.dashboard import show_status
    from nhanluc_cli.cli.session import CommandExit, ListFormat

    if "output_format" in arguments:
        arguments["output_format"] = ListFormat(arguments["output_format"])

    def run() -> NoReturn:
        try:
            show_status(**arguments)
        except CommandExit as stop:
            sys.exit(stop.code)
        except KeyboardInterrupt:
            sys.exit(130)
        except OSError as error:
            if error.errno != errno.EPIPE:
                raise
            from nhanluc_cli.cli.pipes import reader_gone

            sys.exit(reader_gone())
        sys.exit(0)

    return run
