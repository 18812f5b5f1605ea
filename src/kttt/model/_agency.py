"""Agencies (*cơ quan, đơn vị*) that lead or coordinate tasks."""

from __future__ import annotations

import enum

from attrs import field, frozen
from attrs.validators import matches_re, min_len

from kttt.text import normalize

__all__ = ["Agency", "AgencyKind"]


class AgencyKind(enum.Enum):
    """What sort of body an agency is.

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


def _clean(value: str) -> str:
    return " ".join(normalize(value).split())


@frozen(kw_only=True)
class Agency:
    """A body named in a plan, resolved to its canonical name.

    *key* is a stable slug; a provincial body's key includes its province, so
    that Sơn La's *Sở Nội vụ* and Bình Định's are different agencies.  A group
    (*các sở, ban, ngành*) has ``is_group=True``.

    >>> Agency(key="son-la/so-noi-vu", name="Sở Nội vụ", kind=AgencyKind.SO).is_group
    False
    """

    key: str = field(validator=matches_re(r"[a-z0-9]+(?:[-/][a-z0-9]+)*"))
    name: str = field(converter=_clean, validator=min_len(1))
    kind: AgencyKind = AgencyKind.KHAC
    is_group: bool = False
    province: str | None = None
    """The province whose body this is; ``None`` for national bodies and groups."""
    known: bool = field(default=True, eq=False)
    """False when the name was not in the registry and the agency was made up."""

    def __str__(self) -> str:
        return self.name
