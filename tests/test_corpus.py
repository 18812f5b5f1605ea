"""The corpus on hand-built documents that mirror the seeds' relations and tasks.

These do not depend on the document parser: each document is built from the
model the way the parser reads the seeds (and one other province's plan),
so that graph, validity and query rules are pinned down on their own.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kttt.agencies import resolve_agency
from kttt.corpus import TABLES, Corpus, Edge, TaskView, Validity, parse_many
from kttt.corpus._coverage import similarity
from kttt.corpus._tasks import TASK_COLUMNS
from kttt.io._tables import to_frame, to_parquet
from kttt.model import (
    Agency,
    Comparator,
    Diagnostic,
    DocKind,
    Document,
    DocumentNumber,
    DocumentRef,
    LegalBasis,
    Plan,
    Proposal,
    Relation,
    RelationKind,
    ReportingDuty,
    Target,
    Task,
    TaskOrigin,
    TaskStatus,
    ValidityStatus,
)
from kttt.parse import parse_deadline

SON_LA = "Sơn La"
BINH_DINH = "Bình Định"


def ref(
    number: str, issued: date | None = None, kind: DocKind | None = None
) -> DocumentRef:
    """A numbered reference, its kind taken from the symbol unless given."""
    parsed = DocumentNumber.parse(number)
    found = kind or parsed.kind or DocKind.VAN_BAN
    return DocumentRef(kind=found, number=parsed, issued=issued)


def law(title: str, issued: date | None = None, year: int | None = None) -> DocumentRef:
    """A law cited by its title and date (or year)."""
    return DocumentRef(kind=DocKind.LUAT, title=title, issued=issued, year=year)


def agency(name: str, province: str) -> Agency:
    """An agency as the registry resolves it in a province."""
    return resolve_agency(name, province=province)


def task(
    number: str,
    text: str,
    lead: str | None,
    deadline: str | None,
    *,
    province: str = SON_LA,
    coordinators: tuple[str, ...] = (),
    origin: TaskOrigin = TaskOrigin.APPENDIX,
    group: str | None = None,
) -> Task:
    """A task as the parser reads an appendix row or a body bullet."""
    return Task(
        id=f"{origin.value}/{number.lower().replace('.', '-')}",
        number=number,
        origin=origin,
        text=text,
        group=group,
        lead=agency(lead, province) if lead else None,
        coordinators=tuple(agency(c, province) for c in coordinators),
        deadline=parse_deadline(deadline) if deadline else None,
        deadline_text=deadline,
    )


NQ134 = ref("134/NQ-CP", date(2020, 9, 25))
KL70 = ref("70-KL/TW", date(2020, 3, 9))
NQ13 = ref("13-NQ/TW")
NQ20 = ref("20-NQ/TW", date(2022, 6, 16))
NQ09 = ref("09/NQ-CP", date(2023, 2, 2))
KH52 = ref("52-KH/TU", date(2023, 1, 6))
KH37 = ref("37/KH-UBND", date(2021, 3, 25))
CQDP = law("Tổ chức chính quyền địa phương", issued=date(2015, 6, 19))
GROUP = "Các sở, ban, ngành, UBND các huyện, thành phố"
G1 = "Tiếp tục tăng cường công tác tuyên truyền, nâng cao nhận thức về kinh tế tập thể"
G2 = "Rà soát, hoàn thiện hệ thống pháp luật, cơ chế, chính sách"

SON_LA_PLAN = DocumentRef(
    kind=DocKind.CHUONG_TRINH,
    title="Chương trình hành động thực hiện Nghị quyết số 134/NQ-CP",
    issued=date(2020, 12, 4),
)


def son_la() -> Document:
    """Sơn La's 2699/QĐ-UBND, as seed 000 reads."""
    tasks = (
        task("I.1", "Hướng dẫn tuyên truyền nhằm nâng cao nhận thức về kinh tế tập thể, hợp tác xã", "Sở Thông tin và Truyền thông", "Hàng năm", coordinators=(GROUP,), group=G1),
        task("I.4", "Chủ trì, hướng dẫn các cơ sở đào tạo đưa nội dung phát triển kinh tế tập thể vào giảng dạy", "Sở Nội vụ", "Hàng năm", group=G1),
        task("II.1", "Xây dựng Kế hoạch/Đề án phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2025", GROUP, "2020 - 2021", coordinators=(GROUP,), group=G2),
        task("II.3", "Tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012", "BCĐ Đổi mới, phát triển KTTT, HTX tỉnh", "2021 - 2022", group=G2),
        task("II.4", "Xây dựng Kế hoạch và hướng dẫn tiêu chí thực hiện Đề án mô hình HTX kiểu mới", "Sở Kế hoạch và Đầu tư", "2021", group=G2),
        task("II.5", "Xây dựng Đề án phát triển KTTT, HTX nông nghiệp gắn với tái cơ cấu nông nghiệp", "Sở Nông nghiệp và Phát triển nông thôn", "2021 - 2022", group=G2),
        task("II.14", "Chỉ đạo các cơ sở giáo dục nghề nghiệp xây dựng chương trình đào tạo nghề nghiệp", "Sở Lao động, Thương binh và Xã hội", "2020 - 2021", group=G2),
        task("IV.2", "Đào tạo, bồi dưỡng nâng cao năng lực quản trị cho cán bộ quản lý, thành viên hợp tác xã", "Liên minh HTX tỉnh", "2021 - 2022"),
        task("V.3", "Tổ chức triển khai thực hiện Đề án nâng cao năng lực hoạt động của các hợp tác xã nông nghiệp", "Sở Nông nghiệp và Phát triển nông thôn", "2021 - 2025"),
        task("1.4", "Chỉ đạo các cơ sở giáo dục nghề nghiệp nghiên cứu đưa nội dung phát triển kinh tế tập thể vào giảng dạy", "Sở Lao động - Thương binh và Xã hội", None, origin=TaskOrigin.BODY, group=G1),
        task("2.6", "Nghiên cứu, rà soát cơ chế, chính sách của tỉnh hỗ trợ kinh tế tập thể trong ứng dụng khoa học và công nghệ", "Sở Khoa học và Công nghệ", None, origin=TaskOrigin.BODY, group=G2),
        task("2.8", "Chủ trì phối hợp giải quyết các vướng mắc về đất đai của hợp tác xã trên địa bàn tỉnh", "Sở Tài nguyên và Môi trường", "Theo tiến độ", origin=TaskOrigin.BODY, group=G2),
    )  # fmt: skip
    decision = ref("2699/QĐ-UBND", date(2020, 12, 4))
    return Document(
        ref=decision,
        place=SON_LA,
        province=SON_LA,
        legal_bases=(
            LegalBasis(ref=CQDP, text="Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"),
            LegalBasis(ref=NQ134, text="Căn cứ Nghị quyết số 134/NQ-CP ngày 25/9/2020 của Chính phủ"),
        ),
        proposal=Proposal(ref=ref("613/TTr-SKHĐT", date(2020, 11, 3)), text="Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư"),
        relations=(
            Relation(kind=RelationKind.ISSUES, target=SON_LA_PLAN),
            Relation(kind=RelationKind.IMPLEMENTS, target=NQ134, source=SON_LA_PLAN),
            Relation(kind=RelationKind.IMPLEMENTS, target=KL70, source=NQ134),
            Relation(kind=RelationKind.IMPLEMENTS, target=NQ13, source=ref("70-KL/TW")),
            Relation(kind=RelationKind.BASED_ON, target=NQ134),
        ),
        effective=date(2020, 12, 4),
        plan=Plan(
            ref=SON_LA_PLAN,
            title="Chương trình hành động",
            tasks=tasks,
            reporting=(
                ReportingDuty(
                    text="báo cáo theo định kỳ hàng năm (trước ngày 05/12 hàng năm) gửi Sở Kế hoạch và Đầu tư",
                    to=(agency("Sở Kế hoạch và Đầu tư", SON_LA),),
                    deadline=parse_deadline("trước ngày 05/12 hàng năm"),
                ),
            ),
        ),
        diagnostics=(Diagnostic(code="duplicate-section-number", message="two sections are numbered 2.3", line=98),),
    )  # fmt: skip


