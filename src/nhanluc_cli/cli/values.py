"""The command line's tokens as read without Typer: the tokens that ask for help, and option
values that can be wrong. Each reader returns the value or raises `WrongValue`, a key and the
value; parsers.py hands them to Typer (as `BadValue`, so that a bad value's message is ours);
cli/quick.py reads a plain `status` line with them directly.
"""

import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

HELP_TOKENS = frozenset({"-h", "--help"})
LANGS = ("vi", "en")  # what --lang takes (i18n.Lang), for Typer's reading and quick.py's
# The environment variables that give an option's value, named once for Typer's options
# (common.py, rollup.py), the language of usage errors (usage.py) and quick.py.
DATA_ENV = "NHANLUC_DATA"  # --data
LANG_ENV = "NHANLUC_LANG"  # --lang
NO_CACHE_ENV = "NHANLUC_NO_CACHE"  # --no-cache


class WrongValue(Exception):
    """An option value that is wrong; `key` names the reason in help_texts.BAD_VALUES."""

    def __init__(self, key: str, value: object, choices: Sequence[str] = ()) -> None:
        super().__init__(f"{key}: {value}")
        self.key, self.value, self.choices = key, str(value), tuple(choices)


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def read_date(value: object) -> date:
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
        raise WrongValue("date.malformed", text)
    day, month, year = (int(part) for part in parts)
    try:
        return date(year, month, day)
    except ValueError:
        raise WrongValue("date.impossible", text) from None


def read_year(value: object) -> int:
    text = str(value).strip()
    if len(text) != 4 or not _digits(text):
        raise WrongValue("year", text)
    return int(text)


def read_days(value: object) -> int:
    """A whole number of days, 0 to 99999: further than that no date can be counted to."""
    text = str(value).strip()
    if not _digits(text) or len(text) > 5:
        raise WrongValue("days", text)
    return int(text)


def read_output(value: object) -> Path:
    """--output FILE: a name ending in a separator ("bao-cao.md/") names a folder; pathlib would
    silently drop the separator and write a file of that name."""
    text = str(value)
    if text.endswith(("/", "\\")) or (os.altsep and text.endswith(os.altsep)):
        raise WrongValue("output.folder", text)
    return Path(text)


def choice_reader(choices: Iterable[str]) -> Callable[[object], str]:
    """A reader accepting one of `choices`, in any case, as the choice's own text."""
    allowed = tuple(choices)

    def read(value: object) -> str:
        text = str(value).strip().lower()
        if text not in allowed:
            raise WrongValue("choice", str(value), allowed)
        return text

    return read
