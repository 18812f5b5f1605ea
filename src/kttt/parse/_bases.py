"""The preamble (*phần căn cứ*): legal bases, implemented documents, the proposal."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from attrs import define, field

from kttt.model import (
    DocKind,
    DocumentRef,
    LegalBasis,
    Proposal,
    Relation,
    RelationKind,
    Severity,
)
from kttt.parse._phrases import strip_titles
from kttt.parse._relations import relations_in

if TYPE_CHECKING:
    from kttt.parse._context import Context
    from kttt.parse._lines import Line

__all__ = ["CAN_CU", "DE_NGHI", "THUC_HIEN", "Preamble", "read_preamble"]

CAN_CU = re.compile(r"^Căn\s+cứ\b\s*", re.IGNORECASE)
THUC_HIEN = re.compile(
    r"^(?:Thực\s+hiện|Để\s+triển\s+khai|Triển\s+khai)\b", re.IGNORECASE
)
DE_NGHI = re.compile(
    r"^(?:Theo|Xét)\s+(?:đề\s+nghị|Tờ\s+trình|tờ\s+trình)\b", re.IGNORECASE
)
# A clause of a "Căn cứ" line starts with a kind word; other pieces between
# semicolons belong to the clause before them.
_CLAUSE_HEAD = re.compile(
    r"^(?:Căn\s+cứ\s+)?(?:Hiến\s+pháp|Bộ\s+luật|Luật|Pháp\s+lệnh|Nghị\s+quyết|Nghị\s+định"
    r"|Quyết\s+định|Thông\s+tư|Chỉ\s+thị|Kết\s+luận|Kế\s+hoạch|Chương\s+trình|Công\s+văn"
    r"|Văn\s+bản|Thông\s+báo|Hướng\s+dẫn|Quy\s+định|Đề\s+án)\b"
)
_PROPOSER = re.compile(
    r"đề\s+nghị\s+của\s+(?P<who>.+?)(?:\s+tại\s+|\s*[,;.(]|$)", re.IGNORECASE
)
_SUBMITTED_BY = re.compile(
    r"(?:Tờ\s+trình|Công\s+văn|Văn\s+bản)\s.*?\bcủa\s+(?P<who>.+?)(?:\s+về\s+|\s*[,;.(]|$)",
    re.IGNORECASE,
)


@define
class Preamble:
    """What the preamble says.

    >>> Preamble().bases
    []
    """

    bases: list[LegalBasis] = field(factory=list)
    relations: list[Relation] = field(factory=list)
    proposal: Proposal | None = None


def _clauses(text: str) -> list[tuple[int, str]]:
    """Cut a "Căn cứ" paragraph into clauses, each with its offset."""
    out: list[tuple[int, str]] = []
    pos = 0
    for piece in text.split(";"):
        stripped = piece.strip()
        offset = pos + (len(piece) - len(piece.lstrip()))
        if stripped and (not out or _CLAUSE_HEAD.match(stripped)):
            out.append((offset, stripped))
        elif stripped:
            start, _ = out[-1]
            out[-1] = (start, text[start : offset + len(stripped)])
        pos += len(piece) + 1
    return out


def _bases(ctx: Context, line: Line, pre: Preamble) -> None:
    text = CAN_CU.sub("", line.text, count=1)
    for _, clause in _clauses(text):
        rels, cites = relations_in(ctx, clause, line.no, head=RelationKind.BASED_ON)
        if not cites or cites[0].span[0] > 3:  # noqa: PLR2004
            ctx.note(
                "unread-reference",
                "a legal basis names no document kttt can read",
                line.no,
                Severity.WARNING,
                clause,
            )
            continue
        pre.bases.append(LegalBasis(ref=cites[0].ref, text=clause, line=line.no))
        pre.relations.extend(rels)


def _proposal(ctx: Context, line: Line) -> Proposal:
    text = line.text
    by = None
    m = _PROPOSER.search(text) or _SUBMITTED_BY.search(text)
    if m is not None:
        who = strip_titles(m["who"].strip())
        if who:
            by = ctx.agency(who)
    cites = ctx.cites(text, line.no)
    ref: DocumentRef | None = cites[0].ref if cites else None
    if ref is None:
        ctx.note(
            "unread-reference",
            "the proposal names no document kttt can read",
            line.no,
            Severity.INFO,
            text,
        )
    elif ref.kind is DocKind.VAN_BAN and ref.number is None:
        ref = None
    return Proposal(by=by, ref=ref, text=text, line=line.no)


def read_preamble(ctx: Context, lines: list[Line]) -> tuple[Preamble, list[Line]]:
    """Read the preamble's lines; return what was read and the lines left over.

    A line that begins in lower case continues the line before it (a page
    break or a web page cut the clause).
    """
    pre = Preamble()
    left: list[Line] = []
    joined: list[tuple[Line, list[int]]] = []
    for line in lines:
        if line.blank:
            continue
        if joined and line.text[:1].islower():
            first, nos = joined[-1]
            merged = type(first)(
                first.no,
                f"{first.text} {line.text}",
                first.raw,
                first.cells,
                bold=first.bold,
            )
            joined[-1] = (merged, [*nos, line.no])
            continue
        joined.append((line, [line.no]))
    for line, nos in joined:
        if CAN_CU.match(line.text):
            _bases(ctx, line, pre)
        elif THUC_HIEN.match(line.text):
            rels, _ = relations_in(
                ctx, line.text, line.no, head=RelationKind.IMPLEMENTS
            )
            pre.relations.extend(rels)
        elif DE_NGHI.match(line.text):
            pre.proposal = _proposal(ctx, line)
        else:
            left.append(line)
            continue
        ctx.read_all(nos)
    return pre, left
