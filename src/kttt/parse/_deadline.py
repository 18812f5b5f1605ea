"""Reading deadline phrases.  PLACEHOLDER: the deadline work (#3) replaces this."""

from __future__ import annotations

from kttt.errors import ParseError
from kttt.model import Deadline, Ongoing, Unspecified
from kttt.text import fold

__all__ = ["parse_deadline"]


def parse_deadline(text: str, /) -> Deadline:
    """Read a completion-time phrase (*thời gian hoàn thành*).

    >>> parse_deadline("Thường xuyên")
    Ongoing()

    Raises:
        ParseError: *text* is blank.
    """
    if not text.strip():
        msg = "expected a deadline such as 'Quý I/2021' or 'Hằng năm'"
        raise ParseError(msg, text, (0, len(text)))
    if fold(text).startswith("thuong xuyen"):
        return Ongoing()
    return Unspecified(text.strip())
