"""The command line's edge: which language, help pages, and usage errors in that language.

Typer builds the options and parses them; everything a person reads about the command line
itself (help, usage errors) is written in this folder from i18n/help_texts.py, so no library text
reaches them. The hook is `NhanlucGroup`, given to `typer.Typer(cls=...)` (Typer's documented way to
customise the group): its `main` is what `app()`, `python -m nhanluc_cli` and `CliRunner` all
call. It

1. chooses the language from argv (`--lang` anywhere before `--`), else NHANLUC_LANG, else vi;
2. moves a `--lang` written before the command name after it, where the command reads it;
3. answers `-h`/`--help` itself (and a bare `nhanluc`), from help_texts and the parameters Typer
   built;
4. runs Typer with `standalone_mode=False`, so that a usage error comes back as an exception
   instead of being printed in English, and prints it translated, with what to do; exit code 2.

The help pages are written by help.py, the usage errors by errors.py, and option values that
can be wrong go through the parsers of parsers.py, so that a bad value's message is ours too.
"""

import errno
import os
import sys
from collections.abc import Mapping, Sequence
from typing import Any

from typer.core import TyperGroup

from nhanluc_cli.cli.errors import (
    EXIT_USAGE,
    Refused,
    bad_value,
    print_usage_error,
    refuse,
    refuse_command,
    sentences,
)
from nhanluc_cli.cli.help import PROG, command_help, help_width, root_help
from nhanluc_cli.cli.parsers import BadValue
from nhanluc_cli.cli.session import CommandExit
from nhanluc_cli.cli.values import HELP_TOKENS, LANG_ENV, LANGS
from nhanluc_cli.i18n import Lang

# ---------------------------------------------------------------------------------------------
# Which language


def chosen_language(args: Sequence[str], env: Mapping[str, str]) -> Lang:
    """`--lang X` or `--lang=X` in argv (the last one, as the parser reads it), else
    NHANLUC_LANG, else Vietnamese. A value that is no language is left to the parser to refuse,
    in the language chosen without it."""
    chosen: str | None = None
    for index, token in enumerate(_before_double_dash(args)):
        if token == "--lang" and index + 1 < len(args):
            chosen = args[index + 1]
        elif token.startswith("--lang="):
            chosen = token.partition("=")[2]
    for candidate in (chosen, env.get(LANG_ENV)):
        if candidate is not None and candidate.strip().lower() in LANGS:
            return "en" if candidate.strip().lower() == "en" else "vi"
    return "vi"


def _before_double_dash(args: Sequence[str]) -> list[str]:
    tokens = list(args)
    return tokens[: tokens.index("--")] if "--" in tokens else tokens


# ---------------------------------------------------------------------------------------------
# The group: language, --lang before the command, help, errors


class NhanlucGroup(TyperGroup):
    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        lang = chosen_language(argv, os.environ)
        try:
            code = self._run(argv, lang, extra)
        except Refused as refused:
            code = refused.code
        if standalone_mode:
            sys.exit(code)
        return code

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except OSError as error:
            # Typer would end a closed pipe with exit 1, the code of findings in the data.
            if error.errno != errno.EPIPE:
                raise
            from nhanluc_cli.cli.pipes import reader_gone

            raise CommandExit(reader_gone()) from None

    def _run(self, argv: list[str], lang: Lang, extra: dict[str, Any]) -> int:
        name, argv = self._command_first(argv, lang)
        wants_help = bool(HELP_TOKENS & set(_before_double_dash(argv)))
        if name is None and (wants_help or not argv):
            print(root_help(self, lang, help_width()), file=sys.stdout if argv else sys.stderr)
            return 0 if argv else EXIT_USAGE  # a bare `nhanluc` is a usage error, as before
        if name is not None and wants_help:
            print(command_help(self.commands[name], name, lang, help_width()))
            return 0
        try:
            result = super().main(argv, PROG, standalone_mode=False, **extra)
        except CommandExit as stop:  # as click returns the code of a `typer.Exit`
            return stop.code
        except Exception as error:
            if getattr(error, "exit_code", None) != EXIT_USAGE or not hasattr(error, "ctx"):
                raise
            print_usage_error(self, error, lang, argv, name)
            return EXIT_USAGE
        return result if isinstance(result, int) else 0

    def _command_first(self, argv: list[str], lang: Lang) -> tuple[str | None, list[str]]:
        """The command's name and argv with any `--lang X` before the name moved after it (the
        commands take --lang; the group does not). An unknown name is a usage error here, with
        the nearest command, as no option can follow it anyway."""
        before: list[str] = []
        moved: list[str] = []
        index = 0
        while index < len(argv):
            token = argv[index]
            if token == "--":
                break
            if token == "--lang":
                if index + 1 == len(argv):
                    text, fix = sentences(
                        "requires_value", lang, option=token, command=PROG, example="en"
                    )
                    refuse(self, lang, None, text, fix)
                moved += argv[index : index + 2]
                index += 2
                continue
            if token.startswith("--lang="):
                moved.append(token)
            elif token.startswith("-"):
                before.append(token)
            else:
                if token not in self.commands:
                    refuse_command(self, lang, token)
                return token, [*before, token, *moved, *argv[index + 1 :]]
            index += 1
        # No command: the language is chosen already; a wrong one is refused here, since the
        # group has no --lang for the parser to check.
        for token in moved:
            value = token.partition("=")[2] if "=" in token else token
            if token != "--lang" and value.strip().lower() not in LANGS:
                refuse(
                    self, lang, None, *bad_value(BadValue("choice", value, LANGS), "--lang", lang)
                )
        return None, [*before, *argv[index:]]
