"""Targets (*chỉ tiêu*): numbers a plan promises to reach by a year."""

from __future__ import annotations

import enum
from decimal import Decimal

from attrs import field, frozen
from attrs.validators import ge, le, min_len, optional

from kttt.text import normalize_line

__all__ = ["Comparator", "Target"]


class Comparator(enum.Enum):
    """How the value is bounded.

    >>> Comparator.IT_NHAT.value
    '>='
    """

    IT_NHAT = ">="  # ít nhất, tối thiểu, không dưới: at least
    TREN = ">"  # trên, hơn: more than
    KHOANG = "~"  # khoảng: about
    DAT = "="  # đạt, plain number: exactly
    TOI_DA = "<="  # tối đa, không quá: at most
    DUOI = "<"  # dưới: less than


def _text(value: str) -> str:
    return normalize_line(value)


@frozen(kw_only=True)
class Target:
    """A measurable target: comparator, value, unit, what is measured, by when.

    >>> t = Target(text="ít nhất 25%", indicator="cán bộ quản lý tốt nghiệp đại học",
    ...            comparator=Comparator.IT_NHAT, value=Decimal(25), unit="%", horizon=2030)
    >>> t.value, t.unit
    (Decimal('25'), '%')
    """

    text: str = field(converter=_text, validator=min_len(1))
    """The clause as written."""
    indicator: str
    """What is measured, in the plan's words."""
    comparator: Comparator = Comparator.DAT
    value: Decimal
    unit: str | None = None
    """``%``, or a counted noun (``tổ chức``, ``thành viên``, ``hợp tác xã``)."""
    horizon: int | None = field(default=None, validator=optional([ge(1945), le(2100)]))
    """The year by which it is due (*đến năm 2030*)."""
    per_year: bool = False
    """True for yearly targets (*hàng năm thành lập mới 15 tổ chức*)."""
    line: int | None = field(default=None, validator=optional(ge(1)))
