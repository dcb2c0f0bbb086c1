"""A plan that ends, extensions, explanations, transfers and honest verdicts (contract §9, §14).

End to end through the CLI on a scratch copy of data/plan60.yaml, which records that the plan
ended on 30/06/2025 with district-level government. JSON is parsed, not scraped; every finding
is asserted with its code and its line.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, RunCli, write_yaml

ENDED = date(2025, 6, 30)
AFTER = "2026-11-30"  # a day long after the plan ended
# The 2025 occurrences of the five yearly tasks fall due on 31/12/2025, after the plan ended.
YEARLY = ("III.1", "1", "2", "7", "12")


def as_json(run_cli: RunCli, *args: str) -> Any:
    result = run_cli([*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def findings(run_cli: RunCli, as_of: str, *extra: str) -> tuple[int, list[dict[str, Any]]]:
    result = run_cli(["check", "--as-of", as_of, "--format", "json", *extra])
    return result.exit_code, json.loads(result.stdout)["findings"]


def codes(found: list[dict[str, Any]]) -> list[str]:
    return [finding["code"] for finding in found]


def rows_by_key(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {(f"{r['task']}@{r['year']}" if r["year"] else r["task"]): r for r in rows}


def without_ended(data: Path) -> None:
    """The plan as if the district had gone on: no `ended`, no agency `until`."""
    plan = data / "plan60.yaml"
    text = plan.read_text(encoding="utf-8")
    text = re.sub(r"\nended:\n(  .*\n)+", "\n", text)
    text = text.replace("    until: 2025-06-30\n", "")
    plan.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# The repository's own data, long after the end


def test_repository_data_after_the_end_is_closed_terminated_and_counted_to_closing(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    board = as_json(run_cli, "status", "--data", "data", "--as-of", AFTER)
    assert board["tasks"]["terminated"] == 5
    assert board["tasks"]["overdue"] == 32
    assert board["tasks"]["open"] == board["tasks"]["due_soon"] == 0
    assert board["closed"] == {
        "on": "2025-06-30",
        "reason": "Kết thúc hoạt động của chính quyền địa phương cấp huyện từ ngày 01/7/2025",
        "basis": "Luật Tổ chức chính quyền địa phương số 72/2025/QH15",
    }
    first = board["overdue"][0]
    assert (first["task"], first["due"]) == ("13", "2021-09-30")
    assert first["days_late"] == (ENDED - date(2021, 9, 30)).days  # 1,369, not 1,887


def test_repository_data_checks_green_with_one_w319_at_the_period_line(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    code, found = findings(run_cli, AFTER, "--data", "data")
    assert code == 0
    assert codes(found) == ["W319"]
    period_line = next(
        number
        for number, line in enumerate((REPO / "data/plan60.yaml").read_text().splitlines(), 1)
        if line.startswith("period:")
    )
    assert found[0]["line"] == period_line
    message = found[0]["message"]
    assert "30/06/2025" in message
    assert "32" in message and "5" in message and "19" in message


def test_english_w319_names_the_counts_and_the_final_report(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    result = run_cli(["check", "--data", "data", "--as-of", AFTER, "--lang", "en"])
    assert result.exit_code == 0
    shown = result.stdout + result.stderr
    assert "W319" in shown
    assert "closed on 2025-06-30" in shown
    assert "32 occurrences unfinished" in shown
    assert "5 terminated" in shown
    assert "19 targets not achieved" in shown
    assert "nhanluc report --final" in shown


# ---------------------------------------------------------------------------------------------
# Terminated, and the day the plan ends


def test_occurrences_due_after_the_end_are_terminated_the_day_after(
    run_cli: RunCli, data_dir: Path
) -> None:
    on_last_day = rows_by_key(as_json(run_cli, "tasks", "--as-of", "2025-06-30"))
    day_after = rows_by_key(as_json(run_cli, "tasks", "--as-of", "2025-07-01"))
    for task in YEARLY:
        assert on_last_day[f"{task}@2025"]["status"] == "open"
        assert day_after[f"{task}@2025"]["status"] == "terminated"
        assert day_after[f"{task}@2025"]["days_late"] is None
    # Due before the end and not done: unfinished at the end, lateness frozen at 30/06/2025.
    assert day_after["7@2024"]["status"] == "overdue"
    assert day_after["7@2024"]["days_late"] == (ENDED - date(2024, 12, 31)).days


def test_done_or_transferred_before_the_end_is_not_terminated(
    run_cli: RunCli, data_dir: Path
) -> None:
    write_yaml(
        data_dir,
        "progress/2025-H1.yaml",
        """
        period: "2025-H1"
        reported_on: 2025-06-25
        tasks:
          "7@2025": {status: done, completed_on: 2025-06-20}
          "2@2025":
            status: transferred
            to: [co_quan_lien_quan]
            transferred_on: 2025-06-30
          "1@2025": {status: in_progress}
        """,
    )
    rows = rows_by_key(as_json(run_cli, "tasks", "--as-of", AFTER))
    assert rows["7@2025"]["status"] == "done"
    assert rows["2@2025"]["status"] == "transferred"
    assert rows["1@2025"]["status"] == "terminated"


def test_status_words_have_their_administrative_names(run_cli: RunCli, data_dir: Path) -> None:
    result = run_cli(["tasks", "--as-of", AFTER, "--year", "2025"])
    assert "chấm dứt" in result.stdout
    result = run_cli(["tasks", "--as-of", AFTER, "--year", "2025", "--lang", "en"])
    assert "terminated" in result.stdout


def test_a_plan_closed_by_its_period_counts_lateness_to_31_december(
    run_cli: RunCli, data_dir: Path
) -> None:
    without_ended(data_dir)
    rows = rows_by_key(as_json(run_cli, "tasks", "--as-of", AFTER))
    assert rows["7@2025"]["status"] == "overdue"
    assert rows["7@2025"]["days_late"] == 0  # due 31/12/2025, the closing day itself
    assert rows["13"]["days_late"] == (date(2025, 12, 31) - date(2021, 9, 30)).days
    assert "terminated" not in {row["status"] for row in rows.values()}
    code, found = findings(run_cli, AFTER)
    assert (code, codes(found)) == (0, ["W319"])
    assert "31/12/2025" in found[0]["message"]


def test_while_the_plan_runs_overdue_is_still_an_error(run_cli: RunCli, data_dir: Path) -> None:
    code, found = findings(run_cli, "2025-06-30")
    assert code == 1
    assert "E301" in codes(found) and "W319" not in codes(found)


# ---------------------------------------------------------------------------------------------
# Extensions (gia hạn)


EXTENSION = """
period: "2021"
reported_on: 2021-09-20
tasks:
  "13":
    status: in_progress
    extended_to: 2022-06-30
    basis: "Công văn số 123/UBND-NC ngày 20/9/2021"
    explanation: "Chờ hướng dẫn của tỉnh"
