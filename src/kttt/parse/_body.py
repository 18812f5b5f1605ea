"""Tasks read from the plan body, objectives, and the appendix-versus-body cross-check.

Under the plan's *nhiệm vụ, giải pháp* headings, each bullet or paragraph is
one task, and so is the text after ``1.2. Sở …:`` on a heading line.  The
lead agency (*chủ trì*) is the heading right above the text when that heading
is the name of an agency (``2.3. Sở Kế hoạch và Đầu tư``); a topic heading
(``6. Phát huy vai trò …``) names none, and its tasks have no lead.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING

from kttt.agencies import covers
from kttt.model import Agency, Severity, Task, TaskOrigin
from kttt.text import fold

if TYPE_CHECKING:
    from kttt.parse._context import Context
    from kttt.parse._outline import Node

__all__ = ["agency_heading", "cross_check", "read_body_tasks", "read_objectives"]

_AGENCY_HEAD = re.compile(
    r"""^(?:Các\s+|Giao\s+)?(?:
        Sở(?!\s+hữu)|Ban(?!\s+hành)|Bộ(?!\s+máy)|Ủy\s+ban|UBND|HĐND|Hội\s+đồng|Liên\s+minh|Liên\s+đoàn
      | Bảo\s+hiểm|Ngân\s+hàng|Kho\s+bạc|Trường|Hội(?!\s+(?:nghị|chợ|thảo|nhập))|Tỉnh\s+đoàn
      | Đoàn(?!\s+kết)|Mặt\s+trận|Văn\s+phòng|Công\s+an|Cục|Chi\s+cục|Cơ\s+quan|đơn\s+vị|địa\s+phương
      | Đài|Báo\s|Thanh\s+tra|Trung\s+tâm|Viện|Quỹ|Tỉnh\s+ủy|Thành\s+ủy|Chi\s+nhánh|BCĐ|Bộ\s+Chỉ\s+huy
      | Cục\s+Thuế|Hiệp\s+hội|Liên\s+hiệp
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_PARAGRAPH_END = (".", ";", ":", "./.")
_OBJECTIVE_ROOT = re.compile(r"mục\s+đích|yêu\s+cầu|quan\s+điểm", re.IGNORECASE)
_OBJECTIVE_NODE = re.compile(r"mục\s+tiêu\s+(?:tổng\s+quát|chung)", re.IGNORECASE)
_TASK_ROOT = re.compile(r"nhiệm\s+vụ|giải\s+pháp", re.IGNORECASE)
# Share of an appendix row's word pairs a body task must hold to be the same work.
_SAME_WORK = 0.6
# Headings longer than this are topics or sentences, not agency names.
_AGENCY_WORDS = 20


def agency_heading(title: str) -> str | None:
    """The agency a heading names, or ``None`` for a topic heading.

    >>> agency_heading("Sở Kế hoạch và Đầu tư")
    'Sở Kế hoạch và Đầu tư'
    >>> agency_heading("Phát huy vai trò của Mặt trận Tổ quốc") is None
    True
    """
    clean = title.strip().rstrip(".:;").strip()
    if not clean or len(clean.split()) > _AGENCY_WORDS or not _AGENCY_HEAD.match(clean):
        return None
    return re.sub(r"^Giao\s+", "", clean, flags=re.IGNORECASE)


def is_paragraph(title: str) -> bool:
    """True when a numbered "heading" is really a numbered paragraph."""
    return len(title.split()) > 25 or title.rstrip().endswith(_PARAGRAPH_END)  # noqa: PLR2004


def _number(node: Node) -> str:
    parts: list[str] = []
    for n in node.path():
        if not n.number:
            continue
        # "1" then "1.1" under it: the longer number replaces the shorter.
        if (
            parts
            and "." in n.number
            and n.number.split(".")[0] == parts[-1].split(".")[-1]
        ):
            parts[-1] = n.number
        else:
            parts.append(n.number)
    return ".".join(parts)


def _group(node: Node) -> str | None:
    path = node.path()
    chosen = path[1] if len(path) > 1 else path[0]
    return chosen.title or None


def read_body_tasks(ctx: Context, roots: list[Node]) -> list[Task]:
    """One task per bullet, paragraph or inline text under the task headings."""
    tasks: list[Task] = []
    ids: set[str] = set()
    for root in roots:
        if not _TASK_ROOT.search(root.title):
            continue
        for node in root.walk():
            if node is root and not node.items:
                continue
            lead_text = agency_heading(node.title) if node is not root else None
            texts = [(i.text, i.line) for i in node.items]
            parent = node.parent
            under_agency = (
                parent is not None
                and parent is not root
                and agency_heading(parent.title)
            )
            leaf = not texts and not node.children and lead_text is None
            if leaf and (is_paragraph(node.title) or under_agency):
                # A numbered task ("a. Bố trí kinh phí") under an agency heading.
                texts = [(node.title, node.line)]
                lead_text = under_agency or None
            lead: Agency | None = ctx.agency(lead_text) if lead_text else None
            number = _number(node)
            slug = "-".join(fold(number).split()) or "x"
            group = _group(node)
            for k, (text, line) in enumerate(texts, start=1):
                task_id = f"body/{slug}/{k}"
                while task_id in ids:
                    task_id += "-2"
                ids.add(task_id)
                tasks.append(
                    Task(
                        id=task_id,
                        number=number or None,
                        origin=TaskOrigin.BODY,
                        text=text,
                        group=group,
                        lead=lead,
                        lead_text=lead_text,
                        line=line,
                    )
                )
    return tasks


def read_objectives(roots: list[Node]) -> list[str]:
    """Purposes, requirements and general aims, as written."""
    out: list[str] = []
    for root in roots:
        for node in root.walk():
            if not (
                _OBJECTIVE_ROOT.search(root.title)
                or any(_OBJECTIVE_NODE.search(n.title) for n in node.path())
            ):
                continue
            if node is not root and is_paragraph(node.title) and not node.items:
                out.append(node.title)
            out.extend(i.text for i in node.items)
    return out


_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> frozenset[tuple[str, str]]:
    """Pairs of neighbouring words: far more telling than single words.

    The text is already normalized, so lower case is key enough here and
    much cheaper than :func:`kttt.fold` on every task.
    """
    return frozenset(pairwise(_WORD.findall(text.lower())))


def _agree(a: Agency, b: Agency) -> bool:
    """Whether two leads name the same body, one group holding the other, or one name the other."""
    if a.key == b.key or covers(a, b) or covers(b, a):
        return True
    fa, fb = fold(a.name), fold(b.name)
    return fa in fb or fb in fa


def cross_check(ctx: Context, appendix: list[Task], body: list[Task]) -> None:
    """Compare each appendix row's lead with the body task that assigns the same work.

    The body task is the one whose words cover most of the row's words
    (at least 60% of the row's word pairs); when both name a lead and the leads differ, a
    ``lead-mismatch`` diagnostic names both.
    """
    candidates = [t for t in body if t.lead is not None]
    cand_words = [_words(t.text) for t in candidates]
    rows = [
        (row, row.lead, _words(row.text)) for row in appendix if row.lead is not None
    ]
    # Only pairs some appendix row has can decide a match; intersecting first
    # keeps the index small.
    wanted: set[tuple[str, str]] = set().union(*(words for _, _, words in rows))
    index: dict[tuple[str, str], list[int]] = {}
    for k, pairs in enumerate(cand_words):
        for pair in pairs & wanted:
            index.setdefault(pair, []).append(k)
    # Pairs that most tasks share ("hợp tác", "tác xã") say nothing about which
    # task a row is; shortlisting by the rarer pairs and scoring the shortlist
    # exactly keeps the check linear in practice.
    common = max(4, len(candidates) // 4)
    for row, lead, words in rows:
        if len(words) < 3:  # noqa: PLR2004
            continue
        hits = Counter(
            k
            for pair in words
            if len(found := index.get(pair, ())) <= common
            for k in found
        )
        if not hits:
            continue
        k, count = max(
            ((k, len(words & cand_words[k])) for k, _ in hits.most_common(3)),
            key=lambda pair: pair[1],
        )
        best, best_score = candidates[k], count / len(words)
        if best_score < _SAME_WORK or best.lead is None:
            continue
        if not _agree(best.lead, lead):
            inherited = (
                " (filled down from the row above)" if "lead" in row.inferred else ""
            )
            ctx.note(
                "lead-mismatch",
                f"appendix row {row.number or row.id} is led by {lead.name!r}{inherited}, "
                f"but the body (line {best.line}) gives this work to {best.lead.name!r}",
                row.line,
                Severity.WARNING,
                row.text,
            )
