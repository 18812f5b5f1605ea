"""find_citations and parse_citation: real phrasing and other provinces' styles."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from kttt.errors import ParseError
from kttt.model import DocKind, DocumentNumber, RelationKind
from kttt.parse._citations import find_citations, parse_citation, review_citations

if TYPE_CHECKING:
    import re


def _keys(text: str) -> list[str]:
    return [c.ref.key for c in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "key", "issued", "issuer"),
    [
        (
            "Căn cứ Nghị quyết số 134/NQ-CP ngày 25/9/2020 của Chính phủ về Ban hành",
            "134/NQ-CP",
            date(2020, 9, 25),
            "Chính phủ",
        ),
        (
            "Kết luận số 70-KL/TW ngày 09/3/2020 của Bộ Chính trị",
            "70-KL/TW",
            date(2020, 3, 9),
            "Bộ Chính trị",
        ),
        (
            "Kế hoạch số 52-KH/TU ngày 06/01/2023 của Tỉnh uỷ Bình Định về",
            "52-KH/TU",
            date(2023, 1, 6),
            "Tỉnh ủy Bình Định",
        ),
        (
            "tại Quyết định 5198/QĐ-UBND ngày 27/12/2021 của UBND tỉnh về việc",
            "5198/QĐ-UBND",
            date(2021, 12, 27),
            "Ủy ban nhân dân tỉnh",
        ),
        (
            "Thông tư số 09/2018/TT-BKHĐT ngày 28 tháng 12 năm 2018 của Bộ Kế hoạch và Đầu tư",
            "9/2018/TT-BKHĐT",
            date(2018, 12, 28),
            "Bộ Kế hoạch và Đầu tư",
        ),
        (
            "Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khoá XIII",
            "20-NQ/TW",
            date(2022, 6, 16),
            "Ban Chấp hành Trung ương Đảng khóa XIII",
        ),
        (
            (
                "Nghị quyết số 13-NQ/TW ngày 18/3/2002 Hội nghị lần thứ 5, Ban Chấp hành"
                " Trung ương Đảng khóa IX về"
            ),
            "13-NQ/TW",
            date(2002, 3, 18),
            "Ban Chấp hành Trung ương Đảng khóa IX",
        ),
        (
            "Quyết định số 3204/QĐ-UBND ngày 03/10/2022 Uỷ ban nhân dân tỉnh về việc",
            "3204/QĐ-UBND",
            date(2022, 10, 3),
            "Ủy ban nhân dân tỉnh",
        ),
        (
            "Quyết định số 1903/QĐ-UBND ngày 01/9/2020 của UBND tỉnh Sơn La nhằm",
            "1903/QĐ-UBND",
            date(2020, 9, 1),
            "Ủy ban nhân dân tỉnh Sơn La",
        ),
        (
            "Chương trình hành động số 08-CTr/TU ngày 14/5/2021 của Tỉnh ủy về",
            "8-CTr/TU",
            date(2021, 5, 14),
            "Tỉnh ủy",
        ),
        (
            "Chỉ thị số 19-CT/TU ngày 10.5.2022 của Ban Thường vụ Tỉnh ủy Quảng Ngãi",
            "19-CT/TU",
            date(2022, 5, 10),
            "Ban Thường vụ Tỉnh ủy Quảng Ngãi",
        ),
        (
            "Nghị quyết số 05/2021/NQ-HĐND ngày 12-7-2021 của HĐND tỉnh Đắk Lắk",
            "5/2021/NQ-HĐND",
            date(2021, 7, 12),
            "Hội đồng nhân dân tỉnh Đắk Lắk",
        ),
        (
            (
                "Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 613/TTr-SKHĐT"
                " ngày 03 tháng 11 năm 2020."
            ),
            "613/TTr-SKHĐT",
            date(2020, 11, 3),
            "Sở Kế hoạch và Đầu tư",
        ),
        (
            "tại Công văn số 1875/SKHĐT-KTN ngày 5/10/2021",
            "1875/SKHĐT-KTN",
            date(2021, 10, 5),
            "Sở Kế hoạch và Đầu tư",
        ),
        (
            "theo Văn bản số 253/SKHĐT-KTN ngày 14/02/2023.",
            "253/SKHĐT-KTN",
            date(2023, 2, 14),
            "Sở Kế hoạch và Đầu tư",
        ),
        (
            "Quyết định số 461/QĐ-TTg ngày 27/4/2018 về phê duyệt Đề án",
            "461/QĐ-TTg",
            date(2018, 4, 27),
            "Thủ tướng Chính phủ",
        ),
        (
            "Luật Hợp tác xã số 23/2012/QH13 ngày 20/11/2012",
            "23/2012/QH13",
            date(2012, 11, 20),
            "Quốc hội",
        ),
        (
            "KẾ HOẠCH SỐ 52-KH/TU NGÀY 06/01/2023 CỦA TỈNH UỶ BÌNH ĐỊNH VỀ THỰC HIỆN",
            "52-KH/TU",
            date(2023, 1, 6),
            "Tỉnh ủy Bình Định",
        ),
        (
            "Quyết định số: 510/QĐ-UBND ngày 22/02/2023 của UBND tỉnh)",
            "510/QĐ-UBND",
            date(2023, 2, 22),
            "Ủy ban nhân dân tỉnh",
        ),
    ],
)
def test_one_reference(text: str, key: str, issued: date, issuer: str) -> None:
    """Each phrasing reads to the document, its date and its authority."""
    (found,) = find_citations(text)

    assert (found.ref.key, found.ref.issued, found.ref.issuer) == (key, issued, issuer)
    assert text[found.span[0] : found.span[1]] == found.text


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
            "luat:to-chuc-chinh-quyen-dia-phuong:2015-06-19",
        ),
        ("thi hành Luật Hợp tác xã năm 2012.", "luat:hop-tac-xa:2012"),
        ("theo quy định của Luật Bảo hiểm xã hội và quy định", "luat:bao-hiem-xa-hoi"),
        ("Căn cứ Bộ luật Lao động năm 2019;", "bo_luat:lao-dong:2019"),
        ("Căn cứ Hiến pháp năm 2013;", "hien_phap:2013"),
        (
            "Luật Khoa học và Công nghệ ngày 18/6/2013",
            "luat:khoa-hoc-va-cong-nghe:2013-06-18",
        ),
    ],
)
def test_laws_by_name(text: str, key: str) -> None:
    """Laws without numbers are identified by name and date or year."""
    assert _keys(text) == [key]


def test_amending_law() -> None:
    """An amending law names the laws it amends, which are found too."""
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung"
        " một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"
        " ngày 22/11/2019;"
    )

    found = find_citations(text)

    assert [c.ref.key for c in found] == [
        "luat:to-chuc-chinh-quyen-dia-phuong:2015-06-19",
        "luat:sua-doi-bo-sung-mot-so-dieu-cua-luat-to-chuc-chinh-phu-va-luat-to-chuc-chinh-quyen-dia-phuong:2019-11-22",
        "luat:to-chuc-chinh-phu",
        "luat:to-chuc-chinh-quyen-dia-phuong:2015-06-19",
    ]
    assert [(r.kind, r.target.key) for r in found[1].claims] == [
        (RelationKind.AMENDS, "luat:to-chuc-chinh-phu"),
        (RelationKind.AMENDS, "luat:to-chuc-chinh-quyen-dia-phuong:2015-06-19"),
    ]
    assert found[3].inferred == {"issued"}


def test_list_sharing_a_kind_word_and_issuer() -> None:
    """Items after ``các Quyết định của UBND tỉnh:`` share its issuer."""
    text = (
        "các Quyết định của UBND tỉnh: số 1203/QĐ-UBND ngày 15/5/2021; số 1577/QĐ-UBND"
        " ngày 30/6/2021 và 2010/QĐ-UBND ngày 12/8/2021"
    )

    found = find_citations(text)

    assert [(c.ref.key, c.ref.issued, c.ref.issuer) for c in found] == [
        ("1203/QĐ-UBND", date(2021, 5, 15), "Ủy ban nhân dân tỉnh"),
        ("1577/QĐ-UBND", date(2021, 6, 30), "Ủy ban nhân dân tỉnh"),
        ("2010/QĐ-UBND", date(2021, 8, 12), "Ủy ban nhân dân tỉnh"),
    ]
    assert all(c.inferred == {"issuer"} for c in found)


def test_seed_list_with_bao_gom() -> None:
    """The seed's list of the Prime Minister's decisions."""
    text = (
        "Tổng kết, đánh giá kết quả thực hiện các Quyết định của Thủ tướng Chính phủ,"
        " bao gồm: số 461/QĐ-TTg ngày 27/4/2018 về phê duyệt Đề án Phát triển 15.000"
        " hợp tác xã; số 490/QĐ-TTg ngày 07/5/2018 về phê duyệt Chương trình mỗi xã"
        " một sản phẩm giai đoạn 2018 - 2020"
    )

    found = find_citations(text)

    assert [(c.ref.key, c.ref.kind, c.ref.issuer) for c in found] == [
        ("461/QĐ-TTg", DocKind.QUYET_DINH, "Thủ tướng Chính phủ"),
        ("490/QĐ-TTg", DocKind.QUYET_DINH, "Thủ tướng Chính phủ"),
    ]
    assert [c.claims for c in found] == [(), ()]


def test_list_of_plain_letters_takes_the_kind_word() -> None:
    """Letters without a kind code take the list's kind word."""
    text = "các Công văn của Sở Tài chính: số 112/STC-NS ngày 2/3/2022, số 140/STC-NS ngày 9/3/2022"

    found = find_citations(text)

    assert [(c.ref.key, c.ref.kind, c.ref.issuer) for c in found] == [
        ("112/STC-NS", DocKind.CONG_VAN, "Sở Tài chính"),
        ("140/STC-NS", DocKind.CONG_VAN, "Sở Tài chính"),
    ]


