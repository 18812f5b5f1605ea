"""Plans laid out the way other provinces write them, each checked by hand against its text.

The fixtures in ``tests/data/provinces/`` are short plans in the styles the
seeds do not show: ``1)``/``a)`` and ``I-``/``1-`` numbering, ``*`` and ``+``
bullets, labelled fields (``Thời gian: Quý II/2023``, ``Cơ quan chủ trì: …;
cơ quan phối hợp: …``), headers flattened with ``|``, a Party programme, a
decision that amends another, a plan signed for the chairman; a city (Hà Nội,
Hồ Chí Minh City) writing *Thành phố* and *Thành ủy*, ``A.``/``I.``/``1.`` and
``Phần I``/``Mục 1.`` numbering, a People's Council resolution, a plan on its
own that replaces an older one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kttt.model import RelationKind, SignerCapacity, TaskOrigin
from kttt.parse import parse

if TYPE_CHECKING:
    from kttt.model import Document

DATA = Path(__file__).parent / "data" / "provinces"


def _doc(name: str) -> Document:
    return parse((DATA / name).read_text("utf-8"), source=name)


def _rels(doc: Document) -> list[tuple[str, str | None, str]]:
    return [
        (r.kind.value, r.source.key if r.source else None, r.target.key)
        for r in doc.relations
        if r.kind is not RelationKind.ISSUES
    ]


def _tasks(doc: Document) -> list[tuple[Any, ...]]:
    assert doc.plan is not None
    return [
        (
            t.number,
            t.lead.name if t.lead else None,
            tuple(c.name for c in t.coordinators),
            str(t.deadline) if t.deadline else None,
            t.deadline_text,
            t.text,
        )
        for t in doc.plan.tasks
        if t.origin is TaskOrigin.BODY
    ]


def _targets(doc: Document) -> list[tuple[Any, ...]]:
    assert doc.plan is not None
    return [
        (t.comparator.value, t.value, t.unit, t.horizon, t.per_year, t.indicator)
        for t in doc.plan.targets
    ]


def _reporting(doc: Document) -> list[tuple[Any, ...]]:
    assert doc.plan is not None
    return [
        (
            tuple(a.name for a in d.by),
            tuple(a.name for a in d.to),
            str(d.deadline) if d.deadline else None,
        )
        for d in doc.plan.reporting
    ]


def _codes(doc: Document) -> list[str]:
    return sorted(d.code for d in doc.diagnostics)


# --- Hà Giang: "|" header, CHỦ TỊCH issues, "Điều 1:", "1)" / "a)", inline "Thời gian:" ---


def test_ha_giang_header_and_articles() -> None:
    """A header flattened with ``|``, colon articles, a date of force and a replacement."""
    doc = _doc("ha_giang_1234_qd.txt")

    assert (doc.ref.key, doc.ref.issued, doc.province, doc.place) == (
        "1234/QĐ-UBND",
        date(2023, 3, 15),
        "Hà Giang",
        "Hà Giang",
    )
    assert doc.effective == date(2023, 4, 1)
    assert [b.ref.key for b in doc.legal_bases] == [
        "luat:to-chuc-chinh-quyen-dia-phuong:2015-06-19",
        "luat:hop-tac-xa:2012",
    ]
    assert _rels(doc) == [
        ("based_on", None, "luat:to-chuc-chinh-quyen-dia-phuong:2015-06-19"),
        ("based_on", None, "luat:hop-tac-xa:2012"),
        ("implements", None, "9/NQ-CP"),
        ("replaces", None, "888/QĐ-UBND"),
    ]
    assert [a.name for a in doc.executors] == [
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Sở Tài chính",
        "Sở Công Thương",
        "Ủy ban nhân dân các huyện, thị xã, thành phố",
    ]
    assert doc.signer is not None
    assert (doc.signer.name, doc.signer.title, doc.signer.capacity) == (
        "Nguyễn Văn A",
        "Phó Chủ tịch",
        SignerCapacity.KY_THAY,
    )
    assert _codes(doc) == []


def test_ha_giang_time_field_is_a_deadline_not_a_heading() -> None:
    """``a) … Thời gian: Quý II/2023.`` is one task, led by the heading above, due that quarter."""
    doc = _doc("ha_giang_1234_qd.txt")

    assert _tasks(doc) == [
        (
            "III.1.a",
            "Sở Tài chính",
            (),
            "Quý II/2023",
            "Quý II/2023",
            "Bố trí kinh phí hỗ trợ hợp tác xã.",
        ),
        (
            "III.1.b",
            "Sở Tài chính",
            (),
            None,
            None,
            "Hướng dẫn quyết toán kinh phí hỗ trợ.",
        ),
        (
            "III.2",
            "Liên minh Hợp tác xã tỉnh",
            (),
            "Hằng năm",
            "hằng năm",
            "Tổ chức tập huấn cho cán bộ quản lý hợp tác xã, hằng năm.",
        ),
    ]


def test_ha_giang_targets_and_reporting() -> None:
    """The indicator is the measured thing; ``về Sở …`` names the recipient."""
    doc = _doc("ha_giang_1234_qd.txt")

    assert _targets(doc) == [
        (">=", Decimal(300), "hợp tác xã", 2025, False, "hợp tác xã"),
        (">=", Decimal(70), "%", 2025, False, "hợp tác xã hoạt động hiệu quả"),
    ]
    assert _reporting(doc) == [
        (
            ("Các sở, ban, ngành, UBND các huyện, thành phố",),
            ("Sở Kế hoạch và Đầu tư",),
            "Trước ngày 20/11 hằng năm",
        )
    ]


# --- Thái Bình: Chương trình hành động, "1. Sở …:" then "a)", field lines ---


def test_thai_binh_programme() -> None:
    """A decision issuing a *chương trình hành động*, with the Government chain in its bases."""
    doc = _doc("thai_binh_789_qd.txt")

    assert (doc.ref.key, doc.effective, doc.province) == (
        "789/QĐ-UBND",
        date(2023, 4, 20),
        "Thái Bình",
    )
    assert doc.plan is not None
    assert doc.plan.ref.kind.value == "chuong_trinh"
    assert ("implements", "9/NQ-CP", "20-NQ/TW") in _rels(doc)
    assert doc.proposal is not None
    assert doc.proposal.ref is not None
    assert doc.proposal.ref.key == "120/TTr-SKHĐT"
    assert _codes(doc) == []


def test_thai_binh_tasks_fields_and_trailing_deadlines() -> None:
    """``Thời gian hoàn thành:``, ``… trong Quý IV/2023``, ``…, hằng năm`` and a shared field line."""
    doc = _doc("thai_binh_789_qd.txt")

    assert [(n, lead, dl, dt) for n, lead, _, dl, dt, _ in _tasks(doc)] == [
        ("II.1.a", "Sở Kế hoạch và Đầu tư", "Quý III/2023", "Quý III/2023"),
        ("II.1.b", "Sở Kế hoạch và Đầu tư", "Quý IV/2023", "trong Quý IV/2023"),
        # The date of Nghị định 45/2021/NĐ-CP is a citation, not a deadline.
        ("II.2.a", "Sở Tài chính", None, None),
        ("II.2.b", "Sở Tài chính", "Hằng năm", "hằng năm"),
        (
            "II.3",
            "Sở Nông nghiệp và Phát triển nông thôn",
            "2023 - 2025",
            "Giai đoạn 2023 - 2025",
        ),
        (
            "II.3",
            "Sở Nông nghiệp và Phát triển nông thôn",
            "2023 - 2025",
            "Giai đoạn 2023 - 2025",
        ),
    ]
    assert _tasks(doc)[0][-1] == (
        "Chủ trì tham mưu kiện toàn Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã tỉnh."
    )


def test_thai_binh_targets_and_reporting() -> None:
    """``tăng bình quân 5%/năm`` is per year; ``100% … được bồi dưỡng``; ``(qua Sở …)`` is kept."""
    doc = _doc("thai_binh_789_qd.txt")

    assert _targets(doc) == [
        ("=", Decimal(5), "%", 2025, True, "Số lượng hợp tác xã tăng bình quân"),
        (
            "=",
            Decimal(100),
            "%",
            2025,
            False,
            "cán bộ quản lý nhà nước về kinh tế tập thể cấp tỉnh, cấp huyện được bồi dưỡng kiến thức",
        ),
        (
            ">=",
            Decimal(30),
            "hợp tác xã",
            2025,
            False,
            "hợp tác xã ứng dụng công nghệ cao trong sản xuất",
        ),
    ]
    assert _reporting(doc) == [
        (
            ("Các sở, ban, ngành, UBND các huyện, thành phố",),
            ("Ủy ban nhân dân tỉnh", "Sở Kế hoạch và Đầu tư"),
            "Định kỳ 6 tháng và hằng năm",
        ),
        (
            ("Sở Kế hoạch và Đầu tư",),
            ("Ủy ban nhân dân tỉnh",),
            "Trước ngày 15/12 hằng năm",
        ),
    ]


# --- Nghệ An: a plan with its own header, the Party chain, "I" without dot, "a." and "*" ---


def test_nghe_an_party_chain() -> None:
    """A plan that implements a Tỉnh ủy plan (``12-KH/TU``), which implements ``20-NQ/TW``."""
    doc = _doc("nghe_an_345_kh.txt")

    assert (doc.ref.key, doc.ref.kind.value, doc.ref.issued, doc.province) == (
        "345/KH-UBND",
        "ke_hoach",
        date(2023, 6, 5),
        "Nghệ An",
    )
    assert _rels(doc) == [
        ("implements", None, "12-KH/TU"),
        ("implements", "12-KH/TU", "20-NQ/TW"),
    ]
    assert doc.signer is not None
    assert (doc.signer.name, doc.signer.capacity) == (
        "Hoàng Nghĩa Hiếu",
        SignerCapacity.KY_THAY,
    )


def test_nghe_an_title_and_recipients_of_a_plan_on_its_own() -> None:
    """The ``Triển khai thực hiện …`` line under ``KẾ HOẠCH`` is the title; ``Nơi nhận`` is read at the plan's foot."""
    doc = _doc("nghe_an_345_kh.txt")

    assert doc.plan is not None
    assert doc.plan.title.startswith("Triển khai thực hiện Kế hoạch số 12-KH/TU")
    assert doc.recipients == (
        "Ban Thường vụ Tỉnh ủy (b/c)",
        "Các sở, ban, ngành",
        "Lưu: VT, TH",
    )
    assert _codes(doc) == []


