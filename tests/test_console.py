"""What the CLI does to the console streams before any command runs (cli.run)."""

from __future__ import annotations

import io
import sys

import pytest

from nhanluc_cli import cli


def stream(encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding=encoding)


def test_windows_output_is_utf8_whatever_the_code_page(monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = stream("cp1252"), stream("cp1258")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    cli._tolerate_narrow_terminals()
    assert (out.encoding, err.encoding) == ("utf-8", "utf-8")
    print("Kế hoạch số 60/KH-UBND", end="")
    out.flush()
    assert out.buffer.getvalue().decode("utf-8") == "Kế hoạch số 60/KH-UBND"  # type: ignore[attr-defined]


def test_elsewhere_a_narrow_console_gets_question_marks_not_a_crash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = stream("ascii")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", stream("utf-8"))
    cli._tolerate_narrow_terminals()
    print("Kế", end="")
    out.flush()
    assert out.encoding == "ascii"
    assert out.buffer.getvalue() == b"K?"  # type: ignore[attr-defined]
