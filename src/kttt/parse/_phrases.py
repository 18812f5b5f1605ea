"""Small phrase helpers shared by the stages: office titles, agency lists, relation verbs."""

from __future__ import annotations

import re

from kttt.model import RelationKind

__all__ = [
    "FIELD",
    "FIELD_START",
    "RELATION_VERB",
    "field_kind",
    "relation_before",
    "split_fields",
    "strip_titles",
    "unfold_list",
]

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


# Labelled fields written into a task's text or on the lines after it
# ("Thời gian thực hiện: Quý II/2023", "Cơ quan chủ trì: Sở X; cơ quan phối
# hợp: Sở Y").  Longer labels first, so that "Thời gian thực hiện" wins over
# "Thời gian".
_FIELD_LABELS: dict[str, str] = {
    "thời gian hoàn thành": "deadline",
    "thời gian thực hiện": "deadline",
    "thời gian trình": "deadline",
    "thời hạn hoàn thành": "deadline",
    "thời hạn thực hiện": "deadline",
    "tiến độ thực hiện": "deadline",
    "tiến độ hoàn thành": "deadline",
    "thời gian": "deadline",
    "thời hạn": "deadline",
    "tiến độ": "deadline",
    "cơ quan chủ trì thực hiện": "lead",
    "đơn vị chủ trì thực hiện": "lead",
    "cơ quan chủ trì": "lead",
    "đơn vị chủ trì": "lead",
    "cơ quan thực hiện": "lead",
    "đơn vị thực hiện": "lead",
    "chủ trì thực hiện": "lead",
    "chủ trì": "lead",
    "cơ quan phối hợp thực hiện": "coordinators",
    "đơn vị phối hợp thực hiện": "coordinators",
    "cơ quan phối hợp": "coordinators",
    "đơn vị phối hợp": "coordinators",
    "phối hợp thực hiện": "coordinators",
    "phối hợp": "coordinators",
    "sản phẩm": "other",
    "kết quả": "other",
    "kinh phí": "other",
    "nguồn kinh phí": "other",
}
_LABEL_WORDS = "|".join(
    r"\s+".join(label.split()) for label in sorted(_FIELD_LABELS, key=len, reverse=True)
)
# A label starts the text, or follows a sentence end, a semicolon, a comma or
# an opening bracket; it is always followed by a colon.
FIELD = re.compile(
    rf"(?:^|(?<=[.;,(])\s*|\s+\(\s*)(?P<label>{_LABEL_WORDS})\s*:\s*",
    re.IGNORECASE,
)
FIELD_START = re.compile(rf"^\(?\s*(?:{_LABEL_WORDS})\s*:", re.IGNORECASE)


def field_kind(label: str) -> str:
    """The kind of a field label: ``deadline``, ``lead``, ``coordinators`` or ``other``.

    >>> field_kind("Thời gian thực hiện"), field_kind("cơ quan phối hợp")
    ('deadline', 'coordinators')
    """
    return _FIELD_LABELS.get(" ".join(label.lower().split()), "other")


def split_fields(text: str) -> tuple[str, dict[str, str]]:
    """Cut labelled fields off a task's text: the text before them, and each field's value.

    Values keep their wording (end punctuation and brackets dropped); the
    first value of each kind wins.

    >>> split_fields("Bố trí kinh phí hỗ trợ. Thời gian: Quý II/2023.")
    ('Bố trí kinh phí hỗ trợ.', {'deadline': 'Quý II/2023'})
    >>> split_fields("Xây dựng Đề án (Cơ quan chủ trì: Sở Nội vụ; thời gian: năm 2024).")
    ('Xây dựng Đề án.', {'lead': 'Sở Nội vụ', 'deadline': 'năm 2024'})
    >>> split_fields("Chủ trì, phối hợp với các sở tổng kết")
    ('Chủ trì, phối hợp với các sở tổng kết', {})
    """
    # Every label is followed by a colon; most task text has none, and the
    # case-insensitive alternation of labels is costly at every position.
    if ":" not in text:
        return text, {}
    marks = list(FIELD.finditer(text))
    if not marks:
        return text, {}
    head = text[: marks[0].start()].rstrip(" ,;(")
    bracket = text[marks[0].start() : marks[0].start("label")].strip().startswith("(")
    fields: dict[str, str] = {}
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        value = text[m.end() : end].strip().rstrip(" .;,")
        if bracket or value.count(")") > value.count("("):
            value = value.rstrip(") .;,")
        kind = field_kind(m["label"])
        if value:
            fields.setdefault(kind, value)
    if bracket and head and not head.endswith((".", ";", ":")):
        tail = text[marks[-1].end() :].rstrip()
        if tail.endswith((".", ").")):
            head += "."
    return head, fields
