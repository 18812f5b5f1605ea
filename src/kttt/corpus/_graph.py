"""The relations graph: typed edges between document keys, walkable both ways."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

from attrs import field, frozen

from kttt.model import RelationKind

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Edge"]


@frozen(kw_only=True)
class Edge:
    """A relation between two documents of a corpus, by key (*quan hệ văn bản*).

    *stated_by* is the document whose text states the relation: usually
    *source* itself, but a citation's description can state a relation
    between two other documents (``Nghị quyết số 134/NQ-CP … thực hiện Kết
    luận số 70-KL/TW``, read in Sơn La's decision).

    >>> Edge(source="510/QĐ-UBND", kind=RelationKind.REPEALS, target="37/KH-UBND",
    ...      effective=date(2023, 2, 22), stated_by="510/QĐ-UBND")
    Edge(source='510/QĐ-UBND', kind=<RelationKind.REPEALS: 'repeals'>, target='37/KH-UBND', effective=datetime.date(2023, 2, 22), stated_by='510/QĐ-UBND')
    """

    source: str
    kind: RelationKind
    target: str
    effective: date | None = None
    """From when the relation takes effect, when the text says."""
    stated_by: str
    text: str | None = field(default=None, repr=False, eq=False)
    """The clause that states the relation, as written."""
    line: int | None = field(default=None, repr=False, eq=False)

    def __str__(self) -> str:
        return f"{self.source} {self.kind.value} {self.target}"


class Graph:
    """Edges indexed by their source and by their target.

    >>> g = Graph()
    >>> g.add(Edge(source="a", kind=RelationKind.IMPLEMENTS, target="b", stated_by="a"))
    True
    >>> [e.source for e in g.incoming("b")]
    ['a']
    """

    __slots__ = ("_in", "_out", "_seen", "edges")

    def __init__(self) -> None:
        self.edges: list[Edge] = []
        self._out: dict[str, list[Edge]] = defaultdict(list)
        self._in: dict[str, list[Edge]] = defaultdict(list)
        self._seen: set[tuple[str, RelationKind, str]] = set()

    def add(self, edge: Edge) -> bool:
        """Add *edge* unless the same relation is already known; say whether it was added."""
        ident = (edge.source, edge.kind, edge.target)
        if edge.source == edge.target or ident in self._seen:
            return False
        self._seen.add(ident)
        self.edges.append(edge)
        self._out[edge.source].append(edge)
        self._in[edge.target].append(edge)
        return True

    def outgoing(
        self, key: str, kinds: frozenset[RelationKind] | None = None
    ) -> Iterator[Edge]:
        """Edges that leave *key*, of the given kinds (all when ``None``)."""
        for edge in self._out.get(key, ()):
            if kinds is None or edge.kind in kinds:
                yield edge

    def incoming(
        self, key: str, kinds: frozenset[RelationKind] | None = None
    ) -> Iterator[Edge]:
        """Edges that arrive at *key*, of the given kinds (all when ``None``)."""
        for edge in self._in.get(key, ()):
            if kinds is None or edge.kind in kinds:
                yield edge

    def package(self, key: str) -> tuple[str, ...]:
        """*key* with the plans it issues and the decision that issues it.

        A decision and its attached plan act as one in the chain of
        implementation: the plan says "Thực hiện Nghị quyết …" on the
        decision's behalf.
        """
        found = [key]
        found.extend(e.target for e in self.outgoing(key, _ISSUES))
        for edge in self.incoming(key, _ISSUES):
            found.append(edge.source)
            found.extend(
                e.target for e in self.outgoing(edge.source, _ISSUES) if e.target != key
            )
        return tuple(dict.fromkeys(found))

    def head(self, key: str) -> str:
        """The decision that issues *key*, or *key* itself."""
        for edge in self.incoming(key, _ISSUES):
            return edge.source
        return key

    def parents(self, key: str) -> tuple[str, ...]:
        """The documents that *key*'s package implements, in the order stated."""
        members = self.package(key)
        found = [
            edge.target
            for member in members
            for edge in self.outgoing(member, _IMPLEMENTS)
            if edge.target not in members
        ]
        return tuple(dict.fromkeys(found))

    def children(self, key: str) -> tuple[str, ...]:
        """The packages (by their head) that implement *key*."""
        found = [
            self.head(edge.source)
            for member in self.package(key)
            for edge in self.incoming(member, _IMPLEMENTS)
        ]
        members = set(self.package(key))
        return tuple(k for k in dict.fromkeys(found) if k not in members)

    def lineage(self, key: str) -> tuple[str, ...]:
        """*key* and everything it implements, nearest first (breadth first)."""
        order = [key]
        seen = set(self.package(key))
        frontier = [key]
        while frontier:
            following: list[str] = []
            for node in frontier:
                for parent in self.parents(node):
                    if parent not in seen:
                        seen.update(self.package(parent))
                        order.append(parent)
                        following.append(parent)
            frontier = following
        return tuple(order)

    def siblings(self, key: str) -> tuple[str, ...]:
        """Other packages that implement one of the documents *key* implements."""
        members = set(self.package(key))
        found = [
            child
            for parent in self.parents(key)
            for child in self.children(parent)
            if child not in members
        ]
        return tuple(dict.fromkeys(found))

    def walk(
        self,
        key: str,
        *,
        kinds: frozenset[RelationKind] | None = None,
        direction: str = "out",
    ) -> tuple[str, ...]:
        """Every key reachable from *key* along edges of *kinds*, breadth first.

        *direction* is ``"out"`` (follow edges forward), ``"in"`` (backward)
        or ``"both"``.
        """
        order = [key]
        seen = {key}
        frontier = [key]
        while frontier:
            following: list[str] = []
            for node in frontier:
                steps: list[str] = []
                if direction in {"out", "both"}:
                    steps.extend(e.target for e in self.outgoing(node, kinds))
                if direction in {"in", "both"}:
                    steps.extend(e.source for e in self.incoming(node, kinds))
                for step in steps:
                    if step not in seen:
                        seen.add(step)
                        order.append(step)
                        following.append(step)
            frontier = following
        return tuple(order)


_ISSUES = frozenset({RelationKind.ISSUES})
_IMPLEMENTS = frozenset({RelationKind.IMPLEMENTS})