BD_PLAN = ref("510/KH-UBND", date(2023, 2, 22))


def binh_dinh() -> Document:
    """Bình Định's 510/QĐ-UBND, as seed 004 reads: it repeals 37/KH-UBND."""
    decision = ref("510/QĐ-UBND", date(2023, 2, 22))
    return Document(
        ref=decision,
        province=BINH_DINH,
        legal_bases=tuple(LegalBasis(ref=r, text=f"Căn cứ {r}") for r in (law("Tổ chức chính quyền địa phương", issued=date(2015, 6, 19)), NQ20, KH52, NQ09)),
        relations=(
            Relation(kind=RelationKind.ISSUES, target=BD_PLAN),
            Relation(kind=RelationKind.IMPLEMENTS, target=KH52),
            Relation(kind=RelationKind.IMPLEMENTS, target=NQ20, source=KH52),
            Relation(kind=RelationKind.IMPLEMENTS, target=NQ20, source=NQ09),
            Relation(kind=RelationKind.REPEALS, target=KH37, effective=date(2023, 2, 22), text="bãi bỏ Kế hoạch số 37/KH-UBND ngày 25/3/2021 của UBND tỉnh"),
            Relation(kind=RelationKind.IMPLEMENTS, target=ref("134/NQ-CP", date(2020, 9, 25)), source=KH37),
        ),
        effective=date(2023, 2, 22),
        plan=Plan(
            ref=BD_PLAN,
            title="Kế hoạch triển khai thực hiện Kế hoạch số 52-KH/TU",
            tasks=(
                task("1", "Xây dựng các chuyên trang, chuyên mục để tuyên truyền Nghị quyết số 20-NQ/TW", "Liên minh HTX tỉnh", None, province=BINH_DINH),
                task("2", "Tổ chức đào tạo chuẩn hóa các chức danh quản lý KTTT", "Sở Nội vụ", "Quý II/2023", province=BINH_DINH, origin=TaskOrigin.BODY),
            ),
            targets=(
                Target(text="ít nhất 25%", indicator="cán bộ quản lý hợp tác xã tốt nghiệp đại học, cao đẳng", comparator=Comparator.IT_NHAT, value=Decimal(25), unit="%", horizon=2030),
            ),
        ),
    )  # fmt: skip


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """Both mirrored seeds."""
    return Corpus([son_la(), binh_dinh()])


