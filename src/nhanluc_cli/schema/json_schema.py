"""JSON Schemas of the plan and of a progress report, generated from the pydantic models.

Editors with the YAML language server validate and complete a file as people type when its first
line names a schema (`# yaml-language-server: $schema=...`). A schema that disagreed with `check`
would teach people wrong habits, so it must accept what `check` accepts and refuse what it
refuses. Two differences between an editor and `check` shape everything here:

- The editor reads YAML 1.2 and sees `66.5` as a number, `2022` as an integer and `true` as a
  boolean, while `check` reads every scalar as text and lets the model decide. So a number field
  takes a number or a string ("66,5"), a date is a string ("2022-03-31" or "31/3/2022", checked
  against the calendar by the pattern), a free-text field also takes numbers and booleans (`check`
  reads `note: 12` as the text "12"), and `period: 2022` is fine as an integer.
- The model's own validators (`numerator` needs `denominator`, `done` needs `completed_on`, ...)
  are not visible to pydantic's generator; `_RULES` writes them as `if`/`then` and `anyOf`.

The progress schema is made for one plan: its indicator ids and task keys are the properties of
`indicators` and `tasks` (so editors complete them), with the plan's names, units, targets and
deadlines as descriptions, and any other key refused, as `check` refuses it (E220).

The output is JSON Schema draft-07, the version the YAML language server implements: definitions
live under "definitions" and no keyword sits beside a "$ref" (draft-07 ignores such siblings).
What a schema cannot say is left to `check`: a % value computed from numerator/denominator above
100, value and numerator/denominator disagreeing, lo above hi, conflicts between reports, and
`nan`/`.inf` or exponents in numbers.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Literal

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from nhanluc_cli.drafts.progress_report import describe_target, task_summary
from nhanluc_cli.i18n import schema_words
from nhanluc_cli.plan import model
from nhanluc_cli.plan.model import Indicator, Plan, Report
from nhanluc_cli.plan.periods import CANONICAL_TAILS, written_forms
from nhanluc_cli.plan.statements import is_recurring, occurrence_labels, recurring_deadline
from nhanluc_cli.vietnamese import (
    ASSESSMENT_WORDS,
    REPORT_STATUS_WORDS,
    TYPED_SPACE,
    typed_pattern,
)

SchemaKind = Literal["plan", "progress"]
DRAFT_07 = "http://json-schema.org/draft-07/schema#"
REF_TEMPLATE = "#/definitions/{model}"
Schema = dict[str, Any]

# ---------------------------------------------------------------------------------------------
# Patterns for what the model parses from text. They run on the string as written; Python and
# JavaScript (the editor) read them alike: no look-behind, no named groups, no flags.

# "1.234" is thousands to a Vietnamese reader and a fraction to an English one: parse_decimal
# refuses to guess, and so does the schema.
_THOUSANDS_LIKE = r"(?![1-9][0-9]{0,2}[.,][0-9]{3}\s*$)"
_UNSIGNED = r"[0-9]+(?:[.,][0-9]+)?"
_MINUS_ZERO = r"-0+(?:[.,]0+)?"  # "-0" is not negative
DECIMAL = rf"^\s*[+-]?{_THOUSANDS_LIKE}{_UNSIGNED}\s*$"
NON_NEGATIVE_DECIMAL = rf"^\s*(?:\+?{_THOUSANDS_LIKE}{_UNSIGNED}|{_MINUS_ZERO})\s*$"
POSITIVE_DECIMAL = rf"^\s*\+?{_THOUSANDS_LIKE}(?=[0-9.,]*[1-9]){_UNSIGNED}\s*$"
_AT_MOST_100 = r"0*(?:100(?:[.,]0+)?|[0-9]{1,2}(?:[.,][0-9]+)?)"
PERCENT_DECIMAL = rf"^\s*(?:\+?{_THOUSANDS_LIKE}{_AT_MOST_100}|{_MINUS_ZERO})\s*$"

# Dates that exist: day 29 of February only in leap years, 31 only in long months.
_LEAP_YEAR = r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_ISO_DATE = (
    r"(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
    r"|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
    rf"|{_LEAP_YEAR}-02-29)"
)
_DMY_DATE = (
    r"(?:(?:(?:0?[1-9]|1[0-9]|2[0-8])/(?:0?[1-9]|1[0-2])"
    r"|(?:29|30)/(?:0?[13-9]|1[0-2])|31/(?:0?[13578]|1[02]))/[0-9]{4}"
    rf"|29/0?2/{_LEAP_YEAR})"
)
DATE = rf"^\s*(?:{_ISO_DATE}|{_DMY_DATE})\s*$"
_YEAR_TEXT = r"^\s*(?:19[0-9]{2}|2[01][0-9]{2}|2200)\s*$"

_NULL: Schema = {"type": "null"}
_NOT_NULL: Schema = {"not": {"type": "null"}}
_FREE_TEXT_TYPES = ["string", "number", "boolean"]


def _number_forms(minimum: Literal["any", "non_negative", "positive"]) -> list[Schema]:
    if minimum == "non_negative":
        return [
            {"type": "number", "minimum": 0},
            {"type": "string", "pattern": NON_NEGATIVE_DECIMAL},
        ]
    if minimum == "positive":
        return [
            {"type": "number", "exclusiveMinimum": 0},
            {"type": "string", "pattern": POSITIVE_DECIMAL},
        ]
    return [{"type": "number"}, {"type": "string", "pattern": DECIMAL}]


# ---------------------------------------------------------------------------------------------
# The generator: pydantic's, taught what the model's before/after validators accept


def _function_of(schema: Any) -> Callable[..., Any] | None:
    function = schema.get("function", {})
    found = function.get("function") if isinstance(function, dict) else None
    return found if callable(found) else None


class _Generator(GenerateJsonSchema):
    def function_before_schema(
        self, schema: core_schema.BeforeValidatorFunctionSchema
    ) -> JsonSchemaValue:
        function = _function_of(schema)
        if function is model._number:
            return {"anyOf": _number_forms("any")}
        if function is model._date:
            return {"type": "string", "pattern": DATE}
        if function is model._empty_if_null:
            return self.get_flattened_anyof([self.generate_inner(schema["schema"]), _NULL])
        return super().function_before_schema(schema)

    def function_after_schema(
        self, schema: core_schema.AfterValidatorFunctionSchema
    ) -> JsonSchemaValue:
        function = _function_of(schema)
        inner = self.generate_inner(schema["schema"])
        if function is model._non_negative:
            return _with_minimum(inner, "non_negative")
        if function is model._positive:
            return _with_minimum(inner, "positive")
        return inner  # model validators: written out in _RULES

    def chain_schema(self, schema: core_schema.ChainSchema) -> JsonSchemaValue:
        """`_as_text` then a pattern: the text form, or the integer YAML 1.2 makes of `2022`."""
        steps = schema["steps"]
        if _function_of(steps[0]) is model._as_text:
            pattern = next(
                (p for step in steps[1:] if (p := step.get("schema", {}).get("pattern"))), None
            )
            text: Schema = {"type": "string", "pattern": pattern} if pattern else {"type": "string"}
            if pattern == model.REPORT_PERIOD:
                # Written in words too ("Quý IV/2026"), as `check` reads it; and the years the
                # pattern admits (1900-2199), written as a bare number.
                text["pattern"] = period_pattern()
                return {"anyOf": [text, {"type": "integer", "minimum": 1900, "maximum": 2199}]}
            return {"anyOf": [text, {"type": "integer", "minimum": 0}]}
        return super().chain_schema(schema)

    def str_schema(self, schema: core_schema.StringSchema) -> JsonSchemaValue:
        json_schema = super().str_schema(schema)
        if "pattern" not in json_schema:
            json_schema["type"] = list(_FREE_TEXT_TYPES)  # check reads `note: 12` as "12"
        return json_schema

    def int_schema(self, schema: core_schema.IntSchema) -> JsonSchemaValue:
        number = super().int_schema(schema)
        if (schema.get("ge"), schema.get("le")) == (1900, 2200):
            return {"anyOf": [number, {"type": "string", "pattern": _YEAR_TEXT}]}
        return number

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> JsonSchemaValue:
        # Editors insert a default on completion; "null" or "[]" there would only be in the way.
        return self.generate_inner(schema["schema"])


def _with_minimum(
    json_schema: Schema, minimum: Literal["non_negative", "positive"]
) -> JsonSchemaValue:
    replaced = _number_forms(minimum)
    forms = [
        replaced[0] if form.get("type") == "number" else replaced[1] if "pattern" in form else form
        for form in json_schema.get("anyOf", [json_schema])
    ]
    return {"anyOf": forms}


# ---------------------------------------------------------------------------------------------
# Descriptions shown by editors on hover and completion: Vietnamese, then English (the words:
# i18n/schema_words.py)


def bilingual(vi: str, en: str) -> str:
    return f"{vi}\n\n{en}"


# ---------------------------------------------------------------------------------------------
# The model validators, as JSON Schema


def _present(field: str) -> Schema:
    """`field` is there and is not null."""
    return {"required": [field], "properties": {field: _NOT_NULL}}


def _absent(*fields: str) -> Schema:
    """Each of `fields` is missing or null."""
    return {"properties": {field: _NULL for field in fields}}


def _is(field: str, value: str) -> Schema:
    """`field` is `value`, or (a report's status) one of the Vietnamese words for it."""
    words = _WORDS_FOR.get(field, {}).get(value)
    if words:
        return {"required": [field], "properties": {field: {"enum": [value, *words]}}}
    return {"required": [field], "properties": {field: {"const": value}}}


def _words_for(table: dict[str, str]) -> dict[str, list[str]]:
    """English value -> the Vietnamese words read as it (vietnamese.REPORT_STATUS_WORDS)."""
    found: dict[str, list[str]] = {}
    for words, value in table.items():
        found.setdefault(value, []).append(words)
    return found


# The words officials may write for a status or an assessment (contract §10): the schema takes
# them as nhanluc does, so that an editor does not underline what `check` accepts.
_WORDS_FOR: dict[str, dict[str, list[str]]] = {
    "status": _words_for(REPORT_STATUS_WORDS),
    "assessment": _words_for(ASSESSMENT_WORDS),
}


_NUMBERS_TOGETHER = _present("numerator"), _present("denominator")
_QUALITATIVE_TARGET = {"required": ["target"], "properties": {"target": _is("kind", "qualitative")}}
_RULES: dict[str, list[Schema]] = {
    "IndicatorReport": [
        {"anyOf": [_absent("numerator", "denominator"), {"allOf": list(_NUMBERS_TOGETHER)}]},
        {"anyOf": [_absent("assessment"), _absent("value", "numerator")]},  # words or figures
    ],
    "TaskReport": [
        {"if": _is("status", "done"), "then": _present("completed_on")},
        {
            "if": _is("status", "cancelled"),
            "then": {"required": ["note"], "properties": {"note": {**_NOT_NULL, "pattern": r"\S"}}},
        },
        {"anyOf": [_absent("completed_on"), _is("status", "done")]},
        {"if": _present("extended_to"), "then": _present("basis"), "else": _absent("basis")},
        {
            "if": _is("status", "transferred"),
            "then": {"allOf": [_present("to"), _present("transferred_on")]},
            "else": _absent("to", "transferred_on"),
        },
    ],
    "Target": [
        {
            "if": _is("kind", "at_least"),
            "then": {"allOf": [_present("value"), _absent("lo", "hi")]},
        },
        {"if": _is("kind", "at_most"), "then": {"allOf": [_present("value"), _absent("lo", "hi")]}},
        {
            "if": _is("kind", "range"),
            "then": {"allOf": [_present("lo"), _present("hi"), _absent("value")]},
        },
        {"if": _is("kind", "qualitative"), "then": _absent("value", "lo", "hi")},
    ],
    "Indicator": [
        {"if": _QUALITATIVE_TARGET, "then": _absent("unit"), "else": _present("unit")},
    ],
}


# ---------------------------------------------------------------------------------------------
# Post-processing pydantic's output


def _walk(node: Any) -> Iterator[Schema]:
    """Every schema object in `node`, without mistaking a property named "title" for a keyword."""
    if isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key in ("properties", "definitions", "$defs"):
                for child in value.values():
                    yield from _walk(child)
            else:
                yield from _walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item)


