"""The JSON tag of every kind of deadline.

Tags are part of the file format: renaming a class must not change them, and
a tag once published is never reused for another meaning.
"""

from __future__ import annotations

from typing import Final

from kttt.model._deadline import (
    ByDate,
    ByYear,
    HalfYearly,
    InHalf,
    InMonth,
    InMonthSpan,
    InQuarter,
    InYear,
    InYearSpan,
    Monthly,
    Ongoing,
    Quarterly,
    Recurrences,
    Unspecified,
    Yearly,
)

__all__ = ["DEADLINE_TAGS"]

DEADLINE_TAGS: Final[dict[type, str]] = {
    InYear: "in_year",
    InYearSpan: "in_year_span",
    InHalf: "in_half",
    InQuarter: "in_quarter",
    InMonth: "in_month",
    InMonthSpan: "in_month_span",
    ByDate: "by_date",
    ByYear: "by_year",
    Yearly: "yearly",
    HalfYearly: "half_yearly",
    Quarterly: "quarterly",
    Monthly: "monthly",
    Recurrences: "recurrences",
    Ongoing: "ongoing",
    Unspecified: "unspecified",
}
"""Tag of each member of :data:`kttt.model.Deadline` (and so of
:data:`kttt.model.Recurrence`, whose members are among them)."""
