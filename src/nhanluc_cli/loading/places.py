"""The places of a file that loaded, worked out from its bytes only when a finding asks.

A SourceMap (sources.py) knows no parser; this gives it the loader's, imported at that moment:
a command whose findings are all remembered imports no yaml. Here rather than in sources.py,
which the loader itself imports (the two imported each other before).
"""

from __future__ import annotations

from nhanluc_cli.plan.sources import SourceMap


def map_with_loader(where: SourceMap, text: str) -> None:
    from nhanluc_cli.loading.yaml_tree import map_places  # yaml, only when a place is asked for

    map_places(where, text)


def source_map_of(display: str, data: bytes) -> SourceMap:
    """The places of a file that loaded, worked out from its bytes when first asked for."""
    return SourceMap(display, pending=data.removeprefix(b"\xef\xbb\xbf"), mapper=map_with_loader)
