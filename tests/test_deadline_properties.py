"""Laws every deadline obeys, checked with Hypothesis over every kind."""

from __future__ import annotations

import contextlib
import itertools
import pickle
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

import edtf
import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

import kttt.model
from kttt.errors import ParseError
from kttt.model import (
    Deadline,
    HalfYearly,
    InHalf,
    InMonth,
    InQuarter,
    Monthly,
    MonthPart,
    Quarterly,
    Recurrence,
    Recurrences,
    TaskStatus,
    Yearly,
    due_key,
)
from kttt.model._deadline import _RULES
from kttt.model._deadline_syntax import Rule, head
from kttt.parse import parse_deadline
from kttt.strategies._deadlines import (
    deadline_years,
    deadlines,
    recurring_deadlines,
    window_deadlines,
)

if TYPE_CHECKING:
    import time
    from collections.abc import Sequence

DAYS = st.dates(date(1940, 1, 1), date(2110, 12, 31))
NAMESPACE = {name: getattr(kttt.model, name) for name in kttt.model.__all__}

# Words and signs that deadline phrases are made of, so that fuzzing reaches
# deep into the grammar rather than stopping at the first letter.
WORDS = st.sampled_from(
    [
        "quý", "tháng", "năm", "ngày", "hằng", "hàng", "định kỳ", "trước", "từ", "đến",
        "giai đoạn", "6", "đầu", "cuối", "và", "các", "tiếp theo", "thường xuyên",
        "I", "IV", "2021", "2022", "05", "12", "30", "/", "-", "\u2013", ",", "(", ")",
        "thượng tuần", "hạ tuần", "trở đi", "chậm nhất", "trong",
    ]
)  # fmt: skip
PHRASES = st.lists(WORDS, max_size=8).map(" ".join)


@given(deadlines())
def test_str_round_trip(deadline: Deadline) -> None:
    """Reading the canonical text gives back an equal value."""
    assert parse_deadline(str(deadline)) == deadline


@given(deadlines())
def test_class_parse_round_trip(deadline: Deadline) -> None:
    """Each class's own strict parser reads its canonical text."""
    assert type(deadline).parse(str(deadline)) == deadline


@given(deadlines())
def test_repr_round_trip(deadline: Deadline) -> None:
    """repr() is valid Python that rebuilds the value."""
    assert eval(repr(deadline), NAMESPACE) == deadline


@given(deadlines())
def test_hash_and_pickle(deadline: Deadline) -> None:
    """Deadlines are hashable and survive pickling."""
    assert {pickle.loads(pickle.dumps(deadline))} == {deadline}


@given(deadlines())
def test_window_is_ordered(deadline: Deadline) -> None:
    """A window never ends before it starts; only recurrences lack an end."""
    if deadline.start is not None and deadline.end is not None:
        assert deadline.start <= deadline.end
    assert (deadline.end is None) == (
        deadline.is_recurring or type(deadline).__name__ in {"Ongoing", "Unspecified"}
    )


def _tile(
    parts: Sequence[InQuarter | InHalf | InMonth], first: date, last: date
) -> None:
    """Assert that *parts* cover *first* to *last* with no gap and no overlap."""
    assert parts[0].start == first
    assert parts[-1].end == last
    for a, b in itertools.pairwise(parts):
        assert a.end + timedelta(days=1) == b.start


@given(deadline_years())
def test_quarters_and_halves_partition_the_year(year: int) -> None:
    """Quarters, halves and the ten-day parts of a month tile without gap or overlap."""
    whole = InMonth(year, 2)
    tens = (MonthPart.THUONG_TUAN, MonthPart.TRUNG_TUAN, MonthPart.HA_TUAN)

    _tile(
        [InQuarter(year, q) for q in (1, 2, 3, 4)], date(year, 1, 1), date(year, 12, 31)
    )
    _tile([InHalf(year, h) for h in (1, 2)], date(year, 1, 1), date(year, 12, 31))
    _tile([InMonth(year, 2, p) for p in tens], whole.start, whole.end)


@given(deadlines(), DAYS, DAYS)
def test_next_due_is_ahead_and_monotone(deadline: Deadline, a: date, b: date) -> None:
    """The next due day comes after *after*, and never earlier for a later *after*."""
    first, second = sorted((a, b))

    due_first = deadline.next_due(first)
    due_second = deadline.next_due(second)

    if due_first is not None:
        assert due_first > first
    if due_second is not None:
        assert due_second > second
        assert due_first is not None
        assert due_first <= due_second


@given(deadlines(), DAYS, DAYS, st.none() | DAYS)
def test_overdue_stays_overdue(
    deadline: Deadline, a: date, b: date, done_on: date | None
) -> None:
    """Once overdue, overdue on every later day while the task is not done."""
    first, second = sorted((a, b))
    if done_on is not None and done_on <= second:
        done_on = None

    if deadline.status(first, done_on) is TaskStatus.QUA_HAN:
        assert deadline.status(second, done_on) is TaskStatus.QUA_HAN


