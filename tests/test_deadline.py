"""Deadline phrases: every form plans use, read exactly; status, EDTF and RRULE examples."""

from __future__ import annotations

from datetime import date

import pytest

from kttt.errors import ParseError
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
    TaskStatus,
    Unspecified,
    Yearly,
    YearPart,
    due_key,
)
from kttt.model._deadline_syntax import Grammar, Rule
from kttt.parse import parse_deadline

# Every form of issue #3, in the spellings plans use, with the value it means.
FORMS: list[tuple[str, Deadline]] = [
    # year
    ("2021", InYear(2021)),
    ("Năm 2021", InYear(2021)),
    ("trong năm 2021", InYear(2021)),
    ("Cuối năm 2022", InYear(2022, YearPart.CUOI_NAM)),
    ("Đầu năm 2023", InYear(2023, YearPart.DAU_NAM)),
    # span of years
    ("2021 - 2022", InYearSpan(first=2021, last=2022)),
    ("2020-2021", InYearSpan(first=2020, last=2021)),
    ("Giai đoạn 2021 - 2025", InYearSpan(first=2021, last=2025)),
    ("2021 \u2013 2025", InYearSpan(first=2021, last=2025)),
    ("2021\u20142025", InYearSpan(first=2021, last=2025)),
    ("giai đoạn 2021-2025", InYearSpan(first=2021, last=2025)),
    ("Từ năm 2021 đến năm 2025", InYearSpan(first=2021, last=2025)),
    ("Năm 2021 - 2022", InYearSpan(first=2021, last=2022)),
    # quarter
    ("Quý I/2021", InQuarter(2021, 1)),
    ("Quý IV năm 2023", InQuarter(2023, 4)),
    ("quý 2/2022", InQuarter(2022, 2)),
    ("QUÝ III - 2022", InQuarter(2022, 3)),
    ("trong quý II/2022", InQuarter(2022, 2)),
    # half year
    ("6 tháng đầu năm 2022", InHalf(2022, 1)),
    ("6 tháng cuối năm 2024", InHalf(2024, 2)),
    ("Sáu tháng đầu năm 2022", InHalf(2022, 1)),
    # month
    ("Tháng 6/2021", InMonth(2021, 6)),
    ("tháng 6 năm 2021", InMonth(2021, 6)),
    ("trong tháng 11-2022", InMonth(2022, 11)),
    ("Cuối tháng 9/2021", InMonth(2021, 9, MonthPart.CUOI_THANG)),
    ("06/2021", InMonth(2021, 6)),
    # span of months
    (
        "Từ tháng 3/2022 đến tháng 5/2022",
        InMonthSpan(first_year=2022, first_month=3, last_year=2022, last_month=5),
    ),
    (
        "từ tháng 3 đến tháng 5/2022",
        InMonthSpan(first_year=2022, first_month=3, last_year=2022, last_month=5),
    ),
    (
        "Tháng 3 - 5/2022",
        InMonthSpan(first_year=2022, first_month=3, last_year=2022, last_month=5),
    ),
    (
        "Từ tháng 11 đến tháng 2/2023",
        InMonthSpan(first_year=2022, first_month=11, last_year=2023, last_month=2),
    ),
    # part of a month
    ("Thượng tuần tháng 4/2022", InMonth(2022, 4, MonthPart.THUONG_TUAN)),
    ("Trung tuần tháng 4/2022", InMonth(2022, 4, MonthPart.TRUNG_TUAN)),
    ("Hạ tuần tháng 5/2022", InMonth(2022, 5, MonthPart.HA_TUAN)),
    ("Đầu tháng 10/2021", InMonth(2021, 10, MonthPart.DAU_THANG)),
    ("Giữa tháng 10/2021", InMonth(2021, 10, MonthPart.GIUA_THANG)),
    # day: due by that day, inclusive
    ("30/6/2021", ByDate(date(2021, 6, 30))),
    ("ngày 30/6/2021", ByDate(date(2021, 6, 30))),
    ("trước ngày 30/6/2021", ByDate(date(2021, 6, 30))),
    ("Trước 30/6/2021", ByDate(date(2021, 6, 30))),
    ("Trước ngày 30 tháng 6 năm 2021", ByDate(date(2021, 6, 30))),
    ("Chậm nhất ngày 15/8/2022", ByDate(date(2022, 8, 15))),
    ("Trước năm 2025", ByDate(date(2024, 12, 31))),
    # by a year
    ("Đến năm 2030", ByYear(2030)),
    ("đến hết năm 2025", ByYear(2025)),
    # recurring
    ("Hàng năm", Yearly()),
    ("Hằng năm", Yearly()),
    ("Định kỳ hằng năm", Yearly()),
    ("Mỗi năm", Yearly()),
    ("Hàng quý", Quarterly()),
    ("Định kỳ hằng quý", Quarterly()),
    ("Hằng tháng", Monthly()),
    ("Trước ngày 20 hằng tháng", Monthly(day=20)),
    ("Định kỳ 6 tháng", HalfYearly()),
    ("6 tháng một lần", HalfYearly()),
    ("trước ngày 15/12 hằng năm", Yearly(month=12, day=15)),
    ("trước ngày 05/12 hàng năm", Yearly(month=12, day=5)),
    ("Hằng năm, trước ngày 15/12", Yearly(month=12, day=15)),
    ("Từ năm 2022 và các năm tiếp theo", Yearly(since=2022)),
    ("Năm 2022 và các năm tiếp theo", Yearly(since=2022)),
    ("Từ năm 2022 trở đi", Yearly(since=2022)),
    (
        "định kỳ hằng quý và hằng năm",
        Recurrences(quarterly=Quarterly(), yearly=Yearly()),
    ),
    (
        "Định kỳ 6 tháng, hằng năm",
        Recurrences(half_yearly=HalfYearly(), yearly=Yearly()),
    ),
    (
        "Hằng tháng, hằng quý và hằng năm",
        Recurrences(monthly=Monthly(), quarterly=Quarterly(), yearly=Yearly()),
    ),
    # continuous
    ("Thường xuyên", Ongoing()),
    ("Thường xuyên, liên tục", Ongoing()),
    ("thường xuyên", Ongoing()),
    # anything else
    ("Theo tiến độ", Unspecified("Theo tiến độ")),
    ("Khi có yêu cầu", Unspecified("Khi có yêu cầu")),
    ("-", Unspecified("-")),
]

