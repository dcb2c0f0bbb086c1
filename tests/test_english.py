"""`--lang en`: every command's headers, status words and messages are English (contract §4).

The plan's own text (titles, agency and indicator names, deadlines as worded) and what the
progress reports say (sources, notes) stay Vietnamese in both languages, so the test cannot
simply look for Vietnamese letters. Instead it takes every Vietnamese interface sentence in
`i18n` (WORDS and MESSAGES), cuts it at its placeholders, drops the pieces that also occur in
the data, and asserts that none of the remaining pieces shows up in English output.

Runs on a scratch copy of the illustrative folder examples/demo at 15/12/2024, the date on
which it shows every task status and seven indicator statuses.
"""

from __future__ import annotations

import re
import shutil
from functools import cache
from pathlib import Path

import pytest
import yaml

from conftest import REPO, RunCli
from nhanluc_cli.i18n import MESSAGES, WORDS

DEMO = REPO / "examples" / "demo"
AS_OF = "2024-12-15"
VIETNAMESE_LETTER = re.compile(r"[à-ỹđĐÀ-Ỹ]")


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for key, value in node.items() for s in (*_strings(key), *_strings(value))]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    return []


@cache
def data_text() -> str:
    """Every string of the plan and of the demo reports, one per line."""
    texts = []
    for path in [DEMO / "plan60.yaml", *sorted((DEMO / "progress").glob("*.yaml"))]:
        texts += _strings(yaml.safe_load(path.read_text(encoding="utf-8")))
    return "\n".join(texts)


@cache
def vietnamese_pieces() -> tuple[str, ...]:
    """Pieces of Vietnamese interface text that English output must not contain."""
    sentences = [vi for vi, _ in WORDS.values()]
    sentences += [text for m in MESSAGES.values() for text in (m.vi, m.vi_fix)]
    pieces = set()
    for sentence in sentences:
        for piece in re.split(r"\{[^}]*\}|`[^`]*`|[().,:;]", sentence):
            piece = piece.strip()
            # Short pieces ("ngày", "lỗi") are too likely to be part of a name in the data.
            if len(piece) >= 8 and VIETNAMESE_LETTER.search(piece) and piece not in data_text():
                pieces.add(piece)
    return tuple(sorted(pieces))


def assert_english(output: str) -> None:
    found = [piece for piece in vietnamese_pieces() if piece in output]
    assert found == [], found


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """tmp_path/data: a copy of the demo (run_cli works from tmp_path, so it is ./data)."""
    target = tmp_path / "data"
    shutil.copytree(DEMO, target)
    return target


def test_the_detector_finds_vietnamese_interface_words() -> None:
    # Guard against a test that passes because it looks for nothing.
    assert len(vietnamese_pieces()) > 100
    with pytest.raises(AssertionError):
        assert_english("Tình hình đến ngày 15/12/2024")
    assert_english("Cơ quan Tổ chức - Nội vụ")  # data, not interface


COMMANDS = [
    ["status"],
    ["tasks"],
    ["tasks", "--status", "overdue", "--agency", "noi vu"],
    ["overdue"],
    ["agencies"],
    ["indicators"],
    ["indicators", "--explain"],
    ["indicators", "--group", "d"],
    ["check"],
    ["check", "--format", "json"],
    ["check", "--format", "github"],
    ["check", "--format", "junit"],
    ["report"],
    ["report", "--format", "html"],
]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_command_speaks_english(run_cli: RunCli, demo: Path, args: list[str]) -> None:
    result = run_cli([*args, "--lang", "en", "--as-of", AS_OF])
    assert result.exit_code in (0, 1), result.output  # check exits 1: the demo has E301
    assert result.stdout.strip()
    assert_english(result.stdout)
    assert_english(result.stderr)


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_command_speaks_english_from_the_environment(
    run_cli: RunCli, demo: Path, args: list[str]
) -> None:
    result = run_cli([*args, "--as-of", AS_OF], env={"NHANLUC_LANG": "en"})
    assert result.exit_code in (0, 1), result.output
    assert result.stdout.strip()  # empty output would pass the check below for nothing
    assert_english(result.stdout + result.stderr)


def test_status_words_are_english(run_cli: RunCli, demo: Path) -> None:
    out = run_cli(["status", "--lang", "en", "--as-of", AS_OF]).stdout
    # Task 13 was completed within its extension (progress/2021.yaml): done, not late.
    for words in ("overdue 3", "due soon 4", "open 5", "done 20", "done late 4", "cancelled 1"):
        assert words in out
    assert "deterioration 1" in out and "substantial progress 4" in out
    assert "2024-12-15" in out and "15/12/2024" not in out  # ISO dates in English


def test_step_summary_is_english(run_cli: RunCli, demo: Path, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    run_cli(
        ["check", "--format", "github", "--lang", "en", "--as-of", AS_OF],
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )
    text = summary.read_text(encoding="utf-8")
    assert "results" in text
    assert_english(text)


def test_new_speaks_english(run_cli: RunCli, demo: Path) -> None:
    written = run_cli(["new", "2024-Q4", "--lang", "en", "--as-of", AS_OF])
    assert written.exit_code == 0
    assert written.stdout.startswith("Wrote data/progress/2024-Q4.yaml")
    refused = run_cli(["new", "2024-Q4", "--lang", "en", "--as-of", AS_OF])
    assert refused.exit_code == 1
    assert "never overwrites" in refused.stderr
    bad = run_cli(["new", "2024-Q5", "--lang", "en"])
    assert bad.exit_code == 2
    for result in (written, refused, bad):
        assert_english(result.stdout + result.stderr)


def test_data_errors_are_reported_in_english(run_cli: RunCli, demo: Path) -> None:
    (demo / "progress" / "2022.yaml").write_text(
        'period: "2022"\ntasks:\n  "99":\n    status: in_progress\n', encoding="utf-8"
    )
    for command in ("status", "tasks", "indicators", "agencies", "report", "check"):
        result = run_cli([command, "--lang", "en", "--as-of", AS_OF])
        assert result.exit_code == 1
        assert "the plan has no task `99`" in result.stdout + result.stderr
        assert_english(result.stdout + result.stderr)


def test_usage_errors_are_english(run_cli: RunCli, demo: Path) -> None:
    result = run_cli(["status", "--lang", "en", "--data", "nowhere"])
    assert result.exit_code == 2
    assert "there is no data folder" in result.stderr
    assert_english(result.stderr)
    result = run_cli(["report", "--lang", "en", "--output", "data/plan60.yaml"])
    assert result.exit_code == 2
    assert "it is a data file" in result.stderr
    assert_english(result.stderr)
