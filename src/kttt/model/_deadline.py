"""Deadlines (*thời gian hoàn thành*): the phrases plans use for when a task is due.

A deadline is one of a closed set of frozen classes, the :data:`Deadline`
union.  Every member answers the same small protocol:

* ``start`` and ``end``: the inclusive window in which the task is due
  (``end`` is the last day it is due); ``None`` where there is none;
* ``is_recurring``, ``next_due(after)`` and ``occurrences(start, end)``;
* ``status(as_of, done_on=None)``: a :class:`~kttt.model.TaskStatus`;
* ``str()`` in canonical Vietnamese, read back by ``X.parse`` and by
  :func:`kttt.parse_deadline`; ``repr()`` is ``X.parse('...')``;
* ``to_edtf()`` (an EDTF interval) and ``to_rrule()`` (RFC 5545 rules).

Adding a form of phrase is one class plus one :class:`Rule` in ``_RULES``
at the bottom of this module.  Nothing here reads the clock: every date is an
argument.

How a status is decided:

* A one-off window (a year, a quarter, *trước ngày 30/6/2021* ...): done on or
  before *as_of* is *done on time* if done by ``end`` and *done late* after;
  otherwise *overdue* after ``end``, *not yet due* before ``start`` and *in
  progress* in between.  A ``done_on`` later than *as_of* has not happened
  yet on *as_of* and is ignored.
* A recurring deadline is judged on its latest occurrence strictly before
  *as_of* (on the due day itself the task is still in time).  Its period
  opened the day after the occurrence before it.  Done within that period
  and by the due day: *done on time*; within the period but later: *done
  late*; not done in that period: *overdue*.  Before any occurrence has
  fallen due: *not yet due* before ``start``, *in progress* from then on.
* Continuous work (*thường xuyên*) and unreadable phrases are never late:
  *in progress* until done, then *done on time*.
"""

from __future__ import annotations

import enum
import itertools
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Final,
    Literal,
    Protocol,
    Self,
    TypeAlias,
    TypeVar,
    cast,
)

from attrs import Attribute, evolve, field, fields, frozen
from dateutil.relativedelta import relativedelta
from dateutil.rrule import MONTHLY, YEARLY, rrule, rruleset

from kttt.errors import ParseError
from kttt.model._deadline_syntax import _KEY, D, Grammar, M, Q, Rule, Y, key
from kttt.model._status import TaskStatus
from kttt.text import normalize

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from attrs import AttrsInstance

__all__ = [
    "ByDate",
    "ByYear",
    "Deadline",
    "HalfYearly",
    "InHalf",
    "InMonth",
    "InMonthSpan",
    "InQuarter",
    "InYear",
    "InYearSpan",
    "MonthPart",
    "Monthly",
    "Ongoing",
    "Quarterly",
    "Recurrence",
    "Recurrences",
    "Unspecified",
    "YearPart",
    "Yearly",
    "due_key",
    "read_deadline",
]

_T = TypeVar("_T")


def _between(
    low: int, high: int
) -> Callable[[object, Attribute[Any], int | None], None]:
    """A validator for ``low <= value <= high`` that lets ``None`` through.

    attrs' ``[ge(low), le(high)]`` says the same, but parsing builds a value
    per phrase and the plain function is several times faster.
    """

    def check(_: object, attribute: Attribute[Any], value: int | None) -> None:
        if value is not None and not low <= value <= high:
            msg = f"'{attribute.name}' must be between {low} and {high}: {value!r}"
            raise ValueError(msg)

    return check


_YEARS: Final = _between(1945, 2100)
_MONTHS: Final = _between(1, 12)


# Parsing builds a value per phrase, and attrs calls each field's validator
# on its own: a call per field.  The classes the grammar builds most fold
# their fields' checks into one validator, a chain of comparisons that every
# valid value passes.  A value that fails it (or that holds None or a
# non-number, which the chain cannot compare) goes through the fields' own
# checks one by one, in field order, which decide and say what is wrong:
# the chain is only a shortcut past them.


def _check_fields(
    instance: AttrsInstance,
    checks: tuple[Callable[[Any, Attribute[Any], Any], None], ...],
) -> None:
    """Run one check per field of *instance*, in field order."""
    for attribute, check in zip(fields(type(instance)), checks, strict=False):
        check(instance, attribute, getattr(instance, attribute.name))


def _year_and_between(
    low: int, high: int
) -> Callable[[Any, Attribute[Any], int | None], None]:
    """One validator for a ``year`` field and the field after it, in ``low..high``."""
    second = _between(low, high)
    checks = (_YEARS, second)

    def check(instance: Any, _: Attribute[Any], value: int | None) -> None:  # noqa: ANN401
        try:
            if 1945 <= instance.year <= 2100 and low <= value <= high:  # type: ignore[operator]  # noqa: PLR2004
                return
        except TypeError:
            pass
        _check_fields(instance, checks)

    return check


_ROMAN: Final = ("I", "II", "III", "IV")
_ROMAN_VALUE: Final = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_DAY: Final = timedelta(days=1)


def _month_end(year: int, month: int) -> date:
    """Last day of a month; ``relativedelta(day=31)`` clamps to it."""
    return date(year, month, 1) + relativedelta(day=31)


def _repr(self: object) -> str:
    """``X.parse('...')``: valid Python that rebuilds the value."""
    return f"{type(self).__name__}.parse({str(self)!r})"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


# --- the protocol, shared by functions rather than a base class ---------------


class _Window(Protocol):
    """A deadline with a fixed last day."""

    @property
    def start(self) -> date | None: ...  # pragma: no cover - protocol

    @property
    def end(self) -> date: ...  # pragma: no cover - protocol


def _window_next_due(self: _Window, after: date) -> date | None:
    """The first due day strictly after *after*: ``end`` while it is ahead.

    Returns:
        ``end`` if it comes after *after*, else ``None``.
    """
    return self.end if self.end > after else None


def _window_occurrences(self: _Window, start: date, end: date) -> tuple[date, ...]:
    """Due days from *start* to *end* inclusive: ``(end,)`` if it falls there."""
    return (self.end,) if start <= self.end <= end else ()


def _window_status(
    self: _Window, as_of: date, done_on: date | None = None
) -> TaskStatus:
    """Where the task stands on *as_of*, if it was done on *done_on* (or not at all).

    Done by ``end``: done on time; done later: done late; not done: overdue
    after ``end``, not yet due before ``start``, in progress in between.  A
    *done_on* after *as_of* has not happened yet and is ignored.
    """
    if done_on is not None and done_on <= as_of:
        if done_on <= self.end:
            return TaskStatus.HOAN_THANH_DUNG_HAN
        return TaskStatus.HOAN_THANH_QUA_HAN
    if as_of > self.end:
        return TaskStatus.QUA_HAN
    if self.start is not None and as_of < self.start:
        return TaskStatus.CHUA_DEN_HAN
    return TaskStatus.DANG_THUC_HIEN


def _no_rrule(self: object) -> None:
    """``None``: this deadline does not recur."""


def _no_edtf(self: object) -> None:
    """``None``: this deadline has no interval that EDTF can write."""


def _no_due(self: object, after: date) -> None:
    """``None``: this deadline never falls due on a day."""


def _no_occurrences(self: object, start: date, end: date) -> tuple[date, ...]:  # noqa: ARG001
    """``()``: this deadline never falls due on a day."""
    return ()


