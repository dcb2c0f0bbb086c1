"""Vietnamese deadline text ("Quý I/2022", "Hằng quý", ...) -> due dates and task occurrences.

Pure: no I/O and no clock. The wordings accepted are those of contract §2 and §12. Text is
compared in its folded form (no case, no diacritics, single spaces; see `vietnamese.fold`), so
"hàng năm", "Hằng năm" and an NFD-encoded "HÀNG NĂM" are one wording, as are "quý" and "quí".

An occurrence is named by a label in the report-period syntax of §1.2 ("2022", "2022-Q3",
"2022-H1"), so `period_bounds(occurrence.label)` is the span it belongs to and a report key can
say "7@2022-Q3".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from itertools import pairwise
from typing import Literal, NamedTuple

from dateutil.relativedelta import relativedelta

from nhanluc_cli.vietnamese import fold

__all__ = [
    "Cadence",
    "Deadline",
    "Occurrence",
    "label_for_period",
    "occurrences_for",
    "parse_deadline",
    "period_bounds",
]

Cadence = Literal["yearly", "half_yearly", "quarterly"]


class Deadline(NamedTuple):
    text: str  # as written in the plan
    recurring: bool  # True when the task falls due again and again over the plan period
    due: date | None  # one-off due date (None when recurring)
    month: int | None  # recurring yearly: the month due (12 for "Hàng năm"); None otherwise
    # The fields below have defaults so that the four-field form above still builds the
    # plain yearly and one-off deadlines.
    day: int | None = None  # recurring yearly: the day of `month` due; None: its last day
    cadence: Cadence = "yearly"  # recurring: how often it falls due (a one-off ignores it)
    from_year: int | None = None  # recurring: the first year ("Năm 2022 và các năm tiếp theo")
    # "Quý l/2022": a lower-case L where the Roman I belongs, as OCR reads scanned plans. The
    # text is read as Quý I, but someone should look at the source: the caller warns.
    ocr_suspect: bool = False


class Occurrence(NamedTuple):
    year: int | None  # None for a one-off task
    due: date
    part: str | None = None  # "Q1".."Q4" or "H1"/"H2" of `year`; None: the whole year

    @property
    def label(self) -> str | None:
        """Its report period, "2022", "2022-Q3" or "2022-H1"; None for a one-off task."""
        return None if self.year is None else _label(self.year, self.part)


def _label(year: int, part: str | None) -> str:
    return f"{year:04d}" if part is None else f"{year:04d}-{part}"


def last_day_of_month(year: int, month: int) -> date:
    # relativedelta(day=31) clamps to the month's real last day, leap years included.
    return date(year, month, 1) + relativedelta(day=31)


_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _quarter_number(item: str) -> tuple[int, bool] | None:
    """1..4 and whether an OCR'd "l" stood for "I"; None when not a quarter."""
    if item.isdigit():
        return (int(item), False) if item in ("1", "2", "3", "4") else None
    roman = item.replace("l", "i")
    quarter = _ROMAN_QUARTERS.get(roman)
    return None if quarter is None else (quarter, roman != item)


def _month_number(item: str) -> int | None:
    return int(item) if item.isdigit() and 1 <= int(item) <= 12 else None


# Patterns run on folded text: lowercase, no diacritics ("quý" -> "quy", "quí" -> "qui",
# "năm" -> "nam", "đầu" -> "dau"), runs of spaces collapsed. "/" may have spaces around it.
_YEAR = r"([0-9]{4})"
_OF_YEAR = rf"\s*(?:/|\s+nam\s+)\s*{_YEAR}"  # "/2022" or " năm 2022"
_DAY_MONTH = r"([0-9]{1,2})\s*/\s*([0-9]{1,2})"
# "Trước ngày", "Trước", "Chậm nhất ngày", "Chậm nhất là ngày", "Hạn chót ngày".
_BEFORE = r"(?:truoc|cham\s+nhat(?:\s+la)?|han\s+chot)\s+(?:ngay\s+)?"
# "I, II" or "1,2 và 3". The pattern takes any letters and digits as items; _quarter_number and
# _month_number judge them, so that the rules (and OCR's "l") live in one place each.
_SEPARATOR = r"\s*,\s*|\s+va\s+"  # "," or "và"
_LIST_SEPARATOR = re.compile(_SEPARATOR)
_ITEMS = rf"([0-9a-z]+(?:(?:{_SEPARATOR})[0-9a-z]+)*)"
_EVERY_YEAR = r"hang\s+nam"  # "Hàng năm" and "Hằng năm" both fold to "hang nam"

