"""The ``kttt`` command: parse, check, query and draw plans from the shell.

Run ``kttt --help`` for the subcommands, ``kttt demo`` for a tour of the
documents bundled with kttt.  :func:`main` is the console-script entry point
and can be called from Python with an argument list.

>>> main(["--version"])
kttt 0.1.0
0
"""

from __future__ import annotations

from kttt.cli._main import main

__all__ = ["main"]