def keys(view: TaskView) -> list[str]:
    """Task numbers of a view, in document order."""
    return [t.number or "" for t in view]


# -- graph ----------------------------------------------------------------------


def test_documents_are_keyed_by_number(corpus: Corpus) -> None:
    """The documents given are the corpus's documents, by key."""
    assert sorted(corpus.documents) == ["2699/QĐ-UBND", "510/QĐ-UBND"]


def test_nodes_include_documents_known_only_from_references(corpus: Corpus) -> None:
    """Every mentioned document is a node, with the fields its mentions give."""
    refs = corpus.refs

    assert {
        "134/NQ-CP",
        "70-KL/TW",
        "13-NQ/TW",
        "37/KH-UBND",
        "613/TTr-SKHĐT",
        "9/NQ-CP",
    } <= set(refs)
    assert refs["37/KH-UBND"].issued == date(2021, 3, 25)
    assert corpus.get("134/NQ-CP") is None


def test_lineage_goes_through_the_issued_plan(corpus: Corpus) -> None:
    """The plan's "Thực hiện" counts for the decision; claims carry the chain upward."""
    assert corpus.lineage("2699/QĐ-UBND") == (
        "2699/QĐ-UBND",
        "134/NQ-CP",
        "70-KL/TW",
        "13-NQ/TW",
    )
    assert corpus.lineage("510/QĐ-UBND") == ("510/QĐ-UBND", "52-KH/TU", "20-NQ/TW")


def test_lineage_from_the_plan_is_the_decisions(corpus: Corpus) -> None:
    """Asking about the attached plan gives the same chain, starting at the plan."""
    assert corpus.lineage("510/KH-UBND") == ("510/KH-UBND", "52-KH/TU", "20-NQ/TW")


def test_siblings_share_a_parent(corpus: Corpus) -> None:
    """Sơn La's decision and Bình Định's repealed plan both implement 134/NQ-CP."""
    assert corpus.siblings("2699/QĐ-UBND") == ("37/KH-UBND",)
    assert corpus.siblings("37/KH-UBND") == ("2699/QĐ-UBND",)
    assert corpus.siblings("510/QĐ-UBND") == ()


def test_implemented_by_walks_backward(corpus: Corpus) -> None:
    """The children of a resolution are the packages that implement it, by their decision."""
    assert sorted(corpus.implemented_by("134/NQ-CP")) == ["2699/QĐ-UBND", "37/KH-UBND"]
    assert sorted(corpus.implemented_by("20-NQ/TW")) == ["52-KH/TU", "9/NQ-CP"]


def test_repealed_by(corpus: Corpus) -> None:
    """The repealing decision is named."""
    assert corpus.repealed_by("37/KH-UBND") == ("510/QĐ-UBND",)
    assert corpus.repealed_by("2699/QĐ-UBND") == ()


def test_walk_both_ways(corpus: Corpus) -> None:
    """Walking forward finds what a document rests on; backward, what rests on it."""
    implements = [RelationKind.IMPLEMENTS]

    assert corpus.walk("70-KL/TW", kinds=implements) == ("70-KL/TW", "13-NQ/TW")
    assert corpus.walk("70-KL/TW", kinds=implements, direction="in") == (
        "70-KL/TW",
        "134/NQ-CP",
        SON_LA_PLAN.key,
        "37/KH-UBND",
    )
    assert "510/QĐ-UBND" in corpus.walk("13-NQ/TW", direction="both")


def test_walk_rejects_an_unknown_direction(corpus: Corpus) -> None:
    """Only out, in and both are directions."""
    with pytest.raises(ValueError, match="direction"):
        corpus.walk("70-KL/TW", direction="up")


def test_relations_are_deduplicated(corpus: Corpus) -> None:
    """A basis stated as a relation and as a legal basis is one edge."""
    based_on = corpus.outgoing("2699/QĐ-UBND", RelationKind.BASED_ON)

    assert [e.target for e in based_on] == ["134/NQ-CP", CQDP.key]


def test_claims_are_stated_by_the_citing_document(corpus: Corpus) -> None:
    """134/NQ-CP implements 70-KL/TW, as Sơn La's decision says."""
    (edge,) = corpus.outgoing("134/NQ-CP", RelationKind.IMPLEMENTS)

    assert edge == Edge(
        source="134/NQ-CP",
        kind=RelationKind.IMPLEMENTS,
        target="70-KL/TW",
        stated_by="2699/QĐ-UBND",
    )


def test_one_law_cited_by_both_provinces_is_one_node(corpus: Corpus) -> None:
    """Luật Tổ chức chính quyền địa phương is one node with two incoming bases."""
    sources = sorted(e.source for e in corpus.incoming(CQDP.key))

    assert sources == ["2699/QĐ-UBND", "510/QĐ-UBND"]