def test_nghe_an_field_lines_give_lead_coordinators_deadline() -> None:
    """``Cơ quan chủ trì: …; cơ quan phối hợp: …`` and ``Thời gian thực hiện:`` lines belong to the task above."""
    doc = _doc("nghe_an_345_kh.txt")

    assert _tasks(doc) == [
        (
            "III.1.a",
            "Sở Thông tin và Truyền thông",
            ("Báo tỉnh", "Đài Phát thanh và Truyền hình tỉnh"),
            "Thường xuyên",
            "Thường xuyên",
            "Tổ chức quán triệt Nghị quyết số 20-NQ/TW ngày 16/6/2022 cho cán bộ chủ chốt các cấp.",
        ),
        (
            "III.1.b",
            "Sở Nội vụ",
            (),
            "Hằng năm",
            "hằng năm",
            "Biểu dương, khen thưởng các hợp tác xã điển hình tiên tiến.",
        ),
        (
            "III.2",
            None,
            (),
            None,
            None,
            "Rà soát các chính sách hỗ trợ hợp tác xã của tỉnh, đề xuất sửa đổi, bổ sung cho phù hợp.",
        ),
        (
            "III.2",
            None,
            (),
            "Năm 2024",
            "trong năm 2024",
            (
                "Xây dựng Nghị quyết của HĐND tỉnh về chính sách hỗ trợ phát triển hợp tác xã"
                " giai đoạn 2024 - 2030, trình HĐND tỉnh trong năm 2024."
            ),
        ),
    ]


