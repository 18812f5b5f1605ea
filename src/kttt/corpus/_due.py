"""What the corpus asks of a deadline: its window, whether it recurs, its status.

Queries evaluate these once per distinct deadline value, never once per
task: a national archive repeats the same few hundred phrases.
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
    return deadline.start, deadline.end


def is_recurring(deadline: Deadline | None) -> bool:
    """Say whether the deadline falls due again and again (*hằng năm*)."""
    return deadline is not None and deadline.is_recurring


def is_dated(deadline: Deadline | None) -> bool:
    """Say whether the deadline names a time at all (not blank, not unreadable)."""
    return deadline is not None and not isinstance(deadline, Unspecified)


def next_due(deadline: Deadline | None, after: date) -> date | None:
    """The first day after *after* on which the deadline falls due, if any."""
    return None if deadline is None else deadline.next_due(after)


def status(deadline: Deadline | None, as_of: date) -> TaskStatus | None:
    """The task status the deadline gives on *as_of*; ``None`` without a deadline."""
    return None if deadline is None else deadline.status(as_of)


def is_active(deadline: Deadline | None, on: date) -> bool:
    """Say whether work on the task is scheduled on *on*.

    Continuous work (*thường xuyên*) and recurring duties are active on any
    day inside their window; open ends count as open.  A task with no
    deadline or an unreadable one is never active: nothing says when it runs.
    """
    if deadline is None or not is_dated(deadline):
        return False
    start, end = deadline.start, deadline.end
    if start is None and end is None:
        return isinstance(deadline, Ongoing) or deadline.is_recurring
    return (start is None or start <= on) and (end is None or on <= end)
