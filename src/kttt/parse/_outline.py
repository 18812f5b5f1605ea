"""The plan's outline: numbered headings (``I.``, ``1.``, ``1.1.``, ``a)``) and what lies under them.

Levels are not fixed by the numbering style: the first style seen opens a
level and a style seen again closes every level below it, so ``I.``/``1.``/
``a)`` and ``1.``/``1.1.``/``-`` and ``I``/``1)``/``a.`` and ``I-``/``1-`` all nest the way the
author meant.  Bullets (``-``, ``+``) and paragraphs are the text of the
heading above them.  A line that starts in lower case continues the text
before it: PDF page breaks and web pages cut sentences in two.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from attrs import define, field

from kttt.model import Section
from kttt.parse._body import agency_heading
from kttt.parse._header import is_upper
from kttt.parse._lines import UPPER
from kttt.parse._phrases import FIELD_START
from kttt.text import fold

if TYPE_CHECKING:
    from kttt.parse._context import Context
    from kttt.parse._lines import Line

__all__ = ["Item", "Node", "build_sections", "read_outline"]

# Party documents write "I-" and "1-"; a hyphen counts only before a capital,
# so that "5 - 7 hợp tác xã" stays text.
_ROMAN = re.compile(
    rf"^(?P<n>[IVXL]{{1,6}})(?:\s*[.):]\s*|\s*-\s+(?={UPPER})|\s+(?={UPPER}))(?P<t>\S.*)$"
)
_ROMAN_VALID = re.compile(
    r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$|^L?X{0,3}(?:IX|IV|V?I{0,3})$"
)
_DECIMAL = re.compile(
    r"^(?P<n>[0-9]{1,2}(?:\.[0-9]{1,2})*)"
    rf"(?:(?P<p>[.):])(?:\s+|(?={UPPER}|\*))|\s*(?P<h>-)\s+(?={UPPER})|\s+)(?P<t>\S.*)$"
)
_ALPHA = re.compile(r"^(?P<n>[a-zđ])\s*[).]\s+(?P<t>\S.*)$")
# "A. MỤC ĐÍCH, YÊU CẦU" / "B. NỘI DUNG": capital letters above the Roman
# numerals.  Letters that are Roman numerals themselves are read as those.
_LETTER = re.compile(rf"^(?P<n>[A-HJKM-UWYZĐ])\s*[.)]\s+(?P<t>{UPPER}.*)$")
# "Phần I", "PHẦN THỨ HAI", "Mục 1.", "Chương II": named divisions, their
# title after a stop or on the next line.
_DIVISION = re.compile(
    r"^(?P<w>Phần|Chương|Mục)\s+(?P<n>(?-i:[IVXL]{1,6})|[0-9]{1,2}|thứ\s+\w+)"
    r"(?:\s*[.:\-\u2013]\s*(?P<t>\S.*)|\s*[.:]?)$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^(?P<b>[-+•·*\u2013\u2014])\s*(?P<t>\S.*)$")
_PAGE_NUMBER = re.compile(
    r"^[-\s]*[0-9]{1,3}[-\s]*$|^Trang\s+[0-9]{1,3}(?:/[0-9]{1,3})?$", re.IGNORECASE
)
# A rule under a title ("-----", "***") separates; it says nothing.
_RULE = re.compile(r"^[-_=*~.\u2013\u2014\s]{3,}$")
# A fully bold line longer than this is emphasis, not a heading.
_BOLD_WORDS = 30
_INTRO = ("none", 0)
_DIVISION_RANK = {"phan": 0, "chuong": 1, "muc": 2}
# Words that open a section of the plan: "Mục đích: …" is a heading and its text.
_SECTION_LABEL = re.compile(
    r"^(?:mục\s+(?:đích|tiêu)|yêu\s+cầu|quan\s+điểm|chỉ\s+tiêu|tầm\s+nhìn|nhiệm\s+vụ|giải\s+pháp)\b",
    re.IGNORECASE,
)
# An agency's name, or a section label, is short.
_HEAD_WORDS = 14
_INLINE = re.compile(r"^(?P<head>[^:]{2,160}?)\s*:\s+(?P<rest>\S.{8,})$")


@define
class Item:
    """A paragraph or bullet under a heading, with the line it starts on."""

    text: str
    line: int
    bullet: bool = False
    inline: bool = False
    mark: str = ""
    """The bullet character (``-``, ``+``, ``*``), or ``""`` for a paragraph."""
    """True for the text after ``1.2. Sở …:`` on the heading's own line."""