# The deadline column of seed 000's appendix (Sơn La, 2699/QĐ-UBND), every
# distinct value; seed 004's appendix is cut off before its deadline column.
SEED_COLUMN: list[tuple[str, Deadline]] = [
    ("Hàng năm", Yearly()),
    ("2020 - 2021", InYearSpan(first=2020, last=2021)),
    ("2021 - 2022", InYearSpan(first=2021, last=2022)),
    ("2021", InYear(2021)),
    ("2021 - 2025", InYearSpan(first=2021, last=2025)),
]

# Reporting clauses of both seeds, as whole sentences, and phrases inside
# longer cells in other provinces' styles.
INSIDE: list[tuple[str, Deadline]] = [
    (
        (
            "thực hiện nghiêm túc chế độ báo cáo theo định kỳ hàng năm (trước ngày 05/12"
            " hàng năm) gửi Sở Kế hoạch và Đầu tư tổng hợp, báo cáo UBND tỉnh."
        ),
        Yearly(month=12, day=5),
    ),
    (
        (
            "thường xuyên kiểm tra, đôn đốc và định kỳ báo cáo UBND tỉnh kết quả thực hiện"
            " (qua Sở Kế hoạch và Đầu tư) trước ngày 15/12 hằng năm để tổng hợp"
        ),
        Yearly(month=12, day=15),
    ),
    ("chậm nhất trong tháng 8/2022", InMonth(2022, 8)),
    ("Hoàn thành trong quý II/2022", InQuarter(2022, 2)),
    (
        "Báo cáo định kỳ hằng quý và hằng năm",
        Recurrences(quarterly=Quarterly(), yearly=Yearly()),
    ),
    ("Trình UBND tỉnh trước ngày 30/6/2021 để phê duyệt", ByDate(date(2021, 6, 30))),
    (
        "Xây dựng đề án giai đoạn 2021 - 2025 theo ngành",
        InYearSpan(first=2021, last=2025),
    ),
    ("Thường xuyên; báo cáo hằng năm", Yearly()),
    # A date in a reference is not a deadline; only "trước", "chậm nhất" ... make it one.
    (
        "Theo Nghị quyết số 134/NQ-CP ngày 25/9/2020",
        Unspecified("Theo Nghị quyết số 134/NQ-CP ngày 25/9/2020"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[t for t, _ in FORMS])
def test_every_form(text: str, expected: Deadline) -> None:
    """Each listed form reads as exactly the deadline it means."""
    assert parse_deadline(text) == expected


@pytest.mark.parametrize(("text", "expected"), SEED_COLUMN)
def test_seed_appendix_column(text: str, expected: Deadline) -> None:
    """Every value of the seeds' deadline column reads exactly."""
    assert parse_deadline(text) == expected


@pytest.mark.parametrize(("text", "expected"), INSIDE, ids=[t[:30] for t, _ in INSIDE])
def test_inside_longer_cells(text: str, expected: Deadline) -> None:
    """A deadline inside a sentence or a longer cell is found."""
    assert parse_deadline(text) == expected


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[t for t, _ in FORMS])
def test_case_and_spelling_do_not_matter(text: str, expected: Deadline) -> None:
    """Upper case, ``hàng`` for ``hằng`` and look-alike letters read the same."""
    variants = {
        text.upper(),
        text.lower(),
        text.replace("hằng", "hàng").replace("Hằng", "Hàng"),
        text.replace("Đ", "\u00d0"),  # U+00D0 from scans
    }

    found = {parse_deadline(v) for v in variants}

    assert found == {expected} or isinstance(expected, Unspecified)


@pytest.mark.parametrize(
    "dash", ["-", "\u2013", "\u2014", " - ", " \u2013 ", " \u2014 "]
)
def test_every_dash(dash: str) -> None:
    """Hyphen, en dash and em dash, with or without spaces, all join years."""
    assert parse_deadline(f"2021{dash}2025") == InYearSpan(first=2021, last=2025)


def test_nfd_input() -> None:
    """Decomposed (NFD) text reads like composed text."""
    import unicodedata  # noqa: PLC0415

    assert parse_deadline(unicodedata.normalize("NFD", "Quý IV năm 2023")) == InQuarter(
        2023, 4
    )


def test_other_digits_are_not_years() -> None:
    """Arabic-Indic digits do not pass for a year."""
    assert parse_deadline("Quý I/\u0662\u0660\u0662\u0661") == Unspecified("Quý I/٢٠٢١")


@pytest.mark.parametrize("text", ["", " ", "\t\n", "\u00a0", "\u200b"])
def test_blank_raises(text: str) -> None:
    """A blank cell is not a deadline."""
    with pytest.raises(ParseError):
        parse_deadline(text)


def test_blank_error_rendering() -> None:
    """The error says what was expected."""
    with pytest.raises(ParseError) as info:
        parse_deadline("   ")

    assert str(info.value) == (
        "expected a deadline such as 'Quý I/2021' or 'Hằng năm', got a blank"
        " (line 1, column 1)\n"
        "       \n"
        "    ^^^"
    )


@pytest.mark.parametrize(
    "text", ["Quý V/2021", "30/2/2021", "Tháng 13/2021", "2025 - 2021", "Năm 1800"]
)
def test_impossible_values_are_unspecified(text: str) -> None:
    """A phrase with impossible numbers is kept as text, not guessed at."""
    assert parse_deadline(text) == Unspecified(text)


def test_class_parse_is_strict() -> None:
    """``X.parse`` reads only its own kind, and says what it expected."""
    with pytest.raises(ParseError) as info:
        InQuarter.parse("Tháng 6/2021")

    assert str(info.value) == (
        "expected a quarter such as 'Quý I/2021' (line 1, column 1)\n"
        "    Tháng 6/2021\n"
        "    ^^^^^^^^^^^^"
    )


def test_class_parse_rejects_surrounding_text() -> None:
    """Strict parsing does not look for a phrase inside a sentence."""
    with pytest.raises(ParseError):
        InMonth.parse("Báo cáo tháng 6/2021 gửi Sở")


def test_unspecified_rejects_readable_text() -> None:
    """An unspecified deadline cannot hold a phrase that reads as a deadline."""
    with pytest.raises(ValueError, match="reads as"):
        Unspecified("Quý I/2021")


def test_unspecified_parse_rejects_blank() -> None:
    """``Unspecified.parse`` wants some text."""
    with pytest.raises(ParseError):
        Unspecified.parse("  ")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (InYear(2021), "Năm 2021"),
        (InYear(2022, YearPart.CUOI_NAM), "Cuối năm 2022"),
        (InYearSpan(first=2021, last=2022), "2021 - 2022"),
        (InHalf(2022, 1), "6 tháng đầu năm 2022"),
        (InQuarter(2021, 1), "Quý I/2021"),
        (InMonth(2021, 6), "Tháng 6/2021"),
        (InMonth(2022, 4, MonthPart.THUONG_TUAN), "Thượng tuần tháng 4/2022"),
        (InMonth(2021, 10, MonthPart.DAU_THANG), "Đầu tháng 10/2021"),
        (
            InMonthSpan(first_year=2022, first_month=3, last_year=2022, last_month=5),
            "Từ tháng 3/2022 đến tháng 5/2022",
        ),
        (ByDate(date(2021, 6, 30)), "Trước ngày 30/6/2021"),
        (ByYear(2030), "Đến năm 2030"),
        (Yearly(), "Hằng năm"),
        (Yearly(month=12, day=15), "Trước ngày 15/12 hằng năm"),
        (Yearly(since=2022), "Từ năm 2022 và các năm tiếp theo"),
        (
            Yearly(month=12, day=15, since=2022),
            "Trước ngày 15/12 hằng năm, từ năm 2022",
        ),
        (Quarterly(since=2022), "Hằng quý, từ năm 2022"),
        (HalfYearly(), "Định kỳ 6 tháng"),
        (Monthly(day=20), "Trước ngày 20 hằng tháng"),
        (Recurrences(quarterly=Quarterly(), yearly=Yearly()), "Hằng quý và hằng năm"),
        (
            Recurrences(quarterly=Quarterly(since=2022), yearly=Yearly(since=2022)),
            "Hằng quý và hằng năm, từ năm 2022",
        ),
        (Ongoing(), "Thường xuyên"),
        (Unspecified("Theo tiến độ"), "Theo tiến độ"),
    ],
)
def test_canonical_text(value: Deadline, text: str) -> None:
    """Each kind has one canonical Vietnamese text."""
    assert str(value) == text


