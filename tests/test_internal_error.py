"""A bug is exit code 3 with "lỗi nội bộ" and what to report, never a traceback and never the
exit code of a data finding (contract §5)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from nhanluc_cli import __version__

# A command whose own code fails as a bug would: the real entry point, in a child process.
FORCED = """
import sys
import nhanluc_cli.cli.dashboard as dashboard
def broken(*args, **kwargs):
    return {}["no such key"]
dashboard.open_session = broken
sys.argv = ["nhanluc", *sys.argv[1:]]
from nhanluc_cli.__main__ import main
main()
"""


def forced(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    environ = {k: v for k, v in os.environ.items() if not k.startswith("NHANLUC_")}
    return subprocess.run(
        [sys.executable, "-c", FORCED, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ | (env or {}),
        timeout=120,
    )


def test_a_bug_in_a_command_exits_3_and_says_what_to_report() -> None:
    done = forced("status")
    assert done.returncode == 3, done.stderr
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    first, second = done.stderr.splitlines()
    assert first.startswith(
        f"nhanluc: lỗi nội bộ: đây là lỗi của chương trình nhanluc {__version__}"
    )
    assert "không phải lỗi trong dữ liệu" in first
    assert "KeyError: 'no such key'" in first and "nhanluc_cli/" not in first.split("tại ")[0]
    assert "tại <string>:" in first or "tại nhanluc_cli/" in first
    assert second.startswith("   = Xin báo lỗi cho người phát triển")
    assert "`nhanluc --version`" in second


@pytest.mark.parametrize("how", [["--lang", "en"], ["--lang=en"]])
def test_the_message_follows_the_language(how: list[str]) -> None:
    done = forced("status", *how)
    assert done.returncode == 3
    assert done.stderr.startswith(
        f"nhanluc: internal error: this is a bug in nhanluc {__version__}"
    )
    assert "Please report it" in done.stderr
    assert forced("status", env={"NHANLUC_LANG": "en"}).stderr.startswith("nhanluc: internal error")


def test_in_process_run_exits_3(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import nhanluc_cli.cli.dashboard as dashboard
    from nhanluc_cli.cli import run

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("forced")

    monkeypatch.setattr(dashboard, "open_session", broken)
    monkeypatch.setattr(sys, "argv", ["nhanluc", "status"])
    monkeypatch.delenv("NHANLUC_LANG", raising=False)
    with pytest.raises(SystemExit) as exited:
        run()
    assert exited.value.code == 3
    error = capsys.readouterr().err
    assert "RuntimeError: forced" in error and "nhanluc_cli/cli/dashboard.py:" in error
