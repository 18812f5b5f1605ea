"""Validity at a date (*tình trạng hiệu lực*): in force, not yet, partly or wholly repealed."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from attrs import frozen

from kttt.model import RelationKind, ValidityStatus
from kttt.text import fold

if TYPE_CHECKING:
    from collections.abc import Callable

    from kttt.corpus._graph import Edge, Graph

__all__ = ["Validity"]


@frozen(kw_only=True)
class Validity:
    """The legal force of one document on one date, and why.

    *by* is the document whose relation decided the status (the repealing
    decision), or ``None`` when the document's own dates decided it; *since*
    is the date from which the status holds.

    >>> v = Validity(key="37/KH-UBND", on=date(2023, 2, 22),
    ...              status=ValidityStatus.HET_HIEU_LUC_TOAN_BO, since=date(2023, 2, 22),
    ...              by="510/QĐ-UBND", relation=RelationKind.REPEALS)
    >>> print(v)
    37/KH-UBND on 2023-02-22: repealed since 2023-02-22 (repeals by 510/QĐ-UBND)
    """

    key: str
    on: date
    status: ValidityStatus
    since: date | None = None
    by: str | None = None
    relation: RelationKind | None = None
    note: str | None = None
    """Why the status could not be decided, when it could not."""

    @property
    def in_force(self) -> bool:
        """True when the document has legal force on the date, wholly or in part."""
        return self.status in {
            ValidityStatus.CON_HIEU_LUC,
            ValidityStatus.HET_HIEU_LUC_MOT_PHAN,
        }

    def __str__(self) -> str:
        words = [f"{self.key} on {self.on.isoformat()}: {self.status.value}"]
        if self.since is not None:
            words.append(f"since {self.since.isoformat()}")
        if self.by is not None and self.relation is not None:
            words.append(f"({self.relation.value} by {self.by})")
        if self.note:
            words.append(f"({self.note})")
        return " ".join(words)


_ENDS = frozenset({RelationKind.REPEALS, RelationKind.REPLACES, RelationKind.AMENDS})
_ISSUES = frozenset({RelationKind.ISSUES})
# A repeal that names a part (an article, a clause, "some provisions") ends
# only that part: "bãi bỏ Điều 5", "thay thế khoản 2 Điều 3", "bãi bỏ một số
# điều".  The pattern reads the folded words right after the verb, so that an
# article number elsewhere in the sentence does not count.
_PARTIAL = re.compile(
    r"\b(?:bai bo|thay the|het hieu luc)\s+"
    r"(?:mot phan|mot so|cac khoan|cac diem|cac dieu|khoan [0-9]+|diem [a-z]\b|dieu [0-9]+|muc [0-9ivx]+)"
)


def is_partial(edge: Edge) -> bool:
    """Say whether a relation ends only part of its target.

    >>> from kttt.corpus._graph import Edge
    >>> is_partial(Edge(source="a", kind=RelationKind.REPEALS, target="b", stated_by="a",
    ...                 text="bãi bỏ khoản 2 Điều 3 của Quyết định số 12/QĐ-UBND"))
    True
    """
    if edge.kind is RelationKind.AMENDS:
        return True
    return bool(edge.text) and _PARTIAL.search(fold(edge.text or "")) is not None


def validity(
    key: str,
    on: date,
    *,
    start: date | None,
    graph: Graph,
    effective_of: Callable[[str], date | None],
) -> Validity:
    """Decide the status of *key* on *on*.

    *start* is the date the document takes effect (its effective date, else
    its date of issue); *effective_of* gives that date for any key, and
    dates a relation whose text gives no date of its own.
    """
    whole: list[tuple[date, Edge]] = []
    part: list[tuple[date, Edge]] = []
    undated: list[Edge] = []
    for when, edge in _endings(key, graph, effective_of):
        if when is None:
            undated.append(edge)
        elif is_partial(edge):
            part.append((when, edge))
        else:
            whole.append((when, edge))
    ended = sorted((p for p in whole if p[0] <= on), key=lambda p: p[0])
    if ended:
        when, edge = ended[0]
        return Validity(
            key=key,
            on=on,
            status=ValidityStatus.HET_HIEU_LUC_TOAN_BO,
            since=when,
            by=edge.stated_by,
            relation=edge.kind,
        )
    if start is None:
        return Validity(
            key=key,
            on=on,
            status=ValidityStatus.KHONG_XAC_DINH,
            note="no date of issue or effect is known",
        )
    if on < start:
        return Validity(
            key=key,
            on=on,
            status=ValidityStatus.CHUA_CO_HIEU_LUC,
            note=f"in force from {start.isoformat()}",
        )
    if undated:
        return Validity(
            key=key,
            on=on,
            status=ValidityStatus.KHONG_XAC_DINH,
            by=undated[0].stated_by,
            relation=undated[0].kind,
            note="ended by a document whose date is not known",
        )
    partly = sorted((p for p in part if p[0] <= on), key=lambda p: p[0])
    if partly:
        when, edge = partly[0]
        return Validity(
            key=key,
            on=on,
            status=ValidityStatus.HET_HIEU_LUC_MOT_PHAN,
            since=when,
            by=edge.stated_by,
            relation=edge.kind,
        )
    return Validity(key=key, on=on, status=ValidityStatus.CON_HIEU_LUC, since=start)


def _endings(
    key: str, graph: Graph, effective_of: Callable[[str], date | None]
) -> list[tuple[date | None, Edge]]:
    """Relations that end *key* in whole or part, each with the date it takes effect."""
    # A plan falls with the decision that issues it.
    targets = [key, *(e.source for e in graph.incoming(key, _ISSUES))]
    return [
        (edge.effective or effective_of(edge.stated_by), edge)
        for target in targets
        for edge in graph.incoming(target, _ENDS)
    ]


def change_dates(
    key: str,
    *,
    start: date | None,
    graph: Graph,
    effective_of: Callable[[str], date | None],
) -> tuple[date, ...]:
    """Every date on which the status of *key* can change, in order."""
    found = {when for when, _ in _endings(key, graph, effective_of) if when is not None}
    if start is not None:
        found.add(start)
    return tuple(sorted(found))