@pytest.mark.parametrize(
    ("value", "edtf"),
    [
        (InYear(2021), "2021"),
        (InYear(2022, YearPart.CUOI_NAM), "2022-36"),
        (InYearSpan(first=2021, last=2022), "2021/2022"),
        (InQuarter(2021, 1), "2021-33"),
        (InHalf(2022, 1), "2022-40"),
        (InHalf(2022, 2), "2022-41"),
        (InMonth(2021, 6), "2021-06"),
        (InMonth(2022, 5, MonthPart.HA_TUAN), "2022-05-21/2022-05-31"),
        (
            InMonthSpan(first_year=2022, first_month=3, last_year=2022, last_month=5),
            "2022-03/2022-05",
        ),
        (ByDate(date(2021, 6, 30)), "../2021-06-30"),
        (ByYear(2030), "../2030"),
        (Yearly(), None),
        (Ongoing(), None),
        (Unspecified("Theo tiến độ"), None),
    ],
)
def test_edtf(value: Deadline, edtf: str | None) -> None:
    """EDTF: years, quarters (33-36), halves (40-41), open intervals for "by"."""
    assert value.to_edtf() == edtf


@pytest.mark.parametrize(
    ("value", "rrule"),
    [
        (Yearly(), "RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"),
        (
            Yearly(month=12, day=5, since=2022),
            "DTSTART;VALUE=DATE:20220101\nRRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5",
        ),
        (HalfYearly(), "RRULE:FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1"),
        (Quarterly(), "RRULE:FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1"),
        (Monthly(day=20), "RRULE:FREQ=MONTHLY;BYMONTHDAY=20"),
        (
            Recurrences(quarterly=Quarterly(), yearly=Yearly()),
            (
                "RRULE:FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1\n"
                "RRULE:FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31"
            ),
        ),
        (InQuarter(2021, 1), None),
        (Ongoing(), None),
    ],
)
def test_rrule(value: Deadline, rrule: str | None) -> None:
    """Recurring deadlines write RFC 5545 rules; others write none."""
    assert value.to_rrule() == rrule


