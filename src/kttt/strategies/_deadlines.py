"""Hypothesis strategies for deadlines (*thời gian hoàn thành*), one per kind.

Every strategy draws valid values only; years of real plans (2020 to 2030)
come first, so that a shrunk counterexample reads like a plan.
"""

from __future__ import annotations

from datetime import date

from hypothesis import find  # noqa: F401 - for the doctests
from hypothesis import strategies as st

from kttt.model import (
    ByDate,
    ByYear,
    Deadline,
    HalfYearly,
    InHalf,
    InMonth,
    InMonthSpan,
    InQuarter,
    InYear,
    InYearSpan,
    Monthly,
    MonthPart,
    Ongoing,
    Quarterly,
    Recurrences,
    Unspecified,
    Yearly,
    YearPart,
)
from kttt.model._deadline import read_deadline
from kttt.text import normalize

__all__ = [
    "by_dates",
    "by_years",
    "deadline_years",
    "deadlines",
    "half_yearly_deadlines",
    "in_halves",
    "in_month_spans",
    "in_months",
    "in_quarters",
    "in_year_spans",
    "in_years",
    "monthly_deadlines",
    "ongoing_deadlines",
    "quarterly_deadlines",
    "recurrences",
    "recurring_deadlines",
    "unspecified_deadlines",
    "window_deadlines",
    "yearly_deadlines",
]

# Phrases from real plans that name no time kttt can read.
_UNREADABLE = (
    "Theo tiến độ",
    "Khi có yêu cầu",
    "Theo chỉ đạo của UBND tỉnh",
    "Theo kế hoạch của Bộ",
    "Sau khi Đề án được phê duyệt",
)


def deadline_years() -> st.SearchStrategy[int]:
    """Years a deadline may name: 2020 to 2030 first, then 1945 to 2100.

    >>> find(deadline_years(), lambda _: True)
    2020
    """
    return st.integers(2020, 2030) | st.integers(1945, 2100)


def in_years() -> st.SearchStrategy[InYear]:
    """Years, whole or early or late (*năm 2021*, *cuối năm 2022*).

    >>> find(in_years(), lambda _: True)
    InYear.parse('Năm 2020')
    """
    return st.builds(InYear, deadline_years(), st.none() | st.sampled_from(YearPart))


@st.composite
def in_year_spans(draw: st.DrawFn) -> InYearSpan:
    """Spans of years (*giai đoạn 2021 - 2025*).

    >>> find(in_year_spans(), lambda _: True)
    InYearSpan.parse('2020 - 2021')
    """
    first = draw(deadline_years().filter(lambda y: y < 2100))  # noqa: PLR2004
    last = draw(st.integers(first + 1, min(first + 10, 2100)))
    return InYearSpan(first=first, last=last)


def in_halves() -> st.SearchStrategy[InHalf]:
    """Half years (*6 tháng đầu năm 2022*).

    >>> find(in_halves(), lambda _: True)
    InHalf.parse('6 tháng đầu năm 2020')
    """
    return st.builds(InHalf, deadline_years(), st.sampled_from((1, 2)))


def in_quarters() -> st.SearchStrategy[InQuarter]:
    """Quarters (*Quý I/2021*).

    >>> find(in_quarters(), lambda _: True)
    InQuarter.parse('Quý I/2020')
    """
    return st.builds(InQuarter, deadline_years(), st.integers(1, 4))


def in_months() -> st.SearchStrategy[InMonth]:
    """Months, whole or in part (*tháng 6/2021*, *hạ tuần tháng 5/2022*).

    >>> find(in_months(), lambda _: True)
    InMonth.parse('Tháng 1/2020')
    """
    return st.builds(
        InMonth,
        deadline_years(),
        st.integers(1, 12),
        st.none() | st.sampled_from(MonthPart),
    )


@st.composite
def in_month_spans(draw: st.DrawFn) -> InMonthSpan:
    """Spans of months (*từ tháng 3/2022 đến tháng 5/2022*).

    >>> find(in_month_spans(), lambda _: True)
    InMonthSpan.parse('Từ tháng 1/2020 đến tháng 2/2020')
    """
    first_year = draw(deadline_years().filter(lambda y: y < 2100))  # noqa: PLR2004
    first_month = draw(st.integers(1, 12))
    # The last month must stay within the model's years (up to December 2100).
    room = 2100 * 12 + 11 - (first_year * 12 + first_month - 1)
    length = draw(st.integers(1, min(24, room)))
    index = first_year * 12 + first_month - 1 + length
    return InMonthSpan(
        first_year=first_year,
        first_month=first_month,
        last_year=index // 12,
        last_month=index % 12 + 1,
    )


def by_dates() -> st.SearchStrategy[ByDate]:
    """Days to finish by (*trước ngày 30/6/2021*).

    >>> find(by_dates(), lambda _: True)
    ByDate.parse('Trước ngày 1/1/2020')
    """
    return st.builds(
        ByDate,
        st.dates(date(2020, 1, 1), date(2030, 12, 31))
        | st.dates(date(1945, 1, 1), date(2100, 12, 31)),
    )


def by_years() -> st.SearchStrategy[ByYear]:
    """Years to finish by (*đến năm 2030*).

    >>> find(by_years(), lambda _: True)
    ByYear.parse('Đến năm 2020')
    """
    return st.builds(ByYear, deadline_years())


