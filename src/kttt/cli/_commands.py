"""The subcommands that read files: parse, check, tasks and graph."""

from __future__ import annotations

import csv
import io
import json
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import kttt
from kttt.cli._input import InputError, read_source
from kttt.cli._progress import Progress
from kttt.cli._render import table
from kttt.cli._views import (
    TASK_COLUMNS,
    describe,
    document_label,
    labelled,
    task_record,
)
from kttt.io import to_json
from kttt.model import RelationKind, Severity

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterable, Sequence
    from datetime import date

    from kttt.model import Document, DocumentRef, Task

Role = Literal["lead", "coordinator", "any"]

__all__ = ["load", "run_check", "run_graph", "run_parse", "run_tasks", "select_tasks"]


def load(files: Sequence[str]) -> list[tuple[str, Document]]:
    """Read and parse each file, with a progress bar for many files.

    Raises:
        InputError: a file cannot be read as text.
    """
    out: list[tuple[str, Document]] = []
    with Progress(len(files), sys.stderr) as bar:
        for name in files:
            source = read_source(name)
            if source.note:
                bar.note(f"kttt: note: {source.note}")
            out.append((name, kttt.parse(source.text, source=name)))
            bar.step(name)
    return out


def _write(text: str, output: str | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        msg = f"{output}: cannot write: {exc.strerror or exc}"
        raise InputError(msg) from None


def _summary(name: str, doc: Document) -> str:
    return f"{name}\n{labelled(describe(doc))}\n"


def run_parse(args: argparse.Namespace) -> int:
    """``kttt parse``: JSON (schema ``kttt/1``) or a readable summary."""
    loaded = load(args.files)
    output: str | None = args.output
    if output is not None and Path(output).is_dir():
        for name, doc in loaded:
            suffix = ".json" if args.format == "json" else ".txt"
            stem = Path(name).stem if name != "-" else "stdin"
            text = (
                to_json(doc, indent=2) + "\n"
                if args.format == "json"
                else _summary(name, doc)
            )
            _write(text, str(Path(output) / (stem + suffix)))
        return 0
    if args.format == "json":
        docs = [doc for _, doc in loaded]
        value: object = docs[0] if len(docs) == 1 else docs
        _write(to_json(value, indent=2) + "\n", output)
    else:
        _write("\n".join(_summary(name, doc) for name, doc in loaded), output)
    return 0


def run_check(args: argparse.Namespace) -> int:
    """``kttt check``: one diagnostic per line; status 1 when any is an error."""
    loaded = load(args.files)
    records = [
        {
            "file": name,
            "line": d.line,
            "severity": d.severity.value,
            "code": d.code,
            "message": d.message,
        }
        for name, doc in loaded
        for d in sorted(doc.diagnostics, key=lambda d: (d.line or 0, d.code))
    ]
    if args.format == "json":
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        for r in records:
            where = (
                f"{r['file']}:{r['line']}" if r["line"] is not None else f"{r['file']}"
            )
            sys.stdout.write(f"{where}: {r['severity']}: {r['code']}: {r['message']}\n")
    failed = any(
        d.severity is Severity.ERROR for _, doc in loaded for d in doc.diagnostics
    )
    return 1 if failed else 0


def select_tasks(
    documents: Sequence[Document],
    *,
    agency: str | None = None,
    role: Role = "any",
    exact: bool = False,
    due_before: date | None = None,
    overdue_on: date | None = None,
) -> list[tuple[str, Task]]:
    """Tasks of *documents* that pass the filters, with their document's key.

    Agency, role and overdue filters are the corpus's own (*exact* turns
    off the expansion of group agencies); *due_before* keeps tasks whose
    window ends before that day.
    """
    view = kttt.Corpus(documents).tasks(
        agency=agency,
        role=role if agency else "any",
        expand=not exact,
        overdue=overdue_on,
    )
    out: list[tuple[str, Task]] = []
    for key, task in view.pairs():
        end = task.deadline.end if task.deadline is not None else None
        if due_before is not None and (end is None or end >= due_before):
            continue
        out.append((key, task))
    return out


def _tasks_table(rows: Iterable[tuple[str, Task]]) -> str:
    body = [
        [
            doc,
            task.number or task.id,
            task.lead.name if task.lead else None,
            "; ".join(a.name for a in task.coordinators) or None,
            str(task.deadline) if task.deadline is not None else None,
            task.text,
        ]
        for doc, task in rows
    ]
    return table(
        ["Document", "No.", "Lead", "Coordinators", "Deadline", "Task"],
        body,
        max_widths={2: 34, 3: 30, 4: 20, 5: 60},
    )


def run_tasks(args: argparse.Namespace) -> int:
    """``kttt tasks``: who does what by when, filtered."""
    docs = [doc for _, doc in load(args.files)]
    rows = select_tasks(
        docs,
        agency=args.agency,
        role=args.role,
        exact=args.exact,
        due_before=args.due_before,
        overdue_on=args.overdue_on,
    )
    records = [task_record(doc, task) for doc, task in rows]
    if args.format == "json":
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=TASK_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
        sys.stdout.write(buffer.getvalue())
    else:
        sys.stdout.write(_tasks_table(rows) + f"\n\n{len(rows)} tasks\n")
    return 0


def _edges(
    documents: Sequence[Document], *, mentions: bool
) -> tuple[dict[str, DocumentRef], list[tuple[str, str, str]], set[str]]:
    nodes: dict[str, DocumentRef] = {}
    edges: list[tuple[str, str, str]] = []
    parsed = {d.ref.key for d in documents}
    for doc in documents:
        nodes.setdefault(doc.ref.key, doc.ref)
        for rel in doc.relations:
            if rel.kind is RelationKind.MENTIONS and not mentions:
                continue
            source = rel.source if rel.source is not None else doc.ref
            nodes.setdefault(source.key, source)
            nodes.setdefault(rel.target.key, rel.target)
            edge = (source.key, rel.target.key, rel.kind.value)
            if edge not in edges:
                edges.append(edge)
    return nodes, edges, parsed


def _dot_quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped + '"'


def _label(ref: DocumentRef) -> str:
    # Laws are cited by their whole title; wrapping keeps the boxes narrow.
    return "\n".join(textwrap.wrap(document_label(ref), 36)) or ref.key


def _dot(documents: Sequence[Document], *, mentions: bool) -> str:
    nodes, edges, parsed = _edges(documents, mentions=mentions)
    lines = [
        "digraph kttt {",
        "  rankdir=LR;",
        '  node [shape=box, fontname="sans-serif"];',
    ]
    for key, ref in nodes.items():
        style = ", style=bold" if key in parsed else ", style=dashed"
        lines.append(f"  {_dot_quote(key)} [label={_dot_quote(_label(ref))}{style}];")
    lines.extend(
        f"  {_dot_quote(a)} -> {_dot_quote(b)} [label={_dot_quote(kind)}];"
        for a, b, kind in edges
    )
    lines.append("}")
    return "\n".join(lines) + "\n"


def _mermaid_text(text: str) -> str:
    return text.replace('"', "#quot;").replace("\n", "<br>")


def _mermaid(documents: Sequence[Document], *, mentions: bool) -> str:
    nodes, edges, parsed = _edges(documents, mentions=mentions)
    ids = {key: f"d{i}" for i, key in enumerate(nodes)}
    lines = ["flowchart LR"]
    for key, ref in nodes.items():
        lines.append(f'  {ids[key]}["{_mermaid_text(_label(ref))}"]')
    lines.extend(f"  {ids[a]} -->|{kind}| {ids[b]}" for a, b, kind in edges)
    if parsed:
        lines.append("  classDef parsed stroke-width:3px")
        lines.append("  class " + ",".join(ids[k] for k in parsed) + " parsed")
    return "\n".join(lines) + "\n"


def run_graph(args: argparse.Namespace) -> int:
    """``kttt graph``: the documents and their relations, for Graphviz or Mermaid."""
    docs = [doc for _, doc in load(args.files)]
    draw = _dot if args.format == "dot" else _mermaid
    sys.stdout.write(draw(docs, mentions=args.mentions))
    return 0