_QUARTERS = re.compile(rf"qu[yi]\s+{_ITEMS}{_OF_YEAR}")
_MONTHS = re.compile(rf"thang\s+{_ITEMS}{_OF_YEAR}")
_WHOLE_YEAR = re.compile(rf"(?:trong\s+|cuoi\s+)?nam\s+{_YEAR}")
_FIRST_MONTHS = re.compile(rf"(6|9)\s+thang\s+dau\s+nam\s+{_YEAR}")
_LAST_HALF = re.compile(rf"6\s+thang\s+cuoi\s+nam\s+{_YEAR}")
_DAY = re.compile(rf"(?:{_BEFORE})?{_DAY_MONTH}\s*/\s*{_YEAR}")
# Hyphen, en dash or em dash: plans typed in Word get the dashes Word makes.
_YEAR_SPAN = re.compile(rf"(?:giai\s+doan\s+)?{_YEAR}\s*[-\u2013\u2014]\s*{_YEAR}")
_YEARLY = re.compile(rf"thuong\s+xuyen(?:\s+{_EVERY_YEAR})?|{_EVERY_YEAR}")
_MONTH_YEARLY = re.compile(rf"thang\s+([0-9]{{1,2}})\s+{_EVERY_YEAR}")
_DAY_YEARLY = re.compile(rf"{_BEFORE}{_DAY_MONTH}\s+{_EVERY_YEAR}")
_FROM_YEAR = re.compile(rf"(?:tu\s+)?nam\s+{_YEAR}\s+va\s+cac\s+nam\s+tiep\s+theo")
_QUARTERLY = re.compile(r"hang\s+qu[yi]")
_HALF_YEARLY = re.compile(rf"(?:dinh\s+ky\s+)?6\s+thang\s*,?\s*{_EVERY_YEAR}")


def _one_off(text: str, due: date, *, ocr_suspect: bool = False) -> Deadline:
    return Deadline(text=text, recurring=False, due=due, month=None, ocr_suspect=ocr_suspect)


def _increasing(numbers: list[int | None]) -> list[int] | None:
    """The numbers when all are valid and each is after the one before; else None.

    "Quý II, I/2022" names its last quarter first: which one is due is a guess, so refuse it.
    """
    valid = [n for n in numbers if n is not None]
    if len(valid) != len(numbers) or any(a >= b for a, b in pairwise(valid)):
        return None
    return valid


def _quarters(text: str, m: re.Match[str]) -> Deadline | None:
    read = [_quarter_number(item) for item in _LIST_SEPARATOR.split(m[1])]
    quarters = _increasing([q[0] if q is not None else None for q in read])
    if quarters is None:
        return None
    ocr_suspect = any(q is not None and q[1] for q in read)
    return _one_off(text, last_day_of_month(int(m[2]), 3 * quarters[-1]), ocr_suspect=ocr_suspect)


def _months(text: str, m: re.Match[str]) -> Deadline | None:
    months = _increasing([_month_number(item) for item in _LIST_SEPARATOR.split(m[1])])
    return None if months is None else _one_off(text, last_day_of_month(int(m[2]), months[-1]))


def _whole_year(text: str, m: re.Match[str]) -> Deadline | None:
    return _one_off(text, date(int(m[1]), 12, 31))


def _first_months(text: str, m: re.Match[str]) -> Deadline | None:
    return _one_off(text, last_day_of_month(int(m[2]), int(m[1])))


def _last_half(text: str, m: re.Match[str]) -> Deadline | None:
    return _one_off(text, date(int(m[1]), 12, 31))


def _day(text: str, m: re.Match[str]) -> Deadline | None:
    return _one_off(text, date(int(m[3]), int(m[2]), int(m[1])))


def _year_span(text: str, m: re.Match[str]) -> Deadline | None:
    first, last = int(m[1]), int(m[2])
    return _one_off(text, date(last, 12, 31)) if 1 <= first < last else None


