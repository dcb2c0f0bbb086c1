"""What the plan and its reports name: ids given twice (E201), ids, agencies and groups that
the plan does not declare (E220, with the nearest known id), and deadline texts that do not read
as dates (E210, W211).

Each is a plain check `check_x(plan, reports) -> list[Finding]`, listed in catalogue.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from nhanluc_cli.checks.places import at_key, at_value
from nhanluc_cli.findings import Finding
from nhanluc_cli.plan.deadlines import parse_deadline
from nhanluc_cli.plan.model import Agency, Indicator, Task
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport, YamlPath
from nhanluc_cli.plan.statements import KeyProblem, TaskEntry, measurements
from nhanluc_cli.plan.statements import task_entries as resolve_task_entries
from nhanluc_cli.vietnamese import nearest

# ---------------------------------------------------------------------------------------------
# The plan on its own


def check_unique_ids(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    findings: list[Finding] = []
    sections: list[tuple[str, Sequence[str]]] = [
        ("groups", [g.id for g in plan.plan.groups]),
        ("agencies", [a.id for a in plan.plan.agencies]),
        ("indicators", [i.id for i in plan.plan.indicators]),
        ("tasks", [t.id for t in plan.plan.tasks]),
    ]
    for section, ids in sections:
        first_index: dict[str, int] = {}
        for index, item_id in enumerate(ids):
            if item_id in first_index:
                first_line, _ = plan.where.value_at((section, first_index[item_id], "id"))
                findings.append(
                    at_value(
                        plan,
                        "E201",
                        "schema.duplicate_id",
                        (section, index, "id"),
                        id=item_id,
                        first=first_line,
                    )
                )
            else:
                first_index[item_id] = index
    return findings


def check_agency_references(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    known = {agency.id for agency in plan.plan.agencies}
    findings: list[Finding] = []
    if plan.plan.monitoring_agency and plan.plan.monitoring_agency not in known:
        findings.append(
            at_value(
                plan,
                "E220",
                "ref.unknown_agency",
                ("monitoring_agency",),
                id=plan.plan.monitoring_agency,
                suggestion=nearest(plan.plan.monitoring_agency, sorted(known)),
            )
        )
    for index, agency in enumerate(plan.plan.agencies):
        for number, successor in enumerate(agency.successors):
            if successor.agency not in known:
                where: YamlPath = ("agencies", index, "successors", number, "agency")
                findings.append(
                    at_value(
                        plan,
                        "E220",
                        "ref.unknown_agency",
                        where,
                        id=successor.agency,
                        suggestion=nearest(successor.agency, sorted(known)),
                    )
                )
    for index, task in enumerate(plan.plan.tasks):
        leads: list[tuple[YamlPath, str | None]] = (
            [(("tasks", index, "lead"), task.lead[0])]
            if len(task.lead) == 1  # `lead: id`, or a list of one
            else [(("tasks", index, "lead", i), lead) for i, lead in enumerate(task.lead)]
        )
        references = [*leads, (("tasks", index, "issuer"), task.issuer)]
        references += [(("tasks", index, "partners", i), p) for i, p in enumerate(task.partners)]
        for path, agency_id in references:
            if agency_id is not None and agency_id not in known:
                suggestion = nearest(agency_id, sorted(known))
                findings.append(
                    at_value(
                        plan,
                        "E220",
                        "ref.unknown_agency",
                        path,
                        id=agency_id,
                        suggestion=suggestion,
                    )
                )
    return findings


def check_indicator_groups(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    """E220 at an indicator's `group` that the plan's `groups` do not declare (contract §12)."""
    declared = plan.plan.group_names
    shown = ", ".join(declared) or "-"
    return [
        at_value(
            plan,
            "E220",
            "ref.unknown_group",
            ("indicators", index, "group"),
            id=indicator.group,
            groups=shown,
        )
        for index, indicator in enumerate(plan.plan.indicators)
        if indicator.group not in declared
    ]


def check_deadlines(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    """E210 at the deadline's line; a task with its own `due:` date needs no parseable text.
    W211 where the text reads only as an OCR slip ("Quý l/2022", an l for the Roman I)."""
    findings: list[Finding] = []
    for index, task in enumerate(plan.plan.tasks):
        if task.due is not None:
            continue
        path: YamlPath = ("tasks", index, "deadline")
        deadline = parse_deadline(task.deadline)
        if deadline is None:
            findings.append(
                at_value(plan, "E210", "deadline.unparseable", path, text=task.deadline)
            )
        elif deadline.ocr_suspect:
            findings.append(
                at_value(plan, "W211", "deadline.ocr_suspect", path, text=task.deadline)
            )
    return findings


# ---------------------------------------------------------------------------------------------
# Each report against the plan


def _key_problem(plan: LoadedPlan, report: LoadedReport, problem: KeyProblem) -> Finding:
    code = "E201" if problem.reason.startswith("schema.") else "E220"
    args = dict(problem.args)
    known = _KNOWN_IDS.get(problem.reason)
    if known is not None:  # an unknown id close to a known one: "có phải `lao_dong_qua_dao_tao`?"
        args["suggestion"] = nearest(str(args["id"]), (item.id for item in known(plan)))
    return at_key(report, code, problem.reason, problem.path, **args)


_KNOWN_IDS: dict[str, Callable[[LoadedPlan], Sequence[Agency | Indicator | Task]]] = {
    "ref.unknown_indicator": lambda plan: plan.plan.indicators,
    "ref.unknown_task": lambda plan: plan.plan.tasks,
}


def check_report_references(plan: LoadedPlan, reports: Sequence[LoadedReport]) -> list[Finding]:
    findings: list[Finding] = []
    for report in reports:
        for item in (*resolve_task_entries(plan.plan, report), *measurements(plan.plan, report)):
            if isinstance(item, KeyProblem):
                findings.append(_key_problem(plan, report, item))
            elif isinstance(item, TaskEntry):
                findings.extend(_lifecycle_references(plan, report, item))
    return findings


def _lifecycle_references(plan: LoadedPlan, report: LoadedReport, item: TaskEntry) -> list[Finding]:
    """A handover names agencies of the plan (E220); an extension cannot move a deadline to
    before the plan existed (E201)."""
    findings: list[Finding] = []
    for number, agency_id in enumerate(item.entry.to or ()):
        if plan.plan.agency(agency_id) is None:
            path = (*item.path, "to", number)
            suggestion = nearest(agency_id, sorted(a.id for a in plan.plan.agencies))
            findings.append(
                at_value(
                    report, "E220", "ref.unknown_agency", path, id=agency_id, suggestion=suggestion
                )
            )
    extended_to = item.entry.extended_to
    if extended_to is not None and extended_to < plan.plan.date:
        path = (*item.path, "extended_to")
        findings.append(
            at_value(
                report,
                "E201",
                "schema.extension_before_plan",
                path,
                day=extended_to,
                plan_date=plan.plan.date,
            )
        )
    return findings
