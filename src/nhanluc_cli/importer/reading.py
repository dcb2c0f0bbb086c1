"""Blocks -> a draft plan: header facts, targets, tasks, recipients and signer.

An official plan has one shape (Nghị định 30/2020/NĐ-CP): the issuing body, "Số: 60/KH-UBND",
"Càng Long, ngày 04 tháng 8 năm 2021", "KẾ HOẠCH" and its trích yếu, the "Căn cứ" paragraphs,
sections I, II, III ... (targets where a heading announces them, and in sentences that set one;
tasks in a table, in sections that assign their own lead and time, or in prose), "Nơi nhận" and
the signature. Each fact is read where that shape puts it; a fact not found is left out with a
note. A readable document always gives a draft (contract §16): nothing found is not an error.
"""

from __future__ import annotations

from collections.abc import Sequence

from nhanluc_cli.importer.closing import read_closing
from nhanluc_cli.importer.draft import Block, Draft, DraftTask, Paragraph, Skipped, TaskTable
from nhanluc_cli.importer.header import read_header
from nhanluc_cli.importer.prose import prose_tasks
from nhanluc_cli.importer.sections import split_sections
from nhanluc_cli.importer.targets import read_targets
from nhanluc_cli.importer.tasks import section_tasks, table_tasks


def read_plan(blocks: Sequence[Block]) -> Draft:
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    tables = [b for b in blocks if isinstance(b, TaskTable)]
    header = read_header(paragraphs)
    sections = split_sections(paragraphs)
    period = header.period
    groups, indicators = read_targets(paragraphs, period.end if period else None)
    tasks: list[DraftTask | Skipped] = [*section_tasks(sections)]
    for table in tables:
        tasks.extend(table_tasks(table))
    ids = {t.id for t in tasks if isinstance(t, DraftTask)}
    titles = {t.title for t in tasks if isinstance(t, DraftTask)}
    for task in prose_tasks(paragraphs):
        if task.id not in ids and task.title not in titles:
            ids.add(task.id)
            tasks.append(task)
    if all(t.line is not None for t in tasks):
        # Plain text: tasks from the table, the sections and the prose in the document's order.
        tasks.sort(key=lambda t: t.line or 0)
    recipients, signer = read_closing(paragraphs)
    return Draft(
        number=header.number,
        date=header.date,
        place=header.place,
        issuer=header.issuer,
        title=header.title,
        legal_bases=header.legal_bases,
        period=period,
        indicator_groups=tuple(groups),
        indicators=tuple(indicators),
        tasks=tuple(tasks),
        recipients=recipients,
        signer=signer,
        notes=header.notes,
        blank=header.blank,
    )
