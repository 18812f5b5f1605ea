"""Cells, column roles and header rows of the plain-text tables plans carry.

PDF-to-text and web copies lay a table (*bảng*) out in one of three ways:
cells separated by tabs, by ``|`` (markdown-ish, with or without outer pipes
and ``---`` rows), or by runs of two or more spaces.  This module splits a line
into cells for each layout and names a header row's columns by their words.
"""

from __future__ import annotations

import enum
import re
from typing import Final

from attrs import frozen

from kttt.text import fold

__all__ = [
    "Columns",
    "Layout",
    "Role",
    "column_index_row",
    "header_roles",
    "role_of",
    "separator_row",
    "split_cells",
]


class Layout(enum.Enum):
    """How the cells of a row are separated.

    >>> Layout("tab")
    <Layout.TAB: 'tab'>
    """

    TAB = "tab"
    PIPE = "pipe"
    SPACE = "space"  # two or more spaces between cells
    LIST = "list"  # no table: a numbered list with labelled fields


class Role(enum.Enum):
    """What a column holds, read from its header cell.

    >>> role_of("Cơ quan phối hợp")
    <Role.COORDINATORS: 'coordinators'>
    """

    STT = "stt"  # số thứ tự: the row number
    TASK = "task"  # nhiệm vụ, nội dung
    LEAD = "lead"  # cơ quan chủ trì
    COORDINATORS = "coordinators"  # cơ quan phối hợp
    AGENCIES = "agencies"  # one column for both: "Cơ quan chủ trì, phối hợp"
    DEADLINE = "deadline"  # thời gian hoàn thành
    PRODUCT = "product"  # sản phẩm
    NOTE = "note"  # ghi chú
    OTHER = "other"


# Checked in this order, so that "Thời gian thực hiện" is a deadline and not a
# lead ("thực hiện"), and "Cơ quan phối hợp" is not a lead ("cơ quan").
_ROLE_WORDS: Final = (
    (Role.DEADLINE, ("thoi gian", "thoi han", "tien do", "moc thoi gian")),
    (Role.COORDINATORS, ("phoi hop",)),
    (
        Role.LEAD,
        (
            "chu tri",
            "thuc hien",
            "co quan thuc hien",
            "don vi thuc hien",
            "chiu trach nhiem",
            "trach nhiem",
        ),
    ),
    (
        Role.TASK,
        (
            "nhiem vu",
            "noi dung",
            "de an",
            "cong viec",
            "ten",
            "hoat dong",
            "giai phap",
        ),
    ),
    (Role.PRODUCT, ("san pham", "ket qua", "hinh thuc")),
    (Role.NOTE, ("ghi chu",)),
)
_STT_WORDS: Final = frozenset({"stt", "tt", "so tt", "so thu tu", "thu tu"})

# A header cell is a short label, never a sentence.
_HEADER_CELL_CHARS: Final = 60
_HEADER_CELL_WORDS: Final = 10


def role_of(cell: str) -> Role:
    """Name the column that a header cell labels; ``Role.OTHER`` when unknown.

    >>> role_of("Thời gian thực hiện"), role_of("Đơn vị chủ trì"), role_of("STT")
    (<Role.DEADLINE: 'deadline'>, <Role.LEAD: 'lead'>, <Role.STT: 'stt'>)
    """
    key = fold(cell)
    if key in _STT_WORDS:
        return Role.STT
    padded = f" {key} "
    if " chu tri " in padded and " phoi hop " in padded:
        return Role.AGENCIES
    for role, words in _ROLE_WORDS:
        if any(f" {word} " in padded for word in words):
            return role
    return Role.OTHER


@frozen
class Columns:
    """The roles of a table's columns, in order, and where each starts.

    *starts* holds the character offset of each header cell; only the
    space-separated layout needs it, to place cells of rows with empty cells.

    >>> Columns((Role.STT, Role.TASK, Role.LEAD)).index(Role.LEAD)
    2
    """

    roles: tuple[Role, ...]
    starts: tuple[int, ...] = ()

    def index(self, role: Role) -> int | None:
        """Return the position of the first column with *role*, if any."""
        # Tables often lack a role (no coordinators column); a failed index()
        # would raise, which costs more than looking twice in a few cells.
        return self.roles.index(role) if role in self.roles else None

    def __len__(self) -> int:
        return len(self.roles)


_NUMBERISH = re.compile(r"\(?[0-9IVXivx]{1,4}[.)]?")


