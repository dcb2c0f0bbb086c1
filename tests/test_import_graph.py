"""No import circle in src/nhanluc_cli (issue 21): the graph is built from the source (the AST
of every module, every import counted: at module level, inside functions and under
TYPE_CHECKING alike, since each says which module the code leans on), and any cycle fails.

Two graphs: modules, and the top-level units of the package (a module at the top, or a
sub-package taken whole: `tasks`, `render`, `cli`...), where a circle between a module and a
folder is a layer leaning back on the one above it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from conftest import REPO

PACKAGE = REPO / "src" / "nhanluc_cli"
# No circle between top-level units either: the last one (statements reading deadline wording
# from tasks/, tasks/ reading statements) went when both moved into plan/ (the re-layout).
KNOWN_UNIT_CIRCLES: list[set[str]] = []


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported(path: Path, modules: set[str]) -> Iterator[str]:
    """The package's modules that `path` imports (`from x import y` counts x.y when y is a
    module, and x otherwise)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_bytes(), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            targets = [f"{base}.{alias.name}" for alias in node.names]
            targets = [t if t in modules else base for t in targets]
        else:
            continue
        for target in targets:
            if target in modules and target != name:
                yield target


def import_graph() -> dict[str, set[str]]:
    paths = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(path) for path in paths}
    return {module_name(path): set(imported(path, modules)) for path in paths}


def unit_of(module: str) -> str:
    return ".".join(module.split(".")[:2])


def unit_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    units: dict[str, set[str]] = {}
    for module, targets in graph.items():
        found = units.setdefault(unit_of(module), set())
        # The package's own __init__ (the version) is below everything.
        found.update(unit_of(t) for t in targets if t != "nhanluc_cli")
    for unit, targets in units.items():
        targets.discard(unit)
    return units


def circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one node (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_itself_through_others() -> None:
    graph = import_graph()
    assert len(graph) > 80 and "nhanluc_cli.store.dataset" in graph["nhanluc_cli.store.units"]
    assert circles(graph) == []


def test_no_folder_and_module_lean_on_each_other() -> None:
    assert sorted(map(sorted, circles(unit_graph(import_graph())))) == sorted(
        map(sorted, KNOWN_UNIT_CIRCLES)
    )


# The floors of the package (README "Development"), lowest first: a module may import its own
# floor and the ones below, never one above. Folders on one floor (the files written for
# people, the words, the renderers) may lean on each other; the circle test keeps them apart.
FLOORS: tuple[frozenset[str], ...] = (
    frozenset({"findings", "vietnamese", "files", "plain_data", "version"}),
    frozenset({"plan"}),
    frozenset({"loading"}),
    frozenset({"tasks", "indicators"}),
    frozenset({"checks"}),
    frozenset({"judging"}),
    frozenset({"store"}),
    frozenset({"drafts", "schema", "importer", "i18n", "render"}),
    frozenset({"cli", "__main__"}),
)


def floor_of(module: str) -> int:
    name = module.split(".")[1] if "." in module else "version"  # the package's __init__
    (found,) = [level for level, names in enumerate(FLOORS) if name in names]
    return found


def test_every_folder_is_on_a_floor_and_no_import_points_up() -> None:
    graph = import_graph()
    up = sorted(
        f"{module} -> {target}"
        for module, targets in graph.items()
        for target in targets
        if floor_of(target) > floor_of(module)
    )
    assert up == []


def test_the_circles_named_in_issue_21_are_gone() -> None:
    graph = import_graph()
    assert "nhanluc_cli.store.dataset" not in graph["nhanluc_cli.store.by_subject"]
    assert "nhanluc_cli.loading.loader" not in graph["nhanluc_cli.plan.sources"]


def test_the_finder_sees_every_kind_of_import(tmp_path: Path) -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]
    assert circles({"a": {"b"}, "b": set()}) == []
    source = PACKAGE / "store" / "by_subject.py"
    found = set(imported(source, set(import_graph())))
    # At module level, inside a function, and under TYPE_CHECKING.
    expected = {
        "nhanluc_cli.loading.parts",
        "nhanluc_cli.checks.catalogue",
        "nhanluc_cli.store.cache",
    }
    assert expected <= found
