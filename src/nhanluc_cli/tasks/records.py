"""Plain values about tasks that other layers share without the models: the status words and
one lead agency's load.

A roll-up remembers each unit's summary in the cache (units.py), and unpickling a summary imports
the module of every class in it; rendering it needs the status words. Kept apart from
tasks/status.py, this module imports nothing of ours, so that a warm roll-up never imports
pydantic.
"""

from __future__ import annotations

from typing import Literal, NamedTuple, get_args

TaskStatus = Literal[
    "done", "late", "cancelled", "overdue", "due_soon", "open", "transferred", "terminated"
]
TASK_STATUSES: tuple[TaskStatus, ...] = get_args(TaskStatus)  # in the contract's order


class AgencyLoad(NamedTuple):
    """One lead agency's occurrences by status: who must act."""

    agency_id: str
    name: str
    counts: dict[str, int]  # every status word a key
    total: int
