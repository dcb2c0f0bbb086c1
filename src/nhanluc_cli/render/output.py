"""The machine formats every listing shares (JSON, CSV) and the console tables are drawn on.

JSON: ISO dates, English keys, nothing else on stdout. CSV: the JSON fields as columns (nested
objects flattened as `target.kind`, lists joined with "; "), starting with a UTF-8 byte-order
mark so that Excel shows Vietnamese correctly.
"""

from __future__ import annotations

import errno
import functools
import io
import os
import re
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TextIO, cast

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from nhanluc_cli.render.plain import Cell, Column

TABLE_WIDTH = 100  # when nothing says how wide the screen is (output piped, no COLUMNS)
MAX_TABLE_WIDTH = 120  # wider than this, a row is hard to follow across the screen
MIN_TABLE_WIDTH = 80  # narrower, ids, dates and status words would no longer fit whole
BOM = "\ufeff"


def _default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(data: object) -> str:
    # json and csv are imported where they are used: the table screens (most runs) need neither.
    import json

    return json.dumps(data, ensure_ascii=False, indent=2, default=_default)


def _flatten(row: Mapping[str, Any], prefix: str = "") -> dict[str, object]:
    flat: dict[str, object] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{name}."))
        elif isinstance(value, list | tuple):
            flat[name] = "; ".join(str(item) for item in value)
        elif isinstance(value, date):
            flat[name] = value.isoformat()
        elif value is None:
            flat[name] = ""
        else:
            flat[name] = value
    return flat


def to_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> str:
    """CSV text with a BOM; `columns` fixes the header when there may be no rows."""
    import csv

    flat = [_flatten(row) for row in rows]
    header = list(columns) if columns is not None else (list(flat[0]) if flat else [])
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(flat)
    return BOM + buffer.getvalue()


def table_width() -> int:
    """The width tables are drawn at: COLUMNS when set (as terminals and CI set it), else the
    terminal's width, else 100 when piped; kept within 80-120 columns (a narrower terminal
    wraps the lines itself, which loses nothing)."""
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isascii() and columns.isdigit():
        width = int(columns)
    elif sys.stdout.isatty():
        import shutil  # only here: piped, its import (bz2, lzma, fnmatch) would be 2 ms for nothing

        width = shutil.get_terminal_size((TABLE_WIDTH, 24)).columns
    else:
        width = TABLE_WIDTH
    return max(MIN_TABLE_WIDTH, min(width, MAX_TABLE_WIDTH))


# What rich reads from the environment that could change its output without colour.
RICH_VARIABLES = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "UNICODE_VERSION")


def plain_text_will_do() -> bool:
    """Whether rich would draw without colour on a UTF-8 stdout, which is not a terminal: then
    render/plain.py may lay the screen out instead (no rich to import: ~35 ms of `status`)."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    return (
        encoding == "utf8"
        and not sys.stdout.isatty()
        and not any(name in os.environ for name in RICH_VARIABLES)
    )


def write_lines(lines: Sequence[str]) -> None:
    """Lines to stdout as console() writes them: blanks at their ends left out, flushed (so that
    a reader gone is seen here, as with rich)."""
    sys.stdout.write("".join(line.rstrip(" \t") + "\n" for line in lines))
    sys.stdout.flush()


def console() -> Console:
    """A console as wide as table_width(); no colour when piped or when NO_COLOR is set."""
    is_terminal = sys.stdout.isatty()
    colour = is_terminal and not os.environ.get("NO_COLOR")
    return _console_class()(
        file=cast(TextIO, _TrimmedLines(sys.stdout)),
        width=table_width(),
        no_color=not colour,
        color_system="auto" if colour else None,
        highlight=False,
        soft_wrap=False,
        # Plan and report text is data: "[ghi chú]" or ":ok:" in a title must print as typed,
        # not as rich markup or an emoji.
        markup=False,
        emoji=False,
    )


def console_table(*, expand: bool = True) -> Table:
    """An empty table drawn as every console table here is: a rule under the header, no frame,
    one space between columns; as wide as the console unless `expand` is False."""
    from rich import box
    from rich.table import Table

    return Table(
        box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0), expand=expand
    )


def rich_table(columns: Sequence[Column], rows: Sequence[Sequence[Cell]]) -> Table:
    """console_table with `columns` and `rows` as render/plain.py lays them out when piped."""
    from rich.text import Text

    from nhanluc_cli.render.plain import Styled

    table = console_table()
    for column in columns:
        table.add_column(
            column.header,
            justify=column.justify,
            no_wrap=column.no_wrap,
            overflow="ellipsis",
            ratio=column.ratio,
            width=column.width,
            max_width=column.max_width,
        )
    for row in rows:
        table.add_row(
            *(
                Text(cell.text, style=cell.style) if isinstance(cell, Styled) else cell
                for cell in row
            )
        )
    return table


@functools.cache
def _console_class() -> type[Console]:
    """rich's Console, but a reader gone is an error for the command to end with, not exit 1."""
    from rich.console import Console

    class PipedConsole(Console):
        def on_broken_pipe(self) -> None:
            # rich would exit 1, the code of findings in the data: the command ends with 141
            # instead (cli/pipes.py), as when it writes without rich.
            self.quiet = True
            raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))

    return PipedConsole


_TRAILING = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)(?=\n)")


class _TrimmedLines(io.TextIOBase):
    """stdout without the spaces rich pads a table's last column with: a line that ends in
    blanks is noise in a diff, an e-mail or a terminal copy (colour codes after them kept).
    Blanks at the end of a write are held back until the next one shows what follows them."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream
        self._held = ""

    def write(self, text: str) -> int:
        whole = self._held + text
        kept = whole.rstrip(" \t")
        self._held = whole[len(kept) :]
        self._stream.write(_TRAILING.sub(r"\1", kept))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", "utf-8") or "utf-8"

    def fileno(self) -> int:
        return self._stream.fileno()


def write_bytes(data: bytes) -> None:
    """Write a binary document (.docx, .xlsx) to stdout; the caller has made sure that stdout
    is not a terminal."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def write(text: str) -> None:
    """Write machine output to stdout as UTF-8, whatever the terminal's locale."""
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
