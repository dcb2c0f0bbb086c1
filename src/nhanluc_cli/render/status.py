"""`nhanluc status` as one screen (80-120 columns wide): the plan, the date, how far the period
has run, the tasks by status, the most urgent overdue and due-soon occurrences, the indicators.

The lists are cut at STATUS_ROWS rows each (with a line naming the command that shows them all)
so the dashboard stays one screen even years into the plan; JSON always carries every row.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.render.tasks import STATUS_STYLE, LastColumns, occurrence_table
from nhanluc_cli.render.words import (
    indicator_status_word,
    latest_text,
    target_text,
    task_status_word,
    task_statuses_shown,
)
from nhanluc_cli.vietnamese import format_date, format_number

if TYPE_CHECKING:
    from rich.console import Console

    from nhanluc_cli.judging.status_view import Dashboard, IndicatorLine

STATUS_ROWS = 6
TITLE_LINES = 2
BAR_WIDTH = 20


def print_status(board: Dashboard, plan_file: str, lang: Lang) -> None:
    from nhanluc_cli.render.output import console

    out = console()
    _header(out, board, plan_file, lang, out.width)
    out.print()
    out.print(word("status.tasks", lang, count=sum(board.task_counts.values())), style="bold")
    for line in _task_counts(board.task_counts, lang, out.width):
        out.print(line)
    _occurrences(out, board, lang, "overdue")
    if board.closed_on is None:  # nothing falls due any more on a closed plan
        _occurrences(out, board, lang, "due_soon")
    _indicators(out, board, lang)


def _header(out: Console, board: Dashboard, plan_file: str, lang: Lang, width: int) -> None:
    plan = board.plan
    out.print(
        word(
            "status.plan", lang, id=plan.id, date=format_date(plan.date, lang), issuer=plan.issuer
        ),
        style="bold",
        overflow="ellipsis",
        no_wrap=True,
    )
    for line in _title_lines(plan.title, width):
        out.print(line, no_wrap=True)
    percent = format_number(board.elapsed * 100, lang, 0) + "%"
    filled = round(board.elapsed * BAR_WIDTH)
    bar = "█" * filled + "░" * (BAR_WIDTH - filled)
    # Once closed, the share is of the period the plan lived, not of time gone by.
    key = "status.elapsed" if board.closed_on is None else "status.elapsed_closed"
    elapsed = word(key, lang, start=plan.start, end=plan.end, percent=percent)
    out.print(
        f"{word('status.as_of', lang, date=format_date(board.as_of, lang))} · {elapsed} {bar}",
        style="bold",
    )
    if board.closed_on is not None:
        out.print(_closed_line(board, lang), style="bold")
    if board.reporting is not None:  # the reporting calendar (contract §17)
        out.print(_reporting_line(board, lang))
    out.print(
        word(
            "status.sources",
            lang,
            plan=plan_file,
            known=board.reports_known,
            reports=board.reports_total,
        ),
        style="dim",
        overflow="ellipsis",
        no_wrap=True,
    )


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


def _counts_lines(items: Sequence[tuple[str, int, str]], width: int) -> list[Any]:
    """ "word n" items joined by " · ", indented, wrapped between items (never inside one)."""
    from rich.text import Text

    lines: list[Any] = []
    line = Text("  ")
    for label, count, style in items:
        item = f"{label} {count}"
        if len(line) > 2 and len(line) + 3 + len(item) > width:
            lines.append(line)
            line = Text("  ")
        if len(line) > 2:
            line.append(" · ")
        line.append(item, style=(style or None) if count else "dim")
    lines.append(line)
    return lines


def _task_counts(counts: Mapping[str, int], lang: Lang, width: int) -> list[Any]:
    items = [
        (task_status_word(s, lang), counts.get(s, 0), STATUS_STYLE[s])
        for s in task_statuses_shown(counts)
    ]
    return _counts_lines(items, width)


def _occurrences(
    out: Console, board: Dashboard, lang: Lang, which: Literal["overdue", "due_soon"]
) -> None:
    rows = board.overdue if which == "overdue" else board.due_soon
    out.print()
    if which == "overdue":
        heading = word("status.overdue", lang)
        if board.closed_on is not None:
            heading = word("status.unfinished", lang, date=format_date(board.closed_on, lang))
        out.print(heading, style="bold red" if rows else "bold")
    else:
        out.print(word("status.due_soon", lang, days=board.soon_days), style="bold")
    if not rows:
        out.print("  " + word("status.none", lang))
        return
    last: LastColumns = "days_late" if which == "overdue" else "days_left"
    shown = rows[:STATUS_ROWS]
    out.print(occurrence_table(shown, lang, board.as_of, last))
    if len(rows) > len(shown):
        command = "nhanluc overdue" if which == "overdue" else "nhanluc tasks --status due_soon"
        out.print(word("status.more", lang, count=len(rows) - len(shown), command=command))


# ---------------------------------------------------------------------------------------------
# Indicators: their statuses and figures come from the Dashboard, their words and number formats
# from `render.words`.


def _indicators(out: Console, board: Dashboard, lang: Lang) -> None:
    out.print()
    counts = board.indicator_counts
    out.print(word("status.indicators", lang, count=board.indicators_total), style="bold")
    items = [(word(f"indicator_status.{s}", lang), n, "") for s, n in counts.items()]
    for line in _counts_lines(items, out.width):
        out.print(line)
    if board.not_on_track:
        out.print()
        out.print(word("status.not_on_track", lang), style="bold")
        out.print(_not_on_track_table(board.not_on_track, lang))
        if len(board.not_on_track) > STATUS_ROWS:
            more = len(board.not_on_track) - STATUS_ROWS
            command = "nhanluc indicators"
            out.print(word("status.more_indicators", lang, count=more, command=command))


def _not_on_track_table(results: Sequence[IndicatorLine], lang: Lang) -> Any:
    from rich import box
    from rich.table import Table

    table = Table(
        box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0), expand=True
    )
    rows = []
    for line in results[:STATUS_ROWS]:
        known = line.latest_as_of
        when = f" ({format_date(known, lang)})" if known is not None else ""
        rows.append(
            (
                line.name,
                latest_text(line, lang) + when,
                f"{target_text(line.target, lang)} ({line.by})",
                indicator_status_word(line.status, lang),
            )
        )
    # Figures, targets and status words are shown whole; only the name gives way ("…").
    headers = [word(key, lang) for key in ("status.col.latest", "status.col.target")]
    headers.append(word("tasks.col.status", lang))
    widths = [max(len(headers[i]), *(len(row[i + 1]) for row in rows)) for i in range(3)]
    table.add_column(word("status.col.indicator", lang), no_wrap=True, overflow="ellipsis", ratio=1)
    table.add_column(headers[0], justify="right", width=widths[0])
    table.add_column(headers[1], justify="right", width=widths[1])
    table.add_column(headers[2], width=widths[2])
    for row in rows:
        table.add_row(*row)
    return table
