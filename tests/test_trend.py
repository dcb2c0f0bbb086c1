"""Tests for nhanluc_cli.indicators.trend: indicator status, ratio and projection (contract §3)."""

import math
from dataclasses import dataclass
from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from nhanluc_cli.indicators.trend import (
    INDICATOR_STATUSES,
    Evaluation,
    Measurement,
    TargetKind,
    evaluate_indicator,
    target_met,
    year_fraction,
)


@dataclass(frozen=True)
class Target:
    """Stands in for model.Target: progress only reads these four attributes."""

    kind: TargetKind
    value: float | None = None
    lo: float | None = None
    hi: float | None = None


def at_least(x: float) -> Target:
    return Target("at_least", value=x)


def at_most(x: float) -> Target:
    return Target("at_most", value=x)


def between(lo: float, hi: float) -> Target:
    return Target("range", lo=lo, hi=hi)


QUALITATIVE = Target("qualitative")


def d(iso: str) -> date:
    return date.fromisoformat(iso)


def m(iso: str, value: float | None) -> Measurement:
    return Measurement(as_of=d(iso), value=value, assessment=None)


def q(iso: str, assessment: str | None) -> Measurement:
    return Measurement(as_of=d(iso), value=None, assessment=assessment)


def evaluate(target: Target, by: int, ms: list[Measurement], as_of: str) -> Evaluation:
    return evaluate_indicator(target, by, ms, d(as_of))


# --- year_fraction ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2020-12-31", 2021.0),  # end of the last day of a leap year is exactly the next year
        ("2021-12-31", 2022.0),
        ("2021-01-01", 2021 + 1 / 365),
        ("2021-07-02", 2021 + 183 / 365),
        ("2024-01-01", 2024 + 1 / 366),
        ("2024-02-29", 2024 + 60 / 366),
        ("2024-03-01", 2024 + 61 / 366),
        ("2024-12-30", 2024 + 365 / 366),
        ("2000-12-31", 2001.0),  # divisible by 400: leap
        ("2100-03-01", 2100 + 60 / 365),  # divisible by 100 only: not leap
        ("0001-01-01", 1 + 1 / 365),
        ("9999-12-31", 10000.0),
    ],
)
def test_year_fraction(day: str, expected: float) -> None:
    assert year_fraction(d(day)) == expected


def test_year_fraction_grows_across_new_year() -> None:
    assert year_fraction(d("2021-12-31")) < year_fraction(d("2022-01-01"))


# --- target_met ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "value", "met"),
    [
        (at_least(70), 70, True),
        (at_least(70), 69.99, False),
        (at_most(10), 10, True),
        (at_most(10), 10.01, False),
        (between(25, 35), 25, True),  # a range is met at lo ...
        (between(25, 35), 40, True),  # ... hi is the aspiration, not a ceiling
        (between(25, 35), 24.9, False),
        (QUALITATIVE, 100, False),
        (Target("at_least"), 100, False),  # no bound: the model forbids it; never met
    ],
)
def test_target_met(target: Target, value: float, met: bool) -> None:
    assert target_met(target, value) is met


# --- the worked example ----------------------------------------------------------------------


def test_worked_example() -> None:
    # 60 at the end of 2020, 64 at the end of 2023; at least 70 by 2025; judged on 1/6/2024.
    e = evaluate(at_least(70), 2025, [m("2020-12-31", 60), m("2023-12-31", 64)], as_of="2024-06-01")
    assert (e.t0, e.t, e.T_end) == (2021.0, 2024.0, 2026.0)
    assert e.cagr_observed == pytest.approx((64 / 60) ** (1 / 3) - 1, rel=1e-12)
    assert e.cagr_required == pytest.approx((70 / 60) ** (1 / 5) - 1, rel=1e-12)
    assert e.ratio is not None
    assert round(e.ratio, 3) == 0.695
    assert e.status == "moderate_progress"
    assert e.method == "cagr"
    assert e.target_value == 70
    # Two years from the end of 2023 to the end of 2025: 64 * (64/60) ** (2/3) = 66.81.
    # (68.27 would be three years of growth, 64 * 64/60.)
    assert e.projected == pytest.approx(64 * ((64 / 60) ** (1 / 3)) ** 2, rel=1e-12)
    assert e.projected == pytest.approx(66.814, abs=1e-3)
    assert e.first == m("2020-12-31", 60)
    assert e.latest == m("2023-12-31", 64)


