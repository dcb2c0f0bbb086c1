"""The command line's edge: which language, help pages, and usage errors in that language.

Typer builds the options and parses them; everything a person reads about the command line
itself (help, usage errors) is written here from i18n/help_texts.py, so no library text reaches
them. The hook is `NhanlucGroup`, given to `typer.Typer(cls=...)` (Typer's documented way to
customise the group): its `main` is what `app()`, `python -m nhanluc_cli` and `CliRunner` all
call. It

1. chooses the language from argv (`--lang` anywhere before `--`), else NHANLUC_LANG, else vi;
2. moves a `--lang` written before the command name after it, where the command reads it;
3. answers `-h`/`--help` itself (and a bare `nhanluc`), from help_texts and the parameters Typer
   built;
4. runs Typer with `standalone_mode=False`, so that a usage error comes back as an exception
   instead of being printed in English, and prints it translated, with what to do; exit code 2.

Usage errors are told apart by the class names and attributes click documents for them
(`NoSuchOption.option_name`, `BadParameter.param`, ...): Typer vendors click and exports only
`BadParameter`, and importing its private copy would tie this module to Typer's internals.
Option values that can be wrong go through the parsers below, which raise `BadValue` with a key
and the value, so a bad value's message is ours too.
"""

import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

from nhanluc_cli.i18n import Lang
from nhanluc_cli.i18n.help_texts import (
    ARGUMENTS,
    BAD_VALUES,
    COMMANDS,
    FRAME,
    OPTIONS,
    USAGE_ERRORS,
    Help,
    pick,
)

PROG = "nhanluc"
LANGS: tuple[Lang, ...] = ("vi", "en")
HELP_TOKENS = frozenset({"-h", "--help"})
EXIT_USAGE = 2
MAX_HELP_WIDTH = 100


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
    for candidate in (chosen, env.get("NHANLUC_LANG")):
        if candidate is not None and candidate.strip().lower() in LANGS:
            return "en" if candidate.strip().lower() == "en" else "vi"
    return "vi"


def _before_double_dash(args: Sequence[str]) -> list[str]:
    tokens = list(args)
    return tokens[: tokens.index("--")] if "--" in tokens else tokens


# ---------------------------------------------------------------------------------------------
# Option values: parsers that fail with a key and the value, translated at the edge


class BadValue(typer.BadParameter):
    """An option value that is wrong; `key` names the reason in help_texts.BAD_VALUES."""

    def __init__(self, key: str, value: object, choices: Sequence[str] = ()) -> None:
        super().__init__(f"{key}: {value}")
        self.key, self.value, self.choices = key, str(value), tuple(choices)


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def parse_date(value: object) -> date:
    """`dd/mm/yyyy` (also `d/m/yyyy`) or exactly `YYYY-MM-DD`. Python's own parser also takes
    "20220101" and ISO weeks ("2022-W10-1"), which no official means when typing a date."""
    if isinstance(value, date):
        return value
    text = str(value).strip()
    parts: list[str] = []
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        parts = [text[8:], text[5:7], text[:4]]
    elif text.count("/") == 2:
        parts = text.split("/")
    shapes_ok = (
        len(parts) == 3
        and all(_digits(part) for part in parts)
        and 1 <= len(parts[0]) <= 2
        and 1 <= len(parts[1]) <= 2
        and len(parts[2]) == 4
    )
    if not shapes_ok:
        raise BadValue("date.malformed", text)
    day, month, year = (int(part) for part in parts)
    try:
        return date(year, month, day)
    except ValueError:
        raise BadValue("date.impossible", text) from None


def parse_year(value: object) -> int:
    text = str(value).strip()
    if len(text) != 4 or not _digits(text):
        raise BadValue("year", text)
    return int(text)


def parse_days(value: object) -> int:
    """A whole number of days, 0 to 99999: further than that no date can be counted to."""
    text = str(value).strip()
    if not _digits(text) or len(text) > 5:
        raise BadValue("days", text)
    return int(text)


def parse_output(value: object) -> Path:
    """--output FILE: a name ending in a separator ("bao-cao.md/") names a folder; pathlib would
    silently drop the separator and write a file of that name."""
    text = str(value)
    if text.endswith(("/", "\\")) or (os.altsep and text.endswith(os.altsep)):
        raise BadValue("output.folder", text)
    return Path(text)


