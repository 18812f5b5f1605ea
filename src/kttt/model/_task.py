"""Tasks (*nhiệm vụ*) that a plan assigns, and where each was read."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from attrs import field, frozen
from attrs.validators import ge, min_len, optional

from kttt.model._agency import Agency
from kttt.model._deadline import Deadline
from kttt.text import normalize_line

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Task", "TaskOrigin"]


class TaskOrigin(enum.Enum):
    """Where in the plan a task was read.

    >>> TaskOrigin("appendix")
    <TaskOrigin.APPENDIX: 'appendix'>
    """

    APPENDIX = "appendix"  # a row of the appendix table (*phụ lục*)
    BODY = "body"  # a bullet or inline text in the plan body


def _text(value: str) -> str:
    return normalize_line(value)


def _frozen_set(
    values: frozenset[str] | set[str] | tuple[str, ...] | list[str],
) -> frozenset[str]:
    return frozenset(values)


def _agencies(values: Iterable[Agency]) -> tuple[Agency, ...]:
    # A typed converter: mypy's attrs plugin cannot solve plain ``tuple``.
    return tuple(values)


_INFERABLE = frozenset({"lead", "coordinators", "deadline", "group", "number", "text"})


@frozen(kw_only=True)
class Task:
    """One task of a plan: what, who leads (*chủ trì*), who helps (*phối hợp*), by when.

    *lead_text*, *coordinators_text* and *deadline_text* keep the cells or
    phrases as written; *inferred* names the fields that were recovered
    rather than read (a lead filled down from the row above).

    >>> t = Task(id="ii-4", number="II.4", origin=TaskOrigin.APPENDIX, text="Xây dựng Kế hoạch")
    >>> t.lead is None, t.coordinators, t.inferred
    (True, (), frozenset())
    """

    id: str = field(validator=min_len(1))
    """Stable within its plan: ``"appendix/ii-4"``, ``"body/ii-2-3/2"``."""
    number: str | None = None
    """The number as the plan gives it, qualified by group: ``"II.4"``."""
    origin: TaskOrigin
    text: str = field(converter=_text, validator=min_len(1))
    group: str | None = None
    """The heading of the group or section the task sits under."""
    lead: Agency | None = None
    coordinators: tuple[Agency, ...] = field(default=(), converter=_agencies)
    deadline: Deadline | None = None
    lead_text: str | None = None
    coordinators_text: str | None = None
    deadline_text: str | None = None
    inferred: frozenset[str] = field(default=frozenset(), converter=_frozen_set)
    line: int | None = field(default=None, validator=optional(ge(1)))
    """1-based line of the input where the task starts."""

    @inferred.validator
    def _check_inferred(self, _: object, inferred: frozenset[str]) -> None:
        unknown = inferred - _INFERABLE
        if unknown:
            msg = f"unknown inferred fields {sorted(unknown)}; expected some of {sorted(_INFERABLE)}"
            raise ValueError(msg)
