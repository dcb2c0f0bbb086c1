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


def _read(reader: Callable[[object], T], value: object) -> T:
    try:
        return reader(value)
    except WrongValue as wrong:
        raise BadValue(wrong.key, wrong.value, wrong.choices) from None


def parse_date(value: object) -> date:
    return _read(read_date, value)


def parse_year(value: object) -> int:
    return _read(read_year, value)


def parse_days(value: object) -> int:
    return _read(read_days, value)


def parse_output(value: object) -> Path:
    return _read(read_output, value)


def choice_parser(choices: Iterable[str]) -> Callable[[object], str]:
    """A parser accepting one of `choices`, in any case; Typer turns the text into the
    annotated enum itself."""
    read = choice_reader(choices)

    def parse(value: object) -> str:
        return _read(read, value)

    return parse
