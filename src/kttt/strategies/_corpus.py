"""A synthetic national corpus: every province's plans, deterministic, fast to build.

Real plans are the specification, so the generator writes what they write:
the 63 provinces, their departments as the agency registry names them, the
national chain of Party and Government documents, deadlines as the phrases
plans use (read by :func:`kttt.parse_deadline`), and provincial decisions
that implement national resolutions and repeal the province's older plans.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

from hypothesis import strategies as st

from kttt.agencies import resolve_agency
from kttt.corpus import Corpus
from kttt.model import (
    Agency,
    Comparator,
    Deadline,
    DocKind,
    Document,
    DocumentNumber,
    DocumentRef,
    LegalBasis,
    Plan,
    Relation,
    RelationKind,
    ReportingDuty,
    Target,
    Task,
    TaskOrigin,
)
from kttt.parse import parse_deadline

__all__ = ["corpora", "national_corpus", "national_documents"]

# The 63 provinces and centrally run cities before the 2025 merger.
PROVINCES: tuple[str, ...] = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh",
    "Bến Tre", "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau",
    "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
    "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang",
    "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định",
    "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình",
    "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
    "Tiền Giang", "Thành phố Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long",
    "Vĩnh Phúc", "Yên Bái",
)  # fmt: skip

# Bodies that lead tasks, with how often plans give them one (the seeds'
# appendices lean on planning, agriculture and the cooperative alliance).
_LEADS: tuple[tuple[str, int], ...] = (
    ("Sở Kế hoạch và Đầu tư", 9),
    ("Sở Nông nghiệp và Phát triển nông thôn", 8),
    ("Liên minh Hợp tác xã tỉnh", 8),
    ("Sở Tài chính", 5),
    ("Sở Công Thương", 5),
    ("Sở Khoa học và Công nghệ", 3),
    ("Sở Tài nguyên và Môi trường", 3),
    ("Sở Lao động - Thương binh và Xã hội", 3),
    ("Sở Nội vụ", 3),
    ("Sở Thông tin và Truyền thông", 3),
    ("Sở Giáo dục và Đào tạo", 2),
    ("Sở Tư pháp", 1),
    ("Sở Văn hóa, Thể thao và Du lịch", 1),
    ("Ngân hàng Nhà nước Chi nhánh tỉnh", 2),
    ("Bảo hiểm xã hội tỉnh", 2),
    ("Ban Dân tộc tỉnh", 1),
    ("Cục Thuế tỉnh", 1),
    ("Hội Nông dân tỉnh", 2),
    ("Hội Liên hiệp Phụ nữ tỉnh", 1),
    ("Tỉnh đoàn", 1),
    ("Hội Cựu chiến binh tỉnh", 1),
    ("Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã tỉnh", 2),
    ("Trường Chính trị tỉnh", 1),
    ("Các sở, ban, ngành, UBND các huyện, thành phố", 5),
    ("UBND các huyện, thị xã, thành phố", 3),
)
_GROUP_COORDINATOR = "Các sở, ban, ngành, UBND các huyện, thành phố"
# How often things happen, as read off the seeds' appendices: an empty lead
# cell, a collective among the coordinators, no deadline, a lead filled down
# from the row above; and how often a new plan ends one of the province's
# older plans.
_NO_LEAD = 0.03
_GROUP_HELPS = 0.3
_NO_DEADLINE = 0.05
_INHERITED = 0.05
_ENDS_OLDER = 0.4

_GROUPS: tuple[str, ...] = (
    "Nâng cao nhận thức về bản chất, vị trí, vai trò của kinh tế tập thể",
    "Rà soát, hoàn thiện cơ chế, chính sách hỗ trợ phát triển kinh tế tập thể, hợp tác xã",
    "Củng cố tổ chức bộ máy, nâng cao hiệu lực quản lý nhà nước về kinh tế tập thể",
    "Nâng cao chất lượng, hiệu quả hoạt động của các tổ chức kinh tế tập thể",
    "Củng cố, đổi mới tổ chức và hoạt động của Liên minh Hợp tác xã tỉnh",
    "Phát huy vai trò của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội",
)
_ROMAN = ("I", "II", "III", "IV", "V", "VI")

_VERBS: tuple[str, ...] = (
    "Tổ chức tuyên truyền, phổ biến",
    "Xây dựng và triển khai",
    "Hướng dẫn, hỗ trợ hợp tác xã thực hiện",
    "Rà soát, đánh giá kết quả thực hiện",
    "Tham mưu UBND tỉnh ban hành",
    "Chủ trì, phối hợp triển khai",
    "Kiểm tra, giám sát việc thực hiện",
    "Tổng kết, đánh giá",
    "Bố trí kinh phí thực hiện",
    "Nhân rộng",
    "Đào tạo, bồi dưỡng theo",
    "Xây dựng cơ sở dữ liệu về",
)
_OBJECTS: tuple[str, ...] = (
    "chính sách hỗ trợ phát triển kinh tế tập thể, hợp tác xã",
    "mô hình hợp tác xã kiểu mới gắn với chuỗi giá trị",
    "Đề án phát triển hợp tác xã nông nghiệp gắn với xây dựng nông thôn mới",
    "chương trình mỗi xã một sản phẩm (OCOP) cho các hợp tác xã",
    "chính sách tín dụng ưu đãi cho hợp tác xã",
    "chính sách đất đai đối với tổ chức kinh tế tập thể",
    "hoạt động xúc tiến thương mại cho hợp tác xã, liên hiệp hợp tác xã",
    "ứng dụng công nghệ cao, chuyển đổi số trong hợp tác xã",
    "Quỹ hỗ trợ phát triển hợp tác xã tỉnh",
    "chế độ bảo hiểm xã hội cho người lao động trong hợp tác xã",
    "Luật Hợp tác xã và các văn bản hướng dẫn",
    "kế hoạch phát triển kinh tế tập thể hằng năm",
    "thành lập mới hợp tác xã, tổ hợp tác",
    "đào tạo nguồn nhân lực quản lý hợp tác xã",
    "hợp tác xã của thanh niên, phụ nữ, nông dân, cựu chiến binh",
)

# Completion-time phrases as plans write them; {y} is a year of the plan.
_DEADLINES: tuple[tuple[str, int], ...] = (
    ("Hàng năm", 10),
    ("Hằng năm", 4),
    ("{y}", 8),
    ("{y} - {y1}", 8),
    ("Quý {q}/{y}", 5),
    ("Tháng {m}/{y}", 4),
    ("6 tháng đầu năm {y1}", 2),
    ("Thường xuyên", 8),
    ("Giai đoạn {y} - {y4}", 4),
    ("trước ngày 15/12 hằng năm", 2),
    ("30/6/{y1}", 2),
    ("Theo tiến độ", 1),
)


def _ref(
    kind: DocKind, number: str, issued: date, issuer: str, title: str
) -> DocumentRef:
    return DocumentRef(
        kind=kind,
        number=DocumentNumber.parse(number),
        issued=issued,
        issuer=issuer,
        title=title,
    )


_SUBJECT = "tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể"
_NQ13 = _ref(
    DocKind.NGHI_QUYET,
    "13-NQ/TW",
    date(2002, 3, 18),
    "Ban Chấp hành Trung ương",
    _SUBJECT,
)
_KL70 = _ref(DocKind.KET_LUAN, "70-KL/TW", date(2020, 3, 9), "Bộ Chính trị", _SUBJECT)
_NQ134 = _ref(DocKind.NGHI_QUYET, "134/NQ-CP", date(2020, 9, 25), "Chính phủ", _SUBJECT)
_NQ20 = _ref(
    DocKind.NGHI_QUYET,
    "20-NQ/TW",
    date(2022, 6, 16),
    "Ban Chấp hành Trung ương",
    _SUBJECT + " trong giai đoạn mới",
)
_NQ09 = _ref(
    DocKind.NGHI_QUYET,
    "09/NQ-CP",
    date(2023, 2, 2),
    "Chính phủ",
    "Chương trình hành động thực hiện Nghị quyết số 20-NQ/TW",
)
_QD340 = _ref(
    DocKind.QUYET_DINH,
    "340/QĐ-TTg",
    date(2021, 3, 12),
    "Thủ tướng Chính phủ",
    "Chiến lược phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2030",
)
_QD1804 = _ref(
    DocKind.QUYET_DINH,
    "1804/QĐ-TTg",
    date(2020, 11, 13),
    "Thủ tướng Chính phủ",
    "Chương trình hỗ trợ phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021 - 2025",
)
_LUAT_HTX = DocumentRef(
    kind=DocKind.LUAT, title="Hợp tác xã", year=2012, issuer="Quốc hội"
)
_LUAT_CQDP = DocumentRef(
    kind=DocKind.LUAT,
    title="Tổ chức chính quyền địa phương",
    issued=date(2015, 6, 19),
    issuer="Quốc hội",
)

# What each national document implements, as the citations that describe it say.
_CLAIMS: dict[str, DocumentRef] = {
    "70-KL/TW": _NQ13,
    "134/NQ-CP": _KL70,
    "9/NQ-CP": _NQ20,
}
_NATIONAL = {r.key: r for r in (_NQ13, _KL70, _NQ134, _NQ20, _NQ09)}


@cache
def _deadline(phrase: str) -> Deadline:
    return parse_deadline(phrase)


@cache
def _agency(name: str, province: str) -> Agency:
    return resolve_agency(name, province=province)


def _weighted(choices: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    """Each choice repeated by its weight, so one ``randrange`` picks by weight."""
    return tuple(name for name, weight in choices for _ in range(weight))


_LEAD_DRAW = _weighted(_LEADS)
_LEAD_NAMES = tuple(name for name, _ in _LEADS)
_DEADLINE_DRAW = _weighted(_DEADLINES)


@cache
def _phrases(year: int) -> tuple[tuple[str, ...], ...]:
    """Every phrase each template gives for plans of *year*, in template order."""
    return tuple(
        tuple(
            dict.fromkeys(
                template.format(y=year, y1=year + 1, y4=year + 4, q=q, m=m)
                for q in _ROMAN[:4]
                for m in (3, 6, 9, 12)
            )
        )
        for template in _DEADLINE_DRAW
    )


def _phrase(rng: random.Random, year: int) -> str:
    options = _phrases(year)[rng.randrange(len(_DEADLINE_DRAW))]
    return options[rng.randrange(len(options))]


class _Numbers:
    """Document numbers that are unique across the whole corpus, as keys must be."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[int] = set()

    def take(self) -> int:
        while True:
            n = self.rng.randint(100, 99_999)
            if n not in self.used:
                self.used.add(n)
                return n


