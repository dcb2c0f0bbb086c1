"""Places in the data: which file, which line and column, which YAML path. No yaml import.

The engines take `LoadedPlan` and `LoadedReport` (a model and where its values stood) and name
places by `YamlPath`; the loader fills a SourceMap, lazily, the first time a finding asks for one
(places.source_map_of).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # no pydantic for a command whose checks the cache remembers
    from nhanluc_cli.plan.model import Plan, Report

YamlPath = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based line, column


@dataclass(slots=True)
class SourceMap:
    """Where each value (and each mapping key) of one file stands.

    A file that loads cleanly keeps only its text, and its places are worked out the first time
    a finding asks for one: most files never need them, and at a thousand reports the map was
    half of the memory held and a fifth of the load time.
    """

    file: str
    values: dict[YamlPath, Position] = field(default_factory=dict)
    keys: dict[YamlPath, Position] = field(default_factory=dict)
    pending: bytes | None = field(default=None, repr=False)  # UTF-8 text not yet mapped
    # What maps `pending` when a place is first asked for (the loader's map_places: passed in,
    # so that this module imports no parser: places.source_map_of).
    mapper: Callable[[SourceMap, str], None] | None = field(default=None, repr=False)

    def _mapped(self) -> None:
        if self.pending is not None and self.mapper is not None:
            text, self.pending = self.pending.decode("utf-8"), None
            self.mapper(self, text)

    def value_at(self, path: YamlPath) -> Position:
        """The value's place, or that of its nearest parent that exists in the file."""
        self._mapped()
        for depth in range(len(path), -1, -1):
            position = self.values.get(path[:depth])
            if position:
                return position
        return (1, 1)

    def key_at(self, path: YamlPath) -> Position:
        """The place of the key that introduces `path` (falls back to the value's place)."""
        self._mapped()
        return self.keys.get(path) or self.value_at(path)


class LoadedPlan(NamedTuple):
    file: str
    plan: Plan
    where: SourceMap


@dataclass(slots=True, eq=False)
class Resolutions:
    """What statements.py worked out of one report against one plan (its task entries and
    its figures), kept with the report (LoadedReport.resolved) for as long as the report is:
    `check` reads every report five or six times. A memo, not part of the report's value: any
    two compare equal."""

    plan: object = None
    report: object = None  # the model it was worked out from (a LoadedReport copied with
    # _replace(report=...) keeps this holder: then the models differ and it starts afresh)
    tasks: tuple[object, ...] | None = None
    figures: tuple[object, ...] | None = None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Resolutions)

    __hash__ = None  # type: ignore[assignment]  # mutable, as the SourceMap beside it


class LoadedReport(NamedTuple):
    file: str
    report: Report
    where: SourceMap
    # Where statements.py keeps what it resolved of this report (None: worked out each time).
    resolved: Resolutions | None = None


def dotted(path: YamlPath) -> str:
    return ".".join(str(part) for part in path)
