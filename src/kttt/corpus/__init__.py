"""Many documents: identity, the relations graph, validity, task queries.

PLACEHOLDER: the corpus work (#6) replaces this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from kttt.model import Document

__all__ = ["Corpus", "builtin_corpus"]


class Corpus:
    """Documents by key, with the graph of their relations.

    >>> len(Corpus([]).documents)
    0
    """

    def __init__(self, documents: Iterable[Document]) -> None:
        self.documents = {d.ref.key: d for d in documents}


def builtin_corpus() -> Corpus:
    """The seed documents bundled with kttt, parsed.

    >>> isinstance(builtin_corpus(), Corpus)
    True
    """
    return Corpus([])
