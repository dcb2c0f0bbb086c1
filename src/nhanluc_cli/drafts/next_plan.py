"""The draft plan for the next period (`nhanluc carry -o FILE`): what the evaluation leaves over.

Written by hand, like the importer's draft (importer/yaml_text.py, whose quoting it shares): the
comments are the point. The draft is a plan `check` accepts as it stands (warnings allowed), so
that people start from a valid file and fix what is marked `# kiểm tra lại`:

- the header: fields the plan model requires get obviously provisional but valid values (number
  "…/KH-…" with the old plan's symbol, the day the draft was made, a title naming the old
  plan), each marked; the period follows the old one, as long as it was;
- tasks: each task with an occurrence unfinished at closing (overdue), still in progress or
  terminated, once, in plan order, with `origin: "60/KH-UBND#7@2025"` (its latest such
  occurrence). A yearly deadline is kept ("Hàng năm" recurs in the new period); a one-off one
  becomes the new period's last year, marked, with the old wording in the comment (a deadline
  is required, and a date of the past period would be overdue at once). A lead that ceased
  before the new period is kept and marked (with its successors, when the plan names them);
- transferred occurrences are the receivers' work now: comments at the end, not tasks;
- indicators not achieved (missed, not assessable, without data; while the plan runs, any not
  yet achieved) keep their target, with the new period's last year as `by`, marked, and what
  the old period reached in the comment.

Vietnamese only, as the plan files are; the words are i18n/draft_words.py's. Pure: plain values
in, text out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from nhanluc_cli.i18n.draft_words import (
    CARRY,
    CARRY_ASSESSMENTS,
    CARRY_MEASURE_SHOWN,
    CARRY_OUTCOMES,
    CARRY_VERDICTS,
)
from nhanluc_cli.importer.yaml_text import CHECK, comment, quote
from nhanluc_cli.judging.final_evaluation import IndicatorVerdict, PlanEvaluation, TaskOutcome
from nhanluc_cli.plan.deadlines import parse_deadline
from nhanluc_cli.plan.model import Agency, Indicator, Plan, Task
from nhanluc_cli.tasks.tracking import occurrence_key
from nhanluc_cli.vietnamese import document_date, format_date, format_number

__all__ = ["CHECK", "CarryDraft", "carry_draft"]


class CarryDraft:
    """The draft's text and what it carries (for the message after writing it)."""

    def __init__(self, text: str, tasks: int, indicators: int) -> None:
        self.text, self.tasks, self.indicators = text, tasks, indicators


def _period(plan: Plan) -> tuple[int, int]:
    length = plan.period.end - plan.period.start
    start = plan.period.end + 1
    return start, start + length


def _symbol(plan_id: str) -> str:
    """ "KH-UBND" of "60/KH-UBND": the kind and body of the old plan's number."""
    return plan_id.rsplit("/", 1)[-1] if "/" in plan_id else "KH"


def _day(d: date) -> str:
    return format_date(d, "vi")


def _cited(d: date) -> str:
    """A document's date as it is cited: "04/8/2021"."""
    return document_date(d, "vi", short=True)


def carry_draft(evaluation: PlanEvaluation) -> CarryDraft:
    plan = evaluation.plan
    start, end = _period(plan)
    carried = _carried_tasks(evaluation.carried)
    agencies = _agencies_of(plan, [task for task, _ in carried])
    lines = [
        *_preamble(evaluation, start, end),
        "",
        *_header(plan, evaluation.as_of, start, end),
        "",
        "agencies:" if agencies else "agencies: []",
        *(line for agency in agencies for line in _agency(plan, agency, start)),
        "",
        *_indicators(plan, evaluation.not_achieved, end),
        "",
        "tasks:" if carried else "tasks: []",
        *(line for task, outcomes in carried for line in _task(plan, task, outcomes, start, end)),
        *_transferred(plan, evaluation.transferred),
    ]
    return CarryDraft("\n".join(lines) + "\n", len(carried), len(evaluation.not_achieved))


def _preamble(evaluation: PlanEvaluation, start: int, end: int) -> list[str]:
    plan = evaluation.plan
    made = _day(evaluation.as_of)
    state = (
        CARRY["closed"].format(day=_day(evaluation.closed_on))
        if evaluation.closed_on is not None
        else CARRY["interim"]
    )
    return [
        comment(
            CARRY["preamble"].format(
                start=start, end=end, made=made, plan=plan.id, date=_cited(plan.date), state=state
            )
        ),
        comment(CARRY["contents"]),
        comment(CARRY["marks"].format(check=CHECK)),
    ]