def choice_parser(choices: Iterable[str]) -> Callable[[object], str]:
    """A parser accepting one of `choices`, in any case; Typer turns the text into the
    annotated enum itself."""
    allowed = tuple(choices)

    def parse(value: object) -> str:
        text = str(value).strip().lower()
        if text not in allowed:
            raise BadValue("choice", str(value), allowed)
        return text

    return parse


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
        except _Refused as refused:
            code = refused.code
        if standalone_mode:
            sys.exit(code)
        return code

    def _run(self, argv: list[str], lang: Lang, extra: dict[str, Any]) -> int:
        name, argv = self._command_first(argv, lang)
        wants_help = bool(HELP_TOKENS & set(_before_double_dash(argv)))
        if name is None and (wants_help or not argv):
            print(root_help(self, lang, _help_width()), file=sys.stdout if argv else sys.stderr)
            return 0 if argv else EXIT_USAGE  # a bare `nhanluc` is a usage error, as before
        if name is not None and wants_help:
            print(command_help(self.commands[name], name, lang, _help_width()))
            return 0
        try:
            result = super().main(argv, PROG, standalone_mode=False, **extra)
        except Exception as error:
            if getattr(error, "exit_code", None) != EXIT_USAGE or not hasattr(error, "ctx"):
                raise
            _print_usage_error(self, error, lang, argv, name)
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
                    text, fix = _sentences(
                        "requires_value", lang, option=token, command=PROG, example="en"
                    )
                    _refuse(self, lang, None, text, fix)
                moved += argv[index : index + 2]
                index += 2
                continue
            if token.startswith("--lang="):
                moved.append(token)
            elif token.startswith("-"):
                before.append(token)
            else:
                if token not in self.commands:
                    _refuse_command(self, lang, token)
                return token, [*before, token, *moved, *argv[index + 1 :]]
            index += 1
        # No command: the language is chosen already; a wrong one is refused here, since the
        # group has no --lang for the parser to check.
        for token in moved:
            value = token.partition("=")[2] if "=" in token else token
            if token != "--lang" and value.strip().lower() not in LANGS:
                _refuse(
                    self, lang, None, *_bad_value(BadValue("choice", value, LANGS), "--lang", lang)
                )
        return None, [*before, *argv[index:]]


def _help_width() -> int:
    import shutil  # difflib, shutil and textwrap: only for help and errors, not on every run

    return max(40, min(shutil.get_terminal_size((MAX_HELP_WIDTH, 24)).columns, MAX_HELP_WIDTH))


# ---------------------------------------------------------------------------------------------
# Help pages


def option_help(command: str, option: str) -> Help:
    return OPTIONS.get(f"{command} {option}") or OPTIONS[option]


def argument_help(command: str, param: Any) -> Help:
    return ARGUMENTS[f"{command} {param.name}"]


def _first_sentence(text: str) -> str:
    head, dot, _ = text.partition(". ")
    return head + dot.strip() if dot else text


def _rows(rows: Sequence[tuple[str, str]], width: int) -> list[str]:
    """Two columns, the right one wrapped; a left cell too long for its column puts its text
    on the next line, so nothing is cut."""
    import textwrap

    left = min(max((len(name) for name, _ in rows), default=0), 26)
    text_width = max(width - left - 4, 20)
    lines: list[str] = []
    for name, text in rows:
        wrapped = textwrap.wrap(text, text_width) or [""]
        if len(name) > left:
            lines.append(f"  {name}")
            lines.extend(f"  {'':{left}}  {line}" for line in wrapped)
            continue
        lines.append(f"  {name:{left}}  {wrapped[0]}")
        lines.extend(f"  {'':{left}}  {line}" for line in wrapped[1:])
    return lines


def _paragraph(text: str, width: int) -> list[str]:
    import textwrap

    return textwrap.wrap(text, width - 2, initial_indent="  ", subsequent_indent="  ")


def usage_line(command: Any, name: str | None, lang: Lang) -> str:
    if name is None:
        pieces = [PROG, pick(FRAME["options_placeholder"], lang)]
        pieces.append(pick(FRAME["command_placeholder"], lang))
        return " ".join(pieces)
    pieces = [PROG, name, pick(FRAME["options_placeholder"], lang)]
    pieces += [argument_help(name, p).metavar(lang) for p in _arguments(command)]
    return " ".join(pieces)


def _arguments(command: Any) -> list[Any]:
    return [p for p in command.params if p.param_type_name == "argument"]


def _options(command: Any) -> list[Any]:
    return [p for p in command.params if p.param_type_name == "option" and not p.hidden]