# --- one case per status word ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "by", "ms", "as_of", "status"),
    [
        pytest.param(
            at_least(70), 2025, [m("2021-12-31", 60), m("2023-12-31", 71)], "2024-01-10",
            "achieved", id="achieved",
        ),
        pytest.param(
            at_least(70), 2025, [m("2021-12-31", 60), m("2025-12-31", 69)], "2026-01-01",
            "missed", id="missed",
        ),
        pytest.param(at_least(70), 2025, [], "2024-01-10", "no_data", id="no_data"),
        pytest.param(
            at_least(70), 2025, [m("2022-12-31", 60)], "2024-01-10",
            "insufficient_data", id="insufficient_data",
        ),
        # R = 0.0341 / 0.0313 = 1.09
        pytest.param(
            at_least(70), 2025, [m("2020-12-31", 60), m("2023-12-31", 66.35)], "2024-01-10",
            "substantial_progress", id="substantial_progress",
        ),
        pytest.param(
            at_least(70), 2025, [m("2020-12-31", 60), m("2023-12-31", 64)], "2024-01-10",
            "moderate_progress", id="moderate_progress",
        ),
        # R = 0.0055 / 0.0313 = 0.18
        pytest.param(
            at_least(70), 2025, [m("2020-12-31", 60), m("2023-12-31", 61)], "2024-01-10",
            "limited_progress", id="limited_progress",
        ),
        pytest.param(
            at_least(70), 2025, [m("2020-12-31", 60), m("2023-12-31", 58)], "2024-01-10",
            "deterioration", id="deterioration",
        ),
    ],
)  # fmt: skip
def test_each_status_word(
    target: Target, by: int, ms: list[Measurement], as_of: str, status: str
) -> None:
    assert evaluate(target, by, ms, as_of).status == status


def test_status_words_are_the_contract_words_in_order() -> None:
    assert INDICATOR_STATUSES == (
        "achieved",
        "missed",
        "no_data",
        "insufficient_data",
        "substantial_progress",
        "moderate_progress",
        "limited_progress",
        "deterioration",
        "not_assessable",  # contract §9.4
    )


def test_no_data_keeps_target_and_horizon() -> None:
    e = evaluate(at_least(70), 2025, [], "2024-01-10")
    assert (e.first, e.latest, e.t0, e.t, e.ratio, e.projected) == (None,) * 6
    assert (e.T_end, e.target_value, e.method) == (2026.0, 70, "none")


def test_null_values_are_not_measurements() -> None:
    # null means "not reported" (contract §1.2); it neither counts as a date nor as a value.
    e = evaluate(at_least(70), 2025, [m("2021-12-31", None), m("2022-12-31", 60)], "2024-01-10")
    assert e.status == "insufficient_data"
    assert e.first == e.latest == m("2022-12-31", 60)


def test_achieved_and_missed_report_projection_when_two_dates() -> None:
    achieved = evaluate(
        at_least(70), 2025, [m("2021-12-31", 60), m("2023-12-31", 71)], "2024-01-10"
    )
    assert achieved.method == "cagr"
    assert achieved.projected == pytest.approx(71 * (71 / 60) ** (2 / 2))
    assert achieved.ratio is None and achieved.cagr_required is None

    single = evaluate(at_least(70), 2025, [m("2023-12-31", 71)], "2024-01-10")
    assert single.status == "achieved"
    assert (single.projected, single.method) == (None, "none")

    missed = evaluate(at_least(70), 2025, [m("2021-12-31", 60), m("2025-12-31", 69)], "2026-02-01")
    assert missed.status == "missed"
    # Once the target year is over nothing is projected (contract §9.4): the verdict is final.
    assert missed.projected is None
    assert missed.ratio is None


def test_achieved_wins_even_after_the_target_year() -> None:
    e = evaluate(at_least(70), 2025, [m("2022-12-31", 60), m("2025-12-31", 70)], "2027-01-01")
    assert e.status == "achieved"


def test_latest_value_decides_not_the_best_one() -> None:
    # Met in 2023, fallen back below in 2024: the latest value does not meet the target.
    e = evaluate(
        at_least(70),
        2025,
        [m("2021-12-31", 60), m("2023-12-31", 72), m("2024-06-30", 64)],
        "2024-07-01",
    )
    assert e.latest == m("2024-06-30", 64)
    t = 2024 + 182 / 366  # end of 30 June in a leap year
    assert e.ratio == pytest.approx(
        ((64 / 60) ** (1 / (t - 2022)) - 1) / ((70 / 60) ** (1 / 4) - 1)
    )
    assert e.status == "moderate_progress"  # R = 0.67