def test_nghe_an_targets_and_reporting() -> None:
    """``/năm`` holds for its clause only; two recipients in a list; ``định kỳ 6 tháng, hằng năm``."""
    doc = _doc("nghe_an_345_kh.txt")

    assert _targets(doc) == [
        ("=", Decimal(1200), "hợp tác xã", 2030, False, "hợp tác xã"),
        (
            ">=",
            Decimal(200),
            "hợp tác xã",
            2030,
            False,
            "hợp tác xã ứng dụng công nghệ cao",
        ),
        (">=", Decimal(7), "%", 2030, True, "thu nhập bình quân của thành viên tăng"),
    ]
    assert _reporting(doc) == [
        (
            ("Các sở, ban, ngành, UBND các huyện, thành phố",),
            ("Sở Kế hoạch và Đầu tư",),
            "Định kỳ 6 tháng và hằng năm",
        ),
        (
            ("Sở Kế hoạch và Đầu tư",),
            # The Tỉnh ủy's standing committee is a body of its own.
            ("Ủy ban nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy"),
            "Trước ngày 30/11 hằng năm",
        ),
    ]


# --- Long An: a decision that amends a plan, everything flattened with "|" ---


def test_long_an_amending_decision() -> None:
    """``Sửa đổi, bổ sung … Kế hoạch số 56/KH-UBND`` is AMENDS, in force on signing."""
    doc = _doc("long_an_2345_qd.txt")

    assert (doc.ref.key, doc.ref.issued, doc.province, doc.effective) == (
        "2345/QĐ-UBND",
        date(2022, 8, 18),
        "Long An",
        date(2022, 8, 18),
    )
    amends = [
        (r.target.key, r.effective)
        for r in doc.relations
        if r.kind is RelationKind.AMENDS and r.source is None
    ]
    assert amends == [("56/KH-UBND", date(2022, 8, 18))]
    assert [b.ref.key for b in doc.legal_bases][-1] == "1804/QĐ-TTg"
    assert doc.plan is None


def test_long_an_foot_side_by_side() -> None:
    """``Nơi nhận: | TM. ỦY BAN NHÂN DÂN``: recipients and signature in two columns."""
    doc = _doc("long_an_2345_qd.txt")

    assert doc.recipients == ("Như Điều 3", "TT.TU, TT.HĐND tỉnh", "Lưu: VT")
    assert doc.signer is not None
    assert (doc.signer.name, doc.signer.title, doc.signer.capacity) == (
        "Nguyễn Minh Lâm",
        "Phó Chủ tịch",
        SignerCapacity.KY_THAY,
    )
    assert [a.name for a in doc.executors] == [
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Sở Kế hoạch và Đầu tư",
        "Các sở, ban, ngành",
        "Ủy ban nhân dân các huyện, thị xã, thành phố",
    ]
    assert _codes(doc) == []


