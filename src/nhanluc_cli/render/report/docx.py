"""The progress report as an official document (NĐ 30/2020/NĐ-CP), for Word, Markdown and HTML.

An adapter: it maps the report's view model (`document.ProgressReport`) and the head of the
body that issues it (`official.DocumentHead`: issuer in force, place, recipients, signer) into
`nd30.OfficialDocument`, which nd30.py writes as Word and official.py as Markdown and HTML, so
the three say the same in the same form (contract §18). The sections are a báo cáo sơ kết's: I.
leadership, II. indicators, III. tasks (the overdue list, each agency's counts), IV. shortcomings
(explanations on record quoted), V. direction (referring to the lists), VI. proposals, with a
visible placeholder where only a person can write; then the phụ lục: the occurrences of the
period, the sources (the progress reports' own references), the charts (HTML). Each occurrence
appears once; no file name, command or software credit appears in the printed text.

The document is dated the as-of day and numbered "Số:      /BC-<code>" with the number left to
the clerk; the signature block leaves the name blank for whoever signs.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.render.report.document import counts_text
from nhanluc_cli.render.report.nd30 import (
    Block,
    Figure,
    OfficialDocument,
    Paragraph,
    Section,
    Table,
    occurrence_cell,
    roman,
)
from nhanluc_cli.render.report.official import placeholder, quoted_explanation

if TYPE_CHECKING:
    from nhanluc_cli.render.report.document import (
        CountLine,
        ExplanationText,
        IndicatorLine,
        ProgressReport,
        TaskLine,
    )
    from nhanluc_cli.render.report.official import DocumentHead

__all__ = ["report_document"]

_EMPHASISED = frozenset({"overdue", "missed"})


def report_document(
    report: ProgressReport,
    as_of: date,
    head: DocumentHead,
    figures: tuple[Figure, ...] = (),
) -> OfficialDocument:
    """The progress report `report` (built for `as_of`) as an official document of the body
    `head` names (contract §18): the sections of a báo cáo, the long lists in phụ lục, each
    overdue occurrence once (section III), and `figures` (the HTML page's charts) in a phụ lục
    of their own."""
    lang = report.lang
    cited = dict(
        id=report.plan_id,
        date=report.plan_date,
        issuer=report.issuer,
        as_of=report.as_of,
        period=report.period_title,
    )
    title = report.title[:1].lower() + report.title[1:] if lang == "vi" else report.title
    # A long overdue list is Phụ lục I; the body says how many and refers to it (each
    # occurrence appears once in the whole document).
    long_overdue = len(report.overdue) > LONG_TABLE
    overdue_ref = (
        word("sections.ref_annex", lang, number=roman(1))
        if long_overdue
        else word("sections.ref_overdue", lang)
    )
    annexes = [_tasks_annex(report, overdue_ref, 2 if long_overdue else 1), _sources_annex(report)]
    if long_overdue:
        overdue_annex = Section(
            word("document.part.overdue", lang), (_overdue_table(report.overdue, lang),)
        )
        annexes.insert(0, overdue_annex)
    if figures:
        annexes.append(
            Section(word("sections.annex_charts", lang), (*_chart_notes(report), *figures))
        )
    charts_annex = len(annexes) if figures else 0
    sections = (
        _leadership(report),
        _indicators(report, charts_annex),
        _tasks(report, overdue_ref),
        _shortcomings(report, overdue_ref),
        _direction(report, overdue_ref, 2 if long_overdue else 1),
        Section(word("sections.proposals", lang), (placeholder(lang),)),
    )
    return OfficialDocument(
        issuer=head.issuer,
        number_label=head.number_label,
        place=head.place,
        day=as_of,
        kind=word("document.report_kind", lang),
        subject=word(report.subject_key, lang, **cited),
        opening=(Paragraph(word(report.opening_key, lang, title=title, **cited)),),
        sections=sections,
        closing=(Paragraph(word("document.closing", lang, **cited)),),
        recipients=head.recipients,
        signer=head.signer,
        lang=lang,
        author=head.issuer_name or report.compiled_by or report.issuer,
        to=head.to,
        annexes=tuple(annexes),
    )


# A table longer than this many rows goes to a phụ lục.
LONG_TABLE = 10


def _leadership(report: ProgressReport) -> Section:
    lang = report.lang
    blocks: list[Block] = [Paragraph(report.elapsed_sentence)]
    if report.compiled_by:
        blocks.append(Paragraph(word("document.compiled_by", lang, agency=report.compiled_by)))
    blocks.append(placeholder(lang))
    return Section(word("sections.leadership", lang), tuple(blocks))


def _counts_paragraph(key: str, total: int, lines: tuple[CountLine, ...], lang: Lang) -> Paragraph:
    counts = counts_text(lines) or word("document.none", lang).rstrip(".")
    return Paragraph(word(key, lang, count=total, counts=counts))


def _chart_notes(report: ProgressReport) -> tuple[Paragraph, ...]:
    lang = report.lang
    notes = [Paragraph(word("report.charts_legend", lang), italic=True, indent=False)]
    missing = ", ".join(
        str(line.number)
        for group in report.indicator_groups
        for line in group.lines
        if line.chart is None and not line.latest_date
    )
    if missing:
        notes.append(
            Paragraph(word("report.charts_without_data", lang, numbers=missing), indent=False)
        )
    return tuple(notes)


def _due(line: TaskLine) -> str:
    """The due date in force, then the extension in words, else the plan's wording."""
    if line.extension:
        return f"{line.due}\n({line.extension})"
    return f"{line.due}\n({line.deadline})" if line.deadline else line.due


def _late(line: TaskLine) -> str:
    """Days late; for an occurrence due on a closed plan's last day, what it is instead."""
    return line.days_late or line.status_label


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
            (
                occurrence_cell(o.task, o.year),
                o.title,
                o.lead,
                _due(o),
                o.days_late or o.status_label,
            )
            for o in lines
        ),
        widths=(16, 60, 36, 28, 25),
        align=("center", "left", "left", "center", "center"),
    )


