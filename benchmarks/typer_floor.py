"""The cheapest Typer app with `nhanluc status`'s options: the framework's floor for `status`.

It imports the same stack as contract §8's reference line, declares the options `status` takes
and does nothing. benchmarks/run.py times it next to `nhanluc status` to show how much of the
start-up is Typer's own: since 0.26 Typer coerces every option (and the --help flag) through a
pydantic TypeAdapter, which imports pydantic's model machinery that `import pydantic` alone
leaves unloaded.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal

import dateutil.rrule  # noqa: F401  (the reference line's imports, all of them)
import pydantic  # noqa: F401
import rich.console
import rich.table  # noqa: F401
import typer
import yaml  # noqa: F401

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, rich_markup_mode=None)


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def _day(text: str) -> date:
    return date.fromisoformat(text)


@app.callback()
def root(version: Annotated[bool, typer.Option("--version")] = False) -> None:
    """Root options, as nhanluc has them."""


@app.command()
def status(
    data: Annotated[Path | None, typer.Option("--data")] = None,
    plan: Annotated[Path | None, typer.Option("--plan")] = None,
    as_of: Annotated[date | None, typer.Option("--as-of", parser=_day)] = None,
    lang: Annotated[Literal["vi", "en"], typer.Option("--lang")] = "vi",
    output_format: Annotated[Format, typer.Option("--format")] = Format.table,
    soon: Annotated[int, typer.Option("--soon", min=0)] = 30,
) -> None:
    """Does nothing."""


@app.command()
def other() -> None:
    """A second command, so that Typer builds a group as nhanluc's."""


if __name__ == "__main__":
    app()
