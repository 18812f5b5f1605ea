"""Text to model: deadlines, references, whole documents.

Atom parsers (``parse_*``) are strict and raise :class:`kttt.ParseError`;
scanners (``find_*``) and :func:`parse` never raise on ``str`` input.
"""

from __future__ import annotations

from kttt.parse._citations import find_citations, parse_citation
from kttt.parse._deadline import parse_deadline
from kttt.parse._document import parse, parse_file

__all__ = ["find_citations", "parse", "parse_citation", "parse_deadline", "parse_file"]
