"""`nhanluc report --final`: the evaluation as an official document (NĐ 30/2020/NĐ-CP).

An adapter, as docx.py is for the progress report: it maps the evaluation's view model
(`final.FinalReport`) and the head of the body that issues it into `nd30.OfficialDocument`,
written as Word (nd30.py), Markdown and HTML (official.py). Kind "BÁO CÁO", trích yếu "Tổng kết
thực hiện Kế hoạch số … giai đoạn …" (or "Sơ kết …" while the plan runs); sections I-VII of a báo
cáo tổng kết (V. lessons learned only once the plan has closed), the yearly table of the
indicators in II, every occurrence once in Phụ lục I by outcome, which VI refers to. No file
name, command or software credit appears in the printed text.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.render.report.nd30 import (
    Align,
    Block,
    OfficialDocument,
    Paragraph,
    Section,
    Table,
    occurrence_cell,
    roman,
)
from nhanluc_cli.render.report.official import placeholder, quoted_explanation

if TYPE_CHECKING:
    from nhanluc_cli.render.report.final import FinalIndicatorLine, FinalReport, FinalTaskLine
    from nhanluc_cli.render.report.official import DocumentHead

__all__ = ["final_document"]

_YEARLY_PT = 11
_SHORT = frozenset({"missed", "not_assessable", "no_data"})


def final_document(report: FinalReport, as_of: date, head: DocumentHead) -> OfficialDocument:
    """The evaluation `report` (built for `as_of`) as an official document of the body `head`
    names (contract §18): the sections of a báo cáo tổng kết (sơ kết while the plan runs: no
    lessons learned yet), each occurrence once, in Phụ lục I, which section VI refers to."""
    lang = report.lang
    sections = [
        _leadership(report),
        _indicators(report),
        _tasks(report),
        _shortcomings(report),
    ]
    if not report.interim:
        sections.append(Section(word("sections.lessons", lang), (placeholder(lang),)))
    sections.append(_direction(report))
    sections.append(Section(word("sections.proposals", lang), (placeholder(lang),)))
    annex = Section(
        word("sections.annex_outcomes", lang),
        parts=tuple(
            Section(group.heading, (_task_table(group.lines, lang),))
            for group in report.task_groups
        ),
    )
    return OfficialDocument(
        issuer=head.issuer,
        number_label=head.number_label,
        place=head.place,
        day=as_of,
        kind=word("document.report_kind", lang),
        subject=report.subject,
        opening=(Paragraph(report.opening),),
        sections=tuple(sections),
        closing=(Paragraph(report.closing),),
        recipients=head.recipients,
        signer=head.signer,
        lang=lang,
        author=head.issuer_name or report.compiled_by or report.issuer,
        to=head.to,
        annexes=(annex,) if report.task_groups else (),
    )


def _leadership(report: FinalReport) -> Section:
    lang = report.lang
    blocks: list[Block] = []
    if report.compiled_by:
        blocks.append(Paragraph(word("document.compiled_by", lang, agency=report.compiled_by)))
    blocks.append(placeholder(lang))
    return Section(word("sections.leadership", lang), tuple(blocks))


def _indicators(report: FinalReport) -> Section:
    lang = report.lang
    years = tuple(str(y) for y in report.years)
    centred: tuple[Align, ...] = tuple("center" for _ in years)
    rows: list[tuple[str, ...]] = []
    spanning: set[int] = set()
    emphasised: set[int] = set()  # a final verdict short of the target, in bold
    for group in report.indicator_groups:
        spanning.add(len(rows))
        rows.append((group.title,))
        for i in group.lines:
            if i.final and i.verdict in _SHORT:
                emphasised.add(len(rows))
            rows.append(
                (str(i.number), i.name, f"{i.target}\n({i.by})", *i.figures, i.verdict_label)
            )
    table = Table(
        headers=(
            word("report.col.no", lang),
            word("final.col.indicator", lang),
            word("final.col.target", lang),
            *years,
            word("final.col.verdict", lang),
        ),
        rows=tuple(rows),
        widths=(9, 44, 22, *(14 for _ in years), 20),
        align=("center", "left", "center", *centred, "center"),
        spanning=frozenset(spanning),
        emphasised=frozenset(emphasised),
        font_pt=_YEARLY_PT,
    )
    return Section(
        word("sections.indicators", lang),
        (
            Paragraph(report.indicator_summary),
            table,
            Paragraph(report.yearly_note, italic=True),
            placeholder(lang),
        ),
    )


def _task_table(lines: tuple[FinalTaskLine, ...], lang: Lang) -> Table:
    return Table(
        headers=(
            word("tasks.col.task", lang),
            word("tasks.col.title", lang),
            word("final.col.lead", lang),
            word("final.col.due", lang),
            word("final.col.result", lang),
            word("final.col.reference", lang),
        ),
        rows=tuple(
            (
                occurrence_cell(o.task, o.year),
                o.title,
                o.lead,
                o.due,
                o.result,
                o.reference,
            )
            for o in lines
        ),
        widths=(18, 46, 27, 25, 27, 30),
        align=("center", "left", "left", "center", "left", "left"),
        font_pt=_YEARLY_PT,
    )


def _tasks(report: FinalReport) -> Section:
    lang = report.lang
    table = Table(
        headers=(word("sections.col.outcome", lang), word("sections.col.total", lang)),
        rows=tuple((group.label, str(len(group.lines))) for group in report.task_groups),
        widths=(120, 45),
        align=("left", "center"),
    )
    blocks: list[Block] = [Paragraph(report.task_summary)]
    if report.task_groups:
        blocks += [table, Paragraph(word("sections.see_annex", lang, number=roman(1)))]
    blocks.append(placeholder(lang))
    return Section(word("sections.tasks", lang), tuple(blocks))


def _shortcomings(report: FinalReport) -> Section:
    lang = report.lang
    blocks: list[Block] = [Paragraph(report.shortcomings)]
    if report.explanations:
        blocks.append(Paragraph(word("sections.explanations", lang)))
        blocks += [
            quoted_explanation(e.subject, e.status, e.text, e.reported, lang)
            for e in report.explanations
        ]
    else:
        blocks.append(Paragraph(word("sections.no_explanation", lang)))
    blocks.append(placeholder(lang))
    return Section(word("sections.shortcomings", lang), tuple(blocks))


def _carried_indicators(lines: tuple[FinalIndicatorLine, ...], lang: Lang) -> Table:
    return Table(
        headers=(
            word("report.col.no", lang),
            word("final.col.indicator", lang),
            word("final.col.target", lang),
            word("final.col.verdict", lang),
        ),
        rows=tuple((str(i.number), i.name, f"{i.target} ({i.by})", i.verdict_label) for i in lines),
        widths=(9, 90, 36, 30),
        align=("center", "left", "center", "center"),
        font_pt=_YEARLY_PT,
    )


def _direction(report: FinalReport) -> Section:
    """What the next period takes over, by reference to Phụ lục I (each occurrence is listed
    there once), and the targets not achieved."""
    lang = report.lang
    part_of = {group.outcome: n for n, group in enumerate(report.task_groups, start=1)}
    counts = {group.outcome: len(group.lines) for group in report.task_groups}
    carried = ("unfinished", "terminated", "transferred", "in_progress")
    blocks: list[Block] = []
    present = [key for key in carried if counts.get(key)]  # only what there is: no "0 lượt"
    if present:
        labels = {group.outcome: group.label for group in report.task_groups}
        items = [
            word(
                "sections.direction_item",
                lang,
                label=labels[key][:1].lower() + labels[key][1:],
                count=counts[key],
            )
            for key in present
        ]
        blocks.append(
            Paragraph(
                word(
                    "sections.direction_interim" if report.interim else "sections.direction_final",
                    lang,
                    items=", ".join(items),
                    annex=roman(1),
                    parts=", ".join(str(n) for n in sorted(part_of[k] for k in present)),
                )
            )
        )
    indicators = next((part.indicators for part in report.direction if part.indicators), ())
    if indicators:
        blocks.append(Paragraph(word("sections.direction_indicators", lang)))
        blocks.append(_carried_indicators(indicators, lang))
    if not blocks:
        blocks.append(Paragraph(word("final.direction.none", lang)))
    blocks.append(placeholder(lang))
    return Section(word("sections.direction", lang), tuple(blocks))
