"""`nhanluc carry -o FILE`: the draft plan for the next period (contract §13).

The draft is written, then loaded and checked for real in a data folder of its own: it must pass
`check` (warnings allowed). It never overwrites, and bad names are usage errors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, RunCli, folder_digest
from nhanluc_cli.loading.loader import load_plan

DEMO = REPO / "examples" / "demo"
CLOSED = "2026-11-30"


def carried(run_cli: RunCli, tmp_path: Path, *args: str) -> tuple[Path, str]:
    folder = tmp_path / "next"
    folder.mkdir()
    target = folder / "plan-next.yaml"
    result = run_cli(["carry", "--data", str(DEMO), "--as-of", CLOSED, "-o", str(target), *args])
    assert result.exit_code == 0, result.output
    assert "4 nhiệm vụ, 14 chỉ tiêu" in result.stderr
    return target, target.read_text(encoding="utf-8")


def test_the_draft_loads_and_passes_check(run_cli: RunCli, tmp_path: Path) -> None:
    target, _ = carried(run_cli, tmp_path)
    loaded, findings = load_plan(target, "plan-next.yaml")
    assert loaded is not None and findings == []
    plan = loaded.plan
    assert (plan.period.start, plan.period.end) == (2026, 2030)
    assert [t.id for t in plan.tasks] == ["5", "III.1", "1", "2"]
    assert {t.id: t.origin for t in plan.tasks} == {
        "5": "60/KH-UBND#5",
        "III.1": "60/KH-UBND#III.1@2025",
        "1": "60/KH-UBND#1@2025",
        "2": "60/KH-UBND#2@2025",
    }
    assert plan.task("5").deadline == "Năm 2030"  # type: ignore[union-attr]
    assert plan.task("2").deadline == "Hàng năm"  # type: ignore[union-attr]
    assert len(plan.indicators) == 14 and {i.by for i in plan.indicators} == {2030}
    assert plan.indicator("bac_si_van_dan").target.hi == 12  # type: ignore[union-attr]
    for as_of in (CLOSED, "2026-01-15"):
        result = run_cli(["check", "--data", str(target.parent), "--as-of", as_of])
        assert result.exit_code == 0, result.output


def test_the_draft_marks_what_people_must_decide(run_cli: RunCli, tmp_path: Path) -> None:
    _, text = carried(run_cli, tmp_path)
    assert 'id: "…/KH-UBND"  # kiểm tra lại: số kế hoạch' in text
    assert (
        "lead: to_chuc_noi_vu  # kiểm tra lại: cơ quan chủ trì đã giải thể ngày 30/06/2025" in text
    )
    assert "# kiểm tra lại: thời hạn tạm; kế hoạch trước: Quý II/2022" in text
    # Transferred work is its receiver's: a comment, not a task.
    transferred = next(line for line in text.splitlines() if "60/KH-UBND#12@2025" in line)
    assert transferred.startswith("# - ") and "Sở Giáo dục và Đào tạo tỉnh Vĩnh Long" in transferred
    assert "không đạt; số liệu mới nhất 69,5 (30/06/2025)" in text


def test_never_overwrites(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "plan-next.yaml"
    target.write_text("giữ nguyên\n", encoding="utf-8")
    before = folder_digest(tmp_path)
    result = run_cli(["carry", "--data", str(DEMO), "--as-of", CLOSED, "-o", str(target)])
    assert result.exit_code == 1
    assert "plan-next.yaml" in result.stderr and "không ghi đè" in result.stderr
    assert folder_digest(tmp_path) == before


@pytest.mark.parametrize(
    "args",
    [
        ["-o", "next.txt"],  # not YAML
        ["-o", "."],  # a folder
        [],  # -o is required
        ["-o", "next.yaml", "--as-of", "31/02/2026"],
        ["-o", "next.yaml", "--bogus"],
    ],
)
def test_bad_options_exit_2(run_cli: RunCli, tmp_path: Path, args: list[str]) -> None:
    before = folder_digest(tmp_path)
    result = run_cli(["carry", "--data", str(DEMO), *args])
    assert result.exit_code == 2, result.output
    assert folder_digest(tmp_path) == before


def test_an_interim_draft_carries_what_is_still_open(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "plan-next.yaml"
    result = run_cli(["carry", "--data", str(DEMO), "--as-of", "2024-12-15", "-o", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "sơ kết: kế hoạch chưa kết thúc" in text
    loaded, findings = load_plan(target, "plan-next.yaml")
    assert loaded is not None and findings == []
    assert "16" in {t.id for t in loaded.plan.tasks}  # overdue on 15/12/2024


def test_a_new_folder_becomes_a_data_folder(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "ke-hoach-moi" / "plan-2026.yaml"
    result = run_cli(["carry", "--data", str(DEMO), "--as-of", CLOSED, "-o", str(target)])
    assert result.exit_code == 0, result.output
    result = run_cli(["check", "--data", str(target.parent), "--as-of", CLOSED])
    assert result.exit_code == 0, result.output


def test_a_folder_that_cannot_be_made_is_exit_1(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("", encoding="utf-8")
    target = tmp_path / "taken" / "plan-2026.yaml"
    result = run_cli(["carry", "--data", str(DEMO), "--as-of", CLOSED, "-o", str(target)])
    assert result.exit_code == 1
    assert "không ghi được" in result.stderr


def test_a_ceased_lead_names_its_successors(run_cli: RunCli, tmp_path: Path) -> None:
    import shutil

    data = tmp_path / "demo"
    shutil.copytree(DEMO, data)
    plan = data / "plan60.yaml"
    text = plan.read_text(encoding="utf-8")
    text = text.replace(
        '    name: "Cơ quan Tổ chức - Nội vụ"\n    until: 2025-06-30\n',
        '    name: "Cơ quan Tổ chức - Nội vụ"\n    until: 2025-06-30\n'
        "    successors:\n"
        '      - {agency: so_gddt_vinh_long, scope: "thử", basis: "Quyết định (minh hoạ)"}\n',
    )
    plan.write_text(text, encoding="utf-8")
    target = tmp_path / "next" / "plan-next.yaml"
    result = run_cli(["carry", "--data", str(data), "--as-of", CLOSED, "-o", str(target)])
    assert result.exit_code == 0, result.output
    draft = target.read_text(encoding="utf-8")
    assert (
        "đã giải thể ngày 30/06/2025; kế nhiệm: Sở Giáo dục và Đào tạo tỉnh Vĩnh Long (minh hoạ)"
        " (thử)" in draft
    )
    assert run_cli(["check", "--data", str(target.parent), "--as-of", CLOSED]).exit_code == 0


SMALL_PLAN = """
    id: "1/KH-UBND"
    date: 2021-01-05
    issuer: "Ủy ban nhân dân xã A"
    title: "Kế hoạch thử"
    period: {start: 2021, end: 2022}
    groups:
      - {id: a, name: "Nhóm a"}
    agencies:
      - {id: vp, name: "Văn phòng"}
    indicators:
      - id: ty_le
        group: a
        name: "Tỷ lệ"
        unit: "%"
        target: {kind: at_least, value: 50}
        by: 2022
    tasks:
      - {id: "1", title: "Việc", lead: vp, deadline: "Quý I/2021"}