def _open_status(self: object, as_of: date, done_on: date | None = None) -> TaskStatus:  # noqa: ARG001
    """In progress on *as_of* until *done_on*, then done on time: it cannot be late."""
    if done_on is not None and done_on <= as_of:
        return TaskStatus.HOAN_THANH_DUNG_HAN
    return TaskStatus.DANG_THUC_HIEN


@frozen
class _Rule:
    """One RFC 5545 rule: a frequency and the due days it picks."""

    freq: Literal[0, 1]
    """``dateutil.rrule.YEARLY`` or ``MONTHLY``."""
    bymonth: tuple[int, ...] | None
    bymonthday: int

    def __str__(self) -> str:
        name = "YEARLY" if self.freq == YEARLY else "MONTHLY"
        parts = [f"FREQ={name}"]
        if self.bymonth is not None:
            parts.append("BYMONTH=" + ",".join(map(str, self.bymonth)))
        parts.append(f"BYMONTHDAY={self.bymonthday}")
        return ";".join(parts)


class _Recurring(Protocol):
    """A deadline that falls due again and again."""

    @property
    def since(self) -> int | None: ...  # pragma: no cover - protocol

    @property
    def start(self) -> date | None: ...  # pragma: no cover - protocol

    def _rules(self) -> tuple[_Rule, ...]: ...  # pragma: no cover - protocol


def _rule_set(self: _Recurring, first_year: int) -> rruleset:
    """The occurrences from January of *first_year* (or of ``since``, if later)."""
    year = first_year if self.since is None else max(first_year, self.since)
    begin = datetime(year, 1, 1)  # noqa: DTZ001 - calendar days, no time zone
    rules = rruleset(cache=False)
    for rule in self._rules():
        rules.rrule(
            rrule(
                rule.freq,
                dtstart=begin,
                bymonth=rule.bymonth,
                bymonthday=rule.bymonthday,
            )
        )
    return rules


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)  # noqa: DTZ001 - calendar days


def _recurring_next_due(self: _Recurring, after: date) -> date | None:
    """The first due day strictly after *after*.

    Returns:
        A date; never ``None``, since the deadline recurs for ever.
    """
    found = _rule_set(self, after.year).after(_at(after), inc=False)
    return None if found is None else found.date()


def _recurring_occurrences(
    self: _Recurring, start: date, end: date
) -> tuple[date, ...]:
    """Due days from *start* to *end*, both inclusive, in order."""
    if end < start:
        return ()
    found = _rule_set(self, start.year).between(_at(start), _at(end), inc=True)
    return tuple(d.date() for d in found)


def _recurring_status(
    self: _Recurring, as_of: date, done_on: date | None = None
) -> TaskStatus:
    """Where the latest round stands on *as_of*, if done on *done_on* (or not at all).

    The round judged is the latest occurrence strictly before *as_of*; its
    period opened the day after the occurrence before it.  Done in that
    period by the due day: done on time; later: done late; not done in it:
    overdue.  Before any occurrence: not yet due before ``start``, else in
    progress.
    """
    # Two years back always holds two occurrences of a yearly rule.
    rules = _rule_set(self, as_of.year - 2)
    prev = rules.before(_at(as_of), inc=False)
    if prev is None:
        start = self.start
        if start is not None and as_of < start:
            return TaskStatus.CHUA_DEN_HAN
        return TaskStatus.DANG_THUC_HIEN
    earlier = rules.before(prev, inc=False)
    opened = (earlier.date() + _DAY) if earlier is not None else self.start
    if (
        done_on is not None
        and done_on <= as_of
        and (opened is None or opened <= done_on)
    ):
        if done_on <= prev.date():
            return TaskStatus.HOAN_THANH_DUNG_HAN
        return TaskStatus.HOAN_THANH_QUA_HAN
    return TaskStatus.QUA_HAN


def _recurring_rrule(self: _Recurring) -> str:
    """RFC 5545 text: ``DTSTART`` when the recurrence has a first year, then rules.

    Read it back with ``dateutil.rrule.rrulestr(text, forceset=True,
    dtstart=...)``; the ``dtstart`` argument only matters without ``since``.
    """
    lines = [] if self.since is None else [f"DTSTART;VALUE=DATE:{self.since:04d}0101"]
    lines.extend(f"RRULE:{rule}" for rule in self._rules())
    return "\n".join(lines)


class _Based(Protocol):
    """A recurrence that can say itself without its first year."""

    @property
    def since(self) -> int | None: ...  # pragma: no cover - protocol

    def _base(self) -> str: ...  # pragma: no cover - protocol


def _recurring_str(self: _Based) -> str:
    if self.since is None:
        return self._base()
    return f"{self._base()}, {_SINCE_TEXT.format(self.since)}"


def _since_start(self: _Recurring) -> date | None:
    return None if self.since is None else date(self.since, 1, 1)


_SINCE_TEXT: Final = "từ năm {}"


# --- one-off windows -----------------------------------------------------------


class YearPart(enum.Enum):
    """Part of a year a deadline names (*đầu năm*, *cuối năm*).

    >>> YearPart.CUOI_NAM.months
    (10, 12)
    """

    DAU_NAM = "Đầu năm"  # early in the year: its first quarter
    CUOI_NAM = "Cuối năm"  # late in the year: its last quarter

    @property
    def months(self) -> tuple[int, int]:
        """First and last month of the part."""
        return (1, 3) if self is YearPart.DAU_NAM else (10, 12)


class MonthPart(enum.Enum):
    """Part of a month a deadline names (*thượng tuần*, *cuối tháng* ...).

    The three ten-day periods (*tuần* here is a ten-day *decade*, not a week)
    and their everyday names cover the same days.

    >>> MonthPart.HA_TUAN.days
    (21, 31)
    """

    THUONG_TUAN = "Thượng tuần"  # first ten days
    TRUNG_TUAN = "Trung tuần"  # middle ten days
    HA_TUAN = "Hạ tuần"  # last days, from the 21st
    DAU_THANG = "Đầu tháng"  # early in the month: the first ten days
    GIUA_THANG = "Giữa tháng"  # mid-month: the 11th to the 20th
    CUOI_THANG = "Cuối tháng"  # late in the month: from the 21st

    @property
    def days(self) -> tuple[int, int]:
        """First and last day of the part; 31 stands for the month's last day."""
        if self in {MonthPart.THUONG_TUAN, MonthPart.DAU_THANG}:
            return (1, 10)
        if self in {MonthPart.TRUNG_TUAN, MonthPart.GIUA_THANG}:
            return (11, 20)
        return (21, 31)


_MONTH_PART_KEYS: Final = {key(p.value.split()[0]): p for p in MonthPart} | {
    key(p.value): p for p in MonthPart
}
_YEAR_PART_KEYS: Final = {key(p.value.split()[0]): p for p in YearPart}


def _parse_as(cls: type[_T], text: str, expected: str) -> _T:
    """Read *text* strictly as a *cls*, or raise a ParseError saying *expected*."""
    value = read_deadline(text, strict=True)
    if not isinstance(value, cls):
        msg = f"expected {expected}"
        raise ParseError(msg, text, (0, len(text)))
    return value


