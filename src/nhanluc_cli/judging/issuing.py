"""Who issues a document about a plan on a given day (contract §18).

Pure: the plan, the document's date and the user's options in, plain values out. A document is
never issued in the name of a body that no longer exists: while the plan's issuer exists, the
masthead, the date line's place, the signer and the recipients are the plan's own; once the plan
has `ended` (its date is before the document's) or the agency that issued it has an `until`
before that date, they come from the `--issuer`/`--place` options, else from
`ended.reporter`, and what neither names stays blank (None) for the renderer to show as a
visible blank and the command to explain on stderr.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, NamedTuple

from nhanluc_cli.plan.lifecycle import closing_day, ended_before
from nhanluc_cli.plan.model import Agency, Plan, Signer
from nhanluc_cli.vietnamese import fold

__all__ = ["DocumentIssuer", "issuer_agency", "issuer_on"]

Origin = Literal["plan", "reporter", "options", "blank"]


class DocumentIssuer(NamedTuple):
    name: str | None  # None: a blank to fill ("[CƠ QUAN BÁO CÁO]")
    place: str | None  # None: a blank to fill ("[ĐỊA DANH]")
    signer: Signer | None  # None: a signature block of blanks
    recipients: tuple[str, ...]
    origin: Origin  # where the name comes from
    gone_since: date | None  # the plan's issuer ceased after this day (None: it exists)


def issuer_agency(plan: Plan) -> Agency | None:
    """The agency of the plan's list that is its issuer: same name, or the issuer's name
    beginning with it ("Ủy ban nhân dân huyện" for "Ủy ban nhân dân huyện Càng Long")."""
    issuer = fold(plan.issuer)
    for agency in plan.agencies:
        name = fold(agency.name)
        if name and (issuer == name or issuer.startswith(name + " ")):
            return agency
    return None


def _gone_since(plan: Plan, day: date) -> date | None:
    """The last day of the plan's issuer when it no longer exists on `day`, else None."""
    last_days: list[date] = []
    if ended_before(plan, day):
        last_days.append(closing_day(plan))  # the `ended` date of a plan that ended early
    agency = issuer_agency(plan)
    if agency is not None and agency.until is not None and agency.until < day:
        last_days.append(agency.until)
    return min(last_days) if last_days else None


def issuer_on(
    plan: Plan, day: date, *, name: str | None = None, place: str | None = None
) -> DocumentIssuer:
    """The body in whose name a document about `plan` dated `day` is issued; `name` and
    `place` are the user's `--issuer` and `--place` (they win over the plan)."""
    name = name.strip() if name and name.strip() else None
    place = place.strip() if place and place.strip() else None
    gone = _gone_since(plan, day)
    if gone is None:
        if name is not None:  # the user names another body: the plan's signer is not its own
            return DocumentIssuer(name, place or plan.place, None, (), "options", None)
        return DocumentIssuer(
            plan.issuer, place or plan.place, plan.signer, tuple(plan.recipients), "plan", None
        )
    reporter = plan.ended.reporter if plan.ended is not None else None
    if name is not None:
        same = reporter is not None and fold(reporter.name) == fold(name)
        return DocumentIssuer(
            name,
            place or (reporter.place if same and reporter is not None else None),
            reporter.signer if same and reporter is not None else None,
            tuple(reporter.recipients) if same and reporter is not None else (),
            "options",
            gone,
        )
    if reporter is not None:
        return DocumentIssuer(
            reporter.name,
            place or reporter.place,
            reporter.signer,
            tuple(reporter.recipients),
            "reporter",
            gone,
        )
    return DocumentIssuer(None, place, None, (), "blank", gone)
