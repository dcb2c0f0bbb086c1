"""A draft -> plan YAML text laid out like data/plan60.yaml, with comments where a person must look.

Written by hand, not by a YAML library: the comments are the point. Every string is a double-
quoted scalar (JSON's escapes are YAML's), so no text of the document can change the structure.
A guess carries `# kiểm tra lại`; a fact not read is a comment in its field's place, so that the
loader names the field that is still missing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from nhanluc_cli.importer.agencies import assign_ids, name_key
from nhanluc_cli.importer.draft import Draft, DraftIndicator, DraftTask, Skipped
from nhanluc_cli.importer.targets import ELSEWHERE_GROUP
from nhanluc_cli.plan.deadlines import parse_deadline
from nhanluc_cli.vietnamese import fold

CHECK = "kiểm tra lại"
NO_YEAR = "by: văn bản không nêu năm, cũng không rõ giai đoạn — điền năm"
PERIOD_YEAR = f"{CHECK}: câu không nêu năm; lấy năm cuối giai đoạn"
PROSE = f"{CHECK}: đọc từ đoạn văn"
UNREAD_DEADLINE = f"{CHECK}: chưa hiểu thời hạn"
# Why each measure (contract §15) was guessed, in the words of the sentence.
MEASURES = {
    "yearly": 'câu nói "mỗi năm": số liệu từng năm so với mục tiêu',
    "average_yearly": 'câu nói "trung bình/bình quân mỗi năm": bình quân các năm',
    "growth": 'câu nói "tăng bình quân ... %/năm": tốc độ tăng mỗi năm; unit là đơn vị của số liệu',
    "cumulative": 'câu nói "giai đoạn": cộng dồn cả giai đoạn',
    "maintain": 'câu nói "duy trì": đạt ở mọi lần đo',
}


def quote(text: str) -> str:
    """A double-quoted YAML scalar; characters YAML reads as line breaks are escaped too."""
    dumped = json.dumps(text, ensure_ascii=False)
    return "".join(ch if ch.isprintable() or ch == " " else f"\\u{ord(ch):04x}" for ch in dumped)


def comment(text: str) -> str:
    """One comment line; a character YAML does not allow (a control code) shows escaped."""
    line = " ".join(text.split())
    return "# " + "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in line)


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def draft_yaml(draft: Draft, source: str) -> str:
    agency_names = list(_agency_names(draft))
    ids = assign_ids(agency_names)
    lines = [
        comment(f"Bản nháp kế hoạch do `nhanluc import` đọc từ {source}."),
        comment(f'Chữ giữ nguyên như văn bản. Dòng có "# {CHECK}" là phỏng đoán, cần đối chiếu'),
        comment("với văn bản; chú thích đứng thay một trường là chỗ chưa đọc được, cần điền."),
        "",
        *_header(draft),
        "",
        *_agencies(agency_names, ids),
        "",
        *_indicators(draft),
        "",
        *_tasks(draft, ids),
    ]
    return "\n".join(lines) + "\n"


def _field(
    key: str, value: str | None, missing: str | None = None, indent: str = "", remark: str = ""
) -> list[str]:
    """`key: value`, or in its place a comment saying why it is missing."""
    if value is None:
        return [f"{indent}{comment(f'{key}: ' + (missing or 'không đọc được'))}"]
    line = f"{indent}{key}: {value}"
    return [f"{line}  {comment(remark)}" if remark else line]


def _header(draft: Draft) -> list[str]:
    notes = draft.notes
    lines = [
        *_field("id", quote(draft.number) if draft.number else None, notes.get("id")),
        *_field("date", draft.date.isoformat() if draft.date else None, notes.get("date")),
    ]
    if draft.place:
        lines.append(f"place: {quote(draft.place)}")
    issuer = quote(draft.issuer) if draft.issuer else None
    lines += _field("issuer", issuer, notes.get("issuer"), remark=notes.get("issuer", ""))
    if draft.title:
        lines += [comment(notes.get("title", "")), f"title: {quote(draft.title)}"]
    else:
        lines += _field("title", None, notes.get("title"))
    if draft.legal_bases:
        lines.append(comment(notes.get("legal_bases", 'Các đoạn "Căn cứ ...", bỏ chữ "Căn cứ ".')))
        lines.append("legal_bases:")
        lines += [f"  - {quote(text)}" for text in draft.legal_bases]
    else:
        lines.append(
            comment('legal_bases: không thấy đoạn "Căn cứ ..." hay "Thực hiện ..." — điền nếu cần')
        )
    period = draft.period
    if period is None:
        lines += _field("period", None, notes.get("period"))
    else:
        horizon = f", horizon: {period.horizon}" if period.horizon else ""
        value = f"{{start: {period.start}, end: {period.end}{horizon}}}"
        lines += _field("period", value, remark=notes.get("period", ""))
    lines += _closing(draft)
    declared = {letter for letter, _ in draft.indicator_groups}
    # Indicators read before any heading, or in a document that heads none, still need their
    # group declared (E220 otherwise): one per letter used, named for a person to check.
    undeclared = dict.fromkeys(
        i.group
        for i in draft.indicators
        if isinstance(i, DraftIndicator) and i.group not in declared
    )
    if draft.indicator_groups or undeclared:
        lines.append("groups:")
        # One line each, as the document heads them "a) ...": the letters are read, not guessed.
        lines += [
            f"  - {{id: {letter}, name: {quote(name)}}}" for letter, name in draft.indicator_groups
        ]
        lines += [
            f"  - {{id: {letter}, name: {quote(_GROUP_NAMES.get(letter, 'Chỉ tiêu'))}}}  "
            f"{comment(f'{CHECK}: văn bản không chia nhóm; đặt tên nhóm')}"
            for letter in undeclared
        ]
    return lines


def _closing(draft: Draft) -> list[str]:
    """ "Nơi nhận" as `recipients`, the signature block as `signer` (data/plan60.yaml's shape)."""
    lines: list[str] = []
    if draft.recipients:
        lines.append('# "Nơi nhận:" cuối văn bản, như văn bản viết (bỏ gạch đầu dòng và dấu ";").')
        lines.append("recipients:")
        lines += [f"  - {quote(text)}" for text in draft.recipients]
    else:
        lines.append(comment('recipients: không thấy "Nơi nhận:" ở cuối văn bản — điền nếu cần'))
    signer = draft.signer
    if signer is None:
        lines.append(comment("signer: không thấy khối chữ ký (TM. .../CHỨC VỤ/họ tên) — điền"))
        return lines
    lines.append("signer:")
    if signer.name:
        lines.append(f"  name: {quote(signer.name)}")
    else:
        lines.append(f"  {comment('name: không đọc được họ tên người ký — điền')}")
    recased = f"  {comment(f'{CHECK}: văn bản viết chữ hoa')}" if signer.recased else ""
    if signer.position:
        lines.append(f"  position: {quote(signer.position)}{recased}")
    if signer.on_behalf:
        lines.append(f"  on_behalf: {quote(signer.on_behalf)}{recased}")
    return lines


# The group of targets read outside the targets' sections of a document that has groups.
_GROUP_NAMES = {ELSEWHERE_GROUP: "Chỉ tiêu nêu ở phần khác của văn bản"}


def _agency_names(draft: Draft) -> Iterable[str]:
    for task in draft.tasks:
        if isinstance(task, DraftTask):
            if task.issuer:
                yield task.issuer
            yield from task.leads
            yield from task.partners


def _agencies(names: list[str], ids: dict[str, str]) -> list[str]:
    lines = [
        "# Mọi cơ quan nêu trong cột ban hành, chủ trì, phối hợp; một tên một mục. Mã (id) tự",
        f"# sinh từ tên, dùng trong các tệp báo cáo: đổi cho gọn nếu muốn — {CHECK}.",
        "agencies:",
    ]
    seen: set[str] = set()
    for name in names:
        key = name_key(name)
        if key in seen:
            continue
        seen.add(key)
        lines.append(f"  - id: {ids[key]}  {comment(f'{CHECK}: mã tự sinh')}")
        lines.append(f"    name: {quote(name)}")
    if not seen:
        lines[-1] = "agencies: []"
    return lines


def _indicators(draft: Draft) -> list[str]:
    lines = [
        "# Chỉ tiêu nháp từ mục tiêu cụ thể: `text` là câu của văn bản; tên, mã, loại mục tiêu",
        f"# (target), đơn vị và năm (by) là phỏng đoán — {CHECK} từng chỉ tiêu.",
        "indicators:",
    ]
    taken: set[str] = set()
    count = 0
    for item in draft.indicators:
        if isinstance(item, Skipped):
            lines.append(f"  {comment(item.text)}")
            continue
        count += 1
        identifier = _unique(_indicator_id(item.name, count), taken)
        lines += _indicator(item, identifier, grouped=bool(draft.indicator_groups))
    if count == 0:
        lines[2] = "indicators: []"
        lines.insert(2, comment("không tìm thấy chỉ tiêu nào: thêm theo mẫu của data/plan60.yaml"))
    return lines


def _indicator_id(name: str, count: int) -> str:
    words = re.findall(r"[a-z0-9]+", fold(name))
    identifier = "_".join(words[:6])[:40].rstrip("_")
    return identifier if identifier and not identifier[0].isdigit() else f"chi_tieu_{count}"


def _unique(identifier: str, taken: set[str]) -> str:
    candidate, n = identifier, 2
    while candidate in taken:
        candidate, n = f"{identifier}_{n}", n + 1
    taken.add(candidate)
    return candidate


def _indicator(item: DraftIndicator, identifier: str, *, grouped: bool) -> list[str]:
    lines = [f"  {comment(note)}" for note in item.notes]
    lines.append(f"  - id: {identifier}  {comment(f'{CHECK}: mã tự sinh')}")
    ungrouped = f"  {comment(f'{CHECK}: văn bản không chia nhóm a), b), ...')}"
    lines.append(f"    group: {item.group}{'' if grouped else ungrouped}")
    lines.append(f"    name: {quote(item.name)}  {comment(CHECK)}")
    lines.append(f"    text: {quote(item.text)}")
    lines.append(f"    unit: {quote(item.unit) if item.unit else 'null'}")
    if item.measure != "level":
        why = comment(f"{CHECK}: {MEASURES[item.measure]}")
        lines.append(f"    measure: {item.measure}  {why}")
    if item.kind == "range" and item.lo is not None and item.hi is not None:
        target = f"{{kind: range, lo: {_number(item.lo)}, hi: {_number(item.hi)}}}"
    elif item.value is not None:
        target = f"{{kind: {item.kind}, value: {_number(item.value)}}}"
    else:
        target = f"{{kind: {item.kind}}}"
    lines.append(f"    target: {target}  {comment(CHECK)}")
    if item.by is None:
        lines.append(f"    {comment(NO_YEAR)}")
    elif item.by_stated:
        lines.append(f"    by: {item.by}  {comment(CHECK)}")
    else:
        lines.append(f"    by: {item.by}  {comment(PERIOD_YEAR)}")
    return lines


def _tasks(draft: Draft, ids: dict[str, str]) -> list[str]:
    lines = [
        "# Nhiệm vụ: tên, cơ quan, sản phẩm và thời gian đúng như văn bản, theo thứ tự văn bản.",
        "tasks:",
    ]
    count = 0
    for item in draft.tasks:
        if isinstance(item, Skipped):
            lines += ["", f"  {comment(_skipped_row(item))}"]
            continue
        count += 1
        lines += _task(item, ids)
    if count == 0:
        lines[1] = "tasks: []"
        lines.insert(1, comment("không tìm thấy bảng hay đoạn giao nhiệm vụ: thêm nhiệm vụ"))
    return lines


def _skipped_row(item: Skipped) -> str:
    where = f" (dòng {item.line})" if item.line else ""
    if item.heading:
        return f"Nhóm nhiệm vụ {item.text}{where}; mã các nhiệm vụ trong nhóm bắt đầu bằng số nhóm"
    return f"Dòng không đọc được thành nhiệm vụ{where}, cần nhập tay: {item.text}"


def _ref(name: str, ids: dict[str, str]) -> str:
    return ids[name_key(name)]


def _task(task: DraftTask, ids: dict[str, str]) -> list[str]:
    lines = [""]
    if task.line:
        lines.append(f"  {comment(f'dòng {task.line}')}")
    lines += [f"  {comment(note)}" for note in task.notes]
    if task.from_prose:
        lines.append(f"  {comment(PROSE)}")
    lines.append(f"  - id: {quote(task.id)}")
    lines += _field("title", quote(task.title) if task.title else None, "ô trống", "    ")
    if task.details:
        lines.append("    details:")
        lines += [f"      - {quote(text)}" for text in task.details]
    if task.has_issuer_column:
        lines.append(f"    issuer: {_ref(task.issuer, ids) if task.issuer else 'null'}")
    if len(task.leads) == 1:
        lines.append(f"    lead: {_ref(task.leads[0], ids)}")
    elif task.leads:
        lines.append(f"    lead: [{', '.join(_ref(n, ids) for n in task.leads)}]")
    else:
        lines.append(f"    {comment('lead: ô chủ trì trống — điền mã cơ quan chủ trì')}")
    partners = f"    partners: [{', '.join(_ref(n, ids) for n in task.partners)}]"
    if len(task.partners) > 1:
        split = f'{CHECK}: tách thành {len(task.partners)} cơ quan tại ",", ";" hay "và"'
        partners += f"  {comment(split)}"
    lines.append(partners)
    lines.append(f"    product: {quote(task.product) if task.product else 'null'}")
    understood = task.deadline is None or parse_deadline(task.deadline) is not None
    lines += _field(
        "deadline",
        quote(task.deadline) if task.deadline else None,
        "không thấy thời hạn trong đoạn văn — điền như văn bản viết"
        if task.from_prose
        else "ô thời gian trống — điền như văn bản viết",
        "    ",
        remark="" if understood else UNREAD_DEADLINE,
    )
    return lines