S = TaskStatus
QUARTER = InQuarter(2021, 2)  # 1 April to 30 June 2021


@pytest.mark.parametrize(
    ("as_of", "done_on", "expected"),
    [
        (date(2021, 3, 31), None, S.CHUA_DEN_HAN),
        (date(2021, 4, 1), None, S.DANG_THUC_HIEN),
        (date(2021, 6, 30), None, S.DANG_THUC_HIEN),
        (date(2021, 7, 1), None, S.QUA_HAN),
        (date(2021, 7, 1), date(2021, 6, 30), S.HOAN_THANH_DUNG_HAN),
        (date(2021, 8, 1), date(2021, 7, 15), S.HOAN_THANH_QUA_HAN),
        (date(2021, 5, 1), date(2021, 3, 1), S.HOAN_THANH_DUNG_HAN),
        # Done after as_of has not happened yet on as_of.
        (date(2021, 7, 1), date(2021, 9, 1), S.QUA_HAN),
    ],
)
def test_window_status(as_of: date, done_on: date | None, expected: TaskStatus) -> None:
    """A window is not yet due, in progress, overdue, or done on time or late."""
    assert QUARTER.status(as_of, done_on) == expected


YEARLY = Yearly(month=12, day=15, since=2022)


@pytest.mark.parametrize(
    ("as_of", "done_on", "expected"),
    [
        (date(2021, 12, 31), None, S.CHUA_DEN_HAN),
        (date(2022, 6, 1), None, S.DANG_THUC_HIEN),
        (date(2022, 12, 15), None, S.DANG_THUC_HIEN),
        (date(2022, 12, 16), None, S.QUA_HAN),
        (date(2022, 12, 16), date(2022, 12, 10), S.HOAN_THANH_DUNG_HAN),
        (date(2023, 1, 10), date(2022, 12, 20), S.HOAN_THANH_QUA_HAN),
        # The 2023 round opened on 16 December 2022; work of 2022 does not count.
        (date(2023, 12, 20), date(2022, 12, 10), S.QUA_HAN),
        (date(2023, 12, 20), date(2023, 12, 1), S.HOAN_THANH_DUNG_HAN),
    ],
)
def test_recurring_status(
    as_of: date, done_on: date | None, expected: TaskStatus
) -> None:
    """A recurring deadline is judged on its latest occurrence before as_of."""
    assert YEARLY.status(as_of, done_on) == expected


