"""The cyclic garbage collector paused around bulk work that makes no garbage cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the duration, back as it was afterwards.

    Importing the stack, loading and checking build a large heap with almost no reference
    cycles (gc.collect() finds 24 objects after loading and checking 1,000 reports, about a
    dozen per broken file), yet the collector would scan the growing heap again and again: a
    third of `check`'s time, and 15 ms of `status`'s start-up. Reference counting still frees
    everything. Paused only around those (__main__, dataset.load_dataset, cli/check, and
    cli/status around its dashboard and drawing, where rich is imported), not for the whole
    process, so the tests, which run this code in one long process with the collector on, run
    what the command runs.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # What was built meanwhile lives until the command ends: out of the collector's sight,
        # or the first collections after this would scan all of it (25 ms of `status`).
        gc.freeze()
        if was_enabled:
            gc.enable()
