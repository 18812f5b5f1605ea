"""Document kinds and document numbers (*số, ký hiệu văn bản*)."""

from __future__ import annotations

import enum
import json
import re
from functools import lru_cache
from importlib import resources
from typing import Self

from attrs import Attribute, field, frozen
from attrs.validators import ge, le, matches_re, optional

from kttt.errors import ParseError
from kttt.text import normalize

__all__ = ["DocKind", "DocumentNumber", "NumberStyle"]


class DocKind(enum.Enum):
    """Kind of document (*loại văn bản*); the value is a stable slug.

    Member names are the unaccented Vietnamese terms, because English glosses
    are ambiguous (*nghị quyết* and *nghị định* are both "resolution"
    somewhere).  :attr:`abbreviation` is the official code used in symbols
    and :attr:`word` the name used in running text; both come from the table
    ``kttt/data/kinds.json`` (the codes of Nghị định 30/2020/NĐ-CP plus the
    Party's).

    >>> DocKind.QUYET_DINH.value, DocKind.QUYET_DINH.abbreviation
    ('quyet_dinh', 'QĐ')
    >>> DocKind.from_abbreviation("CTr")
    <DocKind.CHUONG_TRINH: 'chuong_trinh'>
    >>> DocKind.KET_LUAN.word
    'Kết luận'
    """

    QUYET_DINH = "quyet_dinh"  # decision
    KE_HOACH = "ke_hoach"  # plan
    CHUONG_TRINH = "chuong_trinh"  # programme (of action)
    NGHI_QUYET = "nghi_quyet"  # resolution
    NGHI_DINH = "nghi_dinh"  # decree
    KET_LUAN = "ket_luan"  # conclusion (Party)
    CHI_THI = "chi_thi"  # directive
    THONG_TU = "thong_tu"  # circular
    THONG_TU_LIEN_TICH = "thong_tu_lien_tich"  # joint circular
    TO_TRINH = "to_trinh"  # submission
    CONG_VAN = "cong_van"  # official letter
    VAN_BAN = "van_ban"  # document, unspecified
    LUAT = "luat"  # law
    BO_LUAT = "bo_luat"  # code (of law)
    PHAP_LENH = "phap_lenh"  # ordinance
    HIEN_PHAP = "hien_phap"  # constitution
    THONG_BAO = "thong_bao"  # notice
    BAO_CAO = "bao_cao"  # report
    HUONG_DAN = "huong_dan"  # guidance
    QUY_DINH = "quy_dinh"  # regulation
    QUY_CHE = "quy_che"  # rules
    DE_AN = "de_an"  # scheme
    PHUONG_AN = "phuong_an"  # option
    CONG_DIEN = "cong_dien"  # dispatch
    CHI_DAO = "chi_dao"  # instruction
    BIEN_BAN = "bien_ban"  # minutes
    NGHI_QUYET_LIEN_TICH = "nghi_quyet_lien_tich"  # joint resolution
    THONG_TRI = "thong_tri"  # Party circular
    LENH = "lenh"  # order (of the President)
    THONG_CAO = "thong_cao"  # communiqué
    QUY_HOACH = "quy_hoach"  # master plan (Party code QHo)
    DU_AN = "du_an"  # project
    HOP_DONG = "hop_dong"  # contract
    BAN_GHI_NHO = "ban_ghi_nho"  # memorandum of understanding
    BAN_THOA_THUAN = "ban_thoa_thuan"  # agreement
    GIAY_UY_QUYEN = "giay_uy_quyen"  # power of attorney
    GIAY_MOI = "giay_moi"  # invitation
    GIAY_GIOI_THIEU = "giay_gioi_thieu"  # letter of introduction
    GIAY_NGHI_PHEP = "giay_nghi_phep"  # leave permit
    PHIEU_GUI = "phieu_gui"  # dispatch slip
    PHIEU_CHUYEN = "phieu_chuyen"  # transfer slip
    PHIEU_BAO = "phieu_bao"  # notice slip
    THU_CONG = "thu_cong"  # public letter

    @property
    def abbreviation(self) -> str | None:
        """The official code written in symbols (``QĐ``), if the kind has one.

        >>> DocKind.LUAT.abbreviation is None
        True
        """
        return _TABLE[self].code

    @property
    def word(self) -> str:
        """The Vietnamese name of the kind, as written in running text.

        >>> DocKind.NGHI_DINH.word
        'Nghị định'
        """
        words = _TABLE[self].words
        return words[-1] if words else self.value.replace("_", " ").capitalize()

    @classmethod
    def from_abbreviation(cls, code: str) -> DocKind | None:
        """Return the kind whose official code is *code*, or ``None``.

        >>> DocKind.from_abbreviation("NĐ")
        <DocKind.NGHI_DINH: 'nghi_dinh'>
        >>> DocKind.from_abbreviation("XYZ") is None
        True
        """
        found = _BY_CODE.get(code)
        return found if found is not None else _BY_CODE.get(normalize(code))

    def __str__(self) -> str:
        return self.value