def _tidy(schema: Schema) -> None:
    """No generated titles ("Completed On" tells an official nothing: descriptions say more),
    and `anyOf` of bare types written as one list of types, which editors show more plainly."""
    for node in list(_walk(schema)):
        if isinstance(node.get("title"), str):
            del node["title"]
        alternatives = node.get("anyOf")
        if isinstance(alternatives, list) and all(set(a) == {"type"} for a in alternatives):
            types: list[str] = []
            for alternative in alternatives:
                kinds = alternative["type"]
                types += [kinds] if isinstance(kinds, str) else kinds
            del node["anyOf"]
            node["type"] = types


_ROOT_ORDER = ("$schema", "title", "description", "type", "required", "properties")


def _root_first(schema: Schema) -> Schema:
    """The keys a reader looks for first at the top of the file; and every pattern explained."""
    _explain_patterns(schema)
    first = {key: schema[key] for key in _ROOT_ORDER if key in schema}
    return {**first, **{key: value for key, value in schema.items() if key not in first}}


def _pattern_messages() -> dict[str, tuple[str, str]]:
    words = schema_words.PATTERN_MESSAGES
    return {
        DATE: words["date"],
        DECIMAL: words["decimal"],
        NON_NEGATIVE_DECIMAL: words["non_negative_decimal"],
        POSITIVE_DECIMAL: words["positive_decimal"],
        PERCENT_DECIMAL: words["percent_decimal"],
        period_pattern(): words["report_period"],
        _YEAR_TEXT: words["year"],
    }


