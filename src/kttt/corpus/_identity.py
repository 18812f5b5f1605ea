"""Identity: the many mentions of one document, merged under one key.

A document is mentioned in several places and not always the same way: with
and without its date, with a yearless number (``98/NĐ-CP`` for
``98/2018/NĐ-CP``), a law with and without its year.  The corpus keys every
node by :attr:`kttt.DocumentRef.key`, folds a less precise key into the one
more precise key that shares its stem, and fills missing fields of the
merged reference from the mentions.  Mentions that give different dates for
one document are reported, not silently resolved.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from attrs import define, evolve, field, frozen

from kttt.model import Diagnostic, DocumentRef, Severity
from kttt.text import fold

if TYPE_CHECKING:
    from datetime import date

__all__: list[str] = []

_SPACES = re.compile(r"\s+")


@frozen
class Mention:
    """One appearance of a reference: where it was read and whether it is the document's own."""

    ref: DocumentRef
    stated_by: str | None
    """Key of the document whose text mentions it; ``None`` for a document's own reference."""


def _stem(ref: DocumentRef) -> tuple[str, str]:
    """The part of a reference's identity that stays when its date is left out."""
    if ref.number is not None:
        if ref.number.year is None:
            return ("number", ref.number.key)
        return ("number", evolve(ref.number, year=None).key)
    title = _SPACES.sub("-", fold(ref.title)) if ref.title else ""
    return (ref.kind.value, title)


def _precision(ref: DocumentRef) -> int:
    """How precisely the key pins the document down: 0 undated, 1 a year, 2 a day."""
    if ref.number is not None:
        return 0 if ref.number.year is None else 1
    if ref.issued is not None:
        return 2
    return 1 if ref.year is not None else 0


def _year(ref: DocumentRef) -> int | None:
    if ref.number is not None:
        return ref.number.year
    return ref.issued.year if ref.issued is not None else ref.year


@define
class Identities:
    """Collects mentions, then says which key each one belongs under.

    >>> from kttt.model import DocKind
    >>> ids = Identities()
    >>> ids.add(DocumentRef(kind=DocKind.LUAT, title="Hợp tác xã"), stated_by="a")
    >>> ids.add(DocumentRef(kind=DocKind.LUAT, title="Hợp tác xã", year=2012), stated_by="b")
    >>> ids.resolve()
    >>> ids.canonical("luat:hop-tac-xa")
    'luat:hop-tac-xa:2012'
    """

    mentions: dict[str, list[Mention]] = field(factory=dict)
    aliases: dict[str, str] = field(factory=dict)
    refs: dict[str, DocumentRef] = field(factory=dict)
    diagnostics: list[tuple[str | None, Diagnostic]] = field(factory=list)

    def add(self, ref: DocumentRef, *, stated_by: str | None) -> None:
        """Record one mention of *ref*; ``stated_by=None`` marks the document's own ref."""
        self.mentions.setdefault(ref.key, []).append(Mention(ref, stated_by))

    def canonical(self, key: str) -> str:
        """The key that *key* was merged under (itself when it was not merged)."""
        return self.aliases.get(key, key)

    def resolve(self) -> None:
        """Decide the merges and build one reference per canonical key."""
        by_stem: dict[tuple[str, str], list[str]] = defaultdict(list)
        first: dict[str, DocumentRef] = {}
        for key, found in self.mentions.items():
            ref = found[0].ref
            first[key] = ref
            by_stem[_stem(ref)].append(key)
        for keys in by_stem.values():
            if len(keys) > 1:
                self._merge_stem(keys, first)
        groups: dict[str, list[Mention]] = defaultdict(list)
        for key, found in self.mentions.items():
            groups[self.canonical(key)].extend(found)
        for key, found in groups.items():
            self.refs[key] = self._merged(key, found)

    def _merge_stem(self, keys: list[str], first: dict[str, DocumentRef]) -> None:
        """Fold each less precise key into the single more precise key that fits it."""
        for key in keys:
            ref = first[key]
            level = _precision(ref)
            year = _year(ref)
            fits = [
                other
                for other in keys
                if _precision(first[other]) > level
                and (year is None or _year(first[other]) == year)
            ]
            if not fits:
                continue
            best = max(_precision(first[other]) for other in fits)
            targets = [other for other in fits if _precision(first[other]) == best]
            # Two candidates (two laws of one title in different years): the
            # undated mention is ambiguous and stays a node of its own.
            if len(targets) == 1:
                self.aliases[key] = targets[0]
        # Follow chains (undated -> year -> day) to their end.
        for key in keys:
            seen = {key}
            target = self.aliases.get(key)
            while target is not None and target in self.aliases and target not in seen:
                seen.add(target)
                target = self.aliases[target]
            if target is not None:
                self.aliases[key] = target

    def _merged(self, key: str, found: list[Mention]) -> DocumentRef:
        """One reference for *key*, the document's own fields first, gaps filled from mentions."""
        own = [m.ref for m in found if m.stated_by is None and m.ref.key == key]
        exact = [m.ref for m in found if m.ref.key == key]
        base = own[0] if own else exact[0] if exact else found[0].ref
        dates: Counter[date] = Counter(
            m.ref.issued for m in found if m.ref.issued is not None
        )
        if len(dates) > 1:
            said = "; ".join(
                f"{d.isoformat()} in {', '.join(sorted({m.stated_by or key for m in found if m.ref.issued == d}))}"
                for d in sorted(dates)
            )
            self.diagnostics.append(
                (
                    key,
                    Diagnostic(
                        code="conflicting-dates",
                        message=f"{key} is cited with different dates: {said}",
                        severity=Severity.WARNING,
                        text=key,
                    ),
                )
            )
        issued = base.issued
        if issued is None and dates:
            # The most frequent date wins; ties go to the earliest mention.
            issued = dates.most_common(1)[0][0]
        issuer = base.issuer or next(
            (m.ref.issuer for m in found if m.ref.issuer), None
        )
        title = base.title or next((m.ref.title for m in found if m.ref.title), None)
        year = base.year
        if issued is not None and year is not None and year != issued.year:
            year = None
        merged = evolve(base, issued=issued, issuer=issuer, title=title, year=year)
        # Filling a date into an undated title-only reference would change its
        # key; keep the reference as it was in that case.
        return merged if merged.key == base.key else base
