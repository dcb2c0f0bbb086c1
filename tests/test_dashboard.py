"""The dashboard of `status` as plain data (dashboard.py): what the cache keeps for a warm run.

Its worth is in what it is not: no pydantic model, no loaded report, so that unpickling it
imports neither (tests/test_startup.py runs the warm command itself).
"""

from __future__ import annotations

import pickle
from datetime import date
from pathlib import Path

import pytest

from conftest import REPO
from nhanluc_cli.judging.overview import overview
from nhanluc_cli.judging.status_view import Dashboard, dashboard
from nhanluc_cli.store.dataset import load_dataset
from nhanluc_cli.store.workspace import locate

DEMO = REPO / "examples" / "demo"
PLAIN = (str, int, float, date, type(None))


def demo_dashboard(as_of: date, soon: int = 30) -> Dashboard:
    dataset = load_dataset(locate(DEMO, None, Path.cwd()), Path.cwd())
    assert dataset.plan is not None
    return dashboard(overview(dataset.plan.plan, dataset.reports, as_of, soon))


def plain_values(value: object) -> list[object]:
    """Every leaf of `value`, through tuples (NamedTuples too) and dicts."""
    if isinstance(value, tuple):
        return [leaf for item in value for leaf in plain_values(item)]
    if isinstance(value, dict):
        return [leaf for pair in value.items() for leaf in plain_values(pair)]
    return [value]


# A running plan with overdue and due-soon work, and a closed one with indicators off track.
@pytest.mark.parametrize("as_of", [date(2024, 9, 30), date(2026, 1, 31)])
def test_a_dashboard_holds_plain_values_only(as_of: date) -> None:
    board = demo_dashboard(as_of, soon=400)
    assert board.overdue and board.not_on_track
    for leaf in plain_values(board):
        assert type(leaf) in PLAIN, (type(leaf), leaf)
    pickled = pickle.dumps(board, pickle.HIGHEST_PROTOCOL)
    assert b"nhanluc_cli.plan.model" not in pickled and b"pydantic" not in pickled
    assert pickle.loads(pickled) == board


def test_a_dashboard_keeps_the_overviews_counts_and_orders() -> None:
    as_of = date(2024, 9, 30)
    dataset = load_dataset(locate(DEMO, None, Path.cwd()), Path.cwd())
    assert dataset.plan is not None
    view = overview(dataset.plan.plan, dataset.reports, as_of, 400)
    board = dashboard(view)
    assert board.task_counts == view.task_counts
    assert board.indicator_counts == view.indicator_counts
    assert [(line.task, line.year) for line in board.overdue] == [
        (o.task.id, o.year) for o in view.overdue
    ]
    assert [line.key for line in board.due_soon] == [
        o.task.id if o.label is None else f"{o.task.id}@{o.label}" for o in view.due_soon
    ]
    assert [line.id for line in board.not_on_track] == [
        result.indicator.id for result in view.not_on_track
    ]
    assert board.reports_known == len(view.reports_known)
    assert board.indicators_total == len(view.plan.indicators)