@frozen(repr=False)
class InYear:
    """Due within a year (*trong năm 2021*), or early or late in it (*cuối năm 2022*).

    >>> d = InYear.parse("Cuối năm 2022")
    >>> d, d.start, d.end
    (InYear.parse('Cuối năm 2022'), datetime.date(2022, 10, 1), datetime.date(2022, 12, 31))
    >>> str(InYear(2021)), InYear(2021).to_edtf()
    ('Năm 2021', '2021')
    """

    year: int = field(validator=_YEARS)
    part: YearPart | None = None
    """Early or late in the year; ``None`` for the whole year."""

    is_recurring: ClassVar[bool] = False

    @property
    def start(self) -> date:
        """First day of the window."""
        first = 1 if self.part is None else self.part.months[0]
        return date(self.year, first, 1)

    @property
    def end(self) -> date:
        """Last day of the window."""
        last = 12 if self.part is None else self.part.months[1]
        return _month_end(self.year, last)

    next_due = _window_next_due
    occurrences = _window_occurrences
    status = _window_status
    to_rrule = _no_rrule
    __repr__ = _repr

    def to_edtf(self) -> str:
        """EDTF: ``2021``, or a quarter (``2022-36``) for part of the year."""
        if self.part is None:
            return f"{self.year:04d}"
        return f"{self.year:04d}-{33 if self.part is YearPart.DAU_NAM else 36}"

    def __str__(self) -> str:
        part = "Năm" if self.part is None else self.part.value
        return f"{part} {self.year}"

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read ``Năm 2021``, ``2021``, ``trong năm 2021``, ``Cuối năm 2022``.

        Raises:
            ParseError: *text* is not a year.
        """
        return _parse_as(cls, text, "a year such as 'Năm 2021' or 'Cuối năm 2022'")


@frozen(repr=False, kw_only=True)
class InYearSpan:
    """Due within a span of years (*giai đoạn 2021 - 2025*), by the end of the last.

    >>> d = InYearSpan.parse("Giai đoạn 2021 \u2013 2025")
    >>> d, d.end, d.to_edtf()
    (InYearSpan.parse('2021 - 2025'), datetime.date(2025, 12, 31), '2021/2025')
    """

    first: int = field()
    last: int = field()

    @last.validator
    def _check(self, _: Attribute[int], last: int) -> None:
        # The fields' checks folded into one (see _check_fields).
        try:
            first = self.first
            if 1945 <= first <= 2100 and first < last <= 2100:  # noqa: PLR2004
                return
        except TypeError:
            pass
        _check_fields(self, (_YEARS, InYearSpan._check_last))

    def _check_last(self, attribute: Attribute[int], last: int) -> None:
        _YEARS(self, attribute, last)
        if last <= self.first:
            msg = f"the last year must come after the first, got {self.first} - {last}"
            raise ValueError(msg)

    is_recurring: ClassVar[bool] = False

    @property
    def start(self) -> date:
        """1 January of the first year."""
        return date(self.first, 1, 1)

    @property
    def end(self) -> date:
        """31 December of the last year."""
        return date(self.last, 12, 31)

    next_due = _window_next_due
    occurrences = _window_occurrences
    status = _window_status
    to_rrule = _no_rrule
    __repr__ = _repr

    def to_edtf(self) -> str:
        """EDTF interval of years: ``2021/2025``."""
        return f"{self.first:04d}/{self.last:04d}"

    def __str__(self) -> str:
        return f"{self.first} - {self.last}"

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read ``2021 - 2022``, ``2020-2021``, ``Giai đoạn 2021 - 2025``.

        Raises:
            ParseError: *text* is not a span of years.
        """
        return _parse_as(cls, text, "a span of years such as '2021 - 2025'")


@frozen(repr=False)
class InHalf:
    """Due within a half year (*6 tháng đầu năm 2022*, *6 tháng cuối năm 2024*).

    >>> d = InHalf.parse("6 tháng đầu năm 2022")
    >>> d, d.end, d.to_edtf()
    (InHalf.parse('6 tháng đầu năm 2022'), datetime.date(2022, 6, 30), '2022-40')
    """

    year: int = field()
    half: int = field(validator=_year_and_between(1, 2))
    """1 for the first half (*đầu năm*), 2 for the second (*cuối năm*)."""

    is_recurring: ClassVar[bool] = False

    @property
    def start(self) -> date:
        """1 January or 1 July."""
        return date(self.year, 6 * self.half - 5, 1)

    @property
    def end(self) -> date:
        """30 June or 31 December."""
        return _month_end(self.year, 6 * self.half)

    next_due = _window_next_due
    occurrences = _window_occurrences
    status = _window_status
    to_rrule = _no_rrule
    __repr__ = _repr

    def to_edtf(self) -> str:
        """EDTF semester: ``2022-40`` (first half) or ``2022-41``."""
        return f"{self.year:04d}-{39 + self.half}"

    def __str__(self) -> str:
        return f"6 tháng {'đầu' if self.half == 1 else 'cuối'} năm {self.year}"

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read ``6 tháng đầu năm 2022``, ``sáu tháng cuối năm 2024``.

        Raises:
            ParseError: *text* is not a half year.
        """
        return _parse_as(cls, text, "a half year such as '6 tháng đầu năm 2022'")


@frozen(repr=False)
class InQuarter:
    """Due within a quarter (*Quý II/2021*).

    >>> d = InQuarter.parse("quý 2/2022")
    >>> d, d.start, d.end, d.to_edtf()
    (InQuarter.parse('Quý II/2022'), datetime.date(2022, 4, 1), datetime.date(2022, 6, 30), '2022-34')
    """

    year: int = field()
    quarter: int = field(validator=_year_and_between(1, 4))

    is_recurring: ClassVar[bool] = False

    @property
    def start(self) -> date:
        """First day of the quarter."""
        return date(self.year, 3 * self.quarter - 2, 1)

    @property
    def end(self) -> date:
        """Last day of the quarter."""
        return _month_end(self.year, 3 * self.quarter)

    next_due = _window_next_due
    occurrences = _window_occurrences
    status = _window_status
    to_rrule = _no_rrule
    __repr__ = _repr

    def to_edtf(self) -> str:
        """EDTF quarter: ``2021-33`` for the first, up to ``2021-36``."""
        return f"{self.year:04d}-{32 + self.quarter}"

    def __str__(self) -> str:
        return f"Quý {_ROMAN[self.quarter - 1]}/{self.year}"

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read ``Quý I/2021``, ``Quý IV năm 2023``, ``quý 2/2022``.

        Raises:
            ParseError: *text* is not a quarter.
        """
        return _parse_as(cls, text, "a quarter such as 'Quý I/2021'")


