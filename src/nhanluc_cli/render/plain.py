"""Lines and tables laid out as rich lays them out without colour, for `status` in a pipe.

Importing rich and drawing the first screen is ~35 ms, a third of a warm `status` (contract §8
holds it to 0.9× bean-check). Piped, the screen has no colour, so text laid out here does,
for the features `render/status.py` uses: lines wrapped at words (rich's `divide_line`), lines
cut with "…", and tables drawn as `render/output.py`'s console_table is (box SIMPLE_HEAD, no edge,
one space between columns, expanding to the width by the columns' ratios; every column's
overflow "…"; headers at the bottom of the header row, cells at the top of theirs).

Only for text that rich measures one cell a character (`fits`), and for tables whose columns fit
without rich shrinking them: otherwise `table` returns None and the caller draws with rich.
tests/test_plain_render.py compares both on random screens. Port of rich 15's `_wrap.py`,
`_ratio.py`, `Table._calculate_column_widths`, `Text.wrap` and `Padding`, for that subset.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from math import ceil
from typing import Literal, NamedTuple

_WORD = re.compile(r"\s*\S+\s*")
_TRAILING_BLANKS = re.compile(r"\s+$")


# Where the characters rich measures one cell each are sure to be: Latin (Vietnamese too),
# general punctuation, arrows, operators, box drawing and blocks ("─", "█", "░"). Not wide
# ones, nor those that join others into one (combining marks, joiners), nor controls.
ONE_CELL = ((0x20, 0x7E), (0xA1, 0x24F), (0x1E00, 0x1EFF), (0x2010, 0x205E), (0x2190, 0x25FF))


def fits(text: str) -> bool:
    """Whether every character of `text` is one cell for rich, alone: Vietnamese in NFC is; a
    tab, a line break, a combining accent or a CJK character is not."""
    if text.isascii():
        return text.isprintable()
    return all(
        any(low <= ord(char) <= high for low, high in ONE_CELL)
        and char.isprintable()
        and not unicodedata.category(char).startswith("M")
        and unicodedata.east_asian_width(char) not in ("W", "F")
        for char in text
    )


def _divide_line(text: str, width: int, fold: bool) -> list[int]:
    """rich._wrap.divide_line for one-cell characters: where to break `text`."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group(0)
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            if fold:
                pieces = [word[i : i + width] for i in range(0, len(word), width)]
                for index, piece in enumerate(pieces):
                    if start:
                        breaks.append(start)
                    if index == len(pieces) - 1:
                        offset = len(piece)
                    else:
                        start += len(piece)
            else:
                if start:
                    breaks.append(start)
                offset = len(word)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def _truncate(line: str, width: int, ellipsis: bool) -> str:
    if len(line) > width:
        return line[: width - 1] + "…" if ellipsis else line[:width]
    return line


def _rstrip_end(line: str, width: int) -> str:
    """Text.rstrip_end: blanks beyond `width` at the end removed."""
    if len(line) > width:
        blanks = _TRAILING_BLANKS.search(line)
        if blanks is not None:
            return line[: len(line) - min(len(blanks.group(0)), len(line) - width)]
    return line


def wrap(
    text: str,
    width: int,
    *,
    no_wrap: bool = False,
    ellipsis: bool = False,
    justify: Literal["default", "left", "right"] = "default",
) -> list[str]:
    """Text.wrap: `text` (one line, no tab) as the lines rich prints at `width`."""
    if no_wrap:
        lines = [text]
    else:
        breaks = _divide_line(text, width, fold=not ellipsis)
        bounds = zip([0, *breaks], [*breaks, len(text)], strict=True)
        lines = [_rstrip_end(text[start:end], width) for start, end in bounds]
    if justify == "left":
        lines = [_truncate(line, width, ellipsis).ljust(width) for line in lines]
    elif justify == "right":
        lines = [_truncate(line.rstrip(), width, ellipsis).rjust(width) for line in lines]
    return [_truncate(line, width, ellipsis) for line in lines]


def ratio_distribute(total: int, ratios: list[int], minimums: list[int] | None = None) -> list[int]:
    """rich._ratio.ratio_distribute."""
    if minimums:
        ratios = [ratio if minimum else 0 for ratio, minimum in zip(ratios, minimums, strict=True)]
    total_ratio = sum(ratios)
    remaining = total
    shares: list[int] = []
    for ratio, minimum in zip(ratios, minimums or [0] * len(ratios), strict=True):
        share = (
            max(minimum, ceil(ratio * remaining / total_ratio)) if total_ratio > 0 else remaining
        )
        shares.append(share)
        total_ratio -= ratio
        remaining -= share
    return shares


