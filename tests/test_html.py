"""Notebook HTML: documents, plans, task lists and corpora as compact, escaped tables."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser
from typing import Any, TypeVar

import kttt
from kttt.model import (
    Agency,
    AgencyKind,
    DocKind,
    Document,
    DocumentNumber,
    DocumentRef,
    Plan,
    Relation,
    RelationKind,
    Task,
    TaskOrigin,
)
from kttt.model._html import corpus_html, document_html, plan_html, tasks_html


class _Cells(HTMLParser):
    """Collects the text of every table cell, and checks tags are balanced."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self.open: list[str] = []
        self._in_cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Track open tags."""
        del attrs
        self.open.append(tag)
        if tag in {"td", "th"}:
            self.cells.append("")
            self._in_cell = True

    def handle_endtag(self, tag: str) -> None:
        """Close the matching tag."""
        assert self.open.pop() == tag
        if tag in {"td", "th"}:
            self._in_cell = False

    def handle_data(self, data: str) -> None:
        """Keep the text of cells."""
        if self._in_cell:
            self.cells[-1] += data


def cells(html: str) -> list[str]:
    """The text of each cell; fails on unbalanced tags."""
    parser = _Cells()
    parser.feed(html)
    parser.close()
    assert parser.open == []
    return parser.cells


T = TypeVar("T")


def build(cls: type[T], **fields: Any) -> T:
    """Construct a model value from keyword fields.

    The attrs mypy plugin mistypes fields with ``converter=tuple``, so the
    fields go through ``Any``.
    """
    return cls(**fields)


LEAD = Agency(key="son-la/so-noi-vu", name="Sở Nội vụ", kind=AgencyKind.SO)
TASKS = tuple(
    Task(
        id=f"appendix/i-{n}",
        number=f"I.{n}",
        origin=TaskOrigin.APPENDIX,
        text=f"Tuyên truyền <b>Nghị quyết</b> & Kết luận số {n}",
        lead=LEAD,
        deadline=kttt.parse_deadline("Hằng năm"),
    )
    for n in range(1, 8)
)
PLAN = build(
    Plan,
    ref=DocumentRef(kind=DocKind.CHUONG_TRINH),
    title="Chương trình hành động thực hiện Nghị quyết số 134/NQ-CP",
    tasks=TASKS,
)
DOC = build(
    Document,
    ref=DocumentRef(
        kind=DocKind.QUYET_DINH,
        number=DocumentNumber.parse("2699/QĐ-UBND"),
        issued=date(2020, 12, 4),
    ),
    province="Sơn La",
    relations=(
        Relation(
            kind=RelationKind.IMPLEMENTS,
            target=DocumentRef(
                kind=DocKind.NGHI_QUYET, number=DocumentNumber.parse("134/NQ-CP")
            ),
        ),
    ),
    plan=PLAN,
)


def test_tasks_escape_and_keep_vietnamese() -> None:
    """Markup in task text is escaped; the letters stay as written."""
    html = tasks_html(TASKS[:1])

    assert cells(html) == [
        "Number",
        "Lead",
        "Coordinators",
        "Deadline",
        "Task",
        "I.1",
        "Sở Nội vụ",
        "",
        "Hằng năm",
        "Tuyên truyền <b>Nghị quyết</b> & Kết luận số 1",
    ]
    assert "&lt;b&gt;" in html


def test_tasks_limit_says_how_many_are_left_out() -> None:
    """Past the limit, one row says how many more there are."""
    html = tasks_html(TASKS, limit=3)

    assert cells(html)[-1] == "… and 4 more"
    assert html.count("<tr>") == 1 + 3 + 1


def test_tasks_with_documents_column() -> None:
    """Document keys, when given, fill a first column."""
    html = tasks_html(TASKS[:2], documents=["2699/QĐ-UBND", "2699/QĐ-UBND"])

    assert cells(html)[:2] == ["Document", "Number"]
    assert cells(html)[6] == "2699/QĐ-UBND"


def test_long_text_is_cut_with_the_whole_in_a_title() -> None:
    """A long cell is shortened, and its full text is kept for hovering."""
    long = Task(id="body/1", origin=TaskOrigin.BODY, text="Hợp tác xã " * 40)

    html = tasks_html([long])

    assert cells(html)[-1].endswith("…")
    assert f'title="{long.text}"' in html


def test_plan_html_counts_and_tasks() -> None:
    """A plan shows its title, counts and first tasks."""
    html = plan_html(PLAN, limit=2)

    found = cells(html)
    assert "Chương trình hành động thực hiện Nghị quyết số 134/NQ-CP" in found
    assert "7 appendix" in found
    assert "… and 5 more" in found


def test_document_html_and_repr_hook() -> None:
    """A document shows what it is and what it implements; the model's hook uses it."""
    html = document_html(DOC)

    assert html == DOC._repr_html_()
    found = cells(html)
    assert "Quyết định số 2699/QĐ-UBND ngày 4/12/2020" in found
    assert "Nghị quyết số 134/NQ-CP" in found
    assert "Sơn La" in found


def test_plan_repr_hook() -> None:
    """Plan._repr_html_ renders through plan_html."""
    assert PLAN._repr_html_() == plan_html(PLAN)


def test_corpus_html_one_row_per_document() -> None:
    """Each document is one row, with its counts."""
    html = corpus_html([DOC, DOC], caption="Hai văn bản")

    found = cells(html)
    assert found.count("2699/QĐ-UBND") == 2
    assert "Hai văn bản" in html
    assert found[8:12] == ["2699/QĐ-UBND", "quyet_dinh", "2020-12-04", "Sơn La"]