@frozen(repr=False)
class InMonth:
    """Due within a month (*tháng 6/2021*), or a part of it (*hạ tuần tháng 5/2022*).

    >>> d = InMonth.parse("Thượng tuần tháng 4/2022")
    >>> d, d.start, d.end
    (InMonth.parse('Thượng tuần tháng 4/2022'), datetime.date(2022, 4, 1), datetime.date(2022, 4, 10))
    >>> InMonth.parse("trong tháng 11-2022").to_edtf()
    '2022-11'
    """

    year: int = field()
    month: int = field(validator=_year_and_between(1, 12))
    part: MonthPart | None = None
    """The ten days, or early, mid or late month; ``None`` for the whole month."""

    is_recurring: ClassVar[bool] = False

    @property
    def start(self) -> date:
        """First day of the window."""
        return date(
            self.year, self.month, 1 if self.part is None else self.part.days[0]
        )

    @property
    def end(self) -> date:
        """Last day of the window."""
        last = _month_end(self.year, self.month)
        if self.part is None:
            return last
        return last.replace(day=min(self.part.days[1], last.day))

    next_due = _window_next_due
    occurrences = _window_occurrences
    status = _window_status
    to_rrule = _no_rrule
    __repr__ = _repr

    def to_edtf(self) -> str:
        """EDTF: ``2021-06``, or an interval of days for part of the month."""
        if self.part is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def __str__(self) -> str:
        month = f"{self.month}/{self.year}"
        if self.part is None:
            return f"Tháng {month}"
        # "Đầu tháng" already says "tháng"; "Thượng tuần" needs it added.
        part = self.part.value
        return f"{part} {month}" if part.endswith("tháng") else f"{part} tháng {month}"

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read ``Tháng 6/2021``, ``tháng 6 năm 2021``, ``Hạ tuần tháng 5/2022``.

        Raises:
            ParseError: *text* is not a month or part of one.
        """
        return _parse_as(cls, text, "a month such as 'Tháng 6/2021'")


@frozen(repr=False, kw_only=True)
class InMonthSpan:
    """Due within a span of months (*từ tháng 3/2022 đến tháng 5/2022*).

    >>> d = InMonthSpan.parse("từ tháng 11 đến tháng 2/2023")
    >>> d, d.start, d.end
    (InMonthSpan.parse('Từ tháng 11/2022 đến tháng 2/2023'), datetime.date(2022, 11, 1), datetime.date(2023, 2, 28))
    """

    first_year: int = field()
    first_month: int = field()
    last_year: int = field()
    last_month: int = field()

    @last_month.validator
    def _check(self, _: Attribute[int], last_month: int) -> None:
        # The fields' checks folded into one (see _check_fields).
        try:
            first_year, first_month, last_year = (
                self.first_year,
                self.first_month,
                self.last_year,
            )
            if (
                1945 <= first_year <= 2100  # noqa: PLR2004
                and 1 <= first_month <= 12  # noqa: PLR2004
                and 1945 <= last_year <= 2100  # noqa: PLR2004
                and 1 <= last_month <= 12  # noqa: PLR2004
                and (last_year, last_month) > (first_year, first_month)
            ):
                return
        except TypeError:
            pass
        _check_fields(self, (_YEARS, _MONTHS, _YEARS, InMonthSpan._check_order))

    def _check_order(self, attribute: Attribute[int], last_month: int) -> None:
        _MONTHS(self, attribute, last_month)
        if (self.last_year, last_month) <= (self.first_year, self.first_month):
            msg = "the last month must come after the first"
            raise ValueError(msg)

    is_recurring: ClassVar[bool] = False

    @property
    def start(self) -> date:
        """First day of the first month."""
        return date(self.first_year, self.first_month, 1)

    @property
    def end(self) -> date:
        """Last day of the last month."""
        return _month_end(self.last_year, self.last_month)

    next_due = _window_next_due
    occurrences = _window_occurrences
    status = _window_status
    to_rrule = _no_rrule
    __repr__ = _repr

    def to_edtf(self) -> str:
        """EDTF interval of months: ``2022-03/2022-05``."""
        return (
            f"{self.first_year:04d}-{self.first_month:02d}"
            f"/{self.last_year:04d}-{self.last_month:02d}"
        )

    def __str__(self) -> str:
        return (
            f"Từ tháng {self.first_month}/{self.first_year}"
            f" đến tháng {self.last_month}/{self.last_year}"
        )

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read ``Từ tháng 3/2022 đến tháng 5/2022``, ``từ tháng 3 đến tháng 5/2022``.

        Raises:
            ParseError: *text* is not a span of months.
        """
        return _parse_as(cls, text, "months such as 'Từ tháng 3/2022 đến tháng 5/2022'")


def _check_day_year(instance: ByDate, attribute: Attribute[date], day: date) -> None:
    del instance, attribute
    if not 1945 <= day.year <= 2100:  # noqa: PLR2004 - the same range as _YEARS
        msg = f"'day' must be in the years 1945 to 2100: {day}"
        raise ValueError(msg)


@frozen(repr=False)
class ByDate:
    """Due by a day, inclusive (*trước ngày 30/6/2021*); no start.

    ``ngày 30/6/2021``, ``30/6/2021`` and ``Trước 30/6/2021`` all mean this.

    >>> d = ByDate.parse("trước ngày 30/6/2021")
    >>> d, d.start, d.end, d.to_edtf()
    (ByDate.parse('Trước ngày 30/6/2021'), None, datetime.date(2021, 6, 30), '../2021-06-30')
    """

    day: date = field(validator=_check_day_year)

    is_recurring: ClassVar[bool] = False

    @property
    def start(self) -> None:
        """``None``: a task due *by* a day may start any time."""

    @property
    def end(self) -> date:
        """The day itself."""
        return self.day

    next_due = _window_next_due
    occurrences = _window_occurrences
    status = _window_status
    to_rrule = _no_rrule
    __repr__ = _repr

    def to_edtf(self) -> str:
        """EDTF open interval: ``../2021-06-30``."""
        return f"../{self.day.isoformat()}"

    def __str__(self) -> str:
        return f"Trước ngày {self.day.day}/{self.day.month}/{self.day.year}"

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read ``30/6/2021``, ``ngày 30/6/2021``, ``trước ngày 30/6/2021``.

        Raises:
            ParseError: *text* is not a day.
        """
        return _parse_as(cls, text, "a day such as 'Trước ngày 30/6/2021'")


@frozen(repr=False)
class ByYear:
    """Due by the end of a year, with no start (*đến năm 2030*).

    >>> d = ByYear.parse("Đến hết năm 2025")
    >>> d, d.end, d.to_edtf()
    (ByYear.parse('Đến năm 2025'), datetime.date(2025, 12, 31), '../2025')
    """

    year: int = field(validator=_YEARS)

    is_recurring: ClassVar[bool] = False

    @property
    def start(self) -> None:
        """``None``: the work may start any time."""

    @property
    def end(self) -> date:
        """31 December of the year."""
        return date(self.year, 12, 31)

    next_due = _window_next_due
    occurrences = _window_occurrences
    status = _window_status
    to_rrule = _no_rrule
    __repr__ = _repr

    def to_edtf(self) -> str:
        """EDTF open interval: ``../2030``."""
        return f"../{self.year:04d}"

    def __str__(self) -> str:
        return f"Đến năm {self.year}"

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read ``Đến năm 2030``, ``đến hết năm 2025``.

        Raises:
            ParseError: *text* is not a year to finish by.
        """
        return _parse_as(cls, text, "a year to finish by such as 'Đến năm 2030'")


# --- recurring deadlines -------------------------------------------------------


# Days in each month of a non-leap year: 29 February would be skipped three
# years in four, so it is not a day of every year.
_MONTH_DAYS: Final = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _check_yearly_day(instance: Yearly, _: Attribute[int], day: int) -> None:
    # A table rather than building a date: this runs for every phrase read.
    month = instance.month
    if not (1 <= month <= 12 and 1 <= day <= _MONTH_DAYS[month]):  # noqa: PLR2004
        msg = f"{day}/{month} is not a day of every year"
        raise ValueError(msg)


