"""The `nhanluc` command line: options -> core calls -> render -> exit code.

Only this package imports typer. Each command lives in its own module and registers itself on
`app` when imported: load_commands() imports the one a run needs, or all of them. Help pages and
usage errors are written by cli/usage.py, help.py and errors.py (in the chosen language), not by
Typer.
"""

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from nhanluc_cli import __version__
from nhanluc_cli.cli.values import HELP_TOKENS

if TYPE_CHECKING:
    import typer


def __getattr__(name: str) -> "typer.Typer":
    """`app`, the Typer app (typer_app.py), built when first asked for: a `status` line that
    quick.py reads itself never imports Typer (a fifth of a warm `status`)."""
    if name == "app":
        from nhanluc_cli.cli.typer_app import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Each command lives in its own module and registers itself on `app` when imported. A run
# imports only the module of the command its line names (run()): importing and building the
# other twelve commands cost every start ~9 ms, a tenth of a warm `status`. Help pages and an
# unknown name list every command, so they load them all, and so does load_commands() alone
# (the tests). Module order is registration order, the order help lists them in.
COMMAND_MODULES: dict[str, str] = {
    "carry": "carry",
    "check": "check",
    "import": "import_plan",
    "indicators": "indicators",
    "init": "init",
    "new": "new",
    "report": "report",
    "reports": "reports",
    "rollup": "rollup",
    "schema": "schema",
    "status": "status",
    "tasks": "tasks",
    "overdue": "tasks",
    "agencies": "tasks",
}


def load_commands(argv: Sequence[str] | None = None) -> "typer.Typer":
    """`app` with the command `argv` names registered, or every command when argv is None,
    names none, names an unknown one or asks for help."""
    import importlib

    name = _named_command(argv) if argv is not None else None
    modules = (
        [COMMAND_MODULES[name]] if name is not None else dict.fromkeys(COMMAND_MODULES.values())
    )
    for module in modules:
        importlib.import_module(f"nhanluc_cli.cli.{module}")
    from nhanluc_cli.cli import app  # through __getattr__, unless a test has put another here

    return app


def _named_command(argv: Sequence[str]) -> str | None:
    """The command a line names first, past any `--lang X` before it, when it is one of ours and
    the line asks for no help; None otherwise (usage.py then sorts the line out)."""
    tokens = list(argv[: argv.index("--")] if "--" in argv else argv)
    if HELP_TOKENS & set(tokens):
        return None
    index = 0
    while index < len(tokens) and tokens[index].startswith("--lang"):
        index += 2 if tokens[index] == "--lang" else 1
    if index < len(tokens) and tokens[index] in COMMAND_MODULES:
        return tokens[index]
    return None


def run() -> None:
    """Run the app; a bug must not greet an official with a traceback."""
    _tolerate_narrow_terminals()
    argv = sys.argv[1:]
    try:
        from nhanluc_cli.cli.quick import quick_status
        from nhanluc_cli.store.collector import collector_paused

        with collector_paused():  # importing Typer, pydantic and rich makes no garbage cycles
            command = quick_status(argv, os.environ) or load_commands(argv)
        command()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # `nhanluc status | head`: the reader has gone, not a bug
        from nhanluc_cli.cli.pipes import reader_gone

        sys.exit(reader_gone())
    except Exception as error:
        _internal_error(error)


EXIT_INTERNAL = 3  # a bug (contract §5): CI must never take it for a problem in the data


def _internal_error(error: Exception) -> NoReturn:
    """Say that nhanluc itself failed, where, and what to send the developers: two lines on
    stderr in the chosen language, no traceback, exit 3."""
    import traceback

    from nhanluc_cli.cli.usage import chosen_language
    from nhanluc_cli.i18n import word

    lang = chosen_language(sys.argv[1:], os.environ)
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "nhanluc_cli" in f.filename.replace(os.sep, "/")]
    innermost = (ours or frames)[-1] if frames else None
    where = "?"
    if innermost is not None:
        path = innermost.filename.replace(os.sep, "/")
        where = f"{path[path.rfind('nhanluc_cli/') :] if 'nhanluc_cli/' in path else path}:"
        where += str(innermost.lineno)
    described = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    print(
        "nhanluc: "
        + word("internal.error", lang, version=__version__, error=described, where=where)
        + "\n   = "
        + word("internal.report", lang),
        file=sys.stderr,
    )
    sys.exit(EXIT_INTERNAL)


def _tolerate_narrow_terminals() -> None:
    """A console that cannot show Vietnamese (cp1252, ascii) gets '?' instead of a crash.

    On Windows, output is UTF-8 whatever the code page: the console itself takes Unicode (PEP
    528), and output redirected to a file would otherwise be written in the ANSI code page, which
    has no room for Vietnamese.
    """
    if sys.platform == "win32":
        for stream in (sys.stdout, sys.stderr):
            if hasattr(stream, "reconfigure"):
                stream.reconfigure(encoding="utf-8", errors="replace")
        return
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