def test_get_resolves_plan_keys_and_written_numbers(corpus: Corpus) -> None:
    """The plan's key finds the decision that carries it; leading zeros do not matter."""
    assert corpus.get("510/KH-UBND") is corpus.documents["510/QĐ-UBND"]
    assert corpus.get(SON_LA_PLAN.key) is corpus.documents["2699/QĐ-UBND"]
    assert corpus.key("09/NQ-CP") == "9/NQ-CP"
    assert corpus.get("nothing") is None


def test_unknown_keys_raise_key_error(corpus: Corpus) -> None:
    """Graph and validity questions about an unknown document raise KeyError."""
    with pytest.raises(KeyError):
        corpus.lineage("1/QĐ-UBND")
    with pytest.raises(KeyError):
        corpus.status("1/QĐ-UBND", on=date(2023, 1, 1))


# -- identity -------------------------------------------------------------------


def citing(key: str, *targets: DocumentRef) -> Document:
    """A document whose legal bases are *targets*."""
    return Document(
        ref=ref(key, date(2024, 1, 1)),
        legal_bases=tuple(LegalBasis(ref=t, text=str(t)) for t in targets),
    )


def test_undated_mentions_merge_with_dated_ones() -> None:
    """A law cited with and without its year is one node, with the year."""
    corpus = Corpus(
        [
            citing("1/QĐ-UBND", law("Hợp tác xã")),
            citing("2/QĐ-UBND", law("Hợp tác xã", year=2012)),
        ]
    )

    assert corpus.key("luat:hop-tac-xa") == "luat:hop-tac-xa:2012"
    assert "luat:hop-tac-xa" not in corpus.refs
    assert [e.source for e in corpus.incoming("luat:hop-tac-xa:2012")] == [
        "1/QĐ-UBND",
        "2/QĐ-UBND",
    ]


def test_a_yearless_number_merges_with_the_yeared_one() -> None:
    """98/NĐ-CP is 98/2018/NĐ-CP when that is the only such decree cited."""
    corpus = Corpus(
        [
            citing("1/QĐ-UBND", ref("98/NĐ-CP")),
            citing("2/QĐ-UBND", ref("98/2018/NĐ-CP", date(2018, 7, 5))),
        ]
    )

    assert corpus.key("98/NĐ-CP") == "98/2018/NĐ-CP"
    assert corpus.ref("98/NĐ-CP").issued == date(2018, 7, 5)


def test_ambiguous_undated_mentions_stay_apart() -> None:
    """Two laws of one title in different years: the undated mention is its own node."""
    corpus = Corpus(
        [
            citing(
                "1/QĐ-UBND",
                law("Hợp tác xã"),
                law("Hợp tác xã", year=2012),
                law("Hợp tác xã", year=2023),
            )
        ]
    )

    assert corpus.key("luat:hop-tac-xa") == "luat:hop-tac-xa"


def test_a_missing_date_is_filled_from_another_mention() -> None:
    """20-NQ/TW cited without a date takes the date another document gives."""
    corpus = Corpus([citing("1/QĐ-UBND", ref("20-NQ/TW")), citing("2/QĐ-UBND", NQ20)])

    assert corpus.ref("20-NQ/TW").issued == date(2022, 6, 16)
    assert (
        corpus.status("20-NQ/TW", on=date(2022, 6, 16)).status
        is ValidityStatus.CON_HIEU_LUC
    )


def test_conflicting_dates_are_reported() -> None:
    """Two dates for one document become a diagnostic naming both."""
    corpus = Corpus(
        [
            citing("1/QĐ-UBND", ref("37/KH-UBND", date(2021, 3, 25))),
            citing("2/QĐ-UBND", ref("37/KH-UBND", date(2021, 3, 26))),
        ]
    )

    (found,) = [d for _, d in corpus.diagnostics if d.code == "conflicting-dates"]
    assert (
        found.message
        == "37/KH-UBND is cited with different dates: 2021-03-25 in 1/QĐ-UBND; 2021-03-26 in 2/QĐ-UBND"
    )


def test_a_document_given_twice_is_kept_once() -> None:
    """Equal documents are one."""
    assert len(Corpus([son_la(), son_la()])) == 1


def test_different_documents_with_one_key_are_both_kept() -> None:
    """Two provinces' 12/QĐ-UBND: the second is qualified by its province and reported."""
    first = Document(ref=ref("12/QĐ-UBND", date(2021, 1, 1)), province=SON_LA)
    second = Document(ref=ref("12/QĐ-UBND", date(2022, 5, 1)), province=BINH_DINH)

    corpus = Corpus([first, second])

    assert sorted(corpus.documents) == ["12/QĐ-UBND", "12/QĐ-UBND@binh-dinh"]
    assert [d.code for _, d in corpus.diagnostics] == ["duplicate-key"]


# -- validity -------------------------------------------------------------------