def test_web_flattened() -> None:
    """Line breaks, stray spaces and ``|`` inside a reference are read through."""
    text = (
        "Nghị định số 45/2021/NĐ-CP ngày 31\ntháng 3 năm 2021; Nghị quyết số"
        " 20-NQ/TW ngày 16/6/ 2022 | của Bộ Chính trị; Quyết định\nsố 12/QĐ-UBND"
    )

    found = find_citations(text)

    assert [(c.ref.key, c.ref.issued) for c in found] == [
        ("45/2021/NĐ-CP", date(2021, 3, 31)),
        ("20-NQ/TW", date(2022, 6, 16)),
        ("12/QĐ-UBND", None),
    ]
    assert found[1].ref.issuer == "Bộ Chính trị"
    assert found[2].text == "Quyết định\nsố 12/QĐ-UBND"


def test_spans_index_the_text_as_given() -> None:
    """Spans point into NFD input and past zero-width characters."""
    import unicodedata  # noqa: PLC0415

    text = "x\u200b " + unicodedata.normalize(
        "NFD", "Quyết định số 12/QĐ-UBND ngày 1/2/2021"
    )

    (found,) = find_citations(text)

    assert text[found.span[0] : found.span[1]] == found.text
    assert found.span == (3, len(text))
    assert found.ref.key == "12/QĐ-UBND"