def _latest(line: IndicatorLine) -> str:
    return f"{line.latest}\n({line.latest_date})" if line.latest_date else line.latest


def _indicators(report: ProgressReport, charts_annex: int) -> Section:
    lang = report.lang
    rows: list[tuple[str, ...]] = []
    spanning: set[int] = set()
    emphasised: set[int] = set()
    ids: list[str] = []
    statuses: list[str] = []
    for group in report.indicator_groups:
        spanning.add(len(rows))
        rows.append((group.title,))
        ids.append("")
        statuses.append("")
        for i in group.lines:
            if i.status in _EMPHASISED or i in report.not_on_track:
                emphasised.add(len(rows))
            ids.append(f"indicator-{i.id}")
            statuses.append(i.status)
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
        row_ids=tuple(ids),
        row_status=tuple(statuses),
        status_column=5,
    )
    blocks: list[Block] = [
        _counts_paragraph(
            "document.indicators_counts", report.indicator_total, report.indicator_counts, lang
        ),
        table,
        Paragraph(word("document.projected_note", lang), italic=True),
    ]
    if charts_annex:
        blocks.append(Paragraph(word("sections.charts_in_annex", lang, number=roman(charts_annex))))
    blocks.append(placeholder(lang))
    return Section(word("sections.indicators", lang), tuple(blocks))


def _tasks(report: ProgressReport, overdue_ref: str) -> Section:
    lang = report.lang
    overdue: tuple[Block, ...]
    if not report.overdue:
        overdue = (Paragraph(word("document.none", lang)),)
    elif overdue_ref == word("sections.ref_overdue", lang):
        overdue = (_overdue_table(report.overdue, lang),)
    else:
        count = len(report.overdue)
        overdue = (Paragraph(word("sections.overdue_in_annex", lang, count=count)),)
    tasks_annex = 1 if overdue_ref == word("sections.ref_overdue", lang) else 2
    by_agency = Table(
        headers=(
            word("sections.col.agency", lang),
            word("sections.col.total", lang),
            word("sections.col.situation", lang),
        ),
        rows=tuple((a.agency, str(a.total), counts_text(a.counts)) for a in report.agencies),
        widths=(60, 18, 87),
        align=("left", "center", "left"),
    )
    return Section(
        word("sections.tasks", lang),
        (_counts_paragraph("document.tasks_counts", report.task_total, report.task_counts, lang),),
        parts=(
            Section(word("document.part.overdue", lang), overdue),
            Section(
                word("sections.by_agency", lang),
                (
                    by_agency,
                    Paragraph(word("sections.see_annex", lang, number=roman(tasks_annex))),
                    placeholder(lang),
                ),
            ),
        ),
    )


