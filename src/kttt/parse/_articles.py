"""The articles (*Điều 1.*, *Điều 2.*, …): force, relations, the plan issued, executors."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from attrs import define, field

from kttt.model import Agency, Relation
from kttt.parse._phrases import strip_titles, unfold_list
from kttt.parse._relations import relations_in

if TYPE_CHECKING:
    from kttt.parse._context import Context
    from kttt.parse._lines import Line

__all__ = ["ARTICLE", "Articles", "read_articles"]

ARTICLE = re.compile(
    r"^Điều\s+(?P<n>[0-9]{1,3})\s*[.:]?(?:\s+|$)(?P<rest>.*)$", re.IGNORECASE
)
_ON_SIGNING = re.compile(
    r"hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+ngày\s+ký", re.IGNORECASE
)
_AFTER_SIGNING = re.compile(
    r"hiệu\s+lực(?:\s+thi\s+hành)?\s+sau\s+(?P<n>[0-9]{1,3})\s+ngày,?\s+kể\s+từ\s+ngày\s+ký",
    re.IGNORECASE,
)
_ON_DATE = re.compile(
    r"hiệu\s+lực(?:\s+thi\s+hành)?\s+(?:kể\s+)?từ\s+ngày\s+"
    r"(?:(?P<d>[0-9]{1,2})\s*/\s*(?P<m>[0-9]{1,2})\s*/\s*(?P<y>[0-9]{4})"
    r"|(?P<d2>[0-9]{1,2})\s+tháng\s+(?P<m2>[0-9]{1,2})\s+năm\s+(?P<y2>[0-9]{4}))",
    re.IGNORECASE,
)
_ISSUES = re.compile(
    r"(?:Ban\s+hành|Phê\s+duyệt)\s+(?:kèm\s+theo\s+(?:Quyết\s+định|Nghị\s+quyết)\s+này\s+)?"
    r"(?P<kind>Kế\s+hoạch|Chương\s+trình(?:\s+hành\s+động)?|Đề\s+án|Quy\s+chế|Quy\s+định)\b",
    re.IGNORECASE,
)
_EXECUTE = re.compile(
    r"(?:chịu\s+trách\s+nhiệm\s+(?:thi\s+hành|tổ\s+chức\s+thực\s+hiện|thực\s+hiện)"
    r"|căn\s+cứ\s+Quyết\s+định\s+(?:này\s+)?thi\s+hành|thi\s+hành\s+Quyết\s+định\s+này)",
    re.IGNORECASE,
)
# A council's resolution entrusts its execution instead: "Giao Ủy ban nhân
# dân tỉnh tổ chức triển khai thực hiện Nghị quyết này."
_ENTRUST = re.compile(
    r"\bGiao\s+(?P<who>[^.;:]{3,80}?)\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện"
    r"\s+(?:Nghị\s+quyết|Quyết\s+định|Kế\s+hoạch)\s+này\b"
)
# "…; Giám đốc Sở X và Chủ tịch UBND …" and "Chánh Văn phòng UBND tỉnh,
# Giám đốc các Sở: …": a new executor starts at an office.  Commas inside a
# name ("UBND các huyện, thành phố") are not followed by one.
_AND_NEXT = re.compile(
    r"(?:\s+và|\s*,)\s+(?=(?:các\s|Thủ\s+trưởng|Giám\s+đốc|Chủ\s+tịch|Chánh|Trưởng|Người\s+đứng\s+đầu)\b)"
    r"|\s+và\s+(?=các\b)",
    re.IGNORECASE,
)


@define
class Articles:
    """What the articles say.

    *effective* is a date, the string ``"signing"`` for *kể từ ngày ký*, or
    ``None`` when no article gives the date of force.

    >>> Articles().effective is None
    True
    """

    effective: date | str | None = None
    effective_delay: int = 0
    relations: list[Relation] = field(factory=list)
    issues: str | None = None
    """The kind word of the attached document (*Kế hoạch*), when an article issues one."""
    issues_line: int | None = None
    issues_text: str | None = None
    executors: list[Agency] = field(factory=list)


def _effective(text: str) -> tuple[date | str | None, int]:
    if m := _AFTER_SIGNING.search(text):
        return "signing", int(m["n"])
    if _ON_SIGNING.search(text):
        return "signing", 0
    if m := _ON_DATE.search(text):
        d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
        try:
            return date(int(y), int(mo), int(d)), 0
        except ValueError:
            return None, 0
    return None, 0


def resolve_effective(arts: Articles, signed: date | None) -> date | None:
    """The date of force, once the signing date is known."""
    if isinstance(arts.effective, date):
        return arts.effective
    if arts.effective == "signing" and signed is not None:
        return signed + timedelta(days=arts.effective_delay)
    return None


def _executors(ctx: Context, text: str) -> list[Agency]:
    m = _EXECUTE.search(text)
    if m is None:
        if "Giao" in text and (e := _ENTRUST.search(text)):
            return [ctx.agency(e["who"])]
        return []
    out: list[Agency] = []
    for piece in _AND_NEXT.split(text[: m.start()]):
        for clause in piece.split(";"):
            phrase = strip_titles(clause.strip(" .,;"))
            for name in unfold_list(phrase):
                if name and len(name.split()) <= 20:  # noqa: PLR2004
                    agency = ctx.agency(name)
                    if agency not in out:
                        out.append(agency)
    return out


def read_articles(ctx: Context, lines: list[Line]) -> Articles:
    """Read the articles from their lines (the first is an ``Điều`` line)."""
    arts = Articles()
    blocks: list[tuple[int, list[str]]] = []
    for line in lines:
        if line.blank:
            continue
        ctx.read(line.no)
        m = ARTICLE.match(line.text)
        if m is not None or not blocks:
            blocks.append((line.no, [m["rest"] if m else line.text]))
        else:
            blocks[-1][1].append(line.text)
    texts = [(no, " ".join(parts)) for no, parts in blocks]
    for _, text in texts:
        if arts.effective is None:
            arts.effective, arts.effective_delay = _effective(text)
    for no, text in texts:
        if arts.issues is None and (m := _ISSUES.search(text)):
            arts.issues = m["kind"]
            arts.issues_line = no
            arts.issues_text = text
        signed_effective = arts.effective if isinstance(arts.effective, date) else None
        rels, _ = relations_in(
            ctx, text, no, head=None, own_acts=True, effective=signed_effective
        )
        arts.relations.extend(rels)
        for agency in _executors(ctx, text):
            if agency not in arts.executors:
                arts.executors.append(agency)
    return arts