def header_roles(cells: list[str]) -> tuple[Role, ...] | None:
    """Return the column roles if *cells* form a header row, else ``None``.

    A header row labels at least two known columns, one of them the task or
    the lead, and every cell in it is short.

    >>> header_roles(["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Ghi chú"])
    (<Role.STT: 'stt'>, <Role.TASK: 'task'>, <Role.LEAD: 'lead'>, <Role.NOTE: 'note'>)
    >>> header_roles(["1", "Hướng dẫn tuyên truyền", "Sở Nội vụ"]) is None
    True
    """
    filled = [c for c in cells if c.strip()]
    if len(filled) < 2:  # noqa: PLR2004
        return None
    if _NUMBERISH.fullmatch(filled[0].strip()):
        return None
    for cell in filled:
        if len(cell) > _HEADER_CELL_CHARS or len(cell.split()) > _HEADER_CELL_WORDS:
            return None
    roles = tuple(role_of(c) if c.strip() else Role.OTHER for c in cells)
    known = [r for r in roles if r is not Role.OTHER]
    if len(known) < 2:  # noqa: PLR2004
        return None
    if not {Role.TASK, Role.LEAD, Role.AGENCIES} & set(known):
        return None
    return roles


_SEPARATOR_CELL = re.compile(r":?-{2,}:?|[-=_+ ]*")


def separator_row(cells: list[str]) -> bool:
    """Tell whether *cells* are a rule such as ``|---|:---:|`` or ``=====``.

    >>> separator_row(["---", ":--:", ""]), separator_row(["1", "---"])
    (True, False)
    """
    joined = "".join(cells)
    return bool(joined.strip(" |")) and all(
        _SEPARATOR_CELL.fullmatch(c.strip()) for c in cells
    )


_COLUMN_NUMBER = re.compile(r"\(?([0-9]{1,2})\)?")


def column_index_row(cells: list[str]) -> bool:
    """Tell whether *cells* only number the columns: ``(1) (2) (3)`` under a header.

    >>> column_index_row(["(1)", "(2)", "(3)", "(4)"]), column_index_row(["1", "Tổng kết"])
    (True, False)
    """
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) < 3:  # noqa: PLR2004
        return False
    numbers: list[int] = []
    for cell in filled:
        m = _COLUMN_NUMBER.fullmatch(cell)
        if m is None:
            return False
        numbers.append(int(m.group(1)))
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


_SPACE_SEGMENT = re.compile(r"[^ \t]+(?: [^ \t]+)*")


def segments(line: str) -> list[tuple[int, str]]:
    """Split *line* at runs of two or more spaces (or tabs); keep each start.

    >>> segments("1   Tổng kết  Sở Nội vụ")
    [(0, '1'), (4, 'Tổng kết'), (14, 'Sở Nội vụ')]
    """
    return [(m.start(), m.group()) for m in _SPACE_SEGMENT.finditer(line)]


def _pipe_cells(line: str) -> list[str]:
    body = line.strip()
    body = body.removeprefix("|").removesuffix("|")
    return [c.strip() for c in body.split("|")]


def _place(segs: list[tuple[int, str]], columns: Columns) -> list[str]:
    """Put space-separated segments into *columns*, by count or by offset."""
    n = len(columns)
    texts = [t for _, t in segs]
    if n == 0 or len(segs) == n:
        return texts
    if len(segs) > n:
        # Too many pieces: a double space inside the free text split it.  Keep
        # the cells before and after the task column and join the rest.
        task = columns.index(Role.TASK)
        task = 0 if task is None else task
        after = n - task - 1
        tail = texts[len(texts) - after :] if after else []
        middle = texts[task : len(texts) - after]
        return [*texts[:task], " ".join(middle), *tail]
    if len(columns.starts) != n:
        return texts
    cells = [""] * n
    for start, text in segs:
        # The rightmost column starting at or before this piece (2 characters
        # of slack), moved right past cells already taken.
        j = 0
        for k, col_start in enumerate(columns.starts):
            if col_start <= start + 2:
                j = k
        while j < n - 1 and cells[j]:
            j += 1
        cells[j] = f"{cells[j]} {text}".strip()
    return cells


def split_cells(line: str, layout: Layout, columns: Columns | None = None) -> list[str]:
    r"""Split one line of a table into stripped cells.

    A line with no separator gives one cell.  In the space layout, *columns*
    (from the header) place the pieces of rows that have empty cells.

    >>> split_cells("| 1 | Tổng kết | Sở Nội vụ | |", Layout.PIPE)
    ['1', 'Tổng kết', 'Sở Nội vụ', '']
    >>> split_cells("2\tTổng kết\t\t2021", Layout.TAB)
    ['2', 'Tổng kết', '', '2021']
    """
    if layout is Layout.TAB:
        return [c.strip() for c in line.split("\t")]
    if layout is Layout.PIPE:
        if "|" not in line:
            return [line.strip()]
        return _pipe_cells(line)
    if layout is Layout.SPACE:
        segs = segments(line)
        if not segs:
            return [""]
        if len(segs) == 1 and segs[0][0] < 2:  # noqa: PLR2004
            return [segs[0][1]]
        if columns is None:
            return [t for _, t in segs]
        return _place(segs, columns)
    return [line.strip()]