# --- Bắc Giang: a Tỉnh ủy programme, "I-" / "1-" numbering ---


def test_bac_giang_party_programme() -> None:
    """``ĐẢNG BỘ TỈNH … / TỈNH ỦY`` issues ``25-CTr/TU``; ``I-`` and ``1-`` are headings."""
    doc = _doc("bac_giang_25_ctr_tu.txt")

    assert (doc.ref.key, doc.ref.kind.value, doc.ref.issued, doc.province) == (
        "25-CTr/TU",
        "chuong_trinh",
        date(2022, 10, 10),
        "Bắc Giang",
    )
    assert doc.issuer is not None
    assert doc.issuer.key == "bac-giang/tinh-uy"
    assert _rels(doc) == [("implements", None, "20-NQ/TW")]
    assert doc.plan is not None
    assert [(s.number, s.title) for s in doc.plan.sections[:3]] == [
        ("I", "MỤC TIÊU"),
        ("II", "NHIỆM VỤ, GIẢI PHÁP"),
        ("III", "TỔ CHỨC THỰC HIỆN"),
    ]
    assert _targets(doc) == [
        ("~", Decimal(1000), "hợp tác xã", 2030, False, "hợp tác xã"),
        ("=", Decimal(3), "liên hiệp hợp tác xã", 2030, False, "liên hiệp hợp tác xã"),
        (">=", Decimal(60), "%", 2030, False, "hợp tác xã đạt loại tốt, khá"),
        (
            ">",
            Decimal(30),
            "%",
            None,
            False,
            "Tỷ lệ cán bộ quản lý hợp tác xã có trình độ đại học, cao đẳng",
        ),
    ]
    assert [(n, dl, dt) for n, _, _, dl, dt, _ in _tasks(doc)] == [
        ("II.1", None, None),
        ("II.2", "Quý I/2023", "trong Quý I/2023"),
    ]
    assert _reporting(doc) == [
        (("Ban Kinh tế - Ngân sách Tỉnh ủy",), ("Ban Thường vụ Tỉnh ủy",), "Hằng năm")
    ]


def test_bac_giang_signature_and_title() -> None:
    """The Party signature ``T/M BAN THƯỜNG VỤ`` / ``BÍ THƯ`` and the lower-case title line."""
    doc = _doc("bac_giang_25_ctr_tu.txt")

    assert doc.signer is not None
    assert (doc.signer.name, doc.signer.title, doc.signer.capacity) == (
        "Dương Văn Thái",
        "Bí thư",
        SignerCapacity.THAY_MAT,
    )
    assert doc.plan is not None
    assert doc.plan.title.startswith("thực hiện Nghị quyết số 20-NQ/TW")
    assert doc.plan.title.endswith("trong giai đoạn mới")
    assert doc.recipients == (
        "Ban Bí thư Trung ương Đảng (b/c)",
        "Các huyện ủy, thành ủy",
        "Lưu Văn phòng Tỉnh ủy",
    )
    assert _codes(doc) == []


# --- Lào Cai: "- Sở …:" bullets heading "+" bullets, bracketed fields, "Thời hạn:" ---


def test_lao_cai_bullet_headings_and_bracketed_fields() -> None:
    """``(Cơ quan chủ trì: …; cơ quan phối hợp: …; thời gian: …)`` and ``- Liên minh …:`` then ``+`` tasks."""
    doc = _doc("lao_cai_88_kh.txt")

    assert (doc.ref.key, doc.ref.issued, doc.province) == (
        "88/KH-UBND",
        date(2024, 2, 21),
        "Lào Cai",
    )
    assert _tasks(doc) == [
        (
            "II.1",
            "Sở Kế hoạch và Đầu tư",
            (),
            "Trước ngày 31/3/2024",
            "hoàn thành trước ngày 31/3/2024",
            (
                "Chủ trì tổ chức hội nghị tổng kết phát triển kinh tế tập thể năm 2023,"
                " hoàn thành trước ngày 31/3/2024."
            ),
        ),
        (
            "II.1",
            "Sở Kế hoạch và Đầu tư",
            (),
            None,
            None,
            "Hướng dẫn thành lập mới hợp tác xã theo Luật Hợp tác xã năm 2023.",
        ),
        (
            "II.2.a",
            "Sở Nông nghiệp và Phát triển nông thôn",
            ("Sở Tài chính", "Liên minh Hợp tác xã tỉnh"),
            "Tháng 9/2024",
            "Tháng 9/2024",
            "Xây dựng Đề án phát triển hợp tác xã nông nghiệp.",
        ),
        (
            "II.2.b",
            "Sở Công Thương",
            (),
            "Quý IV/2024",
            "Quý IV/2024",
            "Hỗ trợ hợp tác xã tham gia hội chợ, triển lãm.",
        ),
        (
            "II.3",
            "Liên minh Hợp tác xã tỉnh",
            (),
            None,
            None,
            "Tư vấn thành lập mới hợp tác xã.",
        ),
        (
            "II.3",
            "Liên minh Hợp tác xã tỉnh",
            (),
            "Hằng quý",
            "hằng quý",
            "Tổ chức đào tạo, bồi dưỡng cho cán bộ quản lý hợp tác xã, hằng quý.",
        ),
        (
            "II.3",
            "Ngân hàng Nhà nước chi nhánh tỉnh",
            (),
            None,
            None,
            "Chỉ đạo các tổ chức tín dụng cho hợp tác xã vay vốn ưu đãi.",
        ),
    ]