def _option_row(command: str, param: Any, lang: Lang) -> tuple[str, str]:
    opts = sorted(param.opts, key=len)
    entry = option_help(command, opts[-1])
    left = ", ".join(opts) + (f" {entry.metavar(lang)}" if entry.metavar(lang) else "")
    text = entry.text(lang)
    if getattr(param, "multiple", False):
        text += " " + pick(FRAME["repeatable"], lang)
    if param.envvar and isinstance(param.envvar, str):
        text += " " + pick(FRAME["env"], lang).format(name=param.envvar)
    return left, text


def command_help(command: Any, name: str, lang: Lang, width: int) -> str:
    lines = [f"{pick(FRAME['usage'], lang)} {usage_line(command, name, lang)}", ""]
    lines += _paragraph(pick(COMMANDS[name], lang), width)
    arguments = _arguments(command)
    if arguments:
        rows = []
        for param in arguments:
            entry = argument_help(name, param)
            text = entry.text(lang) + (
                f" {pick(FRAME['required'], lang)}" if param.required else ""
            )
            rows.append((entry.metavar(lang), text))
        lines += ["", pick(FRAME["arguments"], lang), *_rows(rows, width)]
    rows = [_option_row(name, param, lang) for param in _options(command)]
    rows.append(("-h, --help", option_help(name, "--help").text(lang)))
    lines += ["", pick(FRAME["options"], lang), *_rows(rows, width)]
    return "\n".join(lines)


def root_help(group: Any, lang: Lang, width: int) -> str:
    lines = [f"{pick(FRAME['usage'], lang)} {usage_line(group, None, lang)}", ""]
    lines += _paragraph(pick(COMMANDS[""], lang), width)
    rows = [
        (f"--lang {OPTIONS['--lang'].metavar(lang)}", OPTIONS["--lang"].text(lang)),
        ("--version", OPTIONS["--version"].text(lang)),
        ("-h, --help", OPTIONS["--help"].text(lang)),
    ]
    lines += ["", pick(FRAME["options"], lang), *_rows(rows, width)]
    commands = [(name, _first_sentence(pick(COMMANDS[name], lang))) for name in group.commands]
    lines += ["", pick(FRAME["commands"], lang), *_rows(commands, width)]
    lines += ["", *_paragraph(pick(FRAME["root_epilog"], lang), width)]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# Usage errors


class _Refused(Exception):
    """A usage error already printed; the exit code to return."""

    def __init__(self, code: int) -> None:
        self.code = code


def _refuse(group: Any, lang: Lang, name: str | None, text: str, fix: str) -> NoReturn:
    """Print a usage error as click lays it out (the usage line, where help is, what is wrong),
    then what to do; exit code 2."""
    command = group.commands[name] if name is not None else group
    path = f"{PROG} {name}" if name else PROG
    lines = [
        f"{pick(FRAME['usage'], lang)} {usage_line(command, name, lang)}",
        pick(FRAME["try_help"], lang).format(command=path),
        "",
        f"{pick(FRAME['error'], lang)} {text}",
    ]
    if fix:
        lines.append(fix)
    print("\n".join(lines), file=sys.stderr)
    raise _Refused(EXIT_USAGE)


def _sentences(key: str, lang: Lang, **args: str) -> tuple[str, str]:
    vi, en, vi_fix, en_fix = USAGE_ERRORS[key]
    text, fix = (vi, vi_fix) if lang == "vi" else (en, en_fix)
    return text.format(**args), fix.format(**args)


def _bad_value(bad: BadValue, option: str, lang: Lang) -> tuple[str, str]:
    vi, en, vi_fix, en_fix = BAD_VALUES[bad.key]
    reason, fix = (vi, vi_fix) if lang == "vi" else (en, en_fix)
    args = {"value": bad.value, "choices": ", ".join(bad.choices)}
    text = _sentences("bad_value", lang, option=option, reason=reason.format(**args))[0]
    return text, fix.format(**args)


def _nearest(typed: str, known: Sequence[str], lang: Lang, shown: str = "{}") -> str:
    """ "Có phải `--as-of`?" for the nearest known name, or "" when none is near."""
    import difflib

    nearest = difflib.get_close_matches(typed, known, n=1, cutoff=0.5)
    if not nearest:
        return ""
    return pick(FRAME["did_you_mean"], lang).format(suggestion=shown.format(nearest[0])) + " "


