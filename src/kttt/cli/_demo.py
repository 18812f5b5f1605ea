"""``kttt demo``: the library's main job, on the documents bundled with it."""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

import kttt
from kttt.cli._render import table
from kttt.cli._views import describe, diagnostic_counts, labelled, target_text

if TYPE_CHECKING:
    import argparse

    from kttt.model import Document

__all__ = ["render_demo", "run_demo"]


def _heading(number: int, title: str) -> str:
    text = f"{number}. {title}"
    return f"\n{text}\n{'=' * len(text)}\n"


def _documents(corpus: kttt.Corpus) -> list[tuple[str, Document]]:
    return list(corpus.documents.items())


def _validity(corpus: kttt.Corpus, key: str, as_of: date) -> str:
    validity = corpus.status(key, on=as_of)
    since = f" since {validity.since}" if validity.since else ""
    return validity.status.value.replace("_", " ") + since


def _overview(
    corpus: kttt.Corpus, docs: list[tuple[str, Document]], as_of: date
) -> str:
    rows = [
        [
            key,
            d.ref.kind.value,
            d.ref.when,
            d.province,
            _validity(corpus, key, as_of),
            len(d.plan.tasks) if d.plan else 0,
            len(d.plan.targets) if d.plan else 0,
            d.plan.title if d.plan else d.ref.title,
        ]
        for key, d in docs
    ]
    return table(
        [
            "Document",
            "Kind",
            "Issued",
            "Province",
            f"Validity on {as_of}",
            "Tasks",
            "Targets",
            "Plan",
        ],
        rows,
        right=[5, 6],
        max_widths={7: 50},
    )


def _details(docs: list[tuple[str, Document]]) -> str:
    return "\n\n".join(key + "\n" + labelled(describe(doc)) for key, doc in docs)


def _chains(corpus: kttt.Corpus, docs: list[tuple[str, Document]]) -> str:
    lines = []
    for key, _ in docs:
        chain = list(corpus.lineage(key))
        if not chain or chain[0] != key:
            chain.insert(0, key)
        lines.append("  " + " → ".join(chain))
    return "\n".join(lines)


def _by_lead(corpus: kttt.Corpus, docs: list[tuple[str, Document]]) -> str:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for key, task in corpus.tasks().pairs():
        lead = task.lead.name if task.lead else "(no lead named)"
        counts[lead][key] += 1
    keys = [key for key, d in docs if d.plan]
    rows = sorted(
        (
            [lead, sum(c.values()), *(c.get(k, 0) or "" for k in keys)]
            for lead, c in counts.items()
        ),
        key=lambda r: (-int(r[1]), str(r[0])),
    )
    return table(
        ["Lead agency (chủ trì)", "Tasks", *keys],
        rows,
        right=range(1, 2 + len(keys)),
        max_widths={0: 60},
    )


def _overdue(corpus: kttt.Corpus, as_of: date) -> str:
    late = list(corpus.tasks(overdue=as_of).pairs())
    if not late:
        return f"  Nothing is overdue on {as_of}."
    rows = [
        [
            key,
            t.number or t.id,
            t.lead.name if t.lead else None,
            str(t.deadline) if t.deadline is not None else None,
            t.deadline.end if t.deadline is not None else None,
            t.text,
        ]
        for key, t in late
    ]
    return (
        table(
            ["Document", "No.", "Lead", "Deadline", "Due by", "Task"],
            rows,
            max_widths={2: 32, 3: 16, 5: 50},
        )
        + f"\n\n  {len(rows)} tasks overdue on {as_of}."
    )


def _targets(docs: list[tuple[str, Document]]) -> str:
    rows = [
        [
            key,
            target_text(t),
            t.horizon,
            "yes" if t.per_year else "",
            t.indicator,
        ]
        for key, d in docs
        if d.plan
        for t in d.plan.targets
    ]
    if not rows:
        return "  No targets."
    return table(
        ["Document", "Target", "By", "Yearly", "Indicator"], rows, max_widths={4: 70}
    )


def _diagnostics(docs: list[tuple[str, Document]]) -> str:
    rows = [
        [key, g.line, g.severity.value, g.code, g.message]
        for key, d in docs
        for g in sorted(d.diagnostics, key=lambda g: (g.line or 0, g.code))
    ]
    summary = "\n".join(f"  {key}: {diagnostic_counts(d)}" for key, d in docs)
    if not rows:
        return summary
    return (
        table(
            ["Document", "Line", "Severity", "Code", "Message"],
            rows,
            right=[1],
            max_widths={4: 70},
        )
        + "\n\n"
        + summary
    )


def render_demo(corpus: kttt.Corpus, as_of: date) -> str:
    """The whole tour of *corpus* as of *as_of*, as plain text."""
    docs = _documents(corpus)
    parts = [
        f"kttt {kttt.__version__}: {len(docs)} documents bundled with kttt, as of {as_of}",
        _heading(1, "What each document is"),
        _overview(corpus, docs, as_of),
        _heading(2, "Legal bases and relations"),
        _details(docs),
        _heading(3, "Implementation chain (lineage)"),
        _chains(corpus, docs),
        _heading(4, "Tasks by lead agency"),
        _by_lead(corpus, docs),
        _heading(5, f"Overdue on {as_of}"),
        _overdue(corpus, as_of),
        _heading(6, "Targets"),
        _targets(docs),
        _heading(7, "Diagnostics"),
        _diagnostics(docs),
    ]
    return "\n".join(parts) + "\n"


def run_demo(args: argparse.Namespace) -> int:
    """``kttt demo``: tour the built-in corpus as of ``--as-of`` (default today)."""
    # The command reads the clock once, here; the library never does.
    as_of: date = args.as_of or date.today()  # noqa: DTZ011
    sys.stdout.write(render_demo(kttt.builtin_corpus(), as_of))
    return 0