@pytest.mark.parametrize(
    ("text", "code", "key"),
    [
        ("Nghị quyết số 134//NQ-CP ngày 25/9/2020", "symbol-double-slash", "134/NQ-CP"),
        (
            "Nghị định số 98/2018/NĐ-CP ngày 05/7/2020",
            "symbol-year-mismatch",
            "98/2018/NĐ-CP",
        ),
        ("Kế hoạch số 510/QĐ-UBND ngày 22/02/2023", "kind-mismatch", "510/QĐ-UBND"),
        ("Quyết định số 12 /QĐ-UBND", "symbol-spacing", "12/QĐ-UBND"),
        ("Quyết định số 12/QĐ-UBND ngày 31/2/2021", "date-invalid", "12/QĐ-UBND"),
    ],
)
def test_slips_repaired_and_reported(text: str, code: str, key: str) -> None:
    """Slips are read, repaired and named; the mention is kept."""
    (found,) = find_citations(text)

    assert (found.ref.key, found.repairs) == (key, (code,))
    assert [d.code for d in review_citations([found], text)] == [code]


def test_year_mismatch_takes_the_number_year() -> None:
    """98/2018/NĐ-CP of 05/7/2020 was issued on 05/7/2018."""
    (found,) = find_citations("Nghị định số 98/2018/NĐ-CP ngày 05/7/2020 của Chính phủ")

    assert found.ref.issued == date(2018, 7, 5)


