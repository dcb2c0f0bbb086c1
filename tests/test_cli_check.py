"""`nhanluc check` as users and CI see it: exit codes, the JSON shape, text with a caret,
languages, --strict/--ignore, and where the data comes from (contract §1, §4.1, §5).

The CLI runs in-process from a scratch folder (see conftest.run_cli); the last test runs a real
interpreter to prove `nhanluc --version` imports none of the heavy libraries.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from conftest import PLAN_DAY, REPO, RunCli, make_data_dir, write_yaml
from nhanluc_cli.checks import as_of
from nhanluc_cli.findings import Finding
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport

# Line 4, column 12: the 120.
OVER_100 = """
period: "2022"
indicators:
  lao_dong_qua_dao_tao:
    value: 120
"""


def check(run_cli: RunCli, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = run_cli(["check", "--as-of", PLAN_DAY, *args], env=env)
    return result.exit_code, result.stdout, result.stderr


def check_json(run_cli: RunCli, *args: str) -> tuple[int, dict[str, object]]:
    code, stdout, _ = check(run_cli, "--format", "json", *args)
    return code, json.loads(stdout)  # stdout holds the JSON document and nothing else


# ---------------------------------------------------------------------------------------------
# Exit codes


def test_repository_data_checks_clean(run_cli: RunCli, monkeypatch: pytest.MonkeyPatch) -> None:
    """The "done when" of the foundation: `nhanluc check --as-of 2021-08-05` exits 0."""
    monkeypatch.chdir(REPO)
    code, stdout, stderr = check(run_cli)
    assert (code, stdout) == (0, "")
    assert "không có lỗi" in stderr


def test_clean_scratch_folder_exits_0(run_cli: RunCli, data_dir: Path) -> None:
    assert check_json(run_cli) == (0, {"findings": [], "summary": {"errors": 0, "warnings": 0}})


def test_data_errors_exit_1(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(data_dir / "progress", "2022.yaml", OVER_100)
    assert check(run_cli)[0] == 1


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--bogus"], "không có tùy chọn --bogus"),
        (["--as-of", "2021-13-01"], "YYYY-MM-DD"),
        (["--as-of", "31/02/2022"], "dd/mm/yyyy"),
        (["--as-of", "hôm nay"], "YYYY-MM-DD"),
        (["--as-of", "20210805"], "YYYY-MM-DD"),  # Python reads it; no official means it
        (["--as-of", "2021-W31-4"], "YYYY-MM-DD"),
        (["--data", "khong-co-thu-muc"], "khong-co-thu-muc"),
        (["--plan", "khong-co.yaml"], "khong-co.yaml"),
        (["--ignore", "E999"], "E999"),
        (["--ignore", "E201", "--ignore", "nope"], "NOPE"),
        (["--format", "xml"], "xml"),
        (["--lang", "fr"], "fr"),
    ],
)
def test_usage_errors_exit_2(
    run_cli: RunCli, data_dir: Path, args: Sequence[str], says: str
) -> None:
    result = run_cli(["check", *args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert says in result.stderr


def test_folder_without_a_plan_or_with_two_is_a_usage_error(
    run_cli: RunCli, tmp_path: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli(["check", "--data", "empty"])
    assert result.exit_code == 2
    assert "plan*.yaml" in result.stderr

    data = make_data_dir(tmp_path / "two")
    (data / "plan-copy.yaml").write_bytes((data / "plan60.yaml").read_bytes())
    result = run_cli(["check", "--data", str(data), "--lang", "en"])
    assert result.exit_code == 2
    assert "plan-copy.yaml, plan60.yaml" in result.stderr
    # --plan picks one.
    assert check(run_cli, "--data", str(data), "--plan", str(data / "plan60.yaml"))[0] == 0


# ---------------------------------------------------------------------------------------------
# Output formats


def test_json_shape_is_exactly_the_contract(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(data_dir / "progress", "2022.yaml", OVER_100)
    code, document = check_json(run_cli, "--lang", "en")
    assert code == 1
    assert document == {
        "findings": [
            {
                "file": "data/progress/2022.yaml",
                "line": 4,
                "column": 12,
                "severity": "error",
                "code": "E201",
                "message": "the rate 120% is over 100%. "
                "Write the rate as a percentage (66.5, not 0.665 or 665).",
            }
        ],
        "summary": {"errors": 1, "warnings": 0},
    }


def test_text_format_place_source_line_and_caret(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(data_dir / "progress", "2022.yaml", OVER_100)
    code, stdout, stderr = check(run_cli)
    assert code == 1
    first, source, caret, fix = stdout.splitlines()
    assert first.startswith(
        'data/progress/2022.yaml:4:12: error E201 indicators["lao_dong_qua_dao_tao"].value: '
    )
    assert "tỷ lệ 120% vượt quá 100%" in first
    assert source == " 4 |     value: 120"
    assert caret == "   |            ^"
    assert source[caret.index("^") :] == "120"  # the caret sits under column 12
    assert fix.startswith("   = ")
    assert "1 lỗi, 0 cảnh báo" in stderr  # the summary goes to stderr


def test_every_finding_in_one_run_in_file_then_line_order(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(data_dir / "progress", "b.yaml", 'period: "2022"\nx: 1\ny: 2\n')
    write_yaml(data_dir / "progress", "a.yaml", OVER_100)
    code, document = check_json(run_cli)
    assert code == 1
    findings = document["findings"]
    assert isinstance(findings, list)
    assert [(f["file"], f["line"]) for f in findings] == [
        ("data/progress/a.yaml", 4),
        ("data/progress/b.yaml", 2),
        ("data/progress/b.yaml", 3),
    ]
    assert document["summary"] == {"errors": 3, "warnings": 0}


def test_language_option_and_environment(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(data_dir / "progress", "2022.yaml", 'period: "2022"\nreported_at: 2023-01-01\n')
    _, vietnamese, _ = check(run_cli)
    _, english, summary = check(run_cli, "--lang", "en")
    _, from_env, _ = check(run_cli, env={"NHANLUC_LANG": "en"})
    assert "không có trường `reported_at` ở đây; có phải `reported_on`?" in vietnamese
    assert "there is no field `reported_at` here; did you mean `reported_on`?" in english
    assert "1 errors, 0 warnings in 2 files" in summary
    assert from_env == english
    # The option wins over the environment.
    assert check(run_cli, "--lang", "vi", env={"NHANLUC_LANG": "en"})[1] == vietnamese


# ---------------------------------------------------------------------------------------------
# --strict and --ignore


def _one_warning(
    plan: LoadedPlan,
    reports: Sequence[LoadedReport],
    as_of: date,
    soon_days: int,
    tracked: object = None,
) -> list[Finding]:
    line, column = plan.where.value_at(("tasks", 0, "deadline"))
    return [Finding("W311", "test.warning", plan.file, line, column, args={})]


@pytest.fixture
def a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    """Exactly one warning, whatever status checks the project has grown by now."""
    monkeypatch.setattr(as_of, "STATUS_CHECKS", (_one_warning,))


@pytest.mark.usefixtures("a_warning")
def test_warnings_pass_unless_strict(run_cli: RunCli, data_dir: Path) -> None:
    code, document = check_json(run_cli)
    assert code == 0
    assert document["summary"] == {"errors": 0, "warnings": 1}
    findings = document["findings"]
    assert isinstance(findings, list)
    assert [(f["code"], f["severity"]) for f in findings] == [("W311", "warning")]

    assert check_json(run_cli, "--strict")[0] == 1
    assert check_json(run_cli, "--strict", "--ignore", "w311") == (
        0,
        {"findings": [], "summary": {"errors": 0, "warnings": 0}},
    )


@pytest.mark.usefixtures("a_warning")
def test_as_of_checks_stand_beside_an_entry_error_about_something_else(
    run_cli: RunCli, data_dir: Path
) -> None:
    write_yaml(data_dir / "progress", "2022.yaml", OVER_100)
    code, document = check_json(run_cli)
    findings = document["findings"]
    assert isinstance(findings, list)
    assert (code, sorted(f["code"] for f in findings)) == (1, ["E201", "W311"])


@pytest.mark.usefixtures("a_warning")
def test_as_of_checks_do_not_run_beside_an_unreadable_report(
    run_cli: RunCli, data_dir: Path
) -> None:
    write_yaml(data_dir / "progress", "2022.yaml", 'period: "2022"\ntasks: [\n')
    code, document = check_json(run_cli)
    findings = document["findings"]
    assert isinstance(findings, list)
    assert (code, [f["code"] for f in findings]) == (1, ["E102"])


def test_ignore_leaves_out_a_code_and_its_exit(run_cli: RunCli, data_dir: Path) -> None:
    write_yaml(data_dir / "progress", "2022.yaml", 'period: "2022"\ntasks:\n  "17": ~\n')
    assert check_json(run_cli)[0] == 1
    assert check_json(run_cli, "--ignore", "E220") == (
        0,
        {"findings": [], "summary": {"errors": 0, "warnings": 0}},
    )


# ---------------------------------------------------------------------------------------------
# Where the data comes from (contract §1)


def test_data_option_env_and_cwd_discovery(run_cli: RunCli, tmp_path: Path) -> None:
    elsewhere = make_data_dir(tmp_path / "elsewhere")
    write_yaml(elsewhere / "progress", "2022.yaml", OVER_100)
    local = make_data_dir(tmp_path)  # ./data of the current folder: clean

    assert check(run_cli)[0] == 0  # ./data
    _, document = check_json(run_cli, "--data", str(elsewhere))
    findings = document["findings"]
    assert isinstance(findings, list)
    assert findings[0]["file"] == "elsewhere/data/progress/2022.yaml"  # relative to the cwd
    assert check(run_cli, env={"NHANLUC_DATA": str(elsewhere)})[0] == 1
    # --data wins over the environment.
    assert check(run_cli, "--data", str(local), env={"NHANLUC_DATA": str(elsewhere)})[0] == 0


def test_bundled_plan_when_there_is_no_data_folder(run_cli: RunCli, tmp_path: Path) -> None:
    assert not (tmp_path / "data").exists()
    code, stdout, stderr = check(run_cli, "--lang", "en")
    assert (code, stdout) == (0, "")
    assert "No problems: 1 files checked." in stderr


def test_a_data_folder_without_a_plan_falls_back_to_the_bundled_plan(
    run_cli: RunCli, tmp_path: Path
) -> None:
    # ./data exists but holds no plan: it is not a data folder, so its progress is not read.
    write_yaml(tmp_path / "data" / "progress", "2022.yaml", OVER_100)
    assert check_json(run_cli)[0] == 0


def test_control_characters_from_data_are_shown_not_sent_to_the_terminal(
    run_cli: RunCli, data_dir: Path
) -> None:
    """Found by review: an ESC in an unknown id reached the terminal raw."""
    write_yaml(
        data_dir / "progress", "2022.yaml", 'period: "2022"\nindicators:\n  "x\\e]2;hi\\a":\n'
    )
    for output_format in ("text", "github"):
        result = run_cli(["check", "--as-of", PLAN_DAY, "--format", output_format])
        assert result.exit_code == 1
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert "\\x1b]2;hi\\x07" in result.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="a reader gone is EPIPE on POSIX systems")
@pytest.mark.parametrize(
    "command",
    [
        ["tasks", "--data", "examples/demo", "--as-of", "2024-12-15"],  # drawn by rich
        ["status", "--data", "examples/demo", "--as-of", "2024-12-15"],  # piped: plain.py
        ["check", "--data", "examples/mistakes", "--as-of", "2021-08-05"],  # findings: else 1
        ["tasks", "--data", "examples/demo", "--as-of", "2024-12-15", "--format", "csv"],
    ],
    ids=["tasks", "status", "check", "csv"],
)
def test_a_closed_pipe_ends_every_command_with_141(command: list[str]) -> None:
    # `nhanluc ... | head -1` where head has gone before the command writes: 128 + SIGPIPE,
    # never 1 (findings in the data, which rich and Typer would say), and nothing on stderr.
    reader, writer = os.pipe()
    os.close(reader)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "nhanluc_cli", *command],
            stdout=writer,
            stderr=subprocess.PIPE,
            cwd=REPO,
            env={k: v for k, v in os.environ.items() if not k.startswith("NHANLUC_")},
            timeout=60,
        )
    finally:
        os.close(writer)
    assert (done.returncode, done.stderr) == (141, b"")


def test_a_reader_that_goes_away_is_not_an_internal_error() -> None:
    # `nhanluc tasks | head -1` with more output than a pipe holds: the write fails with
    # BrokenPipeError once `head` has gone. Simulated in a real interpreter, since the failure
    # and the flush at exit happen in the process itself.
    snippet = (
        "import nhanluc_cli.cli as cli\n"
        "cli.load_commands()\n"  # registered on the real app before it is replaced
        "def broken(): raise BrokenPipeError(32, 'Broken pipe')\n"
        "cli.app = broken\n"
        "cli.run()\n"
    )
    result = subprocess.run([sys.executable, "-c", snippet], capture_output=True, text=True)
    assert result.returncode == 141
    assert result.stderr == ""