def _tasks(
    rng: random.Random, province: str, year: int, count: int, pool: dict[str, str]
) -> tuple[Task, ...]:
    appendix = count * 3 // 5
    found = []
    for k in range(count):
        origin = TaskOrigin.APPENDIX if k < appendix else TaskOrigin.BODY
        g = rng.randrange(len(_GROUPS))
        n = k + 1 if origin is TaskOrigin.APPENDIX else k - appendix + 1
        if origin is TaskOrigin.APPENDIX:
            task_id = pool.setdefault(f"a{g}{n}", f"appendix/{_ROMAN[g].lower()}-{n}")
            number = pool.setdefault(f"na{g}{n}", f"{_ROMAN[g]}.{n}")
        else:
            task_id = pool.setdefault(f"b{g}{n}", f"body/{g + 1}/{n}")
            number = pool.setdefault(f"nb{g}{n}", f"{g + 1}.{n}")
        lead_name = _LEAD_DRAW[rng.randrange(len(_LEAD_DRAW))]
        lead = None if rng.random() < _NO_LEAD else _agency(lead_name, province)
        coordinators = tuple(
            _agency(name, province)
            for name in rng.sample(_LEAD_NAMES, rng.choice((0, 0, 1, 1, 2, 3)))
            if name != lead_name
        )
        if rng.random() < _GROUP_HELPS and lead_name != _GROUP_COORDINATOR:
            coordinators = (*coordinators, _agency(_GROUP_COORDINATOR, province))
        text = pool.setdefault(
            f"t{k % 12}{g}",
            f"{_VERBS[rng.randrange(len(_VERBS))]} {_OBJECTS[rng.randrange(len(_OBJECTS))]}",
        )
        phrase = (
            None
            if rng.random() < _NO_DEADLINE
            else _phrase(rng, year + rng.randint(0, 2))
        )
        found.append(
            Task(
                id=task_id,
                number=number,
                origin=origin,
                text=text,
                group=_GROUPS[g],
                lead=lead,
                coordinators=coordinators,
                deadline=_deadline(phrase) if phrase is not None else None,
                deadline_text=phrase,
                inferred=frozenset({"lead"})
                if lead is not None and rng.random() < _INHERITED
                else frozenset(),
            )
        )
    return tuple(found)


