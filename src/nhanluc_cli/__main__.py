"""Entry point of the `nhanluc` command and of `python -m nhanluc_cli`.

`nhanluc --version` is answered before Typer, pydantic or rich are imported: start-up is most of
what a terminal user feels, and the version needs none of them.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from nhanluc_cli import __version__

        print(f"nhanluc {__version__}")
        return
    # pydantic looks for plugins by reading the metadata of every installed distribution the
    # first time it builds a validator; a command-line tool has no use for them, and the scan
    # grows with the environment it is installed into. A value set by the user is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from nhanluc_cli.cli import run

    run()  # which imports what the command needs with the garbage collector paused


if __name__ == "__main__":
    main()
