"""Blocks -> a draft plan: header facts, the targets section, and the tasks.

An official plan has one shape (Nghị định 30/2020/NĐ-CP): the issuing body, "Số: 60/KH-UBND",
"Càng Long, ngày 04 tháng 8 năm 2021", "KẾ HOẠCH" and its trích yếu, the "Căn cứ" paragraphs,
sections I, II, III ... (targets in "Mục tiêu cụ thể", tasks in the section on nhiệm vụ, some with
"Cơ quan chủ trì: ..." and "Thời gian thực hiện: ..." lines), and a task table, often in an
appendix. Each fact is read where that shape puts it; a fact not found is left out with a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date

from nhanluc_cli.importer.agencies import split_agencies
from nhanluc_cli.importer.draft import (
    Block,
    Draft,
    DraftIndicator,
    DraftTask,
    ImportProblem,
    Paragraph,
    PlanPeriod,
    Skipped,
    TableRow,
    TaskTable,
)
from nhanluc_cli.importer.table import GROUP_LABEL, ROW_NUMBER
from nhanluc_cli.importer.targets import sentence_indicators
from nhanluc_cli.vietnamese import fold

_ROMAN = re.compile(r"^([IVX]{1,5})\.\s*(.+)$")
_NUMBERED = re.compile(r"^([0-9]{1,2})\.\s*(.+)$")
_LETTERED = re.compile(r"^([a-zđ])\)\s*(.*)$")
_BULLET = re.compile(r"^[-+•–]\s*")
_NUMBER_LINE = re.compile(r"^Số\s*:?\s*(.*)$")
_PLACE_DATE = re.compile(
    r"^(?P<place>[^,]{2,60}),\s*ngày\s+(?P<d>[0-9]{1,2})\s+tháng\s+(?P<m>[0-9]{1,2})\s+năm\s+"
    r"(?P<y>[0-9]{4})"
)
_ATTACHED_TO = re.compile(r"Kèm theo .*?\bcủa\s+(.+?)\s*\)?\s*$")
_PERIOD = re.compile(r"giai đoạn\s+((?:19|20|21)[0-9]{2})\s*[-–—]\s*((?:19|20|21)[0-9]{2})")
_HORIZON = re.compile(r"(?:định hướng|tầm nhìn)\s+(?:đến\s+)?(?:năm\s+)?((?:19|20|21)[0-9]{2})")
_ONE_YEAR = re.compile(r"\bnăm\s+((?:19|20|21)[0-9]{2})\b")
_LEVELS = ("huyen", "xa", "thi tran", "phuong", "quan", "thi xa", "thanh pho", "tinh")
# Known OCR slips in plans: noted where they occur, never silently corrected.
OCR_SUSPECTS = (("Kết hoạch", "Kế hoạch"), ("vận dân", "vạn dân"))


def read_plan(blocks: Sequence[Block]) -> Draft:
    paragraphs = [b for b in blocks if isinstance(b, Paragraph)]
    tables = [b for b in blocks if isinstance(b, TaskTable)]
    if not tables:
        raise ImportProblem("import.no_task_table")
    notes: dict[str, str] = {}
    title_at = _title_index(paragraphs)
    top = paragraphs[:title_at] if title_at is not None else paragraphs[:12]
    number = _number(top, notes)
    place, day = _place_and_date(top, notes)
    title = _title(paragraphs, title_at, notes)
    issuer = _issuer(top, paragraphs, notes)
    period = _period(title, paragraphs, notes)
    sections = _sections(paragraphs)
    groups, indicators = _targets(sections, period.end if period else None)
    tasks: list[DraftTask | Skipped] = [*_section_tasks(sections)]
    for table in tables:
        tasks.extend(_table_tasks(table))
    return Draft(
        number=number,
        date=day,
        place=place,
        issuer=issuer,
        title=title,
        legal_bases=tuple(_legal_bases(paragraphs)),
        period=period,
        indicator_groups=tuple(groups),
        indicators=tuple(indicators),
        tasks=tuple(tasks),
        notes=notes,
    )


def ocr_notes(text: str) -> tuple[str, ...]:
    return tuple(
        f'OCR? "{seen}" có lẽ là "{meant}"; giữ nguyên như văn bản — kiểm tra lại'
        for seen, meant in OCR_SUSPECTS
        if seen in text
    )


# --- Header -----------------------------------------------------------------------------------


def _title_index(paragraphs: list[Paragraph]) -> int | None:
    for index, p in enumerate(paragraphs):
        if fold(p.text).strip(" :") == "ke hoach" and p.text.isupper():
            return index
    return None


def _number(top: list[Paragraph], notes: dict[str, str]) -> str | None:
    for p in top:
        if match := _NUMBER_LINE.match(p.text):
            text = re.sub(r"\s*/\s*", "/", match.group(1)).strip()
            if re.match(r"^[0-9]+/\S+$", text):
                return text
            notes["id"] = f'số hiệu không đọc được: "{p.text}"'
            return None
    notes["id"] = 'không thấy dòng "Số: .../KH-..." ở đầu văn bản'
    return None


def _place_and_date(top: list[Paragraph], notes: dict[str, str]) -> tuple[str | None, date | None]:
    for p in top:
        if match := _PLACE_DATE.search(p.text):
            place = match.group("place").strip()
            try:
                day = date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
            except ValueError:
                notes["date"] = f'ngày không có thật: "{p.text}"'
                return place, None
            return place, day
    notes["date"] = 'không thấy dòng "..., ngày ... tháng ... năm ..." ở đầu văn bản'
    return None, None


def _title(paragraphs: list[Paragraph], at: int | None, notes: dict[str, str]) -> str | None:
    if at is None:
        notes["title"] = 'không thấy tên loại "KẾ HOẠCH" và trích yếu'
        return None
    lines: list[str] = []
    for p in paragraphs[at + 1 : at + 4]:
        if p.text.startswith("Căn cứ") or _ROMAN.match(p.text) or not re.search(r"\w", p.text):
            break
        lines.append(p.text)
        if p.text.endswith((".", ":")) or fold(p.text).startswith("kem theo"):
            break
    if not lines:
        notes["title"] = 'không thấy trích yếu sau "KẾ HOẠCH"'
        return None
    abstract = " ".join(lines).rstrip(".")
    notes["title"] = '"Kế hoạch" + trích yếu dưới "KẾ HOẠCH"'
    return f"Kế hoạch {abstract[:1].lower()}{abstract[1:]}"


def _issuer(top: list[Paragraph], paragraphs: list[Paragraph], notes: dict[str, str]) -> str | None:
    upper = _upper_issuer(top)
    written: list[str] = []
    for p in paragraphs:
        if match := _ATTACHED_TO.search(p.text):
            written.append(match.group(1).strip())
    if upper is None:
        if written:
            return written[0]
        notes["issuer"] = "không thấy tên cơ quan ban hành ở đầu văn bản"
        return None
    for candidate in [*written, *_same_words(upper, paragraphs)]:
        if fold(candidate) == fold(upper):
            return candidate
    notes["issuer"] = f'văn bản viết chữ hoa "{upper}"; đã viết lại chữ thường — kiểm tra lại'
    return _ordinary_case(upper)


def _upper_issuer(top: list[Paragraph]) -> str | None:
    for index, p in enumerate(top):
        folded = fold(p.text)
        if not (folded.startswith("uy ban nhan dan") or folded.startswith("ubnd")):
            continue
        rest = folded.removeprefix("uy ban nhan dan").removeprefix("ubnd").strip()
        if _names_level(rest):
            return p.text
        # The unit's name is on a line of its own, perhaps after the motto's first line when the
        # two columns of the document's head come out interleaved.
        for after in top[index + 1 : index + 4]:
            if after.text.isupper() and _names_level(fold(after.text)):
                return f"{p.text} {after.text}"
    return None


def _names_level(folded: str) -> bool:
    """ "huyen cang long", "xa an phu": the words after "Ủy ban nhân dân" name a unit."""
    return any(folded == level or folded.startswith(level + " ") for level in _LEVELS)


def _same_words(upper: str, paragraphs: list[Paragraph]) -> Iterator[str]:
    """Where the body writes the issuer's name in ordinary case, word for word."""
    size = len(upper.split())
    target = fold(upper)
    for p in paragraphs:
        words = re.findall(r"[\w-]+", p.text)
        for start in range(len(words) - size + 1):
            window = " ".join(words[start : start + size])
            if not window.isupper() and fold(window) == target:
                yield window


