"""The corpus: many documents, their identities, relations, validity and tasks."""

from __future__ import annotations

import contextlib
import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from kttt.corpus import _coverage, _records
from kttt.corpus._graph import Edge, Graph
from kttt.corpus._identity import Identities
from kttt.corpus._table import to_frame as _to_frame
from kttt.corpus._tasks import Role, TaskIndex, TaskView, query
from kttt.corpus._validity import Validity, change_dates, validity
from kttt.errors import ParseError
from kttt.model import (
    Agency,
    Diagnostic,
    Document,
    DocumentNumber,
    DocumentRef,
    RelationKind,
    Severity,
    TaskOrigin,
    TaskStatus,
)
from kttt.text import fold

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from datetime import date

    import pandas as pd

    from kttt.corpus._table import Table

__all__ = ["Corpus"]

_ENDS = frozenset({RelationKind.REPEALS, RelationKind.REPLACES})
_SPACES = re.compile(r"\s+")


class Corpus:
    """Many documents (*kho văn bản*) and what connects them.

    Holds the documents given, keyed by :attr:`kttt.DocumentRef.key`, plus
    every document they mention (a node without text); the relations among
    them as a graph walkable both ways; and every task of every plan, with
    indexes built on first use.

    >>> from kttt.corpus import builtin_corpus
    >>> corpus = builtin_corpus()
    >>> sorted(corpus.documents)
    ['2699/QĐ-UBND', '510/QĐ-UBND']
    >>> from datetime import date
    >>> str(corpus.status("37/KH-UBND", on=date(2023, 2, 22)))
    '37/KH-UBND on 2023-02-22: repealed since 2023-02-22 (repeals by 510/QĐ-UBND)'

    Args:
        documents: Parsed documents.  The same document given twice is kept
            once; two different documents with one key are both kept, the
            second under a key qualified by its province (or position), and
            a ``duplicate-key`` diagnostic says so.
    """

    def __init__(self, documents: Iterable[Document]) -> None:
        docs: dict[str, Document] = {}
        self._diagnostics: list[tuple[str | None, Diagnostic]] = []
        for doc in documents:
            key = doc.ref.key
            if key in docs:
                if docs[key] == doc:
                    continue
                key = self._fresh_key(key, doc, docs)
            docs[key] = doc
        self._docs = docs
        self.documents: Mapping[str, Document] = MappingProxyType(docs)
        """The documents given, by key."""
        self._index = TaskIndex(list(docs.items()))
        self._index.documents_of = self._document_positions
        self._graph: Graph | None = None
        self._ids = Identities()
        self._refs: Mapping[str, DocumentRef] = MappingProxyType({})
        self._positions = {key: p for p, key in enumerate(docs)}
        self._plans: dict[str, str] = {}

    def _fresh_key(self, key: str, doc: Document, docs: dict[str, Document]) -> str:
        place = _SPACES.sub("-", fold(doc.province or "")) or None
        fresh = f"{key}@{place}" if place else f"{key}#2"
        n = 2
        while fresh in docs:
            n += 1
            fresh = f"{key}@{place}#{n}" if place else f"{key}#{n}"
        self._diagnostics.append(
            (
                fresh,
                Diagnostic(
                    code="duplicate-key",
                    message=f"two different documents have the key {key}; the second is kept as {fresh}",
                    severity=Severity.WARNING,
                    text=doc.source,
                ),
            )
        )
        return fresh

    def __len__(self) -> int:
        return len(self._docs)

    def __repr__(self) -> str:
        return f"<Corpus: {len(self._docs)} documents, {len(self._index)} tasks>"

    # -- the graph ------------------------------------------------------------

    @property
    def graph(self) -> Graph:
        """The relations graph, built on first use."""
        if self._graph is None:
            self._graph = self._build_graph()
        return self._graph

    def _build_graph(self) -> Graph:
        ids = self._ids
        for key, doc in self._docs.items():
            if key == doc.ref.key:
                ids.add(doc.ref, stated_by=None)
            if doc.plan is not None:
                ids.add(doc.plan.ref, stated_by=None)
            for relation in doc.relations:
                ids.add(relation.target, stated_by=key)
                if relation.source is not None:
                    ids.add(relation.source, stated_by=key)
            for basis in doc.legal_bases:
                ids.add(basis.ref, stated_by=key)
            if doc.proposal is not None and doc.proposal.ref is not None:
                ids.add(doc.proposal.ref, stated_by=key)
        ids.resolve()
        self._diagnostics.extend(ids.diagnostics)
        found = dict(ids.refs)
        for key, doc in self._docs.items():
            found.setdefault(key, doc.ref)
        self._refs = MappingProxyType(found)
        canon = ids.canonical
        graph = Graph()
        for key, doc in self._docs.items():
            if doc.plan is not None:
                plan = canon(doc.plan.ref.key)
                if plan != key:
                    self._plans[plan] = key
                    graph.add(
                        Edge(
                            source=key,
                            kind=RelationKind.ISSUES,
                            target=plan,
                            stated_by=key,
                        )
                    )
            for r in doc.relations:
                source = canon(r.source.key) if r.source is not None else key
                graph.add(
                    Edge(
                        source=source,
                        kind=r.kind,
                        target=canon(r.target.key),
                        effective=r.effective,
                        stated_by=key,
                        text=r.text,
                        line=r.line,
                    )
                )
            for basis in doc.legal_bases:
                graph.add(
                    Edge(
                        source=key,
                        kind=RelationKind.BASED_ON,
                        target=canon(basis.ref.key),
                        stated_by=key,
                        text=basis.text,
                        line=basis.line,
                    )
                )
            proposal = doc.proposal
            if proposal is not None and proposal.ref is not None:
                graph.add(
                    Edge(
                        source=key,
                        kind=RelationKind.MENTIONS,
                        target=canon(proposal.ref.key),
                        stated_by=key,
                        text=proposal.text or None,
                        line=proposal.line,
                    )
                )
        return graph

    @property
    def refs(self) -> Mapping[str, DocumentRef]:
        """Every document the corpus knows, with or without its text, by key.

        A mention's missing fields (its date, its issuer) are filled from the
        other mentions of the same document.
        """
        _ = self.graph
        return self._refs

    @property
    def relations(self) -> tuple[Edge, ...]:
        """Every relation, deduplicated, in the order the documents state them."""
        return tuple(self.graph.edges)

    @property
    def diagnostics(self) -> tuple[tuple[str | None, Diagnostic], ...]:
        """Each document's diagnostics and the corpus's own, with the key they are about."""
        _ = self.graph
        own = [(key, d) for key, doc in self._docs.items() for d in doc.diagnostics]
        return (*own, *self._diagnostics)

    def key(self, text: str) -> str:
        """The corpus key for *text*: a key, a number as written, or a merged mention.

        >>> from kttt.corpus import builtin_corpus
        >>> builtin_corpus().key("09/NQ-CP")
        '9/NQ-CP'
        """
        _ = self.graph
        candidate = text.strip()
        if candidate not in self._docs and candidate not in self._ids.refs:
            with contextlib.suppress(ParseError):
                candidate = DocumentNumber.parse(candidate).key
        return self._ids.canonical(candidate)

    def _known(self, text: str) -> str:
        key = self.key(text)
        if key not in self._docs and key not in self._ids.refs:
            msg = f"no document {text!r} in the corpus"
            raise KeyError(msg)
        return key

    def get(self, key: str) -> Document | None:
        """The document with *key* (or whose attached plan has it), if the corpus holds its text.

        >>> from kttt.corpus import builtin_corpus
        >>> builtin_corpus().get("510/KH-UBND").ref.key
        '510/QĐ-UBND'
        """
        found = self.key(key)
        doc = self._docs.get(found)
        if doc is None and found in self._plans:
            doc = self._docs[self._plans[found]]
        return doc

    def ref(self, key: str) -> DocumentRef:
        """The merged reference of any known document.

        Raises:
            KeyError: no document has that key.
        """
        return self.refs[self._known(key)]

    def outgoing(self, key: str, kind: RelationKind | None = None) -> tuple[Edge, ...]:
        """Relations from *key* (of one *kind*, or all).

        Raises:
            KeyError: no document has that key.
        """
        kinds = None if kind is None else frozenset({kind})
        return tuple(self.graph.outgoing(self._known(key), kinds))

    def incoming(self, key: str, kind: RelationKind | None = None) -> tuple[Edge, ...]:
        """Relations to *key* (of one *kind*, or all).

        Raises:
            KeyError: no document has that key.
        """
        kinds = None if kind is None else frozenset({kind})
        return tuple(self.graph.incoming(self._known(key), kinds))

    def walk(
        self,
        key: str,
        *,
        kinds: Iterable[RelationKind] | None = None,
        direction: str = "out",
    ) -> tuple[str, ...]:
        """Every document reachable from *key*, nearest first.

        *direction* ``"out"`` follows relations forward (what *key* rests
        on), ``"in"`` backward (what rests on *key*), ``"both"`` either way.

        >>> from kttt.corpus import builtin_corpus
        >>> builtin_corpus().walk("70-KL/TW", kinds=[RelationKind.IMPLEMENTS], direction="in")[:2]
        ('70-KL/TW', '134/NQ-CP')

        Raises:
            KeyError: no document has that key.
            ValueError: *direction* is not one of the three.
        """
        if direction not in {"out", "in", "both"}:
            msg = f"direction must be 'out', 'in' or 'both', not {direction!r}"
            raise ValueError(msg)
        chosen = None if kinds is None else frozenset(kinds)
        return self.graph.walk(self._known(key), kinds=chosen, direction=direction)

    def lineage(self, key: str) -> tuple[str, ...]:
        """The chain of implementation (*thực hiện*) from *key* up to Party and Government documents.

        A decision and the plan it issues count as one: the plan's
        ``Thực hiện …`` speaks for the decision.

        >>> from kttt.corpus import builtin_corpus
        >>> builtin_corpus().lineage("2699/QĐ-UBND")
        ('2699/QĐ-UBND', '134/NQ-CP', '70-KL/TW', '13-NQ/TW')

        Raises:
            KeyError: no document has that key.
        """
        return self.graph.lineage(self._known(key))

    def siblings(self, key: str) -> tuple[str, ...]:
        """Other documents that implement a document *key* implements.

        >>> from kttt.corpus import builtin_corpus
        >>> builtin_corpus().siblings("2699/QĐ-UBND")
        ('37/KH-UBND',)

        Raises:
            KeyError: no document has that key.
        """
        return self.graph.siblings(self._known(key))

    def implemented_by(self, key: str) -> tuple[str, ...]:
        """Documents that implement *key* directly.

        >>> from kttt.corpus import builtin_corpus
        >>> sorted(builtin_corpus().implemented_by("134/NQ-CP"))
        ['2699/QĐ-UBND', '37/KH-UBND']

        Raises:
            KeyError: no document has that key.
        """
        return self.graph.children(self._known(key))

    def repealed_by(self, key: str) -> tuple[str, ...]:
        """Documents that repeal (*bãi bỏ*) or replace (*thay thế*) *key*.

        >>> from kttt.corpus import builtin_corpus
        >>> builtin_corpus().repealed_by("37/KH-UBND")
        ('510/QĐ-UBND',)

        Raises:
            KeyError: no document has that key.
        """
        found = self._known(key)
        return tuple(
            dict.fromkeys(e.stated_by for e in self.graph.incoming(found, _ENDS))
        )

    # -- validity -------------------------------------------------------------

    def effective(self, key: str) -> date | None:
        """The date *key* takes effect: its stated effective date, else its date of issue.

        A plan takes effect with the decision that issues it.
        """
        _ = self.graph
        doc = self._docs.get(key)
        if doc is None and key in self._plans:
            doc = self._docs[self._plans[key]]
        if doc is not None:
            return doc.effective or doc.ref.issued
        ref = self._ids.refs.get(key)
        return ref.issued if ref is not None else None

    def status(self, key: str, *, on: date) -> Validity:
        """The legal force (*hiệu lực*) of *key* on *on*, and why.

        >>> from kttt.corpus import builtin_corpus
        >>> from datetime import date
        >>> corpus = builtin_corpus()
        >>> corpus.status("37/KH-UBND", on=date(2023, 2, 21)).status
        <ValidityStatus.CON_HIEU_LUC: 'in_force'>
        >>> corpus.status("37/KH-UBND", on=date(2023, 2, 22)).by
        '510/QĐ-UBND'

        Raises:
            KeyError: no document has that key.
        """
        found = self._known(key)
        return validity(
            found,
            on,
            start=self.effective(found),
            graph=self.graph,
            effective_of=self.effective,
        )

    def status_changes(self, key: str) -> tuple[date, ...]:
        """The dates on which the status of *key* changes, in order.

        >>> from kttt.corpus import builtin_corpus
        >>> builtin_corpus().status_changes("37/KH-UBND")
        (datetime.date(2021, 3, 25), datetime.date(2023, 2, 22))

        Raises:
            KeyError: no document has that key.
        """
        found = self._known(key)
        return change_dates(
            found,
            start=self.effective(found),
            graph=self.graph,
            effective_of=self.effective,
        )

    def in_force(self, on: date) -> tuple[str, ...]:
        """Keys of the documents in force, wholly or in part, on *on*.

        >>> from kttt.corpus import builtin_corpus
        >>> from datetime import date
        >>> "37/KH-UBND" in builtin_corpus().in_force(date(2023, 3, 1))
        False
        """
        return tuple(key for key in self.refs if self.status(key, on=on).in_force)

    # -- tasks ----------------------------------------------------------------

    def _document_positions(
        self, document: str | Document | Iterable[str]
    ) -> frozenset[int]:
        if isinstance(document, Document):
            wanted = [document.ref.key]
        elif isinstance(document, str):
            wanted = [document]
        else:
            wanted = list(document)
        positions = self._positions
        found: set[int] = set()
        for text in wanted:
            doc = self.get(text)
            key = self.key(text)
            if doc is not None:
                key = self._plans.get(key, key)
            if key in positions:
                found.add(positions[key])
        return frozenset(found)

    def tasks(
        self,
        *,
        agency: str | Agency | None = None,
        role: Role = "any",
        expand: bool = True,
        origin: TaskOrigin | str | None = None,
        document: str | Document | Iterable[str] | None = None,
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
        """Tasks (*nhiệm vụ*) that meet every filter given.

        >>> from kttt.corpus import builtin_corpus
        >>> corpus = builtin_corpus()
        >>> len(corpus.tasks(agency="Liên minh HTX tỉnh", role="lead", origin="appendix"))
        5

        Args:
            agency: A key, a name or an alias, compared without accents;
                or an :class:`~kttt.Agency`.  A name without a province
                matches the body in every province.
            role: ``"lead"`` (*chủ trì*), ``"coordinator"`` (*phối hợp*) or
                ``"any"``.
            expand: Also count tasks given to a collective that includes the
                agency (*các sở, ban, ngành* includes *Sở Nội vụ*).
            origin: ``"appendix"`` or ``"body"``.
            document: A document key (the decision's or its plan's), a
                document, or several keys.
            province: The province of the document, compared without accents.
            group: Words of the heading the task sits under.
            due_between: ``(first, last)``, inclusive: a one-off deadline
                ending then, or a recurring one falling due then.
            active_on: Work scheduled on that day.
            overdue: One-off deadlines that closed before that day (a
                recurring duty is never overdue as a whole).
            status: A :class:`~kttt.TaskStatus` the deadline gives on *as_of*.
            as_of: The day *status* is evaluated on.
            recurring: Only recurring (or only one-off) deadlines.
            dated: Only tasks whose deadline names a time (or only those with
                none or an unreadable one).
            text: Words of the task, compared without accents.

        Raises:
            ValueError: an unknown role or origin, or ``status`` without ``as_of``.
        """
        return query(
            self._index,
            agency=agency,
            role=role,
            expand=expand,
            origin=origin,
            document=document,
            province=province,
            group=group,
            due_between=due_between,
            active_on=active_on,
            overdue=overdue,
            status=status,
            as_of=as_of,
            recurring=recurring,
            dated=dated,
            text=text,
        )

    # -- coverage -------------------------------------------------------------

    def coverage(
        self, *, document: str | Iterable[str] | None = None, role: Role = "lead"
    ) -> Table:
        """Tasks per agency and task group (*nhóm nhiệm vụ*), document by document.

        >>> from kttt.corpus import builtin_corpus
        >>> t = builtin_corpus().coverage(document="510/QĐ-UBND")
        >>> t.column_names
        ('document', 'group', 'agency_key', 'agency', 'tasks')
        """
        return _coverage.coverage(self._view(document), role=role)

    def without_deadline(
        self, *, document: str | Iterable[str] | None = None
    ) -> TaskView:
        """Tasks with no deadline, or one that names no time.

        >>> from kttt.corpus import builtin_corpus
        >>> len(builtin_corpus().without_deadline(document="510/QĐ-UBND")) >= 0
        True
        """
        return self._view(document).where(dated=False)

    def unmatched(
        self, *, document: str | Iterable[str] | None = None, threshold: float = 0.5
    ) -> Table:
        """Body tasks that no appendix row repeats, and appendix rows the body never assigns.

        Texts are compared as sets of folded words (abbreviations such as
        *HTX* spelled out); a pair scoring below *threshold* does not match.

        >>> from kttt.corpus import builtin_corpus
        >>> builtin_corpus().unmatched().column_names[:3]
        ('document', 'origin', 'task_id')
        """
        return _coverage.unmatched(self._view(document), threshold=threshold)

    def load(self, *, document: str | Iterable[str] | None = None) -> Table:
        """Each agency's load: tasks it leads and tasks it coordinates.

        >>> from kttt.corpus import builtin_corpus
        >>> builtin_corpus().load().column_names
        ('agency_key', 'agency', 'province', 'is_group', 'lead', 'coordinator', 'total')
        """
        return _coverage.load(self._view(document))

    def due_per_year(self, *, document: str | Iterable[str] | None = None) -> Table:
        """Tasks falling due each year: one-off deadlines, and recurring ones.

        >>> from kttt.corpus import builtin_corpus
        >>> builtin_corpus().due_per_year().column_names
        ('year', 'due', 'recurring')
        """
        return _coverage.due_per_year(self._view(document))

    def compare(self, first: str, second: str) -> Table:
        """Two plans side by side: agencies, task groups and deadlines, with task counts.

        >>> from kttt.corpus import builtin_corpus
        >>> builtin_corpus().compare("2699/QĐ-UBND", "510/QĐ-UBND").column_names
        ('aspect', 'item', '2699/QĐ-UBND', '510/QĐ-UBND')

        Raises:
            KeyError: either key names no document with text.
        """
        views = []
        for key in (first, second):
            positions = self._document_positions(key)
            if not positions:
                msg = f"no document {key!r} with text in the corpus"
                raise KeyError(msg)
            views.append(self.tasks(document=key))
        return _coverage.compare(self.key(first), views[0], self.key(second), views[1])

    def _view(self, document: str | Iterable[str] | None) -> TaskView:
        return self.tasks(document=document) if document is not None else self.tasks()

    # -- tables ---------------------------------------------------------------

    def to_records(self, table: str) -> list[dict[str, Any]]:
        """The rows of one table as plain dicts with stable column names.

        Tables: ``documents``, ``relations``, ``tasks``, ``targets``,
        ``reporting``, ``agencies``, ``diagnostics``; their columns are listed
        in :data:`kttt.corpus.TABLES` and in the guide.

        >>> from kttt.corpus import builtin_corpus
        >>> builtin_corpus().to_records("relations")[0]["kind"] in {"based_on", "implements", "issues", "repeals"}
        True

        Raises:
            ValueError: *table* is not one of the tables.
        """
        return _records.records(self, table)

    def to_frame(self, table: str) -> pd.DataFrame:
        """One table as a pandas DataFrame with typed columns (extra ``kttt[pandas]``).

        Raises:
            ValueError: *table* is not one of the tables.
        """
        rows = _records.records(self, table)
        return _to_frame(rows, _records.TABLES[table])
