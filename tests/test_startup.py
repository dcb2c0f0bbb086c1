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


def test_the_cli_package_alone_imports_no_typer() -> None:
    # The app is built when first asked for (cli/__init__.py): a plain `status` line is read
    # without Typer (cli/quick.py).
    snippet = (
        "import sys, nhanluc_cli.cli, nhanluc_cli.cli.quick\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    result = python("-c", snippet)
    assert result.returncode == 0, result.stderr
    assert set(result.stdout.split()).isdisjoint(HEAVY), result.stdout


def test_the_cli_app_does_not_import_rich_or_the_report_stack() -> None:
    # Typer 0.29 imports rich only to print help or errors, and only render/ imports rich
    # (lazily), so building the app costs no rich. Typer itself, yaml and pydantic are imported:
    # cli/common.py loads the data, and typer's parameter coercion needs pydantic.
    snippet = (
        "import sys, nhanluc_cli.cli\n"
        "nhanluc_cli.cli.app\n"
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
    cli_modules = {m for m in modules if m.startswith("nhanluc_cli.cli.")}
    typer_side = {
        f"nhanluc_cli.cli.{args[0]}",
        "nhanluc_cli.cli.typer_app",
        "nhanluc_cli.cli.common",
        "nhanluc_cli.cli.usage",
        "nhanluc_cli.cli.help",
        "nhanluc_cli.cli.errors",
        "nhanluc_cli.cli.parsers",
    }
    plain = {"nhanluc_cli.cli.quick", "nhanluc_cli.cli.values", "nhanluc_cli.cli.session"}
    if args[0] == "status":
        # A plain `status` line is read by cli/quick.py: none of Typer's side is imported.
        assert cli_modules <= plain | {"nhanluc_cli.cli.dashboard"}, sorted(cli_modules)
        # Nor rich: piped, the screen is laid out by render/plain.py (test_plain_render.py).
        assert imported_packages_of(modules).isdisjoint({"typer", "rich"})
    else:
        assert cli_modules <= plain | typer_side, sorted(cli_modules)


def imported_packages_of(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


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


# cli/quick.py: which `status` lines are read without Typer, and that they print, and exit, as
# Typer's reading of the same line does.


@pytest.mark.parametrize(
    ("argv", "env", "plain"),
    [
        (["status"], {}, True),
        (["status", "--data", "d", "--as-of", "30/09/2024", "--lang", "EN"], {}, True),
        (["status", "--format", "json", "--soon", "7", "--no-cache", "--plan", "p"], {}, True),
        (["status"], {"NHANLUC_DATA": "d", "NHANLUC_LANG": "en"}, True),
        (["status"], {"NHANLUC_LANG": ""}, True),  # empty: no value, as click reads it
        (["check"], {}, False),
        ([], {}, False),
        (["--lang", "en", "status"], {}, False),
        (["status", "-h"], {}, False),
        (["status", "--help"], {}, False),
        (["status", "--lang=en"], {}, False),
        (["status", "--lang", "en", "--lang", "vi"], {}, False),
        (["status", "--no-cache", "--no-cache"], {}, False),
        (["status", "--data"], {}, False),
        (["status", "--data", ""], {}, False),
        (["status", "--data", "--as-of"], {}, False),
        (["status", "--as-of", "31/02/2024"], {}, False),
        (["status", "--as-of", "2024-9-30"], {}, False),
        (["status", "--soon", "100000"], {}, False),
        (["status", "--format", "docx"], {}, False),
        (["status", "--lang", "fr"], {}, False),
        (["status"], {"NHANLUC_LANG": "fr"}, False),
        (["status", "-o", "x.json"], {}, False),
        (["status", "--force"], {}, False),
        (["status", "extra"], {}, False),
        (["status", "--", "x"], {}, False),
        (["status"], {"NHANLUC_NO_CACHE": "1"}, False),
        (["status"], {"_NHANLUC_COMPLETE": "bash_complete"}, False),
    ],
)
def test_which_status_lines_are_read_without_typer(
    argv: list[str], env: dict[str, str], plain: bool
) -> None:
    from nhanluc_cli.cli.quick import plain_status

    assert (plain_status(argv, env) is not None) is plain


def test_a_plain_line_gives_what_typer_would() -> None:
    from datetime import date

    from nhanluc_cli.cli.quick import FORMATS, plain_status
    from nhanluc_cli.cli.session import ListFormat

    assert tuple(ListFormat) == FORMATS
    argv = ["status", "--as-of", "1/9/2024", "--lang", " En ", "--soon", "07", "--format", "CSV"]
    assert plain_status(argv, {"NHANLUC_DATA": "d"}) == {
        "data": Path("d"),
        "as_of": date(2024, 9, 1),
        "lang": "en",
        "output_format": "csv",
        "soon": 7,
    }
    assert plain_status(["status", "--no-cache"], {}) == {"no_cache": True}


def test_show_status_has_the_defaults_of_the_status_command() -> None:
    """quick.py passes only what a line gives: the rest are show_status's defaults, which must
    be what Typer's `status` gives."""
    import inspect

    from nhanluc_cli.cli.dashboard import show_status
    from nhanluc_cli.cli.status import status

    command = inspect.signature(status).parameters
    shown = inspect.signature(show_status).parameters
    assert list(command) == list(shown)
    assert {name: p.default for name, p in command.items()} == {
        name: p.default for name, p in shown.items()
    }


def without_creation_time(output: bytes) -> bytes:
    """A workbook's parts but the one holding the second it was made in; other output as is."""
    if not output.startswith(b"PK"):
        return output
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(output)) as book:
        names = sorted(n for n in book.namelist() if n != "docProps/core.xml")
        return b"\0".join(name.encode() + b"\0" + book.read(name) for name in names)


TYPER_ONLY = """
import sys
import nhanluc_cli.cli.quick as quick
quick.quick_status = lambda argv, env: None
sys.argv = ["nhanluc", *sys.argv[1:]]
from nhanluc_cli.__main__ import main
main()
"""


@pytest.mark.parametrize(
    ("args", "env"),
    [
        ([], {}),
        (["--format", "json"], {}),
        (["--format", "csv", "--lang", "en", "--soon", "90"], {}),
        (["--as-of", "15/03/2023", "--no-cache"], {}),
        (["--format", "xlsx"], {}),
        (["--as-of", "2024-09-30"], {"NHANLUC_LANG": "en"}),
        (["--data", "no/such/folder"], {}),
        (["--data", "no/such/folder", "--lang", "en", "--format", "json"], {}),
    ],
    ids=repr,
)
def test_quick_and_typer_print_and_exit_alike(
    args: list[str], env: dict[str, str], tmp_path: Path
) -> None:
    from nhanluc_cli.cli.quick import plain_status

    demo = Path(__file__).resolve().parents[1] / "examples" / "demo"
    argv = ["status", *args]
    if "--data" not in args:
        argv += ["--data", str(demo)]
    environ = {"NHANLUC_CACHE_DIR": str(tmp_path / "cache"), **env}
    assert plain_status(argv, environ) is not None

    def run(*command: str) -> tuple[int, bytes, bytes]:
        # Bytes: --format xlsx writes a workbook to the pipe.
        clean = {k: v for k, v in os.environ.items() if not k.startswith("NHANLUC_")}
        done = subprocess.run(
            [sys.executable, *command], capture_output=True, env=clean | environ, timeout=60
        )
        return done.returncode, without_creation_time(done.stdout), done.stderr

    by_typer = run("-c", TYPER_ONLY, *argv)
    for _ in range(2):  # filling the cache, then from it
        assert run("-m", "nhanluc_cli", *argv) == by_typer


@pytest.mark.parametrize("output_format", ["table", "json"])
def test_quick_and_typer_alike_with_the_bundled_plan_and_a_reader_gone(
    output_format: str, tmp_path: Path
) -> None:
    # No ./data here: the bundled plan, and its line on stderr for the table. Then stdout's
    # reader gone before anything is written: exit 141 (128 + SIGPIPE, not 1: that says the data
    # has errors) and nothing on stderr, through Typer as without it.
    from nhanluc_cli.cli.quick import plain_status

    environ = {k: v for k, v in os.environ.items() if not k.startswith("NHANLUC_")}
    environ["NHANLUC_CACHE_DIR"] = str(tmp_path / "cache")
    argv = ["status", "--format", output_format, "--as-of", "2024-09-30"]
    assert plain_status(argv, environ) is not None

    def run(*command: str, gone: bool) -> tuple[int, bytes, bytes]:
        reader, writer = os.pipe()
        if gone:
            os.close(reader)
        try:
            done = subprocess.run(
                [sys.executable, *command, *argv],
                stdout=writer,
                stderr=subprocess.PIPE,
                env=environ,
                cwd=tmp_path,
                timeout=60,
            )
        finally:
            os.close(writer)
        output = b""
        if not gone:
            with os.fdopen(reader, "rb") as stream:
                output = stream.read()
        return done.returncode, output, done.stderr

    for gone in (False, True):
        by_typer = run("-c", TYPER_ONLY, gone=gone)
        assert run("-m", "nhanluc_cli", gone=gone) == by_typer
        assert by_typer[0] == (141 if gone else 0)
