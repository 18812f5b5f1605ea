"""Tasks read from the plan body, objectives, and the appendix-versus-body cross-check.

Under the plan's *nhiệm vụ, giải pháp* headings, each bullet or paragraph is
one task, and so is the text after ``1.2. Sở …:`` on a heading line.  The
lead agency (*chủ trì*) is the heading right above the text when that heading
is the name of an agency (``2.3. Sở Kế hoạch và Đầu tư``); a topic heading
(``6. Phát huy vai trò …``) names none, and its tasks have no lead.
Labelled fields (``Thời gian: Quý II/2023``, ``Cơ quan chủ trì: …; cơ quan
phối hợp: …``) in a task's text or on the lines after it give its deadline,
lead and coordinators.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import chain, pairwise, repeat
from operator import itemgetter
from typing import TYPE_CHECKING

from attrs import define

from kttt.agencies import covers
from kttt.errors import ParseError
from kttt.model import Agency, Deadline, Severity, Task, TaskOrigin, Unspecified
from kttt.parse._deadline import parse_deadline
from kttt.parse._phrases import FIELD_START, split_fields
from kttt.text import fold

if TYPE_CHECKING:
    from collections.abc import Callable

    from kttt.parse._context import Context
    from kttt.parse._outline import Item, Node

__all__ = [
    "AGENCY_WORDS",
    "GIVE",
    "agency_heading",
    "cross_check",
    "is_paragraph",
    "read_body_tasks",
    "read_objectives",
]

AGENCY_WORDS = r"""(?:
        Sở(?!\s+hữu)|Ban(?!\s+hành)|Bộ(?!\s+máy)|Ủy\s+ban|UBND|HĐND|Hội\s+đồng|Liên\s+minh|Liên\s+đoàn
      | Bảo\s+hiểm|Ngân\s+hàng|Kho\s+bạc|Trường|Hội(?!\s+(?:nghị|chợ|thảo|nhập))|Tỉnh\s+đoàn
      | Đoàn(?!\s+kết)|Mặt\s+trận|Văn\s+phòng|Công\s+an|Cục|Chi\s+cục|Cơ\s+quan|đơn\s+vị|địa\s+phương
      | Đài|Báo\s|Thanh\s+tra|Trung\s+tâm|Viện|Quỹ|Tỉnh\s+ủy|Thành\s+ủy|Chi\s+nhánh|BCĐ|Bộ\s+Chỉ\s+huy
      | Cục\s+Thuế|Hiệp\s+hội|Liên\s+hiệp|Thường\s+trực|Chủ\s+tịch
    )"""
"""The first word of an agency's name (a ``re.VERBOSE`` fragment)."""
_AGENCY_HEAD = re.compile(
    rf"^(?:Các\s+|Giao\s+)?{AGENCY_WORDS}",
    re.VERBOSE | re.IGNORECASE,
)
_PARAGRAPH_END = (".", ";", ":", "./.")
_OBJECTIVE_ROOT = re.compile(r"mục\s+đích|yêu\s+cầu|quan\s+điểm", re.IGNORECASE)
_OBJECTIVE_NODE = re.compile(r"mục\s+tiêu\s+(?:tổng\s+quát|chung)", re.IGNORECASE)
_TASK_ROOT = re.compile(r"nhiệm\s+vụ|giải\s+pháp", re.IGNORECASE)
# Lettered parts and "Phần"/"Chương" divisions that hold the Roman sections.
_CONTAINERS = frozenset({"letter", "division"})
# Share of an appendix row's word pairs a body task must hold to be the same
# work: 3/5, kept as a fraction so that the count it takes is exact.
_SAME_WORK = (3, 5)
# Headings longer than this are topics or sentences, not agency names.
_AGENCY_WORDS = 20
# "Giao Sở …" (assign to Sở …) before the agency a heading or paragraph names.
GIVE = re.compile(r"^Giao\s+", re.IGNORECASE)


def agency_heading(title: str) -> str | None:
    """The agency a heading names, or ``None`` for a topic heading.

    >>> agency_heading("Sở Kế hoạch và Đầu tư")
    'Sở Kế hoạch và Đầu tư'
    >>> agency_heading("Phát huy vai trò của Mặt trận Tổ quốc") is None
    True
    """
    clean = title.strip().rstrip(".:;").strip()
    # The pattern rules out most headings at their first word, before the
    # words are counted.
    if not clean or not _AGENCY_HEAD.match(clean) or len(clean.split()) > _AGENCY_WORDS:
        return None
    return GIVE.sub("", clean)


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


