"""References to documents (*văn bản*) and mentions of them found in text."""

from __future__ import annotations

import enum
import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from attrs import Attribute, field, frozen
from attrs.validators import ge, le, optional

from kttt.model._number import DocKind, DocumentNumber
from kttt.text import fold, normalize_line

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Citation", "DocumentRef", "Relation", "RelationKind"]


def _optional_text(value: str | None) -> str | None:
    if value is None:
        return None
    return normalize_line(value) or None


_SLUG_DROP = re.compile(r"\s+")


@lru_cache(maxsize=1024)
def _title_slug(title: str) -> str:
    # Keys are asked for again and again (grouping, relations, the corpus),
    # and the titles that make them, the names of laws, recur across plans.
    return _SLUG_DROP.sub("-", fold(title))


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
            parts.append(_title_slug(self.title))
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
        words = [self.kind.word]
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


def _relations(values: Iterable[Relation]) -> tuple[Relation, ...]:
    return tuple(values)


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _names(values: Iterable[str]) -> frozenset[str]:
    return frozenset(values)


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
    claims: tuple[Relation, ...] = field(default=(), eq=False, converter=_relations)
    repairs: tuple[str, ...] = field(default=(), eq=False, converter=_strings)
    inferred: frozenset[str] = field(
        default=frozenset(), eq=False, converter=_names, repr=False
    )
    """Names of :attr:`ref` fields taken from around the mention, not from it.

    A list's shared kind word or issuer (``các Quyết định của UBND tỉnh: số
    1203/QĐ-UBND …``), the date of an earlier full mention of the same
    document, or a conference resolved by the topic that follows it.
    """
    self_reference: bool = field(default=False, eq=False)
    """The mention names the document that contains it (*Quyết định này*)."""
