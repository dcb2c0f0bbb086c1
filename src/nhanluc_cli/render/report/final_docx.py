"""`nhanluc report --final --format docx`: the final evaluation as a Word document (NĐ 30/2020).

An adapter, as docx.py is for the progress report: it maps the evaluation's view model
(`final.FinalReport`, the one the Markdown and HTML documents render) and the plan's header fields
into `nd30.OfficialDocument`. Kind "BÁO CÁO", trích yếu "Tổng kết thực hiện Kế hoạch số … giai
đoạn …" (or "Sơ kết …" while the plan runs); sections: indicators (target against each year's
figure, verdict), tasks by outcome, shortcomings with the explanations on record, and the
direction for the next period. The yearly table fits portrait A4 at 11 pt. No file name and no
command appears in the printed text.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.render.report.document import (
    issuer_code,
    issuer_lines,
    signer_authority,
    signer_position,
)
from nhanluc_cli.render.report.nd30 import (
    Align,
    Block,
    OfficialDocument,
    Paragraph,
    Section,
    Table,
    occurrence_cell,
    signature_block,
)

if TYPE_CHECKING:
    from nhanluc_cli.model import Plan
    from nhanluc_cli.render.report.final import FinalIndicatorLine, FinalReport, FinalTaskLine

__all__ = ["final_document"]

_YEARLY_PT = 11


def final_document(report: FinalReport, plan: Plan, as_of: date) -> OfficialDocument:
    """The evaluation `report` (built for `as_of`) as an official document of `plan`'s issuer."""
    lang = report.lang
    return OfficialDocument(
        issuer="\n".join(issuer_lines(report.issuer)),
        number_label=word("document.number", lang, code=issuer_code(report.plan_id)),
        place=report.place,
        day=as_of,
        kind=word("document.report_kind", lang),
        subject=report.subject,
        opening=(Paragraph(report.opening),),
        sections=(
            _indicators(report),
            _tasks(report),
            _shortcomings(report),
            _direction(report),
        ),
        closing=(Paragraph(report.closing),),
        recipients=tuple(plan.recipients),
        signer=signature_block(signer_authority(plan), signer_position(plan)),
        lang=lang,
        author=report.compiled_by or report.issuer,
    )


def _indicators(report: FinalReport) -> Section:
    lang = report.lang
    years = tuple(str(y) for y in report.years)
    centred: tuple[Align, ...] = tuple("center" for _ in years)
    rows: list[tuple[str, ...]] = []
    spanning: set[int] = set()
    for group in report.indicator_groups:
        spanning.add(len(rows))
        rows.append((group.title,))
        rows += [
            (str(i.number), i.name, f"{i.target}\n({i.by})", *i.figures, i.verdict_label)
            for i in group.lines
        ]
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
        font_pt=_YEARLY_PT,
    )
    return Section(
        word("final.section.indicators", lang),
        (
            Paragraph(report.indicator_summary),
            table,
            Paragraph(report.yearly_note, italic=True),
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
    parts = tuple(
        Section(group.heading, (_task_table(group.lines, lang),)) for group in report.task_groups
    )
    return Section(
        word("final.section.tasks", lang), (Paragraph(report.task_summary),), parts=parts
    )


def _shortcomings(report: FinalReport) -> Section:
    lang = report.lang
    blocks: list[Block] = [Paragraph(report.shortcomings)]
    if report.explanations:
        blocks.append(Paragraph(word("final.shortcomings.explained", lang)))
        blocks.append(
            Table(
                headers=(
                    word("final.col.item", lang),
                    word("final.col.result", lang),
                    word("final.col.explanation", lang),
                    word("final.col.reported", lang),
                ),
                rows=tuple((e.subject, e.status, e.text, e.reported) for e in report.explanations),
                widths=(55, 24, 50, 42),
                align=("left", "center", "left", "left"),
                font_pt=_YEARLY_PT,
            )
        )
    else:
        blocks.append(Paragraph(word("final.shortcomings.none", lang)))
    return Section(word("final.section.shortcomings", lang), tuple(blocks))


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
    lang = report.lang
    parts = []
    for part in report.direction:
        blocks: list[Block] = []
        if part.tasks:
            blocks.append(_task_table(part.tasks, lang))
        if part.indicators:
            blocks.append(_carried_indicators(part.indicators, lang))
        parts.append(Section(part.heading, tuple(blocks)))
    if not parts:
        return Section(report.direction_heading, (Paragraph(word("final.direction.none", lang)),))
    return Section(report.direction_heading, parts=tuple(parts))