class Styled(NamedTuple):
    """A cell's text with its colour (for rich only)."""

    text: str
    style: str


Cell = str | Styled


def cell_text(cell: Cell) -> str:
    return cell.text if isinstance(cell, Styled) else cell


class Column(NamedTuple):
    """A table column as rich's `Table.add_column` takes it (its overflow always "…")."""

    header: str
    justify: Literal["left", "right"] = "left"
    no_wrap: bool = False
    ratio: int | None = None
    width: int | None = None
    max_width: int | None = None


def _measure(text: str, max_width: int) -> tuple[int, int]:
    """Measurement.get of a Text: its longest word and its longest line, at most max_width."""
    longest = len(text)
    shortest = max((len(word) for word in text.split()), default=longest)
    low, high = min(shortest, longest), longest
    low, high = min(low, max_width), min(high, max_width)
    return (0, 0) if high < 1 else (min(low, high), high)


def _column_range(column: Column, cells: list[str], pad: int, max_width: int) -> tuple[int, int]:
    """Table._measure_column."""
    if max_width < 1:
        return 0, 0
    if column.width is not None:
        fixed = min(column.width + pad, max_width)
        return fixed, fixed
    lows, highs = [], []
    for text in cells:  # each inside Padding(0, pad)
        if max_width - pad < 1:
            low = high = max_width
        else:
            low, high = _measure(text, max_width)
            low, high = min(low + pad, max_width), min(high + pad, max_width)
        low = min(max(0, low), high)  # Measurement.get: normalised, at most max_width
        if high < 1:
            low = high = 0
        lows.append(low)
        highs.append(high)
    low, high = min(max(lows), max_width), min(max(highs), max_width)
    if column.max_width is not None:
        low, high = min(low, column.max_width + pad), min(high, column.max_width + pad)
    return low, high


def table(
    columns: Sequence[Column], cells: Sequence[Sequence[Cell]], width: int
) -> list[str] | None:
    """The lines of the table at `width` (blanks at their ends kept), or None when its columns
    do not fit unshrunk, or some text does not `fit`."""
    rows = [[cell_text(cell) for cell in row] for row in cells]
    texts = [column.header for column in columns] + [cell for row in rows for cell in row]
    if not all(fits(text) for text in texts):
        return None
    last = len(columns) - 1
    pads = [0 if index == last else 1 for index in range(len(columns))]
    max_width = width - last  # one space between columns
    by_column = [
        [column.header, *(row[index] for row in rows)] for index, column in enumerate(columns)
    ]
    ranges = [
        _column_range(column, by_column[index], pads[index], max_width)
        for index, column in enumerate(columns)
    ]
    widths = [high or 1 for _, high in ranges]
    flexible = [index for index, column in enumerate(columns) if column.ratio is not None]
    if any(columns[index].ratio for index in flexible):
        fixed = [
            0 if column.ratio is not None else high
            for column, (_, high) in zip(columns, ranges, strict=True)
        ]
        ratios = [columns[index].ratio or 0 for index in flexible]
        minimums = [(columns[index].width or 1) + pads[index] for index in flexible]
        shares = ratio_distribute(max_width - sum(fixed), ratios, minimums)
        for index, share in zip(flexible, shares, strict=True):
            widths[index] = fixed[index] + share
    if sum(widths) > max_width:
        return None  # rich would shrink columns: its own layout
    if sum(widths) < max_width:
        widths = [
            w + extra
            for w, extra in zip(
                widths, ratio_distribute(max_width - sum(widths), widths), strict=True
            )
        ]
    lines = _row(columns, [column.header for column in columns], widths, pads, header=True)
    lines.append("─" * (sum(widths) + last))
    for row in rows:
        lines += _row(columns, row, widths, pads, header=False)
    return lines


def _row(
    columns: Sequence[Column], row: Sequence[str], widths: list[int], pads: list[int], header: bool
) -> list[str]:
    blocks = []
    for column, text, width, pad in zip(columns, row, widths, pads, strict=True):
        inner = width - pad
        lines = wrap(text, inner, no_wrap=column.no_wrap, ellipsis=True, justify=column.justify)
        blocks.append([line.ljust(inner)[:inner] + " " * pad for line in lines])
    height = max(len(block) for block in blocks)
    for block, width in zip(blocks, widths, strict=True):
        blank = [" " * width] * (height - len(block))
        block[:] = blank + block if header else block + blank  # headers sit at the bottom
    return [" ".join(block[line] for block in blocks) for line in range(height)]