def _shortcomings(report: ProgressReport, overdue_ref: str) -> Section:
    lang = report.lang
    names = "; ".join(f"{i.number}. {i.name}" for i in report.not_on_track)
    blocks: list[Block] = [
        Paragraph(
            word(
                "sections.shortcomings_progress",
                lang,
                as_of=report.as_of,
                overdue=len(report.overdue),
                ref=overdue_ref,
                behind=len(report.not_on_track),
                indicators=report.indicator_total,
                names=f" ({names})" if names else "",
            )
        )
    ]
    blocks += _explanation_blocks(report.explanations, lang)
    blocks.append(placeholder(lang))
    return Section(word("sections.shortcomings", lang), tuple(blocks))


def _explanation_blocks(explanations: tuple[ExplanationText, ...], lang: Lang) -> list[Block]:
    if not explanations:
        return [Paragraph(word("sections.no_explanation", lang))]
    blocks: list[Block] = [Paragraph(word("sections.explanations", lang))]
    blocks += [
        quoted_explanation(e.subject, e.status, e.text, e.reported, lang) for e in explanations
    ]
    return blocks


def _direction(report: ProgressReport, overdue_ref: str, tasks_annex: int) -> Section:
    """What is left to do, by reference to the lists (never repeating them); on a closed plan,
    what the next plan or a successor takes over."""
    lang = report.lang
    overdue, behind = len(report.overdue), len(report.not_on_track)
    if report.closed_on:
        text = word(
            "sections.direction_closed",
            lang,
            date=report.closed_on,
            overdue=overdue,
            ref=overdue_ref,
            behind=behind,
        )
    else:
        items = []
        if overdue:
            items.append(word("sections.direction_overdue", lang, count=overdue, ref=overdue_ref))
        if report.coming_count:
            items.append(
                word(
                    "sections.direction_coming",
                    lang,
                    count=report.coming_count,
                    annex=roman(tasks_annex),
                )
            )
        if behind:
            items.append(word("sections.direction_behind", lang, count=behind))
        if items:
            text = word("sections.direction_lead", lang, items="; ".join(items))
        else:
            text = word("sections.direction_nothing", lang)
    return Section(word("sections.direction", lang), (Paragraph(text), placeholder(lang)))


def _task_row(o: TaskLine, lang: Lang) -> tuple[str, ...]:
    status = o.status_label + (f"\n{o.completed_on}" if o.completed_on else "")
    return (
        occurrence_cell(o.task, o.year),
        o.title + ("\n" + word("document.product", lang, product=o.product) if o.product else ""),
        _due(o),
        status,
        o.reference,
    )


def _tasks_annex(report: ProgressReport, overdue_ref: str, number: int) -> Section:
    lang = report.lang
    parts = []
    for agency in report.period_tasks:
        counts = word(
            "document.agency_counts", lang, total=agency.total, counts=counts_text(agency.counts)
        )
        table = Table(
            headers=(
                word("tasks.col.task", lang),
                word("document.col.title_product", lang),
                word("tasks.col.due", lang),
                word("report.col.status", lang),
                word("report.col.reference", lang),
            ),
            rows=tuple(_task_row(o, lang) for o in agency.tasks),
            widths=(16, 60, 28, 26, 35),
            align=("center", "left", "center", "center", "left"),
            emphasised=frozenset(n for n, o in enumerate(agency.tasks) if o.status in _EMPHASISED),
            row_status=tuple(o.status for o in agency.tasks),
            status_column=3,
        )
        parts.append(Section(agency.agency, (Paragraph(counts), table)))
    blocks: list[Block] = []
    if not parts:
        blocks.append(Paragraph(word("document.none", lang)))
    if report.later_count:
        blocks.append(
            Paragraph(
                word(
                    "sections.later",
                    lang,
                    count=report.later_count,
                    end=report.period_end,
                    years=report.later_years,
                )
            )
        )
    heading = word("sections.annex_tasks", lang, ref=overdue_ref)
    return Section(heading, tuple(blocks), parts=tuple(parts))


def _sources_annex(report: ProgressReport) -> Section:
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
    if report.reports_later:
        later = "; ".join(f.reference for f in report.reports_later)
        blocks.append(Paragraph(word("report.reports_later", lang, date=report.as_of, files=later)))
    if report.measurements:
        blocks.append(Paragraph(word("document.figures", lang)))
        blocks.append(_figures_table(report))
    return Section(word("sections.annex_sources", lang), tuple(blocks))


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
