"""`nhanluc import FILE [-o OUT]`: a plan document (.docx, or its plain text) -> a draft plan YAML.

The draft goes to stdout, or to OUT: never over an existing file, and whole or not at all
(files.write_whole). A document that cannot be read is a message and exit 1; a missing FILE or a
bad option is a usage error, exit 2. The importer (and python-docx) load only when this runs.
"""

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from nhanluc_cli.cli import app
from nhanluc_cli.cli.common import EXIT_DATA, LangOption, usage_error
from nhanluc_cli.cli.usage import parse_output
from nhanluc_cli.i18n import Lang, message, os_reason

# A plan's text is tens of kilobytes and its .docx a few hundred: these limits only stop a
# wrong file (a video, a disk image) from being read whole into memory.
MAX_TEXT_BYTES = 2 * 1024 * 1024
MAX_DOCX_BYTES = 20 * 1024 * 1024


@app.command("import")
def import_plan(
    file: Annotated[Path, typer.Argument(show_default=False)],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", parser=parse_output, show_default=False)
    ] = None,
    lang: LangOption = "vi",
) -> None:
    """Read a plan document into a draft plan YAML. Its help: cli/help_texts.py."""
    shown = str(file)
    if not file.exists():
        usage_error(message("import.no_such_file", lang, {"file": shown})[0])
    if output is not None and (output.exists() or output.is_symlink()):
        _refuse(str(output), "import.exists", lang)
    data = _read(file, shown, lang)

    from nhanluc_cli.importer import ImportProblem
    from nhanluc_cli.importer.source import read_document
    from nhanluc_cli.importer.yaml_text import draft_yaml

    try:
        draft = read_document(data, file.suffix)
    except ImportProblem as problem:
        _refuse(shown, problem.key, lang, **problem.args_)
    text = draft_yaml(draft, file.name)
    if output is None:
        sys.stdout.write(text)
        return
    _write(output, text, lang)
    counts = {"tasks": draft.task_count, "indicators": draft.indicator_count}
    summary, fix = message("import.written", lang, {"file": str(output), **counts})
    print(f"{summary} {fix}", file=sys.stderr)


def _read(file: Path, shown: str, lang: Lang) -> bytes:
    if not file.is_file():
        _refuse(shown, "import.not_a_file", lang)
    limit = MAX_DOCX_BYTES if file.suffix.lower() == ".docx" else MAX_TEXT_BYTES
    try:
        with file.open("rb") as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        _refuse(shown, "import.unreadable", lang, reason=os_reason(error, lang))
    if len(data) > limit:
        _refuse(shown, "import.too_big", lang, megabytes=limit // (1024 * 1024))
    return data


def _write(output: Path, text: str, lang: Lang) -> None:
    from nhanluc_cli.files import write_whole

    try:
        created = write_whole(output, text, replace=False)
    except OSError as error:
        _refuse(str(output), "import.unwritable", lang, reason=os_reason(error, lang))
    if not created:
        _refuse(str(output), "import.exists", lang)


def _refuse(shown: str, key: str, lang: Lang, **args: object) -> NoReturn:
    """Like a finding: the place, the problem, what to do; exit 1."""
    from nhanluc_cli.i18n import word

    text, fix = message(key, lang, args)
    print(f"{shown}: {word('error', lang)}: {text}", file=sys.stderr)
    if fix:
        print(f"   = {fix}", file=sys.stderr)
    raise typer.Exit(EXIT_DATA)
