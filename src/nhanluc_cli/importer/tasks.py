"""The tasks: every row of the task table, and sections that assign their own lead and time.

A row's words are kept as the table has them; the lead and partner cells are split into agency
names (agencies.split_agencies). A row that cannot be read is kept as a `Skipped`, to be shown
in its place; a group row ("I | Đào tạo nghề") is a heading whose number prefixes the ids below.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nhanluc_cli.importer.agencies import split_agencies
from nhanluc_cli.importer.draft import DraftTask, Skipped, TableRow, TaskTable
from nhanluc_cli.importer.prose import labelled_fields
from nhanluc_cli.importer.sections import BULLET, Sections, find_section, ocr_notes, subsections
from nhanluc_cli.importer.table import GROUP_LABEL, ROW_NUMBER
from nhanluc_cli.vietnamese import fold

_GROUP_HEADING = re.compile(r"^([IVXLC]{1,6}|[A-ZĐ])\s*[.)]\s")
_ASSIGNMENT = re.compile(r"^(?P<what>[^:]{3,60}):\s*(?P<value>.+)$")


def section_tasks(sections: Sections) -> Iterator[DraftTask]:
    """Subsections of the tasks section that name their own lead and time, like III.1."""
    found = find_section(sections, "nhiem vu")
    if found is None:
        return
    roman, body = found
    for number, heading, paragraphs in subsections(body):
        fields: dict[str, str] = {}
        details: list[str] = []
        bullets_then_lead = False
        for p in paragraphs:
            text = BULLET.sub("", p.text)
            labels = labelled_fields(text)
            match = _ASSIGNMENT.match(text)
            role = _assignment_role(match.group("what")) if match else None
            if labels and "lead" in labels and "lead" not in fields:
                # Bullets just before "Đơn vị chủ trì: ..." are tasks of their own (prose.py).
                bullets_then_lead = bool(details) and BULLET.match(paragraphs[0].text) is not None
                for key, value in labels.items():
                    fields.setdefault(key, value)
            elif labels:
                for key, value in labels.items():
                    fields.setdefault(key, value)
            elif match and role:
                fields.setdefault(role, match.group("value").strip().rstrip(".").strip())
            elif BULLET.match(p.text) and "lead" not in fields:
                details.append(text)
        if "lead" not in fields or bullets_then_lead:
            continue
        leads = split_agencies(fields["lead"])
        yield DraftTask(
            id=f"{roman}.{number}",
            title=heading.rstrip(":"),
            leads=leads,
            partners=split_agencies(fields.get("partners", "")),
            deadline=fields.get("deadline"),
            product=fields.get("product"),
            details=tuple(details),
            notes=_task_notes(heading, leads, fields["lead"]),
            line=paragraphs[0].line if paragraphs else None,
            from_prose=True,
        )


def _assignment_role(what: str) -> str | None:
    folded = fold(what)
    if "chu tri" in folded:
        return "lead"
    if "phoi hop" in folded:
        return "partners"
    if "thoi gian" in folded or "thoi han" in folded:
        return "deadline"
    if "san pham" in folded:
        return "product"
    return None


def _task_notes(title: str, leads: tuple[str, ...], lead_text: str) -> tuple[str, ...]:
    notes = list(ocr_notes(title))
    if len(leads) > 1:
        notes.append(
            f'ô chủ trì nêu {len(leads)} cơ quan ("{lead_text}"): đọc là `lead: [mã, mã]`, '
            "mỗi cơ quan cùng chủ trì; nếu là một cơ quan chung thì gộp lại — kiểm tra lại"
        )
    return tuple(notes)


def table_tasks(table: TaskTable) -> Iterator[DraftTask | Skipped]:
    group = ""
    seen: set[str] = set()
    for row in _continued(table):
        if _column_numbers(row.cells):
            continue  # "(1) | (2) | (3)": the columns' numbers under the header, not a task
        cells = dict(_cells_by_role(table.roles, row))
        number_text = cells.get("number", "")
        extra = len(row.cells) > len(table.roles) and any(row.cells[len(table.roles) :])
        label = GROUP_LABEL.match(number_text)
        others = [v for k, v in cells.items() if k not in ("number", "title") and v]
        if label and not others:
            group = label.group(1)
            title = cells.get("title", "")
            yield Skipped(f"{group}. {title}".rstrip(". "), row.line, heading=True)
            continue
        filled = [c for c in row.cells if c]
        if len(filled) == 1 and not ROW_NUMBER.match(filled[0]):
            # One cell across the row ("I. ĐÀO TẠO NGHỀ", merged in Word): a group heading.
            if numbered := _GROUP_HEADING.match(filled[0]):
                group = numbered.group(1)
            yield Skipped(filled[0], row.line, heading=True)
            continue
        number = ROW_NUMBER.match(number_text)
        if number is None or extra or not any(cells.values()):
            if any(row.cells):
                yield Skipped(" | ".join(row.cells), row.line)
            continue
        task_id = f"{group}.{number.group(1)}" if group else number.group(1)
        yield _row_task(task_id, cells, table, row, duplicate=task_id in seen)
        seen.add(task_id)


def _continued(table: TaskTable) -> list[TableRow]:
    """Rows with a row cut by a page break put back together: a row with no number whose
    filled cells begin in lower case ("và dân cư của xã") goes on the numbered row above it,
    cell by cell (Word splits a table there; a PDF gives the rest on the next page)."""
    number_at = table.roles.index("number") if "number" in table.roles else None
    rows: list[TableRow] = []
    for row in table.rows:
        filled = [c for c in row.cells if c]
        above = rows[-1] if rows else None
        numbered_above = (
            above is not None
            and number_at is not None
            and number_at < len(above.cells)
            and ROW_NUMBER.match(above.cells[number_at]) is not None
        )
        own_number = number_at is not None and number_at < len(row.cells) and row.cells[number_at]
        lower = any(cell[:1].islower() for cell in filled)
        if above is not None and numbered_above and filled and not own_number and lower:
            width = max(len(above.cells), len(row.cells))
            merged = tuple(
                " ".join(part for part in (_cell(above, i), _cell(row, i)) if part)
                for i in range(width)
            )
            rows[-1] = TableRow(merged, above.line)
            continue
        rows.append(row)
    return rows


def _cell(row: TableRow, index: int) -> str:
    return row.cells[index] if index < len(row.cells) else ""


_COLUMN_NUMBER = re.compile(r"^\(?\s*([0-9]{1,2}|[A-Z])\s*\)?$")


def _column_numbers(cells: tuple[str, ...]) -> bool:
    """A row that numbers the columns: "(1) (2) (3) ...", "1 2 3 ...", "A B C ..."."""
    filled = [c for c in cells if c]
    if len(filled) < 3 or not all(_COLUMN_NUMBER.match(c) for c in filled):
        return False
    marks = [_COLUMN_NUMBER.match(c).group(1) for c in filled]  # type: ignore[union-attr]
    return marks == sorted(marks, key=lambda m: (len(m), m)) and len(set(marks)) == len(marks)


def _cells_by_role(roles: tuple[str | None, ...], row: TableRow) -> Iterator[tuple[str, str]]:
    for index, role in enumerate(roles):
        if role is not None:
            yield role, row.cells[index] if index < len(row.cells) else ""


def _row_task(
    task_id: str, cells: dict[str, str], table: TaskTable, row: TableRow, *, duplicate: bool
) -> DraftTask:
    title = cells.get("title") or None
    leads = split_agencies(cells.get("lead", ""))
    notes = list(_task_notes(title or "", leads, cells.get("lead", "")))
    if duplicate:
        notes.append(f"số thứ tự {task_id} lặp lại trong bảng: đổi `id` cho khác — kiểm tra lại")
    issuer = cells.get("issuer") or None
    return DraftTask(
        id=task_id,
        title=title,
        leads=leads,
        partners=split_agencies(cells.get("partners", "")),
        deadline=cells.get("deadline") or None,
        product=cells.get("product") or None,
        issuer=issuer,
        has_issuer_column="issuer" in table.roles,
        notes=tuple(notes),
        line=row.line,
    )