def test_lao_cai_recipients_before_the_signature() -> None:
    """``Nơi nhận:`` ends the body, so its bullets are recipients, not text of section III."""
    doc = _doc("lao_cai_88_kh.txt")

    assert doc.recipients == ("Các sở, ban, ngành", "Lưu: VT")
    assert doc.plan is not None
    assert len(doc.plan.sections[-1].text) == 1
    assert doc.signer is not None
    assert doc.signer.name == "Hoàng Quốc Khánh"


def test_lao_cai_targets_and_reporting() -> None:
    """``Năm 2024, thành lập mới ít nhất 40 hợp tác xã``; ``báo cáo … về Sở …`` then ``để tổng hợp, báo cáo UBND``."""
    doc = _doc("lao_cai_88_kh.txt")

    assert _targets(doc) == [
        (">=", Decimal(40), "hợp tác xã", 2024, False, "thành lập mới hợp tác xã"),
        (
            "=",
            Decimal(100),
            "%",
            2024,
            False,
            "hợp tác xã thành lập mới hoạt động theo Luật Hợp tác xã năm 2023",
        ),
    ]
    assert _reporting(doc) == [
        (
            ("Các sở, ban, ngành, UBND các huyện, thành phố",),
            ("Sở Kế hoạch và Đầu tư",),
            "Trước ngày 20/11/2024",
        )
    ]
    assert _codes(doc) == []


# --- Hà Nội: a city ("Thành phố", quận/huyện), Sở KH&ĐT / Sở NN&PTNT, a web-page appendix ---


def test_ha_noi_city_decision() -> None:
    """A city's decision: ``THÀNH PHỐ HÀ NỘI``, its bodies named the city way, ``KT. CHỦ TỊCH``."""
    doc = _doc("ha_noi_1520_qd.txt")

    assert (doc.ref.key, doc.ref.kind.value, doc.ref.issued) == (
        "1520/QĐ-UBND",
        "quyet_dinh",
        date(2023, 5, 12),
    )
    assert (doc.province, doc.place, doc.effective) == (
        "Hà Nội",
        "Hà Nội",
        date(2023, 5, 12),
    )
    assert doc.issuer is not None
    assert (doc.issuer.key, doc.issuer.name) == (
        "ha-noi/ubnd-tinh",
        "Ủy ban nhân dân Thành phố",
    )
    assert _rels(doc) == [
        ("based_on", None, "luat:to-chuc-chinh-quyen-dia-phuong:2015-06-19"),
        ("based_on", None, "luat:hop-tac-xa:2012-11-20"),
        ("based_on", None, "9/NQ-CP"),
    ]
    assert doc.proposal is not None
    assert doc.proposal.by is not None
    assert doc.proposal.ref is not None
    assert (doc.proposal.by.name, doc.proposal.ref.key) == (
        "Sở Kế hoạch và Đầu tư",
        "95/TTr-KH&ĐT",
    )
    assert [a.name for a in doc.executors] == [
        "Văn phòng Ủy ban nhân dân Thành phố",
        "Các sở, ban, ngành",
        # "UBND các quận, huyện, thị xã": the district-level committees.
        "Ủy ban nhân dân các huyện, thị xã, thành phố",
    ]
    assert doc.signer is not None
    assert (doc.signer.name, doc.signer.title, doc.signer.capacity) == (
        "Nguyễn Mạnh Quyền",
        "Phó Chủ tịch",
        SignerCapacity.KY_THAY,
    )
    assert doc.recipients == (
        "Như Điều 3",
        "Thường trực Thành ủy",
        "Thường trực HĐND Thành phố",
        "Lưu: VT, KTN",
    )
    assert _codes(doc) == []


