"""One official document (`nd30.OfficialDocument`), three formats: the Word file (nd30.py), and
here the Markdown text and the HTML page, so that md, html and docx say the same thing in the
same form (contract §18): masthead, "Số", the date line, the trích yếu, "Kính gửi", the
sections, "Nơi nhận", the signature block, then the phụ lục.

Also the head every report shares: who issues it on its date (`issuing.issuer_on`), with
visible blanks where nobody is named, "Nơi nhận" that always ends with "Lưu: VT" and starts
with "Như trên" when the report is addressed ("Kính gửi"), and a signature block always.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from nhanluc_cli.i18n import Lang, word
from nhanluc_cli.render.report.nd30 import (
    Block,
    Figure,
    OfficialDocument,
    Paragraph,
    Section,
    Signer,
    Table,
    date_line,
    recipient_lines,
    roman,
)

if TYPE_CHECKING:
    from nhanluc_cli.judging.issuing import DocumentIssuer
    from nhanluc_cli.plan.model import Plan

__all__ = [
    "DocumentHead",
    "document_head",
    "placeholder",
    "render_official_html",
    "render_official_markdown",
]

# Bodies whose name breaks after their kind in a masthead: "ỦY BAN NHÂN DÂN / XÃ AN TRƯỜNG",
# and the code of each in a document's number ("Số: …/BC-UBND").
_BODY_KINDS = re.compile(r"^(Ủy ban nhân dân|Hội đồng nhân dân)\s+(.+)$", re.I)
_BODY_CODES = {"ủy ban nhân dân": "UBND", "hội đồng nhân dân": "HĐND"}


def issuer_lines(issuer: str) -> tuple[str, ...]:
    found = _BODY_KINDS.match(issuer.strip())
    return (found.group(1), found.group(2)) if found else (issuer,)


def body_code(name: str) -> str:
    """ "UBND" for an Ủy ban nhân dân; "" when the body's own code is not known."""
    found = _BODY_KINDS.match(name.strip())
    return _BODY_CODES.get(found.group(1).lower(), "") if found else ""


def plan_code(plan_id: str) -> str:
    """ "UBND" from "60/KH-UBND": the issuing body's code in the plan's own number."""
    symbol = plan_id.rsplit("/", 1)[-1]
    return symbol.split("-", 1)[1] if "-" in symbol else symbol


@dataclass(frozen=True, slots=True)
class DocumentHead:
    """The parts of an OfficialDocument that say who issues it, where, and to whom."""

    issuer: str  # may hold "\n" where the name breaks; a visible blank when nobody is named
    issuer_name: str  # on one line, for the text ("" when blank)
    number_label: str
    place: str
    recipients: tuple[str, ...]
    signer: Signer
    to: str
    blank: bool  # the issuer or the place is a blank to fill


def placeholder(lang: Lang) -> Paragraph:
    """The visible paragraph left where only a person can write."""
    return Paragraph(word("document.placeholder", lang), italic=True)


def quoted_explanation(
    subject: str, status: str, text: str, reported: str, lang: Lang
) -> Paragraph:
    """One explanation on record, quoted in section IV of either report (contract §18): what it
    is about, its status (lower case mid-sentence in Vietnamese), the words and who gave them."""
    shown_status = status[:1].lower() + status[1:] if lang == "vi" else status
    line = word(
        "sections.explanation_line",
        lang,
        subject=subject.rstrip("."),
        status=shown_status,
        text=text,
        reported=reported,
    )
    return Paragraph("- " + line)


def _signer(issuer: DocumentIssuer, lang: Lang) -> Signer:
    signer = issuer.signer
    if signer is None:  # a block of blanks: the signer fills in the position
        authority: tuple[str, ...] = ()
        if issuer.name is None:
            body = word("document.blank.issuer", lang)
            authority = (word("document.on_behalf", lang, body=body),)
        else:
            kind = _BODY_KINDS.match(issuer.name.strip())
            if kind is not None:  # a collective body signs "TM. Ủy ban nhân dân"
                authority = (word("document.on_behalf", lang, body=kind.group(1)),)
        return Signer(position=word("document.blank.position", lang), authority=authority)
    parts = (part.strip() for part in (signer.on_behalf or "").split(";"))
    position = signer.position or word("document.blank.position", lang)
    return Signer(position=position, authority=tuple(part for part in parts if part))