def _group(node: Node, root: Node) -> str | None:
    path = node.path()
    below = path[path.index(root) :]
    chosen = below[1] if len(below) > 1 else below[0]
    return chosen.title or None


def _task_roots(roots: list[Node]) -> list[Node]:
    """The *nhiệm vụ, giải pháp* headings, looking inside lettered parts.

    ``B. MỤC TIÊU VÀ NHIỆM VỤ`` holding ``I. Mục tiêu`` and ``II. Nhiệm vụ``
    is a container: its own matching child is the task root, not the whole
    part.  Only lettered and named divisions (``A.``, ``Phần II``) are
    looked into, so a topic heading under ``III. NHIỆM VỤ`` stays a task.
    """
    out: list[Node] = []
    for root in roots:
        if root.style[0] in _CONTAINERS and (inner := _task_roots(root.children)):
            out.extend(inner)
        elif _TASK_ROOT.search(root.title):
            out.append(root)
    return out


@define
class _Draft:
    """A body task while its fields are being gathered."""

    text: str
    line: int
    lead_text: str | None
    fields: dict[str, str]
    mark: str = ""


# A deadline phrase that ends a task's sentence: after a comma ("…, hằng
# năm."), or opened by a preposition ("… trong Quý III/2023.").  Only the
# candidate is found here; kttt.parse_deadline decides whether it is one.
_TRAILING = re.compile(
    r"""(?:,\s*|\s+(?=(?:hoàn\s+thành\s+)?(?:trong|trước|vào|chậm\s+nhất)\s))
    (?P<phrase>
        (?:hoàn\s+thành\s+)?(?:(?:trong|trước|vào|chậm\s+nhất(?:\s+là)?)\s+)?
        (?:ngày\s+[0-9]{1,2}\s*/\s*[0-9]{1,2}\s*/\s*[0-9]{4}
          | quý\s+[IV]{1,3}(?:\s*/\s*|\s+năm\s+)[0-9]{4}
          | tháng\s+[0-9]{1,2}(?:\s*/\s*|\s+năm\s+)[0-9]{4}
          | (?:6|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm\s+[0-9]{4}
          | năm\s+[0-9]{4}
          | giai\s+đoạn\s+[0-9]{4}\s*[-\u2013]\s*[0-9]{4}
          | (?:hằng|hàng)\s+(?:năm|quý|tháng)
          | thường\s+xuyên
          | định\s+kỳ\s+(?:(?:hằng|hàng)\s+(?:năm|quý|tháng)|(?:6|sáu)\s+tháng)
        )
    )\s*[.;]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# "Sở LĐ-TB&XH chủ trì, phối hợp với Liên minh HTX tỉnh tổ chức …": a task
# that names its lead, and perhaps its coordinators, in its own sentence.
# The coordinators end where the work begins (its first verb).
_SELF_LED = re.compile(
    r"""^(?:Giao\s+)?(?P<lead>[^,;:.()]{3,80}?)\s+chủ\s+trì\b
    (?:\s*,?\s*phối\s+hợp\s+(?:với\s+)?(?P<co>[^;:.()]{3,160}?)
       (?=\s+(?:tổ\s+chức|xây\s+dựng|triển\s+khai|thực\s+hiện|tham\s+mưu|hướng\s+dẫn
             |rà\s+soát|hỗ\s+trợ|tuyên\s+truyền|đánh\s+giá|nghiên\s+cứu|kiểm\s+tra
             |theo\s+dõi|đề\s+xuất|đôn\s+đốc|vận\s+động|để|nhằm)\b))?""",
    re.IGNORECASE | re.VERBOSE,
)
# A bare date or year needs a preposition: "… số 09/NQ-CP ngày 02/02/2023."
# ends a citation, not a deadline.
_NEEDS_PREPOSITION = re.compile(r"^(?:ngày|năm)\b", re.IGNORECASE)
# A bullet "- Sở Tài chính:" heads the bullets after it; longer is a sentence.
_SUBHEAD_WORDS = 10


# The last words a trailing deadline phrase can end with (lower case): a
# number (a year), or the unit of a "hằng năm", "định kỳ 6 tháng", "thường
# xuyên" phrase.
_DEADLINE_ENDS = ("năm", "quý", "tháng", "xuyên")


def _may_end_in_deadline(text: str) -> bool:
    """Whether *text* ends as a trailing deadline phrase must, before its final stop.

    :data:`_TRAILING` is tried at every comma and space of the text; this
    test of the end alone rules out most task text at once.

    >>> _may_end_in_deadline("Tổ chức tập huấn, hằng năm."), _may_end_in_deadline("Tập huấn.")
    (True, False)
    """
    end = text.rstrip()
    if end.endswith((".", ";")):
        end = end[:-1].rstrip()
    return end[-1:].isdigit() or end[-5:].lower().endswith(_DEADLINE_ENDS)


def _trailing_deadline(
    ctx: Context, text: str, line: int
) -> tuple[Deadline, str] | None:
    """A deadline phrase at the end of *text* that is not part of a reference."""
    if not _may_end_in_deadline(text):
        return None
    m = _TRAILING.search(text)
    if m is None:
        return None
    phrase = m["phrase"].strip()
    if _NEEDS_PREPOSITION.match(phrase) and not text[: m.start()].endswith(","):
        return None
    start = m.start("phrase")
    if any(
        s < m.end("phrase") and start < e
        for s, e in (c.span for c in ctx.cites(text, line))
    ):
        return None
    deadline = _deadline(phrase)
    return (deadline, phrase) if deadline is not None else None


def _deadline(phrase: str) -> Deadline | None:
    try:
        deadline = parse_deadline(phrase)
    except ParseError:
        return None
    return None if isinstance(deadline, Unspecified) else deadline


def _subhead(ctx: Context, item: Item) -> str | None:
    """The agency a ``- Sở Tài chính:`` line names, when it heads the lines after it."""
    text = item.text.strip()
    if not text.endswith(":"):
        return None
    name = agency_heading(text)
    if name is None:
        return None
    if len(name.split()) > _SUBHEAD_WORDS and not ctx.agency(name).known:
        return None
    return name


def _nearest_agency(
    node: Node, root: Node, named: Callable[[str], str | None]
) -> str | None:
    for n in reversed(node.path()):
        if n is root:
            return None
        if (name := named(n.title)) is not None:
            return name
    return None


def _drafts(
    ctx: Context, node: Node, root: Node, named: Callable[[str], str | None]
) -> list[_Draft]:
    """The tasks written under one heading, each with its own fields.

    *named* is :func:`agency_heading`, remembered for the document.
    """
    heading = named(node.title) if node is not root else None
    above = _nearest_agency(node, root, named) if node is not root else None
    drafts: list[_Draft] = []
    shared: dict[str, str] = {}
    sub: tuple[str, str] | None = None  # (agency, the mark of its bullet)
    for item in node.items:
        if FIELD_START.match(item.text):
            _, found = split_fields(item.text)
            # After a paragraph task, a field line is that task's; after
            # bullets, it speaks for every task under the heading.
            target = drafts[-1].fields if drafts and not drafts[-1].mark else shared
            for kind, value in found.items():
                target.setdefault(kind, value)
            continue
        if (name := _subhead(ctx, item)) is not None:
            sub = (name, item.mark)
            continue
        if sub is not None and item.mark == sub[1]:
            sub = None
        text, fields = split_fields(item.text)
        if not text:
            continue
        drafts.append(
            _Draft(text, item.line, sub[0] if sub else above, fields, item.mark)
        )
    # Field lines under a heading that has no task text of its own: the
    # heading itself is the task ("a. Tổ chức quán triệt …" then
    # "Thời gian thực hiện: Thường xuyên").
    if (
        not drafts
        and node is not root
        and not node.children
        and heading is None
        and (is_paragraph(node.title) or above or shared)
    ):
        text, fields = split_fields(node.title)
        if text:
            drafts.append(_Draft(text, node.line, above, fields))
    for draft in drafts:
        for kind, value in shared.items():
            draft.fields.setdefault(kind, value)
    return drafts


def read_body_tasks(ctx: Context, roots: list[Node]) -> list[Task]:
    """One task per bullet, paragraph or inline text under the task headings.

    Labelled fields in the text or on the lines after it (``Thời gian: Quý
    II/2023``, ``Cơ quan chủ trì: …; cơ quan phối hợp: …``) give the task's
    deadline, lead and coordinators; a deadline phrase that ends the sentence
    (``…, hằng năm.``) gives its deadline.  Each keeps the words as written.
    """
    tasks: list[Task] = []
    ids: set[str] = set()
    # Every node looks at the headings above it; each is read once.
    named = cache(agency_heading)
    for root in _task_roots(roots):
        for node in root.walk():
            drafts = _drafts(ctx, node, root, named)
            if not drafts:
                continue
            number = _number(node)
            slug = "-".join(fold(number).split()) or "x"
            group = _group(node, root)
            for k, draft in enumerate(drafts, start=1):
                task_id = f"body/{slug}/{k}"
                while task_id in ids:
                    task_id += "-2"
                ids.add(task_id)
                tasks.append(_task(ctx, draft, task_id, number, group))
    return tasks


def _task(
    ctx: Context, draft: _Draft, task_id: str, number: str, group: str | None
) -> Task:
    fields = draft.fields
    lead_text = fields.get("lead") or draft.lead_text
    coordinators_text = fields.get("coordinators")
    if lead_text is None and "chủ trì" in draft.text:
        lead_text, found_co = _self_led(draft.text)
        coordinators_text = coordinators_text or found_co
    deadline: Deadline | None = None
    deadline_text = fields.get("deadline")
    if deadline_text is not None:
        deadline = _deadline(deadline_text)
    elif (found := _trailing_deadline(ctx, draft.text, draft.line)) is not None:
        deadline, deadline_text = found
    return Task(
        id=task_id,
        number=number or None,
        origin=TaskOrigin.BODY,
        text=draft.text,
        group=group,
        lead=ctx.agency(lead_text) if lead_text else None,
        coordinators=ctx.split(coordinators_text) if coordinators_text else (),
        coordinators_text=coordinators_text,
        deadline=deadline,
        deadline_text=deadline_text,
        lead_text=lead_text,
        line=draft.line,
    )


def _self_led(text: str) -> tuple[str | None, str | None]:
    """Lead and coordinators a task's own sentence names (``Sở X chủ trì, phối hợp với Y …``)."""
    m = _SELF_LED.match(text)
    if m is None or (lead := agency_heading(m["lead"])) is None:
        return None, None
    co = m["co"]
    return lead, co.strip(" ,") if co and _AGENCY_HEAD.match(co.strip()) else None


# Rows times tasks up to which every row is scored against every task; a
# larger table is shortlisted by rare pairs, which keeps the check linear.
_EXACT_LIMIT = 20_000


def _closest(
    rows: list[frozenset[tuple[str, str]]],
    needs: list[int],
    tasks: list[set[tuple[str, str]]],
) -> list[tuple[int, int]]:
    """For each row, the task holding most of its pairs and how many.

    A row's result is ``(-1, 0)`` when no task holds as many pairs as it
    needs.  Every row is scored against every task while the table is
    small; a larger one is shortlisted by rare pairs, which keeps the check
    linear.
    """
    if len(rows) * len(tasks) <= _EXACT_LIMIT:
        return _closest_exactly(rows, needs, tasks)
    return [
        found if found[1] >= need else (-1, 0)
        for found, need in zip(_closest_by_rare_pairs(rows, tasks), needs, strict=True)
    ]


def _closest_exactly(
    rows: list[frozenset[tuple[str, str]]],
    needs: list[int],
    tasks: list[set[tuple[str, str]]],
) -> list[tuple[int, int]]:
    """:func:`_closest`, scoring every task; ties go to the first.

    A task holding fewer pairs than a row needs cannot reach it, so it is
    not scored for that row.

    >>> _closest_exactly([frozenset({1, 2, 3})], [2], [{1}, {1, 2}, {2, 3}, set()])
    [(1, 2)]
    >>> _closest_exactly([frozenset({1, 2, 3})], [3], [{1}, {1, 2}])
    [(-1, 0)]
    """
    sizes = list(map(len, tasks))
    out: list[tuple[int, int]] = []
    for words, need in zip(rows, needs, strict=True):
        able = [k for k, size in enumerate(sizes) if size >= need]
        counts = list(map(len, map(words.intersection, map(tasks.__getitem__, able))))
        j = max(range(len(counts)), key=counts.__getitem__, default=-1)
        out.append((able[j], counts[j]) if j >= 0 and counts[j] >= need else (-1, 0))
    return out


def _closest_by_rare_pairs(
    rows: list[frozenset[tuple[str, str]]], tasks: list[set[tuple[str, str]]]
) -> list[tuple[int, int]]:
    """:func:`_closest_exactly` for large tables, choosing among a shortlist.

    >>> _closest_by_rare_pairs([frozenset({1, 2, 3})], [{1}, {1, 2}, {2, 3}, set()])
    [(1, 2)]
    """
    index: dict[tuple[str, str], list[int]] = {}
    for k, found in enumerate(tasks):
        for pair in found:
            index.setdefault(pair, []).append(k)
    # Pairs that many tasks share ("hợp tác", "tác xã") say little about which
    # task a row is; shortlisting by the rarer pairs and scoring the shortlist
    # exactly keeps the check linear.  Held by an eighth of the tasks is
    # common enough: on every fixture and mutated seed the shortlist still
    # holds the task with the most pairs in common.
    common = max(4, len(tasks) // 8)
    rare = {pair: found for pair, found in index.items() if len(found) <= common}
    out: list[tuple[int, int]] = []
    for words in rows:
        # The candidates of each rare pair of the row, counted without a
        # Python-level loop over the pairs.
        hits = Counter(chain.from_iterable(map(rare.get, words, repeat(()))))
        if not hits:
            out.append((-1, 0))
            continue
        # The three most hit; ties go to the task that comes first, so the
        # choice never depends on the order of a set (which varies with the
        # hash seed from one run to the next).  Sorting the task numbers and
        # then, stably, by hits gives that order with keys computed in C.
        top = sorted(sorted(hits), key=hits.__getitem__, reverse=True)[:3]
        out.append(max(((k, len(words & tasks[k])) for k in top), key=itemgetter(1)))
    return out


def read_objectives(roots: list[Node]) -> list[str]:
    """Purposes, requirements and general aims, as written."""
    out: list[str] = []
    # Every node looks at the headings above it; each is read once.
    aim = cache(_OBJECTIVE_NODE.search)
    for root in roots:
        whole = _OBJECTIVE_ROOT.search(root.title)
        for node in root.walk():
            if not (whole or any(aim(n.title) for n in node.path())):
                continue
            if node is not root and is_paragraph(node.title) and not node.items:
                out.append(node.title)
            out.extend(i.text for i in node.items)
    return out


_WORD = re.compile(r"[^\W_]+")


# Punctuation that commonly clings to words; turning it into spaces first
# leaves whitespace-separated tokens that are words already, in most texts.
_CLINGING = ",.;:()\"'-/"


def _words(text: str) -> frozenset[tuple[str, str]]:
    r"""Pairs of neighbouring words: far more telling than single words.

    Words are runs of alphanumerics (``[^\W_]+``).  Common punctuation is
    made a space first (it is never part of a word, so this splits exactly
    where the regex would); then, in most texts, every whitespace-separated
    token is a word (``str.isalnum`` is the same test as the regex), and
    only texts with other symbols take the token-by-token path.  Both are
    much cheaper than the regex over the whole text.  The text is already
    normalized, so lower case is key enough here and much cheaper than
    :func:`kttt.fold` on every task.

    >>> sorted(_words("Hỗ trợ HTX_mới, (2023)"))
    [('htx', 'mới'), ('hỗ', 'trợ'), ('mới', '2023'), ('trợ', 'htx')]
    >>> sorted(_words("Hỗ trợ “HTX”"))
    [('hỗ', 'trợ'), ('trợ', 'htx')]
    """
    return frozenset(pairwise(_tokens(text)))


def _tokens(text: str) -> list[str]:
    """The words of *text* in lower case, in order, as :func:`_words` pairs them.

    >>> _tokens("Hỗ trợ HTX_mới, (2023)")
    ['hỗ', 'trợ', 'htx', 'mới', '2023']
    """
    low = text.lower()
    for mark in _CLINGING:
        if mark in low:
            low = low.replace(mark, " ")
    tokens = low.split()
    if "".join(tokens).isalnum():
        return tokens
    words: list[str] = []
    for token in tokens:
        if token.isalnum():
            words.append(token)
        else:
            words.extend(_WORD.findall(token))
    return words


def _agree(a: Agency, b: Agency) -> bool:
    """Whether two leads name the same body, one group holding the other, or one name the other."""
    if a.key == b.key or covers(a, b) or covers(b, a):
        return True
    fa, fb = fold(a.name), fold(b.name)
    return fa in fb or fb in fa


def cross_check(ctx: Context, appendix: list[Task], body: list[Task]) -> None:
    """Compare each appendix row's lead with the body tasks that assign the same work.

    A body task assigns the same work when it holds at least 60% of the
    row's word pairs.  When a task led by the row's own lead does, the two
    parts agree.  Otherwise the task holding most of the row's pairs is
    compared: a group that holds the row's lead, or a name inside the other,
    agrees too; any other lead is reported as a ``lead-mismatch`` naming both.
    """
    rows = [
        (row, row.lead, _words(row.text)) for row in appendix if row.lead is not None
    ]
    candidates = [t for t in body if t.lead is not None]
    if not rows or not candidates:
        return
    # Each task's words, read when first needed: many plans settle every row
    # with the few tasks its own lead leads.
    words_of: dict[int, list[str]] = {}

    def task_words(k: int) -> list[str]:
        found = words_of.get(k)
        if found is None:
            found = words_of[k] = _tokens(candidates[k].text)
        return found

    # Plans repeat work under several agencies ("Sở A: tuyên truyền …",
    # "UBND các huyện: tuyên truyền …"); a row agrees with the body when a
    # task the row's own lead leads holds its work.  Rows are compared with
    # their own lead's tasks a lead at a time.
    led_by: dict[str, list[int]] = {}
    for k, task in enumerate(candidates):
        if task.lead is not None:
            led_by.setdefault(task.lead.key, []).append(k)
    checked = [
        (row, lead, words, _needed(len(words)))
        for row, lead, words in rows
        if len(words) >= 3  # noqa: PLR2004
    ]
    by_lead: dict[str, list[int]] = {}
    for i, (_, lead, _, _) in enumerate(checked):
        by_lead.setdefault(lead.key, []).append(i)
    unmatched: list[int] = []
    for key, members in by_lead.items():
        own = led_by.get(key)
        if not own:
            unmatched.extend(members)
            continue
        held = [checked[i][2] for i in members]
        wanted: set[tuple[str, str]] = set().union(*held)
        own_pairs = [wanted.intersection(pairwise(task_words(k))) for k in own]
        needs = [checked[i][3] for i in members]
        found = _closest(held, needs, own_pairs)
        unmatched.extend(i for i, (k, _) in zip(members, found, strict=True) if k < 0)
    if unmatched:
        every = [task_words(k) for k in range(len(candidates))]
        rest = [checked[i] for i in sorted(unmatched)]
        _report_other_leads(ctx, rest, candidates, every)


def _needed(size: int) -> int:
    """The fewest of *size* word pairs that make the same work (60%).

    >>> _needed(10), _needed(3), _needed(7)
    (6, 2, 5)
    """
    share, whole = _SAME_WORK
    return -(-size * share // whole)


def _report_other_leads(
    ctx: Context,
    rows: list[tuple[Task, Agency, frozenset[tuple[str, str]], int]],
    candidates: list[Task],
    task_words: list[list[str]],
) -> None:
    """Report rows whose work the body gives only to other agencies.

    *task_words* holds each candidate task's words, in order.
    """
    # Only pairs some row has can decide a match: a task keeps just those,
    # gathered straight from its words without a set of all its pairs.
    wanted: set[tuple[str, str]] = set().union(*(held for _, _, held, _ in rows))
    cand_words = [wanted.intersection(pairwise(w)) for w in task_words]
    # A row with too few of its pairs anywhere in the body matches no task.
    anywhere = set().union(*cand_words)
    rows = [row for row in rows if len(row[2] & anywhere) >= row[3]]
    held_by_rows = [words for _, _, words, _ in rows]
    for (row, lead, _, _), (k, _) in zip(
        rows,
        _closest(held_by_rows, [need for *_, need in rows], cand_words),
        strict=True,
    ):
        best = candidates[k] if k >= 0 else None
        if best is None or best.lead is None or _agree(best.lead, lead):
            continue
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
