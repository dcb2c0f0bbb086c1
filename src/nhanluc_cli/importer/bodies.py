"""How the names of Vietnamese public bodies begin, before and after the 2025 reorganisation.

A lead or partner cell, or the clause before "chủ trì" in a paragraph, names one body or
several. Names hold commas and "và" themselves ("Phòng Giáo dục và Đào tạo", "Sở Văn hóa, Thể
thao và Du lịch", "Văn phòng HĐND và UBND huyện"), so a text is cut only where the words after
a separator begin a body's name, as written (capital letter): "Sở", "Phòng", "Ban", "Bộ",
"Cục", "Vụ", "UBND", "Ủy ban nhân dân", "Văn phòng", "Trung tâm", "Công an", "Hội", ... A
collective ("các cơ quan, đơn vị liên quan", "Các Sở, ban, ngành") begins a body when it names
bodies ("các cơ quan", "các đơn vị", "các Sở", "các phòng"); "các địa phương" does not.

Names whose "và" joins two bodies' words inside one office ("Văn phòng HĐND và UBND", "Văn
phòng Đoàn ĐBQH và HĐND") are kept whole before any cut is looked for.
"""

from __future__ import annotations

import re

# The first words of a body's name, as written (case matters: "Ban" begins a body, "ban" in
# "các Sở, ban, ngành" does not). Longer heads first in the pattern.
HEADS: tuple[str, ...] = (
    # People's councils and committees, at every level, and their offices
    "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND", "Văn phòng",
    "Thường trực",
    # Departments of a province (Sở), a district or commune (Phòng), ministries and their parts
    "Sở", "Phòng", "Ban", "Bộ", "Cục", "Chi cục", "Tổng cục", "Vụ", "Thanh tra", "Kho bạc",
    "Cơ quan", "Bộ phận", "Công chức", "Cán bộ",
    # Public service units
    "Trung tâm", "Bệnh viện", "Trạm", "Trường", "Viện", "Đài", "Quỹ", "Hạt", "Đội", "Cảng vụ",
    "Ban Quản lý", "Ban quản lý", "Bảo hiểm", "BHXH", "Chi nhánh", "Ngân hàng", "Điện lực",
    "Bưu điện", "Công ty", "Tổng công ty", "Hợp tác xã", "Doanh nghiệp",
    # Police, army, courts
    "Công an", "Ban Chỉ huy", "Bộ Chỉ huy", "Tòa án", "Toà án", "Viện kiểm sát",
    # Party, Front and mass organisations
    "Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy", "Huyện uỷ", "Đảng ủy", "Đảng uỷ",
    "Ủy ban Mặt trận", "Uỷ ban Mặt trận", "Mặt trận", "MTTQ", "Ủy ban MTTQ", "Hội", "Liên đoàn",
    "Liên minh", "Đoàn", "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Liên hiệp",
)  # fmt: skip
# How the line of a level's council or committee begins, folded (vietnamese.fold): the bodies
# that head a level of government and issue its plans ("ỦY BAN NHÂN DÂN TỈNH X", "HĐND HUYỆN Y").
COUNCILS: tuple[str, ...] = ("uy ban nhan dan", "ubnd", "hoi dong nhan dan", "hdnd")


def starts_with_words(folded: str, words: str) -> bool:
    """`folded` is `words`, or starts with them as whole words ("thanh pho ha noi", "thanh pho")."""
    return folded == words or folded.startswith(words + " ")


# A collective begins a body when it names bodies, in either case ("Các phòng", "các cơ quan").
COLLECTIVES: tuple[str, ...] = (
    "cơ quan", "đơn vị", "sở", "phòng", "ban", "ngành", "hội", "tổ chức", "đoàn thể",
    "doanh nghiệp", "trường", "trung tâm", "cơ sở", "xã", "phường", "huyện", "tỉnh", "bộ",
)  # fmt: skip
_HEAD = "|".join(re.escape(h) for h in sorted(HEADS, key=len, reverse=True))
_COLLECTIVE = "|".join(re.escape(c) for c in sorted(COLLECTIVES, key=len, reverse=True))
# Where a body's name begins: a head as written, or "các"/"Các" + a collective noun.
BODY_START = rf"(?:(?:{_HEAD})(?![\w])|[Cc]ác\s+(?i:{_COLLECTIVE})(?![\w]))"
BODY_AT = re.compile(BODY_START)
# One office whose name joins two bodies with "và": never cut.
_COUNCILS = r"(?:HĐND|Hội đồng nhân dân|Đoàn ĐBQH|Đoàn đại biểu Quốc hội)"
_COMMITTEE = r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)"
WHOLE_NAMES = re.compile(
    rf"Văn phòng\s+{_COUNCILS}(?:\s*,\s*{_COUNCILS})*(?:\s+và\s+(?:{_COUNCILS}|{_COMMITTEE}))+"
)


def begins_a_body(text: str) -> bool:
    """True when `text` begins as the name of a public body (or a collective of bodies)."""
    return BODY_AT.match(text.lstrip()) is not None
