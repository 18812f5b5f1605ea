"""Every corpus query on the two bundled seeds, with answers counted by hand from the texts.

Seed 000 is Sơn La's 2699/QĐ-UBND: 72 body tasks (bullets, or the text after
``1.2. Sở …:``) and a 32-row appendix in six groups (I 5, II 15, III 2, IV 3,
V 3, VI 4).  Seed 004 is Bình Định's 510/QĐ-UBND: 35 body paragraphs under
section III and one appendix row before the table is cut off.
"""

from __future__ import annotations

from datetime import date

import pytest

from kttt.corpus import Corpus, TaskView, builtin_corpus
from kttt.model import RelationKind, TaskStatus, ValidityStatus

SL = "2699/QĐ-UBND"
BD = "510/QĐ-UBND"
ONE_OFF_2021 = ["II.1", "II.4", "II.6", "II.11", "II.13", "II.14", "III.1"]
ONE_OFF_2022 = [
    "II.2",
    "II.3",
    "II.5",
    "II.7",
    "II.15",
    "III.2",
    "IV.1",
    "IV.2",
    "VI.1",
    "VI.2",
    "VI.3",
    "VI.4",
]
ONE_OFF_2025 = ["IV.3", "V.1", "V.2", "V.3"]
YEARLY = ["I.1", "I.2", "I.3", "I.4", "I.5", "II.8", "II.9", "II.10", "II.12"]
ORDER = [f"I.{n}" for n in range(1, 6)] + [f"II.{n}" for n in range(1, 16)] + ["III.1", "III.2", "IV.1", "IV.2", "IV.3", "V.1", "V.2", "V.3", "VI.1", "VI.2", "VI.3", "VI.4"]  # fmt: skip


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """The bundled seeds, parsed."""
    return builtin_corpus()


def rows(view: TaskView) -> list[str]:
    """Appendix numbers of a view, in the plan's order."""
    return [t.number or "" for t in view]


def in_order(numbers: list[str]) -> list[str]:
    """*numbers* sorted the way the appendix lists them."""
    return sorted(numbers, key=ORDER.index)


def appendix(corpus: Corpus, **filters: object) -> list[str]:
    """Sơn La's appendix rows that pass *filters*."""
    return rows(corpus.tasks(document=SL, origin="appendix", **filters))  # type: ignore[arg-type]


# -- documents and graph ----------------------------------------------------------


def test_the_two_decisions(corpus: Corpus) -> None:
    """Both decisions, under their own numbers; the builtin corpus is cached."""
    assert sorted(corpus.documents) == [SL, BD]
    assert builtin_corpus() is corpus


def test_documents_known_from_references(corpus: Corpus) -> None:
    """Every document the two texts name in their headers, bases and articles."""
    numbered = {k for k in corpus.refs if ":" not in k}

    assert numbered == {
        SL, BD, "510/KH-UBND", "134/NQ-CP", "70-KL/TW", "13-NQ/TW", "613/TTr-SKHĐT",
        "20-NQ/TW", "52-KH/TU", "9/NQ-CP", "63/KH-UBND", "3204/QĐ-UBND", "253/SKHĐT-KTN",
        "37/KH-UBND",
    }  # fmt: skip


def test_the_local_government_law_is_one_node(corpus: Corpus) -> None:
    """Both provinces cite Luật Tổ chức chính quyền địa phương of 19/6/2015, in different words."""
    key = "luat:to-chuc-chinh-quyen-dia-phuong:2015-06-19"

    assert sorted(e.source for e in corpus.incoming(key, RelationKind.BASED_ON)) == [
        SL,
        BD,
    ]


def test_legal_bases(corpus: Corpus) -> None:
    """Sơn La rests on two documents, Bình Định on seven."""
    sl = {e.target for e in corpus.outgoing(SL, RelationKind.BASED_ON)}
    bd = {e.target for e in corpus.outgoing(BD, RelationKind.BASED_ON)}

    assert sl == {"luat:to-chuc-chinh-quyen-dia-phuong:2015-06-19", "134/NQ-CP"}
    assert len(bd) == 7
    assert {"20-NQ/TW", "52-KH/TU", "9/NQ-CP", "63/KH-UBND", "3204/QĐ-UBND"} <= bd