def _recipients(issuer: DocumentIssuer, to: str) -> tuple[str, ...]:
    entries = [entry for entry in issuer.recipients if entry.strip()]
    if to:
        entries.insert(0, "Như trên")
    if not any(entry.strip().lower().startswith("lưu") for entry in entries):
        entries.append("Lưu: VT")
    return tuple(entries)


def document_head(plan: Plan, issuer: DocumentIssuer, lang: Lang, to: str = "") -> DocumentHead:
    """Who issues a report about `plan` (as `issuing.issuer_on` decided), in `lang`."""
    to = to.strip()
    lines: tuple[str, ...]
    if issuer.name is None:
        name, lines, code = "", (word("document.blank.issuer", lang),), ""
    else:
        name, lines = issuer.name, issuer_lines(issuer.name)
        code = plan_code(plan.id) if issuer.origin == "plan" else body_code(issuer.name)
    place = issuer.place or word("document.blank.place", lang)
    return DocumentHead(
        issuer="\n".join(lines),
        issuer_name=name,
        number_label=word("document.number", lang, code=code or "……"),
        place=place,
        recipients=_recipients(issuer, to),
        signer=_signer(issuer, lang),
        to=to,
        blank=issuer.name is None or issuer.place is None,
    )


def blank_reason(plan: Plan, issuer: DocumentIssuer, day: date, lang: Lang) -> str | None:
    """What stderr says when the masthead holds a blank: whose existence ended, and how to
    name the body that reports (`ended.reporter`, `--issuer`, `--place`)."""
    from nhanluc_cli.vietnamese import format_date

    if issuer.gone_since is None:
        if issuer.place is None:
            return word("document.blank_place_reason", lang)
        return None
    if issuer.name is not None and issuer.place is not None:
        return None
    key = "document.blank_reason" if issuer.place is None else "document.blank_reason_name"
    return word(
        key,
        lang,
        issuer=plan.issuer,
        last_day=format_date(issuer.gone_since, lang),
        day=format_date(day, lang),
    )


# ---------------------------------------------------------------------------------------------
# Markdown


def _md(value: object) -> str:
    from nhanluc_cli.render.report.markdown import md_escape

    return md_escape(value)


def _md_cell(text: str) -> str:
    return "<br>".join(_md(line) for line in text.split("\n"))


def _md_blocks(blocks: tuple[Block, ...], out: list[str]) -> None:
    for block in blocks:
        if isinstance(block, Table):
            columns = len(block.headers)
            out.append("| " + " | ".join(_md(h) for h in block.headers) + " |")
            out.append("|" + "|".join("---" for _ in block.headers) + "|")
            for index, row in enumerate(block.rows):
                if index in block.spanning:
                    first = f"***{_md(row[0])}***" if row else ""
                    out.append("| " + " | ".join([first, *([""] * (columns - 1))]) + " |")
                    continue
                cells = [_md_cell(cell) for cell in row]
                if index in block.emphasised:
                    cells = [f"**{cell}**" if cell else cell for cell in cells]
                out.append("| " + " | ".join(cells) + " |")
            out.append("")
        elif isinstance(block, Paragraph):
            text = _md(block.text)
            if block.bold:
                text = f"**{text}**"
            if block.italic:
                text = f"*{text}*"
            out += [text, ""]
        # A Figure is drawn in the HTML page only.


def _md_section(section: Section, label: str, level: int, out: list[str]) -> None:
    heading = section.heading.upper() if level == 2 else section.heading
    out += [f"{'#' * level} {label}{_md(heading)}", ""]
    _md_blocks(section.blocks, out)
    for number, part in enumerate(section.parts, start=1):
        _md_section(part, f"{number}. ", level + 1, out)