def test_not_yet_in_force_before_its_date(corpus: Corpus) -> None:
    """A decision has no force the day before it takes effect."""
    found = corpus.status("2699/QĐ-UBND", on=date(2020, 12, 3))

    assert found.status is ValidityStatus.CHUA_CO_HIEU_LUC
    assert found.note == "in force from 2020-12-04"


def test_repealed_from_the_repeals_effective_date(corpus: Corpus) -> None:
    """37/KH-UBND is in force on 21 February 2023 and repealed from the 22nd."""
    before = corpus.status("37/KH-UBND", on=date(2023, 2, 21))
    after = corpus.status("37/KH-UBND", on=date(2023, 2, 22))

    assert before == Validity(
        key="37/KH-UBND",
        on=date(2023, 2, 21),
        status=ValidityStatus.CON_HIEU_LUC,
        since=date(2021, 3, 25),
    )
    assert after == Validity(
        key="37/KH-UBND",
        on=date(2023, 2, 22),
        status=ValidityStatus.HET_HIEU_LUC_TOAN_BO,
        since=date(2023, 2, 22),
        by="510/QĐ-UBND",
        relation=RelationKind.REPEALS,
    )
    assert not after.in_force
    assert corpus.status_changes("37/KH-UBND") == (date(2021, 3, 25), date(2023, 2, 22))


def test_a_plan_takes_effect_with_its_decision(corpus: Corpus) -> None:
    """The attached plan is in force from the decision's effective date."""
    assert corpus.effective("510/KH-UBND") == date(2023, 2, 22)


def amender(
    kind: RelationKind,
    text: str,
    *,
    effective: date | None = date(2024, 3, 1),
    issued: date | None = date(2024, 3, 1),
) -> Document:
    """A 2024 decision that ends 2699/QĐ-UBND in some way."""
    return Document(
        ref=ref("99/QĐ-UBND", issued),
        relations=(
            Relation(
                kind=kind, target=ref("2699/QĐ-UBND"), effective=effective, text=text
            ),
        ),
    )


def test_amendments_repeal_in_part() -> None:
    """Sửa đổi, bổ sung leaves the document partly in force."""
    corpus = Corpus(
        [
            son_la(),
            amender(RelationKind.AMENDS, "sửa đổi, bổ sung Quyết định số 2699/QĐ-UBND"),
        ]
    )

    found = corpus.status("2699/QĐ-UBND", on=date(2024, 3, 1))

    assert (found.status, found.since, found.by) == (
        ValidityStatus.HET_HIEU_LUC_MOT_PHAN,
        date(2024, 3, 1),
        "99/QĐ-UBND",
    )
    assert found.in_force


def test_repealing_an_article_repeals_in_part() -> None:
    """Bãi bỏ khoản 2 Điều 1 ends only that clause."""
    corpus = Corpus(
        [
            son_la(),
            amender(
                RelationKind.REPEALS, "Bãi bỏ khoản 2 Điều 1 Quyết định số 2699/QĐ-UBND"
            ),
        ]
    )

    assert (
        corpus.status("2699/QĐ-UBND", on=date(2024, 6, 1)).status
        is ValidityStatus.HET_HIEU_LUC_MOT_PHAN
    )


def test_an_undated_relation_takes_the_stating_documents_date() -> None:
    """Thay thế without a date of its own takes effect with the replacing decision."""
    corpus = Corpus(
        [
            son_la(),
            amender(
                RelationKind.REPLACES,
                "thay thế Quyết định số 2699/QĐ-UBND",
                effective=None,
            ),
        ]
    )

    found = corpus.status("2699/QĐ-UBND", on=date(2024, 3, 1))

    assert (found.status, found.relation) == (
        ValidityStatus.HET_HIEU_LUC_TOAN_BO,
        RelationKind.REPLACES,
    )


def test_a_repeal_of_unknown_date_leaves_the_status_unknown() -> None:
    """When neither the relation nor its document has a date, the status is not guessed."""
    corpus = Corpus(
        [son_la(), amender(RelationKind.REPEALS, "bãi bỏ", effective=None, issued=None)]
    )

    assert (
        corpus.status("2699/QĐ-UBND", on=date(2024, 3, 1)).status
        is ValidityStatus.KHONG_XAC_DINH
    )


def test_a_document_without_dates_has_unknown_status(corpus: Corpus) -> None:
    """13-NQ/TW is known here only by number: nothing says when it took effect."""
    found = corpus.status("13-NQ/TW", on=date(2024, 1, 1))

    assert (found.status, found.note) == (
        ValidityStatus.KHONG_XAC_DINH,
        "no date of issue or effect is known",
    )


def test_a_plan_falls_with_its_decision() -> None:
    """Repealing the decision repeals the plan it issued."""
    corpus = Corpus(
        [son_la(), amender(RelationKind.REPEALS, "bãi bỏ Quyết định số 2699/QĐ-UBND")]
    )

    assert (
        corpus.status(SON_LA_PLAN.key, on=date(2024, 3, 1)).status
        is ValidityStatus.HET_HIEU_LUC_TOAN_BO
    )


