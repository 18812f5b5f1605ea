"""Reporting duties (*chế độ báo cáo*): who reports, to whom, and by when, every period."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kttt.errors import ParseError
from kttt.model import Agency, Deadline, ReportingDuty
from kttt.parse._body import agency_heading
from kttt.parse._deadline import parse_deadline
from kttt.parse._lines import UPPER
from kttt.parse._phrases import strip_titles

if TYPE_CHECKING:
    from kttt.parse._context import Context
    from kttt.parse._outline import Node

__all__ = ["find_reporting", "read_reporting"]

_REPORT = re.compile(r"báo\s+cáo", re.IGNORECASE)
_BY_DATE = re.compile(
    r"trước\s+ngày\s+[0-9]{1,2}\s*/\s*[0-9]{1,2}(?:\s*/\s*[0-9]{4})?(?:\s+(?:hằng|hàng)\s+(?:năm|quý|tháng))?",
    re.IGNORECASE,
)
_PERIODIC = re.compile(
    r"định\s+kỳ\s+(?:(?:hằng|hàng)\s+(?:năm|quý|tháng)|[0-9]{1,2}\s+tháng(?:\s+(?:và|,)\s+(?:hằng|hàng)\s+năm)?"
    r"|(?:sáu|6)\s+tháng(?:\s+(?:và|,)\s+(?:hằng|hàng)\s+năm)?)",
    re.IGNORECASE,
)
_YEARLY = re.compile(r"(?:hằng|hàng)\s+năm", re.IGNORECASE)
_SENTENCE = re.compile(rf"(?<=[.!?])\s+(?={UPPER})")
_SEND_TO = re.compile(r"\bgửi\s+(?:về\s+)?(?P<to>[^,;()]+)", re.IGNORECASE)
_REPORT_TO = re.compile(
    r"báo\s+cáo\s+(?P<to>(?:UBND|Ủy\s+ban|Sở|Bộ|Ban|Thường\s+trực|Tỉnh\s+ủy|HĐND|Hội\s+đồng|Chủ\s+tịch)[^,;()]*)",
    re.IGNORECASE,
)
_VIA = re.compile(r"\(\s*qua\s+(?P<via>[^)]+)\)", re.IGNORECASE)
# Where an agency's name ends and the sentence goes on.
_NAME_END = re.compile(
    r"\s+(?:tổng\s+hợp|kết\s+quả|để|trước|theo|định\s+kỳ|về|trong|thực\s+hiện|xem\s+xét|báo\s+cáo"
    r"|chỉ\s+đạo|nghiêm\s+túc|quán\s+triệt|căn\s+cứ|chủ\s+trì|chủ\s+động|có\s+trách\s+nhiệm|tổ\s+chức"
    r"|triển\s+khai|tham\s+mưu|theo\s+dõi|phối\s+hợp|khẩn\s+trương|rà\s+soát|xây\s+dựng|thường\s+xuyên"
    r"|kiểm\s+tra|cụ\s+thể|trước\s+ngày|hằng|hàng|định)\b",
    re.IGNORECASE,
)


def _name(phrase: str) -> str:
    m = _NAME_END.search(phrase)
    return (phrase[: m.start()] if m else phrase).strip(" ,.;:")


def _deadline(sentence: str) -> tuple[Deadline | None, str | None]:
    m = _BY_DATE.search(sentence) or _PERIODIC.search(sentence)
    if m is None:
        return None, None
    phrase = " ".join(m.group().split())
    if m.re is _BY_DATE and not _YEARLY.search(phrase) and _YEARLY.search(sentence):
        phrase += " hằng năm"
    try:
        return parse_deadline(phrase), phrase
    except ParseError:
        return None, phrase


def find_reporting(
    ctx: Context, paragraph: str, line: int, *, heading_by: str | None = None
) -> list[ReportingDuty]:
    """Reporting duties stated in one paragraph."""
    if not _REPORT.search(paragraph):
        return []
    duties: list[ReportingDuty] = []
    subject = _name(re.sub(r"^Giao\s+", "", paragraph, flags=re.IGNORECASE))
    if len(subject.split()) > 20 or subject == paragraph.strip(" ,.;:"):  # noqa: PLR2004
        subject = heading_by or ""
    for sentence in _SENTENCE.split(paragraph):
        if not _REPORT.search(sentence):
            continue
        deadline, phrase = _deadline(sentence)
        if phrase is None:
            continue
        by: tuple[Agency, ...] = ctx.split(strip_titles(subject)) if subject else ()
        to: list[Agency] = []
        m = _SEND_TO.search(sentence) or _REPORT_TO.search(sentence)
        if m is not None and (name := _name(m["to"])):
            to.append(ctx.agency(name))
        if (v := _VIA.search(sentence)) is not None and (name := _name(v["via"])):
            to.append(ctx.agency(name))
        duties.append(
            ReportingDuty(
                text=sentence, by=by, to=tuple(to), deadline=deadline, line=line
            )
        )
    return duties


def read_reporting(
    ctx: Context, roots: list[Node], extra: list[tuple[str, int]]
) -> list[ReportingDuty]:
    """Reporting duties anywhere in the plan body, plus in *extra* paragraphs."""
    out: list[ReportingDuty] = []
    for root in roots:
        for node in root.walk():
            heading_by = agency_heading(node.title)
            if not node.items and not node.children:
                out.extend(find_reporting(ctx, node.title, node.line, heading_by=None))
            for item in node.items:
                out.extend(
                    find_reporting(ctx, item.text, item.line, heading_by=heading_by)
                )
    for text, line in extra:
        out.extend(find_reporting(ctx, text, line))
    return out
