"""Cutting a document into its parts: header, preamble, articles, foot, plan, appendices.

Only line positions are decided here; each part is read by its own stage.
The cues are the fixed phrases of Vietnamese administrative style (*Căn cứ*,
*QUYẾT ĐỊNH:*, *Điều 1.*, *Nơi nhận:*, a capitalised *KẾ HOẠCH* line,
*Phụ lục*), looked for once, in one pass over the lines.
"""

from __future__ import annotations

import re

from attrs import define, field

from kttt.parse._articles import ARTICLE
from kttt.parse._bases import CAN_CU, DE_NGHI, THUC_HIEN
from kttt.parse._header import _MOTTO, is_upper
from kttt.parse._lines import UPPER, Line
from kttt.parse._signature import CAPACITY, NOI_NHAN

__all__ = ["ENACT", "PLAN_KIND", "Segments", "segment"]

ENACT = re.compile(r"^(?:QUYẾT\s+(?:ĐỊNH|NGHỊ)|Quyết\s+định|Quyết\s+nghị)\s*:\s*$")
PLAN_KIND = re.compile(
    r"^(?P<kind>KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH(?:\s+HÀNH\s+ĐỘNG)?)(?![^\W\d_])\s*(?P<rest>.*)$"
)
APPENDIX = re.compile(r"^(?:PHỤ\s+LỤC|Phụ\s+lục)(?![^\W\d_])(?P<rest>.*)$")
# Where a plan's outline may begin.  Party documents number "I-" and "1-";
# a hyphen counts only with a space and a capital after it, so that a range
# ("2021 - 2025") or a date ("15-3-2023") never opens the outline.
OUTLINE_START = re.compile(
    rf"""^(?:
        [IVX]{{1,4}}\s*[.):]                        # I.  I)  I:
      | [IVX]{{1,4}}\s+{UPPER}                      # I MỤC TIÊU
      | [IVX]{{1,4}}\s*-\s+{UPPER}                  # I- MỤC TIÊU
      | 1\s*[.)]\s                                 # 1.  1)
      | 1\s*-\s+{UPPER}                             # 1- Mục tiêu
      | A\s*[.)]\s+{UPPER}{UPPER}                    # A. MỤC ĐÍCH
      | Phần\s+(?:I|thứ\s+nhất)\b
      | PHẦN\s+(?:I|THỨ\s+NHẤT)\b
    )""",
    re.VERBOSE,
)
# An appendix heading is short; "Phụ lục đính kèm …" in a sentence is not one.
_HEADING_WORDS = 16
CLOSING = re.compile(r"^Trên\s+đây\s+là\b", re.IGNORECASE)
_ROLE = re.compile(r"CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BÍ\s+THƯ")


@define
class Segments:
    """Index ranges (``start``, ``end``) of each part, over the list of lines.

    >>> Segments().articles is None
    True
    """

    header: tuple[int, int] = (0, 0)
    preamble: tuple[int, int] | None = None
    enact: int | None = None
    articles: tuple[int, int] | None = None
    tail: tuple[int, int] | None = None
    plan_header: tuple[int, int] | None = None
    plan_kind: int | None = None
    plan: tuple[int, int] | None = None
    appendices: list[tuple[int, int]] = field(factory=list)


def _is_appendix(line: Line) -> bool:
    m = APPENDIX.match(line.text)
    if m is None:
        return False
    rest = m["rest"].strip()
    return (
        len(line.text.split()) <= _HEADING_WORDS
        and not rest.endswith((".", ";", ","))
        and not rest[:1].islower()
    )


def _header_like(line: Line) -> bool:
    text = line.text
    if line.blank:
        return True
    if CAPACITY.match(text) or _ROLE.search(text):
        return False
    return bool(
        is_upper(text)
        or _MOTTO.search(text)
        or text.startswith(("Số", "Độc lập"))
        or ", ngày" in text
    )


def segment(lines: list[Line]) -> Segments:
    """Find where each part of the document starts and ends."""
    seg = Segments()
    n = len(lines)
    first_article = next(
        (i for i, ln in enumerate(lines) if ARTICLE.match(ln.text)), None
    )
    # The appendix follows the articles; "Phụ lục" before them is a title.
    start_app = first_article or 0
    app_starts = [i for i in range(start_app, n) if _is_appendix(lines[i])]
    main_end = app_starts[0] if app_starts else n
    for k, s in enumerate(app_starts):
        seg.appendices.append((s, app_starts[k + 1] if k + 1 < len(app_starts) else n))
    if first_article is not None and first_article < main_end:
        plan_kind = next(
            (
                i
                for i in range(first_article + 1, main_end)
                if PLAN_KIND.match(lines[i].text)
            ),
            None,
        )
        decision_end = plan_kind if plan_kind is not None else main_end
        cue = next(
            (
                i
                for i in range(first_article + 1)
                if CAN_CU.match(lines[i].text)
                or DE_NGHI.match(lines[i].text)
                or THUC_HIEN.match(lines[i].text)
                or ENACT.match(lines[i].text)
                or ARTICLE.match(lines[i].text)
            ),
            first_article,
        )
        seg.header = (0, cue)
        enact = next(
            (i for i in range(cue, first_article) if ENACT.match(lines[i].text)), None
        )
        seg.enact = enact
        seg.preamble = (cue, enact if enact is not None else first_article)
        tail = next(
            (
                i
                for i in range(first_article + 1, decision_end)
                if NOI_NHAN.match(lines[i].text) or CAPACITY.match(lines[i].text)
            ),
            decision_end,
        )
        seg.articles = (first_article, tail)
        if plan_kind is not None:
            block = plan_kind
            while block > tail and _header_like(lines[block - 1]):
                block -= 1
            seg.tail = (tail, block)
            seg.plan_header = (block, plan_kind)
            seg.plan_kind = plan_kind
            seg.plan = (plan_kind + 1, main_end)
        else:
            seg.tail = (tail, main_end)
        return seg
    # No articles: a plan (or another document) on its own.
    cue = _standalone_cue(lines, main_end)
    seg.header = (0, cue)
    seg.plan = (cue, main_end)
    return seg


def _standalone_cue(lines: list[Line], end: int) -> int:
    """Where the header of a document without articles ends.

    The title under a bare ``KẾ HOẠCH`` / ``CHƯƠNG TRÌNH HÀNH ĐỘNG`` line is
    the document's subject even when it reads ``Thực hiện Nghị quyết …`` or
    ``thực hiện …``, and so are the lines that continue it in lower case; only
    after it does a ``Thực hiện`` line open the preamble.
    """
    # "kind": the last non-blank line was a bare kind line, so this one is the
    # title; "title": the last one was the title, so a lower-case line goes on.
    state = ""
    for i in range(end):
        line = lines[i]
        if line.blank:
            state = "" if state == "title" else state
            continue
        text = line.text
        if CAN_CU.match(text) or DE_NGHI.match(text) or OUTLINE_START.match(text):
            return i
        in_title = state == "kind" or (state == "title" and text[:1].islower())
        if THUC_HIEN.match(text) and i > 0 and not in_title:
            return i
        m = PLAN_KIND.match(text)
        if m is not None and not m["rest"].strip():
            state = "kind"
        else:
            state = "title" if in_title else ""
    return end
