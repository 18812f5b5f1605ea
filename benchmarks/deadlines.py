"""Deadline phrases: kttt against dateutil and dateparser, speed and accuracy.

Run: ``.venv/bin/python benchmarks/deadlines.py``.  Prints one table and exits 0.

Every phrase has the window it means (first and last day; ``None`` for "any
time" and for phrases with no window: recurring, continuous, unreadable).
kttt is right when it reads the phrase as exactly the expected value.  A date
parser returns one day, so it is right when that day lies in the expected
window, and wrong when it returns a day outside it or a day for a phrase that
has none.  "Declined" counts the phrases it raised on or returned ``None``
for.  Timings are the median microseconds per call over the phrases each tool
accepts (dateutil raises on most, and timing its exceptions would flatter
kttt).
"""

from __future__ import annotations

import statistics
import sys
import warnings
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).parent))

from _timing import median_seconds
from attrs import frozen

import kttt
from kttt.model import (
    ByDate,
    HalfYearly,
    InHalf,
    InMonth,
    InMonthSpan,
    InQuarter,
    InYear,
    InYearSpan,
    MonthPart,
    Ongoing,
    Quarterly,
    Recurrences,
    Unspecified,
    Yearly,
    YearPart,
)
from kttt.parse._deadline import parse_deadline

if TYPE_CHECKING:
    from kttt.model import Deadline

# Real phrases: the seeds' appendix column and reporting clauses, and the
# forms DESIGN.md §2 lists from other provinces' plans.
PHRASES: list[tuple[str, Deadline]] = [
    ("Hàng năm", Yearly()),
    ("2021 - 2022", InYearSpan(first=2021, last=2022)),
    ("2020 - 2021", InYearSpan(first=2020, last=2021)),
    ("2021", InYear(2021)),
    ("2021 - 2025", InYearSpan(first=2021, last=2025)),
    ("trước ngày 15/12 hằng năm", Yearly(month=12, day=15)),
    ("trước ngày 05/12 hàng năm", Yearly(month=12, day=5)),
    ("Quý I/2021", InQuarter(2021, 1)),
    ("Quý IV năm 2023", InQuarter(2023, 4)),
    ("Tháng 6/2021", InMonth(2021, 6)),
    ("tháng 6 năm 2021", InMonth(2021, 6)),
    ("6 tháng đầu năm 2022", InHalf(2022, 1)),
    ("6 tháng cuối năm 2024", InHalf(2024, 2)),
    (
        "Từ tháng 3/2022 đến tháng 5/2022",
        InMonthSpan(first_year=2022, first_month=3, last_year=2022, last_month=5),
    ),
    ("Thượng tuần tháng 4/2022", InMonth(2022, 4, MonthPart.THUONG_TUAN)),
    ("Cuối năm 2022", InYear(2022, YearPart.CUOI_NAM)),
    ("30/6/2021", ByDate(date(2021, 6, 30))),
    ("trước ngày 30/6/2021", ByDate(date(2021, 6, 30))),
    ("Thường xuyên", Ongoing()),
    ("Giai đoạn 2021 - 2025", InYearSpan(first=2021, last=2025)),
    ("Hằng quý", Quarterly()),
    ("Định kỳ 6 tháng", HalfYearly()),
    (
        "định kỳ hằng quý và hằng năm",
        Recurrences(quarterly=Quarterly(), yearly=Yearly()),
    ),
    ("Từ năm 2022 và các năm tiếp theo", Yearly(since=2022)),
    ("chậm nhất trong tháng 8/2022", InMonth(2022, 8)),
    ("Theo tiến độ", Unspecified("Theo tiến độ")),
]

# dateutil fills missing fields from this day rather than from the clock.
_DEFAULT = datetime(2000, 1, 1)  # noqa: DTZ001


def _dateutil(text: str) -> date | None:
    from dateutil import parser  # noqa: PLC0415

    return parser.parse(text, dayfirst=True, default=_DEFAULT).date()


def _dateutil_fuzzy(text: str) -> date | None:
    from dateutil import parser  # noqa: PLC0415

    return parser.parse(text, dayfirst=True, default=_DEFAULT, fuzzy=True).date()


def _dateparser(text: str) -> date | None:
    import dateparser  # noqa: PLC0415

    found = dateparser.parse(
        text,
        languages=["vi"],
        settings={"RELATIVE_BASE": _DEFAULT, "PREFER_DAY_OF_MONTH": "last"},
    )
    return None if found is None else found.date()


def _judge(day: date | None, expected: Deadline) -> str:
    """Say whether one day is right, wrong or no answer for *expected*."""
    if day is None:
        return "declined"
    if expected.end is None:
        return "wrong"
    low = expected.start or date.min
    return "right" if low <= day <= expected.end else "wrong"


def _try(func: Callable[[str], date | None], text: str) -> date | None:
    try:
        return func(text)
    except (ValueError, OverflowError, TypeError):
        return None