def test_in_force_lists_documents_in_force(corpus: Corpus) -> None:
    """37/KH-UBND drops out on the day it is repealed."""
    assert "37/KH-UBND" in corpus.in_force(date(2023, 2, 21))
    assert "37/KH-UBND" not in corpus.in_force(date(2023, 2, 22))


def test_validity_reads_as_a_sentence(corpus: Corpus) -> None:
    """str() gives status, date and reason."""
    assert str(corpus.status("37/KH-UBND", on=date(2023, 3, 1))) == (
        "37/KH-UBND on 2023-03-01: repealed since 2023-02-22 (repeals by 510/QĐ-UBND)"
    )


# -- task queries ---------------------------------------------------------------


def test_all_tasks_in_document_order(corpus: Corpus) -> None:
    """No filter gives every task, Sơn La's first."""
    assert len(corpus.tasks()) == 14
    assert keys(corpus.tasks())[:3] == ["I.1", "I.4", "II.1"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Sở Nông nghiệp và Phát triển nông thôn", ["II.5", "V.3"]),
        ("so nong nghiep va phat trien nong thon", ["II.5", "V.3"]),
        ("Sở LĐ-TB&XH", ["II.14", "1.4"]),
        ("Liên minh Hợp tác xã tỉnh", ["IV.2", "1"]),
        ("son-la/lien-minh-hop-tac-xa", ["IV.2"]),
        ("Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã tỉnh", ["II.3"]),
    ],
)
def test_agency_by_name_alias_or_key(
    corpus: Corpus, query: str, expected: list[str]
) -> None:
    """Names, aliases and keys match without accents; a bare name matches every province."""
    assert keys(corpus.tasks(agency=query, role="lead", expand=False)) == expected


def test_agency_as_an_agency_object(corpus: Corpus) -> None:
    """An Agency value selects by its key."""
    assert keys(corpus.tasks(agency=agency("Sở Nội vụ", BINH_DINH), role="lead")) == [
        "2"
    ]


def test_groups_expand_to_their_members(corpus: Corpus) -> None:
    """Sở Nội vụ's work includes what is given to all departments."""
    lead_only = corpus.tasks(agency="Sở Nội vụ", role="lead", expand=False)
    expanded = corpus.tasks(agency="Sở Nội vụ", role="lead")
    any_role = corpus.tasks(agency="Sở Nội vụ", province=SON_LA)

    assert keys(lead_only) == ["I.4", "2"]
    assert keys(expanded) == ["I.4", "II.1", "2"]
    assert keys(any_role) == ["I.1", "I.4", "II.1"]


def test_coordinator_role(corpus: Corpus) -> None:
    """role='coordinator' looks only at the coordinators."""
    assert keys(corpus.tasks(agency=GROUP, role="coordinator")) == ["I.1", "II.1"]


def test_unknown_agency_selects_nothing(corpus: Corpus) -> None:
    """A name no task carries gives an empty view, not an error."""
    assert len(corpus.tasks(agency="Sở Ngoại vụ")) == 0


def test_origin_document_province_group(corpus: Corpus) -> None:
    """Structural filters."""
    assert keys(corpus.tasks(origin=TaskOrigin.BODY)) == ["1.4", "2.6", "2.8", "2"]
    assert keys(corpus.tasks(origin="appendix", document="510/KH-UBND")) == ["1"]
    assert keys(corpus.tasks(province="binh dinh")) == ["1", "2"]
    assert keys(corpus.tasks(group="ra soat, hoan thien", origin="body")) == [
        "2.6",
        "2.8",
    ]


def test_overdue_counts_one_off_deadlines(corpus: Corpus) -> None:
    """Deadlines that closed before the day; yearly duties are never overdue as a whole."""
    assert keys(corpus.tasks(overdue=date(2022, 1, 1))) == ["II.1", "II.4", "II.14"]
    assert keys(corpus.tasks(overdue=date(2023, 1, 1))) == [
        "II.1",
        "II.3",
        "II.4",
        "II.5",
        "II.14",
        "IV.2",
    ]
    assert keys(corpus.tasks(overdue=date(2021, 12, 31))) == []


def test_due_between_includes_recurring_occurrences(corpus: Corpus) -> None:
    """2021's deadlines: windows ending in 2021 and the yearly duties."""
    found = corpus.tasks(due_between=(date(2021, 1, 1), date(2021, 12, 31)))

    assert keys(found) == ["I.1", "I.4", "II.1", "II.4", "II.14"]


def test_active_on(corpus: Corpus) -> None:
    """Work scheduled on a day: inside its window, or recurring; never undated work."""
    assert keys(corpus.tasks(active_on=date(2023, 6, 1))) == ["I.1", "I.4", "V.3", "2"]


def test_status_as_of(corpus: Corpus) -> None:
    """status= asks each deadline; it needs as_of=."""
    found = corpus.tasks(status=TaskStatus.DANG_THUC_HIEN, as_of=date(2022, 6, 1))

    assert keys(found) == ["II.3", "II.5", "IV.2", "V.3", "2.8"]
    with pytest.raises(ValueError, match="as_of"):
        corpus.tasks(status="overdue")


