"""`nhanluc status`: the one-screen dashboard of contract §4.

JSON (contract §4.1): `{"plan": {"id", "title"}, "as_of", "elapsed", "tasks": {STATUS: n},
"indicators": {STATUS: n}, "overdue": [task rows], "due_soon": [task rows], "not_on_track":
[indicator rows]}`; every status word is a key. CSV is the same object as one row (counts as
`tasks.overdue`…, the lists as their occurrence keys or indicator ids), a line a spreadsheet
can append to every week.
"""

from nhanluc_cli.cli import app
from nhanluc_cli.cli.common import (
    AsOfOption,
    DataOption,
    ForceOption,
    FormatOption,
    LangOption,
    ListFormat,
    NoCacheOption,
    OutputOption,
    PlanOption,
    SoonOption,
)
from nhanluc_cli.cli.dashboard import show_status


@app.command()
def status(
    data: DataOption = None,
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    lang: LangOption = "vi",
    no_cache: NoCacheOption = False,
    output_format: FormatOption = ListFormat.table,
    soon: SoonOption = 30,
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """One-screen dashboard. Its help: i18n/help_texts.py. A plain line is read by quick.py
    without Typer, and both call show_status."""
    show_status(data, plan, as_of, lang, no_cache, output_format, soon, output, force)
