"""__main__ answers pydantic's plugin question without importing its plugin loader (start-up cost).

Each case runs in a fresh interpreter: the stand-in lives in sys.modules.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def python(code: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**base, **env},
        cwd=cwd,
        check=False,
        timeout=60,
    )


STATUS = (
    "import sys\n"
    "sys.argv = ['nhanluc', 'status', '--as-of', '2022-06-30']\n"
    "from nhanluc_cli.__main__ import main\n"
    "try:\n"
    "    main()\n"
    "finally:\n"
    "    print('METADATA', 'importlib.metadata' in sys.modules, file=sys.stderr)\n"
)


def test_status_validates_without_importing_importlib_metadata(tmp_path: Path) -> None:
    # Plugins off (the CLI's default): pydantic gets "no plugins" from the stand-in.
    result = python(STATUS, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "METADATA False" in result.stderr


def test_plugins_named_by_the_user_go_through_pydantics_own_loader(tmp_path: Path) -> None:
    # A value that does not switch every plugin off is pydantic's business, so the real loader
    # (which reads the entry points) is used.
    result = python(STATUS, tmp_path, PYDANTIC_DISABLE_PLUGINS="some_plugin")
    assert result.returncode == 0, result.stderr
    assert "METADATA True" in result.stderr


def test_any_other_name_loads_the_real_loader(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from nhanluc_cli.__main__ import _skip_plugin_loader\n"
        "_skip_plugin_loader()\n"
        "from pydantic.plugin._loader import get_plugins\n"
        "assert tuple(get_plugins()) == ()\n"
        "assert 'importlib.metadata' not in sys.modules\n"
        "from pydantic.plugin._loader import PYDANTIC_ENTRY_POINT_GROUP\n"
        "print(PYDANTIC_ENTRY_POINT_GROUP, sys.modules['pydantic.plugin._loader'].__file__ or '')\n"
    )
    result = python(code, tmp_path, PYDANTIC_DISABLE_PLUGINS="__all__")
    assert result.returncode == 0, result.stderr
    group, file = result.stdout.split()
    assert group == "pydantic"
    assert file.endswith("_loader.py")
