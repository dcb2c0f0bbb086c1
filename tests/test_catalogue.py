"""A province's catalogue in a roll-up (contract §15): nhanluc-indicators.yaml joins the units'
indicators by id or by `catalogue: ID`, adds an all-units column, W331 for a look-alike."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import REPO, RunCli

EXAMPLE = REPO / "examples" / "units"
AS_OF = "2026-07-31"


@pytest.fixture
def province(tmp_path: Path) -> Path:
    folder = tmp_path / "units"
    shutil.copytree(EXAMPLE, folder)
    return folder


def rows_of(run_cli: RunCli, folder: Path) -> dict[str, dict[str, object]]:
    result = run_cli(["rollup", "--data", str(folder), "--as-of", AS_OF, "--format", "json"])
    assert result.exit_code == 0, result.output
    return {row["id"]: row for row in json.loads(result.stdout)}


def test_rows_by_catalogue_id_with_the_all_units_total(run_cli: RunCli, province: Path) -> None:
    rows = rows_of(run_cli, province)
    # Catalogue order first; every row of it gains "total".
    assert list(rows) == [
        "lao_dong_qua_dao_tao",
        "viec_lam_moi",
        "cbcc_dai_hoc",
        "lao_dong_nong_nghiep",
        "hoc_sinh_thcs",
        "doi_van_nghe",  # in no catalogue row: by its own id, as without a catalogue
    ]
    # pooled: (2780 + 1842 + 2283 + 1980) / (4000 + 3000 + 3000 + 3000) = 8885 / 13000
    # = 68.3462 %; Tân An gave only a value and is not pooled. Never the mean of the rates
    # (69.5 + 61.4 + 76.1 + 66) / 4 = 68.25.
    assert rows["lao_dong_qua_dao_tao"]["total"] == {
        "value": 68.3462,
        "as_of": "2026-06-30",
        "units_counted": 4,
        "status": "insufficient_data",  # one figure of the province below 75 %
        "not_pooled": ["xa_tan_an"],
    }
    # sum of a yearly count, three ids joined: 210 + 145 + 180 = 535 people in 2026 so far;
    # due by 31/07 1000 x 212/365 = 580.82 -> R = 0.921: moderate_progress.
    jobs = rows["viec_lam_moi"]
    assert set(jobs["units"]) == {"xa_cang_long", "xa_an_truong", "xa_binh_phu"}  # type: ignore[arg-type]
    assert jobs["total"] == {
        "value": 535,
        "as_of": "2026-06-30",
        "units_counted": 3,
        "status": "moderate_progress",
    }
    # `catalogue: cbcc_dai_hoc` joins the communes' cbcc_xa_dai_hoc; combine: none.
    staff = rows["cbcc_dai_hoc"]
    assert set(staff["units"]) == {"xa_cang_long", "xa_tan_an", "xa_nhi_long"}  # type: ignore[arg-type]
    assert staff["total"] == {"value": None, "as_of": None, "units_counted": 0, "status": None}
    assert "total" not in rows["doi_van_nghe"]


def test_the_table_shows_the_province_column(run_cli: RunCli, province: Path) -> None:
    result = run_cli(["rollup", "--data", str(province), "--as-of", AS_OF])
    assert result.exit_code == 0, result.output
    assert "Toàn tỉnh" in result.stdout
    assert "68,35%" in result.stdout and "535 người" in result.stdout
    assert "chưa gộp:" in result.stdout and "Xã Tân An" in result.stdout
    english = run_cli(["rollup", "--data", str(province), "--as-of", AS_OF, "--lang", "en"])
    assert "All units" in english.stdout
    html = run_cli(["rollup", "--data", str(province), "--as-of", AS_OF, "--format", "html"])
    assert "Toàn tỉnh" in html.stdout and "68,35%" in html.stdout
    csv = run_cli(["rollup", "--data", str(province), "--as-of", AS_OF, "--format", "csv"])
    assert (
        csv.stdout.splitlines()[0]
        .lstrip("\ufeff")
        .startswith("id,name,total.value,total.as_of,total.units_counted,total.status,units.")
    )


def test_a_look_alike_not_joined_is_w331(run_cli: RunCli, province: Path) -> None:
    plan = province / "tan-an" / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("    catalogue: cbcc_dai_hoc", "    # (not joined)"), "utf-8")
    result = run_cli(["rollup", "--data", str(province), "--as-of", AS_OF])
    assert result.exit_code == 0  # a warning
    line = next(
        n for n, t in enumerate(plan.read_text("utf-8").splitlines(), 1) if "cbcc_xa_dai_hoc" in t
    )
    assert f"tan-an/plan.yaml:{line}:" in result.stderr and "W331" in result.stderr
    assert "có phải chỉ tiêu `cbcc_dai_hoc` của bộ chỉ tiêu?" in result.stderr
    rows = rows_of(run_cli, province)
    assert set(rows["cbcc_dai_hoc"]["units"]) == {"xa_cang_long", "xa_nhi_long"}  # type: ignore[arg-type]
    assert set(rows["cbcc_xa_dai_hoc"]["units"]) == {"xa_tan_an"}  # type: ignore[arg-type]


def test_a_catalogue_id_the_catalogue_lacks_is_e220(run_cli: RunCli, province: Path) -> None:
    plan = province / "tan-an" / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("catalogue: cbcc_dai_hoc", "catalogue: cbcc_dh"), "utf-8")
    result = run_cli(["rollup", "--data", str(province), "--as-of", AS_OF])
    assert result.exit_code == 1
    assert "E220" in result.stderr and "`catalogue: cbcc_dh`" in result.stderr


def test_a_bad_catalogue_is_a_finding_at_its_line(run_cli: RunCli, province: Path) -> None:
    catalogue = province / "nhanluc-indicators.yaml"
    text = catalogue.read_text(encoding="utf-8")
    # A count cannot be pooled: line of `combine: pooled` once the unit is "người".
    catalogue.write_text(
        text.replace('unit: "%"\n    combine: pooled', 'unit: "người"\n    combine: pooled', 1),
        "utf-8",
    )
    line = next(
        n
        for n, t in enumerate(catalogue.read_text("utf-8").splitlines(), 1)
        if "pooled" in t and t.strip().startswith("combine")
    )
    result = run_cli(["rollup", "--data", str(province), "--as-of", AS_OF])
    assert result.exit_code == 1
    assert f"nhanluc-indicators.yaml:{line}:" in result.stderr and "E201" in result.stderr
    assert "combine: sum" in result.stderr  # what to do


def test_one_catalogue_id_twice_names_the_first_line(run_cli: RunCli, province: Path) -> None:
    catalogue = province / "nhanluc-indicators.yaml"
    text = catalogue.read_text(encoding="utf-8")
    catalogue.write_text(text.replace("- id: hoc_sinh_thcs", "- id: viec_lam_moi"), "utf-8")
    result = run_cli(["rollup", "--data", str(province), "--as-of", AS_OF])
    assert result.exit_code == 1
    assert "E201" in result.stderr and "viec_lam_moi" in result.stderr


def test_a_warm_roll_up_with_a_catalogue_gives_the_same_rows(
    run_cli: RunCli, province: Path, tmp_path: Path
) -> None:
    cache = {"NHANLUC_CACHE_DIR": str(tmp_path / "cache")}
    args = ["rollup", "--data", str(province), "--as-of", AS_OF, "--format", "json"]
    cold, warm = run_cli(args, env=cache), run_cli(args, env=cache)
    assert cold.stdout == warm.stdout and '"total"' in warm.stdout
    uncached = run_cli([*args, "--no-cache"])
    assert uncached.stdout == cold.stdout
