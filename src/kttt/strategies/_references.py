"""Hypothesis strategies for document numbers, references and citations."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from kttt.model import (
    Citation,
    DocKind,
    DocumentNumber,
    DocumentRef,
    NumberStyle,
    Relation,
    RelationKind,
)

__all__ = ["citations", "document_numbers", "document_refs", "relations"]

# Real symbols first, so that shrinking ends on something readable.
_ISSUERS = ("UBND", "CP", "TTg", "HĐND", "BKHĐT", "UBND-KT", "BNN-KTHT")
_PARTY_ISSUERS = ("TW", "TU", "BCSĐ", "ĐU", "HU")
_PLAIN_ISSUERS = ("SKHĐT-KTN", "BCĐKTTT", "QH15", "UBND-VX", "SNN-KH")
_AUTHORITIES = (
    "Chính phủ",
    "Thủ tướng Chính phủ",
    "Bộ Chính trị",
    "Ủy ban nhân dân tỉnh Sơn La",
    "Tỉnh ủy Bình Định",
    "Bộ Kế hoạch và Đầu tư",
)
_CODED = tuple(k for k in DocKind if k.abbreviation is not None)


def _symbols(real: tuple[str, ...]) -> st.SearchStrategy[str]:
    invented = st.text(alphabet="ABCDHKLNQSTUVXĐ", min_size=1, max_size=6)
    return st.sampled_from(real) | invented.filter(
        lambda s: DocKind.from_abbreviation(s) is None
    )


def _years() -> st.SearchStrategy[int]:
    return st.integers(min_value=1945, max_value=2100)


@st.composite
def document_numbers(draw: st.DrawFn) -> DocumentNumber:
    """Valid document numbers (*số, ký hiệu*) in every style.

    >>> document_numbers()
    document_numbers()
    """
    style = draw(st.sampled_from(NumberStyle))
    number = draw(st.integers(min_value=1, max_value=9999))
    width = draw(st.sampled_from((len(str(number)), len(str(number)) + 1)))
    if style is NumberStyle.PLAIN:
        return DocumentNumber(
            number=number,
            issuer=draw(_symbols(_PLAIN_ISSUERS)),
            year=draw(st.none() | _years()),
            style=style,
            width=width,
        )
    kind = draw(st.sampled_from(_CODED))
    if style is NumberStyle.STATE:
        return DocumentNumber(
            number=number,
            kind=kind,
            issuer=draw(_symbols(_ISSUERS)),
            year=draw(st.none() | _years()),
            width=width,
        )
    return DocumentNumber(
        number=number,
        kind=kind,
        issuer=draw(_symbols(_PARTY_ISSUERS)),
        style=style,
        width=width,
    )


@st.composite
def document_refs(draw: st.DrawFn) -> DocumentRef:
    """Valid references: numbered documents, and laws by name and date.

    >>> document_refs()
    document_refs()
    """
    issued = draw(
        st.none() | st.dates(min_value=date(1945, 1, 1), max_value=date(2100, 12, 31))
    )
    issuer = draw(st.none() | st.sampled_from(_AUTHORITIES))
    if draw(st.booleans()):
        number = draw(document_numbers())
        kind = number.kind or draw(st.sampled_from(DocKind))
        if issued is not None and number.year is not None:
            # A normative number carries its year of issue: keep them agreeing.
            issued = date(number.year, issued.month, min(issued.day, 28))
        return DocumentRef(kind=kind, number=number, issued=issued, issuer=issuer)
    title = draw(
        st.sampled_from(
            (
                "Hợp tác xã",
                "Tổ chức chính quyền địa phương",
                "Đất đai",
                "Ngân sách nhà nước",
            )
        )
    )
    year = None if issued is not None else draw(st.none() | _years())
    return DocumentRef(kind=DocKind.LUAT, title=title, issued=issued, year=year)


@st.composite
def citations(draw: st.DrawFn) -> Citation:
    """Citations of generated references, spanning their own canonical text.

    >>> citations()
    citations()
    """
    ref = draw(document_refs())
    text = str(ref)
    return Citation(ref=ref, span=(0, len(text)), text=text)


@st.composite
def relations(draw: st.DrawFn) -> Relation:
    """Relations between generated references.

    >>> relations()
    relations()
    """
    return Relation(
        kind=draw(st.sampled_from(RelationKind)),
        target=draw(document_refs()),
        source=draw(st.none() | document_refs()),
        effective=draw(st.none() | st.dates(min_value=date(1945, 1, 1))),
    )
