"""DocumentNumber and DocKind: every grammar in use, round trips, the kind table."""

from __future__ import annotations

import contextlib
import json
import pickle
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kttt.errors import ParseError
from kttt.model import DocKind, DocumentNumber, NumberStyle
from kttt.strategies._references import document_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2699/QĐ-UBND", (2699, DocKind.QUYET_DINH, "UBND", None, NumberStyle.STATE)),
        ("98/2018/NĐ-CP", (98, DocKind.NGHI_DINH, "CP", 2018, NumberStyle.STATE)),
        ("19/2013/QĐ-UBND", (19, DocKind.QUYET_DINH, "UBND", 2013, NumberStyle.STATE)),
        ("43/2022/QH15", (43, None, "QH15", 2022, NumberStyle.PLAIN)),
        ("20-NQ/TW", (20, DocKind.NGHI_QUYET, "TW", None, NumberStyle.PARTY)),
        ("52-KH/TU", (52, DocKind.KE_HOACH, "TU", None, NumberStyle.PARTY)),
        ("49-CTr/TU", (49, DocKind.CHUONG_TRINH, "TU", None, NumberStyle.PARTY)),
        ("591-CV/BCSĐ", (591, DocKind.CONG_VAN, "BCSĐ", None, NumberStyle.PARTY)),
        ("253/SKHĐT-KTN", (253, None, "SKHĐT-KTN", None, NumberStyle.PLAIN)),
        ("82/BCĐKTTT", (82, None, "BCĐKTTT", None, NumberStyle.PLAIN)),
        (
            "77/QĐ/BCĐKTTT",
            (77, DocKind.QUYET_DINH, "BCĐKTTT", None, NumberStyle.SLASHED),
        ),
        ("613/TTr-SKHĐT", (613, DocKind.TO_TRINH, "SKHĐT", None, NumberStyle.STATE)),
        ("09/2018/TT-BKHĐT", (9, DocKind.THONG_TU, "BKHĐT", 2018, NumberStyle.STATE)),
        (
            "05/2013/TTLT-BNN-BKHĐT",
            (5, DocKind.THONG_TU_LIEN_TICH, "BNN-BKHĐT", 2013, NumberStyle.STATE),
        ),
        ("461/QĐ-TTg", (461, DocKind.QUYET_DINH, "TTg", None, NumberStyle.STATE)),
    ],
)
def test_every_grammar(
    text: str,
    expected: tuple[int, DocKind | None, str, int | None, NumberStyle],
) -> None:
    """Each grammar in use reads to its parts and prints back as written."""
    parsed = DocumentNumber.parse(text)

    assert (
        parsed.number,
        parsed.kind,
        parsed.issuer,
        parsed.year,
        parsed.style,
    ) == expected
    assert str(parsed) == text


def test_leading_zeros_kept_in_display_ignored_in_comparison() -> None:
    """09/NQ-CP prints with its zero and equals 9/NQ-CP."""
    padded = DocumentNumber.parse("09/NQ-CP")

    assert str(padded) == "09/NQ-CP"
    assert padded == DocumentNumber.parse("9/NQ-CP")
    assert hash(padded) == hash(DocumentNumber.parse("9/NQ-CP"))
    assert padded.key == "9/NQ-CP"


def test_look_alike_letter_is_normalized() -> None:
    """U+00D0 from scanned PDFs reads as Đ."""
    assert DocumentNumber.parse("2699/Q\u00d0-UBND") == DocumentNumber.parse(
        "2699/QĐ-UBND"
    )


@pytest.mark.parametrize(
    "text",
    ["", "134//NQ-CP", "١٣٤/NQ-CP", "NQ-CP", "12-XYZ/TW", "1/1800/NĐ-CP", "134/nq-cp"],
)
def test_rejects(text: str) -> None:
    """Malformed numbers raise ParseError."""
    with pytest.raises(ParseError):
        DocumentNumber.parse(text)


def test_error_rendering() -> None:
    """The message says what was expected, with an example."""
    with pytest.raises(ParseError) as info:
        DocumentNumber.parse("134/")

    assert str(info.value) == (
        "expected a document number such as '2699/QĐ-UBND' or '70-KL/TW'"
        " (line 1, column 1)\n"
        "    134/\n"
        "    ^^^^"
    )


def test_kind_table_is_package_data() -> None:
    """kinds.json lists every DocKind, and codes are unique."""
    raw = json.loads(
        resources.files("kttt.data").joinpath("kinds.json").read_text("utf-8")
    )
    slugs = [row["kind"] for row in raw["kinds"]]
    codes = [row["code"] for row in raw["kinds"] if row["code"]]

    assert sorted(slugs) == sorted(k.value for k in DocKind)
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("QĐ", DocKind.QUYET_DINH),
        ("CTr", DocKind.CHUONG_TRINH),
        ("QyĐ", DocKind.QUY_DINH),
        ("ĐA", DocKind.DE_AN),
        ("TTr", DocKind.TO_TRINH),
        ("CV", DocKind.CONG_VAN),
        ("KL", DocKind.KET_LUAN),
        ("GM", DocKind.GIAY_MOI),
    ],
)
def test_codes(code: str, kind: DocKind) -> None:
    """Codes of Nghị định 30/2020/NĐ-CP and the Party map to kinds and back."""
    assert DocKind.from_abbreviation(code) is kind
    assert kind.abbreviation == code


def test_kind_words() -> None:
    """Each kind has its Vietnamese name."""
    assert DocKind.CHUONG_TRINH.word == "Chương trình"
    assert DocKind.TO_TRINH.word == "Tờ trình"


@given(document_numbers())
def test_str_round_trip(number: DocumentNumber) -> None:
    """Parsing the canonical text gives back an equal value."""
    assert DocumentNumber.parse(str(number)) == number
    assert str(DocumentNumber.parse(str(number))) == str(number)


@given(document_numbers())
def test_repr_round_trip(number: DocumentNumber) -> None:
    """repr() is valid Python that rebuilds the value."""
    assert eval(repr(number), {"DocumentNumber": DocumentNumber}) == number


@given(document_numbers())
def test_hash_and_pickle(number: DocumentNumber) -> None:
    """Values hash consistently and survive pickling."""
    assert {pickle.loads(pickle.dumps(number))} == {number}


@given(st.text())
def test_fuzz(text: str) -> None:
    """Any string either parses or raises ParseError, nothing else."""
    with contextlib.suppress(ParseError):
        DocumentNumber.parse(text)


@given(st.from_regex(r"[0-9]{1,4}[-/][A-ZĐ]{1,5}[-/][A-ZĐ]{1,6}", fullmatch=True))
def test_fuzz_near_misses(text: str) -> None:
    """Number-shaped strings parse to something that prints parseably, or raise."""
    with contextlib.suppress(ParseError):
        parsed = DocumentNumber.parse(text)
        assert DocumentNumber.parse(str(parsed)) == parsed