def _explain_patterns(schema: Schema) -> None:
    """The YAML language server shows `patternErrorMessage` instead of the raw expression."""
    messages = _pattern_messages()
    for node in _walk(schema):
        words = messages.get(node.get("pattern", ""))
        if words:
            node["patternErrorMessage"] = f"{words[0]}. / {words[1]}."


def _describe(definition: Schema, model_name: str) -> None:
    properties = definition.get("properties", {})
    for field, (vi, en) in schema_words.DESCRIPTIONS.get(model_name, {}).items():
        if field in properties:
            properties[field] = _described(properties[field], bilingual(vi, en))
    for field, words in schema_words.ENUM_DESCRIPTIONS.items():
        if field in properties and model_name in ("TaskReport", "IndicatorReport"):
            _add_enum_descriptions(properties[field], words)
            _add_vietnamese_words(properties[field], field)


def _described(field_schema: Schema, description: str) -> Schema:
    if "$ref" in field_schema:  # draft-07 ignores siblings of $ref
        return {"description": description, "allOf": [field_schema]}
    return {"description": description, **field_schema}


def _add_vietnamese_words(field_schema: Schema, field: str) -> None:
    """Next to the English values, the Vietnamese words read as them (one more `anyOf` option)."""
    options = field_schema.get("anyOf")
    if not isinstance(options, list):
        return
    pairs = [(word, value) for value, words in _WORDS_FOR[field].items() for word in words]
    options.insert(
        1,
        {
            "type": "string",
            "enum": [word for word, _ in pairs],
            "enumDescriptions": [f"= {value}" for _, value in pairs],
        },
    )


