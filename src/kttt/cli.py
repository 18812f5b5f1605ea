"""The ``kttt`` command.  PLACEHOLDER: the command work (#7) replaces this."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    print("kttt", " ".join(args))  # noqa: T201
    return 0
