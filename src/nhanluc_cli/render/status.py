"""`nhanluc status` as one screen (80-120 columns wide): the plan, the date, how far the period
has run, the tasks by status, the most urgent overdue and due-soon occurrences, the indicators.

The lists are cut at STATUS_ROWS rows each (with a line naming the command that shows them all)
so the dashboard stays one screen even years into the plan; JSON always carries every row.

The screen is described first (`status_screen`: lines, lines in pieces of their own colour,
tables), then drawn: by rich, or, when rich would draw it without colour (piped), by
render/plain.py as rich would, without importing rich (~35 ms of a warm `status`).
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal, NamedTuple

from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.render import plain
from nhanluc_cli.render.plain import Cell, Column
from nhanluc_cli.render.tasks import STATUS_STYLE, LastColumns, occurrence_columns
from nhanluc_cli.render.words import (
    indicator_status_word,
    latest_text,
    target_text,
    task_status_word,
    task_statuses_shown,
)
from nhanluc_cli.vietnamese import format_date, format_number

if TYPE_CHECKING:
    from nhanluc_cli.judging.status_view import Dashboard, IndicatorLine

STATUS_ROWS = 6
TITLE_LINES = 2
BAR_WIDTH = 20


class Line(NamedTuple):
    """A line of the screen. `fit`: "wrap" at words, "cut" to one line ending in "…", "crop"
    to one line."""

    text: str
    style: str = ""
    fit: Literal["wrap", "cut", "crop"] = "wrap"


class Pieces(NamedTuple):
    """A line in pieces of their own colour (None: the line's)."""

    pieces: tuple[tuple[str, str | None], ...]


class Grid(NamedTuple):
    columns: list[Column]
    rows: list[list[Cell]]


Item = Line | Pieces | Grid


def print_status(board: Dashboard, plan_file: str, lang: Lang) -> None:
    from nhanluc_cli.render.output import plain_text_will_do, table_width, write_lines

    width = table_width()
    items = status_screen(board, plan_file, lang, width)
    lines = plain_lines(items, width) if plain_text_will_do() else None
    if lines is not None:
        write_lines(lines)
        return
    _draw(items)


def status_screen(board: Dashboard, plan_file: str, lang: Lang, width: int) -> list[Item]:
    """What the screen shows, in order, at `width` columns."""
    items = _header(board, plan_file, lang, width)
    items.append(Line(""))
    items.append(Line(word("status.tasks", lang, count=sum(board.task_counts.values())), "bold"))
    items += _task_counts(board.task_counts, lang, width)
    items += _occurrences(board, lang, "overdue")
    if board.closed_on is None:  # nothing falls due any more on a closed plan
        items += _occurrences(board, lang, "due_soon")
    items += _indicators(board, lang, width)
    return items


def _draw(items: Sequence[Item]) -> None:
    """The screen drawn by rich: in colour on a terminal."""
    from rich.text import Text

    from nhanluc_cli.render.output import console, rich_table

    out = console()
    for item in items:
        if isinstance(item, Grid):
            out.print(rich_table(item.columns, item.rows))
        elif isinstance(item, Pieces):
            text = Text()
            for piece, style in item.pieces:
                text.append(piece, style=style)
            out.print(text)
        elif not item.text:
            out.print()
        elif item.fit == "cut":
            out.print(item.text, style=item.style or None, overflow="ellipsis", no_wrap=True)
        elif item.fit == "crop":
            out.print(item.text, style=item.style or None, no_wrap=True)
        else:
            out.print(item.text, style=item.style or None)


def plain_lines(items: Sequence[Item], width: int) -> list[str] | None:
    """The screen as rich draws it without colour (render/plain.py), or None when some of it
    is beyond what plain.py lays out as rich does."""
    lines: list[str] = []
    for item in items:
        if isinstance(item, Grid):
            drawn = plain.table(item.columns, item.rows, width)
            if drawn is None:
                return None
            lines += drawn
            continue
        text = "".join(piece for piece, _ in item.pieces) if isinstance(item, Pieces) else item.text
        if not plain.fits(text):
            return None
        fit = "wrap" if isinstance(item, Pieces) else item.fit
        lines += plain.wrap(text, width, no_wrap=fit != "wrap", ellipsis=fit == "cut")
    return lines


def _header(board: Dashboard, plan_file: str, lang: Lang, width: int) -> list[Item]:
    plan = board.plan
    date = format_date(plan.date, lang)
    items: list[Item] = [
        Line(word("status.plan", lang, id=plan.id, date=date, issuer=plan.issuer), "bold", "cut")
    ]
    items += [Line(line, fit="crop") for line in _title_lines(plan.title, width)]
    percent = format_number(board.elapsed * 100, lang, 0) + "%"
    filled = round(board.elapsed * BAR_WIDTH)
    bar = "█" * filled + "░" * (BAR_WIDTH - filled)
    # Once closed, the share is of the period the plan lived, not of time gone by.
    key = "status.elapsed" if board.closed_on is None else "status.elapsed_closed"
    elapsed = word(key, lang, start=plan.start, end=plan.end, percent=percent)
    as_of = word("status.as_of", lang, date=format_date(board.as_of, lang))
    items.append(Line(f"{as_of} · {elapsed} {bar}", "bold"))
    if board.closed_on is not None:
        items.append(Line(_closed_line(board, lang), "bold"))
    if board.reporting is not None:  # the reporting calendar (contract §17)
        items.append(Line(_reporting_line(board, lang)))
    sources = word(
        "status.sources",
        lang,
        plan=plan_file,
        known=board.reports_known,
        reports=board.reports_total,
    )
    items.append(Line(sources, "dim", "cut"))
    return items


def _reporting_line(board: Dashboard, lang: Lang) -> str:
    """ "Báo cáo 6 tháng đầu năm 2026: 4/6 cơ quan đã nộp; hạn 20/06/2026"."""
    from nhanluc_cli.i18n import period_words

    line = board.reporting
    assert line is not None
    return word(
        "status.reporting",
        lang,
        title=period_words(line.period, lang),
        received=line.received,
        expected=line.expected,
        due=format_date(line.due, lang),
    )


def _closed_line(board: Dashboard, lang: Lang) -> str:
    """Why the plan is over: its legal end, or simply its period (contract §9.1)."""
    assert board.closed_on is not None
    day = format_date(board.closed_on, lang)
    plan = board.plan
    if plan.ended_reason is None:
        return word("status.closed", lang, date=day)
    return word(
        "status.closed_early", lang, date=day, reason=plan.ended_reason, basis=plan.ended_basis
    )


def _title_lines(title: str, width: int) -> list[str]:
    lines = textwrap.wrap(title, width)
    if len(lines) <= TITLE_LINES:
        return lines
    kept = lines[:TITLE_LINES]
    kept[-1] = kept[-1][: width - 1].rstrip() + "…"
    return kept


def _counts_lines(items: Sequence[tuple[str, int, str]], width: int) -> list[Item]:
    """ "word n" items joined by " · ", indented, wrapped between items (never inside one)."""
    lines: list[Item] = []
    line: list[tuple[str, str | None]] = [("  ", None)]
    length = 2
    for label, count, style in items:
        item = f"{label} {count}"
        if length > 2 and length + 3 + len(item) > width:
            lines.append(Pieces(tuple(line)))
            line, length = [("  ", None)], 2
        if length > 2:
            line.append((" · ", None))
            length += 3
        line.append((item, (style or None) if count else "dim"))
        length += len(item)
    lines.append(Pieces(tuple(line)))
    return lines


def _task_counts(counts: Mapping[str, int], lang: Lang, width: int) -> list[Item]:
    items = [
        (task_status_word(s, lang), counts.get(s, 0), STATUS_STYLE[s])
        for s in task_statuses_shown(counts)
    ]
    return _counts_lines(items, width)


def _occurrences(board: Dashboard, lang: Lang, which: Literal["overdue", "due_soon"]) -> list[Item]:
    rows = board.overdue if which == "overdue" else board.due_soon
    items: list[Item] = [Line("")]
    if which == "overdue":
        heading = word("status.overdue", lang)
        if board.closed_on is not None:
            heading = word("status.unfinished", lang, date=format_date(board.closed_on, lang))
        items.append(Line(heading, "bold red" if rows else "bold"))
    else:
        items.append(Line(word("status.due_soon", lang, days=board.soon_days), "bold"))
    if not rows:
        items.append(Line("  " + word("status.none", lang)))
        return items
    last: LastColumns = "days_late" if which == "overdue" else "days_left"
    shown = rows[:STATUS_ROWS]
    items.append(Grid(*occurrence_columns(shown, lang, board.as_of, last)))
    if len(rows) > len(shown):
        command = "nhanluc overdue" if which == "overdue" else "nhanluc tasks --status due_soon"
        items.append(Line(word("status.more", lang, count=len(rows) - len(shown), command=command)))
    return items


# ---------------------------------------------------------------------------------------------
# Indicators: their statuses and figures come from the Dashboard, their words and number formats
# from `render.words`.


def _indicators(board: Dashboard, lang: Lang, width: int) -> list[Item]:
    counts = board.indicator_counts
    items: list[Item] = [Line("")]
    items.append(Line(word("status.indicators", lang, count=board.indicators_total), "bold"))
    words = [(word(f"indicator_status.{s}", lang), n, "") for s, n in counts.items()]
    items += _counts_lines(words, width)
    if board.not_on_track:
        items.append(Line(""))
        items.append(Line(word("status.not_on_track", lang), "bold"))
        items.append(_not_on_track_table(board.not_on_track, lang))
        if len(board.not_on_track) > STATUS_ROWS:
            more = len(board.not_on_track) - STATUS_ROWS
            command = "nhanluc indicators"
            items.append(Line(word("status.more_indicators", lang, count=more, command=command)))
    return items


def _not_on_track_table(results: Sequence[IndicatorLine], lang: Lang) -> Grid:
    rows: list[list[Cell]] = []
    for line in results[:STATUS_ROWS]:
        known = line.latest_as_of
        when = f" ({format_date(known, lang)})" if known is not None else ""
        rows.append(
            [
                line.name,
                latest_text(line, lang) + when,
                f"{target_text(line.target, lang)} ({line.by})",
                indicator_status_word(line.status, lang),
            ]
        )
    # Figures, targets and status words are shown whole; only the name gives way ("…").
    headers = [word(key, lang) for key in ("status.col.latest", "status.col.target")]
    headers.append(word("tasks.col.status", lang))
    widths = [max(len(headers[i]), *(len(str(row[i + 1])) for row in rows)) for i in range(3)]
    columns = [
        Column(word("status.col.indicator", lang), no_wrap=True, ratio=1),
        Column(headers[0], justify="right", width=widths[0]),
        Column(headers[1], justify="right", width=widths[1]),
        Column(headers[2], width=widths[2]),
    ]
    return Grid(columns, rows)