def _ordinary_case(upper: str) -> str:
    folded = fold(upper)
    words = upper.split()
    for prefix, written in (("uy ban nhan dan", "Ủy ban nhân dân"), ("ubnd", "UBND")):
        if folded.startswith(prefix):
            lead, rest = written, words[len(prefix.split()) :]
            break
    else:
        return upper
    level_size = next(
        (len(level.split()) for level in _LEVELS if _names_level(fold(" ".join(rest)))), 0
    )
    level = " ".join(rest[:level_size]).lower()
    name = " ".join(w.capitalize() for w in rest[level_size:])
    return " ".join(part for part in (lead, level, name) if part)


def _period(
    title: str | None, paragraphs: list[Paragraph], notes: dict[str, str]
) -> PlanPeriod | None:
    texts = [title or "", *(p.text for p in paragraphs[:40])]
    for text in texts:
        if match := _PERIOD.search(text):
            start, end = int(match.group(1)), int(match.group(2))
            horizon = _HORIZON.search(text[match.end() :])
            years = int(horizon.group(1)) if horizon else None
            return PlanPeriod(start, end, years if years and years >= end else None)
    if title and (match := _ONE_YEAR.search(title)):
        notes["period"] = f'trích yếu chỉ nêu "năm {match.group(1)}": một năm — kiểm tra lại'
        year = int(match.group(1))
        return PlanPeriod(year, year)
    notes["period"] = (
        'không thấy "giai đoạn YYYY - YYYY" trong trích yếu; điền period: {start, end}'
    )
    return None


