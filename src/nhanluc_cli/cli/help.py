"""The help pages, in the chosen language: a command's (`nhanluc check -h`) and the root one
(`nhanluc -h`), written from i18n/help_texts.py and the parameters Typer built.
"""

from collections.abc import Sequence
from typing import Any

from nhanluc_cli.i18n import Lang
from nhanluc_cli.i18n.help_texts import ARGUMENTS, COMMANDS, FRAME, OPTIONS, Help, pick

PROG = "nhanluc"
MAX_HELP_WIDTH = 100


def help_width() -> int:
    import shutil  # difflib, shutil and textwrap: only for help and errors, not on every run

    return max(40, min(shutil.get_terminal_size((MAX_HELP_WIDTH, 24)).columns, MAX_HELP_WIDTH))


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


def visible_options(command: Any) -> list[Any]:
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
    rows = [_option_row(name, param, lang) for param in visible_options(command)]
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
