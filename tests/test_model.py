"""model: the rules of contract §1.2 on plain Python, without YAML in between.

The loader hands the models text for every scalar, so most inputs here are strings, as they
would arrive from a file.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from nhanluc_cli.plan.model import (
    TASK_KEY,
    IndicatorReport,
    Period,
    Report,
    Target,
    Task,
    TaskReport,
)


def error_types(model: Any, data: dict[str, Any]) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(ValidationError) as caught:
        model.model_validate(data)
    return [(tuple(e["loc"]), e["type"]) for e in caught.value.errors()]


@pytest.mark.parametrize(
    ("raw", "value"),
    [("66.5", 66.5), ("66,5", 66.5), (" 70 ", 70.0), ("0", 0.0), (12, 12.0), (10.27, 10.27)],
)
def test_numbers_with_point_or_comma(raw: Any, value: float) -> None:
    assert IndicatorReport.model_validate({"value": raw}).value == value


@pytest.mark.parametrize("raw", ["66.5%", "1.234,5", "1e3", "nan", "inf", "", "true", "٦٦"])
def test_not_numbers(raw: str) -> None:
    assert error_types(IndicatorReport, {"value": raw}) == [(("value",), "number")]


def test_figures_out_of_range() -> None:
    assert error_types(IndicatorReport, {"value": "-0.1"}) == [(("value",), "negative")]
    assert error_types(IndicatorReport, {"numerator": "1", "denominator": "0"}) == [
        (("denominator",), "zero_denominator")
    ]
    assert error_types(IndicatorReport, {"numerator": "1"}) == [((), "pair")]
    assert error_types(IndicatorReport, {"value": "1", "assessment": "achieved"}) == [
        ((), "assessment_and_value")
    ]


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("2022-03-28", date(2022, 3, 28)),
        ("28/03/2022", date(2022, 3, 28)),
        ("5/8/2021", date(2021, 8, 5)),
    ],
)
def test_dates_iso_or_vietnamese(raw: str, day: date) -> None:
    assert TaskReport.model_validate({"status": "done", "completed_on": raw}).completed_on == day


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("2022-13-01", "impossible_date"),
        ("2022-02-29", "impossible_date"),
        ("31/02/2022", "impossible_date"),
        ("29/02/2023", "impossible_date"),
        ("02/31/2022", "impossible_date"),  # month/day order is not guessed
        ("Quý I/2022", "date_form"),
        ("0", "date_form"),  # pydantic alone reads this as 1970-01-01
        ("2022-03-28T00:00:00", "date_form"),  # a time of day is no deadline
    ],
)
def test_impossible_dates(raw: str, kind: str) -> None:
    assert error_types(TaskReport, {"status": "done", "completed_on": raw}) == [
        (("completed_on",), kind)
    ]


def test_task_status_rules() -> None:
    assert error_types(TaskReport, {"status": "done"}) == [((), "done_needs_date")]
    assert error_types(TaskReport, {"status": "cancelled"}) == [((), "cancelled_needs_note")]
    assert error_types(TaskReport, {"status": "cancelled", "note": " "}) == [
        ((), "cancelled_needs_note")
    ]
    assert error_types(TaskReport, {"completed_on": "2022-01-01"}) == [((), "date_needs_done")]
    assert error_types(TaskReport, {"status": "5"}) == [(("status",), "literal_error")]
    assert TaskReport.model_validate({"status": "cancelled", "note": "Thay bằng..."}).note
    assert TaskReport.model_validate({}).status is None  # nothing reported is valid


@pytest.mark.parametrize("period", ["2022", "2022-Q1", "2022-Q4", "2022-H1", "2022-H2", "2022-03"])
def test_report_periods(period: str) -> None:
    assert Report.model_validate({"period": period}).period == period


@pytest.mark.parametrize("period", ["22", "2022-Q5", "2022-H3", "2022-13", "2022-3", "２０２２"])
def test_bad_report_periods(period: str) -> None:
    assert error_types(Report, {"period": period}) == [(("period",), "string_pattern_mismatch")]


def test_report_sections_may_be_empty_or_null() -> None:
    report = Report.model_validate({"period": "2022", "indicators": None, "tasks": None})
    assert (report.indicators, report.tasks) == ({}, {})
    report = Report.model_validate({"period": "2022", "tasks": {"3": None}})
    assert report.tasks == {"3": None}


def test_unknown_fields_are_refused() -> None:
    assert error_types(Report, {"period": "2022", "periode": "2022"}) == [
        (("periode",), "extra_forbidden")
    ]
    assert error_types(Report, {"period": "2022", "tasks": {"3": {"stauts": "done"}}}) == [
        (("tasks", "3", "stauts"), "extra_forbidden")
    ]


@pytest.mark.parametrize(
    ("key", "task", "year"),
    [
        ("7", "7", None),
        ("7@2022", "7", "2022"),
        ("III.1", "III.1", None),
        ("III.1@2023", "III.1", "2023"),
        ("7@2022-Q3", "7", "2022"),  # a quarter, or a half year, of a recurring task
        ("7@2022-H1", "7", "2022"),
    ],
)
def test_task_keys(key: str, task: str, year: str | None) -> None:
    match = TASK_KEY.match(key)
    assert match is not None
    assert (match["task"], match["year"]) == (task, year)


@pytest.mark.parametrize(
    "key", ["7@22", "7@", "@2022", "7 @2022", "１", "7@٢٠٢٢", "", "7@2022-Q5", "7@2022-q3"]
)
def test_malformed_task_keys(key: str) -> None:
    assert TASK_KEY.match(key) is None


def test_targets_fit_their_kind() -> None:
    assert Target.model_validate({"kind": "at_least", "value": "100"}).value == 100
    assert Target.model_validate({"kind": "range", "lo": "25", "hi": "35"}).hi == 35
    assert Target.model_validate({"kind": "qualitative"}).value is None
    assert error_types(Target, {"kind": "at_least"}) == [((), "target_fields")]
    assert error_types(Target, {"kind": "range", "lo": "35", "hi": "25"}) == [((), "range_order")]
    assert error_types(Target, {"kind": "qualitative", "value": "1"}) == [((), "target_fields")]


def test_period_order() -> None:
    assert Period.model_validate({"start": "2021", "end": "2025", "horizon": "2030"}).end == 2025
    assert error_types(Period, {"start": "2021", "end": "2020"}) == [((), "period_order")]
    assert error_types(Period, {"start": "2021", "end": "2025", "horizon": "2024"}) == [
        ((), "period_order")
    ]


def test_a_task_has_one_lead_or_several() -> None:
    # Contract §12: `lead: id` or `lead: [id, id]`; `leads` is always the tuple, each id once.
    base = {"id": "1", "title": "T", "deadline": "Hàng năm"}
    assert Task.model_validate({**base, "lead": "noi_vu"}).leads == ("noi_vu",)
    both = Task.model_validate({**base, "lead": ["noi_vu", "y_te", "noi_vu"]})
    assert both.leads == ("noi_vu", "y_te")
    # One error per mistake, at the field or the item (not one per form of the field).
    assert error_types(Task, {**base, "lead": []}) == [(("lead",), "too_short")]
    assert error_types(Task, {**base, "lead": ["noi_vu", "Y tế"]}) == [
        (("lead", 1), "string_pattern_mismatch")
    ]