@define(eq=False)
class Node:
    """A heading while the outline is being built."""

    number: str
    title: str
    line: int
    style: tuple[str, int]
    items: list[Item] = field(factory=list)
    children: list[Node] = field(factory=list)
    parent: Node | None = None

    def path(self) -> list[Node]:
        """This node and its ancestors, outermost first."""
        out: list[Node] = []
        node: Node | None = self
        while node is not None:
            out.append(node)
            node = node.parent
        return out[::-1]

    def walk(self) -> list[Node]:
        """This node and every node below it, in document order."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


def _heading(line: Line) -> tuple[tuple[str, int], str, str] | None:
    """Style, number and title when *line* is a heading."""
    text = line.text
    if text[:1] in "PpCcMm" and (m := _DIVISION.match(text)):
        return ("division", _DIVISION_RANK[fold(m["w"])]), m["n"], m["t"] or ""
    if m := _ROMAN.match(text):
        n = m["n"]
        if _ROMAN_VALID.match(n) and not (
            n in {"V", "X"} and text[len(n) : len(n) + 1] == "/"
        ):
            return ("roman", 0), n, m["t"]
    if m := _DECIMAL.match(text):
        n = re.sub(r"\s", "", m["n"])
        depth = n.count(".") + 1
        if (m["p"] or m["h"] or depth > 1) and not n.endswith("."):
            return ("decimal", depth), n, m["t"]
    if m := _ALPHA.match(text):
        return ("alpha", 0), m["n"], m["t"]
    if m := _LETTER.match(text):
        return ("letter", 0), m["n"], m["t"]
    if _BULLET.match(text):
        return None
    # Words are counted only for the few lines that could be such headings.
    if (
        line.bold
        and "**" in line.raw.strip()[:3] + line.raw.strip()[-3:]
        and len(text.split()) <= _BOLD_WORDS
    ):
        return ("bold", 0), "", text
    if (
        is_upper(text)
        and not text.endswith((".", ";", ","))
        and len(text.split()) <= 15  # noqa: PLR2004
    ):
        return ("upper", 0), "", text
    return None


def _splits(ctx: Context, head: str) -> bool:
    """Whether ``head: rest`` on a heading line is a heading and its text.

    Only when *head* names an agency (``1.2. Sở Thông tin và Truyền thông:
    Hướng dẫn …``) or a section (``1. Mục đích: …``); a field label
    (``Thời gian: Quý II/2023``) or the end of a sentence is part of the text.
    """
    head = head.strip()
    if len(head.split()) > _HEAD_WORDS or FIELD_START.match(f"{head}:"):
        return False
    if _SECTION_LABEL.match(head):
        return True
    if any(mark in head for mark in ".;"):
        return False
    return agency_heading(head) is not None or ctx.agency(head).known


def read_outline(ctx: Context, lines: list[Line]) -> list[Node]:
    """Build the outline tree from the plan body's lines; return the top nodes."""
    roots: list[Node] = []
    stack: list[Node] = []
    last: Item | Node | None = None
    for line in lines:
        if line.blank:
            continue
        text = line.text
        if _PAGE_NUMBER.match(text) or _RULE.match(text):
            ctx.read(line.no)
            continue
        head = _heading(line) if not text[:1].islower() or _ALPHA.match(text) else None
        if head is None:
            ctx.read(line.no)
            if text[:1].islower() and isinstance(last, Item):
                last.text = f"{last.text} {text}"
                continue
            if text[:1].islower() and isinstance(last, Node) and not last.items:
                last.title = f"{last.title} {text}"
                continue
            bullet = _BULLET.match(text)
            item = Item(
                bullet["t"] if bullet else text,
                line.no,
                bullet=bullet is not None,
                mark=bullet["b"] if bullet else "",
            )
            if stack:
                stack[-1].items.append(item)
                last = item
            else:
                node = Node("", "", line.no, _INTRO, items=[item])
                roots.append(node)
                stack.append(node)
                last = item
            continue
        style, number, title = head
        ctx.read(line.no)
        if (
            style[0] == "upper"
            and isinstance(last, Node)
            and last.style[0] == "division"
            and not last.title
        ):
            # "Phần I" on one line and "MỤC TIÊU" on the next.
            last.title = title
            continue
        if stack and stack[0].style == _INTRO:
            # Text before the first heading (an introduction) holds no headings.
            stack.clear()
        while stack and style in [n.style for n in stack]:
            if stack.pop().style == style:
                break
        parent = stack[-1] if stack else None
        node = Node(number, title, line.no, style, parent=parent)
        # Most headings hold no colon, and the lazy pattern is slow to fail.
        m = _INLINE.match(title) if ":" in title else None
        if m and _splits(ctx, m["head"]):
            node.title = m["head"].strip()
            node.items.append(Item(m["rest"].strip(), line.no, inline=True))
        siblings = parent.children if parent else roots
        if number and any(s.number == number for s in siblings):
            ctx.note(
                "duplicate-section-number",
                f"two sections are numbered {number!r} under the same heading",
                line.no,
                text=text,
            )
        siblings.append(node)
        stack.append(node)
        last = node.items[-1] if node.items else node
    return roots


def build_sections(nodes: list[Node], level: int = 1) -> tuple[Section, ...]:
    """Freeze the outline into model sections."""
    return tuple(
        Section(
            number=n.number,
            title=n.title or "",
            level=level,
            text=tuple(("- " if i.bullet else "") + i.text for i in n.items),
            children=build_sections(n.children, level + 1),
            line=n.line,
        )
        for n in nodes
    )
