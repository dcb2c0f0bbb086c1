"""Usage errors, in the chosen language: laid out as click lays them out (the usage line, where
help is, what is wrong), then what to do; exit code 2.

Usage errors are told apart by the class names and attributes click documents for them
(`NoSuchOption.option_name`, `BadParameter.param`, ...): Typer vendors click and exports only
`BadParameter`, and importing its private copy would tie this module to Typer's internals.
A bad option value comes as the parsers' `BadValue` (parsers.py), with a key and the value.
"""

import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import typer

from nhanluc_cli.cli.help import PROG, argument_help, option_help, usage_line, visible_options
from nhanluc_cli.cli.parsers import BadValue
from nhanluc_cli.i18n import Lang
from nhanluc_cli.i18n.help_texts import BAD_VALUES, FRAME, OPTIONS, USAGE_ERRORS, pick

EXIT_USAGE = 2


class Refused(Exception):
    """A usage error already printed; the exit code to return."""

    def __init__(self, code: int) -> None:
        self.code = code


def refuse(group: Any, lang: Lang, name: str | None, text: str, fix: str) -> NoReturn:
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
    raise Refused(EXIT_USAGE)


def sentences(key: str, lang: Lang, **args: str) -> tuple[str, str]:
    vi, en, vi_fix, en_fix = USAGE_ERRORS[key]
    text, fix = (vi, vi_fix) if lang == "vi" else (en, en_fix)
    return text.format(**args), fix.format(**args)


def bad_value(bad: BadValue, option: str, lang: Lang) -> tuple[str, str]:
    vi, en, vi_fix, en_fix = BAD_VALUES[bad.key]
    reason, fix = (vi, vi_fix) if lang == "vi" else (en, en_fix)
    args = {"value": bad.value, "choices": ", ".join(bad.choices)}
    text = sentences("bad_value", lang, option=option, reason=reason.format(**args))[0]
    return text, fix.format(**args)


def _nearest(typed: str, known: Sequence[str], lang: Lang, shown: str = "{}") -> str:
    """ "Có phải `--as-of`?" for the nearest known name, or "" when none is near."""
    import difflib

    nearest = difflib.get_close_matches(typed, known, n=1, cutoff=0.5)
    if not nearest:
        return ""
    return pick(FRAME["did_you_mean"], lang).format(suggestion=shown.format(nearest[0])) + " "


def refuse_command(group: Any, lang: Lang, typed: str) -> NoReturn:
    names = list(group.commands)
    text, fix = sentences("no_such_command", lang, name=typed, commands=", ".join(names))
    refuse(group, lang, None, text, _nearest(typed, names, lang, f"{PROG} {{}}") + fix)


def print_usage_error(
    group: Any, error: Any, lang: Lang, argv: Sequence[str], name: str | None
) -> None:
    """`name`: the command argv names. An error the parser raises carries no context; one that
    does (raised in a group's own options) says where it arose."""
    ctx = error.ctx
    if ctx is not None and ctx.parent is None:
        name = None
    try:
        refuse(group, lang, name, *_explain(group, error, name, lang, argv))
    except Refused:
        return


def _explain(
    group: Any, error: Any, name: str | None, lang: Lang, argv: Sequence[str]
) -> tuple[str, str]:
    """What is wrong and what to do, for one of click's usage errors."""
    command = group.commands[name] if name else group
    path = f"{PROG} {name}" if name else PROG
    kind = type(error).__name__
    if isinstance(error, BadValue):
        return bad_value(error, _param_label(error.param, name, lang, argv), lang)
    if kind == "NoSuchOption":
        known = ["-h", "--help", *(opt for param in visible_options(command) for opt in param.opts)]
        if name is None:
            known += ["--lang"]
        option = error.option_name
        text, fix = sentences("no_such_option", lang, option=option, command=path)
        return text, _nearest(option, known, lang, "{}") + fix
    if kind == "BadOptionUsage":
        option = error.option_name
        param = _param_by_option(command, option)
        if param is not None and getattr(param, "is_flag", False):
            return sentences("takes_no_value", lang, option=option)
        example = _option_example(name, option)
        return sentences("requires_value", lang, option=option, command=path, example=example)
    if kind == "MissingParameter" and name is not None and error.param is not None:
        if error.param.param_type_name == "option":  # a required option (`carry -o FILE`)
            option = sorted(error.param.opts, key=len)[-1]
            entry = option_help(name, option)
            return sentences(
                "missing_option",
                lang,
                option=option,
                help=entry.text(lang),
                command=path,
                example=entry.example,
            )
        entry = argument_help(name, error.param)
        return sentences(
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
        return sentences("extra_arguments", lang, arguments=extra, command=path)
    return sentences("bad_usage", lang, command=path)


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

    name = ctx.info_name
    group = ctx.parent.command if ctx.parent is not None else ctx.command
    param = next(p for p in ctx.command.params if p.name == param_name)
    entry = argument_help(name, param)
    text, fix = sentences(
        "missing_argument",
        lang,
        metavar=entry.metavar(lang),
        help=entry.text(lang),
        command=f"{PROG} {name}",
        example=entry.example,
    )
    try:
        refuse(group, lang, name, text, fix)
    except Refused as refused:
        raise typer.Exit(refused.code) from None