def _header(plan: Plan, made: date, start: int, end: int) -> list[str]:
    lines = [
        f"id: {quote('…/' + _symbol(plan.id))}  # {CHECK}: {CARRY['id']}",
        f"date: {made.isoformat()}  # {CHECK}: {CARRY['date']}",
    ]
    if plan.place:
        lines.append(f"place: {quote(plan.place)}")
    issuer_note = f"  # {CHECK}: {CARRY['issuer']}" if plan.ended is not None else ""
    lines.append(f"issuer: {quote(plan.issuer)}{issuer_note}")
    title = CARRY["title"].format(start=start, end=end, plan=plan.id)
    lines.append(f"title: {quote(title)}  # {CHECK}: {CARRY['title_note']}")
    lines.append("legal_bases:")
    basis = CARRY["legal_basis"].format(plan=plan.id, date=_cited(plan.date), issuer=plan.issuer)
    lines.append(f"  - {quote(basis)}")
    lines += ["period:", f"  start: {start}", f"  end: {end}"]
    return lines


def _carried_tasks(outcomes: Iterable[TaskOutcome]) -> list[tuple[Task, list[TaskOutcome]]]:
    """Each task once, in the order its first carried occurrence comes (schedule order)."""
    grouped: dict[str, tuple[Task, list[TaskOutcome]]] = {}
    for outcome in outcomes:
        task = outcome.occurrence.task
        grouped.setdefault(task.id, (task, []))[1].append(outcome)
    return list(grouped.values())


def _agencies_of(plan: Plan, tasks: Iterable[Task]) -> list[Agency]:
    wanted: set[str] = set()
    for task in tasks:
        wanted.update([*task.leads, *task.partners, *([task.issuer] if task.issuer else [])])
    return [agency for agency in plan.agencies if agency.id in wanted]


def _ceased(plan: Plan, agency: Agency, start: int) -> str:
    """ "đã giải thể ngày …; kế nhiệm: …" when the agency ceased before the new period."""
    if agency.until is None or agency.until >= date(start, 1, 1):
        return ""
    text = CARRY["ceased"].format(day=_day(agency.until))
    successors = []
    for successor in agency.successors:
        known = plan.agency(successor.agency)
        name = known.name if known is not None else successor.agency
        successors.append(f"{name} ({successor.scope})" if successor.scope else name)
    if successors:
        text += CARRY["successors"] + ", ".join(successors)
    return text


def _agency(plan: Plan, agency: Agency, start: int) -> list[str]:
    ceased = _ceased(plan, agency, start)
    note = f"  # {CHECK}: {ceased}" if ceased else ""
    return [f"  - id: {agency.id}", f"    name: {quote(agency.name)}{note}"]