@frozen
class _KindInfo:
    """One row of ``kinds.json``."""

    code: str | None
    words: tuple[str, ...]
    also: frozenset[str]
    """Other codes that a document of this kind may carry (Party *Quy định* uses QĐ)."""
    generic: bool
    """The word names no particular kind (*văn bản*, *công văn*)."""
    named: bool
    """Documents of this kind are cited by name (*Luật Hợp tác xã*)."""
    self_reference: bool
    """``<word> này`` names the document that contains it."""


def _load_table() -> dict[DocKind, _KindInfo]:
    """Read the kind table from package data."""
    text = resources.files("kttt.data").joinpath("kinds.json").read_text("utf-8")
    table: dict[DocKind, _KindInfo] = {}
    for row in json.loads(text)["kinds"]:
        table[DocKind(row["kind"])] = _KindInfo(
            code=row["code"],
            words=tuple(normalize(w) for w in row["words"]),
            also=frozenset(row.get("also", ())),
            generic=bool(row.get("generic", False)),
            named=bool(row.get("named", False)),
            self_reference=bool(row.get("self", False)),
        )
    missing = [kind.value for kind in DocKind if kind not in table]
    if missing:  # pragma: no cover - guards the shipped data file
        msg = f"kinds.json lacks {missing}"
        raise RuntimeError(msg)
    return table


_TABLE: dict[DocKind, _KindInfo] = _load_table()
_BY_CODE: dict[str, DocKind] = {
    info.code: kind for kind, info in _TABLE.items() if info.code is not None
}


def _kind_info(kind: DocKind) -> _KindInfo:
    """The table row of *kind*, for the citation parser."""
    return _TABLE[kind]


class NumberStyle(enum.Enum):
    """How a number and symbol are written; needed to write them back.

    >>> DocumentNumber.parse("70-KL/TW").style
    <NumberStyle.PARTY: 'party'>
    """

    STATE = "state"  # 2699/QĐ-UBND, 98/2018/NĐ-CP
    PARTY = "party"  # 70-KL/TW
    SLASHED = "slashed"  # 77/QĐ/BCĐKTTT: the kind between two slashes
    PLAIN = "plain"  # 253/SKHĐT-KTN, 82/BCĐKTTT, 43/2022/QH15: no kind code


_PART = r"[A-ZĐ0-9&][A-Za-zĐđ0-9&]*"
_SYMBOL = rf"{_PART}(?:-{_PART})*"
_SYMBOL_RE = re.compile(_SYMBOL)
_STATE = re.compile(
    rf"""(?P<number>[0-9]{{1,6}})
        /(?:(?P<year>[0-9]{{4}})/)?
        (?P<symbol>{_SYMBOL})""",
    re.VERBOSE,
)
_PARTY = re.compile(
    rf"(?P<number>[0-9]{{1,6}})-(?P<kind>{_PART})/(?P<issuer>{_SYMBOL})"
)
_SLASHED = re.compile(
    rf"(?P<number>[0-9]{{1,6}})/(?P<kind>{_PART})/(?P<issuer>{_SYMBOL})"
)


