"""Task queries over a corpus: flat storage, lazy indexes and the typed view."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from itertools import chain
from typing import TYPE_CHECKING, Any, Literal

from attrs import frozen

from kttt.corpus import _due
from kttt.corpus._agencies import covers, matches
from kttt.corpus._table import Column, ColumnType, html_table
from kttt.corpus._table import to_frame as _to_frame
from kttt.model import Agency, Document, Task, TaskOrigin, TaskStatus
from kttt.text import fold

if TYPE_CHECKING:
    import pandas as pd

    from kttt.model import Deadline

__all__ = ["TASK_COLUMNS", "Role", "TaskView"]

Role = Literal["lead", "coordinator", "any"]
DocumentFilter = str | Document | Iterable[str]
_ROLES = ("lead", "coordinator", "any")
# Ordinals stand in for dates in the arrays; this one sorts after every date.
_NEVER = date.max.toordinal()


@frozen
class _Filter:
    """One condition of a query: the tasks it selects and a per-task test."""

    size: int
    """How many tasks :attr:`ids` would return; the smallest drives the query."""
    ids: Callable[[], Sequence[int]]
    accepts: Callable[[int], bool]
    ordered: bool = True
    """Whether :attr:`ids` come in document order."""


class TaskIndex:
    """Every task of a corpus in one flat list, with indexes built on first use.

    Task *i* belongs to document ``doc_keys[doc_of[i]]``.  Indexes hold task
    numbers in compact arrays (4 bytes a task) rather than objects.
    """

    __slots__ = (
        "_agencies",
        "_agency_cache",
        "_agency_pos",
        "_by_end_ids",
        "_by_end_ord",
        "_coord_tasks",
        "_deadline_groups",
        "_ends",
        "_fold_names",
        "_folded",
        "_groups",
        "_lead",
        "_lead_tasks",
        "_province_docs",
        "doc_keys",
        "doc_of",
        "doc_range",
        "docs",
        "documents_of",
        "tasks",
    )

    def __init__(self, entries: Sequence[tuple[str, Document]]) -> None:
        self.doc_keys: list[str] = []
        self.docs: list[Document] = []
        self.tasks: list[Task] = []
        self.doc_of = array("I")
        self.doc_range: list[tuple[int, int]] = []
        for position, (key, doc) in enumerate(entries):
            found = doc.plan.tasks if doc.plan is not None else ()
            start = len(self.tasks)
            self.tasks.extend(found)
            self.doc_of.extend(array("I", [position]) * len(found))
            self.doc_keys.append(key)
            self.docs.append(doc)
            self.doc_range.append((start, len(self.tasks)))
        self._agencies: list[Agency] | None = None
        self._agency_pos: dict[str, int] = {}
        self._agency_cache: dict[str, frozenset[int]] = {}
        self._lead = array("i")
        self._lead_tasks: dict[int, array[int]] = {}
        self._coord_tasks: dict[int, array[int]] = {}
        self._fold_names: dict[str, list[int]] = {}
        self._groups: dict[str | None, list[int]] = {}
        self._ends: array[int] | None = None
        self._by_end_ids = array("I")
        self._by_end_ord = array("i")
        self._deadline_groups: dict[Deadline | None, array[int]] | None = None
        self._folded: dict[str, str] = {}
        self._province_docs: dict[str, frozenset[int]] | None = None
        positions = {key: p for p, key in enumerate(self.doc_keys)}
        self.documents_of: Callable[[DocumentFilter], frozenset[int]] = lambda d: (
            frozenset(
                positions[k]
                for k in (
                    [d]
                    if isinstance(d, str)
                    else [d.ref.key]
                    if isinstance(d, Document)
                    else d
                )
                if k in positions
            )
        )
        """Positions of the documents a ``document=`` filter names; the corpus
        replaces it with one that knows plan keys and merged mentions."""

    def __len__(self) -> int:
        return len(self.tasks)

    # -- agencies -------------------------------------------------------------

    @property
    def agencies(self) -> list[Agency]:
        """Distinct agencies named as lead or coordinator, by first appearance."""
        if self._agencies is None:
            self._build_agencies()
        assert self._agencies is not None  # noqa: S101 - set by the builder
        return self._agencies

    def _position(self, agency: Agency, found: list[Agency]) -> int:
        position = self._agency_pos.get(agency.key)
        if position is None:
            position = len(found)
            self._agency_pos[agency.key] = position
            found.append(agency)
        return position

    def _build_agencies(self) -> None:
        found: list[Agency] = []
        lead = array("i", [-1]) * len(self.tasks)
        lead_tasks: dict[int, list[int]] = defaultdict(list)
        coord_tasks: dict[int, list[int]] = defaultdict(list)
        for i, task in enumerate(self.tasks):
            if task.lead is not None:
                position = self._position(task.lead, found)
                lead[i] = position
                lead_tasks[position].append(i)
            for agency in task.coordinators:
                coord_tasks[self._position(agency, found)].append(i)
        self._lead = lead
        self._lead_tasks = {p: array("I", ids) for p, ids in lead_tasks.items()}
        # A task names a coordinator once; duplicates in a cell are dropped.
        self._coord_tasks = {
            p: array("I", dict.fromkeys(ids)) for p, ids in coord_tasks.items()
        }
        names: dict[str, list[int]] = defaultdict(list)
        groups: dict[str | None, list[int]] = defaultdict(list)
        for position, agency in enumerate(found):
            names[fold(agency.name)].append(position)
            if agency.is_group:
                groups[agency.province].append(position)
        self._fold_names = dict(names)
        self._groups = dict(groups)
        self._agencies = found

    def lead_counts(self) -> dict[int, tuple[int, int]]:
        """Tasks led and coordinated, by agency position."""
        agencies = self.agencies
        return {
            p: (len(self._lead_tasks.get(p, ())), len(self._coord_tasks.get(p, ())))
            for p in range(len(agencies))
        }

    def lead_of(self, i: int) -> int:
        """Position of task *i*'s lead agency, or -1."""
        if self._agencies is None:
            self._build_agencies()
        return self._lead[i]

    def resolve_agency(self, query: str | Agency, *, expand: bool) -> frozenset[int]:
        """Positions of the agencies *query* names, with the groups that cover them."""
        agencies = self.agencies
        if isinstance(query, Agency):
            position = self._agency_pos.get(query.key)
            named = frozenset() if position is None else frozenset({position})
            cache_key = f"agency:{query.key}"
        else:
            cache_key = query
            cached = self._agency_cache.get(f"{cache_key}|{expand}")
            if cached is not None:
                return cached
            if query in self._agency_pos:
                named = frozenset({self._agency_pos[query]})
            else:
                exact = self._fold_names.get(fold(query), [])
                named = frozenset(exact) | frozenset(
                    p for p, agency in enumerate(agencies) if matches(query, agency)
                )
        if expand:
            wider = set(named)
            for position in named:
                agency = agencies[position]
                for group in chain(
                    self._groups.get(agency.province, ()),
                    self._groups.get(None, ()) if agency.province is not None else (),
                ):
                    if group != position and covers(agencies[group], agency):
                        wider.add(group)
            named = frozenset(wider)
        self._agency_cache[f"{cache_key}|{expand}"] = named
        return named

    def agency_filter(self, positions: frozenset[int], role: str) -> _Filter:
        """The tasks in which one of *positions* has *role*."""
        # A task has one lead, so lead lists never overlap; coordinator lists
        # can (two named coordinators), and so can a lead and a coordinator.
        leads: list[array[int]] = []
        helps: list[array[int]] = []
        if role in {"lead", "any"}:
            leads = [self._lead_tasks[p] for p in positions if p in self._lead_tasks]
        if role in {"coordinator", "any"}:
            helps = [self._coord_tasks[p] for p in positions if p in self._coord_tasks]
        lead = self._lead
        tasks = self.tasks
        pos = self._agency_pos

        def accepts(i: int) -> bool:
            if role != "coordinator" and lead[i] in positions:
                return True
            if role == "lead":
                return False
            return any(pos[a.key] in positions for a in tasks[i].coordinators)

        def ids() -> Sequence[int]:
            if not helps:
                return leads[0] if len(leads) == 1 else list(chain.from_iterable(leads))
            if not leads and len(helps) == 1:
                return helps[0]
            return list(
                set(chain(chain.from_iterable(leads), chain.from_iterable(helps)))
            )

        return _Filter(
            size=sum(len(a) for a in leads) + sum(len(a) for a in helps),
            ids=ids,
            accepts=accepts,
            ordered=len(leads) + len(helps) <= 1,
        )

    # -- dates ----------------------------------------------------------------

    def _build_dates(self) -> None:
        ends = array("i", [_NEVER]) * len(self.tasks)
        groups: dict[Deadline | None, list[int]] = defaultdict(list)
        for i, task in enumerate(self.tasks):
            groups[task.deadline].append(i)
        dated: list[tuple[int, int]] = []
        for deadline, ids in groups.items():
            if _due.is_recurring(deadline):
                continue
            _, end = _due.window(deadline)
            if end is None:
                continue
            ordinal = end.toordinal()
            for i in ids:
                ends[i] = ordinal
                dated.append((ordinal, i))
        dated.sort()
        self._by_end_ord = array("i", (o for o, _ in dated))
        self._by_end_ids = array("I", (i for _, i in dated))
        self._deadline_groups = {d: array("I", ids) for d, ids in groups.items()}
        self._ends = ends

    @property
    def deadline_groups(self) -> dict[Deadline | None, array[int]]:
        """Task numbers by deadline value; queries evaluate each deadline once."""
        if self._deadline_groups is None:
            self._build_dates()
        assert self._deadline_groups is not None  # noqa: S101 - set by the builder
        return self._deadline_groups

    def _ends_array(self) -> array[int]:
        if self._ends is None:
            self._build_dates()
        assert self._ends is not None  # noqa: S101 - set by the builder
        return self._ends

    def overdue_filter(self, as_of: date) -> _Filter:
        """Tasks whose one-off deadline closed before *as_of*."""
        ends = self._ends_array()
        cut = as_of.toordinal()
        k = bisect_left(self._by_end_ord, cut)
        by_end = self._by_end_ids
        return _Filter(
            size=k,
            ids=lambda: by_end[:k],
            accepts=lambda i: ends[i] < cut,
            ordered=False,
        )

    def deadline_filter(self, test: Callable[[Deadline | None], bool]) -> _Filter:
        """Tasks whose deadline passes *test*, evaluated once per distinct deadline."""
        groups = self.deadline_groups
        chosen = {d: ids for d, ids in groups.items() if test(d)}
        tasks = self.tasks

        def ids() -> Sequence[int]:
            if len(chosen) == 1:
                return next(iter(chosen.values()))
            return list(chain.from_iterable(chosen.values()))

        return _Filter(
            size=sum(len(a) for a in chosen.values()),
            ids=ids,
            accepts=lambda i: tasks[i].deadline in chosen,
            ordered=len(chosen) <= 1,
        )

    def due_between_filter(self, first: date, last: date) -> _Filter:
        """Tasks due in ``[first, last]``: a one-off end, or an occurrence of a recurring one."""
        ends = self._ends_array()
        lo = bisect_left(self._by_end_ord, first.toordinal())
        hi = bisect_right(self._by_end_ord, last.toordinal())
        by_end = self._by_end_ids
        before = first - timedelta(days=1)

        def recurs_inside(deadline: Deadline | None) -> bool:
            if not _due.is_recurring(deadline):
                return False
            due = _due.next_due(deadline, before)
            return due is not None and due <= last

        recurring = self.deadline_filter(recurs_inside)
        low, high = first.toordinal(), last.toordinal()

        def ids() -> Sequence[int]:
            return list(chain(by_end[lo:hi], recurring.ids()))

        return _Filter(
            size=(hi - lo) + recurring.size,
            ids=ids,
            accepts=lambda i: low <= ends[i] <= high or recurring.accepts(i),
            ordered=False,
        )

    # -- documents and text ---------------------------------------------------

    def documents_filter(self, positions: frozenset[int]) -> _Filter:
        """Tasks of the documents at *positions*."""
        ranges = sorted(self.doc_range[p] for p in positions)
        doc_of = self.doc_of

        def ids() -> Sequence[int]:
            if len(ranges) == 1:
                return range(*ranges[0])
            return list(chain.from_iterable(range(a, b) for a, b in ranges))

        return _Filter(
            size=sum(b - a for a, b in ranges),
            ids=ids,
            accepts=lambda i: doc_of[i] in positions,
        )

    def province_positions(self, province: str) -> frozenset[int]:
        """Documents of *province* (folded comparison)."""
        if self._province_docs is None:
            found: dict[str, set[int]] = defaultdict(set)
            for position, doc in enumerate(self.docs):
                name = doc.province or (doc.issuer.province if doc.issuer else None)
                if name:
                    found[fold(name)].add(position)
            self._province_docs = {k: frozenset(v) for k, v in found.items()}
        return self._province_docs.get(fold(province), frozenset())

    def scan_filter(self, accepts: Callable[[int], bool]) -> _Filter:
        """A condition with no index: it never drives a query it is not alone in."""
        n = len(self.tasks)
        return _Filter(
            size=n + 1,
            ids=lambda: [i for i in range(n) if accepts(i)],
            accepts=accepts,
        )

    def folded_text(self, text: str) -> str:
        """The fold of a task text, computed once per distinct text."""
        found = self._folded.get(text)
        if found is None:
            found = fold(text)
            self._folded[text] = found
        return found