def _sinces() -> st.SearchStrategy[int | None]:
    return st.none() | deadline_years()


@st.composite
def yearly_deadlines(draw: st.DrawFn, *, since: bool = True) -> Yearly:
    """Yearly deadlines (*hằng năm*, *trước ngày 15/12 hằng năm*).

    Args:
        draw: Supplied by Hypothesis.
        since: Whether a first year may be drawn.

    >>> find(yearly_deadlines(), lambda _: True)
    Yearly.parse('Hằng năm')
    """
    day = draw(st.none() | st.dates(date(2001, 1, 1), date(2001, 12, 31)))
    first = draw(_sinces()) if since else None
    if day is None:
        return Yearly(since=first)
    return Yearly(month=day.month, day=day.day, since=first)


def half_yearly_deadlines() -> st.SearchStrategy[HalfYearly]:
    """Half-yearly deadlines (*định kỳ 6 tháng*).

    >>> find(half_yearly_deadlines(), lambda _: True)
    HalfYearly.parse('Định kỳ 6 tháng')
    """
    return st.builds(HalfYearly, since=_sinces())


def quarterly_deadlines() -> st.SearchStrategy[Quarterly]:
    """Quarterly deadlines (*hằng quý*).

    >>> find(quarterly_deadlines(), lambda _: True)
    Quarterly.parse('Hằng quý')
    """
    return st.builds(Quarterly, since=_sinces())


def monthly_deadlines() -> st.SearchStrategy[Monthly]:
    """Monthly deadlines (*hằng tháng*, *trước ngày 20 hằng tháng*).

    >>> find(monthly_deadlines(), lambda _: True)
    Monthly.parse('Hằng tháng')
    """
    return st.builds(Monthly, day=st.none() | st.integers(1, 28), since=_sinces())


@st.composite
def recurrences(draw: st.DrawFn) -> Recurrences:
    """Combinations of recurrences (*định kỳ hằng quý và hằng năm*).

    >>> len(find(recurrences(), lambda _: True).parts)
    2
    """
    since = draw(_sinces())
    kinds = draw(
        st.sets(
            st.sampled_from(("monthly", "quarterly", "half_yearly", "yearly")),
            min_size=2,
        )
    )
    yearly = draw(yearly_deadlines(since=False))
    return Recurrences(
        monthly=Monthly(day=draw(st.none() | st.integers(1, 28)), since=since)
        if "monthly" in kinds
        else None,
        quarterly=Quarterly(since=since) if "quarterly" in kinds else None,
        half_yearly=HalfYearly(since=since) if "half_yearly" in kinds else None,
        yearly=Yearly(month=yearly.month, day=yearly.day, since=since)
        if "yearly" in kinds
        else None,
    )


def ongoing_deadlines() -> st.SearchStrategy[Ongoing]:
    """Continuous work (*thường xuyên*): there is one value.

    >>> find(ongoing_deadlines(), lambda _: True)
    Ongoing.parse('Thường xuyên')
    """
    return st.just(Ongoing())


def _unreadable(text: str) -> bool:
    # Unspecified keeps normalized text, so blank-after-normalizing is blank.
    return bool(normalize(text).strip()) and read_deadline(text) is None


def unspecified_deadlines() -> st.SearchStrategy[Unspecified]:
    """Phrases that name no time (*theo tiến độ*): real ones, then any text.

    >>> find(unspecified_deadlines(), lambda _: True)
    Unspecified.parse('Theo tiến độ')
    """
    texts = st.sampled_from(_UNREADABLE) | st.text(min_size=1, max_size=40).filter(
        _unreadable
    )
    return st.builds(Unspecified, texts)


def window_deadlines() -> st.SearchStrategy[
    InYear | InYearSpan | InHalf | InQuarter | InMonth | InMonthSpan | ByDate | ByYear
]:
    """Every kind of one-off deadline, which has a last day.

    >>> find(window_deadlines(), lambda d: d.start is None).end.year
    2020
    """
    return st.one_of(
        in_years(),
        in_year_spans(),
        in_quarters(),
        in_halves(),
        in_months(),
        in_month_spans(),
        by_dates(),
        by_years(),
    )


def recurring_deadlines() -> st.SearchStrategy[
    Yearly | HalfYearly | Quarterly | Monthly | Recurrences
]:
    """Every kind of recurring deadline.

    >>> find(recurring_deadlines(), lambda _: True)
    Quarterly.parse('Hằng quý')
    """
    return st.one_of(
        yearly_deadlines(),
        quarterly_deadlines(),
        half_yearly_deadlines(),
        monthly_deadlines(),
        recurrences(),
    )


def deadlines() -> st.SearchStrategy[Deadline]:
    """Every kind of deadline, the common kinds first.

    >>> find(deadlines(), lambda d: isinstance(d, InQuarter))
    InQuarter.parse('Quý I/2020')
    """
    return st.one_of(
        yearly_deadlines(),
        in_year_spans(),
        in_years(),
        in_quarters(),
        in_months(),
        ongoing_deadlines(),
        window_deadlines(),
        recurring_deadlines(),
        unspecified_deadlines(),
    )
