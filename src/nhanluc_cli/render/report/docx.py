"""`nhanluc report --format docx`: the progress report as a Word document (NĐ 30/2020/NĐ-CP).

An adapter: it maps the report's view model (`report.ProgressReport`, the same one the Markdown
and HTML reports render, header fields included: issuer, place, recipients, signer) into
`nd30.OfficialDocument`, and knows nothing of Word itself. The order is the HTML and Markdown
reports' too: overdue tasks and indicators not on track first, under "what needs attention";
then every indicator, the tasks by lead agency, and the sources as the progress reports' own
references (period, date, who reported, the source each figure cites). No file name and no
command appears in the printed text.

The document is dated the as-of day and numbered "Số:      /BC-<code>" with the number left to
the clerk (the code is the plan's, "UBND" for "60/KH-UBND"); the signature block takes the
plan's signer's authority and position, with the name left blank for whoever signs.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.render.report.document import counts_text
from nhanluc_cli.render.report.nd30 import (
    Block,
    OfficialDocument,
    Paragraph,
    Section,
    Table,
    occurrence_cell,
    signature_block,
)

if TYPE_CHECKING:
    from nhanluc_cli.render.report.document import (
        IndicatorLine,
        ProgressReport,
        TaskLine,
    )

__all__ = ["report_document"]

_EMPHASISED = frozenset({"overdue", "missed"})


def report_document(report: ProgressReport, as_of: date) -> OfficialDocument:
    """The progress report `report` (built for `as_of`) as an official document of its plan's
    issuer."""
    lang = report.lang
    cited = dict(
        id=report.plan_id,
        date=report.plan_date,
        issuer=report.issuer,
        as_of=report.as_of,
        period=report.period_title,
    )
    title = report.title[:1].lower() + report.title[1:] if lang == "vi" else report.title
    sections = (
        _overview(report),
        _attention(report),
        _indicators(report),
        _tasks(report),
        _sources(report),
    )
    return OfficialDocument(
        issuer="\n".join(report.issuer_lines),
        number_label=word("document.number", lang, code=report.issuer_code),
        place=report.place,
        day=as_of,
        kind=word("document.report_kind", lang),
        subject=word(report.subject_key, lang, **cited),
        opening=(Paragraph(word(report.opening_key, lang, title=title, **cited)),),
        sections=sections,
        closing=(Paragraph(word("document.closing", lang, **cited)),),
        recipients=report.recipients,
        signer=signature_block(report.signer_authority, report.signer_position),
        lang=lang,
        author=report.compiled_by or report.issuer,
    )


# ---------------------------------------------------------------------------------------------
# Sections


def _overview(report: ProgressReport) -> Section:
    lang = report.lang
    blocks: list[Block] = [Paragraph(report.elapsed_sentence)]
    if report.compiled_by:
        blocks.append(Paragraph(word("document.compiled_by", lang, agency=report.compiled_by)))
    blocks.append(
        Paragraph(
            word(
                "document.tasks_counts",
                lang,
                count=report.task_total,
                counts=counts_text(report.task_counts) or word("document.none", lang).rstrip("."),
            )
        )
    )
    blocks.append(
        Paragraph(
            word(
                "document.indicators_counts",
                lang,
                count=report.indicator_total,
                counts=counts_text(report.indicator_counts)
                or word("document.none", lang).rstrip("."),
            )
        )
    )
    return Section(word("document.section.overview", lang), tuple(blocks))


def _attention(report: ProgressReport) -> Section:
    lang = report.lang
    none = (Paragraph(word("document.none", lang)),)
    overdue: tuple[Block, ...] = (_overdue_table(report.overdue, lang),) if report.overdue else none
    behind = report.not_on_track
    indicators: tuple[Block, ...] = (_behind_table(behind, lang),) if behind else none
    return Section(
        word("document.section.attention", lang),
        parts=(
            Section(word("document.part.overdue", lang), overdue),
            Section(word("document.part.not_on_track", lang), indicators),
        ),
    )


def _due(line: TaskLine) -> str:
    return f"{line.due}\n({line.deadline})" if line.deadline else line.due


def _overdue_table(lines: tuple[TaskLine, ...], lang: Lang) -> Table:
    return Table(
        headers=(
            word("tasks.col.task", lang),
            word("tasks.col.title", lang),
            word("tasks.col.lead", lang),
            word("tasks.col.due", lang),
            word("tasks.col.days_late", lang),
        ),
        rows=tuple(
            (occurrence_cell(o.task, o.year), o.title, o.lead, _due(o), o.days_late) for o in lines
        ),
        widths=(16, 60, 36, 28, 25),
        align=("center", "left", "left", "center", "center"),
    )


def _latest(line: IndicatorLine) -> str:
    return f"{line.latest}\n({line.latest_date})" if line.latest_date else line.latest


def _behind_table(lines: tuple[IndicatorLine, ...], lang: Lang) -> Table:
    return Table(
        headers=(
            word("report.col.no", lang),
            word("indicators.col.indicator", lang),
            word("indicators.col.target", lang),
            word("document.col.latest", lang),
            word("indicators.col.projected", lang),
            word("indicators.col.status", lang),
        ),
        rows=tuple(
            (str(i.number), i.name, f"{i.target} ({i.by})", _latest(i), i.projected, i.status_label)
            for i in lines
        ),
        widths=(9, 58, 26, 27, 17, 28),
        align=("center", "left", "center", "center", "center", "center"),
    )


def _indicators(report: ProgressReport) -> Section:
    lang = report.lang
    rows: list[tuple[str, ...]] = []
    spanning: set[int] = set()
    emphasised: set[int] = set()
    for group in report.indicator_groups:
        spanning.add(len(rows))
        rows.append((group.title,))
        for i in group.lines:
            if i.status in _EMPHASISED:
                emphasised.add(len(rows))
            rows.append(
                (
                    str(i.number),
                    i.name,
                    f"{i.target} ({i.by})",
                    _latest(i),
                    i.projected,
                    i.status_label,
                )
            )
    table = Table(
        headers=(
            word("report.col.no", lang),
            word("indicators.col.indicator", lang),
            word("indicators.col.target", lang),
            word("document.col.latest", lang),
            word("indicators.col.projected", lang),
            word("indicators.col.status", lang),
        ),
        rows=tuple(rows),
        widths=(9, 58, 26, 27, 17, 28),
        align=("center", "left", "center", "center", "center", "center"),
        emphasised=frozenset(emphasised),
        spanning=frozenset(spanning),
    )
    note = Paragraph(word("document.projected_note", lang), italic=True)
    return Section(word("document.section.indicators", lang), (table, note))


def _tasks(report: ProgressReport) -> Section:
    lang = report.lang
    parts = []
    for agency in report.agencies:
        counts = word(
            "document.agency_counts", lang, total=agency.total, counts=counts_text(agency.counts)
        )
        rows = tuple(
            (
                occurrence_cell(o.task, o.year),
                o.title
                + ("\n" + word("document.product", lang, product=o.product) if o.product else ""),
                _due(o),
                o.status_label + (f"\n{o.completed_on}" if o.completed_on else ""),
                o.reference,
            )
            for o in agency.tasks
        )
        table = Table(
            headers=(
                word("tasks.col.task", lang),
                word("document.col.title_product", lang),
                word("tasks.col.due", lang),
                word("report.col.status", lang),
                word("report.col.reference", lang),
            ),
            rows=rows,
            widths=(16, 60, 28, 26, 35),
            align=("center", "left", "center", "center", "left"),
            emphasised=frozenset(n for n, o in enumerate(agency.tasks) if o.status in _EMPHASISED),
        )
        parts.append(Section(agency.agency, (Paragraph(counts), table)))
    return Section(word("document.section.tasks", lang), parts=tuple(parts))


def _sources(report: ProgressReport) -> Section:
    lang = report.lang
    blocks: list[Block] = []
    if report.reports_used:
        blocks.append(Paragraph(word("document.reports_used", lang)))
        blocks.append(
            Table(
                headers=(
                    word("report.col.period", lang),
                    word("report.col.reported_on", lang),
                    word("report.col.reported_by", lang),
                ),
                rows=tuple(
                    (
                        f.period,
                        f.reported_on
                        + (" " + word("report.dated_by_period", lang) if f.dated_by_period else ""),
                        f.reported_by,
                    )
                    for f in report.reports_used
                ),
                widths=(30, 40, 95),
                align=("center", "center", "left"),
            )
        )
    else:
        blocks.append(Paragraph(word("document.no_reports", lang, as_of=report.as_of)))
    if report.measurements:
        blocks.append(Paragraph(word("document.figures", lang)))
        blocks.append(_figures_table(report))
    return Section(word("document.section.sources", lang), tuple(blocks))


def _figures_table(report: ProgressReport) -> Table:
    """Each indicator's figures under its name (a row across the table), oldest first."""
    lang = report.lang
    rows: list[tuple[str, ...]] = []
    spanning: set[int] = set()
    current = -1
    for m in report.measurements:
        if m.indicator_number != current:
            current = m.indicator_number
            spanning.add(len(rows))
            rows.append((f"{m.indicator_number}. {m.indicator}",))
        rows.append((m.as_of, m.value, "; ".join(text for text in (m.source, m.note) if text)))
    return Table(
        headers=(
            word("report.col.as_of", lang),
            word("report.col.value", lang),
            word("document.col.source", lang),
        ),
        rows=tuple(rows),
        widths=(28, 27, 110),
        align=("center", "center", "left"),
        spanning=frozenset(spanning),
    )
