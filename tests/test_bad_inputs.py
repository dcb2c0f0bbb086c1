"""Contract §7: every bad input is a finding at its line, exit 1, no traceback, nothing written.

Each case is one progress file in a scratch data folder beside a copy of the real plan. The
committed text cases live in tests/bad_inputs/*.yaml (each starts with a comment saying what is
wrong with it); the byte-level ones are written by tests/bad_inputs/make_corpus.py at test time.
Lines count from 1 and include those comments.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from bad_inputs.make_corpus import GENERATED, write_generated
from conftest import BAD_INPUTS, PLAN_DAY, REPO, RunCli, folder_digest


class Case(NamedTuple):
    code: str
    line: int
    says: str  # a fragment of the English message: the right finding, not just the right code


CASES: dict[str, Case] = {
    # --- generated (make_corpus.py) ---------------------------------------------------------
    "empty.yaml": Case("E201", 1, "the file is empty"),
    "whitespace_only.yaml": Case("E201", 1, "the file is empty"),
    "binary_bytes.yaml": Case("E101", 1, "not UTF-8"),
    "nul_byte.yaml": Case("E101", 3, "NUL"),  # the NUL is inside line 3's note
    "windows_1258.yaml": Case("E101", 2, "Windows-1258"),  # line 1 is ASCII, line 2 is not
    "tcvn3.yaml": Case("E101", 2, "TCVN3"),
    "utf16_le_bom.yaml": Case("E101", 1, "UTF-16"),
    "utf16_be_bom.yaml": Case("E101", 1, "UTF-16"),
    "tab_indent.yaml": Case("E102", 3, "tab"),
    "merge_conflict.yaml": Case("E101", 4, "merge-conflict"),  # the <<<<<<< line
    "too_large.yaml": Case("E104", 1, "too large"),
    "deep_nesting.yaml": Case("E104", 2, "nested too deeply"),
    # --- committed (tests/bad_inputs/*.yaml) ----------------------------------------------
    "syntax_unclosed_quote.yaml": Case("E102", 3, "a quote opens here"),  # where it opens
    "unclosed_quote_middle.yaml": Case("E102", 3, "a quote opens here"),  # not where it ends
    "syntax_bad_indent.yaml": Case("E102", 6, "the indentation does not fit"),
    "colon_in_value.yaml": Case("E102", 6, "a colon and a space (`: `) inside a value"),
    "curly_quotes.yaml": Case("E102", 6, "Word-style curly quotes"),
    "curly_quoted_period.yaml": Case("E201", 2, "Word-style curly quotes"),
    "thousands_separator.yaml": Case("E201", 6, "148500 or 148.5"),
    "misspelt_status.yaml": Case("E201", 5, "did you mean `done`?"),
    "numerator_over_denominator.yaml": Case(
        "E201", 5, "numerator 52,000 is greater than the denominator 36,000"
    ),
    "unknown_indicator_near.yaml": Case("E220", 4, "did you mean `lao_dong_qua_dao_tao`?"),
    "duplicate_key.yaml": Case("E103", 8, "first at line 4"),  # at the second, naming the first
    "anchor_alias.yaml": Case("E104", 4, "anchors or aliases"),  # at the anchor
    "alias_bomb.yaml": Case("E104", 2, "anchors or aliases"),
    "python_tag.yaml": Case("E104", 3, "tag:yaml.org,2002:python/object/apply:os.system"),
    "custom_tag.yaml": Case("E104", 5, "!foo"),
    "date_month_13.yaml": Case("E201", 3, "not a date in the calendar"),
    "date_31_02.yaml": Case("E201", 6, "not a date in the calendar"),
    "percent_over_100.yaml": Case("E201", 5, "the rate 120% is over 100%"),
    "negative_value.yaml": Case("E201", 5, "must not be negative"),
    "zero_denominator.yaml": Case("E201", 6, "denominator must be greater than 0"),
    "value_is_list.yaml": Case("E201", 5, "expected a number"),
    "status_is_number.yaml": Case("E201", 5, "not an allowed value for `status`"),
    "indicators_as_list.yaml": Case("E201", 4, "expected a mapping"),
    "unknown_indicator.yaml": Case("E220", 6, "no indicator `hoc_sinh_thpt`"),
    "unknown_task.yaml": Case("E220", 6, "no task `17`"),
    "year_outside_period.yaml": Case("E220", 4, "year 2031 is outside the plan period 2021-2025"),
    "year_for_one_off.yaml": Case("E220", 4, "task `3` happens once"),
    "unknown_field.yaml": Case(
        "E201", 3, "no field `reported_at` here; did you mean `reported_on`?"
    ),
    "missing_period.yaml": Case("E201", 1, "missing required field `period`"),
    "done_without_date.yaml": Case("E201", 5, "needs `completed_on`"),
    "cancelled_without_note.yaml": Case("E201", 5, "needs a `note`"),
    "many_documents.yaml": Case("E102", 3, "several YAML documents"),  # at the second `---`
    "top_level_list.yaml": Case("E201", 2, "must hold a mapping"),
    "value_disagrees.yaml": Case("E201", 5, "disagrees with numerator/denominator = 10.27"),
}

# Not bad at all: contract §1 accepts these, and they must check clean.
ACCEPTED = ("utf8_bom.yaml", "nfd_text.yaml", "crlf.yaml", "decimal_comma.yaml")


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every case's file: the committed ones as they are, the generated ones freshly written."""
    files = {path.name: path for path in BAD_INPUTS.glob("*.yaml")}
    files.update(write_generated(tmp_path_factory.mktemp("generated")))
    return files


