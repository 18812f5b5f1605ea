"""Targets (*chỉ tiêu*): ``ít nhất 25%``, ``khoảng 1.000 thành viên``, ``trên 80 hợp tác xã``.

Read from the text under the plan's *mục tiêu* headings.  Numbers are
written the Vietnamese way: ``1.000`` is one thousand and ``2,5`` is two and a
half.  The horizon comes from the sentence (*đến năm 2030*) or, failing that,
from the nearest heading that names a year (*Tầm nhìn đến năm 2045*).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import TYPE_CHECKING

from kttt.model import Comparator, Target
from kttt.parse._lines import UPPER

if TYPE_CHECKING:
    from kttt.parse._outline import Node

__all__ = ["find_targets", "is_target_heading", "read_targets"]

_COMPARATORS: dict[str, Comparator] = {
    "ít nhất": Comparator.IT_NHAT,
    "tối thiểu": Comparator.IT_NHAT,
    "không dưới": Comparator.IT_NHAT,
    "không ít hơn": Comparator.IT_NHAT,
    "từ": Comparator.IT_NHAT,
    "trên": Comparator.TREN,
    "hơn": Comparator.TREN,
    "khoảng": Comparator.KHOANG,
    "gần": Comparator.KHOANG,
    "xấp xỉ": Comparator.KHOANG,
    "tối đa": Comparator.TOI_DA,
    "không quá": Comparator.TOI_DA,
    "không vượt quá": Comparator.TOI_DA,
    "dưới": Comparator.DUOI,
    "đạt": Comparator.DAT,
}
# Counted nouns that make a bare number a target; longer names first.
_UNITS = (
    "liên hiệp hợp tác xã",
    "tổ hợp tác",
    "hợp tác xã",
    "liên hiệp HTX",
    "HTX",
    "THT",
    "tổ chức",
    "thành viên",
    "doanh nghiệp",
    "lao động",
    "người",
    "hộ",
    "sản phẩm",
    "mô hình",
    "chuỗi",
    "lượt",
    "lớp",
    "cán bộ",
    "tỷ đồng",
    "triệu đồng",
    "ha",
    "xã",
)
_NUMBER = r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?"
_TARGET = re.compile(
    r"(?<![^\s(:;,])"
    r"(?:(?P<cmp>" + "|".join(sorted(_COMPARATORS, key=len, reverse=True)) + r")\s+)?"
    r"(?P<value>" + _NUMBER + r")"
    r"(?![0-9/.,]?[0-9])(?![/\-])"
    r"\s*(?P<unit>%|(?:" + "|".join(_UNITS) + r")(?![^\W\d_]))?",
    re.IGNORECASE,
)
_SENTENCE = re.compile(rf"(?<=[.!?])\s+(?={UPPER})")
_DIGIT = re.compile("[0-9]")
_CLAUSE = re.compile(r"\s*;\s*|\s*,?\s+trong\s+đó(?:\s+có)?\s+")
_YEAR = re.compile(
    r"(?:đến|tới|vào)\s+năm\s+(?P<y>(?:19|20)[0-9]{2})|năm\s+(?P<y2>(?:19|20)[0-9]{2})",
    re.IGNORECASE,
)
_PER_YEAR = re.compile(
    r"hàng\s+năm|hằng\s+năm|mỗi\s+năm|bình\s+quân\s+năm", re.IGNORECASE
)
_PER_UNIT_YEAR = re.compile(r"/\s*năm\b", re.IGNORECASE)
# What stands before the measured thing and is not part of it: the horizon
# ("Đến năm 2025,"), the scope ("toàn tỉnh", "toàn Thành phố") and filler verbs ("phấn đấu có").
_LEAD_VERB = re.compile(
    r"""^(?:(?:
        (?:đến|tới|vào|trong|sau)?\s*(?:năm|giai\s+đoạn)\s+(?:19|20)[0-9]{2}(?:\s*[-\u2013]\s*(?:19|20)[0-9]{2})?
      | phấn\s+đấu|bảo\s+đảm|đảm\s+bảo|có|đạt|trong\s+đó\s+có|trong\s+đó
      | hàng\s+năm|hằng\s+năm|mỗi\s+năm
      | (?:toàn|trên\s+địa\s+bàn)\s+(?:tỉnh|thành\s+phố|Thủ\s+đô)
    )(?:[\s,:]+|$))+""",
    re.IGNORECASE | re.VERBOSE,
)
_TAIL_VERB = re.compile(r"[\s,]+(?:đạt|là|chiếm|bằng|có)$", re.IGNORECASE)
_PARENS = re.compile(r"\s*\([^)]*\)")
# A "heading" longer than this is a numbered paragraph.
_TITLE_WORDS = 8
_TARGET_HEADING = re.compile(r"mục\s+tiêu|chỉ\s+tiêu|tầm\s+nhìn", re.IGNORECASE)


def is_target_heading(title: str) -> bool:
    """True for a heading under which targets are set.

    >>> is_target_heading("II. MỤC TIÊU"), is_target_heading("III. NHIỆM VỤ")
    (True, False)
    """
    # Each phrase ends in one of two words: a substring test rules out most
    # headings faster than the case-insensitive pattern.
    low = title.lower()
    return ("tiêu" in low or "nhìn" in low) and bool(_TARGET_HEADING.search(title))


def _value(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


def _indicator(
    clause: str, span: tuple[int, int], unit: str | None, bounds: tuple[int, int]
) -> str:
    """The measured thing: the words around the number, up to the next target."""
    (start, end), (low, high) = span, bounds
    before = _LEAD_VERB.sub("", clause[low:start].strip(" ,:")).strip()
    before = _TAIL_VERB.sub("", before).strip(" ,:")
    after = _PARENS.sub("", clause[end:high]).strip(" ,.;:")
    if unit == "%":
        if len(before.split()) >= 3:  # noqa: PLR2004
            return before
        return after or before
    parts = [before if len(before.split()) <= 6 else "", unit or "", after]  # noqa: PLR2004
    return " ".join(p for p in parts if p)


def find_targets(
    text: str, *, line: int | None = None, horizon: int | None = None
) -> list[Target]:
    """Every target stated in *text* (a paragraph or bullet).

    >>> [(str(t.comparator.value), t.value, t.unit, t.per_year) for t in find_targets(
    ...     "Phấn đấu hàng năm thành lập mới 15 tổ chức kinh tế tập thể; thu hút khoảng 1.000 thành viên mới")]
    [('=', Decimal('15'), 'tổ chức', True), ('~', Decimal('1000'), 'thành viên', True)]
    """
    out: list[Target] = []
    # The splitting pattern and the target pattern are tried at every
    # position; a text with no sentence stop, or a clause with no digit,
    # cannot match them, and most can be ruled out with a cheap test.  A
    # target needs a number, so a sentence without a digit sets none (and
    # what it says about the year reaches no other sentence).
    if not _DIGIT.search(text):
        return out
    sentences = (
        _SENTENCE.split(text) if "." in text or "!" in text or "?" in text else [text]
    )
    for sentence in sentences:
        if not _DIGIT.search(sentence):
            continue
        year = _YEAR.search(sentence)
        when = int(year["y"] or year["y2"]) if year else horizon
        # "hằng năm" holds for its clause and the clauses after it ("Phấn
        # đấu hằng năm thành lập mới 15 …; thu hút khoảng 1.000 …"); "5%/năm"
        # only for its own clause.  Clauses end at a semicolon or before
        # "trong đó": a sentence with neither is one clause.
        yearly = False
        clauses = (
            _CLAUSE.split(sentence)
            if ";" in sentence or "trong" in sentence
            else [sentence]
        )
        for clause in clauses:
            # Each spelling of "every year" holds "năm", so an "ă" in some case.
            yearly = yearly or (
                ("ă" in clause or "Ă" in clause) and bool(_PER_YEAR.search(clause))
            )
            per_year = yearly or bool(_PER_UNIT_YEAR.search(clause))
            if not _DIGIT.search(clause):
                continue
            found = [m for m in _TARGET.finditer(clause) if _is_target(m)]
            for k, m in enumerate(found):
                value = _value(m["value"])
                if value is None:
                    continue
                cmp_word, unit = m["cmp"], m["unit"]
                comparator = (
                    _COMPARATORS[cmp_word.lower()] if cmp_word else Comparator.DAT
                )
                if unit and unit != "%":
                    unit = clause[m.start("unit") : m.end("unit")]
                low = found[k - 1].end() if k else 0
                high = found[k + 1].start() if k + 1 < len(found) else len(clause)
                indicator = _indicator(clause, m.span(), unit, (low, high))
                out.append(
                    Target(
                        text=clause.strip(" .;"),
                        indicator=indicator,
                        comparator=comparator,
                        value=value,
                        unit=unit,
                        horizon=when if when is None or 1945 <= when <= 2100 else None,  # noqa: PLR2004
                        per_year=per_year,
                        line=line,
                    )
                )
    return out


def _is_target(m: re.Match[str]) -> bool:
    """Whether a number is a target: it has a comparator or a unit, and is no year."""
    cmp_word, unit = m["cmp"], m["unit"]
    if cmp_word is None and unit is None:
        return False
    if unit is None and cmp_word.lower() in {"từ", "đạt"}:
        return False
    return unit == "%" or not re.fullmatch(r"(?:19|20)[0-9]{2}", m["value"])


def _heading_year(node: Node) -> int | None:
    for n in reversed(node.path()):
        if m := _YEAR.search(n.title):
            return int(m["y"] or m["y2"])
    return None


def read_targets(roots: list[Node]) -> list[Target]:
    """Targets under every *mục tiêu* heading of the outline, in order."""
    out: list[Target] = []
    # Every node looks at the headings above it; each is read once.
    heading = cache(is_target_heading)
    for root in roots:
        for node in root.walk():
            if not any(heading(n.title) for n in node.path()):
                continue
            horizon = _heading_year(node)
            if (
                not node.items
                and not node.children
                and len(node.title.split()) > _TITLE_WORDS
            ):
                # A numbered paragraph ("1) Đến năm 2025 có …") holds its own targets.
                out.extend(find_targets(node.title, line=node.line, horizon=horizon))
            for item in node.items:
                out.extend(find_targets(item.text, line=item.line, horizon=horizon))
    return out