"""
ALL_DONE = """
    period: "2022"
    reported_by: "Văn phòng"
    indicators:
      ty_le: {value: 60}
    tasks:
      "1": {status: done, completed_on: 2021-03-01, product_ref: "Quyết định số 1/QĐ-UBND"}
"""


def test_a_plan_fully_achieved_leaves_an_empty_draft(run_cli: RunCli, tmp_path: Path) -> None:
    from conftest import write_yaml

    data = tmp_path / "small"
    write_yaml(data, "plan.yaml", SMALL_PLAN)
    write_yaml(data, "progress/2022.yaml", ALL_DONE)
    report = run_cli(["report", "--final", "--data", str(data), "--as-of", "2023-06-01"])
    assert report.exit_code == 0, report.output
    assert "đã hết giai đoạn thực hiện ngày 31/12/2022" in report.stdout
    assert "| 1 | Tỷ lệ | ≥ 50%<br>(2022) | - | 60 | vượt |" in report.stdout
    assert "Không còn nhiệm vụ, chỉ tiêu nào phải chuyển tiếp." in report.stdout
    assert "Các báo cáo tiến độ chưa ghi nhận giải trình nào." in report.stdout
    target = tmp_path / "next" / "plan-next.yaml"
    result = run_cli(["carry", "--data", str(data), "--as-of", "2023-06-01", "-o", str(target)])
    assert result.exit_code == 0, result.output
    draft = target.read_text(encoding="utf-8")
    assert "agencies: []" in draft and "indicators: []" in draft and "tasks: []" in draft
    assert "  start: 2023\n  end: 2024\n" in draft
    assert run_cli(["check", "--data", str(target.parent), "--as-of", "2023-06-01"]).exit_code == 0
    word = tmp_path / "small.docx"
    result = run_cli(
        ["report", "--final", "--data", str(data), "--as-of", "2023-06-01", "-o", str(word)]
    )
    assert result.exit_code == 0, result.output
    from docx import Document

    from test_docx_report import all_text

    text = all_text(Document(str(word)))
    assert "Không còn nhiệm vụ, chỉ tiêu nào phải chuyển tiếp." in text
    assert "Các báo cáo tiến độ chưa ghi nhận giải trình nào." in text
