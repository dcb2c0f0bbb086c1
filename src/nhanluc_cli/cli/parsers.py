"""Option values that can be wrong, for Typer: the readers of values.py, failing with
`BadValue` (a key and the value) so that a bad value's message is ours (errors.py translates
it), never the library's.
"""

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TypeVar

import typer

from nhanluc_cli.cli.values import (
    WrongValue,
    choice_reader,
    read_date,
    read_days,
    read_output,
    read_year,
)

T = TypeVar("T")


class BadValue(typer.BadParameter):
    """An option value that is wrong; `key` names the reason in help_texts.BAD_VALUES. A click
    usage error, so that Typer gives it the option it was read for."""

    def __init__(self, key: str, value: object, choices: Sequence[str] = ()) -> None:
        super().__init__(f"{key}: {value}")
        self.key, self.value, self.choices = key, str(value), tuple(choices)


def for_typer(reader: Callable[[object], T]) -> Callable[[object], T]:
    """`reader` (values.py) as a Typer parser: its WrongValue raised as BadValue."""

    def parse(value: object) -> T:
        try:
            return reader(value)
        except WrongValue as wrong:
            raise BadValue(wrong.key, wrong.value, wrong.choices) from None

    return parse


parse_date: Callable[[object], date] = for_typer(read_date)
parse_year: Callable[[object], int] = for_typer(read_year)
parse_days: Callable[[object], int] = for_typer(read_days)
parse_output: Callable[[object], Path] = for_typer(read_output)


def choice_parser(choices: Iterable[str]) -> Callable[[object], str]:
    """A parser accepting one of `choices`, in any case; Typer turns the text into the
    annotated enum itself."""
    return for_typer(choice_reader(choices))
