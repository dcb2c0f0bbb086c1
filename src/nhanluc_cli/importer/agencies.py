"""Agency names in a table cell, and the ids generated for them.

A cell may name several agencies: "Các phòng, ban, ngành huyện và Ủy ban nhân dân các xã, thị
trấn" is two. Names themselves hold commas and "và" ("Phòng Giáo dục và Đào tạo", "Các phòng,
ban, ngành huyện"), so a cell is split only where a separator is followed by a word that starts
an agency's name (Phòng, Ủy ban, Trung tâm, Các, ...).

Ids are the folded name in ASCII snake_case ("Phòng Giáo dục và Đào tạo" ->
phong_giao_duc_va_dao_tao), with the usual abbreviations (Ủy ban nhân dân -> ubnd), at most 40
characters cut at a word, and a number added when two names would share one.
"""

from __future__ import annotations

import re

from nhanluc_cli.vietnamese import fold

_HEADS = (
    "Phòng", "Ủy ban", "Uỷ ban", "UBND", "Trung tâm", "Cơ quan", "Các", "các", "Sở", "Ban",
    "Văn phòng", "Chi cục", "Cục", "Công an", "Bệnh viện", "Trường", "Hội", "Hội đồng", "Đoàn",
    "Huyện đoàn", "Mặt trận", "Ủy ban Mặt trận", "Liên đoàn", "Kho bạc", "Chi nhánh", "Đài",
    "Bảo hiểm", "Ngân hàng", "Tòa án", "Toà án", "Viện", "Đội", "Thanh tra", "Trạm", "Hạt",
    "Quỹ", "Ban Chỉ huy", "Huyện ủy", "Huyện uỷ", "Đảng ủy", "Đảng uỷ", "Công chức", "Cán bộ",
    "Hợp tác xã", "Doanh nghiệp", "Bộ phận", "MTTQ", "HĐND",
)  # fmt: skip
_SPLIT = re.compile(
    r"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+|\s+với\s+)(?=(?:"
    + "|".join(re.escape(h) for h in sorted(_HEADS, key=len, reverse=True))
    + r")\b)"
)
_ABBREVIATIONS = (
    ("uy ban nhan dan", "ubnd"),
    ("hoi dong nhan dan", "hdnd"),
    ("mat tran to quoc", "mttq"),
    ("thuong binh va xa hoi", "tbxh"),
)
MAX_ID = 40


def split_agencies(cell: str) -> tuple[str, ...]:
    """The agencies a lead or partner cell names, each starting with a capital letter."""
    text = cell.strip().rstrip(".;,").strip()
    if not text:
        return ()
    names = (part.strip().rstrip(".;,").strip() for part in _SPLIT.split(text))
    return tuple(_capitalised(n) for n in names if n)


def _capitalised(name: str) -> str:
    """A name cut from mid-sentence ("các cơ quan, đơn vị có liên quan") starts with a capital."""
    return name[:1].upper() + name[1:]


def name_key(name: str) -> str:
    """Two spellings of one name are one agency: same letters, case and spacing aside."""
    return " ".join(name.casefold().split())


def agency_id(name: str) -> str:
    folded = fold(name)
    for long, short in _ABBREVIATIONS:
        folded = folded.replace(long, short)
    words = re.findall(r"[a-z0-9]+", folded)
    identifier = ""
    for word in words:
        candidate = f"{identifier}_{word}" if identifier else word
        if len(candidate) > MAX_ID and identifier:
            break
        identifier = candidate[:MAX_ID]
    if not identifier or identifier[0].isdigit():
        identifier = f"co_quan_{identifier}".rstrip("_")
    return identifier


def assign_ids(names: list[str]) -> dict[str, str]:
    """Name key -> a unique id, in order of first appearance."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        key = name_key(name)
        if key in ids:
            continue
        base = agency_id(name)
        identifier, n = base, 2
        while identifier in taken:
            identifier, n = f"{base}_{n}", n + 1
        ids[key] = identifier
        taken.add(identifier)
    return ids
