"""Start-up cost cannot creep back: what a fresh process imports, asserted in a subprocess.

Timings are the benchmarks' job (benchmarks/run.py); these tests pin the imports that make the
timings, which do not depend on how busy the machine is.
"""

from __future__ import annotations

import os
import subprocess
import sys

from nhanluc_cli import __version__

HEAVY = (
    "pydantic",
    "pydantic_core",
    "rich",
    "yaml",
    "typer",
    "jinja2",
    "dateutil",
    "docx",
    "xlsxwriter",
    "lxml",
)


def python(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPROFILEIMPORTTIME"}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, check=False, timeout=60
    )


def imported_packages(importtime_log: str) -> set[str]:
    """Top-level packages named in a `-X importtime` log (one "import time:" line per module)."""
    packages = set()
    for line in importtime_log.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            packages.add(name.split(".")[0])
    return packages


def test_version_imports_none_of_the_stack() -> None:
    # `nhanluc --version` is answered in __main__ before any dependency is imported.
    result = python("-X", "importtime", "-m", "nhanluc_cli", "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"nhanluc {__version__}\n"
    packages = imported_packages(result.stderr)
    assert "nhanluc_cli" in packages  # the log is really there
    assert packages.isdisjoint(HEAVY), sorted(packages & set(HEAVY))


def test_importtime_parser_sees_what_a_real_import_loads() -> None:
    # Guards the guard: the same parsing finds yaml when yaml is imported.
    result = python("-X", "importtime", "-c", "import yaml")
    assert "yaml" in imported_packages(result.stderr)


def test_the_cli_package_does_not_import_rich_or_the_report_stack() -> None:
    # Typer 0.29 imports rich only to print help or errors, and only render/ imports rich
    # (lazily), so building the app costs no rich. Typer itself, yaml and pydantic are imported:
    # cli/common.py loads the data, and typer's parameter coercion needs pydantic.
    snippet = (
        "import sys, nhanluc_cli.cli\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    result = python("-c", snippet)
    assert result.returncode == 0, result.stderr
    packages = set(result.stdout.split())
    assert "typer" in packages
    # Nor the document writers: only `report --format docx` and `--format xlsx` import them.
    report_stack = {"rich", "jinja2", "docx", "xlsxwriter", "lxml"}
    assert packages.isdisjoint(report_stack), sorted(packages & report_stack)


def test_the_engines_import_without_yaml_rich_or_typer() -> None:
    # Engines take and return plain values (README "Layout"); only the loader reads YAML.
    engines = (
        "nhanluc_cli.statements nhanluc_cli.checks nhanluc_cli.overview "
        "nhanluc_cli.tasks.status nhanluc_cli.indicators.status nhanluc_cli.indicators.findings"
    )
    snippet = (
        f"import importlib, sys\nfor name in {engines.split()!r}: importlib.import_module(name)\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    result = python("-c", snippet)
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "nhanluc_cli" in loaded
    assert loaded.isdisjoint({"yaml", "rich", "typer", "jinja2"}), sorted(loaded)


def test_the_collector_is_paused_only_while_loading_and_checking() -> None:
    import gc

    from nhanluc_cli.collector import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        built = [[]]  # lives on: the collector will not scan it again
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0 and built
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()
