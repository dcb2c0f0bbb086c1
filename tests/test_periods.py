"""periods.py: a report period as officials write it -> the canonical form (contract §10, §20's
trial); the ambiguous ones name the forms to choose from, never a guess."""

from __future__ import annotations

import re

import pytest

from nhanluc_cli.plan.model import REPORT_PERIOD
from nhanluc_cli.plan.periods import FORMS, PeriodReading, canonical_period, read_period

READ = [
    ("2026", "2026"),
    ("2026-Q4", "2026-Q4"),
    (" 2026-H1 ", "2026-H1"),
    ("2026-q4", "2026-Q4"),
    ("2026-h2", "2026-H2"),
    ("2026-3", "2026-03"),
    ("năm 2026", "2026"),
    ("Năm 2026", "2026"),
    ("cả năm 2026", "2026"),
    ("Quý IV/2026", "2026-Q4"),
    ("9 tháng đầu năm 2026", "2026-9M"),  # contract §17
    ("2026-9m", "2026-9M"),
    ("Quý 4/2026", "2026-Q4"),
    ("quý iii năm 2026", "2026-Q3"),
    ("Quý I - 2026", "2026-Q1"),
    ("QUÝ II/2026", "2026-Q2"),
    ("Q1/2026", "2026-Q1"),
    ("quy 2 nam 2026", "2026-Q2"),  # typed without diacritics
    ("6 tháng đầu năm 2026", "2026-H1"),
    ("6 tháng đầu năm/2026", "2026-H1"),
    ("Sáu tháng cuối năm 2026", "2026-H2"),
    ("nửa đầu năm 2026", "2026-H1"),
    ("nửa cuối năm 2026", "2026-H2"),
    ("tháng 3/2026", "2026-03"),
    ("Tháng 12 năm 2026", "2026-12"),
    ("Kỳ báo cáo Quý IV/2026", "2026-Q4"),
    ("11/2026", "2026-11"),  # no eleventh quarter: a month
]


@pytest.mark.parametrize(("text", "canonical"), READ)
def test_read(text: str, canonical: str) -> None:
    assert read_period(text) == PeriodReading(canonical)
    assert re.match(REPORT_PERIOD, canonical)


@pytest.mark.parametrize(
    ("text", "choices"),
    [
        ("6 tháng năm 2026", ("2026-H1", "2026-H2")),
        ("6 tháng 2026", ("2026-H1", "2026-H2")),
        ("4/2026", ("2026-04", "2026-Q4")),  # April, or the fourth quarter?
        ("Quý IV", ("YYYY-Q4",)),
        ("6 tháng đầu năm", ("YYYY-H1",)),
        ("6 tháng cuối năm", ("YYYY-H2",)),
    ],
)
def test_ambiguous_or_incomplete(text: str, choices: tuple[str, ...]) -> None:
    assert read_period(text) == PeriodReading(None, choices)


@pytest.mark.parametrize(
    "text",
    ["", "Kỳ 1", "2026-Q5", "Quý V/2026", "tháng 13/2026", "1899", "２０２６", "2026-2027", "quý"],
)
def test_not_a_period(text: str) -> None:
    assert read_period(text) == PeriodReading(None)
    assert canonical_period(text) is None


def test_every_form_of_the_table_is_exercised() -> None:
    examples = [text for text, _ in READ] + ["6 tháng năm 2026", "4/2026", "Quý IV"]
    examples += ["6 tháng đầu năm", "6 tháng cuối năm"]
    from nhanluc_cli.vietnamese import fold

    for pattern, _ in FORMS:
        compiled = re.compile(pattern)
        assert any(
            compiled.fullmatch(fold(e).removeprefix("ky ").removeprefix("bao cao "))
            for e in examples
        ), pattern