def _plan_dates(rng: random.Random, plans: int) -> list[date]:
    """Issue dates spread over 2016-2025, in order, like a province's plans over ten years."""
    start = date(2016, 1, 1).toordinal()
    span = date(2025, 12, 31).toordinal() - start
    return sorted(date.fromordinal(start + rng.randrange(span)) for _ in range(plans))


def national_documents(
    provinces: int = 63, plans: int = 10, tasks: int = 60, seed: int = 0
) -> tuple[Document, ...]:
    """The documents of :func:`national_corpus`, without building the corpus.

    >>> docs = national_documents(provinces=2, plans=3, tasks=4)
    >>> len(docs), sum(len(d.plan.tasks) for d in docs)
    (6, 24)
    """
    # Synthetic data, not secrets: a seeded Mersenne Twister is what we want.
    rng = random.Random(seed)  # noqa: S311
    numbers = _Numbers(rng)
    pool: dict[str, str] = {}
    documents = []
    for p in range(provinces):
        province = PROVINCES[p % len(PROVINCES)]
        if p >= len(PROVINCES):
            province = f"{province} {p // len(PROVINCES) + 1}"
        committee = f"UBND tỉnh {province}"
        party_plan = _ref(
            DocKind.KE_HOACH,
            f"{numbers.take()}-KH/TU",
            date(2022, 12, 1) + timedelta(days=rng.randrange(90)),
            f"Tỉnh ủy {province}",
            "thực hiện Nghị quyết số 20-NQ/TW",
        )
        earlier: list[DocumentRef] = []
        for issued in _plan_dates(rng, plans):
            n = numbers.take()
            decision = _ref(
                DocKind.QUYET_DINH,
                f"{n}/QĐ-UBND",
                issued,
                committee,
                "ban hành Kế hoạch phát triển kinh tế tập thể",
            )
            plan_ref = _ref(
                DocKind.KE_HOACH,
                f"{n}/KH-UBND",
                issued,
                committee,
                "Kế hoạch phát triển kinh tế tập thể, hợp tác xã",
            )
            effective = issued + timedelta(days=rng.choice((0, 0, 0, 10, 15)))
            if issued >= _NQ09.issued:  # type: ignore[operator]
                parents = [_NQ09, party_plan]
                bases = [_LUAT_CQDP, _NQ20, party_plan, _NQ09]
            elif issued >= _NQ134.issued:  # type: ignore[operator]
                parents = [_NQ134]
                bases = [_LUAT_CQDP, _NQ134, _QD1804, _QD340]
            else:
                parents = [_NQ13]
                bases = [_LUAT_CQDP, _LUAT_HTX]
            relations = [Relation(kind=RelationKind.ISSUES, target=plan_ref)]
            relations += [
                Relation(kind=RelationKind.IMPLEMENTS, target=r) for r in parents
            ]
            relations += [
                Relation(kind=RelationKind.IMPLEMENTS, target=_CLAIMS[b.key], source=b)
                for b in bases
                if b.key in _CLAIMS
            ]
            if party_plan in parents:
                relations.append(
                    Relation(
                        kind=RelationKind.IMPLEMENTS, target=_NQ20, source=party_plan
                    )
                )
            if earlier and rng.random() < _ENDS_OLDER:
                old = earlier.pop(rng.randrange(len(earlier)))
                kind = rng.choice(
                    (
                        RelationKind.REPEALS,
                        RelationKind.REPEALS,
                        RelationKind.REPLACES,
                        RelationKind.AMENDS,
                    )
                )
                verb = {
                    "repeals": "bãi bỏ",
                    "replaces": "thay thế",
                    "amends": "sửa đổi, bổ sung một số điều của",
                }[kind.value]
                relations.append(
                    Relation(
                        kind=kind,
                        target=old,
                        effective=effective,
                        text=f"{verb} Kế hoạch số {old.number} ngày {old.issued}",
                    )
                )
            earlier.append(plan_ref)
            year = issued.year
            plan = Plan(
                ref=plan_ref,
                title=f"Kế hoạch phát triển kinh tế tập thể, hợp tác xã tỉnh {province} năm {year}",
                tasks=_tasks(rng, province, year, tasks, pool),
                targets=(
                    Target(
                        text=f"thành lập mới {rng.randint(5, 40)} hợp tác xã hàng năm",
                        indicator="hợp tác xã thành lập mới",
                        comparator=Comparator.DAT,
                        value=Decimal(rng.randint(5, 40)),
                        unit="hợp tác xã",
                        horizon=2030,
                        per_year=True,
                    ),
                    Target(
                        text=f"trên {rng.randint(50, 80)}% hợp tác xã đạt loại tốt, khá",
                        indicator="hợp tác xã đạt loại tốt, khá",
                        comparator=Comparator.TREN,
                        value=Decimal(rng.randint(50, 80)),
                        unit="%",
                        horizon=2030,
                    ),
                ),
                reporting=(
                    ReportingDuty(
                        text="định kỳ báo cáo kết quả thực hiện trước ngày 15/12 hằng năm gửi Sở Kế hoạch và Đầu tư",
                        by=(_agency(_GROUP_COORDINATOR, province),),
                        to=(_agency("Sở Kế hoạch và Đầu tư", province),),
                        deadline=_deadline("trước ngày 15/12 hằng năm"),
                    ),
                ),
            )
            documents.append(
                Document(
                    ref=decision,
                    place=province,
                    issuer=_agency("Ủy ban nhân dân tỉnh", province),
                    province=province,
                    legal_bases=tuple(
                        LegalBasis(ref=b, text=f"Căn cứ {b}") for b in bases
                    ),
                    relations=tuple(relations),
                    effective=effective,
                    plan=plan,
                )
            )
    return tuple(documents)