def _add_enum_descriptions(field_schema: Schema, words: dict[str, tuple[str, str]]) -> None:
    for node in _walk(field_schema):
        if "enum" in node:
            node["enumDescriptions"] = [bilingual(*words[value]) for value in node["enum"]]


def _finish(generated: Schema, title: tuple[str, str], root_name: str) -> Schema:
    _tidy(generated)
    definitions = generated.pop("$defs", {})
    _describe(generated, root_name)
    for name, definition in definitions.items():
        _describe(definition, name)
        if name in _RULES:
            definition["allOf"] = _RULES[name]
    schema: Schema = {
        "$schema": DRAFT_07,
        "title": title[1],
        "description": bilingual(*title),
        **generated,
    }
    if definitions:
        schema["definitions"] = definitions
    return schema


def _generate(model_class: type[Plan] | type[Report]) -> Schema:
    return model_class.model_json_schema(ref_template=REF_TEMPLATE, schema_generator=_Generator)


# ---------------------------------------------------------------------------------------------
# The plan


def plan_schema() -> Schema:
    """The schema of a plan file (any plan: nothing here depends on plan 60's content)."""
    return _root_first(_finish(_generate(Plan), schema_words.PLAN_TITLE, "Plan"))


# ---------------------------------------------------------------------------------------------
# A progress report, for one plan