@given(deadlines(), DAYS, DAYS)
def test_done_is_final(deadline: Deadline, as_of: date, done_on: date) -> None:
    """Done on or before as_of is reported as done, on time or late, for one-off deadlines."""
    status = deadline.status(as_of, done_on)

    if done_on <= as_of and not deadline.is_recurring:
        assert status in {TaskStatus.HOAN_THANH_DUNG_HAN, TaskStatus.HOAN_THANH_QUA_HAN}


def _edtf_day(value: time.struct_time | float) -> date | None:
    if isinstance(value, float):  # python-edtf writes an open end as +-inf
        return None
    return date(value.tm_year, value.tm_mon, value.tm_mday)


# python-edtf parses with pyparsing at about 30 ms a phrase; 100 examples
# already cover every kind of window many times over.
@settings(max_examples=100)
@given(window_deadlines())
def test_edtf_gives_the_same_interval(deadline: Deadline) -> None:
    """python-edtf reads our EDTF back as the same first and last day."""
    text = deadline.to_edtf()
    assert text is not None

    parsed = edtf.parse_edtf(text)

    assert _edtf_day(parsed.lower_strict()) == deadline.start
    assert _edtf_day(parsed.upper_strict()) == deadline.end


@given(recurring_deadlines(), DAYS, st.integers(0, 800))
def test_rrule_gives_the_same_occurrences(
    deadline: Deadline, start: date, days: int
) -> None:
    """The RRULE text read by dateutil gives the same due days."""
    end = start + timedelta(days=days)
    text = deadline.to_rrule()
    assert text is not None

    rules = rrulestr(text, forceset=True, dtstart=datetime(start.year, 1, 1))  # noqa: DTZ001
    found = rules.between(
        datetime(start.year, start.month, start.day),  # noqa: DTZ001
        datetime(end.year, end.month, end.day),  # noqa: DTZ001
        inc=True,
    )

    assert tuple(d.date() for d in found) == deadline.occurrences(start, end)


@given(deadlines(), deadlines())
def test_due_key_is_a_total_order(a: Deadline, b: Deadline) -> None:
    """Different deadlines never tie, and earlier last days sort first."""
    if a != b:
        assert due_key(a) != due_key(b)
    if a.end is not None and b.end is not None and a.end < b.end:
        assert due_key(a) < due_key(b)


@given(st.text() | PHRASES)
def test_fuzz(text: str) -> None:
    """Any text parses or raises ParseError, and what it gives reads back the same."""
    with contextlib.suppress(ParseError):
        deadline = parse_deadline(text)
        assert parse_deadline(str(deadline)) == deadline


@given(st.text() | PHRASES)
def test_fuzz_class_parse(text: str) -> None:
    """Each strict class parser returns its own kind or raises ParseError."""
    for cls in (InQuarter, InMonth, kttt.model.Yearly, kttt.model.Recurrences):
        with contextlib.suppress(ParseError):
            assert isinstance(cls.parse(text), cls)


@given(st.text(alphabet=" \t\n\u00a0\u200b\u3000"))
def test_blank_raises(text: str) -> None:
    """Text of spaces alone raises ParseError."""
    with contextlib.suppress(ParseError):
        parse_deadline(text)
        raise AssertionError(text)


def _due_days(part: Recurrence, year: int) -> set[date]:
    """The days *part* falls due in *year*, worked out without dateutil."""
    if part.since is not None and year < part.since:
        return set()
    match part:
        case Yearly():
            return {date(year, part.month, part.day)}
        case HalfYearly():
            return {InHalf(year, h).end for h in (1, 2)}
        case Quarterly():
            return {InQuarter(year, q).end for q in (1, 2, 3, 4)}
        case Monthly():
            ends = {InMonth(year, m).end for m in range(1, 13)}
            return ends if part.day is None else {e.replace(day=part.day) for e in ends}


@given(recurring_deadlines(), deadline_years())
def test_occurrences_are_the_due_days(deadline: Deadline, year: int) -> None:
    """A recurrence falls due on exactly the days its kind names, from its first year."""
    parts = deadline.parts if isinstance(deadline, Recurrences) else (deadline,)
    expected = set().union(*(_due_days(p, year) for p in parts))  # type: ignore[arg-type]

    found = deadline.occurrences(date(year, 1, 1), date(year, 12, 31))

    assert found == tuple(sorted(expected))


@pytest.mark.parametrize("rule", _RULES, ids=lambda r: r.pattern[:40])
@settings(max_examples=100)  # 24 rules: 100 keys each is plenty to reach every branch
@given(data=st.data())
def test_rules_begin_with_their_heads(
    rule: Rule[Deadline], data: st.DataObject
) -> None:
    """Every key a rule matches starts with one of the heads the grammar files it under."""
    text_key = data.draw(st.from_regex(rule.pattern, fullmatch=True))

    assert head(text_key.partition(" ")[0]) in rule.heads