@frozen(repr=False, kw_only=True)
class Yearly:
    """Due every year (*hằng năm*), by 31 December or by a given day.

    *since* is the first year (*từ năm 2022 và các năm tiếp theo*).

    >>> d = Yearly.parse("trước ngày 15/12 hằng năm")
    >>> d, d.next_due(date(2023, 12, 15)), d.to_rrule()
    (Yearly.parse('Trước ngày 15/12 hằng năm'), datetime.date(2024, 12, 15), 'RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15')
    >>> Yearly.parse("Từ năm 2022 và các năm tiếp theo").start
    datetime.date(2022, 1, 1)
    """

    month: int = field(default=12)
    day: int = field(default=31)
    since: int | None = field(default=None)

    @since.validator
    def _check(self, _: Attribute[int | None], since: int | None) -> None:
        # The fields' checks folded into one (see _check_fields).
        try:
            month = self.month
            if (
                1 <= month <= 12  # noqa: PLR2004
                and 1 <= self.day <= _MONTH_DAYS[month]
                and (since is None or 1945 <= since <= 2100)  # noqa: PLR2004
            ):
                return
        except (TypeError, IndexError):
            pass
        _check_fields(self, (_MONTHS, _check_yearly_day, _YEARS))

    is_recurring: ClassVar[bool] = True
    end: ClassVar[None] = None

    @property
    def start(self) -> date | None:
        """1 January of *since*, or ``None``."""
        return _since_start(self)

    next_due = _recurring_next_due
    occurrences = _recurring_occurrences
    status = _recurring_status
    to_rrule = _recurring_rrule
    to_edtf = _no_edtf
    __repr__ = _repr

    def _rules(self) -> tuple[_Rule, ...]:
        return (_Rule(YEARLY, (self.month,), self.day),)

    def _base(self) -> str:
        if (self.month, self.day) == (12, 31):
            return "Hằng năm"
        return f"Trước ngày {self.day}/{self.month} hằng năm"

    def __str__(self) -> str:
        if self.since is None:
            return self._base()
        if (self.month, self.day) == (12, 31):
            return f"Từ năm {self.since} và các năm tiếp theo"
        return f"{self._base()}, {_SINCE_TEXT.format(self.since)}"

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read ``Hằng năm``, ``hàng năm``, ``trước ngày 15/12 hằng năm`` ...

        Raises:
            ParseError: *text* is not a yearly deadline.
        """
        return _parse_as(cls, text, "a yearly deadline such as 'Hằng năm'")


@frozen(repr=False, kw_only=True)
class HalfYearly:
    """Due every six months (*định kỳ 6 tháng*): by 30 June and 31 December.

    >>> d = HalfYearly.parse("Định kỳ 6 tháng")
    >>> d, d.occurrences(date(2022, 1, 1), date(2022, 12, 31))
    (HalfYearly.parse('Định kỳ 6 tháng'), (datetime.date(2022, 6, 30), datetime.date(2022, 12, 31)))
    """

    since: int | None = field(default=None, validator=_YEARS)

    is_recurring: ClassVar[bool] = True
    end: ClassVar[None] = None

    @property
    def start(self) -> date | None:
        """1 January of *since*, or ``None``."""
        return _since_start(self)

    next_due = _recurring_next_due
    occurrences = _recurring_occurrences
    status = _recurring_status
    to_rrule = _recurring_rrule
    to_edtf = _no_edtf
    __repr__ = _repr

    def _rules(self) -> tuple[_Rule, ...]:
        return (_Rule(YEARLY, (6, 12), -1),)

    def _base(self) -> str:
        return "Định kỳ 6 tháng"

    __str__ = _recurring_str

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read ``Định kỳ 6 tháng``, ``6 tháng một lần``.

        Raises:
            ParseError: *text* is not a half-yearly deadline.
        """
        return _parse_as(cls, text, "a half-yearly deadline such as 'Định kỳ 6 tháng'")


@frozen(repr=False, kw_only=True)
class Quarterly:
    """Due every quarter (*hằng quý*), by its last day.

    >>> d = Quarterly.parse("Hàng quý")
    >>> d, d.next_due(date(2022, 4, 1)), d.to_rrule()
    (Quarterly.parse('Hằng quý'), datetime.date(2022, 6, 30), 'RRULE:FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1')
    """

    since: int | None = field(default=None, validator=_YEARS)

    is_recurring: ClassVar[bool] = True
    end: ClassVar[None] = None

    @property
    def start(self) -> date | None:
        """1 January of *since*, or ``None``."""
        return _since_start(self)

    next_due = _recurring_next_due
    occurrences = _recurring_occurrences
    status = _recurring_status
    to_rrule = _recurring_rrule
    to_edtf = _no_edtf
    __repr__ = _repr

    def _rules(self) -> tuple[_Rule, ...]:
        return (_Rule(YEARLY, (3, 6, 9, 12), -1),)

    def _base(self) -> str:
        return "Hằng quý"

    __str__ = _recurring_str

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read ``Hằng quý``, ``hàng quý``, ``định kỳ hằng quý``.

        Raises:
            ParseError: *text* is not a quarterly deadline.
        """
        return _parse_as(cls, text, "a quarterly deadline such as 'Hằng quý'")


@frozen(repr=False, kw_only=True)
class Monthly:
    """Due every month (*hằng tháng*), by its last day or by a given day.

    >>> d = Monthly.parse("trước ngày 20 hằng tháng")
    >>> d, d.next_due(date(2022, 1, 20))
    (Monthly.parse('Trước ngày 20 hằng tháng'), datetime.date(2022, 2, 20))
    """

    day: int | None = field(default=None, validator=_between(1, 28))
    """Due day, 1 to 28 so that every month has it; ``None`` for the last day."""
    since: int | None = field(default=None, validator=_YEARS)

    is_recurring: ClassVar[bool] = True
    end: ClassVar[None] = None

    @property
    def start(self) -> date | None:
        """1 January of *since*, or ``None``."""
        return _since_start(self)

    next_due = _recurring_next_due
    occurrences = _recurring_occurrences
    status = _recurring_status
    to_rrule = _recurring_rrule
    to_edtf = _no_edtf
    __repr__ = _repr

    def _rules(self) -> tuple[_Rule, ...]:
        return (_Rule(MONTHLY, None, -1 if self.day is None else self.day),)

    def _base(self) -> str:
        if self.day is None:
            return "Hằng tháng"
        return f"Trước ngày {self.day} hằng tháng"

    __str__ = _recurring_str

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read ``Hằng tháng``, ``trước ngày 20 hằng tháng``.

        Raises:
            ParseError: *text* is not a monthly deadline.
        """
        return _parse_as(cls, text, "a monthly deadline such as 'Hằng tháng'")


Recurrence: TypeAlias = Monthly | Quarterly | HalfYearly | Yearly
"""A deadline that recurs on its own; :class:`Recurrences` combines them."""