def test_kind_mismatch_keeps_the_code_kind() -> None:
    """The symbol is the formal identifier; the kind word is kept in the text."""
    (found,) = find_citations("Kế hoạch số 510/QĐ-UBND")

    assert found.ref.kind is DocKind.QUYET_DINH


def test_party_quy_dinh_code_is_not_a_mismatch() -> None:
    """Party regulations carry QĐ; that is their code, not a slip."""
    (found,) = find_citations(
        "Quy định số 105-QĐ/TW ngày 19/12/2017 của Ban Chấp hành Trung ương"
    )

    assert (found.ref.kind, found.repairs) == (DocKind.QUY_DINH, ())


def test_two_dates_for_one_document() -> None:
    """One number cited with two dates gives a diagnostic with its line."""
    text = "Quyết định số 12/QĐ-UBND ngày 1/2/2021;\nQuyết định số 12/QĐ-UBND ngày 3/2/2021"

    diagnostics = review_citations(find_citations(text), text)

    assert [(d.code, d.line) for d in diagnostics] == [("citation-date-conflict", 2)]


def test_short_recitation_resolved() -> None:
    """A later bare mention takes the date and issuer of the full one."""
    text = (
        "Căn cứ Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng"
        " khoá XIII; quán triệt nội dung Nghị quyết số 20-NQ/TW gắn với"
    )

    first, second = find_citations(text)

    assert second == first
    assert second.inferred == {"issued", "issuer"}


def test_less_specific_issuer_completed() -> None:
    """``của Tỉnh ủy`` is completed from ``của Tỉnh uỷ Bình Định``."""
    text = (
        "Kế hoạch số 52-KH/TU ngày 06/01/2023 của Tỉnh ủy; Kế hoạch số 52-KH/TU ngày"
        " 06/01/2023 của Tỉnh uỷ Bình Định"
    )

    first, second = find_citations(text)

    assert first.ref.issuer == second.ref.issuer == "Tỉnh ủy Bình Định"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ban hành kèm theo Quyết định này Kế hoạch", DocKind.QUYET_DINH),
        ("theo dõi việc thực hiện Kế hoạch này;", DocKind.KE_HOACH),
        ("triển khai Chương trình hành động này", DocKind.CHUONG_TRINH),
    ],
)
def test_self_references(text: str, kind: DocKind) -> None:
    """``Quyết định này`` names the document that contains it."""
    (found,) = find_citations(text)

    assert (found.self_reference, found.ref.kind, found.ref.number) == (
        True,
        kind,
        None,
    )


def test_plural_is_not_a_self_reference() -> None:
    """``các kế hoạch này`` is not this plan."""
    assert find_citations("xây dựng các Kế hoạch này") == []


