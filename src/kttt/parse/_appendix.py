"""Reading a plan's appendix (*phụ lục*): the table of tasks, into :class:`Task` values.

The appendix is a table ``STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
Thời gian hoàn thành`` under a title, with group rows (``I``, ``II``, ``A``)
between the tasks.  PDF-to-text damages it in known ways, and this module
repairs each one in the open:

- a row split at a page break continues on a line with an empty ``STT`` after
  a blank line: its cells are joined to the row above (``row-continued``);
- a cell broken across lines (the next line has an empty ``STT`` and the row
  above has too few cells) continues the row's last cell (``row-continued``);
- an empty lead cell that a merged cell left behind takes the lead of the row
  above in the same group (``cell-inherited``; ``"lead"`` in ``Task.inferred``);
- a table cut off in the middle of a row, or a header with no rows after it,
  is reported (``appendix-truncated``); a table with no header row is read
  with the usual columns (``appendix-no-header``).

Other provinces lay the same table out with ``|`` or runs of spaces, in
another column order, with extra columns (*Sản phẩm*, *Ghi chú*), without an
``STT`` column, or as a numbered list with labelled fields (``1. … Cơ quan chủ
trì: …; phối hợp: …; thời gian: Quý II/2023``); all of these are read.

Diagnostic codes: ``row-continued``, ``cell-inherited``, ``appendix-truncated``,
``appendix-no-header``, ``row-missing-cells``, ``row-extra-cells``,
``empty-task``, ``duplicate-task-number``, ``unparsed-line``.
"""

from __future__ import annotations

import enum
import itertools
import operator
import re
from typing import TYPE_CHECKING, Final, cast

from attrs import define, field, frozen

import kttt.agencies
from kttt.agencies import resolve_agency
from kttt.errors import ParseError
from kttt.model import Agency, Deadline, Diagnostic, Severity, Task, TaskOrigin
from kttt.parse._deadline import parse_deadline
from kttt.parse._table import (
    Columns,
    Layout,
    Role,
    column_index_row,
    header_roles,
    role_of,
    segments,
    separator_row,
    split_cells,
)
from kttt.text import fold, normalize, squash

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

__all__ = ["AppendixResult", "extract_appendix", "read_appendix_lines"]


@frozen(kw_only=True)
class AppendixResult:
    """What :func:`extract_appendix` read from an appendix (*phụ lục*).

    >>> AppendixResult(tasks=(), diagnostics=(), lines=frozenset(), title=None).tasks
    ()
    """

    tasks: tuple[Task, ...]
    diagnostics: tuple[Diagnostic, ...]
    lines: frozenset[int]
    """1-based document lines accounted for: heading, title, header, rows."""
    title: str | None
    """The appendix title, e.g. ``"MỘT SỐ NHIỆM VỤ, ĐỀ ÁN CHỦ YẾU TRIỂN KHAI …"``."""


# --- patterns ------------------------------------------------------------------