def _figure(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _target(indicator: Indicator) -> str:
    target = indicator.target
    if target.kind == "range":
        assert target.lo is not None and target.hi is not None  # the model requires them
        return f"{{kind: range, lo: {_figure(target.lo)}, hi: {_figure(target.hi)}}}"
    if target.kind == "qualitative":
        return "{kind: qualitative}"
    assert target.value is not None  # the model requires it
    return f"{{kind: {target.kind}, value: {_figure(target.value)}}}"


def _reached(verdict: IndicatorVerdict) -> str:
    latest = verdict.result.evaluation.latest
    status = CARRY_VERDICTS.get(verdict.verdict, verdict.verdict)
    if latest is None:
        return status
    indicator = verdict.result.indicator
    if latest.value is not None:
        shown = format_number(latest.value, "vi", None)
        if indicator.unit is not None and indicator.unit not in ("%", "per_10000"):
            shown = f"{shown} {indicator.unit}"  # a count keeps its unit (§15)
        if indicator.measure != "level":
            # What the latest figure of a §15 measure is, said in the draft's comment.
            shown = f"{shown} ({CARRY_MEASURE_SHOWN[indicator.measure]})"
    else:
        shown = CARRY_ASSESSMENTS.get(latest.assessment or "", CARRY["assessment.other"])
    return CARRY["reached"].format(status=status, shown=shown, day=_day(latest.as_of))


def _indicators(plan: Plan, verdicts: list[IndicatorVerdict], end: int) -> list[str]:
    if not verdicts:
        return ["indicators: []"]
    groups = {v.result.indicator.group for v in verdicts}
    lines = []
    # Every group the carried indicators use, declared as the plan declares it (contract §12).
    declared = [(g, t) for g, t in plan.group_names.items() if g in groups]
    if declared:
        lines.append("groups:")
        lines += [f"  - {{id: {quote(g)}, name: {quote(t)}}}" for g, t in declared]
    lines.append("indicators:")
    for verdict in verdicts:
        indicator = verdict.result.indicator
        lines += [
            f"  - id: {indicator.id}",
            f"    group: {indicator.group}",
            f"    name: {quote(indicator.name)}",
            f"    unit: {quote(indicator.unit) if indicator.unit else 'null'}",
            # How figures meet the target (§15) carries over as it is; `level` is the default.
            *([f"    measure: {indicator.measure}"] if indicator.measure != "level" else []),
            f"    target: {_target(indicator)}  # {CHECK}: {CARRY['target']}{_reached(verdict)}",
            f"    by: {max(indicator.by, end)}  # {CHECK}: {CARRY['by']}",
        ]
    return lines


def _deadline(task: Task, end: int) -> str:
    parsed = parse_deadline(task.deadline) if task.due is None else None
    if parsed is not None and parsed.recurring:
        return f"    deadline: {quote(task.deadline)}"
    provisional = quote(CARRY["deadline"].format(end=end))
    note = CARRY["deadline_note"].format(deadline=task.deadline)
    return f"    deadline: {provisional}  # {CHECK}: {note}"


def _left(outcomes: list[TaskOutcome]) -> str:
    parts = []
    for outcome in outcomes:
        occurrence = outcome.occurrence
        label = occurrence.label
        # "năm 2024" for a yearly occurrence, "kỳ 2024-Q3" for a quarter or a half.
        which = CARRY["of_year"] if label is not None and label.isdigit() else CARRY["of_period"]
        when = "" if label is None else which.format(label=label)
        parts.append(f"{CARRY_OUTCOMES.get(outcome.outcome, CARRY['outcome.other'])}{when}")
    return ", ".join(parts)


def _task(plan: Plan, task: Task, outcomes: list[TaskOutcome], start: int, end: int) -> list[str]:
    last = outcomes[-1].occurrence
    origin = f"{plan.id}#{occurrence_key(task.id, last.label)}"
    # Which lead ceased, by id when there are several ("gd_dt đã giải thể ngày …").
    named = len(task.leads) > 1
    ceased = "; ".join(
        f"{lead.id} {text}" if named else text
        for lead in (plan.agency(lead_id) for lead_id in task.leads)
        if lead is not None and (text := _ceased(plan, lead, start))
    )
    lines = [
        f"  - id: {quote(task.id)}  # {CARRY['left'].format(left=_left(outcomes))}",
        f"    title: {quote(task.title)}",
    ]
    if task.issuer:
        lines.append(f"    issuer: {task.issuer}")
    lead_note = f"  # {CHECK}: {CARRY['lead'].format(ceased=ceased)}" if ceased else ""
    leads = task.leads[0] if len(task.leads) == 1 else f"[{', '.join(task.leads)}]"
    lines.append(f"    lead: {leads}{lead_note}")
    if task.partners:
        lines.append(f"    partners: [{', '.join(task.partners)}]")
    if task.product:
        lines.append(f"    product: {quote(task.product)}")
    lines.append(_deadline(task, end))
    lines.append(f"    origin: {quote(origin)}")
    return lines


def _transferred(plan: Plan, outcomes: list[TaskOutcome]) -> list[str]:
    if not outcomes:
        return []
    lines = [
        "",
        comment(CARRY["transferred"]),
        comment(CARRY["transferred_2"].format(check=CHECK)),
    ]
    for outcome in outcomes:
        occurrence = outcome.occurrence
        to = ", ".join(
            agency.name if (agency := plan.agency(a)) is not None else a
            for a in occurrence.transferred_to
        )
        key = occurrence_key(occurrence.task.id, occurrence.label)
        lines.append(comment(f"- {plan.id}#{key} {occurrence.task.title} -> {to}"))
    return lines