def test_every_corpus_file_has_an_expectation(corpus: dict[str, Path]) -> None:
    assert sorted(corpus) == sorted([*CASES, *ACCEPTED])
    assert len(CASES) >= 25
    assert set(GENERATED) <= set(corpus)


def _check_json(run_cli: RunCli, *extra: str) -> tuple[int, list[dict[str, object]]]:
    result = run_cli(["check", "--as-of", PLAN_DAY, "--format", "json", "--lang", "en", *extra])
    return result.exit_code, json.loads(result.stdout)["findings"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_is_one_finding_at_its_line(
    name: str, corpus: dict[str, Path], data_dir: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    case = CASES[name]
    shutil.copyfile(corpus[name], data_dir / "progress" / name)
    before = folder_digest(tmp_path)

    exit_code, findings = _check_json(run_cli)

    assert exit_code == 1
    assert [(f["file"], f["code"], f["line"]) for f in findings] == [
        (f"data/progress/{name}", case.code, case.line)
    ]
    assert case.says in str(findings[0]["message"])
    assert folder_digest(tmp_path) == before  # nothing written, nothing changed


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_text_output_names_the_place(
    name: str, corpus: dict[str, Path], data_dir: Path, run_cli: RunCli
) -> None:
    case = CASES[name]
    shutil.copyfile(corpus[name], data_dir / "progress" / name)

    result = run_cli(["check", "--as-of", PLAN_DAY])

    assert result.exit_code == 1
    assert result.stdout.startswith(f"data/progress/{name}:{case.line}:")
    assert f": error {case.code} " in result.stdout.splitlines()[0]


@pytest.mark.parametrize("name", ACCEPTED)
def test_accepted_input_checks_clean(
    name: str, corpus: dict[str, Path], data_dir: Path, tmp_path: Path, run_cli: RunCli
) -> None:
    shutil.copyfile(corpus[name], data_dir / "progress" / name)
    before = folder_digest(tmp_path)

    exit_code, findings = _check_json(run_cli)

    assert (exit_code, findings) == (0, [])
    assert folder_digest(tmp_path) == before


def test_one_broken_file_does_not_stop_the_others(
    corpus: dict[str, Path], data_dir: Path, run_cli: RunCli
) -> None:
    for name in ("tab_indent.yaml", "decimal_comma.yaml", "unknown_task.yaml", "utf16_be_bom.yaml"):
        shutil.copyfile(corpus[name], data_dir / "progress" / name)

    exit_code, findings = _check_json(run_cli)

    assert exit_code == 1
    assert [(f["file"], f["code"], f["line"]) for f in findings] == [
        ("data/progress/tab_indent.yaml", "E102", 3),
        ("data/progress/unknown_task.yaml", "E220", 6),
        ("data/progress/utf16_be_bom.yaml", "E101", 1),
    ]


def test_a_broken_plan_is_a_finding_and_the_reports_are_still_read(
    corpus: dict[str, Path], data_dir: Path, run_cli: RunCli
) -> None:
    shutil.copyfile(corpus["utf16_le_bom.yaml"], data_dir / "plan60.yaml")
    shutil.copyfile(corpus["duplicate_key.yaml"], data_dir / "progress" / "2022.yaml")

    exit_code, findings = _check_json(run_cli)

    assert exit_code == 1
    assert [(f["file"], f["code"], f["line"]) for f in findings] == [
        ("data/plan60.yaml", "E101", 1),
        ("data/progress/2022.yaml", "E103", 8),
    ]


# A real process: what an official's terminal shows, with nothing of pytest in between. One
# process reads all of these files (one run per file would cost half a second each).
SUBPROCESS_CASES = (
    "binary_bytes.yaml",
    "nul_byte.yaml",
    "utf16_le_bom.yaml",
    "tcvn3.yaml",
    "alias_bomb.yaml",
    "python_tag.yaml",
    "deep_nesting.yaml",
    "too_large.yaml",
    "date_month_13.yaml",
    "merge_conflict.yaml",
)


def test_real_process_prints_no_traceback(
    corpus: dict[str, Path], data_dir: Path, tmp_path: Path
) -> None:
    for name in SUBPROCESS_CASES:
        shutil.copyfile(corpus[name], data_dir / "progress" / name)
    before = folder_digest(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("NHANLUC_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH")]))

    done = subprocess.run(
        [sys.executable, "-m", "nhanluc_cli", "check", "--as-of", PLAN_DAY],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )

    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    places = [
        tuple(line.split(":")[:2]) for line in done.stdout.splitlines() if ": error E" in line
    ]
    assert places == sorted(
        (f"data/progress/{name}", str(CASES[name].line)) for name in SUBPROCESS_CASES
    )
    assert folder_digest(tmp_path) == before  # and os.system never ran: no pwned.txt
