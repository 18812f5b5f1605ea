"""Strategies for the composite model types: tasks, plans, documents and their parts.

Every strategy draws valid values only, real phrasing first: Hypothesis
shrinks towards the first branch of ``|``, so a failing example ends on a
line that reads like a plan, not on ``'0'``.  Each class is built through
its ``__init__`` with the fields named here; fields added later with a
default keep their default, so new optional fields do not break these.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import strategies as st

from kttt.model import (
    Comparator,
    Diagnostic,
    Document,
    LegalBasis,
    Plan,
    Proposal,
    ReportingDuty,
    Section,
    Severity,
    Signer,
    SignerCapacity,
    Target,
    Task,
    TaskOrigin,
)
from kttt.strategies._agencies import agencies
from kttt.strategies._deadlines import deadlines
from kttt.strategies._references import document_refs, relations
from kttt.text import normalize

__all__ = [
    "diagnostics",
    "documents",
    "legal_bases",
    "plans",
    "proposals",
    "reporting_duties",
    "sections",
    "signers",
    "targets",
    "tasks",
    "vietnamese_texts",
]

# Letters of Vietnamese in both cases, precomposed as NFC writes them, plus
# digits: enough to spell any word, and stable under kttt.text.normalize.
_LOWER = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợ"
    "pqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
_LETTERS = _LOWER + _LOWER.upper() + "0123456789"

_TASK_TEXTS = (
    "Xây dựng Kế hoạch phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2025",
    "Đưa nội dung phát triển kinh tế tập thể vào quy hoạch, kế hoạch của tỉnh",
    "Tổ chức tôn vinh, khen thưởng các mô hình hợp tác xã hoạt động hiệu quả",
    "Bổ sung vốn điều lệ cho Quỹ hỗ trợ phát triển hợp tác xã",
    "Hướng dẫn, hỗ trợ hợp tác xã tiếp cận nguồn vốn tín dụng ưu đãi",
    "Tổng kết 10 năm thi hành Luật Hợp tác xã năm 2012",
    "Rà soát, đề xuất sửa đổi cơ chế, chính sách hỗ trợ kinh tế tập thể",
    "Tuyên truyền, phổ biến Nghị quyết số 20-NQ/TW trên các phương tiện thông tin đại chúng",
)
_SECTION_TITLES = (
    "MỤC ĐÍCH, YÊU CẦU",
    "MỤC TIÊU",
    "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU",
    "TỔ CHỨC THỰC HIỆN",
    "Mục tiêu tổng quát",
    "Mục tiêu cụ thể",
    "Sở Kế hoạch và Đầu tư",
    "Liên minh Hợp tác xã tỉnh",
)
_PARAGRAPHS = (
    "Tổ chức quán triệt sâu sắc các quan điểm, mục tiêu, nhiệm vụ đề ra.",
    "- Chủ trì, phối hợp với các sở, ngành, địa phương thực hiện.",
    "Phấn đấu thu hút tối thiểu 20% dân số của tỉnh tham gia các tổ chức kinh tế tập thể.",
    "Bảo đảm trên 60% hợp tác xã đạt loại tốt, khá.",
)
_INDICATORS = (
    "tỷ lệ cán bộ quản lý hợp tác xã tốt nghiệp đại học, cao đẳng",
    "giám đốc hợp tác xã được đào tạo sơ cấp nghề giám đốc",
    "hợp tác xã đạt loại tốt, khá",
    "dân số của tỉnh tham gia các tổ chức kinh tế tập thể",
    "tổ chức kinh tế tập thể thành lập mới",
)
_UNITS = ("%", "tổ chức", "hợp tác xã", "thành viên", "tổ hợp tác")
_REPORTS = (
    "báo cáo kết quả thực hiện định kỳ hằng năm (trước ngày 15/12 hằng năm) gửi Sở Kế hoạch và Đầu tư",
    "thực hiện nghiêm túc chế độ báo cáo theo định kỳ hàng năm (trước ngày 05/12 hàng năm)",
    "tổng hợp báo cáo kết quả theo năm hoặc đột xuất với UBND tỉnh",
)
_CODES = (
    "symbol-double-slash",
    "symbol-year-mismatch",
    "duplicate-section-number",
    "self-reference-mismatch",
    "appendix-truncated",
    "missing-header",
    "cell-inherited",
    "row-continued",
)
_MESSAGES = (
    "số ký hiệu có hai dấu gạch chéo: '134//NQ-CP'",
    "năm trong số hiệu khác năm ban hành",
    "hai mục cùng đánh số 2.3",
    "không có phần đầu văn bản",
)
_BASES = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Nghị quyết số 134/NQ-CP ngày 25/9/2020 của Chính phủ;",
    "Căn cứ Kế hoạch số 52-KH/TU ngày 06/01/2023 của Tỉnh ủy Bình Định;",
)
_PROPOSALS = (
    "Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Tờ trình số 613/TTr-SKHĐT ngày 03 tháng 11 năm 2020.",
    "Xét đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Văn bản số 253/SKHĐT-KTN ngày 14/02/2023.",
)
_NAMES = ("Tráng Thị Xuân", "Lâm Hải Giang", "Nguyễn Văn Sơn", "Phạm Thị Thanh Thủy")
_TITLES = ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC")
_BODIES = ("ỦY BAN NHÂN DÂN", "BAN CHẤP HÀNH")
_PROVINCES = ("Sơn La", "Bình Định", "Lào Cai", "Đắk Lắk", "Quảng Nam", "Cà Mau")
_RECIPIENTS = (
    "TT Tỉnh ủy (b/c)",
    "Chủ tịch UBND tỉnh (b/c)",
    "Các Phó Chủ tịch UBND tỉnh",
    "Như Điều 3",
    "Liên minh HTX tỉnh",
    "Lưu: VT, KT",
)
_ROMAN = ("I", "II", "III", "IV", "V", "VI")
# Task fields that a parser may recover rather than read (Task.inferred).
_INFERABLE = ("lead", "coordinators", "deadline", "group", "number", "text")
_DOCUMENT_INFERABLE = ("number", "issued", "province", "place", "issuer")


def vietnamese_texts(
    examples: tuple[str, ...] = _TASK_TEXTS, *, max_words: int = 12
) -> st.SearchStrategy[str]:
    """Non-blank Vietnamese text: one of *examples*, or words of Vietnamese letters.

    Every value has at least one letter or digit and single spaces, so it
    survives the model's whitespace-collapsing converters unchanged.

    >>> from hypothesis import find
    >>> find(vietnamese_texts(), lambda s: True)
    'Xây dựng Kế hoạch phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2025'

    Args:
        examples: Real phrases, drawn first.
        max_words: Most words in an invented phrase.

    Returns:
        A strategy for ``str``.
    """
    word = st.text(alphabet=_LETTERS, min_size=1, max_size=10)
    # Normalizing moves some tone marks (``uỳ`` becomes ``ùy``), so invented
    # words are normalized here, as the model would.
    invented = st.lists(word, min_size=1, max_size=max_words).map(
        lambda words: normalize(" ".join(words))
    )
    return st.sampled_from(examples) | invented


def _line_numbers() -> st.SearchStrategy[int | None]:
    return st.none() | st.integers(min_value=1, max_value=5_000)


def _optional_texts(examples: tuple[str, ...]) -> st.SearchStrategy[str | None]:
    return st.none() | vietnamese_texts(examples)


def diagnostics() -> st.SearchStrategy[Diagnostic]:
    """Diagnostics with the documented codes first, and any message text.

    >>> from hypothesis import find
    >>> find(diagnostics(), lambda d: True).code
    'symbol-double-slash'

    Returns:
        A strategy for :class:`~kttt.Diagnostic`.
    """
    invented_code = st.from_regex(
        r"[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}", fullmatch=True
    )
    return st.builds(
        Diagnostic,
        code=st.sampled_from(_CODES) | invented_code,
        message=st.sampled_from(_MESSAGES) | st.text(max_size=40),
        line=_line_numbers(),
        severity=st.sampled_from(Severity),
        text=st.none() | st.text(max_size=40),
    )


def _task_numbers() -> st.SearchStrategy[str]:
    group = st.sampled_from(_ROMAN)
    item = st.integers(min_value=1, max_value=30)
    return st.builds(lambda g, i: f"{g}.{i}", group, item)


def tasks(*, max_coordinators: int = 2) -> st.SearchStrategy[Task]:
    """Tasks as a plan's body or appendix states them.

    >>> from hypothesis import find
    >>> find(tasks(), lambda t: True).origin
    <TaskOrigin.APPENDIX: 'appendix'>

    Args:
        max_coordinators: Most coordinating agencies per task.

    Returns:
        A strategy for :class:`~kttt.Task`.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Task:
        number = draw(st.none() | _task_numbers())
        origin = draw(st.sampled_from(TaskOrigin))
        slug = (number or "1").lower().replace(".", "-")
        return Task(
            id=draw(
                st.just(f"{origin.value}/{slug}") | st.text(min_size=1, max_size=12)
            ),
            number=number,
            origin=origin,
            text=draw(vietnamese_texts()),
            group=draw(_optional_texts(_SECTION_TITLES)),
            lead=draw(st.none() | agencies()),
            coordinators=draw(st.lists(agencies(), max_size=max_coordinators)),
            deadline=draw(st.none() | deadlines()),
            lead_text=draw(st.none() | st.text(max_size=30)),
            coordinators_text=draw(st.none() | st.text(max_size=30)),
            deadline_text=draw(st.none() | st.text(max_size=30)),
            inferred=draw(st.frozensets(st.sampled_from(_INFERABLE))),
            line=draw(_line_numbers()),
        )

    return build()


