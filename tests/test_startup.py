"""Start-up cost cannot creep back: what a fresh process imports, asserted in a subprocess.

Timings are the benchmarks' job (benchmarks/run.py); these tests pin the imports that make the
timings, which do not depend on how busy the machine is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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
    "openpyxl",
)


def python(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONPROFILEIMPORTTIME"}
    environ = {k: v for k, v in environ.items() if not k.startswith("NHANLUC_")} | (env or {})
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=environ,
        check=False,
        timeout=60,
    )


def imported_modules(importtime_log: str) -> set[str]:
    """Modules named in a `-X importtime` log (one "import time:" line per module)."""
    return {
        line.rsplit("|", 1)[1].strip()
        for line in importtime_log.splitlines()
        if line.startswith("import time:") and "|" in line
    }


def imported_packages(importtime_log: str) -> set[str]:
    """Top-level packages named in a `-X importtime` log."""
    return {name.split(".")[0] for name in imported_modules(importtime_log)}


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
        "nhanluc_cli.plan.statements nhanluc_cli.checks.catalogue nhanluc_cli.judging.overview "
        "nhanluc_cli.tasks.tracking nhanluc_cli.indicators.evaluation "
        "nhanluc_cli.indicators.findings"
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


def registered(app: object) -> dict[str, str]:
    """The commands registered on a Typer app: name -> module of the function behind it."""
    return {
        info.name or info.callback.__name__.replace("_", "-"): info.callback.__module__
        for info in app.registered_commands  # type: ignore[attr-defined]
    }


def test_every_command_is_in_the_table_of_modules() -> None:
    # conftest.py has loaded every command; the table run() goes by must name them all, each
    # with the module that registers it.
    from nhanluc_cli.cli import COMMAND_MODULES, app

    expected = {name: f"nhanluc_cli.cli.{module}" for name, module in COMMAND_MODULES.items()}
    assert registered(app) == expected


@pytest.mark.parametrize(
    ("argv", "commands"),
    [
        (["status", "--data", "x"], {"status"}),
        (["--lang", "en", "overdue", "--format", "json"], {"tasks", "overdue", "agencies"}),
        (["--lang=en", "check"], {"check"}),
        (["import", "plan.docx"], {"import"}),
        (["status", "-h"], None),  # help: all (the same page either way, but no guessing)
        (["--help"], None),
        (["statu"], None),  # an unknown name is answered with the list of every command
        (["--no-cache", "status"], None),
        (["--", "status"], None),
        ([], None),
    ],
)
def test_a_run_registers_only_the_command_it_names(
    argv: list[str], commands: set[str] | None
) -> None:
    snippet = (
        "import json, sys\n"
        "from nhanluc_cli.cli import COMMAND_MODULES, load_commands\n"
        "app = load_commands(sys.argv[1:])\n"
        "names = [i.name or i.callback.__name__ for i in app.registered_commands]\n"
        "print(json.dumps([names, list(COMMAND_MODULES)]))"
    )
    result = python("-c", snippet, *argv)
    assert result.returncode == 0, result.stderr
    names, every = json.loads(result.stdout)
    assert set(names) == (commands if commands is not None else set(every))


def test_help_and_errors_still_name_every_command() -> None:
    from nhanluc_cli.cli import COMMAND_MODULES

    page = python("-m", "nhanluc_cli", "--help", "--lang", "en")
    assert page.returncode == 0, page.stderr
    typo = python("-m", "nhanluc_cli", "statu")
    assert typo.returncode == 2
    for name in COMMAND_MODULES:
        assert f"  {name}" in page.stdout, name
        assert name in typo.stderr, name


# A warm command on unchanged files takes its findings, and `status` its dashboard, from the
# cache as plain values: nothing there needs the models (pydantic) nor the loader (yaml).
WARM_WITHOUT_MODELS = [
    ["check"],
    ["check", "--format", "json"],
    ["status"],
    ["status", "--format", "json"],
    ["status", "--format", "csv"],
]


def warm_modules(args: list[str], data: Path, as_of: str, cache: Path) -> set[str]:
    """The modules a second run of `nhanluc ARGS` imports, its cache filled by the first; the
    two runs print the same. Checks that neither pydantic nor yaml nor the models are among
    them."""
    command = ["-m", "nhanluc_cli", *args, "--data", str(data), "--as-of", as_of]
    env = {"NHANLUC_CACHE_DIR": str(cache)}
    filling = python(*command, env=env)
    assert filling.returncode in (0, 1), filling.stderr  # 1: the demo has overdue tasks
    warm = python("-X", "importtime", *command, env=env)
    assert (warm.returncode, warm.stdout) == (filling.returncode, filling.stdout)
    packages = imported_packages(warm.stderr)
    assert "nhanluc_cli" in packages  # the log is really there
    assert packages.isdisjoint({"pydantic", "pydantic_core", "yaml"}), sorted(packages)
    modules = imported_modules(warm.stderr)
    assert "nhanluc_cli.plan.model" not in modules
    return modules


@pytest.mark.parametrize("args", WARM_WITHOUT_MODELS, ids=" ".join)
def test_a_warm_command_imports_neither_the_models_nor_yaml(
    args: list[str], tmp_path: Path
) -> None:
    demo = Path(__file__).resolve().parents[1] / "examples" / "demo"
    modules = warm_modules(args, demo, "2024-09-30", tmp_path / "cache")
    # Nor the other commands' modules: only the command run is registered (cli/__init__.py).
    assert {m for m in modules if m.startswith("nhanluc_cli.cli.")} <= {
        f"nhanluc_cli.cli.{args[0]}",
        "nhanluc_cli.cli.common",
        "nhanluc_cli.cli.usage",
        "nhanluc_cli.cli.help",
        "nhanluc_cli.cli.errors",
        "nhanluc_cli.cli.parsers",
    }


@pytest.mark.parametrize(
    "args",
    [["rollup", "tasks", "--format", "json"], ["rollup", "indicators"], ["rollup", "tasks"]],
    ids=" ".join,
)
def test_a_warm_roll_up_imports_neither_the_models_nor_yaml(
    args: list[str], tmp_path: Path
) -> None:
    """Each unit's outcome and the units file itself come from the cache as plain values."""
    units = Path(__file__).resolve().parents[1] / "examples" / "units"
    warm_modules(args, units, "2026-07-31", tmp_path / "cache")


def test_the_collector_is_paused_only_while_loading_and_checking() -> None:
    import gc

    from nhanluc_cli.store.collector import collector_paused

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


def test_only_reading_a_form_imports_openpyxl(tmp_path: Path) -> None:
    # Contract §19: openpyxl reads a filled form back; writing the form is XlsxWriter's job, and
    # no other command pays for either.
    demo = Path(__file__).resolve().parents[1] / "examples" / "demo"
    env = {"NHANLUC_CACHE_DIR": str(tmp_path / "cache"), "NHANLUC_DATA": str(demo)}
    form = tmp_path / "mau.xlsx"

    def packages(*args: str) -> set[str]:
        result = python("-X", "importtime", "-m", "nhanluc_cli", *args, env=env)
        assert "Traceback" not in result.stderr, result.stderr
        return imported_packages(result.stderr)

    assert "openpyxl" not in packages("check")
    written = packages("new", "2024-Q3", "--format", "xlsx", "-o", str(form))
    assert form.is_file()
    assert "xlsxwriter" in written and "openpyxl" not in written
    # The demo has a report for 2024-Q3 already: read back as another period's form, refused.
    assert "openpyxl" in packages("new", "2024-Q4", "--from", str(form))
