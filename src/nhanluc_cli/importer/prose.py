"""Tasks written as prose: paragraphs that assign the work, and bullets closed by who leads them.

Plans that have no task table assign their tasks in the text:
- a numbered item whose paragraph names the lead: "4. Hoàn thành di dời 01 khu công nghiệp ra
  khỏi khu dân cư. UBND phường Lào Cai chủ trì, phối hợp với Sở Xây dựng, Sở Tài chính; hoàn
  thành trong quý IV năm 2026.";
- "Giao Sở X chủ trì, phối hợp với Y xây dựng ...; hoàn thành trước ngày 30/6/2026.";
- bullets closed by a labelled line: "- Rà soát ...", "- Xây dựng ...", then "Đơn vị chủ trì:
  Văn phòng Sở; Đơn vị phối hợp: Phòng Quản lý Công nghiệp, Phòng Quản lý Năng lượng." (each
  bullet a task led by them).

Only the sections that assign work are read: not "Mục đích", "Mục tiêu", "Kinh phí" or "Tổ chức
thực hiện" (where "chủ trì, phối hợp" describes duties, not tasks). Every task read here is a
reading of prose, to be checked against the document: the draft says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from nhanluc_cli.importer.agencies import split_agencies
from nhanluc_cli.importer.bodies import BODY_AT
from nhanluc_cli.importer.draft import DraftTask, Paragraph
from nhanluc_cli.importer.sections import BULLET, LETTERED, ROMAN, ocr_notes
from nhanluc_cli.plan.deadlines import parse_deadline
from nhanluc_cli.vietnamese import fold

_NOT_TASKS = ("muc dich", "muc tieu", "chi tieu", "kinh phi", "to chuc thuc hien", "can cu")
_ITEM = re.compile(r"^([0-9]{1,2}(?:\.[0-9]{1,2})*)[.)]\s*(.*)$")
_LEADS = re.compile(r"\bchủ trì\b")
_PARTNERS = re.compile(r"^[\s,]*(?:và\s+)?phối hợp(?:\s+với)?\s+", re.IGNORECASE)
_LABEL = re.compile(
    r"(?P<what>(?:Đơn vị|Cơ quan|Cơ quan, đơn vị|Đơn vị, cơ quan)\s+(?:chủ trì|phối hợp)"
    r"(?:\s+thực hiện)?|Thời gian(?:\s+(?:thực hiện|hoàn thành))?|Thời hạn(?:\s+hoàn thành)?"
    r"|Tiến độ(?:\s+(?:thực hiện|hoàn thành))?|Sản phẩm)\s*:\s*",
    re.IGNORECASE,
)
# A time in a sentence: the clause around it is tried as a deadline ("hoàn thành trong quý IV
# năm 2026", "trước ngày 30/6/2026", "thường xuyên").
_TIME = re.compile(
    r"qu[ýí]\s+[IVX1-4]+\s*(?:/|năm)\s*[0-9]{4}|tháng\s+[0-9]{1,2}\s*(?:/|năm)\s*[0-9]{4}"
    r"|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|năm\s+[0-9]{4}|h[ằà]ng\s+(?:năm|quý)|thường xuyên",
    re.IGNORECASE,
)


@dataclass
class _Place:
    roman: str = ""
    item: str = ""
    heading: str = ""
    skip: bool = True
    bullets: list[Paragraph] = field(default_factory=list)
    lettered: bool = False
    count: int = 0


def prose_tasks(paragraphs: list[Paragraph]) -> Iterator[DraftTask]:
    place = _Place()
    for p in paragraphs:
        text = p.text
        if (roman := ROMAN.match(text)) and text[: len(roman.group(1))].isupper():
            folded = fold(roman.group(2))
            place = _Place(roman=roman.group(1), skip=any(w in folded for w in _NOT_TASKS))
            continue
        if place.skip or not place.roman:
            continue
        if fold(text).startswith("noi nhan") or (text.isupper() and len(text) < 60):
            continue
        item = _ITEM.match(text)
        if item:
            place.item, place.bullets, place.lettered = item.group(1), [], False
            place.count = 0
            body = item.group(2)
            task = _assigned(body, p, place, heading=None)
            if task is not None:
                yield task
            else:
                place.heading = body.rstrip(":").strip()
            continue
        if LETTERED.match(text):
            place.bullets, place.lettered = [], True
            continue
        labels = labelled_fields(BULLET.sub("", text))
        if labels is not None and "lead" in labels:
            yield from _closed_bullets(place, labels, p)
            place.bullets = []
            continue
        if BULLET.match(text):
            task = _assigned(BULLET.sub("", text), p, place, heading=place.heading)
            if task is not None:
                yield task
            else:
                place.bullets.append(p)
            continue
        if text.startswith("Giao ") or _LEADS.search(text):
            task = _assigned(text, p, place, heading=place.heading)
            if task is not None:
                yield task


def _next_id(place: _Place, *, bullet: bool = False) -> str:
    """ "II.4" for numbered item 4 of section II; "II.1.2" for its second bullet task."""
    place.count += 1
    base = f"{place.roman}.{place.item}" if place.item else place.roman
    return base if place.count == 1 and place.item and not bullet else f"{base}.{place.count}"


def _assigned(text: str, p: Paragraph, place: _Place, heading: str | None) -> DraftTask | None:
    """A task from a sentence that names its lead before "chủ trì"; None when it names none."""
    for match in _LEADS.finditer(text):
        clause_start = max(text.rfind(sep, 0, match.start()) for sep in (". ", "; ", ": ", ", "))
        clause_start = 0 if clause_start < 0 else clause_start + 2
        clause = text[clause_start : match.start()]
        body = BODY_AT.search(clause)
        if body is None:
            continue
        lead_text = clause[body.start() :].strip()
        before = clause[: body.start()].strip()
        if before and fold(before) not in ("giao", "do", "giao cho"):
            continue  # "... được giao chủ trì", "Thủ trưởng các Sở chủ trì": not an assignment
        title = text[:clause_start].strip().rstrip(".,;:").strip()
        after = text[match.end() :]
        partners, rest = _partner_names(after)
        if len(title.split()) < 3:
            title = heading or _what(rest) or text
        return _task(_next_id(place), title, lead_text, partners, _deadline(text), p, product=None)
    return None


# Lower-case words that go on a collective's name after a comma: "các cơ quan, đơn vị liên quan".
_COLLECTIVE_TAIL = re.compile(
    r"^(?:đơn vị|ban|ngành|địa phương|đoàn thể|tổ chức|cơ quan|doanh nghiệp|xã|phường|thị trấn"
    r"|cá nhân|hội|trường)\b"
)


def _partner_names(after: str) -> tuple[str, str]:
    """The partner names after "chủ trì, phối hợp với", and the rest of the sentence.

    The names run, piece by piece between commas and "và", while each piece begins a body, goes
    on a name with a capital ("Sở Nông nghiệp và Môi trường") or on a collective ("các cơ quan,
    đơn vị liên quan"); the last name ends where the work's verb begins ("... xây dựng đề án").
    """
    found = _PARTNERS.match(after)
    if found is None:
        return "", after
    rest = after[found.end() :]
    clause = re.split(r";|\.\s|\.$", rest, maxsplit=1)[0]
    verb = _VERB.search(clause)
    if verb is not None:
        clause = clause[: verb.start()]
    clause = _after_the_place(clause)
    pieces = re.split(r"(,\s*|\s+và\s+)", clause)
    kept = ""
    for index in range(0, len(pieces), 2):
        piece = pieces[index].strip()
        goes_on = index and (_COLLECTIVE_TAIL.match(piece) or piece[:1].isupper())
        if not (BODY_AT.match(piece) or goes_on):
            break
        kept += (pieces[index - 1] if index else "") + pieces[index]
    return kept.strip(), rest[len(kept) :]


_LEVELS = frozenset({"xã", "phường", "huyện", "tỉnh", "quận", "trấn", "phố", "thị"})


def _after_the_place(clause: str) -> str:
    """A body's name ends with its place: "Hội Liên hiệp Phụ nữ xã", "UBND phường Hòa Bình".
    After a level word ("xã", "phường", ...) and the place's capitalised name, a lower-case
    word is the work's verb: "... Phụ nữ xã mở lớp dạy nghề" ends at "xã"."""
    words = clause.split(" ")
    after_level = False
    for index, word in enumerate(words):
        if word in _LEVELS:
            after_level = True
        elif after_level and word[:1].islower() and word not in ("và", "các", "-"):
            return " ".join(words[:index])
        elif after_level and not word[:1].isupper():
            after_level = False
    return clause


# The verbs that begin the work after the bodies' names: where a name ends.
_VERB = re.compile(
    r"\s(?=(?:xây dựng|tổ chức|thực hiện|triển khai|rà soát|hoàn thành|theo dõi|tham mưu|báo cáo"
    r"|kiểm tra|hướng dẫn|đôn đốc|tuyên truyền|đề xuất|ban hành|phát triển|nghiên cứu|lập|cập nhật"
    r"|tổng hợp|đánh giá|vận động|hỗ trợ|đầu tư|di dời|thành lập|quản lý|giải quyết|đào tạo"
    r"|bồi dưỡng|thu hút|tiếp tục|nâng cao|đẩy mạnh|chỉ đạo|xử lý|mở|khảo sát|vận hành|sửa chữa"
    r"|nâng cấp|mua sắm|trang bị|phổ biến|rà soát)\b)"
)


def _what(rest: str) -> str:
    rest = rest.strip(" ,;.")
    rest = re.split(r";|\.\s", rest)[0].strip()
    return rest[:1].upper() + rest[1:] if len(rest.split()) >= 3 else ""


_LABELLED_TIME = re.compile(
    r"(?:thời gian|thời hạn|tiến độ)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*([^.;]+)", re.IGNORECASE
)
_TIME_VERBS = ("hoan thanh", "xong", "thuc hien", "trien khai", "truoc", "cham nhat", "trong")


def _deadline(text: str) -> str | None:
    """The phrase that holds the time, as written: from its verb ("hoàn thành trong quý IV năm
    2026") when §2 reads it so, else the time alone ("thường xuyên"); a labelled time that §2
    does not read ("Thời gian: sau khi có quy hoạch") is kept as written, to be marked."""
    best: str | None = None
    for match in _TIME.finditer(text):
        start = max(text.rfind(sep, 0, match.start()) for sep in (". ", "; ", ", ", ": "))
        start = 0 if start < 0 else start + 2
        words = text[start : match.start()].split()
        candidate = match.group(0)
        for cut in range(len(words)):
            phrase = " ".join([*words[cut:], match.group(0)])
            if fold(phrase).startswith(_TIME_VERBS) and parse_deadline(phrase) is not None:
                candidate = phrase
                break
        parsed = parse_deadline(candidate) is not None
        if parsed and (best is None or candidate != match.group(0)):
            best = candidate
    if best is None and (labelled := _LABELLED_TIME.search(text)):
        return labelled.group(1).strip()
    return best


def labelled_fields(text: str) -> dict[str, str] | None:
    """ "Đơn vị chủ trì: X; Đơn vị phối hợp: Y, Z." -> {"lead": X, "partners": "Y, Z"}."""
    marks = list(_LABEL.finditer(text))
    if not marks or marks[0].start() > 2:
        return None
    fields: dict[str, str] = {}
    for index, mark in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        value = text[mark.end() : end].strip().rstrip(".;,").strip()
        what = fold(mark.group("what"))
        role = (
            "lead" if "chu tri" in what else "partners" if "phoi hop" in what
            else "product" if "san pham" in what else "deadline"
        )  # fmt: skip
        fields.setdefault(role, value)
    return fields


def _closed_bullets(place: _Place, labels: dict[str, str], p: Paragraph) -> Iterator[DraftTask]:
    """Each bullet before the labelled line, led by its lead (with a heading between: none)."""
    if not place.bullets:
        if place.lettered or not place.heading:
            return  # the section's own labelled lines (like plan 60's III.1): read elsewhere
        yield _task(
            _next_id(place), place.heading, labels["lead"], labels.get("partners", ""),
            labels.get("deadline"), p, product=labels.get("product"),
        )  # fmt: skip
        return
    for bullet in place.bullets:
        text = BULLET.sub("", bullet.text).strip().rstrip(";.").strip()
        deadline = _deadline(text) or labels.get("deadline")
        own = _deadline(text)
        if own and text.endswith(own):
            text = text[: -len(own)].rstrip(" ,;.")  # "Rà soát ...; hoàn thành trong tháng 5/2026"
        yield _task(
            _next_id(place, bullet=True), text, labels["lead"], labels.get("partners", ""),
            deadline, bullet, product=labels.get("product"),
        )  # fmt: skip


def _task(
    task_id: str,
    title: str,
    lead: str,
    partners: str,
    deadline: str | None,
    p: Paragraph,
    product: str | None,
) -> DraftTask:
    leads = split_agencies(lead)
    notes = list(ocr_notes(title))
    if len(leads) > 1:
        notes.append(
            f'đoạn văn nêu {len(leads)} cơ quan chủ trì ("{lead}"): đọc là `lead: [mã, mã]` —'
            " kiểm tra lại"
        )
    return DraftTask(
        id=task_id,
        title=title,
        leads=leads,
        partners=split_agencies(partners),
        deadline=deadline,
        product=product,
        notes=tuple(notes),
        line=p.line,
        from_prose=True,
    )
