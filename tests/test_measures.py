"""indicators/measures.py: each measure of contract §15 at its boundaries, by hand.

Every case is an open plan of 2026-2030 dated 01/01/2026 (so the window starts on 1 January)
unless it says otherwise; the arithmetic is in the comments.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from nhanluc_cli.indicators.measures import (
    MeasureEvaluation,
    PeriodFigure,
    counted_periods,
    covers_whole,
    evaluate_measure,
    finer_within,
)
from nhanluc_cli.indicators.trend import Measurement
from nhanluc_cli.plan.model import Target
from nhanluc_cli.plan.statements import period_end, period_start

START = date(2026, 1, 1)
AT_LEAST_300 = Target(kind="at_least", value=300)


def amounts(*pairs: tuple[str, float]) -> list[PeriodFigure]:
    return [
        PeriodFigure(p, period_start(p), period_end(p), period_end(p), v, None, i)
        for i, (p, v) in enumerate(pairs)
    ]


def levels(*pairs: tuple[date, float]) -> list[Measurement]:
    return [Measurement(day, value, None) for day, value in pairs]


def judge(
    measure: str,
    target: Target,
    figures: Sequence[PeriodFigure] = (),
    level: Sequence[Measurement] = (),
    as_of: date = date(2027, 6, 30),
    by: int = 2030,
    closes: date | None = None,
) -> MeasureEvaluation:
    closes_on = closes or date(by, 12, 31)
    return evaluate_measure(measure, target, START, by, closes_on, figures, level, as_of)


# --- periods -----------------------------------------------------------------------------------


def test_overlapping_periods_never_add_twice() -> None:
    # 2026 (a year: 500) covers Q1 and H1, which are dropped; 2027-Q1 and 2027-Q2 add up.
    figures = amounts(("2026-Q1", 100), ("2026-H1", 260), ("2026", 500), ("2027-Q1", 80))
    figures += amounts(("2027-Q2", 90))
    assert [f.period for f in counted_periods(figures)] == ["2026", "2027-Q1", "2027-Q2"]
    # Without the year, H1 speaks for Q1.
    assert [f.period for f in counted_periods(figures[:2])] == ["2026-H1"]


def test_finer_within_and_whole_cover() -> None:
    figures = amounts(("2026-H1", 260), ("2026-Q1", 100), ("2026-Q2", 150))
    h1 = figures[0]
    parts = finer_within(h1, figures)
    assert [p.period for p in parts] == ["2026-Q1", "2026-Q2"]
    assert covers_whole(h1, parts)  # 90 + 91 days = 181 days of H1
    assert not covers_whole(h1, parts[:1])


# --- yearly ------------------------------------------------------------------------------------


def test_yearly_a_year_just_met_and_a_year_missed_after_the_target_year() -> None:
    # 2026: 300 = 300 (just met); 2027: 299 < 300 (missed). Target year 2027, D = 2028: final.
    result = judge(
        "yearly", AT_LEAST_300, amounts(("2026", 300), ("2027", 299)), as_of=date(2028, 1, 5),
        by=2027,
    )  # fmt: skip
    assert [(y.year, y.value, y.met) for y in result.years] == [
        (2026, 300, True),
        (2027, 299, False),
    ]
    assert result.status == "missed"


def test_yearly_every_year_met_is_achieved_after_the_target_year() -> None:
    result = judge(
        "yearly", AT_LEAST_300, amounts(("2026", 300), ("2027-H1", 150), ("2027-H2", 150)),
        as_of=date(2028, 1, 5), by=2027,
    )  # fmt: skip
    # 2027 = 150 + 150 = 300: just met.
    assert [(y.year, y.value, y.met) for y in result.years] == [
        (2026, 300, True),
        (2027, 300, True),
    ]
    assert result.status == "achieved"


def test_yearly_during_the_period_judges_this_year_pro_rata() -> None:
    # D = 30/06/2027: 2027 has run 181 of 365 days; due 300 x 181/365 = 148.767...
    # done 2027-Q1 + 2027-Q2 = 60 + 60 = 120; R = 120 / 148.767 = 0.8066 -> moderate_progress.
    result = judge(
        "yearly", AT_LEAST_300, amounts(("2026", 320), ("2027-Q1", 60), ("2027-Q2", 60)),
        as_of=date(2027, 6, 30),
    )  # fmt: skip
    assert result.due == pytest.approx(300 * 181 / 365)
    assert result.done == 120
    assert result.ratio == pytest.approx(120 / (300 * 181 / 365))
    assert result.status == "moderate_progress"
    assert [(y.year, y.met) for y in result.years] == [(2026, True), (2027, None)]


def test_yearly_before_the_target_year_without_figures_is_no_data() -> None:
    assert judge("yearly", AT_LEAST_300, [], as_of=date(2026, 3, 1)).status == "no_data"


def test_yearly_on_a_closed_plan_owes_the_last_year_its_share() -> None:
    # The plan ended on 30/06/2027: 2027 owes 300 x 181/365 = 148.77; 150 meets it.
    result = judge(
        "yearly", AT_LEAST_300, amounts(("2026", 310), ("2027-H1", 150)),
        as_of=date(2027, 9, 1), closes=date(2027, 6, 30),
    )  # fmt: skip
    assert result.closed
    assert result.years[-1].due == pytest.approx(300 * 181 / 365)
    assert result.status == "achieved"
    # 140 < 148.77: the year missed, so the indicator is missed.
    missed = judge(
        "yearly", AT_LEAST_300, amounts(("2026", 310), ("2027-H1", 140)),
        as_of=date(2027, 9, 1), closes=date(2027, 6, 30),
    )  # fmt: skip
    assert missed.status == "missed"


# --- cumulative --------------------------------------------------------------------------------


def test_cumulative_on_track_by_the_share_of_the_period() -> None:
    # Window 01/01/2026-31/12/2030 = 1826 days; on 31/12/2026, 365 have gone: share 0.19989.
    # Due 1500 x 365/1826 = 299.84; done Q1..Q4 = 75 x 4 = 300 -> R = 1.0005: substantial.
    target = Target(kind="at_least", value=1500)
    figures = amounts(("2026-Q1", 75), ("2026-Q2", 75), ("2026-Q3", 75), ("2026-Q4", 75))
    result = judge("cumulative", target, figures, as_of=date(2026, 12, 31))
    assert result.due_by_now == pytest.approx(1500 * 365 / 1826)
    assert result.value == 300
    assert result.status == "substantial_progress"
    # The year's own report (300 too) adds nothing: the quarters are inside it.
    again = judge(
        "cumulative", target, [*figures, *amounts(("2026", 300))], as_of=date(2026, 12, 31)
    )
    assert again.value == 300


def test_cumulative_reached_early_is_achieved_and_short_at_the_end_is_missed() -> None:
    target = Target(kind="at_least", value=1500)
    # 900 + 600 = 1500 = the whole target by 2027: achieved three years early.
    early = amounts(("2026", 900), ("2027", 600))
    assert judge("cumulative", target, early, as_of=date(2028, 1, 5)).status == "achieved"
    # On 30/06/2027 the 2027 figure (dated 31/12/2027) is not known yet: 900 of a due
    # 1500 x 546/1826 = 448.5 -> R = 2.0: substantial, not yet achieved.
    assert judge("cumulative", target, early).status == "substantial_progress"
    # After 2030: 1499 < 1500 with a figure of 2030 -> missed; without one -> not_assessable.
    years = amounts(("2026", 300), ("2027", 300), ("2028", 300), ("2029", 300), ("2030", 299))
    assert judge("cumulative", target, years, as_of=date(2031, 1, 10)).status == "missed"
    assert judge("cumulative", target, years[:4], as_of=date(2031, 1, 10)).status == (
        "not_assessable"
    )


# --- average_yearly ----------------------------------------------------------------------------


def test_average_yearly_is_the_mean_of_the_years() -> None:
    target = Target(kind="at_least", value=5)
    # 2026: 4, 2027: 6 -> mean 5 = 5 after the target year 2027: achieved.
    result = judge(
        "average_yearly", target, amounts(("2026", 4), ("2027", 6)), as_of=date(2028, 2, 1),
        by=2027,
    )  # fmt: skip
    assert result.value == pytest.approx(5)
    assert result.status == "achieved"
    # 2026: 4, 2027: 5.9 -> mean 4.95 < 5: missed (a figure of 2027 decides).
    short = judge(
        "average_yearly", target, amounts(("2026", 4), ("2027", 5.9)), as_of=date(2028, 2, 1),
        by=2027,
    )  # fmt: skip
    assert short.status == "missed"


def test_average_yearly_during_the_period() -> None:
    # On 31/12/2026 one whole year is done: due 5, done 3 -> R = 0.6: moderate (just).
    target = Target(kind="at_least", value=5)
    result = judge("average_yearly", target, amounts(("2026", 3)), as_of=date(2026, 12, 31))
    assert result.ratio == pytest.approx(0.6)
    assert result.status == "moderate_progress"


# --- growth ------------------------------------------------------------------------------------


def test_growth_exactly_on_target() -> None:
    # 100 on 31/12/2025 (t0 = 2026.0), 112 on 31/12/2026 (t = 2027.0): CAGR = 112/100 - 1 = 12%.
    target = Target(kind="at_least", value=12)
    figures = levels((date(2025, 12, 31), 100), (date(2026, 12, 31), 112))
    during = judge("growth", target, level=figures, as_of=date(2027, 1, 15))
    assert during.done == pytest.approx(0.12)
    assert during.ratio == pytest.approx(1.0)
    assert during.status == "substantial_progress"
    # 100 -> 125.44 in two years: (1.2544)^(1/2) - 1 = 12% exactly; after 2027 (target year
    # 2027, a figure of 2027): achieved.
    two = levels((date(2025, 12, 31), 100), (date(2027, 12, 31), 125.44))
    assert judge("growth", target, level=two, as_of=date(2028, 3, 1), by=2027).status == (
        "achieved"
    )


def test_growth_below_target_and_one_figure() -> None:
    target = Target(kind="at_least", value=12)
    # 100 -> 106 in a year: 6% / 12% = R 0.5 -> limited_progress.
    slow = levels((date(2025, 12, 31), 100), (date(2026, 12, 31), 106))
    assert judge("growth", target, level=slow, as_of=date(2027, 1, 15)).status == (
        "limited_progress"
    )
    one = levels((date(2025, 12, 31), 100))
    assert judge("growth", target, level=one).status == "insufficient_data"
    # Closed with one figure: no rate, so it cannot be judged.
    assert judge("growth", target, level=one, as_of=date(2031, 1, 2)).status == "not_assessable"
    # Closed, 6%/year with a figure of the target year: missed.
    late = levels((date(2025, 12, 31), 100), (date(2030, 12, 31), 133.82))
    assert judge("growth", target, level=late, as_of=date(2031, 1, 2)).status == "missed"


# --- maintain ----------------------------------------------------------------------------------


def test_maintain_one_figure_below_the_target() -> None:
    target = Target(kind="at_least", value=100)
    kept = levels((date(2026, 6, 30), 100), (date(2026, 12, 31), 100))
    assert judge("maintain", target, level=kept, as_of=date(2027, 1, 10)).status == "achieved"
    # One figure of 99.9 among them: deterioration while the plan runs...
    dipped = levels((date(2026, 6, 30), 100), (date(2026, 9, 30), 99.9), (date(2026, 12, 31), 100))
    assert judge("maintain", target, level=dipped, as_of=date(2027, 1, 10)).status == (
        "deterioration"
    )
    # ... and missed once the target year is over, though the latest figure is back at 100.
    assert (
        judge("maintain", target, level=dipped, as_of=date(2027, 1, 10), by=2026).status == "missed"
    )


def test_maintain_after_the_target_year_needs_every_year() -> None:
    target = Target(kind="at_least", value=100)
    # 2026 kept, 2027 has no figure: not_assessable; both kept: achieved.
    only_2026 = levels((date(2026, 12, 31), 100))
    assert judge("maintain", target, level=only_2026, as_of=date(2028, 1, 2), by=2027).status == (
        "not_assessable"
    )
    both = levels((date(2026, 12, 31), 100), (date(2027, 12, 31), 100))
    assert judge("maintain", target, level=both, as_of=date(2028, 1, 2), by=2027).status == (
        "achieved"
    )
    # A baseline before the window does not count: nothing since the start is no_data.
    before = levels((date(2025, 12, 31), 98))
    assert judge("maintain", target, level=before, as_of=date(2026, 2, 1)).status == "no_data"


# --- the plan's fields -------------------------------------------------------------------------

PLAN = """\
id: "1/KH-UBND"
date: 2026-01-05
issuer: "UBND xã"
title: "Kế hoạch"
period: {{start: 2026, end: 2030}}
groups: [{{id: a, name: "Nhóm a"}}]
agencies: [{{id: ubnd, name: "UBND xã"}}]
indicators:
  - id: chi_tieu
    group: a
    name: "Chỉ tiêu"
{fields}
    by: 2030
