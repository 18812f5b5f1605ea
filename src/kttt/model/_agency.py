"""Agencies (*cơ quan, đơn vị*) that lead or coordinate tasks."""

from __future__ import annotations

import enum

from attrs import field, frozen
from attrs.validators import matches_re, min_len

from kttt.text import normalize

__all__ = ["Agency", "AgencyKind"]


class AgencyKind(enum.Enum):
    """What sort of body an agency (*cơ quan*) is; the value is a stable slug.

    The repr is the member's qualified name, so that an :class:`Agency`'s
    repr is Python that rebuilds it.

    >>> AgencyKind("department")
    AgencyKind.SO
    >>> AgencyKind.SO.value
    'department'
    """

    SO = "department"  # Sở: provincial department
    BAN = "board"  # Ban: board, steering committee
    UBND = "peoples_committee"  # Ủy ban nhân dân
    HDND = "peoples_council"  # Hội đồng nhân dân
    DANG = "party"  # Tỉnh ủy, Ban Chấp hành Trung ương, Bộ Chính trị
    CHINH_PHU = "government"  # Chính phủ, Thủ tướng
    BO = "ministry"  # Bộ: a national ministry
    DOAN_THE = "mass_organisation"  # Mặt trận, hội, đoàn
    LIEN_MINH = "cooperative_alliance"  # Liên minh Hợp tác xã
    NGAN_HANG = "bank"
    BAO_HIEM = "social_insurance"  # Bảo hiểm xã hội
    TRUONG = "school"
    VAN_PHONG = "office"  # Văn phòng
    NHOM = "group"  # a collective such as "các sở, ban, ngành"
    KHAC = "other"

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.name}"


def _clean(value: str) -> str:
    return " ".join(normalize(value).split())


def _clean_optional(value: str | None) -> str | None:
    cleaned = None if value is None else _clean(value)
    return cleaned or None


@frozen(kw_only=True)
class Agency:
    """A body named in a plan (*cơ quan*), resolved to its canonical name.

    *key* is a stable slug; a provincial body's key includes its province, so
    that Sơn La's *Sở Nội vụ* and Bình Định's are different agencies.  A group
    (*các sở, ban, ngành*) has ``is_group=True``.  Build agencies from text
    with :func:`kttt.agencies.resolve_agency`, which fills every field.

    *abbreviation* and *title* take no part in ``==``: the first is registry
    data, the second says who in the body was meant (*Giám đốc* Sở …), not
    which body.

    >>> Agency(key="son-la/so-noi-vu", name="Sở Nội vụ", kind=AgencyKind.SO).is_group
    False
    """

    key: str = field(validator=matches_re(r"[a-z0-9]+(?:[-/][a-z0-9]+)*"))
    name: str = field(converter=_clean, validator=min_len(1))
    kind: AgencyKind = AgencyKind.KHAC
    is_group: bool = False
    province: str | None = field(default=None, converter=_clean_optional)
    """The province whose body this is; ``None`` for national bodies and for
    provincial bodies named without a province."""
    known: bool = field(default=True, eq=False)
    """False when the name was not in the registry and the agency was made up."""
    abbreviation: str | None = field(default=None, eq=False)
    """The usual short form, such as ``Sở KH&ĐT``, when the registry has one."""
    title: str | None = field(default=None, eq=False)
    """The office named before the body, as written: ``Giám đốc``, ``Chủ tịch``."""

    def __str__(self) -> str:
        return self.name