def _decimals() -> st.SearchStrategy[Decimal]:
    whole = st.integers(min_value=0, max_value=100_000).map(Decimal)
    exact = st.decimals(allow_nan=False, allow_infinity=False, places=2)
    return st.sampled_from([Decimal(25), Decimal(80), Decimal("12.5")]) | whole | exact


def targets() -> st.SearchStrategy[Target]:
    """Targets such as *ít nhất 25%* or *thành lập mới 15 tổ chức hàng năm*.

    >>> from hypothesis import find
    >>> find(targets(), lambda t: t.unit is not None).unit
    '%'

    Returns:
        A strategy for :class:`~kttt.Target`.
    """
    return st.builds(
        Target,
        text=vietnamese_texts(_PARAGRAPHS),
        indicator=vietnamese_texts(_INDICATORS),
        comparator=st.sampled_from(Comparator),
        value=_decimals(),
        unit=st.sampled_from(_UNITS) | st.none(),
        horizon=st.none() | st.integers(min_value=1945, max_value=2100),
        per_year=st.booleans(),
        line=_line_numbers(),
    )


def sections(
    *, max_depth: int = 3, max_children: int = 3, level: int = 1
) -> st.SearchStrategy[Section]:
    """Outline trees: ``I.`` headings holding ``1.``, holding ``1.1.``, ...

    >>> from hypothesis import find
    >>> find(sections(), lambda s: s.children).children[0].level
    2

    Args:
        max_depth: Most levels below and including this one.
        max_children: Most sub-headings per heading.
        level: Depth of the top heading, 1 for ``I.``.

    Returns:
        A strategy for :class:`~kttt.Section`.
    """
    children: st.SearchStrategy[list[Section]] = (
        st.lists(
            sections(
                max_depth=max_depth - 1, max_children=max_children, level=level + 1
            ),
            max_size=max_children,
        )
        if max_depth > 1
        else st.just([])
    )
    label = st.sampled_from(_ROMAN) if level == 1 else st.integers(1, 20).map(str)
    return st.builds(
        Section,
        number=label | st.just(""),
        title=vietnamese_texts(_SECTION_TITLES) | st.just(""),
        level=st.just(level),
        text=st.lists(vietnamese_texts(_PARAGRAPHS), max_size=3),
        children=children,
        line=_line_numbers(),
    )