@frozen
class _Row:
    """One tool's line of the table: what to time, and how it scored."""

    name: str
    run: Callable[[], object]
    """Calls the tool once on each phrase it accepts."""
    calls: int
    number: int
    """Runs per timing: enough that one timing lasts a few milliseconds."""
    verdicts: tuple[str, ...]


def _row(
    name: str,
    func: Callable[[str], object],
    verdicts: list[str],
    accepted: list[str],
    number: int,
) -> _Row:
    def run() -> None:
        for text in accepted:
            func(text)

    return _Row(name, run, len(accepted), number, tuple(verdicts))


def _median_micros(rows: list[_Row], repeat: int = 21) -> dict[str, float | None]:
    """Median µs per call of each row, timed in turns.

    The machine may be shared: timing the rows in turns, *repeat* rounds of
    one timing each, spreads any burst of load over every row, so that the
    ratios between rows hold even when absolute times do not.
    """
    runs: dict[str, list[float]] = {row.name: [] for row in rows}
    for _ in range(repeat):
        for row in rows:
            if row.calls:
                runs[row.name].append(
                    median_seconds(row.run, repeat=1, number=row.number)
                )
    return {
        row.name: statistics.median(runs[row.name]) / row.calls * 1e6
        if row.calls
        else None
        for row in rows
    }


def main() -> int:
    """Time and score every tool on :data:`PHRASES` and print the table."""
    texts = [t for t, _ in PHRASES]
    rows = []

    kttt_verdicts = [
        "right" if kttt.parse_deadline(t) == d else "wrong" for t, d in PHRASES
    ]
    # A phrase never read before: the public function without its cache on
    # the text, the only memo on this path.  Compiled patterns and the shared
    # plain recurrences stay: they are built once, at import, like any other
    # code.
    cold = parse_deadline.__wrapped__

    rows.append(
        _row("kttt.parse_deadline", kttt.parse_deadline, kttt_verdicts, texts, 2000)
    )
    rows.append(_row("  (cold: no cache)", cold, kttt_verdicts, texts, 100))

    accepted_by_dateutil = [t for t in texts if _try(_dateutil, t) is not None]
    rows.append(
        _row(
            "dateutil.parser.parse",
            _dateutil,
            [_judge(_try(_dateutil, t), d) for t, d in PHRASES],
            accepted_by_dateutil,
            200,
        )
    )
    rows.append(
        _row(
            "  (kttt cold, same)",
            cold,
            kttt_verdicts,
            accepted_by_dateutil,
            200,
        )
    )
    rows.append(
        _row(
            "  (fuzzy=True)",
            _dateutil_fuzzy,
            [_judge(_try(_dateutil_fuzzy, t), d) for t, d in PHRASES],
            [t for t in texts if _try(_dateutil_fuzzy, t) is not None],
            100,
        )
    )
    with warnings.catch_warnings():
        # dateparser warns about its own use of deprecated APIs.
        warnings.simplefilter("ignore")
        _try(_dateparser, texts[0])  # load its language data before timing
        rows.append(
            _row(
                "dateparser.parse(vi)",
                _dateparser,
                [_judge(_try(_dateparser, t), d) for t, d in PHRASES],
                texts,
                2,
            )
        )

    micros = _median_micros(rows)
    print(f"{len(PHRASES)} phrases; median µs per call over the phrases each accepts")
    print(f"{'tool':<26}{'µs/call':>10}{'right':>7}{'wrong':>7}{'declined':>10}")
    for row in rows:
        micro = micros[row.name]
        shown = "-" if micro is None else f"{micro:.2f}"
        counts = [row.verdicts.count(v) for v in ("right", "wrong", "declined")]
        print(f"{row.name:<26}{shown:>10}{counts[0]:>7}{counts[1]:>7}{counts[2]:>10}")
    by_name = micros
    theirs, slow = by_name["dateutil.parser.parse"], by_name["dateparser.parse(vi)"]
    # The cold rows are the honest ones: the cached call is a dict look-up.
    # "cold" is every phrase; "cold, same" only those dateutil accepts (two
    # short ones), so it flatters kttt and is shown for reference.
    for name in (
        "kttt.parse_deadline",
        "  (cold: no cache)",
        "  (kttt cold, same)",
    ):
        ours = by_name[name]
        if ours and theirs and slow:
            ratio, faster = ours / theirs, slow / ours
            met = "met" if ratio <= 0.2 and faster >= 50 else "NOT met"
            print(
                f"{name.strip(' ()'):<22} {ratio:6.3f}x dateutil's time (target <= 0.2x),"
                f" {faster:5.0f}x faster than dateparser (target >= 50x): {met}"
            )
    misread = [
        t for (t, _), v in zip(PHRASES, kttt_verdicts, strict=True) if v != "right"
    ]
    if misread:
        print("kttt misread:", misread)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
