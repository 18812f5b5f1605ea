"""Plain views of model values shared by the subcommands and the demo."""

from __future__ import annotations

import shutil
import textwrap
from collections import Counter
from typing import TYPE_CHECKING

from kttt.model import Severity

if TYPE_CHECKING:
    from datetime import date

    from kttt.model import Agency, Deadline, Document, DocumentRef, Target, Task

__all__ = [
    "TASK_COLUMNS",
    "agency_names",
    "deadline_window",
    "describe",
    "diagnostic_counts",
    "document_label",
    "labelled",
    "short_label",
    "target_text",
    "task_record",
]


TASK_COLUMNS = (
    "document",
    "id",
    "number",
    "origin",
    "group",
    "lead",
    "lead_key",
    "coordinators",
    "deadline",
    "deadline_start",
    "deadline_end",
    "inferred",
    "line",
    "text",
)
"""Columns of :func:`task_record`, in order; ``kttt tasks --format csv`` writes them."""


def document_label(ref: DocumentRef) -> str:
    """Cite *ref* the Vietnamese way, falling back to its key.

    >>> from kttt.model import DocKind, DocumentNumber, DocumentRef
    >>> document_label(DocumentRef(kind=DocKind.QUYET_DINH, number=DocumentNumber.parse("2699/QĐ-UBND")))
    'Quyết định số 2699/QĐ-UBND'
    """
    return str(ref) or ref.key


def short_label(ref: DocumentRef) -> str:
    """A numbered document's key (``134/NQ-CP``); else the citation, as a law has no number.

    >>> from kttt.model import DocKind, DocumentRef
    >>> short_label(DocumentRef(kind=DocKind.LUAT, title="Hợp tác xã", year=2012))
    'Luật Hợp tác xã năm 2012'
    """
    return ref.key if ref.number is not None else document_label(ref)


def agency_names(agencies: tuple[Agency, ...] | Agency | None) -> str:
    """Names joined by ``;``, or empty for none.

    >>> agency_names(None)
    ''
    """
    if agencies is None:
        return ""
    if not isinstance(agencies, tuple):
        return agencies.name
    return "; ".join(a.name for a in agencies)


def deadline_window(deadline: Deadline | None) -> tuple[date | None, date | None]:
    """The first and last day a deadline covers, ``(None, None)`` when it has none.

    >>> deadline_window(None)
    (None, None)
    """
    if deadline is None:
        return None, None
    return deadline.start, deadline.end


def target_text(target: Target) -> str:
    """A target's bound as a short phrase: ``>= 25 %``.

    >>> from decimal import Decimal
    >>> from kttt.model import Comparator, Target
    >>> target_text(Target(text="ít nhất 25%", indicator="x", comparator=Comparator.IT_NHAT, value=Decimal(25), unit="%"))
    '>= 25 %'
    """
    unit = f" {target.unit}" if target.unit else ""
    return f"{target.comparator.value} {target.value}{unit}"


def diagnostic_counts(doc: Document) -> str:
    """How many diagnostics of each severity: ``2 warnings, 1 info``.

    >>> from kttt.model import DocKind, Document, DocumentRef
    >>> diagnostic_counts(Document(ref=DocumentRef(kind=DocKind.QUYET_DINH)))
    'none'
    """
    counts = Counter(d.severity for d in doc.diagnostics)
    parts = []
    for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        n = counts[severity]
        if n:
            word = (
                severity.value
                if n == 1 or severity is Severity.INFO
                else f"{severity.value}s"
            )
            parts.append(f"{n} {word}")
    return ", ".join(parts) or "none"


def _when(doc: Document) -> str:
    when = doc.ref.when
    return "" if when is None else str(when)