def reporting_duties() -> st.SearchStrategy[ReportingDuty]:
    """Duties to report: who, to whom, by when.

    >>> from hypothesis import find
    >>> find(reporting_duties(), lambda r: True).by
    ()

    Returns:
        A strategy for :class:`~kttt.ReportingDuty`.
    """
    return st.builds(
        ReportingDuty,
        text=vietnamese_texts(_REPORTS),
        by=st.lists(agencies(), max_size=2),
        to=st.lists(agencies(), max_size=2),
        deadline=st.none() | deadlines(),
        line=_line_numbers(),
    )


def plans(
    *,
    max_sections: int = 1,
    max_tasks: int = 2,
    max_targets: int = 1,
    max_reporting: int = 1,
) -> st.SearchStrategy[Plan]:
    """Plans (*kế hoạch*) with a few sections, tasks, targets and duties.

    Small by default so that properties over many documents stay fast;
    raise the limits for stress tests.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5)
    ... @given(plans(max_tasks=2))
    ... def test_few_tasks(plan):
    ...     assert len(plan.tasks) <= 2
    >>> test_few_tasks()

    Args:
        max_sections: Most top-level sections (each up to three levels deep).
        max_tasks: Most tasks.
        max_targets: Most targets.
        max_reporting: Most reporting duties.

    Returns:
        A strategy for :class:`~kttt.Plan`.
    """
    return st.builds(
        Plan,
        ref=document_refs(),
        title=vietnamese_texts(
            ("Kế hoạch phát triển kinh tế tập thể", "Chương trình hành động")
        ),
        sections=st.lists(sections(max_depth=2, max_children=2), max_size=max_sections),
        tasks=st.lists(tasks(), max_size=max_tasks),
        targets=st.lists(targets(), max_size=max_targets),
        reporting=st.lists(reporting_duties(), max_size=max_reporting),
        objectives=st.lists(vietnamese_texts(_PARAGRAPHS), max_size=2),
    )