def render_official_markdown(document: OfficialDocument) -> str:
    lang = document.lang
    out: list[str] = [
        "**" + _md(" ".join(document.issuer.split("\n")).upper()) + "**<br>",
        _md(document.number_label.replace("  ", " ")),
        "",
        f"*{_md(date_line(document.place, document.day, lang, document.year))}*",
        "",
        f"# {_md(document.kind.upper())}",
        "",
        f"**{_md(document.subject)}**",
        "",
    ]
    if document.to:
        out += [_md(word("document.to", lang, to=document.to)), ""]
    _md_blocks(document.opening, out)
    for number, section in enumerate(document.sections, start=1):
        _md_section(section, f"{roman(number)}. ", 2, out)
    _md_blocks(document.closing, out)
    out += [f"**{_md(word('document.recipients', lang))}**", ""]
    out += [_md(line) + "<br>" for line in recipient_lines(document.recipients)]
    out.append("")
    signer = document.signer
    if signer is not None:
        lines = [*signer.authority, signer.position]
        out += ["<br>".join(f"**{_md(line.upper())}**" for line in lines), ""]
    for number, annex in enumerate(document.annexes, start=1):
        out += ["---", "", f"## {_md(word('document.annex', lang, number=roman(number)))}", ""]
        out += [f"**{_md(annex.heading)}**", ""]
        _md_blocks(annex.blocks, out)
        for part_number, part in enumerate(annex.parts, start=1):
            _md_section(part, f"{part_number}. ", 3, out)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"


# ---------------------------------------------------------------------------------------------
# HTML


def _html_blocks(blocks: tuple[Block, ...]) -> list[dict[str, Any]]:
    views: list[dict[str, Any]] = []
    for block in blocks:
        if isinstance(block, Table):
            columns = len(block.headers)
            weights = list(block.widths) if len(block.widths) == columns else [1.0] * columns
            total = sum(weights) or 1.0
            aligns = list(block.align) if len(block.align) == columns else ["left"] * columns
            rows = [
                {
                    "spanning": index in block.spanning,
                    "emphasised": index in block.emphasised,
                    "cells": row,
                    "cells_aligned": list(zip(row, aligns, strict=False)),
                    "id": block.row_ids[index] if index < len(block.row_ids) else "",
                    "status": block.row_status[index] if index < len(block.row_status) else "",
                }
                for index, row in enumerate(block.rows)
            ]
            views.append(
                {
                    "kind": "table",
                    "headers": block.headers,
                    "widths": [round(100 * w / total, 2) for w in weights],
                    "rows": rows,
                    "status_column": block.status_column,
                }
            )
        elif isinstance(block, Figure):
            if views and views[-1]["kind"] == "figures":
                views[-1]["figures"].append(block)
            else:
                views.append({"kind": "figures", "figures": [block]})
        else:
            placeholder_text = block.italic and block.text.startswith("[")
            views.append(
                {
                    "kind": "paragraph",
                    "text": block.text,
                    "bold": block.bold,
                    "italic": block.italic,
                    "css": "placeholder" if placeholder_text else ("text" if block.indent else ""),
                }
            )
    return views


@dataclass(frozen=True, slots=True)
class _SectionView:
    heading: str
    blocks: list[dict[str, Any]]
    parts: list[_SectionView]


def _section_view(section: Section) -> _SectionView:
    return _SectionView(
        section.heading,
        _html_blocks(section.blocks),
        [_section_view(part) for part in section.parts],
    )


def render_official_html(document: OfficialDocument) -> str:
    from nhanluc_cli.render.report.jinja import render_template

    signer = document.signer
    return render_template(
        "official.html.j2",
        document.lang,
        autoescape=True,
        filters={},
        d=document,
        roman=roman,
        date_line=date_line(document.place, document.day, document.lang, document.year),
        opening=_html_blocks(document.opening),
        sections=[_section_view(section) for section in document.sections],
        closing=_html_blocks(document.closing),
        recipients=recipient_lines(document.recipients),
        signer_lines=[*signer.authority, signer.position] if signer is not None else [],
        signer_name=signer.name if signer is not None else "",
        annexes=[_section_view(annex) for annex in document.annexes],
    )
