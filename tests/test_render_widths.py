"""Tables at 80, 100 and 120 columns: they fit, and no id, date or status word is cut.

The tables are parsed against what the JSON of the same command says, so a word the renderer
crops ("sắp đến h…") or folds ("lao_dong_qua_dao_ta / o") fails here. Plan text (titles, agency
and indicator names) may end in "…": it is data, and the JSON carries it whole.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from conftest import REPO, RunCli
from nhanluc_cli.i18n import word
from nhanluc_cli.render.output import table_width
from nhanluc_cli.render.words import (
    indicator_status_word,
    task_status_word,
    task_statuses_shown,
)

DEMO = str(REPO / "examples" / "demo")
DAY = ["--data", DEMO, "--as-of", "2024-12-15"]
WIDTHS = ["80", "100", "120"]


def shown(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def table_and_rows(run_cli: RunCli, args: list[str], columns: str) -> tuple[list[str], list]:
    table = run_cli([*args, *DAY], env={"COLUMNS": columns})
    rows = run_cli([*args, *DAY, "--format", "json"])
    assert table.exit_code == rows.exit_code == 0
    lines = table.stdout.splitlines()
    assert max(len(line) for line in lines) <= int(columns), table.stdout
    return lines, json.loads(rows.stdout)


def below_rule(lines: list[str]) -> list[str]:
    """The table's body: the lines after the rule under its header (which may wrap)."""
    rule = next(number for number, line in enumerate(lines) if line.startswith("─"))
    return lines[rule + 1 :]


def column(lines: list[str], header: str) -> str:
    """The text under `header` (the last column) in every line, joined: a word wrapped onto
    the next line reads whole again."""
    start = next(line.index(header) for line in lines if header in line)
    return " ".join(" ".join(line[start:].split()) for line in lines if len(line) > start)


@pytest.mark.parametrize("columns", WIDTHS)
def test_task_rows_keep_id_date_and_status(run_cli: RunCli, columns: str) -> None:
    lines, rows = table_and_rows(run_cli, ["tasks"], columns)
    body = [line for line in below_rule(lines) if line.strip()][: len(rows)]
    assert len(rows) == 37
    for line, row in zip(body, rows, strict=True):
        assert line.split()[0] == row["task"], line
        assert shown(row["due"]) in line.split(), line
        assert task_status_word(row["status"], "vi") in line, line
        if row["days_late"] is not None:
            assert line.split()[-1].replace(".", "") == str(row["days_late"]), line


@pytest.mark.parametrize("columns", WIDTHS)
def test_overdue_rows_keep_their_days_late(run_cli: RunCli, columns: str) -> None:
    lines, rows = table_and_rows(run_cli, ["overdue"], columns)
    for line, row in zip(below_rule(lines), rows, strict=False):
        assert line.split()[0] == row["task"]
        assert line.split()[-2:] == [shown(row["due"]), str(row["days_late"])]


@pytest.mark.parametrize("columns", WIDTHS)
def test_indicator_rows_keep_id_date_and_status(run_cli: RunCli, columns: str) -> None:
    lines, rows = table_and_rows(run_cli, ["indicators"], columns)
    tokens = {token for line in lines for token in line.split()}
    statuses = column(lines, word("indicators.col.status", "vi"))
    at = 0
    for row in rows:
        assert row["id"] in tokens, row["id"]  # whole, on a line of its own
        if row["latest"] is not None:
            assert shown(row["latest"]["as_of"]) in tokens, row["latest"]
        status = indicator_status_word(row["status"], "vi")
        found = statuses.find(status, at)
        assert found >= 0, (status, statuses[at:])
        at = found + len(status)


@pytest.mark.parametrize("columns", WIDTHS)
def test_agency_rows_keep_every_count(run_cli: RunCli, columns: str) -> None:
    lines, rows = table_and_rows(run_cli, ["agencies"], columns)
    body = [line for line in lines if line.split() and line.split()[-1].isdigit()]
    body = body[-len(rows) :]
    for line, row in zip(body, rows, strict=True):
        counts = [int(n) for n in line.split()[-7:]]
        assert counts[-1] == row["total"]
        assert sum(counts[:-1]) == row["total"], line


@pytest.mark.parametrize("columns", WIDTHS)
def test_status_keeps_ids_dates_and_every_count(run_cli: RunCli, columns: str) -> None:
    lines, board = table_and_rows(run_cli, ["status"], columns)
    text = "\n".join(lines)
    for status in task_statuses_shown(board["tasks"]):  # transferred/terminated once present
        assert f"{task_status_word(status, 'vi')} {board['tasks'][status]}" in text
    for status, count in board["indicators"].items():
        assert f"{indicator_status_word(status, 'vi')} {count}" in text
    for row in [*board["overdue"], *board["due_soon"]][:6]:
        assert any(
            line.split()[:1] == [row["task"]] and shown(row["due"]) in line.split()
            for line in lines
        ), row


@pytest.mark.parametrize(
    ("columns", "tty", "expected"),
    [
        ("80", False, 80),
        ("120", False, 120),
        ("200", False, 120),
        ("40", False, 80),
        ("", False, 100),
        ("abc", False, 100),
    ],
)
def test_table_width(
    monkeypatch: pytest.MonkeyPatch, columns: str, tty: bool, expected: int
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    assert table_width() == expected
