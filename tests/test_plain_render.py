"""render/plain.py lays out what rich lays out, byte for byte, wherever it says it can.

Piped, `status` is drawn by render/plain.py instead of rich (no rich to import); these tests
draw the same lines and tables with both and compare them, on random text and widths.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nhanluc_cli.render import plain
from nhanluc_cli.render.output import rich_table
from nhanluc_cli.render.plain import Column, Styled

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo"

# Vietnamese, digits, punctuation the screens use, and the odd long word; no tab, no newline.
LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ"
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
ALPHABET = LETTERS + "0123456789 .,;:()/-%…·█░=≥≤"
words = st.text(alphabet=LETTERS + "0123456789.,/-%", min_size=1, max_size=14)
texts = st.lists(words, min_size=0, max_size=12).map(" ".join)
spaced = st.text(alphabet=ALPHABET, min_size=0, max_size=160)


def rich_lines(renderable: object, width: int, **options: object) -> list[str]:
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        no_color=True,
        color_system=None,
        highlight=False,
        soft_wrap=False,
        markup=False,
        emoji=False,
    )
    console.print(renderable, **options)  # type: ignore[arg-type]
    return [line.rstrip(" \t") for line in buffer.getvalue().split("\n")[:-1]]


def trimmed(lines: list[str]) -> list[str]:
    return [line.rstrip(" \t") for line in lines]


def test_what_fits_is_one_cell_for_rich() -> None:
    from rich.cells import cell_len

    checked = 0
    for code in range(0x20, 0x10000):
        char = chr(code)
        if plain.fits(char):
            assert cell_len(char) == 1, hex(code)
            checked += 1
    assert checked > 1500
    assert not plain.fits("a\tb") and not plain.fits("e\u0301") and not plain.fits("漢")


@settings(max_examples=200, deadline=None)
@given(text=spaced, width=st.integers(5, 130), fit=st.sampled_from(["wrap", "cut", "crop"]))
def test_a_line_is_laid_out_as_rich_prints_it(text: str, width: int, fit: str) -> None:
    options: dict[str, object] = {}
    if fit == "cut":
        options = {"overflow": "ellipsis", "no_wrap": True}
    elif fit == "crop":
        options = {"no_wrap": True}
    expected = rich_lines(text, width, **options) if text else [""]
    drawn = plain.wrap(text, width, no_wrap=fit != "wrap", ellipsis=fit == "cut")
    assert trimmed(drawn) == expected


column_shapes = st.sampled_from(
    [
        Column("Mã", no_wrap=True),
        Column("Năm", no_wrap=True),
        Column("Nhiệm vụ", no_wrap=True, ratio=3),
        Column("Chủ trì", no_wrap=True, ratio=2),
        Column("Hạn", no_wrap=True),
        Column("Số ngày quá hạn", justify="right", max_width=9),
        Column("Days late", justify="right", max_width=9),
        Column("Chỉ tiêu", no_wrap=True, ratio=1),
        Column("Mới nhất", justify="right", width=18),
        Column("Mục tiêu", justify="right", width=12),
        Column("Trạng thái", width=10),
        Column("Ghi chú"),
    ]
)


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(
    columns=st.lists(column_shapes, min_size=1, max_size=7),
    data=st.data(),
    width=st.integers(20, 130),
)
def test_a_table_is_laid_out_as_rich_draws_it(
    columns: list[Column], data: st.DataObject, width: int
) -> None:
    rows = data.draw(
        st.lists(st.lists(texts, min_size=len(columns), max_size=len(columns)), max_size=7)
    )
    cells = [
        [Styled(cell, "bold red") if i % 2 else cell for i, cell in enumerate(row)] for row in rows
    ]
    drawn = plain.table(columns, cells, width)
    assume(drawn is not None)
    assert drawn is not None
    assert trimmed(drawn) == rich_lines(rich_table(columns, cells), width)


def test_the_status_tables_are_laid_out_here_at_every_usual_width() -> None:
    # The demo's tables at 80-120 columns: none is left to rich.
    from nhanluc_cli.render.status import Grid, status_screen

    board, plan_file = demo_board("2022-01-10")
    for width in range(80, 121):
        grids = [
            item for item in status_screen(board, plan_file, "vi", width) if isinstance(item, Grid)
        ]
        assert grids
        for grid in grids:
            drawn = plain.table(grid.columns, grid.rows, width)
            assert drawn is not None
            assert trimmed(drawn) == rich_lines(rich_table(grid.columns, grid.rows), width)


def demo_board(as_of: str) -> tuple[object, str]:
    from datetime import date

    from nhanluc_cli.cli.dashboard import _dashboard
    from nhanluc_cli.cli.session import clean_plan_file
    from nhanluc_cli.store.dataset import load_dataset
    from nhanluc_cli.store.workspace import locate

    dataset = load_dataset(locate(DEMO, None, DEMO), DEMO, None)
    plan_file = clean_plan_file(dataset, "vi")
    return _dashboard(dataset, date.fromisoformat(as_of), 30), plan_file


# Each date shows other rows (none yet, overdue, due soon, a closed plan); each language once
# at least: two processes a width, so a few pairs rather than every one.
@pytest.mark.slow
@pytest.mark.parametrize(
    ("lang", "as_of"),
    [("vi", "2021-10-01"), ("en", "2022-01-10"), ("vi", "2024-09-30"), ("en", "2026-12-07")],
)
def test_the_piped_screen_is_the_one_rich_draws(as_of: str, lang: str) -> None:
    # The same command with rich made to draw (one of the variables it reads set), piped.
    def run(*extra: str) -> subprocess.CompletedProcess[bytes]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NHANLUC_", "COLUMNS"))}
        env.update(dict(pair.split("=", 1) for pair in extra))
        command = ["status", "--data", str(DEMO), "--as-of", as_of, "--lang", lang, "--no-cache"]
        return subprocess.run(
            [sys.executable, "-m", "nhanluc_cli", *command],
            capture_output=True,
            env=env,
            timeout=60,
        )

    # Unset (rich's 80 when piped) and one odd width: every width from 80 to 120 is compared
    # in this process by test_the_status_tables_are_laid_out_here_at_every_usual_width.
    for columns in ("", "97"):
        width = (f"COLUMNS={columns}",) if columns else ()
        by_rich = run(*width, "TTY_COMPATIBLE=0")
        piped = run(*width)
        assert (piped.returncode, piped.stdout, piped.stderr) == (
            by_rich.returncode,
            by_rich.stdout,
            by_rich.stderr,
        )
