"""Reading whole documents.  PLACEHOLDER: the document parser (#5) replaces this."""

from __future__ import annotations

from pathlib import Path

from kttt.model import DocKind, Document, DocumentRef

__all__ = ["parse", "parse_file"]


def parse(text: str, *, source: str | None = None) -> Document:
    """Read a decision and its attached plan; never raises on ``str`` input.

    >>> parse("").ref.kind
    <DocKind.VAN_BAN: 'van_ban'>
    """
    return Document(ref=DocumentRef(kind=DocKind.VAN_BAN), source=source, text=text)


def parse_file(path: str | Path) -> Document:
    """Read a file as UTF-8 and parse it."""
    p = Path(path)
    return parse(p.read_text(encoding="utf-8"), source=str(p))