def _origin(value: TaskOrigin | str) -> TaskOrigin:
    return value if isinstance(value, TaskOrigin) else TaskOrigin(value)


def _status(value: TaskStatus | str) -> TaskStatus:
    return value if isinstance(value, TaskStatus) else TaskStatus(value)


def query(
    index: TaskIndex,
    *,
    within: TaskView | None = None,
    agency: str | Agency | None = None,
    role: Role = "any",
    expand: bool = True,
    origin: TaskOrigin | str | None = None,
    document: DocumentFilter | None = None,
    province: str | None = None,
    group: str | None = None,
    due_between: tuple[date, date] | None = None,
    active_on: date | None = None,
    overdue: date | None = None,
    status: TaskStatus | str | None = None,
    as_of: date | None = None,
    recurring: bool | None = None,
    dated: bool | None = None,
    text: str | None = None,
) -> TaskView:
    """Run a query; see :meth:`kttt.Corpus.tasks` for the meaning of each filter."""
    if role not in _ROLES:
        msg = f"role must be one of {_ROLES}, not {role!r}"
        raise ValueError(msg)
    if status is not None and as_of is None:
        msg = "status= needs as_of=, the date to evaluate deadlines on"
        raise ValueError(msg)
    filters: list[_Filter] = []
    tasks = index.tasks
    if within is not None:
        members = frozenset(within.ids)
        filters.append(
            _Filter(
                size=len(members),
                ids=lambda: within.ids,
                accepts=members.__contains__,
                ordered=within.ordered,
            )
        )
    if agency is not None:
        filters.append(
            index.agency_filter(index.resolve_agency(agency, expand=expand), role)
        )
    if document is not None:
        filters.append(index.documents_filter(index.documents_of(document)))
    if province is not None:
        filters.append(index.documents_filter(index.province_positions(province)))
    if overdue is not None:
        filters.append(index.overdue_filter(overdue))
    if due_between is not None:
        filters.append(index.due_between_filter(*due_between))
    if active_on is not None:
        day = active_on
        filters.append(index.deadline_filter(lambda d: _due.is_active(d, day)))
    if status is not None and as_of is not None:
        wanted, when = _status(status), as_of
        filters.append(index.deadline_filter(lambda d: _due.status(d, when) is wanted))
    if recurring is not None:
        flag = recurring
        filters.append(index.deadline_filter(lambda d: _due.is_recurring(d) is flag))
    if dated is not None:
        has = dated
        filters.append(index.deadline_filter(lambda d: _due.is_dated(d) is has))
    if origin is not None:
        kind = _origin(origin)
        filters.append(index.scan_filter(lambda i: tasks[i].origin is kind))
    if group is not None:
        wanted_group = fold(group)
        filters.append(
            index.scan_filter(
                lambda i: wanted_group in index.folded_text(tasks[i].group or "")
            )
        )
    if text is not None:
        needle = fold(text)
        filters.append(
            index.scan_filter(lambda i: needle in index.folded_text(tasks[i].text))
        )
    if not filters:
        return TaskView(index, range(len(tasks)), ordered=True)
    filters.sort(key=lambda f: f.size)
    driver, rest = filters[0], filters[1:]
    ids = driver.ids()
    for check in rest:
        ids = list(filter(check.accepts, ids))
    return TaskView(index, ids, ordered=driver.ordered)