def progress_schema(plan: Plan) -> Schema:
    """The schema of a progress report against `plan`: its indicator ids and task keys only."""
    title = _filled(schema_words.PROGRESS_TITLE, plan_id=plan.id)
    schema = _finish(_generate(Report), title, "Report")
    schema["definitions"].update(_indicator_kinds())
    properties = schema["properties"]
    recurring = [task.id for task in plan.tasks if is_recurring(task)]
    properties["indicators"] = _keyed_section(
        properties["indicators"]["description"],
        {indicator.id: _indicator_entry(indicator) for indicator in plan.indicators},
    )
    properties["tasks"] = _keyed_section(
        properties["tasks"]["description"], _task_entries(plan, set(recurring))
    )
    if recurring:
        schema["allOf"] = _bare_keys_need_period_in_plan(plan, recurring)
    return _root_first(schema)


def _filled(
    words: tuple[str, str], summary: tuple[str, str] = ("", ""), **values: str
) -> tuple[str, str]:
    """A pair of schema_words' templates filled in; `summary` is the task's, in each language."""
    return (
        words[0].format(summary=summary[0], **values),
        words[1].format(summary=summary[1], **values),
    )


def _keyed_section(description: str, entries: Schema) -> Schema:
    """`indicators:` or `tasks:`: the plan's keys only (so editors complete them), or null."""
    return {
        "description": description,
        "type": ["object", "null"],
        "properties": entries,
        "additionalProperties": False,
    }


def _indicator_kinds() -> dict[str, Schema]:
    """IndicatorReport narrowed to what each kind of indicator takes (E201 otherwise)."""
    base = {"$ref": "#/definitions/IndicatorReport"}
    percent_value = {
        "anyOf": [
            {"type": "number", "minimum": 0, "maximum": 100},
            {"type": "string", "pattern": PERCENT_DECIMAL},
            _NULL,
        ]
    }
    return {
        "NumericReport": {"allOf": [base, _absent("assessment")]},
        "PercentReport": {
            "allOf": [
                {"$ref": "#/definitions/NumericReport"},
                {"properties": {"value": percent_value}},
            ]
        },
        "QualitativeReport": {"allOf": [base, _absent("value", "numerator", "denominator")]},
    }


def _indicator_entry(indicator: Indicator) -> Schema:
    # Any unit other than % is a figure without a 0-100 bound (§15: counts and amounts).
    kind = None if indicator.unit is None else "NumericReport"
    if indicator.unit == "%":
        kind = "PercentReport"
    vi, en = schema_words.INDICATOR_ENTRY
    return {
        "description": bilingual(
            vi.format(name=indicator.name, target=describe_target(indicator, "vi")),
            en.format(name=indicator.name, target=describe_target(indicator, "en")),
        ),
        "anyOf": [_NULL, {"$ref": f"#/definitions/{kind or 'QualitativeReport'}"}],
    }


