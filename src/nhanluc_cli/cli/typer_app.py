"""The Typer app every command registers itself on (`from nhanluc_cli.cli import app` builds it
on first use: see cli/__init__.py)."""

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
    """The group's own options; its help is help.root_help."""
