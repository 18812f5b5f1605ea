"""Reporting duties (*chế độ báo cáo*): who reports, to whom, and by when, every period."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kttt.errors import ParseError
from kttt.model import Agency, Deadline, ReportingDuty
from kttt.parse._body import AGENCY_WORDS, GIVE, agency_heading, is_paragraph
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
    r"định\s+kỳ\s+(?:(?:hằng|hàng)\s+(?:năm|quý|tháng)|[0-9]{1,2}\s+tháng(?:(?:\s*,\s*|\s+và\s+)(?:hằng|hàng)\s+năm)?"
    r"|(?:sáu|6)\s+tháng(?:(?:\s*,\s*|\s+và\s+)(?:hằng|hàng)\s+năm)?)",
    re.IGNORECASE,
)
_YEARLY = re.compile(r"(?:hằng|hàng)\s+năm", re.IGNORECASE)
_SENTENCE = re.compile(rf"(?<=[.!?])\s+(?={UPPER})")
# The recipient follows "gửi", "về", "lên", "cho" or the verb itself, and is
# an agency: "báo cáo kết quả về Sở Kế hoạch và Đầu tư", "gửi báo cáo về UBND
# tỉnh", "báo cáo UBND tỉnh".  "về" alone is common ("báo cáo về tình hình"),
# hence the agency word after it.
_TO = re.compile(
    rf"(?:\bgửi(?:\s+về)?|\bvề|\blên|\bcho|báo\s+cáo)\s+(?P<to>(?-i:{AGENCY_WORDS})[^,;()]*)",
    re.IGNORECASE | re.VERBOSE,
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


_MORE_TO = re.compile(
    rf"\s*(?:,|\s+và)\s+(?P<to>(?-i:{AGENCY_WORDS})[^,;()]*)",
    re.IGNORECASE | re.VERBOSE,
)


def _recipients(sentence: str, m: re.Match[str], name: str) -> list[str]:
    """The recipient *m* names and those listed right after it ("UBND tỉnh, Ban Thường vụ Tỉnh ủy")."""
    names = [name]
    end, whole = m.end(), m["to"].strip(" ,.;:")
    # Only a name that ran to the comma can be followed by another one.
    while name == whole and (more := _MORE_TO.match(sentence, end)):
        name = _name(more["to"])
        if not name:
            break
        names.append(name)
        end, whole = more.end(), more["to"].strip(" ,.;:")
    return names


def _reporters(ctx: Context, subject: str) -> tuple[Agency, ...]:
    """The reporting bodies: a list is split, one name ("Ban Kinh tế - Ngân sách Tỉnh ủy") is kept whole."""
    if "," in subject or re.search(r"\svà\s", subject):
        return ctx.split(subject)
    return (ctx.agency(subject),)


_SEND = re.compile(r"\bgửi\b", re.IGNORECASE)


def _send_start(sentence: str, verb: int) -> int:
    """Where to look for the recipient: from "gửi" or the verb, whichever is first."""
    m = _SEND.search(sentence, 0, verb) if verb else None
    return m.start() if m is not None else verb


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
    # Most paragraphs report nothing; a substring test rules them out faster
    # than the case-insensitive pattern, which is tried at every position.
    if "cáo" not in paragraph.lower() or not _REPORT.search(paragraph):
        return []
    duties: list[ReportingDuty] = []
    subject = _name(GIVE.sub("", paragraph))
    if len(subject.split()) > 20 or subject == paragraph.strip(" ,.;:"):  # noqa: PLR2004
        subject = heading_by or ""
    for sentence in _SENTENCE.split(paragraph):
        if not _REPORT.search(sentence):
            continue
        deadline, phrase = _deadline(sentence)
        if phrase is None:
            continue
        by = _reporters(ctx, strip_titles(subject)) if subject else ()
        to: list[Agency] = []
        verb = _REPORT.search(sentence)
        start = verb.start() if verb is not None else 0
        # The first recipient after the reporters' verb; "… gửi Sở Kế hoạch
        # và Đầu tư tổng hợp, báo cáo UBND tỉnh" names the next step, not a
        # second recipient.
        for m in _TO.finditer(sentence, _send_start(sentence, start)):
            if (name := _name(m["to"])) and not _REPORT.fullmatch(name):
                to.extend(ctx.agency(n) for n in _recipients(sentence, m, name))
                break
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
            # A numbered paragraph ("2. Sở Kế hoạch và Đầu tư tổng hợp, báo
            # cáo …") says its duty in its title, whatever follows it.
            if is_paragraph(node.title) or (not node.items and not node.children):
                out.extend(find_reporting(ctx, node.title, node.line, heading_by=None))
            for item in node.items:
                out.extend(
                    find_reporting(ctx, item.text, item.line, heading_by=heading_by)
                )
    for text, line in extra:
        out.extend(find_reporting(ctx, text, line))
    return out
