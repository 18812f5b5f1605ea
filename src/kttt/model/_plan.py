"""Plans (*kế hoạch*, *chương trình hành động*): outline, tasks, targets, reporting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import field, frozen
from attrs.validators import ge, optional

from kttt.model import _html
from kttt.model._agency import Agency
from kttt.model._deadline import Deadline
from kttt.model._ref import DocumentRef
from kttt.model._target import Target
from kttt.model._task import Task
from kttt.text import normalize_line

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Plan", "ReportingDuty", "Section"]


def _text(value: str) -> str:
    return normalize_line(value)


# One converter per element type: mypy's attrs plugin cannot solve a
# generic converter (or plain ``tuple``), and then rejects every caller.
def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _sections(values: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(values)


def _agencies(values: Iterable[Agency]) -> tuple[Agency, ...]:
    return tuple(values)


def _tasks(values: Iterable[Task]) -> tuple[Task, ...]:
    return tuple(values)


def _targets(values: Iterable[Target]) -> tuple[Target, ...]:
    return tuple(values)


def _duties(values: Iterable[ReportingDuty]) -> tuple[ReportingDuty, ...]:
    return tuple(values)


@frozen(kw_only=True)
class Section:
    """A heading of the plan's outline and what lies under it.

    *number* is the label as written (``II``, ``2.3``, ``a``; empty for an
    unnumbered block); *level* is its depth, 1 for ``I.``.

    >>> s = Section(number="1", title="Mục đích", level=2)
    >>> s.children, s.text
    ((), ())
    """

    number: str
    title: str = field(converter=_text)
    level: int = field(validator=ge(1))
    text: tuple[str, ...] = field(default=(), converter=_strings)
    """Paragraphs and bullets directly under the heading, as written."""
    children: tuple[Section, ...] = field(default=(), converter=_sections)
    line: int | None = field(default=None, validator=optional(ge(1)))

    def walk(self) -> tuple[Section, ...]:
        """This section and every one below it, in document order.

        >>> len(Section(number="I", title="A", level=1, children=(Section(number="1", title="B", level=2),)).walk())
        2
        """
        out: list[Section] = [self]
        for child in self.children:
            out.extend(child.walk())
        return tuple(out)


@frozen(kw_only=True)
class ReportingDuty:
    """A duty to report (*chế độ báo cáo*): who, to whom, by when.

    >>> ReportingDuty(text="báo cáo UBND tỉnh").to
    ()
    """

    text: str = field(converter=_text)
    by: tuple[Agency, ...] = field(default=(), converter=_agencies)
    to: tuple[Agency, ...] = field(default=(), converter=_agencies)
    deadline: Deadline | None = None
    line: int | None = field(default=None, validator=optional(ge(1)))


@frozen(kw_only=True)
class Plan:
    """The plan a decision issues: its outline, tasks, targets and reporting.

    >>> from kttt.model._number import DocKind
    >>> Plan(ref=DocumentRef(kind=DocKind.KE_HOACH), title="Kế hoạch").tasks
    ()
    """

    ref: DocumentRef
    title: str = field(converter=_text)
    sections: tuple[Section, ...] = field(default=(), converter=_sections, repr=False)
    tasks: tuple[Task, ...] = field(default=(), converter=_tasks, repr=False)
    targets: tuple[Target, ...] = field(default=(), converter=_targets, repr=False)
    reporting: tuple[ReportingDuty, ...] = field(
        default=(), converter=_duties, repr=False
    )
    objectives: tuple[str, ...] = field(default=(), converter=_strings, repr=False)
    """Purposes and requirements (*mục đích, yêu cầu*) and general aims, as written."""

    def _repr_html_(self) -> str:
        """Render as a compact HTML table in notebooks."""
        return _html.plan_html(self)
