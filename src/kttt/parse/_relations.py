"""Relations stated in running text: who implements, repeals or amends whom."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kttt.model import Citation, Relation, RelationKind
from kttt.parse._phrases import relation_before

if TYPE_CHECKING:
    from datetime import date

    from kttt.parse._context import Context

__all__ = ["is_self", "own_acts_in", "relations_in"]

# Verbs whose object is changed by the document that speaks (its own acts).
_OWN_ACTS = frozenset(
    {RelationKind.REPEALS, RelationKind.REPLACES, RelationKind.AMENDS}
)


# A plan on its own states its acts in its text: "Kế hoạch này thay thế Kế
# hoạch số …", or in its opening line "Ủy ban nhân dân tỉnh ban hành Kế
# hoạch …, thay thế Kế hoạch số …".  The speaker comes before the verb, in
# the same sentence.
_SELF_ACT = re.compile(
    r"""(?:\b(?:Kế\s+hoạch|Chương\s+trình(?:\s+hành\s+động)?|Quyết\s+định|Nghị\s+quyết)\s+này
      | \bban\s+hành\s+(?:Kế\s+hoạch|Chương\s+trình))
    \b[^.;]*?\b(?:bãi\s+bỏ|thay\s+thế)\b""",
    re.IGNORECASE | re.VERBOSE,
)


def own_acts_in(ctx: Context, text: str, line: int) -> list[Relation]:
    """The repeals and replacements a plan's own sentence states (*bãi bỏ*, *thay thế*).

    A task that asks for a replacement ("trình ban hành Quyết định thay thế
    …") is no act of the plan: the plan itself must be the subject.
    """
    low = text.lower()
    if "thay" not in low and "bãi" not in low:
        return []
    m = _SELF_ACT.search(text)
    if m is None:
        return []
    rels, _ = relations_in(ctx, text[m.start() :], line, head=None, own_acts=True)
    return [
        r for r in rels if r.source is None and r.kind in _OWN_ACTS and r.line == line
    ]


def is_self(cite: Citation) -> bool:
    """True for a mention of the speaking document itself (*Quyết định này*)."""
    return cite.self_reference


def relations_in(
    ctx: Context,
    text: str,
    line: int,
    *,
    head: RelationKind | None,
    own_acts: bool = False,
    effective: date | None = None,
) -> tuple[list[Relation], list[Citation]]:
    """Relations that *text* states, and the references it names, in order.

    The first reference gets *head* (or the verb in front of it) and no
    source: the speaking document holds it.  Each later reference is related
    to the one before it by the verb between them (``… 134/NQ-CP … thực hiện
    Kết luận số 70-KL/TW`` says 134/NQ-CP implements 70-KL/TW), unless the
    verb is an act of the speaker (*bãi bỏ*, *thay thế*, *sửa đổi* in an
    article, with *own_acts*).  Relations the reference finder read itself
    (:attr:`Citation.claims`) are preferred to the verb rule.
    """
    cites = [c for c in ctx.cites(text, line) if not is_self(c)]
    out: list[Relation] = []
    seen: set[tuple[RelationKind, str, str | None]] = set()

    def add(rel: Relation) -> None:
        target = rel.target.key
        source = rel.source.key if rel.source else None
        key = (rel.kind, target, source)
        if key not in seen and source != target:
            seen.add(key)
            out.append(rel)

    claimed = {claim.target.key for c in cites for claim in c.claims}
    prev: Citation | None = None
    pos = 0
    for cite in cites:
        start, end = cite.span
        verb = relation_before(text[pos:start])
        clause = text[pos:end].strip(" ;,.")
        if prev is None or (own_acts and verb in _OWN_ACTS):
            kind = head
            if (own_acts and verb in _OWN_ACTS) or (
                head is None and verb is not RelationKind.BASED_ON
            ):
                kind = verb
            if kind is not None:
                when = effective if kind in _OWN_ACTS else None
                add(
                    Relation(
                        kind=kind,
                        target=cite.ref,
                        effective=when,
                        text=clause,
                        line=line,
                    )
                )
        elif cite.ref.key not in claimed:
            add(
                Relation(
                    kind=verb
                    if verb is not None and verb is not RelationKind.BASED_ON
                    else RelationKind.MENTIONS,
                    target=cite.ref,
                    source=prev.ref,
                    text=clause,
                    line=line,
                )
            )
        for claim in cite.claims:
            source = claim.source if claim.source is not None else cite.ref
            add(
                Relation(
                    kind=claim.kind,
                    target=claim.target,
                    source=source,
                    text=claim.text or clause,
                    line=line,
                )
            )
        prev = cite
        pos = end
    return out, cites
