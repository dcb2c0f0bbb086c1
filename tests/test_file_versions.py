"""What a file says about the program that reads it (contract §20): `requires:` and E105, and
the field names YAML 1.1 would read as booleans, still read under their old names with W329."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import RunCli, write_yaml
from nhanluc_cli import __version__
from nhanluc_cli.plan.requires import parse_requirement, release_of, satisfies, shown


def check_json(run_cli: RunCli, *args: str) -> tuple[int, list[dict[str, Any]]]:
    result = run_cli(["check", "--format", "json", "--as-of", "2025-07-01", *args])
    return result.exit_code, json.loads(result.stdout)["findings"]


# ---------------------------------------------------------------------------------------------
# requires / E105


@pytest.mark.parametrize(
    ("text", "version", "holds"),
    [
        (">=0.2", "0.2.0", True),
        (">=0.4", "0.2.0", False),
        ("0.2", "0.2.0", True),  # a bare version is a minimum
        (">=0.2,<1", "1.0.0", False),
        (">0.2", "0.2.0", False),  # 0.2 == 0.2.0
        ("==0.2", "0.2.0", True),
        ("!=0.2.0", "0.2.0", False),
        ("≥ 0.2", "0.3.1", True),
        ("<=0.1.9", "0.2.0rc1", False),
    ],
)
def test_requirements(text: str, version: str, holds: bool) -> None:
    clauses = parse_requirement(text)
    assert clauses is not None
    assert satisfies(version, clauses) is holds


@pytest.mark.parametrize("text", ["", ">=", "0.4a", ">>0.4", "mới nhất", ">=0.4;<1", "1.2.3.4"])
def test_not_requirements(text: str) -> None:
    assert parse_requirement(text) is None


def test_shown_and_release() -> None:
    assert shown(parse_requirement(">=0.4,<1") or ()) == "≥ 0.4, < 1"
    assert release_of("0+unknown") == (0,)
    assert release_of("1.2.0rc1") == (1, 2, 0)


def test_a_plan_needing_a_newer_nhanluc_gets_one_finding_not_a_list(
    run_cli: RunCli, data_dir: Path
) -> None:
    plan = data_dir / "plan60.yaml"
    text = plan.read_text(encoding="utf-8").replace('requires: ">=0.2"', 'requires: ">=9.4"')
    # ... and fields a later version would know: none of them is reported on its own.
    text = text.replace("\nid: ", "\nreporting: {every: quarter}\nmeasures: []\nid: ", 1)
    plan.write_text(text, encoding="utf-8")
    code, findings = check_json(run_cli)
    assert code == 1
    assert [(f["code"], f["file"]) for f in findings] == [("E105", "data/plan60.yaml")]
    (finding,) = findings
    line = text.splitlines()[finding["line"] - 1]
    assert line.startswith("requires:") and finding["column"] == len("requires: ") + 1
    assert finding["message"].startswith(f"tệp này cần nhanluc ≥ 9.4; đang dùng {__version__}.")
    english = run_cli(["check", "--lang", "en", "--as-of", "2025-07-01"])
    assert f"this file needs nhanluc ≥ 9.4; the one running is {__version__}" in english.stdout
    status = run_cli(["status", "--as-of", "2025-07-01"])
    assert status.exit_code == 1 and "E105" in status.stderr


def test_a_plan_needing_a_newer_nhanluc_speaks_for_its_reports(
    run_cli: RunCli, data_dir: Path
) -> None:
    plan = data_dir / "plan60.yaml"
    text = plan.read_text(encoding="utf-8").replace('requires: ">=0.2"', 'requires: ">=9.4"')
    plan.write_text(text, encoding="utf-8")
    # Written for 9.4 as well: a field this version has never heard of, and a real mistake.
    write_yaml(data_dir, "progress/a.yaml", 'period: "2022"\nreporting_round: 2\n')
    write_yaml(data_dir, "progress/b.yaml", 'period: "2022"\ntasks: [\n')
    code, findings = check_json(run_cli)
    assert code == 1
    assert [(f["code"], f["file"]) for f in findings] == [
        ("E105", "data/plan60.yaml"),
        ("E102", "data/progress/b.yaml"),
    ]


def test_a_report_may_say_what_it_needs(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/2025-H1.yaml",
        """
        requires: ">=0.9"
        period: "2025-H1"
        new_section_of_0_9: {}
        tasks:
          "3": {status: done, completed_on: 2025-05-01, new_field: x}
        """,
    )
    code, findings = check_json(run_cli)
    assert code == 1
    assert [(f["code"], f["line"]) for f in findings if f["file"].endswith("2025-H1.yaml")] == [
        ("E105", 1)
    ]


def test_a_requirement_met_is_silent(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(data_dir, "progress/2025-H1.yaml", 'requires: ">=0.2"\nperiod: "2025-H1"\n')
    code, findings = check_json(run_cli)
    assert code == 0
    assert not [f for f in findings if f["code"] in ("E105", "E201")]


def test_a_bad_requirement_is_e201_at_its_line(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(data_dir, "progress/2025-H1.yaml", 'period: "2025-H1"\nrequires: "mới nhất"\n')
    code, findings = check_json(run_cli)
    assert code == 1
    (bad,) = [f for f in findings if f["file"].endswith("2025-H1.yaml")]
    assert (bad["code"], bad["line"], bad["column"]) == ("E201", 2, 11)
    assert '`requires: "mới nhất"` không đúng dạng' in bad["message"]


def test_the_bundled_plan_states_what_it_needs() -> None:
    from conftest import REPO

    text = (REPO / "data" / "plan60.yaml").read_text(encoding="utf-8")
    assert '\nrequires: ">=0.2"\n' in text
    clauses = parse_requirement(">=0.2")
    assert clauses is not None and satisfies(__version__, clauses)


# ---------------------------------------------------------------------------------------------
# ended.date, transferred_on; the old names with W329


def test_the_old_end_date_name_still_reads_with_w329(run_cli: RunCli, data_dir: Path) -> None:
    plan = data_dir / "plan60.yaml"
    text = plan.read_text(encoding="utf-8").replace(
        "\n  date: 2025-06-30\n", "\n  on: 2025-06-30\n"
    )
    plan.write_text(text, encoding="utf-8")
    code, findings = check_json(run_cli)
    assert code == 0
    (renamed,) = [f for f in findings if f["code"] == "W329"]
    line = text.splitlines()[renamed["line"] - 1]
    assert line == "  on: 2025-06-30" and renamed["column"] == 3
    assert renamed["severity"] == "warning"
    assert renamed["message"].startswith("tên trường `on` nay là `date`")
    # The plan still ended on that day: the figures are the same as with the new name.
    board = json.loads(run_cli(["status", "--format", "json", "--as-of", "2026-01-01"]).stdout)
    assert board["closed"]["on"] == "2025-06-30"
    assert run_cli(["check", "--strict", "--as-of", "2025-07-01"]).exit_code == 1


def test_the_old_transfer_date_name_still_reads_with_w329(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/2025-H1.yaml",
        """
        period: "2025-H1"
        reported_on: 2025-06-30
        tasks:
          "7@2025":
            status: transferred
            to: [co_quan_lien_quan]
            on: 2025-06-30
        """,
    )
    code, findings = check_json(run_cli)
    assert code == 0, findings
    (renamed,) = [f for f in findings if f["code"] == "W329"]
    assert (renamed["file"], renamed["line"], renamed["column"]) == (
        "data/progress/2025-H1.yaml",
        7,
        5,
    )
    assert "`transferred_on`" in renamed["message"]
    rows = json.loads(run_cli(["tasks", "--format", "json", "--as-of", "2025-07-01"]).stdout)
    assert {r["status"] for r in rows if r["task"] == "7" and r["year"] == 2025} == {"transferred"}


def test_a_later_finding_about_the_old_field_points_at_its_line(
    run_cli: RunCli, data_dir: Path
) -> None:
    # W321: a handover dated after the report that states it; found under the new name.
    write_yaml(
        data_dir,
        "progress/2025-H1.yaml",
        """
        period: "2025-H1"
        reported_on: 2025-06-01
        tasks:
          "7@2025":
            status: transferred
            to: [co_quan_lien_quan]
            on: 2025-06-30
        """,
    )
    _, findings = check_json(run_cli)
    assert ("W321", 7) in {(f["code"], f["line"]) for f in findings}


def test_both_names_at_once_is_an_unknown_field(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(
        data_dir,
        "progress/2025-H1.yaml",
        """
        period: "2025-H1"
        tasks:
          "7@2025":
            status: transferred
            to: [co_quan_lien_quan]
            transferred_on: 2025-06-30
            on: 2025-06-30
        """,
    )
    code, findings = check_json(run_cli)
    assert code == 1
    assert ("E201", 7) in {(f["code"], f["line"]) for f in findings}