@pytest.mark.parametrize("value", [Ongoing(), Unspecified("Theo tiến độ")])
def test_undated_status(value: Deadline) -> None:
    """Continuous work and unreadable phrases are never late."""
    assert value.status(date(2100, 1, 1)) == S.DANG_THUC_HIEN
    assert value.status(date(2100, 1, 1), date(2099, 1, 1)) == S.HOAN_THANH_DUNG_HAN


def test_next_due_and_occurrences() -> None:
    """Due days of a recurrence, of a window and of continuous work."""
    combined = parse_deadline("định kỳ hằng quý và hằng năm")

    assert combined.occurrences(date(2022, 1, 1), date(2022, 12, 31)) == (
        date(2022, 3, 31),
        date(2022, 6, 30),
        date(2022, 9, 30),
        date(2022, 12, 31),
    )
    assert combined.next_due(date(2022, 12, 31)) == date(2023, 3, 31)
    assert QUARTER.next_due(date(2021, 1, 1)) == date(2021, 6, 30)
    assert QUARTER.next_due(date(2021, 6, 30)) is None
    assert QUARTER.occurrences(date(2021, 1, 1), date(2021, 12, 31)) == (
        date(2021, 6, 30),
    )
    assert Ongoing().next_due(date(2021, 1, 1)) is None
    assert Ongoing().occurrences(date(2021, 1, 1), date(2030, 1, 1)) == ()