def test_recurring_and_dated(corpus: Corpus) -> None:
    """Recurring deadlines; tasks with no usable deadline."""
    assert keys(corpus.tasks(recurring=True)) == ["I.1", "I.4"]
    assert keys(corpus.tasks(dated=False)) == ["1.4", "2.6", "2.8", "1"]


def test_text_search_ignores_accents(corpus: Corpus) -> None:
    """Words of the task, without accents."""
    assert keys(corpus.tasks(text="luat hop tac xa nam 2012")) == ["II.3"]
    assert keys(corpus.tasks(text="GIÁO DỤC NGHỀ NGHIỆP")) == ["II.14", "1.4"]


def test_filters_combine(corpus: Corpus) -> None:
    """Every filter given must hold; where() narrows further."""
    view = corpus.tasks(
        agency="Sở Nông nghiệp và Phát triển nông thôn", overdue=date(2023, 1, 1)
    )

    assert keys(view) == ["II.1", "II.5"]
    assert keys(corpus.tasks(province=SON_LA).where(recurring=True)) == ["I.1", "I.4"]


def test_bad_role_is_rejected(corpus: Corpus) -> None:
    """The role is lead, coordinator or any."""
    with pytest.raises(ValueError, match="role"):
        corpus.tasks(agency="Sở Nội vụ", role="chair")  # type: ignore[arg-type]


def test_view_pairs_keys_and_records(corpus: Corpus) -> None:
    """A view knows each task's document; records have the documented columns."""
    view = corpus.tasks(agency="Sở Nội vụ", role="lead", expand=False)

    assert view.keys() == [("2699/QĐ-UBND", "appendix/i-4"), ("510/QĐ-UBND", "body/2")]
    assert list(view.to_records()[1]) == [c.name for c in TASK_COLUMNS]
    assert view.to_records()[1]["due_end"] == date(2023, 6, 30)
    assert view[0].number == "I.4"


def test_view_html_is_escaped(corpus: Corpus) -> None:
    """Notebook HTML escapes the text it shows."""
    html = corpus.tasks(text="Kế hoạch/Đề án")._repr_html_()

    assert html.startswith("<table>")
    assert "Kế hoạch/Đề án" in html
    assert "<script" not in Corpus([]).tasks()._repr_html_()


def test_view_frame_has_typed_columns(corpus: Corpus) -> None:
    """The DataFrame has string, boolean and datetime columns."""
    frame = corpus.tasks().to_frame()

    assert len(frame) == 14
    assert str(frame["due_end"].dtype) == "datetime64[ns]"
    assert str(frame["recurring"].dtype) == "boolean"
    assert str(frame["origin"].dtype) == "category"
    assert str(frame["text"].dtype) == "string"


# -- coverage -------------------------------------------------------------------


def test_coverage_counts_agency_by_group(corpus: Corpus) -> None:
    """Each group's lead agencies, for one document."""
    rows = corpus.coverage(document="2699/QĐ-UBND").to_records()
    first = [(r["group"], r["agency"], r["tasks"]) for r in rows[:2]]

    assert first == [
        (G1, "Sở Lao động - Thương binh và Xã hội", 1),
        (G1, "Sở Nội vụ", 1),
    ]
    assert sum(r["tasks"] for r in rows) == 12


def test_without_deadline(corpus: Corpus) -> None:
    """Tasks with no deadline, or one that names no time."""
    assert keys(corpus.without_deadline(document="2699/QĐ-UBND")) == [
        "1.4",
        "2.6",
        "2.8",
    ]


def test_unmatched_body_and_appendix(corpus: Corpus) -> None:
    """Body tasks with no appendix row like them, and the reverse."""
    rows = corpus.unmatched(document="2699/QĐ-UBND").to_records()

    body = [r["number"] for r in rows if r["origin"] == "body"]
    assert body == ["2.6", "2.8"]
    assert "II.14" not in [r["number"] for r in rows]


def test_similarity_spells_out_abbreviations() -> None:
    """KTTT and HTX match their long forms."""
    assert (
        similarity(
            "Đề án phát triển KTTT, HTX", "đề án phát triển kinh tế tập thể, hợp tác xã"
        )
        == 1.0
    )
    assert similarity("", "x") == 0.0


def test_load_per_agency(corpus: Corpus) -> None:
    """Leading and coordinating counts, heaviest first."""
    rows = corpus.load(document="2699/QĐ-UBND").to_records()

    assert rows[0] == {
        "agency_key": agency(GROUP, SON_LA).key,
        "agency": GROUP,
        "province": SON_LA,
        "is_group": True,
        "lead": 1,
        "coordinator": 2,
        "total": 3,
    }


def test_due_per_year(corpus: Corpus) -> None:
    """One-off deadlines by the year they end; yearly duties in every year."""
    rows = corpus.due_per_year().to_records()

    assert [(r["year"], r["due"], r["recurring"]) for r in rows] == [
        (2021, 3, 2),
        (2022, 3, 2),
        (2023, 1, 2),
        (2024, 0, 2),
        (2025, 1, 2),
    ]