def test_lineage(corpus: Corpus) -> None:
    """Up the chain to the Party: the conference alias names 13-NQ/TW."""
    assert corpus.lineage(SL) == (SL, "134/NQ-CP", "70-KL/TW", "13-NQ/TW")
    assert corpus.lineage(BD) == (BD, "52-KH/TU", "20-NQ/TW")


def test_siblings(corpus: Corpus) -> None:
    """Sơn La's decision and Bình Định's repealed plan both implement 134/NQ-CP."""
    assert corpus.siblings(SL) == ("37/KH-UBND",)
    assert corpus.siblings("37/KH-UBND") == (SL,)
    assert sorted(corpus.implemented_by("134/NQ-CP")) == ["2699/QĐ-UBND", "37/KH-UBND"]


def test_repeal(corpus: Corpus) -> None:
    """510/QĐ-UBND repeals 37/KH-UBND (Điều 2), read through the double slash of 134//NQ-CP."""
    assert corpus.repealed_by("37/KH-UBND") == (BD,)
    assert corpus.ref("37/KH-UBND").issued == date(2021, 3, 25)


def test_attached_plans(corpus: Corpus) -> None:
    """Each decision issues its plan; the plan's key finds the decision."""
    (issued,) = corpus.outgoing(BD, RelationKind.ISSUES)

    assert issued.target == "510/KH-UBND"
    assert corpus.get("510/KH-UBND") is corpus.documents[BD]
    assert corpus.key("09/NQ-CP") == "9/NQ-CP"


# -- validity -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "on", "expected"),
    [
        (SL, date(2020, 12, 3), ValidityStatus.CHUA_CO_HIEU_LUC),
        (SL, date(2020, 12, 4), ValidityStatus.CON_HIEU_LUC),
        ("37/KH-UBND", date(2021, 3, 24), ValidityStatus.CHUA_CO_HIEU_LUC),
        ("37/KH-UBND", date(2021, 3, 25), ValidityStatus.CON_HIEU_LUC),
        ("37/KH-UBND", date(2023, 2, 21), ValidityStatus.CON_HIEU_LUC),
        ("37/KH-UBND", date(2023, 2, 22), ValidityStatus.HET_HIEU_LUC_TOAN_BO),
        (BD, date(2023, 2, 22), ValidityStatus.CON_HIEU_LUC),
        ("510/KH-UBND", date(2023, 2, 21), ValidityStatus.CHUA_CO_HIEU_LUC),
        ("134/NQ-CP", date(2020, 9, 24), ValidityStatus.CHUA_CO_HIEU_LUC),
        ("134/NQ-CP", date(2025, 1, 1), ValidityStatus.CON_HIEU_LUC),
    ],
)
def test_status(corpus: Corpus, key: str, on: date, expected: ValidityStatus) -> None:
    """Dates read from the texts: signing dates (kể từ ngày ký) and cited dates."""
    assert corpus.status(key, on=on).status is expected


def test_repeal_reason(corpus: Corpus) -> None:
    """The reason names the repealing decision and its date."""
    found = corpus.status("37/KH-UBND", on=date(2023, 2, 22))

    assert (found.by, found.since, found.relation) == (
        BD,
        date(2023, 2, 22),
        RelationKind.REPEALS,
    )


# -- tasks ------------------------------------------------------------------------


def test_task_counts(corpus: Corpus) -> None:
    """72 + 32 tasks in Sơn La's plan; 35 + 1 in Bình Định's."""
    assert len(corpus.tasks()) == 140
    assert len(corpus.tasks(document=SL, origin="body")) == 72
    assert appendix(corpus) == ORDER
    assert len(corpus.tasks(document=BD, origin="body")) == 35
    assert len(corpus.tasks(document="510/KH-UBND", origin="appendix")) == 1


