"""Plain Python -> a model and findings: each pydantic error mapped back to its place.

Before the models read the data, what officials write is brought to what the models read (old
field names, W329; periods, statuses and assessments in Vietnamese words), entries keyed with
Word's quotes are taken out, and a file that needs a newer nhanluc (`requires:`, E105) stops
there. A report whose only faults sit inside some entries keeps its sound ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import UnionType
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from nhanluc_cli.findings import Finding, Subject
from nhanluc_cli.loading.parts import ENTRY_SECTIONS
from nhanluc_cli.plan.model import REPORT_PERIOD, Plan, Report
from nhanluc_cli.plan.sources import SourceMap, YamlPath, dotted
from nhanluc_cli.vietnamese import CURLY_QUOTES, nearest, thousands_readings

M = TypeVar("M", bound=BaseModel)


def validated(
    model: type[M], data: dict[str, Any], where: SourceMap
) -> tuple[M | None, list[Finding]]:
    """The model of a file's plain Python (changed in place) and the findings about it; None
    when the data makes no model, not even without its broken entries."""
    needs_newer = _requirement_finding(data, where)
    if needs_newer is not None:
        # Its other fields may be ones this version has never heard of: one finding says why.
        return None, [needs_newer]
    renamed = normalised_data(model, data)
    warnings = _legacy_findings(renamed, where) if renamed else []
    if model is Report:
        warnings += _curly_quoted_keys(data, where)
    try:
        return model.model_validate(data), warnings
    except ValidationError as failure:
        error = failure  # kept past the except block, which unbinds its name
    findings = [*warnings, *_validation_findings(error, where, model, data)]
    # A report whose only faults sit inside some entries keeps its sound entries, so that the
    # cross-file checks still see them and `check` reports every problem of the file in one run.
    # The findings stay: commands that show figures refuse to while any E2xx remains.
    salvaged = _without_broken_entries(data, error) if model is Report else None
    if salvaged is not None:
        try:
            return model.model_validate(salvaged), findings
        except ValidationError:
            pass
    return None, findings


# ---------------------------------------------------------------------------------------------
# What officials write -> what the models read (contract §10, §20)


def _renamed(mapping: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    return {(new if key == old else key): value for key, value in mapping.items()}


def normalised_data(model: type[BaseModel], data: dict[str, Any]) -> list[tuple[YamlPath, str]]:
    """Bring `data` (plain Python of a plan or a report, changed in place) to the names and
    values the models read: the old field names (LEGACY_NAMES in yaml_tree.py), and in a report
    the period, the statuses and the assessments as officials write them ("Quý IV/2026", "hoàn
    thành", "đạt"). Returns the old fields renamed: (their path, the new name)."""
    renamed: list[tuple[YamlPath, str]] = []
    if model is Plan:
        ended = data.get("ended")
        if isinstance(ended, dict) and "on" in ended and "date" not in ended:
            data["ended"] = _renamed(ended, "on", "date")
            renamed.append((("ended", "on"), "date"))
        return renamed
    if model is not Report:
        return renamed
    from nhanluc_cli.plan.periods import canonical_period
    from nhanluc_cli.vietnamese import assessment_from_words, report_status_from_words

    period = data.get("period")
    if isinstance(period, str) and (canonical := canonical_period(period)) is not None:
        data["period"] = canonical
    tasks = data.get("tasks")
    if isinstance(tasks, dict):
        for key, entry in tasks.items():
            if not isinstance(entry, dict):
                continue
            if "on" in entry and "transferred_on" not in entry and isinstance(key, str):
                entry = tasks[key] = _renamed(entry, "on", "transferred_on")
                renamed.append((("tasks", key, "on"), "transferred_on"))
            status = entry.get("status")
            if isinstance(status, str) and status not in _TASK_STATES:
                entry["status"] = report_status_from_words(status) or status
    indicators = data.get("indicators")
    if isinstance(indicators, dict):
        for entry in indicators.values():
            assessment = entry.get("assessment") if isinstance(entry, dict) else None
            if isinstance(assessment, str) and assessment not in _ASSESSMENTS:
                entry["assessment"] = assessment_from_words(assessment) or assessment
    return renamed


_TASK_STATES = frozenset(("not_started", "in_progress", "done", "cancelled", "transferred"))
_ASSESSMENTS = frozenset(("achieved", "in_progress", "not_achieved"))


def _legacy_findings(renamed: list[tuple[YamlPath, str]], where: SourceMap) -> list[Finding]:
    """W329 at each old field name read, naming the new one."""
    findings = []
    for path, new in renamed:
        line, column = where.key_at(path)
        subject: Subject | None = ("tasks", str(path[1])) if path[0] == "tasks" else None
        findings.append(
            Finding(
                "W329",
                "schema.yaml11_renamed",
                where.file,
                line,
                column,
                dotted(path),
                {"field": str(path[-1]), "new": new},
                where=path,
                subject=subject,
            )
        )
    return findings


def _curly_quoted_keys(data: dict[str, Any], where: SourceMap) -> list[Finding]:
    """E201 for each entry of a report keyed with Word's quotes (`“3”:`), named as such, and
    the entry left out: YAML reads “3” as a key of five letters, not the task "3"."""
    findings = []
    for section in ENTRY_SECTIONS:
        entries = data.get(section)
        if not isinstance(entries, dict):
            continue
        for key in [k for k in entries if isinstance(k, str) and any(q in k for q in CURLY_QUOTES)]:
            del entries[key]
            path = (section, key)
            line, column = where.key_at(path)
            args = {"field": key, "bare": key.strip(CURLY_QUOTES)}
            findings.append(
                Finding(
                    "E201",
                    "schema.curly_quotes_entry_key",
                    where.file,
                    line,
                    column,
                    dotted(path),
                    args,
                    where=path,
                )
            )
    return findings


def _requirement_finding(data: dict[str, Any], where: SourceMap) -> Finding | None:
    """E105 when the file states (`requires:`) that it needs another nhanluc than this one."""
    stated = data.get("requires")
    if not isinstance(stated, str):
        return None
    from nhanluc_cli import __version__
    from nhanluc_cli.plan.requires import parse_requirement, satisfies, shown

    clauses = parse_requirement(stated)
    if clauses is None or satisfies(__version__, clauses):
        return None  # a requirement that is no requirement is the model's E201
    line, column = where.value_at(("requires",))
    args = {"required": shown(clauses), "running": __version__}
    return Finding("E105", "file.needs_newer", where.file, line, column, "requires", args,
                   where=("requires",))  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Plain Python -> models


# A model-wide rule broken by one field is reported at that field, not at the start of the
# model: a wrong % target at its `target:` line, a missing basis at the extension it lacks.
_FIELD_OF_RULE: dict[str, str] = {
    "percent_target": "target",
    "unit_fits_target": "unit",
    "measure_needs_figure": "measure",  # contract §15
    "pooled_needs_rate": "combine",
    "target_needs_by": "target",
    "extension_needs_basis": "extended_to",
    "basis_needs_extension": "basis",
    "transfer_needs": "status",
    "ended_before_issued": "ended",
}


# Fields of an earlier form of the files, refused with a message that shows the new one.
_RENAMED: dict[tuple[str | int, ...], str] = {("indicator_groups",): "schema.groups_renamed"}


def _validation_findings(
    error: ValidationError, where: SourceMap, model: type[BaseModel], data: Any
) -> Iterator[Finding]:
    for detail in error.errors(include_url=False):
        location = detail["loc"]
        is_key = bool(location) and location[-1] == "[key]"  # a dict key of the wrong kind
        parts = location[:-1] if is_key else location
        path = tuple(part for part in parts if isinstance(part, str | int))
        kind = detail["type"]
        if kind in _FIELD_OF_RULE:
            path = (*path, _FIELD_OF_RULE[kind])
        if kind == "missing":
            line, column = where.key_at(path[:-1]) if path[:-1] else (1, 1)
        elif kind == "extra_forbidden" or is_key:
            line, column = where.key_at(path)
        else:
            line, column = where.value_at(path)
        key, args = _schema_message(kind, detail, path, model, is_key)
        if kind == "extra_forbidden":
            key = _RENAMED.get(path, key)
        subject = _subject(data, path)
        yield Finding(
            "E201", key, where.file, line, column, dotted(path), args, where=path, subject=subject
        )


def _subject(data: Any, path: YamlPath) -> Subject | None:
    """The task or indicator of the plan a path leads into: ("tasks", 3, ...) is the fourth
    task, named by its id when it has one, so that the place reads `tasks["III.1"].deadline`."""
    if len(path) < 2 or path[0] not in ("tasks", "indicators") or not isinstance(path[1], int):
        return None
    items = data.get(path[0]) if isinstance(data, dict) else None
    if not isinstance(items, list) or not 0 <= path[1] < len(items):
        return None
    item = items[path[1]]
    item_id = item.get("id") if isinstance(item, dict) else None
    if not isinstance(item_id, str) or not item_id:
        return None
    return ("tasks" if path[0] == "tasks" else "indicators", item_id)


# pydantic's error types -> our message keys. Its own sentences ("Input should be ...", "String
# should match pattern '^...$'") are never shown: each type the models can produce has a
# message of its own (tests/test_loader_messages.py makes the models produce every one).
_SAME_KEY = frozenset(
    {
        "missing",
        "string_type",
        "string_too_short",
        "dict_type",
        "model_type",
        "list_type",
        "float_type",
        "number",
        "negative",
        "zero_denominator",
        "pair",
        "assessment_and_value",
        "done_needs_date",
        "cancelled_needs_note",
        "date_needs_done",
        "date_form",
        "impossible_date",
        "period_order",
        "target_fields",
        "range_order",
        "unit_fits_target",
        "measure_needs_figure",  # contract §15
        "pooled_needs_rate",
        "target_needs_by",
        # the lifecycle fields (contract §9)
        "extension_needs_basis",
        "basis_needs_extension",
        "transfer_needs",
        "transfer_only",
        "ended_before_issued",
        "percent_target",
        "too_short",  # an empty list where one item at least is needed (`lead: []`)
        "tuple_type",  # `lead:` given a mapping or a number instead of an id or a list of ids
        "requires_form",  # `requires:` that is no version requirement (contract §20)
    }
)
# Rules about an entry as a whole: their "input" is the entry, never a null value.
_RULES_OF_A_WHOLE_ENTRY = frozenset(
    {
        "pair",
        "done_needs_date",
        "cancelled_needs_note",
        "extension_needs_basis",
        "basis_needs_extension",
        "transfer_needs",
        "transfer_only",
        "ended_before_issued",
        "percent_target",
    }
)
_YEAR_TYPES = frozenset({"int_parsing", "int_type", "int_from_float"})
_YEAR_RANGE = frozenset({"greater_than_equal", "less_than_equal", "greater_than", "less_than"})


def _schema_message(
    kind: str, detail: Any, path: YamlPath, model: type[BaseModel], is_key: bool
) -> tuple[str, dict[str, object]]:
    """The message key of one pydantic error and the raw values its sentence shows."""
    # A wrong key of a keyed section (`indicator_groups: {e: ...}`) is about the section.
    names = [part for part in (path[:-1] if is_key else path) if isinstance(part, str)]
    field = names[-1] if names else ""
    raw = detail.get("input")
    shown = " ".join(raw.split()) if isinstance(raw, str) else ""  # one line, not a page
    if len(shown) > 60:
        shown = shown[:59] + "…"
    args: dict[str, object] = {"field": field, "input": shown}
    if kind == "extra_forbidden":
        known = _fields_at(model, path[:-1])
        if any(q in field for q in CURLY_QUOTES):
            return "schema.curly_quotes_key", args
        args["suggestion"] = nearest(field, known)
        args["known"] = ", ".join(known)
        return "schema.extra_forbidden", args
    if kind == "missing":
        return "schema.missing", args
    if raw is None and kind not in _RULES_OF_A_WHOLE_ENTRY:
        return "schema.null", args
    if shown and any(q in shown for q in CURLY_QUOTES):
        return "schema.curly_quotes", args
    if kind == "number" and (readings := thousands_readings(shown)) is not None:
        whole, decimal = readings
        args.update(whole=whole, decimal=decimal or "")
        return ("schema.thousands_separator" if decimal else "schema.thousands_only"), args
    if kind == "literal_error":
        allowed = [str(value) for value in _literal_values(model, path, is_key)]
        args["allowed"] = ", ".join(allowed)
        args["suggestion"] = nearest(shown, allowed)
        return "schema.literal_error", args
    if kind == "string_pattern_mismatch":
        pattern = str((detail.get("ctx") or {}).get("pattern", ""))
        if pattern == REPORT_PERIOD:
            from nhanluc_cli.plan.periods import read_period

            choices = read_period(shown).choices
            if choices:
                args["choices"] = ", ".join(f'"{choice}"' for choice in choices)
                return "schema.period_ambiguous", args
            return "schema.period_form", args
        if "a-z0-9_" in pattern:
            return "schema.identifier_form", args
        return "schema.task_id_form" if field == "id" else "schema.string_pattern_mismatch", args
    if kind in _YEAR_TYPES:
        return "schema.year", args
    if kind in _YEAR_RANGE:
        return "schema.year_range", args
    return (f"schema.{kind}" if kind in _SAME_KEY else "schema.generic"), args


def _unwrapped(annotation: Any) -> Any:
    """The type itself, without Annotated metadata or an `| None`."""
    while True:
        if get_origin(annotation) is Annotated:
            annotation = get_args(annotation)[0]
            continue
        if get_origin(annotation) in (Union, UnionType):
            options = [a for a in get_args(annotation) if a is not type(None)]
            if len(options) == 1:
                annotation = options[0]
                continue
        return annotation


def _annotation_at(model: type[BaseModel], path: YamlPath) -> Any:
    """The type the models expect at `path`, or None when the path leaves them."""
    annotation: Any = model
    for part in path:
        annotation = _unwrapped(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            fields = annotation.model_fields
            if not isinstance(part, str) or part not in fields:
                return None
            annotation = fields[part].annotation
        elif get_origin(annotation) in (dict, list):
            annotation = get_args(annotation)[-1]
        else:
            return None
    return _unwrapped(annotation)


def _fields_at(model: type[BaseModel], path: YamlPath) -> list[str]:
    annotation = _annotation_at(model, path)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _literal_values(model: type[BaseModel], path: YamlPath, is_key: bool) -> tuple[Any, ...]:
    annotation = _annotation_at(model, path[:-1] if is_key else path)
    if is_key and get_origin(annotation) is dict:
        annotation = _unwrapped(get_args(annotation)[0])
    return get_args(annotation) if get_origin(annotation) is Literal else ()


def _without_broken_entries(data: dict[str, Any], error: ValidationError) -> dict[str, Any] | None:
    """The report without the indicator/task entries that failed; None if anything else failed."""
    broken: dict[str, set[str]] = {section: set() for section in ENTRY_SECTIONS}
    for detail in error.errors(include_url=False):
        location = detail["loc"]
        section = location[0] if location else None
        if section not in broken or len(location) < 2 or not isinstance(data.get(section), dict):
            return None
        broken[section].add(str(location[1]))
    return {
        # `indicators:` with nothing under it (null) is an empty section: nothing to take out.
        key: (
            {k: v for k, v in value.items() if k not in broken[key]}
            if key in broken and isinstance(value, dict)
            else value
        )
        for key, value in data.items()
    }