def test_measurements_need_not_come_sorted() -> None:
    in_order = [m("2020-12-31", 60), m("2022-06-30", 62), m("2023-12-31", 64)]
    shuffled = [in_order[2], in_order[0], in_order[1]]
    assert evaluate(at_least(70), 2025, shuffled, "2024-06-01") == evaluate(
        at_least(70), 2025, in_order, "2024-06-01"
    )


# --- range, at_most, direction ---------------------------------------------------------------


def test_range_is_judged_on_lo() -> None:
    target = between(25, 35)
    met = evaluate(target, 2025, [m("2021-12-31", 20), m("2023-12-31", 26)], "2024-01-10")
    assert met.status == "achieved"
    assert met.target_value == 25

    open_ = evaluate(target, 2025, [m("2020-12-31", 20), m("2023-12-31", 23)], "2024-01-10")
    assert open_.target_value == 25
    assert open_.cagr_required == pytest.approx((25 / 20) ** (1 / 5) - 1)
    assert open_.ratio == pytest.approx(((23 / 20) ** (1 / 3) - 1) / ((25 / 20) ** (1 / 5) - 1))
    assert open_.status == "substantial_progress"


def test_at_most_progress_has_positive_ratio() -> None:
    # A rate to reduce: 20 at the end of 2020, 16 at the end of 2023, at most 10 by 2025.
    e = evaluate(at_most(10), 2025, [m("2020-12-31", 20), m("2023-12-31", 16)], "2024-01-10")
    obs = (16 / 20) ** (1 / 3) - 1
    req = (10 / 20) ** (1 / 5) - 1
    assert obs < 0 and req < 0  # both rates fall; their ratio is progress
    assert e.cagr_observed == pytest.approx(obs)
    assert e.cagr_required == pytest.approx(req)
    assert e.ratio == pytest.approx(obs / req)
    assert e.ratio is not None and e.ratio > 0
    assert e.status == "limited_progress"  # R = 0.55
    assert e.projected == pytest.approx(16 * (16 / 20) ** (2 / 3))


def test_at_most_met_and_missed() -> None:
    assert evaluate(at_most(10), 2025, [m("2023-12-31", 9.5)], "2024-01-10").status == "achieved"
    late = evaluate(at_most(10), 2025, [m("2023-12-31", 11), m("2025-06-30", 11)], "2026-01-01")
    assert late.status == "missed"
    # Without a figure of 2025 itself the target can be neither confirmed nor refuted (§9.4).
    unknown = evaluate(at_most(10), 2025, [m("2023-12-31", 11)], "2026-01-01")
    assert unknown.status == "not_assessable"


@pytest.mark.parametrize(
    ("target", "y0", "yt"),
    [
        (at_least(70), 60, 55),  # should rise, fell
        (at_most(10), 20, 24),  # should fall, rose
        (between(25, 35), 20, 18),
    ],
)
def test_deterioration_in_both_directions(target: Target, y0: float, yt: float) -> None:
    e = evaluate(target, 2025, [m("2020-12-31", y0), m("2023-12-31", yt)], "2024-01-10")
    assert e.status == "deterioration"
    assert e.ratio is not None and e.ratio < 0


@pytest.mark.parametrize("target", [at_least(70), at_most(10)])
def test_no_movement_is_limited_progress_with_zero_ratio(target: Target) -> None:
    y = 50.0 if target.kind == "at_least" else 15.0
    e = evaluate(target, 2025, [m("2020-12-31", y), m("2023-12-31", y)], "2024-01-10")
    assert e.status == "limited_progress"
    assert e.ratio == 0.0 and math.copysign(1, e.ratio) == 1  # never -0.0 in JSON
    assert e.projected == y


# --- time machine and horizons ---------------------------------------------------------------


def test_measurement_after_as_of_is_not_yet_known() -> None:
    ms = [m("2020-12-31", 60), m("2023-12-31", 64), m("2024-12-31", 75)]
    before = evaluate(at_least(70), 2025, ms, "2024-06-01")
    assert before.status == "moderate_progress"
    assert before.latest == m("2023-12-31", 64)
    # A measurement dated on the as-of date itself is known.
    on_the_day = evaluate(at_least(70), 2025, ms, "2024-12-31")
    assert on_the_day.status == "achieved"


def test_only_future_measurements_is_no_data() -> None:
    assert evaluate(at_least(70), 2025, [m("2024-12-31", 75)], "2024-06-01").status == "no_data"