def describe(doc: Document) -> list[tuple[str, str]]:
    """What a document is and holds, as label and value pairs.

    >>> from kttt.model import DocKind, Document, DocumentRef
    >>> describe(Document(ref=DocumentRef(kind=DocKind.QUYET_DINH)))[0]
    ('document', 'Quyết định')
    """
    rows: list[tuple[str, str]] = [("document", document_label(doc.ref))]
    if doc.ref.title:
        rows.append(("title", doc.ref.title))
    rows.extend(
        [
            ("issued", _when(doc)),
            ("issuer", doc.issuer.name if doc.issuer else ""),
            ("province", doc.province or ""),
            ("effective", str(doc.effective or "")),
        ]
    )
    if doc.signer is not None:
        signer = ", ".join(
            p
            for p in (doc.signer.name, doc.signer.title, doc.signer.capacity.value)
            if p
        )
        rows.append(("signer", signer))
    if doc.inferred:
        rows.append(("inferred", ", ".join(sorted(doc.inferred))))
    rows.extend(("based on", document_label(b.ref)) for b in doc.legal_bases)
    rows.extend(
        (
            r.kind.value.replace("_", " "),
            (f"{short_label(r.source)} → " if r.source is not None else "")
            + document_label(r.target)
            + (f" (from {r.effective})" if r.effective else ""),
        )
        for r in doc.relations
        if r.kind.value != "based_on"
    )
    if doc.proposal is not None:
        by = doc.proposal.by.name if doc.proposal.by else ""
        ref = f" ({document_label(doc.proposal.ref)})" if doc.proposal.ref else ""
        rows.append(("proposed by", by + ref))
    plan = doc.plan
    if plan is not None:
        origins = Counter(t.origin.value for t in plan.tasks)
        split = ", ".join(f"{n} {o}" for o, n in sorted(origins.items()))
        rows.extend(
            [
                ("plan", f"{document_label(plan.ref)}: {plan.title}"),
                ("tasks", f"{len(plan.tasks)}" + (f" ({split})" if split else "")),
                ("targets", str(len(plan.targets))),
                ("reporting duties", str(len(plan.reporting))),
            ]
        )
    rows.append(("diagnostics", diagnostic_counts(doc)))
    return [(label, value or "-") for label, value in rows]


def labelled(rows: list[tuple[str, str]], *, indent: str = "  ") -> str:
    """Label and value pairs as aligned lines, long values wrapped to the terminal.

    >>> print(labelled([("document", "Quyết định số 2699/QĐ-UBND"), ("tasks", "104")]))
      document  Quyết định số 2699/QĐ-UBND
      tasks     104
    """
    width = max((len(label) for label, _ in rows), default=0)
    columns = max(shutil.get_terminal_size((100, 24)).columns, 60)
    lead = f"{indent}{' ' * width}  "
    lines = []
    for label, value in rows:
        first = f"{indent}{label:<{width}}  "
        lines.extend(
            textwrap.wrap(
                value,
                columns - 1,
                initial_indent=first,
                subsequent_indent=lead,
                break_on_hyphens=False,
            )
            or [first.rstrip()]
        )
    return "\n".join(lines)


def task_record(document: str, task: Task) -> dict[str, str | int | None]:
    """One task as a flat record with stable column names, for CSV and JSON.

    >>> from kttt.model import Task, TaskOrigin
    >>> task_record("2699/QĐ-UBND", Task(id="appendix/i-1", origin=TaskOrigin.APPENDIX, text="Tuyên truyền"))["lead"]
    ''
    """
    start, end = deadline_window(task.deadline)
    return {
        "document": document,
        "id": task.id,
        "number": task.number,
        "origin": task.origin.value,
        "group": task.group,
        "lead": agency_names(task.lead),
        "lead_key": task.lead.key if task.lead else None,
        "coordinators": agency_names(task.coordinators),
        "deadline": str(task.deadline) if task.deadline is not None else None,
        "deadline_start": start.isoformat() if start else None,
        "deadline_end": end.isoformat() if end else None,
        "inferred": ", ".join(sorted(task.inferred)),
        "line": task.line,
        "text": task.text,
    }
