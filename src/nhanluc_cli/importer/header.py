"""The facts at the head of an official plan (Nghị định 30/2020/NĐ-CP): the issuing body,
"Số: 60/KH-UBND", "Càng Long, ngày 04 tháng 8 năm 2021", "KẾ HOẠCH" and its trích yếu, the
"Căn cứ" paragraphs (or the documents an opening "Thực hiện ..." names), and the period the
trích yếu names (or the sentence that enacts the plan). A fact not found is None, with a note.

Read as officials' documents come, typed or copied from a legal database's page (its head in
"|" cells or one cell a line, lines wrapped by a narrow column, "KẾ HOẠCH" or the trích yếu
lost): every rule here was met in real plans; the tests hold documents of our own in those
layouts (tests/test_import_layouts.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from nhanluc_cli.importer.bodies import COUNCILS, starts_with_words
from nhanluc_cli.importer.draft import Paragraph, PlanPeriod
from nhanluc_cli.importer.sections import NUMBERED, ROMAN
from nhanluc_cli.vietnamese import fold

# "Số: 60/KH-UBND", "Số 60/KH-UBND"; not a database page's "Số hiệu: 60/KH-UBND Loại văn bản: ..."
# above the document.
_NUMBER_LINE = re.compile(r"^Số\s*(?::\s*(.*)|([0-9].*))$")
_PLACE_DATE = re.compile(
    r"^(?P<place>[^,]{2,60}),\s*ngày\s+(?P<d>[0-9]{1,2})\s+tháng\s+(?P<m>[0-9]{1,2})\s+năm\s+"
    r"(?P<y>[0-9]{4})"
)
# An unnumbered copy leaves the number and the day blank: "Số:    /KH-UBND", "ngày   tháng   năm
# 2026" (or with dots: "ngày ... tháng ... năm 2026").
_BLANK_NUMBER = re.compile(r"^[.…\s]*/\s*\S+")
_BLANK_DATE = re.compile(
    r"^(?P<place>[^,]{2,60}),\s*ngày\s*[.…\s]*tháng\s*[.…\s]*năm\s+(?P<y>[0-9]{4})"
)
# Where the body starts after the trích yếu: its first paragraph's words. (A trích yếu that
# begins "Thực hiện Chương trình ..." keeps it: only later words cut.)
BODY_STARTS = re.compile(r"(?:^|\s)(?=(?:Thực hiện|Căn cứ|Triển khai|Nhằm|Trên cơ sở)\s)")
# "(Kèm theo Quyết định số ... của Ủy ban nhân dân tỉnh X)": up to its ")" (a paragraph may run on).
_ATTACHED_TO = re.compile(r"Kèm theo [^()]*?\bcủa\s+([^()]+?)\s*(?:\)|$)")
# A line in capitals after the trích yếu that starts something else: "PHẦN I", "1. ...".
_TITLE_NEVER_GOES_ON = re.compile(r"^(?:PHẦN\s|[0-9]+\.\s)")
# The years, in any case: the trích yếu is often in capitals ("GIAI ĐOẠN 2026 - 2030").
_PERIOD = re.compile(
    r"giai đoạn\s+((?:19|20|21)[0-9]{2})\s*[-–—]\s*((?:19|20|21)[0-9]{2})", re.IGNORECASE
)
_HORIZON = re.compile(
    r"(?:định hướng|tầm nhìn)\s+(?:đến\s+)?(?:năm\s+)?((?:19|20|21)[0-9]{2})", re.IGNORECASE
)
_ONE_YEAR = re.compile(r"\bnăm\s+((?:19|20|21)[0-9]{2})\b", re.IGNORECASE)
# A date, as a cited document's: "ngày 16 tháng 7 năm 2021", "tháng 7 năm 2021", "ngày 16/7/2021".
_DATE_IN_TEXT = re.compile(
    r"(?:ngày\s+[0-9]{1,2}\s+)?tháng\s+[0-9]{1,2}\s+năm\s+[0-9]{4}|ngày\s+[0-9]{1,2}/[0-9]{1,2}/"
    r"[0-9]{4}",
    re.IGNORECASE,
)
# Two years joined, as a plan's span ("KẾ HOẠCH 5 NĂM 2021 - 2025", "(2021 - 2025)").
_YEAR_RANGE = re.compile(r"\(?\b((?:19|20|21)[0-9]{2})\s*[-–—]\s*((?:19|20|21)[0-9]{2})\b\)?")
# "... đến năm 2030" (not "tầm nhìn đến năm 2045", not "định hướng đến năm 2030"): until then.
_UNTIL = re.compile(r"(?<!nhìn )(?<!hướng )\bđến\s+năm\s+((?:19|20|21)[0-9]{2})\b", re.IGNORECASE)
_LEVELS = ("huyen", "xa", "thi tran", "phuong", "quan", "thi xa", "thanh pho", "tinh")


@dataclass(frozen=True)
class Header:
    number: str | None
    date: date | None
    place: str | None
    issuer: str | None
    title: str | None
    legal_bases: tuple[str, ...]
    period: PlanPeriod | None
    notes: dict[str, str] = field(default_factory=dict)
    blank: frozenset[str] = frozenset()


def read_header(paragraphs: list[Paragraph]) -> Header:
    notes: dict[str, str] = {}
    blank: set[str] = set()
    title_at = _title_index(paragraphs)
    top = paragraphs[:title_at] if title_at is not None else paragraphs[:12]
    number = _number(top, notes, blank)
    place, day = _place_and_date(top, notes, blank)
    title = _title(paragraphs, title_at, notes)
    issuer = _issuer(top, paragraphs, notes)
    period = _period(title, paragraphs, notes, day)
    legal_bases = tuple(_legal_bases(paragraphs, notes))
    return Header(number, day, place, issuer, title, legal_bases, period, notes, frozenset(blank))


def _title_index(paragraphs: list[Paragraph]) -> int | None:
    for index, p in enumerate(paragraphs):
        if fold(p.text).strip(" :") == "ke hoach" and p.text.isupper():
            return index
    return None


def _number(top: list[Paragraph], notes: dict[str, str], blank: set[str]) -> str | None:
    for index, p in enumerate(top):
        if match := _NUMBER_LINE.match(p.text):
            written = match.group(1) if match.group(1) is not None else match.group(2)
            if not written.strip() and index + 1 < len(top):
                # "Số:" alone, the number on the next line (a cell's text wrapped in a copy).
                written = top[index + 1].text
            if _BLANK_NUMBER.match(written):
                blank.add("id")
                notes["id"] = (
                    f'số hiệu để trống trong văn bản ("{p.text}": bản chưa vào số) — điền số khi'
                    ' văn bản được vào số, ví dụ "15/KH-UBND"'
                )
                return None
            text = re.sub(r"\s*([/-])\s*", r"\1", written).strip()  # "36 /KH - UBND"
            if re.match(r"^[0-9]+/\S+$", text):
                return text
            notes["id"] = f'số hiệu không đọc được: "{p.text}"'
            return None
    notes["id"] = 'không thấy dòng "Số: .../KH-..." ở đầu văn bản'
    return None


def _place_and_date(
    top: list[Paragraph], notes: dict[str, str], blank: set[str]
) -> tuple[str | None, date | None]:
    for p in top:
        if match := _BLANK_DATE.search(p.text):
            blank.add("date")
            notes["date"] = (
                f"ngày, tháng để trống trong văn bản (năm {match.group('y')}: bản chưa ký) —"
                f" điền ngày ký dạng {match.group('y')}-MM-DD"
            )
            return match.group("place").strip(), None
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
        # A copy that lost "KẾ HOẠCH" and its trích yếu (some pages drop them) may still name the
        # plan where it enacts it: "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án ...
        # (gọi tắt là Đề án), gồm các nội dung chủ yếu như sau:".
        for p in paragraphs[:15]:
            if ROMAN.match(p.text):
                break
            if named := _ENACTED_PLAN.search(p.text):
                notes["title"] = (
                    'không thấy "KẾ HOẠCH" và trích yếu; tên kế hoạch đọc từ câu ban hành kế hoạch'
                    " — kiểm tra lại"
                )
                name = named.group("name").strip()
                return name[:1].upper() + name[1:]
        notes["title"] = 'không thấy tên loại "KẾ HOẠCH" và trích yếu'
        return None
    lines: list[str] = []
    first_upper = False
    for p in paragraphs[at + 1 : at + 4]:
        # The trích yếu ends where the body starts ("Thực hiện ...", "Căn cứ ..."), even
        # inside one paragraph when no blank line came between. It may itself begin with
        # "Thực hiện" ("Thực hiện Chương trình số 11-CTr/TU ..."): only its first words.
        if lines and BODY_STARTS.match(p.text):
            break
        text = p.text[:1] + BODY_STARTS.split(p.text[1:], maxsplit=1)[0]
        text = text.strip()
        if not text or ROMAN.match(text) or not re.search(r"\w", text):
            break
        if lines and fold(text).lstrip("( ").startswith("kem theo"):
            break  # "(Kèm theo Quyết định số ... của ...)": what the plan came with, not its name
        in_capitals = not any(c.islower() for c in text)  # ("2020", a year alone, is too)
        if lines and (not first_upper or not in_capitals or _TITLE_NEVER_GOES_ON.match(text)):
            break  # a trích yếu goes on over lines in capitals; the body is in ordinary case
        first_upper = first_upper or (not lines and text.isupper())
        lines.append(text)
        if text != p.text or text.endswith((".", ":")):
            break
    if not lines:
        notes["title"] = 'không thấy trích yếu sau "KẾ HOẠCH"'
        return None
    # The trích yếu as written under "KẾ HOẠCH": the plan's number line already says what kind
    # of document it is, so "Kế hoạch" is not put in front of it a second time.
    notes["title"] = 'trích yếu dưới "KẾ HOẠCH", như văn bản viết'
    return " ".join(lines).rstrip(".")


def _issuer(top: list[Paragraph], paragraphs: list[Paragraph], notes: dict[str, str]) -> str | None:
    upper = _upper_issuer(top)
    written: list[str] = []
    for p in paragraphs:
        if match := _ATTACHED_TO.search(p.text):
            written.append(match.group(1).strip())
    if upper is None:
        if written:
            return written[0]
        if any(fold(p.text) in ("uy ban nhan dan", "ubnd") and p.text.isupper() for p in top):
            notes["issuer"] = (
                'đầu văn bản chỉ ghi "ỦY BAN NHÂN DÂN", không có tên đơn vị (bản chép lại có thể'
                " đã mất dòng này) — điền tên cơ quan ban hành"
            )
        else:
            notes["issuer"] = "không thấy tên cơ quan ban hành ở đầu văn bản"
        return None
    for candidate in [*written, *_same_words(upper, paragraphs)]:
        if fold(candidate) == fold(upper):
            return candidate
    notes["issuer"] = f'văn bản viết chữ hoa "{upper}"; đã viết lại chữ thường — kiểm tra lại'
    return _ordinary_case(upper)


_CHILD_AFTER_PARENT = re.compile(
    r"^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|BỘ)\s.*?\s"
    r"((?:SỞ|BAN|PHÒNG|VĂN PHÒNG|TRUNG TÂM|CHI CỤC|CỤC)\s.+)$"
)
_CHILD_BODIES = ("so ", "ban ", "phong ", "van phong ", "trung tam ", "chi cuc ", "cuc ", "bo ")


def _upper_issuer(top: list[Paragraph]) -> str | None:
    """The issuing body in capitals: "ỦY BAN NHÂN DÂN / HUYỆN X", or the body under its parent's
    line ("UBND TỈNH BÌNH AN / SỞ CÔNG THƯƠNG": the Sở issues)."""
    for index, p in enumerate(top):
        parent = fold(p.text)
        if p.text.isupper() and (joined := _CHILD_AFTER_PARENT.match(p.text)):
            return joined.group(1)  # the two lines run together in plain text
        if p.text.isupper() and (parent.startswith(("uy ban nhan dan", "ubnd", "bo "))):
            for after in top[index + 1 : index + 3]:
                if after.text.isupper() and fold(after.text).startswith(_CHILD_BODIES):
                    return after.text
    for index, p in enumerate(top):
        folded = fold(p.text)
        if not p.text.isupper() or not folded.startswith(COUNCILS):
            continue  # (a sentence "UBND huyện ban hành Kế hoạch ..." names no issuer)
        rest = next(folded.removeprefix(c) for c in COUNCILS if folded.startswith(c)).strip()
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
    return any(starts_with_words(folded, level) for level in _LEVELS)


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
    for prefix, written in (
        ("uy ban nhan dan", "Ủy ban nhân dân"),
        ("ubnd", "UBND"),
        ("hoi dong nhan dan", "Hội đồng nhân dân"),
        ("hdnd", "HĐND"),
    ):
        if folded.startswith(prefix):
            lead, rest = written, words[len(prefix.split()) :]
            break
    else:
        return upper
    named = fold(" ".join(rest))
    # The longest level the words start with ("thanh pho", not "thanh"; "thi xa", not "xa").
    sizes = [len(level.split()) for level in _LEVELS if starts_with_words(named, level)]
    level_size = max(sizes, default=0)
    level = " ".join(rest[:level_size]).lower()
    name = " ".join(w.capitalize() for w in rest[level_size:])
    return " ".join(part for part in (lead, level, name) if part)


def _period(
    title: str | None, paragraphs: list[Paragraph], notes: dict[str, str], issued: date | None
) -> PlanPeriod | None:
    """The plan's years, from its trích yếu; when that names none, from the sentence that
    enacts the plan ("Ủy ban nhân dân tỉnh ban hành Kế hoạch ... giai đoạn 2026 - 2030 như
    sau:"). Never from a document the opening cites, nor from the body's figures of past years."""
    # The dates of the documents the trích yếu cites taken out ("Chỉ thị số 19/CT-TTg ngày 16
    # tháng 7 năm 2021" is no plan of 2021).
    title = _DATE_IN_TEXT.sub(" ", title) if title else ""
    if match := _PERIOD.search(title):
        start, end = int(match.group(1)), int(match.group(2))
        return PlanPeriod(start, end, _horizon_after(title, match.end(), end))
    if match := _YEAR_RANGE.search(title):
        start, end = int(match.group(1)), int(match.group(2))
        if start < end:
            notes["period"] = (
                f'trích yếu nêu "{match.group(0).strip("() ")}", không có chữ "giai đoạn"'
                " — kiểm tra lại"
            )
            return PlanPeriod(start, end, _horizon_after(title, match.end(), end))
    if match := _UNTIL.search(title):
        end = int(match.group(1))
        if issued is not None and issued.year <= end:
            notes["period"] = (
                f'trích yếu nêu "đến năm {end}": từ năm ban hành ({issued.year}) đến {end}'
                " — kiểm tra lại"
            )
            return PlanPeriod(issued.year, end, _horizon_after(title, match.end(), end))
        notes["period"] = (
            f'trích yếu nêu "đến năm {end}", không rõ năm bắt đầu; điền period: {{start, end}}'
        )
        return None
    if match := _ONE_YEAR.search(title):
        notes["period"] = f'trích yếu chỉ nêu "năm {match.group(1)}": một năm — kiểm tra lại'
        year = int(match.group(1))
        return PlanPeriod(year, year)
    for p in paragraphs[:40]:
        if ROMAN.match(p.text):
            break
        enacting = _ENACTING.search(p.text) or _ISSUES_THE_PLAN.search(p.text)
        named = _DATE_IN_TEXT.sub(" ", enacting.group(0)) if enacting else ""
        if enacting and (match := _PERIOD.search(named) or _YEAR_RANGE.search(named)):
            start, end = int(match.group(1)), int(match.group(2))
            notes["period"] = (
                f'đọc từ câu ban hành kế hoạch ("{match.group(0)}"); trích yếu của kế hoạch không'
                " nêu năm — kiểm tra lại"
            )
            return PlanPeriod(start, end, _horizon_after(named, match.end(), end))
    notes["period"] = (
        'không thấy "giai đoạn YYYY - YYYY" trong trích yếu; điền period: {start, end}'
    )
    return None


def _horizon_after(text: str, at: int, end: int) -> int | None:
    """The year a "tầm nhìn/định hướng đến năm ..." after `at` names, when later than `end`."""
    horizon = _HORIZON.search(text[at:])
    year = int(horizon.group(1)) if horizon else None
    return year if year and year > end else None


# A decision or resolution that issues, approves or passes the plan, in its trích yếu or its
# article 1: "BAN HÀNH KẾ HOẠCH ...", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ...",
# "VỀ VIỆC THÔNG QUA KẾ HOẠCH ...".
_ISSUES_THE_PLAN = re.compile(
    r"\b(?:ban hành|phê duyệt|thông qua)\s+(?:kèm theo (?:Quyết định|Nghị quyết) này\s+(?:là\s+)?)?"
    r"kế hoạch\b.*$",
    re.S | re.IGNORECASE,
)
# Who enacts a plan, as the subject of the sentence that does: "Ủy ban nhân dân tỉnh", "UBND
# huyện", "Sở ...", "Ban Chỉ đạo ...".
_ISSUING = r"(?:Ủy ban nhân dân|UBND|Sở|Ban|Phòng|Văn phòng|Chủ tịch|Hội đồng)\b[^,.;]*?"
# The plan a sentence enacts, by its name: "Ủy ban nhân dân tỉnh ban hành Kế hoạch <name> (sau
# đây gọi tắt là Chương trình), cụ thể như sau:".
_ENACTED_PLAN = re.compile(
    rf"(?:^|[,.;]\s*){_ISSUING}\b(?:ban hành|xây dựng)\s+Kế hoạch\s+(?P<name>[^()]+?)\s*"
    r"(?:\([^)]*\)\s*)?,?\s*"
    r"(?:cụ thể |gồm các nội dung(?: chủ yếu)? |với các nội dung(?: chủ yếu)? )?như sau\s*:?\s*$"
)
# The clause of the last "Căn cứ" (or "Thực hiện") paragraph that goes on to enact the plan,
# after ",", ";" or "." ("..., Ủy ban nhân dân huyện ban hành Kế hoạch ... như sau:", "...
# Thủ tướng. UBND tỉnh Lào Cai xây dựng Kế hoạch ..."): not part of a basis. Only with the body
# that issues as its subject ("; Quyết định số ... ban hành Kế hoạch ..." is a document cited).
_ENACTING = re.compile(rf"[,.;]\s*{_ISSUING}\b(?:ban hành|xây dựng)\b.*$", re.S)


def _legal_bases(paragraphs: list[Paragraph], notes: dict[str, str]) -> Iterator[str]:
    """The "Căn cứ ..." paragraphs, and the documents a first part headed as the bases lists ("I.
    CĂN CỨ PHÁP LÝ", "I. CƠ SỞ PHÁP LÝ VÀ SỰ CẦN THIẾT": bullets, numbered items, one sentence);
    in a plan that has neither, the documents its opening "Thực hiện ..." paragraphs name (many
    plans open so), one each, with a note to check them."""
    bases: list[str] = []
    carrying_out: list[str] = []
    in_part = False  # within a part headed as the bases
    for p in paragraphs:
        if ROMAN.match(p.text):
            if in_part or not _BASES_HEADING.match(p.text):
                break  # the body, or the part after the bases
            in_part = True
            continue
        if in_part:
            text = _ITEM_MARK.sub("", p.text)
            named = _documents(text.removeprefix("Căn cứ "))
            named = [part for part in named if _NAMES_A_DOCUMENT.match(part)]
            if not named and NUMBERED.match(p.text) and not _BASES_HEADING.match(p.text):
                break  # "2. Sự cần thiết": the part goes on to something else
            bases += named
        elif p.text.startswith("Căn cứ "):
            # "Căn cứ ...;": the ";" that joins the bases in the document is not part of one;
            # one "Căn cứ" may name several, joined as a "Thực hiện" sentence joins them.
            bases += _documents(p.text.removeprefix("Căn cứ "))
        elif (opening := _CARRYING_OUT.match(p.text)) and not bases:
            named = _documents(p.text[opening.end() :])
            carrying_out += [part for part in named if _NAMES_A_DOCUMENT.match(part)]
    if bases or not carrying_out:
        yield from bases
        return
    notes["legal_bases"] = (
        'Văn bản không có đoạn "Căn cứ": đây là các văn bản nêu ở đoạn "Thực hiện ..." —'
        " kiểm tra lại."
    )
    yield from carrying_out


# How a plan without "Căn cứ" opens on the documents it carries out.
_CARRYING_OUT = re.compile(r"^(?:Triển khai thực hiện|Thực hiện)\s+")
# A part (or item) that lists the bases: "I. CĂN CỨ PHÁP LÝ", "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "I. CƠ
# SỞ PHÁP LÝ VÀ SỰ CẦN THIẾT", "1. Cơ sở pháp lý:".
_BASES_HEADING = re.compile(
    r"^(?:[IVX]{1,5}|[0-9]{1,2})\.\s*(?:căn cứ|cơ sở pháp lý|cơ sở xây dựng)", re.IGNORECASE
)
# An item's mark before a basis in such a part: "- ", "1. ", "a) ".
_ITEM_MARK = re.compile(r"^(?:[-+•–*]\s*|[0-9]{1,2}\.\s*|[a-zđ]\)\s*)")


def _documents(sentence: str) -> list[str]:
    """The documents a "Căn cứ" or "Thực hiện" sentence names, one each, without the clause that
    enacts the plan or one that goes on to something else ("; trên cơ sở đề xuất của Sở ...")."""
    named = _ENACTING.sub("", sentence)
    named = _ANOTHER_CLAUSE.sub("", named)
    # As written, its closing "." too (the hand-written plan 60 keeps it); the ";" that joins
    # one to the next is not part of it.
    parts = (part.strip().rstrip(";").rstrip() for part in _ONE_AND_THE_NEXT.split(named))
    return [part for part in parts if part]


# After the documents, a clause of another kind: "; trên cơ sở đề xuất của Sở ... tại Tờ trình
# ...", "; đồng thời ban hành ...", "; theo đề nghị của ...".
_ANOTHER_CLAUSE = re.compile(
    r";\s*(?:trên cơ sở|đồng thời|theo đề nghị|xét đề nghị|để|nhằm)\b.*$", re.S | re.IGNORECASE
)


# The kinds of document a basis is: the words its name starts with.
_KIND = (
    "(?:Luật|Bộ luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|Thông tư|Thông báo"
    "|Chương trình|Kế hoạch|Đề án|Công văn|Văn bản|Hướng dẫn|Chiến lược)"
)
# Between two documents a "Thực hiện" sentence names: ";" before the next one's kind (a ";"
# inside a document's name stays: "... rà soát hộ nghèo; xác định thu nhập ..."), or "," or "và"
# before its kind and number ("... của Đảng và Kế hoạch số 16/KH-HĐTĐKT ...", not "... và Kế
# hoạch 5 năm").
_ONE_AND_THE_NEXT = re.compile(
    rf";\s*(?=(?:các\s+)?{_KIND}\b)|(?:,|\s+và)\s+(?=(?:các\s+)?{_KIND}\s+số\b)"
)
# What a basis names: a document by its kind ("Quyết định số 45/QĐ-UBND ...", "Chỉ thị số 43-CT/TU
# ...", "Kế hoạch số 176/KH-UBND ...", "Luật Giáo dục ..."), not a clause of the sentence.
_NAMES_A_DOCUMENT = re.compile(rf"^(?:các\s+)?{_KIND}\b")
