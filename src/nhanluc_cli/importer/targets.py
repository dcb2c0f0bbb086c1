"""Draft indicators from the sentences of a plan's targets section (mục tiêu cụ thể).

Each sentence is scanned for the target shapes plans use: "từ 25% đến 35%" (a range), "70%",
"99% trở lên" (at least), "dưới 5%" (at most), "từ 10 đến 12 bác sĩ/vạn dân", "ít nhất 11
người/vạn dân". A sentence with none of them is a qualitative target. Everything here is a guess
for a person to check: the YAML marks it so.
"""

from __future__ import annotations

import re

from nhanluc_cli.importer.draft import DraftIndicator, Paragraph, Skipped
from nhanluc_cli.importer.sections import (
    BULLET,
    LETTERED,
    Sections,
    find_section,
    ocr_notes,
    subsections,
)
from nhanluc_cli.vietnamese import fold, parse_decimal

_NUM = r"([0-9]+(?:[.,][0-9]+)?)"
_VAN = r"\s*/\s*v[ạậ]n\s+dân"  # "vận dân" is the seed's OCR slip for "vạn dân"
_NOUN = r"([^\d/,;.()%]{1,40}?)"
_RANGE_PCT = re.compile(rf"từ\s+{_NUM}\s*%?\s*(?:đến|-|–)\s*{_NUM}\s*%", re.IGNORECASE)
_RANGE_VAN = re.compile(rf"từ\s+{_NUM}\s*(?:đến|-|–)\s*{_NUM}\s+{_NOUN}{_VAN}", re.IGNORECASE)
_VAN_ONE = re.compile(rf"{_NUM}\s+{_NOUN}{_VAN}", re.IGNORECASE)
_PCT = re.compile(rf"{_NUM}\s*%(\s*trở\s+(?:lên|xuống))?", re.IGNORECASE)
_AT_MOST = ("duoi", "khong qua", "toi da", "giam", "xuong", "con ", "tro xuong", "khong vuot")
_YEAR = re.compile(r"(?:năm|đến)\s+((?:19|20|21)[0-9]{2})\b", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^(?:(?:đến|tới)\s+năm\s+[0-9]{4}\s*,?\s*|phấn đấu\s+|có\s+|đạt\s+|là\s+|từ\s+)+",
    re.IGNORECASE,
)
_TRAIL = re.compile(
    r"(?:\s+(?:đạt|là|có|từ|ở mức|chiếm|trên|dưới|ít nhất|tối thiểu|giảm|xuống|còn|tăng|lên))+\s*$",
    re.IGNORECASE,
)
# A figure that is not a year: a target this tracker has no unit for ("120 lao động").
_OTHER_FIGURE = re.compile(r"(?<![0-9/.,])(?!(?:19|20|21)[0-9]{2}\b)[0-9]+(?:[.,][0-9]+)?\s+\w")
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
        (_VAN_ONE, "per_10000", False),
        (_PCT, "%", False),
    ):
        for match in pattern.finditer(sentence):
            if not free(match.span()):
                continue
            numbers = [parse_decimal(g) for g in match.groups()[: 2 if is_range else 1]]
            if any(n is None for n in numbers):
                continue
            values = [n for n in numbers if n is not None]
            kind = "range" if is_range else _one_sided(sentence, match)
            item = _Found(match.span(), kind, unit, values)
            if unit == "per_10000":
                item.noun = match.group(3 if is_range else 2).strip()
                if re.match(r"(ít nhất|tối thiểu)\s", item.noun, re.IGNORECASE):
                    item.noun = item.noun.split(None, 2)[-1]
            found.append(item)
            taken.append(match.span())
    return sorted(found, key=lambda f: f.start)


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
    before = _TRAIL.sub("", _LEAD_IN.sub("", before.strip(" ,;:-")).strip(" ,;:-"))
    if len(before.split()) >= 2:
        return _tidy(before)
    next_start = found[index + 1].start if index + 1 < len(found) else len(sentence)
    after = re.split(r"[;(.)]|\s:\s", sentence[item.end : next_start])[0]
    return _tidy(_LEAD_IN.sub("", after.strip(" ,;:-")))


def _van_word(sentence: str, item: _Found) -> str:
    text = sentence[item.start : item.end]
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


def sentence_indicators(
    sentence: str, group: str, default_year: int | None, notes: tuple[str, ...] = ()
) -> list[DraftIndicator | Skipped]:
    """The draft indicators one sentence of the targets section sets (one when qualitative).

    A figure in another unit ("120 lao động") cannot be a target here (% or per 10,000 people
    only): the sentence is returned as skipped, to be shown, not turned into a qualitative one.
    """
    found = _find(sentence)
    if not found and _OTHER_FIGURE.search(sentence):
        return [Skipped(f"chỉ tiêu có số nhưng không tính bằng % hay /vạn dân: {sentence}")]
    if not found:
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
            )
        )
    return indicators


# --- The targets section ----------------------------------------------------------------------


def read_targets(
    sections: Sections, default_year: int | None
) -> tuple[list[tuple[str, str]], list[DraftIndicator | Skipped]]:
    found = find_section(sections, "muc tieu")
    if found is None:
        return [], [Skipped('không thấy mục "MỤC TIÊU"; chưa có chỉ tiêu nào')]
    _, body = found
    parts = subsections(body)
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
        if match := LETTERED.match(text):
            heading = match.group(2)
            while heading.endswith(",") and index < len(paragraphs):
                if BULLET.match(paragraphs[index].text):
                    break
                heading = f"{heading} {paragraphs[index].text}"
                index += 1
            group = match.group(1)
            name, _, statement = heading.partition(": ")
            groups.append((group, name.rstrip(":").strip()))
            if not statement.strip():
                continue
            text = statement
        sentence = BULLET.sub("", text).strip()
        if sentence.endswith(":") and not re.search(r"[0-9]", sentence):
            indicators.append(Skipped(f"đề mục, không phải chỉ tiêu: {sentence}"))
            continue
        indicators.extend(sentence_indicators(sentence, group, default_year, ocr_notes(sentence)))
    return groups, indicators
