"""A filled form -> the progress report's YAML text, and every problem at its sheet and cell.

Three steps, each returning values, never raising on what an office sent:
- `open_form`: the file's bytes -> the cells that matter (`FilledForm`, plain values), or the
  finding that says why not: not an xlsx, an old .xls, an .ods, a damaged or hostile zip (its
  directory is checked before openpyxl opens anything), not a nhanluc form, a form of another
  plan or period, rows moved. openpyxl is imported here, inside the function, and nowhere else.
- `draft_report`: the cells -> the YAML text a person would write (the plan's order, comments
  where a row was left blank), and where each value came from.
- `check_draft`: that text through the loader and the checks every report goes through, each
  finding taken back to the cell its value came from. The codes and messages are the YAML
  ones; the words of the drop-downs are the one thing only a form has.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from nhanluc_cli.drafts.forms.cells import (
    Raw,
    assessment_value,
    date_scalar,
    is_blank,
    number_scalar,
    quoted,
    shown,
    status_value,
    text_scalar,
)
from nhanluc_cli.drafts.forms.layout import (
    ENTRIES_ROW,
    ENTRY_KINDS,
    FIRST_ROW,
    FORM_MARK,
    FORM_VERSION,
    HEADER_VALUE_COLUMN,
    IDS_FIELDS,
    IDS_SHEET,
    INDICATORS_SHEET,
    NUMERIC_INPUTS,
    PERIOD_ROW,
    QUALITATIVE_INPUTS,
    REPORTED_BY_ROW,
    REPORTED_ON_ROW,
    TASK_INPUTS,
    TASKS_SHEET,
    cell_name,
    indicator_column,
    plain,
    task_column,
)
from nhanluc_cli.findings import Finding
from nhanluc_cli.i18n import word
from nhanluc_cli.plan.deadlines import period_bounds
from nhanluc_cli.plan.model import TASK_KEY, Plan
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport, YamlPath
from nhanluc_cli.vietnamese import ASSESSMENT_WORDS, format_date, nearest, nfc

__all__ = [
    "MAX_FORM_BYTES",
    "MAX_UNPACKED_BYTES",
    "Draft",
    "FilledForm",
    "FormFinding",
    "FormRow",
    "check_draft",
    "draft_report",
    "open_form",
]

MAX_FORM_BYTES = 10 * 1024 * 1024  # a form of a thousand rows is well under 1 MB
MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # all its parts, as the zip directory declares them
MAX_PARTS = 500
MAX_ROWS = 20_000  # entries in the hidden sheet
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and an .xlsx with an opening password
_ODS = b"application/vnd.oasis.opendocument.spreadsheet"
SCHEMA_LINE = "# yaml-language-server: $schema={ref}"


class FormFinding(NamedTuple):
    """A finding and the cell it is about: `sheet` and `cell` empty for the file as a whole;
    `field` names the column ("status", "value", "reported_on"); `shown` is what the cell
    holds, as the office sees it."""

    finding: Finding
    sheet: str = ""
    cell: str = ""
    field: str = ""
    shown: str = ""


@dataclass(frozen=True, slots=True)
class FormRow:
    """One entry's row: its key, kind ("task", "numeric", "qualitative") and the cells an office
    fills, by field, as openpyxl gave them."""

    sheet: str
    row: int
    key: str
    kind: str
    cells: Mapping[str, Raw]


@dataclass(frozen=True, slots=True)
class FilledForm:
    display: str
    period: str
    agency: str | None
    reported_on: Raw
    reported_by: Raw
    tasks: tuple[FormRow, ...]
    indicators: tuple[FormRow, ...]


# ---------------------------------------------------------------------------------------------
# Bytes -> cells


def _whole(display: str, code: str, key: str, **args: object) -> FormFinding:
    return FormFinding(Finding(code, key, display, 1, 1, args=args))


def too_large(display: str, *, unpacked: bool) -> FormFinding:
    """E104: the file, or what its zip directory says it unpacks to, is beyond a form's size."""
    if unpacked:
        return _whole(display, "E104", "form.too_large_unpacked", limit=MAX_UNPACKED_BYTES // 2**20)
    return _whole(display, "E104", "form.too_large", limit=MAX_FORM_BYTES // 2**20)


def _archive_problem(data: bytes, display: str) -> FormFinding | None:
    """Why these bytes are not an xlsx worth opening, from the zip's directory alone."""
    import zipfile

    if data.startswith(_OLE):
        return _whole(display, "E101", "form.old_xls")
    if len(data) > MAX_FORM_BYTES:
        return too_large(display, unpacked=False)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
            names = {part.filename for part in parts}
            unpacked = sum(part.file_size for part in parts)
            if len(parts) > MAX_PARTS or unpacked > MAX_UNPACKED_BYTES:
                return too_large(display, unpacked=True)
            if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
                mimetype = next((p for p in parts if p.filename == "mimetype"), None)
                if (
                    mimetype is not None
                    and mimetype.file_size < 100
                    and archive.read(mimetype).startswith(_ODS)
                ):
                    return _whole(display, "E101", "form.ods")
                return _whole(display, "E101", "form.not_xlsx")
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
    ):
        key = "form.corrupt" if data.startswith(b"PK") else "form.not_xlsx"
        return _whole(display, "E101", key)
    return None


def _workbook(data: bytes, display: str) -> tuple[Any, FormFinding | None]:
    problem = _archive_problem(data, display)
    if problem is not None:
        return None, problem
    import warnings

    import openpyxl

    try:
        with warnings.catch_warnings():
            # openpyxl warns of what it does not keep (data validation extensions, styles):
            # nothing the reader needs, nothing for an official to read.
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(io.BytesIO(data), data_only=True), None
    except Exception:  # any failure of the library on bad bytes: the file is damaged
        return None, _whole(display, "E101", "form.corrupt")


def _text(value: object) -> str:
    return plain(nfc(str(value))).strip() if value is not None else ""


def _meta(workbook: Any, display: str) -> tuple[dict[str, str] | None, FormFinding | None]:
    if IDS_SHEET not in workbook.sheetnames:
        return None, _whole(display, "E201", "form.not_a_form")
    sheet = workbook[IDS_SHEET]
    meta = {
        _text(sheet.cell(row, 1).value): _text(sheet.cell(row, 2).value)
        for row in range(1, len(IDS_FIELDS) + 1)
    }
    if meta.get("form") != FORM_MARK:
        return None, _whole(display, "E201", "form.not_a_form")
    if meta.get("version") != FORM_VERSION or set(meta) != set(IDS_FIELDS):
        return None, _whole(display, "E201", "form.ids_damaged")
    return meta, None


def _entries(workbook: Any) -> list[tuple[str, int, str, str]] | None:
    """(sheet, row, key, kind) of every entry the hidden sheet lists; None when damaged."""
    sheet = workbook[IDS_SHEET]
    found: list[tuple[str, int, str, str]] = []
    seen: set[tuple[str, int]] = set()
    for row in range(ENTRIES_ROW, ENTRIES_ROW + MAX_ROWS + 1):
        values = [sheet.cell(row, column).value for column in range(1, 5)]
        if all(value is None for value in values):
            return found
        name, number, key, kind = (_text(value) for value in values)
        expected = TASKS_SHEET if kind == "task" else INDICATORS_SHEET
        if (
            kind not in ENTRY_KINDS
            or name != expected
            or not number.isdigit()
            or int(number) < FIRST_ROW
            or int(number) > FIRST_ROW + MAX_ROWS
            or not key
            or (name, int(number)) in seen
        ):
            return None
        seen.add((name, int(number)))
        found.append((name, int(number), key, kind))
    return None


def _inputs(kind: str) -> tuple[str, ...]:
    if kind == "task":
        return TASK_INPUTS
    return QUALITATIVE_INPUTS if kind == "qualitative" else NUMERIC_INPUTS


def _column(kind: str, name: str) -> int:
    return task_column(name) if kind == "task" else indicator_column(name)


def _other_plan(meta: Mapping[str, str], plan: Plan, display: str) -> FormFinding | None:
    if meta["plan"] == plan.id and meta["plan_date"] == plan.date.isoformat():
        return None
    try:
        from datetime import date

        form_date = format_date(date.fromisoformat(meta["plan_date"]), "vi")
    except ValueError:
        form_date = meta["plan_date"]
    return _whole(
        display,
        "E220",
        "form.other_plan",
        form_plan=meta["plan"],
        form_date=form_date,
        plan=plan.id,
        date=format_date(plan.date, "vi"),
    )


def open_form(
    data: bytes, display: str, plan: Plan, period: str
) -> tuple[FilledForm | None, list[FormFinding]]:
    """The cells of a filled form for `plan` and `period`, or the findings that say why not."""
    workbook, problem = _workbook(data, display)
    if problem is not None:
        return None, [problem]
    meta, problem = _meta(workbook, display)
    if meta is None:
        return None, [problem] if problem else []
    entries = _entries(workbook)
    agency = meta["agency"] or None
    if entries is None or (agency is not None and plan.agency(agency) is None):
        return None, [_whole(display, "E201", "form.ids_damaged")]
    other = _other_plan(meta, plan, display)
    if other is not None:
        return None, [other]
    if meta["period"] != period:
        finding = Finding(
            "E220",
            "form.other_period",
            display,
            1,
            1,
            args={"form_period": meta["period"], "period": period},
        )
        place = cell_name(PERIOD_ROW, HEADER_VALUE_COLUMN)
        return None, [FormFinding(finding, TASKS_SHEET, place, "period", meta["period"])]
    missing = [name for name in (TASKS_SHEET, INDICATORS_SHEET) if name not in workbook.sheetnames]
    if missing:
        return None, [_whole(display, "E201", "form.sheet_missing", sheet=name) for name in missing]
    findings: list[FormFinding] = []
    rows: list[FormRow] = []
    for name, number, key, kind in entries:
        sheet = workbook[name]
        found = _text(sheet.cell(number, 1).value)
        if found != key:
            finding = Finding(
                "E201",
                "form.row_moved",
                display,
                1,
                1,
                args={"row": number, "key": key, "found": found},
            )
            findings.append(FormFinding(finding, name, cell_name(number, 1), "key", found))
            continue
        cells = {field: sheet.cell(number, _column(kind, field)).value for field in _inputs(kind)}
        rows.append(FormRow(name, number, key, kind, cells))
    if findings:
        return None, findings
    header = workbook[TASKS_SHEET]
    form = FilledForm(
        display=display,
        period=meta["period"],
        agency=agency,
        reported_on=header.cell(REPORTED_ON_ROW, HEADER_VALUE_COLUMN).value,
        reported_by=header.cell(REPORTED_BY_ROW, HEADER_VALUE_COLUMN).value,
        tasks=tuple(row for row in rows if row.kind == "task"),
        indicators=tuple(row for row in rows if row.kind != "task"),
    )
    return form, []


# ---------------------------------------------------------------------------------------------
# Cells -> YAML text


class Place(NamedTuple):
    sheet: str
    cell: str
    field: str
    shown: str


@dataclass
class Draft:
    """The report's YAML text, where each of its values came from, and the form's own
    findings (a status or an assessment that is not a word of the list)."""

    text: str = ""
    places: dict[YamlPath, Place] = field(default_factory=dict)
    findings: list[FormFinding] = field(default_factory=list)
    tasks: int = 0  # entries filled in
    indicators: int = 0
    lines: list[str] = field(default_factory=list)


def _vi(key: str, **args: object) -> str:
    return word(key, "vi", **args)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _comment(text: str, indent: int) -> list[str]:
    """A comment wrapped at 100 columns, as `nhanluc new` writes them."""
    import textwrap

    prefix = " " * indent + "# "
    return textwrap.wrap(
        _one_line(text),
        width=100,
        initial_indent=prefix,
        subsequent_indent=prefix,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _place(sheet: str, row: int, column: int, name: str, raw: Raw) -> Place:
    return Place(sheet, cell_name(row, column), name, shown(raw))


def _word_finding(
    draft: Draft, display: str, place: Place, key: str, allowed: Sequence[str], path: YamlPath
) -> None:
    args = {
        "input": place.shown,
        "allowed": ", ".join(allowed),
        "suggestion": nearest(place.shown, allowed),
        "field": path[-1],
    }
    finding = Finding("E201", key, display, 1, 1, "", args, where=path)
    draft.findings.append(FormFinding(finding, place.sheet, place.cell, place.field, place.shown))


def _header_lines(draft: Draft, form: FilledForm, plan: Plan, schema_ref: str) -> None:
    bounds = period_bounds(form.period)
    assert bounds is not None, form.period
    first, last = (format_date(day, "vi") for day in bounds)
    column = HEADER_VALUE_COLUMN
    draft.lines += [
        SCHEMA_LINE.format(ref=schema_ref),
        *_comment(
            _vi("form.yaml_title", plan=plan.id, period=form.period, first=first, last=last), 0
        ),
        *_comment(_vi("form.yaml_source", form=form.display), 0),
        f"period: {quoted(form.period)}",
    ]
    draft.places[()] = _place(TASKS_SHEET, PERIOD_ROW, column, "period", form.period)
    draft.places[("period",)] = draft.places[()]
    on = _place(TASKS_SHEET, REPORTED_ON_ROW, column, "reported_on", form.reported_on)
    draft.places[("reported_on",)] = on
    if is_blank(form.reported_on):
        where = f"{TASKS_SHEET}!{on.cell}"
        draft.lines.append(f"# {_vi('form.yaml_reported_on_blank', cell=where, last=last)}")
    else:
        draft.lines.append(f"reported_on: {date_scalar(form.reported_on)}")
    by = _place(TASKS_SHEET, REPORTED_BY_ROW, column, "reported_by", form.reported_by)
    draft.places[("reported_by",)] = by
    if is_blank(form.reported_by):
        where = f"{TASKS_SHEET}!{by.cell}"
        draft.lines.append(f"# {_vi('form.yaml_blank', entry='reported_by', cell=where)}")
    else:
        draft.lines.append(f"reported_by: {text_scalar(form.reported_by)}")


_SCALARS = {
    "completed_on": date_scalar,
    "extended_to": date_scalar,
    "as_of": date_scalar,
    "value": number_scalar,
    "numerator": number_scalar,
    "denominator": number_scalar,
}


def _entry_lines(draft: Draft, display: str, row: FormRow, key_text: str, comment: str) -> bool:
    """The entry of one row, or a comment line when the office left it blank. True: filled."""
    path_root: YamlPath = ("tasks" if row.kind == "task" else "indicators", row.key)
    inputs = _inputs(row.kind)
    places = {
        name: _place(row.sheet, row.row, _column(row.kind, name), name, row.cells.get(name))
        for name in inputs
    }
    for name, place in places.items():
        target = "assessment" if row.kind == "qualitative" and name == "value" else name
        draft.places[(*path_root, target)] = place
    filled = [name for name in inputs if not is_blank(row.cells.get(name))]
    # A finding about the entry as a whole (a conflict) points at its first filled cell: the
    # status or the value, or the numerator when the figure was given as a fraction.
    draft.places[path_root] = places[filled[0] if filled else inputs[0]]
    if not filled:
        where = f"{row.sheet}!{places[inputs[0]].cell}"
        draft.lines.append(f"  # {_vi('form.yaml_blank', entry=key_text, cell=where)}")
        return False
    draft.lines.append(f"  {key_text}:")
    draft.lines += _comment(comment, 4) if comment else []
    for name in filled:
        raw = row.cells.get(name)
        draft.lines.append(_field_line(draft, display, row, name, raw, places[name], path_root))
    return True


def _field_line(
    draft: Draft, display: str, row: FormRow, name: str, raw: Raw, place: Place, path_root: YamlPath
) -> str:
    if name == "status":
        value = status_value(raw)
        # A handover needs the receiving agencies and its day, which the form has no cells for:
        # the clerk writes it in YAML (guide 4.5). Not a word of the list, then.
        if value is None or value == "transferred":
            from nhanluc_cli.drafts.forms.writer import STATUS_CHOICES

            _word_finding(
                draft, display, place, "form.status_word", STATUS_CHOICES, (*path_root, "status")
            )
            return f"    # status: {place.shown}"
        return f"    status: {value}  # {place.shown}"
    if name == "value" and row.kind == "qualitative":
        value = assessment_value(raw)
        if value is None:
            _word_finding(
                draft,
                display,
                place,
                "form.assessment_word",
                list(ASSESSMENT_WORDS),
                (*path_root, "assessment"),
            )
            return f"    # assessment: {place.shown}"
        return f"    assessment: {value}  # {place.shown}"
    return f"    {name}: {_SCALARS.get(name, text_scalar)(raw)}"


def draft_report(form: FilledForm, plan: Plan, schema_ref: str) -> Draft:
    """The report as a person would type it: header, indicators in the plan's order with their
    group and name as comments, then the task occurrences in the form's order."""
    draft = Draft()
    _header_lines(draft, form, plan, schema_ref)
    draft.lines += ["", "indicators:"]
    group = None
    for row in form.indicators:
        indicator = plan.indicator(row.key)
        if indicator is not None and indicator.group != group:
            group = indicator.group
            name = plan.group_names.get(group)
            draft.lines += _comment(f"{group}) {name}" if name else f"{group})", 2)
        comment = _one_line(indicator.name) if indicator is not None else ""
        draft.indicators += _entry_lines(draft, form.display, row, row.key, comment)
    draft.lines += ["", "tasks:"]
    for row in form.tasks:
        match = TASK_KEY.match(row.key)
        task = plan.task(match["task"]) if match else None
        comment = _one_line(task.title) if task is not None else ""
        draft.tasks += _entry_lines(draft, form.display, row, quoted(row.key), comment)
    draft.text = "\n".join(draft.lines) + "\n"
    return draft


# ---------------------------------------------------------------------------------------------
# YAML text -> findings at cells

# Rules about a whole entry, and the cell to fix for each (the entry's own place is its first
# cell, the status or the value).
_RULE_FIELD: dict[str, str] = {
    "schema.done_needs_date": "completed_on",
    "schema.cancelled_needs_note": "note",
    "schema.date_needs_done": "completed_on",
    "schema.extension_needs_basis": "basis",
    "schema.basis_needs_extension": "extended_to",
    "schema.transfer_needs": "status",
    "schema.transfer_only": "status",
    "schema.assessment_and_value": "value",
    "schema.value_for_qualitative": "value",
    "schema.assessment_for_numeric": "value",
}


def _cell_of(draft: Draft, finding: Finding) -> Place | None:
    path = finding.where
    if len(path) >= 2 and path[0] in ("tasks", "indicators"):
        rule = _RULE_FIELD.get(finding.key)
        if finding.key == "schema.pair":
            numerator = draft.places.get((*path[:2], "numerator"))
            rule = "denominator" if numerator is not None and numerator.shown else "numerator"
        if rule is not None:
            path = (*path[:2], rule)
    for depth in range(len(path), -1, -1):
        place = draft.places.get(path[:depth])
        if place is not None:
            return place
    return None


def check_draft(
    draft: Draft,
    plan: LoadedPlan,
    reports: Sequence[LoadedReport],
    yaml_display: str,
    form_display: str,
) -> list[FormFinding]:
    """Every finding of the report the draft would be: the form's own, the loader's, the
    checks' of one report, and its conflicts with the reports already there (as `check` would
    find them once the file is written), each at its cell."""
    from nhanluc_cli.checks.catalogue import report_findings
    from nhanluc_cli.checks.conflicts import check_conflicts
    from nhanluc_cli.checks.plausibility import check_reopened
    from nhanluc_cli.loading.loader import report_from_bytes

    loaded, found = report_from_bytes(draft.text.encode("utf-8"), yaml_display)
    if loaded is not None:
        found += [finding for group in report_findings(plan, loaded) for finding in group]
        others = [report for report in reports if report.file != yaml_display]
        for check in (check_conflicts, check_reopened):
            found += [f for f in check(plan, [*others, loaded]) if f.file == yaml_display]
    findings = list(draft.findings)
    said = {(f.sheet, f.cell) for f in findings}
    for finding in found:
        place = _cell_of(draft, finding)
        if (
            place is not None
            and finding.key.startswith("schema.")
            and (place.sheet, place.cell) in said
        ):
            continue  # a word already refused: the loader's echo of it says nothing new
        moved = replace(finding, file=form_display)
        if place is None:
            findings.append(FormFinding(moved))
        else:
            findings.append(FormFinding(moved, place.sheet, place.cell, place.field, place.shown))
    return findings
