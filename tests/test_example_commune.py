"""examples/xa-an-phu: a second, invented plan that every command reads end to end.

Nothing in it is plan 60's: other ids, its own indicator groups ("1", "2", "3"), a task with two
leads, quarterly and half-yearly deadlines and a plan dated 10/04/2026, so its quarterly task
starts with Quý II/2026. On 15/12/2026 (LIVELY) its two illustrative reports give every kind of
occurrence: late, done, overdue, due soon, open.
"""

from __future__ import annotations

import json
import shutil
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
    assert [row["group"] for row in rows] == ["1", "1", "2", "2", "3", "3"]
    labour = as_json(run_cli, "indicators", "--group", "2")
    assert [row["id"] for row in labour] == ["lao_dong_qua_dao_tao", "ty_le_that_nghiep"]
    table = run_cli(["indicators", "--data", str(COMMUNE), "--as-of", LIVELY]).stdout
    assert "Nhóm 3) Giáo dục và học tập suốt đời" in table


def test_check_reports_the_overdue_quarter_at_the_tasks_line(run_cli: RunCli) -> None:
    result = run_cli(["check", "--data", str(COMMUNE), "--as-of", LIVELY, "--format", "json"])
    assert result.exit_code == 1
    found = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["line"]) for f in found if f["severity"] == "error"] == [("E301", 71)]
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
