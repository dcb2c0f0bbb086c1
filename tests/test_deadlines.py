"""Tests for nhanluc_cli.tasks.deadlines: deadline wordings of contract §2, occurrences, periods."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nhanluc_cli.tasks.deadlines import (
    Deadline,
    Occurrence,
    occurrences_for,
    parse_deadline,
    period_bounds,
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def due_of(text: str) -> date | None:
    deadline = parse_deadline(text)
    assert deadline is not None, f"{text!r} should parse"
    assert not deadline.recurring
    assert deadline.month is None
    return deadline.due


# --- One-off wordings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # quarters, Roman and Arabic, "/" or "năm"
        ("Quý I/2022", date(2022, 3, 31)),
        ("Quý II/2022", date(2022, 6, 30)),
        ("Quý III/2022", date(2022, 9, 30)),
        ("Quý IV/2022", date(2022, 12, 31)),
        ("Quý 1/2022", date(2022, 3, 31)),
        ("Quý 2/2022", date(2022, 6, 30)),
        ("Quý 3/2022", date(2022, 9, 30)),
        ("Quý 4/2022", date(2022, 12, 31)),
        ("quý I năm 2022", date(2022, 3, 31)),
        ("Quý IV năm 2021", date(2021, 12, 31)),
        ("QUÝ III/2021", date(2021, 9, 30)),
        ("quý iv/2021", date(2021, 12, 31)),
        ("Quý I / 2022", date(2022, 3, 31)),
        ("  Quý   II/2022  ", date(2022, 6, 30)),
        # months, with and without a leading zero; leap years
        ("Tháng 3/2022", date(2022, 3, 31)),
        ("Tháng 03/2022", date(2022, 3, 31)),
        ("tháng 3 năm 2022", date(2022, 3, 31)),
        ("Tháng 4/2022", date(2022, 4, 30)),
        ("Tháng 2/2024", date(2024, 2, 29)),
        ("Tháng 2/2023", date(2023, 2, 28)),
        ("Tháng 2/2100", date(2100, 2, 28)),  # divisible by 100, not by 400: not leap
        ("Tháng 2/2000", date(2000, 2, 29)),
        ("Tháng 1/2022", date(2022, 1, 31)),
        ("Tháng 12/2022", date(2022, 12, 31)),
        ("THÁNG 6 NĂM 2025", date(2025, 6, 30)),
        # whole years
        ("Trong năm 2021", date(2021, 12, 31)),
        ("Năm 2021", date(2021, 12, 31)),
        ("trong  năm 2025", date(2025, 12, 31)),
        # half years
        ("6 tháng đầu năm 2022", date(2022, 6, 30)),
        ("6 tháng cuối năm 2022", date(2022, 12, 31)),
        ("6 Tháng Đầu Năm 2023", date(2023, 6, 30)),
        # days, with and without leading zeros
        ("28/3/2022", date(2022, 3, 28)),
        ("28/03/2022", date(2022, 3, 28)),
        ("05/08/2021", date(2021, 8, 5)),
        ("5/8/2021", date(2021, 8, 5)),
        ("29/02/2024", date(2024, 2, 29)),
        ("31/12/2025", date(2025, 12, 31)),
        (" 1 / 1 / 2022 ", date(2022, 1, 1)),
    ],
)
def test_one_off_wordings(text: str, due: date) -> None:
    assert due_of(text) == due
    assert due_of(nfd(text)) == due  # NFD input parses the same
    assert due_of(text.upper()) == due


def test_hang_and_hang_with_breve_are_the_same_wording() -> None:
    assert parse_deadline("Hàng năm") == Deadline("Hàng năm", True, None, 12)
    assert parse_deadline("Hằng năm") == Deadline("Hằng năm", True, None, 12)


def test_deadline_keeps_the_text_as_written() -> None:
    text = nfd("  Quý I/2022 ")
    deadline = parse_deadline(text)
    assert deadline is not None
    assert deadline.text == text


# --- Recurring wordings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Hàng năm", 12),
        ("Hằng năm", 12),
        ("hàng năm", 12),
        ("HẰNG NĂM", 12),
        ("Thường xuyên hàng năm", 12),
        ("Thường xuyên hằng năm", 12),
        ("Hàng năm.", 12),  # as section III.1 writes it, with a full stop
        ("Tháng 12 hàng năm", 12),
        ("Tháng 2 hằng năm", 2),
        ("Tháng 06 hàng năm", 6),
        ("tháng 1 hàng năm", 1),
    ],
)
def test_recurring_wordings(text: str, month: int) -> None:
    for variant in (text, nfd(text), text.upper(), f"  {text}  "):
        deadline = parse_deadline(variant)
        assert deadline == Deadline(text=variant, recurring=True, due=None, month=month)


# --- Refused wordings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "sớm",
        "Quý V/2022",
        "Quý 5/2022",
        "Quý 0/2022",
        "Quý IIII/2022",
        "Quý I",
        "Quý I/22",  # two-digit years are not guessed
        "Quý I/0000",
        "Tháng 13/2022",
        "Tháng 0/2022",
        "Tháng 3",
        "Tháng 13 hàng năm",
        "Tháng 0 hàng năm",
        "Năm",
        "Năm 21",
        "6 tháng giữa năm 2022",
        "9 tháng đầu năm 2022",
        "31/02/2022",  # impossible dates are refused, not clamped
        "29/02/2023",
        "31/04/2022",
        "0/1/2022",
        "1/13/2022",
        "2022-03-31",  # ISO belongs in `due:`, not in the document's wording
        "Thường xuyên",
        "Hàng tháng",
        "Hàng năm hàng năm",
        "Quý I/2022 và Quý II/2022",
        "Quý I/2022..",
        "Trước Quý I/2022",
    ],
)
def test_refused_wordings(text: str) -> None:
    assert parse_deadline(text) is None


@given(st.text())
def test_parse_deadline_never_raises(text: str) -> None:
    result = parse_deadline(text)
    assert result is None or isinstance(result, Deadline)


# --- Generated wordings fall inside the period they name -------------------------------------

years = st.integers(min_value=1, max_value=9999)
roman = {1: "I", 2: "II", 3: "III", 4: "IV"}


def inside(due: date | None, period: str) -> bool:
    bounds = period_bounds(period)
    assert bounds is not None
    return due is not None and bounds[0] <= due <= bounds[1]


@given(years, st.integers(min_value=1, max_value=4), st.booleans())
def test_quarter_due_is_the_last_day_of_that_quarter(year: int, quarter: int, arabic: bool) -> None:
    text = f"Quý {quarter if arabic else roman[quarter]}/{year:04d}"
    due = due_of(text)
    assert inside(due, f"{year:04d}-Q{quarter}")
    bounds = period_bounds(f"{year:04d}-Q{quarter}")
    assert bounds is not None and due == bounds[1]


@given(years, st.integers(min_value=1, max_value=12))
def test_month_due_is_the_last_day_of_that_month(year: int, month: int) -> None:
    due = due_of(f"Tháng {month}/{year:04d}")
    assert inside(due, f"{year:04d}-{month:02d}")
    bounds = period_bounds(f"{year:04d}-{month:02d}")
    assert bounds is not None and due == bounds[1]


@given(st.dates(min_value=date(1, 1, 1)), st.booleans())
def test_day_wording_is_that_day(day: date, zero_padded: bool) -> None:
    text = (
        f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
        if zero_padded
        else f"{day.day}/{day.month}/{day.year:04d}"
    )
    assert due_of(text) == day
    assert inside(day, f"{day.year:04d}-{day.month:02d}")


# --- Occurrences -----------------------------------------------------------------------------


def test_one_off_has_one_occurrence_whatever_the_years() -> None:
    deadline = parse_deadline("Quý I/2022")
    assert deadline is not None
    expected = [Occurrence(year=None, due=date(2022, 3, 31))]
    assert occurrences_for(deadline, 2021, 2025) == expected
    assert occurrences_for(deadline, 2030, 2031) == expected  # the date is outside: still one


def test_yearly_has_one_occurrence_per_year_on_31_december() -> None:
    deadline = parse_deadline("Hàng năm")
    assert deadline is not None
    assert occurrences_for(deadline, 2021, 2025) == [
        Occurrence(2021, date(2021, 12, 31)),
        Occurrence(2022, date(2022, 12, 31)),
        Occurrence(2023, date(2023, 12, 31)),
        Occurrence(2024, date(2024, 12, 31)),
        Occurrence(2025, date(2025, 12, 31)),
    ]


def test_month_yearly_follows_leap_years() -> None:
    deadline = parse_deadline("Tháng 2 hàng năm")
    assert deadline is not None
    assert occurrences_for(deadline, 2023, 2024) == [
        Occurrence(2023, date(2023, 2, 28)),
        Occurrence(2024, date(2024, 2, 29)),
    ]


def test_recurring_over_one_year_and_over_no_year() -> None:
    deadline = parse_deadline("Tháng 6 hàng năm")
    assert deadline is not None
    assert occurrences_for(deadline, 2022, 2022) == [Occurrence(2022, date(2022, 6, 30))]
    assert occurrences_for(deadline, 2025, 2021) == []


def test_one_off_without_a_date_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="no due date"):
        occurrences_for(Deadline("x", recurring=False, due=None, month=None), 2021, 2025)


# --- The seed document: the 17 deadlines of plan 60 ------------------------------------------

# Deadline column of the appendix (tasks "1".."16") and section III.1, in plan order.
PLAN60_DEADLINES = {
    "III.1": "Hàng năm",
    "1": "Thường xuyên hàng năm",
    "2": "Hàng năm",
    "3": "Quý I/2022",
    "4": "Quý I/2022",
    "5": "Quý II/2022",
    "6": "Trong năm 2021",
    "7": "Hàng năm",
    "8": "Quý IV/2021",
    "9": "Quý IV/2021",
    "10": "Quý I/2022",
    "11": "Quý II/2022",
    "12": "Tháng 12 hàng năm",
    "13": "Quý III/2021",
    "14": "Quý IV/2022",
    "15": "Quý IV/2021",
    "16": "Quý I/2022",
}


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Quý I/2022", date(2022, 3, 31)),
        ("Quý II/2022", date(2022, 6, 30)),
        ("Trong năm 2021", date(2021, 12, 31)),
        ("Quý IV/2021", date(2021, 12, 31)),
        ("Quý III/2021", date(2021, 9, 30)),
        ("Quý IV/2022", date(2022, 12, 31)),
    ],
)
def test_seed_one_off_deadlines(text: str, due: date) -> None:
    assert due_of(text) == due


@pytest.mark.parametrize("text", ["Hàng năm", "Thường xuyên hàng năm", "Tháng 12 hàng năm"])
def test_seed_yearly_deadlines_fall_on_31_december(text: str) -> None:
    deadline = parse_deadline(text)
    assert deadline is not None and deadline.recurring and deadline.month == 12


def test_plan60_tasks_expand_to_37_occurrences_over_2021_2025() -> None:
    occurrences: dict[str, list[Occurrence]] = {}
    for task, text in PLAN60_DEADLINES.items():
        deadline = parse_deadline(text)
        assert deadline is not None, f"task {task}: {text!r}"
        occurrences[task] = occurrences_for(deadline, 2021, 2025)
    one_off = [task for task, occ in occurrences.items() if occ[0].year is None]
    yearly = [task for task, occ in occurrences.items() if occ[0].year is not None]
    assert len(PLAN60_DEADLINES) == 17
    assert len(one_off) == 12
    assert yearly == ["III.1", "1", "2", "7", "12"]
    assert all(len(occurrences[task]) == 5 for task in yearly)
    assert sum(len(occ) for occ in occurrences.values()) == 12 + 5 * 5 == 37


# --- Report periods --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "bounds"),
    [
        ("2022", (date(2022, 1, 1), date(2022, 12, 31))),
        ("2022-Q1", (date(2022, 1, 1), date(2022, 3, 31))),
        ("2022-Q2", (date(2022, 4, 1), date(2022, 6, 30))),
        ("2022-Q3", (date(2022, 7, 1), date(2022, 9, 30))),
        ("2022-Q4", (date(2022, 10, 1), date(2022, 12, 31))),
        ("2022-H1", (date(2022, 1, 1), date(2022, 6, 30))),
        ("2022-H2", (date(2022, 7, 1), date(2022, 12, 31))),
        ("2022-03", (date(2022, 3, 1), date(2022, 3, 31))),
        ("2022-01", (date(2022, 1, 1), date(2022, 1, 31))),
        ("2022-12", (date(2022, 12, 1), date(2022, 12, 31))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2023-02", (date(2023, 2, 1), date(2023, 2, 28))),
        ("9999-Q4", (date(9999, 10, 1), date(9999, 12, 31))),
    ],
)
def test_period_bounds(period: str, bounds: tuple[date, date]) -> None:
    assert period_bounds(period) == bounds


@pytest.mark.parametrize(
    "period",
    [
        "",
        "22",
        "20222",
        "0000",
        "0000-Q1",
        "2022-13",
        "2022-00",
        "2022-3",  # months take two digits
        "2022-Q0",
        "2022-Q5",
        "2022-H0",
        "2022-H3",
        "2022-q1",  # canonical spelling only: the period is also a file name
        "2022-h1",
        " 2022",
        "2022 ",
        "2022-",
        "2022/Q1",
        "2022-Q1-03",
        "2022-03-01",
        "Quý I/2022",
        "٢٠٢٢",  # Arabic-Indic digits
    ],
)
def test_period_bounds_refuses(period: str) -> None:
    assert period_bounds(period) is None


@given(st.text())
def test_period_bounds_never_raises(text: str) -> None:
    bounds = period_bounds(text)
    assert bounds is None or bounds[0] <= bounds[1]


@given(
    years,
    st.sampled_from(
        ["", "-Q1", "-Q2", "-Q3", "-Q4", "-H1", "-H2"] + [f"-{m:02d}" for m in range(1, 13)]
    ),
)
def test_period_bounds_of_every_valid_period(year: int, suffix: str) -> None:
    bounds = period_bounds(f"{year:04d}{suffix}")
    assert bounds is not None
    first, last = bounds
    assert first <= last
    assert first.year == last.year == year
    assert first.day == 1
    # the last day is the end of a month (date.max has no day after it)
    assert last == date.max or (last + timedelta(days=1)).day == 1
