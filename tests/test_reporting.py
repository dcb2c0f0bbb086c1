"""The reporting calendar (contract §17), worked out by hand at its boundaries.

Nghị định 09/2019/NĐ-CP, Điều 12: a window runs from the 15th of the month before the period to
the 14th of its last month; a report is due `due_days` calendar days after the cut-off.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from nhanluc_cli.loading.places import source_map_of
from nhanluc_cli.plan.model import Plan, Report
from nhanluc_cli.plan.reporting import (
    current_period,
    frequency_of,
    latest_due,
    period_named,
    periods_of_year,
    plan_periods,
    rates,
    rates_by_reporter,
    reporter_of,
    reporters,
    reporting_status,
    window,
)
from nhanluc_cli.plan.sources import LoadedReport

AGENCIES = [
    {"id": "phong_gddt", "name": "Phòng Giáo dục và Đào tạo"},
    {"id": "phong_ldtbxh", "name": "Phòng Lao động - Thương binh và Xã hội"},
    {"id": "van_phong", "name": "Văn phòng"},
]


def make_plan(reporting: dict[str, object] | None, **extra: object) -> Plan:
    fields: dict[str, object] = {
        "id": "1/KH",
        "date": "2026-01-10",
        "issuer": "UBND xã",
        "title": "Kế hoạch thử",
        "period": {"start": 2026, "end": 2027},
        "agencies": AGENCIES,
        "indicators": [],
        "tasks": [
            {"id": "1", "title": "A", "lead": "phong_gddt", "deadline": "Hằng quý"},
            {"id": "2", "title": "B", "lead": ["phong_ldtbxh"], "deadline": "Năm 2026"},
        ],
        **extra,
    }
    if reporting is not None:
        fields["reporting"] = reporting
    return Plan.model_validate(fields)


def report(name: str, period: str, by: str | None, on: str | None) -> LoadedReport:
    model = Report.model_validate({"period": period, "reported_by": by, "reported_on": on})
    return LoadedReport(f"progress/{name}.yaml", model, source_map_of(name, b""))


# ---------------------------------------------------------------------------------------------
# Windows and due dates


def test_nd09_windows_start_on_the_15th_of_the_month_before() -> None:
    # Q1: 15/12 of the year before to 14/3; Q4: 15/9 to 14/12.
    assert window(2026, 1, 3, "nd09") == (date(2025, 12, 15), date(2026, 3, 14))
    assert window(2026, 4, 6, "nd09") == (date(2026, 3, 15), date(2026, 6, 14))
    assert window(2026, 7, 9, "nd09") == (date(2026, 6, 15), date(2026, 9, 14))
    assert window(2026, 10, 12, "nd09") == (date(2026, 9, 15), date(2026, 12, 14))
    # 6 months 15/12-14/6, 9 months 15/12-14/9, a year 15/12-14/12.
    assert window(2026, 1, 6, "nd09") == (date(2025, 12, 15), date(2026, 6, 14))
    assert window(2026, 1, 9, "nd09") == (date(2025, 12, 15), date(2026, 9, 14))
    assert window(2026, 1, 12, "nd09") == (date(2025, 12, 15), date(2026, 12, 14))


def test_calendar_windows_end_on_the_last_day() -> None:
    assert window(2026, 1, 3, "calendar") == (date(2026, 1, 1), date(2026, 3, 31))
    assert window(2026, 1, 6, "calendar") == (date(2026, 1, 1), date(2026, 6, 30))
    assert window(2026, 1, 9, "calendar") == (date(2026, 1, 1), date(2026, 9, 30))
    assert window(2028, 1, 12, "calendar") == (date(2028, 1, 1), date(2028, 12, 31))
    assert window(2028, 1, 3, "calendar")[1] == date(2028, 3, 31)


def test_periods_of_a_year_with_due_dates() -> None:
    periods = periods_of_year(2026, ["year", "half_year", "quarter", "nine_months"], "nd09", 6)
    # By cut-off; the half year before the second quarter that ends with it.
    assert [p.period for p in periods] == [
        "2026-Q1", "2026-H1", "2026-Q2", "2026-9M", "2026-Q3", "2026", "2026-Q4",
    ]  # fmt: skip
    by_name = {p.period: p for p in periods}
    # 14/6 + 6 days = 20/6 (a Saturday in 2026: it stays a Saturday).
    assert by_name["2026-H1"].due == date(2026, 6, 20)
    assert by_name["2026-H1"].due.weekday() == 5
    # 14/3 + 6 = 20/3; 14/12 + 6 = 20/12 (a Sunday: calendar days, no shift).
    assert by_name["2026-Q1"].due == date(2026, 3, 20)
    assert by_name["2026"].due == date(2026, 12, 20)
    assert by_name["2026"].due.weekday() == 6
    assert by_name["2026-Q3"].part == 3 and by_name["2026-9M"].frequency == "nine_months"


def test_due_days_across_a_month_and_a_year() -> None:
    # calendar cut-off 31/12/2026 + 15 days = 15/01/2027.
    (year,) = periods_of_year(2026, ["year"], "calendar", 15)
    assert (year.cutoff, year.due) == (date(2026, 12, 31), date(2027, 1, 15))
    (half,) = periods_of_year(2026, ["half_year"], "nd09", 0)
    assert half.due == half.cutoff == date(2026, 6, 14)


def test_frequency_of_a_period() -> None:
    assert frequency_of("2026-Q3") == "quarter"
    assert frequency_of("2026-H1") == "half_year"
    assert frequency_of("2026-9M") == "nine_months"
    assert frequency_of("2026") == "year"
    assert frequency_of("2026-H2") is None
    assert frequency_of("2026-03") is None


def test_plan_periods_start_with_the_plan_and_stop_when_it_ends() -> None:
    # Plan dated 10/01/2026: Q1 2026 (cut off 14/3) is the first; the year 2025 is not asked for.
    plan = make_plan({"every": ["quarter", "year"]})
    names = [p.period for p in plan_periods(plan)]
    assert names[0] == "2026-Q1" and names[-1] == "2027-Q4"
    assert len(names) == 10
    # A plan dated 15/06/2026: Q2 (cut off 14/6) came before it; Q3 is the first.
    late = make_plan({"every": ["quarter"]}, date="2026-06-15")
    assert plan_periods(late)[0].period == "2026-Q3"
    # Dated on the cut-off itself (14/6): that window still counts.
    on_cutoff = make_plan({"every": ["quarter"]}, date="2026-06-14")
    assert plan_periods(on_cutoff)[0].period == "2026-Q2"
    # A plan that ended on 30/06/2026 asks for no window cut off after that.
    ended = make_plan(
        {"every": ["half_year", "year"]},
        ended={"date": "2026-06-30", "reason": "Sáp nhập", "basis": "Nghị quyết"},
    )
    assert [p.period for p in plan_periods(ended)] == ["2026-H1"]
    assert plan_periods(make_plan(None)) == []


def test_period_named_uses_the_plans_calendar() -> None:
    plan = make_plan({"every": ["half_year"], "cutoff": "calendar", "due_days": 10})
    named = period_named(plan, "2026-H1")
    assert named is not None
    assert (named.start, named.cutoff, named.due) == (
        date(2026, 1, 1),
        date(2026, 6, 30),
        date(2026, 7, 10),
    )
    assert period_named(plan, "2026") is None  # not a frequency of this plan


def test_reporters_default_to_every_lead_agency() -> None:
    assert reporters(make_plan({"every": ["year"]})) == ["phong_gddt", "phong_ldtbxh"]
    assert reporters(make_plan({"every": ["year"], "by": ["van_phong"]})) == ["van_phong"]
    assert reporters(make_plan(None)) == []


def test_reporter_is_an_id_or_an_exact_name() -> None:
    plan = make_plan({"every": ["year"]})
    assert reporter_of(plan, "phong_gddt") == "phong_gddt"
    assert reporter_of(plan, " Phòng Giáo dục và Đào tạo ") == "phong_gddt"
    # NFD input is the same name.
    import unicodedata

    assert reporter_of(plan, unicodedata.normalize("NFD", "Phòng Giáo dục và Đào tạo"))
    assert reporter_of(plan, "phòng giáo dục và đào tạo") is None  # not exact
    assert reporter_of(plan, None) is None


# ---------------------------------------------------------------------------------------------
# Who has reported


def half_year_plan(**extra: object) -> Plan:
    return make_plan({"every": ["half_year", "year"]}, **extra)


def test_status_on_the_due_date_and_the_day_after() -> None:
    plan = half_year_plan()
    reports = [
        report("a", "2026-H1", "phong_gddt", "2026-06-20"),  # on the due date: on time
        report("b", "2026-H1", "Phòng Lao động - Thương binh và Xã hội", "2026-06-23"),
    ]
    rows = reporting_status(plan, reports, date(2026, 6, 25))
    h1 = {r.agency_id: r for r in rows if r.period.period == "2026-H1"}
    assert h1["phong_gddt"].status == "on_time" and h1["phong_gddt"].days_late is None
    # 23/6 - 20/6 = 3 days late.
    assert (h1["phong_ldtbxh"].status, h1["phong_ldtbxh"].days_late) == ("late", 3)
    # The year's window (from 15/12/2025) has begun: listed, not yet due.
    year = [r for r in rows if r.period.period == "2026"]
    assert {r.status for r in year} == {"not_due"}


def test_missing_counts_days_past_due() -> None:
    plan = half_year_plan()
    # On 20/6 (the due date) nothing is missing yet; on 21/6 it is, one day past due.
    on_due = reporting_status(plan, [], date(2026, 6, 20))
    assert {r.status for r in on_due if r.period.period == "2026-H1"} == {"not_due"}
    after = reporting_status(plan, [], date(2026, 6, 21))
    assert {(r.status, r.days_late) for r in after if r.period.period == "2026-H1"} == {
        ("missing", 1)
    }


def test_window_begun_on_the_15th_not_the_14th() -> None:
    plan = make_plan({"every": ["quarter"]})
    # On 14/3/2026 Q1's window is open, Q2's (from 15/3) has not begun.
    assert {r.period.period for r in reporting_status(plan, [], date(2026, 3, 14))} == {"2026-Q1"}
    assert {r.period.period for r in reporting_status(plan, [], date(2026, 3, 15))} == {
        "2026-Q1",
        "2026-Q2",
    }


def test_year_window_begins_on_15_12_of_the_previous_year() -> None:
    plan = make_plan({"every": ["year"]}, date="2025-12-01", period={"start": 2026, "end": 2026})
    assert reporting_status(plan, [], date(2025, 12, 14)) == []  # before the plan's window
    rows = reporting_status(plan, [], date(2025, 12, 15))
    assert {(r.period.period, r.status) for r in rows} == {("2026", "not_due")}


def test_a_report_dated_after_d_is_not_known_yet() -> None:
    plan = half_year_plan()
    reports = [report("a", "2026-H1", "phong_gddt", "2026-06-25")]
    rows = reporting_status(plan, reports, date(2026, 6, 24))
    gddt = next(r for r in rows if r.agency_id == "phong_gddt" and r.period.period == "2026-H1")
    assert (gddt.status, gddt.days_late) == ("missing", 4)


def test_the_earliest_of_several_reports_counts() -> None:
    plan = half_year_plan()
    reports = [
        report("b", "2026-H1", "phong_gddt", "2026-07-01"),
        report("a", "2026-H1", "phong_gddt", "2026-06-19"),
    ]
    rows = reporting_status(plan, reports, date(2026, 7, 2))
    gddt = next(r for r in rows if r.agency_id == "phong_gddt" and r.period.period == "2026-H1")
    assert (gddt.status, gddt.reported_on, gddt.file) == (
        "on_time",
        date(2026, 6, 19),
        "progress/a.yaml",
    )


def test_after_a_closed_plan_days_count_to_the_closing_day() -> None:
    plan = make_plan({"every": ["year"]}, period={"start": 2026, "end": 2026})
    rows = reporting_status(plan, [], date(2027, 3, 1))
    # Due 20/12/2026, closed 31/12/2026: 11 days, not 71.
    assert {(r.status, r.days_late) for r in rows} == {("missing", 11)}


def test_an_agency_that_ceased_before_the_cutoff_is_not_expected() -> None:
    agencies = [dict(AGENCIES[0], until="2026-05-31"), *AGENCIES[1:]]
    plan = half_year_plan(agencies=agencies)
    rows = reporting_status(plan, [], date(2026, 6, 25))
    assert {r.agency_id for r in rows if r.period.period == "2026-H1"} == {"phong_ldtbxh"}


def test_rates_count_only_periods_due() -> None:
    plan = half_year_plan()
    reports = [
        report("a", "2026-H1", "phong_gddt", "2026-06-19"),
        report("b", "2026-H1", "phong_ldtbxh", "2026-06-30"),
    ]
    rows = reporting_status(plan, reports, date(2026, 7, 1))
    overall = rates(rows)
    # Two expected for H1 (the year not due): both received, one on time.
    assert overall == (2, 2, 1)
    assert overall.reporting_rate == 1.0 and overall.on_time_rate == 0.5
    by = {agency_id: r for agency_id, _, r in rates_by_reporter(rows)}
    assert by["phong_gddt"].on_time_rate == 1.0 and by["phong_ldtbxh"].on_time_rate == 0.0
    assert rates([]).reporting_rate is None


def test_latest_due_for_status() -> None:
    plan = half_year_plan()
    reports = [report("a", "2026-H1", "phong_gddt", "2026-06-19")]
    before = latest_due(reporting_status(plan, reports, date(2026, 6, 1)), date(2026, 6, 1))
    assert before is not None and before.period.period == "2026-H1"  # not due yet: the first
    summary = latest_due(reporting_status(plan, reports, date(2026, 7, 1)), date(2026, 7, 1))
    assert summary is not None
    assert (summary.period.period, summary.received, summary.expected) == ("2026-H1", 1, 2)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        ("2026-01-20", "2026-H1"),  # before any cut-off: the window that holds today
        ("2026-06-14", "2026-H1"),  # the cut-off day
        ("2026-06-18", "2026-H1"),  # cut off, not yet due: being reported
        ("2026-06-21", "2026"),  # past due: the year's window holds today
        ("2027-12-21", "2027"),  # after the plan: the latest
        ("2025-06-01", "2026-H1"),  # before the plan: the first
    ],
)
def test_current_period(today: str, expected: str) -> None:
    found = current_period(half_year_plan(), date.fromisoformat(today))
    assert found is not None and found.period == expected


def test_current_period_prefers_the_soonest_cutoff() -> None:
    plan = make_plan({"every": ["quarter", "year"]})
    found = current_period(plan, date(2026, 5, 1))
    assert found is not None and found.period == "2026-Q2"
    assert current_period(make_plan(None), date(2026, 5, 1)) is None


def test_period_9m_is_a_report_period(tmp_path: Path) -> None:
    from nhanluc_cli.plan.deadlines import period_bounds

    assert period_bounds("2026-9M") == (date(2026, 1, 1), date(2026, 9, 30))
    assert Report.model_validate({"period": "2026-9M"}).period == "2026-9M"
    assert period_bounds("2026-9m") is None


def test_nd09_quarters_tile_the_year_without_gap_or_overlap() -> None:
    # From 15/12 of the year before to 14/12: each quarter starts the day after the last ends,
    # and the year's window is their union; across years, too.
    for year in range(2020, 2032):
        quarters = periods_of_year(year, ["quarter"], "nd09", 6)
        (whole,) = periods_of_year(year, ["year"], "nd09", 6)
        assert quarters[0].start == whole.start and quarters[-1].cutoff == whole.cutoff
        for before, after in pairwise(quarters):
            assert (after.start - before.cutoff).days == 1
        (following,) = periods_of_year(year + 1, ["year"], "nd09", 6)
        assert (following.start - whole.cutoff).days == 1
        # Every due date is the cut-off + 6 calendar days, weekday or not.
        assert all((p.due - p.cutoff).days == 6 for p in quarters)
