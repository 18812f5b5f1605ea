"""Lines of a document, normalized once, with their 1-based numbers.

Every later stage reads :class:`Line` objects rather than the raw text, so
that normalization, markup residue and web-flattening are dealt with in one
place and line numbers always point into the text the user gave.
"""

from __future__ import annotations

import re

from kttt.text import normalize, squash

__all__ = ["LOWER", "UPPER", "Line", "split_lines"]


def _letters(*, upper: bool) -> str:
    ranges = ((0x41, 0x250), (0x1E00, 0x1F00))
    return "".join(
        c
        for lo, hi in ranges
        for c in map(chr, range(lo, hi))
        if c.isalpha() and (c.isupper() if upper else c.islower())
    )


# Character classes for Vietnamese capitals and small letters: "[A-ZĐÀ-Ỹ]"
# would also take small letters, since the accented blocks interleave cases.
UPPER = f"[{_letters(upper=True)}]"
LOWER = f"[{_letters(upper=False)}]"

# Markdown emphasis left by converters: "**ỦY BAN NHÂN DÂN" and "*[Chữ ký]*".
_EMPHASIS = re.compile(r"\*+")
# Web portals render header tables as "cell | cell"; the bars carry no text.
_BAR = re.compile(r"\s*\|\s*")


class Line:
    """One line of input: its number, its cleaned text and its table cells.

    *text* is normalized, without emphasis markers or ``|`` residue, with
    runs of spaces and tabs made one space; *raw* is the normalized line
    before that cleaning (tabs kept, for the appendix table); *cells* are the
    non-empty pieces between ``|`` bars (one piece when there is no bar).

    A plain slotted class rather than a frozen attrs one: the parser makes
    one per input line and never changes it, and building a frozen instance
    costs three times as much.  Lines compare and hash as their fields do.

    >>> line = split_lines("| **Số: 12/QĐ-UBND** | Hà Nội, ngày 1/2/2021 |")[0]
    >>> line.no, line.cells, line.bold
    (1, ('Số: 12/QĐ-UBND', 'Hà Nội, ngày 1/2/2021'), True)
    >>> line == Line(1, line.text, line.raw, line.cells, bold=True)
    True
    """

    __slots__ = ("bold", "cells", "no", "raw", "text")

    def __init__(
        self,
        no: int,
        text: str,
        raw: str,
        cells: tuple[str, ...],
        *,
        bold: bool = False,
    ) -> None:
        self.no = no
        self.text = text
        self.raw = raw
        self.cells = cells
        self.bold = bold

    def _fields(self) -> tuple[int, str, str, tuple[str, ...], bool]:
        return (self.no, self.text, self.raw, self.cells, self.bold)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Line:
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        no, text, raw, cells, bold = self._fields()
        return f"Line(no={no!r}, text={text!r}, raw={raw!r}, cells={cells!r}, bold={bold!r})"

    @property
    def blank(self) -> bool:
        """True when the line holds nothing but spaces and markup."""
        return not self.text


def _clean(piece: str) -> str:
    if "*" in piece:
        piece = _EMPHASIS.sub("", piece)
    return squash(piece)


def split_lines(text: str) -> list[Line]:
    r"""Normalize *text* and cut it into numbered lines.

    ``\r\n`` and lone ``\r`` end lines too, so CRLF input keeps its numbers.

    >>> [(line.no, line.text) for line in split_lines("a\r\n\r\n  b  ")]
    [(1, 'a'), (2, ''), (3, 'b')]
    """
    lines: list[Line] = []
    flat = text.replace("\r\n", "\n").replace("\r", "\n")
    # Normalizing the whole text once gives the same lines as normalizing
    # each line (no step reaches across a line break), and its checks,
    # which nearly always find nothing to do, run once instead of per line.
    for no, raw in enumerate(normalize(flat).split("\n"), start=1):
        if "|" in raw:
            cells = tuple(c for c in (_clean(p) for p in _BAR.split(raw)) if c)
            body = " ".join(cells)
        else:
            body = _clean(raw)
            cells = (body,) if body else ()
        lines.append(Line(no, body, raw, cells, bold="**" in raw))
    return lines
