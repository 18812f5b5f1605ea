"""Variation tests: each structural feature on short texts laid out as other provinces write them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kttt.model import Comparator, RelationKind, SignerCapacity
from kttt.parse import parse

HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 3521/QĐ-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Quảng Nam, ngày 15 tháng 12 năm 2021\nQUYẾT ĐỊNH\n"
    "Về việc ban hành Kế hoạch phát triển kinh tế tập thể\n"
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\n"
)
DECISION = HEADER + (
    "Căn cứ Luật Hợp tác xã ngày 20 tháng 11 năm 2012;\n"
    "Xét đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Công văn số 45/SKHĐT-KTN ngày 01/12/2021.\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1: Ban hành kèm theo Quyết định này Kế hoạch phát triển kinh tế tập thể.\n"
    "Điều 2: Quyết định này có hiệu lực kể từ ngày 01/01/2022 và thay thế Kế hoạch số 12/KH-UBND ngày 05/3/2020 của UBND tỉnh.\n"
    "Điều 3: Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Trí Thanh\n"
)
PLAN = (
    "KẾ HOẠCH\nPhát triển kinh tế tập thể giai đoạn 2021 - 2025\n"
    "(Kèm theo Quyết định số 3521/QĐ-UBND ngày 15/12/2021 của UBND tỉnh)\n"
    "I MỤC TIÊU\n"
    "1) Đến năm 2025 có ít nhất 300 hợp tác xã; trên 70% hợp tác xã hoạt động hiệu quả.\n"
    "II NHIỆM VỤ, GIẢI PHÁP\n"
    "1) Sở Nội vụ: Hướng dẫn củng cố bộ máy quản lý nhà nước về hợp tác xã.\n"
    "2) Sở Tài chính\n"
    "a. Bố trí kinh phí hỗ trợ hợp tác xã\n"
    "b. Hướng dẫn thanh quyết toán kinh phí hỗ trợ\n"
    "III TỔ CHỨC THỰC HIỆN\n"
    "Các sở, ngành định kỳ 6 tháng báo cáo UBND tỉnh (qua Sở Kế hoạch và Đầu tư) kết quả thực hiện.\n"
)


def test_decision_in_another_province_style() -> None:
    """Colon articles, Xét đề nghị, Công văn, an explicit date of force and thay thế."""
    doc = parse(DECISION + PLAN)

    assert (doc.ref.key, doc.ref.issued, doc.province, doc.place) == (
        "3521/QĐ-UBND",
        date(2021, 12, 15),
        "Quảng Nam",
        "Quảng Nam",
    )
    assert doc.effective == date(2022, 1, 1)
    assert doc.proposal is not None
    assert doc.proposal.ref is not None
    assert doc.proposal.ref.key == "45/SKHĐT-KTN"
    replaces = [
        (r.target.key, r.effective)
        for r in doc.relations
        if r.kind is RelationKind.REPLACES
    ]
    assert replaces == [("12/KH-UBND", date(2022, 1, 1))]
    assert doc.signer is not None
    assert (doc.signer.name, doc.signer.title, doc.signer.capacity) == (
        "Lê Trí Thanh",
        "Chủ tịch",
        SignerCapacity.THAY_MAT,
    )
    assert [d.code for d in doc.diagnostics if d.code == "unparsed-line"] == []


def test_numbering_styles_roman_without_dot_and_parens() -> None:
    """``I`` without a dot, ``1)`` and ``a.`` nest as the author meant."""
    doc = parse(DECISION + PLAN)

    assert doc.plan is not None
    outline = [
        (s.number, [(c.number, [g.number for g in c.children]) for c in s.children])
        for s in doc.plan.sections
    ]
    assert outline == [
        ("I", [("1", [])]),
        ("II", [("1", []), ("2", ["a", "b"])]),
        ("III", []),
    ]


def test_inline_and_bulleted_body_tasks_take_their_heading_as_lead() -> None:
    """``1) Sở Nội vụ: …`` is one task; ``a.``/``b.`` under ``2) Sở Tài chính`` are led by it."""
    doc = parse(DECISION + PLAN)

    assert doc.plan is not None
    leads = [(t.lead.name if t.lead else None, t.text[:20]) for t in doc.plan.tasks]
    assert leads == [
        ("Sở Nội vụ", "Hướng dẫn củng cố bộ"),
        ("Sở Tài chính", "Bố trí kinh phí hỗ t"),
        ("Sở Tài chính", "Hướng dẫn thanh quyế"),
    ]


def test_targets_with_horizon_in_the_sentence() -> None:
    """``Đến năm 2025 có ít nhất 300 hợp tác xã`` is a target with horizon 2025."""
    doc = parse(DECISION + PLAN)

    assert doc.plan is not None
    got = [(t.comparator, t.value, t.unit, t.horizon) for t in doc.plan.targets]
    assert got == [
        (Comparator.IT_NHAT, Decimal(300), "hợp tác xã", 2025),
        (Comparator.TREN, Decimal(70), "%", 2025),
    ]


def test_reporting_every_six_months() -> None:
    """A six-monthly duty to report to the UBND through the Sở."""
    doc = parse(DECISION + PLAN)

    assert doc.plan is not None
    duties = [
        ([a.name for a in r.to], r.deadline is not None) for r in doc.plan.reporting
    ]
    assert duties == [(["Ủy ban nhân dân tỉnh", "Sở Kế hoạch và Đầu tư"], True)]


def test_web_flattened_header_with_bars_and_split_number() -> None:
    """``|`` cells, ``Số:`` and the number on separate lines, no kind line: kind from the symbol."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số:\n3521/QĐ-UBND | Đồng Tháp, ngày 3 tháng 3 năm 2022\n"
        "V/v ban hành Kế hoạch\n"
        "Căn cứ Nghị quyết số 134/NQ-CP ngày 25/9/2020 của Chính phủ;\n"
        "Điều 1. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )

    doc = parse(text)

    assert (doc.ref.key, doc.ref.kind.value, doc.ref.issued, doc.province) == (
        "3521/QĐ-UBND",
        "quyet_dinh",
        date(2022, 3, 3),
        "Đồng Tháp",
    )
    assert doc.effective == date(2022, 3, 3)


