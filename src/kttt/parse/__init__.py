"""Text to model: deadlines, references, whole documents.

Atom parsers (``parse_*``) are strict and raise :class:`kttt.ParseError`;
scanners (``find_*``) and :func:`parse` never raise on ``str`` input.
"""

from __future__ import annotations

from kttt.parse._appendix import AppendixResult, extract_appendix
from kttt.parse._citations import find_citations, parse_citation, review_citations
from kttt.parse._deadline import parse_deadline
from kttt.parse._document import MAX_CHARS, parse, parse_file

__all__ = [
    "MAX_CHARS",
    "AppendixResult",
    "extract_appendix",
    "find_citations",
    "parse",
    "parse_citation",
    "parse_deadline",
    "parse_file",
    "review_citations",
]