def national_corpus(
    provinces: int = 63, plans: int = 10, tasks: int = 60, seed: int = 0
) -> Corpus:
    """A deterministic synthetic corpus of every province's plans (*kho văn bản toàn quốc*).

    *provinces* × *plans* decisions, each issuing a plan of *tasks* tasks
    (about 38,000 with the defaults), led and coordinated by the bodies the
    agency registry knows, with deadlines as plans write them.  Provincial
    plans implement the national resolutions of their time (13-NQ/TW,
    134/NQ-CP, 09/NQ-CP and the province's Party plan) and some repeal,
    replace or amend the province's older plans.  The same arguments always
    give the same corpus: randomness comes from ``random.Random(seed)``.

    >>> corpus = national_corpus(provinces=2, plans=3, tasks=4)
    >>> len(corpus.documents), len(corpus.tasks())
    (6, 24)
    """
    return Corpus(national_documents(provinces, plans, tasks, seed))


@st.composite
def corpora(
    draw: st.DrawFn, *, max_provinces: int = 3, max_plans: int = 4, max_tasks: int = 8
) -> Corpus:
    """Small synthetic corpora, for property tests of queries and validity.

    >>> from hypothesis import find
    >>> len(find(corpora(), lambda c: len(c.documents) >= 2).documents)
    2
    """
    return national_corpus(
        provinces=draw(st.integers(1, max_provinces)),
        plans=draw(st.integers(1, max_plans)),
        tasks=draw(st.integers(0, max_tasks)),
        seed=draw(st.integers(0, 2**32 - 1)),
    )