@pytest.mark.parametrize(
    ("as_of", "status"),
    [
        ("2027-06-01", "limited_progress"),
        ("2030-12-31", "limited_progress"),
        ("2031-01-01", "not_assessable"),  # no figure of 2030 itself (contract §9.4)
    ],
)
def test_2030_horizon(as_of: str, status: str) -> None:
    # can_bo_khoa_hoc_van_dan: at least 11 per 10,000 people by 2030.
    ms = [m("2021-12-31", 6), m("2026-12-31", 6.5)]
    e = evaluate(at_least(11), 2030, ms, as_of)
    assert e.status == status
    assert e.T_end == 2031.0


@pytest.mark.parametrize(
    ("as_of", "status"), [("2025-12-31", "insufficient_data"), ("2026-01-01", "missed")]
)
def test_missed_starts_the_day_after_31_december_of_the_target_year(
    as_of: str, status: str
) -> None:
    assert evaluate(at_least(70), 2025, [m("2025-06-30", 60)], as_of).status == status


@pytest.mark.parametrize(
    ("as_of", "status"), [("2025-12-31", "insufficient_data"), ("2026-01-01", "not_assessable")]
)
def test_a_single_old_figure_is_not_assessable_after_the_target_year(
    as_of: str, status: str
) -> None:
    # insufficient_data is for open targets; a closed one without a 2025 figure (§9.4).
    assert evaluate(at_least(70), 2025, [m("2022-12-31", 60)], as_of).status == status


def test_a_figure_dated_after_the_target_year_is_not_one_of_it() -> None:
    # Target year 2025; the only later figure is of March 2026: "missed" needs a figure whose
    # as_of lies inside 2025 (contract §9.4), so the verdict is not_assessable.
    e = evaluate(at_least(70), 2025, [m("2021-12-31", 60), m("2026-03-31", 68)], "2026-06-01")
    assert e.status == "not_assessable"
    assert e.latest == m("2026-03-31", 68)
    assert e.projected is None


def test_a_plan_that_ended_closes_the_target_on_its_last_day() -> None:
    ms = [m("2021-12-31", 60), m("2025-06-30", 64)]
    ended = date(2025, 6, 30)
    on_the_day = evaluate_indicator(at_least(70), 2025, ms, date(2025, 6, 30), ended)
    assert on_the_day.status != "missed" and on_the_day.projected is not None
    after = evaluate_indicator(at_least(70), 2025, ms, date(2025, 7, 1), ended)
    assert (after.status, after.projected, after.ratio) == ("missed", None, None)
    # A 2030 target of a plan that ended in 2025 can have no 2030 figure.
    few = [m("2021-12-31", 5), m("2025-06-30", 6)]
    long = evaluate_indicator(at_least(11), 2030, few, date(2025, 7, 1), ended)
    assert long.status == "not_assessable"


# --- edge cases ------------------------------------------------------------------------------


def test_zero_start_uses_slopes() -> None:
    # 0 at the end of 2020, 3 at the end of 2023, at least 11 by 2030: 3/3 a year against 11/10.
    e = evaluate(at_least(11), 2030, [m("2020-12-31", 0), m("2023-12-31", 3)], "2024-01-10")
    assert e.method == "linear"
    assert e.cagr_observed == pytest.approx(1.0)  # slopes, in units per year
    assert e.cagr_required == pytest.approx(1.1)
    assert e.ratio == pytest.approx(1.0 / 1.1)
    assert e.status == "moderate_progress"
    assert e.projected == pytest.approx(3 + 1.0 * (2031 - 2024))


def test_zero_latest_uses_slopes_and_reads_as_deterioration() -> None:
    e = evaluate(at_least(70), 2025, [m("2020-12-31", 10), m("2023-12-31", 0)], "2024-01-10")
    assert e.method == "linear"
    assert e.status == "deterioration"


def test_zero_target_uses_slopes() -> None:
    # "reduce to 0": 5 -> 3 over three years, 5 -> 0 needed over five.
    e = evaluate(at_most(0), 2025, [m("2020-12-31", 5), m("2023-12-31", 3)], "2024-01-10")
    assert e.method == "linear"
    assert e.ratio == pytest.approx((-2 / 3) / (-5 / 5))
    assert e.status == "moderate_progress"