tasks: []
"""


def plan_findings(tmp_path: Path, fields: str) -> list[tuple[str, str, int]]:
    from nhanluc_cli.loading.loader import load_plan

    path = tmp_path / "plan.yaml"
    path.write_text(PLAN.format(fields=fields), encoding="utf-8")
    _, findings = load_plan(path, "plan.yaml")
    return [(f.code, f.key, f.line) for f in findings]


def test_any_unit_is_a_count_and_every_measure_is_read(tmp_path: Path) -> None:
    for measure in ("level", "yearly", "cumulative", "average_yearly", "growth", "maintain"):
        target = "    target: {kind: at_least, value: 1500}"
        fields = f'    unit: "người"\n    measure: {measure}\n{target}'
        assert plan_findings(tmp_path, fields) == [], measure
    # A growth target is a rate in % a year: levels in % may grow by more than 100 % a year.
    fields = '    unit: "%"\n    measure: growth\n    target: {kind: at_least, value: 120}'
    assert plan_findings(tmp_path, fields) == []


def test_measure_mistakes_are_findings_at_their_lines(tmp_path: Path) -> None:
    # Line 13 is `measure:`, line 14 `target:`.
    qualitative = "    unit: null\n    measure: yearly\n    target: {kind: qualitative}"
    assert plan_findings(tmp_path, qualitative) == [("E201", "schema.measure_needs_figure", 13)]
    unknown = '    unit: "người"\n    measure: monthly\n    target: {kind: at_least, value: 3}'
    assert plan_findings(tmp_path, unknown) == [("E201", "schema.literal_error", 13)]
    percent = '    unit: "%"\n    measure: yearly\n    target: {kind: at_least, value: 120}'
    assert plan_findings(tmp_path, percent) == [("E201", "schema.percent_target", 14)]


# --- ceilings, rates at zero, edges ------------------------------------------------------------


def test_a_yearly_ceiling_is_on_track_while_under_its_share() -> None:
    # "mỗi năm không quá 5 vụ": by 30/06/2027 the year may use 5 x 181/365 = 2.48.
    ceiling = Target(kind="at_most", value=5)
    assert judge("yearly", ceiling, amounts(("2027-Q1", 1), ("2027-Q2", 1))).status == (
        "substantial_progress"
    )
    assert judge("yearly", ceiling, amounts(("2027-H1", 4))).status == "deterioration"


def test_a_growth_ceiling_and_a_zero_rate() -> None:
    # "dân số tăng không quá 1%/năm": 100 -> 100.5 in a year is 0.5 %: within; 102 is not.
    ceiling = Target(kind="at_most", value=1)
    within = levels((date(2025, 12, 31), 100), (date(2026, 12, 31), 100.5))
    assert judge("growth", ceiling, level=within, as_of=date(2027, 1, 2)).status == (
        "substantial_progress"
    )
    over = levels((date(2025, 12, 31), 100), (date(2026, 12, 31), 102))
    assert judge("growth", ceiling, level=over, as_of=date(2027, 1, 2)).status == "deterioration"
    # "giữ ổn định" (growth at least 0 %): holding level is on track, a fall is not.
    steady = Target(kind="at_least", value=0)
    assert judge("growth", steady, level=within, as_of=date(2027, 1, 2)).status == (
        "substantial_progress"
    )
    fall = levels((date(2025, 12, 31), 100), (date(2026, 12, 31), 99))
    assert judge("growth", steady, level=fall, as_of=date(2027, 1, 2)).status == "deterioration"


def test_the_whole_period_in_early_and_nothing_at_all() -> None:
    # average_yearly 5 a year over 2026-2030 = 25 in all: 30 in 2026 already covers it.
    five = Target(kind="at_least", value=5)
    assert judge("average_yearly", five, amounts(("2026", 30))).status == "achieved"
    # Closed without any figure since the start: no_data, for every measure.
    hundred = Target(kind="at_least", value=100)
    for measure in ("yearly", "cumulative", "average_yearly", "growth", "maintain"):
        assert judge(measure, hundred, as_of=date(2031, 1, 2)).status == "no_data", measure
    # A target without a figure to reach (qualitative) judges nothing.
    words = Target(kind="qualitative")
    assert judge("yearly", words, amounts(("2026", 3))).status == "no_data"


# --- the final evaluation ----------------------------------------------------------------------


def test_final_verdicts_per_measure_with_exceeded(tmp_path: Path) -> None:
    from nhanluc_cli.judging.final_evaluation import evaluate_plan
    from nhanluc_cli.loading.loader import load_plan, load_report

    indicators = """\
  - {id: viec_lam, group: a, name: "Việc làm", unit: "người", measure: yearly,
     target: {kind: at_least, value: 300}, by: 2027}
  - {id: dao_tao, group: a, name: "Đào tạo", unit: "người", measure: cumulative,
     target: {kind: at_least, value: 500}, by: 2027}
  - {id: thu_nhap, group: a, name: "Thu nhập", unit: "triệu đồng", measure: growth,
     target: {kind: at_least, value: 12}, by: 2027}
  - {id: mau_giao, group: a, name: "Mẫu giáo", unit: "%", measure: maintain,
     target: {kind: at_least, value: 100}, by: 2027}
