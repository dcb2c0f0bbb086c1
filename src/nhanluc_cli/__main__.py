"""Entry point of the `nhanluc` command and of `python -m nhanluc_cli`.

`nhanluc --version` is answered before Typer, pydantic or rich are imported: start-up is most of
what a terminal user feels, and the version needs none of them.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from nhanluc_cli import __version__

        print(f"nhanluc {__version__}")
        return
    from nhanluc_cli.cli import run

    run()


if __name__ == "__main__":
    main()
