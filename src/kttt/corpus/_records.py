"""The corpus as tables: plain-dict records with stable, documented columns."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kttt.corpus import _due
from kttt.corpus._table import Column, ColumnType
from kttt.corpus._tasks import TASK_COLUMNS, task_record

if TYPE_CHECKING:
    from kttt.corpus._corpus import Corpus

__all__ = ["TABLES"]

_S, _I, _F = ColumnType.STRING, ColumnType.INT, ColumnType.FLOAT
_B, _D, _C, _L = ColumnType.BOOL, ColumnType.DATE, ColumnType.CATEGORY, ColumnType.LIST

TABLES: dict[str, tuple[Column, ...]] = {
    "documents": (
        Column("key", _S, "the document's key in the corpus"),
        Column("kind", _C, "kind slug (quyet_dinh, ke_hoach, nghi_quyet, ...)"),
        Column("number", _S, "number and symbol as written (2699/QĐ-UBND)"),
        Column("issued", _D, "date of issue"),
        Column("year", _I, "year of issue"),
        Column("issuer", _S, "issuing authority"),
        Column("title", _S, "subject (trích yếu)"),
        Column("province", _S, "province, for provincial documents"),
        Column("place", _S, "place of signing"),
        Column("effective", _D, "date it takes effect"),
        Column(
            "has_text",
            _B,
            "whether the corpus holds its text (else known from references)",
        ),
        Column("source", _S, "where its text came from (a file name)"),
        Column("plan", _S, "key of its attached plan"),
        Column("tasks", _I, "number of tasks in its plan"),
        Column("targets", _I, "number of targets in its plan"),
        Column("diagnostics", _I, "number of diagnostics"),
        Column("signer", _S, "name of the signer"),
    ),
    "relations": (
        Column("source", _S, "key of the document the relation goes from"),
        Column("kind", _C, "relation slug (based_on, implements, repeals, ...)"),
        Column("target", _S, "key of the document the relation goes to"),
        Column("effective", _D, "from when the relation takes effect, when stated"),
        Column("stated_by", _S, "key of the document whose text states the relation"),
        Column("text", _S, "the clause that states it, as written"),
        Column("line", _I, "line of that clause in the stating document"),
    ),
    "tasks": TASK_COLUMNS,
    "targets": (
        Column("document", _S, "key of the document that holds the plan"),
        Column("indicator", _S, "what is measured"),
        Column("comparator", _C, "at least (>=), more than (>), about (~), ..."),
        Column("value", _F, "the number"),
        Column("unit", _S, "% or a counted noun"),
        Column("horizon", _I, "the year by which it is due"),
        Column("per_year", _B, "whether it is a yearly target"),
        Column("text", _S, "the clause as written"),
        Column("line", _I, "line of the clause"),
    ),
    "reporting": (
        Column("document", _S, "key of the document that holds the plan"),
        Column("by", _L, "names of the agencies that report"),
        Column("by_keys", _L, "their keys"),
        Column("to", _L, "names of the agencies reported to"),
        Column("to_keys", _L, "their keys"),
        Column("deadline", _S, "the deadline in canonical Vietnamese"),
        Column("recurring", _B, "whether the duty recurs"),
        Column("text", _S, "the clause as written"),
        Column("line", _I, "line of the clause"),
    ),
    "agencies": (
        Column("key", _S, "stable key of the agency"),
        Column("name", _S, "canonical name"),
        Column("kind", _C, "kind slug (department, board, group, ...)"),
        Column("is_group", _B, "whether it is a collective (các sở, ban, ngành)"),
        Column("province", _S, "province, for provincial bodies"),
        Column("known", _B, "whether the registry knows it"),
        Column("lead_tasks", _I, "tasks it leads"),
        Column("coordinator_tasks", _I, "tasks it coordinates"),
    ),
    "diagnostics": (
        Column("document", _S, "key of the document it is about"),
        Column("code", _C, "stable kebab-case code"),
        Column("severity", _C, "info, warning or error"),
        Column("message", _S, "what was noticed"),
        Column("line", _I, "line of the input"),
        Column("text", _S, "the input text it is about"),
    ),
}
"""Every table :meth:`kttt.Corpus.to_records` makes, with its columns in order."""


def records(corpus: Corpus, table: str) -> list[dict[str, Any]]:
    """The rows of *table*; see :data:`TABLES` for the names and columns.

    Raises:
        ValueError: *table* is not one of :data:`TABLES`.
    """
    maker = _MAKERS.get(table)
    if maker is None:
        msg = f"unknown table {table!r}; expected one of {sorted(TABLES)}"
        raise ValueError(msg)
    return maker(corpus)


def _documents(corpus: Corpus) -> list[dict[str, Any]]:
    rows = []
    for key, ref in corpus.refs.items():
        doc = corpus.documents.get(key)
        plan = doc.plan if doc is not None else None
        rows.append(
            {
                "key": key,
                "kind": ref.kind.value,
                "number": str(ref.number) if ref.number is not None else None,
                "issued": ref.issued,
                "year": ref.issued.year if ref.issued is not None else ref.year,
                "issuer": ref.issuer,
                "title": ref.title,
                "province": doc.province if doc is not None else None,
                "place": doc.place if doc is not None else None,
                "effective": corpus.effective(key),
                "has_text": doc is not None,
                "source": doc.source if doc is not None else None,
                "plan": plan.ref.key if plan is not None else None,
                "tasks": len(plan.tasks) if plan is not None else 0,
                "targets": len(plan.targets) if plan is not None else 0,
                "diagnostics": len(doc.diagnostics) if doc is not None else 0,
                "signer": doc.signer.name if doc is not None and doc.signer else None,
            }
        )
    return rows


def _relations(corpus: Corpus) -> list[dict[str, Any]]:
    return [
        {
            "source": e.source,
            "kind": e.kind.value,
            "target": e.target,
            "effective": e.effective,
            "stated_by": e.stated_by,
            "text": e.text,
            "line": e.line,
        }
        for e in corpus.relations
    ]


def _tasks(corpus: Corpus) -> list[dict[str, Any]]:
    index = corpus._index  # noqa: SLF001 - one package
    return [task_record(index, i) for i in range(len(index))]


def _targets(corpus: Corpus) -> list[dict[str, Any]]:
    return [
        {
            "document": key,
            "indicator": t.indicator,
            "comparator": t.comparator.value,
            "value": float(t.value),
            "unit": t.unit,
            "horizon": t.horizon,
            "per_year": t.per_year,
            "text": t.text,
            "line": t.line,
        }
        for key, doc in corpus.documents.items()
        if doc.plan is not None
        for t in doc.plan.targets
    ]


def _reporting(corpus: Corpus) -> list[dict[str, Any]]:
    return [
        {
            "document": key,
            "by": [a.name for a in r.by],
            "by_keys": [a.key for a in r.by],
            "to": [a.name for a in r.to],
            "to_keys": [a.key for a in r.to],
            "deadline": str(r.deadline) if r.deadline is not None else None,
            "recurring": _due.is_recurring(r.deadline),
            "text": r.text,
            "line": r.line,
        }
        for key, doc in corpus.documents.items()
        if doc.plan is not None
        for r in doc.plan.reporting
    ]


def _agencies(corpus: Corpus) -> list[dict[str, Any]]:
    index = corpus._index  # noqa: SLF001 - one package
    counts = index.lead_counts()
    return [
        {
            "key": a.key,
            "name": a.name,
            "kind": a.kind.value,
            "is_group": a.is_group,
            "province": a.province,
            "known": a.known,
            "lead_tasks": counts[p][0],
            "coordinator_tasks": counts[p][1],
        }
        for p, a in enumerate(index.agencies)
    ]


def _diagnostics(corpus: Corpus) -> list[dict[str, Any]]:
    return [
        {
            "document": key,
            "code": d.code,
            "severity": d.severity.value,
            "message": d.message,
            "line": d.line,
            "text": d.text,
        }
        for key, d in corpus.diagnostics
    ]


_MAKERS = {
    "documents": _documents,
    "relations": _relations,
    "tasks": _tasks,
    "targets": _targets,
    "reporting": _reporting,
    "agencies": _agencies,
    "diagnostics": _diagnostics,
}