def test_header_number_is_the_document_itself() -> None:
    """``Số: 2699/QĐ-UBND`` alone on its line is the document's own number."""
    (found,) = find_citations("ỦY BAN NHÂN DÂN\nSố: 2699/QĐ-UBND\nSơn La")

    assert (found.ref.key, found.self_reference) == ("2699/QĐ-UBND", True)


@pytest.mark.parametrize(
    ("text", "key", "inferred"),
    [
        (
            (
                "thực hiện Nghị quyết Trung ương 5 Khóa IX về tiếp tục đổi mới, phát triển và"
                " nâng cao hiệu quả kinh tế tập thể"
            ),
            "13-NQ/TW",
            {"number", "issued", "title"},
        ),
        (
            "Nghị quyết Hội nghị Trung ương 5 khóa XIII về kinh tế tập thể",
            "20-NQ/TW",
            {"number", "issued", "title"},
        ),
        (
            "Nghị quyết Trung ương 7 khóa X về nông nghiệp, nông dân, nông thôn",
            "26-NQ/TW",
            set(),
        ),
    ],
)
def test_conferences(text: str, key: str, inferred: set[str]) -> None:
    """A resolution cited by its plenum is resolved from the alias table."""
    (found,) = find_citations(text)

    assert (found.ref.key, set(found.inferred)) == (key, inferred)


def test_unknown_topic_leaves_conference_unresolved() -> None:
    """A plenum with several resolutions and no topic is kept and flagged."""
    (found,) = find_citations("Nghị quyết Trung ương 5 khóa XIII;")

    assert (found.ref.number, found.repairs) == (None, ("conference-ambiguous",))


def test_claims_chain() -> None:
    """Each document in a chain implements the next one named after it."""
    text = (
        "bãi bỏ Kế hoạch số 37/KH-UBND ngày 25/3/2021 của UBND tỉnh thực hiện Nghị quyết"
        " số 134//NQ-CP ngày 25/9/2020 của Chính Phủ ban hành Chương trình hành động của"
        " Chính phủ thực hiện Kết luận số 70-KL/TW ngày 09/3/2020 của Bộ Chính trị về"
        " tiếp tục thực hiện Nghị quyết Trung ương 5 khóa IX về tiếp tục đổi mới, phát"
        " triển và nâng cao hiệu quả kinh tế tập thể"
    )

    found = find_citations(text)

    claims = [
        (r.kind, r.source.key if r.source else None, r.target.key)
        for c in found
        for r in c.claims
    ]
    assert claims == [
        (RelationKind.REPEALS, None, "37/KH-UBND"),
        (RelationKind.IMPLEMENTS, "37/KH-UBND", "134/NQ-CP"),
        (RelationKind.IMPLEMENTS, "134/NQ-CP", "70-KL/TW"),
        (RelationKind.IMPLEMENTS, "70-KL/TW", "13-NQ/TW"),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            (
                "Nghị định số 116/2018/NĐ-CP ngày 07/9/2018 của Chính phủ về sửa đổi, bổ sung"
                " một số điều của Nghị định số 55/2015/NĐ-CP"
            ),
            RelationKind.AMENDS,
        ),
        (
            (
                "Kế hoạch số 52-KH/TU ngày 06/01/2023 của Tỉnh uỷ về thực hiện Nghị quyết số"
                " 20-NQ/TW ngày 16/6/2022"
            ),
            RelationKind.IMPLEMENTS,
        ),
        (
            "Quyết định số 15/QĐ-UBND ngày 4/1/2022 thay thế Quyết định số 1200/QĐ-UBND",
            RelationKind.REPLACES,
        ),
        (
            (
                "Thông tư số 09/2018/TT-BKHĐT hướng dẫn thi hành một số điều của Nghị định"
                " số 193/2013/NĐ-CP"
            ),
            RelationKind.IMPLEMENTS,
        ),
    ],
)
def test_claims_between_two(text: str, kind: RelationKind) -> None:
    """The phrase between two mentions says how the first stands to the second."""
    first, second = find_citations(text)

    assert [(r.kind, r.source, r.target) for r in first.claims] == [
        (kind, first.ref, second.ref)
    ]