def _yearly(text: str, m: re.Match[str]) -> Deadline | None:
    # "Thường xuyên" alone is ongoing work; the plan reports on it once a year (contract §12).
    return Deadline(text=text, recurring=True, due=None, month=12)


def _month_yearly(text: str, m: re.Match[str]) -> Deadline | None:
    month = _month_number(m[1])
    return None if month is None else Deadline(text, recurring=True, due=None, month=month)


def _day_yearly(text: str, m: re.Match[str]) -> Deadline | None:
    day, month = int(m[1]), int(m[2])
    date(2000, month, day)  # a leap year, so that 29/02 is a day; 31/02 raises ValueError
    return Deadline(text, recurring=True, due=None, month=month, day=day)


def _from_year(text: str, m: re.Match[str]) -> Deadline | None:
    year = int(m[1])
    if year < 1:
        return None
    return Deadline(text, recurring=True, due=None, month=12, from_year=year)


def _quarterly(text: str, m: re.Match[str]) -> Deadline | None:
    return Deadline(text, recurring=True, due=None, month=None, cadence="quarterly")


def _half_yearly(text: str, m: re.Match[str]) -> Deadline | None:
    return Deadline(text, recurring=True, due=None, month=None, cadence="half_yearly")


_WORDINGS: tuple[tuple[re.Pattern[str], Callable[[str, re.Match[str]], Deadline | None]], ...] = (
    (_QUARTERS, _quarters),
    (_MONTHS, _months),
    (_WHOLE_YEAR, _whole_year),
    (_FIRST_MONTHS, _first_months),
    (_LAST_HALF, _last_half),
    (_DAY, _day),
    (_YEAR_SPAN, _year_span),
    (_YEARLY, _yearly),
    (_MONTH_YEARLY, _month_yearly),
    (_DAY_YEARLY, _day_yearly),
    (_FROM_YEAR, _from_year),
    (_QUARTERLY, _quarterly),
    (_HALF_YEARLY, _half_yearly),
)


def parse_deadline(text: str) -> Deadline | None:
    """Parse a deadline as the plan words it; None when the wording is not one of §2 or §12.

    Impossible dates ("31/02/2022", "Tháng 13/2022", "Quý V/2022", "Trước ngày 32/12 hằng
    năm", year 0000) and lists that do not run forwards ("Quý II, I/2022") are None too: the
    caller turns None into finding E210. A single trailing full stop is tolerated ("Hàng năm.",
    as the document's section III.1 writes it).
    """
    folded = fold(text)
    if folded.endswith("."):
        folded = folded[:-1].rstrip()
    found = _wording(text, folded)
    if found is not None:
        return found
    return _after_a_verb(text)


def _wording(text: str, folded: str) -> Deadline | None:
    for pattern, build in _WORDINGS:
        m = pattern.fullmatch(folded)
        if m is not None:
            try:
                return build(text, m)
            except ValueError:  # date() refuses day 31/02, month 0, year 0
                return None
    return None


# Words that may not stand in the phrase before the time, because they change what the time
# means ("Trước Quý I/2022": before the quarter starts? "Sau", "Từ", "Bắt đầu", "giữa") or
# because they are time words themselves ("Hàng năm hàng năm", "Thường xuyên hằng quý" stay
# refused). Compared with their diacritics, so that "đầu tư" is not "đầu" and "tư" is not "từ".
_NOT_A_VERB = frozenset(
    ("năm", "quý", "quí", "tháng", "ngày", "tuần", "hằng", "hàng", "thường", "xuyên", "định",
     "kỳ", "kì", "trước", "sau", "từ", "kể", "bắt", "giữa", "không", "chưa")
)  # fmt: skip
_NOT_LAST = frozenset({"đầu"})  # "đầu quý II/2026": the start of the quarter, not its end
_TIME_STARTS = re.compile(r"trong\s+")


