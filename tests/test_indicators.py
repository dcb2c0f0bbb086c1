"""Tests for nhanluc_cli.indicators (status, findings): reports -> measurements -> statuses.

A small plan of our own and its reports are written into tmp_path and loaded with the real loader,
so decimal commas, numerator/denominator pairs, report dates and line numbers mean here what they
mean to a user. Every expected figure is worked out by hand in a comment next to it.
"""

from __future__ import annotations

import math
import textwrap
from datetime import date
from pathlib import Path

import pytest

from nhanluc_cli.checks.as_of import STATUS_CHECKS
from nhanluc_cli.findings import Finding
from nhanluc_cli.i18n import message
from nhanluc_cli.indicators.evaluation import (
    NOT_ON_TRACK,
    IndicatorResult,
    collect_measurements,
    evaluate_indicators,
    indicator_summary,
)
from nhanluc_cli.indicators.findings import check_indicator_targets
from nhanluc_cli.indicators.trend import INDICATOR_STATUSES, Measurement
from nhanluc_cli.loading.loader import load_plan, load_report
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport
from nhanluc_cli.render.rows import EXPLAIN_FIELDS, INDICATOR_FIELDS, explain_row, indicator_row
from nhanluc_cli.render.words import target_text

# The plan's date is 2021-08-04, as plan 60's: W314 starts 18 months later, on 2023-02-04.
PLAN = """\
id: "1/KH-TEST"
date: 2021-08-04
issuer: "UBND huyện thử"
title: "Kế hoạch thử"
period: {start: 2021, end: 2025, horizon: 2030}
groups: [{id: a, name: "Nhóm a"}, {id: b, name: "Nhóm b"}]
agencies:
  - {id: noi_vu, name: "Phòng Nội vụ"}
indicators:
  - id: ti_le
    group: a
    name: "Tỷ lệ lao động qua đào tạo"
    unit: "%"
    target: {kind: at_least, value: 70}
    by: 2025
  - id: bac_si
    group: a
    name: "Bác sĩ trên vạn dân"
    unit: per_10000
    target: {kind: range, lo: 10, hi: 12}
    by: 2025
  - id: dieu_duong
    group: a
    name: "Điều dưỡng trên vạn dân"
    unit: per_10000
    target: {kind: at_least, value: 35}
    by: 2025
  - id: lanh_dao
    group: a
    name: "Lãnh đạo dưới 40 tuổi có trình độ sau đại học"
    unit: "%"
    target: {kind: range, lo: 25, hi: 35}
    by: 2025
  - id: mot_lan
    group: b
    name: "Chỉ có một số liệu"
    unit: "%"
    target: {kind: at_least, value: 100}
    by: 2025
  - id: chua_co
    group: b
    name: "Chưa có số liệu"
    unit: "%"
    target: {kind: at_least, value: 100}
    by: 2025
  - id: dinh_tinh
    group: b
    name: "Chỉ tiêu định tính"
    target: {kind: qualitative}
    by: 2025
  - id: giam
    group: b
    name: "Tỷ lệ bỏ học"
    unit: "%"
    target: {kind: at_most, value: 5}
    by: 2025
  - id: khoa_hoc
    group: b
    name: "Cán bộ khoa học trên vạn dân"
    unit: per_10000
    target: {kind: at_least, value: 11}
    by: 2030
tasks: []
"""

REPORT_2020 = """\
period: "2020"
reported_on: 2021-01-20
indicators:
  ti_le:
    value: 60
    source: "Báo cáo số 5/BC-LĐTBXH"
  bac_si:
    numerator: 120
    denominator: 150000
  dieu_duong:
    value: "30,5"
  lanh_dao:
    value: 20
  giam:
    value: 10
  khoa_hoc:
    value: 9
"""

REPORT_2023 = """\
period: "2023"
reported_on: 2024-01-15
indicators:
  ti_le:
    value: 64
    source: "Báo cáo số 12/BC-LĐTBXH"
  bac_si:
    numerator: 152
    denominator: 148000
  dieu_duong:
    value: "29,0"
  lanh_dao:
    value: 21
  mot_lan:
    value: 85
  dinh_tinh:
    assessment: in_progress
  giam:
    value: 7
  khoa_hoc:
    value: 9.5
"""


