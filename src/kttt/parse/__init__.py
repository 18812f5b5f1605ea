"""Text to model: deadlines, references, whole documents.

Atom parsers (``parse_*``) are strict and raise :class:`kttt.ParseError`;
scanners (``find_*``) and :func:`parse` never raise on ``str`` input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kttt._lazy import lazy_names

if TYPE_CHECKING:
    from kttt.parse._appendix import (
        AppendixResult,
        extract_appendix,
    )
    from kttt.parse._citations import (
        find_citations,
        parse_citation,
        review_citations,
    )
    from kttt.parse._deadline import (
        parse_deadline,
    )
    from kttt.parse._document import (
        MAX_CHARS,
        parse,
        parse_file,
    )

# The parsers compile their grammars when first imported; loading them on
# first use (PEP 562) keeps ``import kttt`` fast.
_LAZY: dict[str, str] = {
    "AppendixResult": "kttt.parse._appendix",
    "MAX_CHARS": "kttt.parse._document",
    "extract_appendix": "kttt.parse._appendix",
    "find_citations": "kttt.parse._citations",
    "parse": "kttt.parse._document",
    "parse_citation": "kttt.parse._citations",
    "parse_deadline": "kttt.parse._deadline",
    "parse_file": "kttt.parse._document",
    "review_citations": "kttt.parse._citations",
}


__getattr__, __dir__ = lazy_names(globals(), _LAZY)


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