def test_header_flattened_onto_one_line() -> None:
    """Every header field found inside one long line."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
        " Số: 3521/QĐ-UBND Quảng Nam, ngày 15 tháng 12 năm 2021 QUYẾT ĐỊNH Về việc ban hành Kế hoạch\n"
        "Điều 1. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )

    doc = parse(text)

    assert (doc.ref.key, doc.place, doc.ref.title) == (
        "3521/QĐ-UBND",
        "Quảng Nam",
        "ban hành Kế hoạch",
    )


def test_crlf_nfd_and_old_tones_give_the_same_document() -> None:
    """Line ends, decomposed letters and old tone placement change nothing read."""
    import unicodedata  # noqa: PLC0415

    plain = parse(DECISION + PLAN)
    messy = parse(
        unicodedata.normalize(
            "NFD", (DECISION + PLAN).replace("\n", "\r\n").replace("hòa", "hoà")
        )
    )

    assert messy.ref == plain.ref
    assert messy.plan is not None
    assert plain.plan is not None
    assert messy.plan.tasks == plain.plan.tasks
    assert [d.code for d in messy.diagnostics] == [d.code for d in plain.diagnostics]


def test_party_chain_plan_without_decision() -> None:
    """A Tỉnh ủy plan on its own: Party number, implements a Party resolution, no articles."""
    text = (
        "TỈNH ỦY BÌNH ĐỊNH\nSố 52-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Quy Nhơn, ngày 06 tháng 01 năm 2023\nKẾ HOẠCH\n"
        "Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt sâu sắc nội dung Nghị quyết.\n"
        "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nLê Kim Toàn\n"
    )

    doc = parse(text)

    assert (doc.ref.key, doc.ref.kind.value, doc.place) == (
        "52-KH/TU",
        "ke_hoach",
        "Quy Nhơn",
    )
    assert [(r.kind, r.target.key) for r in doc.relations] == [
        (RelationKind.IMPLEMENTS, "20-NQ/TW")
    ]
    assert doc.plan is not None
    assert doc.plan.objectives == ("Quán triệt sâu sắc nội dung Nghị quyết.",)
    assert doc.signer is not None
    assert (doc.signer.name, doc.signer.capacity) == (
        "Lê Kim Toàn",
        SignerCapacity.THAY_MAT,
    )


PARTY_PLAN = (
    "ĐẢNG BỘ TỈNH QUẢNG NINH\nTỈNH ỦY\nSố 18-KH/TU\nHạ Long, ngày 20 tháng 3 năm 2023\n"
    "KẾ HOẠCH\n"
    "thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương"
    " Đảng khóa XIII, giai đoạn\n"
    "2023 - 2025\n"
    "I- MỤC ĐÍCH, YÊU CẦU\n"
    "1- Quán triệt đầy đủ nội dung Nghị quyết đến cán bộ, đảng viên.\n"
    "II- NHIỆM VỤ, GIẢI PHÁP\n"
    "1- Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền Nghị quyết, hằng năm.\n"
    "Nơi nhận hồ sơ đề nghị khen thưởng: Ban Thi đua - Khen thưởng tỉnh.\n"
    "Nơi nhận:\n- Ban Bí thư Trung ương Đảng (b/c);\n- Lưu Văn phòng Tỉnh ủy.\n"
    "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nNguyễn Xuân Ký\n"
)


def test_lower_case_title_under_a_bare_kind_line_is_the_title() -> None:
    """``KẾ HOẠCH`` / ``thực hiện Nghị quyết …`` is the title, wrapped lines and all, and still implements it."""
    doc = parse(PARTY_PLAN)

    assert doc.plan is not None
    assert doc.plan.title == (
        "thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương"
        " Đảng khóa XIII, giai đoạn 2023 - 2025"
    )
    assert doc.ref.title == doc.plan.title
    assert [(r.kind, r.source, r.target.key) for r in doc.relations] == [
        (RelationKind.IMPLEMENTS, None, "20-NQ/TW")
    ]


def test_hyphen_numbering_opens_the_outline_but_a_year_range_does_not() -> None:
    """``I-`` and ``1-`` are headings; ``2023 - 2025`` on its own line stays in the title."""
    doc = parse(PARTY_PLAN)

    assert doc.plan is not None
    assert [
        (s.number, s.title, [c.number for c in s.children]) for s in doc.plan.sections
    ] == [
        ("I", "MỤC ĐÍCH, YÊU CẦU", ["1"]),
        ("II", "NHIỆM VỤ, GIẢI PHÁP", ["1"]),
    ]


def test_recipients_before_the_signature_end_a_standalone_plan() -> None:
    """``Nơi nhận:`` closes the body; its bullets are the recipients, not outline text."""
    doc = parse(PARTY_PLAN)

    assert doc.plan is not None
    last = doc.plan.sections[-1].children[-1]
    # A sentence that starts "Nơi nhận hồ sơ …:" is body text, not the foot.
    assert last.text == (
        "Nơi nhận hồ sơ đề nghị khen thưởng: Ban Thi đua - Khen thưởng tỉnh.",
    )
    assert doc.recipients == (
        "Ban Bí thư Trung ương Đảng (b/c)",
        "Lưu Văn phòng Tỉnh ủy",
    )
    assert doc.signer is not None
    assert (doc.signer.name, doc.signer.title, doc.signer.capacity) == (
        "Nguyễn Xuân Ký",
        "Phó Bí thư Thường trực",
        SignerCapacity.THAY_MAT,
    )
    assert [d.code for d in doc.diagnostics] == []


def test_a_decision_keeps_its_own_recipients_over_its_plans() -> None:
    """Under a decision, recipients at the plan's foot do not replace the decision's."""
    plan_foot = "Nơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT.\n"

    doc = parse(DECISION + PLAN + plan_foot)

    assert doc.recipients == ("Như Điều 3", "Lưu: VT")
    assert doc.plan is not None
    reporting = (
        "Các sở, ngành định kỳ 6 tháng báo cáo UBND tỉnh (qua Sở Kế hoạch và Đầu tư)"
        " kết quả thực hiện."
    )
    assert doc.plan.sections[-1].text == (reporting,)


def test_missing_parts_are_reported_not_invented() -> None:
    """A bare paragraph: no header, no plan; the line is reported, nothing is made up."""
    doc = parse("Một đoạn văn không thuộc phần nào.")

    assert (doc.ref.number, doc.ref.issued, doc.signer) == (None, None, None)
    assert sorted(d.code for d in doc.diagnostics) == [
        "missing-header",
        "unparsed-line",
    ]


def test_cross_check_reports_a_lead_the_body_contradicts() -> None:
    """An appendix row led by one Sở while the body gives the same work to another."""
    text = (
        DECISION
        + PLAN
        + (
            "Phụ lục\nSTT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
            "1\tHướng dẫn củng cố bộ máy quản lý nhà nước về hợp tác xã\tSở Công Thương\t\t2022\n"
        )
    )

    doc = parse(text)

    assert [d.code for d in doc.diagnostics if d.code == "lead-mismatch"] == [
        "lead-mismatch"
    ]


def test_cross_check_accepts_work_the_body_gives_to_two_agencies() -> None:
    """The body gives one task to two Sở; a row led by either agrees, a third does not."""
    plan = PLAN.replace(
        "1) Sở Nội vụ: Hướng dẫn củng cố bộ máy quản lý nhà nước về hợp tác xã.",
        "1) Sở Nội vụ: Bố trí kinh phí hỗ trợ hợp tác xã.",
    )
    table = (
        "Phụ lục\nSTT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n"
        "1\tBố trí kinh phí hỗ trợ hợp tác xã\tSở Tài chính\t\t2022\n"
        "2\tBố trí kinh phí hỗ trợ hợp tác xã\tSở Nội vụ\t\t2022\n"
        "3\tBố trí kinh phí hỗ trợ hợp tác xã\tSở Công Thương\t\t2022\n"
    )

    doc = parse(DECISION + plan + table)

    mismatches = [d for d in doc.diagnostics if d.code == "lead-mismatch"]
    assert [d.message.split(" is led by ")[0] for d in mismatches] == ["appendix row 3"]
    assert "'Sở Nội vụ'" in mismatches[0].message


def test_duplicate_section_numbers_are_kept_and_reported() -> None:
    """Two ``2.`` headings under one parent: both stay, one diagnostic."""
    text = PLAN.replace("2) Sở Tài chính", "1) Sở Tài chính")

    doc = parse(HEADER.replace("QUYẾT ĐỊNH", "KẾ HOẠCH") + text)

    assert [
        d.code for d in doc.diagnostics if d.code == "duplicate-section-number"
    ] == ["duplicate-section-number"]


def test_one_document_cited_with_two_dates_is_reported_once_at_the_later_line() -> None:
    """134/NQ-CP dated 25/9/2020 in a basis and 26/9/2020 later: one conflict, at the later line."""
    text = HEADER + (
        "Căn cứ Nghị quyết số 134/NQ-CP ngày 25/9/2020 của Chính phủ;\n"
        "QUYẾT ĐỊNH:\n"
        "Điều 1. Triển khai Nghị quyết số 134/NQ-CP ngày 26/9/2020 của Chính phủ"
        " trên địa bàn tỉnh.\n"
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )
    later = text[: text.index("26/9/2020")].count("\n") + 1

    doc = parse(text)

    assert [
        (d.code, d.line) for d in doc.diagnostics if d.code == "citation-date-conflict"
    ] == [("citation-date-conflict", later)]


# --- layouts and wordings first met in the province fixtures (ha_noi, dong_thap,
# ho_chi_minh, quang_nam) -------------------------------------------------------

PLAN_ALONE = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 88/KH-UBND\n"
    "Quảng Nam, ngày 15 tháng 3 năm 2024\nKẾ HOẠCH\n"
    "Phát triển kinh tế tập thể năm 2024\n"
)


def _body(text: str) -> list[tuple[str | None, str | None, str]]:
    doc = parse(text)
    assert doc.plan is not None
    return [(t.number, t.lead.name if t.lead else None, t.text) for t in doc.plan.tasks]


def test_lettered_parts_hold_the_roman_sections() -> None:
    """``A.`` / ``B.`` above ``I.``: the tasks are under ``B.II``, and ``B.I`` (aims) holds none."""
    text = PLAN_ALONE + (
        "A. MỤC ĐÍCH, YÊU CẦU\nI. Mục đích\nCụ thể hóa nhiệm vụ.\n"
        "B. MỤC TIÊU VÀ NHIỆM VỤ\nI. Mục tiêu\nCó ít nhất 40 hợp tác xã.\n"
        "II. Nhiệm vụ, giải pháp\n1. Sở Tài chính: Bố trí kinh phí hỗ trợ.\n"
        "C. TỔ CHỨC THỰC HIỆN\nCác sở triển khai thực hiện.\n"
    )

    doc = parse(text)

    assert doc.plan is not None
    assert [(s.number, s.title) for s in doc.plan.sections] == [
        ("A", "MỤC ĐÍCH, YÊU CẦU"),
        ("B", "MỤC TIÊU VÀ NHIỆM VỤ"),
        ("C", "TỔ CHỨC THỰC HIỆN"),
    ]
    assert _body(text) == [("B.II.1", "Sở Tài chính", "Bố trí kinh phí hỗ trợ.")]
    assert [d.code for d in doc.diagnostics] == []


def test_named_divisions_phan_and_muc() -> None:
    """``Phần II`` with its title on the next line, ``Mục 1.`` under it: headings, not tasks."""
    text = PLAN_ALONE + (
        "Phần I\nMỤC TIÊU\nCó ít nhất 40 hợp tác xã.\n"
        "Phần II\nNHIỆM VỤ, GIẢI PHÁP\n"
        "Mục 1. Tuyên truyền\nTổ chức quán triệt Nghị quyết, hằng năm.\n"
        "Mục 2: Hoàn thiện chính sách\nRà soát chính sách hỗ trợ.\n"
    )

    doc = parse(text)

    assert doc.plan is not None
    assert [(s.number, s.title) for s in doc.plan.sections] == [
        ("I", "MỤC TIÊU"),
        ("II", "NHIỆM VỤ, GIẢI PHÁP"),
    ]
    assert _body(text) == [
        ("II.1", None, "Tổ chức quán triệt Nghị quyết, hằng năm."),
        ("II.2", None, "Rà soát chính sách hỗ trợ."),
    ]
    assert [d.code for d in doc.diagnostics] == []


def test_phan_lon_is_text_not_a_division() -> None:
    """``Phần lớn …`` starts a sentence; only a numeral after ``Phần`` makes a heading."""
    text = PLAN_ALONE + (
        "I. NHIỆM VỤ\n1. Sở Tài chính\nPhần lớn kinh phí do ngân sách tỉnh bảo đảm.\n"
    )

    assert _body(text) == [
        ("I.1", "Sở Tài chính", "Phần lớn kinh phí do ngân sách tỉnh bảo đảm.")
    ]


def test_plan_on_its_own_replaces_an_older_plan() -> None:
    """``Kế hoạch này thay thế Kế hoạch số …`` in a plan without articles is REPLACES."""
    text = PLAN_ALONE + (
        "I. NHIỆM VỤ\n1. Sở Tài chính: Trình ban hành Quyết định thay thế Quyết định số 5/QĐ-UBND.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "Kế hoạch này thay thế Kế hoạch số 102/KH-UBND ngày 15/4/2021 của UBND tỉnh.\n"
    )

    doc = parse(text)

    assert [
        (r.kind, r.source, r.target.key)
        for r in doc.relations
        if r.kind in {RelationKind.REPLACES, RelationKind.REPEALS}
    ] == [(RelationKind.REPLACES, None, "102/KH-UBND")]


def test_trailing_period_is_a_deadline() -> None:
    """``…, giai đoạn 2025-2030.`` ends a task with its period; without the comma it is the title of the work."""
    text = PLAN_ALONE + (
        "I. NHIỆM VỤ\n1. Sở Tài chính\n"
        "- Hỗ trợ hợp tác xã xây dựng thương hiệu, giai đoạn 2025-2030.\n"
        "- Xây dựng Đề án phát triển hợp tác xã giai đoạn 2025-2030.\n"
    )

    doc = parse(text)

    assert doc.plan is not None
    assert [
        (str(t.deadline) if t.deadline else None, t.deadline_text)
        for t in doc.plan.tasks
    ] == [("2025 - 2030", "giai đoạn 2025-2030"), (None, None)]


def test_task_names_its_own_lead_and_coordinators() -> None:
    """``Sở X chủ trì, phối hợp với Y tổ chức …`` under a topic heading gives lead X and coordinator Y."""
    text = PLAN_ALONE + (
        "I. NHIỆM VỤ\n1. Đào tạo nguồn nhân lực\n"
        "- Sở LĐ-TB&XH chủ trì, phối hợp với Liên minh HTX tỉnh tổ chức đào tạo nghề.\n"
        "- Tổ chức hội nghị do Sở Tài chính chủ trì.\n"
    )

    doc = parse(text)

    assert doc.plan is not None
    assert [
        (t.lead.name if t.lead else None, tuple(c.name for c in t.coordinators))
        for t in doc.plan.tasks
    ] == [
        ("Sở Lao động - Thương binh và Xã hội", ("Liên minh Hợp tác xã tỉnh",)),
        (None, ()),
    ]


def test_city_bodies_are_the_provincial_bodies_named_the_city_way() -> None:
    """In Hà Nội ``UBND Thành phố``, ``Liên minh HTX Thành phố`` and ``Thành ủy`` resolve, named as a city names them."""
    from kttt.agencies import resolve_agency  # noqa: PLC0415

    found = [
        (a.key, a.name)
        for a in (
            resolve_agency(name, province="Hà Nội")
            for name in (
                "UBND Thành phố",
                "Liên minh HTX Thành phố",
                "Ban Thường vụ Thành ủy",
                "Các sở, ban, ngành Thành phố",
                "UBND các huyện, thị xã, thành phố",
            )
        )
    ]

    assert found == [
        ("ha-noi/ubnd-tinh", "Ủy ban nhân dân Thành phố"),
        ("ha-noi/lien-minh-hop-tac-xa", "Liên minh Hợp tác xã Thành phố"),
        ("ha-noi/ban-thuong-vu-tinh-uy", "Ban Thường vụ Thành ủy"),
        ("ha-noi/cac-so-ban-nganh", "Các sở, ban, ngành"),
        ("ha-noi/ubnd-cap-huyen", "Ủy ban nhân dân các huyện, thị xã, thành phố"),
    ]
    assert resolve_agency("UBND tỉnh", province="Quảng Nam").name == (
        "Ủy ban nhân dân tỉnh"
    )


def test_city_scope_is_not_part_of_a_target() -> None:
    """``toàn Thành phố có ít nhất 2.500 hợp tác xã`` measures hợp tác xã, as ``toàn tỉnh`` does."""
    text = PLAN_ALONE + (
        "I. MỤC TIÊU\nĐến năm 2025, toàn Thành phố có ít nhất 2.500 hợp tác xã.\n"
    )

    doc = parse(text)

    assert doc.plan is not None
    assert [(t.value, t.indicator) for t in doc.plan.targets] == [
        (Decimal(2500), "hợp tác xã")
    ]


def test_city_place_of_signing() -> None:
    """``Thành phố Hồ Chí Minh, ngày …`` is the place, with nothing left unread."""
    text = PLAN_ALONE.replace("Quảng Nam, ngày", "Thành phố Hồ Chí Minh, ngày").replace(
        "TỈNH QUẢNG NAM", "THÀNH PHỐ HỒ CHÍ MINH"
    ) + ("I. NHIỆM VỤ\n1. Sở Tài chính: Bố trí kinh phí.\n")

    doc = parse(text)

    assert (doc.place, doc.province) == ("Thành phố Hồ Chí Minh", "Hồ Chí Minh")
    assert [d.code for d in doc.diagnostics] == []


def test_council_resolution_session_line_and_lone_chairman() -> None:
    """``KHÓA X, KỲ HỌP THỨ 13`` under the council's name is read; ``CHỦ TỊCH`` after the recipients signs."""
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 15/2023/NQ-HĐND\n"
        "Quảng Nam, ngày 20 tháng 7 năm 2023\nNGHỊ QUYẾT\n"
        "Quy định chính sách hỗ trợ hợp tác xã\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NAM\nKHÓA X, KỲ HỌP THỨ 13\n"
        "Căn cứ Luật Hợp tác xã ngày 22 tháng 6 năm 2023;\n"
        "QUYẾT NGHỊ:\n"
        "Điều 1. Hỗ trợ thành lập mới hợp tác xã.\n"
        "Điều 2. Nghị quyết này có hiệu lực từ ngày 01 tháng 8 năm 2023./.\n"
        "Nơi nhận:\n- Chính phủ;\n- Lưu: VT.\n"
        "CHỦ TỊCH\nLương Nguyễn Minh Triết\n"
    )

    doc = parse(text)

    assert doc.signer is not None
    assert (doc.signer.name, doc.signer.title, doc.signer.capacity) == (
        "Lương Nguyễn Minh Triết",
        "Chủ tịch",
        SignerCapacity.TRUC_TIEP,
    )
    assert doc.recipients == ("Chính phủ", "Lưu: VT")
    assert [d.code for d in doc.diagnostics] == []


def test_council_resolution_entrusts_its_execution() -> None:
    """``Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này`` names the executor."""
    text = (
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 15/2023/NQ-HĐND\n"
        "Quảng Nam, ngày 20 tháng 7 năm 2023\nNGHỊ QUYẾT\n"
        "Quy định chính sách hỗ trợ hợp tác xã\n"
        "QUYẾT NGHỊ:\n"
        "Điều 1. Hỗ trợ thành lập mới hợp tác xã.\n"
        "Điều 2. Tổ chức thực hiện\n"
        "1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.\n"
        "2. Thường trực Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.\n"
    )

    doc = parse(text)

    assert [a.name for a in doc.executors] == ["Ủy ban nhân dân tỉnh"]


def test_law_on_legal_documents_keeps_its_whole_name() -> None:
    """``Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015``: "quy" does not end the name."""
    text = HEADER + (
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Quyết định này có hiệu lực kể từ ngày ký.\n"
    )

    doc = parse(text)

    assert [b.ref.key for b in doc.legal_bases] == [
        "luat:ban-hanh-van-ban-quy-pham-phap-luat:2015-06-22"
    ]