# The 2023 figures again, measured at the end of the target year and reported in January 2026.
REPORT_2025 = REPORT_2023.replace('period: "2023"', 'period: "2025"').replace(
    "reported_on: 2024-01-15", "reported_on: 2026-01-15"
)
# The same plan, running until 2027: its 2025 targets close while it is still open, so their
# misses are errors (E302) rather than the closed plan's single account (W319).
PLAN_TO_2027 = PLAN.replace("end: 2025, horizon: 2030", "end: 2027, horizon: 2030")


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def line_of(path: Path, text: str) -> int:
    """The 1-based line on which `text` first appears: where a finding must point."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def plan_in(folder: Path, text: str = PLAN) -> LoadedPlan:
    loaded, findings = load_plan(write(folder, "plan.yaml", text), "plan.yaml")
    assert loaded is not None and findings == [], findings
    return loaded


def report_in(folder: Path, name: str, text: str) -> LoadedReport:
    path = write(folder, f"progress/{name}", text)
    loaded, findings = load_report(path, f"progress/{name}")
    assert loaded is not None and findings == [], findings
    return loaded


@pytest.fixture
def plan(tmp_path: Path) -> LoadedPlan:
    return plan_in(tmp_path)


@pytest.fixture
def reports(tmp_path: Path) -> list[LoadedReport]:
    return [
        report_in(tmp_path, "2020.yaml", REPORT_2020),
        report_in(tmp_path, "2023.yaml", REPORT_2023),
    ]


def by_id(results: list[IndicatorResult]) -> dict[str, IndicatorResult]:
    return {result.indicator.id: result for result in results}


# ---------------------------------------------------------------------------------------------
# collect_measurements


def test_collect_reads_values_ratios_and_decimal_commas(
    plan: LoadedPlan, reports: list[LoadedReport]
) -> None:
    collected = collect_measurements(plan, reports, date(2024, 6, 1))
    assert list(collected) == [i.id for i in plan.plan.indicators]  # every id, in plan order
    end_2020, end_2023 = date(2020, 12, 31), date(2023, 12, 31)  # as_of defaults: period ends
    assert collected["ti_le"] == [
        Measurement(end_2020, 60.0, None, "Báo cáo số 5/BC-LĐTBXH"),
        Measurement(end_2023, 64.0, None, "Báo cáo số 12/BC-LĐTBXH"),
    ]
    # 120 / 150,000 x 10,000 = 8; 152 / 148,000 x 10,000 = 10.2703
    assert [m.value for m in collected["bac_si"]] == [8.0, pytest.approx(10.27027, abs=1e-5)]
    assert [m.value for m in collected["dieu_duong"]] == [30.5, 29.0]  # "30,5" and "29,0"
    assert collected["dinh_tinh"] == [Measurement(end_2023, None, "in_progress")]
    assert collected["chua_co"] == []


def test_collect_is_a_time_machine(tmp_path: Path, plan: LoadedPlan) -> None:
    reports = [
        # Known from 2021-01-20; its second figure is dated 2021-06-30, unknown before that day.
        report_in(
            tmp_path,
            "a.yaml",
            """\
            period: "2020"
            reported_on: 2021-01-20
            indicators:
              ti_le: {value: 60}
              giam: {value: 9, as_of: 2021-06-30}
            """,
        ),
        # No reported_on: known from the end of its period, 2022-12-31 (as task tracking reads
        # reports), even for a figure dated earlier.
        report_in(
            tmp_path,
            "b.yaml",
            """\
            period: "2022"
            indicators:
              ti_le: {value: 62, as_of: 2022-06-30}
            """,
        ),
    ]
    assert collect_measurements(plan, reports, date(2021, 1, 19))["ti_le"] == []
    on_2021_03 = collect_measurements(plan, reports, date(2021, 3, 1))
    assert [m.value for m in on_2021_03["ti_le"]] == [60]
    assert on_2021_03["giam"] == []
    assert [m.value for m in collect_measurements(plan, reports, date(2021, 6, 30))["giam"]] == [9]
    assert [m.value for m in collect_measurements(plan, reports, date(2022, 12, 30))["ti_le"]] == [
        60
    ]
    assert [m.value for m in collect_measurements(plan, reports, date(2022, 12, 31))["ti_le"]] == [
        60,
        62,
    ]


def test_collect_keeps_one_figure_per_date_from_the_later_report(
    tmp_path: Path, plan: LoadedPlan
) -> None:
    # The same figure twice (agreeing, so no E230): it counts once, with the later report's source.
    first = """\
        period: "2022"
        reported_on: 2023-01-10
        indicators:
          ti_le: {value: 62, source: "sơ bộ"}
        """
    revised = """\
        period: "2022"
        reported_on: 2023-03-01
        indicators:
          ti_le: {value: "62,0", source: "chính thức"}
        """
    reports = [report_in(tmp_path, "z.yaml", first), report_in(tmp_path, "a.yaml", revised)]
    assert collect_measurements(plan, reports, date(2023, 6, 1))["ti_le"] == [
        Measurement(date(2022, 12, 31), 62.0, None, "chính thức")
    ]


def test_collect_skips_unknown_ids_and_nulls(tmp_path: Path, plan: LoadedPlan) -> None:
    reports = [
        report_in(
            tmp_path,
            "x.yaml",
            """\
            period: "2022"
            indicators:
              khong_co: {value: 1}
              ti_le: {value: null}
              giam:
            """,
        )
    ]
    collected = collect_measurements(plan, reports, date(2023, 1, 1))
    assert "khong_co" not in collected
    assert collected["ti_le"] == [] and collected["giam"] == []


def test_collect_accepts_the_plan_model_too(plan: LoadedPlan, reports: list[LoadedReport]) -> None:
    on = date(2024, 6, 1)
    assert collect_measurements(plan.plan, reports, on) == collect_measurements(plan, reports, on)


# ---------------------------------------------------------------------------------------------
# evaluate_indicators: every status word, worked out by hand


def test_statuses_on_a_hand_computed_dataset(plan: LoadedPlan, reports: list[LoadedReport]) -> None:
    results = by_id(evaluate_indicators(plan, reports, date(2024, 6, 1)))
    assert [r.indicator.id for r in evaluate_indicators(plan, reports, date(2024, 6, 1))] == [
        i.id for i in plan.plan.indicators
    ]
    statuses = {key: r.evaluation.status for key, r in results.items()}
    assert statuses == {
        # The worked example: 60 at the end of 2020, 64 at the end of 2023, >= 70 by 2025.
        # t0 = 2021.0, t = 2024.0, T = 2026.0
        # CAGR_obs = (64/60)^(1/3) - 1 = 0.021746; CAGR_req = (70/60)^(1/5) - 1 = 0.031310
        # R = 0.6945 -> moderate
        "ti_le": "moderate_progress",
        # 10.27 >= lo = 10: a range is met at its lower bound.
        "bac_si": "achieved",
        # 30.5 -> 29: away from 35.
        "dieu_duong": "deterioration",
        # (21/20)^(1/3) - 1 = 0.016396; (25/20)^(1/5) - 1 = 0.045640; R = 0.3593 -> limited
        "lanh_dao": "limited_progress",
        "mot_lan": "insufficient_data",  # 85 on one date only
        "chua_co": "no_data",
        "dinh_tinh": "limited_progress",  # qualitative "in_progress"
        # at_most 5: (7/10)^(1/3) - 1 = -0.112096; (5/10)^(1/5) - 1 = -0.129449;
        # R = 0.8660 (both negative: moving down toward the target is progress) -> moderate
        "giam": "moderate_progress",
        # by 2030 (T = 2031.0): (9.5/9)^(1/3) - 1 = 0.018185; (11/9)^(1/10) - 1 = 0.020268;
        # R = 0.8972 -> moderate
        "khoa_hoc": "moderate_progress",
    }
    ti_le = results["ti_le"].evaluation
    assert ti_le.ratio == pytest.approx(0.021746 / 0.031310, abs=1e-4)
    assert round(ti_le.ratio or 0, 4) == 0.6945
    # 64 x (64/60)^(2/3) = 66.81: two more years at the observed rate.
    assert ti_le.projected == pytest.approx(66.814, abs=1e-3)
    assert results["giam"].evaluation.ratio == pytest.approx(0.112096 / 0.129449, abs=1e-4)
    assert results["khoa_hoc"].evaluation.ratio == pytest.approx(0.8972, abs=1e-4)
    assert results["lanh_dao"].evaluation.ratio == pytest.approx(0.3593, abs=1e-4)


def test_missed_once_the_target_year_is_over(
    tmp_path: Path, plan: LoadedPlan, reports: list[LoadedReport]
) -> None:
    on_31_dec = by_id(evaluate_indicators(plan, reports, date(2025, 12, 31)))
    after = by_id(evaluate_indicators(plan, reports, date(2026, 1, 1)))
    assert on_31_dec["ti_le"].evaluation.status == "moderate_progress"
    # The latest figures are of 2023: nothing says how 2025 ended (contract §9.4).
    assert after["ti_le"].evaluation.status == "not_assessable"
    assert after["dinh_tinh"].evaluation.status == "not_assessable"
    with_2025 = [*reports, report_in(tmp_path, "2025.yaml", REPORT_2025)]
    final = by_id(evaluate_indicators(plan, with_2025, date(2026, 1, 16)))
    assert final["ti_le"].evaluation.status == "missed"
    assert final["dinh_tinh"].evaluation.status == "missed"
    assert after["bac_si"].evaluation.status == "achieved"
    assert after["khoa_hoc"].evaluation.status == "moderate_progress"  # its target year is 2030
    assert after["chua_co"].evaluation.status == "no_data"


def test_time_machine_statuses(plan: LoadedPlan, reports: list[LoadedReport]) -> None:
    # Before the 2023 report was written (2024-01-15) only the 2020 figures are known.
    before = by_id(evaluate_indicators(plan, reports, date(2024, 1, 14)))
    assert before["ti_le"].evaluation.status == "insufficient_data"
    assert before["ti_le"].measurements == (
        Measurement(date(2020, 12, 31), 60.0, None, "Báo cáo số 5/BC-LĐTBXH"),
    )
    assert before["dinh_tinh"].evaluation.status == "no_data"
    everything = by_id(evaluate_indicators(plan, reports, date(2020, 1, 1)))
    assert {r.evaluation.status for r in everything.values()} == {"no_data"}


def test_latest_place_is_the_report_that_gave_the_latest_figure(
    plan: LoadedPlan, reports: list[LoadedReport]
) -> None:
    results = by_id(evaluate_indicators(plan, reports, date(2024, 6, 1)))
    place = results["ti_le"].latest_place
    assert place is not None
    assert place.report.file == "progress/2023.yaml"
    assert place.path == ("indicators", "ti_le")
    assert results["chua_co"].latest_place is None


# ---------------------------------------------------------------------------------------------
# indicator_summary


def test_summary_counts_every_status_word_and_lists_those_not_on_track(
    plan: LoadedPlan, reports: list[LoadedReport]
) -> None:
    counts, off_track = indicator_summary(plan.plan, reports, date(2024, 6, 1))
    assert list(counts) == list(INDICATOR_STATUSES)
    assert counts == {
        "achieved": 1,
        "missed": 0,
        "no_data": 1,
        "insufficient_data": 1,
        "substantial_progress": 0,
        "moderate_progress": 3,
        "limited_progress": 2,
        "deterioration": 1,
        "not_assessable": 0,
    }
    # Most urgent first, then plan order.
    assert [r.indicator.id for r in off_track] == [
        "dieu_duong",
        "lanh_dao",
        "dinh_tinh",
        "ti_le",
        "giam",
        "khoa_hoc",
    ]
    assert NOT_ON_TRACK == (
        "missed",
        "not_assessable",  # closed without a figure of its year: as urgent as missed
        "deterioration",
        "limited_progress",
        "moderate_progress",
    )


def test_summary_with_no_reports(plan: LoadedPlan) -> None:
    counts, off_track = indicator_summary(plan, [], date(2024, 6, 1))
    assert counts["no_data"] == 9 and sum(counts.values()) == 9
    assert off_track == []


# ---------------------------------------------------------------------------------------------
# Rows (contract §4.1)


def test_row_shape(plan: LoadedPlan, reports: list[LoadedReport]) -> None:
    results = by_id(evaluate_indicators(plan, reports, date(2024, 6, 1)))
    assert indicator_row(results["ti_le"]) == {
        "id": "ti_le",
        "group": "a",
        "name": "Tỷ lệ lao động qua đào tạo",
        "unit": "%",
        "measure": "level",  # contract §15: on every row
        "target": {"kind": "at_least", "value": 70, "lo": None, "hi": None},
        "by": 2025,
        "latest": {"value": 64, "as_of": date(2023, 12, 31), "source": "Báo cáo số 12/BC-LĐTBXH"},
        "projected": 66.81,  # 2 decimals
        "ratio": 0.6945,  # 4 decimals
        "status": "moderate_progress",
    }
    bac_si = indicator_row(results["bac_si"])
    assert bac_si["target"] == {"kind": "range", "value": None, "lo": 10, "hi": 12}
    assert bac_si["latest"] == {"value": 10.2703, "as_of": date(2023, 12, 31), "source": None}
    assert bac_si["ratio"] is None  # achieved: R is not computed
    chua_co = indicator_row(results["chua_co"])
    assert (chua_co["latest"], chua_co["projected"], chua_co["ratio"]) == (None, None, None)
    # A qualitative indicator's latest value is its assessment word.
    assert indicator_row(results["dinh_tinh"])["latest"] == {
        "value": "in_progress",
        "as_of": date(2023, 12, 31),
        "source": None,
    }
    # The CSV columns are the row's fields, nested objects flattened, in order; the last one,
    # due_by_now, is on rows of `cumulative` indicators only (contract §15).
    assert [*flat_keys(indicator_row(results["ti_le"])), "due_by_now"] == list(INDICATOR_FIELDS)


def flat_keys(row: dict[str, object]) -> list[str]:
    keys: list[str] = []
    for key, value in row.items():
        keys += [f"{key}.{sub}" for sub in value] if isinstance(value, dict) else [key]
    return keys


def test_explain_row_is_unrounded(plan: LoadedPlan, reports: list[LoadedReport]) -> None:
    result = by_id(evaluate_indicators(plan, reports, date(2024, 6, 1)))["ti_le"]
    row = explain_row(result)
    assert list(row) == list(EXPLAIN_FIELDS)
    assert row["method"] == "cagr"
    assert (row["y0"], row["t0"], row["yt"], row["t"], row["x"], row["T_end"]) == (
        60,
        2021.0,
        64,
        2024.0,
        70,
        2026.0,
    )
    assert row["cagr_observed"] == pytest.approx((64 / 60) ** (1 / 3) - 1, rel=1e-12)
    assert row["ratio"] == result.evaluation.ratio


@pytest.mark.parametrize(
    ("indicator", "vi", "en"),
    [
        ("ti_le", "≥ 70%", "≥ 70%"),
        ("bac_si", "10–12/vạn dân", "10–12/10,000"),
        ("dieu_duong", "≥ 35/vạn dân", "≥ 35/10,000"),
        ("mot_lan", "= 100%", "= 100%"),  # "at least 100%" is the document's "100%"
        ("dinh_tinh", "định tính", "qualitative"),
        ("giam", "≤ 5%", "≤ 5%"),
    ],
)
def test_target_text(plan: LoadedPlan, indicator: str, vi: str, en: str) -> None:
    found = plan.plan.indicator(indicator)
    assert found is not None
    assert (target_text(found, "vi"), target_text(found, "en")) == (vi, en)


# ---------------------------------------------------------------------------------------------
# E302, W313, W314


def findings_on(plan: LoadedPlan, reports: list[LoadedReport], day: date) -> list[Finding]:
    return check_indicator_targets(plan, reports, day, 30)


def where(findings: list[Finding], code: str) -> list[tuple[str, str, int, str]]:
    return [(f.file, f.key, f.line, f.path) for f in findings if f.code == code]


def test_status_checks_include_the_indicator_checks() -> None:
    assert check_indicator_targets in STATUS_CHECKS


def test_e302_at_the_indicator_line_in_the_plan(
    tmp_path: Path, reports: list[LoadedReport]
) -> None:
    plan = plan_in(tmp_path, PLAN_TO_2027)
    reports = [*reports, report_in(tmp_path, "2025.yaml", REPORT_2025)]
    found = where(findings_on(plan, reports, date(2026, 1, 16)), "E302")
    plan_file = tmp_path / "plan.yaml"
    assert found == [
        ("plan.yaml", "indicator.missed", line_of(plan_file, "id: ti_le"), "indicators.0.id"),
        ("plan.yaml", "indicator.missed", line_of(plan_file, "id: dieu_duong"), "indicators.2.id"),
        ("plan.yaml", "indicator.missed", line_of(plan_file, "id: lanh_dao"), "indicators.3.id"),
        ("plan.yaml", "indicator.missed", line_of(plan_file, "id: mot_lan"), "indicators.4.id"),
        (
            "plan.yaml",
            "indicator.missed_assessed",
            line_of(plan_file, "id: dinh_tinh"),
            "indicators.6.id",
        ),
        ("plan.yaml", "indicator.missed", line_of(plan_file, "id: giam"), "indicators.7.id"),
    ]
    assert where(findings_on(plan, reports, date(2025, 12, 31)), "E302") == []


def test_e302_message_says_what_and_what_to_do(tmp_path: Path, reports: list[LoadedReport]) -> None:
    plan = plan_in(tmp_path, PLAN_TO_2027)
    reports = [*reports, report_in(tmp_path, "2025.yaml", REPORT_2025)]
    finding = next(f for f in findings_on(plan, reports, date(2026, 1, 16)) if f.code == "E302")
    text, fix = message(finding.key, "vi", finding.args)
    assert text == (
        "chỉ tiêu `ti_le` không đạt mục tiêu ≥ 70% đến hết năm 2025: "
        "số liệu mới nhất là 64 (ngày 31/12/2025)."
    )
    assert "báo cáo" in fix
    text, _ = message(finding.key, "en", finding.args)
    assert text == (
        "indicator `ti_le` missed its target ≥ 70% by the end of 2025: "
        "the latest figure is 64 (2025-12-31)."
    )


def test_no_e302_once_the_plan_is_closed(plan: LoadedPlan, reports: list[LoadedReport]) -> None:
    # The plan's period ended with 2025: its account is W319's, not an error per target.
    assert findings_on(plan, reports, date(2026, 1, 1)) == []


def test_w313_at_the_latest_figure_in_its_report(
    tmp_path: Path, plan: LoadedPlan, reports: list[LoadedReport]
) -> None:
    found = where(findings_on(plan, reports, date(2024, 6, 1)), "W313")
    report_file = tmp_path / "progress" / "2023.yaml"
    assert found == [
        (
            "progress/2023.yaml",
            "indicator.deterioration",
            line_of(report_file, "dieu_duong:"),
            "indicators.dieu_duong",
        ),
        (
            "progress/2023.yaml",
            "indicator.limited_progress",
            line_of(report_file, "lanh_dao:"),
            "indicators.lanh_dao",
        ),
        (
            "progress/2023.yaml",
            "indicator.limited_assessed",
            line_of(report_file, "dinh_tinh:"),
            "indicators.dinh_tinh",
        ),
    ]


def test_w313_messages_use_decimal_commas_in_vietnamese(
    plan: LoadedPlan, reports: list[LoadedReport]
) -> None:
    w313 = [f for f in findings_on(plan, reports, date(2024, 6, 1)) if f.code == "W313"]
    deterioration, limited = w313[0], w313[1]
    assert message(deterioration.key, "vi", deterioration.args)[0] == (
        "chỉ tiêu `dieu_duong` đi ngược mục tiêu ≥ 35/vạn dân: "
        "số liệu từ 30,5 (ngày 31/12/2020) nay là 29 (ngày 31/12/2023)."
    )
    assert message(limited.key, "vi", limited.args)[0] == (
        "chỉ tiêu `lanh_dao` chậm nhiều, khó đạt (R = 0,36, dưới 0,6): với tốc độ hiện nay, "
        "đến hết năm 2025 chỉ đạt khoảng 21,7, chưa tới mục tiêu 25–35%."
    )
    assert "R = 0.36" in message(limited.key, "en", limited.args)[0]


def test_w314_no_measurement_in_18_months(
    tmp_path: Path, plan: LoadedPlan, reports: list[LoadedReport]
) -> None:
    plan_file = tmp_path / "plan.yaml"
    # 2023-02-03 is one day short of 18 months after the plan's date (2021-08-04): no W314.
    assert where(findings_on(plan, reports, date(2023, 2, 3)), "W314") == []
    # On 2023-02-04 the window is 2021-08-04 .. 2023-02-04: only the 2020 figures exist, and
    # mot_lan, chua_co and dinh_tinh have none at all.
    on_the_day = where(findings_on(plan, reports, date(2023, 2, 4)), "W314")
    assert [(key, line) for _, key, line, _ in on_the_day] == [
        ("indicator.stale", line_of(plan_file, "id: ti_le")),
        ("indicator.stale", line_of(plan_file, "id: bac_si")),
        ("indicator.stale", line_of(plan_file, "id: dieu_duong")),
        ("indicator.stale", line_of(plan_file, "id: lanh_dao")),
        ("indicator.never_measured", line_of(plan_file, "id: mot_lan")),
        ("indicator.never_measured", line_of(plan_file, "id: chua_co")),
        ("indicator.never_measured", line_of(plan_file, "id: dinh_tinh")),
        ("indicator.stale", line_of(plan_file, "id: giam")),
        ("indicator.stale", line_of(plan_file, "id: khoa_hoc")),
    ]
    # On 2024-06-01 the 2023 figures (31/12/2023) are recent; only chua_co has nothing.
    assert [path for *_, path in where(findings_on(plan, reports, date(2024, 6, 1)), "W314")] == [
        "indicators.5.id"
    ]
    # Exactly 18 months after 31/12/2023 the figure still counts; a day later it does not.
    assert len(where(findings_on(plan, reports, date(2025, 6, 30)), "W314")) == 1
    assert len(where(findings_on(plan, reports, date(2025, 7, 1)), "W314")) == 9


def test_w314_message(plan: LoadedPlan, reports: list[LoadedReport]) -> None:
    stale = next(f for f in findings_on(plan, reports, date(2025, 7, 1)) if f.code == "W314")
    assert message(stale.key, "vi", stale.args)[0] == (
        "chỉ tiêu `ti_le` không có số liệu nào từ ngày 01/01/2024 đến nay "
        "(số liệu gần nhất: ngày 31/12/2023)."
    )
    assert message(stale.key, "en", stale.args)[0] == (
        "indicator `ti_le` has no measurement since 2024-01-01 (the latest is of 2023-12-31)."
    )


def test_no_findings_without_data_before_the_18_months(plan: LoadedPlan) -> None:
    assert findings_on(plan, [], date(2022, 1, 1)) == []


def test_zero_values_neither_raise_nor_divide_by_zero(tmp_path: Path, plan: LoadedPlan) -> None:
    reports = [
        report_in(tmp_path, "a.yaml", 'period: "2021"\nindicators:\n  ti_le: {value: 0}\n'),
        report_in(tmp_path, "b.yaml", 'period: "2022"\nindicators:\n  ti_le: {value: 0}\n'),
    ]
    result = by_id(evaluate_indicators(plan, reports, date(2023, 1, 1)))["ti_le"]
    assert result.evaluation.status == "limited_progress"  # no movement: R = 0
    assert result.evaluation.ratio == 0
    assert all(
        value is None or not isinstance(value, float) or math.isfinite(value)
        for value in explain_row(result).values()
    )


def test_a_projected_rate_stops_at_100_percent_but_explain_shows_the_raw_sum() -> None:
    from nhanluc_cli.indicators.evaluation import IndicatorResult
    from nhanluc_cli.indicators.trend import Measurement, evaluate_indicator
    from nhanluc_cli.plan.model import Indicator

    indicator = Indicator.model_validate(
        {
            "id": "x",
            "group": "a",
            "name": "X",
            "unit": "%",
            "by": 2025,
            "target": {"kind": "at_least", "value": 100},
        }
    )
    measured = (
        Measurement(date(2021, 12, 31), 90.0, None),
        Measurement(date(2023, 12, 31), 96.0, None),
    )
    evaluation = evaluate_indicator(indicator.target, 2025, measured, date(2024, 6, 1))
    result = IndicatorResult(indicator, evaluation, measured)
    assert evaluation.projected is not None and evaluation.projected > 100
    assert result.projected == 100.0
