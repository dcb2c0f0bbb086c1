"""rollup.py: units side by side; an indicator a unit's plan lacks has no cell there."""

from __future__ import annotations

from datetime import date

from conftest import REPO
from nhanluc_cli.judging.rollup import UnitResult, indicator_matrix
from nhanluc_cli.store.units import UNITS_FILE, read_rollup

AS_OF = date(2026, 7, 31)


def example() -> list[UnitResult]:
    # The units alone: indicator_matrix is the roll-up without a catalogue (§12).
    return read_rollup(REPO / "examples" / "units" / UNITS_FILE, AS_OF, 30, REPO).units


def test_indicators_shared_by_id_are_one_row_in_first_mention_order() -> None:
    rows = indicator_matrix(example())
    assert [row.id for row in rows] == [
        "lao_dong_qua_dao_tao",
        "hoc_sinh_thcs",
        "cbcc_xa_dai_hoc",
        "doi_van_nghe",
        "viec_lam_moi",
        "lao_dong_nong_nghiep",
        # One indicator under three ids: without a catalogue, three rows (§15 joins them).
        "giai_quyet_viec_lam",
        "lao_dong_co_viec_lam_moi",
    ]
    shared = rows[0]
    assert list(shared.cells) == [
        "xa_cang_long",
        "xa_an_truong",
        "xa_tan_an",
        "xa_nhi_long",
        "xa_binh_phu",
    ]


def test_an_indicator_absent_from_a_plan_has_no_cell_for_that_unit() -> None:
    rows = {row.id: row for row in indicator_matrix(example())}
    assert set(rows["lao_dong_nong_nghiep"].cells) == {"xa_an_truong", "xa_nhi_long", "xa_binh_phu"}
    assert set(rows["doi_van_nghe"].cells) == {"xa_cang_long", "xa_tan_an"}


def test_each_cell_is_judged_by_its_own_units_plan() -> None:
    row = indicator_matrix(example())[0]
    binh_phu, tan_an = row.cells["xa_binh_phu"], row.cells["xa_tan_an"]
    assert (binh_phu.status, binh_phu.latest, binh_phu.as_of) == (
        "achieved",
        76.1,
        date(2026, 6, 30),
    )
    assert tan_an.status == "deterioration"
    assert tan_an.target.value == 72  # Tân An's plan asks 72 %, the others 75 %


def test_units_with_errors_add_no_row_and_no_cell() -> None:
    units = example()
    broken = units[0]._replace(summary=None)
    rows = indicator_matrix([broken, *units[1:]])
    assert "doi_van_nghe" in {row.id for row in rows}  # Tân An still has it
    assert all("xa_cang_long" not in row.cells for row in rows)


def test_task_counts_have_every_status_and_agencies_their_share() -> None:
    from nhanluc_cli.tasks.tracking import TASK_STATUSES

    for unit in example():
        assert unit.summary is not None
        assert list(unit.summary.task_counts) == list(TASK_STATUSES)
        assert sum(unit.summary.task_counts.values()) == unit.summary.total
        assert sum(load.total for load in unit.summary.agencies) == unit.summary.total
