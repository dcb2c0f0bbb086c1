"""A spreadsheet form's findings as text: `FORM.xlsx!Nhiệm vụ!D7: error E201 ...`, then the
cell's column and what it holds, then how to fix it (contract §19)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from nhanluc_cli.drafts.forms.layout import INDICATORS_SHEET, TASKS_SHEET
from nhanluc_cli.drafts.forms.reader import FormFinding
from nhanluc_cli.i18n import Lang, message, word
from nhanluc_cli.render.findings import path_text, visible

_SHEET_ORDER = {"": 0, TASKS_SHEET: 1, INDICATORS_SHEET: 2}
_CELL = re.compile(r"([A-Z]+)([0-9]+)")


def place_text(item: FormFinding) -> str:
    """`mau.xlsx!Nhiệm vụ!D7`, or the file alone for a finding about the whole file."""
    file = item.finding.file
    return f"{file}!{item.sheet}!{item.cell}" if item.sheet else file


def _order(item: FormFinding) -> tuple[int, int, int, str]:
    match = _CELL.fullmatch(item.cell)
    row, column = (int(match[2]), len(match[1]) * 100 + ord(match[1][-1])) if match else (0, 0)
    return _SHEET_ORDER.get(item.sheet, 3), row, column, item.finding.code


def sort_form_findings(findings: Sequence[FormFinding]) -> list[FormFinding]:
    """Sheet by sheet, row by row, cell by cell: the order an official walks the form in."""
    return sorted(findings, key=_order)


def format_form_finding(item: FormFinding, lang: Lang) -> str:
    finding = item.finding
    text, fix = message(finding.key, lang, finding.args)
    path = path_text(finding)
    path = f" {path}:" if path else ""
    lines = [visible(f"{place_text(item)}: {finding.severity} {finding.code}{path} {text}")]
    if item.field:
        content = item.shown or word("form.blank", lang)
        lines.append(visible(f"   | {word(f'form.col.{item.field}', lang)}: {content}"))
    if fix:
        lines.append(f"   = {fix}")
    return "\n".join(lines)


def render_form_findings(findings: Sequence[FormFinding], lang: Lang) -> str:
    return "\n".join(format_form_finding(f, lang) for f in sort_form_findings(findings))