@pytest.mark.parametrize(
    ("agency", "expected"),
    [
        ("Sở Nông nghiệp và Phát triển nông thôn", ["II.5", "II.6", "IV.3", "V.3"]),
        ("Sở NN&PTNT", ["II.5", "II.6", "IV.3", "V.3"]),
        ("sở tài nguyên và môi trường", ["II.9", "II.10", "II.11"]),
        ("Sở Lao động, Thương binh và Xã hội", ["I.3", "II.14"]),
        ("BCĐ Đổi mới, phát triển KTTT, HTX tỉnh", ["II.2", "II.3", "III.1"]),
        ("Liên minh HTX tỉnh", ["IV.1", "IV.2", "V.1", "V.2"]),
        ("Bảo hiểm xã hội tỉnh", ["II.12", "II.13"]),
        ("Các sở, ban, ngành, UBND các huyện, thành phố", ["II.1", "III.2"]),
    ],
)
def test_lead_agency(corpus: Corpus, agency: str, expected: list[str]) -> None:
    """Lead cells, with aliases and the empty cells filled from the row above."""
    assert appendix(corpus, agency=agency, role="lead", expand=False) == expected


def test_inherited_leads_are_marked(corpus: Corpus) -> None:
    """Four empty lead cells took the row above's agency."""
    inherited = [
        t.number
        for t in corpus.tasks(document=SL, origin="appendix")
        if "lead" in t.inferred
    ]

    assert inherited == ["II.3", "II.6", "II.10", "II.11"]


def test_coordinators(corpus: Corpus) -> None:
    """Seven rows name all departments and districts as coordinators."""
    found = appendix(
        corpus,
        agency="Các sở, ban, ngành, UBND các huyện, thành phố",
        role="coordinator",
    )

    assert found == ["I.1", "II.1", "II.12", "III.1", "IV.1", "V.1", "VI.1"]


def test_group_expansion(corpus: Corpus) -> None:
    """Sở Nội vụ's appendix work: its own row and every row given to all departments."""
    own = appendix(corpus, agency="Sở Nội vụ", role="lead", expand=False)
    everything = appendix(corpus, agency="Sở Nội vụ")

    assert own == ["I.4"]
    assert everything == [
        "I.1",
        "I.4",
        "II.1",
        "II.12",
        "III.1",
        "III.2",
        "IV.1",
        "V.1",
        "VI.1",
    ]


def test_the_alliance_in_both_provinces(corpus: Corpus) -> None:
    """A name without a province matches the alliance of both provinces."""
    found = corpus.tasks(agency="Liên minh HTX tỉnh", role="lead", origin="appendix")

    assert [k for k, _ in found.pairs()] == [BD, SL, SL, SL, SL]
    bd = corpus.tasks(agency="Liên minh HTX tỉnh", role="lead", province="Bình Định")
    assert [k for k, _ in bd.pairs()] == [BD]


def test_overdue(corpus: Corpus) -> None:
    """Windows that closed: 7 by 2022, 19 by 2023, all 23 one-off rows by 2026."""
    assert appendix(corpus, overdue=date(2021, 12, 31)) == []
    assert appendix(corpus, overdue=date(2022, 1, 1)) == ONE_OFF_2021
    assert appendix(corpus, overdue=date(2023, 1, 1)) == in_order(
        ONE_OFF_2021 + ONE_OFF_2022
    )
    assert len(corpus.tasks(overdue=date(2026, 1, 1))) == 23


def test_status_overdue_agrees_for_one_off_rows(corpus: Corpus) -> None:
    """For one-off deadlines, status=overdue and overdue= select the same rows."""
    as_of = date(2023, 1, 1)
    by_status = appendix(
        corpus, status=TaskStatus.QUA_HAN, as_of=as_of, recurring=False
    )

    assert by_status == appendix(corpus, overdue=as_of)


def test_recurring(corpus: Corpus) -> None:
    """Nine rows are due every year (Hàng năm)."""
    assert appendix(corpus, recurring=True) == YEARLY


def test_due_between(corpus: Corpus) -> None:
    """Due in 2021: seven windows ending then, and the nine yearly rows."""
    found = appendix(corpus, due_between=(date(2021, 1, 1), date(2021, 12, 31)))

    assert found == in_order(ONE_OFF_2021 + YEARLY)