def test_no_claim_across_clauses_or_for_results() -> None:
    """``tổng kết 20 năm thực hiện`` and a ``;`` break make no claim."""
    text = (
        "Tổng kết 20 năm thực hiện Nghị quyết số 13-NQ/TW ngày 18/3/2002; Quyết định số"
        " 1/QĐ-UBND"
    )

    assert [c.claims for c in find_citations(text)] == [(), ()]


def test_no_false_positives() -> None:
    """Dates, ranges, bare counts and lower-case words are not references."""
    text = (
        "giai đoạn 2021 - 2025, thành lập mới 15 tổ chức, trước ngày 15/12 hằng năm,"
        " quyết định của UBND tỉnh, pháp luật có liên quan, Luật pháp, số 5 hợp tác xã"
    )

    assert find_citations(text) == []


class TestParseCitation:
    """parse_citation, the strict reader."""

    def test_reads_one(self) -> None:
        """A whole reference reads with its parts."""
        citation = parse_citation(
            "Nghị quyết số 134/NQ-CP ngày 25/9/2020 của Chính phủ"
        )

        assert citation.ref.number == DocumentNumber.parse("134/NQ-CP")
        assert citation.ref.issuer == "Chính phủ"
        assert citation.span == (0, 52)

    def test_error_points_at_the_bad_number(self) -> None:
        """The message, line, column and underline locate the problem."""
        with pytest.raises(ParseError) as info:
            parse_citation("Nghị quyết số 134/nq-cp ngày 25/9/2020")

        assert str(info.value) == (
            "expected a document number such as '2699/QĐ-UBND' or '70-KL/TW'"
            " (line 1, column 15)\n"
            "    Nghị quyết số 134/nq-cp ngày 25/9/2020\n"
            "                  ^^^^^^^^^"
        )

    def test_error_on_trailing_text(self) -> None:
        """Text after the reference is reported where it starts."""
        with pytest.raises(ParseError) as info:
            parse_citation("Quyết định số 12/QĐ-UBND và")

        assert (info.value.message, info.value.span) == (
            "expected the end of the reference",
            (24, 25),
        )

    def test_error_on_not_a_self_reference(self) -> None:
        """``Dự án này`` is a project, not this document."""
        with pytest.raises(ParseError, match="does not name the document"):
            parse_citation("Dự án này")

    def test_error_positions_map_to_nfd_input(self) -> None:
        """Errors in decomposed input point into the text as given."""
        import unicodedata  # noqa: PLC0415

        text = unicodedata.normalize("NFD", "Quyết định số 12/qđ-ubnd")
        with pytest.raises(ParseError) as info:
            parse_citation(text)

        assert info.value.source == text
        assert text[info.value.span[0] :].startswith("12/q")


def test_end_anchored_patterns_fit_their_windows() -> None:
    """Each end-anchored pattern is searched over a window at least as wide as its widest match."""
    from re._parser import parse  # type: ignore[import-not-found]  # noqa: PLC0415 - gives widths

    from kttt.parse import _citations as c  # noqa: PLC0415

    def widest(pattern: re.Pattern[str]) -> int:
        return int(parse(pattern.pattern, pattern.flags).getwidth()[1])

    assert widest(c._BEFORE_NUMBER) <= c._BEFORE_NUMBER_WIDTH
    assert widest(c._LIST_SEP) <= c._LIST_SEP_WIDTH
    assert widest(c._NOT_IMPLEMENTING) <= c._NOT_IMPLEMENTING_WIDTH
    assert max(widest(p) for _, _, p in c._TRIGGERS) <= c._TRIGGER_WIDTH
