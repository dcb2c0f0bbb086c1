"""Blocks -> a draft plan: header facts, the targets section, and the tasks.

An official plan has one shape (Nghị định 30/2020/NĐ-CP): the issuing body, "Số: 60/KH-UBND",
"Càng Long, ngày 04 tháng 8 năm 2021", "KẾ HOẠCH" and its trích yếu, the "Căn cứ" paragraphs,
sections I, II, III ... (targets in "Mục tiêu cụ thể", tasks in the section on nhiệm vụ, some with
"Cơ quan chủ trì: ..." and "Thời gian thực hiện: ..." lines), and a task table, often in an
appendix. Each fact is read where that shape puts it; a fact not found is left out with a note.
"""

from __future__ import annotations

from collections.abc import Sequence

from nhanluc_cli.importer.draft import (
    Block,
    Draft,
    DraftTask,
    ImportProblem,
    Paragraph,
    Skipped,
    TaskTable,
)
from nhanluc_cli.importer.header import read_header
from nhanluc_cli.importer.sections import split_sections
from nhanluc_cli.importer.targets import read_targets
from nhanluc_cli.importer.tasks import section_tasks, table_tasks


def read_plan(blocks: Sequence[Block]) -> Draft:
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    tables = [b for b in blocks if isinstance(b, TaskTable)]
    if not tables:
        raise ImportProblem("import.no_task_table")
    header = read_header(paragraphs)
    sections = split_sections(paragraphs)
    period = header.period
    groups, indicators = read_targets(sections, period.end if period else None)
    tasks: list[DraftTask | Skipped] = [*section_tasks(sections)]
    for table in tables:
        tasks.extend(table_tasks(table))
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
        notes=header.notes,
    )
