"""Coverage tables: who carries which tasks, what lacks a deadline, what the body and appendix miss."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from typing import TYPE_CHECKING

from kttt.corpus import _due
from kttt.corpus._table import Column, ColumnType, Table
from kttt.text import fold

if TYPE_CHECKING:
    from kttt.corpus._tasks import TaskView
    from kttt.model import Agency, Task

__all__: list[str] = []

_S, _I, _F, _B = ColumnType.STRING, ColumnType.INT, ColumnType.FLOAT, ColumnType.BOOL

# Plans write the same work with and without abbreviations (KTTT, HTX);
# spelling them out lets "phát triển KTTT" match "phát triển kinh tế tập thể".
_ABBREVIATIONS = {
    "kttt": "kinh te tap the",
    "htx": "hop tac xa",
    "tht": "to hop tac",
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "bcd": "ban chi dao",
    "ocop": "mot xa mot san pham",
}
# Words that every task uses carry no signal for matching.
_STOPWORDS = frozenset(
    {
        "va", "cua", "cac", "cho", "trong", "tren", "de", "voi", "theo", "tai",
        "la", "nhung", "mot", "so", "duoc", "co", "ve", "tu", "den",
    }
)  # fmt: skip
_WORD = re.compile(r"[0-9a-z]+")


def _words(text: str) -> frozenset[str]:
    folded = fold(text)
    for short, long in _ABBREVIATIONS.items():
        folded = re.sub(rf"\b{short}\b", long, folded)
    return frozenset(w for w in _WORD.findall(folded) if w not in _STOPWORDS)


def similarity(a: str, b: str) -> float:
    """Overlap of two task texts' folded words, from 0 to 1.

    The overlap coefficient (shared words over the smaller set) suits a
    short appendix row that abridges a long body bullet.

    >>> similarity("Phát triển KTTT, HTX", "phát triển kinh tế tập thể, hợp tác xã")
    1.0
    """
    x, y = _words(a), _words(b)
    if not x or not y:
        return 0.0
    return len(x & y) / min(len(x), len(y))


def coverage(view: TaskView, *, role: str) -> Table:
    """Tasks per (document, group, agency)."""
    counts: Counter[tuple[str, str, str, str]] = Counter()
    order: dict[tuple[str, str], int] = {}
    for key, task in view.pairs():
        agencies = []
        if role in {"lead", "any"} and task.lead is not None:
            agencies.append(task.lead)
        if role in {"coordinator", "any"}:
            agencies.extend(task.coordinators)
        group = task.group or ""
        order.setdefault((key, group), len(order))
        for agency in dict.fromkeys(agencies):
            counts[key, group, agency.key, agency.name] += 1
    rows = sorted(counts.items(), key=lambda kv: (order[kv[0][0], kv[0][1]], kv[0][3]))
    return Table(
        "coverage",
        (
            Column("document", _S, "key of the document"),
            Column("group", _S, "heading of the task group"),
            Column("agency_key", _S, "key of the agency"),
            Column("agency", _S, "name of the agency"),
            Column("tasks", _I, "tasks of the group the agency has"),
        ),
        tuple((d, g or None, k, n, c) for (d, g, k, n), c in rows),
    )


def unmatched(view: TaskView, *, threshold: float) -> Table:
    """Body tasks with no appendix row like them, and the reverse, per document."""
    by_doc: dict[str, dict[str, list[Task]]] = defaultdict(lambda: defaultdict(list))
    for key, task in view.pairs():
        by_doc[key][task.origin.value].append(task)
    rows = []
    for key, parts in by_doc.items():
        body, appendix = parts.get("body", []), parts.get("appendix", [])
        # A plan without an appendix (or without body tasks) has nothing to
        # cross-check; listing all its tasks would only be noise.
        if not body or not appendix:
            continue
        for mine, theirs in ((body, appendix), (appendix, body)):
            for task in mine:
                best, score = None, 0.0
                for other in theirs:
                    s = similarity(task.text, other.text)
                    if s > score:
                        best, score = other, s
                if score < threshold:
                    rows.append(
                        (
                            key,
                            task.origin.value,
                            task.id,
                            task.number,
                            task.text,
                            best.id if best is not None else None,
                            round(score, 3),
                        )
                    )
    return Table(
        "unmatched",
        (
            Column("document", _S, "key of the document"),
            Column("origin", ColumnType.CATEGORY, "where the unmatched task is"),
            Column("task_id", _S, "its id"),
            Column("number", _S, "its number"),
            Column("text", _S, "its text"),
            Column("closest", _S, "id of the most similar task on the other side"),
            Column("score", _F, "their similarity, below the threshold"),
        ),
        tuple(rows),
    )


def load(view: TaskView) -> Table:
    """Tasks led and coordinated, per agency, heaviest first."""
    lead: Counter[str] = Counter()
    coordinated: Counter[str] = Counter()
    agencies: dict[str, Agency] = {}
    for task in view:
        if task.lead is not None:
            lead[task.lead.key] += 1
            agencies.setdefault(task.lead.key, task.lead)
        for agency in {a.key: a for a in task.coordinators}.values():
            coordinated[agency.key] += 1
            agencies.setdefault(agency.key, agency)
    rows = sorted(
        (
            (
                key,
                a.name,
                a.province,
                a.is_group,
                lead[key],
                coordinated[key],
                lead[key] + coordinated[key],
            )
            for key, a in agencies.items()
        ),
        key=lambda r: (-r[6], -r[4], r[1], r[0]),
    )
    return Table(
        "load",
        (
            Column("agency_key", _S, "key of the agency"),
            Column("agency", _S, "name of the agency"),
            Column("province", _S, "its province"),
            Column("is_group", _B, "whether it is a collective"),
            Column("lead", _I, "tasks it leads (chủ trì)"),
            Column("coordinator", _I, "tasks it coordinates (phối hợp)"),
            Column("total", _I, "both"),
        ),
        tuple(rows),
    )


def due_per_year(view: TaskView) -> Table:
    """One-off deadlines ending each year, and recurring duties falling due in it."""
    due: Counter[int] = Counter()
    recurring = []
    for task in view:
        if _due.is_recurring(task.deadline):
            recurring.append(task.deadline)
            continue
        _, end = _due.window(task.deadline)
        if end is not None:
            due[end.year] += 1
    years = sorted(due)
    rows = []
    if years:
        for year in range(years[0], years[-1] + 1):
            last_year = date(year - 1, 12, 31)
            falls = sum(
                1
                for d in recurring
                if (n := _due.next_due(d, last_year)) is not None and n.year == year
            )
            rows.append((year, due[year], falls))
    return Table(
        "due_per_year",
        (
            Column("year", _I, "the year"),
            Column("due", _I, "tasks with a one-off deadline ending that year"),
            Column(
                "recurring", _I, "tasks with a recurring deadline falling due that year"
            ),
        ),
        tuple(rows),
    )


def compare(first: str, a: TaskView, second: str, b: TaskView) -> Table:
    """Counts of leads, coordinators, groups and deadlines in two plans, side by side."""

    def tally(view: TaskView) -> dict[str, Counter[str]]:
        found: dict[str, Counter[str]] = defaultdict(Counter)
        for task in view:
            if task.lead is not None:
                found["lead"][task.lead.name] += 1
            for agency in {x.name for x in task.coordinators}:
                found["coordinator"][agency] += 1
            if task.group:
                found["group"][task.group] += 1
            found["deadline"][str(task.deadline) if task.deadline else "(none)"] += 1
        return found

    left, right = tally(a), tally(b)
    rows = []
    for aspect in ("lead", "coordinator", "group", "deadline"):
        # Agencies of two provinces share canonical names (Sở Nội vụ), so
        # comparing by folded name lines them up across provinces.
        names: dict[str, str] = {}
        for counter in (left[aspect], right[aspect]):
            for item in counter:
                names.setdefault(fold(item), item)
        for folded, item in names.items():
            x = sum(c for i, c in left[aspect].items() if fold(i) == folded)
            y = sum(c for i, c in right[aspect].items() if fold(i) == folded)
            rows.append((aspect, item, x, y))
    return Table(
        "compare",
        (
            Column(
                "aspect", ColumnType.CATEGORY, "lead, coordinator, group or deadline"
            ),
            Column("item", _S, "the agency, group heading or deadline"),
            Column(first, _I, f"tasks in {first}"),
            Column(second, _I, f"tasks in {second}"),
        ),
        tuple(rows),
    )
