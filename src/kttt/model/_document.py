"""Documents: a decision (*quyết định*) and the plan it issues, as parsed."""

from __future__ import annotations

import enum
from datetime import date
from typing import TYPE_CHECKING

from attrs import field, frozen
from attrs.validators import ge, optional

from kttt.model import _html
from kttt.model._agency import Agency
from kttt.model._diagnostic import Diagnostic
from kttt.model._plan import Plan
from kttt.model._ref import DocumentRef, Relation

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Document", "LegalBasis", "Proposal", "Signer", "SignerCapacity"]


# One converter per element type: mypy's attrs plugin cannot solve a
# generic converter (or plain ``tuple``), and then rejects every caller.
def _bases(values: Iterable[LegalBasis]) -> tuple[LegalBasis, ...]:
    return tuple(values)


def _relations(values: Iterable[Relation]) -> tuple[Relation, ...]:
    return tuple(values)


def _agencies(values: Iterable[Agency]) -> tuple[Agency, ...]:
    return tuple(values)


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _diagnostics(values: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(values)


def _names(values: Iterable[str]) -> frozenset[str]:
    return frozenset(values)


@frozen(kw_only=True)
class LegalBasis:
    """One *căn cứ* clause: the document it rests on and the clause as written.

    >>> from kttt.model._number import DocKind
    >>> LegalBasis(ref=DocumentRef(kind=DocKind.LUAT, title="Tổ chức chính quyền địa phương", year=2015), text="Luật Tổ chức chính quyền địa phương").ref.key
    'luat:to-chuc-chinh-quyen-dia-phuong:2015'
    """

    ref: DocumentRef
    text: str
    line: int | None = field(default=None, validator=optional(ge(1)))


@frozen(kw_only=True)
class Proposal:
    """Who proposed the decision (*theo đề nghị của*), in which document.

    >>> Proposal(text="Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư").ref is None
    True
    """

    by: Agency | None = None
    ref: DocumentRef | None = None
    text: str = ""
    line: int | None = field(default=None, validator=optional(ge(1)))


class SignerCapacity(enum.Enum):
    """In what capacity a signer signs (*thẩm quyền ký*).

    >>> SignerCapacity("KT.")
    <SignerCapacity.KY_THAY: 'KT.'>
    """

    THAY_MAT = "TM."  # on behalf of a collective body
    KY_THAY = "KT."  # for the head, by a deputy
    THUA_LENH = "TL."  # by order
    THUA_UY_QUYEN = "TUQ."  # by authorisation
    QUYEN = "Q."  # acting
    TRUC_TIEP = ""  # in one's own right


@frozen(kw_only=True)
class Signer:
    """The person who signed, with title and capacity.

    >>> Signer(name="Tráng Thị Xuân", title="Phó Chủ tịch Thường trực", capacity=SignerCapacity.KY_THAY).name
    'Tráng Thị Xuân'
    """

    name: str | None
    title: str | None = None
    capacity: SignerCapacity = SignerCapacity.TRUC_TIEP
    on_behalf_of: str | None = None
    """The body after ``TM.`` (``Ủy ban nhân dân``)."""
    line: int | None = field(default=None, validator=optional(ge(1)))


@frozen(kw_only=True)
class Document:
    """A parsed document: header, bases, articles, signature and its plan.

    ``text`` keeps the input as given; ``diagnostics`` says what was repaired,
    inferred or left unread.

    >>> from kttt.model._number import DocKind, DocumentNumber
    >>> doc = Document(ref=DocumentRef(kind=DocKind.QUYET_DINH, number=DocumentNumber.parse("2699/QĐ-UBND")))
    >>> doc.ref.key, doc.plan, doc.diagnostics
    ('2699/QĐ-UBND', None, ())
    """

    ref: DocumentRef
    place: str | None = None
    """Where it was signed (*địa danh*): ``Sơn La``."""
    issuer: Agency | None = None
    province: str | None = None
    legal_bases: tuple[LegalBasis, ...] = field(
        default=(), converter=_bases, repr=False
    )
    proposal: Proposal | None = field(default=None, repr=False)
    relations: tuple[Relation, ...] = field(
        default=(), converter=_relations, repr=False
    )
    effective: date | None = None
    executors: tuple[Agency, ...] = field(default=(), converter=_agencies, repr=False)
    """Who must execute the decision (*chịu trách nhiệm thi hành*)."""
    signer: Signer | None = field(default=None, repr=False)
    recipients: tuple[str, ...] = field(default=(), converter=_strings, repr=False)
    plan: Plan | None = field(default=None, repr=False)
    diagnostics: tuple[Diagnostic, ...] = field(
        default=(), converter=_diagnostics, repr=False
    )
    inferred: frozenset[str] = field(default=frozenset(), converter=_names, repr=False)
    """Header fields recovered rather than read (``number``, ``issued``, ``province``)."""
    source: str | None = field(default=None, repr=False)
    """Where the text came from (a file name), when known."""
    text: str = field(default="", repr=False, eq=False)
    """The input as given."""

    def _repr_html_(self) -> str:
        """Render as a compact HTML table in notebooks."""
        return _html.document_html(self)
