"""Tests for nhanluc_cli.statements: which reports are known on a date, and in what order."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

from nhanluc_cli.statements import known_on, report_date


def report(file: str, period: str, reported_on: date | None = None) -> Any:
    return SimpleNamespace(
        file=file, report=SimpleNamespace(period=period, reported_on=reported_on)
    )


def test_a_report_is_dated_by_reported_on_else_by_the_end_of_its_period() -> None:
    assert report_date(report("a.yaml", "2022-Q1")) == date(2022, 3, 31)
    assert report_date(report("a.yaml", "2022", date(2023, 1, 15))) == date(2023, 1, 15)


def test_known_on_keeps_reports_dated_on_or_before_the_day_in_the_order_they_became_known() -> None:
    late = report("a.yaml", "2022", date(2023, 1, 15))
    q4 = report("b.yaml", "2022-Q4")  # 31/12/2022
    same_day_z = report("z.yaml", "2022-H2")  # 31/12/2022 too: file name breaks the tie
    future = report("c.yaml", "2023-Q1")
    reports = [future, late, same_day_z, q4]
    assert known_on(reports, date(2022, 12, 30)) == []
    assert known_on(reports, date(2022, 12, 31)) == [q4, same_day_z]
    assert known_on(reports, date(2023, 1, 15)) == [q4, same_day_z, late]
    assert known_on(reports, date(2023, 3, 31)) == [q4, same_day_z, late, future]