def test_active_on(corpus: Corpus) -> None:
    """In mid-2023 only the 2021 - 2025 rows and the yearly rows are running."""
    assert appendix(corpus, active_on=date(2023, 6, 1)) == in_order(
        ONE_OFF_2025 + YEARLY
    )


def test_text(corpus: Corpus) -> None:
    """Three rows name Luật Hợp tác xã năm 2012, found without accents."""
    assert appendix(corpus, text="luat hop tac xa nam 2012") == [
        "II.3",
        "III.2",
        "IV.1",
    ]


def test_without_deadline(corpus: Corpus) -> None:
    """Body tasks carry no deadline; neither does Bình Định's cut-off row."""
    assert len(corpus.without_deadline(document=SL)) == 72
    assert len(corpus.without_deadline(document=BD)) == 36


# -- coverage and tables ------------------------------------------------------------


def test_coverage_of_the_appendix_groups(corpus: Corpus) -> None:
    """Group I has five leads, one row each."""
    table = corpus.coverage(document=SL).to_records()
    group_one = [
        r for r in table if r["group"] and r["group"].startswith("Tiếp tục tăng cường")
    ]

    assert sum(r["tasks"] for r in group_one) >= 5
    # Sections 5 and 6 of the body are headed by a theme, not an agency: their
    # ten bullets have no lead.
    assert sum(r["tasks"] for r in table) == 104 - 10


def test_load(corpus: Corpus) -> None:
    """Sở Nông nghiệp leads the most single-agency work in Sơn La: 11 bullets and 4 rows."""
    (first, *_) = corpus.load(document=SL).to_records()

    assert (first["agency"], first["lead"], first["coordinator"]) == (
        "Sở Nông nghiệp và Phát triển nông thôn",
        15,
        0,
    )


def test_unmatched(corpus: Corpus) -> None:
    """Every appendix row has a body counterpart; some body bullets have no row."""
    table = corpus.unmatched(document=SL).to_records()
    texts = [r["text"] for r in table]

    assert {r["origin"] for r in table} == {"body"}
    assert any(
        t.startswith("Quản lý và khai thác hiệu quả hệ thống cơ sở dữ liệu")
        for t in texts
    )
    assert any(t.startswith("Phối hợp với Bộ Nông nghiệp") for t in texts)
    assert not any(
        t.startswith("Chủ trì xây dựng Đề án phát triển kinh tế tập thể") for t in texts
    )


def test_due_per_year(corpus: Corpus) -> None:
    """One-off deadlines end in 2021, 2022 and 2025; nine duties recur every year."""
    found = [(r["year"], r["due"], r["recurring"]) for r in corpus.due_per_year()]

    assert found == [
        (2021, 7, 9),
        (2022, 12, 9),
        (2023, 0, 9),
        (2024, 0, 9),
        (2025, 4, 9),
    ]


def test_compare(corpus: Corpus) -> None:
    """The two plans side by side: the alliance leads in both; only Sơn La has dated rows."""
    table = {(r["aspect"], r["item"]): (r[SL], r[BD]) for r in corpus.compare(SL, BD)}

    assert table["lead", "Liên minh Hợp tác xã tỉnh"] == (6, 1)
    assert table["deadline", "(none)"] == (72, 36)
    assert table["deadline", "Hằng năm"] == (9, 0)


def test_tables(corpus: Corpus) -> None:
    """Table sizes that follow from the texts."""
    assert len(corpus.to_records("tasks")) == 140
    assert len(corpus.to_records("documents")) == len(corpus.refs) == 18
    documents = {r["key"]: r for r in corpus.to_records("documents")}
    assert documents[BD]["effective"] == date(2023, 2, 22)
    assert documents["37/KH-UBND"]["has_text"] is False
    codes = {r["code"] for r in corpus.to_records("diagnostics")}
    assert {
        "symbol-double-slash",
        "duplicate-section-number",
        "cell-inherited",
        "appendix-truncated",
    } <= codes