def test_all_measurements_on_one_date_is_insufficient_data() -> None:
    same_day = [m("2023-12-31", 60), m("2023-12-31", 62)]
    e = evaluate(at_least(70), 2025, same_day, "2024-01-10")
    assert e.status == "insufficient_data"
    assert e.t == e.t0 == 2024.0
    assert (e.ratio, e.projected, e.cagr_observed, e.method) == (None, None, None, "none")
    # Of two figures on one date, the one given last is the latest.
    assert e.first == m("2023-12-31", 60)
    assert e.latest == m("2023-12-31", 62)


@pytest.mark.parametrize(
    ("target", "y0", "yt"),
    [
        (at_least(70), 72, 68),  # met at the start, lost since
        (at_least(70), 70, 69),  # y0 == x: CAGR_required == 0
        (at_most(10), 8, 12),
        (between(25, 35), 30, 24),
    ],
)
def test_target_already_passed_at_the_start(target: Target, y0: float, yt: float) -> None:
    e = evaluate(target, 2025, [m("2020-12-31", y0), m("2023-12-31", yt)], "2024-01-10")
    assert e.status == "deterioration"
    assert e.ratio is None  # obs / req would carry the wrong sign here
    assert (
        e.cagr_required is not None
        and e.cagr_required * (-1 if target.kind == "at_most" else 1) <= 0
    )


def test_required_rate_zero_is_reported_as_zero() -> None:
    e = evaluate(at_least(70), 2025, [m("2020-12-31", 70), m("2023-12-31", 69)], "2024-01-10")
    assert e.cagr_required == 0.0


def test_extreme_values_neither_raise_nor_lose_the_sign() -> None:
    # A 10**290-fold rise in one day, two days before the deadline: the rates overflow a double,
    # R is computed in logarithms and capped, finite.
    ms = [m("2025-12-29", 1e-300), m("2025-12-30", 1e-10)]
    e = evaluate(at_least(1e-9), 2025, ms, "2025-12-30")
    assert e.status == "substantial_progress"
    assert e.cagr_observed is None and e.cagr_required is None  # overflowed
    assert e.ratio is not None and math.isfinite(e.ratio) and e.ratio > 0
    # The smallest possible fall against an overflowing required rise: R underflows a double,
    # but keeps its sign, so the status still says deterioration.
    ms = [m("2025-12-29", 2.0), m("2025-12-30", 1.9999999999999998)]
    e = evaluate(at_least(1e300), 2025, ms, "2025-12-30")
    assert e.status == "deterioration"
    assert e.ratio is not None and e.ratio < 0


def test_linear_rates_that_overflow_keep_their_sign() -> None:
    # The loader refuses negative values; progress still copes. -1e308 -> 1e308 in three years
    # against 1.5e308 by 2025: both differences overflow a double, R comes from logarithms.
    ms = [m("2020-12-31", -1e308), m("2023-12-31", 1e308)]
    e = evaluate(at_least(1.5e308), 2025, ms, "2024-01-10")
    assert e.method == "linear"
    assert e.cagr_observed is None and e.cagr_required is None and e.projected is None
    assert e.ratio == pytest.approx((2 / 3) / (2.5 / 5))
    assert e.status == "substantial_progress"


# --- qualitative -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ms", "as_of", "status"),
    [
        ([], "2024-01-10", "no_data"),
        ([q("2023-12-31", "achieved")], "2024-01-10", "achieved"),
        ([q("2023-12-31", "in_progress")], "2024-01-10", "limited_progress"),
        ([q("2023-12-31", "not_achieved")], "2024-01-10", "limited_progress"),
        ([q("2023-12-31", "in_progress")], "2026-01-01", "not_assessable"),
        ([q("2025-12-31", "not_achieved")], "2026-01-01", "missed"),
        ([q("2025-06-30", "achieved")], "2027-01-01", "achieved"),
        # The latest assessment counts, even when an earlier one was better.
        (
            [q("2022-12-31", "achieved"), q("2023-12-31", "not_achieved")],
            "2024-01-10",
            "limited_progress",
        ),
        # An entry without an assessment is not an assessment.
        ([q("2022-12-31", "achieved"), q("2023-12-31", None)], "2024-01-10", "achieved"),
        ([q("2023-12-31", None)], "2024-01-10", "no_data"),
        # Time machine: the 2024 assessment is not known in January 2024.
        (
            [q("2023-12-31", "in_progress"), q("2024-06-30", "achieved")],
            "2024-01-10",
            "limited_progress",
        ),
    ],
)  # fmt: skip
def test_qualitative(ms: list[Measurement], as_of: str, status: str) -> None:
    e = evaluate(QUALITATIVE, 2025, ms, as_of)
    assert e.status == status
    assert (e.ratio, e.projected, e.target_value, e.method) == (None, None, None, "none")