@frozen(repr=False, kw_only=True)
class Recurrences:
    """Several recurrences at once (*định kỳ hằng quý và hằng năm*).

    One optional field per kind; at least two are set, and they share their
    first year.  A task is due on every part's days.

    >>> d = Recurrences.parse("Định kỳ hằng quý và hằng năm")
    >>> d, d.parts
    (Recurrences.parse('Hằng quý và hằng năm'), (Quarterly.parse('Hằng quý'), Yearly.parse('Hằng năm')))
    >>> d == Recurrences(quarterly=Quarterly(), yearly=Yearly())
    True
    """

    monthly: Monthly | None = None
    quarterly: Quarterly | None = None
    half_yearly: HalfYearly | None = None
    yearly: Yearly | None = field(default=None)

    @yearly.validator
    def _check_parts(self, _: Attribute[Yearly | None], __: Yearly | None) -> None:
        parts = self.parts
        if len(parts) < 2:  # noqa: PLR2004
            msg = f"a combination needs at least two recurrences, got {len(parts)}"
            raise ValueError(msg)
        if len({p.since for p in parts}) != 1:
            msg = "the recurrences must share their first year"
            raise ValueError(msg)

    @property
    def parts(self) -> tuple[Recurrence, ...]:
        """The recurrences that are set, monthly first and yearly last."""
        found = (self.monthly, self.quarterly, self.half_yearly, self.yearly)
        # A list comprehension: a generator costs more for four items.
        return tuple([p for p in found if p is not None])

    is_recurring: ClassVar[bool] = True
    end: ClassVar[None] = None

    @property
    def since(self) -> int | None:
        """The first year the parts share, or ``None``."""
        return self.parts[0].since

    @property
    def start(self) -> date | None:
        """1 January of *since*, or ``None``."""
        return _since_start(self)

    next_due = _recurring_next_due
    occurrences = _recurring_occurrences
    status = _recurring_status
    to_rrule = _recurring_rrule
    to_edtf = _no_edtf
    __repr__ = _repr

    def _rules(self) -> tuple[_Rule, ...]:
        return tuple(rule for part in self.parts for rule in part._rules())  # noqa: SLF001

    def __str__(self) -> str:
        bases = [part._base() for part in self.parts]  # noqa: SLF001
        text = " và ".join([bases[0], *map(_lower_first, bases[1:])])
        if self.since is None:
            return text
        return f"{text}, {_SINCE_TEXT.format(self.since)}"

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read ``Hằng quý và hằng năm``, ``Định kỳ 6 tháng, hằng năm``.

        Raises:
            ParseError: *text* is not a combination of recurrences.
        """
        return _parse_as(cls, text, "recurrences such as 'Hằng quý và hằng năm'")


# --- no date ---------------------------------------------------------------------


@frozen(repr=False)
class Ongoing:
    """Continuous work, with no due day (*thường xuyên*, *thường xuyên, liên tục*).

    >>> d = Ongoing.parse("Thường xuyên, liên tục")
    >>> d, d.end, d.status(date(2030, 1, 1))
    (Ongoing.parse('Thường xuyên'), None, <TaskStatus.DANG_THUC_HIEN: 'in_progress'>)
    """

    is_recurring: ClassVar[bool] = False
    start: ClassVar[None] = None
    end: ClassVar[None] = None

    next_due = _no_due
    occurrences = _no_occurrences
    status = _open_status
    to_rrule = _no_rrule
    to_edtf = _no_edtf
    __repr__ = _repr

    def __str__(self) -> str:
        return "Thường xuyên"

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read ``Thường xuyên``, ``Thường xuyên, liên tục``.

        Raises:
            ParseError: *text* is not continuous work.
        """
        return _parse_as(cls, text, "continuous work such as 'Thường xuyên'")


def _clean(text: str) -> str:
    return " ".join(normalize(text).split())


def _check_unreadable(instance: Unspecified, _: Attribute[str], text: str) -> None:
    del instance
    if not text:
        msg = "an unspecified deadline needs its text, got a blank"
        raise ValueError(msg)
    if (value := read_deadline(text)) is not None:
        msg = f"{text!r} reads as {value!r}; use that instead"
        raise ValueError(msg)


