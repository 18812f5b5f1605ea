"""DEVELOPMENT ONLY (H3): stand-ins for H1/H2/H4 strategies; deleted before finishing."""

from __future__ import annotations

from hypothesis import strategies as st

from kttt.model import (
    Agency,
    AgencyKind,
    Deadline,
    DocKind,
    DocumentNumber,
    DocumentRef,
    Ongoing,
    Relation,
    RelationKind,
    Unspecified,
)


def agencies() -> st.SearchStrategy[Agency]:
    return st.sampled_from(
        [
            Agency(
                key="son-la/so-ke-hoach-va-dau-tu",
                name="Sở Kế hoạch và Đầu tư",
                kind=AgencyKind.SO,
                province="Sơn La",
            ),
            Agency(
                key="cac-so-ban-nganh",
                name="Các sở, ban, ngành",
                kind=AgencyKind.NHOM,
                is_group=True,
            ),
        ]
    )


def deadlines() -> st.SearchStrategy[Deadline]:
    return st.just(Ongoing()) | st.builds(Unspecified, st.text(min_size=1))


def document_refs() -> st.SearchStrategy[DocumentRef]:
    number = st.sampled_from(["2699/QĐ-UBND", "134/NQ-CP", "70-KL/TW"]).map(
        DocumentNumber.parse
    )
    return st.builds(
        DocumentRef,
        kind=st.sampled_from(DocKind),
        number=st.none() | number,
        issued=st.none() | st.dates(),
    )


def relations() -> st.SearchStrategy[Relation]:
    return st.builds(
        Relation, kind=st.sampled_from(RelationKind), target=document_refs()
    )