def _refuse_command(group: Any, lang: Lang, typed: str) -> NoReturn:
    names = list(group.commands)
    text, fix = _sentences("no_such_command", lang, name=typed, commands=", ".join(names))
    _refuse(group, lang, None, text, _nearest(typed, names, lang, f"{PROG} {{}}") + fix)


def _print_usage_error(
    group: Any, error: Any, lang: Lang, argv: Sequence[str], name: str | None
) -> None:
    """`name`: the command argv names. An error the parser raises carries no context; one that
    does (raised in a group's own options) says where it arose."""
    ctx = error.ctx
    if ctx is not None and ctx.parent is None:
        name = None
    try:
        _refuse(group, lang, name, *_explain(group, error, name, lang, argv))
    except _Refused:
        return


def _explain(
    group: Any, error: Any, name: str | None, lang: Lang, argv: Sequence[str]
) -> tuple[str, str]:
    """What is wrong and what to do, for one of click's usage errors."""
    command = group.commands[name] if name else group
    path = f"{PROG} {name}" if name else PROG
    kind = type(error).__name__
    if isinstance(error, BadValue):
        return _bad_value(error, _param_label(error.param, name, lang, argv), lang)
    if kind == "NoSuchOption":
        known = ["-h", "--help", *(opt for param in _options(command) for opt in param.opts)]
        if name is None:
            known += ["--lang"]
        option = error.option_name
        text, fix = _sentences("no_such_option", lang, option=option, command=path)
        return text, _nearest(option, known, lang, "{}") + fix
    if kind == "BadOptionUsage":
        option = error.option_name
        param = _param_by_option(command, option)
        if param is not None and getattr(param, "is_flag", False):
            return _sentences("takes_no_value", lang, option=option)
        example = _option_example(name, option)
        return _sentences("requires_value", lang, option=option, command=path, example=example)
    if kind == "MissingParameter" and name is not None and error.param is not None:
        if error.param.param_type_name == "option":  # a required option (`carry -o FILE`)
            option = sorted(error.param.opts, key=len)[-1]
            entry = option_help(name, option)
            return _sentences(
                "missing_option",
                lang,
                option=option,
                help=entry.text(lang),
                command=path,
                example=entry.example,
            )
        entry = argument_help(name, error.param)
        return _sentences(
            "missing_argument",
            lang,
            metavar=entry.metavar(lang),
            help=entry.text(lang),
            command=path,
            example=entry.example,
        )
    message = str(getattr(error, "message", ""))
    if message.startswith("Got unexpected extra argument"):
        extra = message.partition(") (")[2].removesuffix(")")
        return _sentences("extra_arguments", lang, arguments=extra, command=path)
    return _sentences("bad_usage", lang, command=path)


def _param_by_option(command: Any, option: str) -> Any:
    for param in getattr(command, "params", []):
        if option in getattr(param, "opts", ()):
            return param
    return None


def _option_example(name: str | None, option: str) -> str:
    entry = OPTIONS.get(f"{name} {option}") or OPTIONS.get(option)
    return entry.example if entry is not None else ""


def _param_label(param: Any, name: str | None, lang: Lang, argv: Sequence[str]) -> str:
    """How the bad value was given: the argument's placeholder, the option, or the
    environment variable when the option is not on the command line."""
    if param is None:
        return ""
    if param.param_type_name == "argument" and name is not None:
        return argument_help(name, param).metavar(lang)
    option: str = sorted(param.opts, key=len)[-1]
    given = any(token.split("=")[0] in param.opts for token in argv)
    if not given and isinstance(param.envvar, str) and os.environ.get(param.envvar):
        return str(param.envvar)
    return option


def refuse_missing_argument(ctx: Any, param_name: str, lang: Lang) -> NoReturn:
    """The usage error of a missing argument (exit 2), for an argument that only some data can
    do without: `nhanluc new` proposes the period when the plan has a reporting calendar."""
    import typer

    name = ctx.info_name
    group = ctx.parent.command if ctx.parent is not None else ctx.command
    param = next(p for p in ctx.command.params if p.name == param_name)
    entry = argument_help(name, param)
    text, fix = _sentences(
        "missing_argument",
        lang,
        metavar=entry.metavar(lang),
        help=entry.text(lang),
        command=f"{PROG} {name}",
        example=entry.example,
    )
    try:
        _refuse(group, lang, name, text, fix)
    except _Refused as refused:
        raise typer.Exit(refused.code) from None
