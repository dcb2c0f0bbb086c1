"""What loading did in this process, counted: the files parsed, the reports the per-report
checks ran on, the subjects the checks across reports ran for, and the narrowings that found a
report's parts spoilt.

The tests read these to tell a warm run from a cold one (nothing parsed, one report checked
again, one subject) instead of replacing functions by name: a renamed or moved function would
silently stop being counted, and a replaced one runs other code than the command. Nothing here
changes what a command does or says. A file parsed in a worker process (a roll-up with
workers) is counted in that process, not here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nhanluc_cli.findings import Subject


@dataclass(slots=True)
class Tally:
    parsed: list[str] = field(default_factory=list)  # each file parsed, by its shown name
    # Reports the per-report checks read for the cache: a miss, or findings not remembered.
    checked_alone: list[str] = field(default_factory=list)
    subjects_checked: list[frozenset[Subject]] = field(default_factory=list)  # per computation
    spoilt_parts: int = 0  # narrowings that found a report's parts unreadable

    def clear(self) -> None:
        self.parsed.clear()
        self.checked_alone.clear()
        self.subjects_checked.clear()
        self.spoilt_parts = 0


TALLY = Tally()
