"""References to documents (*văn bản*) and mentions of them found in text."""

from __future__ import annotations

import enum
import re
from datetime import date

from attrs import Attribute, field, frozen
from attrs.validators import ge, le, optional

from kttt.model._number import DocKind, DocumentNumber
from kttt.text import fold, normalize

__all__ = ["Citation", "DocumentRef", "Relation", "RelationKind"]


def _optional_text(value: str | None) -> str | None:
    if value is None:
        return None
    clean = " ".join(normalize(value).split())
    return clean or None


_SLUG_DROP = re.compile(r"\s+")


@frozen(kw_only=True)
class DocumentRef:
    """Which document: its kind, and number, date, issuer and title when known.

    A numbered document is identified by its number (:attr:`key` is
    ``"2699/QĐ-UBND"``); a law cited by title and date gets a stable key made
    of its kind, folded title and date.

    >>> ref = DocumentRef(kind=DocKind.NGHI_QUYET, number=DocumentNumber.parse("134/NQ-CP"))
    >>> ref.key
    '134/NQ-CP'
    >>> DocumentRef(kind=DocKind.LUAT, title="Hợp tác xã", year=2012).key
    'luat:hop-tac-xa:2012'
    """

    kind: DocKind
    number: DocumentNumber | None = None
    issued: date | None = None
    """Date of issue (*ngày ban hành*), when the text gives it."""
    year: int | None = field(default=None, validator=optional([ge(1945), le(2100)]))
    """Year of issue when only the year is known (*Luật Hợp tác xã năm 2012*)."""
    issuer: str | None = field(default=None, converter=_optional_text)
    """Canonical name of the issuing authority (``Chính phủ``), when known."""
    title: str | None = field(default=None, converter=_optional_text, repr=False)
    """Subject (*trích yếu*) or, for laws, the name after the kind word."""

    @year.validator
    def _check_year(self, _: Attribute[int | None], year: int | None) -> None:
        if year is not None and self.issued is not None and year != self.issued.year:
            msg = f"year {year} disagrees with the date of issue {self.issued}"
            raise ValueError(msg)

    @property
    def key(self) -> str:
        """Stable identity of the document within a corpus."""
        if self.number is not None:
            return self.number.key
        parts = [self.kind.value]
        if self.title:
            parts.append(_SLUG_DROP.sub("-", fold(self.title)))
        when = self.issued.isoformat() if self.issued else self.year
        if when is not None:
            parts.append(str(when))
        return ":".join(parts)

    @property
    def when(self) -> date | int | None:
        """The date of issue, or the year when only that is known."""
        return self.issued if self.issued is not None else self.year

    def __str__(self) -> str:
        """Cite the document the way Vietnamese documents do.

        >>> str(DocumentRef(kind=DocKind.NGHI_QUYET, number=DocumentNumber.parse("134/NQ-CP"), issued=date(2020, 9, 25)))
        'Nghị quyết số 134/NQ-CP ngày 25/9/2020'
        """
        words = [_KIND_WORDS.get(self.kind, self.kind.value)]
        if self.number is not None:
            words.append(f"số {self.number}")
        elif self.title:
            words.append(self.title)
        if self.issued is not None:
            d = self.issued
            words.append(f"ngày {d.day}/{d.month}/{d.year}")
        elif self.year is not None:
            words.append(f"năm {self.year}")
        return " ".join(words)


_KIND_WORDS: dict[DocKind, str] = {
    DocKind.QUYET_DINH: "Quyết định",
    DocKind.KE_HOACH: "Kế hoạch",
    DocKind.CHUONG_TRINH: "Chương trình",
    DocKind.NGHI_QUYET: "Nghị quyết",
    DocKind.NGHI_DINH: "Nghị định",
    DocKind.KET_LUAN: "Kết luận",
    DocKind.CHI_THI: "Chỉ thị",
    DocKind.THONG_TU: "Thông tư",
    DocKind.THONG_TU_LIEN_TICH: "Thông tư liên tịch",
    DocKind.TO_TRINH: "Tờ trình",
    DocKind.CONG_VAN: "Công văn",
    DocKind.VAN_BAN: "Văn bản",
    DocKind.LUAT: "Luật",
    DocKind.BO_LUAT: "Bộ luật",
    DocKind.PHAP_LENH: "Pháp lệnh",
    DocKind.HIEN_PHAP: "Hiến pháp",
    DocKind.THONG_BAO: "Thông báo",
    DocKind.BAO_CAO: "Báo cáo",
    DocKind.HUONG_DAN: "Hướng dẫn",
    DocKind.QUY_DINH: "Quy định",
    DocKind.QUY_CHE: "Quy chế",
    DocKind.DE_AN: "Đề án",
    DocKind.PHUONG_AN: "Phương án",
    DocKind.CONG_DIEN: "Công điện",
    DocKind.CHI_DAO: "Chỉ đạo",
    DocKind.BIEN_BAN: "Biên bản",
}


class RelationKind(enum.Enum):
    """How one document stands to another.

    >>> RelationKind.REPEALS.value
    'repeals'
    """

    BASED_ON = "based_on"  # căn cứ: a legal basis
    IMPLEMENTS = "implements"  # thực hiện, triển khai
    REPEALS = "repeals"  # bãi bỏ
    REPLACES = "replaces"  # thay thế
    AMENDS = "amends"  # sửa đổi, bổ sung
    ISSUES = "issues"  # ban hành kèm theo: a decision issues its attached plan
    MENTIONS = "mentions"  # named in passing


@frozen(kw_only=True)
class Relation:
    """A typed edge from a document to *target*.

    *source* is ``None`` when the relation is stated by the document that
    holds it (its own legal bases, the plan it repeals); it names another
    document when the relation was read from a description of that one
    (``Nghị quyết số 134/NQ-CP … thực hiện Kết luận số 70-KL/TW``).

    >>> target = DocumentRef(kind=DocKind.KE_HOACH, number=DocumentNumber.parse("37/KH-UBND"))
    >>> Relation(kind=RelationKind.REPEALS, target=target, effective=date(2023, 2, 22)).effective
    datetime.date(2023, 2, 22)
    """

    kind: RelationKind
    target: DocumentRef
    effective: date | None = None
    """From when the relation takes effect (a repeal's date)."""
    source: DocumentRef | None = None
    text: str | None = None
    """The sentence or clause that states the relation, as written."""
    line: int | None = None


@frozen(kw_only=True)
class Citation:
    """A reference found in running text (*trích dẫn*).

    *span* says where, in the text that was scanned, and takes no part in
    ``==``: two mentions of one document compare equal.  *text* is the
    mention as written.  *claims* are relations the surrounding phrase states
    about the cited document (``Nghị quyết số 134/NQ-CP … thực hiện Kết luận
    số 70-KL/TW`` says 134/NQ-CP implements 70-KL/TW); *repairs* lists the
    diagnostic codes of slips that were repaired to read it.

    >>> c = Citation(ref=DocumentRef(kind=DocKind.KET_LUAN, number=DocumentNumber.parse("70-KL/TW")), span=(0, 8), text="70-KL/TW")
    >>> c.ref.key, c.span
    ('70-KL/TW', (0, 8))
    """

    ref: DocumentRef
    span: tuple[int, int] = field(eq=False)
    text: str = field(eq=False, repr=False)
    claims: tuple[Relation, ...] = field(default=(), eq=False, converter=tuple)
    repairs: tuple[str, ...] = field(default=(), eq=False, converter=tuple)
