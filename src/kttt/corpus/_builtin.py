"""The seed documents bundled with kttt, parsed once."""

from __future__ import annotations

import functools
from importlib import resources

from kttt.corpus._corpus import Corpus
from kttt.parse import parse

__all__ = ["builtin_corpus"]


@functools.cache
def builtin_corpus() -> Corpus:
    """The seed documents bundled with kttt, parsed (*kho văn bản mẫu*).

    Two real provincial packages: Sơn La's Quyết định 2699/QĐ-UBND (2020)
    and Bình Định's Quyết định 510/QĐ-UBND (2023).  Parsed on the first
    call and cached; the corpus is read-only, so sharing it is safe.

    >>> sorted(builtin_corpus().documents)
    ['2699/QĐ-UBND', '510/QĐ-UBND']
    """
    folder = resources.files("kttt.data") / "seeds"
    documents = [
        parse(entry.read_text(encoding="utf-8"), source=entry.name)
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".txt")
    ]
    return Corpus(documents)