"""
    plan_text = PLAN.format(fields="").split("indicators:")[0] + "indicators:\n" + indicators
    plan_text += "tasks: []\n"
    plan_text = plan_text.replace("end: 2030", "end: 2027").replace("2026-01-05", "2026-01-01")
    (tmp_path / "plan.yaml").write_text(plan_text, encoding="utf-8")
    reports = {
        "2026": "viec_lam: {value: 320}\n  dao_tao: {value: 260}\n"
        "  thu_nhap: {value: 100, as_of: 2025-12-31}\n  mau_giao: {value: 100}",
        "2027": "viec_lam: {value: 301}\n  dao_tao: {value: 241}\n"
        "  thu_nhap: {value: 126, as_of: 2027-12-31}\n  mau_giao: {value: 100}",
    }
    loaded = []
    for period, body in reports.items():
        path = tmp_path / f"{period}.yaml"
        path.write_text(f'period: "{period}"\nindicators:\n  {body}\n', encoding="utf-8")
        report, findings = load_report(path, path.name)
        assert report is not None, findings
        loaded.append(report)
    plan, findings = load_plan(tmp_path / "plan.yaml", "plan.yaml")
    assert plan is not None, findings
    evaluation = evaluate_plan(plan.plan, loaded, date(2028, 1, 10))
    verdicts = {v.result.indicator.id: v for v in evaluation.indicators}
    # 320 > 300 and 301 > 300: every year beyond its target.
    assert verdicts["viec_lam"].verdict == "exceeded"
    assert verdicts["viec_lam"].year_met == (True, True)
    assert [m.value if m else None for m in verdicts["viec_lam"].yearly] == [320, 301]
    # 260 + 241 = 501 > 500.
    assert verdicts["dao_tao"].verdict == "exceeded"
    # 100 -> 126 in two years: 1.26^(1/2) - 1 = 12.25 % > 12 %.
    assert verdicts["thu_nhap"].verdict == "exceeded"
    # 100 % kept both years: achieved; a level kept is never "exceeded".
    assert verdicts["mau_giao"].verdict == "achieved"
    assert verdicts["mau_giao"].year_met == (True, True)