"""


def test_an_extension_moves_the_due_date_from_the_reports_date_on(
    run_cli: RunCli, data_dir: Path
) -> None:
    write_yaml(data_dir, "progress/2021.yaml", EXTENSION)
    before = rows_by_key(as_json(run_cli, "tasks", "--as-of", "2021-09-19"))["13"]
    assert (before["due"], before["original_due"]) == ("2021-09-30", None)
    after = rows_by_key(as_json(run_cli, "tasks", "--as-of", "2021-10-15"))["13"]
    assert (after["due"], after["original_due"]) == ("2022-06-30", "2021-09-30")
    assert after["status"] == "open"
    late = rows_by_key(as_json(run_cli, "tasks", "--as-of", "2022-07-10"))["13"]
    assert (late["status"], late["days_late"]) == ("overdue", 10)


def test_a_later_report_without_extended_to_keeps_the_extension(
    run_cli: RunCli, data_dir: Path
) -> None:
    write_yaml(data_dir, "progress/2021.yaml", EXTENSION)
    write_yaml(
        data_dir,
        "progress/2022-Q1.yaml",
        """
        period: "2022-Q1"
        tasks:
          "13": {status: done, completed_on: 2022-03-01}
        """,
    )
    row = rows_by_key(as_json(run_cli, "tasks", "--as-of", "2022-12-31"))["13"]
    assert (row["status"], row["due"], row["original_due"]) == ("done", "2022-06-30", "2021-09-30")


@pytest.mark.parametrize(
    ("entry", "line"),
    [
        ("{status: in_progress, extended_to: 2022-06-30}", 3),
        ('{status: in_progress, basis: "Công văn số 1"}', 3),
        ('{status: in_progress, extended_to: 2022-13-01, basis: "Công văn số 1"}', 3),
    ],
)
def test_bad_extensions_are_e201_at_their_line(
    run_cli: RunCli, data_dir: Path, entry: str, line: int
) -> None:
    write_yaml(data_dir, "progress/2021.yaml", f'period: "2021"\ntasks:\n  "13": {entry}\n')
    code, found = findings(run_cli, "2021-08-05")
    assert code == 1
    assert [(f["code"], f["line"]) for f in found] == [("E201", line)]


# ---------------------------------------------------------------------------------------------
# Explanations (giải trình): W317 instead of E301/E302


def test_an_explained_overdue_occurrence_is_w317_not_e301(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/2021.yaml",
        """
        period: "2021"
        reported_on: 2021-12-01
        tasks:
          "13":
            status: in_progress
            explanation: "Chờ hướng dẫn của tỉnh"
        """,
    )
    _, found = findings(run_cli, "2021-12-05")
    explained = [f for f in found if f["code"] == "W317"]
    assert len(explained) == 1
    assert explained[0]["file"].endswith("2021.yaml") and explained[0]["line"] == 6
    assert "Chờ hướng dẫn của tỉnh" in explained[0]["message"]
    assert not any(f["code"] == "E301" and "13" in f["message"] for f in found)
    # Still overdue in every listing: acknowledged is not done.
    assert rows_by_key(as_json(run_cli, "tasks", "--as-of", "2021-12-05"))["13"]["status"] == (
        "overdue"
    )


def intermediate_target(data: Path) -> None:
    """lao_dong_qua_dao_tao due by 2023, so a missed target can be seen while the plan runs."""
    plan = data / "plan60.yaml"
    text = plan.read_text(encoding="utf-8")
    anchor = "    target: {kind: at_least, value: 70}\n    by: 2025\n"
    assert anchor in text
    plan.write_text(
        text.replace(anchor, "    target: {kind: at_least, value: 70}\n    by: 2023\n"),
        encoding="utf-8",
    )


def test_a_missed_target_is_e302_while_open_and_w317_when_explained(
    run_cli: RunCli, data_dir: Path
) -> None:
    intermediate_target(data_dir)
    report = (
        'period: "2023"\nreported_on: 2024-01-15\nindicators:\n'
        "  lao_dong_qua_dao_tao:\n    value: 65\n"
    )
    write_yaml(data_dir, "progress/2023.yaml", report)
    _, found = findings(run_cli, "2024-02-01")
    assert "E302" in codes(found)
    write_yaml(
        data_dir,
        "progress/2023.yaml",
        report + '    explanation: "Doanh nghiệp chậm tuyển dụng"\n',
    )
    _, found = findings(run_cli, "2024-02-01")
    assert "E302" not in codes(found)
    w317 = [f for f in found if f["code"] == "W317"]
    assert [f["line"] for f in w317] == [6]


# ---------------------------------------------------------------------------------------------
# Transfers (chuyển giao)


def test_a_transfer_is_final_and_shown_as_such(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/2025-H1.yaml",
        """
        period: "2025-H1"
        reported_on: 2025-06-28
        tasks:
          "7@2025":
            status: transferred
            to: [co_quan_lien_quan]
            transferred_on: 2025-06-30
        """,
    )
    rows = rows_by_key(as_json(run_cli, "tasks", "--as-of", "2025-06-30"))
    assert rows["7@2025"]["status"] == "transferred"
    board = as_json(run_cli, "status", "--as-of", "2025-06-30")
    assert board["tasks"]["transferred"] == 1


@pytest.mark.parametrize(
    ("entry", "code"),
    [
        ("{status: transferred, to: [so_khong_co], transferred_on: 2025-06-30}", "E220"),
        ("{status: transferred, to: [co_quan_lien_quan]}", "E201"),
        ("{status: transferred, transferred_on: 2025-06-30}", "E201"),
        ("{status: in_progress, to: [co_quan_lien_quan]}", "E201"),
    ],
)
def test_bad_transfers_get_findings(run_cli: RunCli, data_dir: Path, entry: str, code: str) -> None:
    write_yaml(data_dir, "progress/2025.yaml", f'period: "2025"\ntasks:\n  "7": {entry}\n')
    exit_code, found = findings(run_cli, "2021-08-05")
    assert exit_code == 1
    assert [(f["code"], f["line"]) for f in found] == [(code, 3)]


# ---------------------------------------------------------------------------------------------
# Indicators after their target year


def indicator_rows(run_cli: RunCli, as_of: str) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in as_json(run_cli, "indicators", "--as-of", as_of)}


def test_verdicts_after_the_target_year(run_cli: RunCli, data_dir: Path) -> None:
    without_ended(data_dir)
    write_yaml(
        data_dir,
        "progress/2023.yaml",
        """
        period: "2023"
        indicators:
          lao_dong_qua_dao_tao: {value: 60}
          hoc_sinh_thcs: {value: 98}
          hoc_sinh_tieu_hoc: {value: 100}
          tu_van_huong_nghiep: {value: 80}
        """,
    )
    write_yaml(
        data_dir,
        "progress/2025.yaml",
        """
        period: "2025"
        indicators:
          hoc_sinh_thcs: {value: 98.5}
        """,
    )
    rows = indicator_rows(run_cli, AFTER)
    assert rows["hoc_sinh_tieu_hoc"]["status"] == "achieved"
    assert rows["hoc_sinh_thcs"]["status"] == "missed"  # a figure from 2025, below 99
    # Two figures, none from 2025: the target year cannot be judged.
    assert rows["lao_dong_qua_dao_tao"]["status"] == "not_assessable"
    assert rows["tu_van_huong_nghiep"]["status"] == "not_assessable"  # even with one figure
    assert rows["cbccvc_dat_chuan"]["status"] == "no_data"
    assert all(row["projected"] is None for row in rows.values() if row["by"] == 2025)
    # The 2030 target is still open on a plan that did not end.
    assert rows["can_bo_khoa_hoc_van_dan"]["status"] == "no_data"


def test_an_ended_plan_closes_its_2030_target_too(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/2023.yaml",
        """
        period: "2023"
        indicators:
          can_bo_khoa_hoc_van_dan: {value: 5}
        """,
    )
    write_yaml(
        data_dir,
        "progress/2024.yaml",
        """
        period: "2024"
        indicators:
          can_bo_khoa_hoc_van_dan: {value: 6}
        """,
    )
    open_row = indicator_rows(run_cli, "2025-06-30")["can_bo_khoa_hoc_van_dan"]
    assert open_row["projected"] is not None
    row = indicator_rows(run_cli, AFTER)["can_bo_khoa_hoc_van_dan"]
    assert (row["status"], row["projected"]) == ("not_assessable", None)


def test_explain_and_table_show_no_projection_after_the_target_year(
    run_cli: RunCli, data_dir: Path
) -> None:
    without_ended(data_dir)
    for year, value in (("2023", 60), ("2024", 64)):
        write_yaml(
            data_dir,
            f"progress/{year}.yaml",
            f'period: "{year}"\nindicators:\n  lao_dong_qua_dao_tao: {{value: {value}}}\n',
        )
    table = run_cli(["indicators", "--as-of", AFTER, "--group", "b"]).stdout
    line = next(line for line in table.splitlines() if line.startswith("Tỷ lệ lao động"))
    assert "không đánh giá" in line  # the status word, wrapped in its column
    assert "72" not in line  # the pace would project 72 by 2025, which nobody can now reach
    explained = run_cli(["indicators", "--as-of", AFTER, "--explain", "--lang", "en"]).stdout
    assert "Projected for the end of 2025" not in explained


# ---------------------------------------------------------------------------------------------
# Plausibility warnings W321-W325 and the % target


@pytest.mark.parametrize(
    ("report", "code", "line"),
    [
        # W321: completed after the report's own date
        (
            'period: "2022"\nreported_on: 2022-03-01\ntasks:\n'
            '  "3": {status: done, completed_on: 2022-03-28}\n',
            "W321",
            4,
        ),
        # W321: completed before the plan existed
        (
            'period: "2021"\ntasks:\n  "6": {status: done, completed_on: 2021-01-15}\n',
            "W321",
            3,
        ),
        # W322: measured after the report's date
        (
            'period: "2022"\nreported_on: 2022-06-01\nindicators:\n'
            "  lao_dong_qua_dao_tao: {value: 66, as_of: 2022-09-30}\n",
            "W322",
            4,
        ),
        # W322: measured more than a year outside the report's period
        (
            'period: "2024"\nindicators:\n  lao_dong_qua_dao_tao: {value: 66, as_of: 2021-12-31}\n',
            "W322",
            3,
        ),
        # W324: a fraction typed for a percentage
        ('period: "2022"\nindicators:\n  lao_dong_qua_dao_tao: {value: 0.665}\n', "W324", 3),
        # W325: a period outside 2021-2030
        ('period: "2031"\nindicators:\n  lao_dong_qua_dao_tao: {value: 66}\n', "W325", 1),
    ],
)
def test_plausibility_warnings_at_their_line(
    run_cli: RunCli, data_dir: Path, report: str, code: str, line: int
) -> None:
    write_yaml(data_dir, "progress/r.yaml", report)
    _, found = findings(run_cli, "2021-08-05")
    mine = [(f["code"], f["line"]) for f in found if f["code"] == code]
    assert mine == [(code, line)], found


def test_w323_a_later_report_reopens_a_done_occurrence(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/2022-Q1.yaml",
        'period: "2022-Q1"\ntasks:\n  "3": {status: done, completed_on: 2022-03-28}\n',
    )
    write_yaml(
        data_dir,
        "progress/2022-Q2.yaml",
        'period: "2022-Q2"\ntasks:\n  "3": {status: in_progress}\n',
    )
    _, found = findings(run_cli, "2022-07-01")
    reopened = [f for f in found if f["code"] == "W323"]
    assert [(f["file"][-12:], f["line"]) for f in reopened] == [("2022-Q2.yaml", 3)]
    assert "2022-Q1.yaml:3" in reopened[0]["message"]


def test_a_percent_target_outside_0_100_is_e201(run_cli: RunCli, data_dir: Path) -> None:
    plan = data_dir / "plan60.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("target: {kind: at_least, value: 70}", "target: {kind: at_least, value: 700}"),
        encoding="utf-8",
    )
    code, found = findings(run_cli, "2021-08-05")
    assert code == 1
    assert codes(found) == ["E201"]
    assert text.splitlines()[found[0]["line"] - 1].strip().startswith("target:")


# ---------------------------------------------------------------------------------------------
# Plan-level mistakes in the lifecycle fields


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("  date: 2025-06-30\n", "  date: 2025-13-30\n", "E201"),
        ('  basis: "Luật Tổ chức', '  reason2: "Luật Tổ chức', "E201"),
        (
            "  - id: gd_dt\n",
            "  - id: gd_dt\n    successors: [{agency: so_khong_co, basis: QĐ 1}]\n",
            "E220",
        ),
        ("  date: 2025-06-30\n", "  date: 2021-01-01\n", "E201"),
    ],
)
def test_bad_lifecycle_fields_in_the_plan(
    run_cli: RunCli, data_dir: Path, old: str, new: str, code: str
) -> None:
    plan = data_dir / "plan60.yaml"
    text = plan.read_text(encoding="utf-8")
    assert old in text
    plan.write_text(text.replace(old, new, 1), encoding="utf-8")
    exit_code, found = findings(run_cli, "2021-08-05")
    assert exit_code == 1
    assert code in codes(found)


def test_explain_says_why_a_closed_target_is_not_assessable(
    run_cli: RunCli, data_dir: Path
) -> None:
    for year, value in (("2022", 5), ("2024", 6)):
        write_yaml(
            data_dir,
            f"progress/{year}.yaml",
            f'period: "{year}"\nindicators:\n  can_bo_khoa_hoc_van_dan: {{value: {value}}}\n',
        )
    text = run_cli(["indicators", "--as-of", AFTER, "--explain", "--group", "b"]).stdout
    block = text.split("can_bo_khoa_hoc_van_dan —")[1]
    assert "30/06/2025" in block and "năm 2030" in block
    assert "không đánh giá được" in block
