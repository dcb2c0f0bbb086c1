"""The `nhanluc` command line: options -> core calls -> render -> exit code.

Only this package imports typer. Each command lives in its own module and registers itself on
`app`; the modules are imported here so that `nhanluc --help` lists them all. Help pages and
usage errors are written by cli/usage.py (in the chosen language), not by Typer.
"""

import os
import sys
from typing import Annotated

import typer

from nhanluc_cli import __version__
from nhanluc_cli.cli.usage import NhanlucGroup

app = typer.Typer(
    name="nhanluc",
    cls=NhanlucGroup,
    # -h as well as --help, should a help token ever reach the parser (usage.py answers both).
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        print(f"nhanluc {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True),
    ] = False,
) -> None:
    """The group's own options; its help is usage.root_help."""


# Registering the commands: each module adds itself to `app` on import.
from nhanluc_cli.cli import carry as _carry  # noqa: E402,F401
from nhanluc_cli.cli import check as _check  # noqa: E402,F401
from nhanluc_cli.cli import import_plan as _import_plan  # noqa: E402,F401
from nhanluc_cli.cli import indicators as _indicators  # noqa: E402,F401
from nhanluc_cli.cli import init as _init  # noqa: E402,F401
from nhanluc_cli.cli import new as _new  # noqa: E402,F401
from nhanluc_cli.cli import report as _report  # noqa: E402,F401
from nhanluc_cli.cli import rollup as _rollup  # noqa: E402,F401
from nhanluc_cli.cli import schema as _schema  # noqa: E402,F401
from nhanluc_cli.cli import status as _status  # noqa: E402,F401
from nhanluc_cli.cli import tasks as _tasks  # noqa: E402,F401


def run() -> None:
    """Run the app; a bug must not greet an official with a traceback."""
    _tolerate_narrow_terminals()
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        # `nhanluc status | head`: the reader has gone, which is not a bug. Python would complain
        # again when it flushes stdout at exit, so stdout is pointed at nothing first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)  # 128 + SIGPIPE, as a shell reports a command cut off by its pipe
    except Exception as error:
        print(
            f"nhanluc: lỗi nội bộ / internal error: {type(error).__name__}: {error}\n"
            "Vui lòng báo lỗi kèm lệnh đã chạy. / Please report this with the command you ran.",
            file=sys.stderr,
        )
        sys.exit(1)


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
