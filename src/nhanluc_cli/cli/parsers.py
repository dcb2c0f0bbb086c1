"""Option values that can be wrong: parsers that fail with `BadValue`, a key and the value, so
that a bad value's message is ours (errors.py translates it), never the library's.
"""

import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

import typer


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
