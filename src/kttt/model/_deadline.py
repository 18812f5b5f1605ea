"""Deadlines (*thời gian hoàn thành*).  PLACEHOLDER: replaced by the deadline work (#3)."""

from __future__ import annotations

from typing import TypeAlias

from attrs import frozen

__all__ = ["Deadline", "Ongoing", "Unspecified"]


@frozen
class Ongoing:
    """No due date: *thường xuyên*."""

    def __str__(self) -> str:
        return "Thường xuyên"


@frozen
class Unspecified:
    """A phrase that names no time kttt can read; the text is kept."""

    text: str

    def __str__(self) -> str:
        return self.text


Deadline: TypeAlias = Ongoing | Unspecified