def _after_a_verb(text: str) -> Deadline | None:
    """A wording of §2 after a verb or phrase: "Xong trong Quý II/2026", "Hoàn thành trong tháng
    5/2026", "Hoàn thành đầu tư, lắp đặt và vận hành xong trước ngày 01/01/2030".

    The phrase in front is words without figures, none of them a time word or one that changes
    the time's meaning (_NOT_A_VERB); the time after it is read as if it stood alone, with a
    "trong" ("within") in front of it dropped. The first place where that reads wins.
    """
    words = unicodedata.normalize("NFC", text.casefold()).replace(",", " , ").split()
    if words and words[-1].endswith("."):
        words[-1] = words[-1][:-1]
    for cut in range(1, len(words)):
        word = words[cut - 1].strip(",")
        if any(ch.isdigit() for ch in word) or word in _NOT_A_VERB:
            return None
        if words[cut - 1] == "," or word in _NOT_LAST or words[cut] == ",":
            continue
        rest = fold(" ".join(words[cut:]))
        rest = re.sub(r"\s+,", ",", rest)
        for candidate in (rest, _TIME_STARTS.sub("", rest, count=1)):
            found = _wording(text, candidate)
            if found is not None:
                return found
    return None


# Each recurring cadence's parts of a year: (part name, last month), in calendar order.
_PARTS: dict[Cadence, tuple[tuple[str | None, int], ...]] = {
    "yearly": ((None, 12),),
    "half_yearly": (("H1", 6), ("H2", 12)),
    "quarterly": (("Q1", 3), ("Q2", 6), ("Q3", 9), ("Q4", 12)),
}


def _in_year(deadline: Deadline, year: int) -> list[Occurrence]:
    if deadline.cadence != "yearly":
        return [
            Occurrence(year, last_day_of_month(year, month), part)
            for part, month in _PARTS[deadline.cadence]
        ]
    end_of_month = last_day_of_month(year, deadline.month or 12)
    if deadline.day is None:
        return [Occurrence(year, end_of_month)]
    # "Trước ngày 29/02 hằng năm": in a common year, the last day of February.
    return [Occurrence(year, end_of_month.replace(day=min(deadline.day, end_of_month.day)))]


def occurrences_for(
    deadline: Deadline, first_year: int, last_year: int, plan_date: date | None = None
) -> list[Occurrence]:
    """The occurrences of a task with this deadline over the plan years first..last inclusive.

    A one-off deadline has one occurrence whatever the years (and whatever the plan's date: one
    due before it is a mistake in the plan, for a check to report). A recurring one has one per
    part of each year (year, half, quarter) from its `from_year` on, in due-date order, and
    none due before `plan_date`: a plan cannot ask for work before it exists (contract §2).
    """
    if not deadline.recurring:
        if deadline.due is None:
            raise ValueError(f"one-off deadline {deadline.text!r} has no due date")
        return [Occurrence(year=None, due=deadline.due)]
    first = max(first_year, deadline.from_year or first_year, 1)
    return [
        occurrence
        for year in range(first, min(last_year, 9999) + 1)
        for occurrence in _in_year(deadline, year)
        if plan_date is None or occurrence.due >= plan_date
    ]


def label_for_period(deadline: Deadline, period: str) -> str | None:
    """The label of the occurrence a bare task key ("7") means in a report of `period`.

    That is the occurrence whose part of the year holds the whole period: "2022-08" and
    "2022-Q3" mean "2022-Q3" for a quarterly task, "2022-H2" for a half-yearly one, "2022" for
    a yearly one. None when the period spans several occurrences (a "2022" report on a
    quarterly task must say which quarter), for a one-off deadline, and for a malformed period.
    Whether the plan has that occurrence (period, plan date) is for the caller to check.
    """
    bounds = period_bounds(period)
    if bounds is None or not deadline.recurring:
        return None
    start, end = bounds
    for part, _ in _PARTS[deadline.cadence]:
        label = _label(start.year, part)
        part_bounds = period_bounds(label)
        if part_bounds is not None and part_bounds[0] <= start and end <= part_bounds[1]:
            return label
    return None


_PERIOD = re.compile(r"([0-9]{4})(?:-(Q[1-4]|H[12]|9M|[0-9]{2}))?")


def period_bounds(period: str) -> tuple[date, date] | None:
    """First and last day of a report period: "2022", "2022-Q1".."Q4", "2022-H1"/"H2", "2022-9M"
    (nine months), "2022-03".

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
    elif part == "9M":  # nine months: January to September (contract §17)
        first_month, last_month = 1, 9
    else:
        first_month = last_month = int(part)
        if not 1 <= first_month <= 12:
            return None
    if year < 1:
        return None
    return date(year, first_month, 1), last_day_of_month(year, last_month)