class TaskView:
    """The tasks a query selected: a read-only, typed view (*danh sách nhiệm vụ*).

    Iterating gives :class:`~kttt.Task` objects in document order; ``len()``
    is immediate.  :meth:`pairs` gives each task with its document's key,
    :meth:`where` narrows the view with more filters, and
    :meth:`to_records` / :meth:`to_frame` turn it into a table.

    >>> from kttt.corpus import Corpus
    >>> view = Corpus([]).tasks()
    >>> len(view), list(view)
    (0, [])
    """

    __slots__ = ("_index", "_order", "ids", "ordered")

    def __init__(
        self, index: TaskIndex, ids: Sequence[int], *, ordered: bool = False
    ) -> None:
        self._index = index
        self.ids = ids
        """Positions of the selected tasks in the corpus's flat task list."""
        self.ordered = ordered
        self._order: Sequence[int] | None = ids if ordered else None

    def _ordered(self) -> Sequence[int]:
        if self._order is None:
            self._order = sorted(self.ids)
        return self._order

    def __len__(self) -> int:
        return len(self.ids)

    def __bool__(self) -> bool:
        return len(self.ids) > 0

    def __iter__(self) -> Iterator[Task]:
        tasks = self._index.tasks
        for i in self._ordered():
            yield tasks[i]

    def __getitem__(self, n: int) -> Task:
        return self._index.tasks[self._ordered()[n]]

    def __repr__(self) -> str:
        return f"<TaskView: {len(self)} tasks>"

    def pairs(self) -> Iterator[tuple[str, Task]]:
        """Each task with the key of the document it belongs to."""
        index = self._index
        for i in self._ordered():
            yield index.doc_keys[index.doc_of[i]], index.tasks[i]

    def keys(self) -> list[tuple[str, str]]:
        """``(document key, task id)`` of each task: unique across the corpus."""
        return [(doc, task.id) for doc, task in self.pairs()]

    def where(self, **filters: Any) -> TaskView:  # noqa: ANN401 - same filters as Corpus.tasks
        """Narrow the view: the same filters as :meth:`kttt.Corpus.tasks`, combined with *and*.

        Raises:
            ValueError: an unknown role, or ``status=`` without ``as_of=``.
        """
        return query(self._index, within=self, **filters)

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per task, with the columns of :data:`TASK_COLUMNS`."""
        return [task_record(self._index, i) for i in self._ordered()]

    def to_frame(self) -> pd.DataFrame:
        """The tasks as a pandas DataFrame with typed columns (extra ``kttt[pandas]``)."""
        return _to_frame(self.to_records(), TASK_COLUMNS)

    def _repr_html_(self) -> str:
        """Render the first tasks as an HTML table in notebooks."""
        shown = ("document", "number", "text", "lead", "deadline")
        rows = [
            tuple(record[c] for c in shown)
            for record in (task_record(self._index, i) for i in self._ordered()[:20])
        ]
        return html_table(shown, rows, total=len(self))


TASK_COLUMNS: tuple[Column, ...] = (
    Column("document", ColumnType.STRING, "key of the document that holds the plan"),
    Column("plan", ColumnType.STRING, "key of the attached plan, when it has one"),
    Column("province", ColumnType.STRING, "province of the document"),
    Column("task_id", ColumnType.STRING, "id of the task, unique within its plan"),
    Column("number", ColumnType.STRING, "number as the plan gives it (II.4)"),
    Column("origin", ColumnType.CATEGORY, "appendix or body"),
    Column("group", ColumnType.STRING, "heading of the group the task sits under"),
    Column("text", ColumnType.STRING, "what is to be done"),
    Column("lead", ColumnType.STRING, "canonical name of the lead agency (chủ trì)"),
    Column("lead_key", ColumnType.STRING, "key of the lead agency"),
    Column("lead_is_group", ColumnType.BOOL, "whether the lead is a collective"),
    Column("lead_text", ColumnType.STRING, "the lead cell or heading as written"),
    Column(
        "coordinators", ColumnType.LIST, "names of coordinating agencies (phối hợp)"
    ),
    Column("coordinator_keys", ColumnType.LIST, "keys of coordinating agencies"),
    Column("coordinators_text", ColumnType.STRING, "the coordinators cell as written"),
    Column("deadline", ColumnType.STRING, "the deadline in canonical Vietnamese"),
    Column("deadline_text", ColumnType.STRING, "the deadline cell as written"),
    Column("due_start", ColumnType.DATE, "first day of the deadline's window"),
    Column("due_end", ColumnType.DATE, "last day the task is due"),
    Column("recurring", ColumnType.BOOL, "whether the deadline recurs"),
    Column("inferred", ColumnType.LIST, "fields recovered rather than read"),
    Column("line", ColumnType.INT, "line of the input where the task starts"),
)


def task_record(index: TaskIndex, i: int) -> dict[str, Any]:
    """The record of task *i*, with the columns of :data:`TASK_COLUMNS`."""
    task = index.tasks[i]
    doc = index.docs[index.doc_of[i]]
    start, end = _due.window(task.deadline)
    return {
        "document": index.doc_keys[index.doc_of[i]],
        "plan": doc.plan.ref.key if doc.plan is not None else None,
        "province": doc.province,
        "task_id": task.id,
        "number": task.number,
        "origin": task.origin.value,
        "group": task.group,
        "text": task.text,
        "lead": task.lead.name if task.lead else None,
        "lead_key": task.lead.key if task.lead else None,
        "lead_is_group": task.lead.is_group if task.lead else None,
        "lead_text": task.lead_text,
        "coordinators": [a.name for a in task.coordinators],
        "coordinator_keys": [a.key for a in task.coordinators],
        "coordinators_text": task.coordinators_text,
        "deadline": str(task.deadline) if task.deadline is not None else None,
        "deadline_text": task.deadline_text,
        "due_start": start,
        "due_end": end,
        "recurring": _due.is_recurring(task.deadline),
        "inferred": sorted(task.inferred),
        "line": task.line,
    }