@frozen(repr=False)
class Unspecified:
    """A phrase that names no time kttt can read (*theo tiến độ*); the text is kept.

    The text is normalized (:func:`kttt.normalize`, single spaces) and must
    not read as another deadline: that is what keeps ``str()`` reversible.

    >>> d = Unspecified("Theo tiến độ  của dự án")
    >>> d, d.next_due(date(2022, 1, 1)), d.status(date(2030, 1, 1))
    (Unspecified.parse('Theo tiến độ của dự án'), None, <TaskStatus.DANG_THUC_HIEN: 'in_progress'>)
    """

    text: str = field(converter=_clean, validator=_check_unreadable)

    is_recurring: ClassVar[bool] = False
    start: ClassVar[None] = None
    end: ClassVar[None] = None

    next_due = _no_due
    occurrences = _no_occurrences
    status = _open_status
    to_rrule = _no_rrule
    to_edtf = _no_edtf
    __repr__ = _repr

    def __str__(self) -> str:
        return self.text

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Keep *text* as an unreadable phrase; the inverse of ``str()``.

        Raises:
            ParseError: *text* is blank, or reads as another deadline.
        """
        clean = _clean(text)
        if not clean or read_deadline(clean) is not None:
            msg = "expected a phrase that names no time, such as 'Theo tiến độ'"
            raise ParseError(msg, text, (0, len(text)))
        return cls(clean)


def _unreadable(text: str) -> Unspecified:
    """``Unspecified(text)`` for a *text* that :func:`read_deadline` just read as ``None``.

    The validator reads the cleaned text again; when cleaning leaves *text* as
    it was (most phrases: already normalized, single spaces), that reading is
    the one the caller has just done, so it is skipped.  Any other text goes
    through the public constructor.  For :func:`kttt.parse_deadline` only.

    Raises:
        ValueError: *text* is blank.
    """
    if not text or _clean(text) != text:
        return Unspecified(text)
    value = object.__new__(Unspecified)
    # Frozen: attrs' own __setattr__ refuses, the slot takes it.
    object.__setattr__(value, "text", text)
    return value


Deadline: TypeAlias = (
    InYear
    | InYearSpan
    | InHalf
    | InQuarter
    | InMonth
    | InMonthSpan
    | ByDate
    | ByYear
    | Yearly
    | HalfYearly
    | Quarterly
    | Monthly
    | Recurrences
    | Ongoing
    | Unspecified
)
"""When a task is due (*thời gian hoàn thành*): one of the classes above."""


def due_key(
    deadline: Deadline, *, after: date | None = None
) -> tuple[int, date, date, str]:
    """Sort key that orders deadlines by when they fall due.

    Windows sort by their last day, then their first; with *after*, recurring
    deadlines sort by their next due day after it, and without it they come
    after every window.  Continuous work comes next, unreadable phrases last.
    The canonical text breaks ties, so the order is total.

    >>> names = ["Thường xuyên", "Hằng năm", "2021 - 2022", "Quý I/2021"]
    >>> found = [read_deadline(n) or Ongoing() for n in names] + [Unspecified("Theo tiến độ")]
    >>> [str(d) for d in sorted(found, key=due_key)]
    ['Quý I/2021', '2021 - 2022', 'Hằng năm', 'Thường xuyên', 'Theo tiến độ']
    >>> [str(d) for d in sorted(found, key=lambda d: due_key(d, after=date(2021, 1, 1)))]
    ['Quý I/2021', 'Hằng năm', '2021 - 2022', 'Thường xuyên', 'Theo tiến độ']
    """
    text = str(deadline)
    match deadline:
        case Ongoing():
            return (2, date.max, date.max, text)
        case Unspecified():
            return (3, date.max, date.max, text)
        case Yearly() | HalfYearly() | Quarterly() | Monthly() | Recurrences():
            due = None if after is None else deadline.next_due(after)
            if due is not None:
                return (0, due, due, text)
            return (1, date.max, deadline.start or date.min, text)
        case _:
            return (0, deadline.end, deadline.start or date.min, text)


# --- the grammar -------------------------------------------------------------------

# Each piece of pattern comes with the heads (first words) it can give a rule;
# see :class:`Rule`.  ``#`` and ``##`` are a one- or two-digit number,
# ``####`` a year.
_NUMBER: Final = ("#", "##")
_YEAR: Final = ("####",)
_HANG: Final = r"(?:hang|moi)"
_HANG_HEADS: Final = ("hang", "moi")
_BY: Final = r"(?:truoc|cham nhat(?: la)?|den|vao|han chot|han|toi)"
_BY_HEADS: Final = ("truoc", "cham", "den", "vao", "han", "toi")
_DAY_LEAD: Final = rf"(?:(?:{_BY} )?ngay|{_BY})"
_DAY_LEAD_HEADS: Final = (*_BY_HEADS, "ngay")
_SINCE: Final = (
    rf"(?: tu nam (?P<since>{Y})"
    r"(?: (?:va )?(?:cac|nhung) nam (?:tiep theo|sau)| tro di)?)?"
)


# Builders take the groups of their rule's pattern, by position and under
# the same names (the grammar checks); a group that did not take part is None.


def _year(text: str | None) -> int | None:
    return None if text is None else int(text)


def _quarter(text: str) -> int:
    return _ROMAN_VALUE.get(text) or int(text)


# The plain recurrences are the commonest phrases of all ("Hàng năm" in every
# row); they are immutable, so each is built and validated once and shared.
_R = TypeVar("_R", bound=Recurrence)


def _every(plain: _R) -> Callable[[str | None], _R]:
    """A builder of *plain*, or of a copy of it that starts in a given year."""
    # plain holds its class's defaults but for since, so the class called with
    # since alone is the copy; evolve() would say the same at twice the cost.
    kind = type(plain)
    if plain != kind():
        msg = f"expected a plain recurrence, got {plain!r}"
        raise ValueError(msg)

    def build(since: str | None) -> _R:
        return plain if since is None else kind(since=int(since))

    return build


def _every_year_by(d: str, m: str, since: str | None) -> Yearly:
    return Yearly(month=int(m), day=int(d), since=_year(since))


def _every_month_by(d: str, since: str | None) -> Monthly:
    return Monthly(day=int(d), since=_year(since))


def _month_span(m1: str, y1: str | None, m2: str, y2: str) -> InMonthSpan:
    first_month, last_month, last_year = int(m1), int(m2), int(y2)
    # "từ tháng 11 đến tháng 2/2023" starts in the year before.
    if y1 is not None:
        first_year = int(y1)
    else:
        first_year = last_year if first_month < last_month else last_year - 1
    return InMonthSpan(
        first_year=first_year,
        first_month=first_month,
        last_year=last_year,
        last_month=last_month,
    )


def _year_span(y1: str, y2: str) -> InYear | InYearSpan:
    first, last = int(y1), int(y2)
    if first == last:
        return InYear(first)
    return InYearSpan(first=first, last=last)


def _in_month(part: str | None, m: str, y: str) -> InMonth:
    return InMonth(int(y), int(m), None if part is None else _MONTH_PART_KEYS[part])


def _in_year(part: str | None, y: str) -> InYear:
    return InYear(int(y), None if part is None else _YEAR_PART_KEYS[part])


def _by_date(d: str, m: str, y: str) -> ByDate:
    return ByDate(date(int(y), int(m), int(d)))


_yearly = _every(Yearly())
_ONGOING: Final = Ongoing()

# Order matters: where two rules match at the same place, the earlier wins,
# so the longer and more specific rules come first.
_RULES: Final[Sequence[Rule[Deadline]]] = (
    # Recurring with a due day: "trước ngày 15/12 hằng năm", "hằng năm, trước 15/12".
    Rule(
        rf"(?:{_DAY_LEAD} )?(?P<d>{D}) (?:thang )?(?P<m>{M}) (?:cua )?{_HANG} nam{_SINCE}",
        _every_year_by,
        heads=(*_DAY_LEAD_HEADS, *_NUMBER),
    ),
    Rule(
        rf"(?:dinh ky )?{_HANG} nam {_DAY_LEAD} (?P<d>{D}) (?:thang )?(?P<m>{M})"
        rf"(?! (?:nam )?[0-9]{{4}}){_SINCE}",
        _every_year_by,
        heads=("dinh", *_HANG_HEADS),
    ),
    Rule(
        rf"(?:{_DAY_LEAD} )?(?P<d>{D}) (?:cua )?{_HANG} thang{_SINCE}",
        _every_month_by,
        heads=(*_DAY_LEAD_HEADS, *_NUMBER),
    ),
    Rule(
        rf"(?:dinh ky )?{_HANG} thang {_DAY_LEAD} (?P<d>{D})(?! (?:thang |nam )?[0-9]){_SINCE}",
        _every_month_by,
        heads=("dinh", *_HANG_HEADS),
    ),
    # "Từ năm 2022 và các năm tiếp theo".
    Rule(
        rf"(?:tu )?nam (?P<since>{Y})(?: va| tro di)? (?:cac|nhung) nam (?:tiep theo|sau)",
        _yearly,
        heads=("tu", "nam"),
    ),
    # Spans of years: "giai đoạn 2021 - 2025", "từ năm 2021 đến năm 2025", "2021 - 2022".
    Rule(
        rf"(?:(?:trong )?(?:giai doan|thoi ky) (?:tu )?(?:nam )?|tu (?:nam )?|nam )"
        rf"(?P<y1>{Y}) (?:den |toi )?(?:het )?(?:nam )?(?P<y2>{Y})",
        _year_span,
        heads=("trong", "giai", "thoi", "tu", "nam"),
    ),
    Rule(
        rf"(?P<y1>{Y}) (?:den |toi )?(?:nam )?(?P<y2>{Y})",
        _year_span,
        heads=_YEAR,
        scan=False,
    ),
    # "Từ năm 2022 (trở đi)": every year from then on.
    Rule(rf"tu nam (?P<since>{Y})(?: tro di| tro ve sau)?", _yearly, heads=("tu",)),
    # Plain recurrences: "hằng năm", "định kỳ 6 tháng", "hàng quý", "hằng tháng".
    Rule(rf"(?:dinh ky )?{_HANG} nam{_SINCE}", _yearly, heads=("dinh", *_HANG_HEADS)),
    Rule(
        rf"(?:(?:dinh ky|{_HANG}) (?:6|sau) thang(?: (?:mot|1) lan)?"
        rf"|(?:6|sau) thang (?:mot|1) lan|(?:dinh ky|{_HANG}) nua nam){_SINCE}",
        _every(HalfYearly()),
        heads=("dinh", *_HANG_HEADS, "#", "sau"),
    ),
    Rule(
        rf"(?:(?:dinh ky )?{_HANG} quy|dinh ky quy|theo quy){_SINCE}",
        _every(Quarterly()),
        heads=("dinh", *_HANG_HEADS, "theo"),
    ),
    Rule(
        rf"(?:(?:dinh ky )?{_HANG} thang|dinh ky thang){_SINCE}",
        _every(Monthly()),
        heads=("dinh", *_HANG_HEADS),
    ),
    # Halves, quarters, months.
    Rule(
        rf"(?:(?:6|sau) thang|nua) (?P<h>dau|cuoi) (?:nam )?(?P<y>{Y})",
        lambda h, y: InHalf(int(y), 1 if h == "dau" else 2),
        heads=("#", "sau", "nua"),
    ),
    Rule(
        rf"quy (?P<q>{Q}) (?:nam )?(?P<y>{Y})",
        lambda q, y: InQuarter(int(y), _quarter(q)),
        heads=("quy",),
    ),
    Rule(
        rf"(?:tu )?thang (?P<m1>{M})(?: (?:nam )?(?P<y1>{Y}))? (?:den |toi )?(?:het )?"
        rf"(?:thang )?(?P<m2>{M}) (?:nam )?(?P<y2>{Y})",
        _month_span,
        heads=("tu", "thang"),
    ),
    Rule(
        rf"(?:(?P<part>thuong tuan|trung tuan|ha tuan|dau|giua|cuoi) )?"
        rf"thang (?P<m>{M}) (?:nam )?(?P<y>{Y})",
        _in_month,
        heads=("thuong", "trung", "ha", "dau", "giua", "cuoi", "thang"),
    ),
    Rule(
        rf"(?P<m>{M}) (?P<y>{Y})",
        lambda m, y: InMonth(int(y), int(m)),
        heads=_NUMBER,
        scan=False,
    ),
    # By a year or a day.
    Rule(
        rf"(?:den|toi) (?:het )?nam (?P<y>{Y})",
        lambda y: ByYear(int(y)),
        heads=("den", "toi"),
    ),
    Rule(
        rf"truoc nam (?P<y>{Y})",
        lambda y: ByDate(date(int(y) - 1, 12, 31)),
        heads=("truoc",),
    ),
    Rule(
        rf"{_BY} (?:ngay )?(?P<d>{D}) (?:thang )?(?P<m>{M}) (?:nam )?(?P<y>{Y})",
        _by_date,
        heads=_BY_HEADS,
    ),
    Rule(
        rf"(?:ngay )?(?P<d>{D}) (?:thang )?(?P<m>{M}) (?:nam )?(?P<y>{Y})",
        _by_date,
        heads=("ngay", *_NUMBER),
        scan=False,
    ),
    # Years: "năm 2021", "cuối năm 2022", and a bare "2021" as a whole cell.
    Rule(
        rf"(?:(?P<part>dau|cuoi) )?nam (?P<y>{Y})",
        _in_year,
        heads=("dau", "cuoi", "nam"),
    ),
    Rule(rf"(?P<y>{Y})", lambda y: InYear(int(y)), heads=_YEAR, scan=False),
    # Continuous work.
    Rule(
        r"thuong xuyen(?: lien tuc)?|lien tuc",
        lambda: _ONGOING,
        heads=("thuong", "lien"),
    ),
)

_GRAMMAR: Final = Grammar(_RULES)
# Every rule holds a digit or one of these words; text without them (most
# unreadable phrases) is not scanned.
_ANCHOR: Final = re.compile(r"[0-9]|nam|quy|thang|thuong|lien")
_JOIN: Final = frozenset({"", "va", "dinh ky", "bao cao"})
# The commonest combinations, "định kỳ hằng quý và hằng năm" and its
# spellings, by their whole key: scanning finds and merges their parts to the
# same values, at four times the cost.  Exact keys, not a rule, so that
# nothing else (a filler word before them, a first year after) reads
# differently than the scan would read it.
_COMBINATIONS: Final[dict[str, Recurrences]] = {
    f"{lead}{h1} {kind} va {h2} nam": value
    for kind, value in (
        ("quy", Recurrences(quarterly=Quarterly(), yearly=Yearly())),
        ("thang", Recurrences(monthly=Monthly(), yearly=Yearly())),
    )
    for lead in ("", "dinh ky ")
    for h1 in ("hang", "moi")
    for h2 in ("hang", "moi")
}
_RECURRENCE: Final = (Yearly, HalfYearly, Quarterly, Monthly)
_PART_NAMES: Final[dict[type, str]] = {
    Monthly: "monthly",
    Quarterly: "quarterly",
    HalfYearly: "half_yearly",
    Yearly: "yearly",
}


def _specific(value: Recurrence) -> bool:
    """Say whether a recurrence names its own due day."""
    if isinstance(value, Yearly):
        return (value.month, value.day) != (12, 31)
    return isinstance(value, Monthly) and value.day is not None


def _combine(found: Iterable[Recurrence]) -> Recurrence | Recurrences:
    """Merge the recurrences found in one phrase.

    ``định kỳ hằng năm (trước ngày 05/12 hàng năm)`` is one yearly deadline due
    on 5 December; ``hằng quý và hằng năm`` is two.  A first year said once
    applies to all of them.
    """
    by_kind: dict[type, Recurrence] = {}
    since: int | None = None
    for value in found:
        if since is None:
            since = value.since
        seen = by_kind.get(type(value))
        if seen is None or (_specific(value) and not _specific(seen)):
            by_kind[type(value)] = value
    # Most phrases say no first year, or say it on every part: then the parts
    # are right as they are and need no copy.
    parts: dict[str, Any] = {
        _PART_NAMES[kind]: p if p.since == since else evolve(p, since=since)
        for kind, p in by_kind.items()
    }
    if len(parts) == 1:
        return cast("Recurrence", next(iter(parts.values())))
    return Recurrences(**parts)


def read_deadline(text: str, *, strict: bool = False) -> Deadline | None:
    """Read a deadline phrase, or return ``None`` if it names no time.

    The whole phrase is tried first.  Otherwise, unless *strict*, phrases are
    looked for inside *text* (``chậm nhất trong tháng 8/2022``): recurrences
    are merged, else the first window found wins, else continuous work.
    With *strict*, only a whole phrase or recurrences joined by ``và`` pass.
    This never raises and never returns :class:`Unspecified`;
    :func:`kttt.parse_deadline` is the public way in.

    >>> read_deadline("thực hiện nghiêm túc chế độ báo cáo theo định kỳ hàng năm"
    ...     " (trước ngày 05/12 hàng năm)")
    Yearly.parse('Trước ngày 5/12 hằng năm')
    >>> read_deadline("Theo tiến độ") is None
    True
    """
    # key(text), inlined because every reading starts here; its first word
    # comes for free.
    words = text.translate(_KEY).split()
    if not words:
        return None
    text_key = " ".join(words)
    return _read_key(text_key, words[0]) if strict else _read(text_key, words[0])


# The strict reading is what every class's parse() does, and round trips
# repeat the same few texts, so it is memoized on the key (the values are
# immutable, so sharing them is safe).  The loose reading is not: its caller,
# kttt.parse_deadline, memoizes on the text already, and for a phrase it has
# not seen a second cache only adds the cost of a miss.
@lru_cache(maxsize=4096)
def _read_key(text_key: str, word: str) -> Deadline | None:
    """Read a matching key strictly (see :func:`read_deadline`)."""
    return _read(text_key, word, strict=True)


def _read(text_key: str, word: str, *, strict: bool = False) -> Deadline | None:
    """Read a matching key whose first word is *word* (see :func:`read_deadline`)."""
    whole = _GRAMMAR.whole(text_key, word)
    if whole is not None:
        return whole
    if (combination := _COMBINATIONS.get(text_key)) is not None:
        return combination
    if _ANCHOR.search(text_key) is None:
        return None
    found = list(_GRAMMAR.scan(text_key))
    if not found:
        return None
    recurring = [v for v, _, _ in found if isinstance(v, _RECURRENCE)]
    if strict:
        gaps = [text_key[: found[0][1]], text_key[found[-1][2] :]]
        gaps += [text_key[a[2] : b[1]] for a, b in itertools.pairwise(found)]
        if len(recurring) < len(found) or any(g.strip() not in _JOIN for g in gaps):
            return None
    if recurring:
        return _combine(recurring)
    windows = [v for v, _, _ in found if not isinstance(v, Ongoing)]
    return windows[0] if windows else found[0][0]