def test_ha_noi_plan_tasks_and_appendix() -> None:
    """``Sở KH&ĐT:`` heads ``a)`` tasks; a bracketed coordinator field names ``Liên minh HTX Thành phố``."""
    doc = _doc("ha_noi_1520_qd.txt")

    assert doc.plan is not None
    assert doc.plan.ref.kind.value == "ke_hoach"
    assert [(s.number, s.title) for s in doc.plan.sections] == [
        ("I", "MỤC TIÊU"),
        ("II", "NHIỆM VỤ, GIẢI PHÁP"),
        ("III", "TỔ CHỨC THỰC HIỆN"),
    ]
    assert _tasks(doc) == [
        (
            "II.1.a",
            "Sở Kế hoạch và Đầu tư",
            (),
            "Quý III/2024",
            "Quý III/2024",
            "Chủ trì rà soát, đánh giá tình hình hoạt động của các hợp tác xã trên địa bàn Thành phố.",
        ),
        (
            "II.1.b",
            "Sở Kế hoạch và Đầu tư",
            (),
            # "giai đoạn 2025-2030" names the scheme, with no comma: no deadline.
            None,
            None,
            "Xây dựng Đề án phát triển kinh tế tập thể Thành phố giai đoạn 2025-2030.",
        ),
        (
            "II.2.a",
            "Sở Nông nghiệp và Phát triển nông thôn",
            ("Sở Tài chính", "Liên minh Hợp tác xã Thành phố"),
            "2024 - 2025",
            "2024 - 2025",
            "Hỗ trợ hợp tác xã nông nghiệp ứng dụng công nghệ cao.",
        ),
        (
            "II.3.a",
            "Ủy ban nhân dân các huyện, thị xã, thành phố",
            (),
            "Quý IV/2023",
            "hoàn thành trong Quý IV/2023",
            "Kiện toàn bộ phận quản lý nhà nước về kinh tế tập thể cấp huyện, hoàn thành trong Quý IV/2023.",
        ),
    ]
    appendix = [
        (
            t.number,
            t.lead.name if t.lead else None,
            tuple(c.name for c in t.coordinators),
            str(t.deadline) if t.deadline else None,
            t.text,
        )
        for t in doc.plan.tasks
        if t.origin is TaskOrigin.APPENDIX
    ]
    assert appendix == [
        (
            "1",
            "Sở Kế hoạch và Đầu tư",
            ("Sở Thông tin và Truyền thông",),
            "Quý II/2024",
            "Xây dựng cơ sở dữ liệu về hợp tác xã",
        ),
        (
            "2",
            "Sở Lao động - Thương binh và Xã hội",
            ("Ủy ban nhân dân các huyện, thị xã, thành phố",),
            "2024 - 2025",
            "Đào tạo nghề cho lao động làm việc tại hợp tác xã",
        ),
    ]


def test_ha_noi_targets_and_reporting() -> None:
    """``toàn Thành phố`` is the scope, not the indicator; ``Các sở, ban, ngành Thành phố`` is one group."""
    doc = _doc("ha_noi_1520_qd.txt")

    assert _targets(doc) == [
        (">=", Decimal(2500), "hợp tác xã", 2025, False, "hợp tác xã"),
        (">", Decimal(70), "%", 2025, False, "hợp tác xã đạt loại tốt, khá"),
    ]
    assert _reporting(doc) == [
        (
            ("Các sở, ban, ngành", "Ủy ban nhân dân các huyện, thị xã, thành phố"),
            ("Sở Kế hoạch và Đầu tư",),
            "Trước ngày 15/12 hằng năm",
        )
    ]


# --- Quảng Nam: a People's Council resolution (NGHỊ QUYẾT, QUYẾT NGHỊ, CHỦ TỊCH alone) ---


def test_quang_nam_council_resolution() -> None:
    """``15/2023/NQ-HĐND``: the session line, ``Xét Tờ trình``, force from a stated date, a replacement."""
    doc = _doc("quang_nam_15_nq_hdnd.txt")

    assert (doc.ref.key, doc.ref.kind.value, doc.ref.issued) == (
        "15/2023/NQ-HĐND",
        "nghi_quyet",
        date(2023, 7, 20),
    )
    assert (doc.province, doc.place) == ("Quảng Nam", "Quảng Nam")
    assert doc.issuer is not None
    assert doc.issuer.key == "quang-nam/hdnd-tinh"
    assert doc.effective == date(2023, 8, 1)
    assert _rels(doc) == [
        ("based_on", None, "luat:to-chuc-chinh-quyen-dia-phuong:2015-06-19"),
        ("based_on", None, "luat:ban-hanh-van-ban-quy-pham-phap-luat:2015-06-22"),
        ("based_on", None, "45/2021/NĐ-CP"),
        ("replaces", None, "20/2017/NQ-HĐND"),
    ]
    replaced = [r.effective for r in doc.relations if r.kind is RelationKind.REPLACES]
    assert replaced == [date(2023, 8, 1)]
    assert doc.proposal is not None
    assert doc.proposal.by is not None
    assert doc.proposal.ref is not None
    assert (doc.proposal.by.name, doc.proposal.ref.key) == (
        "Ủy ban nhân dân tỉnh",
        "4500/TTr-UBND",
    )
    assert [a.name for a in doc.executors] == ["Ủy ban nhân dân tỉnh"]
    assert doc.plan is None


