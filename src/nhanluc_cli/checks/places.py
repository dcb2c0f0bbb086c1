"""A finding at a place of a plan or a report: the line and column of a value or of a key."""

from __future__ import annotations

from nhanluc_cli.findings import Finding
from nhanluc_cli.plan.sources import LoadedPlan, LoadedReport, YamlPath, dotted


# `code`, `key` and `path` are positional-only: a finding's arguments may themselves be named
# "key" or "path" (the task key of schema.task_key), and must not collide with them.
def at_value(
    source: LoadedPlan | LoadedReport, code: str, key: str, path: YamlPath, /, **args: object
) -> Finding:
    line, column = source.where.value_at(path)
    return Finding(code, key, source.file, line, column, dotted(path), args, where=path)


def at_key(
    source: LoadedPlan | LoadedReport, code: str, key: str, path: YamlPath, /, **args: object
) -> Finding:
    line, column = source.where.key_at(path)
    return Finding(code, key, source.file, line, column, dotted(path), args, where=path)