@frozen(kw_only=True, repr=False)
class DocumentNumber:
    """Number and symbol that identify a document (*số, ký hiệu*).

    Reads every grammar in use: state ``2699/QĐ-UBND``; normative with a year
    ``98/2018/NĐ-CP``; Party ``52-KH/TU``; letters without a kind code
    ``253/SKHĐT-KTN``; issuer-only ``82/BCĐKTTT``; a kind between slashes
    ``77/QĐ/BCĐKTTT``.  Leading zeros are kept for display and ignored in
    comparison.

    >>> n = DocumentNumber.parse("134/NQ-CP")
    >>> n.kind, n.issuer
    (<DocKind.NGHI_QUYET: 'nghi_quyet'>, 'CP')
    >>> n
    DocumentNumber.parse('134/NQ-CP')
    >>> DocumentNumber.parse("09/NQ-CP") == DocumentNumber.parse("9/NQ-CP")
    True
    """

    number: int = field(validator=ge(0))
    kind: DocKind | None = None
    """The kind named by the symbol's code, when it has one."""
    issuer: str = field(converter=normalize, validator=matches_re(_SYMBOL))
    """The issuing body's part of the symbol: ``UBND``, ``TW``, ``SKHĐT-KTN``."""
    year: int | None = field(default=None, validator=optional([ge(1945), le(2100)]))
    style: NumberStyle = field(default=NumberStyle.STATE)
    width: int = field(default=0, eq=False, validator=[ge(0), le(6)])
    """Digits written, leading zeros included (``09`` has width 2); 0 for plain."""

    @style.validator
    def _check_style(self, _: Attribute[NumberStyle], style: NumberStyle) -> None:
        if style is NumberStyle.PLAIN and self.kind is not None:
            msg = "a plain number has no kind code; use NumberStyle.STATE"
            raise ValueError(msg)
        if style is not NumberStyle.PLAIN and self.kind is None:
            msg = f"a {style.value} number needs a kind code"
            raise ValueError(msg)
        if (
            style is not NumberStyle.PLAIN
            and self.kind is not None
            and self.kind.abbreviation is None
        ):
            msg = f"{self.kind} has no code to write in a symbol"
            raise ValueError(msg)
        if style in {NumberStyle.PARTY, NumberStyle.SLASHED} and self.year is not None:
            msg = f"{style.value} numbers carry no year, got {self.year}"
            raise ValueError(msg)
        if style is NumberStyle.PLAIN and DocKind.from_abbreviation(
            self.issuer.split("-")[0]
        ):
            msg = (
                f"issuer {self.issuer!r} starts with a kind code; use NumberStyle.STATE"
            )
            raise ValueError(msg)

    @classmethod
    def parse(cls, text: str, /) -> Self:
        """Read a number and symbol; the inverse of ``str()``.

        Raises:
            ParseError: *text* is not a document number.
        """
        if cls is DocumentNumber:
            # Documents cite the same numbers again and again; values are
            # immutable, so a parsed one can be shared.
            return _parse_cached(text)  # type: ignore[return-value]
        return cls._parse(text)

    @classmethod
    def _parse(cls, text: str) -> Self:
        clean = normalize(text).strip()
        if m := _PARTY.fullmatch(clean):
            kind = DocKind.from_abbreviation(m["kind"])
            if kind is not None:
                return cls(
                    number=int(m["number"]),
                    kind=kind,
                    issuer=m["issuer"],
                    style=NumberStyle.PARTY,
                    width=len(m["number"]),
                )
        elif m := _SLASHED.fullmatch(clean):
            kind = DocKind.from_abbreviation(m["kind"])
            if kind is not None and not m["kind"].isdigit():
                return cls(
                    number=int(m["number"]),
                    kind=kind,
                    issuer=m["issuer"],
                    style=NumberStyle.SLASHED,
                    width=len(m["number"]),
                )
        if m := _STATE.fullmatch(clean):
            symbol = m["symbol"]
            head, _, rest = symbol.partition("-")
            kind = DocKind.from_abbreviation(head)
            year = int(m["year"]) if m["year"] else None
            if year is not None and not 1945 <= year <= 2100:  # noqa: PLR2004
                msg = f"year {year} is out of range 1945-2100"
                raise ParseError(msg, text, (0, len(text)))
            if kind is not None and not rest:
                # "2699/QĐ" names a kind but no issuer; as a plain number it
                # would pass the kind code off as an issuer.
                msg = "expected an issuer after the kind code, such as '2699/QĐ-UBND'"
                raise ParseError(msg, text, (len(text), len(text)))
            if kind is not None:
                return cls(
                    number=int(m["number"]),
                    kind=kind,
                    issuer=rest,
                    year=year,
                    width=len(m["number"]),
                )
            return cls(
                number=int(m["number"]),
                issuer=symbol,
                year=year,
                style=NumberStyle.PLAIN,
                width=len(m["number"]),
            )
        msg = "expected a document number such as '2699/QĐ-UBND' or '70-KL/TW'"
        raise ParseError(msg, text, (0, len(text)))

    @property
    def key(self) -> str:
        """Canonical text without leading zeros, for identity.

        >>> DocumentNumber.parse("09/NQ-CP").key
        '9/NQ-CP'
        """
        return self._format(0)

    def _format(self, width: int) -> str:
        num = f"{self.number:0{width}d}"
        code = self.kind.abbreviation if self.kind is not None else None
        match self.style:
            case NumberStyle.PARTY:
                return f"{num}-{code}/{self.issuer}"
            case NumberStyle.SLASHED:
                return f"{num}/{code}/{self.issuer}"
            case NumberStyle.PLAIN:
                year = f"{self.year}/" if self.year is not None else ""
                return f"{num}/{year}{self.issuer}"
            case _:
                year = f"{self.year}/" if self.year is not None else ""
                return f"{num}/{year}{code}-{self.issuer}"

    def __str__(self) -> str:
        return self._format(self.width)

    def __repr__(self) -> str:
        return f"{type(self).__name__}.parse({str(self)!r})"


@lru_cache(maxsize=4096)
def _parse_cached(text: str) -> DocumentNumber:
    return DocumentNumber._parse(text)  # noqa: SLF001 - the cache is part of the class
