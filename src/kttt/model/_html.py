"""Compact HTML tables for notebooks (``_repr_html_``), Vietnamese kept as is.

Every value is escaped; long texts are cut with an ellipsis (the full text is
in the ``title`` attribute, shown on hover); long tables show their first
rows and say how many were left out.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from kttt.model._document import Document
    from kttt.model._plan import Plan
    from kttt.model._task import Task

__all__ = ["corpus_html", "document_html", "plan_html", "tasks_html"]

_STYLE = (
    "border-collapse:collapse;font-size:0.9em;text-align:left;margin:0.2em 0 0.6em 0"
)
_CELL = "padding:2px 8px;vertical-align:top;text-align:left"
_MAX_CHARS = 120


def _cell(value: object, *, tag: str = "td", limit: int = _MAX_CHARS) -> str:
    text = "" if value is None else " ".join(str(value).split())
    if len(text) > limit:
        short = text[: limit - 1].rstrip() + "…"
        return f'<{tag} style="{_CELL}" title="{escape(text)}">{escape(short)}</{tag}>'
    return f'<{tag} style="{_CELL}">{escape(text)}</{tag}>'


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    caption: str | None = None,
    total: int | None = None,
) -> str:
    """An HTML table; *total* > ``len(rows)`` adds a line saying how many are left out."""
    parts = [f'<table class="kttt" style="{_STYLE}">']
    if caption:
        parts.append(
            f'<caption style="text-align:left;font-weight:bold">{escape(caption)}</caption>'
        )
    parts.append(
        "<thead><tr>" + "".join(_cell(h, tag="th") for h in headers) + "</tr></thead>"
    )
    parts.append("<tbody>")
    parts.extend("<tr>" + "".join(_cell(v) for v in row) + "</tr>" for row in rows)
    if total is not None and total > len(rows):
        more = f"… and {total - len(rows)} more"
        parts.append(
            f'<tr><td style="{_CELL}" colspan="{len(headers)}"><i>{escape(more)}</i></td></tr>'
        )
    parts.append("</tbody></table>")
    return "".join(parts)


def tasks_html(
    tasks: Iterable[Task],
    *,
    documents: Sequence[str] | None = None,
    limit: int = 50,
    caption: str | None = None,
) -> str:
    """Tasks as an HTML table: number, lead (*chủ trì*), coordinators, deadline, text.

    *documents*, when given, is the key of each task's document, in the same
    order, and adds a first column.  Only the first *limit* rows are shown.

    >>> from kttt.model._task import Task, TaskOrigin
    >>> html = tasks_html([Task(id="appendix/i-1", number="I.1", origin=TaskOrigin.APPENDIX, text="Tuyên truyền <Nghị quyết>")])
    >>> "Tuyên truyền &lt;Nghị quyết&gt;" in html, html.startswith("<table")
    (True, True)
    """
    all_tasks = list(tasks)
    keys = list(documents) if documents is not None else None
    rows: list[list[object]] = []
    for i, t in enumerate(all_tasks[:limit]):
        row: list[object] = [] if keys is None else [keys[i] if i < len(keys) else ""]
        row.extend(
            [
                t.number or t.id,
                t.lead.name if t.lead else "",
                "; ".join(a.name for a in t.coordinators),
                "" if t.deadline is None else str(t.deadline),
                t.text,
            ]
        )
        rows.append(row)
    headers = ["Number", "Lead", "Coordinators", "Deadline", "Task"]
    if keys is not None:
        headers.insert(0, "Document")
    text = caption if caption is not None else f"{len(all_tasks)} tasks"
    return _table(headers, rows, caption=text, total=len(all_tasks))


def _targets_html(plan: Plan, limit: int) -> str:
    rows = [
        [
            f"{t.comparator.value} {t.value}{' ' + t.unit if t.unit else ''}",
            t.horizon,
            "yes" if t.per_year else "",
            t.indicator,
        ]
        for t in plan.targets[:limit]
    ]
    return _table(
        ["Target", "By", "Yearly", "Indicator"],
        rows,
        caption=f"{len(plan.targets)} targets",
        total=len(plan.targets),
    )


def plan_html(plan: Plan, *, limit: int = 20) -> str:
    """A plan (*kế hoạch*) as HTML: title, counts, then its tasks and targets.

    >>> from kttt.model._number import DocKind
    >>> from kttt.model._plan import Plan
    >>> from kttt.model._ref import DocumentRef
    >>> "Kế hoạch" in plan_html(Plan(ref=DocumentRef(kind=DocKind.KE_HOACH), title="Kế hoạch triển khai"))
    True
    """
    origins = Counter(t.origin.value for t in plan.tasks)
    head = _table(
        ["", ""],
        [
            ["plan", str(plan.ref) or plan.ref.key],
            ["title", plan.title],
            ["tasks", ", ".join(f"{n} {o}" for o, n in sorted(origins.items())) or "0"],
            ["targets", len(plan.targets)],
            ["reporting duties", len(plan.reporting)],
        ],
    )
    parts = [head]
    if plan.tasks:
        parts.append(tasks_html(plan.tasks, limit=limit))
    if plan.targets:
        parts.append(_targets_html(plan, limit))
    return "<div>" + "".join(parts) + "</div>"


def document_html(doc: Document) -> str:
    """A document as HTML: what it is, its bases and relations, its plan's counts.

    >>> from kttt.model._document import Document
    >>> from kttt.model._number import DocKind, DocumentNumber
    >>> from kttt.model._ref import DocumentRef
    >>> html = document_html(Document(ref=DocumentRef(kind=DocKind.QUYET_DINH, number=DocumentNumber.parse("2699/QĐ-UBND"))))
    >>> "Quyết định số 2699/QĐ-UBND" in html
    True
    """
    rows: list[list[object]] = [["document", str(doc.ref) or doc.ref.key]]
    if doc.ref.title:
        rows.append(["title", doc.ref.title])
    rows.extend(
        [
            ["issuer", doc.issuer.name if doc.issuer else ""],
            ["province", doc.province or ""],
            ["effective", doc.effective or ""],
        ]
    )
    if doc.signer is not None:
        rows.append(
            ["signer", ", ".join(p for p in (doc.signer.name, doc.signer.title) if p)]
        )
    rows.extend(["based on", str(b.ref) or b.ref.key] for b in doc.legal_bases)
    rows.extend(
        [
            r.kind.value.replace("_", " ")
            + ("" if r.source is None else f" ({r.source.key})"),
            (str(r.target) or r.target.key)
            + ("" if r.effective is None else f", from {r.effective}"),
        ]
        for r in doc.relations
        if r.kind.value != "based_on"
    )
    if doc.plan is not None:
        origins = Counter(t.origin.value for t in doc.plan.tasks)
        rows.extend(
            [
                ["plan", doc.plan.title],
                [
                    "tasks",
                    ", ".join(f"{n} {o}" for o, n in sorted(origins.items())) or "0",
                ],
                ["targets", len(doc.plan.targets)],
            ]
        )
    severities = Counter(d.severity.value for d in doc.diagnostics)
    rows.append(
        [
            "diagnostics",
            ", ".join(f"{n} {s}" for s, n in sorted(severities.items())) or "none",
        ]
    )
    return _table(["", ""], rows, caption=doc.ref.key)


def corpus_html(
    documents: Iterable[Document], *, caption: str | None = None, limit: int = 50
) -> str:
    """Many documents as one HTML table, a row each.

    For :class:`kttt.Corpus` and similar collections: key, kind, date,
    province, plan title and counts of tasks, targets and diagnostics.

    >>> corpus_html([]).count("<tr>")
    1
    """
    docs = list(documents)
    rows = [
        [
            d.ref.key,
            d.ref.kind.value,
            d.ref.when or "",
            d.province or "",
            len(d.plan.tasks) if d.plan else "",
            len(d.plan.targets) if d.plan else "",
            len(d.diagnostics),
            d.plan.title if d.plan else (d.ref.title or ""),
        ]
        for d in docs[:limit]
    ]
    return _table(
        [
            "Document",
            "Kind",
            "Issued",
            "Province",
            "Tasks",
            "Targets",
            "Diagnostics",
            "Title",
        ],
        rows,
        caption=caption if caption is not None else f"{len(docs)} documents",
        total=len(docs),
    )
