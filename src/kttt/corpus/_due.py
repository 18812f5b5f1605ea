"""What the corpus asks of a deadline: its window, whether it recurs, its status.

The deadline types (#3) promise ``.start``, ``.end``, ``.is_recurring``,
``.next_due(after)`` and ``.status(as_of)``.  The corpus reads them through
the few functions here, so that a deadline kind without one of them (the
unreadable :class:`~kttt.model.Unspecified`) answers "no date" instead of
failing a query over a whole archive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kttt.model import Ongoing, TaskStatus, Unspecified

if TYPE_CHECKING:
    from datetime import date

    from kttt.model import Deadline

__all__: list[str] = []


def window(deadline: Deadline | None) -> tuple[date | None, date | None]:
    """Return the inclusive window ``(start, end)``; ``None`` where it is open."""
    if deadline is None:
        return None, None
    start: date | None = getattr(deadline, "start", None)
    end: date | None = getattr(deadline, "end", None)
    return start, end


def is_recurring(deadline: Deadline | None) -> bool:
    """Say whether the deadline falls due again and again (*hằng năm*)."""
    if deadline is None:
        return False
    return bool(getattr(deadline, "is_recurring", False))


def is_dated(deadline: Deadline | None) -> bool:
    """Say whether the deadline names a time at all (not blank, not unreadable)."""
    return deadline is not None and not isinstance(deadline, Unspecified)


def next_due(deadline: Deadline | None, after: date) -> date | None:
    """The first day after *after* on which the deadline falls due, if any."""
    if deadline is None:
        return None
    method = getattr(deadline, "next_due", None)
    if method is None:
        return None
    due: date | None = method(after)
    return due


def status(deadline: Deadline | None, as_of: date) -> TaskStatus | None:
    """The task status the deadline gives on *as_of*; ``None`` without a deadline."""
    if deadline is None:
        return None
    method = getattr(deadline, "status", None)
    if method is not None:
        found: TaskStatus = method(as_of)
        return found
    # Until every deadline kind evaluates itself, read the window directly.
    start, end = window(deadline)
    if end is not None and end < as_of and not is_recurring(deadline):
        return TaskStatus.QUA_HAN
    if start is not None and as_of < start:
        return TaskStatus.CHUA_DEN_HAN
    return TaskStatus.DANG_THUC_HIEN


def is_active(deadline: Deadline | None, on: date) -> bool:
    """Say whether work on the task is scheduled on *on*.

    Continuous work (*thường xuyên*) and recurring duties are active on any
    day inside their window; open ends count as open.  A task with no
    deadline or an unreadable one is never active: nothing says when it runs.
    """
    if not is_dated(deadline):
        return False
    start, end = window(deadline)
    if start is None and end is None:
        return isinstance(deadline, Ongoing) or is_recurring(deadline)
    return (start is None or start <= on) and (end is None or on <= end)
