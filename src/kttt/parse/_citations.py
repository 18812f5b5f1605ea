"""Finding references in running text.  PLACEHOLDER: the references work (#4) replaces this."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kttt.errors import ParseError

if TYPE_CHECKING:
    from kttt.model import Citation

__all__ = ["find_citations", "parse_citation"]


def find_citations(text: str) -> list[Citation]:
    """Find every reference in *text*; never raises.

    >>> find_citations("")
    []
    """
    del text
    return []


def parse_citation(text: str, /) -> Citation:
    """Read one whole reference.

    Raises:
        ParseError: always, until implemented.
    """
    msg = "expected a reference such as 'Nghị quyết số 134/NQ-CP ngày 25/9/2020'"
    raise ParseError(msg, text, (0, len(text)))
