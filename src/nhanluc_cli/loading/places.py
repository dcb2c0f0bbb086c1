"""The places of a file that loaded, worked out from its bytes only when a finding asks.

A SourceMap (sources.py) knows no parser; this gives it the loader's, imported at that moment:
a command whose findings are all remembered imports no yaml. Here rather than in sources.py,
which the loader itself imports (the two imported each other before).
"""

from __future__ import annotations

from collections.abc import Callable

from nhanluc_cli.plan.sources import SourceMap


def map_with_loader(where: SourceMap, text: str) -> None:
    from nhanluc_cli.loading.yaml_tree import map_places  # yaml, only when a place is asked for

    map_places(where, text)


def source_map_later(display: str, fetch: Callable[[], bytes]) -> SourceMap:
    """source_map_of(display, fetch()), with the bytes fetched only when a place is first asked
    for: a worker process that narrows thousands of reports (store/by_subject.py) then reads
    none of their texts, and so copies none of the memory it shares with the process that read
    them. (The empty `pending` only says that a mapping is still to be done.)"""

    def mapper(where: SourceMap, _: str) -> None:
        map_with_loader(where, fetch().removeprefix(b"\xef\xbb\xbf").decode("utf-8"))

    return SourceMap(display, pending=b"", mapper=mapper)


def source_map_of(display: str, data: bytes) -> SourceMap:
    """The places of a file that loaded, worked out from its bytes when first asked for."""
    return SourceMap(display, pending=data.removeprefix(b"\xef\xbb\xbf"), mapper=map_with_loader)
