"""`nhanluc indicators`: JSON (contract §4.1), CSV, the table, `--group` and `--explain`.

Runs the real command in-process (conftest.run_cli: COLUMNS=100, cwd = tmp_path). JSON is parsed,
never scraped; the table is checked for width and for the words and figures an official reads.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from conftest import RunCli, write_yaml
from nhanluc_cli.render.rows import EXPLAIN_FIELDS, INDICATOR_FIELDS


def at_least(value: int) -> dict[str, object]:
    return {"kind": "at_least", "value": value, "lo": None, "hi": None}


def between(lo: int, hi: int) -> dict[str, object]:
    return {"kind": "range", "value": None, "lo": lo, "hi": hi}


QUALITATIVE = {"kind": "qualitative", "value": None, "lo": None, "hi": None}

# Contract §1.1: every indicator of plan 60 with its group, target and year.
CONTRACT_TARGETS: dict[str, tuple[str, dict[str, object], int]] = {
    "cbccvc_dat_chuan": ("a", at_least(100), 2025),
    "giao_vien_dat_chuan": ("a", at_least(100), 2025),
    "cbcc_xa_dai_hoc": ("a", at_least(100), 2025),
    "cbcc_xa_llct_trung_cap": ("a", at_least(100), 2025),
    "lanh_dao_duoi_40_sau_dai_hoc": ("a", between(25, 35), 2025),
    "bac_si_van_dan": ("a", between(10, 12), 2025),
    "dieu_duong_van_dan": ("a", at_least(35), 2025),
    "tram_y_te_02_bac_si": ("a", at_least(100), 2025),
    "tram_y_te_ho_sinh_san_nhi": ("a", at_least(100), 2025),
    "y_te_dao_tao_cap_nhat": ("a", at_least(100), 2025),
    "chuyen_gia_dau_nganh": ("a", QUALITATIVE, 2025),
    "lao_dong_qua_dao_tao": ("b", at_least(70), 2025),
    "lao_dong_dao_tao_nganh_trong_diem": ("b", between(70, 75), 2025),
    "quan_ly_doanh_nghiep_boi_duong": ("b", at_least(100), 2025),
    "can_bo_khoa_hoc_van_dan": ("b", at_least(11), 2030),
    "hoc_sinh_tieu_hoc": ("c", at_least(100), 2025),
    "hoc_sinh_thcs": ("c", at_least(99), 2025),
    "tu_van_huong_nghiep": ("c", at_least(100), 2025),
    "van_dong_vien": ("d", QUALITATIVE, 2025),
}

# Figures for plan 60, worked out by hand (t in decimal years: the end of 31/12/2020 is 2021.0).
REPORT_2020 = """\
    period: "2020"
    reported_on: 2021-01-20
    indicators:
      lao_dong_qua_dao_tao: {value: 60, source: "Báo cáo số 5/BC-LĐTBXH"}
      bac_si_van_dan: {numerator: 120, denominator: 150000}
      dieu_duong_van_dan: {value: "30,5"}
      lanh_dao_duoi_40_sau_dai_hoc: {value: 20}
    """
REPORT_2023 = """\
    period: "2023"
    reported_on: 2024-01-15
    indicators:
      lao_dong_qua_dao_tao: {value: 64, source: "Báo cáo số 12/BC-LĐTBXH"}
      bac_si_van_dan: {numerator: 152, denominator: 148000}
      dieu_duong_van_dan: {value: "29,0"}
      lanh_dao_duoi_40_sau_dai_hoc: {value: 21}
      cbcc_xa_dai_hoc: {value: 85}
      chuyen_gia_dau_nganh: {assessment: in_progress}
      van_dong_vien: {assessment: achieved}
    """
AS_OF = ["--as-of", "2024-06-01"]


@pytest.fixture
def with_reports(data_dir: Path) -> Path:
    write_yaml(data_dir, "progress/2020.yaml", REPORT_2020)
    write_yaml(data_dir, "progress/2023.yaml", REPORT_2023)
    return data_dir


def as_json(run_cli: RunCli, *args: str) -> list[dict[str, object]]:
    result = run_cli(["indicators", "--format", "json", *args])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert isinstance(rows, list)
    return rows


def test_json_has_the_19_indicators_with_the_contract_targets(
    run_cli: RunCli, data_dir: Path
) -> None:
    rows = as_json(run_cli, *AS_OF)
    assert [row["id"] for row in rows] == list(CONTRACT_TARGETS)
    for row in rows:
        group, target, by = CONTRACT_TARGETS[str(row["id"])]
        assert (row["group"], row["target"], row["by"]) == (group, target, by), row["id"]
        assert list(row) == [
            "id", "group", "name", "unit", "measure", "target", "by", "latest", "projected",
            "ratio", "status",
        ]  # fmt: skip
        assert row["measure"] == "level"  # plan 60 judges levels only (contract §15)
        # No progress reports: nothing is known.
        assert (row["latest"], row["projected"], row["ratio"]) == (None, None, None)
        assert row["status"] == "no_data"


def test_json_statuses_match_a_hand_calculation(run_cli: RunCli, with_reports: Path) -> None:
    rows = {row["id"]: row for row in as_json(run_cli, *AS_OF)}
    # R = ((64/60)^(1/3) - 1) / ((70/60)^(1/5) - 1) = 0.021746 / 0.031310 = 0.6945;
    # projected 64 x (64/60)^(2/3) = 66.81.
    assert rows["lao_dong_qua_dao_tao"] == {
        "id": "lao_dong_qua_dao_tao",
        "group": "b",
        "name": "Tỷ lệ lao động qua đào tạo",
        "unit": "%",
        "measure": "level",
        "target": {"kind": "at_least", "value": 70, "lo": None, "hi": None},
        "by": 2025,
        "latest": {"value": 64, "as_of": "2023-12-31", "source": "Báo cáo số 12/BC-LĐTBXH"},
        "projected": 66.81,
        "ratio": 0.6945,
        "status": "moderate_progress",
    }
    # 152 / 148,000 x 10,000 = 10.2703 >= lo = 10.
    assert rows["bac_si_van_dan"]["latest"] == {
        "value": 10.2703,
        "as_of": "2023-12-31",
        "source": None,
    }
    statuses = {key: row["status"] for key, row in rows.items() if row["status"] != "no_data"}
    assert statuses == {
        "bac_si_van_dan": "achieved",
        "dieu_duong_van_dan": "deterioration",  # 30.5 -> 29
        "lanh_dao_duoi_40_sau_dai_hoc": "limited_progress",  # R = 0.016396 / 0.045640 = 0.3593
        "cbcc_xa_dai_hoc": "insufficient_data",  # one figure
        "chuyen_gia_dau_nganh": "limited_progress",  # in_progress
        "van_dong_vien": "achieved",
        "lao_dong_qua_dao_tao": "moderate_progress",
    }
    assert rows["lanh_dao_duoi_40_sau_dai_hoc"]["ratio"] == 0.3593


def test_json_time_machine(run_cli: RunCli, with_reports: Path) -> None:
    # The 2023 report is dated 2024-01-15: the day before, only the 2020 figures are known.
    rows = {row["id"]: row for row in as_json(run_cli, "--as-of", "2024-01-14")}
    assert rows["lao_dong_qua_dao_tao"]["status"] == "insufficient_data"
    assert rows["lao_dong_qua_dao_tao"]["latest"] == {
        "value": 60,
        "as_of": "2020-12-31",
        "source": "Báo cáo số 5/BC-LĐTBXH",
    }
    after = {row["id"]: row["status"] for row in as_json(run_cli, "--as-of", "2026-01-01")}
    # The plan ended on 30/06/2025 and the latest figure is of 2023: no 2025 figure, no verdict.
    assert after["lao_dong_qua_dao_tao"] == "not_assessable"


def test_group_filter(run_cli: RunCli, with_reports: Path) -> None:
    rows = as_json(run_cli, "--group", "b", *AS_OF)
    assert [row["id"] for row in rows] == [
        "lao_dong_qua_dao_tao",
        "lao_dong_dao_tao_nganh_trong_diem",
        "quan_ly_doanh_nghiep_boi_duong",
        "can_bo_khoa_hoc_van_dan",
    ]
    # The groups are the plan's own (contract §12): any other id is a usage error naming them.
    result = run_cli(["indicators", "--group", "e"])
    assert result.exit_code == 2
    assert "`e`" in result.stderr and "a, b, c, d" in result.stderr


def test_explain_json_adds_the_figures(run_cli: RunCli, with_reports: Path) -> None:
    rows = {row["id"]: row for row in as_json(run_cli, "--explain", *AS_OF)}
    explain = rows["lao_dong_qua_dao_tao"]["explain"]
    assert isinstance(explain, dict) and list(explain) == list(EXPLAIN_FIELDS)
    assert (explain["y0"], explain["t0"], explain["yt"], explain["t"]) == (60, 2021.0, 64, 2024.0)
    assert (explain["x"], explain["T_end"], explain["method"]) == (70, 2026.0, "cagr")
    assert explain["ratio"] == pytest.approx(0.69452, abs=1e-5)


def test_explain_shows_every_number_of_the_sum(run_cli: RunCli, with_reports: Path) -> None:
    result = run_cli(["indicators", "--explain", "--group", "b", *AS_OF])
    assert result.exit_code == 0, result.output
    out = result.stdout
    for expected in [
        "lao_dong_qua_dao_tao — Tỷ lệ lao động qua đào tạo",
        "x = 70",
        "T = 2025 + 365/365 = 2026,0000",
        "y0 = 60 ngày 31/12/2020, t0 = 2020 + 366/366 = 2021,0000",
        "yt = 64 ngày 31/12/2023, t = 2023 + 365/365 = 2024,0000",
        "CAGR_observed = (yt / y0)^(1 / (t − t0)) − 1 = (64 / 60)^(1 / 3) − 1 = 0,021746",
        "CAGR_required = (x / y0)^(1 / (T − t0)) − 1 = (70 / 60)^(1 / 5) − 1 = 0,03131",
        "R = CAGR_observed / CAGR_required = 0,021746 / 0,03131 = 0,6945",
        "yt × (1 + CAGR_observed)^(T − t) = 64 × 1,021746^2 = 66,81",
        "R = 0,6945 → chậm tiến độ",
    ]:
        assert expected in out, expected
    english = run_cli(["indicators", "--explain", "--group", "b", "--lang", "en", *AS_OF]).stdout
    assert "R = CAGR_observed / CAGR_required = 0.021746 / 0.03131 = 0.6945" in english
    assert "R = 0.6945 → moderate progress" in english


def test_explain_of_an_at_most_style_fall_and_a_single_figure(
    run_cli: RunCli, with_reports: Path
) -> None:
    out = run_cli(["indicators", "--explain", "--group", "a", *AS_OF]).stdout
    # 30.5 -> 29: (29 / 30.5)^(1/3) - 1 = -0.01667; R = -0.01667 / 0.027907 = -0.5973
    assert "(29 / 30,5)^(1 / 3) − 1 = -0,01667" in out
    assert "R = -0,5973 → đi ngược mục tiêu" in out
    assert "chỉ có số liệu của một ngày nên chưa tính được tốc độ → chưa đủ số liệu" in out
    assert "đánh giá mới nhất là đang thực hiện (31/12/2023) → chậm nhiều, khó đạt" in out
    assert "Chưa có số liệu: cbccvc_dat_chuan, giao_vien_dat_chuan" in out


def test_csv_has_a_bom_and_the_json_fields(run_cli: RunCli, with_reports: Path) -> None:
    result = run_cli(["indicators", "--format", "csv", *AS_OF])
    assert result.exit_code == 0
    assert result.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"))))
    assert len(rows) == 19
    assert list(rows[0]) == list(INDICATOR_FIELDS)
    lao_dong = next(row for row in rows if row["id"] == "lao_dong_qua_dao_tao")
    assert (lao_dong["target.value"], lao_dong["latest.value"], lao_dong["ratio"]) == (
        "70",
        "64",
        "0.6945",
    )
    assert lao_dong["latest.as_of"] == "2023-12-31"
    empty = next(row for row in rows if row["id"] == "cbccvc_dat_chuan")
    assert (empty["latest.value"], empty["status"]) == ("", "no_data")
    explained = run_cli(["indicators", "--format", "csv", "--explain", *AS_OF]).stdout
    header = next(csv.reader(io.StringIO(explained.removeprefix("\ufeff"))))
    assert header == [*INDICATOR_FIELDS, *(f"explain.{f}" for f in EXPLAIN_FIELDS)]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_table_fits_100_columns(run_cli: RunCli, with_reports: Path, lang: str) -> None:
    result = run_cli(["indicators", "--lang", lang, "--explain", *AS_OF])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 100
    # Every id appears whole (never folded), so a finding's id can be found in the table.
    for indicator_id in CONTRACT_TARGETS:
        assert any(re.match(rf"{indicator_id}( |$)", line) for line in lines), indicator_id


def test_table_words_figures_and_bar(run_cli: RunCli, with_reports: Path) -> None:
    out = run_cli(["indicators", *AS_OF]).stdout
    assert "Nhóm b) Lĩnh vực lao động xã hội" in out
    row = next(line for line in out.splitlines() if line.startswith("Tỷ lệ lao động qua đào tạo"))
    # Target, latest value, projection (decimal comma), the bar (64/70 = 91 %: 9 cells and an
    # eighth), and the status word.
    assert row.split() == ["Tỷ", "lệ", "lao", "động", "qua", "đào", "tạo", "≥", "70%", "64",
                           "66,8", "█████████▏", "chậm", "tiến", "độ"]  # fmt: skip
    assert "10–12/vạn dân" in out and "10,27" in out and "31/12/2023" in out
    english = run_cli(["indicators", "--lang", "en", *AS_OF]).stdout
    assert "≥ 70%" in english and "2023-12-31" in english and "10.27" in english
    assert "deterioration" in english  # status words follow --lang


def test_no_reports_table(run_cli: RunCli, data_dir: Path) -> None:
    result = run_cli(["indicators", *AS_OF])
    assert result.exit_code == 0
    assert result.stdout.count("chưa có số liệu") == 19


def test_data_errors_show_findings_not_figures(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/2023.yaml",
        """\
        period: "2023"
        indicators:
          lao_dong_qua_dao_tao: {value: 640}
        """,
    )
    result = run_cli(["indicators", "--format", "json", *AS_OF])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "E201" in result.stderr and "progress/2023.yaml:3" in result.stderr
