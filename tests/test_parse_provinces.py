"""Plans laid out the way other provinces write them, each checked by hand against its text.

The fixtures in ``tests/data/provinces/`` are short plans in the styles the
seeds do not show: ``1)``/``a)`` and ``I-``/``1-`` numbering, ``*`` and ``+``
bullets, labelled fields (``Thời gian: Quý II/2023``, ``Cơ quan chủ trì: …;
cơ quan phối hợp: …``), headers flattened with ``|``, a Party programme, a
decision that amends another, a plan signed for the chairman.
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