def test_quang_nam_chairman_signs_without_capacity() -> None:
    """``CHỦ TỊCH`` after the recipients signs; nothing is left unread."""
    doc = _doc("quang_nam_15_nq_hdnd.txt")

    assert doc.signer is not None
    assert (doc.signer.name, doc.signer.title, doc.signer.capacity) == (
        "Lương Nguyễn Minh Triết",
        "Chủ tịch",
        SignerCapacity.TRUC_TIEP,
    )
    assert doc.recipients == (
        "UBTVQH",
        "Chính phủ",
        "Bộ Kế hoạch và Đầu tư",
        "TT TU, TT HĐND, UBND tỉnh",
        "Lưu: VT, TH",
    )
    assert _codes(doc) == []


# --- Đồng Tháp: a plan on its own, "A." / "I." / "1." numbering, Sở LĐ-TB&XH, a replacement ---


def test_dong_thap_lettered_plan() -> None:
    """``A.``/``B.``/``C.`` parts over ``I.``/``II.``; ``Kế hoạch này thay thế …`` is REPLACES."""
    doc = _doc("dong_thap_210_kh.txt")

    assert (doc.ref.key, doc.ref.kind.value, doc.ref.issued, doc.province) == (
        "210/KH-UBND",
        "ke_hoach",
        date(2024, 9, 8),
        "Đồng Tháp",
    )
    assert _rels(doc) == [
        ("based_on", None, "luat:hop-tac-xa:2023-06-22"),
        ("based_on", None, "9/NQ-CP"),
        ("replaces", None, "102/KH-UBND"),
    ]
    assert doc.plan is not None
    assert [
        (s.number, s.title, [(c.number, c.title) for c in s.children])
        for s in doc.plan.sections
        if s.number
    ] == [
        ("A", "MỤC ĐÍCH, YÊU CẦU", [("I", "Mục đích"), ("II", "Yêu cầu")]),
        (
            "B",
            "MỤC TIÊU VÀ NHIỆM VỤ",
            [("I", "Mục tiêu"), ("II", "Nhiệm vụ, giải pháp")],
        ),
        (
            "C",
            "TỔ CHỨC THỰC HIỆN",
            [
                (
                    "1",
                    (
                        "Kế hoạch này thay thế Kế hoạch số 102/KH-UBND ngày 15/4/2021"
                        " của Ủy ban nhân dân tỉnh."
                    ),
                ),
                (
                    "2",
                    (
                        "Các sở, ngành, UBND các huyện, thành phố báo cáo kết quả thực hiện"
                        " về Sở Kế hoạch và Đầu tư trước ngày 10/12 hằng năm."
                    ),
                ),
            ],
        ),
    ]
    assert doc.signer is not None
    assert (doc.signer.name, doc.signer.title, doc.signer.capacity) == (
        "Đoàn Tấn Bửu",
        "Phó Chủ tịch",
        SignerCapacity.KY_THAY,
    )
    assert doc.recipients == (
        "Các sở, ban, ngành tỉnh",
        "UBND các huyện, thành phố",
        "Lưu: VT, KT",
    )
    assert _codes(doc) == []


def test_dong_thap_tasks() -> None:
    """Only ``B.II`` holds tasks; ``Sở LĐ-TB&XH chủ trì, phối hợp với …`` names lead and coordinator."""
    doc = _doc("dong_thap_210_kh.txt")

    assert _tasks(doc) == [
        (
            "B.II.1",
            "Sở Lao động - Thương binh và Xã hội",
            ("Liên minh Hợp tác xã tỉnh",),
            "Hằng năm",
            "hằng năm",
            (
                "Sở LĐ-TB&XH chủ trì, phối hợp với Liên minh HTX tỉnh tổ chức đào tạo nghề"
                " cho thành viên hợp tác xã, hằng năm."
            ),
        ),
        (
            "B.II.2",
            "Sở Kế hoạch và Đầu tư",
            (),
            "Thường xuyên",
            "thường xuyên",
            "Hướng dẫn thành lập mới hợp tác xã, tổ hợp tác, thường xuyên.",
        ),
        (
            "B.II.2",
            "Sở Kế hoạch và Đầu tư",
            (),
            "Quý II/2030",
            "hoàn thành trong Quý II/2030",
            "Tham mưu tổng kết 05 năm thực hiện Kế hoạch, hoàn thành trong Quý II/2030.",
        ),
        (
            "B.II.3",
            "Ủy ban nhân dân các huyện, thị xã, thành phố",
            (),
            "2025 - 2030",
            "giai đoạn 2025-2030",
            "Hỗ trợ hợp tác xã xây dựng thương hiệu sản phẩm OCOP, giai đoạn 2025-2030.",
        ),
    ]
    assert _targets(doc) == [
        (">=", Decimal(350), "hợp tác xã", 2030, False, "hợp tác xã"),
        ("~", Decimal(75), "%", 2030, False, "hợp tác xã đạt loại tốt, khá"),
    ]
    assert _reporting(doc) == [
        (
            ("Các sở, ban, ngành, UBND các huyện, thành phố",),
            ("Sở Kế hoạch và Đầu tư",),
            "Trước ngày 10/12 hằng năm",
        )
    ]