def test_qualitative_latest_is_the_latest_assessed() -> None:
    ms = [q("2022-12-31", "in_progress"), q("2023-06-30", "achieved"), q("2023-12-31", None)]
    e = evaluate(QUALITATIVE, 2025, ms, "2024-01-10")
    assert e.latest == q("2023-06-30", "achieved")
    assert e.first == q("2022-12-31", "in_progress")
    assert e.t == year_fraction(d("2023-06-30"))


# --- properties ------------------------------------------------------------------------------

finite = st.floats(allow_nan=False, allow_infinity=False)
kinds: st.SearchStrategy[TargetKind] = st.sampled_from(
    ["at_least", "at_most", "range", "qualitative"]
)
assessments = st.sampled_from([None, "achieved", "in_progress", "not_achieved", "unheard_of"])


@st.composite
def targets(draw: st.DrawFn) -> Target:
    optional = st.none() | finite
    return Target(draw(kinds), draw(optional), draw(optional), draw(optional))


def measurements(days: st.SearchStrategy[date]) -> st.SearchStrategy[list[Measurement]]:
    one = st.builds(Measurement, as_of=days, value=st.none() | finite, assessment=assessments)
    return st.lists(one, max_size=6)


def check_consistency(e: Evaluation) -> None:
    assert e.status in INDICATOR_STATUSES
    for figure in (e.ratio, e.projected, e.cagr_observed, e.cagr_required, e.t0, e.t):
        assert figure is None or math.isfinite(figure)
    if e.ratio is not None:
        expected = (
            "substantial_progress" if e.ratio >= 0.95
            else "moderate_progress" if e.ratio >= 0.6
            else "limited_progress" if e.ratio >= 0
            else "deterioration"
        )  # fmt: skip
        assert e.status == expected


@given(
    target=targets(),
    by_year=st.integers(min_value=-100, max_value=20_000),
    ms=measurements(st.dates()),
    as_of=st.dates(),
)
def test_evaluate_never_raises(
    target: Target, by_year: int, ms: list[Measurement], as_of: date
) -> None:
    check_consistency(evaluate_indicator(target, by_year, ms, as_of))


def sign(v: float) -> int:
    return (v > 0) - (v < 0)


@st.composite
def open_targets(draw: st.DrawFn) -> tuple[Target, float, float]:
    """A numeric target with y0 and yt both short of it, so that R is due: (target, y0, yt)."""
    kind: TargetKind = draw(st.sampled_from(["at_least", "at_most", "range"]))
    levels = sorted(draw(st.lists(finite, min_size=3, max_size=3, unique=True)))
    # The target lies beyond both values, in its direction; y0 and yt in either order.
    x, y0, yt = (levels[0], *levels[1:]) if kind == "at_most" else (levels[2], *levels[:2])
    if draw(st.booleans()):
        y0, yt = yt, y0
    draw_same = draw(st.booleans())  # no movement at all is a case too
    if draw_same:
        yt = y0
    target = between(x, x) if kind == "range" else Target(kind, value=x)
    return target, y0, yt


@given(
    case=open_targets(),
    by_year=st.integers(min_value=2021, max_value=2030),
    days=st.lists(
        st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31)),
        min_size=3,
        max_size=3,
        unique=True,
    ),
    noise=measurements(st.dates(min_value=date(2015, 1, 1), max_value=date(2030, 12, 31))),
)
def test_ratio_sign_is_the_direction_of_progress(
    case: tuple[Target, float, float], by_year: int, days: list[date], noise: list[Measurement]
) -> None:
    target, y0, yt = case
    first_day, latest_day, as_of = sorted(days)
    assume(as_of.year <= by_year)
    # Other measurements only in between (the "noise" dates are moved inside) or after as_of.
    between_days = [n for n in noise if first_day < n.as_of < latest_day or n.as_of > as_of]
    ms = [m(first_day.isoformat(), y0), *between_days, m(latest_day.isoformat(), yt)]
    e = evaluate_indicator(target, by_year, ms, as_of)
    check_consistency(e)
    assert e.first == ms[0] and e.latest == ms[-1]
    assert e.method in ("cagr", "linear")
    assert e.ratio is not None
    direction = -1 if target.kind == "at_most" else 1
    if yt != y0:
        assert sign(e.ratio) == sign(yt - y0) * direction
    else:
        assert e.ratio == 0.0
