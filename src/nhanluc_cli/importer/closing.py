"""The end of an official plan: the "Nơi nhận:" list and the signature block.

Nghị định 30/2020/NĐ-CP puts them side by side at the end of the body, before any appendix:

    Nơi nhận:                        TM. ỦY BAN NHÂN DÂN
    - Sở Tài chính;                  KT. CHỦ TỊCH
    - Lưu: VT.                       PHÓ CHỦ TỊCH
                                     (chữ ký)
                                     Nguyễn Văn A

Read from a .docx (a two-column table) or plain text, the two columns come one after the other
or interleaved; either way the recipients are the bulleted lines after "Nơi nhận", and the
signature is the capital lines "TM. ...", "KT. ...", "Q. ...", "TL. ..." (on whose behalf), the
position ("CHỦ TỊCH", "PHÓ GIÁM ĐỐC") and the name below them. Capitals are put in ordinary
case as plan60.yaml writes them ("TM. Ủy ban nhân dân; KT. Chủ tịch", "Phó Chủ tịch"): the draft
says so, to be checked.
"""

from __future__ import annotations

import re

from nhanluc_cli.importer.draft import DraftSigner, Paragraph
from nhanluc_cli.vietnamese import fold

_RECIPIENTS = re.compile(r"^Nơi nhận\s*:?\s*(.*)$", re.IGNORECASE)
_BULLET = re.compile(r"^[-+•–*]\s*")
_BEHALF = re.compile(r"^(TM|KT|Q|TL|TUQ|T\.M|K\.T)\s*\.\s*(.+)$")
_POSITIONS = (
    "chu tich", "pho chu tich", "giam doc", "pho giam doc", "truong ban", "pho truong ban",
    "bi thu", "pho bi thu", "truong phong", "pho truong phong", "chanh van phong",
    "pho chanh van phong", "cuc truong", "pho cuc truong", "vu truong", "bo truong",
    "thu truong", "tong giam doc", "chu nhiem", "chanh thanh tra", "giam doc so",
)  # fmt: skip
_SIGNED = re.compile(r"^\(?\s*(đã ký|ký|chữ ký|ký tên|ký, ghi rõ họ tên)[^)]*\)?$", re.IGNORECASE)
# Words kept in capitals when a capital line is put in ordinary case.
_ACRONYMS = frozenset({"UBND", "HĐND", "MTTQ", "BCĐ", "BCH", "TM.", "KT.", "Q.", "TL.", "TUQ."})
_NAME = re.compile(r"^(?:[A-ZÀ-ỸĐ][\w]*)(?:\s+[A-ZÀ-ỸĐ][\w]*){1,5}$")


def read_closing(
    paragraphs: list[Paragraph],
) -> tuple[tuple[str, ...], DraftSigner | None]:
    """The recipients (as written, without the bullet and the closing ";" or ".") and the signer."""
    return _recipients(paragraphs), _signer(paragraphs)


def _recipients(paragraphs: list[Paragraph]) -> tuple[str, ...]:
    start = next((i for i, p in enumerate(paragraphs) if _RECIPIENTS.match(p.text)), None)
    if start is None:
        return ()
    found: list[str] = []
    first = _RECIPIENTS.match(paragraphs[start].text)
    rest = first.group(1).strip() if first else ""
    if rest:
        found.extend(_items(rest))
    misses = 0
    for p in paragraphs[start + 1 :]:
        if _BULLET.match(p.text):
            found.extend(_items(p.text))
            misses = 0
        elif _is_signature_line(p.text) or _SIGNED.match(p.text) or _NAME.match(p.text):
            continue  # the signature column, interleaved with this one
        else:
            misses += 1
            if misses > 1 or found:
                break
    return tuple(found)


def _items(text: str) -> list[str]:
    """One recipient line; a line may hold several ("- Như trên; - Lưu: VT.")."""
    pieces = re.split(r"\s+[-+•–]\s+", _BULLET.sub("", text))
    items = []
    for piece in pieces:
        item = piece.strip().rstrip(";.,/").strip()
        if item:
            items.append(item)
    return items


def is_signature_line(text: str) -> bool:
    """ "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC": a line of the signature block."""
    return text.isupper() and _is_signature_line(text)


def _is_signature_line(text: str) -> bool:
    return bool(_BEHALF.match(text)) or (fold(text).strip(" .:") in _POSITIONS and text.isupper())


def _signer(paragraphs: list[Paragraph]) -> DraftSigner | None:
    for index, p in enumerate(paragraphs):
        if not _is_signature_line(p.text) or not p.text.isupper():
            continue
        behalf: list[str] = []
        position: str | None = None
        name: str | None = None
        for q in paragraphs[index : index + 12]:
            text = q.text.strip()
            if _BEHALF.match(text) and text.isupper() and position is None:
                behalf.append(text)
            elif fold(text).strip(" .:") in _POSITIONS and text.isupper() and position is None:
                position = text
            elif position is not None or behalf:
                if _SIGNED.match(text) or _BULLET.match(text) or _RECIPIENTS.match(text):
                    continue
                if _NAME.match(text) and not text.isupper():
                    words = text.split()
                    half = len(words) // 2
                    if len(words) % 2 == 0 and words[:half] == words[half:]:
                        words = words[:half]  # the name signed, then typed: "A B A B"
                    name = " ".join(words)
                    break
                if _NAME.match(text) and len(text.split()) >= 2 and position is not None:
                    name = _title_case(text)  # a name in capitals: "NGUYỄN VĂN A"
                    break
        if position is None and behalf:
            # "KT. CHỦ TỊCH" alone names the position it signs for; "TM. ..." does not.
            position = None
        if position is None and not behalf:
            continue
        return DraftSigner(
            name=name,
            position=_ordinary(position) if position else None,
            on_behalf="; ".join(_ordinary(b) for b in behalf) or None,
            recased=True,
        )
    return None


def _ordinary(text: str) -> str:
    """ "TM. ỦY BAN NHÂN DÂN" -> "TM. Ủy ban nhân dân"; "PHÓ CHỦ TỊCH" -> "Phó Chủ tịch"."""
    words = text.split()
    out: list[str] = []
    for index, word in enumerate(words):
        if word in _ACRONYMS:
            out.append(word)
        elif not out or out[-1] in _ACRONYMS or index == 0:
            out.append(word[:1] + word[1:].lower())
        else:
            out.append(word.lower())
    written = " ".join(out)
    # "Chủ tịch" is written with its capital after "Phó" too, as plans and plan60.yaml do:
    # "Phó Chủ tịch", "Phó Giám đốc", "Phó Trưởng ban".
    written = re.sub(r"\bchủ tịch\b", "Chủ tịch", written)
    return re.sub(r"\b(Phó) (\w)", lambda m: f"{m.group(1)} {m.group(2).upper()}", written)


def _title_case(text: str) -> str:
    return " ".join(w[:1] + w[1:].lower() for w in text.split())
