"""`nhanluc new PERIOD`: a report with blanks that loads clean, written once and atomically."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import PLAN_FILE, RunCli, folder_digest, write_yaml
from nhanluc_cli.cli.progress_files import write_new_file
from nhanluc_cli.drafts.progress_report import pending_occurrences, progress_template
from nhanluc_cli.loading.loader import load_plan, load_report
from nhanluc_cli.plan.model import Plan
from nhanluc_cli.store.dataset import load_dataset
from nhanluc_cli.store.workspace import locate


@pytest.fixture(scope="module")
def plan() -> Plan:

    loaded, findings = load_plan(PLAN_FILE, "plan60.yaml")
    assert loaded is not None and not findings
    return loaded.plan


def data_findings(data: Path) -> list[str]:
    dataset = load_dataset(locate(data, None, data.parent), data.parent)
    return [f"{f.file}:{f.line} {f.code} {f.key}" for f in dataset.findings]


# ---------------------------------------------------------------------------------------------
# The command


def test_writes_a_report_that_loads_without_findings(run_cli: RunCli, data_dir: Path) -> None:
    result = run_cli(["new", "2022"])
    assert result.exit_code == 0, result.output
    written = data_dir / "progress" / "2022.yaml"
    assert "data/progress/2022.yaml" in result.stdout
    text = written.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../schema/progress.schema.json\n")
    assert 'period: "2022"\n' in text
    assert "\nreported_on:" in text
    loaded, findings = load_report(written, "2022.yaml")
    assert findings == [] and loaded is not None
    assert data_findings(data_dir) == []
    # Every indicator is there, every value blank: null means "not reported".
    assert len(loaded.report.indicators) == 19
    assert all(
        entry is not None and not entry.is_reported for entry in loaded.report.indicators.values()
    )
    assert all(entry is not None and entry.status is None for entry in loaded.report.tasks.values())


def test_lists_occurrences_due_by_the_period_end_and_not_yet_settled(
    run_cli: RunCli, data_dir: Path
) -> None:
    # Task 3 (Quý I/2022) was done in time, task 4 (Quý I/2022) done late, task 14 cancelled;
    # task 5 (Quý II/2022) is after the end of 2022-Q1, so it is not asked for yet.
    write_yaml(
        data_dir / "progress",
        "2022-Q1-early.yaml",
        """
        period: "2022-Q1"
        reported_on: 2022-03-30
        tasks:
          "3": {status: done, completed_on: 2022-03-28}
          "4": {status: done, completed_on: 2022-04-05}
          "14": {status: cancelled, note: "Gộp vào nhiệm vụ 7"}
          "6": {status: in_progress}
        """,
    )
    assert run_cli(["new", "2022-Q1"]).exit_code == 0
    loaded, findings = load_report(data_dir / "progress" / "2022-Q1.yaml", "2022-Q1.yaml")
    assert loaded is not None and findings == []
    keys = list(loaded.report.tasks)
    # "4" is listed: done on 05/04/2022 is not known on 31/03/2022, the period's end.
    assert "3" not in keys and "14" not in keys and "5" not in keys
    assert {"4", "6", "13", "III.1@2021", "7@2021"} <= set(keys)
    text = (data_dir / "progress" / "2022-Q1.yaml").read_text(encoding="utf-8")
    assert "Báo cáo trước: in_progress" in text  # what the last report said about task 6
    # Completed after the report that says so: allowed, but worth a second look (§9.4).
    assert data_findings(data_dir) == [
        "data/progress/2022-Q1-early.yaml:5 W321 plausible.after_report"
    ]


def test_refuses_to_overwrite_and_leaves_the_file_byte_identical(
    run_cli: RunCli, data_dir: Path
) -> None:
    existing = write_yaml(data_dir / "progress", "2022.yaml", 'period: "2022"\n# tay tôi viết\n')
    before = folder_digest(data_dir)
    result = run_cli(["new", "2022"])
    assert result.exit_code == 1
    assert "data/progress/2022.yaml" in result.stderr
    assert "ghi đè" in result.stderr  # "never overwrites", in Vietnamese by default
    assert folder_digest(data_dir) == before
    assert existing.read_text(encoding="utf-8") == 'period: "2022"\n# tay tôi viết\n'


@pytest.mark.parametrize(
    "period", ["2022-Q5", "22", "2022-13", "２０２２", "../2022", "Quý V/2022"]
)
def test_a_malformed_period_is_a_usage_error(run_cli: RunCli, data_dir: Path, period: str) -> None:
    before = folder_digest(data_dir)
    result = run_cli(["new", period])
    assert result.exit_code == 2
    assert folder_digest(data_dir) == before


def test_the_bundled_plan_is_never_written_to(run_cli: RunCli, tmp_path: Path) -> None:
    # No ./data here: the plan in use is the one inside the package.
    result = run_cli(["new", "2022", "--lang", "en"])
    assert result.exit_code == 2
    assert "--data" in result.stderr


def test_an_unwritable_place_is_an_error_not_a_traceback(
    run_cli: RunCli, tmp_path: Path, data_dir: Path
) -> None:
    # progress/ is a regular file: even root cannot create a file inside it.
    (data_dir / "progress").rmdir()
    (data_dir / "progress").write_text("", encoding="utf-8")
    before = folder_digest(data_dir)
    result = run_cli(["new", "2022", "--data", str(data_dir), "--lang", "en"])
    assert result.exit_code == 1
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.stderr
    assert folder_digest(data_dir) == before


def test_a_broken_report_is_named_but_does_not_stop_new(run_cli: RunCli, data_dir: Path) -> None:
    # Someone else's report is wrong: that is `check`'s business, not a reason to refuse a blank.
    write_yaml(
        data_dir / "progress", "bad.yaml", 'period: "2022"\ntasks:\n  "99": {status: in_progress}\n'
    )
    write_yaml(data_dir / "progress", "broken.yaml", 'period: "2022"\ntasks: [\n')
    write_yaml(
        data_dir / "progress",
        "2021.yaml",
        'period: "2021"\ntasks:\n  "13": {status: done, completed_on: 2021-09-20}\n',
    )
    result = run_cli(["new", "2023", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert (
        "Note: 2 progress report(s) have errors and were left out of the template: "
        "data/progress/bad.yaml, data/progress/broken.yaml. Run `nhanluc check` for details."
    ) in result.stderr.splitlines()
    text = (data_dir / "progress" / "2023.yaml").read_text(encoding="utf-8")
    assert '\n  "13":' not in text  # the sound report was read: task 13 is done
    assert '\n  "3":' in text
    assert "Wrote data/progress/2023.yaml" in result.stdout


def test_a_broken_plan_stops_new_with_its_findings(run_cli: RunCli, data_dir: Path) -> None:
    plan = data_dir / "plan60.yaml"
    plan.write_text(plan.read_text(encoding="utf-8") + "unknown_field: 1\n", encoding="utf-8")
    before = folder_digest(data_dir)
    result = run_cli(["new", "2023"])
    assert result.exit_code == 1
    assert "data/plan60.yaml:" in result.stderr and "E201" in result.stderr
    assert folder_digest(data_dir) == before


@pytest.mark.parametrize("period", ["2020", "2020-Q4", "2031", "2031-01"])
def test_a_period_outside_the_plan_is_refused(run_cli: RunCli, data_dir: Path, period: str) -> None:
    before = folder_digest(data_dir)
    result = run_cli(["new", period, "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"nhanluc: the period {period} lies outside the plan's period (2021-2025, outlook to "
        "2030). Pick a period from 2021 to 2030."
    )
    assert folder_digest(data_dir) == before


@pytest.mark.parametrize("period", ["2021", "2025-H2", "2030-12"])
def test_the_period_and_the_horizon_are_inside(
    run_cli: RunCli, data_dir: Path, period: str
) -> None:
    assert run_cli(["new", period]).exit_code == 0


def test_points_the_schema_line_at_the_repositorys_schema(run_cli: RunCli, tmp_path: Path) -> None:
    # The plan at the repository's root (no data/ level): the schema is one folder up, not two.
    (tmp_path / ".git").mkdir()
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "progress.schema.json").write_text("{}", encoding="utf-8")

    (tmp_path / "plan60.yaml").write_bytes(PLAN_FILE.read_bytes())
    assert run_cli(["new", "2023", "--data", str(tmp_path)]).exit_code == 0
    first_line = (tmp_path / "progress" / "2023.yaml").read_text(encoding="utf-8").split("\n")[0]
    assert first_line == "# yaml-language-server: $schema=../schema/progress.schema.json"


# ---------------------------------------------------------------------------------------------
# Writing atomically


def test_write_new_file_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "progress" / "2022.yaml"
    assert write_new_file(target, "period: '2022'\n") is True
    assert sorted(p.name for p in target.parent.iterdir()) == ["2022.yaml"]
    assert target.read_text(encoding="utf-8") == "period: '2022'\n"


def test_write_new_file_never_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "2022.yaml"
    target.write_bytes(b"old")
    assert write_new_file(target, "new") is False
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2022.yaml"]


def test_write_new_file_cleans_up_when_the_link_step_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file system without hard links: the rename path is taken, and still no temporary file.
    def no_links(source: object, destination: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr("os.link", no_links)
    target = tmp_path / "2022.yaml"
    assert write_new_file(target, "text") is True
    assert target.read_text(encoding="utf-8") == "text"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2022.yaml"]


# ---------------------------------------------------------------------------------------------
# The template on its own


def test_template_for_a_month_before_any_deadline(plan: Plan) -> None:
    pending = pending_occurrences(plan, [], "2021-08")
    assert pending == []  # the first due date is 30/09/2021
    text = progress_template(plan, "2021-08", pending)
    assert "Không có nhiệm vụ nào đến hạn đến ngày 31/08/2021" in text
    assert text.rstrip().endswith("tasks:")


def test_template_comments_say_name_unit_and_target(plan: Plan) -> None:
    text = progress_template(plan, "2022", pending_occurrences(plan, [], "2022"))
    assert "    # Tỷ lệ lao động qua đào tạo\n" in text
    assert "    # Đơn vị: %; mục tiêu: ≥ 70% đến năm 2025.\n" in text
    assert "mục tiêu: 10-12 trên vạn dân đến năm 2025." in text
    assert "assessment:     # achieved (đạt) | in_progress" in text
    assert "status:         # not_started | in_progress | done | cancelled" in text
    assert all(len(line) <= 100 for line in text.splitlines())
