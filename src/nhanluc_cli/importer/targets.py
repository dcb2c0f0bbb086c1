"""Draft indicators from the sentences of a plan's targets section (mục tiêu cụ thể).

Each sentence is scanned for the target shapes plans use: "từ 25% đến 35%" (a range), "70%",
"99% trở lên" (at least), "dưới 5%" (at most), "từ 10 đến 12 bác sĩ/vạn dân", "ít nhất 11
người/vạn dân". A sentence with none of them is a qualitative target. Everything here is a guess
for a person to check: the YAML marks it so.
"""

from __future__ import annotations

import re

from nhanluc_cli.importer.draft import DraftIndicator, Paragraph, Skipped
from nhanluc_cli.importer.sections import BULLET, LETTERED, ocr_notes
from nhanluc_cli.vietnamese import fold, parse_decimal

_NUM = r"([0-9]+(?:[.,][0-9]+)?)"
# "/vạn dân" or "trên (1) vạn dân"; "vận dân" is the seed's OCR slip for "vạn dân"
_VAN = r"\s*(?:/|\btrên\s+(?:1\s+|một\s+)?)\s*v[ạậ]n\s+dân"
_NOUN = r"([^\d/,;.()%]{1,40}?)"
_RANGE_PCT = re.compile(rf"từ\s+{_NUM}\s*%?\s*(?:đến|-|–)\s*{_NUM}\s*%", re.IGNORECASE)
_RANGE_VAN = re.compile(rf"từ\s+{_NUM}\s*(?:đến|-|–)\s*{_NUM}\s+{_NOUN}{_VAN}", re.IGNORECASE)
_VAN_ONE = re.compile(rf"{_NUM}\s+{_NOUN}{_VAN}", re.IGNORECASE)
_PCT = re.compile(rf"{_NUM}\s*%(\s*trở\s+(?:lên|xuống))?", re.IGNORECASE)
# A count or amount with its unit (§15): "300 lao động", "05 mỏ", "500ha", "12 KCN", "1.500 người".
_COUNT_NUM = r"([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+(?:,[0-9]+)?)"
_UNITS_OF_TWO = (
    "lao động", "doanh nghiệp", "học sinh", "tỷ đồng", "triệu đồng", "nghìn tỷ", "bác sĩ",
    "cán bộ", "hợp tác xã", "khu công nghiệp", "cụm công nghiệp", "sản phẩm", "lượt người",
    "nghìn người", "việc làm", "giường bệnh", "công chức", "viên chức", "trạm y tế", "km đường",
    "điểm đến", "chương trình", "công trình", "dự án", "lượt khách", "hộ gia đình", "nhà ở",
)  # fmt: skip
_UNIT_WORDS = (
    r"(?:(?:nghìn|ngàn|triệu|tỷ)\s+[^\W\d_]+|"
    + "|".join(re.escape(u) for u in _UNITS_OF_TWO)
    + r"|[^\W\d_]+)"
)
_COUNT = re.compile(rf"(?<![0-9/.,]){_COUNT_NUM}\s*({_UNIT_WORDS})(?![0-9/])", re.IGNORECASE)
_RANGE_COUNT = re.compile(
    rf"từ\s+{_COUNT_NUM}\s*(?:đến|-|–)\s*{_COUNT_NUM}\s*({_UNIT_WORDS})", re.IGNORECASE
)
_RANGE_DASH = re.compile(rf"(?<![0-9/.,]){_NUM}\s*[-–]\s*{_NUM}\s*%", re.IGNORECASE)
# Words after a figure that are not its unit: times, and words of the sentence.
_NOT_UNITS = frozenset(
    ("năm", "tháng", "ngày", "quý", "tuần", "giờ", "lần", "giai", "đoạn", "trở", "lên", "xuống",
     "và", "với", "của", "các", "theo", "đến", "từ", "trong", "trên", "dưới", "so", "cho", "là",
     "được", "tại", "mỗi", "đạt", "có")
)  # fmt: skip
_AT_MOST = ("duoi", "khong qua", "toi da", "giam", "xuong", "con ", "tro xuong", "khong vuot")
_YEAR = re.compile(r"(?:năm|đến)\s+((?:19|20|21)[0-9]{2})\b", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^(?:(?:đến|tới)\s+năm\s+[0-9]{4}\s*,?\s*|phấn đấu\s+|có\s+|đạt\s+|là\s+|từ\s+"
    r"|(?:trung bình|bình quân)\s+|(?:mỗi|hằng|hàng)\s+năm\s*,?\s*|duy trì\s+"
    r"|giai đoạn\s+[0-9]{4}\s*[-–]\s*[0-9]{4}\s*,?\s*|năm\s+[0-9]{4}\s*,?\s*)+",
    re.IGNORECASE,
)
_TRAIL = re.compile(
    r"(?:\s+(?:đạt|là|có|từ|ở mức|chiếm|trên|dưới|ít nhất|tối thiểu|tối đa|không quá|giảm|xuống"
    r"|còn|tăng|lên|cho|khoảng|mức|bình quân|trung bình|thêm|mới|tổng số|tổng cộng))+\s*$",
    re.IGNORECASE,
)
MAX_NAME_WORDS = 14


class _Found:
    def __init__(self, span: tuple[int, int], kind: str, unit: str, numbers: list[float]) -> None:
        self.start, self.end = span
        self.kind, self.unit, self.numbers = kind, unit, numbers
        self.noun = ""


def _find(sentence: str) -> list[_Found]:
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    for pattern, unit, is_range in (
        (_RANGE_VAN, "per_10000", True),
        (_RANGE_PCT, "%", True),
        (_RANGE_DASH, "%", True),
        (_VAN_ONE, "per_10000", False),
        (_PCT, "%", False),
        (_RANGE_COUNT, "", True),
        (_COUNT, "", False),
    ):
        for match in pattern.finditer(sentence):
            if not free(match.span()):
                continue
            count_unit = ""
            if not unit:
                count_unit = match.group(3 if is_range else 2)
                if not _is_count(sentence, match, count_unit):
                    continue
            groups = match.groups()[: 2 if is_range else 1]
            numbers = [_number(g) if not unit else parse_decimal(g) for g in groups]
            if any(n is None for n in numbers):
                continue
            values = [n for n in numbers if n is not None]
            kind = "range" if is_range else _one_sided(sentence, match)
            item = _Found(match.span(), kind, unit or count_unit, values)
            if unit == "per_10000":
                item.noun = match.group(3 if is_range else 2).strip()
                if re.match(r"(ít nhất|tối thiểu)\s", item.noun, re.IGNORECASE):
                    item.noun = item.noun.split(None, 2)[-1]
            if unit == "%" and re.match(r"\s*/\s*năm", sentence[match.end() :]):
                item.unit = "%/năm"
            found.append(item)
            taken.append(match.span())
    return sorted((f for f in found if not _describes_a_rate(sentence, f, found)), key=_start)


def _start(item: _Found) -> int:
    return item.start


def _describes_a_rate(sentence: str, item: _Found, found: list[_Found]) -> bool:
    """ "100% Trạm Y tế có 02 bác sĩ", "trẻ 5 tuổi đến trường đạt 100%": a count in the clause
    of a rate says what the rate counts; it is not a target of its own."""
    if item.unit in ("%", "%/năm", "per_10000"):
        return False
    clause_start = sentence.rfind(";", 0, item.start) + 1
    clause_end = sentence.find(";", item.end)
    clause_end = len(sentence) if clause_end < 0 else clause_end
    return any(
        other.unit in ("%", "%/năm", "per_10000") and clause_start <= other.start < clause_end
        for other in found
    )


def _number(text: str) -> float | None:
    """ "1.500" is 1500 (thousands), "12,5" is 12.5 (decimal comma)."""
    if re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+", text):
        return float(text.replace(".", ""))
    return parse_decimal(text)


def _is_count(sentence: str, match: re.Match[str], unit: str) -> bool:
    """A figure with a unit that counts or measures, not a year, a date or a document's number."""
    if fold(unit) in {fold(w) for w in _NOT_UNITS} or unit.lower() in _NOT_UNITS:
        return False
    number = match.group(1)
    before = sentence[max(0, match.start() - 12) : match.start()]
    if re.search(r"(?:số|năm|đến|giai đoạn|khoản|điều|mục|phụ lục|tại)\s*$", before, re.I):
        return False
    return not (len(number) == 4 and number[:2] in ("19", "20", "21"))


def _one_sided(sentence: str, match: re.Match[str]) -> str:
    before = fold(sentence[max(0, match.start() - 25) : match.start()])
    after = fold(match.group(0))
    if "tro xuong" in after or any(word in before for word in _AT_MOST):
        return "at_most"
    return "at_least"


def _name(sentence: str, found: list[_Found], index: int) -> str:
    item = found[index]
    if item.unit == "per_10000" and item.noun:
        return _tidy(f"{item.noun}/{_van_word(sentence, item)}")
    previous_end = found[index - 1].end if index else 0
    before = re.split(r"[.;:(]\s", sentence[previous_end : item.start] + " ")[-1]
    before = _TRAIL.sub("", _LEAD_IN.sub("", before.strip(" ,;:-") + " ").strip(" ,;:-"))
    is_count = item.unit not in ("%", "%/năm", "per_10000")
    if len(before.split()) >= (4 if is_count else 2):
        return _tidy(before)
    next_start = found[index + 1].start if index + 1 < len(found) else len(sentence)
    after = re.split(r"[;(.)]|\s:\s", sentence[item.end : next_start])[0]
    after = re.sub(r"^\s*trở\s+(?:lên|xuống)\b", "", after)
    after = _LEAD_IN.sub("", after.strip(" ,;:-"))
    if is_count:
        name = f"{before} {after}".strip() if len(before.split()) + len(after.split()) else ""
        return _tidy(name if len(name.split()) >= 2 else f"Số {item.unit}")
    return _tidy(after)


def _van_word(sentence: str, item: _Found) -> str:
    text = sentence[item.start : item.end]
    if "/" not in text:
        return "vạn dân"
    return text[text.rindex("/") + 1 :].strip()


def _tidy(name: str) -> str:
    """A short name: up to MAX_NAME_WORDS words, cut at a comma when it is too long."""
    words = name.strip(" ,;:-").split()
    if len(words) > MAX_NAME_WORDS:
        head = words[:MAX_NAME_WORDS]
        commas = [i for i, w in enumerate(head) if w.endswith(",") and i >= 3]
        words = head[: commas[-1] + 1] if commas else head
    text = " ".join(words).rstrip(" ,;:-")
    return text[:1].upper() + text[1:]


def _year(sentence: str, position: int) -> int | None:
    years = [(m.start(), int(m.group(1))) for m in _YEAR.finditer(sentence)]
    before = [year for start, year in years if start < position]
    if before:
        return before[-1]
    return years[0][1] if years else None


# --- What a figure measures (§15) --------------------------------------------------------------

_PERIOD_SPAN = re.compile(
    r"giai\s+đoạn\s+(?:19|20|21)[0-9]{2}\s*[-–]\s*((?:19|20|21)[0-9]{2})", re.IGNORECASE
)


def _measure(sentence: str, item: _Found) -> str:
    """level, yearly, cumulative, average_yearly, growth or maintain, from the sentence's words."""
    folded = fold(sentence)
    if item.unit == "%/năm" or re.search(r"(tang|tang truong)\s+binh quan", folded):
        return "growth" if item.unit in ("%", "%/năm") else "average_yearly"
    if re.search(r"(trung binh|binh quan)\s+(moi|hang|mot)\s+nam", folded):
        return "average_yearly"
    if "duy tri" in folded:
        return "maintain"
    if re.search(r"\b(moi|hang|mot)\s+nam\b", folded):
        return "yearly"
    count = item.unit not in ("%", "per_10000")
    if count and ("giai doan" in folded or "luy ke" in folded or "tong cong" in folded):
        return "cumulative"
    return "level"


def sentence_indicators(
    sentence: str,
    group: str,
    default_year: int | None,
    notes: tuple[str, ...] = (),
    *,
    qualitative: bool = True,
) -> list[DraftIndicator | Skipped]:
    """The draft indicators one sentence sets: one per figure, or one qualitative target.

    `qualitative=False` (a sentence outside the targets' sections): a sentence without a
    figure sets nothing.
    """
    found = _find(sentence)
    span = _PERIOD_SPAN.search(sentence)
    if not found:
        if not qualitative:
            return []
        year = _year(sentence, len(sentence))
        name = _tidy(re.split(r"[;:(]", sentence.rstrip("."))[0])
        return [
            DraftIndicator(
                group, name, sentence, None, "qualitative", by=year or default_year,
                by_stated=year is not None, notes=notes,
            )
        ]  # fmt: skip
    indicators: list[DraftIndicator | Skipped] = []
    for index, item in enumerate(found):
        year = _year(sentence, item.start)
        if year is None and span is not None:
            year = int(span.group(1))  # "giai đoạn 2026-2030": by the end of that span
        low, high = [*item.numbers, 0.0][:2]
        indicators.append(
            DraftIndicator(
                group,
                _name(sentence, found, index),
                sentence,
                item.unit,
                item.kind,
                value=None if item.kind == "range" else low,
                lo=low if item.kind == "range" else None,
                hi=high if item.kind == "range" else None,
                by=year or default_year,
                by_stated=year is not None,
                notes=notes,
                measure=_measure(sentence, item),
            )
        )
    return indicators


# --- Where targets are: the sections that announce them, and sentences anywhere ---------------

# Headings that announce targets ("II. MỤC TIÊU", "II. CHỈ TIÊU", "2. Mục tiêu cụ thể", "Các
# chỉ tiêu cụ thể đến năm 2030", "Chỉ tiêu chủ yếu") and those of the general aim, which set none.
_ANNOUNCES = ("muc tieu", "chi tieu")
_GENERAL = ("tong quat", "muc tieu chung", "chi tieu chung")
_NOT_TARGETS = ("nhiem vu", "giai phap", "to chuc thuc hien", "kinh phi", "muc dich")
_HEADING = re.compile(r"^(?:[IVX]{1,5}\.|[0-9]{1,2}(?:\.[0-9]{1,2})*\.|[a-zđ]\))?\s*(.*)$")
# A sentence outside those sections sets a target when it says so.
_CUE = re.compile(
    r"phan dau|tro len|tro xuong|it nhat|toi thieu|toi da|khong qua|khong vuot|(?:duoi|tren|dat"
    r"|len|khoang|tu|con|giam)\s+(?:muc\s+|khoang\s+|tren\s+)?[0-9]|[0-9]\s*[-–]\s*[0-9]+\s*%"
)
_END = re.compile(r"^(noi nhan|tm\.|kt\.|phu luc)")


def read_targets(
    paragraphs: list[Paragraph], default_year: int | None
) -> tuple[list[tuple[str, str]], list[DraftIndicator | Skipped]]:
    """Groups and draft indicators: every sentence of the sections that announce targets, and
    sentences elsewhere that set one ("Phấn đấu ... đạt ...", "... trở lên", "60-70%")."""
    groups: list[tuple[str, str]] = []
    indicators: list[DraftIndicator | Skipped] = []
    mode = "before"  # before any heading | targets | general | elsewhere | budget
    group = "a"
    year = default_year
    announced = False
    index = 0
    while index < len(paragraphs):
        text = paragraphs[index].text
        index += 1
        folded = fold(text)
        if _END.match(folded):
            break  # the signature, "Nơi nhận" and the appendix set no targets
        if folded.startswith("can cu"):
            continue
        heading = _heading_kind(text)
        if heading is not None:
            kind, heading_year, words = heading
            if kind == "targets":
                mode, announced = "targets", True
                year = heading_year or default_year
                if not _states_a_target(text):
                    continue
            elif kind == "general":
                mode = "general"
                continue
            elif mode == "targets" and not ROMAN_HEADING.match(text):
                if any(n in words for n in _NOT_TARGETS):
                    mode = "elsewhere"
                    continue
                if not _states_a_target(text):
                    continue  # a sub-heading among the targets ("1. Về kinh tế")
            else:
                # The budget section's figures are money to spend, not targets to meet.
                mode = "budget" if "kinh phi" in words[:30] else "elsewhere"
                if mode == "budget" or not _states_a_target(text):
                    continue
        if mode == "targets":
            if match := LETTERED.match(text):
                label = match.group(2)
                while label.endswith(",") and index < len(paragraphs):
                    if BULLET.match(paragraphs[index].text):
                        break
                    label = f"{label} {paragraphs[index].text}"
                    index += 1
                group = match.group(1)
                name, _, statement = label.partition(": ")
                groups.append((group, name.rstrip(":").strip()))
                if not statement.strip():
                    continue
                text = statement
            sentence = _sentence(text)
            if sentence.endswith(":") and not re.search(r"[0-9]", sentence):
                indicators.append(Skipped(f"đề mục, không phải chỉ tiêu: {sentence}"))
                continue
            indicators.extend(sentence_indicators(sentence, group, year, ocr_notes(sentence)))
        elif mode in ("elsewhere", "general"):
            sentence = _sentence(text)
            if _CUE.search(fold(sentence)):
                notes = (*ocr_notes(sentence), _ELSEWHERE)
                found = sentence_indicators(
                    sentence, ELSEWHERE_GROUP if groups else group, default_year, notes,
                    qualitative=False,
                )  # fmt: skip
                indicators.extend(found)
    if not announced and not indicators:
        indicators.append(Skipped(_NONE_FOUND))
    return groups, indicators


ROMAN_HEADING = re.compile(r"^[IVX]{1,5}\.\s")
ELSEWHERE_GROUP = "khac"  # targets read outside the targets' sections, when those have groups
_ELSEWHERE = "câu nêu chỉ tiêu ngoài mục mục tiêu, chỉ tiêu — kiểm tra lại"
_NONE_FOUND = 'không thấy mục "MỤC TIÊU" hay "CHỈ TIÊU", cũng không thấy câu nêu chỉ tiêu'


def _sentence(text: str) -> str:
    text = BULLET.sub("", text).strip()
    return re.sub(r"^[0-9]{1,2}(?:\.[0-9]{1,2})*\.\s*", "", text)


def _states_a_target(text: str) -> bool:
    """A numbered heading that states a target ("2. Thành lập mới khoảng trên 500ha ...")."""
    body = _sentence(text)
    return bool(_find(body)) and not body.endswith(":")


def _heading_kind(text: str) -> tuple[str, int | None, str] | None:
    """ "targets", "general" or "other", its year and folded words, for a heading; None for a
    sentence. A heading is a short numbered line or a short line in capitals or announcing
    targets ("Các chỉ tiêu cụ thể đến năm 2030"), without a closing full stop.
    """
    numbered = ROMAN_HEADING.match(text) or re.match(r"^[0-9]{1,2}(?:\.[0-9]{1,2})*\.\s", text)
    match = _HEADING.match(text)
    words = fold(match.group(1) if match else text)
    short = len(text) <= 100 and not text.rstrip().endswith((".", ";"))
    announcing = any(words.startswith(a) for a in (*_ANNOUNCES, "cac chi tieu", "cac muc tieu"))
    if not short or not (numbered or text.isupper() or announcing):
        return None
    year_match = _YEAR.search(text)
    heading_year = int(year_match.group(1)) if year_match else None
    if any(g in words for g in _GENERAL):
        return "general", heading_year, words
    head = words[:40]
    if any(a in head for a in _ANNOUNCES) and not any(n in head for n in _NOT_TARGETS):
        return "targets", heading_year, words
    return "other", None, words