def _task_entries(plan: Plan, recurring: set[str]) -> Schema:
    entry: Schema = {"anyOf": [_NULL, {"$ref": "#/definitions/TaskReport"}]}
    entries: Schema = {}
    for task in plan.tasks:
        summary = task_summary(task, "vi"), task_summary(task, "en")
        if task.id not in recurring:
            entries[task.id] = {"description": bilingual(*summary), **entry}
            continue
        deadline = recurring_deadline(task)
        bare = (
            schema_words.YEARLY_BARE_KEY
            if deadline is not None and deadline.cadence == "yearly"
            else schema_words.BARE_KEY
        )
        entries[task.id] = {"description": bilingual(*_filled(bare, summary=summary)), **entry}
        for label in occurrence_labels(plan, task):  # "2022", "2022-Q3", "2022-H1"
            which = schema_words.YEAR_KEY if len(label) == 4 else schema_words.PERIOD_KEY
            entries[f"{task.id}@{label}"] = {
                "description": bilingual(*_filled(which, summary=summary, label=label)),
                **entry,
            }
    return entries


# The kinds of report period whose occurrence a bare key can name, by the task's cadence: a
# quarter or a month of it for a quarterly task, a half or less for a half-yearly one, any for a
# yearly one.
_BARE_KEY_PERIODS: dict[str, tuple[str, ...]] = {
    "quarterly": ("quarter", "month"),
    "half_yearly": ("half", "quarter", "month"),
    "yearly": tuple(CANONICAL_TAILS),
}


def period_pattern(kinds: Sequence[str] = tuple(CANONICAL_TAILS), years: Sequence[int] = ()) -> str:
    """The pattern of a report's `period` of `kinds` in `years` (any year when none is given),
    in its canonical form ("2026-Q4") or in words as `check` reads them ("Quý IV/2026", "6
    tháng đầu năm 2026"; periods.FORMS), in either case, with or without marks."""
    year = "|".join(str(y) for y in years) if years else "(?:19|20|21)[0-9]{2}"
    canonical = f"(?:{year})(?:" + "|".join(CANONICAL_TAILS[kind] for kind in kinds) + ")"
    written = typed_pattern(written_forms(kinds, years))
    return f"^{TYPED_SPACE}*(?:{canonical}|{written}){TYPED_SPACE}*$"


def _bare_keys_need_period_in_plan(plan: Plan, recurring: list[str]) -> list[Schema]:
    """A bare key "7" means the occurrence of the report's period: its year must be a year of
    the plan, and the period must lie within one occurrence (E220)."""
    # The years a report's period can name (periods.REPORT_PERIOD: up to 2199; a plan's may
    # run to 2200).
    years = [year for year in range(plan.period.start, plan.period.end + 1) if year <= 2199]
    rules: list[Schema] = []
    for cadence, kinds in _BARE_KEY_PERIODS.items():
        tasks = [
            task_id
            for task_id in recurring
            if (task := plan.task(task_id)) is not None
            and (deadline := recurring_deadline(task)) is not None
            and deadline.cadence == cadence
        ]
        if not tasks:
            continue
        period: Schema = {"type": "string", "pattern": period_pattern(kinds, years)}
        allowed = {"anyOf": [period, {"enum": years}]} if cadence == "yearly" else period
        # No year a period can name (a plan of 2200): no period lets a bare key through.
        within = {"required": ["period"], "properties": {"period": allowed}} if years else False
        rules.append(
            {
                "if": within,
                "else": {"properties": {"tasks": {"propertyNames": {"not": {"enum": tasks}}}}},
            }
        )
    return rules


# ---------------------------------------------------------------------------------------------
# Output


def schema_text(schema: Schema) -> str:
    """The file's exact text: what `nhanluc schema` prints and schema/*.json holds."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