def test_since_limits_occurrences() -> None:
    """Nothing falls due before the first year."""
    value = Yearly(since=2022)

    assert value.occurrences(date(2020, 1, 1), date(2023, 12, 31)) == (
        date(2022, 12, 31),
        date(2023, 12, 31),
    )
    assert value.occurrences(date(2023, 1, 1), date(2022, 1, 1)) == ()


def test_due_key_orders_a_mixed_list() -> None:
    """Earlier windows first, recurrences by their next due day, undated last."""
    texts = [
        "Thường xuyên",
        "Hằng năm",
        "2021 - 2022",
        "Quý I/2021",
        "Theo tiến độ",
        "Tháng 6/2021",
    ]
    values = [parse_deadline(t) for t in texts]

    plain = [str(d) for d in sorted(values, key=due_key)]
    as_of = [
        str(d) for d in sorted(values, key=lambda d: due_key(d, after=date(2021, 7, 1)))
    ]

    assert plain == [
        "Quý I/2021",
        "Tháng 6/2021",
        "2021 - 2022",
        "Hằng năm",
        "Thường xuyên",
        "Theo tiến độ",
    ]
    assert as_of == [
        "Quý I/2021",
        "Tháng 6/2021",
        "Hằng năm",
        "2021 - 2022",
        "Thường xuyên",
        "Theo tiến độ",
    ]


@pytest.mark.parametrize(
    "build",
    [
        lambda: InYearSpan(first=2022, last=2021),
        lambda: InQuarter(2021, 5),
        lambda: InHalf(2021, 3),
        lambda: InYear(1800),
        lambda: InMonthSpan(
            first_year=2022, first_month=5, last_year=2022, last_month=5
        ),
        lambda: Yearly(month=2, day=29),
        lambda: Monthly(day=30),
        lambda: ByDate(date(1900, 1, 1)),
        lambda: Recurrences(yearly=Yearly()),
        lambda: Recurrences(quarterly=Quarterly(since=2021), yearly=Yearly()),
        lambda: Unspecified(""),
    ],
)
def test_validators(build: object) -> None:
    """Values that make no sense cannot be built."""
    assert callable(build)
    with pytest.raises(ValueError):  # noqa: PT011 - attrs' messages are tested by attrs
        build()


def test_a_year_of_zeros_is_not_guessed() -> None:
    """A first year written as 0000 is kept as text, not replaced by the last year."""
    text = "Từ tháng 1/0000 đến tháng 5/2020"

    assert parse_deadline(text) == Unspecified(text)


def test_grammar_rejects_builder_with_other_names() -> None:
    """A builder must take its rule's groups, by name and in order."""
    rule = Rule(
        r"quy (?P<q>[1-4]) (?P<y>[0-9]{4})", lambda y, q: (y, q), heads=("quy",)
    )

    with pytest.raises(ValueError, match="must take"):
        Grammar([rule])


def test_grammar_rejects_unnamed_groups() -> None:
    """A rule's pattern holds named groups only, so that builders get them all."""
    rule = Rule(r"quy ([1-4])", lambda: None, heads=("quy",))

    with pytest.raises(ValueError, match="named groups only"):
        Grammar([rule])


def test_rule_is_tried_only_under_its_heads() -> None:
    """A key whose first word is not one of a rule's heads is not read by it."""
    grammar = Grammar(
        [Rule(r"(?:theo )?quy (?P<q>[1-4])", lambda q: q, heads=("quy",))]
    )

    assert (grammar.whole("quy 2"), grammar.whole("theo quy 2")) == ("2", None)