def _legal_bases(paragraphs: list[Paragraph]) -> Iterator[str]:
    for p in paragraphs:
        if _ROMAN.match(p.text):
            return
        if p.text.startswith("Căn cứ "):
            yield p.text.removeprefix("Căn cứ ")


# --- Sections ---------------------------------------------------------------------------------


def _sections(paragraphs: list[Paragraph]) -> dict[str, list[Paragraph]]:
    """Roman-numbered section -> its paragraphs (the heading first), in document order."""
    sections: dict[str, list[Paragraph]] = {}
    current: list[Paragraph] | None = None
    for p in paragraphs:
        if (match := _ROMAN.match(p.text)) and match.group(1) not in sections:
            current = sections.setdefault(match.group(1), [p])
        elif current is not None:
            current.append(p)
    return sections


def _find_section(
    sections: dict[str, list[Paragraph]], words: str
) -> tuple[str, list[Paragraph]] | None:
    for roman, body in sections.items():
        if words in fold(body[0].text):
            return roman, body
    return None


def _subsections(body: list[Paragraph]) -> list[tuple[str, str, list[Paragraph]]]:
    """Numbered subsections ("1. Mục đích") of a section: (number, heading, paragraphs)."""
    parts: list[tuple[str, str, list[Paragraph]]] = []
    for p in body[1:]:
        match = _NUMBERED.match(p.text)
        if match:
            parts.append((match.group(1), match.group(2).strip(), []))
        elif parts:
            parts[-1][2].append(p)
    return parts


# --- Targets ----------------------------------------------------------------------------------


def _targets(
    sections: dict[str, list[Paragraph]], default_year: int | None
) -> tuple[list[tuple[str, str]], list[DraftIndicator | Skipped]]:
    found = _find_section(sections, "muc tieu")
    if found is None:
        return [], [Skipped('không thấy mục "MỤC TIÊU"; chưa có chỉ tiêu nào')]
    _, body = found
    parts = _subsections(body)
    specific = [ps for _, heading, ps in parts if "cu the" in fold(heading)]
    if specific:
        paragraphs = specific[0]
    elif parts:
        paragraphs = [p for _, h, ps in parts if "tong quat" not in fold(h) for p in ps]
    else:
        paragraphs = body[1:]
    return _read_targets(paragraphs, default_year)


def _read_targets(
    paragraphs: list[Paragraph], default_year: int | None
) -> tuple[list[tuple[str, str]], list[DraftIndicator | Skipped]]:
    groups: list[tuple[str, str]] = []
    indicators: list[DraftIndicator | Skipped] = []
    group = "a"
    index = 0
    while index < len(paragraphs):
        text = paragraphs[index].text
        index += 1
        if match := _LETTERED.match(text):
            heading = match.group(2)
            while heading.endswith(",") and index < len(paragraphs):
                if _BULLET.match(paragraphs[index].text):
                    break
                heading = f"{heading} {paragraphs[index].text}"
                index += 1
            group = match.group(1)
            name, _, statement = heading.partition(": ")
            groups.append((group, name.rstrip(":").strip()))
            if not statement.strip():
                continue
            text = statement
        sentence = _BULLET.sub("", text).strip()
        if sentence.endswith(":") and not re.search(r"[0-9]", sentence):
            indicators.append(Skipped(f"đề mục, không phải chỉ tiêu: {sentence}"))
            continue
        indicators.extend(sentence_indicators(sentence, group, default_year, ocr_notes(sentence)))
    return groups, indicators


# --- Tasks ------------------------------------------------------------------------------------

_GROUP_HEADING = re.compile(r"^([IVXLC]{1,6}|[A-ZĐ])\s*[.)]\s")
_ASSIGNMENT = re.compile(r"^(?P<what>[^:]{3,60}):\s*(?P<value>.+)$")


def _section_tasks(sections: dict[str, list[Paragraph]]) -> Iterator[DraftTask]:
    """Subsections of the tasks section that name their own lead and time, like III.1."""
    found = _find_section(sections, "nhiem vu")
    if found is None:
        return
    roman, body = found
    for number, heading, paragraphs in _subsections(body):
        fields: dict[str, str] = {}
        details: list[str] = []
        for p in paragraphs:
            text = _BULLET.sub("", p.text)
            match = _ASSIGNMENT.match(text)
            role = _assignment_role(match.group("what")) if match else None
            if match and role:
                fields.setdefault(role, match.group("value").strip().rstrip(".").strip())
            elif _BULLET.match(p.text) and "lead" not in fields:
                details.append(text)
        if "lead" not in fields:
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
            f'ô chủ trì nêu {len(leads)} cơ quan ("{lead_text}"): `lead: [mã, mã]` theo '
            "contract §12, nhanluc sắp hỗ trợ; hoặc gộp thành một cơ quan — kiểm tra lại"
        )
    return tuple(notes)


def _table_tasks(table: TaskTable) -> Iterator[DraftTask | Skipped]:
    group = ""
    seen: set[str] = set()
    for row in table.rows:
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
