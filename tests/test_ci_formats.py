"""`check --format github|junit`: annotations GitHub reads back intact, a step summary, JUnit XML.

The GitHub runner splits `::command k=v,k=v::message` on "::" and "," and then undoes the
toolkit's escapes (actions/runner ActionCommand.cs); `parse_command` below does the same, so a
comma, colon, newline or percent sign that was not escaped shows up as a wrong field here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from conftest import PLAN_DAY, RunCli, write_yaml
from nhanluc_cli.findings import Finding
from nhanluc_cli.render import ci
from nhanluc_cli.render.findings import full_message

# ---------------------------------------------------------------------------------------------
# What the runner does with a command line


def _unescape_data(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def _unescape_property(text: str) -> str:
    return (
        text.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
    )


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    assert line.startswith("::") and "\n" not in line and "\r" not in line
    head, _, message = line[2:].partition("::")
    command, _, props = head.partition(" ")
    properties = {}
    for pair in props.split(",") if props else []:
        key, _, value = pair.partition("=")
        properties[key] = _unescape_property(value)
    return command, properties, _unescape_data(message)


def syntax_finding(file: str, problem: str, code: str = "E102", line: int = 3) -> Finding:
    """A finding whose message carries `problem` verbatim (a deadline as the plan words it)."""
    return Finding(code, "deadline.unparseable", file, line, 7, "tasks.3", {"text": problem})


def due_soon() -> Finding:
    args = {"task": "13", "due": date(2021, 9, 30), "days": None, "left": 15}
    return Finding("W311", "task.due_soon", "data/plan60.yaml", 355, 5, "tasks.13", args)


# ---------------------------------------------------------------------------------------------
# Escaping, as @actions/core escapes


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("50%", "50%25", "50%25"),
        ("a,b", "a,b", "a%2Cb"),
        ("C:\\data", "C:\\data", "C%3A\\data"),
        ("one\ntwo\r\n", "one%0Atwo%0D%0A", "one%0Atwo%0D%0A"),
        ("%0A", "%250A", "%250A"),  # an escape-looking text stays text
    ],
)
def test_escaping_matches_the_toolkit(raw: str, data: str, prop: str) -> None:
    assert ci.escape_data(raw) == data
    assert ci.escape_property(raw) == prop


def test_annotation_fields_survive_commas_colons_newlines_and_percent_signs() -> None:
    file = "data/progress/báo cáo, quý 1: 50%.yaml"
    problem = "found ':' at 50%, expected\nsomething else"
    finding = syntax_finding(file, problem)
    line = ci.github_annotation(finding, "en")
    command, properties, message = parse_command(line)
    assert command == "error"
    assert properties == {"file": file, "line": "3", "col": "7", "title": "E102"}
    assert message == full_message(finding, "en")
    assert problem in message


def test_warnings_are_warning_commands() -> None:
    finding = due_soon()
    command, properties, _ = parse_command(ci.github_annotation(finding, "vi"))
    assert command == "warning"
    assert properties["title"] == "W311"


def test_one_command_per_finding_and_nothing_when_clean() -> None:
    findings = [syntax_finding("a.yaml", "x\ny"), syntax_finding("b.yaml", "z")]
    assert len(ci.render("github", findings, "vi").splitlines()) == 2
    assert ci.render("github", [], "vi") == ""


# ---------------------------------------------------------------------------------------------
# The step summary


def test_summary_is_a_table_of_every_finding_with_pipes_escaped() -> None:
    findings = [syntax_finding(f"data/progress/{n}.yaml", "a | b\nc") for n in range(60)]
    markdown = ci.step_summary_markdown(findings, "en")
    rows = [line for line in markdown.splitlines() if line.startswith("| data/")]
    assert len(rows) == 60  # no cap, unlike annotations
    # The pipe does not end the cell, nor the newline the row.
    assert "a \\| b c" in rows[0]
    header = next(line for line in markdown.splitlines() if line.startswith("| File"))
    cell_borders = re.compile(r"(?<!\\)\|")
    assert len(cell_borders.findall(header)) == len(cell_borders.findall(rows[0])) == 7
    assert "60 errors, 0 warnings." in markdown


def test_summary_stays_under_githubs_size_limit() -> None:
    findings = [syntax_finding(f"data/progress/{n}.yaml", "x" * 200) for n in range(10)]
    markdown = ci.step_summary_markdown(findings, "en", budget=1500)
    assert len(markdown.encode()) <= 1500 + 200  # the budget, plus the line saying what is left out
    rows = [line for line in markdown.splitlines() if line.startswith("| data/")]
    assert 0 < len(rows) < 10
    assert markdown.rstrip().endswith(
        f"… and {10 - len(rows)} more findings: the step's log has the full list."
    )


def test_summary_without_findings_says_so() -> None:
    assert "Không có lỗi hay cảnh báo." in ci.step_summary_markdown([], "vi")


def test_check_appends_the_summary_where_github_says(
    run_cli: RunCli, data_dir: Path, tmp_path: Path
) -> None:
    write_yaml(data_dir / "progress", "2022.yaml", 'period: "2022"\nreported_at: 2023-01-15\n')
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    result = run_cli(
        ["check", "--format", "github", "--as-of", PLAN_DAY],
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )
    assert result.exit_code == 1
    command, properties, _ = parse_command(result.stdout.splitlines()[0])
    assert (command, properties["file"], properties["title"]) == (
        "error",
        "data/progress/2022.yaml",
        "E201",
    )
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n### ")  # appended, not replaced
    assert "| data/progress/2022.yaml | 2 | 1 | lỗi | E201 |" in text


def test_no_summary_file_without_the_variable(run_cli: RunCli, data_dir: Path) -> None:
    result = run_cli(["check", "--format", "github", "--as-of", PLAN_DAY])
    assert result.exit_code == 0
    assert result.stdout == ""
    assert sorted(p.name for p in data_dir.parent.iterdir()) == ["data"]


def test_an_unwritable_summary_is_said_and_changes_nothing_else(
    run_cli: RunCli, data_dir: Path, tmp_path: Path
) -> None:
    result = run_cli(
        ["check", "--format", "github", "--as-of", PLAN_DAY, "--lang", "en"],
        env={"GITHUB_STEP_SUMMARY": str(tmp_path / "no" / "such" / "folder.md")},
    )
    assert result.exit_code == 0
    assert "cannot append the summary" in result.stderr


# ---------------------------------------------------------------------------------------------
# JUnit


def parse_junit(text: str) -> ET.Element:
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(text.encode("utf-8"))
    suites = root.findall("testsuite")
    assert root.tag == "testsuites" and len(suites) == 1
    assert suites[0].get("name") == "nhanluc check"
    return suites[0]


def test_junit_has_one_testcase_per_finding_with_the_message_in_the_body() -> None:
    error = syntax_finding("data/progress/a, b.yaml", "bad <tag> & 50%")
    warning = due_soon()
    suite = parse_junit(ci.render("junit", [error, warning], "vi"))
    cases = suite.findall("testcase")
    assert len(cases) == 2 and suite.get("tests") == "2" and suite.get("failures") == "1"
    first, second = cases
    assert first.get("classname") == "data/progress/a, b.yaml"
    assert first.get("name") == "E102 3:7"
    failure = first.find("failure")
    assert failure is not None
    message = full_message(error, "vi")
    assert failure.get("message") == message and failure.get("type") == "E102"
    assert failure.text is not None and message in failure.text  # GitLab shows only the body
    assert "data/progress/a, b.yaml:3:7" in failure.text
    # A warning is shown, but does not fail the suite (check exits 0 on warnings)...
    assert second.find("failure") is None
    out = second.find("system-out")
    assert out is not None and out.text is not None and "W311" in out.text


def test_junit_strict_turns_warnings_into_failures() -> None:
    warning = due_soon()
    suite = parse_junit(ci.render("junit", [warning], "en", strict=True))
    failure = suite.find("testcase/failure")
    assert failure is not None and failure.get("type") == "W311"
    assert suite.get("failures") == "1"


def test_junit_without_findings_has_one_passing_test() -> None:
    suite = parse_junit(ci.render("junit", [], "vi"))
    cases = suite.findall("testcase")
    assert [case.get("name") for case in cases] == ["nhanluc check"]
    assert cases[0].find("failure") is None
    assert suite.get("tests") == "1" and suite.get("failures") == "0"


def test_junit_survives_characters_xml_cannot_hold() -> None:
    finding = syntax_finding("a.yaml", "bell \x07 and escape \x1b")
    suite = parse_junit(ci.render("junit", [finding], "en"))
    failure = suite.find("testcase/failure")
    assert failure is not None and "bell \ufffd and escape \ufffd" in (failure.text or "")


def test_check_junit_exit_codes_follow_check(run_cli: RunCli, data_dir: Path) -> None:
    clean = run_cli(["check", "--format", "junit", "--as-of", PLAN_DAY])
    assert clean.exit_code == 0
    assert parse_junit(clean.stdout).get("failures") == "0"
    # 15/09/2021: task 13 is due on 30/09/2021, a warning; --strict makes it fail.
    soon = run_cli(["check", "--format", "junit", "--as-of", "2021-09-15"])
    assert soon.exit_code == 0
    assert "W311" in soon.stdout
    strict = run_cli(["check", "--format", "junit", "--as-of", "2021-09-15", "--strict"])
    assert strict.exit_code == 1
    assert parse_junit(strict.stdout).get("failures") == "1"
    write_yaml(data_dir / "progress", "x.yaml", 'period: "2022-Q5"\n')
    broken = run_cli(["check", "--format", "junit", "--as-of", PLAN_DAY])
    assert broken.exit_code == 1
    assert parse_junit(broken.stdout).find("testcase/failure") is not None
