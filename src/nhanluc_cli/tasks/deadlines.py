"""Vietnamese deadline text ("Quý I/2022", "Hàng năm", ...) -> due dates and task occurrences.

Pure: no I/O and no clock. The wordings accepted are those of contract §2. Text is compared in
its folded form (no case, no diacritics, single spaces; see `vietnamese.fold`), so "hàng năm",
"Hằng năm" and an NFD-encoded "HÀNG NĂM" are one wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from nhanluc_cli.vietnamese import fold

__all__ = [
    "Deadline",
    "Occurrence",
    "occurrences_for",
    "parse_deadline",
    "period_bounds",
]


class Deadline(NamedTuple):
    text: str  # as written in the plan
    recurring: bool  # True for the "Hàng năm" kinds: one occurrence per year of the plan period
    due: date | None  # one-off due date (None when recurring)
    month: int | None  # recurring: the month whose last day is due (12 for "Hàng năm")


class Occurrence(NamedTuple):
    year: int | None  # None for a one-off task
    due: date


def last_day_of_month(year: int, month: int) -> date:
    # relativedelta(day=31) clamps to the month's real last day, leap years included.
    return date(year, month, 1) + relativedelta(day=31)


_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}

# Patterns run on folded text: lowercase, no diacritics ("quý" -> "quy", "năm" -> "nam",
# "đầu" -> "dau"), runs of spaces collapsed. "/" may have spaces around it.
_YEAR = r"([0-9]{4})"
_OF_YEAR = rf"\s*(?:/|\s+nam\s+)\s*{_YEAR}"  # "/2022" or " năm 2022"
_QUARTER = re.compile(rf"quy\s+(i|ii|iii|iv|[1-4]){_OF_YEAR}")
_MONTH = re.compile(rf"thang\s+([0-9]{{1,2}}){_OF_YEAR}")
_WHOLE_YEAR = re.compile(rf"(?:trong\s+)?nam\s+{_YEAR}")
_HALF_YEAR = re.compile(rf"6\s+thang\s+(dau|cuoi)\s+nam\s+{_YEAR}")
_DAY = re.compile(rf"([0-9]{{1,2}})\s*/\s*([0-9]{{1,2}})\s*/\s*{_YEAR}")
# "Hàng năm" and "Hằng năm" both fold to "hang nam".
_YEARLY = re.compile(r"(?:thuong\s+xuyen\s+)?hang\s+nam")
_MONTH_YEARLY = re.compile(r"thang\s+([0-9]{1,2})\s+hang\s+nam")


def _one_off(text: str, due: date) -> Deadline:
    return Deadline(text=text, recurring=False, due=due, month=None)


def _quarter(text: str, m: re.Match[str]) -> Deadline | None:
    quarter = _ROMAN_QUARTERS.get(m[1]) or int(m[1])
    return _one_off(text, last_day_of_month(int(m[2]), 3 * quarter))


def _month(text: str, m: re.Match[str]) -> Deadline | None:
    month = int(m[1])
    return _one_off(text, last_day_of_month(int(m[2]), month)) if 1 <= month <= 12 else None


def _whole_year(text: str, m: re.Match[str]) -> Deadline | None:
    return _one_off(text, date(int(m[1]), 12, 31))


def _half_year(text: str, m: re.Match[str]) -> Deadline | None:
    return _one_off(text, last_day_of_month(int(m[2]), 6 if m[1] == "dau" else 12))


def _day(text: str, m: re.Match[str]) -> Deadline | None:
    return _one_off(text, date(int(m[3]), int(m[2]), int(m[1])))


def _yearly(text: str, m: re.Match[str]) -> Deadline | None:
    return Deadline(text=text, recurring=True, due=None, month=12)


def _month_yearly(text: str, m: re.Match[str]) -> Deadline | None:
    month = int(m[1])
    if not 1 <= month <= 12:
        return None
    return Deadline(text=text, recurring=True, due=None, month=month)


_WORDINGS: tuple[tuple[re.Pattern[str], Callable[[str, re.Match[str]], Deadline | None]], ...] = (
    (_QUARTER, _quarter),
    (_MONTH, _month),
    (_WHOLE_YEAR, _whole_year),
    (_HALF_YEAR, _half_year),
    (_DAY, _day),
    (_YEARLY, _yearly),
    (_MONTH_YEARLY, _month_yearly),
)


def parse_deadline(text: str) -> Deadline | None:
    """Parse a deadline as the plan words it; None when the wording is not one of contract §2.

    Impossible dates ("31/02/2022", "Tháng 13/2022", year 0000) are None too: the caller turns
    None into finding E210. A single trailing full stop is tolerated ("Hàng năm.", as the
    document's section III.1 writes it).
    """
    folded = fold(text)
    if folded.endswith("."):
        folded = folded[:-1].rstrip()
    for pattern, build in _WORDINGS:
        m = pattern.fullmatch(folded)
        if m is not None:
            try:
                return build(text, m)
            except ValueError:  # date() refuses day 31/02, month 0, year 0
                return None
    return None


def occurrences_for(deadline: Deadline, first_year: int, last_year: int) -> list[Occurrence]:
    """The occurrences of a task with this deadline over the plan years first..last inclusive.

    A one-off deadline has one occurrence whatever the years; a recurring one has one per year,
    due on the last day of its month (none when first_year > last_year).
    """
    if not deadline.recurring:
        if deadline.due is None:
            raise ValueError(f"one-off deadline {deadline.text!r} has no due date")
        return [Occurrence(year=None, due=deadline.due)]
    month = deadline.month if deadline.month is not None else 12
    return [
        Occurrence(year=year, due=last_day_of_month(year, month))
        for year in range(max(first_year, 1), min(last_year, 9999) + 1)
    ]


_PERIOD = re.compile(r"([0-9]{4})(?:-(Q[1-4]|H[12]|[0-9]{2}))?")


def period_bounds(period: str) -> tuple[date, date] | None:
    """First and last day of a report period: "2022", "2022-Q1".."Q4", "2022-H1"/"H2", "2022-03".

    None when malformed ("2022-13", "2022-Q5", "2022-q1", "0000", spaces): a period is also a
    file name (`nhanluc new PERIOD`), so only the canonical spelling is accepted.
    """
    m = _PERIOD.fullmatch(period)
    if m is None:
        return None
    year, part = int(m[1]), m[2]
    if part is None:
        first_month, last_month = 1, 12
    elif part[0] == "Q":
        last_month = 3 * int(part[1])
        first_month = last_month - 2
    elif part[0] == "H":
        last_month = 6 * int(part[1])
        first_month = last_month - 5
    else:
        first_month = last_month = int(part)
        if not 1 <= first_month <= 12:
            return None
    if year < 1:
        return None
    return date(year, first_month, 1), last_day_of_month(year, last_month)
