"""Agency names in a table cell, and the ids generated for them.

A cell may name several agencies: "Các phòng, ban, ngành huyện và Ủy ban nhân dân các xã, thị
trấn" is two. Names themselves hold commas and "và" ("Phòng Giáo dục và Đào tạo", "Các phòng,
ban, ngành huyện", "Văn phòng HĐND và UBND huyện"), so a cell is split at ";", and at "," or
"và" only where the words after it begin a body's name (bodies.py); capitals stay as written.

Ids are the folded name in ASCII snake_case ("Phòng Giáo dục và Đào tạo" ->
phong_giao_duc_va_dao_tao), with the usual abbreviations (Ủy ban nhân dân -> ubnd), at most 40
characters cut at a word, and a number added when two names would share one.
"""

from __future__ import annotations

import re

from nhanluc_cli.importer.bodies import BODY_START, WHOLE_NAMES
from nhanluc_cli.vietnamese import fold

# A cut: ";" anywhere; "," or "và" (or "với") only where a body's name begins after it.
_SPLIT = re.compile(
    r"\s*;\s*(?:và\s+)?|\s*(?:,\s*(?:và\s+)?|\s+và\s+|\s+với\s+)(?=" + BODY_START + ")"
)
_ABBREVIATIONS = (
    ("uy ban nhan dan", "ubnd"),
    ("hoi dong nhan dan", "hdnd"),
    ("mat tran to quoc", "mttq"),
    ("thuong binh va xa hoi", "tbxh"),
)
MAX_ID = 40


def split_agencies(cell: str) -> tuple[str, ...]:
    """The agencies a lead or partner cell names, with their capital letters as written."""
    text = cell.strip().rstrip(".;,").strip()
    if not text:
        return ()
    # Offices whose name joins two bodies with "và" are masked, so no cut falls inside them.
    kept: list[str] = []

    def mask(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return f"\x00{len(kept) - 1}\x00"

    masked = WHOLE_NAMES.sub(mask, text)
    names = []
    for part in _SPLIT.split(masked):
        name = re.sub(r"\x00([0-9]+)\x00", lambda m: kept[int(m.group(1))], part)
        name = name.strip().rstrip(".;,").strip()
        if name:
            names.append(name)
    return tuple(names)


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