def legal_bases() -> st.SearchStrategy[LegalBasis]:
    """*Căn cứ* clauses with the document each rests on.

    >>> from hypothesis import find
    >>> find(legal_bases(), lambda b: True).text
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'

    Returns:
        A strategy for :class:`~kttt.LegalBasis`.
    """
    return st.builds(
        LegalBasis,
        ref=document_refs(),
        text=st.sampled_from(_BASES) | st.text(max_size=60),
        line=_line_numbers(),
    )


def proposals() -> st.SearchStrategy[Proposal]:
    """*Theo đề nghị của ...* clauses.

    >>> from hypothesis import find
    >>> find(proposals(), lambda p: True).by is None
    True

    Returns:
        A strategy for :class:`~kttt.Proposal`.
    """
    return st.builds(
        Proposal,
        by=st.none() | agencies(),
        ref=st.none() | document_refs(),
        text=st.sampled_from(_PROPOSALS) | st.text(max_size=60),
        line=_line_numbers(),
    )


def signers() -> st.SearchStrategy[Signer]:
    """Signatures: *TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH* and a name.

    >>> from hypothesis import find
    >>> find(signers(), lambda s: s.name is not None).name
    'Tráng Thị Xuân'

    Returns:
        A strategy for :class:`~kttt.Signer`.
    """
    return st.builds(
        Signer,
        name=st.sampled_from(_NAMES) | st.none() | st.text(max_size=30),
        title=st.sampled_from(_TITLES) | st.none() | st.text(max_size=30),
        capacity=st.sampled_from(SignerCapacity),
        on_behalf_of=st.none() | st.sampled_from(_BODIES),
        line=_line_numbers(),
    )


def _dates() -> st.SearchStrategy[date]:
    return st.dates(min_value=date(1945, 1, 1), max_value=date(2100, 12, 31))


def documents(
    *,
    max_bases: int = 2,
    max_relations: int = 1,
    max_diagnostics: int = 2,
    plan: st.SearchStrategy[Plan | None] | None = None,
) -> st.SearchStrategy[Document]:
    """Whole parsed documents: header, bases, proposal, relations, signature, plan.

    Kept small by default (see :func:`plans`); pass *plan* to choose the plan
    strategy, e.g. ``plans(max_tasks=50)`` or ``st.none()``.

    >>> from hypothesis import given, settings, strategies as st
    >>> @settings(max_examples=5)
    ... @given(documents(plan=st.none()))
    ... def test_no_plan(doc):
    ...     assert doc.plan is None
    >>> test_no_plan()

    Args:
        max_bases: Most legal bases.
        max_relations: Most relations.
        max_diagnostics: Most diagnostics.
        plan: Strategy for the attached plan; default ``None`` or a small plan.

    Returns:
        A strategy for :class:`~kttt.Document`.
    """
    the_plan = st.none() | plans() if plan is None else plan
    return st.builds(
        Document,
        ref=document_refs(),
        place=st.none() | st.sampled_from(_PROVINCES),
        issuer=st.none() | agencies(),
        province=st.none() | st.sampled_from(_PROVINCES),
        legal_bases=st.lists(legal_bases(), max_size=max_bases),
        proposal=st.none() | proposals(),
        relations=st.lists(relations(), max_size=max_relations),
        effective=st.none() | _dates(),
        executors=st.lists(agencies(), max_size=2),
        signer=st.none() | signers(),
        recipients=st.lists(
            st.sampled_from(_RECIPIENTS) | st.text(max_size=20), max_size=4
        ),
        plan=the_plan,
        diagnostics=st.lists(diagnostics(), max_size=max_diagnostics),
        inferred=st.frozensets(st.sampled_from(_DOCUMENT_INFERABLE)),
        source=st.none() | st.just("000_e41f41255acb507c.txt") | st.text(max_size=20),
        text=st.just("") | st.text(max_size=200),
    )
