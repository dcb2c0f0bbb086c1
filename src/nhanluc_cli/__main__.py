"""Entry point of the `nhanluc` command and of `python -m nhanluc_cli`.

`nhanluc --version` is answered before Typer, pydantic or rich are imported: start-up is most of
what a terminal user feels, and the version needs none of them.
"""

from __future__ import annotations

import gc
import os
import sys
import types
from typing import Any

# pydantic's own test for "no plugins" (pydantic/plugin/_loader.py, get_plugins).
_PLUGINS_OFF = ("__all__", "1", "true")
_PLUGIN_LOADER = "pydantic.plugin._loader"


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from nhanluc_cli import __version__

        print(f"nhanluc {__version__}")
        return
    # pydantic looks for plugins by reading the metadata of every installed distribution the
    # first time it builds a validator; a command-line tool has no use for them, and the scan
    # grows with the environment it is installed into. A value set by the user is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    _skip_plugin_loader()
    # A command reads its files, prints and exits. What it builds forms almost no reference
    # cycles (gc.collect() finds 24 objects after loading and checking 1,000 reports, about a
    # dozen per broken file), yet the cyclic collector would scan the growing heap again and
    # again: a third of `check`'s time. Reference counting still frees everything else.
    gc.disable()
    from nhanluc_cli.cli import run

    run()


def _skip_plugin_loader() -> None:
    """Answer pydantic's "which plugins?" without importing its plugin loader.

    With plugins disabled, pydantic's `get_plugins()` returns () before it looks at anything, but
    the module that holds it imports importlib.metadata (and with it email, zipfile, csv...) at
    the top: about 50 M instructions of a 1,000 M `nhanluc status`. When plugins are off, a
    stand-in module answers () the same way; any other name asked of it loads the real module,
    so a pydantic that needs more from it still gets it.
    """
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in _PLUGINS_OFF:
        return
    if _PLUGIN_LOADER in sys.modules:
        return
    stand_in = types.ModuleType(_PLUGIN_LOADER)

    def get_plugins() -> tuple[()]:
        return ()

    def real(name: str) -> Any:
        if name.startswith("__"):  # the import system asks for __path__ and the like
            raise AttributeError(name)
        import importlib

        if sys.modules.get(_PLUGIN_LOADER) is stand_in:
            del sys.modules[_PLUGIN_LOADER]
        return getattr(importlib.import_module(_PLUGIN_LOADER), name)

    stand_in.get_plugins = get_plugins  # type: ignore[attr-defined]
    stand_in.__getattr__ = real  # type: ignore[method-assign]
    sys.modules[_PLUGIN_LOADER] = stand_in


if __name__ == "__main__":
    main()
