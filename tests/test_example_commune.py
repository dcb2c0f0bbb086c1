"""examples/xa-an-phu: a second, invented plan that every command reads end to end.

Nothing in it is plan 60's: other ids, its own indicator groups ("1", "2", "3"), a task with two
leads, quarterly and half-yearly deadlines and a plan dated 10/04/2026, so its quarterly task
starts with Quý II/2026. On 15/12/2026 (LIVELY) its two illustrative reports give every kind of
occurrence: late, done, overdue, due soon, open.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, RunCli

COMMUNE = REPO / "examples" / "xa-an-phu"
LIVELY = "2026-12-15"


def as_json(run_cli: RunCli, command: str, *args: str) -> Any:
    result = run_cli(
        [command, "--data", str(COMMUNE), "--as-of", LIVELY, "--format", "json", *args]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_status_counts_every_occurrence_of_the_commune_plan(run_cli: RunCli) -> None:
    board = as_json(run_cli, "status")
    assert board["plan"]["id"] == "15/KH-UBND"
    # 19 quarters (no 2026-Q1), 10 halves, task 4 yearly from 2026, task 5 from 2027, 3 one-off.
    assert sum(board["tasks"].values()) == 19 + 10 + 5 + 4 + 3
    assert board["tasks"] == {
        "done": 1,
        "late": 2,
        "cancelled": 0,
        "overdue": 1,
        "due_soon": 4,
        "open": 33,
        "transferred": 0,
        "terminated": 0,
    }
    # Rows of the contract's shape: a quarter is told by its due date, the year stays the year.
    assert [(r["task"], r["year"], r["due"]) for r in board["overdue"]] == [
        ("1", 2026, "2026-09-30")
    ]
    assert [(r["task"], r["due"]) for r in board["due_soon"]] == [
        ("4", "2026-12-15"),
        ("1", "2026-12-31"),
        ("2", "2026-12-31"),
        ("6", "2026-12-31"),
    ]


def test_tasks_keep_the_contract_row_and_the_table_shows_labels(run_cli: RunCli) -> None:
    rows = as_json(run_cli, "tasks", "--year", "2026")
    first = rows[0]
    assert (first["task"], first["year"], first["due"], first["status"]) == (
        "1",
        2026,
        "2026-06-30",
        "late",
    )
    assert "period" not in first and "label" not in first
    shared = next(row for row in rows if row["task"] == "2")
    assert shared["lead"] == "Phòng Kinh tế; Phòng Văn hóa - Xã hội"
    table = run_cli(["tasks", "--data", str(COMMUNE), "--as-of", LIVELY, "--year", "2026"]).stdout
    assert "2026-Q3" in table and "2026-H1" in table and "2026-Q1" not in table


def test_overdue_and_agency_filter_match_any_lead(run_cli: RunCli) -> None:
    assert [(r["task"], r["days_late"]) for r in as_json(run_cli, "overdue")] == [("1", 76)]
    culture = as_json(run_cli, "tasks", "--agency", "van_hoa_xa_hoi")
    assert {row["task"] for row in culture} == {"2"}  # led with Phòng Kinh tế


def test_agencies_count_a_shared_task_for_each_lead(run_cli: RunCli) -> None:
    loads = {load["id"]: load for load in as_json(run_cli, "agencies")}
    assert loads["kinh_te"]["total"] == 10 + 1  # task 2's ten halves, and task 6
    assert loads["van_hoa_xa_hoi"]["total"] == 10  # task 2's ten halves too
    assert loads["van_phong"]["total"] == 19 + 1 + 5 + 1  # tasks 1, 3, 4 (shared), 7
    assert loads["phuc_vu_hcc"]["total"] == 5
    total = sum(load["total"] for load in loads.values())
    assert total == 41 + 10 + 5  # the shared occurrences count twice


def test_indicators_by_the_plans_own_groups(run_cli: RunCli) -> None:
    rows = as_json(run_cli, "indicators")
    assert [row["group"] for row in rows] == ["1"] * 2 + ["2"] * 5 + ["3"] * 4
    labour = as_json(run_cli, "indicators", "--group", "2")
    assert [row["id"] for row in labour] == [
        "lao_dong_qua_dao_tao",
        "ty_le_that_nghiep",
        "viec_lam_moi",
        "dao_tao_nghe",
        "thu_nhap_binh_quan",
    ]
    table = run_cli(["indicators", "--data", str(COMMUNE), "--as-of", LIVELY]).stdout
    assert "Nhóm 3) Giáo dục và học tập suốt đời" in table


def test_check_reports_the_overdue_quarter_at_the_tasks_line(run_cli: RunCli) -> None:
    result = run_cli(["check", "--data", str(COMMUNE), "--as-of", LIVELY, "--format", "json"])
    assert result.exit_code == 1
    found = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["line"]) for f in found if f["severity"] == "error"] == [("E301", 112)]
    assert "`1@2026-Q3`" in found[0]["message"]
    # On the plan's own day nothing is due and the files are sound.
    clean = run_cli(["check", "--data", str(COMMUNE), "--as-of", "2026-04-10"])
    assert clean.exit_code == 0, clean.output


def test_new_writes_labelled_keys_that_check_accepts(run_cli: RunCli, tmp_path: Path) -> None:
    data = tmp_path / "xa"
    shutil.copytree(COMMUNE, data)
    result = run_cli(["new", "2027-Q1", "--data", str(data), "--as-of", LIVELY])
    assert result.exit_code == 0, result.output
    text = (data / "progress" / "2027-Q1.yaml").read_text(encoding="utf-8")
    for key in ('"1@2026-Q3":', '"1@2026-Q4":', '"2@2026-H2":', '"4@2026":', '"1@2027-Q1":'):
        assert key in text
    assert '"3":' not in text  # done in 2026-Q2
    checked = run_cli(["check", "--data", str(data), "--as-of", "2026-04-10"])
    assert checked.exit_code == 0, checked.output


def test_report_lists_the_occurrences_by_label(run_cli: RunCli) -> None:
    result = run_cli(["report", "--data", str(COMMUNE), "--as-of", LIVELY, "--format", "md"])
    assert result.exit_code == 0, result.output
    assert "15/KH-UBND" in result.stdout and "2026-Q3" in result.stdout
    assert "60/KH" not in result.stdout and "Càng Long" not in result.stdout


@pytest.mark.parametrize("kind", ["plan", "progress"])
def test_the_examples_schemas_are_what_schema_prints(run_cli: RunCli, kind: str) -> None:
    result = run_cli(["schema", kind, "--data", str(COMMUNE)])
    assert result.exit_code == 0
    shipped = REPO / "schema" if kind == "plan" else COMMUNE / "schema"
    assert (shipped / f"{kind}.schema.json").read_text(encoding="utf-8") == result.stdout
    if kind == "progress":
        keys = json.loads(result.stdout)["properties"]["tasks"]["properties"]
        assert "1@2026-Q2" in keys and "1@2026-Q1" not in keys and "2@2030-H2" in keys


# ---------------------------------------------------------------------------------------------
# Counts and amounts of every kind (contract §15)


def test_count_indicators_of_each_measure(run_cli: RunCli) -> None:
    rows = {row["id"]: row for row in as_json(run_cli, "indicators")}
    assert {key: rows[key]["measure"] for key in rows if rows[key]["measure"] != "level"} == {
        "viec_lam_moi": "yearly",
        "dao_tao_nghe": "cumulative",
        "thu_nhap_binh_quan": "growth",
        "lop_ky_nang_so": "average_yearly",
        "tre_5_tuoi_mau_giao": "maintain",
    }
    assert rows["cbcc_xa_dai_hoc"]["measure"] == "level"
    # yearly: 2026 so far = 95 + 80 = 175 people. The plan is dated 10/04/2026, so by 15/12/2026
    # the year owes 300 x 250/365 = 205.48 (21 days of April + 31+30+31+31+30+31+30 + 15);
    # R = 175 / 205.48 = 0.8517.
    jobs = rows["viec_lam_moi"]
    assert jobs["unit"] == "người"
    assert jobs["years"] == {"2026": {"value": 175, "met": None}}
    assert jobs["latest"]["value"] == 175
    assert (jobs["ratio"], jobs["status"]) == (0.8517, "moderate_progress")
    # cumulative: 140 + 120 = 260 against 1500 x 250/1727 = 217.14 due (window 10/04/2026 to
    # 31/12/2030 = 1727 days); R = 1.1974.
    trained = rows["dao_tao_nghe"]
    assert trained["latest"]["value"] == 260
    assert trained["due_by_now"] == pytest.approx(1500 * 250 / 1727, abs=1e-4)
    assert trained["status"] == "substantial_progress"
    # growth: 62.5 (31/12/2025) -> 65.8 (30/09/2026, t = 2026 + 273/365):
    # (65.8 / 62.5) ^ (365/273) - 1 = 7.12 %/year against 8 -> R = 0.89.
    assert rows["thu_nhap_binh_quan"]["status"] == "moderate_progress"
    assert rows["thu_nhap_binh_quan"]["ratio"] == pytest.approx(0.8902, abs=1e-4)
    # average_yearly: 3 classes in 250/365 of a year -> 4.38 a year against 5: R = 0.876.
    assert rows["lop_ky_nang_so"]["latest"]["value"] == pytest.approx(4.38, abs=0.01)
    # maintain: 100 then 99.2 < 100.
    assert rows["tre_5_tuoi_mau_giao"]["status"] == "deterioration"
    # No `years` or `due_by_now` where they mean nothing.
    assert "years" not in rows["dao_tao_nghe"] and "due_by_now" not in jobs


def test_count_indicators_show_their_unit_in_the_table_and_explain(run_cli: RunCli) -> None:
    result = run_cli(
        ["indicators", "--data", str(COMMUNE), "--as-of", LIVELY, "--explain"],
        env={"COLUMNS": "100"},
    )
    assert result.exit_code == 0, result.output
    assert "175 người" in result.stdout and "≥ 300" in result.stdout
    assert "Năm 2026: đã làm 175 người; phải đạt 205,48 người" in result.stdout
    assert "Phải đạt đến nay: 1.500 × 14,48% = 217,14 người" in result.stdout
    assert "R = 260 / 217,1395 = 1,1974 → đạt tiến độ" in result.stdout
    assert "30/09/2026: 99,2%, dưới mục tiêu" in result.stdout


def amounts_folder(tmp_path: Path, reports: dict[str, str]) -> Path:
    data = tmp_path / "commune"
    shutil.copytree(COMMUNE, data, ignore=shutil.ignore_patterns("progress"))
    (data / "progress").mkdir()
    for name, text in reports.items():
        (data / "progress" / name).write_text(text, encoding="utf-8")
    return data


def test_one_period_twice_is_e230_and_a_coarser_report_that_disagrees_is_w332(
    run_cli: RunCli, tmp_path: Path
) -> None:
    data = amounts_folder(
        tmp_path,
        {
            "2026-Q2.yaml": 'period: "2026-Q2"\nindicators:\n  viec_lam_moi: {value: 95}\n',
            "2026-Q3.yaml": 'period: "2026-Q3"\nindicators:\n  viec_lam_moi: {value: 80}\n',
            "2026-Q3-lai.yaml": 'period: "2026-Q3"\nindicators:\n  viec_lam_moi: {value: 80}\n',
            "2026-H2.yaml": 'period: "2026-H2"\nindicators:\n  dao_tao_nghe: {value: 10}\n',
            "2026-Q4.yaml": 'period: "2026-Q4"\nindicators:\n  dao_tao_nghe: {value: 30}\n',
        },
    )
    result = run_cli(["check", "--data", str(data), "--as-of", "2027-01-05", "--format", "json"])
    findings = json.loads(result.stdout)["findings"]
    conflicts = [f for f in findings if f["code"] == "E230"]
    assert [(Path(f["file"]).name, f["line"]) for f in conflicts] == [("2026-Q3.yaml", 3)]
    assert "2026-Q3-lai.yaml:3" in conflicts[0]["message"]
    # H2 says 10, but Q4 inside it alone says 30: the finer figure exceeds the coarser.
    overlaps = [f for f in findings if f["code"] == "W332"]
    assert [(Path(f["file"]).name, f["line"]) for f in overlaps] == [("2026-H2.yaml", 3)]
    assert "2026-Q4 (" in overlaps[0]["message"] and "2026-Q4.yaml:3" in overlaps[0]["message"]
    assert result.exit_code == 1


def test_a_count_takes_no_numerator(run_cli: RunCli, tmp_path: Path) -> None:
    data = amounts_folder(
        tmp_path,
        {
            "2026-Q2.yaml": 'period: "2026-Q2"\nindicators:\n'
            "  viec_lam_moi: {numerator: 95, denominator: 100}\n"
        },
    )
    result = run_cli(["check", "--data", str(data), "--as-of", "2026-07-05", "--format", "json"])
    codes = [(f["code"], f["line"]) for f in json.loads(result.stdout)["findings"]]
    assert ("E201", 3) in codes


def test_final_report_gives_each_year_of_a_yearly_count_its_verdict(run_cli: RunCli) -> None:
    result = run_cli(
        ["report", "--final", "--format", "md", "--data", str(COMMUNE), "--as-of", "2031-01-05"]
    )
    assert result.exit_code == 0, result.output
    rows: dict[str, str] = {}
    for line in result.stdout.splitlines():  # the first table of a name: the yearly figures
        line = line.replace("**", "")  # rows not achieved are in bold
        if line.startswith("| ") and line.count(" | ") > 4:
            rows.setdefault(line.split(" | ")[1], line)
    # 2026 from the plan's date 10/04: due 300 x 266/365 = 218.6; 95 + 80 = 175 falls short.
    jobs = rows["Lao động được giải quyết việc làm mới"]
    assert "≥ 300 người/năm" in jobs and "175 (không đạt)" in jobs and "| không đạt |" in jobs
    # A cumulative count shows each year's amount; without a figure of 2030 it cannot be judged.
    trained = rows["Lao động được đào tạo nghề"]
    assert "| 260 |" in trained and "không đánh giá được" in trained
    # maintain: 99.2 in 2026 < 100: the year, and so the target, missed.
    kept = rows["Trẻ em 5 tuổi đi học mẫu giáo"]
    assert "99,2 (không đạt)" in kept and "| không đạt |" in kept


def test_carry_keeps_each_measure_and_unit(run_cli: RunCli, tmp_path: Path) -> None:
    draft = tmp_path / "next" / "plan.yaml"
    draft.parent.mkdir()
    result = run_cli(["carry", "--data", str(COMMUNE), "--as-of", "2031-01-05", "-o", str(draft)])
    assert result.exit_code == 0, result.output
    text = draft.read_text(encoding="utf-8")
    for measure in ("yearly", "cumulative", "growth", "average_yearly", "maintain"):
        assert f"    measure: {measure}\n" in text
    assert '    unit: "người"\n    measure: yearly\n' in text
    assert "số liệu mới nhất 260 người (tổng cả giai đoạn)" in text
    # The draft is a plan nhanluc reads: its measures are judged again in the next period.
    checked = run_cli(["check", "--data", str(draft.parent), "--format", "json"])
    assert json.loads(checked.stdout)["summary"]["errors"] == 0


def test_reports_show_counts_with_their_unit_and_draw_amounts_as_they_add_up(
    run_cli: RunCli,
) -> None:
    result = run_cli(["report", "--format", "md", "--data", str(COMMUNE), "--as-of", LIVELY])
    assert result.exit_code == 0, result.output
    assert "175 người<br>(30/09/2026)" in result.stdout
    assert "260 người<br>(30/09/2026)" in result.stdout
    assert "65,8 triệu đồng" in result.stdout
    # The chart's points, as the page draws them.
    from nhanluc_cli.indicators.evaluation import evaluate_indicators
    from nhanluc_cli.loading.loader import load_plan, load_report
    from nhanluc_cli.render.report.document import _chart

    plan, _ = load_plan(COMMUNE / "plan.yaml", "plan.yaml")
    reports = [load_report(p, p.name)[0] for p in sorted((COMMUNE / "progress").glob("*.yaml"))]
    assert plan is not None and all(reports)
    known = [r for r in reports if r is not None]
    results = {r.indicator.id: r for r in evaluate_indicators(plan, known, date(2026, 12, 15))}
    trained = _chart(results["dao_tao_nghe"], 2026)
    assert trained is not None and [v for _, v in trained.points] == [140, 260]  # 140, +120
    assert trained.target == 1500
    growth = _chart(results["thu_nhap_binh_quan"], 2026)
    assert growth is not None and growth.target is None  # 8 %/year is no level to draw


def test_count_indicators_on_the_closed_plan(run_cli: RunCli) -> None:
    result = run_cli(
        ["indicators", "--data", str(COMMUNE), "--as-of", "2031-01-05", "--format", "json"]
    )
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    # 2026 closed owing 300 x 266/365 = 218.6 (from 10/04) and did 175: missed, and 2027-2030
    # have no figure. Every closed year is listed.
    jobs = rows["viec_lam_moi"]
    assert jobs["status"] == "missed"
    assert jobs["years"]["2026"] == {"value": 175, "met": False}
    assert jobs["years"]["2030"] == {"value": None, "met": None}
    # 99.2 < 100 once: missed. Without a figure of 2030 the sums cannot be judged.
    assert rows["tre_5_tuoi_mau_giao"]["status"] == "missed"
    assert rows["dao_tao_nghe"]["status"] == "not_assessable"
    assert rows["dao_tao_nghe"]["due_by_now"] == 1500  # the whole target, once closed
    assert rows["thu_nhap_binh_quan"]["status"] == "not_assessable"
    assert rows["lop_ky_nang_so"]["status"] == "not_assessable"
    check = run_cli(["check", "--data", str(COMMUNE), "--as-of", "2031-01-05", "--format", "json"])
    codes = {f["code"] for f in json.loads(check.stdout)["findings"]}
    assert "W319" in codes and "E302" not in codes  # a closed plan: counted, not failed


def test_an_amount_far_behind_is_w313_with_what_was_done_and_due(
    run_cli: RunCli, tmp_path: Path
) -> None:
    data = amounts_folder(
        tmp_path,
        {"2026-Q3.yaml": 'period: "2026-Q3"\nindicators:\n  viec_lam_moi: {value: 105}\n'},
    )
    # 105 of 300 x 250/365 = 205.48 due by 15/12/2026: R = 0.511 < 0.6, limited progress.
    result = run_cli(["check", "--data", str(data), "--as-of", LIVELY, "--format", "json"])
    found = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "W313"]
    assert [(Path(f["file"]).name, f["line"]) for f in found] == [("2026-Q3.yaml", 3)]
    assert "đã làm 105, phải đạt 205,48 đến nay" in found[0]["message"]


def test_explain_on_the_closed_plan_gives_each_year(run_cli: RunCli) -> None:
    result = run_cli(["indicators", "--data", str(COMMUNE), "--as-of", "2031-01-05", "--explain"])
    # 2026 owes 300 x 266/365 = 218.63 (10/04 to 31/12); the later years, 300 each.
    assert "Năm 2026: đã làm 175 người; phải đạt 218,63 người → không đạt" in result.stdout
    assert "Năm 2030: đã làm -; phải đạt 300 người → không có số liệu" in result.stdout
    english = run_cli(
        ["indicators", "--data", str(COMMUNE), "--as-of", "2031-01-05", "--explain", "--lang", "en"]
    )
    assert "2026: done 175 người; due 218.63 người → missed" in english.stdout
    assert "2030-12-31" in english.stdout and "Verdict: not assessable" in english.stdout