# --- Hồ Chí Minh: a Thành ủy plan, "Phần I" / "Mục 1." numbering, T/M BAN THƯỜNG VỤ ---


def test_ho_chi_minh_party_plan_header_and_signature() -> None:
    """``ĐẢNG BỘ THÀNH PHỐ … / THÀNH ỦY`` issues ``45-KH/TU``; the place is ``Thành phố Hồ Chí Minh``."""
    doc = _doc("ho_chi_minh_45_kh_tu.txt")

    assert (doc.ref.key, doc.ref.kind.value, doc.ref.issued) == (
        "45-KH/TU",
        "ke_hoach",
        date(2022, 11, 14),
    )
    assert (doc.province, doc.place) == ("Hồ Chí Minh", "Thành phố Hồ Chí Minh")
    assert doc.issuer is not None
    assert (doc.issuer.key, doc.issuer.name) == ("ho-chi-minh/tinh-uy", "Thành ủy")
    assert _rels(doc) == [("implements", None, "20-NQ/TW")]
    assert doc.signer is not None
    assert (doc.signer.name, doc.signer.title, doc.signer.capacity) == (
        "Nguyễn Hồ Hải",
        "Phó Bí thư Thường trực",
        SignerCapacity.THAY_MAT,
    )
    assert doc.recipients == (
        "Ban Bí thư Trung ương Đảng (b/c)",
        "Các quận ủy, huyện ủy, Thành ủy Thủ Đức",
        "Lưu Văn phòng Thành ủy",
    )
    assert _codes(doc) == []


def test_ho_chi_minh_divisions_tasks_targets() -> None:
    """``Phần II`` / ``NHIỆM VỤ, GIẢI PHÁP`` on two lines; each ``Mục`` paragraph is a task with no lead."""
    doc = _doc("ho_chi_minh_45_kh_tu.txt")

    assert doc.plan is not None
    assert [
        (s.number, s.title, [(c.number, c.title) for c in s.children][:2])
        for s in doc.plan.sections
    ] == [
        ("I", "MỤC TIÊU", [("1", "Mục tiêu chung"), ("2", "Mục tiêu cụ thể")]),
        (
            "II",
            "NHIỆM VỤ, GIẢI PHÁP",
            [
                ("1", "Tuyên truyền, nâng cao nhận thức"),
                ("2", "Hoàn thiện cơ chế, chính sách"),
            ],
        ),
        (
            "III",
            "TỔ CHỨC THỰC HIỆN",
            [
                (
                    "1",
                    (
                        "Ban Tuyên giáo Thành ủy chủ trì, phối hợp với các cơ quan liên quan"
                        " tuyên truyền Kế hoạch này."
                    ),
                ),
                (
                    "2",
                    (
                        "Ban Kinh tế Thành ủy theo dõi, đôn đốc việc thực hiện, định kỳ hằng"
                        " năm báo cáo Ban Thường vụ Thành ủy."
                    ),
                ),
            ],
        ),
    ]
    assert _tasks(doc) == [
        (
            "II.1",
            None,
            (),
            "Quý I/2023",
            "hoàn thành trong Quý I/2023",
            (
                "Các cấp ủy, tổ chức đảng tổ chức học tập, quán triệt Nghị quyết số 20-NQ/TW,"
                " hoàn thành trong Quý I/2023."
            ),
        ),
        (
            "II.2",
            None,
            (),
            "Năm 2023",
            "trong năm 2023",
            (
                "Ban cán sự đảng Ủy ban nhân dân Thành phố lãnh đạo xây dựng chính sách hỗ trợ"
                " hợp tác xã, trình Hội đồng nhân dân Thành phố trong năm 2023."
            ),
        ),
    ]
    assert _targets(doc) == [
        ("~", Decimal(1000), "hợp tác xã", 2030, False, "hợp tác xã"),
        (
            ">=",
            Decimal(50),
            "%",
            2030,
            False,
            "hợp tác xã tham gia liên kết theo chuỗi giá trị",
        ),
    ]
    assert _reporting(doc) == [
        (("Ban Kinh tế Thành ủy",), ("Ban Thường vụ Thành ủy",), "Hằng năm")
    ]
