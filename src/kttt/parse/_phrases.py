"""Small phrase helpers shared by the stages: office titles, agency lists, relation verbs."""

from __future__ import annotations

import re

from kttt.model import RelationKind

__all__ = ["RELATION_VERB", "relation_before", "strip_titles", "unfold_list"]

# A person's office in front of the body they head: "Giám đốc Sở X" means
# Sở X, "Chánh Văn phòng UBND tỉnh" means the Văn phòng.  Longer first.
_TITLE = re.compile(
    r"""^(?:
        (?:Phó\s+)?(?:Tổng\s+)?Giám\s+đốc
      | Chánh(?=\s+(?:Văn\s+phòng|Thanh\s+tra))
      | (?:Phó\s+)?Chủ\s+tịch
      | Thủ\s+trưởng
      | (?:Phó\s+)?Trưởng\s+[Bb]an
      | (?:Cục|Chi\s+cục|Viện|Hiệu|Vụ)\s+trưởng
      | Người\s+đứng\s+đầu
      | Bí\s+thư
    )\s+""",
    re.VERBOSE | re.IGNORECASE,
)
# "Giám đốc các Sở: Kế hoạch và Đầu tư, Tài chính" names several Sở at once.
_SHARED_HEAD = re.compile(
    r"^(?P<head>(?:các\s+)?(?:Sở|Bộ|Ban|Hội))\s*:\s*(?P<rest>.+)$", re.IGNORECASE
)
_LIST_SEP = re.compile(r"\s*,\s*|\s+và\s+")

RELATION_VERB = re.compile(
    r"""(?P<repeal>bãi\s+bỏ)
      | (?P<replace>thay\s+thế)
      | (?P<amend>sửa\s+đổi,?\s+bổ\s+sung|sửa\s+đổi|bổ\s+sung)
      | (?P<implement>thực\s+hiện|triển\s+khai|cụ\s+thể\s+hóa|hướng\s+dẫn\s+thi\s+hành)
      | (?P<base>căn\s+cứ)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_VERB_KIND = {
    "repeal": RelationKind.REPEALS,
    "replace": RelationKind.REPLACES,
    "amend": RelationKind.AMENDS,
    "implement": RelationKind.IMPLEMENTS,
    "base": RelationKind.BASED_ON,
}


def strip_titles(phrase: str) -> str:
    """Drop the office of a person in front of an agency name.

    >>> strip_titles("Chánh Văn phòng Ủy ban nhân dân tỉnh")
    'Văn phòng Ủy ban nhân dân tỉnh'
    >>> strip_titles("Giám đốc Sở Kế hoạch và Đầu tư")
    'Sở Kế hoạch và Đầu tư'
    """
    return _TITLE.sub("", phrase.strip(), count=1).strip()


def unfold_list(phrase: str) -> list[str]:
    """Expand a shared head: ``các Sở: A, B`` becomes ``Sở A``, ``Sở B``.

    >>> unfold_list("các Sở: Kế hoạch và Đầu tư, Công Thương, Tài chính")
    ['Sở Kế hoạch và Đầu tư', 'Sở Công Thương', 'Sở Tài chính']
    >>> unfold_list("Sở Nội vụ")
    ['Sở Nội vụ']
    """
    m = _SHARED_HEAD.match(phrase.strip())
    if m is None:
        return [phrase.strip()]
    head = m["head"].split()[-1]
    head = head[:1].upper() + head[1:]
    # "Kế hoạch và Đầu tư" keeps its "và": split on commas only.
    return [f"{head} {part.strip()}" for part in m["rest"].split(",") if part.strip()]


def relation_before(text: str) -> RelationKind | None:
    """The relation named by the last verb in *text*, if any.

    >>> relation_before("của Chính phủ ban hành Chương trình hành động thực hiện")
    <RelationKind.IMPLEMENTS: 'implements'>
    """
    last = None
    for m in RELATION_VERB.finditer(text):
        last = m
    if last is None or last.lastgroup is None:
        return None
    return _VERB_KIND[last.lastgroup]