_HEADING = re.compile(
    r"""\s*phụ\s+lục
        (?:\s+(?:số\s+)?(?:[0-9]{1,2}|[IVX]{1,5}|[A-Z])\b)?   # "Phụ lục II", "Phụ lục số 1"
        \s*[:.\-\u2013]?\s*
        (?P<rest>.*)""",
    re.IGNORECASE | re.VERBOSE,
)
_ROMAN = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"
_ROMAN_ONLY = re.compile(_ROMAN)
# What a task id leaves out of its number: "II.4" becomes "appendix/ii-4".
_ID_DROP = re.compile(r"[^0-9a-z]+")
# The STT cell of a group row: "II", "II.", "A", "B)".
_GROUP_STT = re.compile(rf"(?P<label>{_ROMAN}|[A-Z])[.)]?")
# A group heading written in one cell or on its own line: "II. Rà soát …".
_GROUP_PREFIX = re.compile(rf"(?P<label>{_ROMAN}|[A-Z])\s*[.)]\s*(?P<heading>\S.*)")
_NUMBER_STT = re.compile(r"(?P<n>[0-9]{1,3}(?:\.[0-9]{1,3})*)\.?")
_LETTER_STT = re.compile(r"(?P<n>[a-zđ])[.)]?")
# A numbered item: "1. Text", "2) Text", "1.1. Text", "1.1 Text".
_ITEM = re.compile(
    r"""(?P<n>[0-9]{1,3}(?:\.[0-9]{1,3})*)[.)]\s*(?P<rest>\S.*)
      | (?P<n2>[0-9]{1,3}(?:\.[0-9]{1,3})+)\s+(?P<rest2>\S.*)""",
    re.VERBOSE,
)
_BULLET = re.compile(r"[-+*•\u2013]\s*")
# A field label in a numbered list or a combined cell: "Cơ quan chủ trì:".
_LABEL = re.compile(
    r"""(?P<label>
        (?:(?:cơ\s+quan|đơn\s+vị)(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị))?\s+)?
        (?:chủ\s+trì|phối\s+hợp|thực\s+hiện|chịu\s+trách\s+nhiệm)
        (?:\s+thực\s+hiện)?
      | (?:thời\s+gian|thời\s+hạn|tiến\s+độ)(?:\s+(?:hoàn\s+thành|thực\s+hiện))?
      | sản\s+phẩm(?:\s+(?:đầu\s+ra|dự\s+kiến))?
      | ghi\s+chú
    )\s*:""",
    re.IGNORECASE | re.VERBOSE,
)
# What may stand before a label: the start, or a separator.
_LABEL_BEFORE = frozenset(".;,()-+*•\u2013")
_ATTACHED = re.compile(r"\(?\s*(?:ban\s+hành\s+)?kèm\s+theo\b", re.IGNORECASE)
# Characters that end a line as a page break or a form feed leaves them.
_LINE_BREAKS = re.compile("[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

_DEFAULT_COLUMNS: Final = Columns(
    (Role.STT, Role.TASK, Role.LEAD, Role.COORDINATORS, Role.DEADLINE)
)
_DEFAULT_NO_STT: Final = Columns(
    (Role.TASK, Role.LEAD, Role.COORDINATORS, Role.DEADLINE)
)
_FIELD_ROLES: Final = (Role.LEAD, Role.COORDINATORS, Role.DEADLINE)
# The cells that make a numbered row a task rather than a heading.
_TASK_CELLS: Final = (*_FIELD_ROLES, Role.AGENCIES)


class _Kind(enum.Enum):
    TASK = "task"
    GROUP = "group"


@define
class _Row:
    """One row of the table as read, before numbering and inheritance."""

    kind: _Kind
    line: int
    cells: list[str]
    columns: Columns
    stt: str = ""
    label: str | None = None  # a group row's label: "II", "A"
    listed: bool = False  # read from a numbered list, not a table
    lines: list[int] = field(factory=list)
    raw: str = ""  # a list item's text as written, fields included

    def cell(self, role: Role) -> str:
        """Return the cell of *role*, or ``""``."""
        i = self.columns.index(role)
        if i is None or i >= len(self.cells):
            return ""
        return self.cells[i]

    def set_cell(self, role: Role, value: str) -> None:
        """Set the cell of *role*, padding the row if it is short."""
        i = self.columns.index(role)
        if i is None:
            return
        while len(self.cells) <= i:
            self.cells.append("")
        self.cells[i] = value

    @property
    def short(self) -> bool:
        """True when the row has fewer cells than the table has columns."""
        return (
            self.kind is _Kind.TASK
            and not self.listed
            and len(self.cells) < len(self.columns)
        )


def _join(a: str, b: str) -> str:
    return f"{a} {b}".strip() if b else a


def _starts_lower(text: str) -> bool:
    for char in text:
        if char.isalpha():
            return char.islower()
    return False


def _blank(line: str) -> bool:
    return not line.strip()


# --- agencies and deadlines ------------------------------------------------------


def _lead(text: str, province: str | None) -> Agency:
    return resolve_agency(text, province=province)


def _coordinators(text: str, province: str | None) -> tuple[Agency, ...]:
    # The agency registry grows ``split_agencies``; until it does, a cell is
    # one agency (a collective such as "Các sở, ban, ngành" is one anyway).
    splitter = getattr(kttt.agencies, "split_agencies", None)
    if splitter is None:
        return (resolve_agency(text, province=province),)
    split = cast("Callable[..., Iterable[Agency]]", splitter)
    return tuple(split(text, province=province))


def _deadline(text: str) -> Deadline | None:
    try:
        return parse_deadline(text)
    except ParseError:
        return None


# --- the scanner -----------------------------------------------------------------


@define
class _Scanner:
    """Reads an appendix region line by line; collects rows, lines and diagnostics."""

    first_line: int
    province: str | None
    diagnostics: list[Diagnostic] = field(factory=list)
    used: set[int] = field(factory=set)
    rows: list[_Row] = field(factory=list)
    title: str | None = None
    # Tables repeat the same coordinator cell row after row ("Các sở, ban,
    # ngành, …"); splitting it once per table saves most of that work.
    _coordinator_cells: dict[str, tuple[Agency, ...]] = field(factory=dict, init=False)

    # --- bookkeeping ---

    def note(
        self,
        code: str,
        message: str,
        line: int,
        *,
        severity: Severity = Severity.WARNING,
        text: str | None = None,
    ) -> None:
        """Record a diagnostic."""
        self.diagnostics.append(
            Diagnostic(
                code=code, message=message, line=line, severity=severity, text=text
            )
        )

    def unparsed(self, line: int, text: str) -> None:
        """Report a line that fits nowhere."""
        self.note(
            "unparsed-line",
            f"could not place this line in the appendix: {text.strip()!r}",
            line,
            text=text,
        )

    # --- sections: heading, title, body ---

    def run(self, lines: list[str]) -> None:
        """Read every section (a heading and what follows) of *lines*."""
        starts = [i for i, text in enumerate(lines) if self._heading(text) is not None]
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        starts.append(len(lines))
        for begin, end in itertools.pairwise(starts):
            self.section(lines, begin, end)

    def _heading(self, text: str) -> re.Match[str] | None:
        if "\t" in text or "|" in text or len(text) > 200:  # noqa: PLR2004
            return None
        return _HEADING.fullmatch(text)

    def section(self, lines: list[str], begin: int, end: int) -> None:
        """Read one appendix: its heading, its title lines and its table."""
        i = begin
        title: list[str] = []
        if m := self._heading(lines[i]):
            self.used.add(self.first_line + i)
            if m["rest"].strip():
                title.append(m["rest"].strip())
            i += 1
        while i < end:
            text = lines[i]
            if _blank(text):
                i += 1
                continue
            if self._starts_body(text):
                break
            self.used.add(self.first_line + i)
            if not _ATTACHED.match(text.strip()):
                title.append(text.strip())
            i += 1
        if title and self.title is None:
            self.title = squash(" ".join(title))
        body = [(self.first_line + k, lines[k]) for k in range(i, end)]
        layout = self._layout([t for _, t in body])
        if layout is Layout.LIST:
            self.read_list(body)
        else:
            self.read_table(body, layout)

    def _starts_body(self, text: str) -> bool:
        """Tell whether *text* is a table row, a header, a group or an item."""
        if "\t" in text or text.count("|") >= 2:  # noqa: PLR2004
            return True
        stripped = text.strip()
        if _ITEM.fullmatch(stripped) or _GROUP_PREFIX.fullmatch(stripped):
            return True
        segs = [t for _, t in segments(text)]
        return len(segs) >= 3 or header_roles(segs) is not None  # noqa: PLR2004

    def _layout(self, texts: list[str]) -> Layout:
        if any("\t" in t for t in texts):
            return Layout.TAB
        if any(len(split_cells(t, Layout.PIPE)) >= 2 for t in texts if "|" in t):  # noqa: PLR2004
            return Layout.PIPE
        for t in texts:
            if header_roles([s for _, s in segments(t)]) is not None:
                return Layout.SPACE
        rows = sum(1 for t in texts if len(segments(t)) >= 3)  # noqa: PLR2004
        return Layout.SPACE if rows >= 2 else Layout.LIST  # noqa: PLR2004

    # --- tables ---

    def read_table(self, body: list[tuple[int, str]], layout: Layout) -> None:
        """Read the rows of a table laid out as *layout*."""
        columns: Columns | None = None
        after_header = False
        blank_before = False
        rows_here: list[_Row] = []
        for n, text in body:
            if _blank(text):
                blank_before = True
                continue
            cells = split_cells(text, layout, columns)
            if separator_row(cells):
                self.used.add(n)
                continue
            roles = header_roles(cells)
            if roles is not None:
                self.used.add(n)
                starts = (
                    tuple(s for s, _ in segments(text))
                    if layout is Layout.SPACE
                    else ()
                )
                columns = self._header(columns, roles, starts, merge=after_header)
                after_header = True
                blank_before = False
                continue
            if after_header and column_index_row(cells):
                self.used.add(n)
                continue
            after_header = False
            if columns is None:
                columns = self._guess_columns(cells)
                self.note(
                    "appendix-no-header",
                    "the appendix table has no header row; read it as "
                    f"{' | '.join(r.value for r in columns.roles)}: {text.strip()!r}",
                    n,
                    text=text,
                )
            self.table_line(
                n, text, cells, columns, rows_here, blank_before=blank_before
            )
            blank_before = False
        self._check_end(body, columns, rows_here)
        self.rows.extend(rows_here)

    def _header(
        self,
        columns: Columns | None,
        roles: tuple[Role, ...],
        starts: tuple[int, ...],
        *,
        merge: bool,
    ) -> Columns:
        if not merge or columns is None:
            return Columns(roles, starts if len(starts) == len(roles) else ())
        # A second header line names sub-columns ("Chủ trì" and "Phối hợp"
        # under "Cơ quan thực hiện"), or repeats the header after a page break.
        merged = list(columns.roles)
        for j, role in enumerate(roles):
            if role is Role.OTHER:
                continue
            if j < len(merged):
                merged[j] = role
            else:
                merged.append(role)
        return Columns(tuple(merged), columns.starts)

    def _guess_columns(self, cells: list[str]) -> Columns:
        first = cells[0].strip() if cells else ""
        if len(cells) > 1 and (
            not first or _NUMBER_STT.fullmatch(first) or _GROUP_STT.fullmatch(first)
        ):
            return _DEFAULT_COLUMNS
        return _DEFAULT_NO_STT

    def table_line(
        self,
        n: int,
        text: str,
        cells: list[str],
        columns: Columns,
        rows: list[_Row],
        *,
        blank_before: bool,
    ) -> None:
        """Read one non-blank line below the header."""
        prev = rows[-1] if rows else None
        if len(cells) == 1:
            self._single(
                n, text=text, cell=cells[0], columns=columns, rows=rows, prev=prev
            )
            return
        stt_i = columns.index(Role.STT)
        row = _Row(kind=_Kind.TASK, line=n, cells=cells, columns=columns, lines=[n])
        task = row.cell(Role.TASK)
        fields_empty = not any(row.cell(r) for r in _TASK_CELLS)
        if stt_i is not None:
            stt = cells[stt_i] if stt_i < len(cells) else ""
            if not stt and prev is not None:
                if blank_before or not prev.short:
                    if blank_before or not task or _starts_lower(task):
                        self._continue(n, text, cells, prev)
                        return
                else:
                    self._continue_cell(n, text, cells, prev)
                    return
            if (m := _GROUP_STT.fullmatch(stt)) and fields_empty:
                row.kind, row.label, row.stt = _Kind.GROUP, m["label"], stt
                rows.append(row)
                self.used.add(n)
                return
            if (m := _GROUP_PREFIX.fullmatch(stt)) and fields_empty and not task:
                row.kind, row.label = _Kind.GROUP, m["label"]
                row.set_cell(Role.TASK, m["heading"])
                rows.append(row)
                self.used.add(n)
                return
            row.stt = stt
        else:
            if prev is not None and (not task or _starts_lower(task)):
                self._continue(n, text, cells, prev)
                return
            if (m := _GROUP_PREFIX.fullmatch(task)) and fields_empty:
                row.kind, row.label = _Kind.GROUP, m["label"]
                row.set_cell(Role.TASK, m["heading"])
                rows.append(row)
                self.used.add(n)
                return
            if fields_empty and task.isupper():
                row.kind = _Kind.GROUP
                rows.append(row)
                self.used.add(n)
                return
            if m := _ITEM.fullmatch(task):
                row.stt = m["n"] or m["n2"]
                row.set_cell(Role.TASK, m["rest"] or m["rest2"])
        rows.append(row)
        self.used.add(n)

    def _single(
        self,
        n: int,
        *,
        text: str,
        cell: str,
        columns: Columns,
        rows: list[_Row],
        prev: _Row | None,
    ) -> None:
        """Read a line with no cell separator inside a table."""
        if m := _GROUP_PREFIX.fullmatch(cell):
            # A group row whose cells were merged into one.
            row = _Row(
                kind=_Kind.GROUP,
                line=n,
                cells=[],
                columns=columns,
                label=m["label"],
                lines=[n],
            )
            row.set_cell(Role.TASK, m["heading"])
            rows.append(row)
            self.used.add(n)
        elif prev is not None and prev.short:
            self._continue_cell(n, text, [cell], prev)
        elif prev is not None and _starts_lower(cell):
            prev.set_cell(Role.TASK, _join(prev.cell(Role.TASK), cell))
            self._continued(n, text, prev)
        else:
            self.unparsed(n, text)

    def _continued(self, n: int, text: str, prev: _Row) -> None:
        prev.lines.append(n)
        self.used.add(n)
        what = f"row {prev.stt}" if prev.stt else "the row"
        self.note(
            "row-continued",
            f"{what} of line {prev.line} continues on this line; joined its cells "
            f"to that row: {text.strip()!r}",
            n,
            text=text,
        )

    def _continue(self, n: int, text: str, cells: list[str], prev: _Row) -> None:
        """Join a page-break continuation to *prev*, cell by cell."""
        for j, cell in enumerate(cells):
            if not cell:
                continue
            while len(prev.cells) <= j:
                prev.cells.append("")
            prev.cells[j] = _join(prev.cells[j], cell)
        self._continued(n, text, prev)

    def _continue_cell(self, n: int, text: str, cells: list[str], prev: _Row) -> None:
        """Join a line that continues *prev*'s last cell, then adds cells."""
        if prev.cells:
            prev.cells[-1] = _join(prev.cells[-1], cells[0])
        else:
            prev.cells.append(cells[0])
        prev.cells.extend(cells[1:])
        self._continued(n, text, prev)

    def _check_end(
        self, body: list[tuple[int, str]], columns: Columns | None, rows: list[_Row]
    ) -> None:
        if columns is None:
            return
        last_line = next((n for n, t in reversed(body) if not _blank(t)), None)
        if not rows:
            if last_line is not None:
                self.note(
                    "appendix-truncated",
                    "the appendix table has a header row but no rows",
                    last_line,
                )
            return
        for row in rows[:-1]:
            if row.kind is _Kind.TASK and row.short:
                self.note(
                    "row-missing-cells",
                    f"row {row.stt or '(unnumbered)'} has {len(row.cells)} of "
                    f"{len(row.columns)} cells: {row.cells[:2]!r}",
                    row.line,
                    severity=Severity.INFO,
                )
        last = rows[-1]
        if last.kind is _Kind.GROUP:
            self.note(
                "appendix-truncated",
                f"the appendix table ends after group row {last.label or ''} with no tasks: "
                f"{last.cell(Role.TASK)!r}",
                last.lines[-1],
                text=last.cell(Role.TASK),
            )
        elif last.short:
            self.note(
                "appendix-truncated",
                f"the appendix table is cut off: its last row has {len(last.cells)} of "
                f"{len(last.columns)} cells ({', '.join(r.value for r in last.columns.roles[len(last.cells) :])} missing)",
                last.lines[-1],
                text=" | ".join(last.cells),
            )

    # --- numbered lists ---

    def read_list(self, body: list[tuple[int, str]]) -> None:
        """Read a numbered list of tasks with labelled fields."""
        current: _Row | None = None
        for n, text in body:
            if _blank(text):
                continue
            stripped = text.strip()
            bullet = _BULLET.match(stripped)
            inner = stripped[bullet.end() :] if bullet else stripped
            if current is not None and self._label_at_start(inner):
                # A field on its own line ("- Cơ quan chủ trì: …") joins the
                # item's text as if written inline after a semicolon.
                self._extend(current, n, f"; {inner}")
                continue
            if not bullet and (m := _GROUP_PREFIX.fullmatch(stripped)):
                self._list_group(n, m["heading"], m["label"])
                current = None
                continue
            if not bullet and (m := _ITEM.fullmatch(stripped)):
                rest = m["rest"] or m["rest2"]
                current = _Row(
                    kind=_Kind.TASK,
                    line=n,
                    cells=[],
                    columns=_DEFAULT_COLUMNS,
                    stt=m["n"] or m["n2"],
                    listed=True,
                    lines=[n],
                    raw=rest,
                )
                current.set_cell(Role.STT, current.stt)
                self._fields(current, rest)
                self.rows.append(current)
                self.used.add(n)
                continue
            if not bullet and stripped.isupper() and current is None:
                self._list_group(n, stripped, None)
                continue
            if current is not None:
                self._extend(current, n, stripped)
                continue
            self.unparsed(n, text)

    def _list_group(self, n: int, heading: str, label: str | None) -> None:
        row = _Row(
            kind=_Kind.GROUP,
            line=n,
            cells=[],
            columns=_DEFAULT_COLUMNS,
            label=label,
            listed=True,
            lines=[n],
        )
        row.set_cell(Role.TASK, heading)
        self.rows.append(row)
        self.used.add(n)

    def _extend(self, row: _Row, n: int, text: str) -> None:
        """Add a wrapped line to a list item and read its fields again."""
        row.raw = _join(row.raw, text)
        row.cells = [row.stt]
        self._fields(row, row.raw)
        row.lines.append(n)
        self.used.add(n)

    def _label_at_start(self, text: str) -> bool:
        m = _LABEL.match(text)
        return m is not None and role_of(m["label"]) in _FIELD_ROLES

    def _fields(self, row: _Row, text: str) -> None:
        """Split *text* into the task and its labelled fields."""
        found = [
            (m, role_of(m["label"]))
            for m in _LABEL.finditer(text)
            if _label_allowed(text, m.start())
        ]
        found = [(m, r) for m, r in found if r is not Role.OTHER]
        head = text[: found[0][0].start()] if found else text
        head = head.strip().rstrip(" .;,:(-\u2013").strip()
        if head:
            row.set_cell(Role.TASK, _join(row.cell(Role.TASK), head))
        for k, (m, role) in enumerate(found):
            end = found[k + 1][0].start() if k + 1 < len(found) else len(text)
            value = text[m.end() : end].strip().strip(" .;,()").strip()
            if role in _FIELD_ROLES:
                row.set_cell(role, _join(row.cell(role), value))

    # --- rows to tasks ---

    def tasks(self) -> tuple[Task, ...]:
        """Number, group and fill the rows into tasks."""
        letter: str | None = None
        roman: str | None = None
        group: str | None = None
        prev: Task | None = None
        seen: dict[str, int] = {}
        out: list[Task] = []
        for k, row in enumerate(self.rows):
            heading = squash(row.cell(Role.TASK))
            if row.kind is _Kind.GROUP:
                if (
                    row.label is not None
                    and _GROUP_STT.fullmatch(row.label)
                    and _ROMAN_ONLY.fullmatch(row.label)
                ):
                    roman = row.label
                elif row.label is not None:
                    letter, roman = row.label, None
                group, prev = heading or None, None
                continue
            if self._subgroup(k, row):
                group, prev = heading or group, None
                continue
            if not heading:
                self.note(
                    "empty-task",
                    f"row {row.stt or '(unnumbered)'} has no task text: {' | '.join(row.cells)!r}",
                    row.line,
                )
                continue
            task = self._task(
                row,
                letter=letter,
                roman=roman,
                group=group,
                prev=prev,
                seen=seen,
                position=len(out) + 1,
            )
            out.append(task)
            prev = task
        return tuple(out)

    def _subgroup(self, k: int, row: _Row) -> bool:
        """Tell whether a numbered row only heads the rows numbered under it."""
        if not row.stt or any(row.cell(r) for r in _TASK_CELLS):
            return False
        for later in self.rows[k + 1 :]:
            if later.kind is _Kind.GROUP:
                return False
            if later.stt:
                return later.stt.startswith(f"{row.stt.rstrip('.')}.")
        return False

    def _task(
        self,
        row: _Row,
        *,
        letter: str | None,
        roman: str | None,
        group: str | None,
        prev: Task | None,
        seen: dict[str, int],
        position: int,
    ) -> Task:
        number = _number(row.stt, letter, roman)
        key = (
            "appendix/" + _ID_DROP.sub("-", fold(number)).strip("-")
            if number
            else f"appendix/row-{position}"
        )
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            self.note(
                "duplicate-task-number",
                f"task number {number!r} is used {seen[key]} times; this one is {key}-{seen[key]}",
                row.line,
                severity=Severity.INFO,
                text=number,
            )
            key = f"{key}-{seen[key]}"
        lead_text, coord_text = self._agency_cells(row)
        inferred: set[str] = set()
        lead: Agency | None = None
        if lead_text:
            lead = _lead(lead_text, self.province)
        elif not row.listed and prev is not None and prev.lead is not None:
            lead = prev.lead
            inferred.add("lead")
            source = prev.lead_text or prev.lead.name
            self.note(
                "cell-inherited",
                f"the lead cell of row {number or '(unnumbered)'} is empty; "
                f"took {source!r} from row {prev.number or '(unnumbered)'} above",
                row.line,
                text=source,
            )
        deadline_text = squash(row.cell(Role.DEADLINE)) or None
        return Task(
            id=key,
            number=number,
            origin=TaskOrigin.APPENDIX,
            text=row.cell(Role.TASK),
            group=group,
            lead=lead,
            coordinators=self._coordinators(coord_text) if coord_text else (),
            deadline=_deadline(deadline_text) if deadline_text else None,
            lead_text=lead_text or None,
            coordinators_text=coord_text or None,
            deadline_text=deadline_text,
            inferred=frozenset(inferred),
            line=row.line,
        )

    def _coordinators(self, text: str) -> tuple[Agency, ...]:
        found = self._coordinator_cells.get(text)
        if found is None:
            found = _coordinators(text, self.province)
            self._coordinator_cells[text] = found
        return found

    def _agency_cells(self, row: _Row) -> tuple[str, str]:
        lead = squash(row.cell(Role.LEAD))
        coord = squash(row.cell(Role.COORDINATORS))
        both = squash(row.cell(Role.AGENCIES))
        if both and not lead:
            probe = _Row(
                kind=_Kind.TASK, line=row.line, cells=[], columns=_DEFAULT_COLUMNS
            )
            self._fields(probe, both)
            lead = squash(probe.cell(Role.LEAD)) or squash(probe.cell(Role.TASK))
            coord = _join(coord, squash(probe.cell(Role.COORDINATORS)))
        return lead, coord


def _label_allowed(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _LABEL_BEFORE


def _number(stt: str, letter: str | None, roman: str | None) -> str | None:
    stt = stt.strip()
    m = _NUMBER_STT.fullmatch(stt) or _LETTER_STT.fullmatch(stt)
    if m is None:
        return None
    own = m["n"]
    return ".".join([*(x for x in (letter, roman) if x), own])


def extract_appendix(
    lines: Sequence[str], *, first_line: int = 1, province: str | None = None
) -> AppendixResult:
    r"""Read the tasks of an appendix (*phụ lục*) table; never raises.

    *lines* is the appendix region, from its ``Phụ lục`` heading to the end,
    one string per input line; ``lines[0]`` is document line *first_line*.
    Agencies are resolved for *province*.

    >>> result = extract_appendix([
    ...     "Phụ lục",
    ...     "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
    ...     "I\tTuyên truyền\t\t\t",
    ...     "1\tHướng dẫn tuyên truyền\tSở Thông tin và Truyền thông\t\tHàng năm",
    ...     "2\tTổng kết Luật Hợp tác xã\t\t\t2021",
    ... ], first_line=100)
    >>> [(t.number, t.group, str(t.lead), t.inferred) for t in result.tasks]
    [('I.1', 'Tuyên truyền', 'Sở Thông tin và Truyền thông', frozenset()), ('I.2', 'Tuyên truyền', 'Sở Thông tin và Truyền thông', frozenset({'lead'}))]
    >>> [d.code for d in result.diagnostics], sorted(result.lines)
    (['cell-inherited'], [100, 101, 102, 103, 104])

    Args:
        lines: The appendix region, already split into lines.
        first_line: The 1-based document line number of ``lines[0]``.
        province: The province whose agencies the table names.

    Returns:
        The tasks, the diagnostics, the lines accounted for and the title.
    """
    return read_appendix_lines(
        lines, first_line=first_line, province=province, normalized=False
    )


def read_appendix_lines(
    lines: Sequence[str],
    *,
    first_line: int = 1,
    province: str | None = None,
    normalized: bool,
) -> AppendixResult:
    """:func:`extract_appendix`, told whether *lines* are normalized already.

    The document parser passes lines cut from text it normalized as a
    whole; normalizing them again would only repeat its checks.
    """
    scanner = _Scanner(first_line=max(first_line, 1), province=province)
    # One call over the whole region: normalizing is the costliest step here,
    # and a call per line pays its fixed overhead fifty times over.
    flat = [_LINE_BREAKS.sub(" ", line) for line in lines]
    joined = "\n".join(flat)
    # A substitution that changed nothing gives back the same string, and a
    # part of normalized text, cut at line ends, is itself normalized.
    fresh = normalized and all(map(operator.is_, flat, lines))
    clean = (joined if fresh else normalize(joined)).split("\n") if flat else []
    if clean:
        scanner.run(clean)
    # A line of nothing but zero-width characters or a soft hyphen is blank
    # once normalized; count it as read so that every input line is accounted for.
    scanner.used.update(
        scanner.first_line + i
        for i, (raw, text) in enumerate(zip(lines, clean, strict=True))
        if raw.strip() and _blank(text)
    )
    tasks = scanner.tasks()
    diagnostics = sorted(scanner.diagnostics, key=lambda d: d.line or 0)
    return AppendixResult(
        tasks=tasks,
        diagnostics=tuple(diagnostics),
        lines=frozenset(scanner.used),
        title=scanner.title,
    )
