"""cli/usage.py, help.py, errors.py, parsers.py: help pages and usage errors in the chosen
language, and the option parsers.

Every command's help is walked in both languages, and Vietnamese help fails on tell-tale English
(the same detector must flag the English help, or it proves nothing).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from conftest import REPO, RunCli
from nhanluc_cli.cli.parsers import BadValue, parse_date, parse_days, parse_year
from nhanluc_cli.cli.usage import chosen_language

DEMO = str(REPO / "examples" / "demo")

# Words click, Typer or an English sentence would leave in a page; none is Vietnamese.
ENGLISH_TELLTALES = (
    "Usage",
    "Options",
    "Arguments",
    "Commands",
    "Show this",
    "Print",
    "Default",
    "default",
    "env var",
    "required",
    "Try ",
    "Error",
    "Invalid",
    "Missing",
    "No such",
    "Got unexpected",
    "[OPTIONS]",
    "COMMAND",
    "the ",
    " of ",
    " or ",
    " and ",
    " a ",
    "folder",
    "file ",
    "TEXT",
    "PATH",
    "INTEGER",
    "DAYS",
)


def english_in(text: str) -> list[str]:
    return [word for word in ENGLISH_TELLTALES if word in text]


def command_names() -> list[str]:
    import typer

    from nhanluc_cli.cli import app

    return list(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


COMMANDS = command_names()


def test_every_command_is_walked() -> None:
    assert {"status", "tasks", "overdue", "agencies", "indicators", "check", "new"} <= set(COMMANDS)


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_is_vietnamese_by_default_and_english_on_request(
    run_cli: RunCli, command: str | None
) -> None:
    base = [command] if command else []
    vi = run_cli([*base, "--help"])
    assert vi.exit_code == 0
    assert vi.stdout.startswith("Cách dùng: nhanluc")
    assert "Tùy chọn:" in vi.stdout
    assert english_in(vi.stdout) == [], vi.stdout
    assert run_cli([*base, "-h"]).stdout == vi.stdout

    en = run_cli([*base, "--help"], env={"NHANLUC_LANG": "en"})
    assert en.stdout.startswith("Usage: nhanluc")
    assert "Options:" in en.stdout
    # The detector sees English when there is English: the check above means something.
    assert len(english_in(en.stdout)) >= 3
    assert en.stdout != vi.stdout
    # --lang before or after the command name, and over the environment.
    assert run_cli(["--lang", "en", *base, "-h"]).stdout == en.stdout
    assert run_cli([*base, "-h", "--lang=en"]).stdout == en.stdout
    assert run_cli([*base, "-h", "--lang", "vi"], env={"NHANLUC_LANG": "en"}).stdout == vi.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_help_names_every_option_of_the_command(run_cli: RunCli, command: str) -> None:
    import typer

    from nhanluc_cli.cli import app

    click_command = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    for lang in ("vi", "en"):
        page = run_cli([command, "-h", "--lang", lang]).stdout
        for param in click_command.params:
            for option in param.opts if param.param_type_name == "option" else ():
                assert option in page, (command, lang, option)


@pytest.mark.parametrize("columns", ["80", "100", "120"])
def test_help_fits_the_terminal(run_cli: RunCli, columns: str) -> None:
    for command in COMMANDS:
        page = run_cli([command, "-h"], env={"COLUMNS": columns}).stdout
        assert max(len(line) for line in page.splitlines()) <= min(int(columns), 100)


def test_lang_before_or_after_the_command_gives_the_same_output(run_cli: RunCli) -> None:
    args = ["--data", DEMO, "--as-of", "2024-12-15"]
    before = run_cli(["--lang", "en", "status", *args])
    after = run_cli(["status", *args, "--lang", "en"])
    from_env = run_cli(["status", *args], env={"NHANLUC_LANG": "en"})
    vi = run_cli(["status", *args])
    assert before.exit_code == after.exit_code == 0
    assert before.stdout == after.stdout == from_env.stdout
    assert before.stdout != vi.stdout


# One case per kind of usage error: the arguments, then what the Vietnamese and the English
# messages must say (the suggestion or the fix included).
USAGE_ERRORS = [
    (
        ["status", "--asof", "2024-01-01"],
        ["không có tùy chọn --asof.", "Có phải `--as-of`?"],
        ["no such option: --asof.", "Did you mean `--as-of`?"],
    ),
    (["new"], ["thiếu KỲ:", "Ví dụ: nhanluc new 2025-Q4"], ["missing PERIOD:", "2025-Q4"]),
    (
        ["status", "--as-of", "31/02/2022"],
        ["--as-of", "không có trong lịch", "dd/mm/yyyy", "YYYY-MM-DD"],
        ["invalid value for --as-of", "not a day of the calendar", "dd/mm/yyyy", "YYYY-MM-DD"],
    ),
    (
        ["status", "--as-of", "hôm qua"],
        ["“hôm qua” không phải là một ngày.", "dd/mm/yyyy", "YYYY-MM-DD"],
        ["“hôm qua” is not a date.", "dd/mm/yyyy", "YYYY-MM-DD"],
    ),
    (
        ["status", "giao duc"],
        ["thừa đối số: giao duc.", 'ngoặc kép, ví dụ --agency "giao duc"'],
        ["unexpected extra argument(s): giao duc.", "double quotes"],
    ),
    (
        ["statu"],
        ["không có lệnh statu.", "Có phải `nhanluc status`?"],
        ["no such command: statu.", "Did you mean `nhanluc status`?"],
    ),
    (
        ["status", "--format", "xml"],
        ["--format", "“xml”", "Chọn một trong: table, json, csv, xlsx."],
        ["--format", "“xml”", "Choose one of: table, json, csv, xlsx."],
    ),
    (
        ["check", "--format", "table"],
        ["Chọn một trong: text, json, github, junit."],
        ["Choose one of: text, json, github, junit."],
    ),
    (["status", "--lang", "fr"], ["--lang", "“fr”", "vi, en"], ["--lang", "“fr”", "vi, en"]),
    (
        ["status", "--as-of"],
        ["tùy chọn --as-of cần một giá trị", "Ví dụ: nhanluc status --as-of 31/12/2024"],
        ["option --as-of requires a value", "nhanluc status --as-of 31/12/2024"],
    ),
    (
        ["check", "--strict=yes"],
        ["tùy chọn --strict không nhận giá trị."],
        ["option --strict takes no value."],
    ),
    (
        ["status", "--soon", "-5"],
        ["--soon", "“-5” không phải là số ngày.", "ví dụ 30"],
        ["--soon", "“-5” is not a number of days."],
    ),
    (
        ["tasks", "--year", "24"],
        ["--year", "“24” không phải là một năm.", "2024"],
        ["--year", "“24” is not a year."],
    ),
    (
        ["schema", "plans"],
        ["plan|progress", "“plans”", "plan, progress"],
        ["plan|progress", "“plans”", "plan, progress"],
    ),
    (
        ["tasks", "--status", "overdue,xong"],
        ["--status", "“xong”", "done, late, cancelled, overdue, due_soon, open"],
        ["--status", "“xong”", "Choose one of: done, late"],
    ),
    (["--bogus"], ["không có tùy chọn --bogus."], ["no such option: --bogus."]),
    (["--lang"], ["tùy chọn --lang cần một giá trị"], ["option --lang requires a value"]),
    (["--lang", "fr"], ["--lang", "“fr”", "vi, en"], ["--lang", "“fr”", "vi, en"]),
]


@pytest.mark.parametrize(("args", "vi_says", "en_says"), USAGE_ERRORS, ids=lambda v: str(v))
def test_usage_errors_in_both_languages(
    run_cli: RunCli, args: Sequence[str], vi_says: list[str], en_says: list[str]
) -> None:
    command = args[0] if args[0] in COMMANDS else None
    path = f"nhanluc {command}" if command else "nhanluc"
    vi = run_cli(args)
    assert (vi.exit_code, vi.stdout) == (2, "")
    assert vi.stderr.startswith(f"Cách dùng: {path} [TÙY CHỌN]")
    assert f"Xem hướng dẫn: {path} -h\n\nLỗi: " in vi.stderr
    for text in vi_says:
        assert text in vi.stderr
    typed = " ".join(args)
    assert [w for w in english_in(vi.stderr) if w not in typed] == [], vi.stderr

    en = run_cli(args, env={"NHANLUC_LANG": "en"})
    assert (en.exit_code, en.stdout) == (2, "")
    assert en.stderr.startswith(f"Usage: {path} [OPTIONS]")
    assert f"Try '{path} -h' for help.\n\nError: " in en.stderr
    for text in en_says:
        assert text in en.stderr


def test_a_usage_error_follows_lang_in_either_place(run_cli: RunCli) -> None:
    after = run_cli(["status", "--asof", "x", "--lang", "en"])
    before = run_cli(["--lang", "en", "status", "--asof", "x"])
    assert after.stderr == before.stderr
    assert "no such option: --asof" in after.stderr


def test_a_bad_language_in_the_environment_is_named(run_cli: RunCli) -> None:
    result = run_cli(["status"], env={"NHANLUC_LANG": "fr"})
    assert result.exit_code == 2
    assert "NHANLUC_LANG" in result.stderr and "“fr”" in result.stderr


def test_bare_nhanluc_prints_the_help_and_exits_2(run_cli: RunCli) -> None:
    result = run_cli([])
    assert result.exit_code == 2
    assert result.stderr.startswith("Cách dùng: nhanluc [TÙY CHỌN] LỆNH")


@pytest.mark.parametrize("written", ["01/06/2022", "1/6/2022", " 2022-06-01 "])
def test_as_of_in_vietnamese_form_is_the_same_day(run_cli: RunCli, written: str) -> None:
    iso = run_cli(["tasks", "--data", DEMO, "--as-of", "2022-06-01", "--format", "json"])
    other = run_cli(["tasks", "--data", DEMO, "--as-of", written, "--format", "json"])
    assert other.exit_code == iso.exit_code == 0
    assert json.loads(other.stdout) == json.loads(iso.stdout)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-06-01", date(2022, 6, 1)),
        ("01/06/2022", date(2022, 6, 1)),
        ("1/6/2022", date(2022, 6, 1)),
        ("29/02/2024", date(2024, 2, 29)),
    ],
)
def test_parse_date_reads_both_forms(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("31/02/2022", "date.impossible"),
        ("29/02/2023", "date.impossible"),
        ("2022-13-01", "date.impossible"),
        ("20220601", "date.malformed"),
        ("2022-W22-3", "date.malformed"),
        ("01/06/22", "date.malformed"),
        ("01.06.2022", "date.malformed"),
        ("１/6/2022", "date.malformed"),  # full-width digits are digits to Python, not to us
        ("", "date.malformed"),
    ],
)
def test_parse_date_refuses_with_the_reason(text: str, key: str) -> None:
    with pytest.raises(BadValue) as refused:
        parse_date(text)
    assert refused.value.key == key


def test_year_and_days() -> None:
    assert parse_year("2024") == 2024
    assert parse_days("0") == 0 and parse_days(30) == 30
    for bad in ("24", "２０２４", "2024.0", "-2024"):
        with pytest.raises(BadValue):
            parse_year(bad)
    for bad in ("-1", "1.5", "100000", "ba mươi"):
        with pytest.raises(BadValue):
            parse_days(bad)


@pytest.mark.parametrize(
    ("args", "env", "lang"),
    [
        ([], {}, "vi"),
        (["--lang", "en"], {}, "en"),
        (["status", "--lang=en"], {}, "en"),
        ([], {"NHANLUC_LANG": "en"}, "en"),
        (["--lang", "vi"], {"NHANLUC_LANG": "en"}, "vi"),
        (["--lang", "fr"], {"NHANLUC_LANG": "en"}, "en"),  # refused in the language it has
        (["--lang", "en", "--lang", "vi"], {}, "vi"),  # the last one, as the parser reads it
        (["new", "--", "--lang", "en"], {}, "vi"),  # after "--" it is an argument
    ],
)
def test_chosen_language(args: list[str], env: dict[str, str], lang: str) -> None:
    assert chosen_language(args, env) == lang


def test_help_does_not_need_a_data_folder(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli(["status", "-h", "--data", str(tmp_path / "nowhere")])
    assert result.exit_code == 0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_check_help_names_every_finding_code(lang: str) -> None:
    from typer.testing import CliRunner

    from nhanluc_cli.cli import app
    from nhanluc_cli.findings import CODES

    page = CliRunner().invoke(app, ["check", "-h", "--lang", lang], env={"COLUMNS": "100"}).output
    flat = " ".join(page.split())
    for code in CODES:
        ranges = {"E102": "E101-E104", "E103": "E101-E104", "E104": "E101-E104"}
        ranges |= {f"W32{n}": "W321-W325" for n in range(1, 6)}
        assert ranges.get(code, code) in flat, code
