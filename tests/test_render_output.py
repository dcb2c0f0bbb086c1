"""The shared console and the JSON/CSV writers."""

from __future__ import annotations

import io

from nhanluc_cli.render.output import console, to_csv


def test_data_text_is_printed_as_typed_not_as_markup_or_emoji() -> None:
    """Found in review: a title with "[ghi chú] :thumbs_up:" lost the brackets and got an emoji."""
    from rich.table import Table

    out = console()
    out.file = io.StringIO()
    table = Table()
    table.add_column("Nhiệm vụ")
    table.add_row("[ghi chú] :thumbs_up: Tổng thể nhu cầu")
    out.print(table)
    out.print("[bold]x[/bold]")
    printed = out.file.getvalue()
    assert "[ghi chú] :thumbs_up: Tổng thể nhu cầu" in printed
    assert "[bold]x[/bold]" in printed


def test_csv_starts_with_a_bom_and_flattens_nested_fields() -> None:
    text = to_csv([{"id": "x", "target": {"kind": "range", "lo": 25}, "partners": ["a", "b"]}])
    assert text.startswith("\ufeffid,target.kind,target.lo,partners\r\n")
    assert text.endswith("x,range,25,a; b\r\n")
