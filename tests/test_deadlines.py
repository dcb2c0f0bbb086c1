"""Tests for nhanluc_cli.plan.deadlines: wordings of contract §2 and §12, occurrences, periods."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nhanluc_cli.plan.deadlines import (
    Deadline,
    Occurrence,
    label_for_period,
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
        "31/02/2022",  # impossible dates are refused, not clamped
        "29/02/2023",
        "31/04/2022",
        "0/1/2022",
        "1/13/2022",
        "2022-03-31",  # ISO belongs in `due:`, not in the document's wording
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


# --- Contract §12: more wordings -------------------------------------------------------------


def spellings(text: str) -> list[str]:
    """The same wording as people and programs send it: NFD, upper case, padded, "quí"."""
    variants = [text, nfd(text), text.upper(), f"  {text.replace(' ', '   ')} "]
    if "quý" in text.lower():
        variants.append(text.replace("quý", "quí").replace("Quý", "Quí"))
    return variants


def parsed(text: str) -> Deadline:
    deadline = parse_deadline(text)
    assert deadline is not None, f"{text!r} should parse"
    return deadline


def labels(occurrences: list[Occurrence]) -> list[str | None]:
    return [occurrence.label for occurrence in occurrences]


@pytest.mark.parametrize("text", ["Hằng quý", "Hàng quý", "hàng quí", "HẰNG QUÝ", "Hằng quý."])
def test_quarterly(text: str) -> None:
    for variant in spellings(text):
        deadline = parsed(variant)
        assert deadline.recurring and deadline.cadence == "quarterly"
        assert not deadline.ocr_suspect
        assert occurrences_for(deadline, 2022, 2022) == [
            Occurrence(2022, date(2022, 3, 31), "Q1"),
            Occurrence(2022, date(2022, 6, 30), "Q2"),
            Occurrence(2022, date(2022, 9, 30), "Q3"),
            Occurrence(2022, date(2022, 12, 31), "Q4"),
        ]


@pytest.mark.parametrize(
    "text",
    [
        "Định kỳ 6 tháng, hằng năm",
        "6 tháng, hằng năm",
        "định kỳ 6 tháng, hàng năm",
        "Định kỳ 6 tháng hằng năm",
        "6 tháng , hằng năm",
    ],
)
def test_half_yearly(text: str) -> None:
    for variant in spellings(text):
        deadline = parsed(variant)
        assert deadline.recurring and deadline.cadence == "half_yearly"
        occurrences = occurrences_for(deadline, 2022, 2023)
        assert [o.due for o in occurrences] == [
            date(2022, 6, 30),
            date(2022, 12, 31),
            date(2023, 6, 30),
            date(2023, 12, 31),
        ]
        assert labels(occurrences) == ["2022-H1", "2022-H2", "2023-H1", "2023-H2"]


@pytest.mark.parametrize(
    ("text", "month", "day"),
    [
        ("Trước ngày 15/12 hằng năm", 12, 15),
        ("trước ngày 01/6 hàng năm", 6, 1),
        ("Trước ngày 5/08 hằng năm", 8, 5),
        ("Trước 15/12 hằng năm", 12, 15),
        ("Trước ngày 15 / 12 hằng năm", 12, 15),
    ],
)
def test_day_yearly(text: str, month: int, day: int) -> None:
    for variant in spellings(text):
        deadline = parsed(variant)
        assert deadline.recurring and deadline.cadence == "yearly"
        assert (deadline.month, deadline.day) == (month, day)
        assert occurrences_for(deadline, 2021, 2022) == [
            Occurrence(2021, date(2021, month, day)),
            Occurrence(2022, date(2022, month, day)),
        ]


def test_day_yearly_on_29_february_falls_on_28_february_in_common_years() -> None:
    deadline = parsed("Trước ngày 29/02 hằng năm")
    assert [o.due for o in occurrences_for(deadline, 2023, 2024)] == [
        date(2023, 2, 28),
        date(2024, 2, 29),
    ]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Trước ngày 31/12/2021", date(2021, 12, 31)),
        ("Trước 31/12/2021", date(2021, 12, 31)),
        ("trước ngày 5/8/2021", date(2021, 8, 5)),
        ("Trước ngày 01 / 06 / 2022", date(2022, 6, 1)),
        # "Cuối năm 2021"
        ("Cuối năm 2021", date(2021, 12, 31)),
        ("cuối năm 2025", date(2025, 12, 31)),
        # "9 tháng đầu năm 2022"
        ("9 tháng đầu năm 2022", date(2022, 9, 30)),
        ("9 Tháng Đầu Năm 2023", date(2023, 9, 30)),
        # lists: the end of the last quarter or month named
        ("Quý I, II/2022", date(2022, 6, 30)),
        ("Quý I,II/2022", date(2022, 6, 30)),
        ("Quý III, IV năm 2021", date(2021, 12, 31)),
        ("Quý 1, 2, 3/2022", date(2022, 9, 30)),
        ("Quý II và III/2022", date(2022, 9, 30)),
        ("Tháng 11, 12/2021", date(2021, 12, 31)),
        ("tháng 1, 2/2024", date(2024, 2, 29)),
        ("Tháng 01, 02, 03 năm 2023", date(2023, 3, 31)),
        # a period of years: 31/12 of the last one
        ("Giai đoạn 2021 - 2025", date(2025, 12, 31)),
        ("giai đoạn 2021-2025", date(2025, 12, 31)),
        ("2021-2025", date(2025, 12, 31)),
        ("2021 - 2025", date(2025, 12, 31)),
        ("Giai đoạn 2021 – 2025", date(2025, 12, 31)),  # en dash, as Word types it
    ],
)
def test_more_one_off_wordings(text: str, due: date) -> None:
    for variant in spellings(text):
        deadline = parsed(variant)
        assert (deadline.recurring, deadline.due, deadline.ocr_suspect) == (False, due, False)
        assert occurrences_for(deadline, 2021, 2025) == [Occurrence(None, due)]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2022 và các năm tiếp theo",
        "năm 2022 và các năm tiếp theo",
        "Từ năm 2022 và các năm tiếp theo",
        "Năm 2022 và các năm tiếp theo.",
    ],
)
def test_from_a_year_on(text: str) -> None:
    for variant in spellings(text):
        deadline = parsed(variant)
        assert deadline.recurring and deadline.from_year == 2022
        assert occurrences_for(deadline, 2021, 2025) == [
            Occurrence(year, date(year, 12, 31)) for year in range(2022, 2026)
        ]


def test_from_a_year_on_is_bounded_by_the_plan_period() -> None:
    assert labels(occurrences_for(parsed("Năm 2019 và các năm tiếp theo"), 2021, 2022)) == [
        "2021",
        "2022",
    ]
    assert occurrences_for(parsed("Năm 2030 và các năm tiếp theo"), 2021, 2025) == []


@pytest.mark.parametrize("text", ["Thường xuyên", "thường xuyên", "THƯỜNG XUYÊN."])
def test_regularly_alone_is_reported_yearly(text: str) -> None:
    for variant in spellings(text):
        deadline = parsed(variant)
        assert deadline == Deadline(variant, recurring=True, due=None, month=12)
        assert labels(occurrences_for(deadline, 2021, 2023)) == ["2021", "2022", "2023"]


# --- Labels ----------------------------------------------------------------------------------


def test_labels_follow_the_report_period_syntax() -> None:
    assert Occurrence(None, date(2022, 3, 31)).label is None
    assert Occurrence(2022, date(2022, 12, 31)).label == "2022"
    assert Occurrence(2022, date(2022, 9, 30), "Q3").label == "2022-Q3"
    assert Occurrence(2022, date(2022, 6, 30), "H1").label == "2022-H1"
    assert Occurrence(5, date(5, 6, 30), "H1").label == "0005-H1"


@pytest.mark.parametrize(
    ("text", "period", "label"),
    [
        ("Hằng quý", "2022-Q3", "2022-Q3"),
        ("Hằng quý", "2022-08", "2022-Q3"),
        ("Hằng quý", "2022-H1", None),  # two quarters: the key must say which
        ("Hằng quý", "2022", None),
        ("6 tháng, hằng năm", "2022-H2", "2022-H2"),
        ("6 tháng, hằng năm", "2022-Q2", "2022-H1"),
        ("6 tháng, hằng năm", "2022-01", "2022-H1"),
        ("6 tháng, hằng năm", "2022", None),
        ("Hàng năm", "2022", "2022"),
        ("Hàng năm", "2022-Q3", "2022"),
        ("Tháng 3 hàng năm", "2022-H2", "2022"),
        ("Quý I/2022", "2022-Q1", None),  # a one-off task's key has no label
        ("Hằng quý", "2022-Q5", None),  # not a period
    ],
)
def test_label_for_period(text: str, period: str, label: str | None) -> None:
    assert label_for_period(parsed(text), period) == label


# --- The plan's own date ---------------------------------------------------------------------

PLAN_DATE = date(2021, 8, 4)  # plan 60: 04/8/2021


@pytest.mark.parametrize(
    ("text", "first", "count"),
    [
        ("Hằng quý", "2021-Q3", 2 + 4 * 4),
        ("Định kỳ 6 tháng, hằng năm", "2021-H2", 1 + 2 * 4),
        ("Hàng năm", "2021", 5),
        ("Thường xuyên hàng năm", "2021", 5),
        ("Thường xuyên", "2021", 5),
        ("Tháng 12 hàng năm", "2021", 5),
        ("Tháng 3 hàng năm", "2022", 4),
        ("Tháng 8 hàng năm", "2021", 5),
        ("Trước ngày 15/12 hằng năm", "2021", 5),
        ("Trước ngày 04/8 hằng năm", "2021", 5),  # due on the plan's date: on or after
        ("Trước ngày 03/8 hằng năm", "2022", 4),
        ("Năm 2022 và các năm tiếp theo", "2022", 4),
    ],
)
def test_recurring_never_falls_due_before_the_plan_date(text: str, first: str, count: int) -> None:
    occurrences = occurrences_for(parsed(text), 2021, 2025, plan_date=PLAN_DATE)
    assert occurrences[0].label == first
    assert len(occurrences) == count
    assert all(o.due >= PLAN_DATE for o in occurrences)


def test_without_a_plan_date_every_year_counts() -> None:
    assert labels(occurrences_for(parsed("Tháng 3 hàng năm"), 2021, 2022)) == ["2021", "2022"]


def test_a_quarter_due_on_the_plan_date_is_kept() -> None:
    occurrences = occurrences_for(parsed("Hằng quý"), 2021, 2021, plan_date=date(2021, 9, 30))
    assert labels(occurrences) == ["2021-Q3", "2021-Q4"]


def test_a_one_off_before_the_plan_date_still_has_its_occurrence() -> None:
    # Not dropped: a one-off due before the plan is a mistake in the plan, for a check to say.
    assert occurrences_for(parsed("Quý I/2021"), 2021, 2025, plan_date=PLAN_DATE) == [
        Occurrence(None, date(2021, 3, 31))
    ]


# --- OCR: a lower-case L for the Roman I -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Quý l/2022", date(2022, 3, 31)),
        ("Quý ll/2022", date(2022, 6, 30)),
        ("Quý lll/2022", date(2022, 9, 30)),
        ("Quý lV/2022", date(2022, 12, 31)),
        ("Quý Il/2022", date(2022, 6, 30)),
        ("quí l năm 2022", date(2022, 3, 31)),
        ("Quý l, ll/2022", date(2022, 6, 30)),
    ],
)
def test_ocr_l_for_i_is_read_but_flagged(text: str, due: date) -> None:
    for variant in (text, nfd(text), f" {text} "):
        deadline = parsed(variant)
        assert (deadline.due, deadline.ocr_suspect) == (due, True)


@pytest.mark.parametrize("text", ["Quý I/2022", "Quý 1/2022", "Quý IV/2022", "Quý I, II/2022"])
def test_a_real_i_is_not_flagged(text: str) -> None:
    assert not parsed(text).ocr_suspect


# --- Nonsense stays refused ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Quý V/2022",
        "Quý l V/2022",
        "Quý lx/2022",
        "Quý llll/2022",
        "Quí 5/2022",
        "Tháng 13/2022",
        "31/02/2022",
        "Trước ngày 31/02/2022",
        "Trước ngày 32/12 hằng năm",
        "Trước ngày 31/02 hằng năm",
        "Trước ngày 15/13 hằng năm",
        "Trước ngày 0/12 hằng năm",
        "Trước ngày 15/12",
        "Trước ngày",
        "Quý II, I/2022",  # a list runs forwards
        "Quý I, I/2022",
        "Quý I, V/2022",
        "Quý I, /2022",
        "Quý , II/2022",
        "Tháng 12, 13/2021",
        "Tháng 12, 11/2021",
        "Giai đoạn 2025 - 2021",
        "Giai đoạn 2021 - 2021",
        "Giai đoạn 2021",
        "2021-25",
        "0000-2025",
        "Cuối năm",
        "Cuối năm 0000",
        "9 tháng đầu năm",
        "9 tháng cuối năm 2022",
        "Năm 0000 và các năm tiếp theo",
        "Năm 2022 và các năm",
        "Hằng tháng",
        "Hằng quý 2022",
        "6 tháng",
        "Thường xuyên hằng quý",
    ],
)
def test_nonsense_is_refused(text: str) -> None:
    for variant in spellings(text):
        assert parse_deadline(variant) is None, variant


# --- Properties ------------------------------------------------------------------------------

plan_years = st.integers(min_value=1900, max_value=2199)


def _spell_quarter(quarter: int, style: int) -> str:
    return (str(quarter), roman[quarter], roman[quarter].lower())[style]


@given(
    plan_years,
    st.lists(st.integers(1, 4), min_size=1, max_size=4, unique=True).map(sorted),
    st.integers(0, 2),
    st.sampled_from([", ", ",", " , ", " và "]),
    st.sampled_from(["Quý", "quí", "QUÝ"]),
)
def test_quarter_list_due_is_the_end_of_the_last_quarter(
    year: int, quarters: list[int], style: int, separator: str, word: str
) -> None:
    items = separator.join(_spell_quarter(q, style) for q in quarters)
    deadline = parsed(f"{word} {items}/{year}")
    bounds = period_bounds(f"{year}-Q{quarters[-1]}")
    assert bounds is not None and deadline.due == bounds[1]


@given(
    plan_years,
    st.lists(st.integers(1, 12), min_size=1, max_size=12, unique=True).map(sorted),
    st.booleans(),
)
def test_month_list_due_is_the_end_of_the_last_month(
    year: int, months: list[int], padded: bool
) -> None:
    items = ", ".join(f"{m:02d}" if padded else str(m) for m in months)
    deadline = parsed(f"Tháng {items} năm {year}")
    assert inside(deadline.due, f"{year}-{months[-1]:02d}")
    assert deadline.due is not None and (deadline.due + timedelta(days=1)).day == 1


@given(plan_years, st.sampled_from(["6 tháng đầu", "6 tháng cuối", "9 tháng đầu", "Cuối"]))
def test_parts_of_a_year_fall_inside_the_part_named(year: int, part: str) -> None:
    period = {"6 tháng đầu": "-H1", "6 tháng cuối": "-H2", "9 tháng đầu": "-09", "Cuối": ""}[part]
    due = parsed(f"{part} năm {year}").due
    bounds = period_bounds(f"{year}{period}")
    assert bounds is not None and due == bounds[1]


@given(plan_years, st.integers(1, 30))
def test_a_span_of_years_is_due_at_the_end_of_its_last_year(first: int, length: int) -> None:
    assert parsed(f"Giai đoạn {first} - {first + length}").due == date(first + length, 12, 31)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)), plan_years)
def test_day_yearly_is_that_day_of_each_year(day: date, year: int) -> None:
    deadline = parsed(f"Trước ngày {day.day}/{day.month} hằng năm")
    (occurrence,) = occurrences_for(deadline, year, year)
    assert occurrence.due.month == day.month
    assert occurrence.due.day == day.day or (day.day, day.month) == (29, 2)
    assert inside(occurrence.due, f"{year}")


recurring_texts = st.one_of(
    st.sampled_from(
        [
            "Hằng quý",
            "Định kỳ 6 tháng, hằng năm",
            "Hàng năm",
            "Thường xuyên",
            "Thường xuyên hàng năm",
        ]
    ),
    st.integers(1, 12).map(lambda m: f"Tháng {m} hàng năm"),
    st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)).map(
        lambda d: f"Trước ngày {d.day}/{d.month} hằng năm"
    ),
    plan_years.map(lambda y: f"Năm {y} và các năm tiếp theo"),
)


@given(
    recurring_texts,
    plan_years,
    st.integers(0, 10),
    st.one_of(st.none(), st.dates(min_value=date(1899, 1, 1), max_value=date(2220, 12, 31))),
)
def test_recurring_occurrences_are_ordered_unique_inside_the_period_and_after_the_plan(
    text: str, first_year: int, length: int, plan_date: date | None
) -> None:
    last_year = first_year + length
    occurrences = occurrences_for(parsed(text), first_year, last_year, plan_date=plan_date)
    dues = [o.due for o in occurrences]
    assert dues == sorted(dues)
    assert len(set(labels(occurrences))) == len(occurrences)
    assert len(set(dues)) == len(dues)
    for occurrence in occurrences:
        assert first_year <= occurrence.due.year <= last_year
        assert occurrence.year == occurrence.due.year
        assert plan_date is None or occurrence.due >= plan_date
        assert occurrence.label is not None and inside(occurrence.due, occurrence.label)


# --- A verb or phrase before the time (contract §16) -------------------------------------------
# Plans write "Xong trong Quý II/2026" where §2 has "Quý II/2026": the phrase in front is read
# past, and the time means what it means alone. Each due date below worked out by hand.


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Xong trong Quý II/2026", date(2026, 6, 30)),  # Q2 ends 30 June
        ("Xong trong tháng 5/2026", date(2026, 5, 31)),  # May has 31 days
        ("Hoàn thành trong tháng 5/2026", date(2026, 5, 31)),
        ("Hoàn thành trong tháng 2/2028", date(2028, 2, 29)),  # 2028 is a leap year
        ("hoàn thành trong quý IV năm 2026", date(2026, 12, 31)),
        ("Trước ngày 30/6/2026", date(2026, 6, 30)),  # §12: "Trước ngày D" is due on D
        ("Chậm nhất ngày 15/9/2026", date(2026, 9, 15)),
        ("Chậm nhất là ngày 15/9/2026", date(2026, 9, 15)),
        ("Hoàn thành đầu tư, lắp đặt và vận hành xong trước ngày 01/01/2030", date(2030, 1, 1)),
        ("Xong trước 31/12/2026.", date(2026, 12, 31)),
        ("Đến hết năm 2026", date(2026, 12, 31)),
        ("Hoàn thành Quý I, II/2026", date(2026, 6, 30)),  # the last quarter named
        ("Hoàn thành trong 6 tháng đầu năm 2026", date(2026, 6, 30)),
        ("Ban hành trong năm 2027", date(2027, 12, 31)),
    ],
)
def test_a_verb_before_the_time(text: str, due: date) -> None:
    for variant in (text, nfd(text), text.upper()):
        assert due_of(variant) == due, variant
        parsed = parse_deadline(variant)
        assert parsed is not None and parsed.text == variant  # kept verbatim


def test_a_verb_before_a_recurring_time() -> None:
    assert parse_deadline("Thực hiện hằng năm") == Deadline(
        "Thực hiện hằng năm", recurring=True, due=None, month=12
    )


@pytest.mark.parametrize(
    "text",
    [
        "Trước Quý I/2022",  # before the quarter starts, or by its end? not guessed
        "Sau ngày 30/6/2026",
        "Bắt đầu từ quý I/2026",
        "Triển khai đầu quý II/2026",  # the start of a quarter is not its end
        "Triển khai giữa năm 2026",
        "Thường xuyên hằng quý",
        "Hàng năm hàng năm",
        "Hoàn thành 2 đợt Quý II/2026",  # a figure in the phrase: not a plain verb
        "Xong trong",
        "Xong trong Quý V/2026",
        "Chậm nhất ngày 31/02/2026",
    ],
)
def test_a_phrase_that_changes_the_time_is_refused(text: str) -> None:
    assert parse_deadline(text) is None