def test_compare_two_plans(corpus: Corpus) -> None:
    """Agencies line up across provinces by name."""
    table = corpus.compare("2699/QĐ-UBND", "510/QĐ-UBND")
    rows = {
        (r["aspect"], r["item"]): (r["2699/QĐ-UBND"], r["510/QĐ-UBND"]) for r in table
    }

    assert rows["lead", "Sở Nội vụ"] == (1, 1)
    assert rows["lead", "Liên minh Hợp tác xã tỉnh"] == (1, 1)
    assert rows["deadline", "(none)"] == (2, 1)
    with pytest.raises(KeyError):
        corpus.compare("2699/QĐ-UBND", "134/NQ-CP")


# -- tables ---------------------------------------------------------------------


@pytest.mark.parametrize("table", sorted(TABLES))
def test_records_have_the_documented_columns(corpus: Corpus, table: str) -> None:
    """Every table's records carry exactly its documented columns, in order."""
    rows = corpus.to_records(table)

    assert rows
    assert all(list(r) == [c.name for c in TABLES[table]] for r in rows)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_frames_have_one_row_per_record(corpus: Corpus, table: str) -> None:
    """to_frame keeps every row and column."""
    frame = corpus.to_frame(table)

    assert frame.shape == (len(corpus.to_records(table)), len(TABLES[table]))


def test_table_counts(corpus: Corpus) -> None:
    """Counts that follow from the documents."""
    assert len(corpus.to_records("tasks")) == 14
    assert len(corpus.to_records("targets")) == 1
    assert len(corpus.to_records("reporting")) == 1
    assert corpus.to_records("targets")[0]["value"] == 25.0
    assert [d["code"] for d in corpus.to_records("diagnostics")] == [
        "duplicate-section-number"
    ]
    documents = {r["key"]: r for r in corpus.to_records("documents")}
    assert (
        documents["2699/QĐ-UBND"]["has_text"],
        documents["134/NQ-CP"]["has_text"],
    ) == (True, False)
    assert documents["2699/QĐ-UBND"]["tasks"] == 12


def test_unknown_table_is_rejected(corpus: Corpus) -> None:
    """A table name that does not exist says which do."""
    with pytest.raises(ValueError, match="unknown table 'people'"):
        corpus.to_records("people")


# -- parse_many -----------------------------------------------------------------

SEEDS = Path(__file__).parents[1] / "src" / "kttt" / "data" / "seeds"


def test_parse_many_reports_unreadable_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file and a non-UTF-8 file are reported; the rest parse, in order."""
    good = tmp_path / "good.txt"
    good.write_text("QUYẾT ĐỊNH\nSố: 12/QĐ-UBND\n", encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Quyết định".encode("utf-16"))
    missing = tmp_path / "missing.txt"

    batch = parse_many([good, missing, latin], progress=True)

    assert [(Path(r.path).name, r.ok) for r in batch] == [
        ("good.txt", True),
        ("missing.txt", False),
        ("latin.txt", False),
    ]
    assert batch.failures[0].error is not None
    assert batch.failures[0].error.startswith("cannot read")
    assert batch.failures[1].error is not None
    assert batch.failures[1].error.startswith("not UTF-8 text")
    assert len(batch.documents) == 1
    assert capsys.readouterr().err.endswith("3/3\n")


def test_parse_many_in_parallel_matches_serial(tmp_path: Path) -> None:
    """Two worker processes give the same documents, in the same order."""
    paths = sorted(SEEDS.glob("*.txt"))
    missing = tmp_path / "gone.txt"

    serial = parse_many(paths)
    parallel = parse_many([*paths, missing], workers=2)

    assert parallel.documents == serial.documents
    assert [r.ok for r in parallel] == [True, True, False]
    assert len(parallel.corpus().documents) == 2


# -- kttt.io tables -------------------------------------------------------------


def test_parquet_files_answer_duckdb_queries(corpus: Corpus, tmp_path: Path) -> None:
    """The Parquet export is typed: DuckDB counts tasks per lead and reads dates as dates."""
    duckdb = pytest.importorskip("duckdb")
    written = to_parquet(corpus, tmp_path)
    tasks = str(written["tasks"])

    top = duckdb.sql(
        f"select lead, count(*) as n from read_parquet('{tasks}') "  # noqa: S608 - our own path
        "group by lead order by n desc, lead limit 1"
    ).fetchall()
    first = duckdb.sql(f"select min(due_end) from read_parquet('{tasks}')").fetchall()  # noqa: S608

    assert top == [("Liên minh Hợp tác xã tỉnh", 2)]
    assert first == [(date(2021, 12, 31),)]


def test_parquet_rejects_unknown_tables(corpus: Corpus, tmp_path: Path) -> None:
    """Only documented tables can be written."""
    with pytest.raises(ValueError, match="unknown tables"):
        to_parquet(corpus, tmp_path, tables=("tasks", "people"))


def test_io_to_frame_is_the_corpus_frame(corpus: Corpus) -> None:
    """kttt.io's to_frame gives the same frame as the corpus's own."""
    assert to_frame(corpus, "relations").equals(corpus.to_frame("relations"))
