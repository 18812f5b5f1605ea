"""Plain-text tables that line up in a terminal, Vietnamese included."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

__all__ = ["table", "text_width", "truncate"]

_ELLIPSIS = "…"


def _char_width(char: str) -> int:
    """Columns one code point takes in a monospace terminal."""
    # Combining marks (NFD tone marks) and format characters take no column;
    # wide East Asian characters take two.  Vietnamese in NFC is one column
    # per letter, but text pasted from other tools may be decomposed.
    if unicodedata.combining(char) or unicodedata.category(char) in {"Mn", "Me", "Cf"}:
        return 0
    if unicodedata.east_asian_width(char) in {"W", "F"}:
        return 2
    return 1


def text_width(text: str) -> int:
    """Columns *text* takes in a monospace terminal.

    >>> text_width("Sở Nội vụ"), text_width("So\u031b\u0309 Nội vụ")
    (9, 9)
    """
    return sum(_char_width(c) for c in text)


def truncate(text: str, width: int) -> str:
    """Cut *text* to *width* columns, ending with an ellipsis when cut.

    >>> truncate("Sở Kế hoạch và Đầu tư", 10)
    'Sở Kế hoạ…'
    """
    if text_width(text) <= width:
        return text
    out: list[str] = []
    used = 0
    for char in text:
        w = _char_width(char)
        if used + w > width - 1:
            break
        out.append(char)
        used += w
    return "".join(out).rstrip() + _ELLIPSIS


def _pad(text: str, width: int, *, right: bool) -> str:
    gap = " " * (width - text_width(text))
    return gap + text if right else text + gap


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    max_widths: Mapping[int, int] | None = None,
    right: Iterable[int] = (),
    indent: str = "",
) -> str:
    """Lay *rows* out under *headers* in aligned columns.

    Cells are ``str()``-ed (``None`` prints as ``-``), single-lined, and cut
    to ``max_widths[column]`` columns where given; columns in *right* are
    right-aligned.

    >>> print(table(["Cơ quan", "Số"], [["Sở Nội vụ", 2], ["Liên minh HTX tỉnh", 10]], right=[1]))
    Cơ quan             Số
    ------------------  --
    Sở Nội vụ            2
    Liên minh HTX tỉnh  10
    """
    limits = dict(max_widths or {})
    aligned = set(right)
    cells = [
        [
            truncate(
                " ".join(("-" if v is None else str(v)).split()) or "-",
                limits.get(i, 10**6),
            )
            for i, v in enumerate(row)
        ]
        for row in rows
    ]
    widths = [text_width(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], text_width(cell))
    lines = [
        "  ".join(
            _pad(h, widths[i], right=i in aligned) for i, h in enumerate(headers)
        ),
        "  ".join("-" * w for w in widths),
    ]
    lines.extend(
        "  ".join(_pad(c, widths[i], right=i in aligned) for i, c in enumerate(row))
        for row in cells
    )
    return "\n".join(indent + line.rstrip() for line in lines)
